#!/usr/bin/env bash
# Times what a user feels, in fresh processes of the built binary, beside the
# yardsticks (sqlite3, VisiData) on the same rows in the same run.
#
#   bench/firstframe.sh                 # 100,000 requests, 3 runs of each
#   SCALE=10000 RUNS=5 bench/firstframe.sh
#
# The workspace (`dpodesk demo --scale $SCALE`) is built once and kept under
# $BENCH_DIR (default: the system temp directory); delete it to rebuild. Nothing
# is dropped from the page cache: every run is a new process, as a user starts it.
# Each line gives the wall time in milliseconds and the peak resident memory
# (/usr/bin/time's "maximum resident set size") of the measured process.
set -euo pipefail

SCALE=${SCALE:-100000}
RUNS=${RUNS:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dpodesk-firstframe}
WS=$BENCH_DIR/ws-$SCALE
OUT=$BENCH_DIR/out-$SCALE
BIN=$BENCH_DIR/dpodesk
mkdir -p "$BENCH_DIR" "$OUT"

say() { printf '%s\n' "$*"; }

# need installs a Debian package when its command is missing, and says so.
need() {
	local cmd=$1 pkg=$2
	command -v "$cmd" >/dev/null 2>&1 && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		say "installing $pkg (apt-get) for the $cmd yardstick"
		apt-get install -y -qq "$pkg" >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$pkg" >/dev/null 2>&1; } || true
	fi
	command -v "$cmd" >/dev/null 2>&1
}

# measure NAME CMD...: runs CMD $RUNS times, its output to $OUT/NAME.out, and
# prints the wall time and peak memory of each run. The wall time is
# bench/timed.py's, to the millisecond (/usr/bin/time rounds to hundredths of
# a second, too coarse beside a 60 ms yardstick); the peak memory is
# /usr/bin/time's, of a second start of the same command right after, since a
# process started from Python inherits Python's high-water mark.
measure() {
	local name=$1
	shift
	local line="" ms
	for _ in $(seq "$RUNS"); do
		ms=$(python3 "$ROOT/bench/timed.py" "$OUT/$name.out" "$OUT/$name.err" "$@") &&
			/usr/bin/time -o "$OUT/$name.time" -f '%M' "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || {
			say "$name: failed (see $OUT/$name.err)"
			return 0
		}
		line+=$(awk -v ms="$ms" '{printf "  %5.0f ms %4.0f MB", ms, $1/1024}' "$OUT/$name.time")
	done
	printf '%-38s%s\n' "$name" "$line"
}

# frame NAME CMD...: the interface's first full frame in a pseudo-terminal of
# 120×40; DPODESK_EXIT_AFTER_FIRST_FRAME=1 ends it once the dashboard shows its totals.
frame() {
	local name=$1 line=""
	shift
	for _ in $(seq "$RUNS"); do
		rm -f "$OUT/$name.time"
		DPODESK_EXIT_AFTER_FIRST_FRAME=1 script -qec "stty cols 120 rows 40; /usr/bin/time -o '$OUT/$name.time' -f '%e %M' $*" /dev/null >"$OUT/$name.out" 2>&1 || true
		if [ ! -s "$OUT/$name.time" ] || grep -q 'exited with non-zero' "$OUT/$name.time"; then
			say "$name: failed (see $OUT/$name.out)"
			return 0
		fi
		line+=$(tail -1 "$OUT/$name.time" | awk '{printf "  %5.0f ms %4.0f MB", $1*1000, $2/1024}')
	done
	printf '%-38s%s\n' "$name" "$line"
	# The switch ends the process at the frame without closing the workspace
	# (the loads still running must not race a close), as a crash would; one
	# read-write open, untimed, finishes what a close does, so that the
	# listings after it are measured as after a normal quit.
	"$@" request show 1 >/dev/null 2>&1 || true
}

# visidata times VisiData from its start until its status line shows the rows
# loaded, polling a tmux pane every 10 ms (VisiData has no exit-after-load switch).
visidata() {
	local csv=$1 rows=$2 line=""
	for _ in $(seq "$RUNS"); do
		local sock=dpodesk-bench-$$
		local t0 t1
		t0=$(date +%s%N)
		tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 40 "vd '$csv'"
		until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q "$rows rows"; do
			sleep 0.01
			if [ $(($(date +%s%N) - t0)) -gt 60000000000 ]; then
				say "visidata: no '$rows rows' after 60 s"
				tmux -L "$sock" kill-server 2>/dev/null || true
				return 0
			fi
		done
		t1=$(date +%s%N)
		local pid rss
		pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}' | head -1)
		rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
		tmux -L "$sock" kill-server 2>/dev/null || true
		line+=$(awk -v ms=$(((t1 - t0) / 1000000)) -v kb="${rss:-0}" 'BEGIN {printf "  %5d ms %4.0f MB", ms, kb/1024}')
	done
	printf '%-38s%s\n' "VisiData opens the CSV" "$line"
}

say "building the binary"
(cd "$ROOT" && go build -o "$BIN" ./cmd/dpodesk)
if [ ! -f "$WS.built" ]; then
	say "building a workspace of $SCALE generated requests in $WS (once)"
	rm -rf "$WS"
	"$BIN" --db "$WS" demo --scale "$SCALE" >/dev/null
	touch "$WS.built"
fi
D=("$BIN" --db "$WS")
"${D[@]}" export requests --format csv -o "$OUT/requests.csv" 2>/dev/null
"${D[@]}" export ropa --format csv -o "$OUT/activities.csv" 2>/dev/null
ROWS=$(($(wc -l <"$OUT/requests.csv") - 1))
ACTS=$(($(wc -l <"$OUT/activities.csv") - 1))

say ""
say "machine: $(nproc) CPUs, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(go version | awk '{print $3}')"
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "workspace: $ROWS requests and $ACTS activities (demo --scale $SCALE), $RUNS fresh processes each; wall time, peak RSS"
say ""
frame "dpodesk first full frame" "${D[@]}"
measure "dpodesk request list --json" "${D[@]}" request list --json
measure "dpodesk request list" "${D[@]}" request list
measure "dpodesk export requests --format csv" "${D[@]}" export requests --format csv
measure "dpodesk activity list --json" "${D[@]}" activity list --json
measure "dpodesk activity list" "${D[@]}" activity list
measure "dpodesk export ropa --format csv" "${D[@]}" export ropa --format csv

if need sqlite3 sqlite3; then
	rm -f "$OUT/requests.db"
	tail -c +4 "$OUT/requests.csv" >"$OUT/requests-nobom.csv" # the BOM would enter the first header
	sqlite3 "$OUT/requests.db" ".import --csv $OUT/requests-nobom.csv requests"
	measure "sqlite3 -json (same rows)" sqlite3 -json "$OUT/requests.db" 'select * from requests'
	measure "sqlite3 -csv (same rows)" sqlite3 -csv -header "$OUT/requests.db" 'select * from requests'
	tail -c +4 "$OUT/activities.csv" >"$OUT/activities-nobom.csv"
	sqlite3 "$OUT/requests.db" ".import --csv $OUT/activities-nobom.csv activities"
	measure "sqlite3 -json (same activities)" sqlite3 -json "$OUT/requests.db" 'select * from activities'
	measure "sqlite3 -csv (same activities)" sqlite3 -csv -header "$OUT/requests.db" 'select * from activities'
else
	say "sqlite3: not available and could not be installed; skipped"
fi
if need vd visidata && command -v tmux >/dev/null; then
	visidata "$OUT/requests.csv" "$ROWS"
else
	say "VisiData: not available (vd, tmux) and could not be installed; skipped"
fi
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
