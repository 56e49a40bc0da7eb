#!/usr/bin/env bash
# Benchmark of `aun triage` on the synthetic exports of ../shared/bench (beside the repository; see its README).
#
#   bench/triage.sh                 # generate the data if missing, build, measure, print a table
#   AUN_BENCH_DIR=/data/b bench/triage.sh
#   AUN_BENCH_RUNS=5 bench/triage.sh
#   AUN_BENCH_INSTALL_XSV=1 bench/triage.sh   # also `cargo install xsv` when it is missing
#
# The data (about 1.2 GB) goes to $AUN_BENCH_DIR (default /tmp/aun-bench), never into the repo.
# Each line: MB/s from the median and from the best wall time of $AUN_BENCH_RUNS runs (default 3)
# after one warm-up run (so the file is in the page cache), the CPU time (user + system) of the
# median run, and the largest peak RSS, all from /usr/bin/time -v (apt-get install time). MB/s is
# the input's size in MB (10^6 bytes) divided by the whole process's wall time. On a machine shared
# with other work, "best" and the CPU time say more than the median; the load average is printed.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dir=${AUN_BENCH_DIR:-/tmp/aun-bench}
runs=${AUN_BENCH_RUNS:-3}
gen=${AUN_BENCH_GEN:-$here/../shared/bench/gen_export.py}
now=2024-11-15T12:00:00-05:00
email_re='[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}'

mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

make_data() { # file, generator arguments…
    local f=$1; shift
    if [ ! -s "$dir/$f" ]; then
        echo "bench: generating $dir/$f" >&2
        python3 "$gen" "$@" -o "$dir/$f.tmp" && mv "$dir/$f.tmp" "$dir/$f"
    fi
}
make_data chats_1g.csv --rows 700000 --seed 1
make_data chats_100m.csv --rows 70000 --seed 2
make_data chats_100m.jsonl --rows 70000 --seed 2 --format jsonl

(cd "$here" && cargo build --release --quiet)
target=$(cd "$here" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
aun="$target/release/aun"

xsv=${XSV:-$(command -v xsv || true)}
if [ -z "$xsv" ] && [ "${AUN_BENCH_INSTALL_XSV:-0}" = 1 ]; then
    cargo install xsv --root "$dir/xsv-root" --quiet && xsv="$dir/xsv-root/bin/xsv"
fi
[ -z "$xsv" ] && [ -x "$dir/xsv-root/bin/xsv" ] && xsv="$dir/xsv-root/bin/xsv"

# measure NAME FILE COMMAND…: prints "NAME  MB/s(median)  MB/s(best)  wall  cpu  peak-RSS".
measure() {
    local name=$1 file=$2; shift 2
    local bytes runs_out=() rss=0 t c r log
    bytes=$(stat -c %s "$file")
    log=$(mktemp)
    "$@" > /dev/null 2>&1 || true # warm-up: the file into the page cache
    for _ in $(seq "$runs"); do
        /usr/bin/time -v -o "$log" "$@" > /dev/null 2>/dev/null
        t=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
        c=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
        r=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
        runs_out+=("$t $c")
        [ "$r" -gt "$rss" ] && rss=$r
    done
    rm -f "$log"
    printf '%s\n' "${runs_out[@]}" | sort -n | awk -v n="$name" -v b="$bytes" -v r="$rss" '
        { t[NR] = $1; c[NR] = $2 }
        END { m = int((NR + 1) / 2);
              printf "%-50s %6.0f %6.0f MB/s %6.2f s %6.2f s %6.1f MiB\n",
                     n, b / 1e6 / t[m], b / 1e6 / t[1], t[m], c[m], r / 1024 }'
}

echo "bench: $(nproc) cores, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), $("$aun" --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-50s %6s %6s %5s %8s %8s %10s\n' "what" "median" "best" "" "wall" "cpu" "peak RSS"
big="$dir/chats_1g.csv"
measure "triage --format jsonl chats_1g.csv" "$big" "$aun" triage -q --now "$now" --format jsonl "$big"
measure "triage --format csv chats_1g.csv" "$big" "$aun" triage -q --now "$now" --format csv "$big"
measure "triage --format json chats_1g.csv" "$big" "$aun" triage -q --now "$now" --format json "$big"
measure "triage (table) chats_1g.csv" "$big" "$aun" triage -q --now "$now" "$big"
measure "triage --all --format jsonl chats_1g.csv" "$big" "$aun" triage -q --all --now "$now" --format jsonl "$big"
measure "triage --threads 1 --format jsonl chats_1g.csv" "$big" "$aun" triage -q --threads 1 --now "$now" --format jsonl "$big"
measure "triage --format jsonl chats_100m.csv" "$dir/chats_100m.csv" \
    "$aun" triage -q --now "$now" --format jsonl "$dir/chats_100m.csv"
measure "triage --format jsonl chats_100m.jsonl" "$dir/chats_100m.jsonl" \
    "$aun" triage -q --now "$now" --format jsonl "$dir/chats_100m.jsonl"
measure "cat chats_1g.csv" "$big" cat "$big"
if [ -n "$xsv" ]; then
    measure "xsv count chats_1g.csv" "$big" "$xsv" count "$big"
    line=$(measure "xsv search -s transcript EMAIL_RE | xsv count" "$big" \
        sh -c "'$xsv' search -s transcript '$email_re' '$big' | '$xsv' count")
    echo "$line"
    ours=$(measure "triage --format jsonl chats_1g.csv (again)" "$big" \
        "$aun" triage -q --now "$now" --format jsonl "$big")
    echo "$ours"
    # Fields from the end: "MiB" rss "s" cpu "s" wall "MB/s" best median …
    awk -v a="$ours" -v b="$line" 'BEGIN { n = split(a, x, " "); m = split(b, y, " ");
        printf "ratio triage / xsv search (median MB/s): %.2f; (best MB/s): %.2f\n",
               x[n - 8] / y[m - 8], x[n - 7] / y[m - 7] }'
else
    echo "bench: xsv not found (set XSV=…, or AUN_BENCH_INSTALL_XSV=1): no xsv ratio" >&2
fi
echo "bench: done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
