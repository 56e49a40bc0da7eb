#!/usr/bin/env bash
# Benchmark of the commands that read the follow-up ledger, on a synthetic ledger: one chat
# decided every five minutes for a year (about twenty years of the cooperative's follow-ups),
# 85 % of them answered, a tenth of those decided twice.
#
#   bench/ledger.sh                      # writes $AUN_BENCH_DIR/ledger.jsonl once
#   AUN_BENCH_CHATS=1000000 bench/ledger.sh
#
# Prints each command's wall time and peak RSS (from /usr/bin/time -v, one run after a warm-up).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dir=${AUN_BENCH_DIR:-/tmp/aun-bench}
chats=${AUN_BENCH_CHATS:-100000}
ledger="$dir/ledger-$chats.jsonl"
now=2026-06-01T12:00:00-04:00
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

if [ ! -s "$ledger" ]; then
    python3 - "$chats" > "$ledger.part" <<'PY'
import json, random, sys
from datetime import datetime, timedelta, timezone
random.seed(7)
n = int(sys.argv[1])
start = datetime(2025, 6, 1, tzinfo=timezone(timedelta(hours=-4)))
libs = [("HCLS", "Howard County Library System"), ("BCPL", "Baltimore County Public Library"),
        ("MSLL", "Maryland State Law Library"), ("AUN", "Maryland AskUsNow! Public Library"),
        ("EPFL", "Enoch Pratt Free Library"), ("LBPH", "Maryland Library for the Blind and Print Disabled")]
rules = ["local", "local", "law", "default", "specialist", "print-disability"]
out = sys.stdout
for i in range(n):
    t = start + timedelta(minutes=5 * i)
    k = random.randrange(len(libs))
    decided = {"v": 1, "event": "decided", "chat_id": str(20000000 + i),
               "started_at": t.isoformat(), "due_at": (t + timedelta(hours=72)).isoformat(),
               "rule": rules[k], "destination": libs[k][1], "destination_id": libs[k][0],
               "method": "partner", "origin": "Maryland AskUsNow! Public Library", "origin_id": "AUN",
               "category": random.choice(["research", "policy", "circulation", "access", "other"]),
               "subject": "none", "needs_review": None,
               "decided_at": (t + timedelta(hours=2)).isoformat(), "decided_by": "FCPL",
               "source": f"export-{t:%Y-%m-%d}.csv: record {i % 500 + 1}"}
    out.write(json.dumps(decided, separators=(",", ":")) + "\n")
    if i % 10 == 0:
        decided["decided_at"] = (t + timedelta(hours=5)).isoformat()
        decided["destination_id"], decided["destination"] = libs[3]
        out.write(json.dumps(decided, separators=(",", ":")) + "\n")
    if random.random() < 0.85:
        at = t + timedelta(hours=random.uniform(1, 110))
        out.write(json.dumps({"v": 1, "event": "answered", "chat_id": str(20000000 + i),
                              "at": at.isoformat(), "recorded_at": (at + timedelta(hours=1)).isoformat(),
                              "source": f"later-{at:%Y-%m-%d}.csv: record 1"}, separators=(",", ":")) + "\n")
PY
    mv "$ledger.part" "$ledger"
fi

(cd "$here" && cargo build --release --quiet)
target=$(cd "$here" && cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
aun="$target/release/aun"

echo "ledger: $ledger ($(wc -l < "$ledger") lines, $(du -m "$ledger" | cut -f1) MB); load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %8s %12s\n' command wall 'peak RSS'
# measure LABEL LEDGER ARGS…: one run of `aun ARGS --ledger LEDGER`, its wall time and peak RSS.
measure() {
    local label=$1 on=$2 log
    shift 2
    log=$(mktemp)
    /usr/bin/time -v -o "$log" "$aun" "$@" --ledger "$on" --now "$now" > /dev/null 2>&1 || true
    awk -F': ' -v a="$label" '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
            for (i = 1; i <= n; i++) s = s * 60 + p[i]; t = s }
        /Maximum resident set size/ { r = $2 } END { printf "%-44s %7.2fs %8.1f MiB\n", a, t, r / 1024 }' "$log"
    rm -f "$log"
}
for args in "report" "report --by library,week --format json" "report --format html" \
            "followups list --status open,overdue,done --format csv" "remind --dry-run" "remind --digest --dry-run"; do
    # A warm-up run first.
    # shellcheck disable=SC2086
    "$aun" $args --ledger "$ledger" --now "$now" > /dev/null 2>&1 || true
    # shellcheck disable=SC2086
    measure "$args" "$ledger" $args
done

# The writers, each on a copy of the ledger: one chat marked done, and one export's decisions
# recorded (the repository's example export), both weighed against every line of the ledger.
copy="$dir/ledger-copy.jsonl"
for args in "followups done 20000005 --at 2025-06-02T12:00:00-04:00" \
            "followups record $here/examples/export.csv"; do
    cp "$ledger" "$copy"
    # shellcheck disable=SC2086
    measure "${args%% /*}" "$copy" $args
done
rm -f "$copy" "$copy.lock"
