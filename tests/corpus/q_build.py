#!/usr/bin/env python3
"""Writes and checks the "q" part of aun's labelled corpus (q1 in train/, q2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, no real person's data.
Each chat carries its label, written by hand from rules.md sections 5-6 when the chat was written,
before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at"). Chats whose resolution is not "Follow Up By Patron Library"
carry no label and get no labels row. Where the patron asks two things or changes topic, the
category (and subject need) is that of the question left open for the follow-up. A chat from an
academic institution's own queue belongs to that institution (rules.md section 5, "origin
account"), wherever its student lives.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (q1 and q2):
  qN_academic.csv      a college or university library's own chat queue export (LibChat-like):
                       `Chat ID`, `Timestamp` (`2026-03-02 11:04:17`, New York), `Department` (the
                       college's own queue, or "Maryland AskUsNow! Public Library" for a student
                       who came through the statewide queue), `Guest Name`, `Guest Email` (an
                       address or empty), `Operator` (first names), `Status`, `Initial Question`,
                       `Transcript`: lines `11:04:17 - Name: text` (24-hour New York clock) joined
                       by LF inside the quoted cell; CRLF between rows; a cell is quoted only when
                       it holds a comma, quote or line end.
  qN_h3lp_guests.jsonl JSON Lines from a LibraryH3lp-like system that carries the statewide (and
                       Pratt's) queue: `id`, `queue`, `started` (`2026-03-02T16:04:17Z`, UTC),
                       `guest` (the guest's JID: `…@web.libraryh3lp.com`,
                       `…@web.ca.libraryh3lp.com` on the Canadian server, or an SMS number
                       `+1410555….@sms.libraryh3lp.com`), `operator` (`name@chat.libraryh3lp.com`,
                       null when no one answered), `outcome`,
                       `messages`: a list of `{"from", "at", "body"}`, `from` the guest's or the
                       operator's JID or "system", `at` in UTC.

The mapping was tried first on three trial chats per style (not in the part): the academic
export's `Contact Info` and `Answerer` columns, as first planned, were not read by aun with no
flags, so they are named `Guest Email` and `Operator` here; every key of the LibraryH3lp style
is read as it is.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, of its kind: SMS, Canadian
server, a college's own queue or a shared queue; in all; then q1); rows that are not follow-ups
alternate. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/q_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/q_build.py --check   (writes nothing: fails when a file
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
    ANY_ADDRESS, is_address,
    address_problems, export_texts, label_row, labels_csv, labels_table, lines_of, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    vocabulary_problems,
)
from corpus_common import by_start, local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"
LEFT = "Patron Left"

AUN = "Maryland AskUsNow! Public Library"
UMBC = "UMBC Library - Ask Us"
STEV = "Stevenson University Library"
AACC = "AACC Library Chat"
FSU = "Frostburg State University Library"
TOWSON = "Towson University Libraries"
H_AUN = "maryland-askusnow"
H_PRATT = "enoch-pratt-askus"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {UMBC: "UMBC", STEV: "STEVENSON", AACC: "AACC", FSU: "FSU", TOWSON: "TOWSON"}

AC = []  # the academic CSV chats
HL = []  # the LibraryH3lp JSON Lines chats

# Librarians' first names: several are also Maryland place names (never a local library).
AC_STAFF = {"laurel": "Laurel", "kent": "Kent", "cecil": "Cecil", "howard": "Howard",
            "carroll": "Carroll", "calvert": "Calvert", "jen": "Jen", "omar": "Omar"}
HL_STAFF = {"laurel", "kent", "cecil", "howard", "carroll", "calvert", "priya", "marcus"}
H3 = "libraryh3lp.com"


def _start(n, seed):
    """The n-th chat of a style starts on a March 2026 day (New York), between 8 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 3, 2) + timedelta(days=(n * 3) // 7)
    return (day + timedelta(hours=rng.randint(8, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def ac(cid, dept, guest, email, t, label=None, op="laurel", status=FU, written=False):
    """A chat of the academic CSV. guest: the name typed (empty: `Guest NNNN`); email None is an
    empty `Guest Email` cell."""
    rng = random.Random("q-ac-name-" + cid)
    AC.append(dict(cid=cid, start=_start(len(AC), "q-ac-" + cid), origin=dept,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=AC_STAFF[op] if op else None, status=status,
                   written=written, sms=False))


def hl(cid, queue, guest, t, label=None, op="priya", status=FU, written=False, drawn=None):
    """A chat of the LibraryH3lp JSON Lines. guest: "web", "ca" (the Canadian server) or an
    11-digit 555 number for an SMS guest. No e-mail field: addresses are in the messages.
    drawn: the label as first written, when it was corrected after the halves were drawn."""
    rng = random.Random("q-hl-jid-" + cid)
    sms = guest.isdigit()
    if sms:
        jid = f"+{guest}@sms.{H3}"
    else:
        user = "".join(rng.choice("0123456789abcdef") for _ in range(13))
        jid = f"{user}@{'web.ca' if guest == 'ca' else 'web'}.{H3}"
    if op:
        assert op in HL_STAFF, op
    HL.append(dict(cid=cid, start=_start(len(HL), "q-hl-" + cid), origin=queue, patron=jid,
                   email=None, t=t, label=label, lib=f"{op}@chat.{H3}" if op else None,
                   status=status, written=written, sms=sms, drawn=drawn))

# ---------------------------------------------------------------------------------------------
# The academic CSV (qN_academic.csv): five colleges' own queues, some statewide-queue students
# ---------------------------------------------------------------------------------------------

ac("CQ-A101", UMBC, "", "jlee7@students.example.edu", """
p cant get the full text of this article, it wants $39
p https://doi.example.org/10.1000/jsoc.2019.114
l Hi, this is Laurel. Are you on campus or at home?
p home
l Try logging in through the library link first; I'll send the steps by email.
""", "= access none UMBC local", op="laurel")

ac("CQ-A102", TOWSON, "Tessa", None, """
p ezproxy says "you are not authorized" when i open psycinfo from home
l Sorry about that! Kent here. What's your email so I can send a fix?
p tmarsh2@students.example.edu
""", "tmarsh2@students.example.edu access none TOWSON local", op="kent")

ac("CQ-A103", STEV, "", None, """
p we dont have this book, can i get one chapter thru ILL?
l Yes, you can request a chapter scan through interlibrary loan. Email for follow-up?
p no thanks ill just come in tmrw
""", "- access none STEVENSON no-email", op="jen")

ac("CQ-A104", AACC, "Marco", "marco.d@example.com", """
p the laptop i checked out is due today, can i keep it til friday
l Let me check whether it can be renewed.
p ok thx
""", "= circulation none AACC local", op="omar")

ac("CQ-A105", FSU, "", "bwhitt@students.example.edu", """
p need 5 peer reviewed sources on coal mining towns in western md
p its for my soc 210 paper
l Good topic. I'll send a few searches to start with.
""", "= research none FSU local", op="cecil")

ac("CQ-A106", UMBC, "Dev", "dev.p@students.example.edu", """
p hi, for my Law and Society class i need sources on why people dont report crimes to police
p sociology side not legal stuff
l Sure, that's a great topic for Sociological Abstracts. I'll email a list.
""", "= research none UMBC local", op="howard")

ac("CQ-A107", TOWSON, "", None, """
p my landlord near campus wont give back my security deposit, moved out in dec
p he says "cleaning" but it was clean
l A law librarian could send you what the law says. What email works?
p aokafor@students.example.edu
""", "aokafor@students.example.edu research law TOWSON law", op="carroll")

ac("CQ-A108", STEV, "Rae", "rae.h@students.example.edu", """
p i have dyslexia and use text to speech
p the course reserve pdf for nurs 301 is just a scan, my reader wont read it
l I'll ask about an accessible copy and email you.
""", "= access print-disability STEVENSON print-disability", op="calvert")

ac("CQ-A109", AACC, "", "kbaptiste@example.net", """
p printer on the 2nd floor took my money and printed nothing
l Sorry! Which printer number?
p idk the one by the stairs
""", "= other none AACC local", op="omar")

ac("CQ-A110", FSU, "Gail", None, """
p when was frostburg a normal school? looking for yearbooks from the 1920s and anything on the campus back then
l Our archives would have those. Email?
p gail.m@example.org
l I'll pass this to the archivist.
""", "gail.m@example.org research specialist FSU local", op="kent")

ac("CQ-A111", UMBC, "", "npatel3@students.example.edu", """
p the librarian i talked to yesterday was really dismissive, just said use google scholar and left
p still need help finding sources on microplastics in the bay
l I'm sorry that happened. I'll pass your comment on and help with the sources.
""", "= research none UMBC quality", op="jen")

ac("CQ-A112", TOWSON, "Jordan", "jordan.b@students.example.edu", """
p this chat keeps dropping, 3rd time trying
s Guest has disconnected.
s Guest has reconnected.
p ugh. can i renew the reserve textbook for econ 201
l Sorry about the disconnects, I'll report it. Let me check the reserve renewal.
""", "= circulation none TOWSON quality", op="kent")

ac("CQ-A113", STEV, "", "mcoles@example.com", """
p can alumni still use the databases from home after graduation?
l Alumni get some databases. I'll email the list.
""", "= policy none STEVENSON local", op="calvert")

ac("CQ-A114", AACC, "Pri", None, """
p library hours during spring break?
l Let me confirm the break schedule; what's your email?
p priya.s@example.org
""", "priya.s@example.org policy none AACC local", op="laurel")

ac("CQ-A115", FSU, "", "tgreer@students.example.edu", """
p put a hold on a book from another usmai library last week, still not here
p how long does it usually take
l I'll track it down and email you.
""", "= circulation none FSU local", op="cecil")

ac("CQ-A116", UMBC, "Kayla", "kayla.r@students.example.edu", """
p why is there a $15 fine on my acct? i returned the calculator on time
l Let me look into it.
""", "= circulation none UMBC local", op="howard")

ac("CQ-A117", TOWSON, "", "ezra.k@students.example.edu", """
p how do u cite a tiktok in apa 7
l Good question, I'll send the format.
""", "= research none TOWSON local", op="carroll")

ac("CQ-A118", STEV, "", None, """
p can i print on legal size paper in the library? need it for a poster handout
l I'll check which printers take legal size. Email?
p sorry its lh.ortiz@example.con
p lh.ortiz@example.com
""", "lh.ortiz@example.com other none STEVENSON local", op="jen")

ac("CQ-A119", AACC, "Bri", "bri.w@example.net", """
p is the food court in the student union still open? im in the library and starving lol
l Not sure, I'll find out.
""", "= other none AACC local", op="omar")

ac("CQ-A120", FSU, "", "lmcdaniel@students.example.edu", """
p paper on home court advantage in the nba, need scholarly sources
l SPORTDiscus would be good. I'll email some.
""", "= research none FSU local", op="calvert")

ac("CQ-A121", UMBC, "Tre", "tre.n@example.com", """
p im an online student in texas, proxy login just loops back to the login page
l That's usually a cookie issue. I'll email steps.
""", "= access none UMBC local", op="laurel")

ac("CQ-A122", TOWSON, "", None, """
p [abusive language removed by system]
p answer me you useless
l That language isn't acceptable. I'm ending this chat now.
""", "- other none TOWSON no-email", op="kent")

ac("CQ-A123", STEV, "Lia", "lia.v@students.example.edu", """
p cinahl says no access
l Are you logged in with your Stevenson account?
p yes
""", "= access none STEVENSON local", op="calvert")

ac("CQ-A124", AACC, "", None, """
p i have low vision. does the library have a magnifier or big screen i can use?
l We have some assistive tech. Email for details?
p dwayne.f@example.com
""", "dwayne.f@example.com policy print-disability AACC print-disability", op="omar")

ac("CQ-A125", FSU, "Amber", "amber.c@students.example.edu", """
p how many free pages do we get a semester for printing
l I'll check the current quota.
""", "= policy none FSU local", op="cecil")

ac("CQ-A126", UMBC, "", "sgomez@students.example.edu", """
p study room 4 door won't unlock with my card
l I'll tell the desk.
""", "= other none UMBC local", op="howard")

ac("CQ-A127", TOWSON, "Ben", "ben.t@example.net", """
p library wifi keeps kicking me off every 10 min
l Sorry, I'll pass that to IT and email you what they say.
""", "= other none TOWSON local", op="carroll")

ac("CQ-A128", AUN, "", None, """
p im a nursing student at stevenson, cant get into uptodate from home
l Hi! This is Laurel with AskUsNow. I'll send this to your library. Email?
p kshah@students.example.edu
""", "kshah@students.example.edu access none STEVENSON local", op="laurel")

ac("CQ-A129", AUN, "Renee", "renee.b@example.org", """
p doing my MSW online thru frostburg state, i live in pennsylvania
p need articles on kinship care
l I'll send this to Frostburg's library.
""", "= research none FSU local", op="kent")

ac("CQ-A130", AUN, "", "hmoss@example.com", """
p whats the best database for nursing articles
l Hi, Cecil here. CINAHL is the main one. Which library do you use?
p just curious, thx
""", "= research none - default", op="cecil")

ac("CQ-A131", AUN, "", None, """
p my ex wont follow the custody schedule, keeps the kids extra days
p what can i do
l A law librarian can follow up. Email?
p its tanya dot reese at example dot net
""", "tanya.reese@example.net research law - law", op="howard", written=True)

ac("CQ-A132", AUN, "Kev", "kev.o@example.com", """
p got a speeding ticket in ocean city over spring break
p do i have to go to court or can i just pay it
l The law library can answer that.
""", "= research law - law", op="carroll")

ac("CQ-A133", AUN, "", None, """
p mechanic kept my car 3 weeks and charged double. how do i file small claims
l A law librarian can send the forms and steps. What's an email?
p jwilder@example.org
""", "jwilder@example.org research law - law", op="calvert")

ac("CQ-A134", AUN, "Ana", "ana.k@example.net", """
p looking for my great grandfathers naturalization papers. he came thru baltimore in 1907
l A genealogy specialist can help; I'll pass it on.
""", "= research specialist - specialist", op="jen")

ac("CQ-A135", AUN, "", "ross.p@example.com", """
p need old maps of annapolis from the 1850s for a project
l I'll pass this to a specialist.
""", "= research specialist - specialist", op="omar")

ac("CQ-A136", AUN, "", None, """
p how do i find who owned my house in hagerstown around 1900? land records?
l Good question. What's your email?
p mfoley@example.net
""", "mfoley@example.net research specialist WCFL local", op="laurel")

ac("CQ-A137", AUN, "Lynn", "lynn.g@example.org", """
p my dad has parkinsons, his hands shake and he cant hold a book anymore
p are there audiobooks for ppl like him
l Yes, there's a state talking book service. I'll send the application.
""", "= policy print-disability - print-disability", op="kent")

ac("CQ-A138", AUN, "", None, """
p i use voiceover on my phone and the libby app skips the borrow button
p i'm blind, cant get past it
l I'll pass this on. What's your email?
p v.ames@example.com
""", "v.ames@example.com access print-disability - print-disability", op="cecil")

ac("CQ-A139", AUN, "Oscar", "oscar.l@example.net", """
p last week someone on here promised to email me about my interlibrary loan and nobody ever did
p still need that article
l I'm sorry about that. I'll report it and make sure someone follows up.
""", "= access none - quality", op="howard")

ac("CQ-A140", AUN, "", "bfinch@example.org", """
p is the library open sunday?
l Hi, I'm Calvert. Which library do you mean?
p the closest one idk
""", "= policy none - default", op="calvert")

ac("CQ-A141", AUN, "", None, """
p need help citing a govt report in mla
l Sure, this is Kent. Email so I can send examples?
p kyra.b@example.cmo
p oops kyra.b@example.com
""", "kyra.b@example.com research none - default", op="kent")

ac("CQ-A142", AUN, "Nadia", "nadia.q@example.com", """
p hi i need to renew my books, live in columbia md
l Howard here, I'll send this to your library.
""", "= circulation none HCLS local", op="howard")

ac("CQ-A143", AUN, "", None, """
p im in laurel, does the library do passports
l Hi, I'm Cecil. I'll find out. Email?
p tpierce@example.net
""", "tpierce@example.net policy none PGCMLS local", op="cecil")

ac("CQ-A144", AUN, "Sky", "sky.d@example.org", """
p writing about the history of the chesapeake bay bridge for class, need sources
l I'll send some newspaper and book sources.
""", "= research none - default", op="carroll")

ac("CQ-A145", UMBC, "", "ffrancis@students.example.edu", """
p need a chapter from a book umbc doesnt own, ILL?
p also my personal email is faye.f@example.com if thats easier
l ILL can scan chapters. I'll email the request link.
""", "= access none UMBC local", op="jen")

ac("CQ-A146", TOWSON, "", None, """
p getting an error from this link
p https://login.proxy.example.edu/login?qurl=x&user=kpatel@students.example.edu
l Does it say which database?
p jstor. gtg class
""", "- access none TOWSON no-email", op="kent")

ac("CQ-A147", STEV, "Mo", "mo.a@students.example.edu", """
p i need to renew the reserve chem textbook i have, its due at 5
l Reserve items can sometimes be renewed once. I'll check.
""", "= circulation none STEVENSON local", op="calvert")

ac("CQ-A148", AACC, "", "eluna@example.com", """
p need stats on community college enrollment in maryland last 10 yrs
l I'll send a couple of sources.
""", "= research none AACC local", op="laurel")

ac("CQ-A149", FSU, "Hank", None, """
p geography project: any historical maps of the mines around frostburg in special collections?
l Possibly. Email so the archivist can reply?
p hank.w@students.example.edu
""", "hank.w@students.example.edu research specialist FSU local", op="cecil")

ac("CQ-A150", UMBC, "", "oadeyemi@students.example.edu", """
p asking for my mom, she had a stroke and can't hold a book
p can she get talking books? shes not a student
l Yes, she may qualify for the state talking book library.
""", "= policy print-disability UMBC print-disability", op="howard")

ac("CQ-A151", TOWSON, "Chris", "chris.m@students.example.edu", """
p the person at the circ desk was really rude to me about my fine today
p rolled her eyes and wouldn't explain it
l I'm sorry. I'll pass this on to the supervisor.
""", "= circulation none TOWSON quality", op="carroll")

ac("CQ-A152", STEV, "", "gwen.p@example.net", """
p can i put a hold on The Lincoln Lawyer, the book not the show lol
l Sure, I'll check.
""", "= circulation none STEVENSON local", op="jen")

ac("CQ-A153", AACC, "Luis", "luis.c@example.org", """
p for my Law and Society paper i need the actual maryland law on juvenile expungement
p and a couple court cases about it
l A law librarian can help with the statute and cases.
""", "= research law AACC law", op="omar")

ac("CQ-A154", FSU, "", "pat.h@example.com", """
p im not a student, just live nearby. can community members use the computers in the library?
l Yes, guests can use some. I'll email the rules.
""", "= policy none FSU local", op="kent")

ac("CQ-A155", UMBC, "", None, """
p how do i find lit review articles for psych
l I'll help. What email should I send things to?
p nah im good
""", "- research none UMBC no-email", op="laurel")

ac("CQ-A156", TOWSON, "Ari", "ari.s@students.example.edu", """
p the chat froze and lost my question
p anyway need full text of a 2004 article in j of applied psych
l Sorry about the connection problem, I'll report it. Let me find the article.
""", "= access none TOWSON quality", op="kent")

ac("CQ-A157", AUN, "", "wyatt.e@example.com", """
p i live in virginia, can i use maryland libraries' databases
l Hi, Carroll here. It depends on the library. I'll email what I find.
""", "= policy none - default", op="carroll")

ac("CQ-A158", AUN, "Jules", "jules.k@students.example.edu", """
p umbc student. psycinfo says no access when off campus
l I'll send this to UMBC's library.
""", "= access none UMBC local", op="calvert")

ac("CQ-A159", STEV, "", "imani.j@students.example.edu", """
p can i get a dissertation through ILL
l Hi, I'm Carroll. Often yes. I'll email the form.
""", "= access none STEVENSON local", op="carroll")

ac("CQ-A160", AACC, "Paige", None, """
p printer wont take my card
p nvm it worked. actually i need sources on nursing ethics for my paper
l Happy to. Email?
p paige.n@example.com
""", "paige.n@example.com research none AACC local", op="laurel")

ac("CQ-A161", TOWSON, "", None, """
p what time do you close tonight
l We close at 11 pm.
p thx
""", op="kent", status=ANS)

ac("CQ-A162", AUN, "", None, """
p hello?
""", op=None, status=LOST)

ac("CQ-A163", UMBC, "Sam", None, """
p need help with a citation
l Sure, which style?
""", op="howard", status=LEFT)

# ---------------------------------------------------------------------------------------------
# The LibraryH3lp JSON Lines (qN_h3lp_guests.jsonl): the statewide queue, some Pratt
# ---------------------------------------------------------------------------------------------

hl("CQ-H201", H_AUN, "web", """
s Guest joined the chat.
p landlord changed the locks while i was at work. is that even legal
l Hi, I'm Howard. That's a question for a law librarian. Can I get your email?
p deshawn.m@example.com
""", "deshawn.m@example.com research law - law", op="howard")

hl("CQ-H202", H_AUN, "14105550142", """
p can i renew my books by text
l Which library is your card from? And an email for follow-up?
p txt only no email
""", "- circulation none - no-email", op="priya")

hl("CQ-H203", H_AUN, "ca", """
p hello from toronto! researching ancestors who lived in cumberland maryland in the 1870s
p miners i think. where would records be
l A genealogy specialist can help. Email?
p c.bouchard@example.org
""", "c.bouchard@example.org research specialist - specialist", op="marcus")

hl("CQ-H204", H_AUN, "web", """
p my daughter is dyslexic, her teacher said theres a state program with audiobooks for kids like her
p we live in frederick. who qualifies
l Readers with dyslexia can qualify for the talking book library. Email?
p amy.t@example.net
""", "amy.t@example.net policy print-disability FCPL print-disability", op="laurel")

hl("CQ-H205", H_AUN, "web", """
p does my library card work in other counties? im in bel air
l Good question; I'll check with Harford. Email?
p ron.k@example.com
""", "ron.k@example.com policy none HARFORD local", op="kent")

hl("CQ-H206", H_AUN, "web", """
p custody hearing next week and i dont have a lawyer
p where do i find the forms to respond
l The law library helps with court forms. What's your email?
p f.rivera@example.org
""", "f.rivera@example.org research law - law", op="howard")

hl("CQ-H207", H_AUN, "web", """
p does the library have a cafe or food court? meeting a friend there
l Which library are you going to?
p the big one downtown i guess, ill figure it out. email me: jbell@example.net
""", "jbell@example.net other none - default", op="cecil")

hl("CQ-H208", H_AUN, "web", """
p need 20 pages printed on legal size paper, can the towson branch do that
l I'll ask them. Email?
p marisa.g@example.com
""", "marisa.g@example.com other none BCPL local", op="carroll")

hl("CQ-H209", H_AUN, "web", """
p the last librarian i had on here was rude and told me to stop asking so many questions
p i just wanted help with my resume
l I'm very sorry. I'll report that. What's your email?
p k.dunn@example.org
""", "k.dunn@example.org other none - quality", op="priya")

hl("CQ-H210", H_AUN, "web", """
p i need articles about
s Guest has disconnected.
s Guest has reconnected.
p sorry it dropped again. articles about teen vaping
l The session seems to keep breaking, I'll report the connection problem. Email?
p lsimms@example.net
""", "lsimms@example.net research none - quality", op="marcus")

hl("CQ-H211", H_AUN, "web", """
p [message removed: abusive language]
p whatever u r all idiots
l I'm ending this chat because of abusive language.
""", "- other none - no-email", op="calvert")

hl("CQ-H212", H_AUN, "14435550177", """
p what time does the library close tonight
l Which library? I can email you the hours.
p any. hayden.r@example.com
""", "hayden.r@example.com policy none - default", op="priya")

hl("CQ-H213", H_AUN, "web", """
p looking for 1850 census records for my family in somerset county
p were they free or enslaved, not sure
l A genealogy specialist will follow up. Email?
p ebrooks@example.org
""", "ebrooks@example.org research specialist - specialist", op="kent")

hl("CQ-H214", H_AUN, "web", """
p i live in westminster and want to find old land records for our farm, back to the 1800s
l I'll send this on. What's your email?
p will.h@example.com
""", "will.h@example.com research specialist CARROLL local", op="laurel")

hl("CQ-H215", H_AUN, "web", """
p my grandma has macular degeneration and can't read regular books
p can she get large print or audio mailed to her
l Yes, the state's library for the blind and print disabled mails them. Email?
p nora.b@example.net
""", "nora.b@example.net policy print-disability - print-disability", op="calvert")

hl("CQ-H216", H_AUN, "web", """
p kindle wont download my libby book
p card is from montgomery county if that matters
l It does. I'll have MCPL follow up. Email?
p tuan.l@example.com
""", "tuan.l@example.com access none MCPL local", op="cecil")

hl("CQ-H217", H_AUN, "web", """
p hoopla says ive reached my monthly limit??
l That's set by each library. Email?
p gina.f@example.org
""", "gina.f@example.org access none - default", op="marcus")

hl("CQ-H218", H_AUN, "web", """
p distance ed student at umbc, i live in arizona
p the proxy wont load any database
l I'll send this to UMBC's library. Email?
p rjohns@students.example.edu
""", "rjohns@students.example.edu access none UMBC local", op="priya")

hl("CQ-H219", H_AUN, "ca", """
p im in ontario, can i get a maryland library card online?
l Generally cards are for Maryland residents. Email?
p m.tremblay@example.com
""", "m.tremblay@example.com policy none - default", op="kent")

hl("CQ-H220", H_AUN, "web", """
p how do i cite a court case in apa for my law and society class
l Good question. I'll send an example. Email?
p zoe.a@students.example.edu
""", "zoe.a@students.example.edu research none - default", op="howard")

hl("CQ-H221", H_PRATT, "web", """
p i live in hampden and im writing about gentrification in my neighborhood
p need sources
l I'll send this to Pratt. Email?
p mcarter@example.net
""", "mcarter@example.net research none EPFL local", op="carroll")

hl("CQ-H222", H_AUN, "web", """
p i was supposed to get an email from askusnow 3 days ago about business license data and nothing
p still need it
l I'm sorry it didn't come. I'll report it and make sure it's followed up. Email?
p o.nwosu@example.com
""", "o.nwosu@example.com research none - quality", op="priya")

hl("CQ-H223", H_AUN, "web", """
p got a traffic ticket in annapolis but i live in delaware
p can i fight it without going back
l A law librarian can help. Email?
p drew.p@example.org
""", "drew.p@example.org research law - law", op="laurel")

hl("CQ-H224", H_AUN, "web", """
p my dad died without a will. who gets the house
l I'm sorry for your loss. A law librarian can follow up. Email?
p s.ellis@example.net
""", "s.ellis@example.net research law - law", op="marcus")

hl("CQ-H225", H_AUN, "14105550168", """
p eviction notice on my door says 10 days
p what do i do
l A law librarian can help; do you have an email?
p no
""", "- research law - no-email", op="calvert")

hl("CQ-H226", H_AUN, "web", """
p need the frederick douglass narrative for class, is there an ebook
l Yes, most libraries have it. Email so I can send links?
p tia.m@example.com
""", "tia.m@example.com access none - default", op="cecil")

hl("CQ-H227", H_AUN, "web", """
p old photos of ellicott city main street before the floods, for a local history project
l A local history specialist could help. Email?
p dbarnes@example.org
""", "dbarnes@example.org research specialist - specialist", op="kent")

hl("CQ-H228", H_AUN, "web", """
p im a stevenson student and my account shows a hold i never placed
l I'll send this to Stevenson's library. Email?
p lnguyen@students.example.edu
""", "lnguyen@students.example.edu circulation none STEVENSON local", op="laurel")

hl("CQ-H229", H_AUN, "14435550119", """
p is my hold ready at the dundalk library
p email is cgray@example.com
l I'll have BCPL check.
""", "cgray@example.com circulation none BCPL local", op="priya")

hl("CQ-H230", H_AUN, "web", """
p cecil helped me yesterday and was great
p today i need articles on the nursing shortage
l Glad to hear it! I'll send some. Email?
p fay.o@example.net
""", "fay.o@example.net research none - default", op="marcus")

hl("CQ-H231", H_AUN, "web", """
p whats the rule for bringing kids to the library, can a 9 yr old be there alone
l Hi, this is Kent. Rules differ by library. Email?
p r.banks@example.org
""", "r.banks@example.org policy none - default", op="kent")

hl("CQ-H232", H_AUN, "web", """
p im in glen burnie, can i book a meeting room for my book club
l I'll ask AACPL. Email?
p hgreen@example.com
""", "hgreen@example.com policy none AACPL local", op="carroll")

hl("CQ-H233", H_AUN, "web", """
p my card is blocked for $12, can i pay online
l Which library? I'll have them check. Email?
p just want to know. abe.f@example.net
""", "abe.f@example.net circulation none - default", op="priya")

hl("CQ-H234", H_AUN, "web", """
p how do i read the baltimore sun archives from 1968 online
l Some libraries have historical newspaper databases. Email?
p tcho@example.org
""", "tcho@example.org access none - default", op="howard")

hl("CQ-H235", H_AUN, "web", """
p i have low vision, the ebooks in libby are too small even zoomed in
p is there anything for people like me
l Yes, there are services for low vision readers. Email?
p elaine.w@example.com
""", "elaine.w@example.com policy print-disability - print-disability", op="laurel",
   drawn="elaine.w@example.com access print-disability - print-disability")
# Corrected after the eval: the question left open is whether a service exists for low-vision
# readers (a library's offer asked in general, rules.md section 5: policy), not getting into
# Libby, which works; first labelled `access`.

hl("CQ-H236", H_PRATT, "web", """
p want to know the history of my rowhouse in federal hill, who built it, who lived there
l I'll pass this to a specialist in historical records. Email?
p ian.d@example.net
""", "ian.d@example.net research specialist EPFL local", op="marcus")

hl("CQ-H237", H_AUN, "14105550133", """
p need a notary this week im in salisbury
p d.king@example.com
l I'll ask the Wicomico library.
""", "d.king@example.com other none WICOMICO local", op="cecil")

hl("CQ-H238", H_AUN, "web", """
p is the kent island branch open on sunday
l Hi, I'm Carroll. I'll check. Email?
p sue.b@example.org
""", "sue.b@example.org policy none QUEENANNES local", op="carroll")

hl("CQ-H239", H_AUN, "web", """
p need sources on the history of jazz in baltimore for music 101
l Sure. Email?
p dana dot k at example dot net
""", "dana.k@example.net research none - default", op="priya", written=True)

hl("CQ-H240", H_AUN, "web", """
p my libby link doesnt work
p https://libby.example.com/share?from=jpm@example.org&title=8812
l What does the error say?
p nvm gotta go
""", "- access none - no-email", op="kent")

hl("CQ-H241", H_AUN, "web", """
p what are your hours
l Which library?
p oh wait different q. i need peer reviewed articles on sleep and memory for psych
p ashley.v@example.com
""", "ashley.v@example.com research none - default", op="calvert")

hl("CQ-H242", H_AUN, "web", """
p towson u student, database says no access off campus
l I'll send this to Towson's library. Email?
p bking4@students.example.edu
""", "bking4@students.example.edu access none TOWSON local", op="howard")

hl("CQ-H243", H_AUN, "web", """
p can i put a hold on just mercy by bryan stevenson
p i go to the essex branch
l Sure, I'll have BCPL set it up. Email?
p lwood@example.net
""", "lwood@example.net circulation none BCPL local", op="laurel")

hl("CQ-H244", H_AUN, "web", """
p our custody order says every other weekend but my ex moved out of state
p what are my options
l A law librarian can follow up. Email?
p j.ortega@example.com
""", "j.ortega@example.com research law - law", op="marcus")

hl("CQ-H245", H_AUN, "web", """
p small claims: contractor never finished my deck. i live in bowie
l The law library can help with filing. Email?
p grant.l@example.org
""", "grant.l@example.org research law PGCMLS law", op="priya")

hl("CQ-H246", H_AUN, "web", """
p my 4th grader needs books about maryland history for a project, we're in rockville
l I'll have MCPL send some. Email?
p yuki.s@example.net
""", "yuki.s@example.net research none MCPL local", op="calvert")

hl("CQ-H247", H_AUN, "web", """
p how do i get a library card
l Hi, I'm Laurel with AskUsNow! Where do you live?
p rather not say. just tell me in general. pmiller@example.com
""", "pmiller@example.com policy none - default", op="laurel")

hl("CQ-H248", H_AUN, "web", """
p i emailed the library about a lost book charge two weeks ago and nobody answered
p still being charged $30
l I'm sorry nobody got back to you. I'll report it. Email?
p t.hale@example.org
""", "t.hale@example.org circulation none - quality", op="kent")

hl("CQ-H249", H_AUN, "14435550150", """
p my son is learning braille, can he get braille books from the library
l Yes! There's a state service. Can I get an email?
p text me only pls
""", "- policy print-disability - no-email", op="howard")

hl("CQ-H250", H_AUN, "ca", """
p canadian researcher here, need maps of marylands eastern shore from the 1700s
l A map specialist can help. Email?
p a.leblanc@example.com
""", "a.leblanc@example.com research specialist - specialist", op="cecil")

hl("CQ-H251", H_AUN, "web", """
p does the wheaton library have study rooms you can book
l I'll check with MCPL. Email?
p omar.z@example.net
""", "omar.z@example.net policy none MCPL local", op="carroll")

hl("CQ-H252", H_AUN, "web", """
p my grandpa had a stroke and cant hold books or turn pages
p can he get audiobooks some way
l Yes, he may qualify for talking books. Email?
p mia.c@example.org
""", "mia.c@example.org policy print-disability - print-disability", op="marcus")

hl("CQ-H253", H_AUN, "web", """
p how do i get into jstor with my public library card
l Some libraries offer it. Email?
p b.ross@example.com
""", "b.ross@example.com access none - default", op="priya")

hl("CQ-H254", H_AUN, "web", """
p can someone help me write my resume
l Sure, I'll send some resources. Email?
p kai.l@example.net
""", "kai.l@example.net other none - default", op="calvert")

hl("CQ-H255", H_AUN, "web", """
p grad student at frostburg state, the ILL request form wont submit
l I'll send this to Frostburg's library. Email?
p mreyes@students.example.edu
""", "mreyes@students.example.edu access none FSU local", op="howard")

hl("CQ-H256", H_AUN, "web", """
p i use a screen reader and the pdfs in the database are just images
p it reads nothing
l I'll pass this on. Email?
p quinn.h@students.example.edu
""", "quinn.h@students.example.edu access print-disability - print-disability", op="laurel")

hl("CQ-H257", H_AUN, "web", """
p need a book about the court system for my civics class, high school level
l Sure. Email?
p leo.t@example.com
""", "leo.t@example.com research none - default", op="kent")

hl("CQ-H258", H_AUN, "web", """
p hours today?
l Which library?
p nvm found it
""", op="priya", status=ANS)

hl("CQ-H259", H_AUN, "14105550190", """
p hi
""", op=None, status=LOST)

hl("CQ-H260", H_PRATT, "web", """
p can i renew online
l Yes, through your account.
""", op="marcus", status=LEFT)

# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def timed_lines(chat):
    """Each line with its instant (UTC): the first at the start, the next seconds apart drawn
    with a seed per chat, a little longer for longer lines."""
    rng = random.Random("q-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC)
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 70) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


AC_COLUMNS = ["Chat ID", "Timestamp", "Department", "Guest Name", "Guest Email", "Operator",
              "Status", "Initial Question", "Transcript"]


def ac_row(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    timed = timed_lines(c)
    transcript = "\n".join(f"{t.astimezone(NY):%H:%M:%S} - {names[code]}: {text}"
                           for t, code, text in timed)
    first = next(text for _, code, text in timed if code == "p")
    return [c["cid"], c["start"], c["origin"], c["patron"], c["email"] or "", c["lib"] or "",
            c["status"], first, transcript]


def ac_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(AC_COLUMNS)
    for c in by_start(chats):
        w.writerow(ac_row(c))
    return buf.getvalue()


def zulu(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def hl_record(c):
    who = {"p": c["patron"], "l": c["lib"], "s": "system"}
    return {
        "id": c["cid"],
        "queue": c["origin"],
        "started": zulu(local_start(c["start"])),
        "guest": c["patron"],
        "operator": c["lib"],
        "outcome": c["status"],
        "messages": [{"from": who[code], "at": zulu(t), "body": text}
                     for t, code, text in timed_lines(c)],
    }


def hl_text(chats):
    return "".join(json.dumps(hl_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


def kind_of(c):
    """What else the halves should share: an SMS guest, a guest on the Canadian server, a chat
    from a college's own queue, or a chat from the statewide or Pratt queue."""
    if c["sms"]:
        return "sms"
    if "@web.ca." in c["patron"]:
        return "ca"
    return "own queue" if c["origin"] in ACCOUNT_IDS else "shared queue"


def half_of(chats):
    """cid -> 1 or 2, so that both halves have the same mix: in the order written, each chat
    goes to the half with fewer chats of its rule and category; on a tie, fewer of its rule,
    then fewer of its category, then fewer of its kind (kind_of), then fewer chats in all, then
    q1. Rows that are not follow-ups go to the half with fewer of their status, then fewer
    such rows, then fewer chats. A label corrected after the halves were drawn (`drawn`, the
    label as first written) keeps its chat in its half."""
    tallies = {1: {}, 2: {}}
    out = {}
    for c in chats:
        if c["label"]:
            f = (c.get("drawn") or c["label"]).split()
            keys = [("rc", f[4], f[1]), ("r", f[4]), ("c", f[1]), ("kind", kind_of(c)),
                    ("all",)]
        else:
            keys = [("status", c["status"]), ("not-fu",), ("all",)]
        score = lambda h: [tallies[h].get(k, 0) for k in keys]  # noqa: E731
        half = 1 if score(1) <= score(2) else 2
        for k in keys:
            tallies[half][k] = tallies[half].get(k, 0) + 1
        out[c["cid"]] = half
    return out


STYLES = [("academic", "csv", AC, ac_text), ("h3lp_guests", "jsonl", HL, hl_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    out = []
    for half in (1, 2):
        for style, ext, chats, text in STYLES:
            halves = half_of(chats)
            mine = by_start([c for c in chats if halves[c["cid"]] == half])
            out.append((f"q{half}_{style}.{ext}", style, mine, text))
    return out


def part_dir(name):
    """Where a file of this part lives: q1 (the development half, whose misses were read and
    fixed by kind) trains the category model, q2 stays held out."""
    return "train" if name.startswith("q1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "q", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# Example domains only; a university address on a made-up `.edu` under example, with a generic
# sub-domain (never a real college's name).
ALLOWED_DOMAINS = ("@example.org", "@example.com", "@example.net", "@students.example.edu",
                   "@alumni.example.edu", "@library.example.edu")
# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
# The LibraryH3lp JIDs are addresses of the chat system itself, not mailboxes.
JID_DOMAINS = ("@web.libraryh3lp.com", "@web.ca.libraryh3lp.com", "@sms.libraryh3lp.com",
               "@chat.libraryh3lp.com")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from, stricter than typed_email_problems: a written-out address
    # leaves both its user name's last part and its domain's name, a typed one is outside URLs.
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field and not c["written"] and email not in patron_text:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email == field:
        bad("written=True on a chat whose address is the export's field")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if user.split(".")[-1] not in patron_text or domain.split(".")[0] not in patron_text:
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if email and email != field:
        for url in re.findall(r"https?://\S+", patron_text):
            if email in url:
                bad(f"e-mail {email!r} is taken from a URL")
        outside = re.sub(r"https?://\S+", " ", patron_text)
        if not c["written"] and email not in outside:
            bad(f"e-mail {email!r} is only inside a URL")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


AC_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d - ([^:]+): (.*)$")
ZULU = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
GUEST_JID = re.compile(r"^([0-9a-f]{13}@web(\.ca)?|\+1\d{3}555\d{4}@sms)\.libraryh3lp\.com$")
OPERATOR_JID = re.compile(r"^[a-z]+@chat\.libraryh3lp\.com$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "academic":
        if not text.endswith("\r\n"):
            raise ValueError("the last row has no CRLF")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if rows[0] != AC_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(AC_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(AC_COLUMNS, r))
            cid, patron, email, staff = (rec["Chat ID"], rec["Guest Name"], rec["Guest Email"],
                                         rec["Operator"])
            datetime.strptime(rec["Timestamp"], "%Y-%m-%d %H:%M:%S")
            if "\r" in rec["Transcript"]:
                raise ValueError(f"{cid}: a carriage return inside the transcript")
            lines = []
            for piece in rec["Transcript"].split("\n"):
                m = AC_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(2)
                if who not in (patron, staff, "System") or (who == staff and not staff):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, m.group(3)))
            first = next((t for who, t in lines if who == patron), None)
            if rec["Initial Question"] != first:
                raise ValueError(f"{cid}: the initial question is not the patron's first line")
            out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        if list(r) != ["id", "queue", "started", "guest", "operator", "outcome", "messages"]:
            raise ValueError(f"keys {list(r)}")
        cid, patron, staff = r["id"], r["guest"], r["operator"]
        if not ZULU.match(r["started"]):
            raise ValueError(f"{cid}: started {r['started']!r}")
        if not GUEST_JID.match(patron):
            raise ValueError(f"{cid}: guest {patron!r}")
        if staff is not None and not OPERATOR_JID.match(staff):
            raise ValueError(f"{cid}: operator {staff!r}")
        lines = []
        for m in r["messages"]:
            if list(m) != ["from", "at", "body"] or not ZULU.match(m["at"]):
                raise ValueError(f"{cid}: message {m}")
            if m["from"] not in (patron, staff, "system") or m["from"] is None:
                raise ValueError(f"{cid}: a message from {m['from']!r}")
            if m["at"] < r["started"]:
                raise ValueError(f"{cid}: a message before the start")
            lines.append((m["from"], m["body"]))
        out.append({"id": cid, "patron": patron, "email": None, "lines": lines})
    return out


def check_all():
    problems = []
    chats = AC + HL
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CQ-"):
            problems.append(f"{cid}: chat id without the CQ- prefix")
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
        if c["sms"] and not re.match(r"^\+1\d{3}555\d{4}@sms\.", c["patron"]):
            problems.append(f"{cid}: SMS guest {c['patron']!r} is not a 555 number")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text or "\n" in text:
                problems.append(f"{cid}: a line end or tab inside a message")
            for num in re.findall(r"\+?1?\d{3}[ .-]?\d{3}[ .-]?\d{4}", text):
                if "555" not in num:
                    problems.append(f"{cid}: phone number {num!r} is not a 555 number")
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        for who in (c["patron"], c["lib"] or ""):
            if "@" in who and not who.endswith(JID_DOMAINS):
                problems.append(f"{cid}: JID {who!r}")
        if c["email"] and not c["email"].lower().strip().endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, StopIteration, csv.Error),
                                   check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", AC + HL), ("academic", AC), ("h3lp_guests", HL)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", AC + HL))
    sms_n = sum(1 for c in AC + HL if c["label"] and c["sms"])
    ca_n = sum(1 for c in HL if c["label"] and "@web.ca." in c["patron"])
    origin_n = sum(1 for c in AC if c["label"] and c["origin"] in ACCOUNT_IDS)
    note = (f"Labelled chats from a college's own queue (origin account): {origin_n}; "
            f"SMS guests: {sms_n}; guests on the Canadian server: {ca_n}.\n")
    return labels_table(cols, AC + HL, note)


if __name__ == "__main__":
    sys.exit(main("q_build", all_texts, check_all, counts))
