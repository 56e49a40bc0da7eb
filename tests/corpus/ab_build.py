#!/usr/bin/env python3
"""Writes and checks the "ab" part of aun's labelled corpus (ab1 and ab2, both in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "at" and "dot"). Chats that are not follow-ups carry no label and get no labels
row. Where the patron asks two things, the category is that of the question left open for the
follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` the chat system.

Two export styles, each split in two halves with the same mix (ab1 and ab2):
  abN_stevenson_h3lp.csv  Stevenson University Library's own LibraryH3lp queues downloaded as
                          CSV: `id`, `queue` (`stevenson-library` for the web widget,
                          `stevenson-sms` for texts), `protocol` (`web`, `sms`), `guest` (a JID:
                          `…@web.libraryh3lp.com`, `…@web.ca.libraryh3lp.com`,
                          `+1443555….@twilio.libraryh3lp.com` or `…@sms.libraryh3lp.com`),
                          `operator` (`nora@chat.libraryh3lp.com`, empty when no one answered),
                          `started`, `ended` (ISO 8601 with New York's offset,
                          `2026-09-14T10:05:12-04:00`), `duration` (seconds), `tags`
                          (comma-separated, the follow-up code among them) and `transcript`:
                          lines `10:05AM JID: text` separated by a carriage return alone (\\r).
                          CRLF between rows, a cell quoted where it needs it. No e-mail column:
                          the only addresses are those the patron typed. The chat came in on
                          the university's own account, so every labelled chat's local library
                          is STEVENSON (rules.md section 5, "origin account"), whatever town or
                          state the student names.
  abN_statewide_mac.csv   the statewide "Maryland AskUsNow! Public Library" queue as a
                          coordinator's workbook saved by Excel for Mac as CSV: a carriage
                          return alone after each row (the "Excel for Mac" record end of
                          FORMATS.md), the messages inside the transcript cell separated by LF
                          (Excel's line break within a cell), a cell quoted only where it holds
                          a comma, a quote or a line break; ASCII only (so the bytes are the
                          same in Mac Roman and UTF-8). Columns `Reference`, `Date Started`
                          (`10/19/2026`) and `Time Started` (`2:05:12 PM`) in columns of their
                          own (New York), `Account`, `Screen Name` (`Guest 4831` or the name
                          typed), `Email Address` (the pre-chat box as typed: an address, empty,
                          or junk such as `n/a` or a phone number), `Answered By` (`Hannah at
                          Calvert`: the staff member and their own library, never the patron's),
                          `Duration (min)`, `Wrapup Code` (`Follow Up By Patron Library`,
                          `Answered`, `Lost Call`), `Opening Question` (the first patron
                          message), `Chat Transcript` (lines `10/19/26, 2:05 PM - Name: text`,
                          `System` for the service's own lines) and `Survey Comments`. The
                          account names no local library: it comes from what the patron wrote.

The halves: within each style, in the order written, each chat goes to the half with fewer chats
of its rule and category (corpus_common.half_of); both halves stay held out.

Run from anywhere: python3 tests/corpus/ab_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/ab_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
import io
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
    FOLLOW_UP, address_problems, export_texts, half_files, label_row, labels_csv, labels_table,
    lines_of, main, read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402
from corpus_common import PHONE_RE, directory_rows, zip_counties  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = FOLLOW_UP
ANS = "Answered"
LOST = "Lost Call"

SU_STAFF = ("nora", "eli", "priya", "sam")
SU_QUEUES = {"web": "stevenson-library", "web.ca": "stevenson-library",
             "twilio": "stevenson-sms", "sms": "stevenson-sms"}
SU_ORIGIN = "STEVENSON"

MAC_ACCOUNT = "Maryland AskUsNow! Public Library"
MAC_STAFF = {"hannah": "Hannah at Calvert", "ruth": "Ruth at Pratt", "ines": "Ines at Frostburg",
             "tobias": "Tobias at BCPL", "gwen": "Gwen at Carroll"}

SU = []   # Stevenson's LibraryH3lp chats
MAC = []  # the statewide queue's chats, saved by Excel for Mac


def _start(n, seed, first, sundays=False):
    """The n-th chat of a style starts on a day from `first` (New York), 9 am to 8:59 pm."""
    rng = random.Random(seed)
    day = first + timedelta(days=(n * 5) // 8)
    while day.weekday() == 6 and not sundays:
        day += timedelta(days=1)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def su(cid, gateway, t, label=None, op="nora", status=FU, tags="", written=False, sms=""):
    """A Stevenson LibraryH3lp chat. gateway: `web`, `web.ca`, `twilio` or `sms` (for the last
    two, sms is the patron's 555 number, ten digits)."""
    rng = random.Random("ab-su-jid-" + cid)
    if gateway in ("twilio", "sms"):
        guest = f"+1{sms}@{gateway}.libraryh3lp.com"
    else:
        guest = "".join(rng.choice("0123456789abcdef") for _ in range(24)) + \
            f"@{gateway}.libraryh3lp.com"
    SU.append(dict(cid=cid, style="su", start=_start(len(SU), "ab-su-" + cid, datetime(2026, 9, 14)),
                   patron=guest, gateway=gateway, email=None, t=t, label=label,
                   lib=f"{op}@chat.libraryh3lp.com" if op else None, status=status, tags=tags,
                   written=written, comment=""))


def mac(cid, name, email, t, label=None, op="hannah", status=FU, written=False, comment=""):
    """A statewide chat. name: the Screen Name typed (None: `Guest NNNN`); email: the pre-chat
    Email Address box as typed (an address, junk, or "" for empty)."""
    rng = random.Random("ab-mac-guest-" + cid)
    MAC.append(dict(cid=cid, style="mac",
                    start=_start(len(MAC), "ab-mac-" + cid, datetime(2026, 10, 19), sundays=True),
                    patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                    label=label, lib=MAC_STAFF[op] if op else None, status=status,
                    written=written, comment=comment))


# ---------------------------------------------------------------------------------------------
# Stevenson University Library's own LibraryH3lp queues (abN_stevenson_h3lp.csv)
# Every labelled chat: local STEVENSON (origin account), whatever place the student names.
# ---------------------------------------------------------------------------------------------

su("CAB-S101", "web", """
p hi can u get me the full text of this article? doi 10.1177/10598405211043522
l Hi! I'm Nora. Let me look... we have that journal but only from 2022 on, and this one is 2021.
l I can request it through interlibrary loan, articles usually come in a day or two. Want me to?
p yes pls. mgreer2@example.org
l Done, you'll get an email when the PDF is ready.
""", "mgreer2@example.org access none STEVENSON local", tags="articles, ILL")

su("CAB-S102", "web.ca", """
p it says i need to sign in but i AM signed in??
l Hi, this is Eli. Which page are you on?
p the psycinfo link on the databases page. it keeps bouncing me back to the login screen
l Can you try a private window?
p same thing
l Ok, I'll pass it to our e-resources librarian so she can look at the link. What's your email?
p tkline@example.com
""", "tkline@example.com access none STEVENSON local", op="eli", tags="off-campus, PsycINFO")
# The librarian passes a broken database link on: an access problem, not a service problem of
# the chat itself, so no quality.

su("CAB-S103", "twilio", """
p is the library open late during midterms
l Yes! Until 2 am Sunday to Thursday during midterm week.
p sweet thx
""", op="priya", status=ANS, tags="hours, sms", sms="4435550131")

su("CAB-S104", "web", """
p ebook central says ive reached the download limit for this book and i need ch 4 tonight
l Hi! Some e-books limit how many pages you can download or print. You can still read it in the browser.
p the online reader wont load on my laptop either
l Hmm. I'll see if we can get an unlimited-user copy and I'll email you. What's your email?
p jordan.ames@example.net
""", "jordan.ames@example.net access none STEVENSON local", op="sam", tags="ebooks, Ebook Central")

su("CAB-S105", "web", """
p how long does ILL take for a book
l Usually 5 to 10 days for books.
p ok can it come from another state
l Yes, we borrow from libraries all over the country. Send me the title and I'll start it.
p the sixth extinction by kolbert. email is r.osei@example.org
""", "r.osei@example.org access none STEVENSON local", op="priya", tags="ILL")

su("CAB-S106", "web", """
p not really a library question but my landlord at my apartment in owings mills is keeping my whole security deposit
p he says its for "cleaning" but i left it spotless
l I'm sorry! I can't give legal advice, but I can find you Maryland info on security deposits and tenant rights.
p yes please that would help. ariana.b@example.com
""", "ariana.b@example.com research law STEVENSON law", tags="tenant rights")
# Owings Mills is a Baltimore County town, but the chat came in on Stevenson's own account.

su("CAB-S107", "twilio", """
p got a speeding ticket on york rd do i have to go to court or can i just pay it
l Hi, this is Eli from the library. The ticket usually lists both options, paying or asking for a trial. I'll look up the District Court pages for you.
l What's an email I can send them to?
p dshah@example.net
""", "dshah@example.net research law STEVENSON law", op="eli", tags="traffic, sms", sms="4435550172")

su("CAB-S108", "web", """
p im blind and use jaws. the articles i get from cinahl are scanned pages so jaws reads nothing
l Thanks for telling me. We can get accessible copies, and we work with the Office of Disability Services on this.
l Which articles do you need first?
p the two on pressure ulcers in my nur 312 folder. my email is lwashington@example.org
""", "lwashington@example.org access print-disability STEVENSON print-disability",
   op="sam", tags="accessibility, CINAHL")

su("CAB-S109", "web.ca", """
p i have dyslexia and reading long pdfs takes me forever. can the textbook be read to me somehow
l Yes, we can look for a version that works with text-to-speech. Which textbook?
p intro to forensic science 4th ed
l I'll check with the publisher and disability services and email you.
p k. b.morrow@example.com
""", "b.morrow@example.com access print-disability STEVENSON print-disability", op="priya",
   tags="accessibility, textbooks")
# Getting a textbook in an accessible format: access (a resource to get into), not research.

su("CAB-S110", "web", """
p for my history capstone i want records about the estates in greenspring valley in the 1800s. deeds, family papers, that kind of thing
l Great topic. Our archivist is the best person for this, I'll pass it to her and she'll email you about what we and the state archives have.
p awesome thx. c.lindqvist@example.org
""", "c.lindqvist@example.org research specialist STEVENSON local", tags="archives, history")

su("CAB-S111", "web", """
p the last librarian i chatted with just left without answering me. i waited like 20 min
l I'm really sorry about that, I'll report it. What was your question?
p i need peer reviewed articles on social media and teen anxiety
l I'll put together a few searches and send them. Email?
p h.vance@example.com
""", "h.vance@example.com research none STEVENSON quality", op="sam", tags="complaint, psychology")

su("CAB-S112", "web", """
p how do i renew a book online
l Log in to your library account, click Loans, then Renew.
p it says renew failed
l It may have a hold on it. I can have circulation check. What's your email?
p eh i dont really check email. ill just come by tmrw
""", "- circulation none STEVENSON no-email", op="eli", tags="renewals")

su("CAB-S113", "web", """
p need data on nurse staffing ratios by state for a policy paper
l Sure! I'll gather a few sources and send them. What's your email?
p mlopez@example.org
p wait its mlopez7@example.org forgot the 7
l Got it, mlopez7.
""", "mlopez7@example.org research none STEVENSON local", op="priya", tags="nursing, statistics")

su("CAB-S114", "web", """
p the nyt academic pass says my code expired
l Hi! The passes renew every year, you should be able to redeem a new one. Did you use your stevenson address?
p yes. still says expired
l I'll check with our e-resources librarian and get back to you. Email?
p sam dot reyes at example dot net
""", "sam.reyes@example.net access none STEVENSON local", op="nora", tags="New York Times",
   written=True)

su("CAB-S115", "web", """
p do you have the law of innocence by michael connelly as an ebook
l We don't have it as an e-book, but I can get a print copy through interlibrary loan.
p ok sure
l What's your email so ILL can contact you?
p t.boone@example.org
""", "t.boone@example.org access none STEVENSON local", op="sam", tags="ILL, fiction")
# A novel's title with "law" in it: no law need.

su("CAB-S116", "web", """
p hello? anyone there
""", op=None, status=LOST)

su("CAB-S117", "web", """
p will from the writing center said you could help me find sources for my argument essay on raising the minimum wage
l Happy to! Are you arguing for or against?
p for. prof wants 4 sources, 2 scholarly
l I'll email you a list to start with. What's your email?
p destiny.h@example.com
""", "destiny.h@example.com research none STEVENSON local", tags="writing, economics")
# "will" is a person's name here: no law need.

su("CAB-S118", "web.ca", """
p my prof dr. sue hammond wants 5 scholarly sources on microplastics in the chesapeake
l Fun topic! Try Environment Complete and GreenFILE. I'll send you a couple of searches.
p ok my email is ochoa.m@example.net
""", "ochoa.m@example.net research none STEVENSON local", op="eli", tags="environment")
# "sue" is the professor's name: no law need.

su("CAB-S119", "web.ca", """
p im home in delaware for break and the databases wont let me in
l Hi! Off campus you'll be asked to log in with your Stevenson account. What happens after that?
p it says access denied
l I'll have our e-resources librarian look at your account. Email?
p kwilliams4@example.com
""", "kwilliams4@example.com access none STEVENSON local", op="priya", tags="off-campus")
# Delaware is only where the student is for the break; the chat is Stevenson's own.

su("CAB-S120", "web", """
p where do i return a laptop charger
l At the circulation desk on the first floor, or the book drop if we're closed.
p ty
""", op="sam", status=ANS, tags="laptops")

su("CAB-S121", "web", """
p my rubric says sources have to be blind peer reviewed. how do i know if an article is
l Good question! Most databases have a "peer reviewed" box. For blind review you check the journal's author guidelines.
p can you show me for the one im using
l I'll email you a short how-to with screenshots. What's your email?
p a.kowalski@example.org
""", "a.kowalski@example.org research none STEVENSON local", op="nora", tags="peer review")
# "blind peer review": a kind of review, no print disability.

su("CAB-S122", "web", """
p why is it so hard to find anything on this site
l Sorry it's frustrating! What are you looking for?
p articles on gig workers for my bus 210 paper. ive been searching for an hour
l Let me help. Try Business Source Complete...
p omg ur useless. just email the articles to me. jwebb@example.com
""", "jwebb@example.com research none STEVENSON quality", op="eli", tags="business")

su("CAB-S123", "web", """
p my ebook keeps saying error 403
p sorry chat froze
p hello??
l I'm here! The chat is glitching on my end too, I'll report it.
l For the e-book, which title is it?
p the nursing pharmacology one from the course page. email me maybe? g.ortiz@example.net
""", "g.ortiz@example.net access none STEVENSON quality", op="priya",
   tags="ebooks, technical problem")

su("CAB-S124", "web", """
p i asked for an article on tuesday and someone said theyd email me and nobody ever did
l I'm so sorry. Do you remember the article?
p the one on nurse residency programs, journal of nursing administration 2020
l I'll find it now and send it, and I'll let our coordinator know about the missed follow-up.
p n.brooks@example.org
""", "n.brooks@example.org access none STEVENSON quality", op="sam", tags="complaint, articles")

su("CAB-S125", "sms", """
p can u text me when my ill book comes in
l We usually email, do you have an email we can use?
p no email pls just text
l Ok, I'll note that on the request.
""", "- access none STEVENSON no-email", op="nora", tags="ILL, sms", sms="4105550148")

su("CAB-S126", "web", """
p when i click a jstor link from home it says not authorized to view this resource
l Are you starting from the library website or from Google?
p google scholar
l Try from the library's JSTOR link, it logs you in. If it still fails I'll send it to our e-resources librarian.
p still fails. email is c.dunn@example.com
""", "c.dunn@example.com access none STEVENSON local", op="eli", tags="JSTOR, off-campus")

su("CAB-S128", "web.ca", """
p how long can you keep an ebook from ebsco? like is it 7 days or 14
l It depends on the book, I'll check the settings and email you.
p ok ellie.m@example.net
""", "ellie.m@example.net policy none STEVENSON local", op="sam", tags="ebooks, loan periods")
# A loan period asked in general: a borrowing limit, policy.

su("CAB-S129", "web", """
p does stevenson have the wall street journal
l Yes! Use the WSJ link on the databases A-Z page and create an account with your Stevenson email.
p perfect thx
""", op="nora", status=ANS, tags="newspapers")

su("CAB-S130", "web", """
p how do i cite a dataset in apa 7? its from the cdc
l Author (the CDC), year, title in italics, [Data set], then the URL. I'll email you an example.
p thx. imani.c@example.com
""", "imani.c@example.com research none STEVENSON local", op="eli", tags="citation, APA")

su("CAB-S131", "twilio", """
p i lost my student id can i still check out books
l You'll need a replacement ID from campus security, but circulation may be able to look you up in the meantime. I'll ask them.
p ok can they email me. kb.adams@example.org
""", "kb.adams@example.org circulation none STEVENSON local", op="priya",
   tags="ID cards, sms", sms="4435550109")

su("CAB-S132", "web", """
p theres a $25 charge on my account for a laptop charger but i returned it with the laptop
l Sorry! I'll have circulation check and email you.
p ok thx. m.fields@example.net
""", "m.fields@example.net circulation none STEVENSON local", op="sam", tags="fines, laptops")

su("CAB-S133", "web", """
p i graduated in may. can alumni still use the library databases
l Alumni can use some of them, and all of them on campus. I'll confirm the list and email you.
p great. lena.p@example.com
""", "lena.p@example.com policy none STEVENSON local", op="nora", tags="alumni")

su("CAB-S134", "web", """
p hi quick q
""", op=None, status=LOST)

su("CAB-S135", "web", """
p i need census data on median household income for baltimore county, like the last 10 yrs
l The Census Bureau's data site has that. I'll pull together the tables and send them.
p ok ryan.t@example.org
""", "ryan.t@example.org research none STEVENSON local", op="priya", tags="statistics, census")
# Baltimore County is the topic: the chat is Stevenson's own in any case.

su("CAB-S136", "web", """
p kanopy says this video is not available at your institution
l Some films need a request first. Which film?
p 13th. its for my crim class
l I'll request it and email you when it's on. Email?
p a.mensah@example.com
""", "a.mensah@example.com access none STEVENSON local", op="eli", tags="Kanopy, video")

su("CAB-S137", "web.ca", """
p the article i need only has the abstract, is there a way to get the whole thing
l Yes, through document delivery, it's free. Send me the citation.
p the one by okafor 2019 in nurse education today. email is tasha.r@example.net
""", "tasha.r@example.net access none STEVENSON local", op="sam", tags="document delivery")

su("CAB-S138", "web", """
p where are the bio journals
l Most are online now, but the print ones are on the second floor.
p nvm found it thx
""", op="nora", status=ANS, tags="")

su("CAB-S139", "web", """
p the proquest link in blackboard asks me for a password i dont have
l That link is missing the library's login prefix. I'll let your instructor and our e-resources librarian know.
p can u email me when it works. joel.k@example.org
""", "joel.k@example.org access none STEVENSON local", op="priya", tags="ProQuest, Blackboard")

su("CAB-S140", "web.ca", """
p my ebook expired in the middle of my reading, can i get it back
l You can borrow it again if no one is waiting. Are you using the app or the browser?
p the app. it says unavailable
l I'll check the license and email you. Email?
p h.liu@example.com
""", "h.liu@example.com access none STEVENSON local", op="eli", tags="ebooks")

su("CAB-S141", "web", """
p can i renew my ill book, its due friday
l The lending library decides. I'll ask for a renewal and email you what they say.
p ok. s.baptiste@example.org
""", "s.baptiste@example.org circulation none STEVENSON local", op="sam", tags="ILL, renewals")
# Renewing the patron's own loan: circulation, even though the book came through ILL.

su("CAB-S143", "web", """
p doing a local history project on the c&o canal near my hometown hagerstown. where would old newspapers from the 1880s be
l Great project. Old local papers are often on microfilm or in the state archives. I'll pass this to our history librarian, she's the expert on this.
p sounds good. greg.a@example.com
""", "greg.a@example.com research specialist STEVENSON local", op="priya",
   tags="local history, newspapers")
# Hagerstown is the hometown and the topic; the chat is Stevenson's own: local STEVENSON comes
# before the specialist need.

su("CAB-S144", "web", """
p for product design class i need to find out if my idea is already patented
l A patent search! I'll send this to our business librarian who knows the patent databases.
p cool thx. l.nakamura@example.org
""", "l.nakamura@example.org research specialist STEVENSON local", op="eli", tags="patents")

su("CAB-S145", "web", """
p is it ok to bring my 6 yr old to the library while i study? no childcare this week
l Children are welcome with a parent. Let me check if there are any areas that are off limits and I'll email you.
p thank u. r.garcia@example.net
""", "r.garcia@example.net policy none STEVENSON local", op="sam", tags="children")

su("CAB-S146", "web", """
p found an article on google scholar but it wants $39 to read it. can the library get it
l Yes! Set Stevenson as your library in Google Scholar settings, or send me the link.
p https://journals.example.org/doi/full/10.5555/jnr.2020.0142
l I'll check our access and email you. Email?
p m.ibrahim@example.com
""", "m.ibrahim@example.com access none STEVENSON local", op="nora", tags="Google Scholar")

su("CAB-S147", "web", """
p where can i get a big poster printed for the research symposium
l The print center prints posters. I'll find out the size limits and how long it takes and email you.
p thanks. kayla.s@example.org
""", "kayla.s@example.org other none STEVENSON local", op="priya", tags="printing, posters")

su("CAB-S148", "sms", """
p open sat?
l 10 to 6 on Saturday!
""", op="eli", status=ANS, tags="hours, sms", sms="4105550163")

su("CAB-S149", "web", """
p the wifi keeps dropping on the third floor of the library
l Thanks for letting us know. I'll tell IT and have someone email you when it's fixed.
p ok. i.petrov@example.net
""", "i.petrov@example.net other none STEVENSON local", op="sam", tags="wifi")

su("CAB-S150", "web", """
p how do i find where a book is in the library
l Search the catalog, then look for the call number and the floor. Want me to show you?
p no got it now thx
""", op="nora", status=ANS, tags="catalog")

su("CAB-S151", "web", """
p is the blind side available to stream thru the library? need it for my sports mgmt class
l Let me look. We have the DVD, and I'll check if we can license it for streaming.
p streaming would be better. email me, b.cole@example.com
""", "b.cole@example.com access none STEVENSON local", op="eli", tags="video")
# A film's title with "blind" in it: no print disability.

su("CAB-S152", "web.ca", """
p my sister works at the essex branch of the public library and she said to ask you. i need sources on nursing ethics and end of life care
l Glad she sent you! CINAHL is the place to start. I'll email you some searches.
p ok. f.adeyemi@example.org
""", "f.adeyemi@example.org research none STEVENSON local", op="priya", tags="nursing, ethics")
# The sister's library is not the patron's; the chat is Stevenson's own.

su("CAB-S153", "twilio", """
p hey
""", op=None, status=LOST, sms="4435550117")

su("CAB-S154", "web", """
p hi im a visiting scholar this semester. am i allowed to use the databases from my apartment
l Visiting scholars can usually get a sponsored account. I can check with our dean's office, what's an email for you?
p id rather not give a personal email. ill ask my host dept
""", "- policy none STEVENSON no-email", op="nora", tags="visitors")

su("CAB-S155", "twilio", """
p how much is printing
l 10 cents a page black and white, 50 cents color.
""", op="sam", status=ANS, tags="printing, sms", sms="4105550185")

su("CAB-S156", "web", """
p the illiad form says my account is not registered
l You need to register once the first time. Did you fill out the registration page?
p yes twice
l I'll have our ILL staff look at it and email you.
p k. dvaughn@example.com
""", "dvaughn@example.com access none STEVENSON local", op="eli", tags="ILL")

su("CAB-S158", "web", """
p do you have a stapler at the desk
l Yes, at the circulation desk!
""", op="nora", status=ANS, tags="")

su("CAB-S159", "twilio", """
p can someone email me the steps to set up library login on my ipad. ana.k@example.com
l Sure, I'll send them this afternoon.
""", "ana.k@example.com access none STEVENSON local", op="sam", tags="off-campus, sms",
   sms="4435550154")

su("CAB-S160", "web", """
p is the library closed for fall break
l Open with shorter hours, 8 to 5.
p thanks
""", op="eli", status=ANS, tags="hours")

su("CAB-S161", "web.ca", """
p hello? i need help with a citation
""", op=None, status=LOST)

su("CAB-S162", "web", """
p do you have whiteboard markers i can borrow
l Yes, ask at the desk.
""", op="priya", status=ANS, tags="")


# ---------------------------------------------------------------------------------------------
# The statewide queue, saved by Excel for Mac (abN_statewide_mac.csv)
# The account names no local library: it comes from what the patron wrote.
# ---------------------------------------------------------------------------------------------

mac("CAB-M301", "Dottie", "dottie.w@example.net", """
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p how do i renew my books online, i got them at the salisbury library
l Hi Dottie, I'm Hannah. You can renew from your account on the library's website with your card number and PIN.
p i forgot my pin
l The library can reset it for you. I'll send your question to them and they'll email you within 72 hours.
""", "= circulation none WICOMICO local")

mac("CAB-M302", None, "mcrane@example.com", """
p the audiobook i borrowed in libby wont download to my phone
l Hi! Sorry about that. Which library is your card from?
p the one in town lol
l Ha, which town or zip code?
p 21601
l Thanks! I'll have them check your card and email you.
""", "= access none TALBOT local", op="ruth")
# The ZIP alone names the county (Talbot, Easton).

mac("CAB-M303", "Bev", "bev.holt@example.org", """
p do i need proof of address to get a library card? i just moved
l Usually a photo ID and something with your new address, like a lease or a bill. Where did you move to?
p chestertown, we bought a house on high st
l Welcome! I'll have the library confirm what they accept and email you.
""", "= policy none KENT local", op="gwen")

mac("CAB-M304", None, "h.mcgill@example.com", """
p im looking into the history of cambridge's waterfront, the old oyster packing houses and the crab pickers
l What a great topic! Is this for school or personal research?
p personal. my grandmother picked crabs there in the 40s. we live in dover de now
l I'll pass this to a local history specialist who can dig into photos and records.
""", "= research specialist - specialist", op="tobias")
# Cambridge is the topic; the patron lives in Dover, Delaware: no local library.

mac("CAB-M305", "Ray", "raymond.p@example.net", """
p my landlord gave me a paper saying i have 5 days to get out. can he do that
l I'm so sorry. I'm not a lawyer, but I can point you to legal help. Where do you live?
p snow hill
l Thank you. I'll send this to the law library so a law librarian can follow up by email.
""", "= research law WORCESTER law", op="hannah")

mac("CAB-M306", None, "pwhitaker@example.org", """
p my mother lives with me in princess anne and shes losing her sight. how does she sign up for talking books
l I'm sorry to hear that. There's a state library that mails talking books and players for free. Does she have a doctor who can sign the form?
p yes her eye doctor
l I'll have them send you the application and the details.
""", "= policy print-disability SOMERSET print-disability", op="ruth")

mac("CAB-M307", "Wes", "wes.kline@example.com", """
l Hi Wes, this is Ines. How can I help?
p trying to find my great grandfather who worked in the coal mines around frostburg in the 1910s
p i live in cumberland if that matters
l It does! Mine records and old city directories may help. I'll pass this on so someone can email you.
""", "= research specialist ALLEGANY local", op="ines")
# The librarian is from Frostburg State and Frostburg is the topic; the patron lives in
# Cumberland (Allegany County). Local comes before the specialist need.

mac("CAB-M308", None, "kturner@example.net", """
p i have a fine on my card for a dvd i lost, can i pay it online
l Which library is it?
p oakland, garrett county
l Thanks! I'll have them email you the payment options.
""", "= circulation none GARRETT local", op="gwen")

mac("CAB-M309", "Norma", "norma.f@example.org", """
p is there a notary at the leonardtown library
l Let me check... I can't find it on their page. I'll ask them to email you.
p ok thank you
""", "= other none SMCLD local", op="tobias")

mac("CAB-M310", None, "j.benitez@example.com", """
p the hotspot i checked out wont connect to anything
l Sorry! Did you try holding the power button down for 10 seconds?
p yes
l What county are you in?
p cecil
l Thanks, I'll ask Cecil County to follow up with you.
""", "= circulation none CECIL local", op="hannah")

mac("CAB-M311", None, "linda.s@example.net", """
p i live in seaford delaware but shop in salisbury all the time. can i get a maryland library card
l Some Maryland libraries give cards to nearby residents. I'll ask the coordinator to find out for you.
p ok thanks
""", "= policy none - default", op="ruth")
# Lives in Delaware and names no library: Salisbury is only where she shops.

mac("CAB-M312", None, "tom.a@example.org", """
p hi im in winchester va and im researching ancestors who lived in allegany county md in the 1850s
l Fun! Census and land records are a good start. I'll send this to a genealogy specialist.
p thank you!
""", "= research specialist - specialist", op="ines")

mac("CAB-M313", "Dale", "dale.m@example.com", """
p i live in keyser wv but i work in cumberland. can i get an allegany county library card
l Many libraries give cards to people who work in the county. I'll have them confirm and email you.
""", "= policy none ALLEGANY local", op="ines")
# Lives in West Virginia but names a Maryland library he means to use (the Allegany County
# library, where he works): rules.md gives an out-of-state patron a local library when they name
# one.

mac("CAB-M314", None, "rhodes.t@example.net", """
p i live in dc and my employer in maryland didnt pay me for my last 2 weeks. what can i do
l I'm sorry. I'll send your question to the law library, a law librarian can point you to wage claim info.
p ok
""", "= research law - law", op="tobias")

mac("CAB-M315", "Frederick", "fjohnson@example.org", """
p hi, frederick here. libby keeps logging me out and asking for my card number again
l Hi Frederick! Sorry about that. Which library card do you use?
p st michaels
l Thanks, I'll ask them to look at your card and they'll email you.
""", "= access none TALBOT local", op="gwen")
# A patron named Frederick who lives in St. Michaels (Talbot County), not Frederick County.

mac("CAB-M316", None, "ellen.talbot@example.com", """
p hi my name is ellen talbot. do maryland libraries still charge late fees?
l Hi Ellen! Many Maryland libraries have stopped, but not all. Which library do you use?
p i dont have one yet, just curious
l I'll send this to the coordinator who can tell you more.
""", "= policy none - default", op="hannah")
# Talbot is her surname, not her county.

mac("CAB-M317", "Kent", "kent.b@example.net", """
p hi this is kent. im trying to find my family in the 1870 census, the name was spelled different back then
l Hi Kent! Spelling variants are common. I'll pass this to a genealogy specialist who can help.
p thanks
""", "= research specialist - specialist", op="ruth")
# Kent is the patron's name, not Kent County.

mac("CAB-M318", None, "s.oduya@example.com", """
p is the new chris pratt movie out on dvd yet? i want to put it on hold
l Let me check. Which library do you use?
p cambridge
l Thanks, I'll have Dorchester County follow up about the hold.
""", "= circulation none DORCHESTER local", op="tobias")
# "Pratt" is the actor; Cambridge is the patron's library.

mac("CAB-M319", None, "qbarnes@example.org", """
p how do i attach a pdf to an email on my phone
l Which phone and which email app?
p android, gmail. where i am doesnt matter right
l Not at all! I'll have someone email you the steps with pictures.
""", "= other none - default", op="gwen")
# General technology help, no place named.

mac("CAB-M320", None, "ana.r@example.net", """
p all my holds disappeared from my account
l Oh no. What county are you in?
p talbot
l Thanks, I'll send this to Talbot County's library to check your account.
""", "= circulation none TALBOT local", op="hannah")

mac("CAB-M321", "Mike", "mbell@example.com", """
p im in berlin (the one in md lol). the hoopla app keeps crashing
l Ha! Sorry about that. Have you tried reinstalling it?
p yep
l I'll have your library follow up by email.
""", "= access none WORCESTER local", op="ruth")

mac("CAB-M322", None, "cora.b@example.net", """
p the librarian at the north east branch was rude to me yesterday when i asked for help with the copier
l I'm very sorry that happened. I'll pass your comments along.
p thank you
""", "= other none CECIL quality", op="ines")
# A complaint about a librarian with no question in it: category other, rule quality.

mac("CAB-M323", None, "d.spence@example.com", """
p i need articles on the civil war for my paper
l Sure, what's the focus of your paper?
p whatever just give me the articles already. are you even a real person or a bot
l I'm a real librarian. I'm happy to help if you tell me more.
p this is a waste of time, you people are useless
""", "= research none - quality", op="tobias")

mac("CAB-M324", None, "ralph.g@example.org", """
p can i renew my books
p hello?
s The patron has been disconnected.
p sorry got kicked out
l No problem! The chat keeps disconnecting, I'll report the problem. Which library?
p grantsville
s The patron has been disconnected.
l I'll have Garrett County renew them and email you.
""", "= circulation none GARRETT quality", op="gwen")

mac("CAB-M325", None, "", """
p how do i get a library card for my son
l Usually you bring ID and proof of address to any branch. What's your zip code?
p 21643
l Thanks! I'll have the Dorchester County library follow up. What's your email?
p dont have email
""", "- policy none DORCHESTER no-email", op="hannah")
# ZIP 21643 is Hurlock, Dorchester County.

mac("CAB-M326", None, "n/a", """
p can i renew my books over chat
l Which library are they from?
p rock hall
l I'll send your renewal request to Kent County.
""", "- circulation none KENT no-email", op="ruth")

mac("CAB-M327", "Vern", "none", """
p looking for books on raising meat chickens
l Fun! Which library do you use?
p pocomoke
l I'll have them email you a list. What's your email?
p v.tull@example.net
""", "v.tull@example.net research none WORCESTER local", op="tobias")
# The Email Address box holds "none": the address the patron typed is the one.

mac("CAB-M328", None, "gbrady@example.org", """
p i have low vision and cant see regular print anymore. does the cumberland library have large print books they can mail me
l I'm sorry to hear that. There's also a free talking book service for people with low vision. I'll send you both options.
p that would be great
""", "= policy print-disability ALLEGANY print-disability", op="ines")

mac("CAB-M329", None, "m.delgado@example.com", """
p i use a screen reader and the library ebook app is not reading the book buttons
l I'm sorry! Which app is it?
p libby on iphone with voiceover
l I'll send this to someone who can help with accessibility.
""", "= access print-disability - print-disability", op="gwen")

mac("CAB-M330", "Tanya", "tanya.w@example.net", """
p i need help with custody papers, my ex moved and wont let me see my kids
l I'm sorry. I can't give legal advice, but I can send you to the court's self-help center. Which county are you in?
p elkton
l I'll send this to a law librarian who can follow up.
""", "= research law CECIL law", op="hannah")

mac("CAB-M331", None, "joseph.n@example.org", """
p how do i get an old charge expunged? it was dismissed years ago
l The courts have an expungement form. I'll have a law librarian send details.
""", "= research law - law", op="tobias")

mac("CAB-M332", None, "e.park@example.com", """
p do you have old maps of the chesapeake bay from the 1700s
l Yes, there are some wonderful historic maps. I'll pass this to a maps specialist.
""", "= research specialist - specialist", op="ruth")
# Chesapeake Bay is the topic, not Chesapeake City or Chesapeake Beach.

mac("CAB-M333", None, "lou.k@example.net", """
p i live in york pa. my family had a farm near chestertown in the 1800s, where are the land records
l Land records for Kent County are at the state archives. I'll send this to a specialist.
""", "= research specialist - specialist", op="gwen")

mac("CAB-M334", "Sheila", "sheila.r@example.org", """
p im in trappe and want to trace my family back to the 1700s. where do i start
l Welcome to genealogy! A family history specialist can help. I'll have the Talbot County library email you.
""", "= research specialist TALBOT local", op="hannah")

mac("CAB-M335", None, "karen.h@example.com", """
p hi. quick question about the wye oak, how old was it when it fell
l About 460 years old! It fell in 2002.
p wow. also can i renew my books online? i use the centreville library
l You can, through your account. I'll have them email you the steps.
""", "= circulation none QUEENANNES local", op="tobias")

mac("CAB-M336", None, "maya.s@example.net", """
p need info on frederick douglass's early life for my sons school report
l Great topic! He was born in Talbot County. I'll send some kid-friendly sources.
""", "= research none - default", op="ruth")
# Frederick Douglass and Talbot County are the topic; the patron never says where she lives.

mac("CAB-M337", None, "bob.e@example.org", """
l Hi, I'm Hannah, I'm a librarian at Calvert Library. How can I help?
p can i donate books to the library
l Many libraries take donations. Which library do you use?
p not sure which is closest
l I'll send this to the coordinator.
""", "= policy none - default", op="hannah")
# The librarian's own library (Calvert) is not the patron's.

mac("CAB-M338", None, "gina.t@example.com", """
p i live in delmar, the delaware side. do you have an old recipe for scrapple
l Ha, a Delmarva classic! I'll find a few older cookbooks and send you recipes.
""", "= research none - default", op="gwen")
# Delmar spans the state line; the patron lives on the Delaware side and names no library.

mac("CAB-M339", None, "lizzie.c@example.net", """
p im at school in virginia but my home is salisbury. can i still use wicomico ebooks from here
l Yes, your card works anywhere. I'll have them check that your card is still active.
""", "= access none WICOMICO local", op="tobias")
# Away at school, home in Salisbury, and she names the Wicomico library: a librarian would send
# it home.

mac("CAB-M340", None, "rita.m@example.org", """
p when i asked about child support the last librarian said just google it and left
l I'm sorry. I'll report that. Where are you located?
p cambridge
l I'll send your question to a law librarian.
""", "= research law DORCHESTER quality", op="ruth")
# A complaint about a librarian and a law need: quality comes first.

mac("CAB-M341", None, "pat.y@example.com", """
p do you have any books on starting a vegetable garden
l Yes, lots! Where do you live?
p rising sun
l I'll have your library email you a list.
""", "= research none CECIL quality", op="gwen",
    comment="librarian was short with me and seemed annoyed the whole time")
# The complaint is only in the survey comment (the patron's words): quality.

mac("CAB-M342", None, "cruz.v@example.net", """
p can you get me a book from another library? i live in smithsburg
l Yes, through interlibrary loan. I'll send your request to Washington County.
p can you send it to my work email instead, cruz.v@example.org
""", "= access none WCFL local", op="hannah")
# The export's Email Address is an address: it wins over the one typed (rules.md section 5).

mac("CAB-M343", None, "", """
p can my teenager get her own library card, we live in chesapeake city
l Usually yes, with a parent's signature. I'll check with Cecil County. Email?
p dmiller@example.ogr
p sorry dmiller@example.org
""", "dmiller@example.org policy none CECIL local", op="tobias")

mac("CAB-M344", None, "", """
p i have a book thats overdue, i live in lonaconing. can i bring it back to the georges creek library
l Yes, you can return it at any branch. I'll let them know. What's your email?
p lisa at example dot net
""", "lisa@example.net circulation none ALLEGANY local", op="ines", written=True)

mac("CAB-M345", None, "tina.n@example.com", """
p is the salisbury library open on sunday
l Let me check... yes, 1 to 5.
p thanks!
""", op="hannah", status=ANS)

mac("CAB-M346", None, "", """
p hello?
""", op=None, status=LOST)

mac("CAB-M347", "Gus", "gus.h@example.org", """
p how do i get to the cumberland library from the bus station
l It's a short walk, about 5 minutes on Washington St.
p ty
""", op="ines", status=ANS)

mac("CAB-M348", None, "", """
p whats the state bird of maryland
l The Baltimore oriole!
""", op="gwen", status=ANS)

mac("CAB-M349", None, "jo.p@example.com", """
p hi
s The patron has left the chat.
""", op=None, status=LOST)

mac("CAB-M350", None, "", """
p whats the phone number for the easton library
l 410-555-0121
""", op="ruth", status=ANS)

mac("CAB-M351", None, "ken.l@example.net", """
p does the denton library have wifi
l Yes, free wifi, no password needed.
""", op="tobias", status=ANS)

mac("CAB-M352", None, "", """
p is there anyone there
""", op=None, status=LOST)

mac("CAB-M353", None, "", """
p can i print from my phone at the oakland library
l Yes, they have mobile printing. There's a link on their website.
p great
""", op="gwen", status=ANS)

mac("CAB-M354", "Hal", "", """
p how late is hagerstown open tonight
l Until 8 pm.
""", op="hannah", status=ANS)

mac("CAB-M355", None, "", """
p hi i need help
s The patron has been disconnected.
""", op=None, status=LOST)

mac("CAB-M356", None, "amy.d@example.org", """
p how many books can i check out at once in elkton
l It's 50 items per card.
p wow ok thanks
""", op="ines", status=ANS)

mac("CAB-M357", None, "", """
p whats a good book for a 10 year old who likes horses
l Try "Misty of Chincoteague"!
p perfect
""", op="ruth", status=ANS)

mac("CAB-M358", None, "410-555-0193", """
p hi is anyone on
""", op=None, status=LOST)

mac("CAB-M359", None, "will.f@example.com", """
p when is the next book sale at the chestertown library
l I don't see a date yet. Check their events page, or call them.
p ok
""", op="tobias", status=ANS)

mac("CAB-M360", None, "", """
p do libraries have tax forms
l Most branches do in the spring, and you can print them from the IRS site.
""", op="gwen", status=ANS)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def tags_of(c):
    """The tags cell: the chat's topics, then the follow-up code for a follow-up."""
    tags = [t for t in c["tags"].split(", ") if t]
    return ", ".join(tags + ([FU] if c["status"] == FU else []))


def iso_ny(t):
    """An instant as ISO 8601 in New York with its offset: 2026-09-14T10:05:12-04:00."""
    return t.astimezone(NY).isoformat(timespec="seconds")


def clock_h3(t):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M}{t:%p}"


SU_COLUMNS = ["id", "queue", "protocol", "guest", "operator", "started", "ended", "duration",
              "tags", "transcript"]


def su_row(c):
    lines = timed_lines(c, "ab")
    names = {"p": c["patron"], "l": c["lib"]}
    transcript = "\r".join(f"{clock_h3(t)} {names[code]}: {text}" for t, code, text in lines)
    start = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=25)
    return [c["cid"], SU_QUEUES[c["gateway"]],
            "sms" if c["gateway"] in ("twilio", "sms") else "web", c["patron"], c["lib"] or "",
            iso_ny(start), iso_ny(ended), str(int((ended - start).total_seconds())), tags_of(c),
            transcript]


def su_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(SU_COLUMNS)
    for c in by_start(chats):
        w.writerow(su_row(c))
    return buf.getvalue()


MAC_COLUMNS = ["Reference", "Date Started", "Time Started", "Account", "Screen Name",
               "Email Address", "Answered By", "Duration (min)", "Wrapup Code",
               "Opening Question", "Chat Transcript", "Survey Comments"]


def us_date(t, year4=True):
    """10/19/2026 (or 10/19/26), no leading zeros, as Excel shows a date."""
    return f"{t.month}/{t.day}/{t.year if year4 else t.year % 100:02d}"


def us_clock(t, seconds=True):
    """2:05:12 PM (or 2:05 PM)."""
    h = int(t.strftime("%I"))
    return f"{h}:{t:%M}:{t:%S} {t:%p}" if seconds else f"{h}:{t:%M} {t:%p}"


def excel_cell(v):
    """A cell as Excel writes it: quoted only when it holds a comma, a quote or a line break."""
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def mac_row(c):
    lines = timed_lines(c, "ab")
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    transcript = "\n".join(
        f"{us_date(t.astimezone(NY), False)}, {us_clock(t.astimezone(NY), False)} - "
        f"{names[code]}: {text}" for t, code, text in lines)
    start = local_start(c["start"])
    minutes = max(1, round((lines[-1][0] - start.astimezone(UTC)).total_seconds() / 60))
    first = next(text for code, text in lines_of(c) if code == "p")
    return [c["cid"], us_date(start), us_clock(start), MAC_ACCOUNT, c["patron"], c["email"],
            c["lib"] or "", str(minutes), c["status"], first, transcript, c["comment"]]


def mac_text(chats):
    rows = [MAC_COLUMNS] + [mac_row(c) for c in by_start(chats)]
    return "".join(",".join(excel_cell(v) for v in row) + "\r" for row in rows)


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("stevenson_h3lp", "csv", SU, su_text), ("statewide_mac", "csv", MAC, mac_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("ab", STYLES, by_start)


def part_dir(name):
    return "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "ab", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A typo that a later message corrects may stand in a transcript only with a top-level domain
# that does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".ogr", ".con")

DIRECTORY = directory_rows()
# Places patrons name that the directory does not list, as a librarian knows them.
EXTRA_PLACES = {"pocomoke": "WORCESTER"}
ZIPS = zip_counties()


def place_trace(lib, patron_text):
    """Whether the patron's words hold a trace of the public library `lib`: one of its names,
    aliases, towns or branches, its county's name, or a ZIP code of its county. A sanity check
    that a statewide chat's local library was labelled from the patron's words at all."""
    row = DIRECTORY[lib]
    words = [row["name"], row["county"], row["county"].replace(" County", "")]
    for column in ("aliases", "towns", "branches"):
        words += [w for w in row[column].split(";") if w]
    words += [w for w, id_ in EXTRA_PLACES.items() if id_ == lib]
    bare = lambda s: re.sub(r"[.']", "", s.lower())  # noqa: E731
    if any(w and bare(w) in bare(patron_text) for w in words):
        return True
    return any(ZIPS.get(z) == row["county"] for z in re.findall(r"\b\d{5}\b", patron_text))


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join([text for code, text in lines_of(c) if code == "p"]
                            + [c["comment"]]).lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    if c["style"] == "su" and local != SU_ORIGIN:
        bad(f"the origin account makes the local library {SU_ORIGIN}")
    if c["style"] == "mac" and local:
        if DIRECTORY[local]["kind"] != "public":
            bad(f"local library {local} is no public library")
        elif not place_trace(local, patron_text):
            bad(f"local library {local} has no trace in the patron's words")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


H3_LINE = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d(AM|PM) (\S+@[a-z.]+\.libraryh3lp\.com): (.*)$")
GUEST_RE = re.compile(r"^([0-9a-f]{24}@web(\.ca)?|\+1\d{3}555\d{4}@(twilio|sms))\.libraryh3lp\.com$")
ISO_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[45]:00$")
MAC_LINE = re.compile(r"^(1[0-2]|[1-9])/([1-9]|[12]\d|3[01])/\d\d, (1[0-2]|[1-9]):[0-5]\d (AM|PM)"
                      r" - ([^:]+): (.*)$")
MAC_DATE = re.compile(r"^(1[0-2]|[1-9])/([1-9]|[12]\d|3[01])/20\d\d$")
MAC_TIME = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d:[0-5]\d (AM|PM)$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"."""
    raw = (HERE / part_dir(name) / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "stevenson_h3lp":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if rows[0] != SU_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(SU_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(SU_COLUMNS, r))
            cid, guest, op = rec["id"], rec["guest"], rec["operator"]
            if not GUEST_RE.match(guest):
                raise ValueError(f"{cid}: guest {guest!r}")
            if op and not re.match(r"^[a-z]+@chat\.libraryh3lp\.com$", op):
                raise ValueError(f"{cid}: operator {op!r}")
            sms = "@twilio." in guest or "@sms." in guest
            if rec["protocol"] != ("sms" if sms else "web") or \
                    rec["queue"] != ("stevenson-sms" if sms else "stevenson-library"):
                raise ValueError(f"{cid}: protocol {rec['protocol']} on queue {rec['queue']}")
            for key in ("started", "ended"):
                if not ISO_RE.match(rec[key]):
                    raise ValueError(f"{cid}: {key} {rec[key]!r}")
            started = datetime.fromisoformat(rec["started"])
            ended = datetime.fromisoformat(rec["ended"])
            if started.utcoffset() != started.astimezone(NY).utcoffset() or ended <= started:
                raise ValueError(f"{cid}: started {rec['started']}, ended {rec['ended']}")
            if int(rec["duration"]) != int((ended - started).total_seconds()):
                raise ValueError(f"{cid}: duration {rec['duration']}")
            if "\n" in rec["transcript"]:
                raise ValueError(f"{cid}: a line feed in the transcript")
            lines = []
            for piece in rec["transcript"].split("\r"):
                m = H3_LINE.match(piece)
                if not m or m.group(3) not in (guest, op):
                    raise ValueError(f"{cid}: line {piece[:50]!r}")
                lines.append((m.group(3), m.group(4)))
            out.append({"id": cid, "patron": guest, "email": None, "lines": lines,
                        "tags": rec["tags"], "resolution": None, "comment": ""})
        if not text.endswith("\r\n"):
            raise ValueError("the last row has no CRLF")
        return out
    if not text.isascii():
        raise ValueError("a character beyond ASCII")
    if "\r\n" in text or not text.endswith("\r"):
        raise ValueError("rows must end in a carriage return alone")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if text.count("\r") != len(rows):
        raise ValueError("a carriage return that ends no row")
    if rows[0] != MAC_COLUMNS:
        raise ValueError(f"header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(MAC_COLUMNS):
            raise ValueError(f"{r[0]}: {len(r)} cells")
        rec = dict(zip(MAC_COLUMNS, r))
        cid, patron, staff = rec["Reference"], rec["Screen Name"], rec["Answered By"]
        if not MAC_DATE.match(rec["Date Started"]) or not MAC_TIME.match(rec["Time Started"]):
            raise ValueError(f"{cid}: started {rec['Date Started']} {rec['Time Started']}")
        day = datetime.strptime(rec["Date Started"], "%m/%d/%Y")
        if rec["Account"] != MAC_ACCOUNT:
            raise ValueError(f"{cid}: account {rec['Account']!r}")
        if staff and staff not in MAC_STAFF.values():
            raise ValueError(f"{cid}: answered by {staff!r}")
        lines = []
        for piece in rec["Chat Transcript"].split("\n"):
            m = MAC_LINE.match(piece)
            if not m or m.group(5) not in (patron, staff or patron, "System"):
                raise ValueError(f"{cid}: line {piece[:50]!r}")
            when = datetime.strptime(piece.split(",")[0], "%m/%d/%y")
            if not timedelta(0) <= when - day <= timedelta(days=1):
                raise ValueError(f"{cid}: a message dated {when:%Y-%m-%d}, the chat {day:%Y-%m-%d}")
            lines.append((m.group(5), m.group(6)))
        first = next(t for who, t in lines if who == patron)
        if first != rec["Opening Question"]:
            raise ValueError(f"{cid}: the opening question is not the first patron message")
        out.append({"id": cid, "patron": patron, "email": rec["Email Address"], "lines": lines,
                    "tags": "", "resolution": rec["Wrapup Code"],
                    "comment": rec["Survey Comments"]})
    return out


def own_checks(r, c):
    """The style's own comparisons of a record read back with its chat."""
    out = []
    if c["style"] == "su":
        if (FU in [t.strip() for t in r["tags"].split(",")]) != (c["status"] == FU):
            out.append("the follow-up tag does not read back")
    else:
        if r["resolution"] != c["status"]:
            out.append("the wrapup code does not read back")
        if r["comment"] != c["comment"]:
            out.append("the survey comment does not read back")
    return out


def check_all():
    problems = []
    chats = SU + MAC
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen or not cid.startswith("CAB-"):
            problems.append(f"{cid}: duplicate chat id or without the CAB- prefix")
        seen.add(cid)
        start = local_start(c["start"])
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes or (c["style"] == "su" and (codes[0] != "p" or "s" in codes)):
            problems.append(f"{cid}: the patron must speak (first, and no system lines, in "
                            "LibraryH3lp)")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        texts = [text for _, text in lines_of(c)] + [c["email"] or "", c["comment"]]
        for text in texts:
            if "\r" in text or "\n" in text or "\t" in text:
                problems.append(f"{cid}: a line break or tab inside a message")
            if not text.isascii():
                problems.append(f"{cid}: a character beyond ASCII")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for exchange in PHONE_RE.findall(text):
                if exchange != "555":
                    problems.append(f"{cid}: a phone number that is not a 555 number")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, StopIteration, csv.Error),
                                   check_label, extra=own_checks)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", SU + MAC), ("stevenson_h3lp", SU), ("statewide_mac", MAC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", SU + MAC))
    sms_n = sum(1 for c in SU if c["label"] and c["gateway"] in ("twilio", "sms"))
    empty = sum(1 for c in MAC if c["label"] and not is_address((c["email"] or "").lower()))
    return labels_table(cols, SU + MAC,
                        f"SMS chats among the labelled rows: {sms_n}. Labelled statewide chats "
                        f"whose Email Address box holds no address: {empty}.\n")


if __name__ == "__main__":
    sys.exit(main("ab_build", all_texts, check_all, counts))
