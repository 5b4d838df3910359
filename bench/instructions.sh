#!/usr/bin/env bash
# Counts the instructions of an import with valgrind's cachegrind: a count
# that does not move with the load of a shared machine, where wall times do.
#
#   bench/instructions.sh                     # this tree
#   OLD=/path/to/other/checkout bench/instructions.sh
#
# Two figures per tree:
#   warm  — instructions per import in BenchmarkImport100KB, in process: the
#           count of 30 iterations less that of 10, over 20 (GOGC=off and
#           one core, so that the garbage collector and the scheduler add
#           the same to each);
#   fresh — instructions of `dpodesk import --json` of the 100 KB policy of
#           bench/import.sh, a process started for it.
# OLD, when set, is a second checkout (`git worktree add /tmp/old <commit>`)
# measured the same way.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dpodesk-instructions}
mkdir -p "$DIR"
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }

DOC=$DIR/policy-100k.md
"$ROOT/bench/policy100k.sh" "$DOC"

refs() { # command… — the instructions valgrind counts for it
	GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/I *refs/{gsub(",", "", $4); print $4}'
}

measure() { # tree name
	local tree=$1 name=$2
	(cd "$tree" && go test -c -o "$DIR/$name.test" ./importers/policy && go build -o "$DIR/$name" ./cmd/dpodesk)
	local ten thirty
	ten=$(cd "$tree/importers/policy" && refs "$DIR/$name.test" -test.run XXX -test.bench 'BenchmarkImport100KB$' -test.benchtime 10x)
	thirty=$(cd "$tree/importers/policy" && refs "$DIR/$name.test" -test.run XXX -test.bench 'BenchmarkImport100KB$' -test.benchtime 30x)
	local fresh
	fresh=$(refs "$DIR/$name" import --json "$DOC")
	awk -v n="$name" -v a="$ten" -v b="$thirty" -v f="$fresh" \
		'BEGIN { printf "%-8s warm %6.1f M instructions per import   fresh %6.1f M\n", n, (b - a) / 20 / 1e6, f / 1e6 }'
}

measure "$ROOT" this
if [ -n "${OLD:-}" ]; then
	measure "$OLD" old
fi
