#!/usr/bin/env bash
# Benchmark of `aun triage` on the synthetic exports of ../shared/bench (beside the repository; see its README).
#
#   bench/triage.sh                 # generate the data if missing, build, measure, print a table
#   AUN_BENCH_DIR=/data/b bench/triage.sh
#   AUN_BENCH_RUNS=5 bench/triage.sh
#   AUN_BENCH_INSTALL_XSV=1 bench/triage.sh   # also `cargo install xsv` when it is missing
#   AUN_BENCH_BEFORE=/path/to/older/aun bench/triage.sh   # before/after on the 100 MB file
#   AUN_BENCH_ONLY=reader bench/triage.sh      # only before/after and the memory cases
#   AUN_BENCH_ONLY=xsv bench/triage.sh         # only triage --all against the xsv search, then those
#
# The data (about 1.2 GB) goes to $AUN_BENCH_DIR (default /tmp/aun-bench), never into the repo.
# Each line: MB/s from the median and from the best wall time of $AUN_BENCH_RUNS runs (default 3)
# after one warm-up run (so the file is in the page cache), the CPU time (user + system) of the
# median run, and the largest peak RSS, all from /usr/bin/time -v (apt-get install time). MB/s is
# the input's size in MB (10^6 bytes) divided by the whole process's wall time. On a machine shared
# with other work, "best" and the CPU time say more than the median; the load average is printed.
#
# The export reader's own checks come last: with AUN_BENCH_BEFORE, the older binary and this one
# on the 100 MB file, runs alternating so both see the same load; then the peak RSS (from
# /usr/bin/time -v) on hostile inputs, which must stay at or under 32 MiB: 2 million short
# rows, one record with a 1 GB field (streamed, never on disk), records of 4 MB transcripts (CSV
# and JSON Lines), records whose speaker labels are 100 KB long, refer's every output format on
# the 100 MB file, and an endless stream of rows (cut after $AUN_BENCH_STREAM_SECONDS, default 20).
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
make_data chats_100m.csv --rows 70000 --seed 2
if [ "${AUN_BENCH_ONLY:-}" != reader ]; then
    make_data chats_1g.csv --rows 700000 --seed 1
    make_data chats_100m.jsonl --rows 70000 --seed 2 --format jsonl
fi

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

if [ "${AUN_BENCH_ONLY:-}" != reader ]; then
echo "bench: $(nproc) cores, $runs runs each, $(date -u +%Y-%m-%dT%H:%MZ), $("$aun" --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-50s %6s %6s %5s %8s %8s %10s\n' "what" "median" "best" "" "wall" "cpu" "peak RSS"
big="$dir/chats_1g.csv"
if [ "${AUN_BENCH_ONLY:-}" != xsv ]; then
measure "triage --format jsonl chats_1g.csv" "$big" "$aun" triage -q --now "$now" --format jsonl "$big"
measure "triage --format csv chats_1g.csv" "$big" "$aun" triage -q --now "$now" --format csv "$big"
measure "triage --format json chats_1g.csv" "$big" "$aun" triage -q --now "$now" --format json "$big"
measure "triage (table) chats_1g.csv" "$big" "$aun" triage -q --now "$now" "$big"
measure "triage --all --format jsonl chats_1g.csv" "$big" "$aun" triage -q --all --now "$now" --format jsonl "$big"
measure "triage --threads 1 --format jsonl chats_1g.csv" "$big" "$aun" triage -q --threads 1 --now "$now" --format jsonl "$big"
measure "triage --all --threads 1 --format jsonl chats_1g.csv" "$big" "$aun" triage -q --all --threads 1 --now "$now" --format jsonl "$big"
measure "triage --format jsonl chats_100m.csv" "$dir/chats_100m.csv" \
    "$aun" triage -q --now "$now" --format jsonl "$dir/chats_100m.csv"
measure "triage --format jsonl chats_100m.jsonl" "$dir/chats_100m.jsonl" \
    "$aun" triage -q --now "$now" --format jsonl "$dir/chats_100m.jsonl"
measure "cat chats_1g.csv" "$big" cat "$big"
[ -n "$xsv" ] && measure "xsv count chats_1g.csv" "$big" "$xsv" count "$big"
fi
if [ -n "$xsv" ]; then
    # The issue's comparison: `triage --all --format jsonl` (every row, the whole job) against one
    # regular expression over one column, runs alternating so both see the same load. The ratios
    # are of the medians: wall time and CPU time (user + system), each aun / xsv.
    log=$(mktemp)
    search=(sh -c "'$xsv' search -s transcript '$email_re' '$big' | '$xsv' count")
    whole=("$aun" triage -q --all --now "$now" --format jsonl "$big")
    "${search[@]}" > /dev/null 2>&1 || true
    "${whole[@]}" > /dev/null 2>&1 || true
    pairs=()
    for _ in $(seq "$runs"); do
        line=""
        for cmd in search whole; do
            if [ "$cmd" = search ]; then
                /usr/bin/time -v -o "$log" "${search[@]}" > /dev/null 2>/dev/null
            else
                /usr/bin/time -v -o "$log" "${whole[@]}" > /dev/null 2>/dev/null
            fi
            line+="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
                /User time|System time/ { c += $2 } END { printf "%s %s ", w, c }' "$log")"
        done
        pairs+=("$line")
    done
    rm -f "$log"
    printf '%s\n' "${pairs[@]}" | awk -v b="$(stat -c %s "$big")" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
        { xw[NR] = $1; xc[NR] = $2; aw[NR] = $3; ac[NR] = $4 }
        function median(v, n,   i, j, t) {
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
            return v[int((n + 1) / 2)] }
        END { n = NR; w1 = median(xw, n); c1 = median(xc, n); w2 = median(aw, n); c2 = median(ac, n);
              printf "%-50s %6.0f MB/s %6.2f s %6.2f s\n", "xsv search -s transcript EMAIL_RE | xsv count", b / 1e6 / w1, w1, c1;
              printf "%-50s %6.0f MB/s %6.2f s %6.2f s\n", "triage --all --format jsonl chats_1g.csv", b / 1e6 / w2, w2, c2;
              printf "ratio triage --all / xsv search, same run (%d pairs, load average %s): wall %.2f, CPU %.2f\n",
                     n, load, w2 / w1, c2 / c1 }'
else
    echo "bench: xsv not found (set XSV=…, or AUN_BENCH_INSTALL_XSV=1): no xsv ratio" >&2
fi
fi

# --- The export reader: before/after and memory ---------------------------------------------
mid="$dir/chats_100m.csv"
before=${AUN_BENCH_BEFORE:-}
if [ -n "$before" ]; then
    # One line per binary: MB/s from the median and best wall time, median CPU, peak RSS.
    declare -A walls cpus rsss
    log=$(mktemp)
    # Warm-up: the file into the page cache.
    "$before" triage -q --now "$now" --format jsonl "$mid" > /dev/null 2>&1 || true
    "$aun" triage -q --now "$now" --format jsonl "$mid" > /dev/null 2>&1 || true
    for _ in $(seq "$runs"); do
        for b in before after; do
            bin=$aun; [ "$b" = before ] && bin=$before
            /usr/bin/time -v -o "$log" "$bin" triage -q --now "$now" --format jsonl "$mid" > /dev/null 2>&1
            walls[$b]+="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log") "
            cpus[$b]+="$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log") "
            rsss[$b]+="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log") "
        done
    done
    rm -f "$log"
    bytes=$(stat -c %s "$mid")
    for b in before after; do
        echo "${walls[$b]}|${cpus[$b]}|${rsss[$b]}" | awk -F'|' -v n="reader $b: triage --format jsonl chats_100m.csv" -v b="$bytes" '
            { k = split($1, w, " "); split($2, c, " "); split($3, r, " ");
              for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) {
                  if (w[j] < w[i]) { t = w[i]; w[i] = w[j]; w[j] = t }
                  if (c[j] < c[i]) { t = c[i]; c[i] = c[j]; c[j] = t } }
              m = int((k + 1) / 2); mx = 0; for (i = 1; i <= k; i++) if (r[i] > mx) mx = r[i];
              printf "%-50s %6.0f %6.0f MB/s %6.2f s %6.2f s %6.1f MiB\n", n, b / 1e6 / w[m], b / 1e6 / w[1], w[m], c[m], mx / 1024 }'
    done
fi

# peak NAME COMMAND…: one run; prints the peak RSS and the exit status (the command's stderr in
# $dir/peak.err).
peak() {
    local name=$1; shift
    local log status=0
    log=$(mktemp)
    /usr/bin/time -v -o "$log" "$@" > /dev/null 2> "$dir/peak.err" || status=$?
    awk -F': ' -v n="$name" -v s="$status" '/Maximum resident set size/ {
        r = $2 / 1024; printf "%-50s peak RSS %6.1f MiB  exit %s  %s\n", n, r, s, (r <= 32 ? "ok" : "OVER 32 MiB") }' "$log"
    rm -f "$log"
}
header='id,started_at,resolution,library,patron_email,question,transcript'
if [ ! -s "$dir/short_2m.csv" ]; then
    echo "bench: generating $dir/short_2m.csv" >&2
    python3 -c "
import sys
w = sys.stdout.write
w('$header\n')
for i in range(2000000):
    w(f'{i},2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,a@b.org,q,t\n')
" > "$dir/short_2m.csv.tmp" && mv "$dir/short_2m.csv.tmp" "$dir/short_2m.csv"
fi
peak "memory: 2 million short rows (--all)" "$aun" triage -q --all --now "$now" --format jsonl "$dir/short_2m.csv"
peak "memory: one record with a 1 GB field (--lenient)" "$aun" triage -q --lenient --now "$now" \
    --input-format csv --format jsonl <(python3 -c "
import sys
out = sys.stdout.buffer
out.write(b'$header\n1,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,,q,\"')
block = b'la ' * (1 << 18)
for _ in range(1024 * 1024 * 1024 // len(block)):
    out.write(block)
out.write(b'\"\n2,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,a@b.org,q,t\n')
")
tail -n 1 "$dir/peak.err" | cut -c1-160
peak "memory: 60 records of 4 MB transcripts (--all)" "$aun" triage -q --all --now "$now" \
    --input-format csv --format jsonl <(python3 -c "
import sys
out = sys.stdout.buffer
out.write(b'$header\n')
turns = [b'10:00 - Guest: my landlord says the lease lets him evict me, do I need a lawyer?',
         b'10:01 - Librarian: the law library can help with landlord and tenant questions.']
block = b'\r\n'.join(turns) + b'\r\n'
for i in range(60):
    out.write(b'%d,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,a@b.org,q,\"' % i)
    out.write(block * (4_100_000 // len(block)) + b'\"\n')
")
peak "memory: 60 JSON Lines records of 4 MB transcripts (--all)" "$aun" triage -q --all --now "$now" \
    --input-format jsonl --format jsonl <(python3 -c "
import json, sys
turns = ['10:00 - Guest: my landlord says the lease lets him evict me, do I need a lawyer?',
         '10:01 - Librarian: the law library can help with landlord and tenant questions.']
block = '\r\n'.join(turns) + '\r\n'
for i in range(60):
    print(json.dumps({'id': str(i), 'started_at': '2024-11-01T10:00:00-04:00',
                      'resolution': 'Follow Up By Patron Library', 'library': 'BCPL',
                      'patron_email': 'a@b.org', 'question': 'q',
                      'transcript': block * (3_950_000 // len(block))}))
")
peak "memory: 200 records, 100 KB speaker labels (--all)" "$aun" triage -q --all --now "$now" \
    --input-format csv --format jsonl <(python3 -c "
import sys
out = sys.stdout.buffer
out.write(b'$header\n')
line = b'10:00\t' + b'x' * 100_000 + b'\thello, I need a book\n'
for i in range(200):
    out.write(b'%d,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,a@b.org,q,\"' % i)
    out.write(line * 30 + b'\"\n')
")
# Every output format of refer, the page included (its cards are sorted through a temporary file).
for f in table csv json html; do
    peak "memory: refer --all --format $f, 100 MB" "$aun" refer -q --all --now "$now" --format "$f" \
        -o "$dir/refer.out" "$dir/chats_100m.csv"
done
rm -f "$dir/refer.out"
# Recording every follow-up of the 1 GB export: the decisions are weighed against the ledger
# through a temporary file, so a batch of any size is held in a few MiB.
rm -f "$dir/record.jsonl"
peak "memory: refer --record, 1 GB, a new ledger" "$aun" refer -q --now "$now" --record \
    --ledger "$dir/record.jsonl" -o "$dir/refer.out" "$dir/chats_1g.csv"
peak "memory: refer --record, 1 GB, all recorded already" "$aun" refer -q --now "$now" --record \
    --ledger "$dir/record.jsonl" -o "$dir/refer.out" "$dir/chats_1g.csv"
rm -f "$dir/refer.out" "$dir/record.jsonl" "$dir/record.jsonl.lock"
secs=${AUN_BENCH_STREAM_SECONDS:-20}
peak "memory: an endless stream, cut after ${secs} s (--all)" "$aun" triage -q --all --lenient --now "$now" \
    --input-format csv --format jsonl <(timeout "$secs" python3 -c "
import sys
out = sys.stdout.buffer
out.write(b'$header\n')
rows = b''.join(b'%d,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,BCPL,a@b.org,q,\"10:00 - Guest: hi\r\n10:01 - Guest: bye\"\n' % i for i in range(10000))
while True:
    out.write(rows)
" || true)
echo "bench: done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
