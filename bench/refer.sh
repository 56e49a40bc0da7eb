#!/usr/bin/env bash
# Benchmark of `aun refer` beside `aun triage` on the 1 GB synthetic export of ../shared/bench.
# refer runs triage and the referral rules in one per-chat closure on triage's workers, so the
# figure to compare is refer's throughput against triage's, measured in the same run.
#
#   bench/refer.sh                  # needs $AUN_BENCH_DIR/chats_1g.csv (bench/triage.sh makes it)
#   AUN_BENCH_RUNS=5 bench/refer.sh
#
# Like bench/triage.sh: the median wall time of $AUN_BENCH_RUNS runs (default 3) after one
# warm-up run, the largest peak RSS, from /usr/bin/time -v; MB/s = input bytes / 10^6 / wall.
# triage and refer run alternately and the ratio of their times is taken run by run, so that
# other work on a shared machine weighs on both alike.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dir=${AUN_BENCH_DIR:-/tmp/aun-bench}
runs=${AUN_BENCH_RUNS:-3}
now=2024-11-15T12:00:00-05:00
big="$dir/chats_1g.csv"
[ -s "$big" ] || { echo "bench: $big is missing: run bench/triage.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

(cd "$here" && cargo build --release --quiet)
target=$(cd "$here" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
aun="$target/release/aun"

# run COMMAND…: runs it once under /usr/bin/time -v; prints "seconds peak-RSS-KiB".
run() {
    local log
    log=$(mktemp)
    /usr/bin/time -v -o "$log" "$@" > /dev/null 2>/dev/null
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
            for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s }
        /Maximum resident set size/ { r = $2 } END { print t, r }' "$log"
    rm -f "$log"
}

# pair LABEL TRIAGE-ARGS -- REFER-ARGS: triage and refer run alternately, so that the load of a
# shared machine falls on both alike; prints each one's median and the median of the ratios.
pair() {
    local label=$1; shift
    local a=() b=()
    while [ "$1" != -- ]; do a+=("$1"); shift; done
    shift
    b=("$@")
    "$aun" "${a[@]}" > /dev/null 2>&1 || true # warm-up: the file into the page cache
    local out
    out=$(for _ in $(seq "$runs"); do
        echo "A $(run "$aun" "${a[@]}")"
        echo "B $(run "$aun" "${b[@]}")"
    done)
    awk -v label="$label" -v bytes="$(stat -c %s "$big")" '
        function median(x, n,   i, j, t) { for (i = 2; i <= n; i++) { t = x[i]; for (j = i - 1; j >= 1 && x[j] > t; j--) x[j + 1] = x[j]; x[j + 1] = t }
            return n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2 }
        $1 == "A" { na++; ta[na] = $2; if ($3 > ra) ra = $3 }
        $1 == "B" { nb++; tb[nb] = $2; if ($3 > rb) rb = $3; q[nb] = ta[nb] / $2 }
        END {
            ma = median(ta, na); mb = median(tb, nb); mq = median(q, nb)
            printf "%-34s %8.0f MB/s %6.2f s %6.1f MiB\n", "triage " label, bytes / 1e6 / ma, ma, ra / 1024
            printf "%-34s %8.0f MB/s %6.2f s %6.1f MiB   refer/triage speed %.2f\n", "refer " label, bytes / 1e6 / mb, mb, rb / 1024, mq
        }' <<< "$out"
}

echo "bench: $(nproc) cores, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg), $("$aun" --version)"
printf '%-34s %13s %8s %10s\n' "chats_1g.csv" "throughput" "wall" "peak RSS"
for fmt in jsonl csv json; do
    pair "--format $fmt" triage -q --now "$now" --format "$fmt" "$big" -- refer -q --now "$now" --format "$fmt" "$big"
done
pair "--format jsonl / --summary" triage -q --now "$now" --format jsonl "$big" -- refer -q --now "$now" --summary "$big"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
