#!/usr/bin/env bash
# Whole-run benchmark: statuslint against a no-op analyzer with the same
# driver and the shared prerequisite, inspect (bench/noop), on two synthetic modules
# (bench/gencorpus) and on the Go standard library:
#
#   corpus  the mixed shape: half of the functions ordinary code, the rest
#           SDK calls (about 1.2 per function), comparisons and switches
#           (about 386k lines, 15,600 functions)
#   heavy   the heavy shape of issue #22: every function handles statuses,
#           about 31,000 SDK calls in 45,500 functions, one response in 16
#           never checked, with the wrappers, client interfaces, function
#           values and generic helpers of issue #18 (about 735k lines)
#   std     the standard library: no Clarifai code
#
#   bash bench/run.sh              # 15 runs of each tool per corpus, report only
#   RUNS=21 bash bench/run.sh      # or: bash bench/run.sh -n 21
#   CHECK=1 bash bench/run.sh      # exit 1 when a ratio is above 1.05
#   CORPORA=heavy bash bench/run.sh   # one corpus; or: bash bench/run.sh -corpora heavy
#   RUNS=1 PKGS=2 FILES=2 FUNCS=4 HEAVY_FUNCS=8 CORPORA="corpus heavy" bash bench/run.sh   # a smoke test
#
# The default run takes about 13 minutes on a 2-core machine (16 runs
# of each tool per corpus, warm-up included: about 2 minutes for corpus,
# 4 for heavy and 6 for std from the times per run in README), plus
# several minutes the first time, to generate the modules and to fill the build
# cache (the warm-up compiles std with its tests).
#
# Settings (environment, or the flags in brackets):
#   RUNS=15       timed runs of each tool per corpus [-n N]; on a 2-core VM
#                 one pair's ratio spreads over about 0.88-1.22, and 15
#                 pairs put the median within about 0.03 of its true value
#   CHECK=0       1: fail when statuslint/noop exceeds LIMIT for wall time or peak RSS [-check]
#   LIMIT=1.05    the ratio CHECK enforces (issue #22's target)
#   CORPORA="corpus heavy std"   which corpora to run, in order [-corpora "..."]
#   PKGS=60 FILES=10 FUNCS=26 SEED=1   size of corpus: packages, files per
#                 package, functions per file
#   HEAVY_PKGS=$PKGS HEAVY_FILES=$FILES HEAVY_FUNCS=75   size of heavy
#   STATUSLINT=path   use this statuslint binary instead of building cmd/statuslint
#   FLAGS="-checks=raw,switch,deprecated"   flags for statuslint's runs (not the
#                 no-op's): what one family costs in a whole run, say
#
# Each run is timed by GNU time (/usr/bin/time -f '%e %U %S %M'): wall
# seconds, CPU seconds (user+sys, including the go list and compiler
# processes the driver starts) and peak RSS (the largest single process,
# which is the analysis driver). The tools run alternately after one untimed
# warm-up each, so that both see the same build cache; the table shows
# medians, and each ratio is the median of the runs' paired ratios (the
# machine's load drifts between runs more than within one pair), with the
# spread of the pairs' wall ratios (lowest, quartiles, highest) under it. Exit
# status 3 from a tool means it reported findings and is expected on the
# synthetic modules; any other non-zero status fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
export LC_ALL=C # printf and awk write 1.05, not 1,05

RUNS="${RUNS:-15}"
CHECK="${CHECK:-0}"
LIMIT="${LIMIT:-1.05}"
CORPORA="${CORPORA:-corpus heavy std}"
PKGS="${PKGS:-60}"
FILES="${FILES:-10}"
FUNCS="${FUNCS:-26}"
HEAVY_PKGS="${HEAVY_PKGS:-$PKGS}"
HEAVY_FILES="${HEAVY_FILES:-$FILES}"
HEAVY_FUNCS="${HEAVY_FUNCS:-75}"
SEED="${SEED:-1}"
FLAGS="${FLAGS:-}"
while [ $# -gt 0 ]; do
	case "$1" in
	-n) RUNS="$2"; shift 2 ;;
	-check) CHECK=1; shift ;;
	-corpora) CORPORA="$2"; shift 2 ;;
	-h|-help|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
	*) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done
case "$RUNS" in ''|*[!0-9]*|0) echo "run.sh: RUNS must be a positive integer" >&2; exit 2 ;; esac
for c in $CORPORA; do
	case "$c" in corpus|heavy|std) ;; *) echo "run.sh: unknown corpus $c (corpus, heavy, std)" >&2; exit 2 ;; esac
done

out="$root/bench/out"
mkdir -p "$out/logs"

if [ ! -x /usr/bin/time ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "== installing GNU time (Debian package time)"
		apt-get update -qq && apt-get install -y -qq time >/dev/null
	else
		echo "run.sh: /usr/bin/time (GNU time) is missing: apt-get install time" >&2
		exit 1
	fi
fi

echo "== building"
if [ -n "${STATUSLINT:-}" ]; then
	sl="$STATUSLINT"
	echo "statuslint: $sl (from STATUSLINT)"
else
	sl="$out/statuslint"
	go build -o "$sl" ./cmd/statuslint
fi
noop="$out/noop"
go build -o "$noop" ./bench/noop

# generate <name> <shape> <pkgs> <files> <funcs>: writes the module
# $out/<name>, or keeps it when the shape, the size, the seed and the
# generator (and the code table it draws from) are those it was made with.
generate() {
	local dir="$out/$1" params
	params="shape=$2 pkgs=$3 files=$4 funcs=$5 seed=$SEED gen=$(cat bench/gencorpus/*.go codes/*.go | sha256sum | cut -c1-16)"
	if [ "$(cat "$dir/.params" 2>/dev/null)" != "$params" ]; then
		echo "== generating $dir ($params)"
		rm -rf "$dir"
		go run ./bench/gencorpus -o "$dir" -shape "$2" -pkgs "$3" -files "$4" -funcs "$5" -seed "$SEED"
		echo "$params" >"$dir/.params"
	else
		echo "== $1 $dir is up to date ($params)"
	fi
}
for c in $CORPORA; do
	case "$c" in
	corpus) generate corpus mixed "$PKGS" "$FILES" "$FUNCS" ;;
	heavy) generate heavy heavy "$HEAVY_PKGS" "$HEAVY_FILES" "$HEAVY_FUNCS" ;;
	esac
done

# run <corpus> <tool> <binary> <log>: one run under GNU time; prints
# "wall user sys maxrss_kib".
run() {
	local dir pattern tf rc
	case "$1" in
	corpus|heavy) dir="$out/$1" pattern=./... ;;
	std) dir="$root" pattern=std ;;
	esac
	local -a flags=()
	if [ "$2" = statuslint ]; then
		read -ra flags <<<"$FLAGS"
	fi
	tf=$(mktemp)
	rc=0
	(cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$tf" "$3" "${flags[@]}" "$pattern") >"$4" 2>&1 || rc=$?
	if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
		echo "run.sh: $2 $pattern in $dir exited $rc:" >&2
		tail -n 20 "$4" >&2
		rm -f "$tf"
		exit 1
	fi
	# GNU time puts "Command exited with non-zero status 3" before the format.
	tail -n 1 "$tf"
	rm -f "$tf"
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# spread prints the lowest, the quartiles (nearest rank) and the highest of
# a column of numbers: how far the pairs spread around their median.
spread() { sort -g | awk '{ a[NR] = $1 } END { printf "%.3f %.3f %.3f %.3f", a[1], a[int((NR + 3) / 4)], a[int((3 * NR + 3) / 4)], a[NR] }'; }

fail=0
table="$out/results.txt"
{
	echo "go: $(go version | cut -d' ' -f3-)  cpus: $(nproc)  runs: $RUNS (median)${FLAGS:+  statuslint flags: $FLAGS}"
	printf '%-8s %-12s %9s %9s %10s %9s\n' corpus tool "wall s" "cpu s" "rss MiB" findings
} >"$table"
for c in $CORPORA; do
	if [ "$c" != std ]; then
		echo "== $c: $(find "$out/$c" -name '*.go' | xargs cat | wc -l) lines in $(find "$out/$c" -name '*.go' | xargs -n1 dirname | sort -u | wc -l) packages"
	else
		echo "== std: $(go list std | wc -l) packages"
	fi
	echo "warm-up"
	run "$c" statuslint "$sl" "$out/logs/$c.statuslint.log" >/dev/null
	run "$c" noop "$noop" "$out/logs/$c.noop.log" >/dev/null
	: >"$out/logs/$c.statuslint.times"
	: >"$out/logs/$c.noop.times"
	for i in $(seq 1 "$RUNS"); do
		# Alternate which tool goes first.
		if [ $((i % 2)) = 1 ]; then order="statuslint noop"; else order="noop statuslint"; fi
		for t in $order; do
			if [ "$t" = statuslint ]; then bin="$sl"; else bin="$noop"; fi
			r=$(run "$c" "$t" "$bin" "$out/logs/$c.$t.log")
			echo "$r" >>"$out/logs/$c.$t.times"
			echo "run $i $t: $r (wall user sys rss_kib)"
		done
	done
	for t in statuslint noop; do
		f="$out/logs/$c.$t.times"
		w=$(awk '{ print $1 }' "$f" | median)
		u=$(awk '{ print $2 + $3 }' "$f" | median)
		m=$(awk '{ print $4 / 1024 }' "$f" | median)
		n=$(grep -cE '\.go:[0-9]+:[0-9]+: ' "$out/logs/$c.$t.log" || true)
		eval "w_$t=$w u_$t=$u m_$t=$m"
		printf '%-8s %-12s %9.2f %9.2f %10.1f %9s\n' "$c" "$t" "$w" "$u" "$m" "$n" >>"$table"
	done
	# Ratios are the medians of each run's pair (statuslint and no-op, timed
	# one after the other), which cancels most of the drift in the
	# machine's load between runs.
	pairs="$out/logs/$c.pairs"
	paste -d' ' "$out/logs/$c.statuslint.times" "$out/logs/$c.noop.times" |
		awk '{ printf "%.4f %.4f %.4f\n", $1 / $5, ($2 + $3) / ($6 + $7), $4 / $8 }' >"$pairs"
	rw=$(awk '{ print $1 }' "$pairs" | median)
	ru=$(awk '{ print $2 }' "$pairs" | median)
	rss=$(awk '{ print $3 }' "$pairs" | median)
	read -r rw ru rss <<<"$(printf '%.3f %.3f %.3f' "$rw" "$ru" "$rss")"
	printf '%-8s %-12s %8sx %8sx %9sx\n' "$c" "ratio" "$rw" "$ru" "$rss" >>"$table"
	# The spread of the wall ratios says whether the median's distance
	# from the limit is more than the machine's noise.
	read -r lo q1 q3 hi <<<"$(awk '{ print $1 }' "$pairs" | spread)"
	printf '%-8s %-12s min %sx, quartiles %sx-%sx, max %sx\n' "$c" "wall pairs" "$lo" "$q1" "$q3" "$hi" >>"$table"
	for r in "$rw" "$rss"; do
		if awk -v r="$r" -v l="$LIMIT" 'BEGIN { exit !(r > l) }'; then fail=1; fi
	done
done

echo
cat "$table"
echo "(ratio = median over runs of statuslint / noop in the same run; target: wall and rss at most ${LIMIT}x; logs in ${out#"$root"/}/logs)"
if [ "$fail" = 1 ]; then
	if [ "$CHECK" = 1 ]; then
		echo "FAIL: a ratio is above $LIMIT" >&2
		exit 1
	fi
	echo "note: a ratio is above $LIMIT (CHECK=1 makes this fail)"
fi
