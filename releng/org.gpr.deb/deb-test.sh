#!/usr/bin/env bash
# CI: installs the built packages on this machine (apt-get install ./….deb, as root), runs
# gpr check and gpr generate on the example from another folder, checks what the packages put in
# place (completion, man page, desktop entry), and removes them again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$(ls "$here"/target/gpr_*_all.deb | head -n 1)
studio=$(ls "$here"/target/gpr-studio_*_amd64.deb 2>/dev/null | head -n 1 || true)
fail() { echo "deb-test: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "deb-test: needs root (it installs packages); skipped" >&2; exit 0; }
if dpkg-query -W -f='${Status}' gpr 2>/dev/null | grep -q 'ok installed'; then fail "gpr is installed already; remove it first"; fi
work=$(mktemp -d)
trap 'rm -rf "$work"; apt-get remove -y -q gpr gpr-studio >/dev/null 2>&1 || true' EXIT
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q "$cli" ${studio:+"$studio"}
cp -r "$here/../../examples/customs-2020" "$work/"
cd "$work"
[ "$(command -v gpr)" = /usr/bin/gpr ] || fail "gpr is not /usr/bin/gpr"
gpr --version
[ -f /usr/share/gpr/lib/gpr.jsa ] && echo "deb-test: the class data sharing archive was made at installation" \
	|| echo "deb-test: no class data sharing archive was made at installation (gpr runs without it)"
gpr check customs-2020
gpr generate customs-2020 --out out/
[ -s out/customs-2020.html ] || fail "gpr generate wrote nothing"
[ -f /usr/share/bash-completion/completions/gpr ] || fail "no bash completion"
[ -f /usr/share/zsh/vendor-completions/_gpr ] || fail "no zsh completion"
if [ -n "$studio" ]; then
	[ -x /usr/bin/gpr-studio ] && [ -f /usr/share/applications/gpr-studio.desktop ] || fail "GPR Studio is not installed"
	ls /usr/lib/gpr-studio/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar >/dev/null || fail "GPR Studio has no SWT"
	if command -v xvfb-run >/dev/null 2>&1; then
		# started as installed (read-only in /usr/lib, configuration cascaded into the user's home):
		# still running after 30 s, and nothing from gpr in the workspace log
		set +e
		HOME=$work/home GPR_WORKSPACE=$work/workspace timeout 30 xvfb-run -a -s "-screen 0 1280x800x24" \
			gpr-studio "$work/customs-2020/customs-2020.gpr" >"$work/studio.out" 2>&1
		code=$?
		set -e
		[ "$code" = 124 ] || fail "gpr-studio exited with $code within 30 s: $(tail -n 20 "$work/studio.out")"
		if [ -f "$work/workspace/.metadata/.log" ] && grep -q "^!ENTRY org.gpr" "$work/workspace/.metadata/.log"; then
			fail "errors from gpr in GPR Studio's log: $(cat "$work/workspace/.metadata/.log")"
		fi
		echo "deb-test: /usr/bin/gpr-studio started and ran for 30 s"
	fi
fi
dpkg -L gpr | grep -q "/usr/share/man/man1/gpr.1.gz" && echo "deb-test: man page /usr/share/man/man1/gpr.1.gz installed"
apt-get remove -y -q gpr ${studio:+gpr-studio}
[ ! -e /usr/bin/gpr ] || fail "/usr/bin/gpr is still there after apt-get remove"
[ ! -e /usr/share/gpr ] || fail "/usr/share/gpr is still there after apt-get remove: $(find /usr/share/gpr | head)"
echo "deb-test: $(basename "$cli")${studio:+ and $(basename "$studio")} installed, gpr check and gpr generate ran from $work, removed again"
