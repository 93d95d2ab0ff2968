# Sourced by the editors' end-to-end tests (editors/neovim/e2e.sh, editors/emacs/e2e.sh) with
# `repo` set to the repository and the test's LIB argument as $1 (may be empty): sets `lib` to the
# server's lib/ (default: the release's lib/, releng/org.gpr.cli/target/gpr-1.0.0-SNAPSHOT/lib, which
# the .vsix holds as server/lib) and, when LIB/../bin/gpr is there (the release, the .vsix's
# server/), `script` to that start script, so that the server starts as the README's lines start it
# (`gpr lsp`: its JVM options, the class data sharing archive LIB/gpr.jsa where it matches this JVM);
# `script` is empty otherwise (the test starts java -cp 'LIB/*').
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
