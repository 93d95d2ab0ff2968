#!/usr/bin/env zsh -f
# The zsh completion script that the release ships, tried in zsh itself: an interactive zsh in a
# pseudo-terminal (zsh/zpty) with compinit and bashcompinit loads the script, gets a line typed
# with a Tab, and the line it shows must be completed.
#   completion-test.zsh SCRIPT 'TYPED' 'EXPECTED' ...   (pairs; exit 1 with what zsh showed when one fails)
zmodload zsh/zpty || { print -u2 "completion-test: zsh has no zpty module"; exit 1 }
script=$1; shift
export ZDOTDIR=$(mktemp -d)
cat >$ZDOTDIR/.zshrc <<RC
PS1='> '
autoload -U compinit bashcompinit
compinit -u -d $ZDOTDIR/.zcompdump
bashcompinit
source ${(q)script}
RC
failed=0
while (( $# >= 2 )); do
	typed=$1 expected=$2; shift 2
	zpty z "TERM=dumb zsh -i"
	# wait until the start files have run (the echo of the line shows RE''ADY, its output READY)
	zpty -w z "print RE''ADY"
	zpty -r z ready '*READY*'
	zpty -w -n z "$typed"$'\t'
	sleep 1
	zpty -w z $' #END'
	out=
	if ! zpty -r -t z out '*#END*' 2>/dev/null; then
		sleep 2
		zpty -r z out '*#END*'
	fi
	zpty -d z
	shown=${${(S)out//$'\e'\[[0-9?;]#[a-zA-Z]/}//$'\r'/}
	if [[ $shown == *"$expected"* ]]; then
		print "completion-test: zsh completes '$typed' to '$expected'"
	else
		print -u2 "completion-test: zsh did not complete '$typed' to '$expected'; it showed: ${(q+)shown}"
		failed=1
	fi
done
# removed here, not by an EXIT trap: zpty's children would inherit it and remove it at their exit
rm -rf $ZDOTDIR
exit $failed
