#!/usr/bin/env bash
# The release archive as a user gets it: unpacked (silently, by GNU tar) into a temporary folder,
# nothing of the source tree on the way, run from another folder: --version, --help, check and
# generate of the example it ships, the exit code of a broken copy, a missing Java.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
archive=$(ls "$here"/target/gpr-*.tar.gz | head -n 1)
zip=${archive%.tar.gz}.zip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "release-test: $*" >&2; exit 1; }

noise=$(tar xzf "$archive" -C "$work" 2>&1)
[ -z "$noise" ] || fail "tar printed: $noise"
home=$(ls -d "$work"/gpr-*/)
gpr=$home/bin/gpr
unzip -q "$zip" -d "$work/zip"
cmp -s "$work/zip/$(basename "$home")/lib/classpath.txt" "$home/lib/classpath.txt" || fail "the zip and the tarball differ"
[ -x "$work/zip/$(basename "$home")/bin/gpr" ] || fail "bin/gpr of the zip is not executable"

mkdir "$work/elsewhere" "$work/home"
cd "$work/elsewhere"
export HOME=$work/home XDG_CACHE_HOME=
# the class data sharing archive made at build time is shipped and used here, unpacked elsewhere:
# -Xshare:on makes the JVM fail if it cannot map it, and gpr's own classes come from it
[ -s "$home/lib/gpr.jsa" ] || fail "the archive ships no lib/gpr.jsa"
GPR_JAVA_OPTS="-Xshare:on -Xlog:class+load=info:file=$work/classes.txt" "$gpr" check "$home/examples/" 2>cds.err \
	|| fail "gpr check with -Xshare:on and the shipped archive failed: $(cat cds.err)"
grep -q "org.gpr.cli.Main source: shared objects file" "$work/classes.txt" \
	|| fail "org.gpr.cli.Main was not loaded from the shipped class data sharing archive"
# the archive is a static one: it also holds the classes compiled for Java 5 (EMF, picocli), which a
# dynamic archive on Java 17 leaves to be read from the jars on every start
grep -q "org.eclipse.emf.ecore.impl.EPackageImpl source: shared objects file" "$work/classes.txt" \
	|| fail "EMF's classes (class file version 49) were not loaded from the shipped class data sharing archive"
from_jars=$(grep -c "source: file:" "$work/classes.txt" || true)
[ "$from_jars" -lt 100 ] || fail "$from_jars classes of a check were read from the jars, not from the archive"
[ ! -d "$HOME/.cache/gpr" ] || fail "gpr made a per-user archive although the shipped one fits: $(ls "$HOME/.cache/gpr")"
shared=$(grep -c "source: shared objects file" "$work/classes.txt")
# the language server uses the same archive (its training run added its classes to the class list)
grep -q "^org/eclipse/xtext/ide/server/LanguageServerImpl$" "$home/lib/gpr.jsa.classlist" \
	|| fail "the class list of lib/gpr.jsa holds no class of the language server (its training run did not add them)"
GPR_DRY_RUN=1 "$gpr" lsp | grep -q -- "-XX:SharedArchiveFile=[^ ]*/lib/gpr.jsa " \
	|| fail "bin/gpr lsp does not use lib/gpr.jsa: $(GPR_DRY_RUN=1 "$gpr" lsp)"
GPR_DRY_RUN=1 "$gpr" lsp | grep -q -- "-Xlog:disable -Xlog:all=warning:stderr" \
	|| fail "bin/gpr lsp does not send the JVM's logs to standard error: $(GPR_DRY_RUN=1 "$gpr" lsp)"
GPR_JAVA_OPTS="-Xshare:on" "$gpr" lsp --help >lsp-help.out 2>lsp-help.err \
	|| fail "gpr lsp --help with -Xshare:on and lib/gpr.jsa failed: $(cat lsp-help.err)"
grep -q -- "--stdio" lsp-help.out || fail "gpr lsp --help printed no help: $(cat lsp-help.out)"
"$gpr" --version | grep -q "^gpr [0-9]" || fail "gpr --version: $("$gpr" --version)"
"$gpr" --help | grep -q "用法：gpr" || fail "gpr --help is not in Chinese"
LANG=en_US.UTF-8 "$gpr" check --help | grep -q "^Usage: gpr check" || fail "gpr check --help is not in English with LANG=en_US.UTF-8"
cp -r "$home/examples" .
"$gpr" check examples/ 2>check.err || fail "gpr check of the shipped example failed: $(cat check.err)"
"$gpr" generate examples/customs-2020 --out out/ 2>/dev/null
[ -s out/customs-2020.html ] && [ -s out/customs-2020.xlsx ] || fail "gpr generate wrote no report"
sed -i 's/    新收             166/    新收             167/' examples/customs-2020/customs-2020.gpr
set +e
"$gpr" check examples/customs-2020 >/dev/null 2>&1
code=$?
# a Java that is too old (JAVA_HOME comes first) and none at all (a PATH with the tools but no java)
mkdir -p old-java/bin tools
printf '#!/bin/sh\necho "java version \\"11.0.2\\"" >&2\n' >old-java/bin/java
chmod +x old-java/bin/java
echo 'JAVA_VERSION="11.0.2"' >old-java/release
JAVA_HOME=$PWD/old-java "$gpr" check examples/ 2>oldjava.err
oldjava=$?
for tool in sh dirname readlink sed cut tr head tput; do ln -s "$(command -v $tool)" tools/$tool; done
PATH=$PWD/tools JAVA_HOME= "$gpr" check examples/ 2>nojava.err
nojava=$?
set -e
[ "$code" = 1 ] || fail "a broken identity gave exit code $code, not 1"
[ "$oldjava" = 2 ] && grep -q "Java 11.0.2；gpr 需要 Java 17" oldjava.err || fail "with Java 11: exit $oldjava, $(cat oldjava.err)"
[ "$nojava" = 2 ] && grep -q "找不到 Java" nojava.err || fail "without Java: exit $nojava, $(cat nojava.err)"
grep -q "^function _complete_gpr()" "$home/completion/gpr.bash" || fail "no bash completion function"
# the completion script completes the commands
out=$(bash -c "source '$home/completion/gpr.bash'; COMP_WORDS=(gpr ch); COMP_CWORD=1; _complete_gpr 2>/dev/null; echo \${COMPREPLY[*]}")
[ "$out" = check ] || fail "completion of 'gpr ch' gave '$out'"
# bash: the script registers its function for gpr, and completes the options of rollup and lsp too
registered=$(bash -c "source '$home/completion/gpr.bash'; complete -p gpr")
[[ $registered == *"-F _complete_gpr"*" gpr" ]] || fail "complete -p gpr: '$registered'"
for pair in "rollup --fo:--force" "lsp --po:--port" "check --js:--json" "generate --form:--formats"; do
	words=${pair%%:*} want=${pair#*:}
	out=$(bash -c "source '$home/completion/gpr.bash'; COMP_WORDS=(gpr $words); COMP_CWORD=2; _complete_gpr 2>/dev/null; echo \${COMPREPLY[*]}")
	[ "$out" = "$want" ] || fail "bash completion of 'gpr $words' gave '$out', not '$want'"
done
# zsh: the same script through compinit and bashcompinit, typed with a Tab in an interactive zsh
zsh -f "$here/completion-test.zsh" "$home/completion/gpr.zsh" \
	'gpr ch' 'gpr check' 'gpr check --js' 'gpr check --json' 'gpr rollup --fo' 'gpr rollup --force' 'gpr lsp --po' 'gpr lsp --port' \
	|| fail "zsh completion"
echo "release-test: $(basename "$archive") unpacked silently and ran from another folder: the shipped CDS archive used ($shared classes from it, -Xshare:on), --version, --help (zh, en), check, generate, exit codes 1 and 2 (Java 11, no Java), bash and zsh completion"
