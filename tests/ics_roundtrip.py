#!/usr/bin/env python3
"""Import a calendar, change the overrides, re-import: does the calendar end up as the roster says?

What a calendar program does with a re-published iCalendar file (RFC 5546): events are matched by
UID; an event replaces the one it has when its SEQUENCE is higher (or equal, with a later DTSTAMP);
an event with STATUS:CANCELLED removes it. An event that is simply left out of the new file is
*not* removed: that is how stale duties survive, so it is a failure here.

Python's `icalendar` reads both files; the calendar that results is written again and expanded by
`recurring_ical_events` over the period, and compared shift by shift with the roster after the
change (`aun schedule roster --format json`, with the same --library when the calendar is one
library's).

Usage: ics_roundtrip.py BEFORE.ics AFTER.ics ROSTER_AFTER.json FROM TO   (dates YYYY-MM-DD)
Exit: 0 agree; 1 disagree (each difference printed); 2 missing packages or bad arguments.
"""

import json
import sys
from datetime import date, datetime, timedelta, timezone

try:
    import icalendar
    import recurring_ical_events
except ImportError as e:  # CI installs them: a missing package is a failure, not a skip.
    print(
        f"ics_roundtrip: cannot import {e.name!r}: run .ci/setup "
        "(pip install icalendar==7.3.0 recurring-ical-events==3.8.2)",
        file=sys.stderr,
    )
    sys.exit(2)

COMPARED = ("DTSTART", "DTEND", "SUMMARY", "STATUS", "X-AUN-LIBRARY")


def utc(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def events(path):
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    return cal, {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def content(ev):
    out = []
    for name in COMPARED:
        v = ev.get(name)
        if v is None:
            out.append(None)
        elif hasattr(v, "dt"):
            out.append(utc(v.dt))
        else:
            out.append(str(v))
    return tuple(out)


def main(argv):
    if len(argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    before_path, after_path, roster_path, first, last = argv[1:]
    problems = []
    _, before = events(before_path)
    after_cal, after = events(after_path)
    roster = json.load(open(roster_path, encoding="utf-8"))

    # Import the first file.
    store = dict(before)
    # Re-import the second, as a client would.
    updated = cancelled = 0
    for uid, ev in after.items():
        seq = int(ev.get("SEQUENCE", 0))
        old = store.get(uid)
        if old is not None:
            old_seq = int(old.get("SEQUENCE", 0))
            changed = content(old) != content(ev)
            if changed and seq <= old_seq:
                problems.append(
                    f"{uid}: changed ({content(old)} -> {content(ev)}) without a higher SEQUENCE ({old_seq} -> {seq})"
                )
            if seq < old_seq:
                continue  # a client keeps its newer copy
            if changed:
                updated += 1
        store[uid] = ev
        if str(ev.get("STATUS", "")).upper() == "CANCELLED":
            store.pop(uid)
            cancelled += 1 if old is not None else 0

    # A shift of the period that the new file leaves out stays in the calendar: stale.
    lo = datetime.combine(date.fromisoformat(first), datetime.min.time())
    hi = datetime.combine(date.fromisoformat(last), datetime.min.time()) + timedelta(days=1)
    for uid, ev in before.items():
        start = ev["DTSTART"].dt.replace(tzinfo=None)
        if uid not in after and lo <= start < hi:
            problems.append(f"{uid}: left out of the new file instead of cancelled: the calendar keeps it")

    # The calendar that results, expanded as a calendar view would.
    result = icalendar.Calendar()
    for k, v in after_cal.items():
        result.add(k, v)
    for tz in after_cal.walk("VTIMEZONE"):
        result.add_component(tz)
    for ev in store.values():
        result.add_component(ev)
    shown = recurring_ical_events.of(result).between(lo - timedelta(days=1), hi + timedelta(days=1))
    got = {str(ev["UID"]): ev for ev in shown}

    want = {s["uid"]: s for s in roster if s["source"] not in ("closed", "not-held")}
    for uid in sorted(set(want) - set(got)):
        problems.append(f"{uid}: in the roster, not in the calendar after the re-import")
    for uid in sorted(set(got) - set(want)):
        problems.append(
            f"{uid}: in the calendar after the re-import ({got[uid].get('SUMMARY')}), not in the roster"
        )
    for uid, shift in want.items():
        ev = got.get(uid)
        if ev is None:
            continue
        have = (utc(ev["DTSTART"].dt), utc(ev["DTEND"].dt), str(ev.get("X-AUN-LIBRARY")))
        exp = (shift["start"], shift["end"], shift["library"])
        if have != exp:
            problems.append(f"{uid}: calendar {have} != roster {exp}")

    for p in problems:
        print(f"ics_roundtrip: {p}", file=sys.stderr)
    if problems:
        return 1
    print(f"ok: {len(want)} shifts agree after the re-import ({updated} updated, {cancelled} cancelled)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
