#!/usr/bin/env bash
# Time and memory of `aun triage` and `aun refer` on one chat of each hostile shape of
# bench/hostile_chats.py, at two sizes four times apart: a time that grows more than about four
# times is a reading whose cost grows faster than the text (flagged "FASTER THAN THE TEXT").
#
#   bench/hostile.sh                    # 250 KB and 1 MB transcripts
#   AUN_HOSTILE_SIZE=1000000 bench/hostile.sh
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
small=${AUN_HOSTILE_SIZE:-250000}
large=$((small * 4))
now=2024-11-15T12:00:00-05:00
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

(cd "$here" && cargo build --release --quiet)
target=$(cd "$here" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
aun="$target/release/aun"

# run FILE COMMAND: "seconds peak-KB" of one single-threaded run.
run() {
    /usr/bin/time -f '%e %M' -o "$dir/time" "$aun" "$2" -q --all --threads 1 --now "$now" \
        --format jsonl "$1" > /dev/null
    cat "$dir/time"
}

printf '%-26s %-7s %9s %9s %7s %10s\n' shape command "${small}B" "${large}B" ratio "peak RSS"
for shape in $(python3 "$here/bench/hostile_chats.py" --list); do
    python3 "$here/bench/hostile_chats.py" "$shape" "$small" > "$dir/small.csv"
    python3 "$here/bench/hostile_chats.py" "$shape" "$large" > "$dir/large.csv"
    for cmd in triage refer; do
        read -r t1 _ < <(run "$dir/small.csv" "$cmd")
        read -r t2 kb < <(run "$dir/large.csv" "$cmd")
        awk -v s="$shape" -v c="$cmd" -v a="$t1" -v b="$t2" -v kb="$kb" 'BEGIN {
            r = b / (a > 0.01 ? a : 0.01)
            printf "%-26s %-7s %8.2fs %8.2fs %7.1f %6.1f MiB%s\n", s, c, a, b, r, kb / 1024,
                (b > 0.2 && r > 8 ? "  FASTER THAN THE TEXT" : "") }'
    done
done
echo "bench: done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
