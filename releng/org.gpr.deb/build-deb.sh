#!/usr/bin/env bash
# Builds the Debian packages from what the root build made:
#   OUT/gpr_DEBVERSION_all.deb          the command line: /usr/bin/gpr, completion, man pages
#   OUT/gpr-studio_DEBVERSION_amd64.deb GPR Studio for Linux x86_64: /usr/bin/gpr-studio, desktop entry
# DEBVERSION is VERSION with -SNAPSHOT written ~snapshot (so that the release sorts after it).
# Usage: build-deb.sh VERSION OUT
set -euo pipefail
version=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=$root/releng/org.gpr.cli/target/gpr-$version
docs=$root/releng/org.gpr.cli/target/docs
studio=$root/releng/org.gpr.studio.product/target/products/gpr-studio-linux.gtk.x86_64.tar.gz
debversion=${version/-SNAPSHOT/\~snapshot}
[ -x "$cli/bin/gpr" ] || { echo "build-deb: $cli missing (build releng/org.gpr.cli first)" >&2; exit 2; }

work=$out/deb
rm -rf "$work"
mkdir -p "$work"

# --- gpr: the command line ------------------------------------------------------------------
pkg=$work/gpr
mkdir -p "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/gpr" "$pkg/usr/share/doc/gpr" \
	"$pkg/usr/share/bash-completion/completions" "$pkg/usr/share/zsh/vendor-completions" \
	"$pkg/usr/share/man/man1" "$pkg/usr/share/man/zh_CN/man1"
cp -r "$cli/bin" "$cli/lib" "$cli/formats" "$cli/examples" "$pkg/usr/share/gpr/"
rm -f "$pkg/usr/share/gpr/bin/gpr.cmd" "$pkg"/usr/share/gpr/lib/gpr.jsa* "$pkg"/usr/share/gpr/lib/gpr-lsp.jsa*
# the class data sharing archive is made where gpr is installed (Java 17 uses it only there)
cat >"$pkg/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
	rm -f /usr/share/gpr/lib/gpr.jsa /usr/share/gpr/lib/gpr.jsa.home /usr/share/gpr/lib/gpr.jsa.jvm /usr/share/gpr/lib/gpr.jsa.jars
	tmp=$(mktemp -d)
	GPR_CDS_DUMP=/usr/share/gpr/lib/gpr.jsa LANG=C.UTF-8 /usr/share/gpr/bin/gpr generate /usr/share/gpr/examples/customs-2020 \
		--out "$tmp" >/dev/null 2>&1 || rm -f /usr/share/gpr/lib/gpr.jsa /usr/share/gpr/lib/gpr.jsa.home /usr/share/gpr/lib/gpr.jsa.jvm /usr/share/gpr/lib/gpr.jsa.jars
	rm -rf "$tmp"
fi
POSTINST
cat >"$pkg/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
rm -f /usr/share/gpr/lib/gpr.jsa /usr/share/gpr/lib/gpr.jsa.home /usr/share/gpr/lib/gpr.jsa.jvm /usr/share/gpr/lib/gpr.jsa.jars
PRERM
chmod 755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/prerm"
cp "$cli/README.md" "$pkg/usr/share/doc/gpr/README.md"
ln -s ../share/gpr/bin/gpr "$pkg/usr/bin/gpr"
cp "$cli/completion/gpr.bash" "$pkg/usr/share/bash-completion/completions/gpr"
{
	echo "#compdef gpr"
	echo "# gpr's completion (picocli's script, which zsh runs through bashcompinit)"
	cat "$cli/completion/gpr.zsh"
} >"$pkg/usr/share/zsh/vendor-completions/_gpr"
if command -v asciidoctor >/dev/null 2>&1; then
	asciidoctor -b manpage -D "$pkg/usr/share/man/man1" "$docs"/man/en/*.adoc
	asciidoctor -b manpage -a lang=zh_CN -D "$pkg/usr/share/man/zh_CN/man1" "$docs"/man/zh_CN/*.adoc
	gzip -9n "$pkg"/usr/share/man/man1/*.1 "$pkg"/usr/share/man/zh_CN/man1/*.1
else
	echo "build-deb: asciidoctor is not installed (apt-get install asciidoctor): the package has no man pages" >&2
	rmdir "$pkg/usr/share/man/man1" "$pkg/usr/share/man/zh_CN/man1" "$pkg/usr/share/man/zh_CN" "$pkg/usr/share/man"
fi
cat >"$pkg/usr/share/doc/gpr/copyright" <<'COPYRIGHT'
gpr: the command line of the gpr toolchain for 政府信息公开工作年度报告.
Third-party libraries in /usr/share/gpr/lib keep their own licences (Eclipse Public License 2.0:
Xtext, EMF, lsp4j; Apache License 2.0: Guice, Guava, gson, picocli, Apache POI, commons-*;
MIT: jsoup, progressbar; BSD: ANTLR 3, jline).
COPYRIGHT
size=$(du -sk "$pkg/usr" | cut -f1)
cat >"$pkg/DEBIAN/control" <<CONTROL
Package: gpr
Version: $debversion
Architecture: all
Section: utils
Priority: optional
Maintainer: gpr <gpr@localhost>
Depends: java17-runtime-headless
Installed-Size: $size
Homepage: https://github.com/gpr
Description: write and check government information disclosure annual reports
 gpr checks 政府信息公开工作年度报告 written as .gpr files against their official
 format (tables, rows, 勾稽关系) and generates the publishable report (HTML, CSV,
 XLSX, JSON); it also imports and audits published reports.
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$pkg" "$out/gpr_${debversion}_all.deb"

# --- gpr-studio: GPR Studio for Linux x86_64 ---------------------------------------------------
if [ -f "$studio" ]; then
	pkg=$work/gpr-studio
	mkdir -p "$pkg/DEBIAN" "$pkg/usr/lib" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/doc/gpr-studio"
	tar xzf "$studio" -C "$pkg/usr/lib"
	cat >"$pkg/usr/bin/gpr-studio" <<'START'
#!/bin/sh
# GPR Studio as installed by its Debian package: the installation in /usr/lib/gpr-studio is read-only,
# so Eclipse's configuration is cascaded into the user's ~/.config/gpr-studio.
exec /usr/lib/gpr-studio/gpr-studio -configuration "${XDG_CONFIG_HOME:-$HOME/.config}/gpr-studio/configuration" \
	-vmargs -Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area=/usr/lib/gpr-studio/configuration "$@"
START
	chmod 755 "$pkg/usr/bin/gpr-studio"
	cat >"$pkg/usr/share/applications/gpr-studio.desktop" <<'DESKTOP'
[Desktop Entry]
Type=Application
Name=GPR Studio
Name[zh_CN]=GPR Studio 年度报告编辑器
GenericName=Annual report editor
GenericName[zh_CN]=政府信息公开工作年度报告编辑器
Comment=Write and check government information disclosure annual reports
Comment[zh_CN]=编写并核对政府信息公开工作年度报告
Exec=gpr-studio %F
Terminal=false
Categories=Office;Development;
MimeType=text/x-gpr;
DESKTOP
	echo "GPR Studio: Eclipse Platform (Eclipse Public License 2.0) with the gpr editor." >"$pkg/usr/share/doc/gpr-studio/copyright"
	size=$(du -sk "$pkg/usr" | cut -f1)
	cat >"$pkg/DEBIAN/control" <<CONTROL
Package: gpr-studio
Version: $debversion
Architecture: amd64
Section: editors
Priority: optional
Maintainer: gpr <gpr@localhost>
Depends: java17-runtime, libgtk-3-0
Recommends: gpr
Installed-Size: $size
Description: GPR Studio, an editor for government information disclosure annual reports
 A standalone Eclipse workbench with the gpr editor: checks as you type, quick
 fixes for broken 勾稽关系, content assist, and the annual report wizard.
CONTROL
	dpkg-deb --root-owner-group -Zgzip --build "$pkg" "$out/gpr-studio_${debversion}_amd64.deb"
else
	echo "build-deb: $studio missing: no gpr-studio package (build releng/org.gpr.studio.product first)" >&2
fi
