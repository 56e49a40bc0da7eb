#!/usr/bin/env python3
"""Cross-check an `aun schedule export` calendar against `aun schedule roster --format json`.

An independent reading of the .ics file: Python's `icalendar` parses it and `recurring_ical_events`
expands it over the period, as calendar software would. Then, shift by shift, the UIDs, the start
and end instants (compared in UTC), the libraries and the alarms must agree with the roster.
The VTIMEZONE that aun writes is checked too: read on its own (not looked up by name), it must put
every event at the same instant as the zone database does.

Usage: ics_crosscheck.py CALENDAR.ics ROSTER.json FROM TO    (dates YYYY-MM-DD, TO included)
Exit: 0 agree; 1 disagree (each difference printed); 2 missing packages or bad arguments.
The packages are installed by .ci/setup (icalendar==7.3.0, recurring-ical-events==3.8.2).
"""

import json
import sys
from datetime import date, datetime, timedelta, timezone

try:
    import icalendar
    import recurring_ical_events
except ImportError as e:  # CI installs them: a missing package is a failure, not a skip.
    print(
        f"ics_crosscheck: cannot import {e.name!r}: run .ci/setup "
        "(pip install icalendar==7.3.0 recurring-ical-events==3.8.2)",
        file=sys.stderr,
    )
    sys.exit(2)


def utc(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def raw_format_problems(data):
    """RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets."""
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    for n, line in enumerate(data.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {n}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {n}: {len(line)} octets (more than 75)")
    return problems


def main(argv):
    if len(argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    ics_path, roster_path, first, last = argv[1:]
    data = open(ics_path, "rb").read()
    roster = json.load(open(roster_path, encoding="utf-8"))
    problems = raw_format_problems(data)

    cal = icalendar.Calendar.from_ical(data)
    if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
        problems.append("VERSION:2.0 and PRODID are required")
    zones = cal.walk("VTIMEZONE")
    own_tz = {str(z["TZID"]): z.to_tz(lookup_tzid=False) for z in zones}

    # Expand over the period with a day of margin on each side, as a calendar view would.
    start = datetime.combine(date.fromisoformat(first), datetime.min.time()) - timedelta(days=1)
    end = datetime.combine(date.fromisoformat(last), datetime.min.time()) + timedelta(days=2)
    events = recurring_ical_events.of(cal).between(start, end)

    by_uid = {}
    for ev in events:
        uid = str(ev["UID"])
        if uid in by_uid:
            problems.append(f"{uid}: two events with one UID")
        by_uid[uid] = ev

    want = {s["uid"]: s for s in roster}
    if len(want) != len(roster):
        problems.append("the roster has repeated uids")
    for uid in sorted(set(want) - set(by_uid)):
        problems.append(f"{uid}: in the roster, not in the calendar")
    for uid in sorted(set(by_uid) - set(want)):
        problems.append(f"{uid}: in the calendar, not in the roster")

    for uid, shift in want.items():
        ev = by_uid.get(uid)
        if ev is None:
            continue
        dtstart, dtend = ev["DTSTART"].dt, ev["DTEND"].dt
        got = (utc(dtstart), utc(dtend), str(ev.get("X-AUN-LIBRARY")))
        exp = (shift["start"], shift["end"], shift["library"])
        if got != exp:
            problems.append(f"{uid}: calendar {got} != roster {exp}")
        summary = str(ev.get("SUMMARY"))
        if shift["library"] != "escalate" and shift["library"] not in summary:
            problems.append(f"{uid}: SUMMARY {summary!r} does not name {shift['library']}")
        # The file's own VTIMEZONE must give the same instants as the zone database.
        for name, value in (("DTSTART", dtstart), ("DTEND", dtend)):
            tzid = ev[name].params.get("TZID")
            if tzid:
                if tzid not in own_tz:
                    problems.append(f"{uid}: {name} names TZID {tzid} without a VTIMEZONE")
                    continue
                local = value.replace(tzinfo=None)
                again = local.replace(tzinfo=own_tz[tzid])
                if utc(again) != utc(value):
                    problems.append(
                        f"{uid}: {name} {local} is {utc(again)} by the file's VTIMEZONE, {utc(value)} by the zone database"
                    )
        # Two alarms for a Shared Follow-Up block: at the start and half-way.
        alarms = ev.walk("VALARM")
        if shift["duty"] == "shared-follow-up" and shift["library"] != "escalate":
            triggers = sorted(a["TRIGGER"].dt for a in alarms)
            half = (dtend - dtstart) / 2
            if triggers != [timedelta(0), half]:
                problems.append(f"{uid}: alarms at {triggers}, want start and {half}")
        elif alarms:
            problems.append(f"{uid}: alarms on a {shift['duty']} shift")

    for p in problems:
        print(f"ics_crosscheck: {p}", file=sys.stderr)
    if problems:
        return 1
    print(f"ok: {len(want)} shifts agree ({len(zones)} VTIMEZONE)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
