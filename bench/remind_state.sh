#!/usr/bin/env bash
# Peak memory of `aun remind --state` on a large state file: 30 days (or, with AUN_BENCH_DAYS=730,
# two years never pruned) of a busy cooperative's keys, about 57 MB: duty reminders, and for each
# chat of a large export its due-soon and overdue keys and its library's deadline message.
#
#   bench/remind_state.sh              # writes $AUN_BENCH_DIR/remind-state-30.json once
#   AUN_BENCH_DAYS=730 bench/remind_state.sh
#
# Prints the wall time and peak RSS of one run (from /usr/bin/time -v) and the file's size after it.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
dir=${AUN_BENCH_DIR:-/tmp/aun-bench}
days=${AUN_BENCH_DAYS:-30}
state="$dir/remind-state-$days.json"
mkdir -p "$dir"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

if [ ! -s "$state" ]; then
    python3 - "$days" > "$state.part" <<'PY'
import json, random, sys
from datetime import datetime, timedelta, timezone
days = int(sys.argv[1])
now = datetime(2026, 11, 26, 18, 7, tzinfo=timezone.utc)
libs = ["BCPL", "EPFL", "FCPL", "HCPL", "MSLL", "AACPL", "CCPL", "WCFL", "COORD"]
z = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
rnd = random.Random(1)
sent, size, n = {}, 0, 0
while size < 60e6:
    at = (now - timedelta(seconds=rnd.randrange(days * 86400))).replace(second=0)
    sent_at = at + timedelta(minutes=rnd.randrange(15))
    r = rnd.random()
    if r < 0.05:
        kind = rnd.choice(["first-check", "second-check", "no-one-on-duty"])
        key = f"{kind}/{z(at)}/{rnd.choice(libs)}"
    elif r < 0.15:
        key = f"deadline/{z(at)}/{rnd.choice(libs)}"
    else:
        key = f"{rnd.choice(['due-soon', 'overdue'])}/{z(at)}/chat/{rnd.choice('ABCDEFGH')}-{n:07d}"
    n += 1
    sent[key] = {"at": z(at), "sent_at": z(sent_at)}
    size += len(key) + 100
state = {"version": 1, "last_run": z(now - timedelta(minutes=15)), "sent": dict(sorted(sent.items()))}
print(json.dumps(state, indent=2))
PY
    mv "$state.part" "$state"
fi

cargo build --release --locked --manifest-path "$here/Cargo.toml" >&2
aun=$(cargo metadata --format-version 1 --no-deps --manifest-path "$here/Cargo.toml" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/aun
run="$dir/remind-state-run.json"
cp "$state" "$run"
/usr/bin/time -v "$aun" remind --at 2026-11-26T13:07 --state "$run" --format jsonl \
    > /dev/null 2> "$dir/remind-state.err"
echo "state file: $(stat -c %s "$state") bytes, $(grep -c '"sent_at"' "$state") keys ($days days)"
grep -E 'Elapsed|Maximum resident' "$dir/remind-state.err" | sed 's/^\s*/  /'
echo "after the run: $(stat -c %s "$run") bytes"
