#!/usr/bin/env bash
# Neovim end to end: a copy of the customs example with （七）总计·自然人 changed from 178 to 179,
# under a Chinese folder name, edited by headless Neovim (0.7's built-in LSP client) against the
# server in LIB (default: releng/org.gpr.cli/target/lib, the lib/ the .vsix holds too).
#   editors/neovim/e2e.sh [LIB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# lib and script: the server to start (editors/lsp-server.sh)
source "$repo/editors/lsp-server.sh" "${1:-}"
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
