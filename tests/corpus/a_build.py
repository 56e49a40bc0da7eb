#!/usr/bin/env python3
"""Build the "a_" part of the labelled chat corpus (LibChat and LibraryH3lp exports).

The conversations live as data in a_chats_libchat.py and a_chats_h3lp.py beside this file.
This script writes, deterministically:

  tests/corpus/{train,heldout}/a_libchat.csv        LibChat-style export
  tests/corpus/{train,heldout}/a_h3lp.csv           LibraryH3lp-style export
  ... and a `<export>.labels.csv` next to each.

then reads every file back and checks it (ids unique, transcripts parse, labels consistent with
the referral rule order). Run: python3 tests/corpus/a_build.py [--check]
(--check rebuilds in memory and fails if the committed files differ).

Conversation notation (one message per line):
  P: text        the patron            S: text / S2: text   first / second staff member
  Y: text        a system line         P+600: text          the message comes 600 s after the last
  | text         a line with no time or speaker (continues the previous message)
Labels: "email|category|subject|local_library|rule", plus "|wo" when the address is written out
(so it does not appear verbatim in the export).
"""

import csv
import datetime as dt
import hashlib
import io
import os
import random
import re
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc
FU = "Follow Up By Patron Library"
SEED = 20261201

CATEGORIES = {"research", "policy", "circulation", "access", "other"}
SUBJECTS = {"law", "print-disability", "specialist", "none"}
RULES = ["no-email", "quality", "law", "print-disability", "local", "specialist", "default"]
LABEL_HEADER = ["chat_id", "email", "category", "subject", "local_library", "rule", "destination"]

LIBCHAT_HEADER = ["Chat ID", "Timestamp", "Guest Name", "Guest Email", "Department", "Answerer",
                  "Initial Question", "Resolution", "Transcript"]
H3LP_HEADER = ["id", "queue", "protocol", "guest", "operator", "started", "ended", "status",
               "transcript"]

LINE_RE = re.compile(r"^(P|S2|S|Y)(\+(\d+))?: (.*)$")
EMAIL_RE = re.compile(r"^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


class Chat:
    def __init__(self, style, cid, start, origin, text, lab, res, **kw):
        self.style = style
        self.id = cid
        self.start_local = dt.datetime.strptime(start, "%Y-%m-%d %H:%M:%S" if start.count(":") == 2
                                                else "%Y-%m-%d %H:%M")
        self.origin = origin
        self.text = text
        self.lab = lab
        self.res = res
        self.kw = kw
        self.start = self.start_local.replace(tzinfo=NY)
        self.messages = parse_lines(cid, text)
        self.label = parse_label(cid, lab) if lab else None


def lc(cid, start, dept, name, email, q, staff, text, lab=None, res=FU):
    """A LibChat chat. staff: "Sue B." or "Sue B.|Will" (speaker names of S and S2)."""
    return Chat("libchat", cid, start, dept, text, lab, res, name=name, email=email, q=q,
                staff=staff.split("|"))


def h3(cid, start, queue, guest, ops, text, lab=None, res=FU):
    """A LibraryH3lp chat. guest: web|ca|twilio|sms or a full JID; ops: "sue" or "sue|will"."""
    return Chat("h3lp", cid, start, queue, text, lab, res, guest=guest, ops=ops.split("|"))


def parse_lines(cid, text):
    out = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            if not out:
                raise SystemExit(f"{cid}: continuation line before any message")
            out.append(("cont", 0, line[1:].strip()))
            continue
        m = LINE_RE.match(line)
        if not m:
            raise SystemExit(f"{cid}: cannot read line {line!r}")
        out.append((m.group(1), int(m.group(3)) if m.group(3) else None, m.group(4)))
    return out


def parse_label(cid, lab):
    parts = lab.split("|")
    if len(parts) not in (5, 6) or (len(parts) == 6 and parts[5] != "wo"):
        raise SystemExit(f"{cid}: bad label {lab!r}")
    email, cat, subj, local, rule = parts[:5]
    return {"email": email, "category": cat, "subject": subj, "local_library": local,
            "rule": rule, "written_out": len(parts) == 6}


def destination(label):
    rule = label["rule"]
    return {"no-email": "", "quality": "QC", "law": "MSLL", "print-disability": "LBPH",
            "local": label["local_library"], "specialist": "EPFL", "default": "AUN"}[rule]


def gap(cid, i, text):
    h = int(hashlib.sha1(f"{cid}/{i}".encode()).hexdigest()[:6], 16)
    return 12 + min(len(text), 240) // 3 + h % 45


def timed_messages(chat):
    """(utc instant, speaker kind, text) for each message; continuation lines carry None."""
    t = chat.start.astimezone(UTC)
    out = []
    for i, (who, extra, text) in enumerate(chat.messages):
        if who == "cont":
            out.append((None, who, text))
            continue
        if i > 0:
            t = t + dt.timedelta(seconds=extra if extra is not None else gap(chat.id, i, text))
        out.append((t, who, text))
    return out


def libchat_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def rfc3339(t):
    return t.astimezone(NY).isoformat(timespec="seconds")


def libchat_row(chat):
    staff = chat.kw["staff"]
    patron = chat.kw["name"] or "Guest"
    lines = []
    for t, who, text in timed_messages(chat):
        if who == "cont":
            lines.append(libchat_escape(text))
            continue
        speaker = {"P": patron, "S": staff[0], "S2": staff[-1], "Y": "System"}[who]
        clock = t.astimezone(NY).strftime("%H:%M:%S")
        lines.append(f"{clock} - {speaker}: {libchat_escape(text)}")
    answerer = "; ".join(s for s in staff if s)
    return [chat.id, rfc3339(chat.start), chat.kw["name"], chat.kw["email"], chat.origin,
            answerer, chat.kw["q"], chat.res, "\n".join(lines)]


H3LP_DOMAINS = {"web": "web.libraryh3lp.com", "ca": "web.ca.libraryh3lp.com",
                "twilio": "twilio.libraryh3lp.com", "sms": "sms.libraryh3lp.com"}


def guest_jid(chat):
    g = chat.kw["guest"]
    if "@" in g:
        return g
    h = hashlib.sha1(chat.id.encode()).hexdigest()
    if g in ("twilio", "sms"):
        # Phone-number guests: a fictional 555 number.
        num = "1" + ["410", "443", "301", "240"][int(h[0], 16) % 4] + "555" + f"{int(h[1:6], 16) % 10000:04d}"
        return f"{num}@{H3LP_DOMAINS[g]}"
    return f"{h[:12]}@{H3LP_DOMAINS[g]}"


def h3lp_clock(t):
    local = t.astimezone(NY)
    return f"{local.hour % 12 or 12}:{local.minute:02d}{'AM' if local.hour < 12 else 'PM'}"


def h3lp_row(chat):
    ops = [o if "@" in o else f"{o}@chat.libraryh3lp.com" for o in chat.kw["ops"]]
    guest = guest_jid(chat)
    msgs = []
    last = chat.start.astimezone(UTC)
    for t, who, text in timed_messages(chat):
        if who == "cont":
            msgs[-1] += "\n" + text
            continue
        last = t
        speaker = {"P": guest, "S": ops[0], "S2": ops[-1], "Y": "system"}[who]
        msgs.append(f"{h3lp_clock(t)} {speaker}: {text}")
    ended = last + dt.timedelta(seconds=40)
    protocol = chat.kw["guest"] if chat.kw["guest"] in H3LP_DOMAINS else "web"
    protocol = "web" if protocol == "ca" else protocol
    return [chat.id, chat.origin, protocol, guest, ops[0], rfc3339(chat.start), rfc3339(ended),
            chat.res, "\r".join(msgs)]


def load_chats():
    import a_chats_h3lp
    import a_chats_libchat
    return list(a_chats_libchat.CHATS) + list(a_chats_h3lp.CHATS)


def directory_ids():
    with open(os.path.join(ROOT, "data", "directory.csv"), newline="", encoding="utf-8") as f:
        return {row["id"] for row in csv.DictReader(f)}


def check_chat(chat, ids):
    where = f"{chat.id}"
    if not re.match(r"^CA-[LH]\d{3}$", chat.id):
        raise SystemExit(f"{where}: id must be CA-L### or CA-H###")
    if not (2025 <= chat.start.year <= 2026):
        raise SystemExit(f"{where}: start outside 2025-2026")
    # A nonexistent local time (in the spring-forward gap) would silently shift.
    back = chat.start.astimezone(UTC).astimezone(NY).replace(tzinfo=None)
    if back != chat.start_local:
        raise SystemExit(f"{where}: {chat.start_local} does not exist in America/New_York")
    if chat.res == FU or chat.res.lower().replace(" ", "") == FU.lower().replace(" ", ""):
        if chat.label is None:
            raise SystemExit(f"{where}: follow-up chat without a label")
    elif chat.label is not None:
        raise SystemExit(f"{where}: chat resolved {chat.res!r} must not be labelled")
    if chat.label is None:
        return
    lab = chat.label
    e = lab["email"]
    if e and (e != e.lower() or not EMAIL_RE.match(e)):
        raise SystemExit(f"{where}: bad label email {e!r}")
    if lab["category"] not in CATEGORIES:
        raise SystemExit(f"{where}: bad category {lab['category']!r}")
    if lab["subject"] not in SUBJECTS:
        raise SystemExit(f"{where}: bad subject {lab['subject']!r}")
    if lab["local_library"] and lab["local_library"] not in ids:
        raise SystemExit(f"{where}: unknown library id {lab['local_library']!r}")
    if lab["local_library"] in ("AUN", "QC", "COORD", "MSLL", "LBPH"):
        raise SystemExit(f"{where}: {lab['local_library']} is not a patron's library")
    rule = lab["rule"]
    if rule not in RULES:
        raise SystemExit(f"{where}: bad rule {rule!r}")
    # The rule order: no-email > quality > law > print-disability > local > specialist > default.
    if not e:
        expected = "no-email"
    elif rule == "quality":
        expected = "quality"
    elif lab["subject"] == "law":
        expected = "law"
    elif lab["subject"] == "print-disability":
        expected = "print-disability"
    elif lab["local_library"]:
        expected = "local"
    elif lab["subject"] == "specialist":
        expected = "specialist"
    else:
        expected = "default"
    if rule != expected:
        raise SystemExit(f"{where}: rule {rule} but the fields say {expected}")
    if e:
        visible = (chat.kw.get("email", "") + "\n" + chat.text).lower()
        if lab["written_out"] == (e in visible):
            raise SystemExit(f"{where}: e-mail {e} {'is' if e in visible else 'is not'} verbatim "
                             f"in the export (written-out flag {lab['written_out']})")


def split(chats):
    """Heldout ids: in each (style, rule) stratum, in id order, 2 of every block of 5 chats, the
    two positions drawn with a seed fixed per block, so adding chats never moves a placed one."""
    strata = {}
    for c in chats:
        key = (c.style, c.label["rule"] if c.label else "not-follow-up")
        strata.setdefault(key, []).append(c.id)
    heldout = set()
    for (style, rule), members in strata.items():
        members.sort()
        for block in range(0, len(members), 5):
            rng = random.Random(f"{SEED}/{style}/{rule}/{block // 5}")
            for pos in rng.sample(range(5), 2):
                if block + pos < len(members):
                    heldout.add(members[block + pos])
    return heldout


def render(rows, header, terminator):
    """RFC 4180 CSV; a field is quoted when it holds a comma, a quote, CR or LF (Python's csv
    writer leaves a lone CR unquoted, which no reader could split correctly)."""
    def cell(v):
        if any(ch in v for ch in ',"\r\n'):
            return '"' + v.replace('"', '""') + '"'
        return v
    return "".join(",".join(cell(v) for v in row) + terminator for row in [header] + rows)


def build():
    chats = load_chats()
    ids = directory_ids()
    seen = set()
    for c in chats:
        if c.id in seen:
            raise SystemExit(f"{c.id}: duplicate chat id")
        seen.add(c.id)
        check_chat(c, ids)
    heldout = split(chats)
    files = {}
    for part in ("train", "heldout"):
        for style, name, header, row, term in (
                ("libchat", "a_libchat.csv", LIBCHAT_HEADER, libchat_row, "\r\n"),
                ("h3lp", "a_h3lp.csv", H3LP_HEADER, h3lp_row, "\n")):
            mine = sorted((c for c in chats if c.style == style and (c.id in heldout) == (part == "heldout")),
                          key=lambda c: c.start)
            files[f"{part}/{name}"] = render([row(c) for c in mine], header, term)
            labels = [[c.id, c.label["email"], c.label["category"], c.label["subject"],
                       c.label["local_library"], c.label["rule"], destination(c.label)]
                      for c in mine if c.label]
            files[f"{part}/{name}.labels.csv"] = render(labels, LABEL_HEADER, "\n")
    return chats, heldout, files


def read_back(files, chats):
    by_id = {c.id: c for c in chats}
    seen = set()
    for path, text in files.items():
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header, body = rows[0], rows[1:]
        if path.endswith(".labels.csv"):
            assert header == LABEL_HEADER, path
            for r in body:
                assert len(r) == 7 and by_id[r[0]].label["rule"] == r[5], (path, r)
            continue
        for r in body:
            assert len(r) == len(header), (path, r[0])
            cid = r[0]
            assert cid not in seen, cid
            seen.add(cid)
            chat = by_id[cid]
            if header == LIBCHAT_HEADER:
                for line in r[-1].split("\n"):
                    assert "\r" not in line
                assert re.match(r"^\d\d:\d\d:\d\d - [^:]+: ", r[-1]), cid
            else:
                msgs = r[-1].split("\r")
                assert len(msgs) == sum(1 for m in chat.messages if m[0] != "cont"), cid
                for m in msgs:
                    assert re.match(r"^\d{1,2}:\d\d[AP]M \S+: ", m), (cid, m)
            dt.datetime.fromisoformat(r[1] if header == LIBCHAT_HEADER else r[5])
    assert seen == set(by_id), set(by_id) - seen


def counts_table(chats, heldout):
    """The README's table: labelled chats by rule, category and subject, per style and split."""
    from collections import Counter
    fu = [c for c in chats if c.label]
    cols = [("libchat", lambda c: c.style == "libchat"), ("h3lp", lambda c: c.style == "h3lp"),
            ("train", lambda c: c.id not in heldout), ("heldout", lambda c: c.id in heldout),
            ("all", lambda c: True)]
    lines = ["| | " + " | ".join(n for n, _ in cols) + " |", "|---" + "|---:" * len(cols) + "|"]
    for field, keys in (("rule", RULES), ("category", sorted(CATEGORIES)), ("subject", sorted(SUBJECTS))):
        for k in keys:
            lines.append(f"| {k} | " + " | ".join(
                str(sum(1 for c in fu if c.label[field] == k and f(c))) for _, f in cols) + " |")
        lines.append("| **total** | " + " | ".join(str(sum(1 for c in fu if f(c))) for _, f in cols) + " |")
    rest = Counter(c.res for c in chats if not c.label)
    lines.append("")
    lines.append("Rows by rule, then by category, then by subject need. Not follow-ups (no labels): "
                 + ", ".join(f"{v} {k}" for k, v in sorted(rest.items())) + ".")
    local = Counter(c.label["local_library"] or "(none)" for c in fu)
    lines.append("Local library: " + ", ".join(f"{k} {v}" for k, v in sorted(local.items())) + ".")
    return "\n".join(lines)


def update_readme(table, check_only):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start, end = "<!-- a-counts -->\n", "<!-- /a-counts -->"
    if start not in text or end not in text:
        raise SystemExit("README.md has no <!-- a-counts --> section")
    head, rest = text.split(start, 1)
    new = head + start + table + "\n" + end + rest.split(end, 1)[1]
    if new != text:
        if check_only:
            raise SystemExit("README.md counts are out of date: run python3 tests/corpus/a_build.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)


def main():
    chats, heldout, files = build()
    read_back(files, chats)
    check_only = "--check" in sys.argv
    for rel, text in sorted(files.items()):
        path = os.path.join(HERE, rel)
        if check_only:
            with open(path, newline="", encoding="utf-8") as f:
                if f.read() != text:
                    raise SystemExit(f"{rel} is out of date: run python3 tests/corpus/a_build.py")
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as f:
            f.write(text)
    table = counts_table(chats, heldout)
    update_readme(table, check_only)
    if not check_only:
        print(table)


if __name__ == "__main__":
    main()
