#!/usr/bin/env python3
"""Writes and checks the "m" part of aun's labelled corpus (m1 in train/, m2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, no real person's data.
Each chat carries its label, written by hand from rules.md sections 5-6 when the chat was written,
before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", or split over two messages). Chats whose resolution is not
"Follow Up By Patron Library" carry no label and get no labels row. Where the patron changes
topic, the category (and subject need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (m1 and m2):
  mN_qp_sessions.json  a QuestionPoint-like "sessions" export of the statewide queue: a JSON array
                       pretty-printed (two-space indent, each record over many lines), keys
                       `session_id`, `started` (ISO 8601 with the New York offset), `library` (the
                       origin account), `patron_name`, `patron_email` (null when none), `patron` (a
                       nested object repeating name and e-mail, with the browser), `staff` (a nested
                       object: name and library), `question`, `resolution`, `transcript` (a list of
                       `{"time", "type", "speaker", "message"}`, `time` UTC with `Z`, `type`
                       `patron`, `librarian` or `system`).
  mN_libchat_transcripts.json
                       a Springshare LibChat "Chat Transcripts" JSON array, one chat a line: `id`,
                       `created` (`2026-04-20 14:05:33`, New York, no offset), `department` (the
                       origin account), `guest` (the name typed, `Guest NNNN`, or an SMS guest's
                       number `+14105550123`), `guest_email`, `operator` (a nested object: name and
                       e-mail), `status`, `transcript` one string of `[2:05:33 PM] Name: text` lines
                       joined by CRLF, HTML-escaped as LibChat writes it (`&#39;`, `&amp;`, `&quot;`).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then m1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/m_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/m_build.py --check   (writes nothing: fails when a file
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
TOWSON = "Towson University"
UMBC = "UMBC"
STEV = "Stevenson University"
FROST = "Frostburg State University"
AACC = "Anne Arundel Community College"
HOWARD = "Howard County Library System"
BALTCO = "Baltimore County Public Library"
CALV = "Calvert Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
               HOWARD: "HCLS", BALTCO: "BCPL", CALV: "CALVERT"}

QP = []  # the QuestionPoint-like sessions JSON chats
LC = []  # the LibChat "Chat Transcripts" JSON chats

# Staff of the sessions export: (name, their own library), which never is the patron's.
QP_STAFF = {"kent": ("Kent", "Harford County Public Library"),
            "laurel": ("Laurel", "Frederick County Public Libraries"),
            "cecil": ("Cecil", "Baltimore County Public Library"),
            "howard": ("Howard", "Enoch Pratt Free Library"),
            "frederick": ("Frederick", "Montgomery County Public Libraries"),
            "hope": ("Hope", "Anne Arundel County Public Library"),
            "justice": ("Justice", "Prince George's County Memorial Library System"),
            "talbot": ("Talbot", "Carroll County Public Library")}
LC_STAFF = {"carroll": "Carroll", "calvert": "Calvert", "austin": "Austin", "sue": "Sue",
            "will": "Will", "grace": "Grace"}
BROWSERS = ["Chrome 124 / Windows", "Safari 17 / iOS", "Firefox 125 / Windows", "Edge 124 / Windows",
            "Chrome 124 / Android", "Safari 17 / macOS"]


def _start(n, seed):
    """The n-th chat of a style starts on a spring 2026 day (New York), between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 4, 20) + timedelta(days=(n * 4) // 9)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def qp(cid, account, patron, email, t, label=None, op="kent", status=FU, written=False):
    """A chat of the sessions export. patron: the name typed (empty: `Guest NNNN`); email None
    is written as null."""
    rng = random.Random("m-qp-name-" + cid)
    QP.append(dict(cid=cid, start=_start(len(QP), "m-qp-" + cid), origin=account,
                   patron=patron or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=QP_STAFF[op][0] if op else None,
                   lib_home=QP_STAFF[op][1] if op else None, status=status,
                   written=written, sms=False))


def lc(cid, dept, guest, email, t, label=None, op="carroll", status=FU, written=False):
    """A chat of the LibChat export. guest: the name typed, an 11-digit 555 number for an SMS
    guest (shown `+14105550123`), or empty for `Guest NNNN`."""
    rng = random.Random("m-lc-name-" + cid)
    sms = guest.isdigit()
    if sms:
        guest = "+" + guest
    LC.append(dict(cid=cid, start=_start(len(LC), "m-lc-" + cid), origin=dept,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=LC_STAFF[op] if op else None, status=status,
                   written=written, sms=sms))


# ---------------------------------------------------------------------------------------------
# The sessions export (mN_qp_sessions.json): mostly the statewide queue
# ---------------------------------------------------------------------------------------------

qp("CM-Q101", AUN, "", None, """
p hi can i renew the lincoln lawyer and a time to kill, they're due tmrw
l Hi, I'm Kent at Harford County Public Library, covering the statewide chat. Which library are they from?
p rockville, the mcpl one
l Thanks! The renewal has to go through your account; I'll have Montgomery County follow up. What email should they use?
p tlee at example dot org
p ok thanks Kent
""", "tlee@example.org circulation none MCPL local", written=True)

qp("CM-Q102", AUN, "Marisa", "marisa.k@example.com", """
p i moved to salisbury nc last year. am i still allowed to use libby with my old maryland card or do i have to give it up
l Hi, this is Laurel with Frederick County Public Libraries. Which library gave you the card?
p honestly i dont remember, it was years ago
l No problem, I'll pass it on so someone can check the rules for out-of-state borrowers.
""", "= policy none - default", op="laurel")

qp("CM-Q103", AUN, "Rafe O.", None, """
p landlord still hasnt returned my security deposit its been 45 days since i moved out
p i rented in glen burnie
l I'm sorry to hear that. A law librarian can send you the rules on deposits. What's your email?
p r.okafor@example.net
""", "r.okafor@example.net research law - law", op="cecil")

qp("CM-Q104", AUN, "Jen Paulson", "jpaulson@example.org", """
l Hi, this is Laurel from Frederick County Public Libraries. How can I help?
p hi laurel! my book club picked howards end, do you have it on cd? i live in bel air
l I see copies in Harford County's catalog. I'll have them follow up about placing a hold.
p perfect thx
""", "= circulation none HARFORD local", op="laurel")

qp("CM-Q105", AUN, "Dee", None, """
p hey im in bel air, california. visiting my aunt in towson next month for 3 weeks
p could i get a temporary library card while im there?
l Hi! Let me find out what visitors can get. What's a good email?
p dmoreno@example.com
""", "dmoreno@example.com policy none - default", op="justice")

qp("CM-Q106", AUN, "", "bwashington@example.net", """
l Hi, I'm Frederick with Montgomery County Public Libraries.
p hi frederick. my son needs frederick douglass's narrative for class by friday, all copies checked out
p we're in hagerstown
l Got it, I'll send this to Washington County so they can request a copy for you.
""", "= circulation none WCFL local", op="frederick")

qp("CM-Q107", AUN, "Tonya", "tgraves@example.com", """
p i chatted here last wednesday about a fine on my account at the essex branch and was told someone would email me within 72 hours
p nobody ever did. still cant check anything out
l I'm sorry, that shouldn't have happened. I'll send this on so it gets looked at.
""", "= circulation none BCPL quality", op="cecil")

qp("CM-Q108", AUN, "Gail", None, """
l Hi, I'm Cecil at Baltimore County Public Library.
p hi cecil. my grandfather worked at the sparrows point steel mill in the 1950s, are there employment records anywhere
p i live in laurel de now so i cant come in
l Those would be in archival collections. A specialist can look. Your email?
p g.hatch@example.net
""", "g.hatch@example.net research specialist - specialist", op="cecil")

qp("CM-Q109", PRATT, "Nia", "nia.b@example.org", """
l Hi, I'm Howard at the Enoch Pratt Free Library.
p hey howard. i live in hampden. looking for the baltimore sun from april 1968 on microfilm, about the riots
l We have it at the Central Library. I'll have our Maryland Department follow up with what's there.
""", "= research specialist EPFL local", op="howard")

qp("CM-Q110", AUN, "Carla", "cjeffers@example.com", """
p my dad has macular degeneration and cant read his books anymore
p can he get audio books mailed to him? we live in easton md
l Yes, there's a free talking book service for that. I'll have them send the application.
""", "= policy print-disability TALBOT print-disability", op="kent")

qp("CM-Q111", AUN, "", None, """
p im in easton pa. do any maryland libraries give cards to out of state people? i'd drive down
l Some do, with a fee. I'll find out. Where can we email you?
p k.ruiz(at)example(dot)com
""", "k.ruiz@example.com policy none - default", op="hope", written=True)

qp("CM-Q112", AUN, "", "dmarsh@example.org", """
p my ex wont let me see my daughter on my weekends even tho the court order says i get every other weekend
p what can i do. im in waldorf
l I'm sorry. A law librarian can point you to the forms for enforcing a custody order.
""", "= research law CHARLES law", op="justice")

qp("CM-Q113", AUN, "", "sfox@example.net", """
p why is my hold not ready its been 3 weeks
l Hi! Which library is the hold with?
p does it matter?? you people are useless idiots
l I understand you're frustrated, but I'm going to end this chat because of the language. I'm noting it for our coordinators.
s Chat ended by librarian
""", "= circulation none - quality", op="talbot")

qp("CM-Q114", AUN, "Aaron", None, """
s No librarians are available right now. Please leave your question and e-mail address and a librarian will reply.
p whats the limit on how many dvds i can check out at the bowie branch
p email is a.cho@example.com
s Patron left the chat
""", "a.cho@example.com policy none PGCMLS local", op=None)

qp("CM-Q115", HOWARD, "", "m.greer@example.com", """
l Hi, I'm Howard, working on Howard County's chat today.
p lol hi howard. can i use ancestry library edition from home? im in columbia
l It's only in the branches, but HeritageQuest works from home. I'll have a Howard County librarian email you the link.
p howard you're a lifesaver
""", "= access none HCLS local", op="howard")

qp("CM-Q116", AUN, "", "wlatimer@example.net", """
p im a grad student at univ of south carolina in columbia sc, need the full text of an article from 1998 in the journal of southern history
p my school library doesnt have that year
l Let me check where it's available. I'll pass this on and someone will email you.
""", "= access none - default", op="frederick")

qp("CM-Q117", AUN, "Pete", None, """
p we're coming down from cambridge, massachusetts next week. what time does the annapolis library open on saturday?
l Hi! Let me check. What's your email?
p pete.v@example.org thanks
""", "pete.v@example.org policy none - default", op="hope")

qp("CM-Q118", AUN, "", "ravi.s@example.com", """
p im legally blind and use jaws. the catalog search page doesnt read right with my screen reader, buttons have no labels
p i have a bcpl card if that matters
l Thank you for telling us. I'll pass this to the people who handle accessible services.
""", "= access print-disability BCPL print-disability", op="cecil")

qp("CM-Q119", AUN, "Amira", "akhan@example.com", """
p is blindness by jose saramago on libby? i'm in rockville
l Hi! MCPL has it on Libby with a waitlist. I'll have them follow up about a faster copy.
""", "= access none MCPL local", op="frederick")

qp("CM-Q120", AUN, "", None, """
p how do i get an old charge expunged, from 2015, it was dismissed
l A law librarian can send the steps and forms. What's your email?
p m dot ellis at example dot net
""", "m.ellis@example.net research law - law", op="talbot", written=True)

qp("CM-Q121", AUN, "", "hwendt@example.org", """
p trying to find the deed for my great grandparents farm near thurmont, 1890s
p i'm in ohio now, my family left maryland in the 60s
l Land records like that need a specialist. I'll send it on.
""", "= research specialist - specialist", op="laurel")

qp("CM-Q122", AUN, "", "qbell@example.com", """
l Hi, I'm Howard at the Enoch Pratt Free Library, covering for the state.
p do maryland libraries do passport applications? where do i go
l Some branches do. I'll have someone email you the list.
p howard you're a lifesaver
""", "= policy none - default", op="howard")

qp("CM-Q123", AUN, "", "lpratt.v@example.net", """
p hi i forgot my pin for my hoco library card
l Hi! Your messages keep arriving cut off on my end, part of each one is missing. I'll report the connection problem.
p forgot pin. hoco card
l Got it. Howard County will email you about resetting it.
""", "= circulation none HCLS quality", op="kent")

qp("CM-Q124", AUN, "Tasha", None, """
l Hi, I'm Justice with Prince George's County Memorial Library System.
p hi justice! how do i cite a website in mla with no author
l Start with the title of the page. Would you like an example by email?
p no thanks i dont want to give my email
p thanks justice
""", "- research none - no-email", op="justice")

qp("CM-Q125", AUN, "rae", None, """
p when is the next teen writing workshop at the laurel branch
l Hi! I'll check. What's your email?
p no email, just dm me @readwithrae on insta
l Sorry, we can only follow up by email.
""", "- other none PGCMLS no-email", op="hope")

qp("CM-Q126", PRATT, "", "okoro.j@example.org", """
p does the pratt have a notary? need something notarized this week
l Hi, this is Howard at the Pratt. I'll check which locations have one and email you.
""", "= other none - default", op="howard")

qp("CM-Q127", AUN, "Lorna", None, """
p hi im in frederick, colorado. my great great grandfather was born in frederick county maryland in the 1840s
p looking for birth or baptism records
l Church and county records from then need a specialist. Your email?
p lorna.h@example.com
""", "lorna.h@example.com research specialist - specialist", op="laurel")

qp("CM-Q128", AUN, "", "pnwosu@example.net", """
p my mom passed and didnt have a will. the house is in her name. what happens now
p we're in hyattsville
l I'm sorry for your loss. The law library can explain the estate process.
""", "= research law PGCMLS law", op="justice")

qp("CM-Q129", AUN, "Brian", "bkowal@example.com", """
p i live in chester pa but work downtown baltimore. can i get a pratt card
l Hi! I'll find out the rules for people who work in the city.
""", "= policy none - default", op="howard")

qp("CM-Q130", AUN, "", "ejames@example.org", """
p need sanborn maps of annapolis from 1908 for a report on the old city dock
l Those are in special collections. I'll pass this to a specialist at the State Library Resource Center.
p ok
""", "= research specialist - specialist", op="hope")

qp("CM-Q131", BALTCO, "", "rivera.d@example.net", """
l Hi, I'm Cecil at Baltimore County Public Library.
p hi cecil, my card expired. i live in howard county now but still want to keep my bcpl card
l I'll have circulation email you about renewing it.
p ty cecil
""", "= circulation none BCPL local", op="cecil")

qp("CM-Q132", CALV, "", "hsims@example.com", """
l Hi, I'm Talbot at Carroll County Public Library, helping with Calvert's chat today.
p is the prince frederick branch open sunday
p thanks talbot
""", "= policy none CALVERT local", op="talbot")

qp("CM-Q133", AUN, "", "ngraham@example.org", """
p my son is dyslexic and struggles with print books. does the library have audiobooks for kids with print disabilities?
p we live in westminster
l Yes, there's a talking books program. I'll have them send details.
""", "= policy print-disability CARROLL print-disability", op="talbot")

qp("CM-Q134", AUN, "", "twebb@example.com", """
p libby keeps saying my card is invalid
p also the last person i chatted with was really rude and just told me to google it
p im in ellicott city
l I'm sorry about that. I'll send this on with a note.
""", "= access none HCLS quality", op="kent")

qp("CM-Q135", AUN, "", None, """
p can i put a hold on a time to kill dvd. im in dundalk
l Sure, what's your email so they can confirm?
p bjames@example
s Patron left the chat
""", "- circulation none BCPL no-email", op="cecil")

qp("CM-Q136", AUN, "Kara", None, """
p want to get night court season 1 on dvd, my branch is germantown
l I'll have Montgomery County follow up. What's your email?
p my email is kara.b
p @example.org
""", "kara.b@example.org circulation none MCPL local", op="frederick", written=True)

qp("CM-Q137", AUN, "Tom D", None, """
p contractor took a $1500 deposit and never showed. how do i file in small claims? im in frederick md
l Hi, I'm Frederick with Montgomery County. A law librarian can send the forms. Email?
p its dwyer.t@example.net
l Got it: dwyer.j@example.net
p no T. dwyer.t@example.net
""", "dwyer.t@example.net research law FCPL law", op="frederick")

qp("CM-Q138", AUN, "", "s.yoon@example.com", """
p looking for news articles about the key bridge collapse for a school project
l I'll pull a few together and email them.
""", "= research none - default", op="cecil")

qp("CM-Q139", AUN, "", "jmcbride@example.net", """
p population stats for ocean city over the last 20 yrs? for a paper, im at penn state
l Census data will have that. I'll email you the tables.
""", "= research none - default", op="hope")

qp("CM-Q140", AUN, "", "f.ortiz@example.org", """
p planning a trip to cumberland in june. any library events about the c&o canal?
l I'll look at the calendars and email you.
""", "= other none - default", op="laurel")

qp("CM-Q141", PRATT, "", "dgreene@example.com", """
p landlord wont fix the heat, its been 2 weeks. i have section 8. i live in highlandtown
l Hi, this is Howard at the Pratt. A law librarian can tell you about rent escrow.
""", "= research law EPFL law", op="howard")

qp("CM-Q142", AUN, "", "v.lopez@example.net", """
l Hi, I'm Hope from Anne Arundel County Public Library.
p need an interlibrary loan for a book my branch doesnt have, severna park
l We've been disconnected twice now and your messages arrive late; I'm reporting the session problem.
p ok still here
l I'll have Anne Arundel follow up on the loan.
""", "= access none AACPL quality", op="hope")

qp("CM-Q143", AUN, "", None, """
p got a 30 day notice to vacate, landlord says hes selling. is that legal
l A law librarian could help. What's your email?
p i dont use email
""", "- research law - no-email", op="kent")

qp("CM-Q144", AUN, "", "cwalters@example.com", """
p is there a statewide library card that works in every county in maryland?
l I'll find out and email you.
""", "= policy none - default", op="talbot")

qp("CM-Q145", AUN, "", "hpreston@example.org", """
p kanopy says my card isnt valid anymore
p i moved from silver spring to richmond va in march, its an mcpl card
l I'll have Montgomery County check your account.
""", "= access none MCPL local", op="frederick")

qp("CM-Q146", AUN, "", None, """
p need naturalization papers for my grandmother who came through locust point in 1912
p i'm in new jersey. email is anna.k@example.net
l A specialist can trace those. I'll pass it on.
""", "anna.k@example.net research specialist - specialist", op="howard")

qp("CM-Q147", AUN, "", "mboyd@example.com", """
p had cataract surgery and cant read regular print for a while
p can the talking books library send me a player? i live in la plata
l Yes, I'll have them send you the application.
""", "= policy print-disability CHARLES print-disability", op="hope")

qp("CM-Q148", AUN, "", "lmeyer@example.org", """
l Hi, I'm Justice with Prince George's County.
p can i put the trial by kafka on hold, i'm a student at aacc
l I'll have the AACC library follow up.
""", "= circulation none AACC local", op="justice")

qp("CM-Q149", AUN, "", None, """
p can i get a library card online if i live in elkridge
l Yes! What's your email and I'll have Howard County send the link?
p jrey@example.con
p sorry jrey@example.com
""", "jrey@example.com policy none HCLS local", op="kent")

qp("CM-Q150", AUN, "", "o.fuller@example.net", """
p hold for a disability history of the united states please. im in towson
l I'll have Baltimore County place it.
""", "= circulation none BCPL local", op="cecil")

qp("CM-Q151", AUN, "", "pryan@example.com", """
p last week someone here said a librarian would email me about my family history question. never heard back
p it was about my great grandfather's 1920 census record
l I'm sorry. I'll send this on so it gets picked up.
""", "= research specialist - quality", op="talbot")

qp("CM-Q152", AUN, "", "zhu.l@example.org", """
p hours on memorial day?
l Which library?
p any
""", "= policy none - default", op="kent")

qp("CM-Q153", AUN, "", "ibarra.c@example.net", """
p live in laurel md, the prince georges side. can i return a book to a different branch than i got it from
l I'll have Prince George's confirm.
""", "= circulation none PGCMLS local", op="laurel")

qp("CM-Q154", AUN, "", "k.shaw@example.com", """
p north laurel here. can i reserve a meeting room for a nonprofit group
l Hi, I'm Laurel at Frederick County. I'll pass this to Howard County.
p lol same name. thanks laurel
""", "= policy none HCLS local", op="laurel")

qp("CM-Q155", AUN, "", None, """
s No librarians are available right now. Please leave your question and e-mail address and a librarian will reply.
p hello?
s Patron left the chat
""", op=None, status=LOST)

qp("CM-Q156", PRATT, "", None, """
p what time does central close tonight
l Hi! 8 pm tonight.
p thx
""", op="howard", status=ANS)

qp("CM-Q157", AUN, "", "pmoss@example.org", """
p how do i renew online
l Log in to your account and click My Account, then Renew.
p got it
""", op="kent", status=ANS)

qp("CM-Q158", AUN, "", None, """
p is the library open
s Patron left the chat
""", op=None, status=LEFT)

qp("CM-Q159", AUN, "", "ahussain@example.com", """
p my boss hasnt paid me overtime for 3 months
p i work at a store in gaithersburg, i live there too
l That's a wage law question; the law library can help.
""", "= research law MCPL law", op="frederick")

qp("CM-Q160", AUN, "", "rclark@example.org", """
p my wife had a stroke and cant hold a book or turn pages anymore
p what services are there for her? we're in cumberland
l There's a talking books service for people who can't handle print. I'll have them send info.
""", "= policy print-disability ALLEGANY print-disability", op="kent")


# ---------------------------------------------------------------------------------------------
# The LibChat export (mN_libchat_transcripts.json): the college queues, with the statewide and
# Pratt queues
# ---------------------------------------------------------------------------------------------

lc("CM-L201", TOWSON, "kt88", "", """
p hi i need the full text of "Disability rights and the ADA at 30" in the journal of disability policy studies
l Hi! Carroll here at Cook Library. We have that journal only to 2019, so I'll request it through interlibrary loan. Your email?
p kthomas@example.org
p ty carroll!!
""", "kthomas@example.org access none TOWSON local")

lc("CM-L202", TOWSON, "jlin4", "jlin4@example.org", """
p off campus and the login page just keeps looping back to itself
p i put in my netid and it reloads
l That sounds like the proxy. Try clearing cookies; I'll also have e-resources check and email you.
p ok thanks carroll
""", "= access none TOWSON local")

lc("CM-L203", UMBC, "", "dosei@example.net", """
p can i get a chapter scanned through ILL? ch 4 of Law, Justice and Society by Wacks
p we dont own it
l Hi, Austin here. Yes, chapter scans come by email through ILL. I'll start it.
p thanks austin
""", "= access none UMBC local", op="austin")

lc("CM-L204", STEV, "14435550112", "", """
p hi the proquest link in my nursing course says access denied
l Hi, Calvert here at Stevenson's library. Which link?
p the one in week 3 module
l I'll check. Can I get your email to send the fix?
p no email, just text me back
""", "- access none STEVENSON no-email", op="calvert")

lc("CM-L205", FROST, "", "mhale@example.com", """
p is the lincoln lawyer on kanopy? need it for film 210
l Hi, Sue here. It's not on Kanopy; I'll check other streaming options for your class and email you.
p thanks sue!
""", "= access none FSU local", op="sue")

lc("CM-L206", AACC, "Marcus", "mreed@example.org", """
p can i renew the laptop i checked out, due today
l Hi, Will here at the Truxal Library. Let me check.
p ok thanks will
""", "= circulation none AACC local", op="will")

lc("CM-L207", AUN, "", "h.grant@example.com", """
l Hi, I'm Grace, a librarian at Calvert Library, covering the statewide chat.
p hi grace. i have a $12 fine from a late book, can i pay online? i live in prince frederick
l Calvert Library can help with that; I'll send it to them.
""", "= circulation none CALVERT local", op="grace")

lc("CM-L208", UMBC, "sbello2", "sbello2@example.org", """
p my landlord in arbutus is keeping my whole deposit for "cleaning"
p is that allowed? i'm a umbc student
l Hi, Austin here. A law librarian can explain the deposit rules. I'll refer it.
""", "= research law UMBC law", op="austin")

lc("CM-L209", TOWSON, "", "a.ferris@example.net", """
p how do i request readings in accessible formats? i'm blind and use a screen reader
l Carroll here. There's a process with disability services and the library. I'll have someone email you.
""", "= policy print-disability TOWSON print-disability")

lc("CM-L210", TOWSON, "", "cdiaz@example.com", """
p i waited 25 min and then the chat disconnected, this is the 3rd time today
p i just need to know how to get into cinahl from home
l I'm sorry about the wait. I'll send the CINAHL link and pass on what happened.
""", "= access none TOWSON quality")

lc("CM-L211", UMBC, "Laurel Ng", "lng3@example.org", """
p proxy says host not permitted when i click the ieee link
l Hi Laurel, Austin here. That link needs fixing on our side. I'll report it to e-resources.
""", "= access none UMBC local", op="austin")

lc("CM-L212", STEV, "", "gprice@example.com", """
p need the ebook of a time to kill for engl 220, the library one says all copies in use
l Hi, Calvert here. It's single-user; I'll see about another copy and email you.
""", "= access none STEVENSON local", op="calvert")

lc("CM-L213", FROST, "", "wdavis@example.org", """
p researching coal mining strikes in georges creek in the 1890s for my history thesis
p need old newspaper records and any archives
l Hi, Sue here. That's a job for our special collections librarian; I'll pass it on.
""", "= research specialist FSU local", op="sue")

lc("CM-L214", AACC, "", "tkeller@example.net", """
p how many books can students check out at once
l Hi, Will here. Let me look that up for you.
""", "= policy none AACC local", op="will")

lc("CM-L215", AUN, "", "r.dunn@example.org", """
p hi i'm in salisbury north carolina. need a couple good books on the salisbury confederate prison for a book report
l Hi, Grace here. I'll put a short list together and email it.
p thx grace
""", "= research none - default", op="grace")

lc("CM-L216", AUN, "14105550123", "", """
p is the essex branch open today
l Hi! Which email can we reply to?
p no email sorry
""", "- policy none BCPL no-email", op="grace")

lc("CM-L217", AUN, "", "c.moore@example.com", """
p how do i file for custody? i live in pasadena
l Hi, Grace here. A law librarian can send the forms.
""", "= research law AACPL law", op="grace")

lc("CM-L218", AUN, "", "n.adeyemi@example.net", """
p does maryland have braille books for kids to borrow? my daughter is 8 and blind
l Yes! I'll have the braille and talking books library follow up.
""", "= policy print-disability - print-disability", op="grace")

lc("CM-L219", PRATT, "", "tpham@example.org", """
p i live in canton, how do i get a pratt card online
l Hi! Will here, covering Pratt's chat. I'll have the Pratt send the link.
""", "= policy none EPFL local", op="will")

lc("CM-L220", PRATT, "", "jwatts@example.com", """
p staff at my branch, the central library, told me to leave for no reason yesterday
p who do i complain to
l I'm sorry that happened. I'll pass this on.
""", "= other none EPFL quality", op="will")

lc("CM-L221", TOWSON, "", "", """
p ebook central says i reached my download limit
p my portfolio is https://example.org/@jwalsh if that helps lol
p you can email me at jwalsh.design@example.com
l Carroll here. I'll check the limit and email you.
""", "jwalsh.design@example.com access none TOWSON local")

lc("CM-L222", UMBC, "", "pgordon@example.org", """
p my ILL request for Frederick Douglass's Narrative, the norton critical edition, has been pending 2 weeks
l Austin here. I'll check its status and email you.
""", "= access none UMBC local", op="austin")

lc("CM-L223", STEV, "", "ewu@example.net", """
p i have a $40 fine for the firm, i lost it
l Calvert here. I'll have circulation email you about replacing it.
""", "= circulation none STEVENSON local", op="calvert")

lc("CM-L224", FROST, "", "kbarr@example.com", """
p is the library open 24 hours during finals
l Hi, Sue here. I'll confirm the finals schedule.
p thanks sue!
""", "= policy none FSU local", op="sue")

lc("CM-L225", AACC, "", "dfinch@example.org", """
p how do i cite a youtube video apa
l Will here. Happy to help. Do you have the video's title?
p just give me the answer stop wasting my time you moron
l I'm ending this chat because of abusive language and noting it for review.
""", "= research none AACC quality", op="will")

lc("CM-L226", AUN, "", "ldavies@example.com", """
p i'm a student in cambridge, ma doing research on harriet tubman's early life in dorchester county
p need primary sources, letters, slave schedules, that kind of thing
l Grace here. That needs a specialist with historical records. I'll pass it on.
""", "= research specialist - specialist", op="grace")

lc("CM-L227", AUN, "", "gmills@example.net", """
p hi how do i get into chilton car repair manuals through the library
l Grace here. It's a database; I'll email you the link.
""", "= access none - default", op="grace")

lc("CM-L228", AUN, "", "s.ng@example.org", """
p can i print from my phone at the white marsh branch
l Hi! I'll have Baltimore County email you the steps.
""", "= other none BCPL local", op="grace")

lc("CM-L229", AUN, "", "dhoward@example.com", """
p my great grandfather worked for the b&o railroad. looking for employee records
l Grace here. That's a specialist question; I'll pass it on.
""", "= research specialist - specialist", op="grace")

lc("CM-L230", AUN, "", "", """
p does the library have a notary? i live in hagerstown
l I'll check. What email can we use?
p i'll just call tomorrow, no email
""", "- other none WCFL no-email", op="grace")

lc("CM-L231", AUN, "", "a.reyes@example.org", """
p do you have just mercy on audio? can i put a hold
l Grace here. Which library's card do you have?
p not sure
""", "= circulation none - default", op="grace")

lc("CM-L232", TOWSON, "", "bhart@example.net", """
p i have low vision and the pdfs on e-reserve are too blurry to zoom
l Carroll here. I'll ask for clean copies and pass on the low vision need.
""", "= access print-disability TOWSON print-disability")

lc("CM-L233", UMBC, "", "", """
p nexis uni keeps timing out
l Austin here. What's your email?
p my umbc email is j dot park at example dot org
""", "j.park@example.org access none UMBC local", op="austin", written=True)

lc("CM-L234", FROST, "", "tsimms@example.org", """
p my roommate moved out and the landlord says i owe the whole rent
l Sue here. That's a lease question for a law librarian. I'll refer it.
""", "= research law FSU law", op="sue")

lc("CM-L235", STEV, "", "ohart@example.com", """
p the proxy login wont accept my password
l Calvert here. The chat keeps freezing on my end; I'm reporting this session to our tech support.
p still there?
l Yes. I'll email you about the login.
""", "= access none STEVENSON quality", op="calvert")

lc("CM-L236", AACC, "", "m.lucero@example.net", """
p online student here, i live in austin texas. how do i get into the databases from home
l Will here. You log in with your AACC id; I'll email the steps.
""", "= access none AACC local", op="will")

lc("CM-L237", AUN, "", "f.banks@example.com", """
l Hi, Carroll here from Towson University, covering the statewide chat.
p how do i get the new york times pass through the library
p ty carroll!!
""", "= access none - default")

lc("CM-L238", AUN, "Kent Adams", "kadams@example.org", """
p can my kids get their own library cards? we live in chestertown
l Grace here. I'll have Kent County email you.
""", "= policy none KENT local", op="grace")

lc("CM-L239", AUN, "", "o.pierce@example.net", """
p i live in laurel, delaware. can i use the salisbury library?
l Grace here. I'll find out about out-of-state cards.
""", "= policy none - default", op="grace")

lc("CM-L240", AUN, "", "e.foster@example.com", """
p my eyes are going, glaucoma. is there a service that reads the newspaper over the phone?
l Grace here. Yes, I'll have the talking books library follow up.
""", "= policy print-disability - print-disability", op="grace")

lc("CM-L241", AUN, "", "m.oneal@example.org", """
p i'm in leonardtown, researching the history of my church, st. aloysius, 1800s records
l Grace here. I'll send it on.
""", "= research specialist SMCLD local", op="grace")

lc("CM-L242", TOWSON, "", "vkim@example.com", """
p how late is cook library open on sunday
l Carroll here. Let me check.
""", "= policy none TOWSON local")

lc("CM-L243", UMBC, "", "none", """
p the psycinfo link says subscription required
l Austin here. Can I get an email to send the fix?
p nah
""", "- access none UMBC no-email", op="austin")

lc("CM-L244", AUN, "", "", """
p renew legally blonde dvd pls
p i'm in ellicott city
l Grace here. Email?
p yvette.s@example.com
""", "yvette.s@example.com circulation none HCLS local", op="grace")

lc("CM-L245", AUN, "", "a.lam@example.net", """
p the chat kept saying no librarians available for over an hour, ridiculous
p anyway my ebooks wont download. im in rockville
l Grace here, sorry about the wait. I'll send this on.
""", "= access none MCPL quality", op="grace")

lc("CM-L246", AUN, "", "pwhite@example.org", """
p how do i get my son's record expunged, he lives with me in towson
l Grace here. The law library can help with that.
""", "= research law BCPL law", op="grace")

lc("CM-L247", AUN, "13015550199", "", """
p how do i renew my books
l Hi! What's your email?
p just text
""", "- circulation none - no-email", op="grace")

lc("CM-L248", PRATT, "", "r.tate@example.com", """
p looking for 1940s city directories that cover fells point. i live in dundalk
l Will here. I'll pass this on.
""", "= research specialist BCPL local", op="will")

lc("CM-L249", PRATT, "", "j.ruiz@example.net", """
p do you have resume help workshops
l Will here. I'll check.
""", "= other none - default", op="will")

lc("CM-L250", AUN, "", "k.white@example.org", """
p neighbors tree fell on my fence, who pays? im in bowie
l Grace here. The law library can help.
""", "= research law PGCMLS law", op="grace")

lc("CM-L251", AUN, "", "m.chu@example.com", """
p need to renew something
p actually nvm, does the library have tax forms this year?
l Grace here. I'll check.
""", "= policy none - default", op="grace")

lc("CM-L252", FROST, "", "hmoss@example.net", """
p need maps of cumberland from 1870 for hist 330
l Sue here. I'll pass it to special collections.
""", "= research specialist FSU local", op="sue")

lc("CM-L253", AACC, "", "tbrooks@example.com", """
p i'm dyslexic. does the library have audiobook versions of textbooks?
l Will here. I'll find out and email you.
""", "= policy print-disability AACC print-disability", op="will")

lc("CM-L254", STEV, "", "gnolan@example.org", """
p need sources on restorative justice for crim 210
l Calvert here. I'll email you some.
""", "= research none STEVENSON local", op="calvert")

lc("CM-L255", AUN, "", "", """
p hey this is about my hold
l Grace here. Which title?
s Guest has left the chat.
""", op="grace", status=LEFT)

lc("CM-L256", TOWSON, "", "", """
p where is the printer
l Second floor.
""", status=ANS)

lc("CM-L257", AUN, "", "", """
s No librarians are available right now.
p hello??
""", op=None, status=LOST)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def first_patron_line(lines):
    return next(text for _, code, text in lines if code == "p")


def iso_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def qp_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "QuestionPoint"}
    types = {"p": "patron", "l": "librarian", "s": "system"}
    lines = timed_lines(c, "m")
    started = local_start(c["start"])
    rng = random.Random("m-qp-" + c["cid"])
    return {
        "session_id": c["cid"],
        "started": started.isoformat(),
        "library": c["origin"],
        "patron_name": c["patron"],
        "patron_email": c["email"],
        "patron": {"name": c["patron"], "email": c["email"], "browser": rng.choice(BROWSERS)},
        "staff": {"name": c["lib"], "library": c["lib_home"]} if c["lib"] else None,
        "question": first_patron_line(lines),
        "resolution": c["status"],
        "transcript": [{"time": iso_z(t), "type": types[code], "speaker": names[code],
                        "message": text} for t, code, text in lines],
    }


def qp_text(chats):
    return json.dumps([qp_record(c) for c in by_start(chats)], indent=2, ensure_ascii=False) + "\n"


LC_LINE = re.compile(r"^\[([1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM)\] ([^:\]]+): (.*)$")


def lc_line_time(t):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M:%S} {t:%p}"


def lc_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    lines = timed_lines(c, "m")
    started = local_start(c["start"])
    op = c["lib"]
    return {
        "id": c["cid"],
        "created": f"{started:%Y-%m-%d %H:%M:%S}",
        "department": c["origin"],
        "guest": c["patron"],
        "guest_email": c["email"],
        "operator": {"name": op, "email": f"{op.lower()}.chat@example.net"} if op else None,
        "status": c["status"],
        "transcript": "\r\n".join(f"[{lc_line_time(t)}] {names[code]}: "
                                   f"{html.escape(text, quote=True).replace('&#x27;', '&#39;')}"
                                   for t, code, text in lines),
    }


def lc_text(chats):
    return "[\n" + ",\n".join(json.dumps(lc_record(c), ensure_ascii=False)
                               for c in by_start(chats)) + "\n]\n"


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("qp_sessions", "json", QP, qp_text), ("libchat_transcripts", "json", LC, lc_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("m", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: m1 (the development half, whose misses were read and
    fixed by kind) trains the category model, m2 stays held out."""
    return "train" if name.startswith("m1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "m", counts_table)
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
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    records = json.loads(text)
    out = []
    for r in records:
        if style == "qp_sessions":
            cid, patron, email = r["session_id"], r["patron_name"], r["patron_email"]
            staff = (r["staff"] or {}).get("name")
            datetime.fromisoformat(r["started"])
            if r["patron"]["name"] != patron or r["patron"]["email"] != email:
                raise ValueError(f"{cid}: the nested patron differs from patron_name/patron_email")
            lines = []
            for m in r["transcript"]:
                if not m["time"].endswith("Z"):
                    raise ValueError(f"{cid}: a message time not in UTC")
                want = {"patron": patron, "librarian": staff, "system": "QuestionPoint"}[m["type"]]
                if m["speaker"] != want:
                    raise ValueError(f"{cid}: a {m['type']} line from {m['speaker']!r}")
                lines.append((m["speaker"], m["message"]))
        else:
            cid, patron, email = r["id"], r["guest"], r["guest_email"]
            staff = (r["operator"] or {}).get("name")
            datetime.strptime(r["created"], "%Y-%m-%d %H:%M:%S")
            pieces = r["transcript"].split("\r\n")
            if any("\r" in x or "\n" in x for x in pieces):
                raise ValueError(f"{cid}: a line end other than CRLF in the transcript")
            lines = []
            for piece in pieces:
                m = LC_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who, said = m.group(3), html.unescape(m.group(4))
                if who not in (patron, staff, "System"):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, said))
        out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = QP + LC
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CM-"):
            problems.append(f"{cid}: chat id without the CM- prefix")
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
    out += tally_lines((("both", QP + LC), ("qp_sessions", QP), ("libchat_transcripts", LC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", QP + LC))
    sms_n = sum(1 for c in QP + LC if c["label"] and c["sms"])
    return labels_table(cols, QP + LC, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("m_build", all_texts, check_all, counts))
