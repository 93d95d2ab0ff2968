#!/usr/bin/env bash
# Neovim end to end: a copy of the customs example with （七）总计·自然人 changed from 178 to 179,
# under a Chinese folder name, edited by headless Neovim (0.7's built-in LSP client) against the
# server in LIB (default: releng/org.gpr.cli/target/lib, the lib/ the .vsix holds too).
#   editors/neovim/e2e.sh [LIB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
release="$repo/releng/org.gpr.cli/target/gpr-1.0.0-SNAPSHOT/lib"
[[ -d "$release" ]] || release="$repo/releng/org.gpr.cli/target/lib"
lib="$(cd "${1:-$release}" && pwd)"
script=
if [[ -f "$lib/../bin/gpr" && -f "$lib/classpath.txt" ]]; then
	script="$(cd "$lib/.." && pwd)/bin/gpr"
	# unzip keeps the .vsix's file times only to two seconds: set the jars' times back to the archive
	# stamp's where their sizes are the stamp's, as the extension does (src/server.ts)
	if [[ -f "$lib/gpr.jsa.stamp" ]]; then
		awk '{ for (i = 3; i <= NF; i++) if ($i ~ /\.jar$/) print $(i - 2), $(i - 1), $i }' "$lib/gpr.jsa.stamp" |
			while read -r size time name; do
				if [[ -f "$lib/$name" && "$(stat -c %s "$lib/$name")" == "$size" ]]; then touch -d "@$time" "$lib/$name"; fi
			done
	fi
	if GPR_DRY_RUN=1 LC_ALL= LC_MESSAGES= LANG=C.UTF-8 sh "$script" lsp | grep -q -- '-XX:SharedArchiveFile='; then
		echo "e2e.sh: sh $script lsp, from the class data sharing archive $lib/gpr.jsa"
	else
		echo "e2e.sh: sh $script lsp, without the class data sharing archive (not made for this JVM or these jars)"
	fi
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
folder="$work/工作区/海关总署"
mkdir -p "$folder"
cp "$repo/examples/customs-2020/customs-format.gpr" "$folder/"
sed 's/^    总计             178/    总计             179/' "$repo/examples/customs-2020/customs-2020.gpr" >"$folder/customs-2020.gpr"
! cmp -s "$folder/customs-2020.gpr" "$repo/examples/customs-2020/customs-2020.gpr" || { echo "e2e.sh: the number was not broken" >&2; exit 1; }
# the read-only copies of the shipped formats (go to definition) go into the temporary folder
export XDG_CACHE_HOME="$work/cache"
export GPR_SCRIPT="$script" GPR_LIB="$lib" GPR_ROOT="$work/工作区" GPR_FILE="$folder/customs-2020.gpr" GPR_ORIGINAL="$repo/examples/customs-2020/customs-2020.gpr"
timeout 300 nvim --headless -u NONE -i NONE -n -c "luafile $here/e2e.lua"
# the server wrote nothing into the workspace
[[ "$(ls "$folder" | tr '\n' ' ')" == "customs-2020.gpr customs-format.gpr " ]] || { echo "e2e.sh: files were written: $(ls "$folder")" >&2; exit 1; }
