#!/usr/bin/env python3
"""Writes and checks the "u" part of aun's labelled corpus (u1 in train/, u2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means none; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", "(at)", "[dot]", split over two messages, or corrected after a
typo: "sorry .com not .con", "i meant example.net"). Chats whose resolution is not "Follow Up By
Patron Library" carry no label and get no labels row. Where the patron asks two things, the
category (and subject need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (u1 and u2):
  uN_coop247.csv  an overnight 24/7 cooperative's CSV: `Session ID`, `Start Time`
                  (`2026-01-14T03:22:10-05:00`), `Library` (the patron's entry account),
                  `Patron Email`, `Librarian` (the backup librarian's name and own library
                  elsewhere, `Dana (Ohio State)`), `Resolution`, `Transcript`: lines
                  `[03:22:10] Patron: text` / `Librarian:` / `System:` (New York clock), CRLF
                  between them inside the quoted cell; CRLF between rows.
  uN_widget.jsonl a web widget's JSON Lines: `chat_id`, `started` (seconds since 1970, a JSON
                  number), `queue` (the account's name), `visitor` (an object `{"name",
                  "email"}`, the e-mail null, a placeholder or an address), `resolution`,
                  `transcript`: a list of `[time, speaker, text]` triples (`"03:22:10"`, New
                  York; `Visitor`, `Librarian Jo`, `System`).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then u1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/u_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/u_build.py --check   (writes nothing: fails when a file
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

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
HCLS = "Howard County Library System"
CARROLL = "Carroll County Public Library"
FCPL = "Frederick County Public Libraries"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {HCLS: "HCLS", CARROLL: "CARROLL", FCPL: "FCPL"}

CP = []  # the 24/7 cooperative's CSV chats
WI = []  # the web widget's JSON Lines chats

# Backup librarians of the 24/7 cooperative: each works at a library outside Maryland.
CP_STAFF = {"dana": "Dana (Ohio State)", "priya": "Priya (Oregon State)",
            "tom": "Tom (Univ. of Arizona)", "lena": "Lena (Rutgers)",
            "sam": "Sam (Calgary Public Library)"}
WI_STAFF = {"jo": "Librarian Jo", "ravi": "Librarian Ravi", "mei": "Librarian Mei",
            "ahmed": "Librarian Ahmed"}


def _start(n, seed, night):
    """The n-th chat of a style starts on a winter 2026 day (New York, EST): overnight (0-5 am)
    for the 24/7 cooperative, any hour from 7 am to 10 pm for the widget."""
    rng = random.Random(seed)
    day = datetime(2026, 1, 12) + timedelta(days=(n * 4) // 9)
    hour = rng.randint(0, 5) if night else rng.randint(7, 21)
    return (day + timedelta(hours=hour, minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def cp(cid, account, email, t, label=None, op="dana", status=FU, written=False):
    """A chat of the cooperative's CSV; email None is an empty cell."""
    CP.append(dict(cid=cid, start=_start(len(CP), "u-cp-" + cid, True), origin=account,
                   patron="Patron", email=email, t=t, label=label,
                   lib=CP_STAFF[op] if op else None, status=status, written=written))


def wi(cid, queue, name, email, t, label=None, op="jo", status=FU, written=False):
    """A chat of the widget's JSON Lines; name empty is `Guest NNNN`; email None is null."""
    rng = random.Random("u-wi-name-" + cid)
    WI.append(dict(cid=cid, start=_start(len(WI), "u-wi-" + cid, False), origin=queue,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=WI_STAFF[op] if op else None, status=status,
                   written=written))

# ---------------------------------------------------------------------------------------------
# The 24/7 cooperative's CSV (uN_coop247.csv): overnight chats, mostly the statewide account
# ---------------------------------------------------------------------------------------------

cp("CU-C101", AUN, None, """
p hi my landlord is keeping my whole security deposit bc he says the walls need painting. i was there 6 yrs
l Hello! I'm a backup librarian at Ohio State, but I can get this to the right people. Where in Maryland do you live?
p glen burnie
l Thanks. What's the best email for a follow-up?
p its rkeane@example.com.
""", "rkeane@example.com research law AACPL law")

cp("CU-C102", AUN, "n/a", """
p who can get the talking books? my eyes are basically gone now from diabetes
l I'm sorry to hear that. There is a state service for readers who can't use print. Where do you live, and what's your email?
p catonsville. email is WANDA.P@EXAMPLE.NET
""", "wanda.p@example.net policy print-disability BCPL print-disability", op="priya")

cp("CU-C103", AUN, None, """
p need old maps of my great great grandfathers farm near sharpsburg, 1870s if they exist
l I'm covering overnight from Oregon State. A Maryland local history specialist can follow up on the maps. Email?
p sure. m dot okafor at example dot org
""", "m.okafor@example.org research specialist - specialist", op="priya", written=True)

cp("CU-C104", AUN, "none", """
p can i renew my laptop loan? its due tmrw and i have finals
l Which library did you borrow it from?
p the hamilton branch
l OK. What email should they use?
p i dont have email, text me 443-555-0147
""", "- circulation none EPFL no-email", op="tom")

cp("CU-C105", PRATT, None, """
p Hello, I asked a question last week and nobody ever emailed me back. It was about my son's custody papers.
l I'm sorry about that. I'm a librarian in Ohio covering tonight, and I'll report the missed follow-up. Can you give me your email again?
p jrivers@example.org
l Thank you. Someone will follow up about the custody papers.
""", "jrivers@example.org research law - quality")

cp("CU-C106", AUN, None, """
p my email is tanya.b@example.con
p sorry .com not .con
p anyway how do I get into Ancestry from home? it only works inside the library?
l Ancestry Library Edition is usually in-library only. Which library do you use?
p takoma park
""", "tanya.b@example.com access none MCPL local", op="lena", written=True)

cp("CU-C107", AUN, "no email", """
p is there a limit on how many dvds i can borrow at once
l It depends on the system. I'm with Rutgers in New Jersey, so I'll have Maryland staff confirm. Any email for them?
p no thanks
""", "- policy none - no-email", op="lena")

cp("CU-C108", AUN, "lmoore@example.net", """
p i got charged for a book i returned in november, i returned it at the Towson branch
l I'm sorry! I'll pass this along for follow-up. You can also write to the circulation desk at circ@example.org.
p ok thx
""", "= circulation none BCPL local", op="sam")

cp("CU-C109", AUN, None, """
p i found a post on https://example.net/@oldlinehistory about my street in hampden. can you help me find more on my house? built in the 1890s
l I'm a backup librarian at the University of Arizona. A local history specialist should follow up on the house. Can I have an email?
p i'd rather not give it out
""", "- research specialist EPFL no-email", op="tom")

cp("CU-C110", AUN, None, """
p how do i get to the annapolis library from the naval academy gate? visiting from delaware this weekend
l Let me have someone send you the walking route. Email?
p jo.ng @ example . net
""", "jo.ng@example.net other none - default", written=True)

cp("CU-C111", HCLS, None, """
p can i put a hold on the new james mcbride book
l Yes, I'll ask Howard County staff to place it. Email?
p hold on
p its d.ferris@example.org
""", "d.ferris@example.org circulation none HCLS local", op="priya")

cp("CU-C112", AUN, "-", """
p My mother's hands shake too much to hold a book now (Parkinson's) and she can't turn pages. Are there audio books she can get by mail?
l I'm a librarian at Calgary Public Library covering tonight. There is a state service for readers who can't handle print. Email?
p you can reach me at pdunn@example.com
""", "pdunn@example.com policy print-disability - print-disability", op="sam")

cp("CU-C113", AUN, None, """
p researching coal miners around Cumberland for a school project, where do I find sources
l Good topic! A Maryland librarian can send you some sources. Email?
p Sure, it's kira.v@example.org I live in Bowie btw
""", "kira.v@example.org research none PGCMLS local")

cp("CU-C114", AUN, None, """
p my son got suspended and the school wont give us a hearing. what are our rights
l That is a legal information question; the law library can follow up. Email?
p its bea.ortiz@example.net - thanks!!
""", "bea.ortiz@example.net research law - law", op="lena")

cp("CU-C115", AUN, None, """
s Patron reconnected
p the chat keeps kicking me out, this is the 3rd time tonight
l I'm so sorry, I'll report the connection problem. What was your question?
p ebook from libby wont download on my kindle. i'm in waldorf
p email is sam.k@example.org
""", "sam.k@example.org access none CHARLES quality", op="tom")

cp("CU-C116", AUN, None, """
p i need copies of the 1920s land records for my house in ellicott city, writing up its history
l I'm on the overnight shift from Ohio State. A local history specialist should follow up. Email?
p wkim at example dot com
""", "wkim@example.com research specialist HCLS local", written=True)

cp("CU-C117", AUN, None, """
p hi, I live in Ohio but my grandma lived in Hagerstown. can i get her obituary from 1988?
l Funny, I'm in Ohio too (Ohio State). A Maryland librarian with the old newspapers can follow up. Email?
p grace(at)example(dot)net
""", "grace@example.net research specialist - specialist", written=True)

cp("CU-C118", AUN, None, """
p what are the hours for the pikesville branch on sunday
l The Pikesville Branch is open 1 to 5 on Sundays.
p thx
""", status=ANS, op="priya")

cp("CU-C119", AUN, None, """
p can i use my pratt card at the howard county libraries? i live in federal hill
l Good question. I'm in Oregon, so I'll send it to Maryland staff. Email?
p K.Lund@Example.org
""", "k.lund@example.org policy none EPFL local", op="priya")

cp("CU-C120", AUN, None, """
p the librarian earlier was really rude to me and told me to stop wasting her time
p I just wanted help finding a job application website
l I'm sorry to hear that. I'll pass this on so it can be looked into. Can I get your email?
p trevor.h@example.com
""", "trevor.h@example.com other none - quality", op="sam")

cp("CU-C121", AUN, None, """
p can someone help me with apa citations for a website with no author
l Sure, someone can send examples. Email?
p my email is lena.park@
p example.org
""", "lena.park@example.org research none - default", op="lena", written=True)

cp("CU-C122", AUN, None, """
p need the libby app to work with my new hcls card. says invalid
l Sorry about that. Email for follow-up?
p use my work one: nkamau@example.net
""", "nkamau@example.net access none HCLS local", op="tom")

cp("CU-C123", AUN, None, """
p my boss hasn't paid me overtime for 2 months. i'm in silver spring
l A law librarian can follow up with information on wage claims. Email?
p RJ.AMOS@EXAMPLE.ORG
""", "rj.amos@example.org research law MCPL law")

cp("CU-C124", AUN, None, """
p my screen reader wont read the pdf articles in the database, jaws just says blank
l I'm sorry. I'll ask someone who knows the accessible options to follow up. Email?
p aduarte@example.com
""", "aduarte@example.com access print-disability - print-disability", op="priya")

cp("CU-C125", CARROLL, None, """
p do you notarize documents?
l Some branches do. Email for follow-up?
p text me instead, 410-555-0199
""", "- other none CARROLL no-email", op="lena")

cp("CU-C126", AUN, None, """
p i live in delaware, can i get a maryland library card
l I'll check with Maryland staff. Email?
p sure, dara.m@example.net
""", "dara.m@example.net policy none - default", op="sam")

cp("CU-C127", AUN, None, """
p doing a paper on the port of baltimore in ww2, need primary sources
l Great topic. Email for a list of sources?
p email: vfox@example.com.
""", "vfox@example.com research none - default", op="tom")

cp("CU-C128", AUN, None, """
p I need to know how to file a small claims case against my mechanic
l Where do you live?
p hunt valley
l Email?
p lsantos@example.org, I check it daily
""", "lsantos@example.org research law BCPL law")

cp("CU-C129", AUN, None, """
p my hotspot from the library stopped working
l Which library?
p Reisterstown branch
l Email?
p I don't have email sorry
""", "- circulation none BCPL no-email", op="priya")

cp("CU-C130", PRATT, None, """
p my email: hkaur@example.net
l Thanks. What do you need?
p interlibrary loan for a book my pratt card can't get, it's not in the catalog
""", "hkaur@example.net access none EPFL local", op="lena")

cp("CU-C131", AUN, None, """
p i'm a student at umbc and my library account is blocked, says i owe a fine
l I'll have someone check. Email?
p its mbell@example.org?
""", "mbell@example.org circulation none UMBC local", op="sam")

cp("CU-C132", AUN, None, """
p i want to find my grandfather's naturalization papers from the 1930s
l I'm at Rutgers tonight; a genealogy specialist should follow up. Email?
p ok, p.novak [at] example [dot] com
""", "p.novak@example.com research specialist - specialist", op="lena", written=True)

cp("CU-C133", AUN, None, """
p are there books on crochet for kids
s Patron disconnected
""", status=LOST, op=None)

cp("CU-C134", PRATT, "none", """
p my tenant won't leave after the lease ended, how do i evict? i own a rowhouse in highlandtown and live there
l Someone from the law library can follow up. Email?
p oh its r.silva@example.com
""", "r.silva@example.com research law EPFL law", op="tom")

cp("CU-C135", AUN, None, """
p my dad has macular degeneration and can't see the print in his books anymore, what can he get?
l There are large print and audio options. Email for follow-up?
p he doesnt use email and neither do i
""", "- policy print-disability - no-email")

cp("CU-C136", AUN, None, """
p can I donate old encyclopedias to the library? I'm in walkersville
l I'm a backup librarian in Ohio; Frederick County staff can say. You could also email their donations desk at donations@example.org.
l What's your email?
p nah just leave it
""", "- policy none FCPL no-email")

cp("CU-C137", AUN, None, """
p whats my PIN, i forgot it. i'm in Germantown
l Email?
p It's Chris.Dye@Example.com, thank you.
""", "chris.dye@example.com circulation none MCPL local", op="priya")

cp("CU-C138", AUN, None, """
p i was on chat yesterday and the librarian just disconnected on me in the middle
p i'm trying to find census data for my business plan
l I'm sorry, I'll report that. Email?
p amira.s@example.net
""", "amira.s@example.net research none - quality", op="sam")

cp("CU-C139", AUN, None, """
p how do i sign up for the accessible books for people with dyslexia? I have it and I'm in the nursing program at stevenson
l There is a state service for that. Email?
p f.obi@example.org
""", "f.obi@example.org policy print-disability STEVENSON print-disability", op="lena")

cp("CU-C140", AUN, None, """
p do you have any job fairs coming up at the library? i live in Frederick
l I'll have Frederick staff check. Email?
p jtate@example.com
""", "jtate@example.com other none FCPL local", op="tom")

cp("CU-C141", AUN, None, """
p i live in Virginia, how do i find land patents from colonial maryland
l A specialist in old land records should follow up. Email?
p cwells@example.org
""", "cwells@example.org research specialist - specialist")

cp("CU-C142", AUN, None, """
p Can I get a newspaper pass for the Washington Post?
l Which library?
p laurel
l Email?
p EMAIL: GREER.T@EXAMPLE.NET!
""", "greer.t@example.net access none PGCMLS local", op="priya")

# ---------------------------------------------------------------------------------------------
# The web widget's JSON Lines (uN_widget.jsonl): the statewide, Pratt, Howard and Frederick queues
# ---------------------------------------------------------------------------------------------

wi("CU-W201", AUN, "", None, """
p hi my husband passed without a will, how do i handle the house
l I'm so sorry. A law librarian can follow up. Email?
p its marisol.g@example.com
""", "marisol.g@example.com research law - law")

wi("CU-W202", AUN, "Gwen", "n/a", """
p can i renew my books a 3rd time? i use the Severna Park library
l I'll ask. Email?
p gwen.ash@example.org.
""", "gwen.ash@example.org circulation none AACPL local", op="ravi")

wi("CU-W203", AUN, "", "jkl@example.net", """
p i need articles for my sociology class but proquest asks for a login
p i go to aacc
l Our follow-up team writes from askusnow@example.org, so watch for it.
""", "= access none AACC local", op="mei")

wi("CU-W204", AUN, "", None, """
p my email is d.mensah@example.com
p wait, i meant example.net
l Got it. What's your question?
p how do i find out if my grandmother's house in annapolis is in the old historic district records
l A specialist in historic records should follow up.
""", "d.mensah@example.net research specialist - specialist", op="ahmed", written=True)

wi("CU-W205", AUN, "", None, """
p I dont have email. can you just call me? 301-555-0123
p question is how my kid gets a library card
l Follow-up is by email only, I'm sorry. I'll note your question.
""", "- policy none - no-email")

wi("CU-W206", PRATT, "Bea", "none", """
p I am blind and use VoiceOver on my iPhone. how do I get audiobooks from the library with it
l Someone will send step-by-step help. Email?
p b.herrera at example dot org
""", "b.herrera@example.org access print-disability - print-disability", op="ravi", written=True)

wi("CU-W207", HCLS, "", None, """
p what time does the savage branch close sat
l 5 pm on Saturdays.
""", status=ANS, op="mei")

wi("CU-W208", AUN, "", None, """
p whats the rule on kids under 10 alone in the library?
l Which library system?
p mocooo lol. moco
l Email?
p no thanks
""", "- policy none MCPL no-email", op="ahmed")

wi("CU-W209", AUN, "", "-", """
p https://www.example.org/share?ref=mara@example.net is the link my teacher gave for the database but it doesnt open
l Which library do you use? And your email?
p thurmont. uh my email is mara.t@example.com
""", "mara.t@example.com access none FCPL local")

wi("CU-W210", AUN, "", None, """
p the link https://example.com/@cityarchives has pics of my street in the 1940s, can i find more? i live in canton
l A local history specialist can follow up. Email?
p no email, sorry
""", "- research specialist EPFL no-email", op="ravi")

wi("CU-W211", AUN, "Dee", None, """
p I'm getting evicted next week and I have kids. what can I do
l A law librarian will follow up. Email?
p quinn.d@example.org
p im in hyattsville
""", "quinn.d@example.org research law PGCMLS law", op="mei")

wi("CU-W212", FCPL, "Brenda", "no email", """
p can i reserve a meeting room for a quilting group
l Email?
p brenda.k@example.net
""", "brenda.k@example.net policy none FCPL local", op="ahmed")

wi("CU-W213", AUN, "", None, """
p last time i chatted nobody followed up like they said in 72 hours. still need help with hoopla
l I'm sorry. I'll report that. Email?
p its ELLIS.W@EXAMPLE.COM
""", "ellis.w@example.com access none - quality")

wi("CU-W214", AUN, "", None, """
p i have low vision and the libby text is too small even on the biggest setting
l I'm Jo, at Multnomah County Library in Oregon, covering. Someone in Maryland will follow up. Email?
p ok, nate dot r at example dot net
""", "nate.r@example.net access print-disability - print-disability", written=True)

wi("CU-W215", AUN, "Tobias", None, """
p researching shipwrecks off ocean city for my dissertation, I'm in NC. need 1800s ship manifests and wreck reports
l A specialist should follow up. Email?
p use tobias.l@example.org
""", "tobias.l@example.org research specialist - specialist", op="ravi")

wi("CU-W216", AUN, "", None, """
p i live in college park and need help with my card, its expired
l Email?
p jj.wu@example.com
""", "jj.wu@example.com circulation none PGCMLS local", op="mei")

wi("CU-W217", AUN, "", None, """
p i got a tow bill i think is illegal, they towed me from my own spot. bel air
l Email?
p ok, its hkent@example.org and my phone is 410-555-0166
""", "hkent@example.org research law HARFORD law", op="ahmed")

wi("CU-W218", AUN, "", "none", """
p whats the wifi password at the library
l Which one?
p the one in rockville
l Email?
p dont have one
""", "- other none MCPL no-email")

wi("CU-W219", PRATT, "Pearl", None, """
p my card was stolen, need a replacement
l Email?
p pearl.o@example.net
""", "pearl.o@example.net circulation none - default", op="ravi")

wi("CU-W220", AUN, "", None, """
p why are you so slow, I've been waiting 20 min and now you ask my question again?? this service is useless
l I'm sorry for the wait. I'll pass your feedback on. What do you need?
p forget it
l Email?
p cmyers@example.com
""", "cmyers@example.com other none - quality", op="mei")

wi("CU-W221", AUN, "", None, """
p do you have the sanborn maps for hagerstown from 1910? i live in smithsburg
l A specialist can follow up. Email?
p lee.a@example.org
""", "lee.a@example.org research specialist WCFL local", op="ahmed")

wi("CU-W222", AUN, "", None, """
p email is Ray.Kowal@example.com, ok so my question is about my overdue fine
p actually i mean raykowal@example.com no dot
""", "raykowal@example.com circulation none - default", op=None)

wi("CU-W223", AUN, "", None, """
p i live in york pa, near the line. can i get a card at a maryland library
l Email?
p sure, v.dale@example.net
""", "v.dale@example.net policy none - default")

wi("CU-W224", HCLS, "", None, """
p how do i get kanopy on my roku
l Email?
p no email, text me at 410-555-0110
""", "- access none HCLS no-email", op="ravi")

wi("CU-W225", AUN, "", None, """
p hi im a student at frostburg state and the databases keep asking me to log in again
l I'm at the University of Arizona tonight, but I'll pass it on. Email?
p ok: r.pell@example.org
""", "r.pell@example.org access none FSU local", op="mei")

wi("CU-W226", AUN, "", None, """
p how do i cite a court case in mla
l Email for some examples?
p d.yoon@example.com
""", "d.yoon@example.com research none - default", op="ahmed")

wi("CU-W227", AUN, "Faye", None, """
p my grandmother needs large print books delivered, she cant leave her house in elkton and her eyesight is poor. is there a service?
l Email?
p faye.n@example.org
""", "faye.n@example.org policy print-disability - print-disability")

wi("CU-W228", AUN, "", None, """
p is there a 3d printer i can use in dundalk, i live there
l Email?
p t.groves@example.net
""", "t.groves@example.net other none BCPL local", op="ravi")

wi("CU-W229", AUN, "", "no email", """
p need help finding divorce forms, my husband left and I'm in Columbia (howard county)
l Email?
p mk.ross@example.com
""", "mk.ross@example.com research law HCLS law", op="mei")

wi("CU-W230", AUN, "", None, """
p is the library open on MLK day
s Visitor left the chat
""", status=LOST, op=None)

wi("CU-W231", AUN, "", None, """
p can you email me the list of story times
l I'm covering from Oregon State. If easier, you can write to me at backup.ref@example.org. What's your email?
p i'll just write to you
""", "- other none - no-email", op="ahmed")

wi("CU-W232", AUN, "", None, """
p is there someone who can help me research my family's history back to the 1700s in st. mary's county? I live in Leonardtown.
l A genealogy specialist can follow up. Email?
p sure its
p jh.carter@example.org
""", "jh.carter@example.org research specialist SMCLD local")

wi("CU-W233", PRATT, "", None, """
p i owe $5 and cant check out, i'm at the pennsylvania avenue branch
l Email?
p its nia(at)example(dot)com
""", "nia@example.com circulation none EPFL local", op="ravi", written=True)

wi("CU-W234", FCPL, "", None, """
p where can I find info on starting a food truck in MD
l Email?
p grant.e @ example . org
""", "grant.e@example.org research none FCPL local", op="mei", written=True)

wi("CU-W235", AUN, "", None, """
p my ex won't let me see my kids on the weekends the court set. what do i do. i'm in cumberland
l A law librarian will follow up. Email?
p jmarsh@example.net
""", "jmarsh@example.net research law ALLEGANY law", op="ahmed")

wi("CU-W236", AUN, "", None, """
p what's the limit on e-books in libby at once with my carroll county card
l Email?
p wmorgan@example.com
""", "wmorgan@example.com policy none CARROLL local")

wi("CU-W237", AUN, "Ana", None, """
p need help finding peer reviewed articles on climate and asthma
l The session seems to be freezing on my end. I'll report the problem. Email?
p ana.b@example.org
""", "ana.b@example.org research none - quality", op="ravi")

wi("CU-W238", AUN, "", None, """
p my neighbor's tree fell on my fence, who pays. i'm in owings mills
l Email?
p nope
""", "- research law BCPL no-email", op="mei")

wi("CU-W239", AUN, "", None, """
p im from texas visiting baltimore next week, how do i get to the poe house
l Email?
p jstone@example.net
""", "jstone@example.net other none - default", op="ahmed")

wi("CU-W240", AUN, "Owen", None, """
p What happened to the Sparrows Point steel mill workers' records? I'm writing a book. I live in Essex.
l A specialist in archival records should follow up. Email?
p OWEN.P@example.org
""", "owen.p@example.org research specialist BCPL local")

wi("CU-W241", AUN, "", None, """
p my chromebook from the glen burnie library wont turn on, i need to return it early
l Email?
p s.byrd@example.com
""", "s.byrd@example.com circulation none AACPL local", op="ravi")

wi("CU-W242", AUN, "", None, """
p hi, can you tell me how to read the NYTimes through the library
l Which library?
p i'm in edgewood
l Email?
p Email: paulo.r@example.net. Thanks!
""", "paulo.r@example.net access none HARFORD local", op="mei")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

CP_COLUMNS = ["Session ID", "Start Time", "Library", "Patron Email", "Librarian", "Resolution",
              "Transcript"]
CP_NAMES = {"p": "Patron", "l": "Librarian", "s": "System"}
WI_NAMES = {"p": "Visitor", "s": "System"}


def cp_row(c):
    started = local_start(c["start"])
    transcript = "\r\n".join(f"[{t.astimezone(NY):%H:%M:%S}] {CP_NAMES[code]}: {text}"
                             for t, code, text in timed_lines(c, "u"))
    return [c["cid"], started.isoformat(), c["origin"], c["email"] or "", c["lib"] or "",
            c["status"], transcript]


def cp_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CP_COLUMNS)
    for c in by_start(chats):
        w.writerow(cp_row(c))
    return buf.getvalue()


def wi_record(c):
    started = local_start(c["start"])
    names = dict(WI_NAMES, l=c["lib"])
    return {
        "chat_id": c["cid"],
        "started": int(started.astimezone(UTC).timestamp()),
        "queue": c["origin"],
        "visitor": {"name": c["patron"], "email": c["email"]},
        "resolution": c["status"],
        "transcript": [[f"{t.astimezone(NY):%H:%M:%S}", names[code], text]
                       for t, code, text in timed_lines(c, "u")],
    }


def wi_text(chats):
    return "".join(json.dumps(wi_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("coop247", "csv", CP, cp_text), ("widget", "jsonl", WI, wi_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("u", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: u1 (the development half, whose misses were read and
    fixed by kind) trains the category model, u2 stays held out."""
    return "train" if name.startswith("u1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "u", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")


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


CP_LINE = re.compile(r"^\[([01]\d|2[0-3]):[0-5]\d:[0-5]\d\] (Patron|Librarian|System): (.*)$")
WI_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "coop247":
        if re.search(r"(?<!\r)\n|\r(?!\n)", text):
            raise ValueError("a line end other than CRLF")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if rows[0] != CP_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(CP_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(CP_COLUMNS, r))
            cid = rec["Session ID"]
            st = datetime.fromisoformat(rec["Start Time"])
            if st.utcoffset() != local_start(st.strftime("%Y-%m-%d %H:%M:%S")).utcoffset():
                raise ValueError(f"{cid}: offset of {rec['Start Time']} is not New York's")
            if rec["Librarian"] and not re.match(r"^[A-Z][a-z]+ \([^()]+\)$", rec["Librarian"]):
                raise ValueError(f"{cid}: librarian {rec['Librarian']!r}")
            lines = []
            for piece in rec["Transcript"].split("\r\n"):
                m = CP_LINE.match(piece)
                if not m or "\r" in piece or "\n" in piece:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = {"Patron": "p", "Librarian": "l", "System": "s"}[m.group(2)]
                lines.append(("patron" if who == "p" else who, m.group(3)))
            out.append({"id": cid, "patron": "patron", "email": rec["Patron Email"],
                        "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        if list(r) != ["chat_id", "started", "queue", "visitor", "resolution", "transcript"]:
            raise ValueError(f"keys {list(r)}")
        cid, patron, email = r["chat_id"], r["visitor"]["name"], r["visitor"]["email"]
        if not isinstance(r["started"], int):
            raise ValueError(f"{cid}: started is not a number")
        if email is not None and not isinstance(email, str):
            raise ValueError(f"{cid}: e-mail {email!r}")
        lines = []
        for m in r["transcript"]:
            if len(m) != 3 or not WI_TIME.match(m[0]) or not isinstance(m[2], str):
                raise ValueError(f"{cid}: message {m!r}")
            who = m[1]
            if who not in ("Visitor", "System") and not re.match(r"^Librarian [A-Z][a-z]+$", who):
                raise ValueError(f"{cid}: a message from {who!r}")
            lines.append(("patron" if who == "Visitor" else who, m[2]))
        out.append({"id": cid, "patron": "patron", "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = CP + WI
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CU-"):
            problems.append(f"{cid}: chat id without the CU- prefix")
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
        for phone in re.findall(r"\d{3}[-. ]\d{3}[-. ]\d{4}", c["t"]):
            if phone[4:7] != "555":
                problems.append(f"{cid}: phone {phone} is not a 555 number")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and "@" in c["email"] and not re.search(
                r"@example\.(org|com|net)$|@example$", c["email"].lower().strip()):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, csv.Error), check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", CP + WI), ("coop247", CP), ("widget", WI)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", CP + WI))
    written_n = sum(1 for c in CP + WI if c["label"] and c["written"])
    placeholder_n = sum(1 for c in CP + WI if c["label"] and c["email"]
                        and not is_address(c["email"].strip().lower()))
    note = (f"Labelled addresses not in the transcript as typed (written out, split or "
            f"corrected): {written_n}. E-mail fields holding a placeholder: {placeholder_n}.\n")
    return labels_table(cols, CP + WI, note)


if __name__ == "__main__":
    sys.exit(main("u_build", all_texts, check_all, counts))
