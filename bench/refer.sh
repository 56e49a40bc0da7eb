#!/usr/bin/env bash
# Benchmark of `aun refer` beside `aun triage` on the 1 GB synthetic export of /work/shared/bench.
# refer runs triage and the referral rules in one per-chat closure on triage's workers, so the
# figure to compare is refer's throughput against triage's, measured in the same run.
#
#   bench/refer.sh                  # needs $AUN_BENCH_DIR/chats_1g.csv (bench/triage.sh makes it)
#   AUN_BENCH_RUNS=5 bench/refer.sh
#
# Same method as bench/triage.sh: the median wall time of $AUN_BENCH_RUNS runs (default 3) after
# one warm-up run, the largest peak RSS, from /usr/bin/time -v; MB/s = input bytes / 10^6 / wall.
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

# measure NAME COMMAND…: prints "NAME  MB/s  seconds  peak-RSS-MiB" for the 1 GB file.
measure() {
    local name=$1; shift
    local bytes times=() rss=0 t r log
    bytes=$(stat -c %s "$big")
    log=$(mktemp)
    "$@" > /dev/null 2>&1 || true # warm-up: the file into the page cache
    for _ in $(seq "$runs"); do
        /usr/bin/time -v -o "$log" "$@" > /dev/null 2>/dev/null
        t=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
        r=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
        times+=("$t")
        [ "$r" -gt "$rss" ] && rss=$r
    done
    rm -f "$log"
    t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    awk -v n="$name" -v b="$bytes" -v t="$t" -v r="$rss" \
        'BEGIN { printf "%-44s %8.0f MB/s %7.2f s %7.1f MiB\n", n, b / 1e6 / t, t, r / 1024 }'
}

echo "bench: $(nproc) cores, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg), $("$aun" --version)"
printf '%-44s %13s %9s %11s\n' "what (chats_1g.csv)" "throughput" "wall" "peak RSS"
for fmt in jsonl csv json; do
    measure "triage --format $fmt" "$aun" triage -q --now "$now" --format "$fmt" "$big"
    measure "refer --format $fmt" "$aun" refer -q --now "$now" --format "$fmt" "$big"
done
measure "refer --summary" "$aun" refer -q --now "$now" --summary "$big"
measure "refer (table)" "$aun" refer -q --now "$now" "$big"
