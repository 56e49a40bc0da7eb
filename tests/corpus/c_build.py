#!/usr/bin/env python3
"""Writes and checks the "c" part of aun's labelled corpus (all of it in train/: it trains the category model).

Every conversation below is invented: made-up patrons, example or invented mailboxes, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"

EMAIL "=" means the export's e-mail field (lower-cased), "-" means empty; `written=True` marks a
chat whose labelled address is not in the transcript as typed (written out with "dot" and "at",
or corrected by the patron retyping only part of it). Chats whose resolution is not "Follow Up By
Patron Library" carry no label and get no labels row.

Transcript notation, one message a line: `p` patron, `l` librarian, `m` a second librarian (after
a transfer), `s` a system line.

Two export styles:
  c_libanswers.csv  a LibAnswers/LibChat-style CSV: `Session ID`, `Date` (m/d/yyyy) and `Time`
                    (h:mm AM) in separate columns, `Profile` (the origin account), `Visitor`,
                    `E-mail`, `First Question`, `Answerer`, `Duration`, `Disposition`, `Referrer`,
                    `Tags`, `Chat Transcript`; transcript lines `02:14 PM - Name: text`, text
                    HTML-escaped (`&amp;`, `&quot;`, `&#039;`, `&lt;`), messages joined by `\\n` or,
                    in some chats, by a carriage return alone; CRLF between records.
  c_h3lp.jsonl      LibraryH3lp-style JSON Lines: `conversation_id`, `started`/`ended` (UTC, `Z`),
                    `queue`, `protocol`, `guest` (the guest's JID), `operator`, `email` (null when the
                    pre-chat form had none), `resolution`, `tags` (a list), `transcript` (one text:
                    `5:26PM jid: text` lines).

Run from anywhere: python3 tests/corpus/c_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/c_build.py --check   (writes nothing: fails when a file
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
    check_labels_file, label_row_with_destination, labels_csv, labels_table, main, read_text,
    readme_with_counts, rule_problems, tally_lines, vocabulary_problems,
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

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", MONT: "MCPL", AACO: "AACPL", CARROLL: "CARROLL",
    PG: "PGCMLS", HARF: "HARFORD", CALV: "CALVERT",
}

LA = []  # LibAnswers-style chats
H3 = []  # LibraryH3lp-style chats


def la(cid, start, profile, visitor, email, q, t, label=None, lib="Sue", lib2=None,
       status=FU, written=False, cr=False, referrer="", tags=""):
    LA.append(dict(cid=cid, start=start, origin=profile, patron=visitor, email=email, q=q, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written, cr=cr,
                   referrer=referrer, tags=tags))


def h3(cid, start, queue, guest, email, t, label=None, lib="sue@chat.libraryh3lp.com",
       lib2=None, status=FU, written=False, protocol="web", tags=()):
    H3.append(dict(cid=cid, start=start, origin=queue, patron=guest, email=email, q="", t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written,
                   protocol=protocol, tags=list(tags)))


# ---------------------------------------------------------------------------------------------
# LibAnswers-style chats (c_libanswers.csv)
# ---------------------------------------------------------------------------------------------

la("CC-L1001", "2026-02-09 14:12:40", TOWSON, "kayla m", "KMorrow5@students.example.edu",
   "article wants me to pay??", lib="Sue", referrer="https://library.example.edu/cook/databases",
   t="""
p hi so i found an article on google scholar and when i click it the site says $39.95 to download
p its "Screen time and adolescent sleep" from 2022 in Pediatrics i think
l Hi Kayla! You should never have to pay for an article. Can you paste the link?
p https://publications.example.org/doi/10.1542/peds.2022-0571
l Thanks. That link goes to the publisher directly, so it doesn't know you're one of ours. Let me see if we subscribe.
l We have it through a database but only up to 2021. I'll send it to our e-resources team to see about getting it for you.
p ok cool ty
""", label="= access none TOWSON local TOWSON")

la("CC-L1002", "2026-03-03 21:40:05", UMBC, "Guest 5521", "",
   "keeps asking me to log in", lib="Chris (24/7 Cooperative)", cr=True,
   t="""
p every time i open a database from off campus it asks for my login then sends me back to the same login page
l Hi there, I'm Chris, a librarian with the 24/7 Cooperative helping your library tonight. Which database?
p all of them lol. web of science, jstor
l Have you tried clearing cookies or another browser?
p yea tried chrome and safari
l OK, this sounds like something your library's e-resources staff need to look at. What's an email where they can reach you?
p dnguyen4@umbc.exmaple.edu
p wait typo
p dnguyen4@umbc.example.edu
l Got it, thanks! Someone from UMBC should be in touch.
""", label="dnguyen4@umbc.example.edu access none UMBC local UMBC")

la("CC-L1003", "2026-01-14 10:05:17", AUN, "Guest", "mgolden.writes@example.com",
   "nyt article", lib="Frederick (24/7 Cooperative)",
   t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
l Hi, this is Frederick. How can I help?
p trying to read an article on the nytimes site but it hit the paywall. do libraries have a way around that
l Many public libraries offer free New York Times passes. What library do you usually use?
p im in columbus ohio actually, just found this chat on google
l No problem! The Columbus library may offer passes too. I'll have someone follow up with more options.
p thanks
""", label="= access none - default AUN")

la("CC-L1004", "2025-12-01 19:22:51", AUN, "R. Okafor", "rokafor@example.net",
   "heat not working apt", lib="Will",
   t="""
p my landlord hasnt fixed the heat in 3 weeks and its freezing. i have a baby. what can i do
l I'm so sorry, that sounds really hard. I can't give legal advice, but I can point you to resources about tenants' rights. Where do you live?
p hyattsville
l Thanks. Maryland law covers rent escrow for serious problems like no heat. I'll have a law librarian follow up with you about the steps.
p ok please do
""", label="= research law PGCMLS law MSLL")

la("CC-L1005", "2026-04-21 16:48:33", AUN, "Howard Kent", "hkent1961@example.com",
   "dvd hold", lib="Grace",
   t="""
p Hello, I would like to put a hold on the movie The Lincoln Lawyer on DVD.
l Hi Howard! I can help you look. Which library card do you have?
p The regular one.
l Got it. I'm not able to place holds from this chat, but I'll pass your request on so someone can email you.
p Thank you kindly. Howard
""", label="= circulation none - default AUN")

la("CC-L1006", "2025-10-28 11:31:09", PRATT, "Loretta", "loretta.b.james@example.org",
   "great grandmother in baltimore", lib="Sue",
   t="""
p Good morning. I live in Houston but my great-grandmother Alice Mae Dorsey lived in Baltimore around 1910-1920
p I'm trying to find where she lived and if she's buried there
l Good morning Loretta! Have you looked at the 1910 and 1920 census yet?
p Yes, found her in 1920 on Druid Hill Ave but nothing after
l That's a good start. City directories and church burial records could help. This is going to take some digging, so I'll send it to our genealogy specialist to follow up by email.
p Wonderful
""", label="= research specialist - specialist EPFL")

la("CC-L1007", "2026-02-17 20:03:44", AUN, "Denise Pratt", "dpratt.rn@example.com",
   "cinahl", lib="Will",
   t="""
p hi its denise pratt, im in the nursing program at stevenson
p cinahl keeps kicking me out after like 2 min, cant finish my search
l Hi Denise. Are you on campus or at home?
p home
l It may be a session timeout on the proxy. I'll let your library know so they can look into it and email you.
p thx
""", label="= access none STEVENSON local STEVENSON")

la("CC-L1008", "2025-09-08 10:20:12", AUN, "Phyllis", "phyllis.g.carter@example.net",
   "books for dad", lib="Grace",
   t="""
p My father is 84 and has macular degeneration. He can't read regular print anymore
p Someone told me about talking books. How does he sign up and does he qualify?
l Hi Phyllis! Yes, the talking books program is for people who can't read regular print. Where does your father live?
p Glen Burnie, same as me
l I'll pass your question to the Library for the Blind and Print Disabled so they can send you the application.
""", label="= policy print-disability AACPL print-disability LBPH")

la("CC-L1009", "2026-05-06 13:14:27", MONT, "tj", "tjwashington@example.com",
   "libby wont download", lib="Grace", cr=True,
   t="""
p libby says download failed on every audiobook i borrow
p iphone, latest update
l Hi! Have you tried deleting and reinstalling the app?
p no will that delete my loans
l It shouldn't, they're tied to your card. If it still fails, our digital services team can check your account. I'll send it to them.
p k
""", label="= access none MCPL local MCPL")

la("CC-L1010", "2025-11-12 15:55:03", AUN, "Guest", "",
   "late fee", lib="Chris",
   t="""
p do i have to pay the late fee on a book i returned late or can it be waived
l Hi! That depends on your library. Which one do you use?
p i dont know the name, the one by my house
l No problem. If you leave an email I can have someone look into it.
p i dont do email. ill just call them
l OK! Have a good day.
""", label="- circulation none - no-email -")

la("CC-L1011", "2026-03-24 12:02:48", AUN, "Yvette", "ylamb@example.org",
   "ill never came", lib="Sue",
   t="""
p I chatted two weeks ago about an interlibrary loan for a book and was told someone would email me within 3 days. Nobody ever did
p I'm an HCLS patron if that matters
l I'm sorry about that, Yvette. That shouldn't happen. What was the book?
p "The Warmth of Other Suns"
l I'll make sure this gets to the right people, including why no one followed up.
""", label="= access none HCLS quality QC")

la("CC-L1012", "2025-10-06 22:18:30", FROST, "b.s.", "bshaffer02@example.edu",
   "ill book", lib="Frederick (24/7 Cooperative)",
   t="""
l Hi, I'm Frederick, a librarian with the 24/7 Cooperative. What are you looking for?
p need a book our library doesnt have, "Coal Towns of Appalachia" by R Jenkins. can i get it from another school
l Yes, that's interlibrary loan. I'll pass the details to your library's ILL staff and they'll email you.
p sweet
""", label="= access none FSU local FSU")

la("CC-L1013", "2026-01-29 17:10:59", AUN, "Gary", "gpolansky@example.net",
   "cumberland coal history", lib="Will",
   t="""
p Hi. I'm from Pittsburgh and writing a family history. My grandfather was a coal miner near Cumberland MD in the 1930s
p Are there records of miners or mine company payrolls?
l Hi Gary! Records like that might be in local archives or historical societies. It's specialized, so I'll have a local history specialist follow up with you.
p I appreciate it.
""", label="= research specialist - specialist EPFL")

la("CC-L1014", "2026-02-26 09:44:12", AACC, "Jess", "jsantos9@example.edu",
   "apa citation", lib="Sue",
   t="""
p how do i cite a govt report in apa 7 with no author
l Hi Jess! In that case the agency is the author. Do you have the report?
p yea its from the cdc
l Then it starts with "Centers for Disease Control and Prevention. (2023)." I'll have our library send you a guide with examples.
p ty!!
""", label="= research none AACC local AACC")

la("CC-L1015", "2025-12-10 18:30:21", AUN, "Guest", "shayna.l@example.com",
   "print from phone", lib="Chris", cr=True,
   t="""
p how do i print from my phone. im at the wheaton library rn
l Hi! Most branches have a mobile printing page. Do you see a sign near the printers?
p theres a qr code but it goes to an error page
l That may be down. I'll let the staff know and ask them to email you about the printing.
p ok
""", label="= other none MCPL local MCPL")

la("CC-L1016", "2025-11-25 11:12:45", AUN, "Nadia", "nadia.q@example.com",
   "holiday hours", lib="Grace",
   t="""
p is the bel air branch open the friday after thanksgiving
l Hi Nadia! Let me check their holiday schedule.
l I'm not finding it posted yet. I'll have the library confirm by email.
p thanks
""", label="= policy none HARFORD local HARFORD")

la("CC-L1017", "2026-06-02 14:25:36", AUN, "Marcus", "mreid.frd@example.com",
   "clear my record", lib="Sue",
   t="""
p how do i get an old charge off my record. it was dismissed in 2019 but still shows up on background checks
l Hi Marcus. That's called expungement. Where do you live?
p frederick
l Thanks. There's a process through the District Court. I'll have a law librarian email you the forms and steps.
""", label="= research law FCPL law MSLL")

la("CC-L1018", "2026-03-11 16:02:28", AUN, "Owen", "owen.t.b@example.com",
   "a few good men", lib="Will",
   t="""
p does the library have A Few Good Men on blu ray. i live in towson
p want to put it on hold
l Hi Owen! Let me check the catalog.
l There's a copy on DVD but I don't see blu-ray. I'll have someone at your library email you about the hold.
p dvd is fine
""", label="= circulation none BCPL local BCPL")

la("CC-L1019", "2026-04-08 23:15:02", UMBC, "Guest 8812", "",
   "vpn?", lib="Chris (24/7 Cooperative)",
   t="""
p do i need the vpn to get into databases from home
l Hi! Usually you just log in through the library's website. Are you getting an error?
s Patron disconnected
""", label="- access none UMBC no-email -")

la("CC-L1020", "2025-10-15 20:47:19", STEV, "Aaliyah", "awright7@example.edu",
   "chat keeps dropping", lib="Grace",
   t="""
p this is the 3rd time the chat has cut out on me tonight. i just need help finding peer reviewed articles on sepsis
s Patron disconnected
s Patron rejoined
p see?? again
l I'm so sorry, that's really frustrating. I'll report the connection problem. For now, try CINAHL with the Peer Reviewed box checked.
l I'll also have a librarian email you a few articles in case we get cut off again.
""", label="= research none STEVENSON quality QC")

la("CC-L1021", "2026-05-19 15:37:50", AUN, "Tanisha", "",
   "custody", lib="Chris",
   t="""
p how do i file for custody without a lawyer
l Hi Tanisha, I can point you to some resources. Which county are you in?
p charles county, waldorf
l OK. The courts have self-help forms. A law librarian can send you more. What's a good email?
p tanisha dot reed84 at example dot com
l Thank you!
""", label="tanisha.reed84@example.com research law CHARLES law MSLL", written=True)

la("CC-L1022", "2025-09-30 17:45:11", AUN, "Bethany", "bethany.k.ruiz@example.org",
   "braille books", lib="Sue",
   t="""
p my daughter is 9 and blind. does the library have braille picture books and how do we borrow them
l Hi Bethany! Yes, there's a state library service that mails braille and audio books for free.
l I'll send your question to them so they can help you sign her up.
p that would be amazing
""", label="= policy print-disability - print-disability LBPH")

la("CC-L1023", "2026-02-03 12:50:36", AUN, "Cecil Carroll", "ccarroll.home@example.net",
   "borrowing limit", lib="Grace",
   t="""
p How many books can I take out at one time
l Hi Cecil! It varies by library system. Which library do you go to?
p The big one downtown I think. Not sure of the name
l I'll have someone follow up with the limits.
""", label="= policy none - default AUN")

la("CC-L1024", "2026-03-30 22:33:14", AUN, "Guest", "ella.v@example.ca",
   "jstor article", lib="Chris (24/7 Cooperative)", cr=True,
   t="""
p i'm in vancouver, can i read a jstor article through you guys? it's blocked for me
l Hi! JSTOR access usually comes through a school or library where you have a card. Do you have a Maryland library card?
p no
l OK, some JSTOR content is free with a personal account. I'll have someone send you more options.
""", label="= access none - default AUN")

la("CC-L1025", "2026-01-07 10:41:58", CARROLL, "Sam", "sam.h.eldersburg@example.com",
   "hotspot renewal", lib="Sue",
   t="""
p can i renew the hotspot i checked out, it's due today
l Hi Sam! Hotspots often can't be renewed if there's a waitlist. Let me check.
l I can't see your account from here. I'll ask circulation to email you.
""", label="= circulation none CARROLL local CARROLL")

la("CC-L1026", "2025-12-16 13:28:07", PG, "Dolores", "dolores.m@example.com",
   "notary", lib="Will",
   t="""
p do any branches have a notary. need a form notarized this week
l Hi Dolores! Some branches offer notary by appointment. I'll have staff email you which ones.
p ok thank you
""", label="= other none PGCMLS local PGCMLS")

la("CC-L1027", "2025-11-04 09:52:33", AUN, "Frances", "frances.oduya@example.net",
   "complaint", lib="Sue",
   t="""
p I want to complain about the librarian I chatted with last night. I asked a simple question and she told me to google it and left the chat
p That's not acceptable. I use the Laurel branch all the time and the staff there are always helpful
l I'm very sorry, Frances. I'll pass this on to the people who review chat service.
""", label="= other none PGCMLS quality QC")

la("CC-L1028", "2026-04-14 08:59:41", AUN, "kev", "kevin.dorsey@example.com",
   "washington post", lib="Grace",
   t="""
p how do i get the washington post for free with my balt co card
l Hi! Many libraries have digital newspaper passes. Let me look.
l I'll have Baltimore County staff email you the link and steps.
p thx
""", label="= access none BCPL local BCPL")

la("CC-L1029", "2025-10-21 14:44:16", AUN, "Peter", "pdmonroe@example.org",
   "deed history", lib="Will",
   t="""
p I bought an old house in Annapolis and want to trace its history, previous owners, when it was built
p we live there now
l That's a fun project! Land records and old maps are the way to go. It's specialized work, so I'll have a specialist follow up.
""", label="= research specialist AACPL local AACPL")

la("CC-L1030", "2026-03-18 15:19:02", TOWSON, "Abdi", "aharun3@example.edu",
   "pdf not readable", lib="Sue",
   t="""
p the pdfs in this database dont work with my screen reader, it just reads nothing
p im blind, i use JAWS
l Hi Abdi, thanks for letting me know. Some of those PDFs are scanned images without text.
l I'll pass this along so someone can get you accessible versions.
""", label="= access print-disability TOWSON print-disability LBPH")

la("CC-L1031", "2026-05-27 19:06:30", AUN, "Guest", "",
   "medium paywall", lib="Chris",
   t="""
p can the library get me this article https://medium.com/@nadia.ferrante/why-we-sleep-less-in-winter-3f9a2c its members only
l Hi! Medium articles are usually not in library databases. Is there a specific topic you're researching?
p just wanted to read that one
l I understand. If you leave an email, someone can check if the author published it elsewhere.
s Patron left the chat
""", label="- access none - no-email -")

la("CC-L1032", "2026-06-10 12:17:55", AUN, "Kara", "kara.wilmington@example.com",
   "author event", lib="Grace",
   t="""
p hi i live in wilmington de. saw this event https://www.aacpl.example.net/events/author-talk-june-21 is it still on and do i need to register?
l Hi Kara! Let me check that event for you.
l I'll have someone confirm by email.
""", label="= other none - default AUN")

la("CC-L1034", "2026-02-11 16:30:44", UMBC, "Riya", "rpatel11@example.edu",
   "springer chapter", lib="Sue", cr=True,
   t="""
p trying to get a book chapter from springer and it says buy chapter $29.95
p "Machine Learning in Healthcare" ch 4
l Hi Riya! Are you logged in through the library site?
p i got to it from google
l Try going through the library's link instead. If it still asks you to pay, our e-resources folks will check and email you.
p it still asks
""", label="= access none UMBC local UMBC")

la("CC-L1035", "2025-12-03 20:50:19", AUN, "Guest", "lh.gradstudent@example.com",
   "ebooks off campus", lib="Will",
   t="""
p im a grad student at frostburg state, how do i read ebooks from home. it says im not authorized
l Hi! That usually means the off-campus login didn't happen. I'll send this to your library so they can help you directly.
""", label="= access none FSU local FSU")

la("CC-L1036", "2026-02-02 17:25:43", AUN, "Imani", "imani.s.hall@example.com",
   "frederick douglass in baltimore", lib="Sue",
   t="""
p i need 3 sources about Frederick Douglass when he lived in Baltimore for my 8th grade project
p we live in ellicott city if that helps
l Hi Imani! Great topic. His autobiography is a primary source, and I'll have your library send you a couple more.
p yay thank u
""", label="= research none HCLS local HCLS")

la("CC-L1037", "2026-04-28 11:08:22", AUN, "Vivian Law", "vlaw.gtown@example.com",
   "lost book", lib="Grace",
   t="""
p Hi, this is Vivian Law. I lost a library book and the bill says $32. Can I buy a new copy instead?
p I live in Germantown
l Hi Vivian! Some libraries accept a replacement copy. I'll have Montgomery County staff email you.
""", label="= circulation none MCPL local MCPL")

la("CC-L1038", "2025-09-23 14:31:56", PRATT, "Tyrone", "tyrone.w.baker@example.com",
   "lost card", lib="Will",
   t="""
p lost my library card, how do i get a new one
p i live in hampden
l Hi Tyrone! You can get a replacement at any branch with ID. I'll have staff email you about the fee.
""", label="= circulation none EPFL local EPFL")

la("CC-L1039", "2026-01-20 10:26:40", PRATT, "Guest", "ljacobs.fam@example.net",
   "ancestry at home", lib="Chris",
   t="""
p can i use ancestry from home with my library card
l Hi! Ancestry Library Edition is usually in-library only, but some libraries have home access. I'll have someone email you.
""", label="= access none - default AUN")

la("CC-L1040", "2025-11-18 15:04:11", AUN, "Guest", "d.fontaine@example.com",
   "passport photo", lib="Chris (Calvert Library)",
   t="""
p where can i get passport photos taken
l Hi! I'm Chris, a librarian at Calvert Library. Some libraries and post offices take passport photos.
l I'll have someone follow up with places near you.
p ok
""", label="= other none - default AUN")

la("CC-L1041", "2026-03-09 21:14:38", AUN, "Guest", "jade.mccall@example.edu",
   "card as a student", lib="Will (24/7 Cooperative)",
   t="""
l Hi, I'm Will, a librarian in Oregon with the 24/7 Cooperative. I'm not as familiar with Maryland libraries, but I'll do my best!
p can college students who arent from maryland get a library card? im from new york but i live in salisbury now for school
l Good question. Rules differ by system, so I'll have the library there follow up with you.
""", label="= policy none WICOMICO local WICOMICO")

la("CC-L1042", "2026-05-13 22:41:09", HOWARD, "xx", "gr8gamer2008@example.com",
   "abuse", lib="Grace",
   t="""
p u guys are useless
p [obscenities removed]
l I'm here to help with library questions. Please keep the chat respectful.
p [obscenities removed]
l I'm ending this chat now and reporting it.
""", label="= other none HCLS quality QC")

la("CC-L1043", "2026-04-02 18:12:27", AUN, "Mia", "",
   "opioid stats", lib="Sue",
   t="""
p need stats on overdose deaths in maryland for a paper. im at umbc
l Hi Mia! The Maryland Department of Health publishes yearly reports. I'll have your library send more sources. Email?
p mgreen@yaho.com
p yahoo sorry. mgreen@yahoo.com
l Thanks!
""", label="mgreen@yahoo.com research none UMBC local UMBC")

la("CC-L1044", "2025-10-01 13:35:50", AUN, "Paul", "paul.inventor@example.com",
   "patent search", lib="Will",
   t="""
p I have an idea for a kitchen gadget and want to check if it's already patented
p I'm in Rockville
l Hi Paul! A prior art search takes some skill. I'll have a patent specialist follow up with you.
""", label="= research specialist MCPL local MCPL")

la("CC-L1045", "2026-02-24 16:55:32", AUN, "Harriet", "hwestbrook@example.org",
   "old maps", lib="Grace",
   t="""
p I'm in New Jersey and looking for maps of Baltimore harbor from the 1850s for a book I'm writing
l Hi Harriet! Historic maps are specialized, so I'll pass this to a specialist who knows the map collections.
""", label="= research specialist - specialist EPFL")

la("CC-L1046", "2026-06-16 10:48:19", CALV, "Norma", "norma.fitch@example.net",
   "write a will", lib="Sue",
   t="""
p Is there a simple way to make a will? Do I need a lawyer?
l Hi Norma! Maryland has rules about wills. I can't give legal advice, but a law librarian can send you good resources.
p Please
""", label="= research law CALVERT law MSLL")

la("CC-L1047", "2026-01-26 19:40:03", AUN, "Tom Harford", "t.harford77@example.com",
   "hoopla limit", lib="Chris",
   t="""
p hoopla says ive reached my monthly limit but i only borrowed 2 things
l Hi Tom! Limits are set by each library. I'll have someone check into it and email you.
""", label="= access none - default AUN")

la("CC-L1048", "2025-11-05 14:03:39", TOWSON, "Jun", "n/a",
   "laptop", lib="Will",
   t="""
p can i keep the library laptop over thanksgiving break
l Hi Jun! Laptop loans usually have short limits. I'll ask circulation. What's your email?
p jlee22 at example dot edu
""", label="jlee22@example.edu circulation none TOWSON local TOWSON", written=True)

la("CC-L1049", "2026-03-04 11:51:26", AUN, "Arlene", "arlene.k.moss@example.com",
   "large print", lib="Grace",
   t="""
p My eyesight is going, I have low vision now. Can I get large print or audio books mailed to me? I live in Easton.
l Hi Arlene! There's a free state service for people with low vision. I'll connect you with them.
""", label="= policy print-disability TALBOT print-disability LBPH")

la("CC-L1050", "2025-12-22 17:31:44", AUN, "Guest", "kd.reads@example.com",
   "hold the trial", lib="Sue",
   t="""
s No librarian available. Please leave your question and e-mail address.
p can you put The Trial by Kafka on hold for me at the severna park branch
""", label="= circulation none AACPL local AACPL")

la("CC-L1051", "2026-04-15 13:20:58", AUN, "Shauna", "shauna.b@example.com",
   "eviction notice", lib="Will",
   t="""
p got an eviction notice today. i live in baltimore city. how long do i have
l Hi Shauna, I'm sorry. I can't give legal advice, but I can connect you with legal resources. A law librarian will email you.
""", label="= research law EPFL law MSLL")

la("CC-L1052", "2026-02-19 10:15:37", UMBC, "Dr. Ellis", "jellis@example.edu",
   "still no ill", lib="Sue",
   t="""
p I requested an ILL article two weeks ago and nobody has responded, and I was told I'd hear back in 2 days
p This is the second time
l I'm sorry, Dr. Ellis. I'll look into it and report the delay.
""", label="= access none UMBC quality QC")

la("CC-L1053", "2026-05-01 20:28:50", AUN, "Guest", "none",
   "overdrive", lib="Chris",
   t="""
p my overdrive ebook wont open on my kindle
l Hi! Would you like someone to email you with troubleshooting steps?
p no thanks, ill figure it out
""", label="- access none - no-email -")

la("CC-L1054", "2026-06-24 12:39:13", AUN, "Sarah", "sarahb@gmail",
   "kanopy", lib="Grace",
   t="""
p kanopy wont take my card number, says invalid
l Hi Sarah! Which library is your card from?
s Patron disconnected
""", label="- access none - no-email -")

# Not follow-ups (no labels).
la("CC-L1090", "2026-01-12 14:02:10", AUN, "Guest", "", "hours", lib="Sue", status="Answered",
   t="""
p what time does the library close today
l It depends on the library, which one?
p never mind found it
""")

la("CC-L1091", "2026-03-02 09:15:43", TOWSON, "Guest", "", "", lib="Will", status="Missed",
   t="""
p hello?
s Patron left the chat
""")

la("CC-L1092", "2025-11-20 16:44:18", UMBC, "Guest 3307", "", "citation", lib="Chris",
   status="Answered", t="""
p how do i cite a tweet in mla
l Author's name, the tweet text in quotes, X, date, URL.
p thx
""")

la("CC-L1093", "2026-04-30 21:10:08", AUN, "Guest", "ppark@example.com", "renew", lib="Grace",
   status="Transferred", t="""
p renew books?
s Chat transferred
""")


# ---------------------------------------------------------------------------------------------
# LibraryH3lp-style chats (c_h3lp.jsonl). guest "web"/"ca" get a generated JID on
# web.libraryh3lp.com / web.ca.libraryh3lp.com; "sms:NUMBER" and "twilio:NUMBER" are phone guests.
# ---------------------------------------------------------------------------------------------

h3("CC-H2001", "2026-01-05 12:14:09", AUN, "sms:4105550142", None, protocol="sms",
   t="""
p how do i renew my books online
l Hi! Which library card do you have?
p harford county
l Thanks! You can renew in your account on their site. If it won't let you, staff can help. Want them to email you?
p yes k.odom@example.net
""", label="k.odom@example.net circulation none HARFORD local HARFORD")

h3("CC-H2002", "2025-10-09 02:40:51", AUN, "ca", None, lib="frederick.247@chat.libraryh3lp.com",
   t="""
l Hello, this is Frederick with the 24/7 Cooperative. How can I help?
p hi, i'm in ottawa. my ancestors lived in hagerstown maryland in the 1860s and i'm trying to find out if any fought in the civil war
l What a great project. Do you have names?
p Jacob and Samuel Reidenour
l Civil War service records and local histories would help. This needs a genealogy specialist, so I'll send it on for follow-up. Email?
p m.reidenour@example.ca
""", label="m.reidenour@example.ca research specialist - specialist EPFL")

h3("CC-H2003", "2026-02-23 22:05:33", TOWSON, "web", "tbell12@example.edu",
   t="""
p off campus login says invalid credentials but i can log into my email fine
l Hi! Are you using your NetID and password?
p yes
l It might be an account sync issue. I'll pass this to the library's e-resources staff to check.
""", label="= access none TOWSON local TOWSON")

h3("CC-H2004", "2026-03-16 16:20:44", AUN, "twilio:4435550177", None, protocol="twilio",
   t="""
p how much r fines for dvds
l Hi! It depends on the library. Which one do you use?
p just text me back
l I'm sorry, we can only follow up by email. Do you have one?
p no
""", label="- policy none - no-email -")

h3("CC-H2005", "2025-11-19 13:02:27", AUN, "web", None,
   t="""
p my landlord is keeping my security deposit for "cleaning" even tho i left it spotless. i rent in silver spring
l I'm sorry to hear that. Maryland has specific rules for security deposits. I can have a law librarian send you info. What's your email?
p alexis.monroe.md@example.com
""", label="alexis.monroe.md@example.com research law MCPL law MSLL")

h3("CC-H2006", "2026-04-06 10:33:18", AUN, "web", "dbrennan.vo@example.com",
   t="""
p im blind and use voiceover. the buttons in the libby app arent labeled so i cant tell which is borrow
l Thanks for telling me. That's an accessibility problem with the app. I'll send this on to people who work with accessible reading every day.
p thank you
""", label="= access print-disability - print-disability LBPH")

h3("CC-H2007", "2026-02-04 19:47:55", STEV, "web", "cmorales3@example.edu",
   t="""
p cant get into nexis uni, need it for my business law class case brief
l Hi! What happens when you try?
p it says my institution isnt recognized
l Sounds like a login problem on the library's side. I'll send it to them to fix and they'll email you.
""", label="= access none STEVENSON local STEVENSON")

h3("CC-H2008", "2025-12-08 11:25:12", UMBC, "web", "hkim22@example.edu",
   t="""
p when will my ILL book get here? requested it 10 days ago
l Hi! I can't see ILL requests from chat, but I'll ask the ILL staff to email you the status.
p ok thx
""", label="= access none UMBC local UMBC")

h3("CC-H2009", "2026-01-17 14:55:40", AUN, "web", "r.abernathy@example.com",
   lib="frederick.247@chat.libraryh3lp.com", lib2="anne@chat.libraryh3lp.com",
   t="""
s Chat transferred to aun-overflow
m Hi, I'm Anne. How can I help?
p how do i print something at the catonsville branch from my laptop
m There's usually a web print page. I'll have the branch email you the link.
""", label="= other none BCPL local BCPL")

h3("CC-H2010", "2026-03-25 15:44:02", AUN, "web", None,
   t="""
p doing a paper on the 1918 flu in cumberland for my history class. need sources
p i live in frostburg btw
l Hi! Old newspapers would be great for that. I'll have your library email you some sources. What email should they use?
p kira.fields@example.com
""", label="kira.fields@example.com research none ALLEGANY local ALLEGANY")

h3("CC-H2011", "2025-10-20 01:12:36", AUN, "ca", "claudine.r@example.ca",
   lib="chris.247@chat.libraryh3lp.com",
   t="""
p hello from montreal. can I borrow ebooks from a maryland library if I live in canada?
l Hi! Most Maryland public libraries require you to live, work or study in Maryland, but some offer paid cards. I'll have someone send you details.
""", label="= policy none - default AUN")

h3("CC-H2012", "2026-05-04 13:30:21", PRATT, "web", "jpowell.fp@example.com",
   t="""
p i had a hold come in but i cant get to the branch before it expires. can they keep it longer? i live in fells point
l Hi! Holds are usually kept about a week. I'll ask the branch to email you about extending it.
""", label="= circulation none EPFL local EPFL")

h3("CC-H2013", "2025-09-15 10:42:14", PRATT, "web", "ebrown.family@example.org",
   t="""
p looking for my grandmothers obituary, she died in 1962 in baltimore. Eleanor Brown
l Hi! Obituaries from that time would be in the Baltimore Sun or Afro-American. A genealogy specialist can search the old papers for you.
p yes please
""", label="= research specialist - specialist EPFL")

h3("CC-H2014", "2026-06-08 18:05:37", AUN, "sms:2405550163", None, protocol="sms",
   t="""
p whats the wifi password at the library
l Hi! Which library are you at?
p the one by the mall
l Staff at the desk can tell you. If you want, someone can email you too.
p r.tate@example.com
""", label="r.tate@example.com other none - default AUN")

h3("CC-H2015", "2026-02-12 20:20:48", AUN, "web", None,
   t="""
p can i use ancestry library edition from home? im in columbia md
l Hi! Let me check. What's your email in case I need to send you info?
p dgarcia@hotmial.com
p *hotmail
l Got it, thanks!
""", label="dgarcia@hotmail.com access none HCLS local HCLS", written=True)

h3("CC-H2016", "2025-11-03 17:38:10", AUN, "web", "lwatts.bowie@example.com",
   t="""
p trying to get into consumer reports through the library
s Patron disconnected
p it keeps kicking me out of this chat!! 3rd try
l I'm sorry! I'll report the problem. You're in Bowie, right?
p yes
l OK. I'll have someone from Prince George's email you the Consumer Reports link.
""", label="= access none PGCMLS quality QC")

h3("CC-H2017", "2025-10-27 09:18:53", AACC, "web", "oadeyemi@example.edu",
   t="""
p how do i cite a youtube video in mla
l Hi! The creator, title in quotes, YouTube, upload date, URL. I'll have your librarian email you an example.
""", label="= research none AACC local AACC")

h3("CC-H2018", "2026-04-13 14:11:29", FROST, "web", "walsh.alum09@example.com",
   t="""
p can alumni still use the library databases
l Hi! Alumni access varies by database. I'll have your library email you what's available.
""", label="= policy none FSU local FSU")

h3("CC-H2019", "2026-01-22 11:56:04", AUN, "web", None,
   t="""
p my ex stopped paying child support and i need to go back to court. where do i start
p im in hagerstown
l I'm sorry. The court has self-help centers, and a law librarian can send you the forms. Email?
p bianca.v@example.com
""", label="bianca.v@example.com research law WCFL law MSLL")

h3("CC-H2020", "2026-05-20 15:25:47", AUN, "web", "gvoss.pa@example.com",
   t="""
p I live in York PA. A contractor from Maryland took my deposit and never showed up. Can I sue him in small claims in Maryland?
l I can't give legal advice but a law librarian can send you information about small claims in Maryland.
""", label="= research law - law MSLL")

h3("CC-H2021", "2025-12-15 10:07:19", AUN, "web", "h.ostrowski@example.net",
   t="""
p my talking book player stopped working. what do i do
p i'm in cockeysville
l Hi! The talking book library can send you a replacement. I'll pass it to them.
""", label="= circulation print-disability BCPL print-disability LBPH")

h3("CC-H2022", "2026-03-02 16:49:31", AUN, "web", "renee.lowry@example.com",
   t="""
p my son is 12 and dyslexic. which ebook apps can read aloud to him? we're in westminster
l Hi! There are services for kids with print disabilities that offer audio and text-to-speech books. I'll have them follow up.
""", label="= access print-disability CARROLL print-disability LBPH")

h3("CC-H2023", "2026-01-09 21:34:16", HOWARD, "web", "p.ng.eccity@example.com",
   t="""
p libby says my hold is ready but the borrow button is grey
l Hi! Sometimes that means you've hit your checkout limit. I'll have our digital team email you.
""", label="= access none HCLS local HCLS")

h3("CC-H2024", "2025-09-29 19:02:50", MONT, "web", "m.cho.rockville@example.com",
   t="""
p kanopy says i have no credits left this month?? its the 3rd
l Hi! Credits reset on the 1st, so that's odd. I'll pass it to staff to look into.
""", label="= access none MCPL local MCPL")

h3("CC-H2025", "2026-06-01 12:22:44", PG, "sms:3015550129", "jdouglas.pg@example.com",
   protocol="sms",
   t="""
p card expired how do i renew
l Hi! You can renew at any branch with an ID. Staff can also email you other options.
p ok
""", label="= circulation none PGCMLS local PGCMLS")

h3("CC-H2026", "2025-10-14 15:15:05", BALTCO, "web", "ffaulk.events@example.org",
   t="""
p can nonprofits book the meeting rooms for free
l Hi! Meeting room rules are set by the library. I'll have staff email you the policy.
""", label="= policy none BCPL local BCPL")

h3("CC-H2027", "2026-02-18 18:41:38", AUN, "web", "bookclub.wendy@example.com",
   t="""
p can i get The Color of Law by Rothstein on hoopla or libby? i have an aacpl card
l Hi! Let me look. It's on Libby with a waitlist. I'll have your library email you about other formats.
""", label="= access none AACPL local AACPL")

h3("CC-H2028", "2026-04-20 13:10:55", AUN, "web", "j.hostetler@example.com",
   t="""
p hi im in york pa doing a school project on the ellicott city flood. need sources
l Hi! News articles and county reports would help. I'll have someone email you a list.
""", label="= research none - default AUN")

h3("CC-H2029", "2026-03-10 11:47:28", AUN, "web", "fred.okoye@example.net",
   t="""
p Hello this is Frederick. Where can I get federal tax forms
l Hi Frederick! Some libraries have them in the lobby, and they're on the IRS website. I'll have someone follow up.
""", label="= other none - default AUN")

h3("CC-H2030", "2025-11-10 14:36:52", AUN, "web", None,
   t="""
p need peer reviewed articles on climate anxiety in teens
l Hi! Do you have access through a school?
s Patron disconnected
""", label="- research none - no-email -")

h3("CC-H2031", "2026-05-11 10:04:33", AUN, "sms:4105550188", None, protocol="sms",
   t="""
p need a book about diabetes diet for my mom
p we're in dundalk
l Hi! Someone can email you some titles. What's your email?
p jmurphy88 at example dot com
""", label="jmurphy88@example.com research none BCPL local BCPL", written=True)

h3("CC-H2032", "2025-12-02 15:58:07", UMBC, "web", "okamara@example.edu",
   t="""
p the last librarian i chatted with just ended the chat on me in the middle of my question
p i still need help getting into proquest dissertations
l I'm sorry that happened, I'll pass that feedback along. Let me try to help with ProQuest.
""", label="= access none UMBC quality QC")

h3("CC-H2033", "2026-01-28 20:19:24", AUN, "web", "ldimaggio@example.com",
   t="""
p I live in Ohio. My great-grandfather came through the port of Baltimore in 1905 from Italy. How can I find the ship manifest?
l That's a great question. Passenger lists for Baltimore exist, and a genealogy specialist can help you find him.
""", label="= research specialist - specialist EPFL")

h3("CC-H2034", "2026-06-15 11:30:41", AUN, "web", "s.whitcomb@example.org",
   t="""
p where can i read the debates from the 1867 maryland constitutional convention
l Hi! Those proceedings were published, but finding the originals will take a specialist. I'll have one follow up by email.
""", label="= research specialist - specialist EPFL")

h3("CC-H2035", "2025-10-31 03:22:18", AUN, "ca", "a.ferris@example.com",
   lib="grace.247@chat.libraryh3lp.com",
   t="""
p forgot my pin for my library account. i live in elkton
l Hi! I'm with the 24/7 Cooperative. Staff at your library can reset it. I'll ask them to email you.
""", label="= circulation none CECIL local CECIL")

h3("CC-H2036", "2026-02-25 12:43:01", AUN, "web", "priya.n.laurel@example.com",
   t="""
p can my library get me a book from another library system? i live in north laurel
l Hi! Yes, that's interlibrary loan. I'll have your library email you how to request it.
""", label="= access none HCLS local HCLS")

h3("CC-H2037", "2026-04-01 17:06:29", AUN, "web", "ben.castellano@example.com",
   t="""
p can i use zoom on the library computers for a job interview
l Hi! Most libraries allow that. Are you a Howard County resident?
p why does that matter lol
l Just so I can check the right policy. I'll have someone follow up by email.
""", label="= other none - default AUN")

h3("CC-H2038", "2026-03-19 13:55:12", CARROLL, "web", "n/a",
   t="""
p are dogs allowed in the library
l Hi! Service animals are always allowed. For pets I'd need to check.
s Patron disconnected
""", label="- policy none CARROLL no-email -")

h3("CC-H2039", "2025-12-29 23:48:33", AUN, "web", "nightowl.troll@example.com",
   t="""
p i know where you work
p [threatening message removed]
l This chat is being ended and reported.
""", label="= other none - quality QC")

h3("CC-H2040", "2026-05-26 14:28:50", AUN, "twilio:4435550134", None, protocol="twilio",
   t="""
p do u have braille music scores
l Hi! The state library for the blind has some. Want them to email you?
p yes k.pham@example.org
""", label="k.pham@example.org policy print-disability - print-disability LBPH")

h3("CC-H2041", "2025-09-17 16:12:08", AUN, "web", "gwyn.a.ross@example.com",
   t="""
p I need information on lupus and any clinical trials near Baltimore. I live in Towson
l Hi Gwyn! MedlinePlus and ClinicalTrials.gov are good starts. I'll have your library send you more.
""", label="= research none BCPL local BCPL")

h3("CC-H2042", "2026-01-13 10:29:46", HARF, "web", "c.abbott@example.net",
   t="""
p can i return books from abingdon at a different branch
l Hi! Generally yes, but I'll have staff confirm by email.
""", label="= policy none HARFORD local HARFORD")

h3("CC-H2043", "2026-03-23 19:14:57", AUN, "web", None,
   t="""
p how can i get a weed charge from 2015 taken off my record
p i live in essex
l That's expungement. The law library can send you the forms. Email?
p dshields.md@example.com
""", label="dshields.md@example.com research law BCPL law MSLL")

h3("CC-H2044", "2026-04-27 09:41:15", AUN, "web", "n.alvarez.de@example.com",
   t="""
p how do i get to the pratt central library from penn station? visiting from delaware next week
l Hi! It's about a mile; the Charm City Circulator or a cab works. I'll have someone email you directions.
""", label="= other none - default AUN")

h3("CC-H2045", "2026-05-14 12:51:23", AUN, "web", "tmcgee.york@example.com",
   t="""
p I work in an office on Pratt Street downtown but live in York County PA. Can I get a library card?
l Hi! Some libraries give cards to people who work in the area. I'll have someone email you the rules.
""", label="= policy none - default AUN")

h3("CC-H2046", "2026-02-05 21:07:36", AUN, "web", "sadie.k@example.edu",
   lib="chris.247@chat.libraryh3lp.com",
   t="""
p im a towson student, cant log in to the databases from home, my netid doesnt work
l Hi! I'm with the 24/7 Cooperative. I'll send this to Towson's library so they can check your access.
""", label="= access none TOWSON local TOWSON")

h3("CC-H2047", "2025-11-30 13:19:48", AUN, "sms:3015550111", None, protocol="sms",
   t="""
s No librarian available
p im in prince georges. whats the closest library open on sunday
p mkeller.pg@example.com
""", label="mkeller.pg@example.com policy none PGCMLS local PGCMLS")

h3("CC-H2048", "2026-06-22 15:36:02", AUN, "web", "l.brandt.pf@example.com",
   t="""
p can i borrow a laptop from the library? i'm in prince frederick
l Hi! Some libraries lend laptops and hotspots. I'll have your library email you.
""", label="= circulation none CALVERT local CALVERT")

h3("CC-H2049", "2025-10-22 11:09:45", AUN, "web", "joan.pelletier@example.net",
   t="""
p My mother has bad arthritis and can't hold a book or turn pages anymore. Is there any help for that?
l Yes! People who can't hold a book can qualify for talking books. I'll send this to the Library for the Blind and Print Disabled.
""", label="= policy print-disability - print-disability LBPH")

h3("CC-H2050", "2026-03-06 14:20:38", AUN, "web", "a.tillman.ga@example.com",
   t="""
p I'm in Georgia researching letters my ancestor wrote after Antietam. Are there archives in Maryland with soldiers' letters?
l Hi! Yes, there are manuscript collections. A specialist can follow up with where to look.
""", label="= research specialist - specialist EPFL")

h3("CC-H2051", "2026-05-07 14:48:26", AUN, "web", "t.okonkwo@example.com",
   lib="priya-hcls@chat.libraryh3lp.com",
   t="""
p how do i get into the consumer health database from home, it asks for a barcode
l Hi! Each library has its own login for that. Which library card do you have?
p not sure, maybe i dont have one
l OK, I'll have someone follow up by email about getting a card and access.
""", label="= access none - default AUN")

h3("CC-H2052", "2026-01-31 16:02:58", AUN, "web", None,
   t="""
p my ebook from overdrive disappeared from my kindle before it was due
l Hi! Sometimes it's a sync issue. If you'd like help later, you can also write to our service at askus@example.org
p ok
s Patron disconnected
""", label="- access none - no-email -")

h3("CC-H2053", "2026-03-12 10:38:20", TOWSON, "web", "mreyes8@example.edu",
   t="""
p need the full text of an article from the journal of school psychology, our library only has the abstract
l Hi! I can request it for you through interlibrary loan. Is your school email ok?
p actually email me at marisol.reyes@example.com, i check that more
l Will do.
""", label="= access none TOWSON local TOWSON")

h3("CC-H2054", "2025-11-24 19:27:45", AUN, "web", None,
   t="""
p my libby loan says expired but i only got it 3 days ago. im in bethesda
l Hi! Some loans are 7 days. I'll have your library check your account. What's your email?
p lpierce(at)example(dot)org
""", label="lpierce@example.org access none MCPL local MCPL", written=True)

h3("CC-H2055", "2026-02-10 13:06:17", UMBC, "sms:4435550150", "bolu.a@example.edu",
   protocol="sms",
   t="""
p link says i have to pay 40 dollars for an article
l Hi! Are you going through the library website?
p no google
l Try from the library site. If it still asks, our staff will email you the article.
p k
""", label="= access none UMBC local UMBC")

h3("CC-H2056", "2025-12-04 15:33:09", AUN, "web", "cawhitfield@example.net",
   t="""
p how do i do a footnote for a letter from an archive in chicago style? its for my history paper
p thanks, Carroll
l Hi Carroll! The footnote names the writer, recipient, date, collection and archive. I'll have someone email you an example.
""", label="= research none - default AUN")

h3("CC-H2057", "2026-04-23 18:17:40", AUN, "web", "deja.t.gb@example.com",
   t="""
p I asked you guys about my eviction case last week and was promised an email. Never got one
p I still need to know how to ask the court for more time. I live in Glen Burnie
l I'm very sorry that happened. I'll report that you never heard back and get this to a law librarian.
""", label="= research law AACPL quality QC")

# Not follow-ups (no labels).
h3("CC-H2090", "2026-01-08 15:00:12", AUN, "web", None, status="Answered", t="""
p is the library open today
l Which library?
p nvm
""")

h3("CC-H2091", "2026-02-14 11:11:11", AUN, "sms:4105550199", None, status="Lost Call",
   protocol="sms", t="""
p hi
s Patron disconnected
""")

h3("CC-H2092", "2025-12-11 20:40:00", UMBC, "web", None, status="Answered", t="""
p where is the printer
l First floor by the entrance.
""")

h3("CC-H2093", "2026-04-09 10:20:30", AUN, "web", None, status="Transferred", t="""
p need help with a form
s Chat transferred
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
    rng = random.Random("c-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC)
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(10, 50) + len(text) // rng.randint(2, 4))
        out.append((at.astimezone(NY), code, text))
    return out


def la_clock(t):
    return f"{t.hour % 12 or 12:02d}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def h3_clock(t):
    return f"{t.hour % 12 or 12}:{t.minute:02d}{'AM' if t.hour < 12 else 'PM'}"


def la_escape(text):
    """HTML-escape as LibAnswers writes a transcript."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#039;"))


LA_HEADER = ["Session ID", "Date", "Time", "Profile", "Visitor", "E-mail", "First Question",
             "Answerer", "Duration", "Disposition", "Referrer", "Tags", "Chat Transcript"]

REFERRERS = {
    AUN: "https://askusnow.example.org/chat/",
    PRATT: "https://www.prattlibrary.example.org/ask/",
    TOWSON: "https://libraries.towson.example.edu/ask-us",
    UMBC: "https://library.umbc.example.edu/help",
}


def la_record(c):
    names = {"p": c["patron"] or "Guest", "l": c["lib"], "m": c["lib2"], "s": "System"}
    timed = timed_lines(c)
    sep = "\r" if c["cr"] else "\n"
    transcript = sep.join(f"{la_clock(t)} - {names[code]}: {la_escape(text)}"
                          for t, code, text in timed)
    start = local_start(c["start"])
    duration = int((timed[-1][0] - start).total_seconds()) + 20
    return [
        c["cid"],
        f"{start.month}/{start.day}/{start.year}",
        f"{start.hour % 12 or 12}:{start.minute:02d} {'AM' if start.hour < 12 else 'PM'}",
        c["origin"],
        c["patron"],
        c["email"] or "",
        c["q"],
        c["lib"].split(" (")[0],
        str(duration),
        c["status"],
        c["referrer"] or REFERRERS.get(c["origin"], "https://askusnow.example.org/chat/"),
        c["tags"] or ("shared follow-up" if c["status"] == FU else ""),
        transcript,
    ]


def guest_jid(c):
    g = c["patron"]
    if g.startswith("sms:"):
        return g[4:] + "@sms.libraryh3lp.com"
    if g.startswith("twilio:"):
        return "+1" + g[7:] + "@twilio.libraryh3lp.com"
    hexid = random.Random("c-jid-" + c["cid"]).getrandbits(64)
    host = "web.ca.libraryh3lp.com" if g == "ca" else "web.libraryh3lp.com"
    return f"{hexid:016x}@{host}"


def h3_record(c):
    guest = guest_jid(c)
    names = {"p": guest, "l": c["lib"], "m": c["lib2"], "s": "system"}
    timed = timed_lines(c)
    transcript = "\n".join(f"{h3_clock(t)} {names[code]}: {text}" for t, code, text in timed)
    start = local_start(c["start"]).astimezone(UTC)
    end = timed[-1][0].astimezone(UTC) + timedelta(seconds=15)
    z = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
    return {
        "conversation_id": c["cid"],
        "queue": c["origin"],
        "protocol": c["protocol"],
        "guest": guest,
        "operator": c["lib2"] or c["lib"],
        "started": z(start),
        "ended": z(end),
        "email": c["email"],
        "resolution": c["status"],
        "tags": c["tags"] or (["shared-followup"] if c["status"] == FU else []),
        "transcript": transcript,
    }


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(LA_HEADER)
    w.writerows(rows)
    return buf.getvalue()


def jsonl_text(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in chats if c["label"])


FILES = [("c_libanswers.csv", LA, la_record, csv_text),
         ("c_h3lp.jsonl", H3, h3_record, jsonl_text)]


def part_dir(name):
    """Where a file of this part lives: all of part c trains the category model."""
    return "train"


def all_texts():
    """Every file this script owns: path -> text."""
    out = {}
    for name, chats, record, text in FILES:
        out[HERE / part_dir(name) / name] = text([record(c) for c in chats])
        out[HERE / part_dir(name) / (name + ".labels.csv")] = labels_text(chats)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "c", counts_table)
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


def read_back(name):
    """The records of a written export, as dicts with the chat id under "id"."""
    text = read_text(HERE / part_dir(name) / name)
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if rows[0] != LA_HEADER:
            raise ValueError(f"header {rows[0]}")
        out = []
        for r in rows[1:]:
            if len(r) != len(LA_HEADER):
                raise ValueError(f"{len(r)} fields in {r[:1]}")
            rec = dict(zip(LA_HEADER, r))
            rec["id"] = rec["Session ID"]
            rec["text"] = rec["Chat Transcript"]
            out.append(rec)
        return out
    out = []
    for line in text.split("\n"):
        if line:
            rec = json.loads(line)
            rec["id"] = rec["conversation_id"]
            rec["text"] = rec["transcript"]
            out.append(rec)
    return out


TIME_LINE = {
    "c_libanswers.csv": re.compile(r"^(0[1-9]|1[0-2]):[0-5]\d (AM|PM) - [^:]+: "),
    "c_h3lp.jsonl": re.compile(r"^([1-9]|1[0-2]):[0-5]\d(AM|PM) [^ :]+: "),
}


def check_all():
    problems = []
    chats = LA + H3
    seen = set()
    for c in chats:
        if c["cid"] in seen:
            problems.append(f"{c['cid']}: duplicate chat id")
        seen.add(c["cid"])
        if not c["cid"].startswith("CC-"):
            problems.append(f"{c['cid']}: chat id without the CC- prefix")
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
    for name, own, _, _ in FILES:
        try:
            records = read_back(name)
        except (ValueError, json.JSONDecodeError) as e:
            problems.append(f"{part_dir(name)}/{name}: does not read back: {e}")
            continue
        in_file = [r["id"] for r in records]
        if in_file != [c["cid"] for c in own]:
            problems.append(f"{part_dir(name)}/{name}: records differ from the chats held here")
        for r in records:
            for line in re.split(r"\r\n|\r|\n", r["text"]):
                if not TIME_LINE[name].match(line):
                    problems.append(f"{part_dir(name)}/{name}: {r['id']}: line {line[:40]!r}")
        check_labels_file(part_dir(name), name, in_file, by_id, check_label, problems)
    return problems


def counts():
    out = []
    for name, chats, _, _ in FILES:
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", LA + H3), ("libanswers", LA), ("h3lp", H3)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [("libanswers", LA), ("h3lp", H3), ("all", LA + H3)]
    return labels_table(cols, LA + H3)


if __name__ == "__main__":
    sys.exit(main("c_build", all_texts, check_all, counts))
