#!/usr/bin/env bash
# Install test of the update site, as built by the root build:
#  1. unpack the Eclipse 4.34 IDE stand-in (this module's product: the IDE workbench and p2, no gpr);
#  2. install the feature org.gpr.feature from the update site zip ALONE with the IDE's own p2
#     director (what Help > Install New Software > Archive… does), no other site given;
#  3. start the installed IDE with the OSGi console, start org.gpr.ui, and check that the gpr bundles
#     are ACTIVE, that the editor and the content type are registered, and that the workspace log
#     holds no error.
# Needs a display for step 3: run under xvfb-run when there is none.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
archive="$here/target/products/eclipse-platform-4.34-linux.gtk.x86_64.tar.gz"
site=${SITE:-}
[ -n "$site" ] || site=$(ls "$root"/releng/org.gpr.repository/target/org.gpr.repository-*.zip 2>/dev/null | head -1 || true)
[ -f "$archive" ] || { echo "install-test: $archive missing (run the root build first)" >&2; exit 2; }
[ -n "$site" ] || { echo "install-test: the update site zip is missing (run the root build first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill "${ide:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
tar xzf "$archive" -C "$work" 2>/dev/null
eclipse="$work/eclipse"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar)
fail() {
	echo "install-test: $1" >&2
	[ -f "${2:-}" ] && cat "$2" >&2
	exit 1
}
if ls "$eclipse/plugins" | grep -q '^org\.gpr'; then
	fail "the IDE stand-in already contains gpr bundles"
fi

bundles() { grep -v '^#' "$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" | cut -d, -f1 | sort; }
bundles > "$work/before"
echo "install-test: installing org.gpr.feature from $(basename "$site") into a clean Eclipse 4.34 IDE stand-in"
start=$(date +%s)
java -jar "$launcher" -nosplash -consoleLog \
	-application org.eclipse.equinox.p2.director \
	-repository "jar:file:$site!/" \
	-installIU org.gpr.feature.feature.group \
	-destination "$eclipse" \
	-p2.os linux -p2.ws gtk -p2.arch x86_64 > "$work/director.out" 2>&1 \
	|| fail "the p2 director failed:" "$work/director.out"
cat "$work/director.out"
grep -q "^Operation completed" "$work/director.out" || fail "the p2 director did not complete:" "$work/director.out"
bundles > "$work/after"
added=$(comm -13 "$work/before" "$work/after")
echo "install-test: installed in $(($(date +%s) - start)) s; $(wc -l < "$work/before") bundles before, $(wc -l < "$work/after") after; added from the site: $(echo $added)"

java -jar "$launcher" -nosplash -application org.eclipse.equinox.p2.director -listInstalledRoots \
	-destination "$eclipse" > "$work/roots.out" 2>&1 || fail "listing the installed roots failed:" "$work/roots.out"
grep -q "^org.gpr.feature.feature.group/" "$work/roots.out" || fail "org.gpr.feature is not an installed root:" "$work/roots.out"

# start the installed IDE with the OSGi console on a pipe and ask it about the gpr bundles
mkfifo "$work/console"
java -Xmx1g -jar "$launcher" -nosplash -consoleLog -console -data "$work/workspace" < "$work/console" > "$work/ide.out" 2>&1 &
ide=$!
exec 3> "$work/console"
for _ in $(seq 1 240); do
	grep -Eq "(^|[[:space:]])(g!|osgi>)( |$)" "$work/ide.out" && break
	kill -0 "$ide" 2>/dev/null || fail "the IDE exited early:" "$work/ide.out"
	sleep 0.5
done
grep -Eq "(^|[[:space:]])(g!|osgi>)( |$)" "$work/ide.out" || fail "the OSGi console did not come up:" "$work/ide.out"
sleep "${WAIT:-20}" # let the workbench come up
for bundle in org.gpr org.gpr.ide org.gpr.ui; do
	echo "equinox:start $bundle" >&3
done
echo "equinox:ss org.gpr" >&3
echo "pt -v org.eclipse.ui.editors" >&3
echo "pt -v org.eclipse.core.contenttype.contentTypes" >&3
echo "echo install-test-answered" >&3
for _ in $(seq 1 120); do
	grep -q "install-test-answered" "$work/ide.out" && break
	sleep 0.5
done
kill "$ide" 2>/dev/null || true
wait "$ide" 2>/dev/null || true
exec 3>&-
for bundle in org.gpr org.gpr.ide org.gpr.ui; do
	grep -Eq "ACTIVE +${bundle//./\\.}_1\.0\.0" "$work/ide.out" || fail "$bundle is not ACTIVE in the installed IDE:" "$work/ide.out"
done
grep -Eq "id = org\.gpr\.ui\.editor([^.]|$)" "$work/ide.out" || fail "the gpr editor is not registered in the installed IDE:" "$work/ide.out"
grep -Eq "id = org\.gpr\.ui\.gpr([^.]|$)" "$work/ide.out" || fail "the gpr content type is not registered:" "$work/ide.out"
log="$work/workspace/.metadata/.log"
if [ -f "$log" ] && grep -q "^!ENTRY org.gpr\|^!ENTRY org.eclipse.equinox.p2\|^!ENTRY org.eclipse.osgi .*Bundle.*gpr" "$log"; then
	fail "errors in the installed IDE's log:" "$log"
fi
grep -E "ACTIVE +org\.gpr" "$work/ide.out"
echo "install-test: org.gpr.feature installed into the Eclipse 4.34 IDE stand-in from the update site alone; org.gpr, org.gpr.ide and org.gpr.ui are ACTIVE and the gpr editor is registered"
