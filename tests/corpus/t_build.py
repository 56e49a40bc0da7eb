#!/usr/bin/env python3
"""Writes and checks the "t" part of aun's labelled corpus (t1 in train/, t2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means none; `written=True` marks a chat whose labelled address is not in the patron's words as
typed (written out with "at" and "dot"). Chats whose resolution is not "Follow Up By Patron
Library" carry no label and get no labels row. Where the patron asks two things, the category
(and subject need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.
A LibChat chat may also carry the patron's after-chat survey `comment` (and a `rating`).

The focus of this part is the subject need and quality: law told only by situation and law words
that are no law need, print disability told plainly and its look-alikes, specialist needs and
their look-alikes, service problems (also in the survey comment only) and non-problems.

Two export styles, each split in two halves with the same mix (t1 and t2):
  tN_libchat.csv   a LibChat "Chat Transcripts" CSV export: `Chat ID`, `Initial Question`, `Name`,
                   `Email` (LibChat's `Contact Info`, renamed: aun does not read that header),
                   `Timestamp` (`2026-04-02 14:05:33`, New York), `Duration` (seconds),
                   `Department` (the origin account), `Answered By` (LibChat's `Answerer`,
                   renamed: aun does not read that header), `Rating` (1-4 or empty), `Comment`
                   (the patron's survey comment), `Tags`, `Resolution`, `Transcript`: lines
                   `14:05:33 - Name : text` (a space before the colon) joined by LF inside the
                   quoted cell; every cell quoted; CRLF between rows.
  tN_tickets.jsonl JSON Lines from a ticketing/chat hybrid: `ticket_id` (the system's `ticket`,
                   renamed: aun does not read that key), `created_at` (`2026-04-02T18:05:33Z`,
                   UTC), `channel` (`chat` or `sms`), `account` (the origin account), `patron`
                   (the system's `requester`, renamed: aun does not read that key; an object
                   `{"name", "email"}`, email null when none), `status` (the resolution), and
                   `messages`: a list of `{"author_type": "end_user"|"agent"|"system", "author",
                   "created_at", "body"}`.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then t1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/t_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/t_build.py --check   (writes nothing: fails when a file
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
LEFT = "Patron Left"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
HCLS = "Howard County Library System"
TOWSONU = "Towson University"
AACC = "Anne Arundel Community College"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {HCLS: "HCLS", TOWSONU: "TOWSON", AACC: "AACC"}

LC = []  # the LibChat CSV chats
TK = []  # the ticket JSON Lines chats

LC_STAFF = {"maya": "Maya", "ethan": "Ethan", "priya": "Priya", "jerome": "Jerome"}
TK_STAFF = {"kim": "Kim", "rafael": "Rafael", "hollis": "Hollis", "bea": "Bea"}


def _start(n, seed):
    """The n-th chat of a style starts on a spring 2026 day (New York), between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 4, 2) + timedelta(days=(n * 3) // 8)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def lc(cid, dept, name, email, t, label=None, op="maya", status=FU, written=False,
       comment="", rating="", tags=""):
    """A chat of the LibChat CSV. name: the name typed (empty: `Guest NNNN`); email None is an
    empty cell."""
    rng = random.Random("t-lc-name-" + cid)
    LC.append(dict(cid=cid, start=_start(len(LC), "t-lc-" + cid), origin=dept,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=LC_STAFF[op] if op else None, status=status,
                   written=written, sms=False, comment=comment, rating=rating, tags=tags))


def tk(cid, account, name, email, t, label=None, op="kim", status=FU, written=False):
    """A chat of the tickets JSON Lines. name: the name typed, an 11-digit 555 number for an SMS
    requester (shown `+14105550123`), or empty for `Guest NNNN`."""
    rng = random.Random("t-tk-name-" + cid)
    sms = name.isdigit()
    if sms:
        name = "+" + name
    TK.append(dict(cid=cid, start=_start(len(TK), "t-tk-" + cid), origin=account,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=TK_STAFF[op] if op else None, status=status,
                   written=written, sms=sms, comment=""))

# ---------------------------------------------------------------------------------------------
# The LibChat CSV (tN_libchat.csv): the statewide queue, some Pratt, Howard County, Towson, AACC
# ---------------------------------------------------------------------------------------------

lc("CT-L101", AUN, "Renee", "renee.h@example.org", """
p I moved out five weeks ago and the landlord still hasn't returned my $1,800 deposit. He won't answer texts.
p What can I do? I'm in Columbia now.
l I'm sorry. I'll ask a law librarian to email you what Maryland law says about security deposits.
p thank you
""", "= research law HCLS law")

lc("CT-L102", AUN, "", "tbaines@example.net", """
p do any of the branches have an outdoor basketball court? my son wants to shoot around after homework club
p we live in ellicott city
l Good question! I'll have Howard County confirm which branches have outdoor space.
""", "= policy none HCLS local", op="ethan")

lc("CT-L103", AUN, "Walt", None, """
p my grandfather has macular degeneration and cant see the print in his westerns anymore. is there something free for him?
l Yes, the state talking books library mails players and books. Could I have an email to send the application?
p he doesnt have email and neither do i. ill call
l Understood. You can also ask at any branch.
""", "- policy print-disability - no-email", op="priya")

lc("CT-L104", AUN, "Kendra", "kendra.w@example.com", """
p how do I renew the hotspot I borrowed from the Bel Air branch?
l Here is the page: https://www.example.org/hotspots
s Maya has left the chat.
""", "= circulation none HARFORD quality",
   comment="She pasted a link and closed the chat before I could ask anything else. Not helpful at all.",
   rating="1")

lc("CT-L105", AUN, "", "dpark77@example.org", """
p can I print legal size at the pikesville branch? how much a page?
l Most BCPL branches print letter and legal. I'll have them confirm the price.
""", "= other none BCPL local", op="jerome")

lc("CT-L106", AUN, "Gretchen", "g.holm@example.net", """
p My great-grandfather came into Baltimore from Bremen around 1907. Is there a way to find the ship and the passenger list?
p I live in Ohio, but the family all settled in Baltimore.
l That takes some digging in the passenger manifests. I'll pass this to a genealogy specialist.
""", "= research specialist - specialist")

lc("CT-L107", AUN, "", None, """
p there's a paper taped on my door from the landlord saying I have 10 days to get out
p is that even legal?? I always paid, it was late once
l That must be stressful. A law librarian can send information on the eviction process. Email?
p marisol.q@example.com. I'm in Hagerstown
""", "marisol.q@example.com research law WCFL law", op="ethan")

lc("CT-L108", AUN, "Ana", "ana.f@example.org", """
p is the Wheaton library (the one by the mall food court) open on Easter Sunday?
p it's our library, we go every week
l I'll check with Montgomery County for holiday hours and email you.
""", "= policy none MCPL local", op="priya")

lc("CT-L109", AUN, "Howard", "howard.bl@example.net", """
p Last week I asked about my grandmother's naturalization papers from the 1920s.
p The librarian said someone would email me within 3 days. Nothing ever came.
l I'm very sorry that didn't happen. I'll report it and make sure your question reaches a specialist.
""", "= research specialist - quality")

lc("CT-L110", AUN, "Jess", None, """
p hi, sorry if I drop, my wifi at home keeps cutting out
p I need peer reviewed articles on nurse burnout, I'm in the nursing program at Stevenson
l No problem. I'll send some search tips and articles. What's your email?
p jess.amato@example.com
""", "jess.amato@example.com research none STEVENSON local", op="jerome")

lc("CT-L111", AUN, "Tyrell", "tyrell.g@example.com", """
p my ex isn't following the custody schedule the judge set. he keeps the kids past his weekends
p what can I do? we both live in Frederick
l A law librarian can email you about enforcing a custody order in Maryland.
""", "= research law FCPL law", op="maya")

lc("CT-L112", AUN, "", "bo.k@example.net", """
p can you put the new thriller by Marcus Judge on hold for me? the one with the lighthouse
p my card's from Carroll County
l I can't place holds from here, but I'll have Carroll County put it on hold for you.
""", "= circulation none CARROLL local", op="priya")

lc("CT-L113", AUN, "Jo", None, """
p I'm dyslexic and the textbooks for my certificate take me forever to read.
p is there some service for adults that gives audio versions of books?
l Yes, people with dyslexia can qualify for the talking books library. An email to send details?
p jo.avery at example dot net
""", "jo.avery@example.net policy print-disability - print-disability", op="ethan", written=True)

lc("CT-L114", AUN, "Cam", "cam.r@example.org", """
p the Blind Date with a Book display at the Severna Park library is so fun
p can I check out more than one of the wrapped books at a time?
l I'll confirm the limit with Anne Arundel County Public Library.
""", "= policy none AACPL local", op="jerome")

lc("CT-L115", AUN, "Mina", "mina.s@example.com", """
p this is the third time the chat kicked me out in the middle
p libby says my card number is wrong
l I'm so sorry, the session keeps breaking. I'll report the connection problem and email you about Libby.
""", "= access none - quality")

lc("CT-L116", TOWSONU, "Jordan", "jordan.e@example.com", """
p EBSCO gives me "error 403 forbidden" when I log in from home with my Towson login
l That sounds like a proxy hiccup. I'll have the Cook Library staff check your account.
""", "= access none TOWSON local", op="maya")

lc("CT-L117", AUN, "Lyle", "lyle.t@example.net", """
p we bought an old farmhouse outside Sykesville and live there now. built around 1870 we think
p how do I find the original deed and who owned it before?
l Tracing the chain of title takes the land records. I'll send this to Carroll County so a librarian there can help.
""", "= research specialist CARROLL local", op="ethan")

lc("CT-L118", AUN, "", "pat.kinder@example.org", """
p I teach kindergarten and need a family tree craft idea, something with handprints
p any books with crafts like that?
l Sure, I'll email a few craft books and ideas.
""", "= research none - default", op="priya")

lc("CT-L119", AUN, "Dolores", "dolores.v@example.com", """
p my father passed and left a will he wrote out by hand. does it still have to go through probate in Maryland?
l I'm sorry for your loss. The State Law Library can send you information on handwritten wills and probate.
""", "= research law - law", op="jerome")

lc("CT-L120", AUN, "", "r.okafor@example.net", """
p Will the Essex branch have tax forms this year? Will you have Maryland ones too or just federal?
l I'll ask Baltimore County Public Library and email you.
""", "= policy none BCPL local")

lc("CT-L121", AUN, "Bea", "bea.n@example.org", """
p the woman on chat last night was really rude. she told me to stop wasting her time
p I still need to know how to make a passport appointment
l I'm sorry that happened. I'll report it, and I'll send you the passport steps.
""", "= other none - quality", op="ethan")

lc("CT-L122", AUN, "Curtis", None, """
p a guy sold me a car and it broke down two days later, now he won't answer
p how do I take him to small claims
l A law librarian can send the steps. What email should they use?
p i dont use email. call me 410-555-0142
l I'm sorry, follow-up here is by email only.
""", "- research law - no-email", op="priya")

lc("CT-L123", AUN, "Nadia", "nadia.l@example.com", """
p I'm applying for a court reporter job with the county and need help formatting my resume
p I live in Glen Burnie
l Anne Arundel County Public Library has resume help; I'll have them contact you.
""", "= other none AACPL local", op="jerome")

lc("CT-L124", AUN, "Irene", "irene.c@example.net", """
p I'm looking for baptism records of my great-great-grandmother, a Catholic parish in East Baltimore, 1890s
p I live in Virginia
l Parish registers need a specialist. I'll pass this to a genealogy specialist.
""", "= research specialist - specialist")

lc("CT-L125", AUN, "", "quinn.m@example.org", """
p my old library card stopped working, its an old one from like 2015
p its from harford county
l Cards expire after a few years. I'll have Harford County renew it.
""", "= circulation none HARFORD local", op="ethan")

lc("CT-L126", AUN, "Victor", "victor.a@example.com", """
p I use JAWS and the catalog search results page doesn't read to me, it just says "graphic"
l Thank you for telling us. I'll have the Library for the Blind and Print Disabled follow up with accessible ways to search.
""", "= access print-disability - print-disability", op="priya")

lc("CT-L127", AUN, "Lou", "lou.b@example.net", """
p last time I waited 25 minutes and then the person left without answering me
p anyway is my hold for the cookbook ready?
l I'm sorry about that wait. I'll report it and have someone check your hold.
""", "= circulation none - quality", op="jerome")

lc("CT-L128", AUN, "Earl", "earl.d@example.org", """
p paid a contractor $4,000 up front for a deck in March. he never showed and stopped answering
p I'm in Waldorf. can I get my money back?
l I'll ask a law librarian to email you about your options with a contractor.
""", "= research law CHARLES law")

lc("CT-L129", AUN, "", "bookclub.ruth@example.com", """
p can our book club meet in the courtyard at Rockville Memorial Library this summer?
p we're all Rockville folks
l I'll check Montgomery County's rules for outdoor use and email you.
""", "= policy none MCPL local", op="ethan")

lc("CT-L130", AUN, "Glen", "glen.p@example.net", """
p my book is three days late, so sorry. will I get fined? it's from the Towson branch
l Thanks for letting us know. I'll have the branch look at your account.
""", "= circulation none BCPL local", op="priya")

lc("CT-L131", AUN, "Harriet", None, """
p my hands shake too much now to hold a book or turn the pages. parkinsons
p someone at church said there's a free program for people like me?
l Yes, the talking books library serves readers who can't handle a book. Email for the details?
p harriet.w@example.org
""", "harriet.w@example.org policy print-disability - print-disability", op="jerome")

lc("CT-L132", AUN, "", None, """
p ur all useless [insult removed]
l I'm here to help. What do you need?
p [insult removed] [insult removed]
l I'm ending this chat because of the language.
""", "- other none - no-email")

lc("CT-L133", PRATT, "Felix", "felix.o@example.com", """
p I'm writing a book and need maps of the Baltimore harbor from the 1850s that show the wharves
l The maps department can help with that. I'll forward this to a specialist.
""", "= research specialist - specialist", op="ethan")

lc("CT-L134", AUN, "", "k.liang@example.org", """
p need two kid-level books about the Naval Academy in Annapolis for my son's 4th grade project
p we live in Pennsylvania right over the line
l Sure, I'll email some titles.
""", "= research none - default", op="priya")

lc("CT-L135", AUN, "Sam", None, """
p my boss hasn't paid me for my last two weeks since I quit. is there a way to make him?
l The Maryland State Law Library can send information on wage claims. What's your email?
p sam_ortiz(at)example(dot)com
""", "sam_ortiz@example.com research law - law", op="jerome", written=True)

lc("CT-L136", AUN, "Maggie", "maggie.h@example.net", """
p my daughter Sue wants her own library card, she's 8. what does she need to bring?
p we're in Westminster
l Carroll County will email you what to bring for a child's card.
""", "= policy none CARROLL local")

lc("CT-L137", AUN, "", "activities.desk@example.org", """
p I'm the activities director at a nursing home. several residents can't read regular print anymore
p can the home get audiobook players for them? who qualifies?
l Nursing homes can register residents with the talking books library. I'll have them email you.
""", "= policy print-disability - print-disability", op="ethan")

lc("CT-L138", AUN, "Noor", "noor.a@example.com", """
p can I put a hold on the novel Low Vision by Tamsin Reyes? our book club picked it
p my card is from Calvert Library
l I'll have Calvert Library place the hold.
""", "= circulation none CALVERT local", op="priya")

lc("CT-L139", AUN, "Ruth", "ruth.a@example.net", """
p trying to find my mother's 1962 high school yearbook from a school in Cumberland
p I'm in Florida now. she passed and I'd love a copy
l Old yearbooks are often in local history collections. I'll send this to a local history specialist.
""", "= research specialist - specialist", op="jerome")

lc("CT-L140", AUN, "Owen", "owen.k@example.org", """
p can I get a book through interlibrary loan? it's not in the catalog
p I'm in Aberdeen
l Yes, I'll have Harford County start the request.
""", "= access none HARFORD quality",
   comment="The chat disconnected twice and I had to start over each time.", rating="2")

lc("CT-L141", AUN, "", "m.brandt@example.com", """
p got a speeding ticket on 29 in Howard County, but I live in Baltimore City
p do I have to go to court or can I just pay it?
l A law librarian can send you how traffic citations work in Maryland.
""", "= research law EPFL law", op="ethan")

lc("CT-L142", AUN, "Ike", "ike.s@example.net", """
p do you have the movie The Verdict on DVD? I want to borrow it this weekend
p my library is the Elkridge branch
l I'll have Howard County put it on hold for pickup at Elkridge.
""", "= circulation none HCLS local", op="priya")

lc("CT-L143", AUN, "Lena", "lena.b@example.org", """
p how far ahead can I book a meeting room?
p sorry, my phone died, I'm back. I live in Silver Spring
l No problem. I'll have Montgomery County email you the booking rules.
""", "= policy none MCPL local")

lc("CT-L144", AUN, "Alma", "alma.r@example.com", """
p I can't see the print in the large-print books anymore either. my eye doctor says I'm legally blind now
p what can the library do for me? I live in Easton
l I'm sorry. The talking books library mails audiobooks for free; I'll have them email you how to sign up.
""", "= policy print-disability TALBOT print-disability", op="jerome")

lc("CT-L145", AUN, "", "o.pike@example.net", """
p I'm thinking of buying a rowhouse in Fells Point. I want its history: who lived there, old photos
p I live in New Jersey now
l House histories use deeds and city directories. I'll pass this to a specialist.
""", "= research specialist - specialist", op="ethan")

lc("CT-L146", AUN, "Dee", "dee.m@example.org", """
p when I asked about my child support papers the last librarian said "we can't help with that" and closed the chat
p I still need to know how to ask the court to change the amount
l I'm sorry you were treated that way. I'll report it and send this to the law library.
""", "= research law - quality", op="priya")

lc("CT-L147", AUN, "Joon", None, """
p do any maryland libraries have a notary?
l Some do. What's your email so I can send a list?
p jlee@example.con
p oops jlee@example.com
""", "jlee@example.com other none - default", op="jerome")

lc("CT-L148", AUN, "Ximena", "ximena.c@example.com", """
p got a letter about my green card renewal asking for more evidence, I don't understand what they want
p I live in Gaithersburg
l A law librarian can send you guides on immigration forms and free legal help.
""", "= research law MCPL law")

lc("CT-L149", AUN, "Bud", "bud.h@example.net", """
p I want to read about the coal mine disasters around Frostburg in the 1920s, my grandfather died in one
p I live in West Virginia
l That needs in-depth research; a local history specialist should follow up.
""", "= research specialist - specialist", op="ethan")

lc("CT-L150", AUN, "", "teen.driver@example.org", """
p need a book about checking your blind spot for the driving test, like the MVA manual
p I'm in Lusby
l I'll have Calvert Library send you some titles.
""", "= research none CALVERT local", op="priya")

lc("CT-L151", AUN, "Paul", "paul.v@example.com", """
p what time does the Catonsville branch close today?
l It closes at 8 pm tonight.
p thanks!
""", status=ANS, op="maya")

lc("CT-L152", AUN, "", None, """
p hello? anyone there
""", status=LEFT, op=None)

lc("CT-L153", AUN, "Wanda", "wanda.e@example.net", """
p landlord won't fix the mold in the bathroom and says if I complain he won't renew my lease
l That sounds difficult. The State Law Library can send you what Maryland says about repairs and retaliation.
""", "= research law - law", op="jerome")

lc("CT-L154", AUN, "Hal", "hal.f@example.org", """
p my wife has had a stroke and can't read anymore, the words jumble. are there audiobooks she could get mailed to her?
p we're in Hampstead
l Yes, the talking books library serves readers after a stroke. I'll have them email you.
""", "= policy print-disability CARROLL print-disability", op="maya")

lc("CT-L155", AUN, "", "ivy.t@example.com", """
p the chat froze and lost everything I wrote, I'm trying again
p I need census data on my county's population by age for a class report
l I'm sorry about the freeze, I'll report it. Which county?
p Cecil
""", "= research none CECIL quality", op="ethan")

lc("CT-L156", AUN, "Gus", "gus.w@example.net", """
p the library database says "service unavailable, try later" for consumer reports
p I'm in Salisbury
l That happens during maintenance. I'll have Wicomico check whether it's back.
""", "= access none WICOMICO local", op="priya")

# ---------------------------------------------------------------------------------------------
# The tickets JSON Lines (tN_tickets.jsonl): the statewide queue, some Pratt, Howard County, AACC
# ---------------------------------------------------------------------------------------------

tk("CT-K101", AUN, "Marvin", "marvin.j@example.com", """
p my neighbor put up his fence three feet onto our yard, the survey we got shows it
p he says tough luck. we live in Bel Air
l A law librarian can send you information on boundary disputes in Maryland.
""", "= research law HARFORD law")

tk("CT-K102", AUN, "", "coach.dee@example.org", """
p do you have books on basketball court drills for middle schoolers? I coach a rec team
l Sure, I'll email a list of coaching books.
""", "= research none - default", op="rafael")

tk("CT-K103", AUN, "Omar", "omar.b@example.net", """
p I'm blind and use VoiceOver on my iPhone. can I get talking books on it?
l Yes, there's an app for registered talking book readers. I'll have the Library for the Blind and Print Disabled help you set it up.
""", "= access print-disability - print-disability", op="hollis")

tk("CT-K104", AUN, "Tess", "tess.l@example.com", """
p hello?? my messages aren't going through, I typed three times
l Sorry, our chat seems to be having trouble delivering messages. I'll report it.
p I need to renew the laptop I borrowed
""", "= circulation none - quality", op="bea")

tk("CT-K105", AUN, "14435550177", None, """
p landlord filed to evict me, court date is tuesday. what do i do
l A law librarian can email you. What's your email?
p no email. txt only
l I'm sorry, follow-up is by email only.
""", "- research law - no-email")

tk("CT-K106", AUN, "Corinne", "corinne.b@example.org", """
p I'm tracing the Bright family of Kent County back to the 1700s. I need old wills and estate inventories
p I live in Chestertown, so I can come in person
l Probate records that old are in the archives. I'll have Kent County's library help you start.
""", "= research specialist KENT local", op="rafael")

tk("CT-K107", AUN, "", "hjalmar.s@example.net", """
p how do I scan a legal size document at the library and email it to myself?
p I'm in Columbia
l Howard County's branches have scanners; I'll have them email you the steps.
""", "= other none HCLS local", op="hollis")

tk("CT-K108", AUN, "Brianna", "brianna.k@example.com", """
p my son's father keeps him extra days and won't bring him back on Sundays like the papers say
p what can I do about it
l I'm sorry. The Maryland State Law Library can email you information on custody orders.
""", "= research law - law", op="bea")

tk("CT-K109", AUN, "Sue Park", "sue.park@example.org", """
p Hi, this is Sue. I want to renew my books, they're due Friday
p my card is aacpl
l I'll have Anne Arundel County renew them.
""", "= circulation none AACPL local")

tk("CT-K110", AUN, "Rosa", None, """
p my daughter is dyslexic and hates reading. her teacher said something about free audiobooks from the state?
l Yes, students with dyslexia can qualify for talking books. What email should I use?
p rosa dot lind at example dot org
""", "rosa.lind@example.org policy print-disability - print-disability", op="rafael", written=True)

tk("CT-K111", AUN, "Dmitri", "dmitri.v@example.net", """
p this is my second time asking. on Monday the librarian said someone would email me a list of small business grants in 72 hours
p nothing came
l I'm very sorry. I'll report that and make sure someone follows up.
""", "= research none - quality", op="hollis")

tk("CT-K112", AUN, "", "lenore.g@example.com", """
p ProQuest says "session expired" every time I click an article
p I live in Parkville
l I'll have Baltimore County Public Library check your access.
""", "= access none BCPL local", op="bea")

tk("CT-K113", AUN, "Stan", "stan.w@example.org", """
p my great-grandmother came in through Locust Point in 1912 from Poland. how do I find her passenger list?
p I'm in Chicago
l Immigration records take some searching. I'll pass this to a genealogy specialist.
""", "= research specialist - specialist")

tk("CT-K114", AUN, "Reggie", "reggie.t@example.net", """
p my job took money out of my paycheck for a broken register, can they do that?
p I'm in Hagerstown
l A law librarian can email you what Maryland wage law says.
""", "= research law WCFL law", op="rafael")

tk("CT-K115", AUN, "", "lani.p@example.com", """
p do you help with resumes? I'm applying for a food court job at the mall
p I live in Odenton
l Anne Arundel County Public Library does; I'll have them contact you.
""", "= other none AACPL local", op="hollis")

tk("CT-K116", AUN, "Vince", "vince.r@example.org", """
p why do I have a $12 fine, I returned that book
l Let me look into it. Which library is your card from?
p [insult removed] just fix it [insult removed]
l I'm ending this chat because of the language.
""", "= circulation none - quality", op="bea")

tk("CT-K117", AUN, "Fay", "fay.m@example.net", """
p my husband's macular degeneration is getting worse, he can't read the paper now
p what could he use? we live in Annapolis
l The talking books library can mail him players and books. I'll have them email you.
""", "= policy print-disability AACPL print-disability")

tk("CT-K118", AUN, "", "milo.d@example.com", """
p Will my holds still be there if I'm on vacation for two weeks? Will they get cancelled?
p I'm in Taneytown
l You can usually freeze holds. I'll have Carroll County confirm.
""", "= circulation none CARROLL local", op="rafael")

tk("CT-K119", AUN, "14105550163", None, """
p landlord changed the locks while i was at work and my stuff is inside
p what can i do
l I'm sorry. A law librarian can email you. What's your email?
p nia.w@example.org
""", "nia.w@example.org research law - law", op="hollis")

tk("CT-K120", AUN, "Ellie", "ellie.f@example.net", """
p my teacher Mrs. Judge said to find a book about volcanoes for my report
l Great! I'll email you some titles for kids.
""", "= research none - default", op="bea")

tk("CT-K121", AUN, "Priyanka", "priyanka.n@example.com", """
p do you have Sanborn fire insurance maps of Westminster from around 1900?
p I'm a grad student at Towson University
l I'll have Towson's Cook Library follow up about the maps.
""", "= research specialist TOWSON local")

tk("CT-K122", AUN, "", "ray.c@example.org", """
p the chat closed on me twice already
p I'm trying to download an ebook and it just spins
l I'm sorry the session keeps dropping. I'll report it and email you the steps.
""", "= access none - quality", op="rafael")

tk("CT-K123", AUN, "Gina", "gina.h@example.net", """
p my internet at home went down for a week so I couldn't renew online, now I have fines
p I live in Frederick
l I'll ask Frederick County to look at your account.
""", "= circulation none FCPL local", op="hollis")

tk("CT-K124", AUN, "Abe", "abe.s@example.com", """
p my old roommate owes me $900 for utilities and won't pay. what are my options?
p I'm in Rockville
l A law librarian can send you information on small claims.
""", "= research law MCPL law", op="bea")

tk("CT-K125", AUN, "Mabel", None, """
p I'm 91 and live in a nursing home. I can't hold the heavy books anymore and the print is too small
p my granddaughter set up this chat for me
l The talking books library can help. What email should they use?
p mabel.grant@example.net
""", "mabel.grant@example.net policy print-disability - print-disability")

tk("CT-K126", PRATT, "", "kofi.a@example.org", """
p is there a hold list for the novel Blind Date by Ana Whitcombe?
p my library is the Pratt
l I'll have Enoch Pratt Free Library add you to the list.
""", "= circulation none EPFL local", op="rafael")

tk("CT-K127", AUN, "Lorraine", "lorraine.d@example.net", """
p my grandparents married at a Lutheran church in Frederick County in 1931. the church closed
p where would the records be? I live in Georgia
l Records of closed churches can be hard to find. I'll send this to a specialist.
""", "= research specialist - specialist", op="hollis")

tk("CT-K128", AUN, "Mort", "mort.e@example.com", """
p the librarian I talked to yesterday was dismissive and told me to "just get a lawyer"
p I only wanted to know if my mother's will needs a witness
l I'm sorry. I'll report that, and send your question to the law library.
""", "= research law - quality", op="bea")

tk("CT-K129", AUN, "", "cole.b@example.org", """
p I'm a student at Frostburg State and need sources on Appalachian coal mining for a paper
l I'll have the Ort Library follow up with sources.
""", "= research none FSU local")

tk("CT-K130", AUN, "Yusuf", None, """
p landlord kept my whole deposit and sent no list of damages
l A law librarian can follow up. What's your email?
p no email sorry
""", "- research law - no-email", op="rafael")

tk("CT-K131", AUN, "Jill", "jill.o@example.net", """
p is it legal to bring my dog into the library? she's a service dog in training
p I'm in Cockeysville
l I'll ask Baltimore County Public Library about its policy.
""", "= policy none BCPL local", op="hollis")

tk("CT-K132", AUN, "", "neville.r@example.com", """
p I want to know when my grandparents' street was laid out and who owned the land before
p I live in Delaware but they lived near Ellicott City
l That needs land records. I'll forward it to a specialist who knows them.
""", "= research specialist - specialist", op="bea")

tk("CT-K133", AUN, "Pearl", "pearl.z@example.org", """
p I was in the queue for 45 minutes before anyone answered. that's ridiculous
p how many books can I check out at once?
l I'm sorry about the wait. I'll pass this on and email you the limits.
""", "= policy none - quality")

tk("CT-K134", AUN, "Hugh", "hugh.m@example.net", """
p I have low vision and the font in Libby is too small. can I make it bigger?
p I live in Westminster
l Yes, and the talking books library has more options. I'll have them email you.
""", "= access print-disability CARROLL print-disability", op="rafael")

tk("CT-K135", AUN, "", "bcclub.ines@example.com", """
p our book club is reading Evicted. can the library get us eight copies?
p we're in Bowie
l I'll ask Prince George's County about book club kits.
""", "= policy none PGCMLS local", op="hollis")

tk("CT-K136", AUN, "14435550129", None, """
p my uncle got a notice to appear from immigration court. he doesnt speak english well
l A law librarian can send information and free legal help. Email?
p tamar.v@example.org
""", "tamar.v@example.org research law - law", op="bea")

tk("CT-K137", AUN, "Clyde", "clyde.a@example.com", """
p I need to know what documents I need for a passport
s Rafael has left the chat.
p hello? the librarian said she'd be right back and never came back. I waited 20 minutes
l Hi, I'm Kim, taking over. I'm sorry about that. I'll report it and email you the list.
""", "= other none - quality", op="kim")

tk("CT-K138", AUN, "14105550188", None, """
p my book is overdue by a week sorry, ill return it tmrw
p im in elkton. email is bree.c@example.net
l Thanks! I'll have Cecil County check your account.
""", "bree.c@example.net circulation none CECIL local", op="rafael")

tk("CT-K139", AUN, "Nell", "nell.p@example.org", """
p we're trying to get our old church building onto the historic register. it was built in 1887
p I live in Delaware but the church is in Chestertown. we need its history
l That needs historical research. I'll send it to a specialist.
""", "= research specialist - specialist", op="hollis")

tk("CT-K140", AUN, "", "sky.h@example.net", """
p are there any family tree craft activities at storytime this month?
p we go to the Bel Air branch
l I'll have Harford County send you the events calendar.
""", "= other none HARFORD local", op="bea")

tk("CT-K141", AUN, "Ward", None, """
p I want to write a will so my kids get the house. do I need a lawyer?
l The law library can send you information. What's your email?
p ward.f@example.cmo
p sorry, ward.f@example.com
""", "ward.f@example.com research law - law")

tk("CT-K142", AACC, "Zoe", "zoe.t@example.org", """
p I use NVDA and the PDFs in the nursing database are just images, my screen reader can't read them
l I'm sorry. I'll ask the Library for the Blind and Print Disabled and Truxal Library to follow up.
""", "= access print-disability AACC print-disability", op="rafael")

tk("CT-K143", AUN, "Luther", "luther.k@example.net", """
p roofer took half the money up front and only did half the job, now he ghosted me
p I'm in Salisbury
l A law librarian can email you about your options.
""", "= research law WICOMICO law", op="hollis")

tk("CT-K144", AUN, "", "q.anne@example.com", """
p Queen Anne's County resident here, how do I get a library card online?
l I'll have Queen Anne's County Free Library email you.
""", "= policy none QUEENANNES local", op="bea")

tk("CT-K145", AUN, "Dale", "dale.w@example.org", """
p I live in Texas. can I use Maryland's library databases?
l I'll have the coordinator email you about eligibility.
""", "= policy none - default")

tk("CT-K146", AUN, "Ivan", "ivan.p@example.net", """
p I need statistics on teen employment in Maryland for a report
l I'm sorry, the chat froze on my end and yours. I'll report the problem and email you sources.
""", "= research none - quality", op="rafael")

tk("CT-K147", AUN, "", "arlene.b@example.com", """
p I'm looking for the Civil War service records of my great-grandfather, he was in a Maryland regiment
p I live in Catonsville
l Military records take some digging. I'll have Baltimore County Public Library help.
""", "= research specialist BCPL local", op="hollis")

tk("CT-K148", AUN, "Lew", None, """
p trying to find who owned my family's farm in the 1800s, the deeds and plats
l A specialist can follow up. What's your email?
p no email, I'll call back
""", "- research specialist - no-email", op="bea")

tk("CT-K149", AUN, "Tia", "tia.g@example.org", """
p is there a free trial of Ancestry I can use from home?
p I'm in Thurmont
l Ancestry is usually in-library only. I'll have Frederick County confirm.
""", "= access none FCPL local")

tk("CT-K150", HCLS, "Rita", "rita.m@example.com", """
p my landlord won't fix the heat and it's been two weeks
l I'm sorry. A law librarian can email you what Maryland says about repairs.
""", "= research law HCLS law", op="rafael")

tk("CT-K151", AUN, "Gabe", "gabe.o@example.net", """
p is the Glen Burnie library open tomorrow?
l Yes, 9 to 8.
""", status=ANS, op="hollis")

tk("CT-K152", AUN, "", None, """
p hi I need help with
""", status=LEFT, op=None)

tk("CT-K153", AUN, "Isla", "isla.r@example.com", """
p my ex won't sign the papers so I can move with the kids to my new job
l A law librarian can send you information on relocation and custody.
""", "= research law - law", op="bea")

tk("CT-K154", AUN, "", "merle.h@example.net", """
p my eyes are failing with glaucoma and I can't read my library books anymore
p I'm in Denton
l I'm sorry. The talking books library can mail you audiobooks; I'll have them email you.
""", "= policy print-disability CAROLINE print-disability", op="hollis")

# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

LC_COLUMNS = ["Chat ID", "Initial Question", "Name", "Email", "Timestamp", "Duration",
              "Department", "Answered By", "Rating", "Comment", "Tags", "Resolution", "Transcript"]


def lc_row(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    timed = timed_lines(c, "t")
    transcript = "\n".join(f"{t.astimezone(NY):%H:%M:%S} - {names[code]} : {text}"
                           for t, code, text in timed)
    first = next(text for _, code, text in timed if code == "p")
    duration = int((timed[-1][0] - local_start(c["start"]).astimezone(UTC)).total_seconds()) + 20
    return [c["cid"], first, c["patron"], c["email"] or "", c["start"], str(duration),
            c["origin"], c["lib"] or "", c["rating"], c["comment"], c["tags"], c["status"],
            transcript]


def lc_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(LC_COLUMNS)
    for c in by_start(chats):
        w.writerow(lc_row(c))
    return buf.getvalue()


def zulu(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def tk_record(c):
    kinds = {"p": "end_user", "l": "agent", "s": "system"}
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    return {
        "ticket_id": c["cid"],
        "created_at": zulu(local_start(c["start"])),
        "channel": "sms" if c["sms"] else "chat",
        "account": c["origin"],
        "patron": {"name": c["patron"], "email": c["email"]},
        "status": c["status"],
        "messages": [{"author_type": kinds[code], "author": names[code], "created_at": zulu(t),
                      "body": text} for t, code, text in timed_lines(c, "t")],
    }


def tk_text(chats):
    return "".join(json.dumps(tk_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("libchat", "csv", LC, lc_text), ("tickets", "jsonl", TK, tk_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("t", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: t1 (the development half, whose misses were read and
    fixed by kind) trains the category model, t2 stays held out."""
    return "train" if name.startswith("t1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "t", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
PHONE = re.compile(r"\b\d{3}[-. ]?(\d{3})[-. ]?\d{4}\b")


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
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


LC_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d - ([^:\n]+) : (.*)$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email", "comment" and
    "lines" (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "libchat":
        if not text.endswith("\r\n"):
            raise ValueError("the last row has no CRLF")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if rows[0] != LC_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(LC_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(LC_COLUMNS, r))
            cid, patron, staff = rec["Chat ID"], rec["Name"], rec["Answered By"]
            datetime.strptime(rec["Timestamp"], "%Y-%m-%d %H:%M:%S")
            if "\r" in rec["Transcript"]:
                raise ValueError(f"{cid}: a carriage return inside the transcript")
            lines = []
            for piece in rec["Transcript"].split("\n"):
                m = LC_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(2)
                if who not in (patron, staff, "System"):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, m.group(3)))
            if rec["Initial Question"] != next(t for w, t in lines if w == patron):
                raise ValueError(f"{cid}: the initial question is not the patron's first line")
            out.append({"id": cid, "patron": patron, "email": rec["Email"],
                        "comment": rec["Comment"], "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        cid, patron, email = r["ticket_id"], r["patron"]["name"], r["patron"]["email"]
        if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", r["created_at"]):
            raise ValueError(f"{cid}: created_at {r['created_at']!r}")
        if r["channel"] not in ("chat", "sms"):
            raise ValueError(f"{cid}: channel {r['channel']!r}")
        lines = []
        for m in r["messages"]:
            if set(m) != {"author_type", "author", "created_at", "body"}:
                raise ValueError(f"{cid}: message keys {sorted(m)}")
            kind, who = m["author_type"], m["author"]
            if kind not in ("end_user", "agent", "system"):
                raise ValueError(f"{cid}: author_type {kind!r}")
            if (kind == "end_user") != (who == patron) or (kind == "system") != (who == "System"):
                raise ValueError(f"{cid}: author {who!r} of type {kind!r}")
            if "\n" in m["body"] or "\r" in m["body"]:
                raise ValueError(f"{cid}: a line end inside a message")
            lines.append((who, m["body"]))
        out.append({"id": cid, "patron": patron, "email": email, "comment": "", "lines": lines})
    return out


def comment_problems(r, c):
    """This part's records give back the survey comment as well."""
    return ["the survey comment does not read back"] if r["comment"] != c["comment"] else []


def check_all():
    problems = []
    chats = LC + TK
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CT-"):
            problems.append(f"{cid}: chat id without the CT- prefix")
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
            problems.append(f"{cid}: SMS requester {c['patron']!r} is not a 555 number")
        for text in [t for _, t in lines_of(c)] + [c["comment"]]:
            if "\r" in text or "\t" in text or "\n" in text:
                problems.append(f"{cid}: a line end or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for m in PHONE.finditer(text):
                if m.group(1) != "555":
                    problems.append(f"{cid}: phone number {m.group(0)!r} is not a 555 number")
            for url in re.findall(r"https?://(?:www\.)?([^/\s]+)", text):
                if url not in ALLOWED_DOMAINS:
                    problems.append(f"{cid}: a link to {url!r}, not an example domain")
        if c["email"] and not c["email"].lower().strip().endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, StopIteration, csv.Error),
                                   check_label, extra=comment_problems)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", LC + TK), ("libchat", LC), ("tickets", TK)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", LC + TK))
    sms_n = sum(1 for c in LC + TK if c["label"] and c["sms"])
    comment_n = sum(1 for c in LC if c["label"] and c["comment"])
    note = (f"SMS chats among the labelled rows: {sms_n}. "
            f"Labelled LibChat rows with a survey comment: {comment_n}.\n")
    return labels_table(cols, LC + TK, note)


if __name__ == "__main__":
    sys.exit(main("t_build", all_texts, check_all, counts))
