#!/usr/bin/env python3
"""Writes and checks the "f" part of aun's labelled corpus (f1 in train/, f2 in heldout/).

Every conversation below is invented: made-up patrons, example or invented mailboxes, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on it:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"

EMAIL "=" means the export's e-mail field (lower-cased), "-" means empty; `written=True` marks a
chat whose labelled address is not in the transcript as typed (written out with "dot" and "at",
"(at)"/"(dot)", spaces around the signs, or corrected by the patron retyping only part of it).
Chats whose resolution is not "Follow Up By Patron Library" carry no label and get no labels row.
Where the patron changes topic, the category is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `m` a second librarian (after
a transfer), `s` a system line.

Two export styles, each split in two halves with the same mix (f1: development, f2: held out):
  fN_h3lp_cr.csv  a LibraryH3lp-style CSV: `conversation_id`, `queue` (the origin account),
                  `protocol`, `guest` (the guest's JID), `operator`, `started_at`, `accepted_at`,
                  `ended_at` (UTC, `2026-02-10 20:05:12+00:00`), `wait_s`, `duration_s`,
                  `resolution`, `email`, `referrer`, `tags`, `transcript`: lines
                  `3:05PM 8a1b2c@web.libraryh3lp.com: text` on the New York clock, separated by a
                  carriage return alone; CRLF between records.
  fN_academic.jsonl  an academic library's JSON Lines export: `session_id`, `created_at` (UTC,
                  `2026-02-10T19:05:12.000Z`), `institution` (the origin account), `username`,
                  `patron_email`, `question`, `staff`, `outcome`, `duration_s`, and `messages`, a
                  list of `{"sent_at": "2:05 PM", "sender": ..., "body": ...}` (New York clock).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then f1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/f_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/f_build.py --check   (writes nothing: fails when a file
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
    EMAIL_RE,
    export_texts, half_files, label_row_with_destination, labels_csv, labels_table, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    vocabulary_problems,
)
from corpus_common import local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
TOWSON = "Towson University"
UMBC = "University of Maryland, Baltimore County"
STEV = "Stevenson University Library"
FROST = "Frostburg State University"
AACC = "Anne Arundel Community College"
HOWARD = "Howard County Library System"
BALTCO = "Baltimore County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL",
}

H3 = []  # LibraryH3lp-style CSV chats (academic and public queues, CR between messages)
AC = []  # academic library JSON Lines chats (short access questions)


def h3(cid, start, queue, guest, email, t, label=None, op="jsmith", op2=None, status=FU,
       written=False, tags=""):
    H3.append(dict(cid=cid, start=start, origin=queue, patron=guest, email=email, t=t,
                   label=label, lib=op + "@chat.libraryh3lp.com",
                   lib2=(op2 + "@chat.libraryh3lp.com") if op2 else None, status=status,
                   written=written, tags=tags))


def ac(cid, start, inst, user, email, t, label=None, lib="Nadia", lib2=None, status=FU,
       written=False):
    AC.append(dict(cid=cid, start=start, origin=inst, patron=user, email=email, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written))


def web(x):
    return x + "@web.libraryh3lp.com"


def webca(x):
    return x + "@web.ca.libraryh3lp.com"


def sms(x):
    return x + "@sms.libraryh3lp.com"


def twilio(x):
    return x + "@twilio.libraryh3lp.com"


# ---------------------------------------------------------------------------------------------
# LibraryH3lp-style chats (fN_h3lp_cr.csv)
# ---------------------------------------------------------------------------------------------

h3("CF-H5001", "2026-02-09 15:05:12", TOWSON, web("8a1b2c"), "", """
p hi can u help me get the full text of an article? its "Sleep quality and academic performance in first-year students" from 2019
l Sure. I see it's in a journal we only have from 2021 on, so we'd request it through interlibrary loan.
p ok how long does that take
l Usually two or three days, delivered by email. I'll start the request. What email should we use?
p mpark22@students.example.edu
l Thanks! I'm marking this for follow-up so the ILL staff can confirm.
""", "mpark22@students.example.edu access none TOWSON local TOWSON", op="twu", tags="ill")

h3("CF-H5002", "2026-02-09 18:41:03", AUN, sms("14105550142"), "", """
p hi this is Sue, the hotspot i borrowed from the dundalk branch wont renew online
l Hi Sue! Hotspots often can't be renewed when someone is waiting for one. Do you know when it's due?
p friday. can someone check if theres a wait list. my email is sue.kowalski@example.com
l I'll mark this for follow-up so Baltimore County staff can check your account and email you.
p thx
""", "sue.kowalski@example.com circulation none BCPL local BCPL")

h3("CF-H5003", "2026-02-10 10:12:40", AUN, webca("c41e77"), "R.MacLeod@example.net", """
p Hello, I'm in Kingston, Ontario, tracing a Loyalist family who left Frederick County, Maryland around 1783.
l Welcome! What have you found so far?
p A tract name from a land grant, "Resurvey on Fox Hollow", and the surname MacLeod. I'd like to see the original land records or a map of the tract.
l Those would be in colonial land records. Someone who knows Maryland land and family records is the right person; I'll mark this for follow-up.
p Thank you kindly.
""", "= research specialist - specialist EPFL", op="mgarcia")

h3("CF-H5004", "2026-02-10 20:33:18", AUN, web("5be0d1"), "", """
p my landlord says hes keeping my whole security deposit for "normal wear"
p i moved out last month, still in hagerstown just a different street now
l I'm sorry to hear that. I can't give legal advice, but I can point you to the law on security deposits and where to get legal help.
p please. send it to dwayne.e.tate@example.com
l Will do, someone will follow up by email.
""", "dwayne.e.tate@example.com research law WCFL law MSLL")

h3("CF-H5005", "2026-02-11 13:20:55", PRATT, web("77f0aa"), "tanya.booker@example.org", """
p my ex keeps changing the pick up days for our daughter and wont follow the schedule the judge set. what can i do
l That sounds stressful. Where do you live, so I know which court's forms would apply?
p pigtown, baltimore city
l Thank you. I'll pass this to a law librarian at the Maryland State Law Library; they can walk you through what to do when a custody order isn't followed.
p ok thank u
""", "= research law EPFL law MSLL", op="kobi")

h3("CF-H5006", "2026-02-11 14:02:09", AUN, web("0d2f93"), "gwen.ashby@example.net", """
p Good afternoon. My husband's glaucoma has gotten to where he can't read anymore, even with a magnifier. He misses his westerns.
l I'm sorry. There is a free program that mails recorded books and a player to people who can't read regular print.
p Does he qualify? We live in Salisbury. How does he sign up?
l Someone will follow up by email with the application and how eligibility works.
""", "= policy print-disability WICOMICO print-disability LBPH", op="mgarcia")

h3("CF-H5007", "2026-02-12 11:15:27", TOWSON, web("e2a9c0"), "jrowe3@students.example.edu", """
p checking on my ILL request for a book chapter, its been 10 days
l Let me look. Can you give me the title?
s guest reconnected
p sorry it kicked me out. "Ethics of care" chapter 4
s guest reconnected
l The chat dropped twice on my end too. I'll report the connection problem and mark this so ILL can check your request.
""", "= access none TOWSON quality QC", op="twu")

h3("CF-H5008", "2026-02-12 16:48:31", AUN, web("41c8de"), "", """
p last week i asked about a fine and the librarian was really rude, told me to read the website and ended the chat on me
l I'm sorry that happened. I'll pass your comments on. What was the fine about?
p a $10 charge for a dvd case that was already cracked. i live in glen burnie. email me at marisol.vega@example.com
l Thank you, I'll have this followed up.
""", "marisol.vega@example.com circulation none AACPL quality QC")

h3("CF-H5009", "2026-02-13 09:22:14", FROST, twilio("13015550119"), "", """
p is the library open over spring break
p like the weekend before
l Hours change during breaks; I'll have someone confirm. Do you have an email we can use?
p just text me back
l I'm sorry, follow-up is by email only. The hours page will have it too.
""", "- policy none FSU no-email -", op="fhoward")

h3("CF-H5010", "2026-02-13 12:07:45", AUN, web("9aa0c4"), "", """
p do any libraries do notary
l Some branches do, by appointment. Which library do you use?
p greenbelt
l I'll mark this for follow-up. What's your email?
p no thanks ill just call them
""", "- other none PGCMLS no-email -")

h3("CF-H5011", "2026-02-16 14:30:02", UMBC, web("3cc1b8"), "", """
p the ebook for my psych class says 1 user at a time and its always in use
l That's a single-user license. I can ask whether we can buy more access. What's your email?
p tomas dot rivera at example dot net
l Got it. Someone from the library will follow up.
""", "tomas.rivera@example.net access none UMBC local UMBC", written=True, tags="ebooks")

h3("CF-H5012", "2026-02-16 19:55:38", STEV, web("b71f02"), "", """
p keep getting sent back to the login page when i try to open cinahl from home
l Are you signing in with your Stevenson account?
p yes. it just loops
l Let me get our e-resources person to look. Email?
p kwatts@example.con
p sorry .com not .con
l Thanks, noted.
""", "kwatts@example.com access none STEVENSON local STEVENSON", written=True, tags="proxy")

h3("CF-H5013", "2026-02-17 10:40:11", PRATT, web("60d4e9"), "ollie.brandt@example.org", """
p im looking for old fire insurance maps that show my great-grandparents block of pratt st in the 1910s
l Sanborn maps might show that. Which block?
p 600 west. the family had a bakery there and we're trying to date the storefront
l I'll ask a librarian who knows the historic maps collection to follow up by email.
""", "= research specialist - specialist EPFL", op="kobi")

h3("CF-H5014", "2026-02-17 13:18:26", AUN, web("f0e113"), "lisa.hume@example.com", """
p are there any story times or lego clubs this saturday for a 6 year old
l Many libraries have weekend programs. Which library or area are you near?
p oh we're flexible, anywhere really
l OK! I'll have someone email you a list.
""", "= other none - default AUN")

h3("CF-H5015", "2026-02-18 11:02:50", AUN, sms("14435550163"), "", """
p Will here. i reserved a laptop at the bel air library, how do i pick it up and how long do i get it
l Hi Will! Harford lends laptops at the desk with your card. Let me find out the loan period.
p ok will.ostrowski@example.net is my email
l Thanks, someone will follow up.
""", "will.ostrowski@example.net circulation none HARFORD local HARFORD")

h3("CF-H5016", "2026-02-18 15:27:33", AUN, web("a7b3e5"), "", """
p my son Howard is 15, can he get his own library card without me there? we live in essex
l Teens can usually get a card; some ages need a parent's signature. I'll have someone confirm.
p ok email is nkarras@example.org
""", "nkarras@example.org policy none BCPL local BCPL")

h3("CF-H5017", "2026-02-19 10:11:47", AUN, web("2d6e8a"), "D.Hollins@example.com", """
p i'm helping my grandfather Frederick with his holds. he has 3 westerns on hold and one has said "in transit" for 3 weeks
l Which library does he use?
p the towson branch, we both live in towson
l I'll mark it for follow-up with Baltimore County so they can trace the item.
""", "= circulation none BCPL local BCPL", op="mgarcia")

h3("CF-H5018", "2026-02-19 17:36:08", AUN, web("c8f1d2"), "", """
p how long is the hold list for a court of thorns and roses. im number 41
l It's very popular! Which library?
p central branch in columbia. email me bria.t@example.com
l I'll have Howard County check your place in the list.
""", "bria.t@example.com circulation none HCLS local HCLS")

h3("CF-H5019", "2026-02-20 12:44:19", FROST, web("4e0b9f"), "amcgee2@example.edu", """
p does the library sell legal pads or do i have to go to the bookstore
l We don't sell supplies, though there may be a vending machine on the first floor.
p also can i print from my phone
l Yes, through the mobile print page. I'll have someone confirm about the vending machine.
""", "= other none FSU local FSU", op="fhoward")

h3("CF-H5020", "2026-02-20 16:03:52", AUN, web("b0c9d8"), "", """
p my kids play on the basketball court behind the odenton library, we live right by there. what time does the library close on saturdays so they can wait inside
l Let me check the Saturday hours for you.
p ok. rafael.ortiz@example.com
l Thanks, I'll have someone confirm by email.
""", "rafael.ortiz@example.com policy none AACPL local AACPL")

h3("CF-H5021", "2026-02-23 10:29:41", AUN, web("d3e2f1"), "pkendrick@example.org", """
p I live in Wilmington, Delaware. Can someone from out of state get an e-card from a Maryland library for e-books?
l Some Maryland libraries offer non-resident cards, and the rules differ. I'll have someone follow up.
p Thanks!
""", "= policy none - default AUN")

h3("CF-H5022", "2026-02-23 14:14:14", AUN, web("e6a1b7"), "", """
p I'm looking for photographs of the B&O station in Ellicott City from the 1870s, for a talk I'm giving
l The station is a museum now, and there are collections of railroad photographs. I'll pass this to a local history specialist.
p great, my email is h.quist@example.net
""", "h.quist@example.net research specialist - specialist EPFL", op="mgarcia")

h3("CF-H5023", "2026-02-24 11:38:27", AUN, web("f9e8d7"), "", """
p can u get me this article, the site wants $39: https://www.example.com/share?from=alerts@example.com&doc=8812
l Let me look it up. What's the title?
p "Oyster reef restoration outcomes". and email me at jfennimore@example.org
l I'll have someone check whether a library can get it for you.
""", "jfennimore@example.org access none - default AUN")

h3("CF-H5024", "2026-02-24 20:05:33", PRATT, web("1a2b3c"), "", """
p whats the history of the old mill buildings in hampden? i saw this https://medium.com/@leonwrites/hampden-mills-then-and-now
l Great topic. There are mill histories and photographs I can send you; what's your email?
s guest has left the conversation
""", "- research specialist - no-email -", op="kobi")

h3("CF-H5025", "2026-02-25 13:50:02", AUN, web("4d5e6f"), "bkeane@example.com", """
p my great-grandfather came into Baltimore through Locust Point around 1882 from Bremen. how do i find his ship
l Passenger lists for Baltimore in those years exist. I'll pass this to a genealogy specialist at the Pratt.
p thanks. i live in canton so i could go in person too
""", "= research specialist EPFL local EPFL", op="kobi")

h3("CF-H5026", "2026-02-25 18:22:47", HOWARD, web("7a8b9c"), "", """
p what time does east columbia close tonight
l 9 pm.
p thx. also can i get the GED prep ebook from petersons? the link says my card isnt valid
l That resource needs your card number and PIN; your card may need updating. I'll have Howard County follow up. Email?
p amari.j@example.com
""", "amari.j@example.com access none HCLS local HCLS")

h3("CF-H5027", "2026-02-26 09:45:10", BALTCO, web("0f1e2d"), "ccarvalho@example.org", """
p hello?
s guest has left the conversation
l Patron left before asking a question.
""", "= other none BCPL local BCPL")

h3("CF-H5028", "2026-02-26 15:10:59", AUN, web("3c4d5e"), "m.fitch@example.net", """
p how do i print at the library
l Which library are you using?
p none of ur business, you people are useless
p answer the question idiot
l I'm going to end the chat now. Patron was abusive; I'll report it.
""", "= other none - quality QC", op="mgarcia")

h3("CF-H5029", "2026-03-02 11:27:36", AUN, web("6e7f8a"), "", """
p a contractor took $2,400 for a deck and never came back. can i take him to small claims myself
l You can file in District Court without a lawyer. I'll have a law librarian follow up with the forms.
p I'm in waldorf. email is curtis.b@example.com
""", "curtis.b@example.com research law CHARLES law MSLL")

h3("CF-H5030", "2026-03-02 21:04:18", AUN, sms("12405550177"), "", """
p my boss at the restaurant didnt pay my last two checks, what can i do
l I'm sorry. The state has a process for unpaid wages; I'll have someone send you information.
p im in college park. rosa.l.m@example.com
""", "rosa.l.m@example.com research law PGCMLS law MSLL", op="jordan")

h3("CF-H5031", "2026-03-03 14:41:25", UMBC, web("9b0c1d"), "", """
p i have dyslexia and need my chem textbook in a format i can listen to
l Have you registered with Student Disability Services? We work with them on accessible files.
p yes. just need the file. my email is ngozi.a@example.edu
l Thanks, someone will follow up.
""", "ngozi.a@example.edu access print-disability UMBC print-disability LBPH", op="twu")

h3("CF-H5032", "2026-03-03 19:16:40", AUN, twilio("14435550128"), "", """
p my mom has macular degeneration and cant read her kindle even with the big font
p is there a program that sends audiobooks to ppl who cant read print, does she qualify
l Yes, there is one. I'll have someone email you how to apply.
p we live in easton. cdavies@example.org
""", "cdavies@example.org policy print-disability TALBOT print-disability LBPH")

h3("CF-H5033", "2026-03-04 10:05:55", AACC, web("2e3f4a"), "", """
p how do i get into the nursing database from home? it asks for a username i dont have
l Use your MyAACC login. If it still fails our e-resources librarian can check.
p ok lwashington4@example.edu
""", "lwashington4@example.edu access none AACC local AACC")

h3("CF-H5034", "2026-03-04 16:32:21", AUN, web("5b6c7d"), "s.riggs@example.net", """
p i live in morgantown wv, near the border. can i get a book through interlibrary loan from a maryland library?
l Interlibrary loan usually goes through your own library, but I'll have someone follow up.
""", "= access none - default AUN")

h3("CF-H5035", "2026-03-05 12:19:48", AUN, web("8e9f0a"), "", """
p Hi, I'm Kent. I need a list of nursing homes with their inspection ratings, for my dad
l I can help with that. What area?
p we live in rockville. kent.oyelaran@example.com
l Thanks, I'll have someone follow up with the state's inspection reports.
""", "kent.oyelaran@example.com research none MCPL local MCPL")

h3("CF-H5036", "2026-03-05 17:58:03", AUN, web("1b2c3d"), "", """
p my grandmother's will left the house to me and my brother and he won't move out or let me sell. what do i do
l I'm sorry. That's a legal question about inherited property; a law librarian can point you to the right process.
p i'm in frederick, she lived in thurmont. tpenn@example.org
""", "tpenn@example.org research law FCPL law MSLL")

h3("CF-H5037", "2026-03-06 11:33:29", AUN, web("4e5f6a"), "", """
p Looking for the movie "Anatomy of a Murder" on DVD, can I get it sent to my branch
l Which branch?
p Severna Park. email is glen.ruiz@example.com
l I'll have them place the hold.
""", "glen.ruiz@example.com circulation none AACPL local AACPL")

h3("CF-H5038", "2026-03-06 15:47:12", PRATT, web("7b8c9d"), "jocelyn.pratt@example.org", """
p hi, Jocelyn Pratt here. I live in Towson (the town, not the university). Can I use my Baltimore County card at the Pratt central library?
l Many Maryland libraries honor each other's cards. I'll have someone confirm the details.
""", "= policy none BCPL local BCPL", op="kobi")

h3("CF-H5039", "2026-03-09 10:24:36", STEV, web("0e1f2a"), "", """
p i asked for help finding peer reviewed articles on teen vaping on monday and nobody ever emailed me back like they said
l I'm sorry about that. Let me help now, and I'll flag the missed follow-up.
p ok. its for my nursing class, email is dpeterson8@example.edu
""", "dpeterson8@example.edu research none STEVENSON quality QC")

h3("CF-H5040", "2026-03-09 14:53:07", AUN, web("3b4c5d"), "", """
p do you have the book Evicted by Matthew Desmond
l Yes, many libraries do. Which library?
p actually never mind that. i got a notice on my door that says i have 14 days to pay or leave. is that legal? i live in hyattsville
l I'll have a law librarian follow up with information about rent notices.
p thank you, shan.w@example.net
""", "shan.w@example.net research law PGCMLS law MSLL")

h3("CF-H5041", "2026-03-10 12:10:44", AUN, web("6e7f8b"), "gracie.h@example.com", """
p my book club is reading Evicted by Matthew Desmond, can we get 10 copies for the group
l Many libraries have book club kits. Which library do you use?
p Westminster
l I'll have Carroll County follow up about their kits.
""", "= policy none CARROLL local CARROLL")

h3("CF-H5042", "2026-03-10 16:29:15", AUN, web("9c0d1e"), "", """
p what's the population of Talbot County by age group? doing a grant application for a senior center in Easton
l The Census has that. I'll have someone send the exact table.
p mara.quint@example.org
""", "mara.quint@example.org research none - default AUN")

h3("CF-H5043", "2026-03-11 11:48:52", AUN, web("2f3a4b"), "", """
p how do i get my record expunged, the charge was dropped in 2019
l I'll have a law librarian follow up with the forms. What's your email?
s guest has left the conversation
""", "- research law - no-email -")

h3("CF-H5044", "2026-03-11 20:16:38", TOWSON, web("5c6d7e"), "", """
p the DOI for this article takes me to a paywall asking $45: 10.1000/xyz-2021-0093
l Try the Find It button in our search; if we don't subscribe, ILL can get it.
p we dont subscribe apparently. pls request it, email aliyah.s(at)example(dot)com
l Done, someone will confirm.
""", "aliyah.s@example.com access none TOWSON local TOWSON", op="twu", written=True)

h3("CF-H5045", "2026-03-12 09:37:24", AUN, sms("14105550190"), "", """
p hi library
p nvm
s guest has left the conversation
""", "- other none - no-email -")

h3("CF-H5046", "2026-03-12 13:02:01", AUN, web("8f9a0b"), "vic.lutz@example.net", """
p this is the third time the chat kicked me out in the middle of my question
l I'm sorry, I'll report the problem. What's your question?
p i need my pin reset so i can log into libby. i use the hagerstown library
l I'll have Washington County reset it and email you.
""", "= circulation none WCFL quality QC")

h3("CF-H5047", "2026-03-13 15:25:47", AUN, web("1c2d3e"), "", """
p my grandfather patented a kind of crab pot in the 1950s, how can i find the patent and the drawings
l Historic patents are searchable, but older ones take some digging. I'll pass this to a specialist.
p sure. nadia.petrakis@example.com
""", "nadia.petrakis@example.com research specialist - specialist EPFL", op="mgarcia")

h3("CF-H5048", "2026-03-16 11:14:30", AUN, web("4f5a6b"), "ben.okafor@example.org", """
p I live in Arlington, Virginia. I'm researching the 1861 Baltimore riot for a history podcast. Any primary sources?
l There are newspapers and letters from that week. I'll have a specialist follow up.
""", "= research specialist - specialist EPFL")

h3("CF-H5049", "2026-03-16 18:40:55", AUN, web("7c8d9e"), "", """
p where can i find statistics on how many people in the US use e-bikes, for a school report
l There are a few surveys on that. I'll send some sources.
p my email is ella.m.k@example.com
""", "ella.m.k@example.com research none - default AUN")

h3("CF-H5050", "2026-03-17 10:58:21", AUN, web("0a1b2c"), "", """
p Frederick Young here. Do Maryland libraries still charge late fees?
l Many have stopped. Which library do you use?
p any, just curious. frederick.young@example.com
""", "frederick.young@example.com policy none - default AUN")

h3("CF-H5051", "2026-03-17 14:33:46", UMBC, web("3d4e5f"), "", """
p my landlord off campus hasnt fixed the heat in 2 weeks, can i withhold rent
l Students can get free legal help; I'll also pass this to a law librarian.
p ok. email okonkwo.d@example.edu
""", "okonkwo.d@example.edu research law UMBC law MSLL", op="twu")

h3("CF-H5052", "2026-03-18 12:21:09", FROST, web("6a7b8c"), "", """
p im doing a thesis on coal company towns near lonaconing, need old mine maps and company records
l Our special collections has some of those; I'll pass it to our archivist.
p ok. email hbeck@example.edu
""", "hbeck@example.edu research specialist FSU local FSU", op="fhoward")

h3("CF-H5053", "2026-03-18 17:47:34", AACC, web("9d0e1f"), "rmiles@example.edu", """
p hello? are you still there
l Sorry, the chat software crashed and I lost your earlier messages. I'm reporting the problem. Could you retype your question?
p i need to renew the calculator i borrowed from the library
l I'll have circulation renew it and email you.
""", "= circulation none AACC quality QC")

h3("CF-H5054", "2026-03-19 11:06:58", AUN, web("2a3b4c"), "", """
p my MCPL card expired, can i renew it online
l Some cards can be renewed online; I'll have Montgomery County check yours.
p ok irene.choi@example.com
""", "irene.choi@example.com circulation none MCPL local MCPL")

h3("CF-H5055", "2026-03-19 15:52:24", AUN, web("5d6e7f"), "q.abernathy@example.org", """
p I live in DC. Can you help me find newspaper reviews of the play Inherit the Wind from 1955?
l Sure, there are historical newspaper databases. I'll have someone send what we find.
""", "= research none - default AUN")

h3("CF-H5056", "2026-03-20 10:39:17", AUN, twilio("14105550152"), "", """
p my dad had a stroke and reading is hard for him now. he lives with us in elkton
p does the library have audiobooks on cd he can borrow or something easier, he cant use apps
l I'll pass this to the Library for the Blind and Print Disabled; they can follow up about talking books.
p thx dana.k.f@example.com
""", "dana.k.f@example.com policy print-disability CECIL print-disability LBPH")

h3("CF-H5057", "2026-03-20 14:15:43", AUN, web("8a9b0c"), "", """
p I use JAWS and the Libby app won't read the book pages to me, the buttons aren't labelled
l Thank you for telling us. Which library?
p Anne Arundel, I'm in Annapolis. m.hargrove@example.net
""", "m.hargrove@example.net access print-disability AACPL print-disability LBPH")

h3("CF-H5058", "2026-03-23 12:48:05", PRATT, web("1d2e3f"), "", """
p i waited 20 min in the chat queue yesterday and then it just said no librarian available. terrible service
p anyway how do i get a card
l Sorry about the wait. Do you live in Baltimore City?
p yes
s guest has left the conversation
""", "- policy none EPFL no-email -", op="kobi")

h3("CF-H5059", "2026-03-23 16:27:32", AUN, web("4a5b6c"), "", """
p can you help me find a cookbook of eastern shore seafood recipes
l Sure, there are a few. I'll send a list.
p jo.dunmore@exmaple.com
p oops jo.dunmore@example.com
""", "jo.dunmore@example.com research none - default AUN")

h3("CF-H5060", "2026-03-24 11:31:11", AUN, web("7d8e9f"), "", """
p I live in cumberland. where can I find the 1950 census record for my aunt in pittsburgh
l The 1950 census is online; finding one person can take some digging. I'll have someone follow up.
p sherry.kline@example.com
""", "sherry.kline@example.com research specialist ALLEGANY local ALLEGANY")

h3("CF-H5061", "2026-03-24 19:09:48", TOWSON, web("0b1c2d"), "eporter2@example.edu", """
p the ebook only lets me download 40 pages, is there a way to get the whole chapter
l That's the publisher's limit. I'll ask whether we can get the chapter another way.
""", "= access none TOWSON local TOWSON", op="twu")

h3("CF-H5062", "2026-03-25 13:44:36", UMBC, web("3e4f5a"), "kfarrow@example.edu", """
p did my ILL book come in
l Yes, it's at the circulation desk.
p great. also are you open on easter sunday
l I'm not sure of the holiday schedule; I'll have someone confirm by email.
""", "= policy none UMBC local UMBC", op="twu")

h3("CF-H5063", "2026-03-25 18:13:20", STEV, web("6b7c8d"), "", """
p need the script of witness for the prosecution for my theatre class, the library copy is checked out
l I can request it through interlibrary loan.
p yes pls. email mbaptiste@example.edu
""", "mbaptiste@example.edu access none STEVENSON local STEVENSON")

h3("CF-H5064", "2026-03-26 10:26:59", FROST, web("9e0f1a"), "", """
p jstor says i dont have access
l Are you on campus?
s guest has left the conversation
""", "- access none FSU no-email -", op="fhoward")

h3("CF-H5065", "2026-03-26 15:38:44", AUN, web("2b3c4d"), "patrick.oneill@example.com", """
p I asked last week about my great-grandmother's 1920 death certificate and no one ever emailed me
l I'm very sorry. I'll flag that and make sure someone follows up.
p I'm in Frederick, if that matters. She died in Brunswick.
""", "= research specialist FCPL quality QC", op="mgarcia")

h3("CF-H5066", "2026-03-27 12:55:07", PRATT, web("5e6f7a"), "", """
p i lost a library book, how much do i owe? i live in highlandtown
l It depends on the item. I'll have someone check your account.
p email is bilal.rahman@example.org
""", "bilal.rahman@example.org circulation none EPFL local EPFL", op="kobi")

h3("CF-H5067", "2026-03-30 11:20:36", AUN, web("8b9c0d"), "", """
p hi, this is Sue Calvert. our small business wants to sue a supplier for a broken contract, where do we start
l That's a legal question; I'll pass this to a law librarian.
p thanks. we're in leonardtown. sue.calvert@example.net
""", "sue.calvert@example.net research law SMCLD law MSLL", op="mgarcia")

h3("CF-H5068", "2026-03-30 17:04:51", AUN, web("1e2f3b"), "", """
p can you put a hold on a large print crossword book for me? my eyes are fine, i just like the big squares
l Sure. Which library do you pick up from?
p i'm in chestertown. email abby.g@example.com
""", "abby.g@example.com circulation none KENT local KENT")

# Rows that are not follow-ups (no labels).

h3("CF-H5091", "2026-02-13 14:20:33", AUN, web("aa11bb"), "", """
p can my landlord come in without telling me
l In Maryland it depends on the lease. Here is the state's renters' guide.
p ok thanks thats what i needed
""", status="Answered")

h3("CF-H5092", "2026-02-27 10:05:02", PRATT, web("cc22dd"), "", """
p hello
s guest has left the conversation
""", status="Lost Call", op="kobi")

h3("CF-H5093", "2026-03-13 11:40:10", AUN, sms("14435550199"), "", """
p do you have braille books for kids
l Transferring you to the Library for the Blind and Print Disabled.
s transferred to another queue
""", status="Transferred")

h3("CF-H5094", "2026-03-20 20:45:18", TOWSON, web("ee33ff"), "", """
p anyone there? need help with a citation
s no operators available
""", status="Missed", op="twu")

h3("CF-H5095", "2026-03-27 09:15:47", AUN, web("0f9e8d"), "", """
p what are the hours of the Catonsville branch today
l 9 to 8 today.
p thanks!
""", status="Answered")

# ---------------------------------------------------------------------------------------------
# Academic library JSON Lines chats (fN_academic.jsonl)
# ---------------------------------------------------------------------------------------------

ac("CF-A7001", "2026-02-09 13:02:44", TOWSON, "kbn22", "", """
p hi need full text of this article pls
p kessler 2018 social media and loneliness in college students
l we have it thru psycinfo, try this link
p it says access denied
l hm r u off campus? log in thru the library page first
p did, still denied
l ok ill send it to e-resources, whats ur email
p kbn22@students.example.edu
""", "kbn22@students.example.edu access none TOWSON local TOWSON")

ac("CF-A7002", "2026-02-09 21:17:09", UMBC, "jmendez", "jmendez@example.edu", """
p how do i get on the proxy from home
p ezproxy keeps saying invalid
l do u have ur myUMBC login?
p ya
l ok ill have our eresources team email u
""", "= access none UMBC local UMBC", lib="Owen")

ac("CF-A7003", "2026-02-10 11:40:31", STEV, "Guest 3318", "", """
p do we have access to scopus
l we dont subscribe to scopus, but there are other citation databases
p ok can u email me alternatives
p tgreer at example dot com
""", "tgreer@example.com access none STEVENSON local STEVENSON", lib="Lupe", written=True)

ac("CF-A7004", "2026-02-10 15:08:56", FROST, "lhaines3", "", """
p doi 10.5555/jnr.2022.114 goes to a paywall
l we might not have that journal, i can ILL it
p yes pls
p lhaines3@example.edu
""", "lhaines3@example.edu access none FSU local FSU", lib="Grant")

ac("CF-A7005", "2026-02-11 10:22:13", AACC, "dparks", "", """
p ebook says download limit reached
p i only downloaded 2 chapters
l some ebooks cap pages per day. try tmrw or i can ask
p pls ask. dparks@example.edu
""", "dparks@example.edu access none AACC local AACC")

ac("CF-A7006", "2026-02-11 19:45:02", AUN, "Guest 1107", "", """
p how do i get jstor articles if im not a student anymore
l some public libraries have JSTOR access, where do u live?
p columbia md
l howard county library has some. ill have them email u
p ok rnoble@example.com
""", "rnoble@example.com access none HCLS local HCLS", lib="Owen")

ac("CF-A7007", "2026-02-12 12:33:18", AUN, "Guest 2290", "", """
p need a law review article, 89 md l rev 412
p its for a custody case im in
l for custody questions ill pass this to a law librarian at the state law library
p thx ariel.gomez@example.net
""", "ariel.gomez@example.net access law - law MSLL", lib="Lupe")

ac("CF-A7008", "2026-02-12 16:51:40", TOWSON, "abell7", "abell7@example.edu", """
p my roommate broke my laptop and wont pay, can i take him to small claims court
l i cant give legal advice, but ill send u info and student legal services
p k
""", "= research law TOWSON law MSLL")

ac("CF-A7009", "2026-02-13 11:19:27", UMBC, "ssingh", "", """
p hi im blind and use a screen reader. the pdfs on course reserves are scanned images, jaws cant read them
l thanks for telling us. we can get u accessible versions. email?
p ssingh@example.edu
""", "ssingh@example.edu access print-disability UMBC print-disability LBPH", lib="Owen")

ac("CF-A7010", "2026-02-13 14:06:50", STEV, "srankin", "sue.rankin@example.edu", """
p hi its sue, renew my 3 books pls
l 2 renewed, 1 has a hold on it
p ugh ok. when is that one due
l ill have circ email u
""", "= circulation none STEVENSON local STEVENSON", lib="Lupe")

ac("CF-A7011", "2026-02-16 10:48:15", FROST, "Guest 4471", "", """
p this chat keeps disconnecting
p 3rd time
l sorry, ill report it. whats ur q
p ILL for a book, when will it come. email is m.orr@example.edu
""", "m.orr@example.edu access none FSU quality QC", lib="Grant")

ac("CF-A7012", "2026-02-16 20:30:33", AACC, "kjohns", "kjohns@example.edu", """
p why is the database down
p do ur job, its not my problem
p useless idiots
l i'm ending this chat, patron was abusive. reporting to our coordinator.
""", "= access none AACC quality QC")

ac("CF-A7013", "2026-02-17 12:15:47", AUN, "Guest 6620", "", """
p libby says my card isnt valid
l which library is ur card from?
p harford
l ok, whats ur email so they can check it
p i dont use email
""", "- access none HARFORD no-email -", lib="Owen")

ac("CF-A7014", "2026-02-17 17:02:19", TOWSON, "Guest 9021", "n/a", """
p can alumni use the databases
l alumni get some but not all, it depends on the license
p ok email me details, c.ortega@example.com
""", "c.ortega@example.com policy none TOWSON local TOWSON")

ac("CF-A7015", "2026-02-18 09:55:04", UMBC, "hpratt", "hpratt@example.edu", """
p hi this is h pratt, the library proxy logs me out every 5 min
l thats a session timeout, ill ask eresources to look
""", "= access none UMBC local UMBC", lib="Owen")

ac("CF-A7016", "2026-02-18 14:27:38", STEV, "Guest 5520", "", """
p need the full text of a 1986 baltimore sun article about the owings mills mall opening
l our newspaper database has the sun, try searching there
p cant find it. email bfisher@example.edu
""", "bfisher@example.edu access none STEVENSON local STEVENSON", lib="Lupe")

ac("CF-A7017", "2026-02-19 11:11:52", AUN, "Guest 7304", "", """
p i live in harrisburg pa. can i use a maryland librarys databases
l usually databases are for residents, but ill have someone check
p k. email jwolfe@example.net
""", "jwolfe@example.net policy none - default AUN", lib="Owen")

ac("CF-A7018", "2026-02-19 20:38:26", AUN, "Guest 8181", "", """
p im a nursing student at stevenson, cant get into cinahl from off campus
l stevensons library can check ur account. email?
p aprice@example.edu
""", "aprice@example.edu access none STEVENSON local STEVENSON", lib="Owen")

ac("CF-A7019", "2026-02-20 13:44:09", AACC, "tburke", "tburke@example.edu", """
p r u open sat? want to study after my kid's game at the basketball court
l sat hours are 10 to 4 during the semester, ill confirm for spring break
""", "= policy none AACC local AACC")

ac("CF-A7020", "2026-02-20 16:20:57", FROST, "dwilliams", "dwilliams@example.edu", """
p how many books can grad students check out
l i think 50, ill confirm and email u
""", "= policy none FSU local FSU", lib="Will")

ac("CF-A7021", "2026-02-23 12:59:34", TOWSON, "Guest 2218", "mcho@example.edu", """
p need scholarly articles on big little lies and how tv shows domestic abuse, for my film class
l good topic, try communication & mass media complete
p can u send me a few
l sure, ill email some
""", "= research none TOWSON local TOWSON")

ac("CF-A7022", "2026-02-23 18:15:21", UMBC, "Guest 1010", "pl33@example.edu", """
p hi
l hi! how can i help?
s patron left the chat
""", "= other none UMBC local UMBC", lib="Owen")

ac("CF-A7023", "2026-02-24 10:31:06", AUN, "Guest 4043", "", """
p how do i find old land records for a farm in carroll county, like 1850s deeds
l land records that old take some digging, ill pass this to a specialist in maryland land records
p ok vmarsh@example.org
""", "vmarsh@example.org research specialist - specialist EPFL", lib="Lupe")

ac("CF-A7024", "2026-02-24 15:49:43", AUN, "Guest 3390", "", """
p where can i read the new york times online free
l some libraries offer passes. which library do u use?
p not sure, just moved
p email imani.r@example.com
""", "imani.r@example.com access none - default AUN", lib="Owen")

ac("CF-A7025", "2026-02-25 11:26:17", AACC, "sgreene", "", """
p got a summons for a traffic court date, where can i find what to expect
l ill share the courts self-help pages, a law librarian can follow up too
p ty sgreene@example.edu
""", "sgreene@example.edu research law AACC law MSLL")

ac("CF-A7026", "2026-02-25 19:03:38", STEV, "Guest 7711", "lyn.h@example.com", """
p low vision here, the ebook reader font wont go bigger. need large text or audio version of my textbook
l ill check with accessibility about an accessible format
""", "= access print-disability STEVENSON print-disability LBPH", lib="Lupe")

ac("CF-A7027", "2026-02-26 12:40:52", AUN, "Guest 9055", "", """
p who qualifies for talking books
l people who cant read standard print because of a disability, ill have someone send details
p for me and my uncle, we live in ocean city. send info to bea.tully@example.net
""", "bea.tully@example.net policy print-disability WORCESTER print-disability LBPH", lib="Owen")

ac("CF-A7028", "2026-02-26 21:10:29", TOWSON, "Guest 3003", "", """
p proxy error 502
l try clearing ur cookies
s patron left the chat
""", "- access none TOWSON no-email -")

ac("CF-A7029", "2026-03-02 10:14:48", UMBC, "ebaker", "", """
p ebook says no copies available for my stats textbook
l its a 3 user license. i can ask about more. email?
p e . baker @ example . org
""", "e.baker@example.org access none UMBC local UMBC", lib="Owen", written=True)

ac("CF-A7030", "2026-03-02 14:37:11", AUN, "Guest 5115", "", """
p im in richmond va doing a paper on the naval academy in annapolis in ww2, need primary sources
l the academy's archives has some, ill have a specialist follow up
p thx, email lcarver@example.org
""", "lcarver@example.org research specialist - specialist EPFL", lib="Lupe")

ac("CF-A7031", "2026-03-03 16:22:35", AUN, "Guest 6012", "amy.lo@example.com", """
p my 8th grader needs a kids biography of frederick douglass for a project
l there are some good ones. which library do u use?
p we live in germantown
""", "= research none MCPL local MCPL", lib="Owen")

ac("CF-A7032", "2026-03-03 20:49:58", AUN, "Guest 1776", "", """
p is the will of the many available as an ebook
l which library card do u have?
p pg county
p email rhyde@example.com
""", "rhyde@example.com access none PGCMLS local PGCMLS", lib="Owen")

ac("CF-A7033", "2026-03-04 11:07:24", TOWSON, "mkim", "mkim@example.edu", """
p cant log in to the library from home
l try the blue login button at the top
p ok that worked. also how do i cite a tiktok in apa
l ill email u the apa guide examples
""", "= research none TOWSON local TOWSON")

ac("CF-A7034", "2026-03-04 15:33:46", AUN, "Guest 8302", "", """
p can i get this article free? https://www.example.org/paper?contact=editor@example.org&id=7
l checking... whats ur email for follow up
p just reply here
s patron left the chat
""", "- access none - no-email -", lib="Lupe")

ac("CF-A7035", "2026-03-05 12:48:13", UMBC, "Guest 3331", "UMBC student", """
p interlibrary loan form wont submit
l whats the error?
p session invalid. my email ahn.j@example.edu
""", "ahn.j@example.edu access none UMBC local UMBC", lib="Owen")

ac("CF-A7036", "2026-03-05 17:19:37", STEV, "Guest 9920", "", """
p u guys have a 3d printer?
l we do!
p how do i book it. pkane@example.edu
""", "pkane@example.edu other none STEVENSON local STEVENSON", lib="Lupe")

ac("CF-A7037", "2026-03-06 10:55:02", AACC, "Guest 2121", "", """
p do i need my student id to borrow a laptop
l yes, or a photo id with ur student number
p k email shill@example.edu
""", "shill@example.edu policy none AACC local AACC")

ac("CF-A7038", "2026-03-06 14:12:29", AUN, "Guest 4910", "", """
p nobody ever answered my question from last week about ebooks
l so sorry, ill flag that. what was it?
p overdrive wont download to my kobo. email me wenzel.t@example.com
""", "wenzel.t@example.com access none - quality QC", lib="Owen")

ac("CF-A7039", "2026-03-09 11:40:55", AUN, "Guest 5050", "", """
p can my employer make me pay back my training costs if i quit
l thats a legal question, ill pass this to a law librarian who can point u to md law on it
p ok. edgar.f@example.net. im in frostburg
""", "edgar.f@example.net research law ALLEGANY law MSLL", lib="Lupe")

ac("CF-A7040", "2026-03-09 16:28:18", AUN, "Guest 8080", "nlamb@example.edu", """
p grad student at frostburg state, need access to psyctests for my thesis
l frostburg's library can check whether they have it
""", "= access none FSU local FSU", lib="Owen")

ac("CF-A7041", "2026-03-10 12:16:41", TOWSON, "Guest 4455", "kdaly@example.com", """
p looking for towson yearbooks from the 1960s
l special collections has them, ill pass this to archives
""", "= research specialist TOWSON local TOWSON")

ac("CF-A7042", "2026-03-10 19:34:07", UMBC, "Guest 1002", "ptaylor@example.edu", """
p need my readings in audio
l do u have an accommodation through SDS? ill connect u with our accessible formats contact
p yes for a print disability
""", "= access print-disability UMBC print-disability LBPH", lib="Owen")

ac("CF-A7043", "2026-03-11 13:53:32", AUN, "Guest 6066", "", """
p need stats on blue crab harvests for the last 10 yrs, for a podcast
l the state and noaa publish those, ill send links
p email ellis.b@example.com
""", "ellis.b@example.com research none - default AUN", lib="Lupe")

ac("CF-A7044", "2026-03-11 17:21:55", AUN, "Guest 2424", "o.kaplan@example.org", """
p can anyone get a library card in maryland or only residents
p asking for a friend who just moved here from nj
l it varies by county, ill have someone send the details
""", "= policy none - default AUN", lib="Owen")

ac("CF-A7045", "2026-03-12 10:09:20", FROST, "Guest 8808", "jwhite@example.edu", """
p theres a $25 hold on my account for a book i returned
l ill have circ check the return
""", "= circulation none FSU local FSU", lib="Grant")

ac("CF-A7046", "2026-03-12 15:46:43", AACC, "Guest 9797", "", """
p renew pls
l whats ur name and student id?
s patron left the chat
""", "- circulation none AACC no-email -")

ac("CF-A7047", "2026-03-13 11:32:06", STEV, "Guest 6464", "", """
p need an ILL for burnout by emily nagoski
l sure, ill start it. email?
p mlopez@exampel.edu
p sorry mlopez@example.edu
""", "mlopez@example.edu access none STEVENSON local STEVENSON", lib="Lupe")

ac("CF-A7048", "2026-03-13 16:58:31", TOWSON, "Guest 7171", "zbrooks@example.edu", """
p need help finding peer rev articles on esports
l sure, what database have u tried
s connection lost
l patron's connection dropped mid-chat. reporting the broken session, will email sources
""", "= research none TOWSON quality QC")

ac("CF-A7049", "2026-03-16 12:25:53", UMBC, "Guest 3131", "vchen@example.edu", """
p does umbc have a subscription to statista
l i dont think so, ill check w eresources
""", "= access none UMBC local UMBC", lib="Owen")

ac("CF-A7050", "2026-03-16 18:44:17", AUN, "Guest 1999", "", """
p this is howard. my hoopla says i hit my monthly limit, when does it reset
l which library?
p i live in pasadena. howard.lee@example.net
""", "howard.lee@example.net access none AACPL local AACPL", lib="Owen")

ac("CF-A7051", "2026-03-17 11:13:40", AUN, "Guest 5353", "", """
p r there braille books for kids
l yes, through the state library for the blind. email?
p no thanks
""", "- policy print-disability - no-email -", lib="Lupe")

ac("CF-A7052", "2026-03-17 15:01:04", AUN, "Guest 0404", "", """
p how do i get a protective order
l ill pass this to a law librarian, they can send the forms and steps
p email me, k.ramos(at)example(dot)org
""", "k.ramos@example.org research law - law MSLL", lib="Owen", written=True)

ac("CF-A7053", "2026-03-18 10:37:28", AACC, "Guest 1313", "bmorris@example.edu", """
p the librarian yesterday told me the wrong due date and now i have a fine
l im sorry, ill report that and have circ look at the fine
""", "= circulation none AACC quality QC")

ac("CF-A7054", "2026-03-18 14:24:51", FROST, "Guest 2727", "apena@example.edu", """
p can i ILL a dvd
l yes for most, whats the title
p the wire season 1
""", "= access none FSU local FSU", lib="Grant")

ac("CF-A7055", "2026-03-19 12:12:15", AUN, "Guest 8585", "", """
p trying to find my grandpa's ww2 service records, he was from hagerstown
l those take some digging, ill pass this to a specialist
p ty jpaulsen@example.com
""", "jpaulsen@example.com research specialist - specialist EPFL", lib="Lupe")

ac("CF-A7056", "2026-03-19 19:50:38", AUN, "Guest 6363", "", """
p is there parking at the central library downtown
l which city?
p idk the big one. email me lorna.p@example.com
""", "lorna.p@example.com other none - default AUN", lib="Owen")

ac("CF-A7057", "2026-03-20 11:03:59", TOWSON, "Guest 5757", "cwu@example.edu", """
p pdf wont open for an article from ebsco
""", "= access none TOWSON local TOWSON")

ac("CF-A7058", "2026-03-20 15:29:26", UMBC, "Guest 2020", "lbrown@example.edu", """
p old possession charge from 2015, can i get it expunged before applying to grad school
l thats a legal question, ill get u info on expungement
""", "= research law UMBC law MSLL", lib="Owen")

ac("CF-A7059", "2026-03-23 10:46:47", AUN, "Guest 7070", "", """
p newspaper pass for the washington post? im in balt city
l the pratt has one, ill have them send how to sign up
p gpark@example.com
""", "gpark@example.com access none EPFL local EPFL", lib="Lupe")

ac("CF-A7060", "2026-03-23 16:14:10", STEV, "Guest 4040", "", """
p chat keeps freezing
s patron left the chat
""", "- other none STEVENSON no-email -", lib="Lupe")

ac("CF-A7061", "2026-03-24 12:31:33", AUN, "Guest 1818", "ruth.s@example.org", """
p why do my audiobooks in libby expire before i finish
l loans are 2-3 weeks, u can renew if no one is waiting. ill have someone follow up
""", "= access none - default AUN", lib="Owen")

ac("CF-A7062", "2026-03-24 17:08:55", PRATT, "Guest 4242", "drew.m@example.com", """
p my pratt card wont work in kanopy
l ill have the pratt check ur card
""", "= access none EPFL local EPFL", lib="Lupe")

ac("CF-A7063", "2026-03-25 11:55:22", AUN, "Guest 3434", "", """
p hi its will. need the full text of an article for my accounting class at aacc
l aacc's library can get it. email?
p wgarner@example.edu
""", "wgarner@example.edu access none AACC local AACC", lib="Owen")

ac("CF-A7064", "2026-03-25 16:40:09", TOWSON, "Guest 8686", "", """
p need articles on law and order svu for my media studies paper, project muse isnt loading
l sounds like a muse issue, ill report it to eresources. email?
p tdiallo@example.edu
""", "tdiallo@example.edu access none TOWSON local TOWSON")

# Rows that are not follow-ups (no labels).

ac("CF-A7091", "2026-02-17 13:30:00", TOWSON, "Guest 1188", "", """
p where do i find the apa guide
l here it is on the library site
p ty
""", status="Answered")

ac("CF-A7092", "2026-02-24 12:10:44", AUN, "Guest 2299", "", """
p can i sue my landlord for mold
s patron left the chat
""", status="Lost Call", lib="Owen")

ac("CF-A7093", "2026-03-05 14:45:31", UMBC, "Guest 3377", "", """
p need accessible pdfs for my screen reader
l transferring u to the accessibility desk
""", status="Transferred", lib="Owen")

ac("CF-A7094", "2026-03-12 21:20:19", STEV, "Guest 4466", "", """
p hello?
s no librarian available
""", status="Missed", lib="Lupe")

ac("CF-A7095", "2026-03-19 10:05:57", AACC, "Guest 5599", "", """
p proxy error
l fixed now, try again
p works ty
""", status="Answered")

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
    """Each line with its instant (New York), seconds apart drawn with a seed per chat, a
    little longer for longer lines; instants step in UTC."""
    rng = random.Random("f-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC) + timedelta(seconds=rng.randint(4, 70))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(10, 55) + len(text) // rng.randint(2, 4))
        out.append((at.astimezone(NY), code, text))
    return out


def speakers(c):
    return {"p": c["patron"], "l": c["lib"], "m": c["lib2"], "s": "system" if c in H3 else "System"}


def clock_h3(t):
    """LibraryH3lp's clock: 3:05PM."""
    return f"{t.hour % 12 or 12}:{t.minute:02d}{'AM' if t.hour < 12 else 'PM'}"


def clock_ac(t):
    """The academic export's clock: 3:05 PM."""
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def utc_text(t):
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S+00:00")


def protocol_of(guest):
    domain = guest.split("@", 1)[1]
    return {"sms.libraryh3lp.com": "sms", "twilio.libraryh3lp.com": "twilio"}.get(domain, "web")


REFERRERS = {
    TOWSON: "https://www.example.edu/tu/library/ask-us", UMBC: "https://www.example.edu/umbc/library/",
    STEV: "https://www.example.edu/stevenson/library/help", FROST: "https://www.example.edu/fsu/library",
    AACC: "https://www.example.edu/aacc/library/ask", AUN: "https://www.example.org/askusnow/",
    PRATT: "https://www.example.org/pratt/ask", HOWARD: "https://www.example.org/hcls/",
    BALTCO: "https://www.example.org/bcpl/ask",
}

H3_COLUMNS = ["conversation_id", "queue", "protocol", "guest", "operator", "started_at",
              "accepted_at", "ended_at", "wait_s", "duration_s", "resolution", "email",
              "referrer", "tags", "transcript"]


def h3_record(c):
    names = speakers(c)
    rng = random.Random("f-h3-" + c["cid"])
    lines = timed_lines(c)
    started = local_start(c["start"])
    wait = rng.randint(5, 95)
    accepted = started + timedelta(seconds=wait) if c["status"] != "Missed" else None
    ended = lines[-1][0] + timedelta(seconds=rng.randint(15, 120))
    return {
        "conversation_id": c["cid"],
        "queue": c["origin"],
        "protocol": protocol_of(c["patron"]),
        "guest": c["patron"],
        "operator": "" if c["status"] == "Missed" else c["lib"],
        "started_at": utc_text(started),
        "accepted_at": utc_text(accepted) if accepted else "",
        "ended_at": utc_text(ended),
        "wait_s": str(wait) if accepted else "",
        "duration_s": str(int((ended - (accepted or started)).total_seconds())),
        "resolution": c["status"],
        "email": c["email"],
        "referrer": REFERRERS[c["origin"]] if protocol_of(c["patron"]) == "web" else "",
        "tags": c["tags"],
        "transcript": "\r".join(f"{clock_h3(t)} {names[code]}: {text}" for t, code, text in lines),
    }


def h3_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=H3_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for c in chats:
        w.writerow(h3_record(c))
    return buf.getvalue()


def ac_record(c):
    names = speakers(c)
    lines = timed_lines(c)
    started = local_start(c["start"])
    first = next(text for _, code, text in lines if code == "p")
    return {
        "session_id": c["cid"],
        "created_at": started.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "institution": c["origin"],
        "username": c["patron"],
        "patron_email": c["email"],
        "question": first,
        "staff": c["lib"],
        "outcome": c["status"],
        "duration_s": int((lines[-1][0] - started).total_seconds()) + 30,
        "messages": [{"sent_at": clock_ac(t), "sender": names[code], "body": text}
                     for t, code, text in lines],
    }


def ac_text(chats):
    return "".join(json.dumps(ac_record(c), ensure_ascii=False) + "\n" for c in chats)


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in chats if c["label"])


STYLES = [("h3lp_cr", "csv", H3, h3_text), ("academic", "jsonl", AC, ac_text)]


def files():
    """(file name, style, its chats, text function) for the four exports."""
    return half_files("f", STYLES)


def part_dir(name):
    """Where a file of this part lives: f1 (the development half) trains the category model,
    f2 stays held out."""
    return "train" if name.startswith("f1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "f", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    for why in vocabulary_problems(row, ids):
        bad(why)
    # Not every address of this part is on example.org, .com or .net: only its form is checked.
    if email and (email != email.lower() or not EMAIL_RE.match(email)):
        bad(f"e-mail {email!r} is not a lower-case address")
    field = (c["email"] or "").strip().lower()
    if EMAIL_RE.match(field) and email != field:
        bad(f"a valid export e-mail {field!r} must win over {email!r}")
    # Where the address comes from (typed_email_problems without its trace and URL checks).
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field and not c["written"] and email not in patron_text:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email == field:
        bad("written=True on a chat whose address is the export's field")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


H3_LINE = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d(AM|PM) [^\s:]+: \S")
AC_CLOCK = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d (AM|PM)$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    text = read_text(HERE / part_dir(name) / name)
    out = []
    if style == "h3lp_cr":
        if not text.endswith("\r\n"):
            raise ValueError("records do not end with CRLF")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if reader.fieldnames != H3_COLUMNS:
            raise ValueError(f"columns {reader.fieldnames}")
        for r in reader:
            if "\n" in r["transcript"]:
                raise ValueError(f"{r['conversation_id']}: a line feed inside the transcript")
            lines = []
            for line in r["transcript"].split("\r"):
                if not H3_LINE.match(line):
                    raise ValueError(f"{r['conversation_id']}: line {line[:40]!r}")
                who, _, said = line.split(" ", 1)[1].partition(": ")
                lines.append((who, said))
            for key in ("started_at", "ended_at"):
                datetime.fromisoformat(r[key])
            out.append({"id": r["conversation_id"], "patron": r["guest"], "email": r["email"],
                        "lines": lines})
        return out
    for raw in text.split("\n"):
        if not raw:
            continue
        r = json.loads(raw)
        if list(r) != list(ac_record(AC[0])):
            raise ValueError(f"keys {list(r)}")
        datetime.fromisoformat(r["created_at"].replace("Z", "+00:00"))
        lines = []
        for m in r["messages"]:
            if list(m) != ["sent_at", "sender", "body"] or not AC_CLOCK.match(m["sent_at"]):
                raise ValueError(f"{r['session_id']}: message {m}")
            lines.append((m["sender"], m["body"]))
        out.append({"id": r["session_id"], "patron": r["username"], "email": r["patron_email"],
                    "lines": lines})
    return out


def check_all():
    problems = []
    chats = H3 + AC
    seen = set()
    for c in chats:
        if c["cid"] in seen:
            problems.append(f"{c['cid']}: duplicate chat id")
        seen.add(c["cid"])
        if not c["cid"].startswith("CF-"):
            problems.append(f"{c['cid']}: chat id without the CF- prefix")
        start = local_start(c["start"])
        if start.year not in (2025, 2026):
            problems.append(f"{c['cid']}: started in {start.year}")
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{c['cid']}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{c['cid']}: a follow-up chat needs a label and only it")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{c['cid']}: the patron never speaks")
        if "m" in codes and not c["lib2"]:
            problems.append(f"{c['cid']}: a second librarian line without lib2")
        if not c["patron"] or ":" in c["patron"]:
            problems.append(f"{c['cid']}: patron name {c['patron']!r}")
        if any("\r" in text or "\n" in text for _, text in lines_of(c)):
            problems.append(f"{c['cid']}: a message holding a line end")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, json.JSONDecodeError, csv.Error),
                                   check_label, lines_of=lines_of)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", H3 + AC), ("h3lp_cr", H3), ("academic", AC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", H3 + AC))
    return labels_table(cols, H3 + AC)


if __name__ == "__main__":
    sys.exit(main("f_build", all_texts, check_all, counts))
