#!/usr/bin/env python3
"""Writes and checks the "r" part of aun's labelled corpus (r1 in train/, r2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means none; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", split over two messages, or corrected after a typo). Chats whose
resolution is not "Follow Up By Patron Library" carry no label and get no labels row. Where the
patron asks two things, the category (and subject need) is that of the question left open for
the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian. A chat that a librarian
answered but whose text below has no `l` line ends with a closing line of the librarian's
(`_closed`: boilerplate such as "Someone will email you within 72 hours").

Two export styles, each split in two halves with the same mix (r1 and r2):
  rN_qp_export.json    a QuestionPoint-like JSON export: one JSON array of sessions, each
                       {"sessionId": 812345 (a number), "Question ID": "CR-Q101", "started":
                       "2026-02-09 19:04:17 EST" (New York civil time with its zone's
                       abbreviation, EST or EDT by the date), "library" (the origin account),
                       "patron": {"name", "email" (null when none)}, "operator": {"name"},
                       "resolution", "transcript"}: the transcript one string of messages
                       `Name (7:04:17 PM): text` separated by CR LF. Overnight chats are answered
                       by librarians of the national 24/7 backup cooperative. (The librarian was
                       first keyed "librarian"; aun does not read that key, so it is "operator".
                       "sessionId" is not read either: "Question ID" is the chat id.)
  rN_libchat_sms.csv   a LibChat-like CSV from county library systems that answer web chat and
                       SMS patrons on the statewide service: `Chat ID`, `Created` (`Mar 2, 2026
                       7:04 PM`, New York), `Queue` (the county's own queue or the statewide
                       one), `Patron` (a name, or an SMS number `(410) 555-0142`), `Email` (empty
                       when none), `Operator`, `Resolution`, `Transcript` (lines `[7:04 PM] Name:
                       text` joined by LF inside the quoted cell). Every cell quoted, CRLF between
                       rows, no byte-order mark.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then r1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/r_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/r_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
import io
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_common import (  # noqa: E402
    ANY_ADDRESS, ALLOWED_DOMAINS, is_address,
    address_problems, export_texts, half_files, label_row, labels_csv, labels_table, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"
LEFT = "Patron Left"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
BCPL = "Baltimore County Public Library"
AACPL = "Anne Arundel County Public Library"
FCPL = "Frederick County Public Libraries"
HCLS = "Howard County Library System"
HARFORD = "Harford County Public Library"
CARROLL = "Carroll County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {BCPL: "BCPL", AACPL: "AACPL", FCPL: "FCPL", HCLS: "HCLS", HARFORD: "HARFORD",
               CARROLL: "CARROLL"}

QP = []  # the QuestionPoint-like JSON chats
LC = []  # the LibChat-like CSV chats (web and SMS)

QP_STAFF = {"mel": "Mel", "dorian": "Dorian", "priya": "Priya",
            # the national 24/7 backup cooperative, overnight
            "kayla": "Kayla", "marcus": "Marcus", "jen": "Jen"}
LC_STAFF = {"jules": "Jules", "ama": "Ama", "ravi": "Ravi", "terri": "Terri"}
OVERNIGHT = {"kayla", "marcus", "jen"}


def _qp_start(n, seed, night):
    """The n-th QP chat starts on a day from 9 Feb 2026 into July (EST and EDT both occur):
    overnight chats between midnight and 4 am, others between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 2, 9) + timedelta(days=(n * 5) // 2)
    hour = rng.randint(0, 3) if night else rng.randint(9, 20)
    return (day + timedelta(hours=hour, minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def _lc_start(n, seed):
    """The n-th LibChat chat starts on a day from 2 Mar 2026, 9 am to 9 pm, whole minutes."""
    rng = random.Random(seed)
    day = datetime(2026, 3, 2) + timedelta(days=(n * 3) // 2)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59))
            ).strftime("%Y-%m-%d %H:%M:%S")


CLOSINGS = ["Thanks, I'll pass this on so someone can follow up by email.",
            "Got it. Someone will email you within 72 hours.",
            "Thank you! I'm marking this for follow-up."]


def _closed(cid, t, op):
    """A chat that someone answered but whose librarian typed nothing above gets one of the
    librarian's closing lines (service boilerplate: evidence of nothing)."""
    if op and not any(line.strip().startswith("l ") for line in t.split("\n")):
        t = t.rstrip("\n") + "\nl " + random.Random("r-close-" + cid).choice(CLOSINGS) + "\n"
    return t


def qp(cid, origin, patron, email, t, label=None, op="mel", status=FU, written=False):
    """A QP session. patron: the name typed (empty: `Guest NNNN`); email None is null."""
    rng = random.Random("r-qp-name-" + cid)
    t = _closed(cid, t, op)
    QP.append(dict(cid=cid, start=_qp_start(len(QP), "r-qp-" + cid, op in OVERNIGHT),
                   origin=origin, patron=patron or f"Guest {rng.randint(1000, 9999)}",
                   email=email, t=t, label=label, lib=QP_STAFF[op] if op else None,
                   status=status, written=written, sms=False,
                   session=812000 + rng.randint(100, 999) * 10 + len(QP) % 10))


def lc(cid, queue, patron, email, t, label=None, op="jules", status=FU, written=False):
    """A LibChat row. patron: a name, or an SMS number `(410) 555-0142`; email "" is empty."""
    t = _closed(cid, t, op)
    LC.append(dict(cid=cid, start=_lc_start(len(LC), "r-lc-" + cid), origin=queue,
                   patron=patron, email=email, t=t, label=label,
                   lib=LC_STAFF[op] if op else None, status=status, written=written,
                   sms=patron.startswith("(")))

# ---------------------------------------------------------------------------------------------
# The QuestionPoint-like JSON (rN_qp_export.json): the statewide and Pratt accounts, some
# county accounts; overnight chats answered by the 24/7 backup cooperative
# ---------------------------------------------------------------------------------------------

qp("CR-Q101", AUN, "Marisol", None, """
p hi, i need to renew 2 books, i usually go to the Odenton branch
l Sure, I can have your library follow up on that. What's your email?
p marisol.vega@example.com
""", "marisol.vega@example.com circulation none AACPL local")

qp("CR-Q102", AUN, "Dee H", "dee.harmon@example.net", """
p im writing a paper on the history of ellicott city, need primary sources on the 1868 flood
l Great topic. Where do you go to school, or which library do you use?
p online program, i live in delaware
l Thanks. Historical records like these are best handled by a specialist.
""", "= research specialist - specialist", op="dorian")

qp("CR-Q103", PRATT, "", None, """
p my pratt card got blocked, says i owe 12 dollars for a book i returned
l Sorry about that. Which branch did you return it to?
p the one in hampden. email is KWilliams@Example.com
""", "kwilliams@example.com circulation none EPFL local", op="priya")

qp("CR-Q104", PRATT, "TJ", None, """
p im staying at my grandmas house in dundalk this weekend, is there a library near her where i can print stuff? i have a pratt card
l The North Point branch of BCPL is close to Dundalk. I'll have someone send details.
p ok tj.brooks@example.org
""", "tj.brooks@example.org other none EPFL local")

qp("CR-Q105", AUN, "", None, """
l Hi, I'm a librarian in Oregon helping AskUsNow! overnight. What can I do for you?
p my landlord in glen burnie changed the locks while i was at work, all my stuff is inside
p is that even legal
l That sounds very stressful. A Maryland law librarian can follow up. Email?
p dmoreno at example dot net
""", "dmoreno@example.net research law AACPL law", op="kayla", written=True)

qp("CR-Q106", AUN, "Raj", "rpatel@example.com", """
p is there a way to get books in bigger print or read out to me, my eyes arent what they used to be since the stroke
l Yes, there are services for that. Where do you live?
p annapolis md
""", "= policy print-disability AACPL print-disability", op="dorian")

qp("CR-Q107", AUN, "Hal", None, """
p its me again, nobody ever emailed me back last week like the librarian promised
p i still need info on the earned income tax credit
l I'm so sorry. I'll report that the follow-up was missed. Is it the same email?
p yes, hb.lewis@example.net
""", "hb.lewis@example.net research none - quality", op="priya")

qp("CR-Q108", AUN, "", None, """
p i live in balto co near the cockeysville branch
p how far ahead can you book a study room and is there a time limit?
l I'll have BCPL follow up with their rules.
p pls send to lw.grant@example.com.
""", "lw.grant@example.com policy none BCPL local")

qp("CR-Q109", AUN, "Olek", None, """
p i need to find my great great grandfathers naturalization papers, he came through baltimore around 1890
l I'm a librarian in Oregon, working the overnight shift. This needs a specialist in Maryland records. Email?
p sure: o.kowalski@example.org
p i live in dc btw
""", "o.kowalski@example.org research specialist - specialist", op="marcus")

qp("CR-Q110", PRATT, "Nina", "nina.f@example.com", """
p do libraries in maryland let you borrow a telescope? i saw something about it
p im in catonsville if that matters
l Some systems do lend them. I'll have your library follow up.
""", "= policy none BCPL local", op="priya")

qp("CR-Q111", AUN, "Esther", None, """
p does the library have anything for people who cant see the screen well, like a reader that talks
p my dad uses jaws at home
l Do you mean for using the library's e-books?
p yes for libby. he lives in hagerstown with me
p email ekim@example.net
""", "ekim@example.net access print-disability WCFL print-disability", op="dorian")

qp("CR-Q112", AUN, "", None, """
p my ex wont bring our daughter back after his weekend, we have a custody order from prince georges county
p what can i do
l I'm sorry. A law librarian can send you information. Email?
p tasha.m@example.com
""", "tasha.m@example.com research law - law")

qp("CR-Q113", AUN, "", None, """
p i need a notary, im in gburg
l Some branches offer a notary by appointment. Email to send details?
p nah just text me at 301-555-0188
l Sorry, we can only follow up by email.
""", "- other none MCPL no-email", op="priya")

qp("CR-Q114", AUN, "Chidi", "c.obi@example.org", """
p can my 15 year old get her own card or does she need me there
l Which library system?
p pg
""", "= policy none PGCMLS local", op="dorian")

qp("CR-Q115", BCPL, "Alina", None, """
p hi i returned my hotspot to the white marsh branch yesterday but it still shows on my account
l Thanks, I'll have staff check. Email please?
p alina.p@example.net
""", "alina.p@example.net circulation none BCPL local")

qp("CR-Q116", AUN, "Rivera family", None, """
p were going to ocean city next week, any good books about the boardwalk for my kids? we live in bowie
l I'm at the Bowie branch myself! I'll have a list sent. Email?
p sure, fam.rivera@example.com
""", "fam.rivera@example.com research none PGCMLS local", op="dorian")

qp("CR-Q117", AUN, "", None, """
l Hi, I'm Dorian at the Bowie branch of PGCMLS. How can I help?
p how do i get my kindle to download library ebooks
l Which library card do you have?
p i dont have one yet, thinking of getting one
p jp.ng@example.org
""", "jp.ng@example.org access none - default", op="dorian")

qp("CR-Q118", PRATT, "", None, """
p you people are useless idiots answer me NOW
l I'm here to help. What is your question?
p im coming down there to make you answer, idiot
l I'm ending this chat. Threats and abusive language are not allowed.
""", "- other none - no-email", op="priya")

qp("CR-Q119", AUN, "mr flint", "mr.flint@example.net", """
p hey sweetie what are you wearing
l That's inappropriate. Do you have a library question?
p come on just tell me
l I'm ending this chat and reporting it.
""", "= other none - quality", op="mel")

qp("CR-Q120", AUN, "Ruth", None, """
p how do you get the book club kits, the ones with 10 copies
l Some systems lend them. Which library do you use?
p severna park library
p my email is ruth.abernathy
p @example.org
""", "ruth.abernathy@example.org policy none AACPL local", written=True)

qp("CR-Q121", AUN, "", None, """
p can i still do a passport application at the library? i live in laurel
l Some branches do. Email to send the details?
p jlarkin@example.con
p sorry its .com
""", "jlarkin@example.com policy none PGCMLS local", op="priya", written=True)

qp("CR-Q122", AUN, "", None, """
p im in columbia md, how late is the miller branch open on fridays
l I can have HCLS confirm by email. Address?
p no email, i'll just call them
""", "- policy none HCLS no-email", op="dorian")

qp("CR-Q123", AUN, "Wren", None, """
l You can also write to us at askus.team@example.org anytime.
p ok. i need articles on teen vaping for my health class at AACC
p you can reach me at wren.c@example.net
""", "wren.c@example.net research none AACC local")

qp("CR-Q124", AUN, "Greg", None, """
p my mom teaches in frederick and said i should ask: do you have old yearbooks from thurmont high school from the 1950s?
p im in pennsylvania tho, waynesboro
l The Maryland Room at C. Burr Artz has local history; their address is mdroom.staff@example.org. I'll refer you too. Your email?
p gsmith at example dot com
""", "gsmith@example.com research specialist - specialist", op="priya", written=True)

qp("CR-Q125", AUN, "Bee", None, """
p i found this page https://example.org/share?to=events@example.org about a resume class, is it at the glen burnie library?
p my email's bee.nwosu@example.com
l Let me check the calendar and email you.
""", "bee.nwosu@example.com other none AACPL local", op="dorian")

qp("CR-Q126", PRATT, "Lou", None, """
p looking for tide charts and some history of the ocean city inlet for a fishing trip
p we live in fells point
p email is capt.lou@example.net
""", "capt.lou@example.net research none EPFL local")

qp("CR-Q127", AUN, "Lena", None, """
p i live in newark delaware but work in maryland. do maryland libraries give cards to people who work there?
l It differs by county. Email?
p lena.b@example.org
""", "lena.b@example.org policy none - default", op="priya")

qp("CR-Q128", AUN, "Ozzie", None, """
p i live in arlington va, do you have access to the washington post archives
l Your local library would be Arlington's, but I can send options. Email?
p ozzie.t@example.com
""", "ozzie.t@example.com access none - default", op="dorian")

qp("CR-Q129", AUN, "Ty", None, """
p hanover pa here, right over the line. do maryland libraries lend ebooks to out of state people?
l Some do for a fee. I'll send details. Email?
p ty.b@example.net
""", "ty.b@example.net policy none - default")

qp("CR-Q130", AUN, "Mendez", None, """
p we used to live in towson but moved to bel air in june. do i need a new card?
l You'd likely want a Harford County card. Email?
p the.mendezes@example.org
""", "the.mendezes@example.org policy none HARFORD local", op="priya")

qp("CR-Q131", AUN, "Ann", None, """
p i have a bcpl card and a hcls card, but bcpl is my main one, i live in arbutus
p my hold wont show up on my account
l Which system is the hold with?
p bcpl
p email: ann.zhu@example.com
""", "ann.zhu@example.com circulation none BCPL local", op="dorian")

qp("CR-Q132", AUN, "", None, """
p my employer hasnt paid me for my last 2 weeks and now wont answer my calls. what can i do? im in hyattsville
p email is d.ocampo@example.net
""", "d.ocampo@example.net research law PGCMLS law")

qp("CR-Q133", AUN, "", None, """
l Hi there, I'm a librarian in Washington state covering the overnight shift.
p i have an old possession charge from 2012 in baltimore county, can it be taken off my record
l A Maryland law librarian can help. What's your email?
p no email sorry
""", "- research law - no-email", op="jen")

qp("CR-Q134", AUN, "Pat", None, """
p looking for land records for a farm near sharpsburg, 1860s, my family owned it
p i live in florida now
p email me at pcollins@example.org
""", "pcollins@example.org research specialist - specialist", op="priya")

qp("CR-Q135", PRATT, "Jide", None, """
p do you have sanborn maps of baltimore from the 1890s? i'm researching my rowhouse in canton, we bought it last year
p j.adebayo@example.com
""", "j.adebayo@example.com research specialist EPFL local", op="dorian")

qp("CR-Q136", AUN, "Ken", None, """
p my wife is blind and wants to learn braille, does the state have lessons or books in braille
p we live in frederick, near the fairgrounds
l Yes, there's a state library for that. Email?
p k.stone@example.net
""", "k.stone@example.net policy print-disability FCPL print-disability")

qp("CR-Q137", AUN, "", None, """
p my son is 10 and has dyslexia, reading makes him cry. are there audio books he could get free through some program
p email momof3.reyes@example.com
""", "momof3.reyes@example.com policy print-disability - print-disability", op="priya")

qp("CR-Q138", AUN, "Tom", None, """
p my libby says my card is expired but i renewed it last month. montgomery cnty
p tm.howell@example.org
""", "tm.howell@example.org access none MCPL local", op="dorian")

qp("CR-Q139", AUN, "", None, """
p can i get a book from another library out of state? its not in the catalog. im in elkridge
p email b.quint@example.net
""", "b.quint@example.net access none HCLS local")

qp("CR-Q140", AUN, "", None, """
p when are the GED classes in glen burnie, i want to sign up
l Let me look at the calendar. Email?
p just text me
l Sorry, we can only follow up by email.
""", "- other none AACPL no-email", op="priya")

qp("CR-Q141", AUN, "Sam", "sam.w@example.com", """
p hello?? the chat froze again
l I'm sorry, the session keeps breaking up on my side. I'll report it. What did you need?
p how to reset my pin for my hoco card
""", "= circulation none HCLS quality", op="dorian")

qp("CR-Q142", PRATT, "Gina", "g.banks@example.org", """
p the lady at the desk at the southeast anchor library yelled at my son for nothing. i want to complain about her
l I'm sorry to hear that. I'll pass your complaint on.
""", "= other none EPFL quality")

qp("CR-Q143", AUN, "Kerri", None, """
p what forms do i need to file for custody? we live in ellicott city
l A law librarian can follow up with the forms. Email?
p ok kerri.dunn@example.com
""", "kerri.dunn@example.com research law HCLS law", op="priya")

qp("CR-Q144", AUN, "", None, """
p my sister in bel air says her library has free museum passes. does mine? i live in baltimore city
l The Pratt has some passes too. Email?
p v.okafor@example.net
""", "v.okafor@example.net policy none EPFL local", op="dorian")

qp("CR-Q145", AUN, "Lyle", None, """
p my friend has a towson u login and showed me jstor. can i get into it too? im not a student anywhere
p email lyle.p@example.org
""", "lyle.p@example.org access none - default")

qp("CR-Q146", FCPL, "", None, """
p can i return books to any branch or only the one i got them from
p jh.moss@example.com
""", "jh.moss@example.com policy none FCPL local", op="priya")

qp("CR-Q147", AACPL, "Xu", None, """
p my hoopla says 0 borrows left this month but i only used 2
p email x.chen@example.org
""", "x.chen@example.org access none AACPL local", op="dorian")

qp("CR-Q148", AUN, "", None, """
p looking for records of free black families in talbot county before 1860, for a family history
p i'm in pg county
l That's archival research; a specialist should follow up. Email?
p m.hollins@example.com
""", "m.hollins@example.com research specialist PGCMLS local")

qp("CR-Q149", AUN, "Zara", None, """
p what time does the library close on christmas eve
p email z.ortiz@example.com
""", "z.ortiz@example.com policy none - default", op="priya")

qp("CR-Q150", PRATT, "", None, """
p i need a quiet place to take an online exam, are you allowed to use a library computer with a webcam for that
p z.kamara@example.net
""", "z.kamara@example.net policy none - default", op="dorian")

qp("CR-Q151", AUN, "Ivy", None, """
p hi, im doing a report on harriet tubman for school, need 2 books and 1 website. dorchester county is where she was from
p we live in essex
p (my email: ivy.h@example.org)
""", "ivy.h@example.org research none BCPL local")

qp("CR-Q152", AUN, "Ray", None, """
p my neighbors tree fell on my fence in waldorf, who pays? they say its an act of god
p email ray.okoye@example.com
""", "ray.okoye@example.com research law CHARLES law", op="priya")

qp("CR-Q153", AUN, "", None, """
l Good evening, I'm a librarian in Oregon with the 24/7 cooperative.
p i got served for small claims by a contractor, court date in march. how do i respond
p email is f.doyle@example.net
""", "f.doyle@example.net research law - law", op="kayla")

qp("CR-Q154", AUN, "Miriam", None, """
p i have macular degeneration and cant read the screen on my tablet anymore, can someone help me set up audiobooks from the library
p i go to the pikesville branch
p m.lieber@example.com
""", "m.lieber@example.com access print-disability BCPL print-disability", op="dorian")

qp("CR-Q155", PRATT, "Leah", "l.porter@example.org", """
p i asked two weeks ago and no one ever emailed me back. the librarian said 72 hours
p i still need help with my resume
l I'm sorry, I'll report that. Someone will follow up.
""", "= other none - quality")

qp("CR-Q156", AUN, "Rosalind", None, """
p where can i find old photos of my street in highlandtown from the 1940s
l That's a job for a special collections librarian; I'll pass it on. Email?
p not sure i want to give it
p ok fine, rosalind.k@example.com
""", "rosalind.k@example.com research specialist EPFL local", op="priya")

qp("CR-Q157", AUN, "Ade", None, """
p i live in dc, whats the best database for finding grants for nonprofits
p email a.bello@example.com
""", "a.bello@example.com research none - default", op="dorian")

qp("CR-Q158", AUN, "", None, """
p im in hagerstown, does the library have ancestry i can use from home
p email n.frye@example.net
""", "n.frye@example.net access none WCFL local")

qp("CR-Q159", AUN, "Dev", None, """
p i'm a umbc student writing about the history of the ellicott city mills. can you find me peer reviewed articles and old records
p my email is dev.r@example.org
""", "dev.r@example.org research specialist UMBC local", op="priya")

qp("CR-Q160", AUN, "Ty Bauer", None, """
p i live in columbia, pa (lancaster county). any free databases for small business plans?
p email: ty.bauer@example.net
""", "ty.bauer@example.net research none - default", op="dorian")

qp("CR-Q161", AUN, "", None, """
l Hi, I'm a librarian in Oregon answering for AskUsNow! tonight.
p my husband passed and i need to know how to probate his will, we live in annapolis
p email me at June.Ames@Example.org
""", "june.ames@example.org research law AACPL law", op="marcus")

qp("CR-Q162", AUN, "Leo", None, """
p my nephew lives in germantown and uses the library there a lot. i live in baltimore county. can i get hoopla?
p leo.gr@example.com
""", "leo.gr@example.com access none BCPL local", op="priya")

qp("CR-Q190", AUN, "Bo", None, """
p what are your hours today
l Most branches are open 10 to 8 today.
""", op="dorian", status=ANS)

qp("CR-Q191", PRATT, "", None, """
p hello is anyone there
""", op=None, status=LOST)

qp("CR-Q192", AUN, "Ana", "ana.t@example.com", """
p how do i renew online
l Log in to your account and choose Renew. Done!
p thanks!
""", status=ANS)

# ---------------------------------------------------------------------------------------------
# The LibChat-like CSV (rN_libchat_sms.csv): Howard, Harford and Carroll County queues and the
# statewide queue, web chat and SMS
# ---------------------------------------------------------------------------------------------

lc("CR-L101", HCLS, "(410) 555-0142", "", """
p do u have wifi hotspots to borrow
l Yes, some branches lend them. I can send the details by email. What's your address?
p no email just text me
l Sorry, follow-up is by email only.
""", "- policy none HCLS no-email")

lc("CR-L102", HCLS, "Maya Fields", "maya.f@example.com", """
p my daughter's school project is on ellicott city, we need a few pictures of main street from before the 2016 flood
l I'll have someone send some sources.
""", "= research none HCLS local", op="ama")

lc("CR-L103", HCLS, "(443) 555-0117", "", """
p hi this is about renewing my books, 2 are due tmrw
l I can have staff renew them. Email?
p email is pat dot ruiz at example dot com
""", "pat.ruiz@example.com circulation none HCLS local", written=True)

lc("CR-L104", HARFORD, "Gene Tull", "", """
p we used to live in towson, now bel air. can i move my bcpl holds over to harford?
l Holds can't move between systems, but we can help you place new ones. Email?
p gene.tull@example.net
""", "gene.tull@example.net circulation none HARFORD local", op="ravi")

lc("CR-L105", HARFORD, "(410) 555-0163", "", """
p my landlord in aberdeen is keeping my whole deposit for cleaning
p what are my rights
l A law librarian can follow up by email. What's yours?
p jess.m@example.org
""", "jess.m@example.org research law HARFORD law", op="terri")

lc("CR-L106", HARFORD, "Kendra Wu", "kendra.wu@example.com", """
p the chat keeps disconnecting, this is my 4th try
l I'm sorry about that. I'll report the problem. What's your question?
p can i get a museum pass for the weekend
""", "= policy none HARFORD quality", op="ravi")

lc("CR-L107", CARROLL, "Owen Bright", "", """
p i need a list of civil war soldiers from westminster, for genealogy, my great great uncle
l That's specialist genealogy research; our Carroll County history staff can follow up. Email?
p o.bright@example.com
""", "o.bright@example.com research specialist CARROLL local", op="ama")

lc("CR-L108", CARROLL, "(410) 555-0178", "", """
p do u guys have a 3d printer at eldersburg
l Yes! Want details by email?
p no thanks
""", "- other none CARROLL no-email", op="terri")

lc("CR-L109", AUN, "Lina Haddad", "", """
p hi im from pg, need help with my citation page, mla, for english class
l Sure, I can send a guide.
p lina.h@example.net
""", "lina.h@example.net research none PGCMLS local")

lc("CR-L110", AUN, "Gus Pappas", "GUS.PAPPAS@EXAMPLE.NET", """
p what do i need to bring to get a card? just moved to annapolis
l Usually an ID and proof of address. I'll have AACPL confirm.
""", "= policy none AACPL local", op="ravi")

lc("CR-L111", AUN, "(410) 555-0190", "", """
p how much do i owe, my card says blocked. i go to the odenton library
l I'll have AACPL look at your account. Email?
p my email is s.harper@example.com.
""", "s.harper@example.com circulation none AACPL local", op="ama")

lc("CR-L112", AUN, "Rae Jordan", "", """
p im visiting my aunt in dundalk, can i use her library card for the computers?
p im from ohio
p rae.jordan@example.org
""", "rae.jordan@example.org policy none - default", op="terri")

lc("CR-L113", AUN, "(301) 555-0104", "", """
p need info on filing for divorce in maryland, where do i start
l I'm at the Columbia branch of HCLS; a law librarian can follow up. Email?
p its t.nguyen at example.net
""", "t.nguyen@example.net research law - law", op="jules", written=True)

lc("CR-L114", AUN, "Mo Hassan", "", """
p can you help me find the population of salisbury md in 1950, for a project
p mo.hassan@example.com
""", "mo.hassan@example.com research none - default", op="ravi")

lc("CR-L115", HCLS, "Bea Long", "bea.long@example.net", """
p my eyes are getting worse from glaucoma, i cant read regular books anymore
p is there something for people like me
l Yes, there's a free state service. I'll send the details.
""", "= policy print-disability HCLS print-disability", op="ama")

lc("CR-L116", HARFORD, "Tom Azar", "", """
p my husband has ALS and cant hold a book or turn pages any more. does the library have anything for him
l Yes, there's a state service for that. Email?
p t.azar@example.org
""", "t.azar@example.org policy print-disability HARFORD print-disability", op="terri")

lc("CR-L117", CARROLL, "Ivy Rhodes", "ivy.r@example.com", """
p the librarian i chatted with yesterday told me to just google it and logged off. not ok
l I'm sorry. I'll pass this on to our coordinator.
""", "= other none CARROLL quality")

lc("CR-L118", CARROLL, "(443) 555-0125", "", """
p send pics of urself
l This service is for library questions. 
p send them or ill keep texting
l I'm ending this session.
""", "- other none CARROLL no-email", op="ravi")

lc("CR-L119", AUN, "Dana Pike", "", """
p i need my great grandmother's death certificate from 1915, she died in cumberland
p i live in rockville
p dpike@example.com
""", "dpike@example.com research specialist MCPL local", op="ama")

lc("CR-L120", AUN, "(240) 555-0131", "", """
p whats the address of the hyattsville library
l I'll send it with the hours. Email?
p on 2nd thought no email, i'll look it up
""", "- other none PGCMLS no-email", op="terri")

lc("CR-L121", AUN, "Carla Reyes", "", """
p can i take out books from the pratt if i live in balto county
p carla.r@example.net
""", "carla.r@example.net policy none BCPL local")

lc("CR-L122", AUN, "Frank Lee", "", """
p looking for info on my great grandfather who worked at the sparrows point steel mill in the 1930s, employment records?
p i'm in virginia, fairfax
p frank.lee@example.com
""", "frank.lee@example.com research specialist - specialist", op="ravi")

lc("CR-L123", AUN, "(301) 555-0158", "", """
p can i renew online
l Which library?
p fred co
p jw at example dot org
""", "jw@example.org circulation none FCPL local", op="ama", written=True)

lc("CR-L124", HCLS, "Hank Ortiz", "", """
p our library in pennsylvania doesnt have this ebook. can i get a card from you? i live in hanover pa
p hank.o@example.net
""", "hank.o@example.net policy none HCLS local", op="terri")

lc("CR-L125", HARFORD, "Sue Park", "", """
p can i get a book through interlibrary loan? its an old textbook nobody has
p sue.park@example.org
""", "sue.park@example.org access none HARFORD local")

lc("CR-L126", HARFORD, "(410) 555-0109", "", """
p i was fired after i reported a safety problem at work in edgewood. is that legal
p email: ray.b@example.com
""", "ray.b@example.com research law HARFORD law", op="ravi")

lc("CR-L127", CARROLL, "Lou Diaz", "", """
p hey my moms library in frederick has kanopy, how do i log into it from your site?
p lou.diaz@example.net
""", "lou.diaz@example.net access none CARROLL local", op="ama")

lc("CR-L128", AUN, "Ola Ade", "", """
p i'm in wilmington, delaware. need statistics on opioid overdoses by county in the region
p ola.ade@example.com
""", "ola.ade@example.com research none - default", op="terri")

lc("CR-L129", AUN, "(410) 555-0186", "", """
p is the glen burnie library open on presidents day
l I'll find out. Email?
p just text me back here
""", "- policy none AACPL no-email")

lc("CR-L130", AUN, "Ruth Kim", "", """
p hi, im a nursing student at stevenson, need peer reviewed articles on fall prevention in older adults
p rkim at example dot com
""", "rkim@example.com research none STEVENSON local", op="ravi", written=True)

lc("CR-L131", AUN, "Abe Stone", "", """
p i have a bcpl card but mostly go to the pratt central because i work downtown
p my hold says ready but where is it
l Which system placed the hold?
p bcpl, pickup at towson
p abe.stone@example.org
""", "abe.stone@example.org circulation none BCPL local", op="ama")

lc("CR-L132", HCLS, "Zoe Tran", "zoe.t@example.net", """
p i live in columbia, cbl is my branch. can a girl scout troop book the meeting room?
l I'll have the branch send the room rules.
""", "= policy none HCLS local", op="terri")

lc("CR-L133", HCLS, "(443) 555-0172", "", """
p ur chat dropped me 3 times
p i just need help w my overdue fine
l I'm sorry the connection is unstable. I'll report it. Email?
p tina.ray@example.com
""", "tina.ray@example.com circulation none HCLS quality")

lc("CR-L134", HARFORD, "Cal Ng", "", """
p my dad died without a will and my brother is living in the house in havre de grace. what happens to it?
p cal.ng@example.org
""", "cal.ng@example.org research law HARFORD law", op="ravi")

lc("CR-L135", CARROLL, "(410) 555-0147", "", """
p looking for old maps of taneytown from the 1800s
l Those are in special collections. Email?
p map.fan@example.net
""", "map.fan@example.net research specialist CARROLL local", op="ama")

lc("CR-L136", AUN, "Jo Kline", "jo.kline@example.com", """
p how do i print from my phone at the library? i'm at the gburg library right now
l You can use the mobile print page. I'll send the steps.
""", "= other none MCPL local", op="terri")

lc("CR-L137", AUN, "(301) 555-0166", "", """
p how do i log into mango languages from home
l Which library card do you have?
p germantwon
p email l.ferrara@example.org
""", "l.ferrara@example.org access none MCPL local")

lc("CR-L138", AUN, "Ben Ross", "", """
p any guide to things to do in ocean city with little kids?
p we live in laurel, the md one not delaware
p b.ross@example.net
""", "b.ross@example.net research none PGCMLS local", op="ravi")

lc("CR-L139", AUN, "(410) 555-0121", "", """
p i'm blind and use voiceover on my phone. the library app buttons aren't read out. can someone help
p email v.lam@example.com
""", "v.lam@example.com access print-disability - print-disability", op="ama")

lc("CR-L140", AUN, "Pia Grant", "", """
p my friend in owings mills uses libby with her card. can i use hers? i live in york pa
p pia.g@example.org
""", "pia.g@example.org policy none - default", op="terri")

lc("CR-L141", AUN, "Will Tan", "will.tan@example.com", """
p i need a good atlas of 19th century maryland counties, the old survey maps
p use wtan.work@example.net for the reply if you can
""", "= research specialist - specialist")

lc("CR-L142", HARFORD, "Rita Moss", "", """
p i cant get into consumer reports from home, it says my card number is wrong
p rita dot moss at example dot org
""", "rita.moss@example.org access none HARFORD local", op="ravi", written=True)

lc("CR-L143", HARFORD, "(410) 555-0133", "", """
p whats the fax number at the library, i need to fax something to the court
p fax.lady@example.com
""", "fax.lady@example.com other none HARFORD local", op="ama")

lc("CR-L144", CARROLL, "Jay Ford", "", """
p i was charged for a lost dvd that i returned to the mount airy branch
p jford@example.net
""", "jford@example.net circulation none CARROLL local", op="terri")

lc("CR-L145", CARROLL, "Amy Cole", "amy.cole@example.org", """
p when are the computer classes for seniors in westminster
l I'll check the calendar and send the dates.
""", "= other none CARROLL local")

lc("CR-L146", AUN, "(410) 555-0150", "", """
p need help w fafsa, what do i need to fill it out. live in hunt valley
p email: Lee.Marsh@Example.Net!
""", "lee.marsh@example.net research none BCPL local", op="ravi")

lc("CR-L147", AUN, "Nell Park", "", """
p the restrooms at the bowie branch have been locked for weeks. is there a reason?
p nell.park@example.com
""", "nell.park@example.com other none PGCMLS local", op="ama")

lc("CR-L148", AUN, "Ed Cho", "", """
p the car dealer in glen burnie wont honor the warranty and says its my problem. can i take them to court
l Where do you live?
p pasadena
p ed.cho@example.net
""", "ed.cho@example.net research law AACPL law", op="terri")

lc("CR-L149", AUN, "Tia Brown", "", """
p trying to look up my grandfather's WWII service records, he was from hagerstown. i live in baltimore city now
p tia.b@example.org
""", "tia.b@example.org research specialist EPFL local")

lc("CR-L150", HCLS, "Sal Reed", "", """
p my screen reader wont read the pdf articles in your database, i'm blind
p sal.reed@example.com
""", "sal.reed@example.com access print-disability HCLS print-disability", op="ravi")

lc("CR-L151", HARFORD, "Ann Cho", "", """
p can my ex move our kids to texas without asking me? we share custody
p ann.cho@example.net
""", "ann.cho@example.net research law HARFORD law", op="ama")

lc("CR-L152", AUN, "(443) 555-0138", "", """
p i have cards at aacpl and pgcmls, i live in crofton. how do i add both to libby
p r.silva@example.org
""", "r.silva@example.org access none AACPL local", op="terri")

lc("CR-L153", AUN, "Gary Fox", "gary.fox@example.com", """
p nobody answered me for 30 min and then the chat closed on me
p i wanted to know about passport photos
""", "= other none - quality")

lc("CR-L154", AUN, "Kim Lo", "", """
p how do i check out a laptop to take home, i go to the wheaton library
p kim.lo@example.net
""", "kim.lo@example.net circulation none MCPL local", op="ravi")

lc("CR-L155", CARROLL, "Mira Singh", "mira.s@example.org", """
p i live in columbia md, can i return your books at an hcls branch?
l I'll check the rules and email you.
""", "= policy none CARROLL local", op="ama")

lc("CR-L156", HCLS, "Dev Shah", "", """
p where can i find sat prep books? need them for the october test
p dev.shah@example.com
""", "dev.shah@example.com research none HCLS local", op="terri")

lc("CR-L157", AUN, "(240) 555-0112", "", """
p i need to renew my books, from the hagerstown library
l Sure. Email for the follow-up?
p no email
""", "- circulation none WCFL no-email")

lc("CR-L158", AUN, "Paul Ives", "", """
p can u help me find census records for my family in 1870 somerset county
p im in salisbury
p paul.ives@example.com
""", "paul.ives@example.com research specialist WICOMICO local", op="ravi")

lc("CR-L159", AUN, "Rosa Lin", "", """
p is there a free legal clinic for people with low income? my landlord is trying to evict me and i live in catonsvile
p rosa.lin@example.org
""", "rosa.lin@example.org research law BCPL law", op="ama")

lc("CR-L160", AUN, "Ned Olsen", "", """
p im a student at anne arundel community college and cant get into the nursing databases from home
p my email is ned.olsen
p @example.com
""", "ned.olsen@example.com access none AACC local", op="terri", written=True)

lc("CR-L161", AUN, "(410) 555-0197", "", """
p hi can you tell me how to request a book from another system? i'm in ann arundel, near deale
p dm.price@example.net
""", "dm.price@example.net access none AACPL local")

lc("CR-L190", HCLS, "Bo Kent", "", """
p are you open today
l Yes, 10 to 8.
""", op="ravi", status=ANS)

lc("CR-L191", AUN, "(410) 555-0144", "", """
p hello
""", op=None, status=LEFT)

lc("CR-L192", HARFORD, "Lia Moss", "lia.m@example.com", """
p how do i renew online
l Log in and choose Renew.
""", op="ama", status=ANS)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def lines_of(chat):
    """(speaker code, text) pairs of a chat's transcript."""
    out = []
    for raw in chat["t"].strip("\n").split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        code, _, text = raw.partition(" ")
        if code not in ("p", "l"):
            raise SystemExit(f"{chat['cid']}: line without a speaker code: {raw!r}")
        out.append((code, text))
    return out


def clock12(t, seconds=True):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M}" + (f":{t:%S}" if seconds else "") + f" {t:%p}"


def names_of(c):
    return {"p": c["patron"], "l": c["lib"]}


def qp_record(c):
    started = local_start(c["start"])
    transcript = "\r\n".join(f"{names_of(c)[code]} ({clock12(t)}): {text}"
                             for t, code, text in timed_lines(c, "r"))
    return {
        "sessionId": c["session"],
        "Question ID": c["cid"],
        "started": f"{started:%Y-%m-%d %H:%M:%S} {started.tzname()}",
        "library": c["origin"],
        "patron": {"name": c["patron"], "email": c["email"]},
        "operator": {"name": c["lib"]} if c["lib"] else None,
        "resolution": c["status"],
        "transcript": transcript,
    }


def qp_text(chats):
    return json.dumps([qp_record(c) for c in by_start(chats)], indent=2,
                      ensure_ascii=False) + "\n"


LC_COLUMNS = ["Chat ID", "Created", "Queue", "Patron", "Email", "Operator", "Resolution",
              "Transcript"]


def lc_row(c):
    started = local_start(c["start"])
    transcript = "\n".join(f"[{clock12(t, seconds=False)}] {names_of(c)[code]}: {text}"
                           for t, code, text in timed_lines(c, "r"))
    return [c["cid"], f"{started:%b} {started.day}, {started.year} {clock12(started, False)}",
            c["origin"], c["patron"], c["email"] or "", c["lib"] or "", c["status"], transcript]


def lc_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(LC_COLUMNS)
    for c in by_start(chats):
        w.writerow(lc_row(c))
    return buf.getvalue()


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("qp_export", "json", QP, qp_text), ("libchat_sms", "csv", LC, lc_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("r", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: r1 (the development half, whose misses were read and
    fixed by kind) trains the category model, r2 stays held out."""
    return "train" if name.startswith("r1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "r", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
PHONE = re.compile(r"\(?\b(\d{3})\)?[ .-]?(\d{3})-(\d{4})\b")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    staff_text = "\n".join(text for code, text in lines_of(c) if code == "l").lower()
    if email and email in staff_text:
        bad(f"e-mail {email!r} is the librarian's")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


QP_LINE = re.compile(r"^([^():\r\n]+) \(([1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM)\): (.*)$")
LC_LINE = re.compile(r"^\[([1-9]|1[0-2]):[0-5]\d (AM|PM)\] ([^:\n]+): (.*)$")
QP_KEYS = ["sessionId", "Question ID", "started", "library", "patron", "operator", "resolution",
           "transcript"]


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "qp_export":
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError("not one JSON array")
        for r in data:
            if list(r) != QP_KEYS:
                raise ValueError(f"keys {list(r)}")
            cid = r["Question ID"]
            if not isinstance(r["sessionId"], int):
                raise ValueError(f"{cid}: sessionId is not a number")
            m = re.match(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (EST|EDT)$", r["started"])
            if not m:
                raise ValueError(f"{cid}: started {r['started']!r}")
            if local_start(m.group(1)).tzname() != m.group(2):
                raise ValueError(f"{cid}: {r['started']} has the wrong zone for its date")
            patron, email = r["patron"]["name"], r["patron"]["email"]
            staff = (r["operator"] or {}).get("name")
            pieces = r["transcript"].split("\r\n")
            if any("\r" in x or "\n" in x for x in pieces):
                raise ValueError(f"{cid}: a line end other than CRLF in the transcript")
            lines = []
            for piece in pieces:
                m = QP_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                if m.group(1) not in (patron, staff):
                    raise ValueError(f"{cid}: a line from {m.group(1)!r}")
                lines.append((m.group(1), m.group(4)))
            out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
        return out
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != LC_COLUMNS:
        raise ValueError(f"header {rows[0]}")
    if not text.endswith("\r\n") or text.count("\r") != len(rows):
        raise ValueError("a carriage return other than at the end of a row")
    for r in rows[1:]:
        if len(r) != len(LC_COLUMNS):
            raise ValueError(f"{r[0]}: {len(r)} cells")
        rec = dict(zip(LC_COLUMNS, r))
        cid, patron, email, staff = rec["Chat ID"], rec["Patron"], rec["Email"], rec["Operator"]
        datetime.strptime(rec["Created"], "%b %d, %Y %I:%M %p")
        lines = []
        for piece in rec["Transcript"].split("\n"):
            m = LC_LINE.match(piece)
            if not m:
                raise ValueError(f"{cid}: line {piece[:40]!r}")
            if m.group(3) not in (patron, staff):
                raise ValueError(f"{cid}: a line from {m.group(3)!r}")
            lines.append((m.group(3), m.group(4)))
        out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = QP + LC
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CR-"):
            problems.append(f"{cid}: chat id without the CR- prefix")
        start = local_start(c["start"])
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{cid}: the patron never speaks")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        if not c["patron"] or ":" in c["patron"] or c["patron"] == c["lib"]:
            problems.append(f"{cid}: patron name {c['patron']!r}")
        if c["sms"] and not re.match(r"^\(\d{3}\) 555-\d{4}$", c["patron"]):
            problems.append(f"{cid}: SMS patron {c['patron']!r} is not a 555 number")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for m in PHONE.finditer(text):
                if m.group(2) != "555":
                    problems.append(f"{cid}: phone {m.group(0)!r} is not a 555 number")
        if c["email"] and not re.search(r"@example\.(org|com|net)$", c["email"].lower()):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, csv.Error), check_label,
                                   lines_of=lines_of)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", QP + LC), ("qp_export", QP), ("libchat_sms", LC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", QP + LC))
    sms_n = sum(1 for c in QP + LC if c["label"] and c["sms"])
    night = sum(1 for c in QP if c["label"] and c["lib"] in ("Kayla", "Marcus", "Jen"))
    written = sum(1 for c in QP + LC if c["label"] and c["written"])
    note = (f"SMS chats among the labelled rows: {sms_n}. Overnight chats answered by the 24/7 "
            f"backup: {night}. Labelled addresses not typed whole (written out, split, "
            f"corrected): {written}.\n")
    return labels_table(cols, QP + LC, note)


if __name__ == "__main__":
    sys.exit(main("r_build", all_texts, check_all, counts))
