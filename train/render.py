#!/usr/bin/env python3
"""Renders the neutral labelled chats of ../shared/train/*.jsonl (made-up data) into the export
styles aun reads, so that `aun train` rebuilds the shipped category model from this repository
alone, followed by the repository's own labelled chats in the same shape (train/chats/*.jsonl):

    python3 train/render.py [SOURCE_DIR]     # default: ../shared/train beside the repository

Writes train/libchat.csv, train/h3lp.csv, train/questionpoint.json and train/tickets.jsonl, each
with its labels beside it (X.labels.csv: chat_id,email,category,subject,local_library,rule,
destination, as docs/FORMATS.md describes). Chats are dealt to the styles in turn; a chat whose
e-mail is only in the export's e-mail field never goes to the LibraryH3lp style (it has no such
column). The output is the same on every run (no randomness, no clock).
"""
import csv, hashlib, html, io, json, os, sys
from datetime import datetime

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "train")

chats = []
# The shared parts first, then the repository's own (train/chats/, written by its part_*.py), so
# that adding chats of one's own never moves a chat already rendered.
for d in (src, os.path.join(here, "chats")):
    for name in sorted(os.listdir(d)):
        if name.endswith(".jsonl"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                chats += [json.loads(l) for l in f if l.strip()]

STYLES = ["libchat", "h3lp", "questionpoint", "tickets"]
GUEST_DOMAINS = ["web.libraryh3lp.com", "web.libraryh3lp.com", "twilio.libraryh3lp.com",
                 "web.ca.libraryh3lp.com", "sms.libraryh3lp.com"]


def digest(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def ampm(t, seconds):
    h, m, s = (int(x) for x in t.split(":"))
    suffix = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return f"{h12}:{m:02}:{s:02} {suffix}" if seconds else f"{h12}:{m:02}{suffix}"


def staff_name(speaker):
    # "Kim (Howard County Library System)" -> ("Kim", "Howard County Library System")
    if "(" in speaker and speaker.endswith(")"):
        name, lib = speaker[:-1].split("(", 1)
        name = name.strip()
        if name.lower().startswith("librarian"):
            name = name[len("librarian"):].strip()
        if "," in lib:
            name, lib = (x.strip() for x in lib.split(",", 1))
        return name or "Librarian", lib.strip()
    n = speaker[len("librarian"):].strip() if speaker.lower().startswith("librarian") else speaker
    return n or "Librarian", ""


def patron_label(c):
    for m in c["messages"]:
        if m["role"] == "patron":
            return m["speaker"]
    return "Guest"


def question(c):
    for m in c["messages"]:
        if m["role"] == "patron":
            return m["text"]
    return ""


def libchat_text(c):
    lines = []
    for m in c["messages"]:
        text = html.escape(m["text"], quote=True).replace("&#x27;", "&#x27;")
        lines.append(f"{m['time']} - {m['speaker']}: {text}")
    return "\n".join(lines)


def h3lp_text(c):
    d = GUEST_DOMAINS[int(digest(c["chat_id"])[:2], 16) % len(GUEST_DOMAINS)]
    guest = digest(c["chat_id"], "guest")[:20] + "@" + d
    lines = []
    for m in c["messages"]:
        if m["role"] == "patron":
            who = guest
        elif m["role"] == "staff":
            name, _ = staff_name(m["speaker"])
            who = name.lower().replace(" ", ".") + "@chat.libraryh3lp.com"
        else:
            who = "system"
        text = " ".join(m["text"].split())  # one message, one line
        lines.append(f"{ampm(m['time'], False)} {who}: {text}")
    return "\r".join(lines)


def qp_text(c):
    return "\n".join(f"[{ampm(m['time'], True)}] {m['speaker']}: {m['text']}" for m in c["messages"])


def ticket_messages(c):
    out = []
    for m in c["messages"]:
        if m["role"] == "patron":
            out.append(f"Patron: {m['text']}")
        elif m["role"] == "staff":
            name, lib = staff_name(m["speaker"])
            out.append(f"Librarian ({name}, {lib}): {m['text']}" if lib else f"Librarian ({name}): {m['text']}")
        else:
            out.append(f"System: {m['text']}")
    return out


RES = "Follow Up By Patron Library"
by_style = {s: [] for s in STYLES}
turn = 0
for c in chats:
    style = STYLES[turn % 4]
    turn += 1
    if style == "h3lp" and c["patron_email_field"]:
        style = "libchat"
    by_style[style].append(c)

label_cols = ["chat_id", "email", "category", "subject", "local_library", "rule", "destination"]


def write_labels(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(label_cols)
        for chat_id, c in rows:
            l = c["labels"]
            w.writerow([chat_id] + [l.get(k, "") or "" for k in label_cols[1:]])


def started(c):
    return datetime.fromisoformat(c["started_at"])


# LibChat CSV
with open(os.path.join(here, "libchat.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Chat ID", "Timestamp", "Department", "Guest Name", "Guest Email",
                "Initial Question", "Resolution", "Transcript"])
    for c in by_style["libchat"]:
        w.writerow([c["chat_id"], started(c).strftime("%Y-%m-%d %H:%M:%S"), c["origin"],
                    patron_label(c), c["patron_email_field"], question(c), RES, libchat_text(c)])
write_labels(os.path.join(here, "libchat.labels.csv"), [(c["chat_id"], c) for c in by_style["libchat"]])

# LibraryH3lp CSV: no id column; the chat id is h3lp-<n>, n the 1-based data row.
with open(os.path.join(here, "h3lp.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(["started", "wait", "duration", "text", "resolution", "queue"])
    for c in by_style["h3lp"]:
        w.writerow([started(c).strftime("%Y-%m-%d %H:%M:%S"), "12", "540", h3lp_text(c), RES, c["origin"]])
write_labels(os.path.join(here, "h3lp.labels.csv"),
             [(f"h3lp-{i + 1}", c) for i, c in enumerate(by_style["h3lp"])])

# QuestionPoint-style JSON
qp = [{"Question ID": c["chat_id"], "Date": c["started_at"], "Institution": c["origin"],
       "Patron": patron_label(c), "Email": c["patron_email_field"], "Question": question(c),
       "Status": RES, "Transcript": qp_text(c)} for c in by_style["questionpoint"]]
with open(os.path.join(here, "questionpoint.json"), "w", encoding="utf-8") as f:
    json.dump(qp, f, ensure_ascii=False, indent=1)
    f.write("\n")
write_labels(os.path.join(here, "questionpoint.labels.csv"), [(c["chat_id"], c) for c in by_style["questionpoint"]])

# JSON Lines tickets
with open(os.path.join(here, "tickets.jsonl"), "w", encoding="utf-8") as f:
    for c in by_style["tickets"]:
        f.write(json.dumps({"ticket_id": c["chat_id"], "created": c["started_at"], "account": c["origin"],
                            "customer_email": c["patron_email_field"], "subject": question(c)[:80],
                            "status": RES, "messages": "\n".join(ticket_messages(c))}, ensure_ascii=False) + "\n")
write_labels(os.path.join(here, "tickets.labels.csv"), [(c["chat_id"], c) for c in by_style["tickets"]])

print({s: len(v) for s, v in by_style.items()})
