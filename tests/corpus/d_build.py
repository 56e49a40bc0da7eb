#!/usr/bin/env python3
"""Writes and checks the "d" part of aun's labelled corpus (d1 in train/, d2 in heldout/).

Every conversation below is invented: made-up patrons, example or invented mailboxes, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on it:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"

EMAIL "=" means the export's e-mail field (lower-cased), "-" means empty; `written=True` marks a
chat whose labelled address is not in the transcript as typed (written out with "dot" and "at",
"(at)", or corrected by the patron retyping only part of it). Chats whose resolution is not
"Follow Up By Patron Library" carry no label and get no labels row.

Transcript notation, one message a line: `p` patron, `l` librarian, `m` a second librarian (after
a transfer), `s` a system line.

Two export styles, each split in two halves with the same mix (d1: development, d2: held out):
  dN_libchat.csv  an academic library's LibChat-style CSV: `ID`, `Created` (ISO date and time
                  without offset, civil time in New York), `Department` (the origin account),
                  `Guest`, `Email`, `Initial Question`, `Answerer`, `Wait`, `Duration`, `Rating`,
                  `Outcome`, `Transcript`; transcript lines `[14:22:09] Name: text` (24-hour clock,
                  in brackets), joined by `\\n`; CRLF between records.
  dN_h3lp.tsv     a LibraryH3lp-style tab-separated export: `Conversation ID`, `Started`
                  (`3/4/2026 2:22:09 PM`, civil time in New York), `Queue` (the origin account),
                  `Guest` (the guest's JID), `Operator`, `Email Address`, `Status`, `Tags`,
                  `Transcript` (`5:26PM jid: text` lines joined by `\\n`, or in some chats by a
                  carriage return alone); fields holding a tab, quote or line end are quoted.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then d1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/d_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/d_build.py --check   (writes nothing: fails when a file
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
    EMAIL_RE,
    check_labels_file, half_of, label_row_with_destination, labels_csv, labels_table, main,
    read_text, readme_with_counts, rule_problems, tally_lines, vocabulary_problems,
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
MONT = "Montgomery County Public Libraries"
AACO = "Anne Arundel County Public Library"
CARROLL = "Carroll County Public Library"
PG = "Prince George's County Memorial Library System"
HARF = "Harford County Public Library"
CALV = "Calvert Library"
FRED = "Frederick County Public Libraries"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", MONT: "MCPL", AACO: "AACPL", CARROLL: "CARROLL",
    PG: "PGCMLS", HARF: "HARFORD", CALV: "CALVERT", FRED: "FCPL",
}

LC = []  # LibChat-style chats (academic queues mostly)
H3 = []  # LibraryH3lp-style chats (public queues mostly)


def lc(cid, start, dept, guest, email, q, t, label=None, lib="Megan", lib2=None,
       status=FU, written=False, rating=""):
    LC.append(dict(cid=cid, start=start, origin=dept, patron=guest, email=email, q=q, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written,
                   rating=rating, cr=False))


def h3(cid, start, queue, guest, email, t, label=None, lib="kim@chat.libraryh3lp.com",
       lib2=None, status=FU, written=False, cr=False, tags=()):
    H3.append(dict(cid=cid, start=start, origin=queue, patron=guest, email=email, q="", t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written, cr=cr,
                   tags=list(tags)))


# ---------------------------------------------------------------------------------------------
# LibChat-style chats (dN_libchat.csv)
# ---------------------------------------------------------------------------------------------

lc("CD-L3001", "2026-02-10 13:41:07", TOWSON, "Guest 4471", "MLopez12@students.towson.example.edu",
   "cant get full text", lib="Megan", t="""
p hi i need the full text of Social media use and loneliness in college students
p its from 2021, journal of american college health
l Hi! Let me check our holdings for that journal.
l We only have it up to 2019 online. I can start an interlibrary loan request for you, usually takes 2-3 days
p yes pls i have no idea how to do that
l No problem, I'll pass it to our ILL staff and they'll email you the pdf.
p ty!!
""", label="= access none TOWSON local TOWSON")

lc("CD-L3002", "2026-03-03 20:12:44", UMBC, "Guest 9012", "",
   "login loop", lib="Raj", t="""
p off campus and it keeps looping back to the myumbc login page
p tried chrome firefox and edge
l Hi, sorry about that. Which database are you trying to open?
p proquest. ebsco too
l Thanks. I'll report this to our e-resources librarian. What email should they use?
p jpark7@umbc.example.edu
l Got it, someone will be in touch.
""", label="jpark7@umbc.example.edu access none UMBC local UMBC")

lc("CD-L3003", "2026-04-14 15:05:19", STEV, "Guest 2210", "",
   "ebook download limit", lib="Tasha", t="""
p ebook says ive reached the download limit?? i only downloaded 2 chapters
l Some publishers limit how many pages one person can download. Which book is it?
p the pharmacology one for NURS 210
l I'll have our e-resources librarian look at it. Can I get an email address for you?
p nah ill just come by the library tmrw
l OK! The desk is open until 10.
""", label="- access none STEVENSON no-email -")

lc("CD-L3004", "2026-01-27 11:18:02", FROST, "kbrennan", "kbrennan@frostburg.example.edu",
   "ILL status", lib="Dave", t="""
p hey i requested a book thru ILL like 3 weeks ago and havent heard anything
l Hi! Do you remember the title?
p the sociology of appalachia or something like that, by a guy named lewis
l I don't see it in the system from here. I'll check with our ILL coordinator and have her email you.
p ok thx
""", label="= access none FSU local FSU")

lc("CD-L3005", "2026-02-02 19:47:31", AACC, "Guest 7781", "tdavis.aacc@example.com",
   "jstor", lib="Lynn", t="""
p jstor says i dont have access?? im trying from home
l Are you going in through the library website or straight to jstor.org?
p straight to jstor
l Try the link on our databases page, it signs you in through the library.
p still says no access. when i do institution login AACC isnt even in the list
l Hmm. I'll send this to our systems librarian so they can check the setup and email you.
""", label="= access none AACC local AACC")

lc("CD-L3006", "2026-03-19 22:03:55", TOWSON, "Guest 3306", "",
   "pdf", lib="Megan", t="""
p this is the 3rd time ive been disconnected from this chat
p im just trying to get a pdf of an article
l I'm so sorry about that! I'll report the connection problem to our IT folks. What's the article?
p climate anxiety in adolescents, lancet 2023. email is rsmall2@students.towson.example.edu in case it drops again
l Thanks, I'll make sure someone sends it.
""", label="rsmall2@students.towson.example.edu access none TOWSON quality QC")

lc("CD-L3007", "2026-04-06 14:30:12", UMBC, "Guest 5150", "aokoro@umbc.example.edu",
   "maryland cases", lib="Raj", t="""
p for my sociology paper i need actual maryland court cases about juvenile records being expunged
l Good topic! Case law is something our law library partners are best at, since we don't have a law library at UMBC.
l I'll have a law librarian follow up with you on where to find the cases.
p perfect thanks
""", label="= research law UMBC law MSLL")

lc("CD-L3008", "2026-09-15 10:22:40", STEV, "Guest 6620", "bcollins@stevenson.example.edu",
   "textbook format", lib="Tasha", t="""
p hi, im registered with disability services. i have low vision and need my history textbook in a format my screen reader can use
p the ebook version on the publisher site doesnt work with jaws at all
l Thanks for letting me know. There are accessible versions for students who qualify, and I'll pass this on so someone can work with you on getting one.
p thank you
""", label="= access print-disability STEVENSON print-disability LBPH")

lc("CD-L3009", "2026-10-08 16:14:09", FROST, "Guest 1922", "abauer@frostburg.example.edu",
   "1922 strike", lib="Dave", t="""
p im doing a project on the 1922 coal strike in the georges creek valley
p are there primary sources anywhere, like old newspapers or union records
l Great topic. Our special collections has some local newspapers on microfilm, and there may be more in the regional archives.
l I'll have our special collections librarian email you with what we have.
p awesome
""", label="= research specialist FSU local FSU")

lc("CD-L3010", "2026-05-11 15:52:33", AACC, "Guest 4090", "jmorales@example.net",
   "laptop", lib="Lynn", t="""
p can i renew the laptop i borrowed, its due today and i have a final tomorrow
l I can't renew equipment from chat, but I'll ask circulation to email you today.
p ok pls hurry lol
""", label="= circulation none AACC local AACC")

lc("CD-L3011", "2026-06-02 12:08:15", TOWSON, "cwhite", "cwhite.alum@example.com",
   "alumni", lib="Megan", t="""
p i graduated last may, do alumni still get to use the databases from home?
l Congrats! Alumni access depends on each database's license. I'll have someone confirm which ones you can use.
p thanks
""", label="= policy none TOWSON local TOWSON")

lc("CD-L3012", "2026-02-24 13:11:48", UMBC, "Guest 3187", "",
   "printer", lib="Raj", t="""
p the printer on the 2nd floor ate my money and didnt print anything
p like 4 dollars
l Sorry! I'll let the staff who handle the printers know so they can refund you. Can I get your email?
p hbui3 at umbc dot example dot edu
l Thanks!
""", label="hbui3@umbc.example.edu other none UMBC local UMBC", written=True)

lc("CD-L3013", "2026-03-25 21:26:30", STEV, "Guest 8802", "rgupta@stevenson.example.edu",
   "apa", lib="Kelsey (24/7 Cooperative)", t="""
p how do i cite a youtube video in apa 7
p and what if theres no date on it
l Hi, I'm Kelsey, a librarian with a 24/7 cooperative helping tonight. APA uses (n.d.) when there's no date.
l I'll have a Stevenson librarian send you their citation guide too.
p ok
""", label="= research none STEVENSON local STEVENSON")

lc("CD-L3014", "2026-08-31 09:40:03", TOWSON, "Guest 2741", "lgrant5@students.towson.example.edu",
   "hold on account", lib="Megan", t="""
p my account says i have a hold and i cant register for classes. it says library fine
p but i returned that book in march
l I'm sorry about that. I'll pass it to circulation to check the return and clear it if it was returned.
p thank u
""", label="= circulation none TOWSON local TOWSON")

lc("CD-L3015", "2026-04-20 18:33:27", AUN, "Guest 1148", "",
   "article", lib="Sam", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p hi im a grad student at umbc but im on my phone on the askusnow site
p need the full text of a 2019 article in american sociological review, the link wants me to pay
l I'll pass this along to the UMBC librarians so they can get you the article. What's your email?
p nwashington@umbc.example.edu
""", label="nwashington@umbc.example.edu access none UMBC local UMBC")

lc("CD-L3016", "2026-07-07 14:55:41", AUN, "Guest 6006", "tquinn@example.com",
   "databases", lib="Sam", t="""
p i take online classes through a university in arizona but i live in texas
p can i get articles from your databases
l AskUsNow! is for Maryland residents and students, but I'll have someone check if there's a way we can help.
p ok
""", label="= policy none - default AUN")

lc("CD-L3017", "2026-10-19 20:09:12", FROST, "Guest 3330", "dmiller@frostburg.example.edu",
   "vpn", lib="Dave", t="""
p do i need the vpn to get into ebsco from home
l No, the library's links should work without it.
p well it doesnt work without it and the vpn wont install on my mac
l I'll have our e-resources person contact you to sort it out.
""", label="= access none FSU local FSU")

lc("CD-L3018", "2026-11-03 11:44:50", UMBC, "sahmed4", "sahmed4@umbc.example.edu",
   "ebook in use", lib="Raj", t="""
p the ebook for my class only lets 1 person read it at a time and its been in use for 3 days
p the whole class needs it lol
l Ugh, single-user licenses. I'll ask our acquisitions librarian if we can upgrade it and email you.
""", label="= access none UMBC local UMBC")

lc("CD-L3019", "2026-09-29 15:17:36", TOWSON, "Guest 7719", "ekim22@students.towson.example.edu",
   "unhelpful", lib="Chris", t="""
p the last librarian i talked to here told me to just google it and then ended the chat. really unhelpful
l I'm sorry that happened. I'll pass your feedback on.
p i still need sources on food deserts in baltimore for my urban studies paper
l Let's start with that, and someone will follow up with more.
""", label="= research none TOWSON quality QC")

lc("CD-L3020", "2026-02-17 10:33:21", AACC, "Guest 5402", "mthompson@example.org",
   "audio textbooks", lib="Lynn", t="""
p i have dyslexia and my professor said there are audio versions of textbooks for students like me
p how do i get that and do i qualify
l Yes, there are programs for that. I'll pass your question to the people who handle it so they can email you the details.
""", label="= policy print-disability AACC print-disability LBPH")

lc("CD-L3021", "2026-06-23 13:02:58", STEV, "Guest 9981", "",
   "thesis", lib="Tasha", t="""
p can you get me a masters thesis from another university? its not online anywhere
l We can usually request those through interlibrary loan. What's your email so our ILL staff can follow up?
p kfoster@stevneson.example.edu
p oops kfoster@stevenson.example.edu
l Got it.
""", label="kfoster@stevenson.example.edu access none STEVENSON local STEVENSON")

lc("CD-L3022", "2026-03-11 16:40:06", TOWSON, "Guest 1204", "jreyes9@students.towson.example.edu",
   "legally blonde", lib="Megan", t="""
p is legally blonde on dvd in the library? i need it for my film studies class by friday
l Our copy is checked out, but I'll ask circulation to put a hold on it for you.
p ok thanks
""", label="= circulation none TOWSON local TOWSON")

lc("CD-L3023", "2026-01-21 19:25:44", UMBC, "Guest 4416", "lchen@umbc.example.edu",
   "waitlist", lib="Raj", t="""
p the body keeps the score ebook has a waitlist of 6, any way to get it faster for my psych class
l I'll check whether we can buy more copies and have someone email you.
""", label="= access none UMBC local UMBC")

lc("CD-L3024", "2026-05-04 12:19:27", FROST, "Guest 2020", "",
   "account", lib="Dave", t="""
p cant log into my library account, it says invalid barcode
l Sorry about that. I'll have circulation look at your record. What's a good email?
p no thanks ill just call
l Sure, the number is on our website.
""", label="- circulation none FSU no-email -")

lc("CD-L3025", "2026-10-27 17:48:01", AACC, "Guest 8123", "pnguyen.rn@example.com",
   "sources", lib="Lynn", t="""
p need 5 peer reviewed sources on nurse burnout since 2019
p my prof said no websites
l CINAHL is a good place to start. I'll have a librarian email you a few search strategies and articles.
""", label="= research none AACC local AACC")

lc("CD-L3026", "2026-04-01 14:14:14", TOWSON, "Kent Howard", "khoward3@students.towson.example.edu",
   "naxos", lib="Megan", t="""
p this is kent howard, i need the naxos music library for music history but it says the account limit is reached
l Naxos only allows a few people at once. I'll ask our music librarian about it.
""", label="= access none TOWSON local TOWSON")

lc("CD-L3027", "2026-08-25 21:05:39", STEV, "Guest 3140", "vortiz@stevenson.example.edu",
   "paywall", lib="Kelsey (24/7 Cooperative)", t="""
p the link in my syllabus is https://medium.com/@stevensonlib/finding-sources and it says members only
p can the library get me past that
l I'm with a 24/7 cooperative, so I can't see your course. I'll send this to Stevenson's librarians to email you.
""", label="= access none STEVENSON local STEVENSON")

lc("CD-L3028", "2026-02-05 02:11:58", UMBC, "Guest 7070", "ojohnson@umbc.example.edu",
   "session expired", lib="Kelsey (24/7 Cooperative)", t="""
p its 2am and the proxy says your session has expired every time i click a pdf
l Hi, I'm a librarian with a 24/7 cooperative. Does it happen in a private window?
p yes
l I'll pass this on to UMBC so they can check your access.
""", label="= access none UMBC local UMBC")

lc("CD-L3029", "2026-03-30 15:36:22", AUN, "Guest 5565", "hzimmerman@example.com",
   "renew", lib="Sam", t="""
p hi im a student at frostburg state and i need to renew 2 books that are due friday
l Hi! I can't renew from here, but I'll send it to Frostburg's library so they can help.
""", label="= circulation none FSU local FSU")

lc("CD-L3030", "2026-06-16 11:27:45", AUN, "Guest 3030", "pmorgan55@example.net",
   "university library", lib="Sam", t="""
p i live in towson but im not a student. can i use the university library there
l Many university libraries let visitors in. I'll have someone look into Towson University's visitor policy and email you.
""", label="= policy none BCPL local BCPL")

lc("CD-L3031", "2026-09-09 14:03:17", TOWSON, "Guest 6681", "n/a",
   "psycinfo", lib="Chris", t="""
p psycinfo keeps giving me an error 403
l Which browser are you using?
p safari
l Try Chrome? If that doesn't work someone can email you.
p i dont really check email
""", label="- access none TOWSON no-email -")

lc("CD-L3032", "2026-11-10 19:55:30", FROST, "Guest 4545", "rwilson@frostburg.example.edu",
   "froze", lib="Dave", t="""
p the chat froze and my messages didnt send the last two times
p anyway i cant get into academic search complete
l Sorry about the chat! I'll report that. And I'll have our e-resources person check your access.
""", label="= access none FSU quality QC")

lc("CD-L3033", "2026-01-13 10:50:40", AACC, "Guest 1987", "gsmith@example.com",
   "old article", lib="Lynn", t="""
p can i get an article thru ill if its from 1987
l Yes, older articles are fine. I'll have our ILL staff follow up.
""", label="= access none AACC local AACC")

lc("CD-L3034", "2026-07-21 16:21:09", UMBC, "Guest 8484", "mdiallo@umbc.example.edu",
   "grad borrowing", lib="Raj", t="""
p how many books can grad students check out and for how long
l I believe it's a semester loan, but I'll have circulation confirm the limits.
""", label="= policy none UMBC local UMBC")

lc("CD-L3035", "2026-10-01 13:13:13", STEV, "Guest 2727", "tbrooks@stevenson.example.edu",
   "wifi", lib="Tasha", t="""
p wifi keeps dropping on the 3rd floor of the library, eduroam
p my laptop is fine everywhere else
l Thanks for telling us. I'll pass it to our tech staff.
""", label="= other none STEVENSON local STEVENSON")

lc("CD-L3036", "2026-04-28 14:44:10", TOWSON, "Guest 1870", "shall4@students.towson.example.edu",
   "old maps", lib="Megan", t="""
p looking for old maps of towson from the 1870s for my history class
l Fun! Our special collections and the historical society may have some. I'll ask our archivist to email you.
""", label="= research specialist TOWSON local TOWSON")

lc("CD-L3037", "2026-05-19 20:37:52", AUN, "Guest 4242", "",
   "penn state", lib="Sam", t="""
p hi, im a penn state student, i live in york pa. i cant get an article through our library
p my email is rkline(at)example(dot)com
l Thanks. I'll have someone follow up with you.
""", label="rkline@example.com access none - default AUN", written=True)

lc("CD-L3038", "2026-08-18 12:33:25", UMBC, "Guest 5858", "tmensah@umbc.example.edu",
   "deposit", lib="Raj", t="""
p my landlord in arbutus is keeping my whole security deposit and wont say why
p does the school have anything that can help with that
l That's a legal question, I'll have a law librarian follow up with resources on security deposits.
""", label="= research law UMBC law MSLL")

lc("CD-L3039", "2026-11-17 15:08:59", AACC, "Guest 6060", "blee@example.org",
   "ebook pdf", lib="Lynn", t="""
p how do i download the whole ebook as a pdf, it only lets me print like 60 pages
l That's the publisher's limit. I'll ask our e-resources librarian if there's another way.
""", label="= access none AACC local AACC")

lc("CD-L3040", "2026-12-01 11:11:11", FROST, "Guest 3434", "cyoung@frostburg.example.edu",
   "lost book", lib="Dave", t="""
p i lost a library book, how much do i owe and can i just buy a new copy
l I'll have circulation email you what the replacement options are for your account.
""", label="= circulation none FSU local FSU")

lc("CD-L3041", "2026-02-12 13:25:05", TOWSON, "Guest 2525", "", "hours", lib="Megan",
   status="Answered", t="""
p what time does the library close tonight
l We're open until midnight tonight.
p thx
""")

lc("CD-L3042", "2026-03-05 09:15:45", UMBC, "Guest 9090", "", "hello", lib="Raj",
   status="Lost Call", t="""
p hello?
s Guest 9090 has left the chat
""")

lc("CD-L3043", "2026-09-22 18:02:31", STEV, "Guest 1701", "", "scanner", lib="Tasha",
   status="Answered", t="""
p where is the scanner
l First floor next to the printers.
""")

lc("CD-L3044", "2026-10-13 22:40:17", AACC, "Guest 6464", "", "login", lib="Kelsey (24/7 Cooperative)",
   status="Lost Call", t="""
p cant log in
s Guest 6464 has left the chat
""")


lc("CD-L3045", "2026-01-30 14:20:18", TOWSON, "Guest 5811", "acarter@students.towson.example.edu",
   "doi", lib="Chris", t="""
p how do i get this https://doi.example.org/10.1177/0042098020912345
p it says request via illiad
l That means we don't have it, so it goes through interlibrary loan. I'll have ILL staff help you with the request.
p ok
""", label="= access none TOWSON local TOWSON")

lc("CD-L3046", "2026-02-23 21:50:09", UMBC, "Guest 3388", "kosei@umbc.example.edu",
   "ieee", lib="Kelsey (24/7 Cooperative)", t="""
p ieee xplore wont let me download, says sign in to your organization
p i did sign in??
l I'm with the 24/7 cooperative tonight. I'll pass this on to UMBC's e-resources staff to email you.
""", label="= access none UMBC local UMBC")

lc("CD-L3047", "2026-03-09 12:31:44", STEV, "Guest 7212", "mcole@stevenson.example.edu",
   "late", lib="Tasha", t="""
p i have the calc reserve book and forgot to return it, its 2 days late. am i getting charged
l Let me have the circulation desk check your account and email you.
p ok sorry
""", label="= circulation none STEVENSON local STEVENSON")

lc("CD-L3048", "2026-04-13 10:06:27", FROST, "Guest 8008", "lkeller@example.com",
   "community", lib="Dave", t="""
p can people who arent students borrow books from the ort library? i live nearby
l Community members can get a borrower card. I'll have circulation email the details.
""", label="= policy none FSU local FSU")

lc("CD-L3049", "2026-05-05 16:49:58", AACC, "Guest 3456", "dgreen@example.net",
   "scholarly", lib="Lynn", t="""
p whats the difference between scholarly and popular sources, my prof wants 3 scholarly ones
p topic is social media and elections
l Scholarly sources are written by experts and usually peer reviewed. I'll have a librarian email you a guide and some starting articles.
""", label="= research none AACC local AACC")

lc("CD-L3050", "2026-06-01 13:28:30", TOWSON, "Guest 6102", "none",
   "opioid stats", lib="Megan", t="""
p need stats on opioid overdoses in maryland by county for 2020-2024
l The state health department publishes those. Want me to have someone email you more?
p no im good, ill look there
""", label="- research none TOWSON no-email -")

lc("CD-L3051", "2026-07-15 19:12:05", UMBC, "Guest 4017", "",
   "left", lib="Raj", t="""
p the librarian before you kept typing hello? and then just left while i was typing
p anyway i need a book that we dont have, can i get it from another school
l Sorry about that, I'll pass it on. Yes, we can borrow it. What's your email?
p fmoreno@umbc.example.edu
""", label="fmoreno@umbc.example.edu access none UMBC quality QC")

lc("CD-L3052", "2026-08-04 15:57:16", STEV, "Guest 2902", "hwatts@stevenson.example.edu",
   "statute", lib="Tasha", t="""
p im doing a paralegal certificate and have to find the maryland statute about what makes a will valid
l That's a good one for a law librarian. I'll have one follow up with you.
""", label="= research law STEVENSON law MSLL")

lc("CD-L3053", "2026-09-01 11:39:40", FROST, "Guest 1111", "jkline@frostburg.example.edu",
   "braille", lib="Dave", t="""
p my roommate is blind and needs her chem textbook in braille, she asked me to ask
l Thanks for asking for her. I'll pass this to the people who handle braille and accessible formats.
""", label="= access print-disability FSU print-disability LBPH")

lc("CD-L3054", "2026-10-06 14:02:37", AACC, "Guest 9191", "rhall@example.com",
   "kanopy", lib="Lynn", t="""
p kanopy says my school doesnt subscribe?? my teacher assigned a film on it
l We do have Kanopy, but maybe not that title. I'll have our media librarian check and email you.
""", label="= access none AACC local AACC")

lc("CD-L3055", "2026-11-09 10:44:21", TOWSON, "tnguyen22", "",
   "chapter", lib="Chris", t="""
p can i get a scan of one chapter from a book the library has only in print
p im student teaching and cant come in
l Yes, we have a scanning service. What email should I give them?
p tnguyen22@students.towson.example.edu
""", label="tnguyen22@students.towson.example.edu access none TOWSON local TOWSON")

lc("CD-L3056", "2026-12-02 09:55:50", UMBC, "Guest 6230", "pbrooks@umbc.example.edu",
   "charger", lib="Raj", t="""
p i need to return the laptop charger i borrowed but im home for break till jan
l I'll have circulation email you about extending it.
""", label="= circulation none UMBC local UMBC")

lc("CD-L3057", "2026-01-19 22:17:33", STEV, "Guest 5050", "slong@stevenson.example.edu",
   "spinning", lib="Kelsey (24/7 Cooperative)", t="""
p ebook chapter just keeps spinning and never loads. its in ebook central
l Thanks, I'll pass this along to the Stevenson library so they can check the link.
""", label="= access none STEVENSON local STEVENSON")

lc("CD-L3058", "2026-02-09 15:33:48", AUN, "Guest 7324", "",
   "calculator", lib="Sam", t="""
p im taking a class at anne arundel community college this semester
p can i borrow a graphing calculator from the library there
l I'll send your question to their library. Email?
p ltran.student@example.com
""", label="ltran.student@example.com circulation none AACC local AACC")

lc("CD-L3059", "2026-03-16 18:41:12", AUN, "Guest 8802", "",
   "nova", lib="Sam", t="""
p i go to northern virginia community college but im visiting my aunt in md
p the article i need wants 40 dollars
l Your own college library should be able to get it for you. I'll have someone follow up.
p jpham at example dot net
""", label="jpham@example.net access none - default AUN", written=True)

lc("CD-L3060", "2026-04-27 13:09:05", TOWSON, "Guest 1963", "vmarsh@example.com",
   "yearbooks", lib="Megan", t="""
p are there towson yearbooks from the 1960s online? trying to find my grandmothers photo
l Our special collections has them. I'll ask the archivist to email you.
""", label="= research specialist TOWSON local TOWSON")

lc("CD-L3061", "2026-05-18 12:12:49", FROST, "Guest 2277", "tkelly@frostburg.example.edu",
   "dog", lib="Dave", t="""
p can i bring my dog into the library? shes not a service dog
l I'll have someone confirm the policy and email you.
""", label="= policy none FSU local FSU")

lc("CD-L3062", "2026-06-22 10:28:36", AACC, "Guest 4848", "nowens@example.com",
   "airpods", lib="Lynn", t="""
p i lost my airpods in the library yesterday, did anyone turn them in
l I'll ask the front desk and have them email you.
""", label="= other none AACC local AACC")

lc("CD-L3063", "2026-07-27 20:53:11", UMBC, "Guest 3737", "wcho@umbc.example.edu",
   "pay", lib="Raj", t="""
p it says i have to pay 35 dollars to read this. im a student here
p its from the journal of urban health
l You shouldn't have to pay. I'll have someone check our access and email you the article.
""", label="= access none UMBC local UMBC")

lc("CD-L3064", "2026-08-17 14:38:22", STEV, "Guest 1515", "dprice@stevenson.example.edu",
   "crashed", lib="Tasha", t="""
p sorry if im repeating, the chat crashed before
l No worries, sorry it crashed! I'll report it. What did you need?
p the ebook for psych 101 says no copies available
l I'll have our e-resources librarian look at it.
""", label="= access none STEVENSON quality QC")

lc("CD-L3065", "2026-09-08 23:46:04", TOWSON, "Guest 9393", "bking7@students.towson.example.edu",
   "openathens", lib="Kelsey (24/7 Cooperative)", t="""
p openathens asks for my netid then says error something went wrong
l I'm with a 24/7 cooperative, I'll pass it on to Towson's e-resources staff.
""", label="= access none TOWSON local TOWSON")

lc("CD-L3066", "2026-10-14 11:21:26", FROST, "Guest 1900", "amason@frostburg.example.edu",
   "population", lib="Dave", t="""
p i need the population of frostburg in 1900 and 1950 for a paper
l The census has those. I'll have a librarian email you the tables.
""", label="= research none FSU local FSU")

lc("CD-L3067", "2026-11-23 13:57:57", AACC, "Guest 7700", "jwest@example.com",
   "court case", lib="Lynn", t="""
p my criminal justice class wants a summary of a maryland court of appeals case, how do i find it
l For court opinions a law librarian is best. I'll have one follow up with you.
""", label="= research law AACC law MSLL")

lc("CD-L3068", "2026-01-06 16:46:35", UMBC, "Guest 2611", "",
   "study rooms", lib="Raj", t="""
p do you have to be a student to use the study rooms
l I'll check. Would you like an email when I know?
p no thanks
""", label="- policy none UMBC no-email -")

lc("CD-L3069", "2026-02-16 12:04:59", TOWSON, "Guest 4109", "ggarcia@students.towson.example.edu",
   "id card", lib="Megan", t="""
p i think someone found my id card and checked out books on it, theres 3 books i never took
l Yikes. I'll have circulation look at your account and email you.
""", label="= circulation none TOWSON local TOWSON")

lc("CD-L3070", "2026-03-23 09:52:42", STEV, "Guest 5858", "eross@stevenson.example.edu",
   "document delivery", lib="Tasha", t="""
p i requested 2 articles through document delivery on monday and only got one
l I'll check with the staff who handle requests and have them email you.
""", label="= access none STEVENSON local STEVENSON")

lc("CD-L3071", "2026-04-29 17:15:30", FROST, "Guest 6161", "cward@frostburg.example.edu",
   "overtime", lib="Dave", t="""
p my job wont pay me overtime, where can i find the maryland wage law
p i work off campus
l I'll have a law librarian follow up with where to find that.
""", label="= research law FSU law MSLL")

lc("CD-L3072", "2026-05-26 14:47:13", AACC, "Guest 2828", "lbaker@example.org",
   "scanned pdfs", lib="Lynn", t="""
p im visually impaired and the pdfs from the databases are scanned images my screen reader cant read
l Thank you for telling me. I'll pass this to the people who can get you accessible copies.
""", label="= access print-disability AACC print-disability LBPH")

lc("CD-L3073", "2026-06-29 20:20:20", TOWSON, "Guest 3131", "mjones8@students.towson.example.edu",
   "sage", lib="Chris", t="""
p sage journals says you do not have access to this content
l I'll pass it on so someone can check our subscription.
""", label="= access none TOWSON local TOWSON")

lc("CD-L3074", "2026-07-20 15:10:41", UMBC, "Guest 8118", "rpatel9@umbc.example.edu",
   "datasets", lib="Raj", t="""
p how do i find datasets on maryland air quality for my gis class
l I'll have our data librarian email you some sources.
""", label="= research none UMBC local UMBC")

lc("CD-L3075", "2026-08-10 13:35:53", AUN, "Charles Talbot", "",
   "ill link", lib="Sam", t="""
p Hi, Charles Talbot here. I'm a grad student at UMBC and the link for my interlibrary loan article expired before I opened it
l I'll send this to UMBC's ILL staff. What's your email?
p ctalbot@umbc.example.edu
""", label="ctalbot@umbc.example.edu access none UMBC local UMBC")

lc("CD-L3076", "2026-09-14 10:17:04", STEV, "Guest 4747", "ahill@stevenson.example.edu",
   "dsm", lib="Tasha", t="""
p can you hold the dsm-5 for me at the front desk, i can come at 3
l I'll ask circulation to hold it and email you.
""", label="= circulation none STEVENSON local STEVENSON")

lc("CD-L3077", "2026-10-20 18:29:28", FROST, "Guest 9292", "bford@frostburg.example.edu",
   "app", lib="Dave", t="""
p the library app on my phone doesnt show my ebooks anymore
l I'll pass this to our e-resources person.
""", label="= access none FSU local FSU")

lc("CD-L3078", "2026-11-24 12:42:17", TOWSON, "Guest 6767", "pwalker@students.towson.example.edu",
   "reserve fee", lib="Megan", t="""
p whats the late fee for a 4 hour reserve item
l I'll have circulation confirm and email you.
""", label="= policy none TOWSON local TOWSON")

lc("CD-L3079", "2026-01-26 14:24:40", AACC, "Guest 1212", "sdunn@example.com",
   "no answer", lib="Lynn", t="""
p i emailed the library twice about my interlibrary loan and nobody ever answered
l I'm sorry, that shouldn't happen. I'll pass that on and make sure someone gets back to you.
""", label="= access none AACC quality QC")

lc("CD-L3080", "2026-02-18 19:33:09", UMBC, "Guest 7474", "zali@umbc.example.edu",
   "zotero", lib="Raj", t="""
p how do i install zotero and get it to work with word
l I'll have a librarian email you our Zotero guide.
""", label="= other none UMBC local UMBC")

lc("CD-L3081", "2026-03-31 11:48:56", STEV, "Guest 3939", "kbell@stevenson.example.edu",
   "nursing shortage", lib="Tasha", t="""
p looking for statistics on the nursing shortage in maryland hospitals
l I'll have a librarian email you some reports.
""", label="= research none STEVENSON local STEVENSON")

lc("CD-L3082", "2026-04-21 10:03:33", TOWSON, "Guest 2468", "cmorris@students.towson.example.edu",
   "nyt", lib="Chris", t="""
p the new york times through the library says my academic pass expired
l Those passes need renewing. I'll have someone email you the steps.
""", label="= access none TOWSON local TOWSON")

lc("CD-L3083", "2026-05-12 15:50:15", FROST, "Guest 5353", "student",
   "proxy", lib="Dave", t="""
p the proxy link gives me a page not found
l I'll report it. Can I get your email?
p just post it on the website
""", label="- access none FSU no-email -")

lc("CD-L3084", "2026-06-08 13:16:48", AACC, "Guest 4343", "tross@example.net",
   "textbook late", lib="Lynn", t="""
p i returned my textbook late and now theres a 50 dollar charge on my account
l I'll have circulation review it and email you.
""", label="= circulation none AACC local AACC")

lc("CD-L3085", "2026-07-13 16:38:02", AUN, "Guest 6868", "",
   "land records", lib="Sam", t="""
p im a grad student at uva researching free black communities in anne arundel county in the 1800s
p i need land records and church records if they exist
l That's a great project. I'll have a specialist follow up. Email?
p mokafor@virginia.example.edu
""", label="mokafor@virginia.example.edu research specialist - specialist EPFL")

lc("CD-L3086", "2026-08-24 12:26:50", TOWSON, "Guest 5151", "", "printer", lib="Megan",
   status="Answered", t="""
p is the color printer working
l Yes, it's back up.
""")

lc("CD-L3087", "2026-09-30 21:12:12", UMBC, "Guest 2323", "", "hi", lib="Raj",
   status="Missed", t="""
p hi is anyone there
s No librarian available
""")


lc("CD-L3088", "2026-10-28 08:58:14", FROST, "Guest 4141", "", "hello?", lib="Dave",
   status="Missed", t="""
p is this open yet
s No librarian available
""")

lc("CD-L3089", "2026-11-04 13:31:31", AUN, "Guest 6262", "pvalenti@example.com", "landlord",
   lib="Sam", status="Transferred", t="""
p my landlord took my deposit, im in rockville
s Chat transferred to Montgomery County Public Libraries
""")

lc("CD-L3090", "2026-11-18 15:15:15", TOWSON, "Guest 8585", "", "ILL", lib="Chris",
   status="Transferred", t="""
p how do i request an ILL
s Chat transferred to Towson University Interlibrary Loan
""")

lc("CD-L3091", "2026-11-30 10:40:40", STEV, "Guest 9494", "mgray@stevenson.example.edu", "apa",
   lib="Tasha", status="Answered", t="""
p does apa 7 need the doi
l Yes, include it as a link when there is one.
p ty
""")


# ---------------------------------------------------------------------------------------------
# LibraryH3lp-style chats (dN_h3lp.tsv)
# ---------------------------------------------------------------------------------------------

COOP = "jordan-247coop@chat.libraryh3lp.com"  # overnight 24/7 Cooperative staff
PRATT_OP = "ana-pratt@chat.libraryh3lp.com"

h3("CD-H4001", "2026-01-08 10:14:33", AUN, "web", None, t="""
p my libby app says my card is expired??
l Hi! Cards usually need renewing every few years. Which library is your card from?
p i live in rockville
l OK, that's Montgomery County. I'll send this to them so they can renew it. What's your email?
p dana.r.okafor@example.com
""", label="dana.r.okafor@example.com circulation none MCPL local MCPL")

h3("CD-H4002", "2026-02-19 16:40:10", PRATT, "sms:4105550147", None, t="""
p can i renew my books by text
l Hi! Which branch do you usually go to?
p hampden
l I can't renew from here, but the branch can. Do you have an email so they can follow up?
p dont have email
l OK, you can call the branch too.
""", label="- circulation none EPFL no-email -")

h3("CD-H4003", "2026-03-12 14:02:48", HOWARD, "web", "lsantos@example.net", cr=True, t="""
p my landlord says i have to move out in 10 days is that legal
p weve been there 4 years and always paid rent
l I'm sorry, that's stressful. I can't give legal advice, but a law librarian can point you to the rules on notice in Maryland.
l I'll have a law librarian follow up by email.
p ok thank you
""", label="= research law HCLS law MSLL", lib="priya-hcls@chat.libraryh3lp.com")

h3("CD-H4004", "2026-04-02 11:31:20", AUN, "ca", None, t="""
p Hello from Toronto! My grandfather worked at the Sparrows Point steel mill in the 1950s
p I'm trying to find employment records or anything about him, his name was Walter Kowalski
l What a great project. Records like that take some digging, so I'll have a genealogy specialist follow up.
p Wonderful, my email is m.kowalski.family@example.ca
""", label="m.kowalski.family@example.ca research specialist - specialist EPFL")

h3("CD-H4005", "2026-05-06 01:22:17", AUN, "web", None, lib=COOP, t="""
l Hi, I'm Jordan with the 24/7 Cooperative, helping Maryland libraries overnight.
p i asked a question here last week and nobody ever emailed me back like they said they would
p im in bel air if that matters
l I'm sorry nobody got back to you. I'll pass that on. What's your email?
p craig.ott@example.com
""", label="craig.ott@example.com other none HARFORD quality QC")

h3("CD-H4006", "2026-06-09 10:05:55", BALTCO, "web", "ruthann.b@example.com", t="""
p My mother is 88 and can't see well enough to read anymore
p Is there a program that sends audio books to people like her?
l Yes, the talking books program is for people who can't read regular print. I'll pass this to them so they can send the application.
p Thank you so much
""", label="= policy print-disability BCPL print-disability LBPH", lib="bcpl-ana@chat.libraryh3lp.com")

h3("CD-H4007", "2026-07-14 15:45:29", AUN, "web", None, t="""
p hi my name is carroll frederick
p i want to borrow one of the wifi hotspots, i live in salisbury
l Hi Carroll! Your library lends hotspots, but I can't check one out from here. I'll send your request to them.
p great, email carrollf@example.net
""", label="carrollf@example.net circulation none WICOMICO local WICOMICO")

h3("CD-H4008", "2026-08-20 12:12:12", MONT, "web", "hpatel@example.com", t="""
p how do i get the new york times free with my library card, it keeps hitting the paywall
l We have passes for that! You have to claim one through our website. I'll have our digital team email you the steps.
""", label="= access none MCPL local MCPL", lib="mcpl-joe@chat.libraryh3lp.com")

h3("CD-H4009", "2026-09-03 13:37:42", AUN, "web", None, t="""
p i live in delaware but work in elkton, can i get a maryland library card
l Some Maryland libraries give cards to people who work in the county. I'll have someone check for you.
p ok my email is sbanks@example.org
""", label="sbanks@example.org policy none - default AUN")

h3("CD-H4010", "2026-10-12 19:20:03", AACO, "web", "bigdog77@example.com", t="""
p this service is useless
p you people are idiots, i asked a simple question
l I'm sorry you're frustrated. I'm happy to help if you tell me what you need.
p forget it
l I'll end the chat now and report it.
""", label="= other none AACPL quality QC", lib="aacpl-sue@chat.libraryh3lp.com")

h3("CD-H4011", "2026-11-05 10:48:26", AUN, "sms:3015550188", None, t="""
p do u have a notary at the library in waldorf
l Hi! Some branches do. I'll have the library check and email you. Whats your email?
p mtaylor at example dot com
""", label="mtaylor@example.com other none CHARLES local CHARLES", written=True)

h3("CD-H4012", "2026-01-22 14:56:05", PRATT, "web", "gwen.h.adams@example.com", lib=PRATT_OP, t="""
p Hello, I'm looking for my great-grandfather's death certificate. He died in Baltimore in 1931
p I live in Atlanta now, so I can't come in
l Hi, I'm Ana at the Pratt Library. Older death records are a bit tricky to find; I'll send this to our genealogy specialist to follow up.
p Thank you!
""", label="= research specialist - specialist EPFL")

h3("CD-H4013", "2026-02-26 17:30:44", AUN, "web", None, cr=True, t="""
p the waitlist for presumed innocent on libby is 40 weeks lol
p is there any other way to get the ebook
l Sometimes libraries have it on hoopla too. Which library card do you have?
p germantown
l I'll ask the library's digital team to see if there are more copies. Email?
p b.huang@example.com
""", label="b.huang@example.com access none MCPL local MCPL")

h3("CD-H4014", "2026-03-24 11:09:19", CARROLL, "web", "kmoore@example.net", t="""
p can my 15 year old get her own card without me being there
l Good question! I'll have a staff member confirm the rules for teens and email you.
""", label="= policy none CARROLL local CARROLL", lib="ccpl-mike@chat.libraryh3lp.com")

h3("CD-H4015", "2026-04-16 20:44:58", AUN, "web", None, t="""
p we just moved here, can i put a hold on the movie contagion
l Welcome! Do you know which county library you'll use?
p not yet
l No problem. I'll pass this on so someone can help you get a card and the hold. What's your email?
p fernandezfam@example.com
""", label="fernandezfam@example.com circulation none - default AUN")

h3("CD-H4016", "2026-05-27 16:16:50", PG, "web", "tfranklin@example.com", t="""
p my son needs info on the underground railroad in maryland for his 4th grade project
p kid friendly stuff
l Great topic! I'll have a children's librarian email some books and websites.
""", label="= research none PGCMLS local PGCMLS", lib="pgcmls-dee@chat.libraryh3lp.com")

h3("CD-H4017", "2026-06-30 13:23:37", AUN, "web", None, t="""
p how do i get custody of my grandson, his mom cant take care of him
p we live in hagerstown
l I'm sorry you're going through this. A law librarian can help you find the court forms, so I'll have one follow up. What's your email?
p nana.rose@example.net
""", label="nana.rose@example.net research law WCFL law MSLL")

h3("CD-H4018", "2026-07-28 09:52:08", AUN, "twilio:2405550163", None, t="""
p returned my books in the drop box at the thurmont library but they still show overdue
l Sorry! The branch can check them in. What's an email for you?
p ejohnson.md@example.com
""", label="ejohnson.md@example.com circulation none FCPL local FCPL")

h3("CD-H4019", "2026-08-11 15:03:03", HARF, "web", "dlawson@example.com", t="""
p my husband lost his sight last year, does the library have braille books or audio books he can use
l Yes, I'll connect you with the library that specializes in that.
""", label="= policy print-disability HARFORD print-disability LBPH", lib="hcpl-tom@chat.libraryh3lp.com")

h3("CD-H4020", "2026-09-17 14:29:36", AUN, "web", "pvance@example.org", t="""
p I'm researching the old B&O roundhouse, I need photographs from the 1880s and maybe building plans
l That's a fun one. I'll pass it on to someone who knows those collections.
""", label="= research specialist - specialist EPFL")

h3("CD-H4021", "2026-10-22 10:30:30", CALV, "web", "jbrennan@example.com", t="""
p is the lego club at twin beaches still on saturdays
l I'll check with the branch and email you.
""", label="= other none CALVERT local CALVERT", lib="calvert-amy@chat.libraryh3lp.com")

h3("CD-H4022", "2026-11-12 19:01:45", AUN, "web", None, t="""
p what dinosaurs lived in maryland
l Great question! Astrodon is Maryland's state dinosaur. Do you want me to have someone email you more?
p no its ok
""", label="- research none - no-email -")

h3("CD-H4023", "2026-01-29 23:14:21", BALTCO, "web", "mcarter@example.com", lib=COOP, t="""
p hoopla says ive used all my borrows for the month but its only the 29th lol
l Hi, I'm Jordan with the 24/7 Cooperative. Hoopla limits resets on the 1st, but I'll ask your library about it.
""", label="= access none BCPL local BCPL")

h3("CD-H4024", "2026-02-11 12:48:39", AUN, "web", None, t="""
p hi i live in virginia. saw this event https://www.hclibrary.example.org/events/teen-poetry-slam do i need to register
l I'll ask and have someone email you. What's your address?
p tdiaz@example.com
""", label="tdiaz@example.com other none - default AUN")

h3("CD-H4025", "2026-03-17 15:35:55", AUN, "web", None, t="""
p I read https://medium.com/@marylandhistory/the-lost-port-of-joppa and want more sources on Joppa Town
p old maps, deeds, anything
l Great topic. I'll have a local history specialist follow up. Your email?
p wlee@example.org
""", label="wlee@example.org research specialist - specialist EPFL")

h3("CD-H4026", "2026-04-23 11:11:40", MONT, "web", "acruz@example.com", cr=True, t="""
p the chat keeps dropping, this is my 2nd try
p i was asking if i can renew my passport at the library
l Sorry about that! I'll report it. Some branches accept passport applications; I'll have someone email you.
""", label="= other none MCPL quality QC", lib="mcpl-joe@chat.libraryh3lp.com")

h3("CD-H4027", "2026-05-13 14:14:25", AUN, "web", None, t="""
p i want to take my contractor to small claims court, he never finished our deck
p im in columbia
p i think i need a law librarian
l Yes, I'll have one follow up. What's your email?
p rgreene@example.net
""", label="rgreene@example.net research law HCLS law MSLL")

h3("CD-H4028", "2026-06-14 10:02:02", AUN, "sms:4435550110", None, t="""
p r u open sunday
l Hi! It depends on the library. Which one do you go to?
p idk the one near me
l I'll have someone email you. Address?
p kimb@example.com
""", label="kimb@example.com policy none - default AUN")

h3("CD-H4029", "2026-07-09 16:33:56", AACO, "web", "wsimmons@example.net", t="""
p my card is blocked because of a lost book but i already paid for it
l I'm sorry! I'll ask circulation to fix your account and email you.
""", label="= circulation none AACPL local AACPL", lib="aacpl-sue@chat.libraryh3lp.com")

h3("CD-H4030", "2026-08-06 13:50:12", PRATT, "web", "lrobinson@example.com", lib=PRATT_OP, t="""
p I live in Highlandtown and want to find out the history of my house, when it was built and who owned it
l Fun project! Land records and old city directories are the place to start. I'll have a specialist follow up.
""", label="= research specialist EPFL local EPFL")

h3("CD-H4031", "2026-09-24 17:57:07", AUN, "web", None, t="""
p your catalog website doesnt work with my screen reader, the search button isnt labeled
p im blind and live in easton
l Thank you for telling us. I'll pass this on so someone can help you search another way. Your email?
p ahenry@example.com
""", label="ahenry@example.com access print-disability TALBOT print-disability LBPH")

h3("CD-H4032", "2026-10-29 12:26:14", AUN, "web", None, t="""
p Hi, this is Howard Calvert. I'd like a hold on the new Ina Garten cookbook
p I live in Cumberland
l Hi Howard! I'll send this to your library. What's your email?
p hcalvert@example.net
""", label="hcalvert@example.net circulation none ALLEGANY local ALLEGANY")

h3("CD-H4033", "2026-11-19 15:41:31", FRED, "web", "cpark@example.com", t="""
p can i get a book through interlibrary loan if fcpl doesnt own it
l Yes! I'll have our ILL staff email you the form.
""", label="= access none FCPL local FCPL", lib="fcpl-liz@chat.libraryh3lp.com")

h3("CD-H4034", "2026-01-15 18:08:48", AUN, "ca", None, cr=True, t="""
p I'm in Vancouver. My ancestors left Frederick County for Ontario in the 1840s
p I'd love to find church or land records for the Staley family
l What a great search. I'll have a genealogy specialist follow up.
p thanks, it's j.staley@example.ca
""", label="j.staley@example.ca research specialist - specialist EPFL")

h3("CD-H4035", "2026-02-05 21:33:12", AUN, "web", None, t="""
p this chat keeps disconnecting every 2 minutes
p i need help finding a job application form
l I'm sorry, I'll report the problem. Do you want to give me an email in case it drops?
p no
""", label="- other none - no-email -")

h3("CD-H4036", "2026-03-04 10:44:44", HOWARD, "web", "mrios@example.com", t="""
p my dad was just diagnosed with type 2 diabetes, looking for good info on managing it
p easy to read stuff
l I'm sorry to hear it. I'll have a librarian email you some reliable health resources.
""", label="= research none HCLS local HCLS", lib="priya-hcls@chat.libraryh3lp.com")

h3("CD-H4037", "2026-04-08 19:19:19", AUN, "web", None, t="""
p our book club in bowie is reading Just Mercy. do you have book club kits with 10 copies
p how do we borrow one
l I'll have someone from the library email you about the kits.
p pat.owens@example.com
""", label="pat.owens@example.com policy none PGCMLS local PGCMLS")

h3("CD-H4038", "2026-05-20 13:06:36", AUN, "web", None, t="""
p kanopy says my card number is invalid
p i live in severna park
l Let's have the library check your card. What's your email?
p jen.alvarez@gmial.com
p sorry gmail
""", label="jen.alvarez@gmail.com access none AACPL local AACPL", written=True)

h3("CD-H4039", "2026-06-25 15:15:25", PRATT, "sms:4435550199", None, lib=PRATT_OP, t="""
p how do i get a library card, i live in baltimore county tho not the city
l Hi! You can get a card at your county library, or a Pratt card too. I'll have someone email you. Email?
p lgibbs@example.com
""", label="lgibbs@example.com policy none BCPL local BCPL")

h3("CD-H4040", "2026-07-22 11:49:58", AUN, "web", None, t="""
p i got arrested 5 years ago but the charge was dismissed. it still shows up when jobs do a background check
p how do i get it off my record
p im in dundalk
l I'm sorry, that's frustrating. I'll have someone who knows the court process follow up. What's your email?
p dmitchell@example.net
""", label="dmitchell@example.net research law BCPL law MSLL")

h3("CD-H4041", "2026-08-13 14:10:20", AUN, "web", None, status="Answered", t="""
p what are the hours for the rockville library
l Rockville Memorial is open 10 to 8 today.
""")

h3("CD-H4042", "2026-09-10 20:45:45", PRATT, "sms:4105550177", None, status="Lost Call", t="""
p hi
s guest left the chat
""")

h3("CD-H4043", "2026-10-15 16:30:01", AUN, "web", None, status="Transferred", t="""
p help with a form
s Chat transferred to queue Maryland AskUsNow! Public Library
""")

h3("CD-H4044", "2026-11-25 10:10:10", HARF, "web", None, status="Answered", t="""
p do you have bananagrams to borrow
l Yes, at the Bel Air branch.
""")


h3("CD-H4045", "2026-01-05 12:40:07", AUN, "web", None, t="""
p hola, necesito renovar mis libros, vivo en wheaton
l ¡Hola! No puedo renovarlos desde aquí, pero la biblioteca le puede ayudar. ¿Cuál es su correo?
p mi correo es lucia.m@example.com
""", label="lucia.m@example.com circulation none MCPL local MCPL")

h3("CD-H4046", "2026-02-09 18:18:18", BALTCO, "sms:4435550121", None, lib="bcpl-ana@chat.libraryh3lp.com", t="""
p how many ebooks can i borrow at once on libby
l I think it's 10 but I'll have someone confirm. Email?
p wcho88@example.com
""", label="wcho88@example.com policy none BCPL local BCPL")

h3("CD-H4047", "2026-03-10 20:05:40", AUN, "web", None, cr=True, t="""
p our apartment has mold everywhere and management ignores our requests
p we live in glen burnie. what are my rights here
l I'm sorry, that's a health concern too. I'll have someone follow up with information. Email?
p tbell.home@example.net
""", label="tbell.home@example.net research law AACPL law MSLL")

h3("CD-H4048", "2026-04-14 09:33:29", AUN, "web", "marge.h@example.com", t="""
p I have macular degeneration and can't read regular books anymore. Do you have audio books or something?
p I'm in Ocean City
l Yes, there is a free program for readers who can't see regular print. I'll have them contact you.
""", label="= policy print-disability WORCESTER print-disability LBPH")

h3("CD-H4049", "2026-05-19 14:47:02", PRATT, "web", "skowalczyk@example.com", lib=PRATT_OP, t="""
p I live in Canton and I'm tracing my Polish ancestors who came through Locust Point around 1905
l Hi, I'm Ana at Pratt. Ship lists and church records will help. I'll pass this to a genealogy specialist.
""", label="= research specialist EPFL local EPFL")

h3("CD-H4050", "2026-06-18 00:41:51", AUN, "web", None, lib=COOP, t="""
l Hi, I'm Jordan with the 24/7 Cooperative.
p can i use ancestry library edition from home? i live in westminster
l Usually it's in-library only, but I'll have your library confirm. Email?
p gfoster@example.org
""", label="gfoster@example.org access none CARROLL local CARROLL")

h3("CD-H4051", "2026-07-23 13:29:18", HARF, "web", "bnelson@example.com", lib="hcpl-tom@chat.libraryh3lp.com", t="""
p the librarian i talked to yesterday was really rude and said my question was dumb
p i want to make a complaint
l I'm sorry you were treated that way. I'll send this on so it can be looked into.
""", label="= other none HARFORD quality QC")

h3("CD-H4052", "2026-08-27 11:02:53", AUN, "web", "jlin@example.com", t="""
p does the library have free online courses like linkedin learning
l Many Maryland libraries do. I'll have someone email you the details.
""", label="= policy none - default AUN")

h3("CD-H4053", "2026-09-21 17:53:37", AUN, "sms:2405550135", None, t="""
p my hold is ready but i cant come til next week can u extend it
l I can't from here, but I can have the library email you. Address?
p no email sorry
""", label="- circulation none - no-email -")

h3("CD-H4054", "2026-10-26 10:21:05", MONT, "web", "rdavies@example.net", lib="mcpl-joe@chat.libraryh3lp.com", t="""
p I'm looking for the history of the old Silver Spring train station, original drawings and photos if possible
l What a neat topic. I'll have a local history librarian follow up.
""", label="= research specialist MCPL local MCPL")

h3("CD-H4055", "2026-11-16 15:36:44", AUN, "ca", None, t="""
p Hi, I'm from Montreal and visiting Baltimore next month. Can tourists use the Pratt Library?
l Visitors are welcome to come in. I'll have someone email you what you can do without a card.
p merci! c.roy@example.ca
""", label="c.roy@example.ca policy none - default AUN")

h3("CD-H4056", "2026-01-12 16:04:26", CALV, "web", "mhughes@example.net", lib="calvert-amy@chat.libraryh3lp.com", t="""
p I checked out one of your telescopes and the eyepiece cracked
p what do I do
l Thanks for telling us. I'll have circulation email you.
""", label="= circulation none CALVERT local CALVERT")

h3("CD-H4057", "2026-02-24 13:51:32", AUN, "web", None, t="""
p my dad died without a will, what happens to his house
p im in frederick
l I'm sorry for your loss. An estate question like this is best for a law librarian, so I'll have one follow up.
p thank you. kgordon@example.com
""", label="kgordon@example.com research law FCPL law MSLL")

h3("CD-H4058", "2026-03-26 19:40:15", AUN, "web", None, t="""
p kent here, i need to reset my pin, i live in pasadena md
l Hi Kent! I'll send that to your library. Email?
p kent.b@example.com
""", label="kent.b@example.com circulation none AACPL local AACPL")

h3("CD-H4059", "2026-04-30 14:09:58", AUN, "web", "dhuang@example.com", t="""
p im in DC, does the smithsonian have a library i can go to
l I'll have someone email you about that.
""", label="= other none - default AUN")

h3("CD-H4060", "2026-05-28 10:58:41", PG, "web", "ewright@example.org", lib="pgcmls-dee@chat.libraryh3lp.com", t="""
p my overdrive book wont let me return it early, the button is gray
l I'll pass it to our digital services staff.
""", label="= access none PGCMLS local PGCMLS")

h3("CD-H4061", "2026-06-23 12:31:08", AUN, "twilio:4435550142", None, t="""
p whats the number for the social security office
l I'll look it up and have someone email you. Email?
p bcampbell@example.com
""", label="bcampbell@example.com other none - default AUN")

h3("CD-H4062", "2026-07-30 15:22:33", AUN, "web", None, t="""
l Sorry, it looks like your last session broke off. I'll report that.
p thanks. i was asking how to get a card, i live in catonsville
l I'll have your library email you. Address?
p ahmed.k@example.net
""", label="ahmed.k@example.net policy none BCPL quality QC")

h3("CD-H4063", "2026-08-31 16:16:16", HOWARD, "web", "tkim@example.com", lib="priya-hcls@chat.libraryh3lp.com", t="""
p my son is dyslexic, are there audiobooks for kids who struggle with reading
l Yes, there's a program for that. I'll pass it to the library that runs it.
""", label="= policy print-disability HCLS print-disability LBPH")

h3("CD-H4064", "2026-09-28 11:46:42", AUN, "web", "wbaxter@example.com", t="""
p trying to find a 1940s aerial photo of our old family farm near sykesville
p we sold it long ago, im in florida now
l That's a fun search. I'll have a specialist follow up.
""", label="= research specialist - specialist EPFL")

h3("CD-H4065", "2026-10-07 20:12:26", AUN, "web", None, cr=True, t="""
p i dropped my library book in the bathtub
p what do i do lol
p im in aberdeen
l It happens! I'll let your library know so they can tell you the options. Email?
p lcox@example.com
""", label="lcox@example.com circulation none HARFORD local HARFORD")

h3("CD-H4066", "2026-11-02 13:33:03", PRATT, "sms:4435550166", None, lib=PRATT_OP, t="""
p is there free tax help at the central library
l Hi! Yes, in the spring. I'll have someone email you the dates. Email?
p nwood@example.com
""", label="nwood@example.com other none EPFL local EPFL")

h3("CD-H4067", "2026-01-20 18:27:47", AUN, "web", None, t="""
p my ex wont let me see the kids even though we have a court order
p im in bladensburg
l I'm sorry. I'll have a law librarian follow up with how to enforce an order. Email?
p jamal.t@example.com
""", label="jamal.t@example.com research law PGCMLS law MSLL")

h3("CD-H4068", "2026-02-12 10:10:55", FRED, "web", "mscott@example.net", lib="fcpl-liz@chat.libraryh3lp.com", t="""
p do you still charge late fees
l I'll have someone confirm and email you.
""", label="= policy none FCPL local FCPL")

h3("CD-H4069", "2026-03-18 17:45:30", AUN, "web", "hlewis@example.com", t="""
p looking for a good biography of harriet tubman for my 12 year old
l Great choice. I'll have someone email you a few titles.
""", label="= research none - default AUN")

h3("CD-H4070", "2026-04-22 12:01:14", AUN, "web", None, t="""
p how do i use the newspaper archive from home
p i live in chestertown
l I'll have your library email you the login steps. Address?
p sam.ellis@yahooo.com
p oops sam.ellis@yahoo.com
""", label="sam.ellis@yahoo.com access none KENT local KENT")

h3("CD-H4071", "2026-05-14 15:05:05", CARROLL, "web", "vreed@example.com", lib="ccpl-mike@chat.libraryh3lp.com", t="""
p i was told someone would call me about replacing my lost card and nobody ever did
l I'm sorry. I'll pass that on so someone follows up.
""", label="= circulation none CARROLL quality QC")

h3("CD-H4072", "2026-06-11 21:24:48", AUN, "web", None, t="""
p my landlord is raising rent 30 percent, is that allowed
l I'll have a law librarian follow up if you leave an email.
p i dont do email
""", label="- research law - no-email -")

h3("CD-H4073", "2026-07-16 14:36:19", AUN, "web", None, t="""
p I live in Baltimore City and have a Pratt card. Can I also get a Howard County card?
l Good question, I'll have someone email you the rules.
p thanks, ajackson@example.com
""", label="ajackson@example.com policy none EPFL local EPFL")

h3("CD-H4074", "2026-08-07 23:58:09", MONT, "web", "lnguyen@example.net", lib=COOP, t="""
p how do i get to consumer reports online
l I'm with the 24/7 Cooperative. I'll ask your library to email the link.
""", label="= access none MCPL local MCPL")

h3("CD-H4075", "2026-09-16 13:13:31", AUN, "web", None, t="""
p my great great grandmother was enslaved in prince georges county, where would records of her be
p im in chicago
l That's important research. I'll have a specialist follow up. Email?
p dwashington@example.com
""", label="dwashington@example.com research specialist - specialist EPFL")

h3("CD-H4076", "2026-10-19 10:42:24", AUN, "web", None, t="""
p https://social.example.com/@BCPLinc said my branch is closed today? i live in towson
l Let me have your library confirm. Email?
p mreyes@example.com
""", label="mreyes@example.com policy none BCPL local BCPL")

h3("CD-H4077", "2026-11-11 11:25:50", AUN, "web", None, t="""
p since my stroke i cant hold a newspaper or turn pages. is there a way to get the paper read to me
p i live in elkton
l Yes, there are services for people who can't handle print. I'll have them contact you. Email?
p rlong@example.net
""", label="rlong@example.net access print-disability CECIL print-disability LBPH")

h3("CD-H4078", "2026-01-27 15:48:12", AUN, "web", "tcarr@example.com", t="""
p how do i renew my books online
l Which library are they from?
p not sure, the one my wife goes to
l I'll have someone email you.
""", label="= circulation none - default AUN")

h3("CD-H4079", "2026-02-25 19:30:46", BALTCO, "web", "jrobb@example.com", lib="bcpl-ana@chat.libraryh3lp.com", t="""
p can i reserve the trial of the chicago 7 on dvd
l I'll ask circulation to place it and email you.
""", label="= circulation none BCPL local BCPL")

h3("CD-H4080", "2026-03-31 14:21:07", AUN, "web", None, t="""
p I live in Easton and I'm researching my family's oyster packing business in the 1890s
p old ledgers, newspaper ads, anything
l What a neat history. I'll pass it on. Email?
p pkemp@example.com
""", label="pkemp@example.com research specialist TALBOT local TALBOT")

h3("CD-H4081", "2026-04-28 16:39:39", AUN, "web", "wbishop@example.net", t="""
p the librarian i chatted with yesterday gave me the wrong due date and now i have a fine
l I'm sorry about that. I'll pass it on.
""", label="= other none - quality QC")

h3("CD-H4082", "2026-05-21 12:57:22", HOWARD, "web", "oadams@example.com", lib="priya-hcls@chat.libraryh3lp.com", t="""
p can i reserve the meeting room at the miller branch for a knitting club
l I'll have the branch email you.
""", label="= policy none HCLS local HCLS")

h3("CD-H4083", "2026-06-26 10:07:38", AUN, "sms:3015550199", None, t="""
p does the library have free ancestry? im in la plata
l Many do in the branch. I'll have yours email you. Email?
p ejones@example.com
""", label="ejones@example.com access none CHARLES local CHARLES")

h3("CD-H4084", "2026-07-24 17:11:54", AUN, "web", None, t="""
p i need to pay a fine online, im in hyattsville
l I'll have your library email you how. Address?
p tina . brooks @ example . org
""", label="tina.brooks@example.org circulation none PGCMLS local PGCMLS", written=True)

h3("CD-H4085", "2026-08-20 13:44:17", PRATT, "web", "rcoleman@example.com", lib=PRATT_OP, t="""
p I'm in Philadelphia. My grandfather was written up in a Baltimore Black newspaper in the 1950s and I'd like to find the article
l Hi, I'm Ana at the Pratt. Our specialists can search that. I'll pass it on.
""", label="= research specialist - specialist EPFL")

h3("CD-H4086", "2026-09-25 11:30:00", AUN, "web", "fmartin@example.com", t="""
p can i donate books
l Many libraries take donations. I'll have someone email you.
""", label="= policy none - default AUN")

h3("CD-H4087", "2026-10-09 09:09:09", AUN, "web", None, status="Answered", t="""
p what is the address of the annapolis library
l 1410 West Street.
""")

h3("CD-H4088", "2026-11-13 19:19:19", BALTCO, "sms:4105550100", None, status="Lost Call", t="""
p hello
s guest left the chat
""")


h3("CD-H4089", "2026-11-20 14:02:02", AUN, "web", None, status="Transferred", t="""
p i need help with expungement forms, im in towson
s Chat transferred to queue Maryland State Law Library
""")

h3("CD-H4090", "2026-11-23 07:45:45", PRATT, "web", None, status="Missed", t="""
p anyone there
s no operators available
""")

h3("CD-H4091", "2026-11-27 12:12:12", AUN, "sms:4105550133", None, status="Missed", t="""
p r u there
s no operators available
""")

h3("CD-H4092", "2026-11-29 16:16:40", HOWARD, "web", "oliver.g@example.com", status="Lost Call", lib="priya-hcls@chat.libraryh3lp.com", t="""
p my mother needs talking books, we live in columbia
s guest left the chat
""")


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
    rng = random.Random("d-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC)
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 45) + len(text) // rng.randint(2, 4))
        out.append((at.astimezone(NY), code, text))
    return out


def h3_clock(t):
    return f"{t.hour % 12 or 12}:{t.minute:02d}{'AM' if t.hour < 12 else 'PM'}"


LC_HEADER = ["ID", "Created", "Department", "Guest", "Email", "Initial Question", "Answerer",
             "Wait", "Duration", "Rating", "Outcome", "Transcript"]
H3_HEADER = ["Conversation ID", "Started", "Queue", "Guest", "Operator", "Email Address",
             "Status", "Tags", "Transcript"]


def lc_record(c):
    names = {"p": c["patron"] or "Guest", "l": c["lib"], "m": c["lib2"], "s": "System"}
    timed = timed_lines(c)
    transcript = "\n".join(f"[{t.strftime('%H:%M:%S')}] {names[code]}: {text}"
                           for t, code, text in timed)
    start = local_start(c["start"])
    rng = random.Random("d-wait-" + c["cid"])
    duration = int((timed[-1][0] - start).total_seconds()) + 20
    return [
        c["cid"],
        c["start"],
        c["origin"],
        c["patron"],
        c["email"] or "",
        c["q"],
        c["lib"].split(" (")[0],
        str(rng.randint(3, 95)),
        str(duration),
        c["rating"],
        c["status"],
        transcript,
    ]


def guest_jid(c):
    g = c["patron"]
    if g.startswith("sms:"):
        return g[4:] + "@sms.libraryh3lp.com"
    if g.startswith("twilio:"):
        return "+1" + g[7:] + "@twilio.libraryh3lp.com"
    hexid = random.Random("d-jid-" + c["cid"]).getrandbits(64)
    host = "web.ca.libraryh3lp.com" if g == "ca" else "web.libraryh3lp.com"
    return f"{hexid:016x}@{host}"


def h3_record(c):
    guest = guest_jid(c)
    names = {"p": guest, "l": c["lib"], "m": c["lib2"], "s": "system"}
    timed = timed_lines(c)
    sep = "\r" if c["cr"] else "\n"
    transcript = sep.join(f"{h3_clock(t)} {names[code]}: {text}" for t, code, text in timed)
    start = local_start(c["start"])
    started = (f"{start.month}/{start.day}/{start.year} {start.hour % 12 or 12}:"
               f"{start.minute:02d}:{start.second:02d} {'AM' if start.hour < 12 else 'PM'}")
    tags = c["tags"] or (["shared-followup"] if c["status"] == FU else [])
    return [
        c["cid"],
        started,
        c["origin"],
        guest,
        c["lib2"] or c["lib"],
        c["email"] or "",
        c["status"],
        ",".join(tags),
        transcript,
    ]


def table_text(header, rows, delimiter):
    """CSV (CRLF between records) or TSV (LF between records); a field holding the delimiter,
    a quote, a line feed or a carriage return is quoted (Python's writer leaves a lone CR
    unquoted when the line terminator has none)."""
    end = "\r\n" if delimiter == "," else "\n"

    def cell(v):
        if any(ch in v for ch in (delimiter, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v

    return "".join(delimiter.join(cell(v) for v in r) + end for r in [header] + rows)


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in chats if c["label"])


STYLES = [("libchat", "csv", LC, LC_HEADER, lc_record, ","),
          ("h3lp", "tsv", H3, H3_HEADER, h3_record, "\t")]


def files():
    """(file name, style, its chats, header, delimiter, record function) for the four exports."""
    out = []
    for half in (1, 2):
        for style, ext, chats, header, record, delim in STYLES:
            halves = half_of(chats)
            mine = [c for c in chats if halves[c["cid"]] == half]
            out.append((f"d{half}_{style}.{ext}", style, mine, header, delim, record))
    return out


def part_dir(name):
    """Where a file of this part lives: d1 (the development half) trains the category model,
    d2 stays held out."""
    return "train" if name.startswith("d1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = {}
    for name, _, chats, header, delim, record in files():
        out[HERE / part_dir(name) / name] = table_text(header, [record(c) for c in chats], delim)
        out[HERE / part_dir(name) / (name + ".labels.csv")] = labels_text(chats)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "d", counts_table)
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
    if email and email != field and not c["written"] and email not in c["t"].lower():
        bad(f"e-mail {email!r} is neither the field nor in the transcript")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


def read_back(name, header, delim):
    """The records of a written export, as dicts with the chat id under "id"."""
    text = read_text(HERE / part_dir(name) / name)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    if rows[0] != header:
        raise ValueError(f"header {rows[0]}")
    out = []
    for r in rows[1:]:
        if len(r) != len(header):
            raise ValueError(f"{len(r)} fields in {r[:1]}")
        rec = dict(zip(header, r))
        rec["id"] = r[0]
        rec["text"] = rec["Transcript"]
        out.append(rec)
    return out


TIME_LINE = {
    "libchat": re.compile(r"^\[([01]\d|2[0-3]):[0-5]\d:[0-5]\d\] [^:]+: "),
    "h3lp": re.compile(r"^([1-9]|1[0-2]):[0-5]\d(AM|PM) [^ :]+: "),
}


def check_all():
    problems = []
    chats = LC + H3
    seen = set()
    for c in chats:
        if c["cid"] in seen:
            problems.append(f"{c['cid']}: duplicate chat id")
        seen.add(c["cid"])
        if not c["cid"].startswith("CD-"):
            problems.append(f"{c['cid']}: chat id without the CD- prefix")
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
    by_id = {c["cid"]: c for c in chats}
    for name, style, own, header, delim, _ in files():
        try:
            records = read_back(name, header, delim)
        except (ValueError, csv.Error) as e:
            problems.append(f"{part_dir(name)}/{name}: does not read back: {e}")
            continue
        in_file = [r["id"] for r in records]
        if in_file != [c["cid"] for c in own]:
            problems.append(f"{part_dir(name)}/{name}: records differ from the chats held here")
        for r in records:
            for line in re.split(r"\r\n|\r|\n", r["text"]):
                if not TIME_LINE[style].match(line):
                    problems.append(f"{part_dir(name)}/{name}: {r['id']}: line {line[:40]!r}")
        check_labels_file(part_dir(name), name, in_file, by_id, check_label, problems)
    return problems


def counts():
    out = []
    for name, _, chats, _, _, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", LC + H3), ("libchat", LC), ("h3lp", H3)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _, _, _ in files()]
    cols.append(("all", LC + H3))
    return labels_table(cols, LC + H3)


if __name__ == "__main__":
    sys.exit(main("d_build", all_texts, check_all, counts))
