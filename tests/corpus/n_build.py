#!/usr/bin/env python3
"""Writes and checks the "n" part of aun's labelled corpus (n1 in train/, n2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, no real person's data.
Each chat carries its label, written by hand from rules.md sections 5-6 when the chat was written,
before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", or split over two messages). Chats whose resolution is not
"Follow Up By Patron Library" carry no label and get no labels row. Where the patron asks two
things or changes topic, the category (and subject need) is that of the question left open for
the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (n1 and n2):
  nN_sheets.tsv        the statewide queue's chats as a coordinator keeps them in Google Sheets,
                       downloaded as TSV: `Transcript ID`, `Date` (`4/27/2026`), `Time` (`2:05:12
                       PM`, New York) in a column of its own, `Queue` (the origin account),
                       `Patron`, `Patron Email`, `Answered By`, `Resolution`, `Transcript`: lines
                       `(2:05:33 PM) Name: text` joined by CRLF inside the quoted cell; a cell
                       holding a quote, tab or line end is quoted (`""` for a quote); CRLF between
                       rows.
  nN_county_chat.jsonl a JSON Lines export of a county-run chat queue that also carries the
                       statewide and Pratt queues: `chat_id`, `timestamp` (seconds since 1970, a
                       JSON number), `queue` (an object `{"name", "id"}`: the origin account),
                       `visitor` (the name typed, `Guest NNNN`, or an SMS visitor's number
                       `+14105550123`), `email` (null or "" when none), `operator` (an object
                       `{"name"}`, null when no one answered), `wrapup`, and `transcript`, one
                       HTML string: each message `<span class="time">14:05:12</span>
                       <strong>Name</strong>: text` (24-hour New York clock, text HTML-escaped),
                       the messages joined by `<br />`.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then n1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/n_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/n_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
import html
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
LEFT = "Patron Left"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
MCPL = "Montgomery County Public Libraries"
CARROLL = "Carroll County Public Library"
HARFORD = "Harford County Public Library"
CHARLES = "Charles County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {MCPL: "MCPL", CARROLL: "CARROLL", HARFORD: "HARFORD", CHARLES: "CHARLES"}
QUEUE_NUMBERS = {AUN: 1, PRATT: 2, MCPL: 14, CARROLL: 6, HARFORD: 11, CHARLES: 17}

SH = []  # the Google Sheets TSV chats
CO = []  # the county queue's JSON Lines chats

SH_STAFF = {"dana": "Dana", "luis": "Luis", "brooke": "Brooke", "ngozi": "Ngozi"}
CO_STAFF = {"tasha": "Tasha", "reggie": "Reggie", "mo": "Mo", "pat": "Pat"}


def _start(n, seed):
    """The n-th chat of a style starts on a spring 2026 day (New York), between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 4, 27) + timedelta(days=(n * 4) // 9)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def sh(cid, queue, patron, email, t, label=None, op="dana", status=FU, written=False):
    """A chat of the Sheets TSV. patron: the name typed (empty: `Guest NNNN`); email None is an
    empty cell."""
    rng = random.Random("n-sh-name-" + cid)
    SH.append(dict(cid=cid, start=_start(len(SH), "n-sh-" + cid), origin=queue,
                   patron=patron or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=SH_STAFF[op] if op else None, status=status,
                   written=written, sms=False))


def co(cid, queue, visitor, email, t, label=None, op="tasha", status=FU, written=False):
    """A chat of the county JSON Lines. visitor: the name typed, an 11-digit 555 number for an
    SMS visitor (shown `+14105550123`), or empty for `Guest NNNN`."""
    rng = random.Random("n-co-name-" + cid)
    sms = visitor.isdigit()
    if sms:
        visitor = "+" + visitor
    CO.append(dict(cid=cid, start=_start(len(CO), "n-co-" + cid), origin=queue,
                   patron=visitor or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=CO_STAFF[op] if op else None, status=status,
                   written=written, sms=sms))

# ---------------------------------------------------------------------------------------------
# The Sheets TSV (nN_sheets.tsv): the statewide queue, some Pratt, Montgomery and Carroll
# ---------------------------------------------------------------------------------------------

sh("CN-S101", AUN, "", None, """
p can i renew stuff online if its already overdue
l Hi! Which library is your card from?
p hcpl. bel air branch
l Thanks, I'll have Harford County follow up on your account. Email?
p mtorres@example.org
""", "mtorres@example.org circulation none HARFORD local")

sh("CN-S102", AUN, "Deb", "deb.w@example.com", """
p does the library still charge late fees? heard some places stopped
l It depends on the system. Which one do you use?
p just wondering in general lol my kid is always late
""", "= policy none - default", op="luis")

sh("CN-S103", AUN, "", None, """
p landlord says carpet comes out of my deposit but its just normal wear
p can he do that
l A law librarian can send you what Maryland says about deposits. What email should they use?
p no email sorry. can u txt me
l I'm sorry, follow-up is by email only.
""", "- research law - no-email")

sh("CN-S104", AUN, "kwame", "kwame.o@example.net", """
p how do i get nytimes online thru the library? it says i used my free articles
l Which library card do you have?
p frederick county
l OK, I'll pass this to FCPL so they can send the steps.
""", "= access none FCPL local", op="brooke")

sh("CN-S105", AUN, "", None, """
p my mom is losing her sight, macular degeneration, cant read print anymore
p is there a program that mails audiobooks to ppl like her? who qualifies
l Yes, there is a state talking books service. What's an email for the application?
p lena.ruiz at example dot com
""", "lena.ruiz@example.com policy print-disability - print-disability", written=True)

sh("CN-S106", AUN, "Tori", "tori.b@example.org", """
p im in dundalk whats the easiest bus to the north point branch
l Let me look at the routes. I'll send them by email.
p k
""", "= other none BCPL local", op="ngozi")

sh("CN-S107", AUN, "", None, """
p i need 3 scholarly sources on the dust bowl for hist 101, due fri
l Happy to help. Is this through a college library?
p no i just use the public one, im in hagerstown
p email is dfrye22@example.com
""", "dfrye22@example.com research none WCFL local")

sh("CN-S108", AUN, "Marcy", "marcy.t@example.net", """
p my libby keeps saying card not valid
p its a pratt card, i live in canton
l Sorry about that. It may be an expired card; I'll have Pratt check.
""", "= access none EPFL local", op="luis")

sh("CN-S109", AUN, "", None, """
p can anyone get a card or do u have to live in the county
l Which county are you asking about?
p idk any of them, i work in md but live in delaware
p delaware.jen@example.com
""", "delaware.jen@example.com policy none - default")

sh("CN-S110", AUN, "Sam", None, """
p i waited 40 min for this chat last time and nobody ever emailed me back like u said
p still need books on the history of jazz for my music class
l I'm very sorry. I'll report this and make sure someone follows up. What's your email?
p sam.k.okoro@example.org
""", "sam.k.okoro@example.org research none - quality", op="dana")

sh("CN-S111", AUN, "", None, """
p my son has dyslexia, the school said he can get audiobooks free from some state library?
l Yes, readers with dyslexia may qualify for the talking books library. Email?
p we're in waldorf. its ctran@example.net
""", "ctran@example.net policy print-disability CHARLES print-disability", op="brooke")

sh("CN-S112", AUN, "Gil", "gil.m@example.com", """
p how many books can i check out at once
l Which library system?
p eldersburg
""", "= policy none CARROLL local")

sh("CN-S113", AUN, "", None, """
p lost a dvd, how much do i owe. it was the crown season 2
l I'm sorry! Which library?
p columbia md, the east columbia one
p email hyun.lee@example.org
""", "hyun.lee@example.org circulation none HCLS local", op="ngozi")

sh("CN-S114", AUN, "", None, """
p i need to print a boarding pass from my phone, can i do that at the library
l Most branches let you print from a phone. Where are you?
p at my aunts in pikesville
p bw.james@example.com
""", "bw.james@example.com other none - default", op="luis")

sh("CN-S115", AUN, "Priya", "priya.n@example.net", """
p trying to find deeds for my great grandfathers farm, 1880s, somewhere in frederick county
l That's in-depth land records research; a specialist can help. Do you live in Maryland?
p no im in ohio now
""", "= research specialist - specialist")

sh("CN-S116", PRATT, "", None, """
p how do i get a copy of my lease rights if the landlord is trying to evict us for complaining about mold
l I'm sorry. The State Law Library handles these. What email?
p we live in highlandtown. email is rosa.p@example.com
""", "rosa.p@example.com research law EPFL law", op="dana")

sh("CN-S117", PRATT, "", None, """
p ur chat keeps kicking me out
p 3rd time
l I'm sorry, the connection keeps dropping on my end too. I'll report the problem. What did you need?
p a hold pickup, the book is at the waverly branch
p tee.ward@example.org
""", "tee.ward@example.org circulation none EPFL quality", op="ngozi")

sh("CN-S118", AUN, "Ellis", "ellis.b@example.com", """
p i need something notarized today where can i go
l Some branches have a notary. Which library is near you?
p i live in germantown
""", "= other none MCPL local", op="brooke")

sh("CN-S119", AUN, "", None, """
p how do i cite a youtube video in apa
l Here's the general form... I can email a guide. Address?
p nope im good
""", "- research none - no-email")

sh("CN-S120", AUN, "", "joan.c@example.org", """
p can i use the meeting room for a tenants association meeting, is it free
l Which branch?
p the one in laurel, not the one in delaware haha
""", "= policy none PGCMLS local", op="dana")

sh("CN-S121", AUN, "", None, """
p how do i change my pin
p for my card
l Which library?
p moco
p email aj.fox@example.net
""", "aj.fox@example.net circulation none MCPL local", op="luis")

sh("CN-S122", AUN, "Rena", "rena.v@example.com", """
p i got a letter about an expungement hearing, what happens there
l A law librarian can help with that. Where do you live?
p silver spring
""", "= research law MCPL law", op="ngozi")

sh("CN-S123", AUN, "", None, """
p cant log into ancestry from home, it says library use only??
l Some libraries only offer Ancestry inside the branch. Which library are you with?
p st marys county. lex park
p email r.dunn@example.org
""", "r.dunn@example.org access none SMCLD local")

sh("CN-S124", AUN, "Hal", "hal.p@example.net", """
p this is the second time the librarian just left me hanging without answering, very rude
l I'm sorry that happened. I'll pass your comments on.
""", "= other none - quality", op="brooke")

sh("CN-S125", AUN, "", None, """
p what does the library have on starting a food truck business in md? licenses etc
l We can pull some guides together. Email?
p fkhan at example dot org
""", "fkhan@example.org research none - default", written=True, op="dana")

sh("CN-S126", MCPL, "", None, """
p do u have hotspots to borrow
l Yes, they can be placed on hold. Would you like help with that?
p yes pls put one on hold for me, wheaton. kt.lam@example.com
""", "kt.lam@example.com circulation none MCPL local", op="luis")

sh("CN-S127", MCPL, "Joy", "joy.m@example.org", """
p are you open on memorial day
l Let me check and email you.
""", "= policy none MCPL local", op="ngozi")

sh("CN-S128", AUN, "", None, """
p need the 1850 slave schedules for calvert county, for a family history book im writing
l That's deep archival research, a specialist can follow up. Email?
p tmoss@example.com
""", "tmoss@example.com research specialist - specialist", op="brooke")

sh("CN-S129", AUN, "", None, """
p my dad has parkinsons and his hands shake, he cant turn pages or hold a book
p any books he doesnt need to hold?
l There's a program for people who can't hold books. What's an email?
p pam.r@example.net
""", "pam.r@example.net policy print-disability - print-disability", op="dana")

sh("CN-S130", AUN, "Kris", "kris.d@example.com", """
p how do i put a hold on a book thats checked out
l Which library?
p bcpl
p actually also can i get a passport there
l Yes, some branches take passport applications by appointment. For the hold, I'll have BCPL follow up.
""", "= circulation none BCPL local", op="luis")

sh("CN-S131", AUN, "", None, """
p the ebook i borrowed wont open in adobe digital editions
p error E_LIC_ALREADY_FULFILLED
l I'll ask someone to look at it. Email?
p x.wu at example dot net
""", "x.wu@example.net access none - default", written=True, op="ngozi")

sh("CN-S132", AUN, "", None, """
p how long can i keep a laptop from the library
p the one i checked out is due tmrw and i need it longer
l You may be able to renew it. Which library?
p annapolis library
p sj.ortiz@example.org
""", "sj.ortiz@example.org circulation none AACPL local")

sh("CN-S133", AUN, "", None, """
p i want to sue my contractor he took a $4000 deposit and never showed
l A law librarian can send you information about small claims court.
l Are you there?
s Patron left the chat
""", "- research law - no-email", op="brooke")

sh("CN-S134", AUN, "Olu", "olu.a@example.com", """
p i keep getting 'too many users' on the overdrive book for my book club
p can you get another copy
l I'll ask. Which library?
p fred co
""", "= access none FCPL local", op="dana")

sh("CN-S135", AUN, "", None, """
p what are your hours
l Hours vary by library. Which one?
p nvm
s Patron left the chat
""", None, op="luis", status=LEFT)

sh("CN-S136", PRATT, "", None, """
p looking for photos of my grandmothers street in sandtown in the 1940s, for a memorial
l Our special collections can help. Do you live in Baltimore?
p no, i live in atlanta now
p lwhite at example dot com
""", "lwhite@example.com research specialist - specialist", written=True, op="ngozi")

sh("CN-S137", AUN, "", None, """
p is there a limit on printing? i need 80 pages for court
l Print limits depend on the library. Which one?
p glen burnie
p abe.t@example.net
""", "abe.t@example.net other none AACPL local", op="brooke")

sh("CN-S138", AUN, "Nina", "nina.c@example.org", """
p my account says blocked, i think its a fine from 2019? can u check
l I can't see accounts from here. Which library?
p the one in towson
""", "= circulation none BCPL local", op="luis")

sh("CN-S139", AUN, "", None, """
p where can i read the baltimore sun archives online, like 1970s
p i live in catonsville
l BCPL has a historical newspaper database. Email for steps?
p gperez@example.com
""", "gperez@example.com access none BCPL local", op="dana")

sh("CN-S140", AUN, "", None, """
p does the library have a wheelchair accessible entrance and an asl interpreter for the author talk
l Which library?
p harford, abingdon branch
p dj.nolan@example.net
""", "dj.nolan@example.net policy none HARFORD local", op="ngozi")

sh("CN-S141", AUN, "", None, """
p my ex wont follow the custody order. what can i do
l I'm sorry. A law librarian will email you resources. What's your email?
p mbrooks at example dot org, i live in frederick
""", "mbrooks@example.org research law FCPL law", written=True)

sh("CN-S142", AUN, "Tomas", "tomas.r@example.com", """
p can u help me w something else too. first, does my card work at other counties libraries
l In many cases yes. Which is your home library?
p i dont have one yet, just moved here from texas
p 2nd thing, how do i reset my router lol
l For the router, the maker's support line is best. I'll pass the card question on.
""", "= policy none - default", op="luis")

sh("CN-S143", AUN, "", None, """
p hi yes i need census data for pop growth in maryland counties 2010-2020 for a stats project
l Is this for a class? Which school?
p towson u
p jlee44@example.org
""", "jlee44@example.org research none TOWSON local", op="brooke")

sh("CN-S144", AUN, "", None, """
p this chat is useless you people never answer anything
l I'm sorry you feel that way. Is there something I can help with?
s Patron left the chat
""", None, op="dana", status=LEFT)

sh("CN-S145", CARROLL, "", None, """
p can i return books at a different branch than i got them
l Yes. Anything else?
p thx thats all
""", None, op="ngozi", status=ANS)

sh("CN-S146", CARROLL, "Bea", "bea.h@example.net", """
p i returned the book but its still on my account and now theres a fine
l I'm sorry. I'll send this to the branch to check.
""", "= circulation none CARROLL local", op="brooke")

sh("CN-S147", AUN, "", None, """
p is there a braille version of the drivers manual
l I'll ask the Library for the Blind and Print Disabled. Email?
p its for my brother. no email, we dont use it
""", "- research print-disability - no-email", op="luis")

sh("CN-S148", AUN, "", None, """
p i need proquest from home but the login keeps looping back
p im a nursing student at stevenson
p email ak.diaz@example.org
""", "ak.diaz@example.org access none STEVENSON local", op=None)

sh("CN-S149", AUN, "Wes", "wes.k@example.com", """
p what kind of events do u have for teens this summer
l Which library are you near?
p we just moved, not sure yet
""", "= other none - default", op="ngozi")

sh("CN-S150", AUN, "", None, """
p how do i borrow a book from another library that mine doesnt have
p its an old out of print book about lighthouses
l That's interlibrary loan. Which library do you use?
p hoco central branch
p mara.k@example.net
""", "mara.k@example.net access none HCLS local", op="brooke")

sh("CN-S151", AUN, "", None, """
p were trying to figure out who owned our house in 1900, its in the ellicott city historic district
p where are old land records kept
l That's specialist research. Are you in Howard County?
p yes we live in it lol. rj.tan@example.com
""", "rj.tan@example.com research specialist HCLS local", op="luis")

sh("CN-S152", AUN, "", None, """
p i got an eviction notice today, hearing is next week, what do i bring
l I'm sorry. A law librarian will email you. Address?
p darnell.h@example.org
p i live in landover
""", "darnell.h@example.org research law PGCMLS law", op="dana")

sh("CN-S153", AUN, "Ivy", "ivy.s@example.net", """
p can i donate books to the library
l Which library system?
p not sure which one takes them
""", "= policy none - default", op="ngozi")

sh("CN-S154", AUN, "", None, """
p my screen reader cant read the pdfs in your catalog records
p im blind, use nvda
l I'm sorry. I'll send this to LBPH who can help with accessible formats. Email?
p oscar.v@example.com
""", "oscar.v@example.com access print-disability - print-disability", op="brooke")

sh("CN-S155", AUN, "", None, """
p is the library at the mall in columbia open sunday? and do they have a quiet study room
l Which library? Columbia, Maryland?
p yes md lol
p cg.ellis@example.org
""", "cg.ellis@example.org policy none HCLS local", op="luis")

sh("CN-S156", AUN, "", None, """
p i renewed my books online but it says renewal failed, max renewals reached
p can someone override
l I'll pass it to your library. Which one?
p aacpl
l Email?
p dont have one sorry
""", "- circulation none AACPL no-email", op="dana")

sh("CN-S157", AUN, "Lou", "lou.g@example.com", """
p need help finding peer reviewed articles on telehealth for my capstone
p im at umbc
""", "= research none UMBC local", op=None)

sh("CN-S158", AUN, "", None, """
p how do i scan a document and email it to myself at the library
l Most branches have scanners. Where are you?
p the one in westminster
p nora.q@example.net
""", "nora.q@example.net other none CARROLL local", op="brooke")

sh("CN-S159", AUN, "", None, """
p my grandfather's naturalization papers, he came thru baltimore 1912, how do i get them
l A genealogy specialist can help. Where do you live?
p near there. essex
p emma.d@example.com
""", "emma.d@example.com research specialist BCPL local", op="luis")

sh("CN-S160", AUN, "", None, """
p the librarian yesterday told me to google it and ended the chat. not ok
p i still need info on my rights if my job doesnt pay overtime
l I'm sorry about that. I'll report it. What's your email?
p vhall@example.org
""", "vhall@example.org research law - quality", op="dana")

sh("CN-S161", AUN, "", None, """
p how do i get kanopy
l You log in with your library card. Which library?
p pg county
l I'll have them send the steps. Email?
p no ty
""", "- access none PGCMLS no-email", op="ngozi")

sh("CN-S162", AUN, "Ada", "ada.f@example.org", """
p what are the rules for kids under 12 being in the library alone
l Which system?
p ocean city
""", "= policy none WORCESTER local", op="brooke")

sh("CN-S163", AUN, "", None, """
p hello??
p hello
l Sorry, my messages aren't going through and the chat keeps freezing. I'll report this session. What did you need?
p how to renew my card, it expired. i use the severna park library
p lk.burns@example.org
""", "lk.burns@example.org circulation none AACPL quality", op="ngozi")

sh("CN-S164", AUN, "Cy", "cy.h@example.com", """
p im dyslexic and reading textbooks takes forever. is there an audio version of my chem textbook somewhere
""", "= research print-disability - print-disability", op=None)

sh("CN-S165", AUN, "", None, """
p need old maps of the chesapeake shoreline from the 1700s for a thesis on erosion, high res
l A specialist can help with historic maps. Where are you a student?
p im not, independent researcher. jo.m@example.net
""", "jo.m@example.net research specialist - specialist", op="dana")

sh("CN-S166", AUN, "", None, """
p my boss fired me after i reported a safety problem, is that legal
l A law librarian can send resources on whistleblower protection. Email?
p ki.tran@example.com
""", "ki.tran@example.com research law - law", op="brooke")
# ---------------------------------------------------------------------------------------------
# The county queue's JSON Lines (nN_county_chat.jsonl): the statewide and Pratt queues with the
# Harford and Charles County queues
# ---------------------------------------------------------------------------------------------

co("CN-C101", AUN, "14105550141", "", """
p txt. can i renew my books by txt
l Hi! Which library are they from?
p calvert library prince frederick
l I'll have them follow up. Do you have an email?
p no just txt
""", "- circulation none CALVERT no-email")

co("CN-C102", AUN, "", None, """
p whats the wifi password at the library
l It depends on the branch. Which one?
p edgewood
p leah.m@example.org
""", "leah.m@example.org other none HARFORD local", op="reggie")

co("CN-C103", AUN, "Dom", "dom.p@example.com", """
p hey do yall have the wall street journal online? i need an article from last week
l Some libraries do. Which one do you use?
p cecil county, elkton
""", "= access none CECIL local", op="mo")

co("CN-C104", AUN, "", None, """
p who can get a card, do i need proof of address
p im a college student from nj living in college park for school
l Let me check what PG County requires. Email?
p sasha.g@example.net
""", "sasha.g@example.net policy none PGCMLS local", op="pat")

co("CN-C105", HARFORD, "", None, """
p i lost my card and need a new one, is there a charge
l Replacement cards may have a small fee. Can I get your email so the branch can follow up?
p ben.c@example.com
""", "ben.c@example.com circulation none HARFORD local", op="reggie")

co("CN-C106", HARFORD, "Gwen", "gwen.s@example.org", """
p do you still do the seed library? and can anyone take seeds or only card holders
""", "= policy none HARFORD local", op=None)

co("CN-C107", AUN, "", None, """
p my neighbor's tree fell on my fence, who pays
l A law librarian can send information. Where do you live?
p bowie. email tyrone.b@example.com
""", "tyrone.b@example.com research law PGCMLS law", op="tasha")

co("CN-C108", AUN, "14435550172", "", """
p hi r u a real person
l Yes! How can I help?
p need info on the history of the b&o railroad for school
l Great topic. What grade, and do you have an email?
p 8th. no email
""", "- research none - no-email", op="mo")

co("CN-C109", AUN, "", None, """
p i have low vision and the text in the libby app is too small even zoomed
p is there a large print or audio option
l I'll connect you with the Library for the Blind and Print Disabled. Email?
p ruth.k at example dot org
""", "ruth.k@example.org access print-disability - print-disability", written=True, op="pat")

co("CN-C110", CHARLES, "", None, """
p how far ahead can u book a study room at la plata, and is there a time limit
l I'll have the branch confirm. Email?
p mike.o@example.net
""", "mike.o@example.net policy none CHARLES local", op="tasha")

co("CN-C111", AUN, "Fern", "fern.l@example.com", """
p do u have any info on the tuskegee airmen from maryland, for my grandsons project
""", "= research none - default", op=None)

co("CN-C112", AUN, "", None, """
p stop asking me questions and just answer
p ur an idiot
l I'm going to end this chat now because of the language.
s Chat ended by librarian
""", "- other none - no-email", op="mo")

co("CN-C113", AUN, "", None, """
p why do u keep disconnecting me. this is the 4th time i start over
p i just want to know if my hold came in
l I'm sorry about the disconnects. Which library and email?
p hcls, elkridge. chen.w@example.org
""", "chen.w@example.org circulation none HCLS quality", op="pat")

co("CN-C114", PRATT, "", None, """
p does the library take passport applications? do i need a card to use it
l Let me check which branches do. Email?
p fay.d@example.com
""", "fay.d@example.com policy none - default", op="tasha")

co("CN-C115", PRATT, "", None, """
p hi looking for sanborn fire insurance maps of federal hill, 1890s, for a house history
p i live in federal hill
p owen.t@example.net
""", "owen.t@example.net research specialist EPFL local", op=None)

co("CN-C116", AUN, "", None, """
p can my teenager get his own card without me there
l Which library system?
p we live in mount airy
p mom.of3 at example dot com
""", "mom.of3@example.com policy none CARROLL local", written=True, op="mo")

co("CN-C117", AUN, "", None, """
p the audiobook keeps stopping in hoopla after 10 min
l I'll get someone to look. Which library?
p fcpl thurmont
p e.silva@example.org
""", "e.silva@example.org access none FCPL local", op="pat")

co("CN-C118", AUN, "14105550188", "", """
p when is the library open on sat
l Which one?
p aberdeen
l Do you have an email for the answer?
p no
""", "- policy none HARFORD no-email", op="tasha")

co("CN-C119", AUN, "Ray", "ray.d@example.net", """
p my brother died without a will, can i sell his car
l A law librarian can help with estates. Where do you live?
p i live in virginia, he lived in hyattsville
""", "= research law - law", op="reggie")

co("CN-C120", AUN, "", None, """
p how do i find my great great grandmothers death certificate, she died in allegany county in like 1910
l A genealogy specialist can follow up. Email?
p d.kline@example.com
""", "d.kline@example.com research specialist - specialist", op="mo")

co("CN-C121", AUN, "", None, """
p help my printer at home wont connect to wifi
l I can try. What kind is it?
p hp. forget it ill call hp
s Patron left the chat
""", None, op="pat", status=LEFT)

co("CN-C122", AUN, "", None, """
p is there a 3d printer i can use
l Some branches have them. Which one?
p the one on kent island
p paulo.r@example.org
""", "paulo.r@example.org other none QUEENANNES local", op="tasha")

co("CN-C123", AUN, "Nell", "nell.w@example.com", """
p do you have a list of free tax prep places
p i live in salisbury md
""", "= research none WICOMICO local", op=None)

co("CN-C124", AUN, "", None, """
p i'm trying to get into jstor from my school's website but it says host not permitted
p i go to frostburg state
p kara.m@example.net
""", "kara.m@example.net access none FSU local", op=None)

co("CN-C125", AUN, "", None, """
p do yall do notary? i need a form notarized for my car title
l Some branches do. Which library?
p dont know, i just need it
p j.ames@example.com
""", "j.ames@example.com other none - default", op="pat")

co("CN-C126", HARFORD, "14435550119", "", """
p is my book overdue i cant remember
l I can ask the branch. Do you have an email?
p kells.b@example.org
""", "kells.b@example.org circulation none HARFORD local", op="tasha")

co("CN-C127", AUN, "", None, """
p i need to find info on a patent from 1920, my grandfather invented a crab picker
l That needs a specialist. Email?
p ok its r.hess@example.net
""", "r.hess@example.net research specialist - specialist", op="reggie")

co("CN-C128", AUN, "", None, """
p it froze and lost everything i typed twice now. ugh
l I'm sorry, the session seems to be breaking. I'll report it. What did you need?
p if u have the new stephen king book on hold for me. im in bel air
p lj.ford@example.com
""", "lj.ford@example.com circulation none HARFORD quality", op="mo")

co("CN-C129", AUN, "", None, """
p my landlord hasnt fixed the heat in 3 weeks. can i stop paying rent
l A law librarian can send you info on rent escrow. Email?
p keisha.r@example.org
""", "keisha.r@example.org research law - law", op="pat")

co("CN-C130", AUN, "Ana", "ana.b@example.com", """
p hola necesito ayuda. como saco una tarjeta de la biblioteca? vivo en wheaton
l ¡Claro! Le pido a la biblioteca de Montgomery que le escriba.
""", "= policy none MCPL local", op="tasha")

co("CN-C131", AUN, "", None, """
p can i get talking books for my husband, he's blind from diabetes. we live in cumberland
l Yes. The LBPH will send the application. Email?
p bettyj@example.net
""", "bettyj@example.net policy print-disability ALLEGANY print-disability", op="reggie")

co("CN-C132", AUN, "", None, """
p i wanna know more about the civil war battle at antietam for a trip
p like what happened and where to stand
l I'll send you some sources. Email?
p al.n@example.org
""", "al.n@example.org research none - default", op="mo")

co("CN-C133", AUN, "", None, """
p how do i log in to the library's linkedin learning, it wants a pin i never set
l Which library card?
p baltimore county
p sg.moore@example.com
""", "sg.moore@example.com access none BCPL local", op="pat")

co("CN-C134", CHARLES, "", None, """
p can u help me fill out a job application online
l Sure, I can send some help. Email?
p terri.n@example.org
""", "terri.n@example.org other none CHARLES local", op="tasha")

co("CN-C135", AUN, "", None, """
p u never emailed me back about the 1880 census records for my family like u said u would, been 2 weeks
l I'm so sorry. I'll report that and make sure someone follows up. Email?
p it's on my last chat. bcole@example.com
""", "bcole@example.com research specialist - quality", op="reggie")

co("CN-C136", AUN, "", None, """
p can i get a library card if im homeless, no address
l Which library would you use?
p the downtown one in baltimore, pratt central
p mark.g@example.net
""", "mark.g@example.net policy none EPFL local", op="mo")

co("CN-C137", AUN, "", None, """
p is there an app to read the newspaper out loud to me? my eyes are bad after cataract surgery
l There are services for that. Email for info?
p no email thanks
""", "- access print-disability - no-email", op="pat")

co("CN-C138", AUN, "", None, """
p what is the late fee for a dvd
p wait nvm, i want to renew it actually. its the godfather
l Which library?
p westminster
p leo.k@example.com
""", "leo.k@example.com circulation none CARROLL local", op="tasha")

co("CN-C139", AUN, "", None, """
p im writing a paper about the 1904 baltimore fire, need primary sources
p im a student at anne arundel community college
p email vnguyen@example.org
""", "vnguyen@example.org research none AACC local", op=None)

co("CN-C140", PRATT, "", None, """
p i need info about getting custody of my grandson, his mom is in rehab
l I'm sorry. A law librarian will follow up. Email?
p gma.jones at example dot com
p i live in govans
""", "gma.jones@example.com research law EPFL law", written=True, op="mo")

co("CN-C141", AUN, "", None, """
p your website is terrible, i couldnt find anything
l I'm sorry. What were you looking for?
p forget it
s Patron left the chat
""", None, op="pat", status=LEFT)

co("CN-C142", AUN, "", None, """
p can my book club meet in the library? we're 12 people
l Which library?
p havre de grace
p sl.park@example.org
""", "sl.park@example.org policy none HARFORD local", op="tasha")

co("CN-C143", AUN, "", None, """
p the link to the consumer reports database says access denied
p i'm off campus
l Which college or library?
p towson, the university
p mk.hall@example.com
""", "mk.hall@example.com access none TOWSON local", op="reggie")

co("CN-C144", AUN, "Luz", "luz.o@example.net", """
p my daughter is blind and wants to learn braille, does the library teach it?
""", "= policy print-disability - print-disability", op=None)

co("CN-C145", AUN, "", None, """
p how do i connect my laptop to the library printer
l It varies by branch. Which library are you at?
p the one in rockville
p abby.c@example.com
""", "abby.c@example.com other none MCPL local", op="pat")

co("CN-C146", AUN, "", None, """
p i need statistics on how many people commute from pa to md for work
l I'll find some sources. Email?
p t.lowe@example.org
""", "t.lowe@example.org research none - default", op="tasha")

co("CN-C147", AUN, "14105550163", "", """
p do u have ebooks
l Yes! Which library card do you have?
p harford
l I'll have Harford send the steps. Email?
p gabe.s@example.com
""", "gabe.s@example.com access none HARFORD local", op="reggie")

co("CN-C148", AUN, "", None, """
p i have a hold that says in transit for 3 weeks
l Which library?
p waldorf
p cj.reyes@example.net
""", "cj.reyes@example.net circulation none CHARLES local", op="mo")

co("CN-C149", AUN, "", None, """
p i want to request a book from another state, interlibrary loan, how
l Which library do you use?
p dont have one yet
p yn.ito@example.org
""", "yn.ito@example.org access none - default", op="pat")

co("CN-C150", AUN, "", None, """
p how do i find old obituaries from the 1950s, my great uncle in hagerstown, no one knows where hes buried
p i live in hagerstown too
p gail.h@example.com
""", "gail.h@example.com research specialist WCFL local", op=None)

co("CN-C151", AUN, "", None, """
p what's the tax on a car sale in md
l I'll look. Email?
p na
""", None, op="reggie", status=ANS)

co("CN-C152", AUN, "", None, """
p ok first, when does my library open, the c burr artz one. second my kindle wont download the libby book
l I can answer the hours now: 10 am. For the Kindle I'll have FCPL follow up. Email?
p cbright@example.org
""", "cbright@example.org access none FCPL local", op="mo")

co("CN-C153", AUN, "", None, """
p the last librarian was super condescending when i asked about a book for my kid, made me feel stupid
p please tell someone
l I'm sorry. I'll report it. Can I have your email for a follow-up?
p dee.m@example.net
""", "dee.m@example.net other none - quality", op="pat")

co("CN-C154", AUN, "", None, """
p i'm a vet and i want help with my va disability appeal, what documents do i need
l A law librarian can send resources. Email?
p hank.w@example.com, i live in lusby
""", "hank.w@example.com research law CALVERT law", op="tasha")

co("CN-C155", AUN, "", None, """
p what happened to the old library building in north east? is it a museum now
p im researching the town history for a walking tour
l That's local history; a specialist can help. Email?
p lin.f@example.org
""", "lin.f@example.org research specialist - specialist", op="reggie")

co("CN-C156", AUN, "", None, """
p how do i get in to consumer reports from home
l Which library card?
p balt co
l Email for the steps?
p not giving my email
""", "- access none BCPL no-email", op="mo")

co("CN-C157", AUN, "Zed", "zed.k@example.com", """
p is it true the library is removing books? who decides what gets taken off the shelves
""", "= policy none - default", op=None)

co("CN-C158", AUN, "", None, """
p are there any story times for toddlers this week
l Which library?
p ellicott city
p mia.c@example.net
""", "mia.c@example.net other none HCLS local", op="tasha")

co("CN-C159", AUN, "", None, """
p need help writing a will, do i need a lawyer
l The law library can help. Where do you live?
p st. michaels
p dp.ross@example.com
""", "dp.ross@example.com research law TALBOT law", op="reggie")

co("CN-C160", AUN, "", None, """
p i lost a library book on the metro. what do i do
l I'm sorry! Which library?
p moco
p rita.j@example.org
""", "rita.j@example.org circulation none MCPL local", op="mo")

co("CN-C161", AUN, "", None, """
p trying to find info about my family's land in dorchester county from the 1800s, deeds and plats
l Where do you live now?
p im in cambridge, md
p ja.wells@example.com
""", "ja.wells@example.com research specialist DORCHESTER local", op="pat")

co("CN-C162", AUN, "", None, """
p whats the difference between a and an. for my essay
l I'll send a short guide. Email?
p rob.o@example.net
""", "rob.o@example.net research none - default", op="tasha")

co("CN-C163", AUN, "", None, """
p i have been waiting 30 min in the queue and then it dropped me. again
p all i want is directions to the library from the light rail
l I'm sorry for the wait and the dropped chat; I'll report it. Email?
p ty.ng@example.org
""", "ty.ng@example.org other none - quality", op="pat")

co("CN-C164", AUN, "", None, """
p i work in a nursing home and some residents cant see well enough to read. can they get large print delivered?
l The talking books library serves people who can't read regular print. Email?
p s.owusu@example.com
""", "s.owusu@example.com policy print-disability - print-disability", op="tasha")

co("CN-C165", AUN, "", None, """
p looking for ship manifests, my family came into baltimore from poland 1905
l That's genealogy; a specialist will follow up. Email?
p ewa.k@example.net
""", "ewa.k@example.net research specialist - specialist", op="reggie")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def clock12(t, seconds=True):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M}" + (f":{t:%S}" if seconds else "") + f" {t:%p}"


def tsv_cell(s):
    """A cell as Google Sheets writes it in a TSV: quoted when it holds a quote, tab or line end."""
    if any(ch in s for ch in '"\t\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


SH_COLUMNS = ["Transcript ID", "Date", "Time", "Queue", "Patron", "Patron Email", "Answered By",
              "Resolution", "Transcript"]


def sh_row(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    started = local_start(c["start"])
    transcript = "\r\n".join(f"({clock12(t)}) {names[code]}: {text}"
                             for t, code, text in timed_lines(c, "n"))
    return [c["cid"], f"{started.month}/{started.day}/{started.year}", clock12(started),
            c["origin"], c["patron"], c["email"] or "", c["lib"] or "", c["status"], transcript]


def sh_text(chats):
    rows = [SH_COLUMNS] + [sh_row(c) for c in by_start(chats)]
    return "".join("\t".join(tsv_cell(x) for x in r) + "\r\n" for r in rows)


def co_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    started = local_start(c["start"])
    transcript = "<br />".join(
        f'<span class="time">{t.astimezone(NY):%H:%M:%S}</span> '
        f"<strong>{html.escape(names[code], quote=True)}</strong>: "
        f"{html.escape(text, quote=True).replace('&#x27;', '&#39;')}"
        for t, code, text in timed_lines(c, "n"))
    email = c["email"]
    return {
        "chat_id": c["cid"],
        "timestamp": int(started.astimezone(UTC).timestamp()),
        "queue": {"name": c["origin"], "id": QUEUE_NUMBERS[c["origin"]]},
        "visitor": c["patron"],
        "email": email,
        "operator": {"name": c["lib"]} if c["lib"] else None,
        "wrapup": c["status"],
        "transcript": transcript,
    }


def co_text(chats):
    return "".join(json.dumps(co_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("sheets", "tsv", SH, sh_text), ("county_chat", "jsonl", CO, co_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("n", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: n1 (the development half, whose misses were read and
    fixed by kind) trains the category model, n2 stays held out."""
    return "train" if name.startswith("n1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "n", counts_table)
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


SH_LINE = re.compile(r"^\(([1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM)\) ([^:()]+): (.*)$")
CO_LINE = re.compile(r'^<span class="time">([01]\d|2[0-3]):[0-5]\d:[0-5]\d</span> '
                     r"<strong>([^<>:]+)</strong>: (.*)$")


def read_sheets(text):
    """The rows of a Sheets TSV, read cell by cell as Sheets quotes them."""
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
            raise ValueError("a bare line feed between rows")
        else:
            cell.append(ch)
            i += 1
    if row or cell:
        raise ValueError("the last row has no CRLF")
    return rows


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "sheets":
        rows = read_sheets(text)
        if rows[0] != SH_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(SH_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(SH_COLUMNS, r))
            cid, patron, email, staff = (rec["Transcript ID"], rec["Patron"],
                                         rec["Patron Email"], rec["Answered By"])
            datetime.strptime(rec["Date"] + " " + rec["Time"], "%m/%d/%Y %I:%M:%S %p")
            pieces = rec["Transcript"].split("\r\n")
            if any("\r" in x or "\n" in x for x in pieces):
                raise ValueError(f"{cid}: a line end other than CRLF in the transcript")
            lines = []
            for piece in pieces:
                m = SH_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(3)
                if who not in (patron, staff, "System"):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, m.group(4)))
            out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        cid, patron, email = r["chat_id"], r["visitor"], r["email"]
        staff = (r["operator"] or {}).get("name")
        if not isinstance(r["timestamp"], int):
            raise ValueError(f"{cid}: timestamp is not a number")
        if QUEUE_NUMBERS.get(r["queue"]["name"]) != r["queue"]["id"]:
            raise ValueError(f"{cid}: queue {r['queue']}")
        if "\n" in r["transcript"]:
            raise ValueError(f"{cid}: a line end inside the HTML transcript")
        lines = []
        for piece in r["transcript"].split("<br />"):
            m = CO_LINE.match(piece)
            if not m:
                raise ValueError(f"{cid}: line {piece[:60]!r}")
            who, said = html.unescape(m.group(2)), html.unescape(m.group(3))
            if "<" in m.group(3) or ">" in m.group(3):
                raise ValueError(f"{cid}: a tag inside a message")
            if who not in (patron, staff, "System"):
                raise ValueError(f"{cid}: a line from {who!r}")
            lines.append((who, said))
        out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = SH + CO
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CN-"):
            problems.append(f"{cid}: chat id without the CN- prefix")
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
        if c["sms"] and not re.match(r"^\+1\d{3}555\d{4}$", c["patron"]):
            problems.append(f"{cid}: SMS visitor {c['patron']!r} is not a 555 number")
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
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", SH + CO), ("sheets", SH), ("county_chat", CO)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", SH + CO))
    sms_n = sum(1 for c in SH + CO if c["label"] and c["sms"])
    return labels_table(cols, SH + CO, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("n_build", all_texts, check_all, counts))
