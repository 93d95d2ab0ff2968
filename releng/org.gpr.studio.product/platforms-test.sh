#!/usr/bin/env bash
# GPR Studio for the platforms that cannot be started here: each archive the build made must hold
# its platform's SWT fragment (and no other platform's), its start script, a configuration whose
# bundle list starts that fragment, and the gpr bundles; tar.gz archives must list without a word
# from GNU tar. That each platform's bundle set resolves is proved by the build itself: p2's
# director materialises each product for its os/ws/arch and fails on a missing requirement.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
products=$here/target/products
fail() { echo "platforms-test: $*" >&2; exit 1; }
checked=()
for platform in linux.gtk.x86_64 linux.gtk.aarch64 win32.win32.x86_64 macosx.cocoa.x86_64 macosx.cocoa.aarch64; do
	IFS=. read -r os ws arch <<<"$platform"
	# Tycho lays a macOS product out as an application bundle
	root=gpr-studio
	[ "$os" = macosx ] && root=gpr-studio.app/Contents/Eclipse
	if [ "$os" = win32 ]; then
		archive=$products/gpr-studio-$platform.zip
		[ -f "$archive" ] || fail "$archive missing"
		list=$(unzip -Z1 "$archive")
		script=$root/gpr-studio.cmd
		config() { unzip -p "$archive" "$root/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; }
	else
		archive=$products/gpr-studio-$platform.tar.gz
		[ -f "$archive" ] || fail "$archive missing"
		noise=$(tar tzf "$archive" 2>&1 >/dev/null)
		[ -z "$noise" ] || fail "GNU tar complains about $archive: $(echo "$noise" | head -n 3)"
		list=$(tar tzf "$archive")
		script=$root/gpr-studio
		config() { tar xzOf "$archive" "$root/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; }
	fi
	swt=org.eclipse.swt.$ws.$os.$arch
	[ "$os" = macosx ] && swt=org.eclipse.swt.cocoa.macosx.$arch
	grep -q "^$root/plugins/${swt}_.*\.jar$" <<<"$list" || fail "$archive has no $swt"
	others=$(grep "^$root/plugins/org\.eclipse\.swt\.[a-z0-9]*\.[a-z0-9]*\.[a-z0-9_]*_" <<<"$list" | grep -v "/${swt}_" || true)
	[ -z "$others" ] || fail "$archive holds another platform's SWT: $others"
	grep -qx "$script" <<<"$list" || fail "$archive has no $script"
	bundles=$(config)
	grep -q "^$swt," <<<"$bundles" || fail "$archive does not start $swt (bundles.info)"
	for bundle in org.gpr org.gpr.ide org.gpr.ui org.gpr.studio; do
		grep -q "^$bundle," <<<"$bundles" || fail "$archive does not start $bundle"
	done
	checked+=("$(basename "$archive")")
done
echo "platforms-test: ${checked[*]}: each holds its SWT fragment, its start script and the gpr bundles, and resolved for its platform"
