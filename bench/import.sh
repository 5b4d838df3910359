#!/usr/bin/env bash
# Times `dpodesk import --json` on a 100 KB policy as fresh processes of the
# built binary, beside a yardstick in the same run.
#
#   bench/import.sh                       # 5 runs of each
#   RUNS=9 OLD=/path/to/older/dpodesk bench/import.sh
#
# The policy is the one BenchmarkImport100KB reads: the fictional Markdown
# policies of importers/testdata/policies, repeated and cut at 100,000 bytes.
# The yardstick is a Python process that reads the same file and splits it
# into sentences and words: the floor of any pass over the text in an
# interpreted language, started the same way. OLD, when set, is a second
# dpodesk binary timed in the same rounds (a build of an earlier commit).
# Each line gives the wall time in milliseconds (bench/timed.py); the runs
# alternate, so a slow phase of the machine touches all of them alike.
set -euo pipefail

RUNS=${RUNS:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dpodesk-import-bench}
mkdir -p "$DIR"
BIN=$DIR/dpodesk
DOC=$DIR/policy-100k.md

(cd "$ROOT" && go build -o "$BIN" ./cmd/dpodesk)
"$ROOT/bench/policy100k.sh" "$DOC"

yardstick='import re,sys
t=open(sys.argv[1],encoding="utf-8",errors="replace").read()
s=re.split(r"(?<=[.!?])\s+",t)
print(len(s),sum(len(re.findall(r"\w+",x)) for x in s))'

timed() { python3 "$ROOT/bench/timed.py" "$DIR/$1.out" "$DIR/$1.err" "${@:2}"; }

printf 'run  dpodesk import  python3 split%s\n' "${OLD:+  old dpodesk}"
for i in $(seq "$RUNS"); do
	a=$(timed new "$BIN" import --json "$DOC")
	b=$(timed yard python3 -S -c "$yardstick" "$DOC")
	c=""
	if [ -n "${OLD:-}" ]; then
		c=$(timed old "$OLD" import --json "$DOC")
	fi
	printf '%3d  %11s ms  %10s ms%s\n' "$i" "$a" "$b" "${c:+  $(printf '%8s ms' "$c")}"
done
