#!/usr/bin/env python3
"""Writes and checks the "y" part of aun's labelled corpus (y1 in train/, y2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at"). Chats whose resolution is not "Follow Up By Patron Library"
carry no label and get no labels row. Where the patron asks two things, the category is that of
the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, both what a coordinator gets after opening a chat export in Microsoft Excel on
Windows and saving it again; each split in two halves with the same mix (y1 and y2):
  yN_excel.csv    a LibChat transcript export saved as "CSV (Comma delimited)": Windows-1252
                  bytes (curly quotes and accents one byte each), CRLF after each row, a field
                  quoted only when it holds a comma, quote or line end (`""` for a quote).
                  Columns `Chat ID`, `Timestamp` (`10/14/2025 15:22`, as Excel writes a date and
                  time), `Wait Time`, `Duration` (seconds), `Guest`, `Guest Email`, `Answerer`,
                  `Department` (the origin account), `Initial Question`, `Message Count`, `Tags`
                  (the resolution code among a chat's tags, `, ` between them), `Rating`,
                  `Comment` (the patron's after-chat survey comment), `Transcript`: lines
                  `15:22:40 - Name: text` (24-hour New York clock) joined by LF inside the cell.
  yN_unicode.txt  a LibraryH3lp export saved as "Unicode Text": UTF-16 little-endian with a
                  byte-order mark, tab-separated, CRLF after each row, a cell quoted only when it
                  holds a tab, quote or line end. Columns `id`, `queue` (`askusnow`, `pratt`,
                  `hcls`, `aacc`, `mcpl`), `guest` (a JID: `…@web.libraryh3lp.com`, or an SMS
                  visitor's `4105550123@sms.libraryh3lp.com`), `operator`
                  (`grace@chat.libraryh3lp.com`; empty when no one answered), `protocol`,
                  `started`, `accepted`, `ended` (Excel's `10/14/2025 15:22`), `duration`
                  (seconds), `disposition`, `transcript`: lines `[15:22:10] JID: text` joined by
                  LF inside the cell. No e-mail column: addresses are typed in the chat.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then y1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/y_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/y_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
import io
import random
import re
import string
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_common import (  # noqa: E402
    ANY_ADDRESS, ALLOWED_DOMAINS, is_address,
    address_problems, half_files, label_row, labels_csv, labels_table, lines_of, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    vocabulary_problems,
)
from corpus_common import local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
HCLS = "Howard County Library System"
AACC = "Anne Arundel Community College"
FCPL = "Frederick County Public Libraries"

# The origin accounts (LibChat departments, LibraryH3lp queues) that make the patron's library
# by themselves (rules.md section 5); the statewide and Pratt ones do not.
ACCOUNT_IDS = {HCLS: "HCLS", AACC: "AACC", FCPL: "FCPL",
               "hcls": "HCLS", "aacc": "AACC", "mcpl": "MCPL"}

EX = []  # the LibChat chats saved by Excel as CSV (Windows-1252)
H3 = []  # the LibraryH3lp chats saved by Excel as Unicode Text

EX_STAFF = {"sue": "Sue", "will": "Will", "faith": "Faith", "hope": "Hope"}
H3_STAFF = {k: f"{k}@chat.libraryh3lp.com" for k in ("grace", "bill", "sue", "will")}


def _start(n, seed):
    """The n-th chat of a style starts on an autumn 2025 day (New York), between 9 am and 8 pm."""
    rng = random.Random(seed)
    day = datetime(2025, 9, 22) + timedelta(days=(n * 7) // 5)
    return (day + timedelta(hours=rng.randint(9, 19), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def ex(cid, dept, guest, email, t, label=None, op="faith", status=FU, tags="", rating="",
       comment="", written=False):
    """A chat of the LibChat CSV. guest: the name typed (empty: `Guest NNNN`); email: the Guest
    Email cell as typed (empty when none)."""
    rng = random.Random("y-ex-" + cid)
    EX.append(dict(cid=cid, start=_start(len(EX), "y-ex-" + cid), origin=dept,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=EX_STAFF[op] if op else None, status=status,
                   tags=tags, rating=rating, comment=comment, written=written, sms=False))


def h3(cid, queue, sms, t, label=None, op="grace", status=FU, written=False):
    """A chat of the LibraryH3lp Unicode Text. sms: the visitor's 10-digit 555 number, or empty
    for a web guest (a JID drawn with a seed per chat)."""
    rng = random.Random("y-h3-" + cid)
    if sms:
        guest = f"{sms}@sms.libraryh3lp.com"
    else:
        guest = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(26))
        guest += "@web.libraryh3lp.com"
    H3.append(dict(cid=cid, start=_start(len(H3), "y-h3-" + cid), origin=queue, patron=guest,
                   email=None, t=t, label=label, lib=H3_STAFF[op] if op else None,
                   status=status, written=written, sms=bool(sms)))

# ---------------------------------------------------------------------------------------------
# The LibChat export saved by Excel (yN_excel.csv): mostly the statewide department, some
# Pratt, and Howard County's, Frederick County's and Anne Arundel Community College's own
# ---------------------------------------------------------------------------------------------

ex("CY-E101", AUN, "Renée Dubois", "renee.dubois@example.com", """
p hi, i can’t log in to libby, it says my card is invalid
l Faith here. Which library is your card from?
p I’m in Towson
l Thanks! I’ll have Baltimore County Public Library check your card and email you.
""", "= access none BCPL local", tags="ebooks")

ex("CY-E102", AUN, "", "", """
p my landlord is keeping my whole security deposit bc he says the walls need painting. i lived there 6 yrs
l I’m sorry to hear that. A law librarian can send you what Maryland says about deposits. What’s your email?
p it’s tmarsh@example.net.
""", "tmarsh@example.net research law - law", op="sue")

ex("CY-E103", AUN, "José", "jose.m.rivera@example.org", """
p can i put The Firm by john grisham on hold? the book not the movie
l Will here — happy to help. Which library do you use?
p glen burnie
l Great, I’ll have Anne Arundel County Public Library email you about the hold.
""", "= circulation none AACPL local", op="will", tags="holds")

ex("CY-E104", AUN, "Zoë", "zoe.a@example.com", """
p my grandma’s eyes are really bad now, she can’t read the newspaper or her books even with her glasses
p is there anything that reads to her? does she qualify for something
l Hope here. There’s a free talking book service for people who can’t read regular print. I’ll have them email you how to sign her up.
""", "= policy print-disability - print-disability", op="hope", rating="4")

ex("CY-E105", AUN, "", "", """
p how do i print from my phone
l Sue here. Which branch are you at?
p why does that matter just answer the question
l Printing works a little differently at each library, so I need to know which one.
p ur useless. stupid b***h
l I’m here to help, but I won’t continue if the language continues.
p [expletive] you
l I’m ending this chat now.
s Chat ended by librarian
""", "- other none - no-email", op="sue")

ex("CY-E106", PRATT, "Marcus", "mbell@example.org", """
p need sources on the baltimore fire of 1904 for my history class at ccbc
l Faith here. Do you have your CCBC login for their databases?
p yeah but i don’t know which ones to use
l I’ll send a list of good databases and some books.
""", "= research none - default")

ex("CY-E107", AUN, "", "", """
p i was chatting with someone and it just dropped
p second time today
l Hope here. I’m sorry about that! I’ll report the dropped chats. What were you looking for?
p renewing my hotspot, it’s due tomorrow
l Which library is it from?
p bcpl, essex
p kiara.w@example.com
""", "kiara.w@example.com circulation none BCPL quality", op="hope")

ex("CY-E108", AUN, "Dee", "dee.h@example.com", """
p my ex won’t let me see the kids on his weekends even tho we have an agreement from the judge. what can i do
l Sue here. I’m so sorry. A law librarian can send you information on enforcing a custody order. Where do you live?
p waldorf
""", "= research law CHARLES law", op="sue", tags="legal")

ex("CY-E109", AUN, "", "", """
p how late is the library open on sundays
l Faith here. Which library?
p i’d rather not say
p just email me, pj.nolan@example.org
""", "pj.nolan@example.org policy none - default")

ex("CY-E110", HCLS, "Priya", "priya.s@example.com", """
p do you have a copy of A Time to Kill? my book club is reading it
l Hope here! We do. Would you like me to put one on hold?
p yes please, for pickup at the miller branch
""", "= circulation none HCLS local", op="hope")

ex("CY-E111", AUN, "", "", """
p my mom passed in august and she didn’t leave a will. how do we deal with her car and her bank account?
l Will here. I’m so sorry for your loss. A law librarian can help with Maryland’s rules for small estates. What’s the best email?
p ok. it’s angela.r@example.com
""", "angela.r@example.com research law - law", op="will")

ex("CY-E112", AUN, "Lucía", "lucia.g@example.org", """
p hola, is there a spanish story time for little kids? i live in hyattsville
l Faith here. Yes, some branches have one. I’ll have Prince George’s County Memorial Library System send you the schedule.
""", "= other none PGCMLS local", tags="events")

ex("CY-E113", AUN, "", "", """
p my dad was a coal miner near frostburg in the 1920s. looking for any records of him, employment or the company
l Sue here. That needs a specialist in archival records. Do you live in Maryland?
p no, in pittsburgh now
p email is kwalsh@example.net
""", "kwalsh@example.net research specialist - specialist", op="sue")

ex("CY-E114", AUN, "Tom", "tomk@example.com", """
p i’m blind and use JAWS. your catalog search results don’t read right, every button just says "button"
l Hope here. Thank you for telling us. Which library’s catalog is it?
p carroll county
""", "= access print-disability CARROLL print-disability", op="hope")

ex("CY-E115", AUN, "", "", """
p can i get a library card if i live in dc but work in silver spring
l Faith here. Some counties give cards to people who work there. What’s your email?
p dc.worker@example.org
""", "dc.worker@example.org policy none - default")

ex("CY-E116", AUN, "", "", """
p how do i download audiobooks to my iphone
l Will here. Which library card do you have?
l Are you still there?
s Guest has left the chat
""", "- access none - no-email", op="will", tags="ebooks")

ex("CY-E117", AUN, "Maureen O’Leary", "moleary@example.com", """
p i emailed askusnow 2 weeks ago about my grandfather’s naturalization papers and no one ever wrote back
l Sue here, I’m so sorry. I’ll report that and make sure it gets to someone.
p thank you. he came from ireland around 1910 and lived in locust point
""", "= research specialist - quality", op="sue", rating="2",
   comment="second time asking")

ex("CY-E118", AUN, "", "", """
p hi i need to renew my books but the website says i have a block
l Hope here. Which library?
p Frederick
l The city or the county library? Either way it’s Frederick County’s.
p frederick county, the urbana branch
p sam.ortiz@example.net
""", "sam.ortiz@example.net circulation none FCPL local", op="hope")

ex("CY-E119", AUN, "", "", """
p the librarian i talked to last night was so rude, told me to “just google it” and left
p i still need help with MLA citations for my paper
l Faith here. I’m sorry that happened; I’ll pass it on to the quality team. What email should we use?
p declan.m@example.org
""", "declan.m@example.org research none - quality")

ex("CY-E120", AUN, "", "", """
p my daughter has dyslexia and reading is really hard for her. someone said there are free audiobooks for kids like her?
l Will here. Yes, students with reading disabilities can qualify. What’s your email?
p gina dot p at example dot com
""", "gina.p@example.com policy print-disability - print-disability", op="will", written=True)

ex("CY-E121", AUN, "Hiro", "hiro.t@example.com", """
p can i check out a laptop to take home?
l Sue here. Which library?
p Bel Air
""", "= circulation none HARFORD local", op="sue")

ex("CY-E122", AUN, "", "", """
p looking for old newspaper articles about a plane crash in 1958 near hagerstown, my uncle was on it
l Hope here. Historical newspapers are a specialist search. Where do you live?
p i’m in hagerstown actually
p rick.bauer@example.org
""", "rick.bauer@example.org research specialist WCFL local", op="hope")

ex("CY-E123", AUN, "Ana", "ana.b@example.com", """
p where can i get something notarized near me
l Faith here. Where are you located?
p i don’t want to say, can you just email a list
""", "= other none - default")

ex("CY-E124", AUN, "", "", """
p got a letter saying i have a court date for an unpaid credit card. what do i do
l Will here. A law librarian can follow up with self-help resources. Email?
p no email sorry
l Okay. You can also call the Maryland Court Help Center.
""", "- research law - no-email", op="will")

ex("CY-E125", AACC, "Kendra", "kmills@example.org", """
p i need peer reviewed articles on nursing burnout for my NUR 212 paper
l Hope here. Log in to the library databases with your MyAACC account.
p it keeps saying invalid login
""", "= access none AACC local", op="hope")

ex("CY-E126", AUN, "", "", """
p can i get Blindness by saramago as an ebook? it’s for my book club
l Sue here! Which library are you with?
p montgomery county
p email kbrandt@example.com
""", "kbrandt@example.com access none MCPL local", op="sue", tags="ebooks")

ex("CY-E127", AUN, "", "", """
p i’m writing a paper on the history of annapolis for my class at UMBC
l Faith here. Are you on campus?
p yes
p lrivera3@example.org
""", "lrivera3@example.org research none UMBC local")

ex("CY-E128", PRATT, "", "", """
p my building hasn’t had heat for 2 weeks and the landlord won’t fix it, i live in pigtown
p can i hold back rent?
l Hope here. A law librarian can send you rent escrow information. Email?
p t.greene@example.net
""", "t.greene@example.net research law EPFL law", op="hope")

ex("CY-E129", AUN, "", "", """
p hi, i’m a teacher in Ohio and i want to know if your library has free online tutoring for kids
l Will here. It depends on the county; I’ll find out.
p ok thanks, email is ohio.teach@example.com
""", "ohio.teach@example.com policy none - default", op="will")

ex("CY-E130", AUN, "", "", """
p my husband had a stroke and can’t hold a book or turn pages anymore. he loves westerns
l Sue here. There’s a program for people who can’t handle print books. Where do you live?
p rockville
p sorry forgot, email is bev.k@example.org
""", "bev.k@example.org policy print-disability MCPL print-disability", op="sue")

ex("CY-E131", AUN, "", "", """
p how do i find out who owned my house before 1900? it’s in ellicott city
l Faith here. That’s land records research; a specialist can help. Do you live in the house now?
p yes we bought it last year
p dana.k@example.com
""", "dana.k@example.com research specialist HCLS local")

ex("CY-E132", AUN, "", "", """
p ugh i’ve been waiting 25 minutes for someone to answer
l Hope here, sorry for the wait. What can I help with?
p never mind i’ll figure it out myself
p my email is jfox@example.net if someone wants to follow up about the wait
""", "jfox@example.net other none - quality", op="hope", rating="1",
   comment="25 min wait. not ok")

ex("CY-E133", FCPL, "", "", """
p is there a fee to use the 3d printer
l Sue here. Let me check with the branch and email you.
p ok. rocio.f@example.org
""", "rocio.f@example.org policy none FCPL local", op="sue")

ex("CY-E134", AUN, "", "", """
p i need to find the deed for my grandparents’ farm in carroll county from like the 1940s
l Will here. Land records need a specialist. Do you live in Carroll County?
p no we live in pennsylvania
p email ed.yoder@example.com
""", "ed.yoder@example.com research specialist - specialist", op="will")

ex("CY-E135", AUN, "", "", """
p can my 14 year old get her own card without me there
l Faith here. Which library system?
p howard county
p mm.chen@example.org
""", "mm.chen@example.org policy none HCLS local")

ex("CY-E136", AUN, "", "", """
p my kindle won’t download the book i borrowed. it just says "error"
l Hope here. Which library?
p i’m in ocean city
p c.ortiz@example.com
""", "c.ortiz@example.com access none WORCESTER local", op="hope", tags="ebooks")

ex("CY-E137", AUN, "", "", """
p i paid a fine at the branch but my account still says i owe $12
l Sue here. Which library?
p pg county, bowie
p my email’s l.harper@example.net
""", "l.harper@example.net circulation none PGCMLS local", op="sue")

ex("CY-E138", AUN, "", "", """
p my neighbor’s tree fell on my fence and he won’t pay. can i take him to small claims
l Will here. A law librarian can send information about small claims court. Where do you live?
p essex
p email is rjones55@example.org
""", "rjones55@example.org research law BCPL law", op="will")

ex("CY-E139", AUN, "", "", """
p what time does the essex branch close
l Faith here. It closes at 9 tonight.
p thx
""", None, status=ANS)

ex("CY-E140", AUN, "", "", """
p is Little Women on kanopy? want to watch it with my daughter
l Hope here. Which library card do you have?
p annapolis
p email: hwu@example.com
""", "hwu@example.com access none AACPL local", op="hope")

ex("CY-E141", AUN, "", "", """
p hi i’m researching the oyster wars on the chesapeake in the 1880s for my thesis, need newspaper coverage and court records
l Sue here. That’s in-depth archival research; a specialist will follow up. Are you a student in Maryland?
p yes, at Towson University
p email: nadia.f@example.org
""", "nadia.f@example.org research specialist TOWSON local", op="sue")

ex("CY-E142", AUN, "", "", """
p we’re visiting my sister in easton this weekend, can i print a few pages at the library there?
l Will here. Visitors can usually print for a fee. I’ll have someone confirm.
p ok kate.s@example.com
""", "kate.s@example.com other none - default", op="will")

ex("CY-E143", AUN, "", "", """
p does the library mail large print books to people who can’t get out? regular print is getting too hard, my eyes aren’t what they used to be
l Faith here. Yes, and if large print is hard too there’s a talking books service. Where are you?
p salisbury
p ruth.a@example.net
""", "ruth.a@example.net policy print-disability WICOMICO print-disability")

ex("CY-E144", AUN, "", "", """
p hi! can u tell me how to cite a tiktok in mla
l Hope here. I’ll email you an example. Email?
p i’d rather not give my email
""", "- research none - no-email", op="hope")

ex("CY-E145", PRATT, "", "", """
p i want to get my record expunged, it’s from 2011, possession
p i live in hampden
l Sue here. The State Law Library can send the forms and steps. Email?
p marco.b@example.com
""", "marco.b@example.com research law EPFL law", op="sue")

ex("CY-E146", AUN, "", "", """
p hello?
p anyone
""", None, op=None, status=LOST)

ex("CY-E147", AUN, "", "kelly.r@example.com", """
p my hold says in transit for 2 weeks. it’s the new louise penny
l Faith here. Which library?
p mcpl, germantown
""", "= circulation none MCPL local", tags="holds")

ex("CY-E148", AUN, "", "", """
p looking for my great great grandmother, she was born in st. mary’s county around 1850, probably enslaved
l Hope here. That’s deep genealogy work; a specialist can follow up. Email?
p yes, it’s dwashington@example.org
""", "dwashington@example.org research specialist - specialist", op="hope", tags="genealogy")

ex("CY-E149", HCLS, "", "", """
p the chat keeps freezing on my phone
l Will here. I see that too; the session keeps breaking up. I’ll report it. What did you need?
p how do i get a library card if i just moved here
p aliyah.j@example.com
""", "aliyah.j@example.com policy none HCLS quality", op="will")

ex("CY-E150", AUN, "", "", """
p how do i scan a document and email it at the library
l Sue here. Where are you?
p cumberland
p dpike@example.net
""", "dpike@example.net other none ALLEGANY local", op="sue")

ex("CY-E151", AUN, "Grace Kim", "grace.kim@example.com", """
p I’d like to donate about 200 books from my late father’s collection. does the library take donations?
l Faith here. Which library is closest to you?
p Columbia
l Columbia, Maryland?
p yes
""", "= policy none HCLS local")

ex("CY-E152", AUN, "", "", """
p i’m visually impaired and the libby app’s text is too small even on the biggest setting
p also does it work with voiceover
l Will here. Libby does work with VoiceOver, and the talking books library can help too. Email?
p it’s “bo.hanley@example.org”
""", "bo.hanley@example.org access print-disability - print-disability", op="will")

ex("CY-E153", AUN, "", "", """
p my employer hasn’t paid me for my last 2 weeks of work and won’t answer my calls
l Hope here. I’m sorry. The State Law Library can send information on wage claims. Where do you live?
p laurel
p email j.ramos@example.com
""", "j.ramos@example.com research law PGCMLS law", op="hope")

ex("CY-E154", AUN, "", "", """
p need stats on opioid overdoses in maryland by county for a presentation
l Sue here. I can send some sources. Email?
p pt.nguyen@example.org
""", "pt.nguyen@example.org research none - default", op="sue")

ex("CY-E155", AUN, "", "n/a", """
p hi do i need an appointment for passport photos
l Faith here. Which branch?
p white marsh
p oh and my email is mel.g@example.com
""", "mel.g@example.com policy none BCPL local")

ex("CY-E156", AUN, "", "", """
p hey will
p lol is that ur real name
l Will here, yes it is! What can I help with?
p ok will, will u put the new stephen king on hold for me, the audiobook on cd
l Let me check. Which library?
p caroline county, denton
p cjlee@example.net
""", "cjlee@example.net circulation none CAROLINE local", op="will")

ex("CY-E157", AUN, "", "", """
p the chat disconnected 3 times, now i finally got someone
l Hope here, I’m sorry about that. I’ll report it.
p no email, i just wanted to complain
""", "- other none - no-email", op="hope")

ex("CY-E158", PRATT, "", "", """
p my landlord is trying to evict me with 5 days notice, is that legal in baltimore city?
l Faith here. I’m sorry. A law librarian can follow up today. Email?
p ty, it’s shay.m@example.com
""", "shay.m@example.com research law EPFL law")

ex("CY-E159", AUN, "", "", """
p hi, where do i find the county council minutes from the 90s
p for harford
l Sue here. Older minutes may be archived; a specialist can help. Do you live in Harford?
p yes in aberdeen
p ty, jack.w@example.org
""", "jack.w@example.org research specialist HARFORD local", op="sue")

ex("CY-E160", AUN, "", "", """
p is the catonsville branch open on columbus day
l Will here. Yes, regular hours.
p great ty
""", None, op="will", status=ANS)

ex("CY-E161", AUN, "", "p.lin@example.com", """
p can i renew a book twice online?
l Sue here. Which library?
p st. mary’s county
l One moment please.
""", "= circulation none SMCLD quality", op="sue", rating="1",
   comment="she kept saying one moment and then just left. never got an answer")

ex("CY-E162", AUN, "", "old.addr@example.com", """
p can i get ebooks on my nook
l Faith here. Which library?
p calvert, prince frederick
p also that email i put in is old, please use newaddr@example.org
""", "= access none CALVERT local", tags="ebooks")

# ---------------------------------------------------------------------------------------------
# The LibraryH3lp export saved by Excel (yN_unicode.txt): mostly the statewide queue, some
# Pratt, and the queues of Howard County, Anne Arundel Community College and Montgomery County
# ---------------------------------------------------------------------------------------------

h3("CY-H201", "askusnow", "", """
p hi can i get a card online or do i have to go in
l Hi, this is Grace. Which county do you live in?
p anne arundel
p it’s ltran@example.org
""", "ltran@example.org policy none AACPL local")

h3("CY-H202", "askusnow", "4435550118", """
p can i renew my books by text
l This is Bill. Sure, which library?
p harford county
p dont have email
""", "- circulation none HARFORD no-email", op="bill")

h3("CY-H203", "askusnow", "", """
p hi this is Zoë
p i rent and my landlord just told us we have 30 days to leave because he’s selling. is that allowed
l Sue here. A law librarian can send you what Maryland law says. What email should they use?
p zoe.mart@example.com
""", "zoe.mart@example.com research law - law", op="sue")

h3("CY-H204", "pratt", "", """
p can u put The Lincoln Lawyer dvd on hold for me
l Will here. Sure. Which branch do you go to?
p the one on cathedral st
p kwest@example.net
""", "kwest@example.net circulation none EPFL local", op="will")

h3("CY-H205", "askusnow", "", """
p my son is blind and needs braille books for school
l This is Grace. The Library for the Blind and Print Disabled lends braille. Where do you live?
p we’re in frederick
p tina.h@example.org
""", "tina.h@example.org policy print-disability FCPL print-disability")

h3("CY-H206", "askusnow", "", """
p looking for my great aunt’s birth record, she was born in havre de grace in 1921 and the health dept says they don’t have it
l Bill here. Old vital records are specialist territory; I’ll pass this on. Email?
p mkowalski@example.com
""", "mkowalski@example.com research specialist - specialist", op="bill")

h3("CY-H207", "askusnow", "2405550163", """
p is the library open on veterans day
l Sue here. Which library?
p moco
p txt only pls
""", "- policy none MCPL no-email", op="sue")

h3("CY-H208", "askusnow", "", """
p the ebook i borrowed disappeared from my kindle before it was due
l Will here. Which library is it from?
p i live in hunt valley
p email: s.park@example.net
""", "s.park@example.net access none BCPL local", op="will")

h3("CY-H209", "hcls", "", """
p i need help with my resume
l Hi, Grace here! There are resume help sessions at the branches. Would you like the dates?
p yes, email me at t.bello@example.com
""", "t.bello@example.com other none HCLS local")

h3("CY-H210", "askusnow", "", """
p why did your librarian end my chat? i wasn’t done
l Bill here. I’m sorry that happened. I’ll report it. What were you asking about?
p what bus goes to the new odenton library
p i live in glen burnie. nkim@example.org
""", "nkim@example.org other none AACPL quality", op="bill")

h3("CY-H211", "askusnow", "", """
p i want to write a will for myself, i have a house and two kids. do i need a lawyer?
l Sue here. The State Law Library has guides on wills and can follow up. Email?
p it’s b.ferris@example.com.
""", "b.ferris@example.com research law - law", op="sue")

h3("CY-H212", "askusnow", "", """
p what’s the population of bowie md? for a school project
l Will here. I’ll find census figures. Email?
p jaylen.r@example.org
""", "jaylen.r@example.org research none - default", op="will")

h3("CY-H213", "askusnow", "4105550192", """
p hi my mom cant see well anymore, macular, she wants audiobooks
p she lives w me in dundalk
l Grace here. She may qualify for free talking books by mail. Email for the application?
p rmiller at example dot net
""", "rmiller@example.net policy print-disability BCPL print-disability", written=True)

h3("CY-H214", "askusnow", "", """
p you people never emailed me back about my interlibrary loan request. it’s been 2 weeks
l Bill here. I’m very sorry. I’ll report it and have someone check.
p it was through pg county library, greenbelt branch
p email hnorris@example.com
""", "hnorris@example.com access none PGCMLS quality", op="bill")

h3("CY-H215", "askusnow", "", """
p can i request Deaf Republic through interlibrary loan? for my poetry class
l Sue here. Which library do you use?
p i’m a student at frostburg state
p l.brown@example.org
""", "l.brown@example.org access none FSU local", op="sue")

h3("CY-H216", "askusnow", "", """
p need a book about fixing up old cars
l Will here. What kind of car?
p are you an idiot or what
l Please keep it respectful.
p what are you wearing lol
l That’s inappropriate. I’m ending this chat.
""", "- research none - no-email", op="will")

h3("CY-H217", "askusnow", "", """
p my email is rick.d@example.com, i want the hours for the towson branch
l Grace here. The Towson Branch is open 10 to 8 today.
p you’re slow. are you a robot or just dumb
l I’m happy to help, but please keep it respectful.
p whatever you [expletive]
l I’m ending this chat now.
""", "rick.d@example.com policy none BCPL quality")

h3("CY-H218", "askusnow", "", """
p need to find sanborn maps of westminster from around 1900
l Bill here. Those are historical maps; a specialist can follow up. Do you live in Westminster?
p yes, we’re restoring an old house there
p mj.hale@example.net
""", "mj.hale@example.net research specialist CARROLL local", op="bill")

h3("CY-H219", "askusnow", "", """
p how many holds can i have at once
l Sue here. It depends on the library. Which one do you use?
p just asking in general
p pr.singh@example.org
""", "pr.singh@example.org policy none - default", op="sue")

h3("CY-H220", "aacc", "", """
p can i get my textbook through the library? it’s $180
l Will here. The library keeps some textbooks on reserve. Which course?
p BIO 101
p m.ali@example.com
""", "m.ali@example.com policy none AACC local", op="will")

h3("CY-H221", "askusnow", "", """
p i’m in norfolk, virginia. can i use your databases?
l Grace here. Maryland library databases are usually for Maryland residents. I’ll check.
p k. justin.b@example.com
""", "justin.b@example.com policy none - default")

h3("CY-H222", "pratt", "4435550174", """
p my wifi hotspot from the library stopped working
l Will here. Which branch did you get it from?
p southeast anchor
p no email
""", "- circulation none EPFL no-email", op="will")

h3("CY-H223", "askusnow", "", """
p i got a speeding ticket in ocean city but i live in new jersey. can i fight it without coming back?
l Sue here. A law librarian can send information on contesting a ticket by mail. Email?
p nj.driver@example.com
""", "nj.driver@example.com research law - law", op="sue")

h3("CY-H224", "askusnow", "", """
p where can i find info comparing medicare part d plans? i turn 65 next month
l Bill here. I can send some reliable sources. Where do you live?
p catonsville
p ag.moore@example.org
""", "ag.moore@example.org research none BCPL local", op="bill")

h3("CY-H225", "askusnow", "", """
p i’m dyslexic and reading long pdfs for my online class is really hard
p is there a way to have them read out loud
l Grace here. Yes, there are text-to-speech tools, and readers with dyslexia can get accessible books. Where do you study?
p online through a college in arizona, but i live in elkton
p jh.carter@example.net
""", "jh.carter@example.net access print-disability CECIL print-disability")

h3("CY-H226", "askusnow", "", """
p do you have wifi at the libraries
l Sue here. Yes, free wi-fi at every branch.
p ok ty
""", None, op="sue", status=ANS)

h3("CY-H227", "askusnow", "", """
p my mom got a debt collector letter for a credit card that isn’t hers
l Will here. I’m sorry. A law librarian can send information on disputing a debt. Email?
p sure it’s “kay.o@example.org”.
""", "kay.o@example.org research law - law", op="will")

h3("CY-H228", "askusnow", "", """
p hello?? this is ridiculous, i’ve been waiting 20 min
l Bill here. Sorry for the wait, we’re very busy today. How can I help?
p does the library have a fax machine
p i’m in chestertown
p email z.ellis@example.com
""", "z.ellis@example.com other none KENT quality", op="bill")

h3("CY-H229", "askusnow", "", """
p looking for obituaries from the cumberland evening times, 1962
l Grace here. Old obituaries need a specialist. Email?
p i live in la vale, fyi. email is pstein@example.org
""", "pstein@example.org research specialist ALLEGANY local")

h3("CY-H230", "mcpl", "", """
p can i return books to any branch?
l Sue here. Yes, any branch.
p and can i return a book from dc public library there
p jose.r@example.net, thanks — José
""", "jose.r@example.net policy none MCPL local", op="sue")

h3("CY-H231", "askusnow", "", """
p hi, my dad (86) lives with us in bethesda and has glaucoma, he can’t read regular books anymore
l Will here. The talking books library might help him. Would you like information on applying?
p yes! renee.l@example.com
""", "renee.l@example.com policy print-disability MCPL print-disability", op="will")

h3("CY-H232", "askusnow", "", """
p i need scholarly articles about climate change and chesapeake bay blue crabs
l Bill here. Which library do you have a card with?
p i go to stevenson
p sarah.q@example.org
""", "sarah.q@example.org research none STEVENSON local", op="bill")

h3("CY-H233", "askusnow", "3015550127", """
p can i pay my fines online
l Grace here. Which library?
p idk the one in hagerstown
p dont do email sorry
""", "- circulation none WCFL no-email")

h3("CY-H234", "pratt", "", """
p my landlord won’t return my deposit, i moved out of my place in canton 2 months ago
l Sue here. A law librarian can follow up. Where do you live now?
p towson now
p email is d.harris@example.com
""", "d.harris@example.com research law BCPL law", op="sue")

h3("CY-H235", "askusnow", "", """
p can i put a hold on The Color of Law? need it for a book club
l Will here. Which library do you use?
p i’m in annapolis
p ccole@example.org
""", "ccole@example.org circulation none AACPL local", op="will")

h3("CY-H236", "askusnow", "", """
p i’m writing a history of the old sykesville train station, need photos and newspaper articles from the 1880s
l Grace here. That’s local history a specialist can help with. Do you live in Sykesville?
p not anymore, i grew up there. i’m in richmond now
p tdavis@example.net
""", "tdavis@example.net research specialist - specialist")

h3("CY-H237", "askusnow", "", """
p hi, can you tell me about the library’s meeting rooms? we want one for our HOA meeting
l Bill here. Which library?
p severna park
p email m.varga@example.org
""", "m.varga@example.org policy none AACPL local", op="bill")

h3("CY-H238", "askusnow", "", """
p i’m a wheelchair user, is the parking at the pikesville branch accessible?
l Sue here. I’ll find out for you.
p ok mbarnes@example.com
""", "mbarnes@example.com policy none BCPL local", op="sue")

h3("CY-H239", "askusnow", "", """
p my connection to this chat keeps cutting out, i’ve had to reconnect 4 times
l Will here. Sorry, I see the session breaking on my end. I’ll report the problem.
p i just need to reset my pin so i can use libby
p gwen.t@example.net
""", "gwen.t@example.net circulation none - quality", op="will")

h3("CY-H240", "askusnow", "", """
p i’m doing a project on harriet tubman and dorchester county
l Grace here. Is this for school?
p yes 8th grade
p my mom’s email is akers.fam@example.com
""", "akers.fam@example.com research none - default")

h3("CY-H241", "askusnow", "", """
p is anyone there
""", None, op=None, status=LOST)

h3("CY-H242", "askusnow", "", """
p I’m a caregiver for my aunt who is blind and lives with me in Easton. can the library send her braille magazines?
l Sue here. Yes, through the Library for the Blind and Print Disabled. Email?
p hope.r@example.org
""", "hope.r@example.org policy print-disability TALBOT print-disability", op="sue")

h3("CY-H243", "askusnow", "", """
p hi, i need info on my rights as a tenant — the apartment has mold and the landlord ignores it. i live in DC though
l Will here. DC has its own rules, but the law library can point you to resources. Email?
p l.king@example.com
""", "l.king@example.com research law - law", op="will")

h3("CY-H244", "askusnow", "", """
p where can i find old baltimore phone books or city directories from the 1950s? tracing where my grandparents lived
l Grace here. City directories are a specialist resource. Email?
p n.oduya@example.net
""", "n.oduya@example.net research specialist - specialist")

h3("CY-H245", "askusnow", "2405550109", """
p how do i check out a chromebook to take home
p im in germantown
l Bill here. Some branches lend them. Email for the steps?
p sure dj.price@example.org
""", "dj.price@example.org circulation none MCPL local", op="bill")

h3("CY-H246", "askusnow", "", """
p i’m trying to read the washington post through the library but it keeps asking me to subscribe
l Sue here. Which library card do you have?
p pg county
p ok gabby.n@example.com
""", "gabby.n@example.com access none PGCMLS local", op="sue")

h3("CY-H247", "askusnow", "", """
p can someone email me a list of books about the civil war in maryland for my dad
l Will here. Sure! Email?
p it’s kt.ross@example.con
p oops .com not .con
p kt.ross@example.com
""", "kt.ross@example.com research none - default", op="will")

h3("CY-H248", "askusnow", "", """
p i’m a paralegal in ohio and need maryland court opinions from the 1970s on zoning
l Grace here. The State Law Library is the best place for that. Email?
p k.fields@example.org
""", "k.fields@example.org research law - law")

h3("CY-H249", "hcls", "", """
p hi my laptop checkout is due today but i’m sick, can i renew it
l Bill here. Let me check.
p thx, email s.ward@example.com
""", "s.ward@example.com circulation none HCLS local", op="bill")

h3("CY-H250", "askusnow", "", """
p your librarian yesterday was really condescending, talked to me like a child
p i just wanted to know how to use the printer
l Sue here. I’m sorry; I’ll pass that along.
p fine. jmendez@example.net
""", "jmendez@example.net other none - quality", op="sue")

h3("CY-H251", "askusnow", "", """
p hi can i get a replacement card? lost my wallet
l Will here. Which library?
p carroll county
p cw.lopez@example.org
""", "cw.lopez@example.org circulation none CARROLL local", op="will")

h3("CY-H252", "askusnow", "", """
p my kid needs a book on maryland history for 4th grade, something about the chesapeake
l Grace here. I can find some. Email?
p no thanks we’ll come in
""", "- research none - no-email")

h3("CY-H253", "askusnow", "", """
p i live in curtis bay, what bus goes to the central library downtown?
l Bill here. I’ll look up the route.
p ty, email is kw.james@example.com
""", "kw.james@example.com other none EPFL local", op="bill")

h3("CY-H254", "askusnow", "", """
p my grandmother was a nurse in world war 1, i want to find her service records
l Sue here. Military records are specialist research. Email?
p mjensen@example.org
p we’re on kent island
""", "mjensen@example.org research specialist QUEENANNES local", op="sue")

h3("CY-H255", "askusnow", "", """
p can my HOA fine me for parking my work truck in my own driveway?
l Will here. A law librarian can send you information on HOA rules in Maryland. Email?
p aldo.v@example.com
""", "aldo.v@example.com research law - law", op="will")

h3("CY-H256", "askusnow", "", """
p how do i renew online
l Grace here. Log in to your account and choose Renew.
p got it 👍
""", None, status=ANS)

h3("CY-H257", "askusnow", "", """
p is “The Bluest Eye” banned at the library? my son’s school pulled it
l Bill here. Maryland public libraries don’t ban books; I can send you the policy.
p ok thanks, lyn.b@example.net
""", "lyn.b@example.net policy none - default", op="bill")

h3("CY-H258", "askusnow", "4105550135", """
p hi im in aberdeen, the talking book player i got from the blind library stopped working
l Sue here. They can send a new one. Email?
p dont have one, can u call
""", "- circulation print-disability HARFORD no-email", op="sue")

h3("CY-H259", "askusnow", "", """
p i want to sue the dry cleaner, they ruined my wedding dress and won’t pay
l Will here. The State Law Library can send information on small claims. Email?
p it’s pdunn@example.com
""", "pdunn@example.com research law - law", op="will")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def timed_lines(chat):
    """Each line with its New York time, seconds apart drawn with a seed per chat."""
    rng = random.Random("y-times-" + chat["cid"])
    at = local_start(chat["start"]) + timedelta(seconds=rng.randint(3, 40))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 70) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def by_start(chats):
    return sorted(chats, key=lambda c: local_start(c["start"]))


def excel_time(t):
    """A date and time as Excel writes it back: `10/14/2025 15:22` (no seconds)."""
    return f"{t.month}/{t.day}/{t.year} {t.hour}:{t:%M}"


def cell(s, delimiter):
    """A cell as Excel saves it: quoted only when it holds the delimiter, a quote or a line end."""
    if any(ch in s for ch in delimiter + '"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def table_text(rows, delimiter):
    return "".join(delimiter.join(cell(x, delimiter) for x in r) + "\r\n" for r in rows)


EX_COLUMNS = ["Chat ID", "Timestamp", "Wait Time", "Duration", "Guest", "Guest Email", "Answerer",
              "Department", "Initial Question", "Message Count", "Tags", "Rating", "Comment",
              "Transcript"]
H3_COLUMNS = ["id", "queue", "guest", "operator", "protocol", "started", "accepted", "ended",
              "duration", "disposition", "transcript"]


def ex_row(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    lines = timed_lines(c)
    started = local_start(c["start"])
    rng = random.Random("y-ex-wait-" + c["cid"])
    tags = ", ".join(x for x in (c["status"], c["tags"]) if x)
    first = next(text for _, code, text in lines if code == "p")
    return [c["cid"], excel_time(started), str(rng.randint(5, 240) if c["lib"] else ""),
            str(int((lines[-1][0] - started).total_seconds()) + rng.randint(5, 60)),
            c["patron"], c["email"] or "", c["lib"] or "", c["origin"], first, str(len(lines)),
            tags, c["rating"], c["comment"],
            "\n".join(f"{t:%H:%M:%S} - {names[code]}: {text}" for t, code, text in lines)]


def h3_row(c):
    names = {"p": c["patron"], "l": c["lib"]}
    lines = timed_lines(c)
    started = local_start(c["start"])
    staff_first = next((t for t, code, _ in lines if code == "l"), None)
    ended = lines[-1][0] + timedelta(seconds=random.Random("y-h3-end-" + c["cid"]).randint(5, 90))
    return [c["cid"], c["origin"], c["patron"], c["lib"] or "", "sms" if c["sms"] else "web",
            excel_time(started), excel_time(staff_first) if staff_first else "",
            excel_time(ended), str(int((ended - started).total_seconds())), c["status"],
            "\n".join(f"[{t:%H:%M:%S}] {names[code]}: {text}" for t, code, text in lines)]


def ex_bytes(chats):
    rows = [EX_COLUMNS] + [ex_row(c) for c in by_start(chats)]
    return table_text(rows, ",").encode("cp1252")


def h3_bytes(chats):
    rows = [H3_COLUMNS] + [h3_row(c) for c in by_start(chats)]
    return b"\xff\xfe" + table_text(rows, "\t").encode("utf-16-le")


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("excel", "csv", EX, ex_bytes), ("unicode", "txt", H3, h3_bytes)]


def part_dir(name):
    """Where a file of this part lives: y1 (the development half, whose misses were read and
    fixed by kind) trains the category model, y2 stays held out."""
    return "train" if name.startswith("y1_") else "heldout"


def files():
    """(file name, style, its chats in the file's order, bytes function) for the four exports."""
    return half_files("y", STYLES, by_start)


def all_bytes():
    """Every file this script owns: path -> bytes."""
    out = {}
    for name, _, chats, write in files():
        out[HERE / part_dir(name) / name] = write(chats)
        out[HERE / part_dir(name) / (name + ".labels.csv")] = labels_text(chats).encode("utf-8")
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "y", counts_table).encode("utf-8")
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
EXCEL_TIME = re.compile(r"^([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/20\d\d ([0-9]|1\d|2[0-3]):[0-5]\d$")
EX_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d - ([^:\n]+): (.*)$")
H3_LINE = re.compile(r"^\[([01]\d|2[0-3]):[0-5]\d:[0-5]\d\] ([^\s:]+): (.*)$")
GUEST_JID = re.compile(r"^([a-z0-9]{26}@web|[2-9]\d\d555\d{4}@sms)\.libraryh3lp\.com$")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from: a written-out one leaves both its user name's last part and
    # its domain's name; no check of written=True against the field, nor against URLs.
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field and not c["written"] and email not in patron_text:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if user.split(".")[-1] not in patron_text or domain.split(".")[0] not in patron_text:
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


def read_table(text, delimiter, columns, name):
    """The rows of a saved table, read by python's csv; the text must be exactly what Excel
    writes for them (minimal quoting, CRLF after each row, LF only inside a cell)."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if table_text(rows, delimiter) != text:
        raise ValueError("not as Excel writes it (quoting or row ends)")
    if rows[0] != columns:
        raise ValueError(f"header {rows[0]}")
    out = []
    for r in rows[1:]:
        if len(r) != len(columns):
            raise ValueError(f"{r[0]}: {len(r)} cells")
        if any("\r" in x for x in r):
            raise ValueError(f"{r[0]}: a carriage return inside a cell")
        out.append(dict(zip(columns, r)))
    return out


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    raw = (HERE / part_dir(name) / name).read_bytes()
    out = []
    if style == "excel":
        if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            raise ValueError("a byte-order mark")
        if b"\x92" not in raw:
            raise ValueError("no Windows-1252 curly apostrophe (0x92)")
        try:
            raw.decode("utf-8")
            raise ValueError("the bytes are valid UTF-8, not Windows-1252")
        except UnicodeDecodeError:
            pass
        for rec in read_table(raw.decode("cp1252"), ",", EX_COLUMNS, name):
            cid, patron, staff = rec["Chat ID"], rec["Guest"], rec["Answerer"]
            if not EXCEL_TIME.match(rec["Timestamp"]):
                raise ValueError(f"{cid}: Timestamp {rec['Timestamp']!r}")
            lines = []
            for piece in rec["Transcript"].split("\n"):
                m = EX_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                if m.group(2) not in (patron, staff, "System"):
                    raise ValueError(f"{cid}: a line from {m.group(2)!r}")
                lines.append((m.group(2), m.group(3)))
            if rec["Initial Question"] != next(t for w, t in lines if w == patron):
                raise ValueError(f"{cid}: the initial question is not the first message")
            if int(rec["Message Count"]) != len(lines):
                raise ValueError(f"{cid}: Message Count")
            out.append({"id": cid, "patron": patron, "email": rec["Guest Email"],
                        "status": rec["Tags"].split(", ")[0], "lines": lines})
        return out
    if not raw.startswith(b"\xff\xfe") or len(raw) % 2:
        raise ValueError("no UTF-16 little-endian byte-order mark, or an odd number of bytes")
    text = raw[2:].decode("utf-16-le")
    if "\ufeff" in text:
        raise ValueError("a second byte-order mark")
    for rec in read_table(text, "\t", H3_COLUMNS, name):
        cid, patron, staff = rec["id"], rec["guest"], rec["operator"]
        if not GUEST_JID.match(patron) or patron.endswith("@sms.libraryh3lp.com") != (
                rec["protocol"] == "sms"):
            raise ValueError(f"{cid}: guest {patron!r} ({rec['protocol']})")
        if staff and not re.match(r"^[a-z]+@chat\.libraryh3lp\.com$", staff):
            raise ValueError(f"{cid}: operator {staff!r}")
        for col in ("started", "ended") + (("accepted",) if staff else ()):
            if not EXCEL_TIME.match(rec[col]):
                raise ValueError(f"{cid}: {col} {rec[col]!r}")
        lines = []
        for piece in rec["transcript"].split("\n"):
            m = H3_LINE.match(piece)
            if not m:
                raise ValueError(f"{cid}: line {piece[:40]!r}")
            if m.group(2) not in (patron, staff):
                raise ValueError(f"{cid}: a line from {m.group(2)!r}")
            lines.append((m.group(2), m.group(3)))
        out.append({"id": cid, "patron": patron, "email": "", "status": rec["disposition"],
                    "lines": lines})
    return out


def resolution_problems(r, c):
    """This part's records give back the resolution as well."""
    return ["the resolution does not read back"] if r["status"] != c["status"] else []


def check_all():
    problems = []
    chats = EX + H3
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CY-"):
            problems.append(f"{cid}: chat id without the CY- prefix")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{cid}: the patron never speaks")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        if c in H3 and "s" in codes:
            problems.append(f"{cid}: LibraryH3lp transcripts have no system lines here")
        if c["patron"] == c["lib"] or ":" in c["patron"]:
            problems.append(f"{cid}: patron name {c['patron']!r}")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and "@" in c["email"] and not c["email"].endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, StopIteration, csv.Error),
                                   check_label, extra=resolution_problems)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled "
                   f"({sum(1 for c in lab if c['sms'])} SMS)")
    out += tally_lines((("both", EX + H3), ("excel", EX), ("unicode", H3)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", EX + H3))
    sms_n = sum(1 for c in EX + H3 if c["label"] and c["sms"])
    return labels_table(cols, EX + H3, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("y_build", all_bytes, check_all, counts))
