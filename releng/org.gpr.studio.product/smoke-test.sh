#!/usr/bin/env bash
# Smoke test of GPR Studio as built by the root build: unpack the archive, start it from the
# command line on a copy of the customs example, let it run, check that it is still up and that
# the workspace log holds no error from gpr. Needs a display: run under xvfb-run when there is none.
# Optional: SCREENSHOT=path.png takes a screenshot with ImageMagick's import when it is installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive="$here/target/products/gpr-studio-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "smoke-test: $archive missing (run the root build first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work" 2>/dev/null
cp "$here/../../examples/customs-2020/"*.gpr "$work/"
GPR_WORKSPACE="$work/workspace" "$work/gpr-studio/gpr-studio" "$work/customs-2020.gpr" > "$work/studio.out" 2>&1 &
pid=$!
sleep "${WAIT:-40}"
if ! kill -0 "$pid" 2>/dev/null; then
	echo "smoke-test: GPR Studio exited early:" >&2
	cat "$work/studio.out" >&2
	exit 1
fi
if [ -n "${SCREENSHOT:-}" ] && command -v import >/dev/null 2>&1; then
	import -window root "$SCREENSHOT" || true
fi
kill "$pid"
wait "$pid" 2>/dev/null || true
log="$work/workspace/.metadata/.log"
if [ -f "$log" ] && grep -q "^!ENTRY org.gpr" "$log"; then
	echo "smoke-test: errors from gpr in the workspace log:" >&2
	cat "$log" >&2
	exit 1
fi
echo "smoke-test: GPR Studio started, opened customs-2020.gpr and ran for ${WAIT:-40} s without errors"
