"""Helpers that the corpus builders of parts b to ab (`b_build.py` ... `ab_build.py`) share, each
the ones its part fits: a chat's start in New York time, its lines' instants and the order of
the starts; reading a committed file, the pattern of an e-mail address and the example
domains, the directory's ids, a label's row, the checks of a labels row (its words in the
vocabulary and the directory, its e-mail as an address and against the export's field, where a
typed or written-out e-mail comes from, its rule and destination), and the tallies of labels; the
two halves of a part and their files, the labels files, reading the written exports and their
labels files back and comparing them with the chats, the README's counts block, writing the files
and telling which committed ones are stale, and the command line (--check, --counts). Each builder
keeps what its export styles make different (its chats, its start times, its reader, its own
checks) and hands the shared checks its part's pieces: its test of an address, its example
domains, its reader."""

import csv
import io
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

# Where each rule sends a chat (rules.md section 6); a local chat goes to its library.
DEST = {"no-email": "", "quality": "QC", "law": "MSLL", "print-disability": "LBPH",
        "specialist": "EPFL", "default": "AUN"}

# The label vocabulary (rules.md sections 5-6), in the order the README's tables list rules.
RULES = ["no-email", "quality", "law", "print-disability", "local", "specialist", "default"]
CATEGORIES = {"research", "policy", "circulation", "access", "other"}
SUBJECTS = {"law", "print-disability", "specialist", "none"}

# The resolution of the chats that get a labels row (rules.md section 5).
FOLLOW_UP = "Follow Up By Patron Library"

# A label's e-mail address (lower case), and any address written in a text.
EMAIL_RE = re.compile(r"^[^\s@<>(),;:\"\[\]]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
ANY_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# The domains every invented address is on.
ALLOWED_DOMAINS = ("example.org", "example.com", "example.net")

# The columns of every `.labels.csv` file.
LABEL_COLUMNS = ["chat_id", "email", "category", "subject", "local_library", "rule", "destination"]



NY = ZoneInfo("America/New_York")


def local_start(s):
    """'2026-02-09 14:11:58' (civil time in New York)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=NY)


def timed_lines(chat, part):
    """Each line of `chat` with its instant (UTC), seconds apart drawn with a seed per chat of
    the part."""
    rng = random.Random(part + "-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(timezone.utc) + timedelta(seconds=rng.randint(3, 50))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 70) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def by_start(chats):
    """The chats in the order they started."""
    return sorted(chats, key=lambda c: local_start(c["start"]).astimezone(timezone.utc))

def is_address(s):
    return bool(EMAIL_RE.match(s))


def read_text(path):
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def directory_ids():
    return set(directory_rows())


def directory_rows():
    """The directory's rows by id."""
    path = HERE.parent.parent / "data" / "directory.csv"
    with path.open(encoding="utf-8") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def zip_counties():
    """Maryland's ZIP codes and their counties (data/zip_counties.csv)."""
    out = {}
    with (HERE.parent.parent / "data" / "zip_counties.csv").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("zip,"):
                continue
            z, _, county = line.strip().partition(",")
            out[z] = county
    return out


# A 555 phone number's exchange (the middle three digits).
PHONE_RE = re.compile(r"\b\d{3}-(\d{3})-\d{4}\b")


def tally(chats, i):
    out = {}
    for c in chats:
        if c["label"]:
            k = c["label"].split()[i]
            out[k] = out.get(k, 0) + 1
    return out


def label_row(c):
    email, cat, subj, local, rule = c["label"].split()
    if email == "=":
        email = (c["email"] or "").strip().lower()
    blank = lambda v: "" if v == "-" else v  # noqa: E731
    dest = blank(local) if rule == "local" else DEST[rule]
    return {"chat_id": c["cid"], "email": blank(email), "category": cat, "subject": subj,
            "local_library": blank(local), "rule": rule, "destination": dest}


def rule_problems(email, rule, subj, local, dest):
    """What is wrong with a label's rule and destination: the rule must be the first that applies
    (rules.md section 6; quality is no label column, so a quality label needs only an e-mail), and
    the destination the one that rule sends to. Never the all-capitals Pratt account."""
    if not email:
        expect = "no-email"
    elif rule == "quality":
        expect = "quality"
    elif subj in ("law", "print-disability"):
        expect = subj
    elif local:
        expect = "local"
    elif subj == "specialist":
        expect = "specialist"
    else:
        expect = "default"
    out = []
    if rule != expect:
        out.append(f"rule {rule} but the fields say {expect}")
    want = local if expect == "local" else DEST[expect]
    if dest != want:
        out.append(f"destination {dest!r}, expected {want!r} for rule {expect}")
    if dest == "ENOCH PRATT FREE LIBRARY":
        out.append("a chat is never sent to the all-capitals Pratt account")
    return out


def vocabulary_problems(row, ids):
    """What is wrong with the words of a labels row: its category, subject and rule must be in the
    label vocabulary, its local library and destination (when not empty) in the directory `ids`."""
    out = []
    for column, allowed in (("category", CATEGORIES), ("subject", SUBJECTS), ("rule", RULES)):
        if row[column] not in allowed:
            out.append(f"{column} {row[column]!r}")
    for column, what in (("local_library", "local library"), ("destination", "destination")):
        if row[column] and row[column] not in ids:
            out.append(f"{what} {row[column]!r} is not a directory id")
    return out


def address_problems(email, field, is_address, domains):
    """What is wrong with a label's e-mail (`email`, empty for none) as an address and against the
    export's e-mail field (`field`, trimmed and lower-cased): the e-mail must be a lower-case
    address (is_address, the part's test of one) on one of the example `domains`; a field that is
    an address wins over anything the patron typed, and one that is not may not be the label's."""
    out = []
    if email and (email != email.lower() or not is_address(email)):
        out.append(f"e-mail {email!r} is not a lower-case address")
    if email and not email.endswith(domains):
        out.append(f"e-mail {email!r} is not on an example domain")
    if is_address(field) and email != field:
        out.append(f"a valid export e-mail {field!r} must win over {email!r}")
    if field and not is_address(field) and email == field:
        out.append(f"the export's e-mail {field!r} is no address")
    return out


def typed_email_problems(c, email, field, patron_text):
    """What is wrong with where a label's e-mail (`email`) comes from when it is not the export's
    field (`field`): the patron typed it (`patron_text`, what the patron wrote, lower-cased), or
    the chat is marked written=True and then it is not in the transcript as typed but has a trace
    in the patron's words (the user name's last part or the top-level domain). A written-out
    address is never the field's, and a typed one is never taken from a URL."""
    out = []
    if email and email != field and not c["written"] and email not in patron_text:
        out.append(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        out.append(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email == field:
        out.append("written=True on a chat whose address is the export's field")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if user.split(".")[-1] not in patron_text and domain.split(".")[-1] not in patron_text:
            out.append(f"written-out e-mail {email!r} has no trace in the patron's words")
    if email and email != field:
        for url in re.findall(r"https?://\S+", patron_text):
            if email in url:
                out.append(f"e-mail {email!r} is taken from a URL")
    return out


def lines_of(chat):
    """(speaker code, text) pairs of a chat's transcript."""
    out = []
    for raw in chat["t"].strip("\n").split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        code, _, text = raw.partition(" ")
        if code not in ("p", "l", "s"):
            raise SystemExit(f"{chat['cid']}: line without a speaker code: {raw!r}")
        out.append((code, text))
    return out


def write_files(files):
    """Writes each path -> content of `files`: text as UTF-8 with its line ends exactly as given
    (a CR or CRLF inside an export is part of its style), bytes as they are (for the exports
    that are not UTF-8)."""
    for path, content in files.items():
        path.parent.mkdir(exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            with path.open("w", encoding="utf-8", newline="") as f:
                f.write(content)


def stale(files):
    """The paths of `files` whose committed content is missing or differs from the content given,
    compared as write_files writes it: text read back with its line ends as they are, bytes as
    bytes."""
    def committed(path, content):
        return path.read_bytes() if isinstance(content, bytes) else read_text(path)
    return [path for path, content in files.items()
            if not path.exists() or committed(path, content) != content]


def main(name, files, check_all, counts, write=write_files, stale_paths=stale):
    """A builder's command line. With --check nothing is written and each stale file is a problem;
    without it every file of files() (path -> content) is written. Then check_all()'s problems
    are printed on stderr after `name` (the builder's, e.g. "c_build"); --counts prints counts(),
    one line each. The exit status is 1 when there was a problem. `write` and `stale_paths` are
    for a builder whose files are written otherwise than by write_files."""
    if "--check" in sys.argv:
        problems = [f"{p.relative_to(HERE)} is stale: run {name}.py" for p in stale_paths(files())]
    else:
        write(files())
        problems = []
    problems += check_all()
    for p in problems:
        print(f"{name}: {p}", file=sys.stderr)
    if "--counts" in sys.argv:
        print("\n".join(counts()))
    return 1 if problems else 0


def labels_csv(rows):
    """The text of a `.labels.csv` file: the LABEL_COLUMNS header, then `rows` (dicts as label_row
    makes them), with LF line ends."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LABEL_COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def read_labels(path, problems):
    """The rows of a committed `.labels.csv` file, as dicts; a header other than LABEL_COLUMNS is
    added to `problems` (as "train/x.labels.csv: columns ...")."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != LABEL_COLUMNS:
            problems.append(f"{path.parent.name}/{path.name}: columns {reader.fieldnames}")
        return list(reader)


def check_labels_file(folder, name, in_file, by_id, check_label, problems):
    """Reads back the labels file of the export `name` in `folder` ("train" or "heldout"), whose
    records are the chats `in_file` (their ids): each row must name one of them, once, and pass
    check_label(chat, row, directory ids, problems); each follow-up chat among them must have a
    row. `by_id`: chat id -> chat. What is wrong is added to `problems`."""
    ids = directory_ids()
    rows = read_labels(HERE / folder / (name + ".labels.csv"), problems)
    labelled = set()
    for row in rows:
        cid = row["chat_id"]
        if cid not in in_file:
            problems.append(f"{folder}/{name}.labels.csv: {cid} is not in {name}")
            continue
        if cid in labelled:
            problems.append(f"{folder}/{name}.labels.csv: {cid} labelled twice")
        labelled.add(cid)
        check_label(by_id[cid], row, ids, problems)
    for cid in set(in_file) - labelled:
        if by_id[cid]["status"] == FOLLOW_UP:
            problems.append(f"{folder}/{name}: follow-up chat {cid} has no labels row")


def read_back_problems(files, chats, part_dir, read_back, errors, check_label, lines_of=lines_of,
                       extra=None):
    """What is wrong with the written exports read back. Each of `files` ((file name, style, its
    chats, text function), as half_files gives them) is read from the directory part_dir(name)
    by read_back(name, style), which gives records (dicts with "id", "patron", "email" and
    "lines", (speaker, text) pairs) or raises one of `errors`. The records must be the file's
    chats in order, each with the texts of its messages as lines_of (the part's notation, when
    it has its own) gives them, the patron among the speakers and the e-mail field as given, and
    nothing that extra(record, chat) finds (a part's own comparisons, as problems); the labels
    file beside each export is checked by check_labels_file; all the files together hold one
    record for each of `chats`."""
    problems = []
    by_id = {c["cid"]: c for c in chats}
    total = 0
    for name, style, own, _ in files:
        try:
            records = read_back(name, style)
        except errors as e:
            problems.append(f"{part_dir(name)}/{name}: does not read back: {e}")
            continue
        in_file = [r["id"] for r in records]
        total += len(in_file)
        if in_file != [c["cid"] for c in own]:
            problems.append(f"{part_dir(name)}/{name}: records differ from the chats held here")
        for r in records:
            c = by_id.get(r["id"])
            if c is None:
                continue
            whys = []
            if [t for _, t in r["lines"]] != [t for _, t in lines_of(c)]:
                whys.append("the messages do not read back as written")
            if not any(who == r["patron"] for who, _ in r["lines"]):
                whys.append("the patron never speaks in the file")
            if (r["email"] or "") != (c["email"] or ""):
                whys.append("the e-mail field does not read back")
            whys += extra(r, c) if extra else []
            problems += [f"{name}: {r['id']}: {why}" for why in whys]
        check_labels_file(part_dir(name), name, in_file, by_id, check_label, problems)
    if total != len(chats):
        problems.append(f"the {len(files)} files hold {total} records, not {len(chats)}")
    return problems


def readme_with_counts(text, part, table):
    """The README's `text` with the counts block of `part` (between `<!-- x-counts -->` and
    `<!-- /x-counts -->` for part x) rewritten as table(). Without that block the text is returned
    as it is and table() is not called, so a part can be built before its section is written."""
    start, end = f"<!-- {part}-counts -->\n", f"<!-- /{part}-counts -->"
    if start not in text:
        return text
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return head + start + table() + end + tail


def labels_table(cols, chats, note=""):
    """The README's counts block: labelled chats per rule, category and subject need, a column for
    each (heading, chats) of `cols`; below the table, the unlabelled `chats` by status, a part's
    own `note` (whole lines, each ending in a newline) and the labelled chats' local libraries."""
    rows = ["| | " + " | ".join(n for n, _ in cols) + " |", "|---|" + "---:|" * len(cols)]
    for i, keys in ((4, RULES), (1, sorted(CATEGORIES)), (2, sorted(SUBJECTS))):
        for k in keys:
            rows.append(f"| {k} | " + " | ".join(str(tally(ch, i).get(k, 0)) for _, ch in cols)
                        + " |")
        rows.append("| **total** | " + " | ".join(
            str(sum(1 for c in ch if c["label"])) for _, ch in cols) + " |")
    status = {}
    for c in chats:
        if not c["label"]:
            status[c["status"]] = status.get(c["status"], 0) + 1
    local = tally(chats, 3)
    local_text = ", ".join(f"{'(none)' if k == '-' else k} {v}"
                           for k, v in sorted(local.items(), key=lambda kv: (kv[0] != "-", kv[0])))
    return ("\n".join(rows) + "\n\nRows by rule, then by category, then by subject need. "
            "Not follow-ups (no labels): "
            + ", ".join(f"{v} {k}" for k, v in sorted(status.items())) + ".\n"
            + note + f"Local library: {local_text}.\n")


def tally_lines(scopes):
    """The --counts lines of the labelled chats by rule, category, subject and local library, for
    each (scope, chats) of `scopes`."""
    out = []
    for scope, chats in scopes:
        for i, what in ((4, "rule"), (1, "category"), (2, "subject"), (3, "local")):
            t = tally(chats, i)
            out.append(f"{scope} {what}: " + ", ".join(f"{k} {v}" for k, v in sorted(t.items())))
    return out


def half_of(chats):
    """cid -> 1 or 2, so that both halves of a part have the same mix: in the order written, each
    chat goes to the half with fewer chats of its rule and category; on a tie, fewer of its rule,
    then fewer of its category, then fewer chats in all, then the first half. Rows that are not
    follow-ups alternate by status. A label corrected after the halves were drawn (`drawn`, the
    label as first written) keeps its chat in its half."""
    tallies = {1: {}, 2: {}}
    out = {}
    for c in chats:
        if c["label"]:
            f = (c.get("drawn") or c["label"]).split()
            keys = [("rc", f[4], f[1]), ("r", f[4]), ("c", f[1]), ("all",)]
        else:
            keys = [("status", c["status"]), ("all",)]
        score = lambda h: [tallies[h].get(k, 0) for k in keys]  # noqa: E731
        half = 1 if score(1) <= score(2) else 2
        for k in keys:
            tallies[half][k] = tallies[half].get(k, 0) + 1
        out[c["cid"]] = half
    return out


def half_files(part, styles, order=None):
    """The export files of a part's two halves, half 1 first: for each (style, ext, chats, make)
    of `styles`, (file name such as "k1_libanswers.csv", style, the chats half_of puts in that
    half, make). The chats stay in the order written unless `order` (a function of a list of
    chats) puts them in the file's order."""
    out = []
    for half in (1, 2):
        for style, ext, chats, make in styles:
            halves = half_of(chats)
            mine = [c for c in chats if halves[c["cid"]] == half]
            out.append((f"{part}{half}_{style}.{ext}", style, order(mine) if order else mine, make))
    return out


def label_row_with_destination(c):
    """A chat's labels row from a six-field label, "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"
    (parts b to j, whose labels name the destination themselves; label_row derives it)."""
    email, cat, subj, local, rule, dest = c["label"].split()
    if email == "=":
        email = (c["email"] or "").strip().lower()
    blank = lambda v: "" if v == "-" else v  # noqa: E731
    return {"chat_id": c["cid"], "email": blank(email), "category": cat, "subject": subj,
            "local_library": blank(local), "rule": rule, "destination": blank(dest)}


def export_texts(files, part_dir, labels_text):
    """path -> text of each export of `files` ((file name, style, chats, text function), as
    half_files gives them) and of the `.labels.csv` beside it, in the directory part_dir(name)."""
    out = {}
    for name, _, chats, text in files:
        out[HERE / part_dir(name) / name] = text(chats)
        out[HERE / part_dir(name) / (name + ".labels.csv")] = labels_text(chats)
    return out
