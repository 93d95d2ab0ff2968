#!/usr/bin/env bash
# The gpr extension in Theia, end to end: installs the pinned Theia 1.74.1 browser application of
# this folder (npm ci), builds its native module drivelist from source against Node's own headers,
# builds the application (theia build), then e2e.mjs runs the .vsix in it and drives it with
# Debian's chromium. Needs Node 20, npm, g++, make, python3, unzip and chromium; builds nothing else.
#   editors/theia/e2e.sh [VSIX]      (default: editors/vscode/target/gpr-1.0.0.vsix, left by ./mvnw install)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vsix="${1:-$here/../vscode/target/gpr-1.0.0.vsix}"
if [[ ! -f $vsix ]]; then
	echo "theia e2e: no .vsix at $vsix: build the extension first (./mvnw -B install, or -pl editors/vscode)" >&2
	exit 2
fi
vsix="$(realpath "$vsix")"
for tool in node npm g++ make python3 unzip; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "theia e2e: $tool is missing (apt-get install nodejs npm g++ make python3 unzip chromium)" >&2
		exit 2
	fi
done
if [[ ! -x ${CHROMIUM:-/usr/bin/chromium} ]]; then
	echo "theia e2e: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (apt-get install chromium, or set CHROMIUM)" >&2
	exit 2
fi
cd "$here"
seconds() { echo $(($(date +%s) - $1)); }

start=$(date +%s)
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
	# --ignore-scripts: install scripts would fetch a browser (puppeteer, a tool of @theia/cli) from
	# hosts these machines cannot reach; the one native module the browser backend needs is built below
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
echo "theia e2e: npm ci $(seconds "$start") s"

start=$(date +%s)
if [[ ! -f node_modules/drivelist/build/Release/drivelist.node ]]; then
	# node-gyp against the headers of the running Node when they are installed (else it would download them)
	if [[ -f /usr/include/node/node.h ]]; then export npm_config_nodedir=/usr; fi
	# node-pty (the terminal) brings prebuilt binaries and picks one in its install script
	npm rebuild drivelist node-pty --loglevel=error
fi
echo "theia e2e: native modules $(seconds "$start") s"

start=$(date +%s)
if [[ ! -f lib/backend/main.js || package.json -nt lib/backend/main.js || package-lock.json -nt lib/backend/main.js ]]; then
	npx theia build --mode development >target.build.log 2>&1 || { tail -50 target.build.log >&2; echo "theia e2e: theia build failed" >&2; exit 1; }
	rm -f target.build.log
fi
echo "theia e2e: theia build $(seconds "$start") s"

start=$(date +%s)
mkdir -p target
node e2e.mjs . "$vsix" target
echo "theia e2e: test $(seconds "$start") s"
