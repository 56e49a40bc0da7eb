"""Helpers that every corpus builder (`*_build.py`) shares: reading a committed file, the
directory's ids, a label's row, the check of its rule and destination, and the tallies of
labels; writing a builder's files and telling which committed ones are stale, the labels files,
the README's counts block and the command line (--check, --counts) of every builder. Each builder
keeps what its export styles make different (its chats, its start times, its checks)."""

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Where each rule sends a chat (rules.md section 6); a local chat goes to its library.
DEST = {"no-email": "", "quality": "QC", "law": "MSLL", "print-disability": "LBPH",
        "specialist": "EPFL", "default": "AUN"}


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
