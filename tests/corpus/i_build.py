#!/usr/bin/env python3
"""Writes and checks the "i" part of aun's labelled corpus (i1 in train/, i2 in heldout/).

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

Two export styles, each split in two halves with the same mix (i1 and i2, both held out):
  iN_libchat_cr.csv  a LibChat-style CSV from a shared group of Maryland academic libraries
                     (which also staff the statewide and Pratt queues): `Chat ID`, `Started`
                     (`2026-03-16 10:05:12`, New York), `Department` (the origin account),
                     `Guest Name` (`Guest` or what the patron typed), `Guest Email`, `Answered By`,
                     `Transferred To`, `Initial Question`, `Wait (sec)`, `Duration (sec)`,
                     `Rating`, `Comment`, `Resolution`, `Transcript`: lines
                     `10:05:12 AM - Name: text` (12-hour clock, no leading zero), the messages
                     separated by a carriage return alone inside the quoted field; CRLF between
                     records. Librarians by first name, some with an initial (`Ashley B.`, `Will`,
                     `Sue`, `Grace`, `Frank`); `System` lines for transfers.
  iN_statewide.jsonl a JSON Lines export of the statewide public queue (LibraryH3lp): `id`,
                     `queue` (the origin account), `protocol` (`web`, `sms`, `twilio`), `guest`
                     (the guest's JID), `operators` (a list of operator JIDs), `started` and
                     `ended` (UTC, `2026-03-16T14:05:12Z`), `email` (`null` when none),
                     `resolution`, `tags` (a list) and `transcript`: one string of
                     `HH:MM speaker: text` lines (24-hour, New York clock) joined by LF; speakers
                     are the guest's JID (`web.`, `web.ca.`, `sms.` or `twilio.libraryh3lp.com`),
                     operators' JIDs (`kim@chat.libraryh3lp.com`) or `system`.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then i1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/i_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/i_build.py --check   (writes nothing: fails when a file
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

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
TOWSON = "Towson University"
UMBC = "University of Maryland, Baltimore County"
STEV = "Stevenson University Library"
FROST = "Frostburg State University"
AACC = "Anne Arundel Community College"
HOWARD = "Howard County Library System"
BALTCO = "Baltimore County Public Library"
CARROLL = "Carroll County Public Library"
FRED = "Frederick County Public Libraries"
HARF = "Harford County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", CARROLL: "CARROLL", FRED: "FCPL", HARF: "HARFORD",
}

LC = []  # LibChat-style CSV chats (a lone CR between messages inside the transcript)
JL = []  # the statewide queue's JSON Lines chats

# LibChat staff as the transcript names them.
STAFF = {"ashley": "Ashley B.", "will": "Will", "sue": "Sue", "grace": "Grace", "frank": "Frank",
         "dev": "Dev M."}

# LibraryH3lp operators of the statewide queue.
OPS = {
    "kim": "kim@chat.libraryh3lp.com",
    "deshawn": "deshawn@chat.libraryh3lp.com",
    "will": "will-hcls@chat.libraryh3lp.com",
    "grace": "grace.p@chat.libraryh3lp.com",
    "sue": "sue-bcpl@chat.libraryh3lp.com",
    "frank": "frank@chat.libraryh3lp.com",
    "marta": "mlopez-pratt@chat.libraryh3lp.com",
}


def lc(cid, start, dept, guest, email, t, label=None, op="ashley", op2=None, status=FU,
       written=False, rating=""):
    """start: civil time in New York. guest: the Guest Name the patron typed (`Guest` when
    none), which is also the patron's speaker label."""
    LC.append(dict(cid=cid, start=start, origin=dept, patron=guest, email=email, t=t,
                   label=label, lib=STAFF[op] if op else None, lib2=STAFF[op2] if op2 else None,
                   status=status, written=written, rating=rating))


def jl(cid, start, queue, proto, email, t, label=None, op="kim", op2=None, status=FU,
       written=False, phone=None, tags=()):
    """start: civil time in New York (written to the export in UTC). proto: web, ca (a
    Canadian web guest), sms or twilio (with the guest's phone number)."""
    JL.append(dict(cid=cid, start=start, origin=queue, proto=proto, phone=phone, email=email,
                   t=t, label=label, lib=OPS[op] if op else None,
                   lib2=OPS[op2] if op2 else None, status=status, written=written,
                   tags=list(tags)))


# ---------------------------------------------------------------------------------------------
# LibChat-style chats (iN_libchat_cr.csv)
# ---------------------------------------------------------------------------------------------

lc("CI-A101", "2026-03-16 10:05:12", TOWSON, "Guest", "kmarsh@example.com", """
p hi can u help me find the full text of this article
p Okafor, L. (2019). Sleep hygiene in first-year college students. J of American College Health 67(4)
l Hi! I'm Ashley. One sec, let me look it up.
l We do have that journal through Taylor & Francis. Are you off campus?
p yeah im home
p it says access denied when i click the pdf
l OK, I'll send you a link that goes through the proxy and let our e-resources person know about the button. I'll email you.
p ty
""", "= access none TOWSON local TOWSON")

lc("CI-A102", "2026-03-16 11:42:40", UMBC, "jpark", "", """
p the library login keeps looping me back to the myumbc page
l Hi, Will here. Which database are you trying?
p web of science. i already did the duo thing twice
l Sorry about that. Could you try clearing cookies for the proxy, or a private window?
p tried both, same
l I'll report it to our e-resources team so they can check the proxy. What's your email so they can reach you?
p jpark2@example.net
l Thanks, you'll hear from them.
""", "jpark2@example.net access none UMBC local UMBC", op="will")

lc("CI-A103", "2026-03-16 14:10:03", STEV, "Guest", "", """
p hi the ebook for nurs 310 says download unavailable in ebook central
p i need it on my ipad for clinicals tmrw
l Hi, this is Sue. Some of our ebooks can only be read online, one user at a time. Which title is it?
p Pathophysiology: the biologic basis for disease in adults and children
l Got it. Let me ask our e-resources librarian if we can buy an unlimited copy. Email?
p rfoster@example.com thx
""", "rfoster@example.com access none STEVENSON local STEVENSON", op="sue")

lc("CI-A104", "2026-03-16 15:31:55", FROST, "Guest", "", """
p is sage journals down?? every article gives me a blank page
l Hi, Grace here. Let me try one... it loads for me on campus. Are you off campus?
p yes
l Can I get your email so our systems person can follow up once they test the off-campus link?
p ill just check back later
l Sure, the chat is open until 9.
""", "- access none FSU no-email -", op="grace")

lc("CI-A105", "2026-03-16 16:20:18", AACC, "Will", "will.ocampo@example.com", """
p hi this is will, i have one of the loaner laptops and its due friday, can i renew it
l Hi Will, this is Grace. Laptops can renew once if no one is waiting. Let me check.
l There's a waitlist, so I can't renew it from here, but I'll ask circulation to email you about a short extension.
p ok thanks
""", "= circulation none AACC local AACC", op="grace")

lc("CI-A106", "2026-03-17 09:48:31", TOWSON, "Guest", "d.alvarez@example.com", """
p this isnt really a library question but my landlord is keeping my whole security deposit for cleaning and i moved out in jan
p is there anything i can look up about what they're allowed to do
l That's a fine question for a library! I'm not a lawyer, but there are guides on Maryland tenants' rights.
l I'll pass this to a law librarian who can send you the right sources by email.
p ok that would be great
""", "= research law TOWSON law MSLL")

lc("CI-A107", "2026-03-17 11:15:09", UMBC, "Guest", "", """
p my ex wants to change our custody schedule and says i have to agree. do i? where do i even find the forms
l Hi, I'm Will. I can't give legal advice, but the courts have a family law self-help center with forms. Would it help if a law librarian followed up by email?
p yes pls. tmoreno at example dot org
l Got it, they'll write to you.
""", "tmoreno@example.org research law UMBC law MSLL", op="will", written=True)

lc("CI-A108", "2026-03-17 13:02:47", STEV, "kayla m", "kmitchell4@example.com", """
p i have dyslexia and the scanned readings on blackboard are just pictures, my text to speech cant read them
p is there a version i can use with read&write
l Hi, Sue here. We can sometimes get accessible copies. Are you registered with the disability services office?
p yes i am
l Great. I'll send this to the person who handles accessible formats and they'll email you.
""", "= access print-disability STEVENSON print-disability LBPH", op="sue")

lc("CI-A109", "2026-03-17 14:44:20", FROST, "Guest", "bhenning@example.org", """
p this is my third time trying, the chat keeps kicking me out after 1 min
p anyway i need the full text of a 1998 article in the journal of appalachian studies
l Hi, Grace here. I'm sorry about the disconnects, I'll report them to our chat admin.
l Which article?
p "Company towns and the coal economy" vol 4 no 2
l We have that volume in print. I'll scan it and email it to you.
""", "= access none FSU quality QC", op="grace")

lc("CI-A110", "2026-03-17 19:05:33", AACC, "Guest", "s.nakamura@example.net", """
p how do i cite a youtube video in mla 9
l Hi! Frank here. You'd start with the creator's name, then the title in quotes, then YouTube in italics
p can you send me an example
l Sorry, my chat screen just froze for a couple of minutes and I lost what I typed. I'm going to report this session to our chat admin.
l I'll email you a full example instead.
p ok
""", "= research none AACC quality QC", op="frank")

lc("CI-A111", "2026-03-18 10:12:08", AUN, "Guest", "mhollis@example.com", """
p my great grandfather worked in the coal mines around lonaconing in allegany county around 1900
p how would i find records of him, like employment or census
l Hi, I'm Frank. I work at Anne Arundel Community College but I'm covering the statewide chat right now.
l The 1900 and 1910 censuses are a good start, and mining company records sometimes survive in archives.
l This needs a genealogy specialist, so I'll send it on to one who can email you.
""", "= research specialist - specialist EPFL", op="frank")

lc("CI-A112", "2026-03-18 11:37:52", AUN, "r. tate", "rtate@example.org", """
p im in arlington va and looking for a marriage record from maryland, the couple married in the 1920s in baltimore I think
p is that online anywhere
l Hi, this is Ashley. Older Maryland marriage records are kept by the state archives, and some are indexed online.
l I'll pass this to a specialist in historical records who can follow up by email.
""", "= research specialist - specialist EPFL")

lc("CI-A113", "2026-03-18 13:54:29", PRATT, "Guest", "", """
p hi, is it possible to see letters from the h.l. mencken collection? i'm a grad student at umbc writing about baltimore newspapers
l Hi, I'm Dev, answering for the Pratt queue. Many of the Mencken papers are in the special collections room, by appointment.
p ok who do i contact
l I'll send your question on. What's the best email?
p lwhitaker@example.com
""", "lwhitaker@example.com research specialist UMBC local UMBC", op="dev")

lc("CI-A114", "2026-03-18 15:20:41", TOWSON, "frederick o.", "fokonkwo@example.com", """
p the kanopy film for my film class wont play, it just says error 403
p its The Lincoln Lawyer, we're watching it for wednesday
l Hi Frederick! I'm Ashley. Is that through the link on your class's Blackboard page?
p yes
l That link might be missing the proxy. I'll check with our media librarian and email you a working one.
""", "= access none TOWSON local TOWSON")

lc("CI-A115", "2026-03-18 17:02:13", UMBC, "Guest", "nadia.s@example.net", """
p the color of law by rothstein shows checked out, can i get in line for it
l Hi, Will here. Yes, you can place a request. I can't do it from chat though, so I'll pass it to circulation.
p ok pls, due date says april 2
l They'll put you in line and email you when it's back.
""", "= circulation none UMBC local UMBC", op="will")

lc("CI-A116", "2026-03-19 09:33:40", STEV, "Guest", "t.greer@example.org", """
p hi i graduated last may, can alumni still use cinahl or any databases
l Hi, Sue here! Alumni keep some access, but not to everything. Let me check which ones.
p thanks, trying to study for my boards
l I'll have our access services librarian email you the list of what alumni can use.
""", "= policy none STEVENSON local STEVENSON", op="sue")

lc("CI-A117", "2026-03-19 10:48:03", FROST, "Guest", "", """
p how do i print from my own laptop in the library, it doesnt see the printer
l Hi, this is Grace. You need the print release app. Are you on the campus wifi?
p yes
l The instructions are on the IT page, but I'll have someone from the help desk email you a how-to. Your email?
p jcorbin@example.com
""", "jcorbin@example.com other none FSU local FSU", op="grace")

lc("CI-A118", "2026-03-19 12:15:27", AACC, "Guest", "pdiallo@example.com", """
p i requested an article through interlibrary loan 2 weeks ago and still nothing
p its for my psych paper due monday
l Hi, Frank here. Let me look up the request... I see it, it's still with the lending library.
l I'll ask our ILL person to push it and email you.
""", "= access none AACC local AACC", op="frank")

lc("CI-A119", "2026-03-19 14:06:55", TOWSON, "Guest", "ebrandt@example.com", """
p hi I am blind and use JAWS. the pdfs in academic search premier just read as empty to my screen reader
p is there another way to get these articles
l Hi, I'm Ashley. Some of those PDFs are scanned images. There's often an HTML full text version, which reads better.
p some have no html
l I'll pass this on so someone can get you accessible copies and email you.
""", "= access print-disability TOWSON print-disability LBPH")

lc("CI-A120", "2026-03-19 16:30:12", UMBC, "Guest", "cbyrne@example.net", """
p for my history of tech paper i need patents from the 1890s on early typewriters
p google patents has some but the scans are bad
l Hi, Will here. That's a good one for a specialist. We have a librarian who works with patents and old government documents. I'll pass it to them.
p great
""", "= research specialist UMBC local UMBC", op="will")

lc("CI-A121", "2026-03-20 10:02:44", AUN, "Guest", "m.quinn@example.com", """
p hi i live in delaware (newark) but i work in maryland. can i get a maryland library card?
l Hi, I'm Sue. Some Maryland libraries give cards to people who work in their county. It depends on the library.
p ok which ones
l I'll send this to someone who can check the policies and email you.
""", "= policy none - default AUN", op="sue")

lc("CI-A122", "2026-03-20 11:27:18", AUN, "Guest", "", """
p what time does the cockeysville branch open on sunday
l Hi, Frank here. Let me check... Do you want someone to email you the holiday hours too?
p no thanks i dont want to give my email
l No problem. I think it's 1 to 5 on Sundays, but please check the website.
""", "- policy none BCPL no-email -", op="frank")

lc("CI-A123", "2026-03-20 13:40:35", PRATT, "grace pratt", "gpratt@example.org", """
p hi, i have 2 books due tomorrow and the renew button is greyed out
p i have a howard county library card, not sure if i'm in the right place
l Hi Grace! I'm Dev. This is the Pratt queue but I can still help. Greyed out usually means there's a hold on them.
l I'll send this to Howard County so they can look at your account and email you.
""", "= circulation none HCLS local HCLS", op="dev")

lc("CI-A124", "2026-03-20 15:18:06", TOWSON, "Guest", "", """
p hi i need a copy of a masters thesis from penn state, its not online
l Hi, Sue here. Let me transfer you to our interlibrary loan person.
s Chat transferred from Sue to Ashley B.
m Hi! Ashley here. We can request theses through ILL, though some libraries only lend them in print.
p print is fine
m OK, I'll start it. What's your email?
p hk.lindqvist@example.com
""", "hk.lindqvist@example.com access none TOWSON local TOWSON", op="sue", op2="ashley")

lc("CI-A125", "2026-03-20 17:55:49", STEV, "Guest", "", """
p how do i do a reference list in apa for a website with no date
l Hi, Sue here. You'd use (n.d.) where the date goes. Want me to email you an example?
p yes rgill@example.con
p sorry .com
l Got it.
""", "rgill@example.com research none STEVENSON local STEVENSON", op="sue", written=True)

lc("CI-A126", "2026-03-23 10:24:11", FROST, "Guest", "l.amato@example.com", """
p im doing a project on the history of frostburg's main street, like old businesses
p i live in hagerstown so i cant come in much
l Hi, Grace here. Our special collections has local history files and old photos. That needs our archivist.
l I'll send your question to them and they'll email you.
""", "= research specialist FSU local FSU", op="grace")

lc("CI-A127", "2026-03-23 11:50:37", AACC, "Guest", "", """
p i got a speeding ticket on rt 2 and my court date is next week. what happens if i just pay it
p i dont want points on my license
l Hi, Frank here. I can't give legal advice, but a law librarian could point you to the right information. Email?
p dsantos88@example.com
""", "dsantos88@example.com research law AACC law MSLL", op="frank")

lc("CI-A128", "2026-03-23 13:12:59", TOWSON, "Guest", "", """
p proquest keeps saying session expired every 5 min
l Hi, Ashley here. Which browser?
p safari
l Safari sometimes blocks the proxy's cookies. I'll check with our e-resources team. What's your email?
p its jlee@towson
l Is that the full address?
p yea
""", "- access none TOWSON no-email -")

lc("CI-A129", "2026-03-23 15:03:22", UMBC, "Guest", "opetrova@example.com", """
p can my 16 yr old come with me to study in the library on weekends?
l Hi, Will here. Minors with a parent are usually fine but let me check the policy.
p thanks
l I'll have our access services manager confirm it by email.
""", "= policy none UMBC local UMBC", op="will")

lc("CI-A130", "2026-03-23 16:41:48", STEV, "Guest", "aking@example.org", """
p there's a hold on my account bc of a lost book and i cant register for summer
p i actually returned it in the book drop last week
l Hi, Sue here. Let me check. It shows as lost with a replacement charge.
l I'll ask circulation to search the shelves and email you.
""", "= circulation none STEVENSON local STEVENSON", op="sue")

lc("CI-A131", "2026-03-24 10:10:05", FROST, "Guest", "v.osei@example.net", """
p i asked last night and the person just told me to google it and left the chat
p i need peer reviewed sources on rural broadband for my poli sci paper
l Hi, Grace here. I'm sorry that happened, I'll pass that along to our chat coordinator.
l For rural broadband, try Academic Search Complete and the government documents.
l I'll email you a few good sources.
""", "= research none FSU quality QC", op="grace")

lc("CI-A132", "2026-03-24 11:36:29", AACC, "Guest", "", """
p i have bad arthritis in my hands and holding a paperback for long hurts
p is there an audio version of their eyes were watching god i can use for english 112
l Hi, Frank here. We have it as an e-audiobook, but all copies are out. There are also services for people who can't hold books.
p oh ok
l I'll send this to someone who can tell you about those. Email?
p hgarland@example.com
""", "hgarland@example.com access print-disability AACC print-disability LBPH", op="frank")

lc("CI-A133", "2026-03-24 13:08:51", TOWSON, "Guest", "jw.reyes@example.com", """
p need unemployment rates by county in maryland 2015-2024 for an econ project
p esp worcester and garrett
l Hi, Ashley here. The state labor department and BLS have those. I'll put together the links and email you.
""", "= research none TOWSON local TOWSON")

lc("CI-A134", "2026-03-24 14:55:14", UMBC, "Guest", "ttran@example.org", """
p nexis uni wont load
p just spinning
l Hi, Will here. It works on my end. Is it from off campus?
p yes
l I'll let our e-resources team know and email you when it's fixed.
""", "= access none UMBC local UMBC", op="will")

lc("CI-A135", "2026-03-24 16:22:38", STEV, "Guest", "", """
p my manager hasnt paid me for my last 2 weeks at my part time job
p is there somewhere i can look up what i can do
l Hi, Sue here. I'm not a lawyer but there are state resources on wage claims. I can have a law librarian email you more.
p yes please. ngarcia@example.net
""", "ngarcia@example.net research law STEVENSON law MSLL", op="sue")

lc("CI-A136", "2026-03-25 10:45:19", FROST, "Guest", "", """
p hello?
p the chat disconnected me before
p i was asking about getting an article from interlibrary loan
l Hi, Grace here, sorry you got cut off. What's the article?
p nvm ill come in person
""", "- access none FSU no-email -", op="grace")

lc("CI-A137", "2026-03-25 12:01:46", AACC, "Guest", "b.ferris@example.com", """
p where do i park for the author event at the library thursday
l Hi, Frank here. Visitors can use the lot by the library with a guest pass. Let me find the event details.
l I'll email you the parking map and the room.
""", "= other none AACC local AACC", op="frank")

lc("CI-A138", "2026-03-25 13:33:02", TOWSON, "Guest", "aquino.m@example.org", """
p someone on chat last week said theyd email me the article by monday and nobody did
p it was the one about teacher burnout, i gave the citation then
l Hi, Ashley here. I'm sorry, let me look. I don't see it was sent. I'll report that and get it to you today.
""", "= access none TOWSON quality QC")

lc("CI-A139", "2026-03-25 15:09:28", UMBC, "Guest", "pkoh@example.com", """
p i have low vision. do the library computers have zoomtext or a magnifier
l Hi, Will here. Some workstations do. Let me check which ones.
p thank you
l I'll have our accessibility coordinator email you the details.
""", "= policy print-disability UMBC print-disability LBPH", op="will")

lc("CI-A140", "2026-03-25 16:48:55", STEV, "Guest", "", """
p i borrowed an ebook on ebsco and it wont open in adobe digital editions
p it says E_ADEPT_REQUEST_EXPIRED
l Hi, Sue here. That usually means the loan file is old. Try downloading it again.
p same error
l I'll ask our e-resources librarian. Email?
p cwu2@example.com
""", "cwu2@example.com access none STEVENSON local STEVENSON", op="sue")

lc("CI-A141", "2026-03-26 10:20:31", TOWSON, "Guest", "kbrady@example.net", """
p can i renew the graphing calculator i checked out from the desk
l Hi, Ashley here. Calculators are 3-day loans. Let me see if I can renew it.
l It needs staff to do it. I'll pass it on and they'll email you.
""", "= circulation none TOWSON local TOWSON")

lc("CI-A142", "2026-03-26 11:54:06", AUN, "Guest", "", """
p hi i'm a nursing student at stevenson and i cant find the full text of an article
p Davis (2020) nurse-led discharge education, Journal of Clinical Nursing
l Hi, I'm Frank. I'm at a different college, so I can't see Stevenson's subscriptions. I'll send this to your library.
p ok, ally.perez@example.com
""", "ally.perez@example.com access none STEVENSON local STEVENSON", op="frank")

lc("CI-A143", "2026-03-26 13:27:44", AUN, "Guest", "", """
p libby keeps saying my card is not valid
l Hi, Ashley here. Which library is the card from?
p not sure, the one in my town
l Can you tell me the town?
p i'd rather someone just email me. yrahman@example.org
""", "yrahman@example.org access none - default AUN")

lc("CI-A144", "2026-03-26 15:02:18", AUN, "Guest", "jdoyle@example.com", """
p a tree from my neighbor's yard fell on my fence in the storm. who has to pay
p we're in frederick
l Hi, I'm Sue. I can't give legal advice, but there's information about property and neighbor disputes. I'll pass this to a law librarian.
""", "= research law FCPL law MSLL", op="sue")

lc("CI-A145", "2026-03-26 16:39:50", PRATT, "Guest", "", """
p i have a pratt card and hoopla says i've used all my borrows but its the 1st of the month
l Hi, I'm Dev. Hoopla resets monthly but sometimes a day late. I'll check with Pratt staff. Email?
p s.benn@example.org
""", "s.benn@example.org access none EPFL local EPFL", op="dev")

lc("CI-A146", "2026-03-27 10:06:27", AUN, "Guest", "", """
p can i get an interlibrary loan of where the crawdads sing, my library doesnt have it
p im in cambridge, mass
l Hi, this is Grace. Interlibrary loan usually goes through your own library. Are you a Maryland resident?
p no but i have family there
p email is olu.adeyemi@example.com
""", "olu.adeyemi@example.com access none - default AUN", op="grace")

lc("CI-A147", "2026-03-27 11:42:13", AUN, "Guest", "halvarado@example.net", """
p i'm writing about the old route 40 through catonsville and need state roads commission reports from the 1950s
p are those digitized
l Hi, I'm Will. Some of those are state documents that only a few libraries keep. This needs a government documents specialist. I'll pass it on.
""", "= research specialist - specialist EPFL", op="will")

lc("CI-A148", "2026-03-27 13:19:39", AUN, "Guest", "r.ostrowski@example.com", """
p my mother is blind and lives with us in westminster. does she qualify for talking books
l Hi, Ashley here. Yes, people who are blind qualify for the talking book program. Let me get someone to email you the application.
""", "= policy print-disability CARROLL print-disability LBPH")

lc("CI-A149", "2026-03-27 15:00:52", AUN, "Guest", "dkeane@example.org", """
p your chat window crashed twice on me already
p i just want to know if maryland libraries still charge late fees
l Hi, Frank here. Sorry about that! I'll report the crashes. Most Maryland public libraries have dropped late fines.
l I'll email you a list.
""", "= policy none - quality QC", op="frank")

lc("CI-A150", "2026-03-27 16:33:25", AUN, "4435550162", "", """
p is my hold ready at pikesville
l Hi, I'm Sue. I can't see accounts, but the Pikesville branch can. Want them to email you?
p no email just txt
l OK, you can call the branch too.
""", "- circulation none BCPL no-email -", op="sue")

lc("CI-A151", "2026-03-30 10:14:47", AUN, "Sue K", "skowalski@example.com", """
p hi i need something notarized, do any libraries do that for free
l Hi Sue, I'm Will. Some libraries do. Which county are you in?
p we're between places right now
l OK, I'll have the coordinator email you a few options.
""", "= other none - default AUN", op="will")

lc("CI-A152", "2026-03-30 11:48:14", PRATT, "Guest", "cnorwood@example.com", """
p does the pratt still have the maryland department vertical files? i'm looking for clippings on druid hill park's conservatory from the 1960s
l Hi, I'm Dev. Yes, the Maryland Department has clipping files. A specialist there would need to search them.
l I'll pass it on so they can email you.
""", "= research specialist - specialist EPFL", op="dev")

lc("CI-A153", "2026-03-30 13:25:36", AUN, "Guest", "pnwosu@example.net", """
p i forgot my pin for my library account
p i live in westminster
l Hi, I'm Grace. PINs are reset by your library. I'll send this to Carroll County so they can email you.
""", "= circulation none CARROLL local CARROLL", op="grace")

lc("CI-A154", "2026-03-30 15:07:03", AUN, "Guest", "", """
p my landlord put a notice on my door saying i have to be out in 10 days
p i live in salisbury on the eastern shore
l Hi, I'm Frank. I'm sorry. I can't give legal advice, but a law librarian can help you find out what the notice means. Can I get your email?
p tanya.w@example.com
""", "tanya.w@example.com research law WICOMICO law MSLL", op="frank")

lc("CI-A155", "2026-03-30 16:50:29", PRATT, "Guest", "emayfield@example.org", """
p where can i get a passport photo taken around here
l Hi, this is Dev. Some post offices and pharmacies do them. Where are you?
p i'd rather not say
l No problem. I'll have someone email you a few options.
""", "= other none - default AUN", op="dev")

lc("CI-A156", "2026-03-31 10:33:58", AUN, "Guest", "", """
p do maryland public libraries still do overdue fines or did they all stop
l Hi, Ashley here. Most have stopped, but not all. Want me to have someone email you a full list?
p yes j.abernathy(at)example(dot)org
""", "j.abernathy@example.org policy none - default AUN", written=True)

lc("CI-A157", "2026-03-31 12:09:21", TOWSON, "Guest", "mfarr@example.com", """
p i have an old charge from 2019 that was dropped. can it be cleared off my record before i apply for student teaching
l Hi, Ashley here. I can't give legal advice, but Maryland has an expungement process with forms. I'll pass this to a law librarian to follow up.
""", "= research law TOWSON law MSLL")

lc("CI-A158", "2026-03-31 13:46:44", UMBC, "Guest", "ysoto@example.org", """
p the link to my course reserves goes to a page not found
l Hi, Will here. Which course?
p soci 301
l We got cut off twice there, sorry. I'm going to report the connection issue.
l I'll find the readings and email you the right link.
""", "= access none UMBC quality QC", op="will")

lc("CI-A159", "2026-03-31 15:22:10", AACC, "Guest", "none", """
p i need 3 scholarly articles about the effects of social media on teen sleep
l Hi, Frank here. Try PsycINFO with the terms social media and sleep.
p ok can someone send me some
l Sure, what's your email?
p ill look myself thanks
""", "- research none AACC no-email -", op="frank")

lc("CI-A160", "2026-04-01 10:40:17", FROST, "Guest", "tbeaumont@example.com", """
p my ebook for educ 200 says i've reached the print limit but i only printed like 5 pages
l Hi, Grace here. The limit counts pages you save too. Let me check with e-resources.
l I'll email you what they say.
""", "= access none FSU local FSU", op="grace")

lc("CI-A161", "2026-04-01 12:17:32", STEV, "Guest", "h.ibrahim@example.net", """
p i need help finding sources for my lit review on fall prevention in nursing homes
p i have like 4 and need 15
l Hi, Sue here. Try CINAHL with the subject heading accidental falls. I can send you a search strategy.
p yes please
""", "= research none STEVENSON local STEVENSON", op="sue")

lc("CI-A162", "2026-04-01 13:55:08", TOWSON, "Guest", "cdelgado@example.com", """
p my professor said the library can get audio versions of textbooks for students with learning disabilities. who qualifies
l Hi, Ashley here. Students with a documented print disability can get accessible formats. I'll pass this on and someone will email you the details.
""", "= policy print-disability TOWSON print-disability LBPH")

# Rows that are not follow-ups (no labels).
lc("CI-A170", "2026-03-16 12:30:44", TOWSON, "Guest", "", """
p what time does the library close tonight
l Hi, Ashley here. 11 pm tonight.
p thx
""", status=ANS)

lc("CI-A171", "2026-03-17 16:12:05", UMBC, "Guest", "", """
p hello
l Hi, Will here. How can I help?
""", op="will", status=LOST)

lc("CI-A172", "2026-03-19 11:01:36", STEV, "Guest", "", """
p how many books can i check out at once
l Hi, Sue here. Undergrads can borrow up to 25.
p ok great
""", op="sue", status=ANS)

lc("CI-A173", "2026-03-24 17:40:27", AUN, "Guest", "", """
p hi is anyone there
l Hi, this is Frank. What can I help you with?
""", op="frank", status=LOST)

lc("CI-A174", "2026-03-26 09:15:50", FROST, "Guest", "", """
p where are the quiet study rooms
l Hi, Grace here. Third floor, east side.
""", op="grace", status=ANS)

lc("CI-A175", "2026-03-30 14:20:39", AACC, "Guest", "", """
p can u help me with
l Hi, Frank here. Sure, what do you need?
""", op="frank", status=LOST)

lc("CI-A176", "2026-04-01 11:26:14", PRATT, "Guest", "", """
p is central library open on saturday
l Hi, Dev here. Yes, 10 to 5.
""", op="dev", status=ANS)


# ---------------------------------------------------------------------------------------------
# The statewide queue's chats (iN_statewide.jsonl)
# ---------------------------------------------------------------------------------------------

jl("CI-B201", "2026-03-16 10:21:07", AUN, "web", None, """
p hi can i put where the crawdads sing on hold
s JOIN
l Hi! I'm Kim. Sure, which library system are you with?
p i live in ellicott city
l Thanks, that's Howard County. I'll pass it to them to place the hold. What email should they use?
p priya.n@example.com
""", "priya.n@example.com circulation none HCLS local HCLS", tags=["holds"])

jl("CI-B202", "2026-03-16 11:48:33", AUN, "sms", None, """
p can u renew my bcpl books
l Hi, this is Deshawn. I can't get into accounts, but BCPL can. Do you have an email they can use?
p no just txt
l OK. You can also renew in the BCPL app.
p k
""", "- circulation none BCPL no-email -", op="deshawn", phone="4105550118")

jl("CI-B203", "2026-03-16 13:05:50", AUN, "web", None, """
p my landlord changed the locks while i was at work and my stuff is still inside
p i rent an apartment in dundalk
s JOIN
l Hi, I'm Kim. I'm so sorry. I can't give legal advice, but a law librarian can help you find out your rights and who to call. Can I get an email?
p kesha dot b at example dot net
l Thank you. You may also want to call the police non-emergency line about the lockout.
""", "kesha.b@example.net research law BCPL law MSLL", written=True)

jl("CI-B204", "2026-03-16 14:37:19", AUN, "web", "mcallahan@example.org", """
p hi, i live in dover delaware but work in maryland most days
p can i get a library card in maryland?
l Hi, this is Grace. Some systems give cards to people who work in the county. Which county do you work in?
p it changes, i drive for a delivery company
l OK, I'll send this on so someone can check the options and email you.
s LEFT
""", "= policy none - default AUN", op="grace")

jl("CI-B205", "2026-03-16 16:02:44", AUN, "web", None, """
p looking for info on my grandmother Edna Pratt, born in cumberland around 1911
p her parents came from germany i think
s JOIN
l Hi, I'm Frank. Birth records from then, the census and church records would help. This is a job for a genealogy specialist. Can I get your email so one can follow up?
p lorna.pratt.hayes@example.com
""", "lorna.pratt.hayes@example.com research specialist - specialist EPFL", op="frank")

jl("CI-B206", "2026-03-16 17:30:15", PRATT, "web", None, """
p i have a pratt card and libby says my card is expired but i just renewed it at the branch
l Hi, this is Marta with Pratt. Sometimes it takes a day to update. I'll have our account staff check it. Email?
p d.okoro@example.org
""", "d.okoro@example.org access none EPFL local EPFL", op="marta")

jl("CI-B207", "2026-03-17 10:15:42", HOWARD, "web", "jbellamy@example.com", """
p my grandfather has macular degeneration and cant read regular print anymore
p how does he sign up for the talking books
s JOIN
l Hi, I'm Will with Howard County. There's an application, and a doctor or librarian can certify it. I'll have someone email you the form.
""", "= policy print-disability HCLS print-disability LBPH", op="will")

jl("CI-B208", "2026-03-17 11:40:09", AUN, "web", "r.harlan@example.net", """
p last time i used this chat the librarian was really rude and just ended it on me
p anyway i have a fine on my account for a dvd i returned
l Hi, I'm Deshawn. I'm sorry about that, I'll pass your feedback along. Which library is the fine from?
p not sure, the card is old
l I'll send this on so someone can look into it and email you.
""", "= circulation none - quality QC", op="deshawn")

jl("CI-B209", "2026-03-17 13:22:36", BALTCO, "web", None, """
p i need to return a hotspot but the branch is closed for renovation
s JOIN
l Hi, Sue here with BCPL. You can return it to any branch. Which branch is yours?
p arbutus
l Arbutus is closed until May, so try Catonsville or Lansdowne. I'll ask circulation to note it. Email?
p mwolfe@example.com
""", "mwolfe@example.com circulation none BCPL local BCPL", op="sue")

jl("CI-B210", "2026-03-17 15:09:11", AUN, "web", None, """
p my sons father wont bring him back after his weekend, its been 3 days
p we have an agreement but its not from a judge
l Hi, I'm Kim. I'm sorry, that sounds stressful. I can't give legal advice but a law librarian can help you find information quickly. Where do you live?
p frederick
l Thank you. What email should they use?
p amaya.r@example.com
s LEFT
""", "amaya.r@example.com research law FCPL law MSLL")

jl("CI-B211", "2026-03-17 16:44:57", AUN, "web", "tnolan@example.org", """
p my daughter needs books about frederick douglass for a 4th grade project
p we live in glen burnie
s JOIN
l Hi, I'm Grace. Anne Arundel County has lots of those. I'll have them email you a list and put a few aside.
""", "= research none AACPL local AACPL", op="grace")

jl("CI-B212", "2026-03-18 09:55:23", AUN, "twilio", None, """
p which library is closest to 21201
l Hi, this is Frank. That's downtown Baltimore, so the Central Library on Cathedral St.
p how do i get there on the bus
l Several routes stop nearby. Want someone to email you the directions?
p dont have email
""", "- other none - no-email -", op="frank", phone="4435550190")

jl("CI-B213", "2026-03-18 11:31:48", AUN, "ca", None, """
p hello from toronto. im researching a ship that sailed out of baltimore in the 1870s and need maryland government reports from then
p like the oyster commission reports
s JOIN
l Hi, I'm Kim. Those old state documents are only in a few libraries. Let me bring in a colleague from the Pratt.
s TRANSFER
m Hi, Marta here. We may have some of those. I'll pass this to our government documents specialist so they can email you.
p great, m.lefebvre@example.com
""", "m.lefebvre@example.com research specialist - specialist EPFL", op2="marta")

jl("CI-B214", "2026-03-18 13:07:14", CARROLL, "web", "s.tull@example.net", """
p do any branches have a notary
l Hi, this is Deshawn. Let me check which ones and when. I'll email you the schedule.
p thanks
""", "= other none CARROLL local CARROLL", op="deshawn")

jl("CI-B215", "2026-03-18 14:50:02", FRED, "web", None, """
p kanopy says i'm out of tickets but i havent watched anything this month
s JOIN
l Hi, I'm Kim. Kanopy counts a ticket when a film starts playing. I'll ask Frederick staff to check. Email?
p bwalsh@example.org
""", "bwalsh@example.org access none FCPL local FCPL")

jl("CI-B216", "2026-03-18 16:18:39", AUN, "web", "ekariuki@example.com", """
p my son is dyslexic and struggles to read his textbooks, can he get them as audio
p we live in bowie
l Hi, I'm Grace. Yes, students with dyslexia can get audio textbooks. I'll send this to the library for the blind and print disabled so they can email you.
s LEFT
""", "= policy print-disability PGCMLS print-disability LBPH", op="grace")

jl("CI-B217", "2026-03-19 10:02:55", AUN, "web", "frosales@example.org", """
p how do i book a meeting room for our neighborhood association
s JOIN
l Hi, I'm Frank. Which library are you
l Sorry, the chat system just crashed on my end and lost your messages. I'll report it.
p its ok. no idea which library, we just moved
l I'll have someone email you how room booking works.
""", "= policy none - quality QC", op="frank")

jl("CI-B218", "2026-03-19 11:44:30", AUN, "web", None, """
p we just moved to salisbury on the eastern shore, how do my kids get library cards
l Hi, I'm Kim. Welcome! Wicomico Public Library gives cards to children with a parent. I'll have them email you what to bring.
p nhale@example.com
""", "nhale@example.com policy none WICOMICO local WICOMICO")

jl("CI-B219", "2026-03-19 13:29:17", AUN, "web", "gwhitfield@example.net", """
p i'm in salisbury, north carolina, tracing ancestors who owned land in somerset county in the 1700s
p where would land records from then be
s JOIN
l Hi, I'm Deshawn. Those are in the state archives, and deeds that old take a specialist. I'll send this to one who can email you.
""", "= research specialist - specialist EPFL", op="deshawn")

jl("CI-B220", "2026-03-19 15:02:41", AUN, "web", "a.bui@example.com", """
p i'm writing a paper about the ellicott city flood in 2016 for my environmental science class
p need news articles and maybe government reports
l Hi, I'm Grace. Good topic. Which library are you with, or school?
p i'd rather not say
l OK. I'll have someone email you a starter list.
""", "= research none - default AUN", op="grace")

jl("CI-B221", "2026-03-19 16:36:05", AUN, "web", None, """
p doing our family tree and looking for my great uncle's obituary from 1957, the baltimore sun i think
p this site has a contact but it's a funeral home https://www.example.org/obits?contact=ruth.h@example.org
p i live in towson if that matters
s JOIN
l Hi, I'm Kim. Baltimore County has the Sun archive. I'll send this to them so they can email you.
p mpeale@example.com
""", "mpeale@example.com research specialist BCPL local BCPL")

jl("CI-B222", "2026-03-20 10:18:52", AUN, "web", "iyusuf@example.org", """
p i live in dc. the ebsco database link from a maryland library site asks for a card number
l Hi, I'm Frank. Those are for Maryland library card holders. Do you have a card from a Maryland library?
p no
l I'll have the coordinator email you about options.
s LEFT
""", "= access none - default AUN", op="frank")

jl("CI-B223", "2026-03-20 11:55:17", HARF, "web", None, """
p a contractor took a $3000 deposit for our deck and never came back
p can i take him to small claims myself
s JOIN
l Hi, this is Kim. I can't give legal advice, but I'll pass this to a law librarian who can send you information about small claims. Email?
p c.yates@example.com
""", "c.yates@example.com research law HARFORD law MSLL")

jl("CI-B224", "2026-03-20 13:40:43", AUN, "web", None, """
p i need sources on the history of the c&o canal for my club newsletter
p i'm in hagerstown
l Hi, I'm Deshawn. Washington County has a great local history room. Can I get an email for a follow-up?
p i'd rather not give my email
l No problem, you can call the Western Maryland Room.
""", "- research specialist WCFL no-email -", op="deshawn")

jl("CI-B225", "2026-03-20 15:12:28", AUN, "web", None, """
p my aacpl card isnt working in libby, says invalid barcode
s JOIN
l Hi, I'm Grace. Try adding the card again with no spaces. I'll ask Anne Arundel staff too. Email?
p ty, hsweeney@example.net
""", "hsweeney@example.net access none AACPL local AACPL", op="grace")

jl("CI-B226", "2026-03-20 16:47:56", AUN, "web", "dmccray@example.com", """
p im from york pa and collect old maps. are there maps of baltimore harbor from the 1850s anywhere online
l Hi, I'm Frank. Some are digitized, but many are only in special collections. I'll send this to a map specialist who can email you.
""", "= research specialist - specialist EPFL", op="frank")

jl("CI-B227", "2026-03-23 10:09:21", AUN, "web", None, """
p theres a fine on my account i dont understand, from queen annes county library
s JOIN
l Hi, I'm Kim. I'll have them look. What's your email?
p gina.r@example.cmo
p sorry i meant .com
""", "gina.r@example.com circulation none QUEENANNES local QUEENANNES", written=True)

jl("CI-B228", "2026-03-23 11:35:48", AUN, "web", "o.ferreira@example.org", """
p this chat keeps freezing and logging me out, 3rd try
p i cant get the ebook i borrowed to open on my kindle
l Hi, I'm Deshawn. Sorry about the freezing! Which library is the ebook from?
p not sure, whichever libby picked
l I'll send this on and someone will email you.
s LEFT
""", "= access none - quality QC", op="deshawn")

jl("CI-B229", "2026-03-23 13:02:14", AUN, "web", "w.greene@example.com", """
p how do i attach a photo to an email on my phone
s JOIN
l Hi, this is Grace. What kind of phone do you have?
p android i think
l I'll have someone email you step-by-step instructions.
""", "= other none - default AUN", op="grace")

jl("CI-B230", "2026-03-23 14:38:37", AUN, "web", None, """
p my boss hasnt paid me for my last 2 weeks and now he doesnt answer my texts
l Hi, I'm Frank. I'm sorry. I can't give legal advice, but there are state resources on unpaid wages. I'll send this to a law librarian. Email?
p lrivas@example.net
""", "lrivas@example.net research law - law MSLL", op="frank")

jl("CI-B231", "2026-03-23 16:11:02", AUN, "sms", None, """
p got an eviction notice what do i do
s JOIN
l Hi, I'm Kim. I'm sorry. A law librarian can help. Do you have an email?
p no
l You can call the court help center. Want the number?
p ok
""", "- research law - no-email -", phone="4105550177")

jl("CI-B232", "2026-03-24 09:58:35", PRATT, "web", None, """
p i need to write an essay for my GED practice about renewable energy, where do i find articles
p i live in catonsville btw
l Hi, this is Marta. Baltimore County's databases have lots. I'll send this to them so they can email you some. Email?
p kjenkins@example.com
""", "kjenkins@example.com research none BCPL local BCPL", op="marta")

jl("CI-B233", "2026-03-24 11:22:19", AUN, "web", "f.morales@example.org", """
p my husband had a stroke and cant hold a book or turn pages anymore
p is there any service for him, he loves westerns
s JOIN
l Hi, I'm Grace. Yes, the talking book program is for people who can't hold or turn pages. I'll have them email you.
""", "= policy print-disability - print-disability LBPH", op="grace")

jl("CI-B234", "2026-03-24 12:57:46", HOWARD, "web", "bthornton@example.com", """
p can a nonprofit book a meeting room for free
l Hi, I'm Will with HCLS. Yes, for nonprofits. I'll have our room coordinator email you the rules.
s LEFT
""", "= policy none HCLS local HCLS", op="will")

jl("CI-B235", "2026-03-24 14:33:04", AUN, "web", None, """
p hi this is Will
p my mom wants to make a will, are there free forms or do you need a lawyer
s JOIN
l Hi Will, I'm Kim. I can't give legal advice, but there are resources on wills. I'll pass this to a law librarian. Email?
p will.s.hughes@example.com
""", "will.s.hughes@example.com research law - law MSLL")

jl("CI-B236", "2026-03-24 16:05:57", AUN, "web", "zali@example.net", """
p do i need a library card to use the computers at the library
l Hi, I'm Deshawn. It depends on the library. Many let you use a guest pass. Which library?
p any
l I'll have the coordinator email you a general answer.
""", "= policy none - default AUN", op="deshawn")

jl("CI-B237", "2026-03-25 10:27:38", AUN, "web", None, """
p i moved to delaware last year but still have my cecil county library card
p it expired, can i still renew it
s JOIN
l Hi, I'm Frank. Some libraries renew cards for non-residents for a fee. I'll ask Cecil County to email you.
p bwatts@example.org
""", "bwatts@example.org circulation none CECIL local CECIL", op="frank")

jl("CI-B238", "2026-03-25 11:59:11", AUN, "web", "t.ambrose@example.com", """
p is there a way to find a fire insurance map from around 1904 that shows my house
p i want to know what was there before
l Hi, I'm Kim. Yes, those are called Sanborn maps. Where is the house?
p baltimore, near patterson park
l I'll pass this to a local history specialist who can email you.
""", "= research specialist EPFL local EPFL")

jl("CI-B239", "2026-03-25 13:34:27", AUN, "web", None, """
p my hold says ready for pickup but which branch
p i live in cambridge on the eastern shore
s JOIN
l Hi, I'm Grace. That would be Dorchester County's library. I'll ask them to email you.
p jharper@example.net
""", "jharper@example.net circulation none DORCHESTER local DORCHESTER", op="grace")

jl("CI-B240", "2026-03-25 15:08:50", BALTCO, "web", None, """
p whats the wifi password at the north point branch
l Hi, Sue with BCPL. The network is open, no password. Does it show up for you?
p no
l I'll ask the branch to check. Email?
p tmb@
l That looks cut off, can you type it again?
p gtg
s LEFT
""", "- other none BCPL no-email -", op="sue")

jl("CI-B241", "2026-03-25 16:42:22", AUN, "web", "s.ochoa@example.org", """
p i asked a question here 2 weeks ago and was told someone would email me, nobody did
p it was about finding statistics on homelessness in maryland
s JOIN
l Hi, I'm Deshawn. I'm sorry about that, I'll report it. Let me send your question on again.
""", "= research none - quality QC", op="deshawn")

jl("CI-B242", "2026-03-26 10:14:09", AUN, "web", None, """
p i got a speeding ticket in ocean city last summer and i live in pennsylvania
p now my license says suspended?
l Hi, I'm Frank. I'm sorry. I can't give legal advice but a law librarian can help you find the court info. Email?
p bkrause@example.com
""", "bkrause@example.com research law - law MSLL", op="frank")

jl("CI-B243", "2026-03-26 11:49:36", CARROLL, "web", "e.lindsey@example.net", """
p i have low vision and can only read large print. can you hold the new large print mysteries for me
s JOIN
l Hi, this is Kim. Sure. Which titles?
p anything by louise penny
l I'll have the branch put them on hold and email you.
""", "= circulation print-disability CARROLL print-disability LBPH")

jl("CI-B244", "2026-03-26 13:25:53", AUN, "web", None, """
p how do i get the free new york times pass
p im in columbia
l Hi, I'm Grace. Howard County offers it through its website. I'll have them email you the link.
p rsingh@example.com
""", "rsingh@example.com access none HCLS local HCLS", op="grace")

jl("CI-B245", "2026-03-26 15:01:18", AUN, "web", "grace.obi@example.org", """
p hi my name is Grace, can my 12 year old get her own library card
p we live in elkton
s JOIN
l Hi Grace! I'm Deshawn. Yes, with a parent's signature. I'll have Cecil County email you the details.
""", "= policy none CECIL local CECIL", op="deshawn")

jl("CI-B246", "2026-03-26 16:36:45", AUN, "web", "vkarim@example.com", """
p hoopla says my library isnt a partner
l Hi, I'm Frank. Not every library has Hoopla. Which county are you in?
p i'll have to check the card
l OK, I'll send this on and someone will email you.
s LEFT
""", "= access none - default AUN", op="frank")

jl("CI-B247", "2026-03-27 10:02:30", FRED, "web", None, """
p is there a way to get an old arrest taken off my record, it was dismissed
s JOIN
l Hi, I'm Kim. That's called expungement. I'll pass this to a law librarian. Email?
p mhoward@example.net
""", "mhoward@example.net research law FCPL law MSLL")

jl("CI-B248", "2026-03-27 11:37:57", AUN, "web", "kgrant@example.org", """
p you people are useless
p [insults]
l Hi, I'm Deshawn. I'm here to help, but I'll end the chat if the language continues. I'm reporting this chat.
p whatever
""", "= other none - quality QC", op="deshawn")

jl("CI-B249", "2026-03-27 13:14:24", AUN, "web", None, """
p my grandfather patented a kind of crab pot in the 1920s, how can i find the patent
s JOIN
l Hi, I'm Grace. Patents that old need a patent specialist. Can I get your email?
p j.tilghman@example.com
""", "j.tilghman@example.com research specialist - specialist EPFL", op="grace")

jl("CI-B250", "2026-03-27 14:51:39", AUN, "web", "c.ndiaye@example.net", """
p i lost a book from the wheaton branch, how much is it to replace
l Hi, I'm Frank. It depends on the book. I'll have Montgomery County email you the amount.
""", "= circulation none MCPL local MCPL", op="frank")

jl("CI-B251", "2026-03-27 16:25:02", AUN, "web", None, """
p can i put blindness by jose saramago on hold for my book club
p we're in annapolis
s JOIN
l Hi, I'm Kim. Sure, Anne Arundel County has copies. I'll ask them to put it on hold. Email?
p tfoley@example.com
""", "tfoley@example.com circulation none AACPL local AACPL")

jl("CI-B252", "2026-03-30 10:11:44", AUN, "web", None, """
p can i print from my phone at the library
p i'm in bel air
l Hi, I'm Deshawn. Harford County has mobile printing. I'll have them email you how.
p r . okoye @ example . net
s LEFT
""", "r.okoye@example.net other none HARFORD local HARFORD", op="deshawn", written=True)

jl("CI-B253", "2026-03-30 11:46:10", AUN, "twilio", None, """
p libby wont let me borrow says card blocked
s JOIN
l Hi, I'm Grace. That usually means fines or an expired card. Which library?
p idk
l You can call your library with the card number.
""", "- access none - no-email -", op="grace", phone="2405550133")

jl("CI-B254", "2026-03-30 13:22:36", AUN, "web", "l.castro@example.com", """
p i need sources about the maryland toleration act of 1649 for my history paper
l Hi, I'm Frank. Good topic. Is this for a class?
p yes
l I'll have someone email you a few sources.
""", "= research none - default AUN", op="frank")

jl("CI-B255", "2026-03-30 14:59:03", PRATT, "web", None, """
p i'm in richmond virginia and writing about poe. does the pratt have anything of his
s JOIN
l Hi, this is Marta. Yes, the Pratt has a Poe collection in special collections. I'll pass this to them.
p perfect. aweston@example.org
""", "aweston@example.org research specialist - specialist EPFL", op="marta")

jl("CI-B256", "2026-03-30 16:34:27", AUN, "web", "ndavies@example.com", """
p my daughter is blind and learning braille. how do we get braille books for her
p we live in lexington park
l Hi, I'm Kim. The Maryland Library for the Blind and Print Disabled has braille books for kids. I'll have them email you.
""", "= policy print-disability SMCLD print-disability LBPH")

jl("CI-B257", "2026-03-31 10:09:55", HOWARD, "web", "p.moss@example.org", """
p the ebook i borrowed wont download
s JOIN
l Hi, this is Will. Which app?
l Sorry, we got cut off twice. I'm reporting the connection problem.
p libby
l I'll email you what to try.
""", "= access none HCLS quality QC", op="will")

jl("CI-B258", "2026-03-31 11:44:21", AUN, "web", None, """
p where can i find reliable information on a diabetes diet, my doctor said to cut carbs
p i'm in rockville
l Hi, I'm Deshawn. MedlinePlus is a good start, and Montgomery County has health databases. I'll have them email you.
p ok uwalker@example.com
s LEFT
""", "uwalker@example.com research none MCPL local MCPL", op="deshawn")

jl("CI-B259", "2026-03-31 13:20:48", AUN, "web", None, """
p i got papers saying a debt collector is suing me
p what do i do
s JOIN
l Hi, I'm Grace. I can't give legal advice, but a law librarian can help you find out how to respond. Email?
p ebarnes@example.com
""", "ebarnes@example.com research law - law MSLL", op="grace")

jl("CI-B260", "2026-03-31 14:55:15", AUN, "web", "n/a", """
p i need help researching the history of the b&o railroad
l Hi, I'm Frank. Sure, do you have an email for a follow-up?
p no
l OK, the B&O Railroad Museum has a library too.
""", "- research none - no-email -", op="frank")

# Rows that are not follow-ups (no labels).
jl("CI-B270", "2026-03-16 12:07:31", AUN, "web", None, """
p what are the hours at the towson branch
l Hi, I'm Kim. 10 to 8 today.
s LEFT
""", status=ANS)

jl("CI-B271", "2026-03-17 14:26:50", AUN, "sms", None, """
p hi
""", op=None, status=LOST, phone="4105550165")

jl("CI-B272", "2026-03-19 17:12:08", PRATT, "web", None, """
p do you have wifi at the central library
l Hi, Marta here. Yes, free.
""", op="marta", status=ANS)

jl("CI-B273", "2026-03-23 17:40:59", AUN, "web", None, """
p hello?
s JOIN
l Hi, I'm Frank. How can I help?
""", op="frank", status=LOST)

jl("CI-B274", "2026-03-25 09:31:44", HOWARD, "web", None, """
p is the miller branch open today
l Hi, Will with HCLS. Yes, 10 to 9.
""", op="will", status=ANS)

jl("CI-B275", "2026-03-27 17:55:21", AUN, "ca", None, """
p hi is this
""", op=None, status=LOST)

jl("CI-B276", "2026-03-30 17:28:37", BALTCO, "web", None, """
p can i return books at any branch
l Hi, Sue with BCPL. Yes, any branch.
s LEFT
""", op="sue", status=ANS)

jl("CI-B277", "2026-03-31 16:40:02", AUN, "twilio", None, """
p ok thx
""", op=None, status=LOST, phone="4435550148")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def system_text(chat, token):
    """The statewide queue's system lines, written in the builder as `s JOIN`, `s LEFT` and
    `s TRANSFER`; any other system line is kept as written."""
    return {"JOIN": f"{chat['lib']} has joined the conversation",
            "LEFT": "the guest has left the conversation",
            "TRANSFER": f"transferred from {chat['lib']} to {chat['lib2']}"}.get(token, token)


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
        if code == "s":
            text = system_text(chat, text)
        out.append((code, text))
    return out


def timed_lines(chat):
    """Each line with its instant (UTC), seconds apart drawn with a seed per chat, a little
    longer for longer lines."""
    rng = random.Random("i-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC) + timedelta(seconds=rng.randint(3, 60))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 50) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def clock12(t):
    """'9:05:12 AM' on the New York clock, as LibChat writes a message's time."""
    t = t.astimezone(NY)
    return f"{t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


LC_COLUMNS = ["Chat ID", "Started", "Department", "Guest Name", "Guest Email", "Answered By",
              "Transferred To", "Initial Question", "Wait (sec)", "Duration (sec)", "Rating",
              "Comment", "Resolution", "Transcript"]


def lc_record(c):
    names = {"p": c["patron"], "l": c["lib"], "m": c["lib2"], "s": "System"}
    lines = timed_lines(c)
    rng = random.Random("i-lc-" + c["cid"])
    started = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    first = next(text for _, code, text in lines if code == "p")
    return {
        "Chat ID": c["cid"],
        "Started": c["start"],
        "Department": c["origin"],
        "Guest Name": c["patron"],
        "Guest Email": c["email"],
        "Answered By": c["lib"] or "",
        "Transferred To": c["lib2"] or "",
        "Initial Question": first,
        "Wait (sec)": "" if not c["lib"] else str(rng.randint(3, 80)),
        "Duration (sec)": str(int((ended - started.astimezone(UTC)).total_seconds())),
        "Rating": c["rating"],
        "Comment": "",
        "Resolution": c["status"],
        "Transcript": "\r".join(f"{clock12(t)} - {names[code]}: {text}"
                                for t, code, text in lines),
    }


def lc_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LC_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for c in by_start(chats):
        w.writerow(lc_record(c))
    return buf.getvalue()


def guest_jid(c):
    if c["proto"] in ("sms", "twilio"):
        return f"1{c['phone']}@{c['proto']}.libraryh3lp.com"
    rng = random.Random("i-guest-" + c["cid"])
    local = "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(12))
    return local + ("@web.ca.libraryh3lp.com" if c["proto"] == "ca" else "@web.libraryh3lp.com")


def utc_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


JL_KEYS = ["id", "queue", "protocol", "guest", "operators", "started", "ended", "email",
           "resolution", "tags", "transcript"]


def jl_record(c):
    names = {"p": guest_jid(c), "l": c["lib"], "m": c["lib2"], "s": "system"}
    lines = timed_lines(c)
    rng = random.Random("i-jl-" + c["cid"])
    started = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    return {
        "id": c["cid"],
        "queue": c["origin"],
        "protocol": "web" if c["proto"] == "ca" else c["proto"],
        "guest": names["p"],
        "operators": [x for x in (c["lib"], c["lib2"]) if x],
        "started": utc_z(started),
        "ended": utc_z(ended),
        "email": c["email"],
        "resolution": c["status"],
        "tags": c["tags"],
        "transcript": "\n".join(f"{t.astimezone(NY):%H:%M} {names[code]}: {text}"
                                for t, code, text in lines),
    }


def jl_text(chats):
    return "".join(json.dumps(jl_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in by_start(chats) if c["label"])


STYLES = [("libchat_cr", "csv", LC, lc_text), ("statewide", "jsonl", JL, jl_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("i", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: i1 (the development half) trains the category model,
    i2 is held out."""
    return "train" if name.startswith("i1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "i", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo")
# Guest and operator JIDs are the chat system's, not e-mail addresses.
JID_DOMAINS = ("libraryh3lp.com",)


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, EMAIL_RE.match, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


LC_LINE = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d:[0-5]\d (AM|PM) - ([^:]+): (.*)$")
JL_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d (\S+): (.*)$")
OPERATOR_JID = re.compile(r"^[a-z0-9.-]+@chat\.libraryh3lp\.com$")
GUEST_DOMAIN = {"web": ("@web.libraryh3lp.com", "@web.ca.libraryh3lp.com"),
                "sms": ("@sms.libraryh3lp.com",), "twilio": ("@twilio.libraryh3lp.com",)}


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    text = read_text(HERE / part_dir(name) / name)
    out = []
    if style == "statewide":
        if "\r" in text:
            raise ValueError("a carriage return in the JSON Lines file")
        for n, line in enumerate(text.split("\n")[:-1], 1):
            r = json.loads(line)
            if list(r) != JL_KEYS:
                raise ValueError(f"line {n}: keys {list(r)}")
            cid = r["id"]
            for key in ("started", "ended"):
                datetime.strptime(r[key], "%Y-%m-%dT%H:%M:%SZ")
            if not r["guest"].endswith(GUEST_DOMAIN[r["protocol"]]):
                raise ValueError(f"{cid}: guest {r['guest']!r} on protocol {r['protocol']}")
            if not all(OPERATOR_JID.match(o) for o in r["operators"]):
                raise ValueError(f"{cid}: operators {r['operators']!r}")
            lines = []
            for piece in r["transcript"].split("\n"):
                m = JL_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(2)
                if who not in (r["guest"], "system") and who not in r["operators"]:
                    raise ValueError(f"{cid}: speaker {who!r}")
                lines.append((who, m.group(3)))
            out.append({"id": cid, "patron": r["guest"], "email": r["email"], "lines": lines})
        return out
    if not text.endswith("\r\n"):
        raise ValueError("records do not end with CRLF")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != LC_COLUMNS:
        raise ValueError(f"columns {reader.fieldnames}")
    for r in reader:
        cid = r["Chat ID"]
        datetime.strptime(r["Started"], "%Y-%m-%d %H:%M:%S")
        tr = r["Transcript"]
        if "\n" in tr:
            raise ValueError(f"{cid}: a line feed inside the transcript")
        staff = {r["Answered By"], r["Transferred To"], "System"} - {""}
        lines = []
        for piece in tr.split("\r"):
            m = LC_LINE.match(piece)
            if not m:
                raise ValueError(f"{cid}: line {piece[:40]!r}")
            who = m.group(3)
            if who != r["Guest Name"] and who not in staff:
                raise ValueError(f"{cid}: speaker {who!r}")
            lines.append((who, m.group(4)))
        out.append({"id": cid, "patron": r["Guest Name"], "email": r["Guest Email"],
                    "lines": lines})
    return out


def check_all():
    problems = []
    chats = LC + JL
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CI-"):
            problems.append(f"{cid}: chat id without the CI- prefix")
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
        if c in LC and (not c["patron"] or ":" in c["patron"] or c["patron"] in STAFF.values()
                        and c["patron"] in (c["lib"], c["lib2"])):
            problems.append(f"{cid}: patron name {c['patron']!r}")
        if c in JL and (c["proto"] in ("sms", "twilio")) != bool(c["phone"]):
            problems.append(f"{cid}: an SMS guest needs a phone number, and only it")
        if c in JL and c["phone"] and not re.match(r"^\d{3}555\d{4}$", c["phone"]):
            problems.append(f"{cid}: phone {c['phone']!r} is not a 555 number")
        if any("\r" in text or "\n" in text for _, text in lines_of(c)):
            problems.append(f"{cid}: a message holding a line end")
        for _, text in lines_of(c):
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD + JID_DOMAINS):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and "@" in c["email"] and not c["email"].lower().strip().endswith(
                ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, json.JSONDecodeError, csv.Error),
                                   check_label, lines_of=lines_of)
    return problems


def is_sms(c):
    """An SMS guest: a phone protocol on the statewide queue, a phone number as LibChat's
    guest name."""
    return c.get("proto") in ("sms", "twilio") or c.get("patron", "").isdigit()


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if is_sms(c))
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", LC + JL), ("libchat_cr", LC), ("statewide", JL)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", LC + JL))
    sms_n = sum(1 for c in LC + JL if c["label"] and is_sms(c))
    return labels_table(cols, LC + JL, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("i_build", all_texts, check_all, counts))
