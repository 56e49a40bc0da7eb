#!/usr/bin/env python3
"""Writes and checks the "j" part of aun's labelled corpus (j1 in train/, j2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, no real person's data.
Each chat carries its label, written by hand from rules.md sections 5-6 when the chat was written,
before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"

EMAIL "=" means the export's e-mail field (lower-cased), "-" means empty; `written=True` marks a
chat whose labelled address is not in the transcript as typed (written out with "dot" and "at",
"(at)"/"(dot)", spaces around the signs, or corrected by the patron retyping only part of it).
Chats whose resolution is not "Follow Up By Patron Library" carry no label and get no labels row.
Where the patron changes topic, the category (and subject need) is that of the question left open
for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `m` a second librarian (after
a transfer), `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (j1 and j2):
  jN_libchat.json    a LibChat-style JSON export (an array, one chat a line inside it) from the
                     academic libraries' shared LibChat system, which also carries the statewide and
                     Pratt queues: `id`, `started` (ISO 8601 with the New York offset,
                     `2026-03-23T10:05:12-04:00`), `ended`, `department` (the origin account),
                     `guest_name` (what the patron typed, `Guest 5120`, or an SMS guest's
                     number `+14105550166`), `guest_email` (empty when none), `question`,
                     `answerer`, `wait`, `duration` (seconds), `rating`, `resolution`, `tags` (a
                     list) and `messages`: a list of
                     `{"from": ..., "sender_type": "patron"|"operator"|"system", "sent":
                     "2026-03-23T14:05:40Z", "text": ...}` (`sent` in UTC). Operators by first
                     name as LibChat shows them (`Will`, `Grace`, `Howard`, `Sue`, `Carroll`);
                     system lines from `LibChat`.
  jN_qp_sessions.csv a QuestionPoint-style "session transcript" CSV of the statewide queue:
                     `Session ID,Start Time,End Time,Library,Patron Name,Patron Email,Question,
                     Librarian,Resolution Code,Chat Transcript`; times `MM/DD/YYYY HH:MM`
                     (24-hour, New York); `Library` the origin account; the transcript one
                     message a line, `03/23/2026 14:05 Patron: text`, `... Librarian: text` or
                     `... System: text`, lines joined by LF; LF between records too. The
                     librarians say who they are and where they work in their first line.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then j1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/j_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/j_build.py --check   (writes nothing: fails when a file
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
    EMAIL_RE, ANY_ADDRESS, ALLOWED_DOMAINS,
    address_problems, export_texts, half_files, label_row_with_destination, labels_csv,
    labels_table, main, read_back_problems, read_text, readme_with_counts, rule_problems,
    tally_lines, typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"
LEFT = "Patron Left"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
TOWSON = "Towson University"
UMBC = "University of Maryland, Baltimore County"
STEV = "Stevenson University Library"
FROST = "Frostburg State University"
AACC = "Anne Arundel Community College"
HOWARD = "Howard County Library System"
BALTCO = "Baltimore County Public Library"
MONT = "Montgomery County Public Libraries"
PG = "Prince George's County Memorial Library System"
CARROLL = "Carroll County Public Library"
FRED = "Frederick County Public Libraries"
HARF = "Harford County Public Library"
ANNE = "Anne Arundel County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", MONT: "MCPL", PG: "PGCMLS", CARROLL: "CARROLL",
    FRED: "FCPL", HARF: "HARFORD", ANNE: "AACPL",
}

LJ = []  # LibChat-style JSON chats
QP = []  # QuestionPoint-style session CSV chats

# LibChat operators as the messages name them.
STAFF = {"will": "Will", "grace": "Grace", "howard": "Howard", "sue": "Sue", "carroll": "Carroll"}

# QuestionPoint librarians: the `Librarian` column (the transcript says only "Librarian").
QPSTAFF = {
    "will": "Will T. (Howard County Library System)",
    "grace": "Grace O. (Enoch Pratt Free Library)",
    "frederick": "Frederick M. (Baltimore County Public Library)",
    "sue": "Sue L. (Harford County Public Library)",
    "laurel": "Laurel K. (Frederick County Public Libraries)",
}


def lj(cid, start, dept, name, email, t, label=None, op="will", op2=None, status=FU,
       written=False, phone=None, rating="", tags=()):
    """start: civil time in New York. name: the contact name the patron typed (`Guest NNNN`
    when none); an SMS guest has a phone number (10 digits, a 555 number) as its name."""
    LJ.append(dict(cid=cid, start=start, origin=dept, patron=("+1" + phone) if phone else name,
                   email=email, t=t, label=label, lib=STAFF[op] if op else None,
                   lib2=STAFF[op2] if op2 else None, status=status, written=written,
                   phone=phone, rating=rating, tags=list(tags)))


def qp(cid, start, library, name, email, t, label=None, op="will", status=FU, written=False):
    """start: civil time in New York, to the minute ('2026-03-23 14:05')."""
    QP.append(dict(cid=cid, start=start + ":00", origin=library, patron=name, email=email, t=t,
                   label=label, lib=QPSTAFF[op] if op else None, lib2=None, status=status,
                   written=written, phone=None))


# ---------------------------------------------------------------------------------------------
# LibChat-style JSON chats (jN_libchat.json)
# ---------------------------------------------------------------------------------------------

lj("CJ-A101", "2026-03-02 10:14:22", TOWSON, "Guest 5120", "m.reyes@example.org", """
p hi can u help me get the full text of an article
p teacher burnout and school climate, journal of educational psych 2019
l Hi! Sure, let me look it up. Are you off campus right now?
p ya at home
l We have it through PsycARTICLES but the link is timing out for me too. The proxy is slow this morning
p ugh ok
l I'll have our e-resources librarian send you the PDF once it loads. Is m.reyes@example.org still good?
p yes thx
""", "= access none TOWSON local TOWSON")

lj("CJ-A102", "2026-03-02 20:41:05", UMBC, "jt", "", """
p off campus login keeps sending me back to the myumbc page
p like a loop. 4 times now
l Hi, sorry about that! Which browser are you using?
p chrome, i cleared cookies already
l That sounds like a proxy problem on our end, I'll have our e-resources team look. What's a good email?
p jt88@example.com
l Thanks, they'll be in touch tomorrow
""", "jt88@example.com access none UMBC local UMBC")

lj("CJ-A103", "2026-03-03 13:02:47", STEV, "Grace", "", """
p the ebook for nurs 310 wont download. says adobe digital editions error E_ACT_NOT_READY
l Hi Grace, is it an EBSCO ebook?
p yes
l Try authorizing ADE with your Adobe ID first, under Help > Authorize Computer
p didnt work same error
l OK, I'll need to pass this to our e-resources librarian. Can I get an email address for the follow up?
p id rather not put my email in here, ill just stop by the desk tmrw
l No problem
""", "- access none STEVENSON no-email -", op="carroll")

lj("CJ-A104", "2026-03-03 21:15:10", FROST, "kp", "kpatel2@example.net", """
p is academic search complete down?? just a blank white page
l Hi, Howard here at the Ort Library. It loads for me. Are you on campus?
p no im home in cumberland
l Can you try a private window?
p still blank
l Thanks for checking. I'll report it to our systems folks and email you when it's working
p k
""", "= access none FSU local FSU", op="howard")

lj("CJ-A105", "2026-03-04 11:33:51", AACC, "dana w", "dana.w@example.com", """
p can i renew the laptop i checked out? its due friday
l Hi Dana! Laptops are 3 day loans, let me see if there's a waitlist
l There is one, so I can't renew it here. I'll ask circulation to email you about a short extension
p ok thank u
""", "= circulation none AACC local AACC", op="sue")

lj("CJ-A106", "2026-03-04 16:20:09", TOWSON, "Lena", "", """
p i graduated in dec, do alumni still get the databases?
l Hi Lena! Alumni get a few of them. Which ones are you after?
p business source complete mostly. for job stuff
l I'm not sure BSC is in the alumni package, I'll check with our licensing person
p ok. Email: LKIM.ALUM@EXAMPLE.NET
""", "lkim.alum@example.net policy none TOWSON local TOWSON", op="carroll")

lj("CJ-A107", "2026-03-05 19:48:30", UMBC, "Guest 8841", "ayo.b@example.org", """
p sorry this is like my 3rd time, the chat keeps kicking me out
p anyway i need an ILL article
l So sorry about that! What's the article?
p its already in ILLiad, requested feb 10, never came
l Let me look into it
p fine but this chat thing is really frustrating, i lost everything twice
""", "= access none UMBC quality QC", op="sue")

lj("CJ-A108", "2026-03-05 22:02:14", STEV, "tess", "", """
p my landlord is keeping my whole deposit for "carpet cleaning". i moved out in jan. can he just do that
l That sounds stressful. Is this for you personally or for a class?
p me personally lol
l OK. I can point you to some tenant resources, and a law librarian can follow up with more. What's your email?
p tess dot wu at example dot org
l Got it
""", "tess.wu@example.org research law STEVENSON law MSLL", op="will", written=True)

lj("CJ-A109", "2026-03-06 10:07:45", FROST, "mjh", "mjh_frost@example.com", """
p the readings on canvas for hist 210 are scanned pictures, my screen reader just says "image" on every page
p i'm legally blind
l I'm sorry, that's a real barrier. Do you have the titles?
p the whole week 6 folder
l We can ask for accessible copies. I'll send this to the people who do that and email you
""", "= access print-disability FSU print-disability LBPH", op="howard")

lj("CJ-A110", "2026-03-06 14:55:02", AUN, "ruthanne", "", """
p hi. looking for numbers on how many people in the US use food banks
l Hi! Sure. Is it for a school paper?
p no just curious, its for our church newsletter
l I'll look through Feeding America's reports and send you a few sources. Email?
p ruthanne.b@example.com
""", "ruthanne.b@example.com research none - default AUN", op="grace")

lj("CJ-A111", "2026-03-09 09:12:40", AUN, "Guest 1093", "cwhitt@example.net", """
p my hold on the new ann patchett says in transit for 2 weeks??
l Hi there, which library is your card from?
p anne arundel, i live in glen burnie
l Thanks. I can't see your account from here, I'll have them email you about it
p ok
""", "= circulation none AACPL local AACPL", op="carroll")

lj("CJ-A112", "2026-03-09 15:30:18", PRATT, "anna n", "anna.nowak@example.org", """
p trying to find my great grandfathers death record. he died in baltimore around 1921
l Do you know what part of the city he lived in?
p east baltimore i think. Stanislaw Nowak
l Death records from then are at the state archives, and our genealogy librarians can dig further. I'll pass it along
p thank u!!
""", "= research specialist - specialist EPFL", op="grace")

lj("CJ-A113", "2026-03-10 12:44:03", AUN, "deb", "deb.h@example.com", """
p hey do yall have ebooks i can borrow? im in salisbury north carolina
l Hi Deb! This service is run by Maryland libraries, so our ebooks are for Maryland library card holders
p oh. can i pay for a card or something
l Some systems have non-resident cards. I'll have someone look into which ones and email you
""", "= policy none - default AUN", op="will")

lj("CJ-A114", "2026-03-10 17:26:55", TOWSON, "Guest 2207", "", """
p hi i was just on here and it cut off
l I'm sorry about that, I see the earlier session dropped on our end. I'll report the disconnect
p ok. i still need help citing a govt report in apa
l Sure, which report?
p the one from the bureau of labor statistics on teacher pay, 2023
l I'll put together an example and send it over
p pls email me kerr.j@example.com
""", "kerr.j@example.com research none TOWSON quality QC", op="sue")

lj("CJ-A115", "2026-03-11 23:10:31", UMBC, None, "", """
p is the lib open til 2am during finals
l Hi! Finals hours start May 11, I'd have to check if it's 2am this year
p k
l I'll confirm and get back to you
""", "- policy none UMBC no-email -", op="will", phone="4105550166")

lj("CJ-A116", "2026-03-12 13:18:27", FROST, "Guest 7730", "wbarnes@example.org", """
p i'm writing my senior thesis on coal mining families in lonaconing 1900-1930
p need like company records or payroll or anything
l Great topic! We have some regional materials in the archives here
l I'll ask our archivist which collections have company records and email you
""", "= research specialist FSU local FSU", op="howard")

lj("CJ-A117", "2026-03-12 18:06:44", AACC, "Will Okafor", "will.okafor@example.com", """
p hi quick question, my manager at work is taking the register shortage out of my paycheck. is that allowed
l Hi Will, that's a good question for a law librarian. Do you work in Maryland?
p yes in annapolis
l I'll send this to someone who can point you to the right resources
""", "= research law AACC law MSLL", op="sue")

lj("CJ-A118", "2026-03-13 10:52:09", STEV, "jb", "", """
p this doi goes to a paywall 10.1016/j.nepr.2021.103045
l Hi! Let me try it through our link resolver
l We don't have that year of Nurse Education in Practice in full text. I can request it through ILL for you
p yes please. jbrown@example.con
p sorry .com
""", "jbrown@example.com access none STEVENSON local STEVENSON", op="grace", written=True)

lj("CJ-A119", "2026-03-13 20:38:16", TOWSON, "Guest 4412", "p.greer@example.net", """
p my prof linked The Blind Side on kanopy for comm 215 and it says not available
l Hi, let me check the license
l Looks like the license ran out last month. I'll ask our media librarian about renewing it
p its due monday
""", "= access none TOWSON local TOWSON", op="carroll")

lj("CJ-A120", "2026-03-16 09:44:12", UMBC, "rosa", "", """
p i cant register for fall bc theres a hold for a lost book
p i returned it in december!!
l Hi Rosa, sorry about that. Do you remember the title?
p some stats book, intro to R
l I'll have circulation check the shelves and clear it if it's there
p my email is rdiaz@example.org
""", "rdiaz@example.org circulation none UMBC local UMBC", op="sue")

lj("CJ-A121", "2026-03-16 16:12:33", AUN, "Guest 3319", "kmarsh@example.com", """
p my ex wont bring our daughter back on sundays like the agreement says
p what can i do
l I'm sorry, that sounds hard. I can't give legal advice but a law librarian can help you find the forms and info
p ok please
""", "= research law - law MSLL", op="grace")

lj("CJ-A122", "2026-03-17 11:25:58", AUN, "Guest 6651", "", """
p my dad had a stroke and he cant hold a book anymore. is there anything he could listen to
p we live in hagerstown
l I'm sorry to hear that. There's a free talking book service for people who can't hold or read print
p how does he sign up
l I'll have someone send you the application. What's your email?
p lmarino@example.net
""", "lmarino@example.net policy print-disability WCFL print-disability LBPH", op="howard")

lj("CJ-A123", "2026-03-17 19:03:40", PRATT, "t.james", "tjames@example.org", """
p i asked on here last week if i can get a card if i work in the city but dont live there
p nobody ever got back to me
l I'm so sorry, that shouldn't happen
p so can i?
l I'll make sure someone follows up this time
""", "= policy none - quality QC", op="grace")

lj("CJ-A124", "2026-03-18 12:15:21", PRATT, "Guest 9035", "mo.c@example.com", """
p my library card expired, can i renew it online
p i live in hampden
l Hi! Usually you can renew at any branch, let me check if there's an online option now
l I'll have circ staff email you
""", "= circulation none EPFL local EPFL", op="will")

lj("CJ-A125", "2026-03-18 21:40:07", AUN, "Guest 1187", "", """
p im researching the 1972 flood in ellicott city, hurricane agnes
p want newspaper coverage and any photos of main street from then
l Good project. Are you looking for local papers?
p yes and anything from the county
l I'll pass this on to someone who knows the local history collections. Where should they email?
p c.ng(at)example(dot)net
""", "c.ng@example.net research specialist - specialist EPFL", op="carroll", written=True)

lj("CJ-A126", "2026-03-19 10:30:14", STEV, "Guest 2288", "", """
p i have MS and my hands shake a lot, turning pages of the textbook is really hard
p is there an ebook version of the pharm book that reads out loud
l Hi, thanks for telling me. Which book is it?
p lehne pharmacology 11th ed
l I'll check and also send info on services for people who can't handle print books
p rk.ellis@example.com
""", "rk.ellis@example.com access print-disability STEVENSON print-disability LBPH", op="grace")

lj("CJ-A127", "2026-03-19 22:58:03", AACC, "Guest 5504", "bigdog44@example.net", """
p why is this so hard. are u even a real librarian
l Hi! I'm happy to help with the database login. Which one are you trying?
p ur useless
p stupid ass library
l I'm going to end this chat because of the language. This session will be reported
s Chat ended by operator
""", "= access none AACC quality QC", op="sue")

lj("CJ-A128", "2026-03-20 14:22:50", UMBC, "Guest 3140", "", """
p jstor says i have no access
p the link i got was https://login.example.net/sso?next=jstor&user=kmoss@example.org
l Hi, that looks like the wrong login link. Try going through the library homepage instead
p same thing
l OK I'll need our e-resources folks to look. Can you give me an email?
s Guest has left the chat
""", "- access none UMBC no-email -", op="will")

lj("CJ-A129", "2026-03-20 18:41:19", FROST, "bree", "", """
p i put a hold on a book at the ort library, how do i know when its in
l Hi Bree! You get an email when it's ready. You can also write to me at ortref@example.org
p ok but i didnt get one and its been a week
l I'll check with circulation. Do you want me to email you?
p nah i'll check back
""", "- circulation none FSU no-email -", op="howard")

lj("CJ-A130", "2026-03-23 11:05:36", AUN, "Guest 6017", "alexis.v@example.org", """
p hi im a nursing student at stevenson and cinahl wont let me in from home
l Hi! Are you logging in through the Stevenson library site?
p yes it just spins
l I'll send this over to the Stevenson library so they can check your access
""", "= access none STEVENSON local STEVENSON", op="will")

lj("CJ-A131", "2026-03-23 19:27:44", AUN, "Guest 4470", "", """
p forgot my pin for my bcpl card, cant get into libby
l Hi! PIN resets have to be done by the library. I can have them contact you
p ok my email is lh.morgan at example dot com
l Thanks!
""", "lh.morgan@example.com circulation none BCPL local BCPL", op="carroll", written=True)

lj("CJ-A132", "2026-03-24 13:48:11", AUN, "fiona", "fiona.g@example.net", """
p hi im in cambridge mass. looking for articles about harbor seals coming back to the coast
l Hi Fiona! Is it for a class?
p no just interested
l I'll find a few good sources and send them over
""", "= research none - default AUN", op="grace")

lj("CJ-A133", "2026-03-24 16:09:02", PRATT, "Guest 2096", "drobinson@example.com", """
p do you have old photos of the 2400 block of north ave? like 1930s
l Hi! Possibly, what's it for?
p my family had a store there
l I'll pass this to our special collections librarian who knows the photo files
""", "= research specialist - specialist EPFL", op="will")

lj("CJ-A134", "2026-03-25 10:15:27", UMBC, "Sue", "sue.k@example.org", """
p nexis uni says too many users, try later. i've been trying all morning
l Hi Sue! Let me check our license
l We have a small number of seats. I'll ask our e-resources team if there's a problem and email you
p thanks
""", "= access none UMBC local UMBC", op="howard")

lj("CJ-A135", "2026-03-25 20:52:38", TOWSON, "Guest 8802", "", """
p what time does cook close tonight
l Hi! Cook Library closes at midnight
p ok also. i need a dissertation from 2008 from another school, proquest only has the first 24 pages
l That's a preview. We can try to get the full text through ILL
p pls do. nmiles@example.net
""", "nmiles@example.net access none TOWSON local TOWSON", op="sue")

lj("CJ-A136", "2026-03-26 12:37:55", AUN, "Guest 1301", "g.abebe@example.com", """
p my green card renewal got denied, can i appeal it
p i live in silver spring
l I'm sorry. I can't give legal advice, but I'll send this to a law librarian who can point you to the right resources
""", "= research law MCPL law MSLL", op="grace")

lj("CJ-A137", "2026-03-26 17:44:21", AUN, "Guest 3865", "", """
p how do i file small claims for a contractor who never finished my deck
p im in laurel md
l Hi, I can point you to the District Court's forms. Do you want someone to email you more?
p i dont use email really
l OK, here is the page to start from: mdcourts.gov
""", "- research law PGCMLS no-email -", op="will")

lj("CJ-A138", "2026-03-27 11:02:48", FROST, "Guest 5561", "jwolfe@example.com", """
p can people from the community check out books or just students
l Hi! Community members can get a borrower card, I'll double check the fee
p ok i'd like to know
""", "= policy none FSU local FSU", op="howard")

lj("CJ-A139", "2026-03-27 14:29:13", AACC, "pat", "", """
p the ebook only lets me print 20 pages?? i need ch 3 and 4
l Hi Pat, that's the publisher's limit on that platform, sorry
p can u get me a pdf some other way
l I'll ask our librarians. Where should they email?
p pat . lowe @ example . org
""", "pat.lowe@example.org access none AACC local AACC", op="sue", written=True)

lj("CJ-A140", "2026-03-30 09:58:50", STEV, "Guest 7715", "none", """
p i returned 2 books last week but my account still shows them
l Hi! Did you use the drop box?
p yes the one by the garage
l I'll have circulation check. What's your email?
p ohale@example.net
""", "ohale@example.net circulation none STEVENSON local STEVENSON", op="carroll")

lj("CJ-A141", "2026-03-30 15:40:33", AUN, "Guest 4018", "marisol.t@example.org", """
p my grandmother came over from poland and landed at locust point around 1905
p how do i find the ship list
l Passenger lists from Baltimore are a great place to start
l I'll send this to a genealogy librarian who can look into it
""", "= research specialist - specialist EPFL", op="will")

lj("CJ-A142", "2026-03-31 12:20:04", AUN, "Guest 2864", "", """
p i have glaucoma and can't read regular print anymore
p is there braille or audio i could get, i live in bel air
l Yes, there's a library for people who can't read standard print. I'll have them reach out
p thank you. hannah.rowe@example.com
""", "hannah.rowe@example.com policy print-disability HARFORD print-disability LBPH", op="grace")

lj("CJ-A143", "2026-03-31 18:55:47", AUN, "Guest 9920", "ykim@example.net", """
p the librarian i talked to yesterday gave me the wrong due date and was honestly rude about it
p now i have a fine on my howard county card
l I'm sorry about that. I'll pass your feedback along and ask about the fine
""", "= circulation none HCLS quality QC", op="carroll")

lj("CJ-A144", "2026-04-01 13:13:26", TOWSON, "Guest 6602", "", """
p got a citation for underage drinking off campus sophomore year. it got dismissed. will it show up on background checks for student teaching
l Hi, that's a good question. A law librarian would know the right sources. What's your email?
p bhall_tu@example.com
""", "bhall_tu@example.com research law TOWSON law MSLL", op="will")

lj("CJ-A145", "2026-04-01 20:01:09", AUN, "Guest 1145", "vic.s@example.org", """
p how do i print from my phone at the library
l Hi! Which library?
p idk the one near my job
l Each system does it differently. I'll have someone follow up with the steps
""", "= other none - default AUN", op="sue")

lj("CJ-A146", "2026-04-02 10:46:39", AUN, None, "", """
p hi is my hold in yet
l Hi! Which library is your card from?
p the one downtown
p nvm
""", "- circulation none - no-email -", op="howard", phone="4435550183")

lj("CJ-A147", "2026-04-02 15:32:58", UMBC, "Guest 3376", "t.okoro@example.com", """
p for my hist 480 paper i need oral histories about the 1968 riots in baltimore
l Hi! Our special collections has some. I'll check with the archivist and email you
""", "= research specialist UMBC local UMBC", op="grace")

lj("CJ-A148", "2026-04-03 11:58:20", AACC, "Guest 8039", "ngoldberg@example.org", """
p trying to get help with proquest but my messages arent going through
p it just shows the spinning circle then says session ended
l I'm here now, sorry about that. What do you need in ProQuest?
p a peer reviewed article on nurse staffing ratios
l I'll find some and email them
""", "= research none AACC quality QC", op="sue")

lj("CJ-A149", "2026-04-03 19:14:45", PRATT, "Guest 5281", "", """
p libby wont take my library card number
p i live in westminster md
l Hi! Which library's card is it?
p carroll county
l I'll ask them to check your card. Email?
p dbeck@example.com
""", "dbeck@example.com access none CARROLL local CARROLL", op="will")

lj("CJ-A150", "2026-04-06 12:07:31", AUN, "Guest 6115", "kara.m@example.net", """
p can i use your databases, im in columbia south carolina
l Hi! Our databases are for Maryland library users, but let me see what's open to everyone
""", "= policy none - default AUN", op="carroll")

lj("CJ-A151", "2026-04-06 16:44:19", STEV, "Frederick", "fred.ames@example.com", """
p hi the library website says CINAHL full text but it only gives me the abstract
l Hi Frederick! Which article?
p staffing and burnout, ICU nurses 2020
l I'll check the link and have someone email you the PDF
""", "= access none STEVENSON local STEVENSON", op="howard")

lj("CJ-A152", "2026-04-07 10:22:41", TOWSON, "Guest 4190", "jpaz@example.org", """
p im hard of hearing, the kanopy video for my class doesnt have captions
l Hi! Thanks for letting me know. Which film?
p the one for psyc 101 week 9
l I'll ask our media librarian about a captioned version
""", "= access none TOWSON local TOWSON", op="sue")

lj("CJ-A153", "2026-04-07 21:17:04", AUN, "Guest 7358", "", """
p looking for my aunt's obituary, hagerstown paper 1964
p i'm in ohio so i cant come in
l I'll pass it to a librarian who can look into old newspapers. Email?
p pdunn@example.com
""", "pdunn@example.com research specialist - specialist EPFL", op="grace")

lj("CJ-A154", "2026-04-08 13:36:12", AUN, "Guest 2740", "mh.lee@example.org", """
p can i put a hold on legally blonde the musical dvd
p i live in bowie
l Hi! Let me check the Prince George's catalog
l I'll have them contact you, it looks like all copies are out
""", "= circulation none PGCMLS local PGCMLS", op="will")

lj("CJ-A155", "2026-04-08 17:50:26", FROST, "Guest 5187", "arossi@example.net", """
p got a letter from a collection agency for an old phone bill from my old apartment
p it's not even in my name
l I can point you to resources. I'll ask a law librarian to follow up
""", "= research law FSU law MSLL", op="carroll")

lj("CJ-A156", "2026-04-09 11:28:53", AUN, "Guest 6093", "", """
p how do i get an ebook on my kindle
l Hi! Which library is your card with?
p not sure its a blue card
l I can have someone email you the steps
p jmatthews@example
l Thanks, I think the end got cut off, could you type it again?
s Guest has left the chat
""", "- access none - no-email -", op="sue")

lj("CJ-A157", "2026-04-09 16:03:38", UMBC, None, "", """
p can u renew my calculator, its due today
l Hi! Calculators can be renewed once if no one's waiting. I'll ask circulation
p ok email me z.ali@example.com
""", "z.ali@example.com circulation none UMBC local UMBC", op="howard", phone="4435550110")

lj("CJ-A158", "2026-04-10 10:41:16", AUN, "Guest 5826", "", """
p my son is dyslexic, 8th grade, reads way below grade level
p is there a way to get his school books as audio
l Yes, there are services for students who can't read standard print, including a free state one. I'll have someone email you the details
p kelly.brn@example.net
p sorry typo kelly.brown@example.net
""", "kelly.brown@example.net policy print-disability - print-disability LBPH", op="grace")

lj("CJ-A159", "2026-04-10 14:12:57", TOWSON, "lc", "", """
p i need the full text of this, it came from my group's folder https://drive.example.com/open?id=1x9Q&authuser=lcrane@example.org
p only the first page shows
l Hi! What's the article title?
p "Peer feedback in first year writing" 2018
l I'll look for it and send it to you. Best email?
p lcrane.tu@example.net
""", "lcrane.tu@example.net access none TOWSON local TOWSON", op="will")

lj("CJ-A160", "2026-04-13 12:28:09", AUN, None, "", """
p landlord took all my stuff out of the apt while i was at work
p is that legal
l I'm sorry, that sounds awful. A law librarian can point you to the right rules. Can you give an email?
p sy.h@example.org
""", "sy.h@example.org research law - law MSLL", op="carroll", phone="4105550134")

lj("CJ-A161", "2026-04-13 18:45:31", STEV, "chidi", "", """
p the proquest link in my course guide says "proxy error"
l Hi Chidi, sorry about that. My email is reflib@example.org if you want to send me a screenshot
p mine is okwu.c@example.com can u just email me when its fixed
""", "okwu.c@example.com access none STEVENSON local STEVENSON", op="sue")

# Rows that are not follow-ups (no labels).

lj("CJ-A171", "2026-03-02 14:40:11", TOWSON, "Guest 3377", "", """
p how many books can i check out at once
l Hi! Undergrads can borrow 50 items
p ok thx
""", op="will", status=ANS)

lj("CJ-A172", "2026-03-06 21:03:55", UMBC, "Guest 1062", "", """
p is there a printer on the 3rd floor
s Guest has left the chat
""", op=None, status=LOST)

lj("CJ-A173", "2026-03-11 15:15:08", STEV, "Guest 4980", "", """
p where do i find apa 7 guide
l Hi! It's under Research Guides > Citation
p got it
""", op="grace", status=ANS)

lj("CJ-A174", "2026-03-18 09:20:37", AUN, "Guest 7243", "", """
p hello??
s No librarian is available right now. Please leave your question and e-mail
""", op=None, status=LOST)

lj("CJ-A175", "2026-03-24 20:19:49", FROST, "Guest 3391", "", """
p does the library have a scanner
l Yes, there are two on the first floor
""", op="howard", status=ANS)

lj("CJ-A176", "2026-03-27 16:55:02", AACC, "Guest 8125", "", """
p is the library open saturday
s Guest has left the chat
""", op=None, status=LOST)

lj("CJ-A177", "2026-04-01 10:11:29", PRATT, "Guest 6284", "", """
p what time does central open on sunday
l Hi! Sundays 1 to 5
p thanks!
""", op="will", status=ANS)

lj("CJ-A178", "2026-04-06 18:33:14", AUN, "Guest 9117", "", """
p hi i need help with something
l Hi! What can I help with?
s Guest has left the chat
""", op="sue", status=LEFT)

lj("CJ-A179", "2026-04-08 09:45:40", UMBC, "Guest 2219", "", """
p how do i reserve a group study room
l Hi! Use the Rooms link on the library homepage
""", op="carroll", status=ANS)

lj("CJ-A180", "2026-04-09 19:07:26", TOWSON, None, "", """
p r u open
s Guest has left the chat
""", op=None, status=LOST, phone="4435550129")


# ---------------------------------------------------------------------------------------------
# QuestionPoint-style session CSV chats (jN_qp_sessions.csv)
# ---------------------------------------------------------------------------------------------

qp("CJ-B201", "2026-03-02 10:31", AUN, "marcus", "marcus.h@example.com", """
s A librarian will be with you shortly
l Hi, this is Will at Howard County Library System. How can I help?
p my landlord wont fix the heat since january. can i hold back rent till he does
l I'm sorry, that's a rough winter. A law librarian can point you to the right rules and forms, I'll send this over
p ok thanks
""", "= research law - law MSLL", op="will")

qp("CJ-B202", "2026-03-02 15:12", AUN, "Guest", "", """
l Hi there, I'm Frederick, a librarian at Baltimore County Public Library. What can I do for you?
p my mom passed in nov and the house is still in her name. how do we get it in my name
p i live in dundalk, it's her house there
l I'm very sorry for your loss. That goes through the estate, and a law librarian can help you find the forms. Can I get an email?
p sharon.t@example.net
""", "sharon.t@example.net research law BCPL law MSLL", op="frederick")

qp("CJ-B203", "2026-03-03 11:48", PRATT, "Dwayne", "dwayne.p@example.org", """
l Hello, this is Grace at the Pratt. How can I help you?
p my unemployment got denied. they said i quit but i was laid off
p how do i fight it
l I'm sorry. You can appeal, and I'll send this to a law librarian so they can find the steps for you
""", "= research law - law MSLL", op="grace")

qp("CJ-B204", "2026-03-03 19:20", AUN, "Guest", "rpaulsen@example.com", """
l Hi, Sue here from Harford County Public Library. How can I help?
p our neighbor put up a fence and we think its 3 feet on our side
p how do we find out where the line actually is
l I can help you find your property records, and a law librarian can follow up about what to do next
p thank you
""", "= research law - law MSLL", op="sue")

qp("CJ-B205", "2026-03-04 13:05", HOWARD, "Guest", "", """
l Hi! This is Will at Howard County Library System.
p my supervisor keeps making comments about my body and HR does nothing
p is there somewhere i can report it outside of work
l I'm sorry you're dealing with that. There are state and federal agencies for that, I'll have a law librarian send you the details. Email?
p keisha.a@example.org
""", "keisha.a@example.org research law HCLS law MSLL", op="will")

qp("CJ-B206", "2026-03-04 17:44", AUN, "Joyce", "joyce.w@example.net", """
l Hi Joyce, this is Laurel at Frederick County Public Libraries.
p my dad has dementia and i need to handle his bank stuff, how do i get power of attorney
l That's a legal question, a law librarian should follow up with the forms and guides. I'll send it to them
p ok
""", "= research law - law MSLL", op="laurel")

qp("CJ-B207", "2026-03-05 12:16", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library. What can I help with?
p can i get a dismissed charge taken off my record
l Yes, that's called expungement. The courts have a form for it. I could have a law librarian email you more
p no thats ok no email. just give me the form name
l It's form CC-DC-CR-072, on the courts' website
""", "- research law - no-email -", op="sue")

qp("CJ-B208", "2026-03-05 16:40", AUN, "Sue", "sue.baxter@example.com", """
l Hi, this is Frederick at Baltimore County Public Library.
p hi I'm Sue. can I borrow 10 copies of A Civil Action for my book club? I'm in rockville
l Hi Sue! Montgomery County has book club kits, I'll ask them to check if that title is one
""", "= policy none MCPL local MCPL", op="frederick")

qp("CJ-B209", "2026-03-06 10:02", AUN, "Guest", "", """
l Hi, this is Will at Howard County Library System.
p my husband is blind, how does he sign up for talking books
p we live in elkton
l There's a free service for that from the state's library for the blind. I'll have them send an application. What's your email?
p gloria.f@example.com
""", "gloria.f@example.com policy print-disability CECIL print-disability LBPH", op="will")

qp("CJ-B210", "2026-03-06 14:51", PRATT, "Guest", "ines.m@example.org", """
l Hello, Grace here at the Pratt.
p i have cerebral palsy and cant turn pages very well
p is there any way to get books read aloud to me on my tablet
l Yes, there are a few options, including a free service for people who can't use regular print. I'll have someone follow up
""", "= access print-disability - print-disability LBPH", op="grace")

qp("CJ-B211", "2026-03-09 11:22", CARROLL, "Guest", "bkessler@example.net", """
l Hi, this is Laurel with Frederick County Public Libraries, covering the chat this morning.
p my grandpa is in assisted living and his eyes are too bad for normal books now
p does the library do large print by mail or something
l I'll have Carroll County's outreach team and the talking book library contact you
""", "= policy print-disability CARROLL print-disability LBPH", op="laurel")

qp("CJ-B212", "2026-03-09 16:08", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p i want to put the blind assassin on hold but it says the hold list is full
p i live in hyattsville
l I'll ask Prince George's to check the hold list for you. Your email?
p ebrooks@example.org
""", "ebrooks@example.org circulation none PGCMLS local PGCMLS", op="sue")

qp("CJ-B213", "2026-03-10 13:37", AUN, "Paul", "paul.ortiz@example.com", """
l Hello Paul, this is Will at Howard County Library System.
p my eyesight is going, i can barely see the library website. do you have a screen reader or a big text version
l I'm sorry. There's a state library that serves people with low vision, and I'll have them follow up with options
""", "= access print-disability - print-disability LBPH", op="will")

qp("CJ-B214", "2026-03-10 18:25", HARF, "Guest", "mira.s@example.net", """
l Hi, this is Sue at Harford County Public Library.
p do libraries have braille sheet music? my daughter is learning piano
l Good question. I'll ask our partners who do braille and have them email you
""", "= policy print-disability HARFORD print-disability LBPH", op="sue")

qp("CJ-B215", "2026-03-11 12:03", AUN, "Guest", "hwalters@example.org", """
l Hi, this is Frederick at Baltimore County Public Library.
p this is my 2nd time asking. last week someone said theyd email me the IRS form and nobody did
p i need the 1040-X
l I'm sorry about that. I'll make sure it gets followed up this time
""", "= other none - quality QC", op="frederick")

qp("CJ-B216", "2026-03-11 20:14", PRATT, "Guest", "", """
l Hello, Grace at the Pratt here.
p i need help finding a book for my son about sharks
s Connection lost. Attempting to reconnect...
p hello? the chat froze again
s Connection lost. Attempting to reconnect...
l Sorry, I see the connection keeps breaking. I'll report it. Can you give me your email so I can send the list?
p dlong22@example.com
""", "dlong22@example.com research none - quality QC", op="grace")

qp("CJ-B217", "2026-03-12 15:30", MONT, "Guest", "pchen@example.net", """
l Hi, this is Will at Howard County Library System, helping on the statewide chat.
p i want to complain. the lady at the wheaton desk was really rude to my son yesterday
p he just asked where the restroom was
l I'm really sorry that happened. I'll pass your complaint along so it can be reviewed
""", "= other none MCPL quality QC", op="will")

qp("CJ-B218", "2026-03-12 21:02", AUN, "xx", "xxtrollxx@example.com", """
l Hi, this is Laurel at Frederick County Public Libraries.
p are you stupid or just slow
p answer me idiot
l I'm ending this chat because of abusive language
""", "= other none - quality QC", op="laurel")

qp("CJ-B219", "2026-03-13 10:45", HOWARD, "Guest", "tbell@example.org", """
l Hi, Will at Howard County Library System. I'm sorry, your last chat got cut off on our end, I'll report that
p thanks. i was asking how to get a passport appointment at the library
l Let me find the schedule for you
""", "= other none HCLS quality QC", op="will")

qp("CJ-B220", "2026-03-13 17:33", AUN, "Guest", "", """
l Hi, this is Frederick at Baltimore County Public Library.
p libby keeps failing to download, my wifi keeps dropping too
p i live in towson
l It may be the wifi, but I'll have BCPL's tech folks follow up. Email?
p a.grant@example.com
""", "a.grant@example.com access none BCPL local BCPL", op="frederick")

qp("CJ-B221", "2026-03-16 10:18", AUN, "Guest", "kyra.d@example.org", """
l Hi, this is Sue at Harford County Public Library.
p can i renew my books online? i live in frederick
l Yes, through your account, but I'll have Frederick County check if yours can be renewed
""", "= circulation none FCPL local FCPL", op="sue")

qp("CJ-B222", "2026-03-16 14:40", AUN, "Guest", "oscar.b@example.net", """
l Hi, this is Will at Howard County Library System.
p reading about frederick douglass for my class, need primary sources from when he lived in baltimore
l Great topic. Is it high school or college?
p college, intro to american history
l I'll pull some sources together and send them
""", "= research none - default AUN", op="will")

qp("CJ-B223", "2026-03-17 11:09", PRATT, "Guest", "lindsey.r@example.com", """
l Hello, Grace at the Pratt.
p can i get a pratt card? i live in laurel delaware but work in baltimore sometimes
l Let me check the rules for non-residents, I'll have someone confirm
""", "= policy none - default AUN", op="grace")

qp("CJ-B224", "2026-03-17 16:52", AUN, "Guest", "", """
l Hi, this is Frederick at Baltimore County Public Library.
p my card is expired, can i renew over the phone
p i'm in salisbury md
l I'll ask the Wicomico library to contact you. Email?
p jordan.e@example.org
""", "jordan.e@example.org circulation none WICOMICO local WICOMICO", op="frederick")

qp("CJ-B225", "2026-03-18 12:27", AUN, "Guest", "wes.p@example.com", """
l Hi, this is Laurel at Frederick County Public Libraries.
p does the library in cambridge md have a notary? im in dorchester county
l I'll check with the Dorchester County library for you
""", "= other none DORCHESTER local DORCHESTER", op="laurel")

qp("CJ-B226", "2026-03-18 18:11", HOWARD, "Guest", "", """
l Hi, this is Will at Howard County Library System.
p can i borrow a hotspot? the list said all out
l They go fast. I'll have circ put you on the waitlist and email you
p k. tori.n@example.net
""", "tori.n@example.net circulation none HCLS local HCLS", op="will")

qp("CJ-B227", "2026-03-19 10:50", BALTCO, "Guest", "cpowell@example.org", """
l Hi, Frederick here at Baltimore County Public Library.
p can community groups book a meeting room for free
l Yes, nonprofits can. I'll have the branch send you the policy
""", "= policy none BCPL local BCPL", op="frederick")

qp("CJ-B228", "2026-03-19 15:19", MONT, "Guest", "", """
l Hi, this is Will at Howard County Library System.
p pressreader says my card isnt valid
l Let me check. I'll have Montgomery County's e-resources team look into your card
p ty. msantos@example.com
""", "msantos@example.com access none MCPL local MCPL", op="will")

qp("CJ-B229", "2026-03-20 11:36", PG, "Guest", "d.fields@example.net", """
l Hi, this is Sue at Harford County Public Library, covering for PGCMLS.
p i have a $12 fine for a book i paid for already
l I'll have Prince George's check your account and email you
""", "= circulation none PGCMLS local PGCMLS", op="sue")

qp("CJ-B230", "2026-03-20 17:58", HARF, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p do any of your branches have a notary
l Some do. I'll check which ones and the hours. Email?
p ann.k@example.com
""", "ann.k@example.com other none HARFORD local HARFORD", op="sue")

qp("CJ-B231", "2026-03-23 10:24", FRED, "Guest", "zoe.h@example.org", """
l Hi, this is Laurel at Frederick County Public Libraries.
p how do i print from my phone to the library printer
l We use a mobile print app. I'll send you the link and steps
""", "= other none FCPL local FCPL", op="laurel")

qp("CJ-B232", "2026-03-23 14:55", ANNE, "Guest", "", """
l Hi, this is Will at Howard County Library System.
p kanopy says ive used all my credits but i only watched 2 things
l I'll ask Anne Arundel's digital team. Your email?
p dmcbride@example.net
""", "dmcbride@example.net access none AACPL local AACPL", op="will")

qp("CJ-B233", "2026-03-24 11:41", AUN, "Guest", "rnavarro@example.com", """
l Hi, this is Frederick at Baltimore County Public Library.
p i go to aacc. can i still use the library over the summer if im not taking classes
l Good question, I'll ask the AACC library to confirm
""", "= policy none AACC local AACC", op="frederick")

qp("CJ-B234", "2026-03-24 16:17", AUN, "Guest", "", """
l Hi, this is Laurel at Frederick County Public Libraries.
p my card is from calvert library and it says i have a block
l I'll have Calvert Library look at your account. Email?
p bw.jones@example.org
""", "bw.jones@example.org circulation none CALVERT local CALVERT", op="laurel")

qp("CJ-B235", "2026-03-25 12:49", PRATT, "Guest", "tanya.g@example.net", """
l Hello, Grace at the Pratt.
p my son needs sources for a science fair project on acid rain
p we live in catonsville
l I'll send this to Baltimore County's librarians so they can suggest some
""", "= research none BCPL local BCPL", op="grace")

qp("CJ-B236", "2026-03-25 18:34", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p im trying to trace my family tree back to the 1800s, they farmed near chestertown
p i still live in chestertown
l That's a great project. I'll send it to your library, they may have local genealogy help. Email?
p gwen.s@example.com
""", "gwen.s@example.com research specialist KENT local KENT", op="sue")

qp("CJ-B237", "2026-03-26 10:13", AUN, "Carroll Jenkins", "cjenkins@example.org", """
l Hi, this is Frederick at Baltimore County Public Library.
p hello, my husband Howard wants a book about fixing old radios. do libraries have those
l Yes, many do. Which library do you use?
p we dont have cards yet
l I'll send this to our coordinator to find the closest library for you
""", "= research none - default AUN", op="frederick")

qp("CJ-B238", "2026-03-26 15:46", CARROLL, "Guest", "", """
l Hi, this is Laurel at Frederick County Public Libraries, covering chat for Carroll County.
p i lost a library dvd, how much do i owe
l I'll have Carroll County check the replacement cost. Email?
p nate.o@example.net
""", "nate.o@example.net circulation none CARROLL local CARROLL", op="laurel")

qp("CJ-B239", "2026-03-27 11:30", AUN, "Guest", "mrivera@example.com", """
l Hi, this is Will at Howard County Library System.
p what are the hours of the pikesville branch on easter
l I'll check with Baltimore County and email you
""", "= policy none BCPL local BCPL", op="will")

qp("CJ-B240", "2026-03-27 17:05", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p moco library ebook wont open on my ipad
l Which app?
p libby
l I'll have Montgomery County's digital team reach out. Email?
p hope.a@example.org
""", "hope.a@example.org access none MCPL local MCPL", op="sue")

qp("CJ-B241", "2026-03-30 10:37", AUN, "Guest", "kchoi@example.net", """
l Hi, this is Laurel at Frederick County Public Libraries.
p i'm writing about civil war hospitals in frederick after antietam. need letters or records
l Great topic. I'll pass this to a librarian who works with historical collections
""", "= research specialist - specialist EPFL", op="laurel")

qp("CJ-B242", "2026-03-30 15:53", PRATT, "Guest", "", """
l Hello, Grace at the Pratt.
p how can i find my grandmothers naturalization papers, 1920s
l I'll send this to our genealogy librarian. Email?
p luz.a@example.com
""", "luz.a@example.com research specialist - specialist EPFL", op="grace")

qp("CJ-B243", "2026-03-31 12:08", AUN, "Guest", "sethk@example.org", """
l Hi, this is Frederick at Baltimore County Public Library.
p is there an old atlas of baltimore county that shows who owned the farms, like 1870s
p i'm in laurel, delaware but my family was from there
l There is one. I'll send this to a map specialist who can find the plates
""", "= research specialist - specialist EPFL", op="frederick")

qp("CJ-B244", "2026-03-31 17:22", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p looking for the history of st patricks church in cumberland, founding etc
p i live in pennsylvania now
l I'll pass this to a specialist who knows local history. Email?
p tmoore@example.net
""", "tmoore@example.net research specialist - specialist EPFL", op="sue")

qp("CJ-B245", "2026-04-01 11:14", AUN, "Guest", "", """
l Hi, this is Will at Howard County Library System.
p my grandfather ran a barbershop in baltimore in the 40s, can i find it in old city directories
l Yes, city directories are great for that. I'll have a specialist look. Email?
p rk dot boyd at example dot com
""", "rk.boyd@example.com research specialist - specialist EPFL", op="will", written=True)

qp("CJ-B246", "2026-04-01 16:29", PRATT, "Guest", "ellen.v@example.org", """
l Hello, Grace at the Pratt.
p i want to join the DAR and need help proving my line to a revolutionary war soldier
l I'll have our genealogy librarian follow up with sources
""", "= research specialist - specialist EPFL", op="grace")

qp("CJ-B247", "2026-04-02 10:55", AUN, "Guest", "granny.p@example.com", """
l Hi, this is Frederick at Baltimore County Public Library.
p my great-granddaughter has a school project on the titanic, what books are good for 4th grade
l I'll put together a list and send it
""", "= research none - default AUN", op="frederick")

qp("CJ-B248", "2026-04-02 15:41", AUN, "Guest", "", """
l Hi, this is Laurel at Frederick County Public Libraries.
p what was marylands population in 1900 vs now
l I'll find the census figures for you. Email?
p b.ivey@example.net
""", "b.ivey@example.net research none - default AUN", op="laurel")

qp("CJ-B249", "2026-04-03 12:20", PRATT, "Guest", "joel.f@example.org", """
l Hello, Grace at the Pratt.
p can i get a library card if i live in york pa
l Let me check the rules for out-of-state cards, I'll have someone email you
""", "= policy none - default AUN", op="grace")

qp("CJ-B250", "2026-04-03 17:48", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p history of the ocean city boardwalk for a report
l Sure, is it for school?
p actually nvm i found that. different question whats the difference between a roth and regular IRA
l Good question. I'll find some reliable sources. Email?
p dani.k@example.com
""", "dani.k@example.com research none - default AUN", op="sue")

qp("CJ-B251", "2026-04-06 11:02", AUN, "8kq2mz41@web.ca.libraryh3lp.com", "8kq2mz41@web.ca.libraryh3lp.com", """
l Hi, this is Will at Howard County Library System.
p hi from toronto, can i use maryland library ebooks
l They're for Maryland cardholders. Do you want someone to email you about options?
p sure
l What's your email?
s Patron has left the session
""", "- policy none - no-email -", op="will")

qp("CJ-B252", "2026-04-06 16:37", AUN, "4435550147", "14435550147@sms.libraryh3lp.com", """
l Hi, this is Frederick at Baltimore County Public Library.
p need to renew my books balt co card
l I can have BCPL renew them. Do you have an email?
p no just text
""", "- circulation none BCPL no-email -", op="frederick")

qp("CJ-B253", "2026-04-07 12:45", PRATT, "Guest", "", """
l Hello, Grace at the Pratt.
p i need my grandfathers army records from ww2
l Our genealogy librarian can help. How should they reach you?
p call me 410 555 0199 i dont do email
""", "- research specialist - no-email -", op="grace")

qp("CJ-B254", "2026-04-07 18:09", HOWARD, "Guest", "", """
l Hi, this is Will at Howard County Library System.
p can i reserve a 3d printer time
l Yes! You can also email our makerspace at hcls-make@example.org
p ok i'll do that
""", "- other none HCLS no-email -", op="will")

qp("CJ-B255", "2026-04-08 11:51", AUN, "Guest", "", """
l Hi, this is Laurel at Frederick County Public Libraries.
p someone was supposed to email me about my question about tax forms and nobody ever did
l I'm sorry. What email did you use?
p same as before
l I don't have it on this session, could you type it?
s Patron has left the session
""", "- other none - no-email -", op="laurel")

qp("CJ-B256", "2026-04-08 16:22", AUN, "14105550172@twilio.libraryh3lp.com", "", """
l Hi, this is Will at Howard County Library System.
p need the 1880 census page for my great great grandpa, he farmed in somerset county
l I can have a genealogy specialist look. Email?
p its ahmed.r@example.net
""", "ahmed.r@example.net research specialist - specialist EPFL", op="will")

qp("CJ-B257", "2026-04-09 11:08", AUN, "Guest", "", """
l Hi, this is Sue at Harford County Public Library.
p i returned a book at the havre de grace branch but it says overdue
l I'll have Harford's circulation check. Email?
p mbello@example.cmo
p i meant .com
""", "mbello@example.com circulation none HARFORD local HARFORD", op="sue", written=True)

qp("CJ-B258", "2026-04-09 17:36", AUN, "Guest", "rafa.d@example.org", """
s Thank you for contacting AskUsNow! A librarian will be with you shortly
l Hi, this is Laurel at Frederick County Public Libraries.
p i want to start a food truck, is there a business plan template somewhere
l Yes, I'll gather a few good ones and send them
s Thank you for contacting AskUsNow! If your question needs more research, a librarian will follow up by email within 72 hours
""", "= research none - default AUN", op="laurel")

# Rows that are not follow-ups (no labels).

qp("CJ-B271", "2026-03-02 13:15", AUN, "Guest", "", """
p what time does the bowie library close
l Hi, this is Will at Howard County Library System. Bowie closes at 8 tonight
""", op="will", status=ANS)

qp("CJ-B272", "2026-03-09 19:40", PRATT, "Guest", "", """
p hello
s No librarian is available right now
""", op=None, status=LOST)

qp("CJ-B273", "2026-03-16 12:55", HOWARD, "Guest", "", """
p do you have tax forms
l Hi, this is Will at Howard County Library System. Yes, at every branch
p thanks
""", op="will", status=ANS)

qp("CJ-B274", "2026-03-20 20:26", AUN, "Guest", "", """
p can someone help me
s Patron has left the session
""", op=None, status=LOST)

qp("CJ-B275", "2026-03-26 09:34", BALTCO, "Guest", "", """
p is the towson branch open today
l Hi, Frederick here at Baltimore County Public Library. Yes, 10 to 8
""", op="frederick", status=ANS)

qp("CJ-B276", "2026-03-31 13:58", AUN, "Guest", "", """
p whats the wifi password at the library
l Hi, this is Sue at Harford County Public Library. Which library?
s Patron has left the session
""", op="sue", status=LEFT)

qp("CJ-B277", "2026-04-03 10:06", MONT, "Guest", "", """
p how long can i keep a dvd
l Hi, this is Will at Howard County Library System. At MCPL DVDs are 3 weeks
""", op="will", status=ANS)

qp("CJ-B278", "2026-04-07 15:21", FRED, "Guest", "", """
p hi
s No librarian is available right now
""", op=None, status=LOST)

qp("CJ-B279", "2026-04-08 19:44", PG, "Guest", "", """
p do you have passport photos
l Hi, this is Sue at Harford County Public Library. Some PGCMLS branches do, let me look
p never mind thx
""", op="sue", status=ANS)

qp("CJ-B280", "2026-04-09 14:30", AUN, "Guest", "", """
p is this a real person
s Patron has left the session
""", op=None, status=LOST)


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
        if code not in ("p", "l", "m", "s"):
            raise SystemExit(f"{chat['cid']}: line without a speaker code: {raw!r}")
        out.append((code, text))
    return out


def timed_lines(chat):
    """Each line with its instant (UTC), seconds apart drawn with a seed per chat, a little
    longer for longer lines."""
    rng = random.Random("j-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC) + timedelta(seconds=rng.randint(3, 50))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(10, 55) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def utc_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def first_patron_line(lines):
    return next(text for _, code, text in lines if code == "p")


LJ_KEYS = ["id", "started", "ended", "department", "guest_name", "guest_email", "question",
           "answerer", "wait", "duration", "rating", "resolution", "tags", "messages"]
SENDER_TYPE = {"p": "patron", "l": "operator", "m": "operator", "s": "system"}


def lj_record(c):
    names = {"p": c["patron"], "l": c["lib"], "m": c["lib2"], "s": "LibChat"}
    lines = timed_lines(c)
    rng = random.Random("j-lj-" + c["cid"])
    started = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    return {
        "id": c["cid"],
        "started": started.isoformat(),
        "ended": ended.astimezone(NY).isoformat(),
        "department": c["origin"],
        "guest_name": c["patron"],
        "guest_email": c["email"],
        "question": first_patron_line(lines),
        "answerer": c["lib"] or "",
        "wait": rng.randint(4, 90) if c["lib"] else None,
        "duration": int((ended - started.astimezone(UTC)).total_seconds()),
        "rating": c["rating"] or None,
        "resolution": c["status"],
        "tags": c["tags"],
        "messages": [{"from": names[code], "sender_type": SENDER_TYPE[code], "sent": utc_z(t),
                      "text": text} for t, code, text in lines],
    }


def lj_text(chats):
    recs = [json.dumps(lj_record(c), ensure_ascii=False) for c in by_start(chats)]
    return "[\n" + ",\n".join(recs) + "\n]\n"


QP_COLUMNS = ["Session ID", "Start Time", "End Time", "Library", "Patron Name", "Patron Email",
              "Question", "Librarian", "Resolution Code", "Chat Transcript"]
QP_LABEL = {"p": "Patron", "l": "Librarian", "m": "Librarian", "s": "System"}


def qp_time(t):
    return f"{t.astimezone(NY):%m/%d/%Y %H:%M}"


def qp_record(c):
    lines = timed_lines(c)
    rng = random.Random("j-qp-" + c["cid"])
    started = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(20, 90))
    return {
        "Session ID": c["cid"],
        "Start Time": qp_time(started),
        "End Time": qp_time(ended),
        "Library": c["origin"],
        "Patron Name": c["patron"],
        "Patron Email": c["email"],
        "Question": first_patron_line(lines),
        "Librarian": c["lib"] or "",
        "Resolution Code": c["status"],
        "Chat Transcript": "\n".join(f"{qp_time(t)} {QP_LABEL[code]}: {text}"
                                        for t, code, text in lines),
    }


def qp_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=QP_COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in by_start(chats):
        w.writerow(qp_record(c))
    return buf.getvalue()


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in by_start(chats) if c["label"])


STYLES = [("libchat", "json", LJ, lj_text), ("qp_sessions", "csv", QP, qp_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("j", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: j1 (the development half) trains the category model,
    as i1 does; j2 stays held out."""
    return "train" if name.startswith("j1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "j", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo")
# Guest JIDs are the chat system's, not e-mail addresses, even in the export's e-mail field.
JID_DOMAINS = ("libraryh3lp.com",)


def is_address(s):
    return bool(EMAIL_RE.match(s)) and not s.endswith(JID_DOMAINS)


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


QP_LINE = re.compile(r"^(0[1-9]|1[0-2])/([0-2]\d|3[01])/2026 ([01]\d|2[0-3]):[0-5]\d "
                     r"(Patron|Librarian|System): (.*)$")
SMS_NAME = re.compile(r"^\+1\d{3}555\d{4}$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    text = read_text(HERE / part_dir(name) / name)
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    out = []
    if style == "libchat":
        if not (text.startswith("[\n") and text.endswith("\n]\n")):
            raise ValueError("not an array with one record a line")
        for n, line in enumerate(text.split("\n")[1:-2], 1):
            json.loads(line.rstrip(","))  # every record stands on its own line
        for r in json.loads(text):
            if list(r) != LJ_KEYS:
                raise ValueError(f"keys {list(r)}")
            cid = r["id"]
            for key in ("started", "ended"):
                t = datetime.fromisoformat(r[key])
                if t.utcoffset() != t.astimezone(NY).utcoffset():
                    raise ValueError(f"{cid}: {key} {r[key]} is not on the New York clock")
            staff = {r["answerer"]} - {""}
            lines = []
            for m in r["messages"]:
                if list(m) != ["from", "sender_type", "sent", "text"]:
                    raise ValueError(f"{cid}: message keys {list(m)}")
                datetime.strptime(m["sent"], "%Y-%m-%dT%H:%M:%SZ")
                kind, who = m["sender_type"], m["from"]
                if (kind == "patron" and who != r["guest_name"]
                        or kind == "operator" and who not in staff
                        or kind == "system" and who != "LibChat"
                        or kind not in ("patron", "operator", "system")):
                    raise ValueError(f"{cid}: {kind} message from {who!r}")
                lines.append((who if kind != "patron" else r["guest_name"], m["text"]))
            if r["guest_name"].startswith("+") and not SMS_NAME.match(r["guest_name"]):
                raise ValueError(f"{cid}: SMS guest {r['guest_name']!r}")
            out.append({"id": cid, "patron": r["guest_name"], "email": r["guest_email"],
                        "lines": lines})
        return out
    if not text.endswith("\n"):
        raise ValueError("records do not end with LF")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != QP_COLUMNS:
        raise ValueError(f"columns {reader.fieldnames}")
    for r in reader:
        cid = r["Session ID"]
        for key in ("Start Time", "End Time"):
            datetime.strptime(r[key], "%m/%d/%Y %H:%M")
        lines = []
        for piece in r["Chat Transcript"].split("\n"):
            m = QP_LINE.match(piece)
            if not m:
                raise ValueError(f"{cid}: line {piece[:40]!r}")
            who = m.group(4)
            lines.append((r["Patron Name"] if who == "Patron" else who, m.group(5)))
        if "Librarian" in [w for w, _ in lines] and not r["Librarian"]:
            raise ValueError(f"{cid}: a librarian speaks but none is named")
        out.append({"id": cid, "patron": r["Patron Name"], "email": r["Patron Email"],
                    "lines": lines})
    return out


def check_all():
    problems = []
    chats = LJ + QP
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CJ-"):
            problems.append(f"{cid}: chat id without the CJ- prefix")
        start = local_start(c["start"])
        if start.year != 2026:
            problems.append(f"{cid}: started in {start.year}")
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{cid}: the patron never speaks")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        if ("m" in codes) != bool(c["lib2"]):
            problems.append(f"{cid}: second-librarian lines and lib2 do not agree")
        if not c["patron"] or ":" in c["patron"].replace("@", "") or c["patron"] in (
                c["lib"], c["lib2"]):
            problems.append(f"{cid}: patron name {c['patron']!r}")
        if c["phone"] and not re.match(r"^\d{3}555\d{4}$", c["phone"]):
            problems.append(f"{cid}: phone {c['phone']!r} is not a 555 number")
        if any("\r" in text or "\n" in text for _, text in lines_of(c)):
            problems.append(f"{cid}: a message holding a line end")
        for _, text in lines_of(c):
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD + JID_DOMAINS):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and "@" in c["email"] and not c["email"].lower().strip().endswith(
                ALLOWED_DOMAINS + JID_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, json.JSONDecodeError, csv.Error),
                                   check_label, lines_of=lines_of)
    return problems


def is_sms(c):
    """An SMS guest: a phone number as LibChat's contact name, or the statewide queue's SMS
    gateway as the guest."""
    return (bool(c.get("phone")) or c["patron"].isdigit()
            or any(g in c["patron"] for g in ("@sms.", "@twilio.")))


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if is_sms(c))
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", LJ + QP), ("libchat", LJ), ("qp_sessions", QP)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", LJ + QP))
    sms_n = sum(1 for c in LJ + QP if c["label"] and is_sms(c))
    return labels_table(cols, LJ + QP, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("j_build", all_texts, check_all, counts))
