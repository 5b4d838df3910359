#!/usr/bin/env bash
# Scores the built importer against the gold annotations of one set, with
# ../shared/eval/score.py (the scorer the project is measured by):
#
#   evaltools/score.sh seeds       # the five development seeds, per document
#   evaltools/score.sh dev         # ../shared/eval/dev, all fifteen, summary only
#   evaltools/score.sh tuned       # the ten of dev/ the rules are tuned on, per document
#   evaltools/score.sh kept        # the five of dev/ kept aside, summary only
#   evaltools/score.sh twenty      # seeds and dev/ together, summary only
#   evaltools/score.sh fictional   # importers/testdata/policies, per document
#   evaltools/score.sh DIR         # a folder with gold/ and docs/ (a hold-out), summary only
#
# The kept-aside five (21, 24, 27, 29, 33; docs/import.md, "Unseen real
# policies") and every set that holds them print their summary line alone,
# so that no run shows their rows. BIN overrides the binary (default
# bin/dpodesk); subsets are symlinked into a temporary folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared" 2>/dev/null && pwd) || {
	echo "score.sh: ../shared is missing: the gold annotations live beside the repository" >&2
	exit 1
}
BIN=${BIN:-$ROOT/bin/dpodesk}
[ -x "$BIN" ] || { echo "score.sh: $BIN is missing: run make build" >&2; exit 1; }
SCORE=$SHARED/eval/score.py
DEV=$SHARED/eval/dev
KEPT="21 24 27 29 33"
TUNED="20 22 23 25 26 28 30 31 32 34"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/gold" "$TMP/docs"

link() { # gold-dir docs-dir number… — link those documents and their gold into TMP
	local gold=$1 docs=$2
	shift 2
	for n in "$@"; do
		ln -s "$gold/$n"-*.toml "$TMP/gold/"
		for f in "$docs/$n"-*; do ln -s "$f" "$TMP/docs/"; done
	done
}

run() { # gold docs [--quiet]
	python3 "$SCORE" --gold "$1" --docs "$2" --cmd "$BIN import --json {file}" "${@:3}"
}

case "${1:-}" in
seeds) run "$SHARED/eval/gold" "$SHARED/seeds" ;;
dev) run "$DEV/gold" "$DEV/docs" --quiet ;;
tuned)
	link "$DEV/gold" "$DEV/docs" $TUNED
	run "$TMP/gold" "$TMP/docs"
	;;
kept)
	link "$DEV/gold" "$DEV/docs" $KEPT
	run "$TMP/gold" "$TMP/docs" --quiet
	;;
twenty)
	link "$DEV/gold" "$DEV/docs" $KEPT $TUNED
	ln -s "$SHARED/eval/gold"/*.toml "$TMP/gold/"
	ln -s "$SHARED/seeds"/* "$TMP/docs/"
	run "$TMP/gold" "$TMP/docs" --quiet
	;;
fictional) run "$ROOT/importers/testdata/policies/gold" "$ROOT/importers/testdata/policies" ;;
*)
	[ -d "${1:-}/gold" ] && [ -d "${1:-}/docs" ] || {
		echo "usage: evaltools/score.sh seeds|dev|tuned|kept|twenty|fictional|DIR (a folder with gold/ and docs/)" >&2
		exit 2
	}
	run "$1/gold" "$1/docs" --quiet
	;;
esac
