"""Helpers that every corpus builder (`*_build.py`) shares: reading a committed file, the
directory's ids, a label's row, the check of its rule and destination, and the tallies of
labels; the two halves of a part and their files, the labels files, the README's counts block,
writing the files and telling which committed ones are stale, and the command line (--check,
--counts). Each builder keeps what its export styles make different (its chats, its start times,
its checks)."""

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Where each rule sends a chat (rules.md section 6); a local chat goes to its library.
DEST = {"no-email": "", "quality": "QC", "law": "MSLL", "print-disability": "LBPH",
        "specialist": "EPFL", "default": "AUN"}

# The label vocabulary (rules.md sections 5-6), in the order the README's tables list rules.
RULES = ["no-email", "quality", "law", "print-disability", "local", "specialist", "default"]
CATEGORIES = {"research", "policy", "circulation", "access", "other"}
SUBJECTS = {"law", "print-disability", "specialist", "none"}

# The columns of every `.labels.csv` file.
LABEL_COLUMNS = ["chat_id", "email", "category", "subject", "local_library", "rule", "destination"]


def read_text(path):
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def directory_ids():
    path = HERE.parent.parent / "data" / "directory.csv"
    with path.open(encoding="utf-8") as f:
        return {row["id"] for row in csv.DictReader(f)}


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
