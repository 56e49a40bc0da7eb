#!/usr/bin/env python3
"""Writes and checks the "p" part of aun's labelled corpus (p1 in train/, p2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", or with spaces). Chats whose resolution is not "Follow Up By
Patron Library" carry no label and get no labels row. Where the patron asks two things, the
category (and subject need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (p1 and p2):
  pN_overnight.jsonl       JSON Lines from the statewide queue, many chats answered overnight by
                           the national 24/7 cooperative's backup librarians (staff in other
                           states): `chat_id`, `started` (RFC 3339 UTC, `2026-05-04T02:22:31Z`),
                           `account` (the origin: the Maryland AskUsNow! and Pratt accounts,
                           Howard County's and Anne Arundel County's own), `patron_email` ("" or
                           an address), `disposition`, `messages`: a list of objects `{"ts"
                           (seconds since 1970, a JSON number), "role" ("patron", "staff",
                           "system"), "speaker", "text"}`. The message key for the name was
                           `name` in the first draft; aun reads no such key (a message's speaker is
                           `speaker`, `from`, `sender` or `author`), so it is `speaker`.
  pN_libanswers_tsv.tsv    a tab-separated export of a LibAnswers-like system: `Ticket ID`,
                           `Created` (`05/04/2026 10:22 PM`, New York), `Queue`, `Guest Name`,
                           `Guest Email`, `Answered By` (staff first names), `Status`, `Question`
                           (the patron's first message), `Transcript`: lines `[10:22 PM] Name:
                           text` joined by LF inside the quoted cell; CRLF between rows; a cell
                           holding a quote, tab or line end is quoted (`""` for a quote). The
                           first draft's `Ticket` and `Assigned To` are read by no alias of aun's,
                           so they are `Ticket ID` and `Answered By`.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then p1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/p_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/p_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

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
    address_problems, export_texts, half_files, label_row, labels_csv, labels_table, lines_of, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"
CLOSED = "Closed"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
HOWARD = "Howard County Library System"
ANNE = "Anne Arundel County Public Library"
FREDERICK = "Frederick County Public Libraries"
STEVENSON = "Stevenson University Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {HOWARD: "HCLS", ANNE: "AACPL", FREDERICK: "FCPL", STEVENSON: "STEVENSON"}

OV = []  # the overnight JSON Lines chats
TK = []  # the LibAnswers-like TSV chats

# Backup librarians of the national cooperative (other states) and Maryland staff; Denton and
# Brooklyn, Laurel and Easton are first names that are also places.
OV_STAFF = {"marisol": "Marisol", "denton": "Denton", "jun": "Jun", "brooklyn": "Brooklyn"}
TK_STAFF = {"laurel": "Laurel", "easton": "Easton", "priya": "Priya", "ken": "Ken"}


def _start(n, seed, night):
    """The n-th chat of a style starts on a May 2026 day (New York): overnight chats between
    10 pm and 7 am, the others between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 5, 4) + timedelta(days=(n * 4) // 9)
    hour = rng.choice([22, 23, 24, 25, 26, 27, 28, 29, 30]) if night else rng.randint(9, 20)
    return (day + timedelta(hours=hour, minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def ov(cid, account, guest, email, t, label=None, op="marisol", status=FU, written=False,
       night=True):
    """A chat of the overnight JSON Lines. guest: the name typed (empty: `Guest NNNN`); email
    None is ""."""
    rng = random.Random("p-ov-name-" + cid)
    OV.append(dict(cid=cid, start=_start(len(OV), "p-ov-" + cid, night), origin=account,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=OV_STAFF[op] if op else None, status=status,
                   written=written))


def tk(cid, queue, guest, email, t, label=None, op="laurel", status=FU, written=False):
    """A chat of the LibAnswers-like TSV. guest: the name typed (empty: `Guest NNNN`)."""
    rng = random.Random("p-tk-name-" + cid)
    TK.append(dict(cid=cid, start=_start(len(TK), "p-tk-" + cid, False), origin=queue,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=TK_STAFF[op] if op else None, status=status,
                   written=written))

# ---------------------------------------------------------------------------------------------
# The overnight JSON Lines (pN_overnight.jsonl): the statewide queue, Pratt, Howard County's and
# Anne Arundel County's own accounts; backup librarians from other states at night
# ---------------------------------------------------------------------------------------------

ov("CP-J101", AUN, "", None, """
s Chat started
l Hi, I'm a librarian in Ohio helping with Maryland's service tonight. What can I do for you?
p my hold at the odenton library was supposed to be ready today but its not on the shelf
l I'm sorry! I can't see Maryland accounts from here, so I'll have Anne Arundel check it. Email?
p keisha.l@example.com
""", "keisha.l@example.com circulation none AACPL local", op="marisol")

ov("CP-J102", AUN, "Norm", "norm.feld@example.net", """
p How do I get an interlibrary loan for a book from the 1970s my library doesn't have? I'm in Rockville.
l This is Denton, a librarian in Texas covering tonight. Montgomery County can request it for you; I'll pass this along.
""", "= access none MCPL local", op="denton")

ov("CP-J103", AUN, "Guest 6604", "ivy.chen@example.org", """
p libby says something went wrong every time i try to borrow
l Hi! I work at Daniel Boone Regional Library in Columbia, Missouri, and I'm covering Maryland's chat tonight.
l Which Maryland library card are you using in Libby?
p i'd rather not say, just need it fixed
l OK, I'll send this to the Maryland coordinators to follow up.
""", "= access none - default", op="jun")

ov("CP-J104", AUN, "", None, """
p my landlord changed the locks while i was at work and all my stuff is inside
p can he do that without going to court??
l I'm a librarian in Ohio helping Maryland tonight. A Maryland law librarian can send you information. Where do you live?
p essex
p bfields@example.org
""", "bfields@example.org research law BCPL law", op="marisol")

ov("CP-J105", AUN, "Lou", None, """
p i'm losing my sight from glaucoma. can the library send me audiobooks on a player?
l I'm a backup librarian in Washington state. Yes, Maryland has a free program for that. What's your email?
p lou dot brandt at example dot org
""", "lou.brandt@example.org policy print-disability - print-disability", op="jun", written=True)

ov("CP-J106", AUN, "Patty", "patty.g@example.com", """
p looking for my grandfather's WWII draft card, he lived in cumberland md
p i live in florida now
l I'll pass this to a genealogy specialist in Maryland.
""", "= research specialist - specialist", op="denton")

ov("CP-J107", HOWARD, "", None, """
p is the library open on memorial day
l Most branches are closed on Memorial Day.
p ok. also can i renew the laptop i borrowed, its due tuesday. from the glenwood branch
l I'll ask circulation to check it. Email?
p ahmed.r@example.net
""", "ahmed.r@example.net circulation none HCLS local", op="brooklyn", night=False)

ov("CP-J108", ANNE, "", "gus.pappas@example.com", """
p fine on my acct 4.50 why
l I'll have circulation look at what it's for and email you.
""", "= circulation none AACPL local", op="brooklyn", night=False)

ov("CP-J109", AUN, "Tina", None, """
p do libraries in maryland still do late fines or is that gone now
l I'm covering from a library in Oregon tonight. Many Maryland systems went fine-free, but I'll have a Maryland librarian confirm. Email?
p tina.marsh@example.com
""", "tina.marsh@example.com policy none - default", op="jun")

ov("CP-J110", PRATT, "", None, """
p do you lend hotspots? who can borrow one and for how long
p i live in pigtown
l I'll ask Pratt to send the rules. What email?
p r.oduya@example.org
""", "r.oduya@example.org policy none EPFL local", op="marisol")

ov("CP-J111", AUN, "Hank", "hank.b@example.net", """
p how do i get the hotspot i borrowed to connect to my laptop? the light just blinks
p got it from the elkridge branch yesterday
l I'm a librarian in Texas covering tonight. I'll have Howard County send the setup guide.
""", "= other none HCLS local", op="denton")

ov("CP-J112", AUN, "Gloria", "gloria.f@example.com", """
p how do i attach a photo to an email on my iphone
l Happy to help. Which mail app do you use?
p the one that came on it
l I'll send steps with screenshots.
""", "= other none - default", op="jun")

ov("CP-J113", AUN, "", None, """
p the overdrive book i borrowed wont open on my nook. adobe digital editions says E_ACT_NOT_READY
p my card is balt city
l I'll have Pratt's e-resources staff follow up. Email?
p cyrus.a@example.net
""", "cyrus.a@example.net access none EPFL local", op="marisol")

ov("CP-J114", AUN, "Jaylen", None, """
p my school said use world book online through the library but it says invalid barcode
p im in 7th grade in bowie
l I'll ask Prince George's to check your card. Can you give an email (or a parent's)?
p jaylen.parent@example.org
""", "jaylen.parent@example.org access none PGCMLS local", op="denton")

ov("CP-J115", AUN, "", None, """
p what were the main causes of the war of 1812? need 3 reasons with sources
l Is this for a class?
p yea history
l I'll send you sources. Email?
p zoe.k@example.cmo
p sorry zoe.k@example.com
""", "zoe.k@example.com research none - default", op="jun")

ov("CP-J116", ANNE, "Bernard", "bernard.o@example.org", """
p Can I print from home and pick it up at the library? It's a resume. I use the Severn library.
l Yes, through the print portal. I'll email you the link.
""", "= other none AACPL local", op="brooklyn", night=False)

ov("CP-J117", AUN, "Guest 3377", "wilma.t@example.net", """
p waited 25 minutes and the librarian left without answering. terrible service.
l I'm so sorry. I'm a backup librarian in Ohio; I'll report this to the Maryland coordinators.
""", "= other none - quality", op="marisol")

ov("CP-J118", AUN, "Carmen", "carmen.v@example.com", """
p how do i get my daughter a library card, she's 8. we're in westminster
l Your messages keep arriving garbled and the chat disconnected twice. I'll report the connection problem and have Carroll County email you.
""", "= policy none CARROLL quality", op="denton")

ov("CP-J119", AUN, "", None, """
p Mi arrendador no me devuelve el depósito de seguridad y ya me mudé hace dos meses. ¿Qué puedo hacer?
l Lo siento. Una bibliotecaria de derecho le puede enviar información. ¿Dónde vive?
p Vivo en Silver Spring
p correo: alba.quiroz@example.net
""", "alba.quiroz@example.net research law MCPL law", op="marisol")

ov("CP-J120", AUN, "Hector", "hector.m@example.org", """
p No puedo entrar a Libby con mi tarjeta de la biblioteca del condado de Howard
l Lo siento. Le pido a la biblioteca de Howard County que le escriba.
""", "= access none HCLS local", op="jun")

ov("CP-J121", AUN, "", None, """
p im in new jersey, researching my family who lived in annapolis in the 1800s. do you have church records
l I'm a librarian in Texas helping tonight. I'll pass this to a Maryland genealogy specialist. Email?
p dpriest@example.com
""", "dpriest@example.com research specialist - specialist", op="denton")

ov("CP-J122", AUN, "Guest 8123", "kayla.s@example.net", """
p for my 10th grade report on the great baltimore fire i need a couple good sources
l Sure! Do you need print books or websites?
p either
l I'll email you a list.
""", "= research none - default", op="jun")

ov("CP-J123", AUN, "", None, """
p do u have The Firm or The Pelican Brief as audiobooks in libby? cant find them
p my card is from harford county
l I'll have Harford check their e-audiobook collection. Email?
p ron.ellis@example.org
""", "ron.ellis@example.org access none HARFORD local", op="marisol")

ov("CP-J124", AUN, "Dottie", "dottie.w@example.com", """
p my hold on The Landlord's Daughter came in but i cant pick it up until next week. can you extend it?
p i live in prince frederick
l I'll ask Calvert Library to extend the pickup.
""", "= circulation none CALVERT local", op="denton")

ov("CP-J125", AUN, "", None, """
p do you have obituaries from the cumberland times in the 1960s? my uncle died in 1967
p i live in frostburg
l I'll pass this to someone with access to the old newspapers. Email?
p sgates@example.net
""", "sgates@example.net research specialist ALLEGANY local", op="jun")

ov("CP-J126", PRATT, "Olu", "olu.bankole@example.org", """
p when was the hampden library branch built? im leading a neighborhood history walk
p i live in hampden
l I'll ask Pratt's local history librarians.
""", "= research specialist EPFL local", op="brooklyn", night=False)

ov("CP-J127", AUN, "", None, """
p my husband and i are separating and i want to know if i can keep the house
l I'm sorry. A law librarian can send information. What email should we use?
p i'd rather not give my email
l I understand. You can call the Maryland Court Help Center too.
""", "- research law - no-email", op="marisol")

ov("CP-J128", AUN, "Guest 2045", None, """
p cant get into consumer reports from home. it says my ip isnt recognized
l Which library card do you have? And an email for follow-up?
p no email
""", "- access none - no-email", op="denton")

ov("CP-J129", AUN, "", None, """
p my interlibrary loan request wont submit. the form is https://forms.example.net/ill-request?contact=ill.desk@example.net and it errors
p hoco card
l I'll have Howard County check it. What's your email?
s The patron has left the chat.
""", "- access none HCLS no-email", op="jun")

ov("CP-J130", AUN, "", None, """
p last time the chat librarian was rude and told me to just google it.
p anyway i need articles about autism and diet for a paper. im at UMBC
l I'm sorry about that, I'll report it. I'll have UMBC's librarians send articles. Email?
p ejohns3@example.com
""", "ejohns3@example.com research none UMBC quality", op="marisol")

ov("CP-J131", AUN, "Guest 5012", "pilar.c@example.org", """
p can i bring my service dog into the library? i live in havre de grace
l Service animals are welcome in libraries; I'll have Harford County email their policy.
""", "= policy none HARFORD local", op="denton")

ov("CP-J132", ANNE, "", "joel.w@example.net", """
p do you rent rooms for birthday parties? what are the rules
l I'll send you the meeting room policy.
""", "= policy none AACPL local", op="brooklyn", night=False)

ov("CP-J133", AUN, "Sheila", "sheila.b@example.com", """
p where do i park at the annapolis library? i live in crofton and never been
l I'm a librarian in Ohio covering tonight. I'll have Anne Arundel send parking directions.
""", "= other none AACPL local", op="marisol")

ov("CP-J134", AUN, "", None, """
p any free concerts or teen events this month? in bowie
l I'll have Prince George's send their event listings. Email?
p teen.mom22@example.org
""", "teen.mom22@example.org other none PGCMLS local", op="jun")

ov("CP-J135", AUN, "Frank", "frank.d@example.net", """
p i returned my books in the dropbox sunday but the app still says overdue
p pikesville branch
l I'll pass it to Baltimore County to check in.
""", "= circulation none BCPL local", op="denton")

ov("CP-J136", AUN, "Guest 1440", "yusuf.a@example.com", """
p the nytimes pass says code expired when i try to redeem it
l I'll have a Maryland librarian send you a new code.
""", "= access none - default", op="jun")

ov("CP-J137", AUN, "", None, """
p what is the population of howard county? im in pennsylvania, thinking of moving there
l I'll send the latest census figures. Email?
p mkeller@example.org
""", "mkeller@example.org research none - default", op="marisol")

ov("CP-J138", AUN, "Quinn", "quinn.r@example.net", """
p how do i cite a youtube video in apa 7
p im a student at frostburg state
l I'll have the Ort Library send an example.
""", "= research none FSU local", op="denton")

ov("CP-J139", PRATT, "", None, """
p how many ebooks can i borrow at a time on libby with my pratt card
l Let me check Pratt's limit. Email?
p lena.b@example.com
""", "lena.b@example.com policy none EPFL local", op="brooklyn", night=False)

ov("CP-J140", HOWARD, "", "tmcgee@example.org", """
p my card got stolen. how do i block it and get a new one
l I'll have circulation block it and email you.
""", "= circulation none HCLS local", op="brooklyn", night=False)

ov("CP-J141", AUN, "", None, """
p the font in the libby app is too small even at max. i have low vision
p i live in annapolis
l I'll have someone follow up with options. Email?
p o.grant@example.net
""", "o.grant@example.net access print-disability AACPL print-disability", op="jun")

ov("CP-J142", AUN, "Nadia", None, """
p can i get braille magazines through the library? i'm blind
l Yes, I believe so. What email can I give the follow-up librarian?
p nadia(at)example(dot)net
""", "nadia@example.net policy print-disability - print-disability", op="marisol", written=True)

ov("CP-J143", AUN, "Guest 7751", "vance.j@example.com", """
p how do i get my record expunged for a shoplifting charge from 2015
p i'm in edgewater
l A law librarian will send you the forms.
""", "= research law AACPL law", op="denton")

ov("CP-J144", AUN, "", None, """
p our neighbor's fence is 3 feet onto our property according to the survey. what can we do
p we're in thurmont
l A law librarian can send you information. Email?
p the.hulls@example.org
""", "the.hulls@example.org research law FCPL law", op="jun")

ov("CP-J145", PRATT, "Reggie", "reggie.c@example.net", """
p my sister passed away without a will. her house was in her name only. what happens to it
l I'm so sorry for your loss. A law librarian will follow up with information on estates.
""", "= research law - law", op="brooklyn", night=False)

ov("CP-J146", AUN, "", "abe.lowry@example.com", """
p looking for military records for my great uncle who served in the civil war from maryland
l I'm a librarian in Washington state. I'll pass this to a Maryland specialist.
""", "= research specialist - specialist", op="jun")

ov("CP-J147", HOWARD, "Guest 6231", "pkline@example.org", """
p i want to know who owned my house in ellicott city in 1880. where are the land records
l I'll ask our local history librarian.
""", "= research specialist HCLS local", op="brooklyn", night=False)

ov("CP-J148", AUN, "", None, """
p i need mortgage rate trends for the last 10 yrs
p bel air
l I'll have Harford send sources. Email?
p dmcnally@example.net
""", "dmcnally@example.net research none HARFORD local", op="marisol")

ov("CP-J149", AUN, "Guest 9902", "rhoda.p@example.com", """
p do you have a scanner i can use to scan old photos to a usb? i live in aberdeen
l I'm a librarian in Texas covering tonight. I'll have Harford County email the details.
""", "= other none HARFORD local", op="denton")

ov("CP-J150", ANNE, "", "ike.n@example.org", """
p my book is due tomorrow and it wont let me renew, says someone has a hold
l I'll ask circulation what can be done.
""", "= circulation none AACPL local", op="brooklyn", night=False)

ov("CP-J151", AUN, "", None, """
p do i need proof of address to get a card? just moved to laurel from georgia
l I'll have Prince George's send what they accept. Email?
p cassie.w@example.com
""", "cassie.w@example.com policy none PGCMLS local", op="jun")

ov("CP-J152", AUN, "Guest 3390", "lbryant@example.net", """
p the proxy login for jstor at aacc says too many redirects
l I'll have the Truxal Library check the proxy.
""", "= access none AACC local", op="marisol")

ov("CP-J153", AUN, "", "fern.o@example.com", """
p how 2 delete my facebook acct
l I'll email you the steps.
""", "= other none - default", op="denton")

ov("CP-J154", AUN, "", None, """
p lost my library book on the bus. what now
p balt county
l I'll have BCPL email you. Email?
p tj.b@example.org
""", "tj.b@example.org circulation none BCPL local", op="jun")

ov("CP-J155", AUN, "Guest 4419", "ana.lopez@example.net", """
p best books on starting a bakery business? im in gaithersburg
l I'll have Montgomery County send a list.
""", "= research none MCPL local", op="marisol")

ov("CP-J156", AUN, "", "bo.chen@example.com", """
p this is the third time the chat kicked me out!!!
p i just want to know if my interlibrary loan book came in
l I'm so sorry. I'll report the disconnects and have someone check your request.
""", "= access none - quality", op="denton")

ov("CP-J157", AUN, "", None, """
p r libraries open on juneteenth
l Most Maryland libraries close that day; I'll confirm. Email?
p kp.2@example.org
""", "kp.2@example.org policy none - default", op="jun")

ov("CP-J158", AUN, "", None, """
p you people are useless
p shut up and do your job, idiot
l I'm ending this chat now.
""", "- other none - no-email", op="marisol")

ov("CP-J159", HOWARD, "", "zhu.l@example.net", """
p i need statistics on lyme disease in maryland for a health class
l I'll send state data and some articles.
""", "= research none HCLS local", op="brooklyn", night=False)

ov("CP-J160", AUN, "", None, """
p how do i send a libby book to my kindle? the button isnt there
p im in columbia, in howard county
l I'll have Howard County follow up. Email?
p mae.t@example.com
""", "mae.t@example.com access none HCLS local", op="jun")

ov("CP-J161", AUN, "Guest 5550", "roy.k@example.org", """
p what's the phone number for the laurel branch
l 301-555-0147. Have a good night!
""", status=ANS, op="denton")

ov("CP-J162", AUN, "Guest 1001", None, """
p hi
""", status=LOST, op=None)

ov("CP-J163", AUN, "", "glen.h@example.net", """
p my husband had a stroke and can't hold a book or turn pages anymore. is there a service that helps?
p we're in lusby
l Yes, there's a program for that. I'll have them email you.
""", "= policy print-disability CALVERT print-disability", op="marisol")

ov("CP-J164", AUN, "Maribel", "maribel.o@example.com", """
p El bibliotecario anterior no me entendió y cerró el chat. Muy mal servicio.
l Lo siento mucho. Voy a reportarlo a los coordinadores.
""", "= other none - quality", op="jun")

ov("CP-J165", AUN, "", None, """
p i'm a teacher in new castle, delaware. can my students use maryland's databases?
l I'm a librarian in Ohio. Usually databases are for cardholders, but I'll ask a Maryland librarian. Email?
p mrs.ogle@example.com
""", "mrs.ogle@example.com policy none - default", op="marisol")

ov("CP-J166", AUN, "", None, """
p the ebook i borrowed from the library returned itself early and i lost my place. i was on chapter 30
p card from frederick county
l I'll have Frederick County's e-resources staff check. Email?
p walt.s@example.org
""", "walt.s@example.org access none FCPL local", op="denton")

# ---------------------------------------------------------------------------------------------
# The LibAnswers-like TSV (pN_libanswers_tsv.tsv): the statewide queue, Pratt, Frederick County's
# and Stevenson University's own queues; Maryland staff answering
# ---------------------------------------------------------------------------------------------

tk("CP-T101", AUN, "", None, """
p does the library charge fines for late books
l Some Maryland systems stopped charging overdue fines a few years ago. Which library do you usually use?
p aacpl, glen burnie. just curious before i borrow a stack for my kids
l I'll ask Anne Arundel to confirm their current rule. What's your email?
p r.haddad@example.org
""", "r.haddad@example.org policy none AACPL local")

tk("CP-T102", AUN, "Marlene", "marlene.v@example.com", """
p There's a $12 fine on my account and it says I can't check anything out.
p I returned that book weeks ago, I'm sure of it.
l I'm sorry about that. Which library is your card from?
p BCPL, I go to the Catonsville branch
l Thanks, I'll send this to Baltimore County so they can look at your account.
""", "= circulation none BCPL local", op="easton")

tk("CP-T103", AUN, "", None, """
p i quit my job 3 weeks ago and my boss still hasnt paid me for my last two weeks
p what can i do? he wont answer my texts
l I'm sorry. A law librarian can send you information on wage claims in Maryland. Where do you live?
p hyattsville
l And an email for the follow-up?
p m dot okafor at example dot net
""", "m.okafor@example.net research law PGCMLS law", op="priya", written=True)

tk("CP-T104", AUN, "Devon", "devon.ashby@example.net", """
p my hotspot from the germantown library is due friday. can i keep it 2 more weeks? my internet isnt fixed yet
l Hotspot loans often can't be renewed if others are waiting, but I'll have Montgomery County check yours.
""", "= circulation none MCPL local", op="ken")

tk("CP-T105", AUN, "Grace", "grace.liu@example.org", """
p I got a Kindle Paperwhite for my birthday. How do I connect it to my home wifi and register it?
l Happy to help. Is it the newest model?
p I think so, it came in a green box
l I'll email you step-by-step instructions with pictures.
""", "= other none - default", op="laurel")

tk("CP-T106", AUN, "", None, """
p hoopla says i reached my monthly limit but i only borrowed 2 things this month??
l That's odd. Which library card do you use with hoopla?
p howard county
p email is cjbrennan@example.com
""", "cjbrennan@example.com access none HCLS local", op="easton")

tk("CP-T107", AUN, "Fatima", "fatima.n@example.net", """
p Can I get a book that my library doesn't own from another library? It's The Warmth of Other Suns
l Yes, that's interlibrary loan. Which library do you use?
p I live in Elkton
l I'll pass this to Cecil County so they can place the request with you.
""", "= access none CECIL local", op="priya")

tk("CP-T108", AUN, "", None, """
p my hold on Lessons in Chemistry has said in transit for 9 days
p its supposed to go to the severna park library. where is it
l Let me have Anne Arundel County track it. What email should they use?
p tbowie@example.org
""", "tbowie@example.org circulation none AACPL local", op="ken")

tk("CP-T109", AUN, "Liam", None, """
p my teacher assigned the gale database for our essay and it keeps asking me for a library card number
p i typed mine and it says invalid
l Which library gave you the card?
p idk my mom got it for me
l Could you send me an email so someone can help you log in?
p liam.ortega09@example.com
""", "liam.ortega09@example.com access none - default", op="laurel")

tk("CP-T110", AUN, "Sade", "sade.w@example.org", """
p I need peer-reviewed articles on microplastics in the Chesapeake Bay for my bio paper
l Is this for a class assignment?
p yes, BIO 112. I'm a student at AACC
l Great, I'll have the Truxal Library's librarians send you some search strategies.
""", "= research none AACC local", op="easton")

tk("CP-T111", AUN, "", None, """
p how do i send a pdf from my phone to the library printer? the wireless printing page confuses me
p im at the bel air branch right now
l You upload it on the printing site and then release it at the print station. I'll have Harford send you the link. Email?
p quinn.a@example.net
""", "quinn.a@example.net other none HARFORD local", op="priya")

tk("CP-T112", AUN, "Guest 5521", "ohenry@example.com", """
p do u have a fax machine? need to fax 3 pages to my insurance co tmrw
l Hi, this is Laurel. Many branches do. Which library is closest to you?
p not sure yet, ill be driving around for work
l No problem, I'll email you a list of libraries with fax service.
""", "= other none - default", op="laurel")

tk("CP-T113", AUN, "Tanya", "tanya.reid@example.org", """
p is there a lego club for kids this saturday at the wheaton library? my son wants to go
l I'll check Montgomery County's events calendar for Wheaton and send it to you.
""", "= other none MCPL local", op="ken")

tk("CP-T114", FREDERICK, "Howard", "h.kessler@example.net", """
p What are the rules for booking the large meeting room? Can a nonprofit charge admission for an event there?
l Good question. I'll ask our branch services office and email you the meeting room policy.
""", "= policy none FCPL local", op="easton")

tk("CP-T115", PRATT, "", None, """
p i live in hampden. whats the best way to get to the central library on cathedral st by bus
l The CityLink Blue is one choice. I'll email a route map. Address?
p bus.rider.jo@example.com
""", "bus.rider.jo@example.com other none EPFL local", op="priya")

tk("CP-T116", AUN, "Annette", "annette.cole@example.org", """
p The librarian I chatted with last night just stopped answering and closed the chat on me. Very rude.
l I'm so sorry that happened. I'll pass your comments to the AskUsNow! coordinators.
p Thank you.
""", "= other none - quality", op="laurel")

tk("CP-T117", AUN, "", None, """
p my ex didnt bring our daughter back after his weekend and we have a court order
p what am i supposed to do, the police said its civil
l I'm sorry. I'll have a law librarian send you information. Where do you live?
p waldorf
p my email is kfontaine@example.net
""", "kfontaine@example.net research law CHARLES law", op="ken")

tk("CP-T118", AUN, "Ruth", "ruth.ames@example.com", """
p My dad can't see the print in books anymore since his stroke. Is there any way he can still read?
l There are services for readers who can't use regular print. Where does he live?
p We both live in Salisbury
l I'll have someone email you about the program and who qualifies.
""", "= policy print-disability WICOMICO print-disability", op="easton")

tk("CP-T119", AUN, "Ewa", "ewa.nowak@example.org", """
p I'm trying to find my great-grandmother's immigration record. She came through Baltimore around 1905 from Poland.
l Where are you located?
p I live in Ohio
l I'll pass this to a genealogy specialist who can look at the passenger lists.
""", "= research specialist - specialist", op="priya")

tk("CP-T120", AUN, "", None, """
p who was the bel air racetrack named for and when did it close? im giving a talk at my rotary club
l Fun topic! Do you live in Harford County?
p yes, in aberdeen
p email: dmarsh@example.com
l I'll ask a local history librarian to follow up.
""", "dmarsh@example.com research specialist HARFORD local", op="laurel")

tk("CP-T121", AUN, "Kiran", None, """
p I'm writing a novel set in Ocean City in the 1950s and need photos of the boardwalk from then
l Where do you live? It helps us find the right library.
p Pennsylvania, near Harrisburg
p you can reach me at kpatel(at)example(dot)org
""", "kpatel@example.org research specialist - specialist", op="ken", written=True)

tk("CP-T122", AUN, "Benji", "benji.r@example.net", """
p im #14 on the hold list for The Lincoln Lawyer at pratt. any way to see how long the wait is?
l I'll ask Pratt to check your place in line.
""", "= circulation none EPFL local", op="easton")

tk("CP-T123", AUN, "", None, """
p my book club is reading Evicted. does the library lend book club kits and how long can we keep them
l Many do! Which library system are you near?
p we're in columbia, md
p cora.blum@example.org
""", "cora.blum@example.org policy none HCLS local", op="priya")

tk("CP-T124", AUN, "", None, """
p pin reset pls cant log in acct
l Which library?
p moco
l email?
p jr.b@example.com
""", "jr.b@example.com circulation none MCPL local", op="ken")

tk("CP-T125", AUN, "Wes", "wes.tran@example.org", """
p what time does the towson branch close tonight
l It closes at 9 pm tonight.
p ok thx. also libby keeps crashing every time i open a book on my ipad
l I'll have BCPL's e-resources staff look into it and email you.
""", "= access none BCPL local", op="laurel")

tk("CP-T126", AUN, "Rosa", None, """
p Hola, quiero saber si puedo sacar una tarjeta de la biblioteca si no tengo licencia de conducir.
p Vivo en Langley Park.
l Hola Rosa. Le pido a la biblioteca de Prince George's que le escriba. ¿Su correo electrónico?
p mi correo es rosa.mejia@example.net
""", "rosa.mejia@example.net policy none PGCMLS local", op="priya")

tk("CP-T127", AUN, "", None, """
p i got a bill for a lost dvd but i returned it in the drop box at white marsh branch
l I'll ask Baltimore County to check the return. Your email?
p tkim@example.con
p oops tkim@example.com
""", "tkim@example.com circulation none BCPL local", op="easton")

tk("CP-T128", AUN, "", None, """
p my bcpl password reset link doesnt work
p its https://accounts.example.org/reset?user=dwhite@example.org&t=88 and it says expired
l I can have Baltimore County help. What email should they write to?
p i dont want to give an email out here, ill call them
""", "- circulation none BCPL no-email", op="ken")

tk("CP-T129", AUN, "Guest 7730", None, """
p can i scan documents to my email at the library or just to a usb
l Most branches can do both. I can have someone confirm; may I have your email?
p no thanks, just wanted a quick answer
""", "- other none - no-email", op="laurel")

tk("CP-T130", AUN, "Pam", "pam.okoye@example.com", """
p Can kids under 13 use the library computers without a parent there?
l Rules differ by system. Which one do you use?
p Just asking in general, we travel a lot
l I'll have the coordinator send you what the larger systems allow.
""", "= policy none - default", op="priya")

tk("CP-T131", AUN, "Guest 2290", "nblake@example.org", """
p i need census data on household income for my zip code for a grant application
l I can help with that. Sorry, the chat keeps dropping your messages on my end. I'll report the connection problem and someone will email you the data.
p ok
""", "= research none - quality", op="ken")

tk("CP-T132", AUN, "", None, """
p i got a possession charge dismissed in 2019 and it still shows up on background checks
p its costing me jobs
l I'm sorry. A law librarian can send you information about clearing records. Where do you live?
p hagerstown
p mail is andre.w@example.net
""", "andre.w@example.net research law WCFL law", op="easton")

tk("CP-T133", AUN, "Victor", "victor.s@example.com", """
p My mechanic kept my car and charged me double what he quoted. How do I sue him for under $5000?
l I'll have a law librarian send you the forms and guides for the District Court.
""", "= research law - law", op="laurel")

tk("CP-T134", AUN, "", None, """
p my laptop wont connect to any wifi at home, everything else does. can u help me fix it
l I'll try. What kind of laptop?
p an old hp. im in dundalk if that matters
p email ltorres@example.org
""", "ltorres@example.org other none BCPL local", op="priya")

tk("CP-T135", AUN, "Celeste", "celeste.d@example.net", """
p How do I get the Washington Post through the library? It asks me for a code I don't have.
l Which library card do you have?
p PG County
l I'll have Prince George's send you how to get the code.
""", "= access none PGCMLS local", op="ken")

tk("CP-T136", AUN, "", None, """
p need 2 sources about the b&o railroad for my 8th grade history project. websites are ok
l Is this for school?
p yes. we live in ellicott city
p email: maya.h.2012@example.com
""", "maya.h.2012@example.com research none HCLS local", op="easton")

tk("CP-T137", AUN, "Joyce", "joyce.p@example.org", """
p My library card expired. How do I renew it? I'm in Easton.
l Hi, I'm Laurel! Talbot County can renew it; I'll pass your question to them.
""", "= circulation none TALBOT local", op="laurel")

tk("CP-T138", AUN, "", None, """
p how long can you keep a dvd before its late
l It depends on the library. Which one?
p i live in pasadena md
p hleong@example.net
""", "hleong@example.net policy none AACPL local", op="priya")

tk("CP-T139", AUN, "Irene", "irene.falk@example.com", """
p I have macular degeneration and even the large print books are getting hard.
p Are there audiobooks that can be mailed to me? I live in Rockville.
l Yes, there's a free service for readers with low vision. I'll have them email you.
""", "= policy print-disability MCPL print-disability", op="ken")

tk("CP-T140", AUN, "", None, """
p im blind and use jaws. the proquest articles come up as images and jaws cant read them
p im a student at towson university
l I'm sorry. I'll ask someone to send accessible versions and ways around it. Email?
p n.abara@example.org
""", "n.abara@example.org access print-disability TOWSON print-disability", op="easton")

tk("CP-T141", AUN, "Sam", None, """
p Who qualifies for the talking book program? My mother-in-law is 92 and her hands shake so she can't hold a book.
l She may well qualify. What email should the follow-up go to?
p sam @ example . net
""", "sam@example.net policy print-disability - print-disability", op="laurel", written=True)

tk("CP-T142", STEVENSON, "Guest 1180", "hdiaz@example.com", """
p for my history seminar i need land records for a farm in baltimore county in the 1850s
l That's a great project. Do you know the owner's name?
p yes, josiah pettit
l I'll pass this to a librarian who knows the land records.
""", "= research specialist STEVENSON local", op="priya")

tk("CP-T143", STEVENSON, "Omar", "omar.h@example.org", """
p can i renew the laptop i borrowed from the library for another week
l I'll have circulation check whether it can be renewed.
""", "= circulation none STEVENSON local", op="ken")

tk("CP-T144", STEVENSON, "", None, """
p off campus the databases keep saying my login is invalid
l Are you logging in with your student ID?
p yes. same as canvas
p email rparker4@example.net
""", "rparker4@example.net access none STEVENSON local", op="easton")

tk("CP-T145", AUN, "Helen", "helen.gray@example.com", """
p Does anyone at the library notarize documents? I need a form notarized for my car title.
l Some branches do. Where do you live?
p Sykesville
l I'll have Carroll County email you the times.
""", "= other none CARROLL local", op="laurel")

tk("CP-T146", AUN, "", None, """
p i live in DC. can non-residents get a card at maryland libraries or do we have to pay
l Some Maryland systems give cards to people who work or go to school there. I'll have someone send details. Email?
p jbarnes@example.org
""", "jbarnes@example.org policy none - default", op="priya")

tk("CP-T147", AUN, "Kev", "kev.m@example.net", """
p whats the wifi password at my branch, edgewood
l I'll ask Harford County to email it to you.
""", "= other none HARFORD local", op="ken")

tk("CP-T148", AUN, "Denise", "denise.a@example.org", """
p I asked last week for GED study books and was told someone would email me in 72 hours. Nothing came.
p I still need them. Reading and math.
l I'm very sorry. I'll report the missed follow-up and make sure someone writes to you.
""", "= research none - quality", op="easton")

tk("CP-T149", AUN, "", None, """
p what are the side effects of metformin? can u find something reliable, not a random website
l Of course. Which library do you usually use?
p the brunswick library
p email peggy.l@example.com
""", "peggy.l@example.com research none FCPL local", op="laurel")

tk("CP-T150", AUN, "Darnell", "darnell.k@example.com", """
p I need data on how many food trucks operate in Maryland for a business plan
l I'll have a librarian pull the licensing numbers and industry data.
""", "= research none - default", op="priya")

tk("CP-T151", AUN, "", None, """
p my dog chewed the corner of a library book. what do i do, how much will they charge me
l Which library is the book from?
p balto co
p mia.s@example.org
""", "mia.s@example.org circulation none BCPL local", op="ken")

tk("CP-T152", AUN, "Earl", None, """
p how do I set up an email account? my grandson isn't around to help
l I can help with that! Do you have an email address I could send steps to?
p I don't have email, that's why I'm asking
l Understood. Let me walk you through it now.
""", "- other none - no-email", op="laurel")

tk("CP-T153", AUN, "Nina", "nina.f@example.com", """
p what time does the glen burnie library open tomorrow
l 10 am. Have a good night!
""", status=ANS, op="easton")

tk("CP-T154", AUN, "Guest 9011", None, """
p hello??
""", status=CLOSED, op=None)

tk("CP-T155", AUN, "", None, """
p its been 3 weeks with no heat in my apartment in glen burnie and the landlord ignores my calls
p i have a baby
l I'm so sorry. A law librarian will send you what Maryland law says about repairs and rent escrow. Email?
p shay.moore@example.net
""", "shay.moore@example.net research law AACPL law", op="priya")

tk("CP-T156", AUN, "Hal", None, """
p my mom wants to write a simple will without a lawyer. is that legal in maryland?
l Yes, people do. A law librarian can send you the requirements. What's your email?
p hal.bishop@example.org
""", "hal.bishop@example.org research law - law", op="ken")

tk("CP-T157", FREDERICK, "", "lrios@example.com", """
p how do i file for a protective order? i dont feel safe
l I'm so sorry. If you are in danger, call 911. I'll have a law librarian email you the steps and forms right away.
""", "= research law FCPL law", op="easton")

tk("CP-T158", AUN, "Arthur", "arthur.v@example.org", """
p Looking for an 1890s patent for a canning machine my ancestor invented in Baltimore.
l Where do you live?
p I'm in Towson
l I'll pass this to a specialist in patents and historical records.
""", "= research specialist BCPL local", op="laurel")

tk("CP-T159", AUN, "", None, """
p i need old maps of annapolis harbor from the 1700s for a documentary
l Where are you located?
p richmond va
p tlaw.films@example.com
""", "tlaw.films@example.com research specialist - specialist", op="priya")

tk("CP-T160", AUN, "Bea", "bea.nguyen@example.net", """
p looking for statistics on opioid overdoses in maryland last year
l I'll find the state health department's data and send it.
""", "= research none - default", op="ken")

tk("CP-T161", AUN, "", None, """
p kanopy says no more credits this month. when do they reset
l Which library card?
p carroll county
p email is ftan@example.org
""", "ftan@example.org access none CARROLL local", op="laurel")

tk("CP-T162", AUN, "Lou", "lou.h@example.com", """
p can i put a hold on the new james patterson? my card is from calvert
l I'll have Calvert Library place it and email you.
""", "= circulation none CALVERT local", op="easton")

tk("CP-T163", PRATT, "", None, """
p is there a limit on how many holds you can have at once? i use pratt
l I'll confirm Pratt's current limit. Email?
p gina.b@example.net
""", "gina.b@example.net policy none EPFL local", op="priya")

tk("CP-T164", AUN, "", None, """
p how do i reserve a study room at the catonsville branch? are there time limits
l Study rooms are booked online. Let me check the time limit for Baltimore County. What email should they use?
s The patron has left the chat.
""", "- policy none BCPL no-email", op="ken")

tk("CP-T165", AUN, "Vera", None, """
p this link from the newsletter https://ebooks.example.org/title/8812?ref=news@example.org just says access denied
p i want to borrow that audiobook
l I'll have someone check the link. What's your email?
p vgreene@example.net
""", "vgreene@example.net access none - default", op="laurel")

tk("CP-T166", AUN, "Guest 4410", "paulina.r@example.com", """
p I want to know if there's a knitting group that meets at any library near me
l Hi! I'm Ken, a librarian at Anne Arundel Community College covering the statewide queue today. Where do you live?
p College Park
l I'll have Prince George's County email you their knitting groups.
""", "= other none PGCMLS local", op="ken")

tk("CP-T167", AUN, "", None, """
p can a 15 year old get her own card without a parent signing?
l It depends on the system. Which one?
p harford county
p sweeney.fam@example.org
""", "sweeney.fam@example.org policy none HARFORD local", op="easton")

tk("CP-T168", AUN, "Tomasz", "tomasz.k@example.net", """
p Can you find me reviews of the best beginner 3D printers? Thinking of buying one.
l Sure. Consumer Reports has some; I'll send a summary and other sources.
""", "= research none - default", op="priya")

tk("CP-T169", AUN, "", None, """
p i borrowed a telescope from the library and one of the lenses cracked. will i have to pay for it
l Which library lent it?
p westminster branch
p email dana.r.k@example.com
""", "dana.r.k@example.com circulation none CARROLL local", op="laurel")

tk("CP-T170", PRATT, "Guest 3119", "m.ballard@example.org", """
p does the library still have the sun papers from the 1960s on microfilm? my father wrote a column
l The Central Library has them. I'll ask the Maryland Department to look for his columns. Do you live in Baltimore City?
p yes, in canton
""", "= research specialist EPFL local", op="ken")

# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

ROLES = {"p": "patron", "l": "staff", "s": "system"}


def ov_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    started = local_start(c["start"]).astimezone(UTC)
    return {
        "chat_id": c["cid"],
        "started": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "account": c["origin"],
        "patron_email": c["email"] or "",
        "disposition": c["status"],
        "messages": [{"ts": int(t.timestamp()), "role": ROLES[code], "speaker": names[code],
                      "text": text} for t, code, text in timed_lines(c, "p")],
    }


def ov_text(chats):
    return "".join(json.dumps(ov_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def clock12(t):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M} {t:%p}"


def tsv_cell(s):
    """A cell as the export writes it: quoted when it holds a quote, tab or line end."""
    if any(ch in s for ch in '"\t\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


TK_COLUMNS = ["Ticket ID", "Created", "Queue", "Guest Name", "Guest Email", "Answered By",
              "Status", "Question", "Transcript"]


def first_question(c):
    return next(text for code, text in lines_of(c) if code == "p")


def tk_row(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    started = local_start(c["start"])
    transcript = "\n".join(f"[{clock12(t)}] {names[code]}: {text}"
                           for t, code, text in timed_lines(c, "p"))
    return [c["cid"], started.strftime("%m/%d/%Y %I:%M %p"), c["origin"], c["patron"],
            c["email"] or "", c["lib"] or "", c["status"], first_question(c), transcript]


def tk_text(chats):
    rows = [TK_COLUMNS] + [tk_row(c) for c in by_start(chats)]
    return "".join("\t".join(tsv_cell(x) for x in r) + "\r\n" for r in rows)


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("overnight", "jsonl", OV, ov_text), ("libanswers_tsv", "tsv", TK, tk_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("p", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: p1 (the development half, whose misses were read and
    fixed by kind) trains the category model, p2 stays held out."""
    return "train" if name.startswith("p1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "p", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
# A North American phone number: its exchange must be 555.
PHONE = re.compile(r"\b(\d{3})[-. )]+(\d{3})[-. ](\d{4})\b")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


TK_LINE = re.compile(r"^\[([1-9]|1[0-2]):[0-5]\d (AM|PM)\] ([^:\[\]]+): (.*)$")
STARTED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def read_tsv(text):
    """The rows of the TSV, read cell by cell: a quoted cell may hold LF (and `""`), rows end
    with CRLF, and no line end stands outside a quoted cell."""
    rows, row, cell, i, n = [], [], [], 0, len(text)
    while i < n:
        if not cell and text[i] == '"':
            i += 1
            while True:
                j = text.index('"', i)
                cell.append(text[i:j])
                if text[j + 1:j + 2] == '"':
                    cell.append('"')
                    i = j + 2
                else:
                    i = j + 1
                    break
            if text[i:i + 1] not in ("\t", "\r"):
                raise ValueError("text after a closing quote")
            continue
        ch = text[i]
        if ch == "\t":
            row.append("".join(cell))
            cell = []
            i += 1
        elif ch == "\r":
            if text[i + 1:i + 2] != "\n":
                raise ValueError("a carriage return alone between rows")
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
            i += 2
        elif ch == "\n":
            raise ValueError("a bare line feed outside a quoted cell")
        else:
            cell.append(ch)
            i += 1
    if row or cell:
        raise ValueError("the last row has no CRLF")
    return rows


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email", "status" and
    "lines" (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "libanswers_tsv":
        rows = read_tsv(text)
        if rows[0] != TK_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(TK_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(TK_COLUMNS, r))
            cid, patron, email, staff = (rec["Ticket ID"], rec["Guest Name"],
                                         rec["Guest Email"], rec["Answered By"])
            if not re.match(r"^\d\d/\d\d/\d{4} \d\d:\d\d (AM|PM)$", rec["Created"]):
                raise ValueError(f"{cid}: Created {rec['Created']!r}")
            datetime.strptime(rec["Created"], "%m/%d/%Y %I:%M %p")
            if "\r" in rec["Transcript"]:
                raise ValueError(f"{cid}: a carriage return in the transcript")
            lines = []
            for piece in rec["Transcript"].split("\n"):
                m = TK_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(3)
                if who not in (patron, staff, "System"):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, m.group(4)))
            first = next(t for w, t in lines if w == patron)
            if rec["Question"] != first:
                raise ValueError(f"{cid}: the Question is not the patron's first message")
            out.append({"id": cid, "patron": patron, "email": email, "lines": lines,
                        "status": rec["Status"]})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        if list(r) != ["chat_id", "started", "account", "patron_email", "disposition",
                       "messages"]:
            raise ValueError(f"keys {list(r)}")
        cid, email = r["chat_id"], r["patron_email"]
        if not STARTED.match(r["started"]):
            raise ValueError(f"{cid}: started {r['started']!r}")
        start = datetime.strptime(r["started"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        if not isinstance(email, str):
            raise ValueError(f"{cid}: patron_email is not text")
        lines, patron, last = [], None, int(start.timestamp())
        for m in r["messages"]:
            if list(m) != ["ts", "role", "speaker", "text"]:
                raise ValueError(f"{cid}: message keys {list(m)}")
            if not isinstance(m["ts"], int) or m["ts"] < last:
                raise ValueError(f"{cid}: ts {m['ts']!r} not a number after the one before")
            last = m["ts"]
            if m["role"] not in ("patron", "staff", "system"):
                raise ValueError(f"{cid}: role {m['role']!r}")
            if m["role"] == "system" and m["speaker"] != "System":
                raise ValueError(f"{cid}: a system message from {m['speaker']!r}")
            if m["role"] == "patron":
                if patron not in (None, m["speaker"]):
                    raise ValueError(f"{cid}: two patrons")
                patron = m["speaker"]
            if "\n" in m["text"] or "\r" in m["text"]:
                raise ValueError(f"{cid}: a line end inside a message")
            lines.append((m["speaker"], m["text"]))
        out.append({"id": cid, "patron": patron, "email": email, "lines": lines,
                    "status": r["disposition"]})
    return out


def patron_and_resolution(r, c):
    """This part's records give back the patron's name and the resolution as well."""
    out = []
    if r["patron"] != c["patron"]:
        out.append("the patron does not read back")
    if r["status"] != c["status"]:
        out.append("the resolution does not read back")
    return out


def check_all():
    problems = []
    chats = OV + TK
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CP-"):
            problems.append(f"{cid}: chat id without the CP- prefix")
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
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for m in PHONE.finditer(text):
                if m.group(2) != "555":
                    problems.append(f"{cid}: phone number {m.group(0)!r} is not a 555 number")
        if c["email"] and not c["email"].lower().endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(
        files(), chats, part_dir, read_back,
        (ValueError, KeyError, TypeError, StopIteration, json.JSONDecodeError), check_label,
        extra=patron_and_resolution)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", OV + TK), ("overnight", OV), ("libanswers_tsv", TK)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", OV + TK))
    night = sum(1 for c in OV if c["label"] and not 7 <= local_start(c["start"]).hour < 22)
    note = f"Overnight (10 pm to 7 am, New York) among the labelled JSON Lines rows: {night}.\n"
    return labels_table(cols, OV + TK, note)


if __name__ == "__main__":
    sys.exit(main("p_build", all_texts, check_all, counts))
