#!/usr/bin/env bash
# Emacs end to end: a copy of the customs example with （七）总计·自然人 changed from 178 to 179,
# under a Chinese folder name, opened by batch Emacs 28 with eglot (Debian: emacs-nox, elpa-eglot)
# against the server in LIB (default: the release's lib/, releng/org.gpr.cli/target/gpr-1.0.0-SNAPSHOT/lib,
# which the .vsix holds as server/lib). When LIB/../bin/gpr is there (the release, the .vsix's server/),
# the server is started as the README's lines start it, `gpr lsp` through that script (its JVM options,
# the class data sharing archive LIB/gpr.jsa where it matches this JVM); otherwise java -cp 'LIB/*'.
#   editors/emacs/e2e.sh [LIB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# lib and script: the server to start (editors/lsp-server.sh)
source "$repo/editors/lsp-server.sh" "${1:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
folder="$work/工作区/海关总署"
mkdir -p "$folder"
# eglot needs a project: a Git repository is one
git init -q "$work/工作区"
cp "$repo/examples/customs-2020/customs-format.gpr" "$folder/"
sed 's/^    总计             178/    总计             179/' "$repo/examples/customs-2020/customs-2020.gpr" >"$folder/customs-2020.gpr"
! cmp -s "$folder/customs-2020.gpr" "$repo/examples/customs-2020/customs-2020.gpr" || { echo "e2e.sh: the number was not broken" >&2; exit 1; }
# the read-only copies of the shipped formats (go to definition) go into the temporary folder
export XDG_CACHE_HOME="$work/cache" HOME="$work"
export GPR_SCRIPT="$script" GPR_LIB="$lib" GPR_FILE="$folder/customs-2020.gpr"
timeout 300 emacs --batch -Q -l "$here/e2e.el"
# the server wrote nothing into the workspace
[[ "$(ls "$folder" | tr '\n' ' ')" == "customs-2020.gpr customs-format.gpr " ]] || { echo "e2e.sh: files were written: $(ls "$folder")" >&2; exit 1; }
