#!/usr/bin/env python3
"""Writes and checks the "l" part of aun's labelled corpus (l1 in train/, l2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, no real person's data.
Each chat carries its label, written by hand from rules.md sections 5-6 when the chat was written,
before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", or corrected by the patron retyping only part of it). Chats
whose resolution is not "Follow Up By Patron Library" carry no label and get no labels row. Where
the patron changes topic, the category (and subject need) is that of the question left open for
the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (l1 and l2):
  lN_kuhn_libchat.csv  an academic library's own LibChat-style queue (UMBC's Albin O. Kuhn
                       Library): `Chat ID,Timestamp,Department,Guest,Guest Email,Answerer,Initial
                       Question,Duration,Rating,Tags,Status,Transcript`; `Timestamp`
                       `2026-04-13 10:05` (New York, no seconds); `Department` `UMBC` or `Albin O.
                       Kuhn Library`; transcript lines `10:05 AM Name: text` (12-hour clock, no
                       seconds, no dash) separated by a carriage return alone inside the quoted
                       field; CRLF between records. Staff by first name only.
  lN_statewide_brk.csv a statewide public queue's CSV: `Ref,Opened At,Account,Visitor,User Email,
                       Topic,Staff,Wrapup,Conversation`; `Opened At` `4/13/2026 14:05` (US date,
                       24-hour clock, New York); transcript lines `[14:05] Name: text` joined by
                       LF, LF between records. SMS visitors named by their number
                       (`(410) 555-0134`), overnight staff `Name (24/7 Cooperative)`.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then l1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/l_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/l_build.py --check   (writes nothing: fails when a file
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
    address_problems, export_texts, half_files, label_row, labels_csv, labels_table, lines_of, main,
    read_back_problems, readme_with_counts, rule_problems, tally_lines, typed_email_problems,
    vocabulary_problems,
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
UMBC = "UMBC"
KUHN = "Albin O. Kuhn Library"
HOWARD = "Howard County Library System"
HARF = "Harford County Public Library"
CHARLES = "Charles County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {UMBC: "UMBC", KUHN: "UMBC", HOWARD: "HCLS", HARF: "HARFORD", CHARLES: "CHARLES"}

UC = []  # the academic queue's LibChat-style CSV chats
SW = []  # the statewide queue's bracketed-time CSV chats

UC_STAFF = {"megan": "Megan", "will": "Will", "tasha": "Tasha", "carroll": "Carroll"}
SW_STAFF = {"deb": "Deb", "marcus": "Marcus", "frederick": "Frederick",
            "imani": "Imani (24/7 Cooperative)", "teo": "Teo (24/7 Cooperative)"}
NIGHT = {"imani", "teo"}


def _start(n, seed, night=False):
    """The n-th chat of a style starts on a spring 2026 day (New York), at a time drawn with a
    seed: between 9 am and 9 pm, or between 10 pm and 5 am for the overnight staff."""
    rng = random.Random(seed)
    day = datetime(2026, 4, 13) + timedelta(days=(n * 4) // 9)
    hour = rng.choice([22, 23, 0, 1, 2, 3, 4]) if night else rng.randint(9, 20)
    if night and hour < 12:
        day += timedelta(days=1)
    return (day + timedelta(hours=hour, minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def uc(cid, dept, guest, email, t, label=None, op="megan", status=FU, written=False,
       rating=""):
    """A chat of the academic queue. guest: what LibChat shows (empty: `Guest NNNN`)."""
    rng = random.Random("l-uc-name-" + cid)
    UC.append(dict(cid=cid, start=_start(len(UC), "l-uc-" + cid), origin=dept,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=UC_STAFF[op] if op else None, status=status,
                   written=written, rating=rating, sms=False))


def sw(cid, account, visitor, email, t, label=None, op="deb", status=FU, written=False):
    """A chat of the statewide queue. visitor: the name typed in the form, a 10-digit 555
    number for an SMS visitor (shown `(410) 555-0134`), or empty for `Guest NNNN`."""
    rng = random.Random("l-sw-name-" + cid)
    sms = visitor.isdigit()
    if sms:
        visitor = f"({visitor[:3]}) {visitor[3:6]}-{visitor[6:]}"
    SW.append(dict(cid=cid, start=_start(len(SW), "l-sw-" + cid, night=op in NIGHT),
                   origin=account, patron=visitor or f"Guest {rng.randint(1000, 9999)}",
                   email=email, t=t, label=label, lib=SW_STAFF[op] if op else None,
                   status=status, written=written, sms=sms))


# ---------------------------------------------------------------------------------------------
# The academic queue (lN_kuhn_libchat.csv): UMBC's own LibChat, mostly access questions
# ---------------------------------------------------------------------------------------------

uc("CL-U101", UMBC, "", "", """
p hi how do i get full text of "Court-involved youth and school connectedness" its in journal of school health
l Hi! Let me look. Is this for a class?
p yes soci 301 w prof frederick, due fri
l We only have that journal from 2021 on and the article is 2017, so I'll request it through interlibrary loan for you. What email should it go to?
p jmorales3@example.org
""", "jmorales3@example.org access none UMBC local")

uc("CL-U102", KUHN, "kt88812", "kt88812@example.org", """
p im off campus and every link i click says subscription required
l Hi! Are you starting from the library website or from Google Scholar?
p google scholar
l Try the database list on our page so the login is added, or set Google Scholar's library links to UMBC.
p still says subscription required on the psycinfo one
l I'll have our e-resources librarian look at that link and email you.
""", "= access none UMBC local", op="tasha")

uc("CL-U103", UMBC, "", "", """
p ebook wont download. adobe digital editions says E_ACT_NOT_READY
l Sorry about that! Which book is it?
p "public health law: power, duty, restraint" for hlth 405
l That one has a download limit per day, I'll check if we can get a chapter PDF instead. Can I email you?
p sure its r.ocampo@example.net
""", "r.ocampo@example.net access none UMBC local", op="will")

uc("CL-U104", UMBC, "", "", """
p can i get an article thru interlibrary loan if its not in any of our databases
l Yes! What's the citation?
p pratt, l. (2019) "will and testament in colonial virginia" william and mary quarterly
l I can submit that for you. What's your email?
p nah ill just do the form myself thx
""", "- access none UMBC no-email")

uc("CL-U105", UMBC, "dnguyen7", "", """
p the off campus login says invalid credentials but my myumbc login works fine
l Are you typing just your username, without the @ part?
p yes tried both ways
l OK, I'll pass this to our systems folks. Where can we reach you?
p dnguyen7 at example dot org
""", "dnguyen7@example.org access none UMBC local", op="carroll", written=True)

uc("CL-U106", KUHN, "Guest", "lpark@example.com", """
p i asked on here yesterday about a chapter scan and the person just left without saying anything
l I'm really sorry, that shouldn't have happened.
p and the scan never came either
l I'll report what happened and make sure someone sends the scan. Which chapter was it?
p ch 4 of "the baltimore rowhouse" for amst 350
""", "= access none UMBC quality", op="megan")

uc("CL-U107", UMBC, "", "b.asante@example.com", """
p hi im registered w student disability services, i use a screen reader and our textbook pdf is just scanned images
l Thanks for telling me. We can ask the publisher for an accessible file, and I'll include information on the Maryland Library for the Blind and Print Disabled.
p thank u, its "organizational behavior" 9th ed for mgmt 210
""", "= access print-disability UMBC print-disability", op="tasha")

uc("CL-U108", UMBC, "", "", """
p not for a class but my landlord in arbutus is keeping my whole security deposit bc i moved out 2 weeks early. can he do that
l I can't give legal advice, but I can send you Maryland's tenant resources, and a law librarian can follow up.
p yes pls. mwatts@example.net
""", "mwatts@example.net research law UMBC law", op="will")

uc("CL-U109", UMBC, "Guest", "s.iyer@example.org", """
p does umbc have uptodate? it wants me to pay
l We don't subscribe to UpToDate, but DynaMed and some nursing databases cover a lot of the same.
p my preceptor said uptodate specifically tho
l I'll ask our health sciences librarian and email you what we can get.
""", "= access none UMBC local", op="megan")

uc("CL-U110", KUHN, "", "ekwame@example.com", """
p how do i cite a court case in apa, its brown v board
l Court cases use the case name, volume, reporter and year. I'll send examples.
p what about a maryland court of appeals case too
l Sure, I'll include that.
""", "= research none UMBC local", op="carroll")

uc("CL-U111", UMBC, "", "", """
p jstor says you do not have access to this content
l Which article is it?
p "health care access in rural frederick county, 1990-2010"
l That journal's newest years aren't in our JSTOR package. Can I get your email to send it another way?
s Guest has left the chat.
""", "- access none UMBC no-email", op="tasha")

uc("CL-U112", UMBC, "jh44120", "jh44120@example.org", """
p i need to renew the laptop from the circ desk its due at 5 and i still have a lab
l Laptops are 4-hour loans, but let me see if I can extend yours.
p thanks my campus id is jh44120
""", "= circulation none UMBC local", op="will")

uc("CL-U113", UMBC, "", "", """
p can alumni still use the databases from home? i graduated in dec
l Some databases are open to alumni. I'll check which ones.
p ok email me, ritaw@example.com
""", "ritaw@example.com policy none UMBC local", op="megan")

uc("CL-U114", KUHN, "", "sarahk@example.com", """
p hi im in pennsylvania doing the online masters, how do i request chapter scans
l Distance students can request scans through our document delivery form. I'll email you the link and how it works.
p great thx
""", "= access none UMBC local", op="tasha")

uc("CL-U115", UMBC, "", "", """
p sorry the chat keeps dropping me
l I'm sorry, it looks like your connection has reset three times. I'll report it to our chat team. What did you need?
p full text of "abuse of discretion standard in appellate review"
l It's in a journal we get through HeinOnline. Where should I send the PDF?
p cgreen@example.org
""", "cgreen@example.org access none UMBC quality", op="carroll")

uc("CL-U116", UMBC, "Guest", "", """
p i need peer reviewed sources on lead paint in baltimore rowhomes for ges 110
l Good topic! Try Environment Complete and PubMed. Want me to send a list?
p can u send it to hpatel2@example.com
""", "hpatel2@example.com research none UMBC local", op="will")

uc("CL-U117", UMBC, "", "mo.diallo@example.net", """
p does dyslexia count for the talking books thing? disability office said to ask u
l Yes, reading disabilities like dyslexia can qualify for the Maryland Library for the Blind and Print Disabled. I'll email you the application.
""", "= policy print-disability UMBC print-disability", op="megan")

uc("CL-U118", KUHN, "", "", """
p ebook "when will they learn: school discipline in america" says it's in use by another user
l That one is single-user. I can ask for a multi-user license or put you next in line.
p ok do that, mrivera@example.com
""", "mrivera@example.com access none UMBC local", op="tasha")

uc("CL-U119", UMBC, "", "", """
p the ebook link for "crossing the court" just spins
l Hmm, it's loading for me. Want me to email you a direct link?
p no its fine ill try on my laptop
""", "- access none UMBC no-email", op="will")

uc("CL-U120", UMBC, "Guest", "a.bello@example.org", """
p ill request 4471 has been pending 2 weeks
l Let me look... it's an article on lake erie water quality in ohio?
p yes thats it
l The lending library hasn't answered; I'll send it to another one and email you.
""", "= access none UMBC local", op="carroll")

uc("CL-U121", UMBC, "", "tgarner@example.com", """
p where can i find opioid deaths by county for west virginia, stat 121 project
l The CDC WONDER database has county numbers. I'll send some other sources too.
""", "= research none UMBC local", op="megan")

uc("CL-U122", KUHN, "", "", """
p the printer on the first floor says out of quota but i have money on my card
l Sorry! Did you add the money today?
p yes this morning
l It can take an hour to show. I'll check with IT. Email?
p jbell@example.com
""", "jbell@example.com other none UMBC local", op="will")

uc("CL-U123", UMBC, "", "w.chen@example.net", """
p when im on the campus vpn the database says im not authorized but off vpn it works??
l The VPN and our proxy can get in each other's way. Which database?
p web of science
l I'll report the link to e-resources and email you when it's fixed.
""", "= access none UMBC local", op="tasha")

uc("CL-U124", UMBC, "", "", """
p the librarian at the desk yesterday was rude to me, basically told me to google it
l I'm sorry that happened. I'll pass your feedback on.
p i still need articles on social media and teen anxiety for psyc 100
l Let's find some. Can I email you a few to start?
p ok nadia.r@example.com
""", "nadia.r@example.com research none UMBC quality", op="carroll")

uc("CL-U125", UMBC, "", "", """
p is the library open till 2am during finals
l I'll check the finals hours and get back to you.
p k
""", "- policy none UMBC no-email", op="will")

uc("CL-U126", KUHN, "", "", """
p my eyes are bad after surgery, can the ebooks be made bigger or read aloud? the pdfs are tiny
l Yes, some of our e-book platforms can read aloud. If it's long term, the Library for the Blind and Print Disabled can help too.
p prob a few months. email jolee@example.org
""", "jolee@example.org access print-disability UMBC print-disability", op="megan")

uc("CL-U127", UMBC, "", "", """
p not school related but i got served papers for small claims court over a car accident. where do i start
l I can send you the court's self-help resources, and a law librarian can follow up.
p k.osei@example.com thank u
""", "k.osei@example.com research law UMBC law", op="tasha")

uc("CL-U128", UMBC, "", "fhall@example.net", """
p doi 10.1016/j.example.2021.04.009 paywall, do we have it
l We have that journal but only after a 12-month embargo. I'll request it for you.
""", "= access none UMBC local", op="will")

uc("CL-U129", UMBC, "Guest", "pmurphy@example.org", """
p i have a hold on will in the world (the shakespeare bio) can my roommate pick it up
l Holds are picked up with your own card, but I'll ask if circulation can make an exception.
""", "= circulation none UMBC local", op="carroll")

uc("CL-U130", KUHN, "", "", """
p i need scholarly articles on the 1968 baltimore uprising for hist 200, prof carroll said to ask here
l Great! America: History and Life and JSTOR are good places. Want me to send search tips?
p yes. dwright@example.com
""", "dwright@example.com research none UMBC local", op="megan")

uc("CL-U131", UMBC, "", "cjones@example.net", """
p kanopy film "a civil action" wont play, just black screen
l Is it on a campus computer or your own?
p my own laptop, chrome
l I'll ask our media librarian and email you.
""", "= access none UMBC local", op="tasha")

uc("CL-U132", UMBC, "", "", """
p this is for me not a class. im trying to find my great grandfathers naturalization papers, he came through baltimore in 1911
l That's a great project. A specialist could help with records like those. Can I get your email?
p yes lgarcia5@example.com
""", "lgarcia5@example.com research specialist UMBC local", op="will")

uc("CL-U133", UMBC, "", "", """
p proxy says host not permitted for the nursing db
l Sorry! Which database, CINAHL?
p yes
l I'll pass it on. Can I email you when it's fixed?
p i dont check email lol
""", "- access none UMBC no-email", op="carroll")

uc("CL-U134", KUHN, "", "anita.s@example.org", """
p how many ILL requests can grad students have at once
l Grad students can have up to 50 active requests. I'll confirm and email you the policy page.
""", "= policy none UMBC local", op="megan")

uc("CL-U135", UMBC, "", "", """
p i have a 45 dollar fine for a lost calculator but i returned it last week
l Let me check your account. What's your campus ID?
p kb30217, email kbarnes@example.com
""", "kbarnes@example.com circulation none UMBC local", op="tasha")

uc("CL-U136", UMBC, "", "ltran@example.net", """
p ebook only lets me print 60 pages and i need 2 chapters
l That's the publisher's limit. I'll look into a scan of the second chapter.
""", "= access none UMBC local", op="will")

uc("CL-U137", UMBC, "", "rdiaz@example.com", """
p where is the gis lab, what floor
l It's on the 4th floor, but it's closed for the move this week. I'll email you when it reopens.
""", "= other none UMBC local", op="carroll")

uc("CL-U138", KUHN, "", "", """
p find me the full text of this article NOW you people are useless idiots
l I'm happy to help, but that language isn't okay.
p just send it to zk7@example.com and stop wasting my time
l I'm going to end this chat now and report it. Please come back when you're ready.
s Chat ended by operator
""", "zk7@example.com access none UMBC quality", op="megan")

uc("CL-U139", UMBC, "", "s.kaur@example.org", """
p nexis uni keeps saying session expired every 2 min
l Sorry! Try clearing cookies, and I'll report it to e-resources.
""", "= access none UMBC local", op="tasha")

uc("CL-U140", UMBC, "", "", """
p im blind and use jaws, the results page in the database doesnt read anything after the search box
l Thank you for telling me. I'll report that to the vendor, and I can send you other accessible options.
p ok. its aoyelaran at example dot com
""", "aoyelaran@example.com access print-disability UMBC print-disability", op="will", written=True)

uc("CL-U141", UMBC, "", "", """
p need a baltimore sun article from 1991 about the pratt library closing branches
l We have the Sun archive through ProQuest. Want me to email you the link?
p ya mkelly@example.net
""", "mkelly@example.net access none UMBC local", op="carroll")

uc("CL-U142", UMBC, "", "jpace@example.com", """
p my roommate moved out and the landlord says i owe his half of the rent, the lease has both our names
l I'm sorry, that's stressful. A law librarian can follow up with Maryland tenant resources.
""", "= research law UMBC law", op="megan")

uc("CL-U143", KUHN, "", "", """
p can i return books to a different usm library
l Yes, most USM libraries take returns for each other. I'll double check for you. Email?
p nah
""", "- policy none UMBC no-email", op="tasha")

uc("CL-U144", UMBC, "", "", """
p pls renew my books my id is ab12345
l Done for two of them; the third has a hold. Email for the receipt?
p abell@example.org
""", "abell@example.org circulation none UMBC local", op="will")

uc("CL-U145", UMBC, "", "", """
p help finding sources on frederick douglass years in baltimore
l Sure! Is this for a class?
p engl 243. email nkamau@example.con
p oops .com
""", "nkamau@example.com research none UMBC local", op="carroll", written=True)

uc("CL-U146", KUHN, "", "e.ward@example.com", """
p the find it @ umbc button is gone from google scholar
l Check Settings > Library links and add UMBC again. I'll email you screenshots.
""", "= access none UMBC local", op="megan")

uc("CL-U147", UMBC, "", "", """
p stats on health insurance coverage in delaware vs maryland, for econ 121
l The Census has good tables. Want a list?
p yes pls, gsmith@example.org
""", "gsmith@example.org research none UMBC local", op="tasha")

uc("CL-U148", UMBC, "", "hnoor@example.net", """
p can u get a chapter from "the court of public opinion" thru ill
l Yes, I'll put in the request for you.
""", "= access none UMBC local", op="will")

uc("CL-U149", UMBC, "", "vprice@example.com", """
p i was told last week someone would email me about my ill article and nobody did
l I'm sorry, that follow-up should have come. I'll report it and check on the article now.
""", "= access none UMBC quality", op="carroll")

uc("CL-U150", KUHN, "", "none", """
p is the library open easter sunday
l Let me check the holiday hours.
p ok
""", "- policy none UMBC no-email", op="megan")

uc("CL-U151", UMBC, "", "", """
p how do i get to psycinfo
l From the library homepage, Databases, then P. Here's the link.
p got it thx
""", status=ANS, op="tasha")

uc("CL-U152", UMBC, "", "", """
p hi is anyone there
""", status=LOST, op=None)

uc("CL-U153", KUHN, "", "", """
p can u help me find the article "frederick county health survey"
l Sure, one moment.
s Guest has left the chat.
""", status=LEFT, op="will")

uc("CL-U154", UMBC, "", "", """
p does the library have scanners
l Yes, on the 1st and 3rd floors.
p thanks
""", status=ANS, op="carroll")

uc("CL-U155", UMBC, "", "", """
p my sister in laurel wants to know if she can use our library as a visitor
l Visitors can use materials in the building. I'll send the visitor policy. Email?
p she isnt here rn, ill ask her
""", "- policy none UMBC no-email", op="megan")

uc("CL-U156", UMBC, "", "omar.f@example.org", """
p the sage ebook says "access denied - institution not recognized" when im in the dorm
l That sounds like the dorm network isn't being recognized. Try the off-campus link, and I'll report it.
""", "= access none UMBC local", op="tasha")

uc("CL-U157", UMBC, "", "", """
p is there a way to get the nursing textbooks for free, money is tight
l Some are on reserve at the circulation desk for 3-hour loans. I'll email you which ones.
p tnguyen9@example.com
""", "tnguyen9@example.com policy none UMBC local", op="will")


# ---------------------------------------------------------------------------------------------
# The statewide queue (lN_statewide_brk.csv): public-library patrons, every rule
# ---------------------------------------------------------------------------------------------

sw("CL-S201", AUN, "Tamika", "", """
p hi my landlord put a notice on my door saying i have 10 days to get out, is that legal??
l I'm sorry you're dealing with this. I can't give legal advice, but I can find resources. Where do you live?
p glen burnie
l Thank you. A law librarian can follow up by email. What's your address?
p tamika.w@example.com
""", "tamika.w@example.com research law AACPL law")

sw("CL-S202", AUN, "4105550134", "", """
p can u renew my bks
l Sure! Which library is your card from?
p catonsville
l I'll ask them to renew. Is there an email we can use?
p no email just text me
""", "- circulation none BCPL no-email", op="marcus")

sw("CL-S203", AUN, "", "", """
p how does my dad sign up for talking books, he has macular degeneration and cant read his paper anymore
l I'm sorry to hear that. The Maryland Library for the Blind and Print Disabled has a simple application. Where does he live?
p hagerstown, same as me
l Great. What email should the information go to?
p its r dot alvarez at example dot net
""", "r.alvarez@example.net policy print-disability WCFL print-disability", written=True)

sw("CL-S204", PRATT, "", "dbrooks@example.com", """
p looking for my grandmothers baptism record, st ann's church in east baltimore, 1920s
l That's a lovely search. Do you live in Baltimore?
p no im in atlanta now, moved years ago
l I'll pass this to a genealogy specialist, who will email you.
""", "= research specialist - specialist", op="marcus")

sw("CL-S205", AUN, "Grace", "grace.o@example.org", """
p i waited 40 min and then got disconnected twice. this is the third time im trying
l I'm so sorry about the wait and the disconnects. How can I help?
p my libby app wont take my card, i live in bowie
l Let's get that sorted; I'll also report the disconnects.
""", "= access none PGCMLS quality")

sw("CL-S206", AUN, "", "", """
p can i get a maryland library card online? i live in ohio but my job is remote for a md company
l Most Maryland cards are for people who live, work or go to school in the state. I'll check the rules for remote workers.
p ok kfoster@example.com
""", "kfoster@example.com policy none - default", op="frederick")

sw("CL-S207", HOWARD, "Howard Lin", "hlin@example.net", """
p is there a hold list for the lincoln lawyer dvd, i want to get on it
l Hi Howard! There are 6 holds ahead of you. Want me to place one?
p yes pls
""", "= circulation none HCLS local")

sw("CL-S208", AUN, "", "", """
p my ex moved the kids to pennsylvania without telling me. we have joint custody from a maryland court
l I'm sorry, that's hard. I can share resources and a law librarian can follow up. What county are you in?
p cecil, we live in elkton
l Thank you. Your email?
p dmason@example.cmo
p sorry dmason@example.com
""", "dmason@example.com research law CECIL law", op="marcus")

sw("CL-S209", AUN, "4435550199", "", """
p do u have braille books for kids my son is 7 and blind
l Yes! The Library for the Blind and Print Disabled sends braille books by mail. Can I email you the details?
p jpark at example dot org
""", "jpark@example.org policy print-disability - print-disability", written=True)

sw("CL-S210", AUN, "Will Harper", "wharper@example.com", """
p what time does the severna park library close on saturday
l Hi Will! I'll confirm the Saturday hours for you.
""", "= policy none AACPL local", op="frederick")

sw("CL-S211", AUN, "", "", """
p hi im in frederick, i need help making a resume
l Hi, I'm Teo with the 24/7 Cooperative, covering overnight from Oregon. Your library has job help; I'll have them follow up. Email?
p lwhite@example.com
""", "lwhite@example.com other none FCPL local", op="teo")

sw("CL-S212", AUN, "", "opatel@example.org", """
s Chat transferred from Marcus to Deb.
p how do i get a library card, i live in columbia md
l You can sign up online. I'll send the link and what ID you need.
""", "= policy none HCLS local")

sw("CL-S213", PRATT, "", "bward@example.net", """
p do you have old maps of baltimore from the 1850s showing my street? i'm in hampden
l We do have some city atlases from then. I'll ask our maps specialist to email you.
""", "= research specialist EPFL local", op="marcus")

sw("CL-S214", AUN, "", "", """
p how do i get an old possession charge expunged, it was dropped in 2015
l I can find forms and resources for that. Where do you live?
p waldorf
l A law librarian will follow up. Your email?
p tbanks22@example.net
""", "tbanks22@example.net research law CHARLES law", op="frederick")

sw("CL-S215", AUN, "Frank", "", """
p my ebook link is https://example.org/borrow?user=fmiller@example.org&id=441 and it says expired
l Sorry about that! Can you give me an email so someone can look into it?
p id rather not give it out
""", "- access none - no-email")

sw("CL-S216", AUN, "", "", """
p i had a stroke and cant hold a book or turn pages anymore. what services are there
l I'm sorry. The Library for the Blind and Print Disabled serves people who can't hold books too. Where are you?
p salisbury
l I'll have them follow up. Email?
p gthomas@example.com
""", "gthomas@example.com policy print-disability WICOMICO print-disability", op="imani")

sw("CL-S217", AUN, "", "ahmed.k@example.net", """
p i need to renew the hotspot i borrowed, im in dundalk
l Your messages are arriving cut off on my end, I'll report the problem. Is it the hotspot due today?
p yes today
""", "= circulation none BCPL quality", op="marcus")

sw("CL-S218", AUN, "Kenji", "kenji.s@example.com", """
p im in richmond va researching ancestors who lived in frederick county in the 1800s. where would land records be
l Land records from then are at the Maryland State Archives. A specialist can follow up with more.
""", "= research specialist - specialist")

sw("CL-S219", AUN, "", "", """
p my mom died without a will and the house is in her name. what happens now
l I'm so sorry for your loss. I can share resources; a law librarian can follow up. Where do you live?
p we all live in hyattsville
l Thank you. Your email?
p cdavis@example.org
""", "cdavis@example.org research law PGCMLS law", op="frederick")

sw("CL-S220", AUN, "", "rsmall@example.com", """
p is legally blonde on hoopla? i'm in bel air
l Let me check hoopla for you... I'll email you the link if it's there.
""", "= access none HARFORD local")

sw("CL-S221", AUN, "", "vmorgan@example.net", """
p how many people voted in the 2022 maryland governor election
l The State Board of Elections has the official results. I'll send them with turnout.
""", "= research none - default", op="marcus")

sw("CL-S222", AUN, "sue k", "", """
p someone said theyd email me about my great aunt's obituary search last week and they never did
l I'm sorry, that should have happened. I'll report it and pass it on again.
p i live in towson. suek@example.net
""", "suek@example.net research specialist BCPL quality")

sw("CL-S223", PRATT, "", "mreyes@example.com", """
p my pratt card is blocked, it says i owe $10
l I'll ask circulation to check your account.
""", "= circulation none EPFL local", op="frederick")

sw("CL-S224", PRATT, "", "", """
p do libraries do passport applications
l Some do. I'll find out which ones near you. What's your email?
p hwalker@example.org
""", "hwalker@example.org policy none - default")

sw("CL-S225", AUN, "2405550111", "", """
p can u help w a small claims form, contractor never finished my deck
l Yes, I can send the court's forms. Where do you live?
p rockville
l Great. An email for the follow-up?
p no email sorry
""", "- research law MCPL no-email", op="marcus")

sw("CL-S226", AUN, "Justice Brown", "jbrown@example.com", """
p can i renew my hold on presumed innocent, i live in ellicott city
l Hi! Holds can't be renewed, but I'll ask your library to extend the pickup.
""", "= circulation none HCLS local", op="frederick")

sw("CL-S227", HARF, "", "", """
p my talking book player broke, who do i call
l The Library for the Blind and Print Disabled will send a new one. What's your email?
p ebaker(at)example(dot)com
""", "ebaker@example.com circulation print-disability HARFORD print-disability", written=True)

sw("CL-S228", AUN, "", "yhill@example.org", """
p im writing a history of my church in turners station, the 1940s
l What a project! I'll pass this to a local history specialist at the State Library Resource Center.
""", "= research specialist - specialist", op="marcus")

sw("CL-S229", AUN, "", "", """
p im in dc, can i get a card at a maryland library
l Some Maryland libraries offer cards to DC residents. I'll check. Email?
p t.ali@example.net
""", "t.ali@example.net policy none - default", op="frederick")

sw("CL-S230", AUN, "", "nbrown@example.com", """
p hi i live in st marys county, how do i download audiobooks
l Hi, this is Imani with the 24/7 Cooperative. Your library uses Libby; I'll have them follow up with steps.
""", "= access none SMCLD local", op="imani")

sw("CL-S231", AUN, "", "cjackson@example.com", """
p the last librarian hung up on me
l I'm sorry about that. What can I help with?
p i need a replacement card, i'm in gaithersburg
""", "= circulation none MCPL quality")

sw("CL-S232", AUN, "4105550178", "", """
p whats the wifi password at the essex branch
l It's posted at the desk. I'll check with them. Email?
p no
""", "- other none BCPL no-email", op="marcus")

sw("CL-S233", AUN, "", "hreed@example.org", """
p i have glaucoma and cant read the paper anymore. is there a newspaper by phone for the blind
l Yes, there is a reading service by phone. Where do you live?
p cumberland
l The Library for the Blind and Print Disabled will follow up.
""", "= policy print-disability ALLEGANY print-disability", op="frederick")

sw("CL-S234", AUN, "", "lortiz@example.com", """
p can kids under 13 get their own card at twinbrook
l Yes, with a parent's signature. I'll send the details.
""", "= policy none MCPL local")

sw("CL-S235", AUN, "", "", """
p got a failure to pay rent notice, the court date is tuesday
l I'm sorry. I can send court resources, and a law librarian can follow up. Where do you live?
p annapolis
l Email?
p jross at example dot com
""", "jross@example.com research law AACPL law", op="marcus", written=True)

sw("CL-S236", PRATT, "", "sbell@example.net", """
p my family were in the 1930 census in baltimore, how can i find them? i live in texas
l The census is searchable online; I'll ask a genealogy specialist to email you tips.
""", "= research specialist - specialist", op="frederick")

sw("CL-S237", AUN, "", "", """
p hi frederick! do you know how to print from my phone at the edgewood branch
l Hi! Yes, they have mobile printing. I'll send the steps. Email?
p mjones3@example.com
""", "mjones3@example.com other none HARFORD local", op="frederick")

sw("CL-S238", AUN, "", "pcarter@example.org", """
p do libraries in maryland have notary service
l Some branches do. I'll check which ones.
p thanks frederick
""", "= other none - default", op="frederick")

sw("CL-S239", AUN, "", "kmoore@example.net", """
p your chat froze twice already
l Sorry about that! I'll report it. What can I help with?
p books about the chesapeake bay for my 4th grader
""", "= research none - quality", op="marcus")

sw("CL-S240", AUN, "", "", """
p im in laurel, delaware. looking for info on the history of delmarva chicken farms
l Great topic. I'll send some sources. Email?
p rjames@example.org
""", "rjames@example.org research none - default")

sw("CL-S241", AUN, "", "", """
p does the library have large print and audio for someone with parkinsons? my dads hands shake too much to hold a book
l Yes. Does he live near you?
p he lives with us in westminster
l Great, I'll have someone follow up. Email?
p wfox@example.com
""", "wfox@example.com policy print-disability CARROLL print-disability", op="frederick")

sw("CL-S242", CHARLES, "", "dlee@example.org", """
p how do i reset my pin
l I'll have the circulation desk reset it and email you.
""", "= circulation none CHARLES local", op="marcus")

sw("CL-S243", HOWARD, "", "pgreen@example.com", """
p the woman at the savage branch desk was really rude to me today
l I'm sorry. I'll pass this on.
""", "= other none HCLS quality")

sw("CL-S244", AUN, "", "", """
p can i put a hold on the mva drivers manual, i live in hunt valley
l Yes! What's your email for the confirmation?
p kwood@example.comm
p sorry kwood@example.com
""", "kwood@example.com circulation none BCPL local", op="marcus")

sw("CL-S245", AUN, "3015550142", "", """
p how do i use libby on my phone i have a carroll co card
l Add the library in Libby, then your card number. I'll send steps. Email?
p ldean@example.org
""", "ldean@example.org access none CARROLL local", op="frederick")

sw("CL-S246", AUN, "", "mpatel@example", """
p who can get a card at the pratt if i live in baltimore county
l Maryland residents can. I'll confirm and follow up.
""", "- policy none BCPL no-email")

sw("CL-S247", AUN, "", "ohoward@example.com", """
p researching the 1904 baltimore fire, looking for insurance maps and photos of my great great grandfathers shop
l Hi, I'm Teo with the 24/7 Cooperative. Where are you?
p york pa
l I'll pass this to a specialist at the Pratt.
""", "= research specialist - specialist", op="teo")

sw("CL-S248", AUN, "", "bnash@example.net", """
p my boss hasnt paid me overtime for 3 months, what are my rights
l I'm sorry. A law librarian can follow up. Where do you live?
p laurel md
""", "= research law PGCMLS law", op="marcus")

sw("CL-S249", AUN, "", "ecruz@example.org", """
p what are the requirements for the ged in maryland
l I'll send you the state's GED page and practice test options.
""", "= research none - default", op="frederick")

sw("CL-S250", PRATT, "", "lhunt@example.com", """
p is the light street branch open on monday
l I'll check the schedule.
""", "= policy none EPFL local")

sw("CL-S251", AUN, "", "", """
p i want to check out a hotspot, how, im in ocean city
l I'll have your library follow up. Email?
p mgray(at)example(dot)net
""", "mgray@example.net circulation none WORCESTER local", op="marcus", written=True)

sw("CL-S252", AUN, "", "tward@example.org", """
p last time someone told me to leave the chat because i was taking too long
l I'm sorry that happened. I'll report it. How can I help?
p i need a form to write a will
""", "= research law - quality", op="frederick")

sw("CL-S253", AUN, "", "jyoung@example.net", """
p i use voiceover on my iphone and the library app buttons have no labels
l Thank you for telling me. Which library is your card from?
p hoco
l I'll report it, and someone will follow up with other options.
""", "= access print-disability HCLS print-disability")

sw("CL-S254", AUN, "Denise Law", "dlaw@example.com", """
p can i put the law of attraction on cd on hold, i live in pasadena
l Hi Denise! I'll place it for you.
""", "= circulation none AACPL local", op="marcus")

sw("CL-S255", AUN, "4105550163", "", """
p whats the phone number for the hyattsville library
l I'll look it up. Email?
p just text
""", "- other none PGCMLS no-email", op="frederick")

sw("CL-S256", AUN, "", "gwatson@example.com", """
p i live in toronto, can i access maryland digital newspapers
l Most need a Maryland card. I'll check for open ones.
""", "= access none - default")

sw("CL-S257", AUN, "", "cfrank@example.org", """
p old photos of the b&o station in point of rocks, for a book im writing
l That's a great topic. I'll pass it to a specialist.
""", "= research specialist - specialist", op="marcus")

sw("CL-S258", AUN, "", "amiller@example.net", """
p my aacpl card expired, how do i renew it
l I'll ask them to renew it.
""", "= circulation none AACPL local", op="frederick")

sw("CL-S259", AUN, "", "", """
p where can i find braille sheet music for piano, i live in silver spring
l The Library for the Blind and Print Disabled has braille music. Email?
p n.kim at example dot org
""", "n.kim@example.org research print-disability MCPL print-disability", written=True)

sw("CL-S260", AUN, "", "rbaker@example.com", """
s Chat transferred from Marcus to Deb.
s Deb has joined the chat.
p when is the next tax help day
l I'll check the event calendars.
""", "= other none - default")

sw("CL-S261", AUN, "", "kmorris@example.org", """
p im from dorchester county, can i use ancestry library edition at home
l Ancestry is usually only in the library. I'll check.
""", "= access none DORCHESTER local", op="marcus")

sw("CL-S262", AUN, "", "phall@example.net", """
p can my landlord come into my apartment without telling me? im in frostburg
l A law librarian can follow up with tenant rights info.
""", "= research law ALLEGANY law", op="frederick")

sw("CL-S263", AUN, "", "ajames@example.com", """
l I'm sorry, this chat has disconnected on you twice now. I'll report it so our tech people can look into it.
p ok. i just need to know if the elkridge branch has tax forms
""", "= policy none HCLS quality", op="marcus")

sw("CL-S264", AUN, "", "mbrown@example.org", """
p how do i cite a tweet in mla
l I'll send you an example.
""", "= research none - default", op="marcus")

sw("CL-S265", PRATT, "", "dking@example.net", """
p i live in balt city, what do i need to get my first library card
l A photo ID and proof of address. I'll send details.
""", "= policy none EPFL local", op="frederick")

sw("CL-S266", AUN, "", "", """
p my husband is blind, can he get talking books? we live in thurmont
l Yes! Can I get your email?
p no email, we dont have a computer, please call us
""", "- policy print-disability FCPL no-email")

sw("CL-S267", AUN, "", "vlopez@example.com", """
p my neighbors tree fell on my car, can i take him to small claims
l Hi, I'm Imani with the 24/7 Cooperative. A law librarian can follow up. Where do you live?
p la plata
""", "= research law CHARLES law", op="imani")

sw("CL-S268", AUN, "", "", """
p what time does the hampden branch open
l 10 am tomorrow.
p thanks
""", status=ANS)

sw("CL-S269", AUN, "4105550190", "", """
p hello?
""", status=LOST, op=None)

sw("CL-S270", PRATT, "", "", """
p do you have records of the 1918 flu in baltimore
l Let me check.
s Visitor has left the chat.
""", status=LEFT, op="marcus")

sw("CL-S271", AUN, "", "", """
p how do i renew online
l Sign in to your account and choose Renew.
""", status=ANS, op="frederick")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def first_patron_line(lines):
    return next(text for _, code, text in lines if code == "p")


UC_COLUMNS = ["Chat ID", "Timestamp", "Department", "Guest", "Guest Email", "Answerer",
              "Initial Question", "Duration", "Rating", "Tags", "Status", "Transcript"]
UC_LINE = re.compile(r"^([1-9]|1[0-2]):[0-5]\d (AM|PM) ([^:]+): (.*)$")
UC_TAGS = {"access": "e-resources", "circulation": "circ", "policy": "policy",
           "research": "reference", "other": "general"}


def uc_line_time(t):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M} {t:%p}"


def uc_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    lines = timed_lines(c, "l")
    rng = random.Random("l-uc-" + c["cid"])
    started = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    tag = UC_TAGS[c["label"].split()[1]] if c["label"] else ""
    return {
        "Chat ID": c["cid"],
        "Timestamp": f"{started:%Y-%m-%d %H:%M}",
        "Department": c["origin"],
        "Guest": c["patron"],
        "Guest Email": c["email"],
        "Answerer": c["lib"] or "",
        "Initial Question": first_patron_line(lines),
        "Duration": str(int((ended - started.astimezone(UTC)).total_seconds())),
        "Rating": c["rating"],
        "Tags": tag,
        "Status": c["status"],
        "Transcript": "\r".join(f"{uc_line_time(t)} {names[code]}: {text}"
                                for t, code, text in lines),
    }


def uc_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=UC_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for c in by_start(chats):
        w.writerow(uc_record(c))
    return buf.getvalue()


SW_COLUMNS = ["Ref", "Opened At", "Account", "Visitor", "User Email", "Topic", "Staff",
              "Wrapup", "Conversation"]
SW_LINE = re.compile(r"^\[([01]\d|2[0-3]):[0-5]\d\] ([^:\]]+(?: \(24/7 Cooperative\))?): (.*)$")


def sw_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    lines = timed_lines(c, "l")
    started = local_start(c["start"])
    return {
        "Ref": c["cid"],
        "Opened At": f"{started.month}/{started.day}/{started.year} {started:%H:%M}",
        "Account": c["origin"],
        "Visitor": c["patron"],
        "User Email": c["email"],
        "Topic": first_patron_line(lines),
        "Staff": c["lib"] or "",
        "Wrapup": c["status"],
        "Conversation": "\n".join(f"[{t.astimezone(NY):%H:%M}] {names[code]}: {text}"
                                  for t, code, text in lines),
    }


def sw_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=SW_COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in by_start(chats):
        w.writerow(sw_record(c))
    return buf.getvalue()


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("kuhn_libchat", "csv", UC, uc_text), ("statewide_brk", "csv", SW, sw_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("l", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: l1 (the development half, whose misses were read and
    fixed by kind) trains the category model, l2 stays held out."""
    return "train" if name.startswith("l1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "l", counts_table)
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


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "kuhn_libchat":
        columns, line_re, sep = UC_COLUMNS, UC_LINE, "\r"
        if "\n" in text.replace("\r\n", ""):
            raise ValueError("a line feed that is not part of a CRLF")
        if not text.endswith("\r\n"):
            raise ValueError("records do not end with CRLF")
    else:
        columns, line_re, sep = SW_COLUMNS, SW_LINE, "\n"
        if "\r" in text:
            raise ValueError("a carriage return in the file")
        if not text.endswith("\n"):
            raise ValueError("the last record does not end with LF")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != columns:
        raise ValueError(f"columns {reader.fieldnames}")
    for r in reader:
        if style == "kuhn_libchat":
            cid, patron, email, staff = r["Chat ID"], r["Guest"], r["Guest Email"], r["Answerer"]
            datetime.strptime(r["Timestamp"], "%Y-%m-%d %H:%M")
            if "\r\n" in r["Transcript"] or "\n" in r["Transcript"]:
                raise ValueError(f"{cid}: a line feed inside the transcript")
            transcript = r["Transcript"]
        else:
            cid, patron, email, staff = r["Ref"], r["Visitor"], r["User Email"], r["Staff"]
            datetime.strptime(r["Opened At"], "%m/%d/%Y %H:%M")
            if r["Opened At"].startswith("0"):
                raise ValueError(f"{cid}: Opened At {r['Opened At']!r} has a leading zero")
            transcript = r["Conversation"]
        lines = []
        for piece in transcript.split(sep):
            m = line_re.match(piece)
            if not m:
                raise ValueError(f"{cid}: line {piece[:40]!r}")
            who, said = m.group(m.lastindex - 1), m.group(m.lastindex)
            if who not in (patron, staff, "System"):
                raise ValueError(f"{cid}: a line from {who!r}")
            lines.append((who, said))
        out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = UC + SW
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CL-"):
            problems.append(f"{cid}: chat id without the CL- prefix")
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
        if c["sms"] and not re.match(r"^\(\d{3}\) 555-\d{4}$", c["patron"]):
            problems.append(f"{cid}: SMS visitor {c['patron']!r} is not a 555 number")
        for _, text in lines_of(c):
            if "\r" in text:
                problems.append(f"{cid}: a carriage return inside a message")
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
                                   (ValueError, KeyError, csv.Error), check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", UC + SW), ("kuhn_libchat", UC), ("statewide_brk", SW)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", UC + SW))
    sms_n = sum(1 for c in UC + SW if c["label"] and c["sms"])
    night_n = sum(1 for c in SW if c["label"] and c["lib"] and "24/7" in c["lib"])
    note = (f"SMS chats among the labelled rows: {sms_n}; overnight (24/7 Cooperative): "
            f"{night_n}.\n")
    return labels_table(cols, UC + SW, note)


if __name__ == "__main__":
    sys.exit(main("l_build", all_texts, check_all, counts))
