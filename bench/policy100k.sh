#!/usr/bin/env bash
# Writes the 100 KB policy the import benchmarks read to the file given:
# the fictional Markdown policies of importers/testdata/policies, repeated
# and cut at 100,000 bytes, as BenchmarkImport100KB builds it in process.
#
#   bench/policy100k.sh /tmp/policy-100k.md
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: policy100k.sh OUTPUT}
: >"$OUT.tmp"
while [ "$(wc -c <"$OUT.tmp")" -lt 100000 ]; do
	for f in "$ROOT"/importers/testdata/policies/*.md; do
		cat "$f" >>"$OUT.tmp"
		printf '\n\n' >>"$OUT.tmp"
	done
done
head -c 100000 "$OUT.tmp" >"$OUT"
rm -f "$OUT.tmp"
