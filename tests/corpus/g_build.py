#!/usr/bin/env python3
"""Writes and checks the "g" part of aun's labelled corpus (g1 in train/, g2 in heldout/).

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
a transfer), `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (g1: development, g2: held out):
  gN_qp_html.json   a QuestionPoint-style JSON array, one record a line: `QuestionID`, `Date Time`
                    (US style, `03/09/2026 2:11:58 PM`, civil time in New York), `Library` (the
                    origin account), `Patron Name`, `Patron E-mail`, `Question Text`, `Answered By`,
                    `Resolution`, `Chat Transcript`: HTML, each message `2:11:58 PM <b>Name</b>: text`
                    with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, messages separated by `<br>`, or
                    (`para=True`) each wrapped in `<p>...</p>`.
  gN_libchat_sms.csv  a LibChat-style CSV: `Chat ID`, `Started` (`2026-03-09 14:11:58`, New York),
                    `Guest` (a typed name, `Guest 4410`, or an SMS guest's phone number
                    `410-555-0143`), `Guest Email`, `Queue` (the origin account), `Operator`,
                    `Initial Question`, `Status`, `Rating`, `Transcript`: lines `14:11:58 Name: text`
                    joined by a carriage return alone in SMS chats, by a line feed in web chats;
                    CRLF between records.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then g1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/g_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/g_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
import html
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
    EMAIL_RE, ALLOWED_DOMAINS,
    address_problems, export_texts, half_files, label_row_with_destination, labels_csv,
    labels_table, main, read_back_problems, read_text, readme_with_counts, rule_problems,
    tally_lines, vocabulary_problems,
)
from corpus_common import local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
HOWARD = "Howard County Library System"
BALTCO = "Baltimore County Public Library"
MONTCO = "Montgomery County Public Libraries"
FREDCO = "Frederick County Public Libraries"
CARROLLCO = "Carroll County Public Library"
HARFORDCO = "Harford County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    HOWARD: "HCLS", BALTCO: "BCPL", MONTCO: "MCPL", FREDCO: "FCPL", CARROLLCO: "CARROLL",
    HARFORDCO: "HARFORD",
}

QP = []  # QuestionPoint-style JSON chats (HTML transcripts)
LC = []  # LibChat-style CSV chats (many of them SMS)


def qp(cid, start, account, patron, email, t, label=None, lib="Tanya", lib2=None, status=FU,
       written=False, para=False):
    QP.append(dict(cid=cid, start=start, origin=account, patron=patron, email=email, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written, para=para))


def lc(cid, start, queue, guest, email, t, label=None, lib="Jen", lib2=None, status=FU,
       written=False):
    LC.append(dict(cid=cid, start=start, origin=queue, patron=guest, email=email, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written))


PHONE = re.compile(r"^\d{3}-555-\d{4}$")


def is_sms(c):
    return bool(PHONE.match(c["patron"]))


# ---------------------------------------------------------------------------------------------
# QuestionPoint-style chats with HTML transcripts (gN_qp_html.json)
# ---------------------------------------------------------------------------------------------

qp("CG-Q6001", "2026-03-02 10:14:21", AUN, "Kent Moody", "", """
p Kent Moody here. my landlord wont give back my deposit, i moved out 3 wks ago
l Hi Kent, I'm Tanya. Sorry to hear that. Did he send you a list of damages?
p nope nothing. what are my rights
l A law librarian can point you to the right forms. What's a good email?
p kmoody77@example.net
l Thanks, I'll pass this to a law librarian.
""", "kmoody77@example.net research law - law MSLL")

qp("CG-Q6002", "2026-03-02 11:40:03", AUN, "Cecil", "cecil.oduya@example.com", """
p hi can i renew the lincoln lawyer dvd? it says not renewable
l Hi! DVDs sometimes can't renew when someone has a hold. Which library's card is it?
p Harford, the bel air branch
l I'll have Harford staff check your account and email you.
p thx, Cecil
""", "= circulation none HARFORD local HARFORD")

qp("CG-Q6003", "2026-03-02 13:05:47", AUN, "Lena Fox", "", """
p can i put legally blonde on hold? the blu-ray
l Sure, which county do you usually borrow from?
p dont really want to give that
l That's fine. I can have someone follow up by email, what's your address?
p no thanks, i'll call
""", "- circulation none - no-email -", lib="Rob")

qp("CG-Q6004", "2026-03-02 15:22:10", AUN, "Howard Green", "hgreen@example.org", """
p the last librarian never emailed me back about my question from last week
l I'm sorry, Howard. What was the question?
p how to get my grandmother's naturalization papers. she came thru baltimore in 1912
l I'll report the missed follow-up and pass your question on.
""", "= research specialist - quality QC")

qp("CG-Q6005", "2026-03-02 16:48:33", PRATT, "Frederick Osei", "", """
p hi, Frederick here. looking for the trial by kafka, the newer translation
l Hi Frederick! Rob here. Do you want to borrow it?
p yes pls, hold at the waverly branch if possible. fosei@example.com
l I'll mark this for follow-up so Pratt staff can place it.
""", "fosei@example.com circulation none EPFL local EPFL", lib="Rob")

qp("CG-Q6006", "2026-03-03 09:31:12", AUN, "Jess", "", """
p my son needs sources on the underground railroad in maryland for a 5th grade project
l Great topic! When is it due?
p friday. email is jess dot arnaud at example dot org
l Got it, I'll send some kid-friendly sources.
""", "jess.arnaud@example.org research none - default AUN", written=True)

qp("CG-Q6007", "2026-03-03 10:02:55", AUN, "Carroll Perez", "cperez@example.com", """
p this is Carroll Perez. how many bks can i check out at once?
l Hi Carroll! It depends on the library system. Which one do you use?
p oh i just moved here from ohio, not sure yet
l No problem, I'll have someone follow up.
""", "= policy none - default AUN", lib="Keisha")

qp("CG-Q6008", "2026-03-03 11:17:40", HOWARD, "Priya N", "", """
p can i send a libby ebook to my kindle? it says not available for kindle
l Some titles can't go to Kindle. What's your email so we can follow up?
p pnair@example.com
""", "pnair@example.com access none HCLS local HCLS", para=True)

qp("CG-Q6009", "2026-03-03 13:44:09", AUN, "Dolores", "dolores.king@example.net", """
p my husband cant read print anymore after his stroke. are there audio books he can get mailed
l Yes, there's a talking books program. Does he use a library now?
p we're in Columbia, SC visiting our daughter til april but we live in Hagerstown
l Thank you, I'll send this to the right people.
""", "= policy print-disability WCFL print-disability LBPH")

qp("CG-Q6010", "2026-03-03 14:29:51", AUN, "Kim T", "", """
p does the library notarize stuff
l Some branches have notaries. Which library are you near?
p glen burnie
l I'll have Anne Arundel County staff follow up. Can I get your email?
p i'd rather not, ill just stop by
""", "- other none AACPL no-email -", lib="Keisha")

qp("CG-Q6011", "2026-03-03 16:03:26", AUN, "Marcus B", "mbell@example.com", """
p the person i chatted with yesterday was really rude & ended the chat on me
l I'm very sorry. I'll report that to our quality team.
p i still need to know if study rooms can be booked for 4 hours
l Which library?
p idk, whichever is open late
""", "= policy none - quality QC")

qp("CG-Q6012", "2026-03-04 09:12:38", AUN, "Ana Ruiz", "", """
p my ex wants to move the kids to texas. can he do that without going back to court
l That's a legal question; a law librarian can find the Maryland resources. Email?
p ana.ruiz@example.org
""", "ana.ruiz@example.org research law - law MSLL", lib="Rob")

qp("CG-Q6013", "2026-03-04 10:40:17", AUN, "Calvert J.", "calvert.j@example.com", """
p hi, Calvert here. where can i print a boarding pass
l Most branches have printing. Where are you?
p at a hotel in Bethesda, i'm from Toronto
l I'll send you the nearest branches.
""", "= other none - default AUN")

qp("CG-Q6014", "2026-03-04 11:55:02", AUN, "T. Nguyen", "", """
p where can i find the population of frederick county in 1950
l The census has it. Want me to email a link?
p yes tnguyen@exmaple.com
p i meant example not exmaple
""", "tnguyen@example.com research none - default AUN", lib="Keisha", written=True)

qp("CG-Q6015", "2026-03-04 13:08:44", PRATT, "Yvonne", "yvonne.b@example.org", """
p trying to find out who owned the house my great-grandfather rented on e. fort ave before 1900
l Land records and old city directories can show that. I'll pass this to our Maryland history specialist.
p great thx
""", "= research specialist - specialist EPFL")

qp("CG-Q6016", "2026-03-04 14:51:19", AUN, "Brianna", "", """
p sorry the chat froze & i lost what you sent
l No worries, I'll resend. What's your email?
p bri.watts@example.com. it was the links for ged practice tests
l Got it. I'll also report the chat freezing.
""", "bri.watts@example.com research none - quality QC", para=True)

qp("CG-Q6017", "2026-03-04 16:20:05", AUN, "Owen Kent", "okent@example.net", """
p do u have passes for the washington post
l Many Maryland libraries do. Which library card do you have?
p montgomery county
""", "= access none MCPL local MCPL", lib="Rob")

qp("CG-Q6018", "2026-03-05 09:45:30", AUN, "Rhea", "", """
p i'm losing my vision, macular degeneration. can i get large print or audio mailed to me
l There's a state service for that. What's your email?
p rhea.m at example dot net
""", "rhea.m@example.net policy print-disability - print-disability LBPH", written=True)

qp("CG-Q6019", "2026-03-05 10:58:13", AUN, "D. Shaw", "dshaw@example.com", """
p my great grandmother was born in cumberland around 1890, can't find her birth record
l Maryland births before 1898 are hard to find. I'll ask a genealogy specialist to follow up.
""", "= research specialist - specialist EPFL", lib="Keisha")

qp("CG-Q6020", "2026-03-05 12:12:48", AUN, "Guest 4410", "", """
p what time does the library close today
l Which library?
p the one by me
l Which one is that?
s The patron has left the chat.
""", "- policy none - no-email -")

qp("CG-Q6021", "2026-03-05 13:37:22", PRATT, "Kayla", "", """
p can i get a card if i work in the city but dont live there
l What county are you in?
p baltimore county
l Got it. You can get a Pratt card and a BCPL one. What's your email?
p kayla.r@example.com
""", "kayla.r@example.com policy none BCPL local BCPL", lib="Rob")

qp("CG-Q6022", "2026-03-05 15:02:57", AUN, "Sam", "sam.ortiz@example.org", """
p i returned a time to kill last week but it's still on my acct
l Sorry about that! Which library did you return it to?
p the crofton one
""", "= circulation none AACPL local AACPL")

qp("CG-Q6023", "2026-03-05 16:30:11", AUN, "Mia", "mia.c@example.net", """
p is the help on hoopla? it won't let me borrow it
l Hoopla has monthly limits. How many have you borrowed this month?
p like 6 i think. who sets that
l Your library does. I'll have someone follow up.
""", "= access none - default AUN", lib="Keisha")

qp("CG-Q6024", "2026-03-06 09:20:44", AUN, "Frank", "", """
p this is useless, you people are idiots
l I'm sorry you're frustrated. How can I help?
p forget it
l I'll note this chat for review.
""", "- other none - no-email -")

qp("CG-Q6025", "2026-03-06 10:46:29", AUN, "Gloria", "gloria.pe@example.com", """
p my mom passed and left a handwritten will. do we need to file it somewhere
l I'm sorry for your loss. A law librarian can help with probate questions; I'll refer it.
""", "= research law - law MSLL", lib="Rob")

qp("CG-Q6026", "2026-03-06 12:03:58", AUN, "Lou", "lou.hart@example.org", """
p is there a library card for people who live in salisbury nc but work in maryland
l Some Maryland libraries give cards to people who work in the county. Where do you work?
p ocean city, summer job
l I'll have someone confirm the rules.
""", "= policy none - default AUN")

qp("CG-Q6027", "2026-03-06 13:29:36", FREDCO, "J. Alvarez", "", """
p my pin isn't working for the catalog
l I'll have staff reset it. Email?
p jalvarez@example.net
""", "jalvarez@example.net circulation none FCPL local FCPL", lib="Keisha", para=True)

qp("CG-Q6028", "2026-03-06 14:55:07", AUN, "Beth", "beth.ng@example.com", """
p looking for old maps of the b&o line through ellicott city, 1860s
l Our map specialists can help with that. I'll refer it.
""", "= research specialist - specialist EPFL")

qp("CG-Q6029", "2026-03-06 16:12:45", AUN, "Nate", "", """
p how do i get an interlibrary loan for a book my library doesn't have
l Which library do you use?
p elkridge branch
l That's Howard County. What's your email?
p nate.b@example.con
p sorry .com
""", "nate.b@example.com access none HCLS local HCLS", lib="Rob", written=True)

qp("CG-Q6030", "2026-03-07 10:04:18", AUN, "Tasha", "tasha.l@example.org", """
p black mold in my apt and the mgmt company ignores me. can i stop paying rent
l That's a legal question; I'll pass this to a law librarian.
p ok thank u
""", "= research law - law MSLL")

qp("CG-Q6031", "2026-03-07 11:33:50", AUN, "Guest 2291", "rgill@example.com", """
p whats a good place to find sample small business plans
l There are a few good sources. I'll email a list.
""", "= research none - default AUN", lib="Keisha")

qp("CG-Q6032", "2026-03-07 13:01:26", AUN, "Kent", "kent.w@example.net", """
p hi i'm Kent, my daughter is blind and learning braille. are there braille picture books we can borrow
l Yes! There's a library that lends braille books by mail. I'll have them follow up.
""", "= policy print-disability - print-disability LBPH")

qp("CG-Q6033", "2026-03-07 14:40:33", PRATT, "Nikki", "", """
p this is my 3rd time trying, it keeps disconnecting
l I'm sorry! I'll report it. What did you need?
p renew my laptop loan from the central library. nikki.s@example.org
""", "nikki.s@example.org circulation none EPFL quality QC", lib="Rob")

qp("CG-Q6034", "2026-03-07 16:08:09", AUN, "Terri", "terri.k@example.com", """
p can my book club reserve a room to talk about big little lies? 8 of us
l Meeting rooms are free at most branches. Which library?
p we're in bel air
""", "= policy none HARFORD local HARFORD")

qp("CG-Q6035", "2026-03-09 09:15:42", AUN, "Rosa", "rosa.q@example.net", """
p hi i'm in bel air, ca. can i still use maryland ebooks, i used to live in towson
l Usually you'd need to be a current resident. I'll have someone confirm.
""", "= policy none - default AUN", lib="Keisha")

qp("CG-Q6036", "2026-03-09 10:27:19", AUN, "Guest 7730", "", """
p how do i get a record expunged? charges were dropped in 2019
l A law librarian could help. Can you share an email?
p no email sorry
""", "- research law - no-email -")

qp("CG-Q6037", "2026-03-09 11:52:04", AUN, "Ivy", "ivy.chen@example.org", """
p my grandpa invented a kind of crab pot in the 50s. how do i find out if he registered it with the gov
l That would be a patent search. I'll ask a specialist to follow up.
""", "= research specialist - specialist EPFL", lib="Rob")

qp("CG-Q6038", "2026-03-09 13:18:47", MONTCO, "Dev P", "devp@example.com", """
p i live in dc, can i still get a card at the silver spring library
l I'll have MCPL staff confirm their rules for DC residents.
""", "= policy none MCPL local MCPL")

qp("CG-Q6039", "2026-03-09 14:44:31", AUN, "Carla", "carla.d@example.net", """
p my hold says ready but the branch was closed when i went
l Sorry! What county are you in?
p dundalk
l Thanks, I'll have them check.
""", "= circulation none BCPL local BCPL", lib="Keisha")

qp("CG-Q6040", "2026-03-09 16:01:15", AUN, "Grace", "grace.t@example.com", """
p i use jaws and the library catalog won't read the search results right
l Thanks for telling us. I'll send this to the folks who work on accessible services.
""", "= access print-disability - print-disability LBPH", para=True)

qp("CG-Q6041", "2026-03-10 09:38:22", AUN, "Paul M", "pmoss@example.org", """
p the librarian yesterday told me my fine was cleared but i still got a bill
l I'm sorry for the confusion. I'll report this and have your library check.
p it's carroll county
""", "= circulation none CARROLL quality QC", lib="Rob")

qp("CG-Q6042", "2026-03-10 10:50:56", AUN, "Sandra", "sandra.f@example.com", """
p any free tax help events this month
l Many branches host tax help. Where are you located?
p rather not say, just email me a list pls
""", "= other none - default AUN")

qp("CG-Q6043", "2026-03-10 12:07:33", AUN, "Guest 5120", "", """
p need articles on climate change & farming for a college paper
l Do you have access through your school?
p not a student anymore. email me: lwhite(at)example(dot)net
""", "lwhite@example.net research none - default AUN", lib="Keisha", written=True)

qp("CG-Q6044", "2026-03-10 13:34:10", PRATT, "Omar", "omar.h@example.org", """
p my boss hasn't paid me for the last 2 weeks, what can i do
l I'm going to pass this to a law librarian who can point you to the wage claim process.
""", "= research law - law MSLL")

qp("CG-Q6045", "2026-03-10 15:00:48", AUN, "Jen O", "jen.osei@example.net", """
p doing a history of the old sparrows point steel mill, want oral histories from workers
l That's a great local history project. I'll refer it to our specialist.
""", "= research specialist - specialist EPFL", lib="Rob")

qp("CG-Q6046", "2026-03-10 16:26:25", AUN, "Howard", "howard.l@example.com", """
p Howard here. do libraries let you bring a service dog
l Yes, service animals are welcome. Any particular branch?
p no just asking in general, thx
""", "= policy none - default AUN")

qp("CG-Q6047", "2026-03-11 09:09:02", AUN, "Guest 3002", "", """
p can i download audiobooks in my car
l Some apps work with CarPlay. Which library's card do you have?
p pg county
p email is a.brandt@example.com
p sorry .net
""", "a.brandt@example.net access none PGCMLS local PGCMLS", lib="Keisha", written=True)

qp("CG-Q6048", "2026-03-11 10:35:39", AUN, "Maya", "maya.r@example.org", """
p is the wheaton library open sunday
l Yes, 1 to 5.
p ok also i need help citing a youtube video in apa
l I'll email you a guide.
""", "= research none MCPL local MCPL")

qp("CG-Q6049", "2026-03-11 12:02:16", AUN, "Leo", "", """
p my dad has dyslexia and wants audiobooks, what's the talking book thing
l There's a program for that. Can I get an email to send details?
p he doesn't have email, he'll call
""", "- policy print-disability - no-email -", lib="Rob", para=True)

qp("CG-Q6050", "2026-03-11 13:28:53", AUN, "C. Bryant", "cbryant@example.com", """
p hi can i return a hotspot to any branch or only where i got it
l It depends. Where did you check it out?
p lexington park
p thx, Cecil
""", "= circulation none SMCLD local SMCLD")

qp("CG-Q6051", "2026-03-11 14:55:30", AUN, "Amir", "amir.k@example.net", """
p visiting from virginia this week, can i use the computers at the library in annapolis
l Guest passes are usually available. I'll have someone confirm.
""", "= policy none - default AUN", lib="Keisha")

qp("CG-Q6052", "2026-03-11 16:22:07", AUN, "Guest 6613", "", """
s Welcome to AskUsNow! A librarian will be with you shortly.
p where can i find civil war pension files
l I'll ask a genealogy specialist to follow up. Your email?
p t.okafor@example.org
s Thank you for contacting AskUsNow! If your question needs follow-up, a librarian will email you within 72 hours.
""", "t.okafor@example.org research specialist - specialist EPFL")

qp("CG-Q6053", "2026-03-12 09:48:44", AUN, "Felicia", "felicia.m@example.com", """
p why is this so slow. answer me
l I'm working on it, one moment.
p useless. just email me the renewal rules
l Please keep the chat respectful. I'm ending the chat now and reporting it.
""", "= policy none - quality QC", lib="Rob")

qp("CG-Q6054", "2026-03-12 11:15:21", AUN, "Gwen", "gwen.p@example.net", """
p a contractor took $2000 & never built the deck. can i sue him in small claims
l I'll get a law librarian on this.
""", "= research law - law MSLL")

qp("CG-Q6055", "2026-03-12 12:41:58", AUN, "Rita", "rita.v@example.com", """
p need an article from a 1978 marine biology journal for work
l We can request it through interlibrary loan. Which library card do you have?
p laurel
""", "= access none PGCMLS local PGCMLS", lib="Keisha")

qp("CG-Q6056", "2026-03-12 14:08:35", AUN, "Guest 8812", "jbaker@example.org", """
p hi i'm in columbia sc, can i get a maryland library card online for the ebooks
l Most require Maryland residency. I'll have someone check for you.
""", "= policy none - default AUN")

qp("CG-Q6057", "2026-03-12 15:35:12", AUN, "Carroll Diaz", "cdiaz@example.com", """
p Carroll Diaz here. researching the 1913 westminster fire for a podcast
l Interesting! Newspapers from then would help. I'll ask a local history librarian.
""", "= research specialist - specialist EPFL", lib="Rob", para=True)

qp("CG-Q6058", "2026-03-13 09:21:49", AUN, "Joy", "joy.s@example.org", """
p how do i get from the naval academy to the annapolis library by bus
l Let me look. Are you local?
p staying in annapolis for a conference, i live in delaware
""", "= other none - default AUN")

qp("CG-Q6059", "2026-03-13 10:48:26", AUN, "Guest 1180", "", """
p looking for ship manifests, my family came to baltimore in the 1880s
l A specialist can help. Could you give me an email?
s The patron has left the chat.
""", "- research specialist - no-email -", lib="Keisha")

qp("CG-Q6060", "2026-03-13 12:15:03", AUN, "Bea", "bea.o@example.net", """
p the chat froze twice. asking again: my mom is legally blind, can she get books in braille
l I'm sorry about the freezing; I'll report it. Yes, there's a braille lending service.
""", "= policy print-disability - quality QC")

qp("CG-Q6061", "2026-03-13 13:41:40", AUN, "Sid", "sid.r@example.com", """
p i'm a nursing student at stevenson, can't get into cinahl from home
l I'll have your library follow up.
""", "= access none STEVENSON local STEVENSON", lib="Rob")

qp("CG-Q6062", "2026-03-13 15:08:17", AUN, "Guest 9014", "", """
p looking for books about frederick douglass's time in baltimore for my class
l Sure, what's your email?
p m.ibekwe@example.org
""", "m.ibekwe@example.org research none - default AUN")

qp("CG-Q6063", "2026-03-13 16:34:54", HOWARD, "Lin", "lin.z@example.com", """
p my HOA fined me for a fence, can they do that
l A law librarian can help you find the HOA rules in Maryland law. I'll refer it.
""", "= research law HCLS law MSLL", lib="Keisha")

qp("CG-Q6064", "2026-03-14 10:01:31", AUN, "Guest 4477", "maria.g@example.com", """
p lost my library card, how do i replace it
l Which library system?
p not sure which one i signed up at honestly
""", "= circulation none - default AUN")

qp("CG-Q6065", "2026-03-14 11:28:08", AUN, "Anita", "anita.w@example.org", """
p for my film class i need reviews of the lincoln lawyer movie from 2011
l I can help find those in a newspaper database. Which library card do you have?
p anne arundel
""", "= research none AACPL local AACPL", lib="Rob")

# Rows that are not follow-ups (no labels).
qp("CG-Q6090", "2026-03-04 12:30:00", AUN, "Guest 1001", "", """
p how late is the rockville library open tonight
l Until 8 pm tonight.
p thx
""", status="Answered")

qp("CG-Q6091", "2026-03-06 15:40:00", AUN, "Guest 1002", "", """
p my landlord is trying to evict me
s The patron has left the chat.
""", status="Lost Call")

qp("CG-Q6092", "2026-03-09 11:05:00", AUN, "Marge", "marge.t@example.com", """
p who qualifies for talking books?
l Anyone who can't read standard print because of a disability. Here is the application.
p perfect thanks
""", status="Answered", lib="Rob")

qp("CG-Q6093", "2026-03-11 10:10:00", PRATT, "Guest 1004", "", """
p i need my great grandfather's death certificate from 1918
l I'm transferring you to our genealogy desk.
""", status="Transferred")

qp("CG-Q6094", "2026-03-13 14:20:00", AUN, "Guest 1005", "", """
p hello??
""", status="Lost Call", lib="Keisha")

# ---------------------------------------------------------------------------------------------
# LibChat-style CSV chats, many of them SMS (gN_libchat_sms.csv)
# ---------------------------------------------------------------------------------------------

lc("CG-L7001", "2026-03-02 09:50:12", AUN, "443-555-0102", "", """
p can u renew my bks pls
l Hi! This is Jen. Which library card?
p balt co
p jdavis44@example.com
""", "jdavis44@example.com circulation none BCPL local BCPL")

lc("CG-L7002", "2026-03-02 12:21:40", AUN, "410-555-0117", "", """
p can i put the help on hold
l Sure which lib do you use
p frederick
l ok email?
p no email
""", "- circulation none FCPL no-email -", lib="Ali")

lc("CG-L7003", "2026-03-02 18:05:33", AUN, "240-555-0188", "", """
p landlord changed the locks while i was at work is that legal
l That sounds urgent. I'll have a law librarian follow up. Email?
p tjones at example dot net
""", "tjones@example.net research law - law MSLL", written=True)

lc("CG-L7004", "2026-03-02 20:14:08", AUN, "301-555-0164", "", """
p lib app keeps crashing
l Which app, Libby?
p ya
l whats your email
p kpatel@example.org thx
""", "kpatel@example.org access none - default AUN", lib="Ali")

lc("CG-L7005", "2026-03-03 09:33:27", AUN, "410-555-0139", "", """
p u guys never emailed me back abt my hold
l Sorry! I'll flag that. Which library?
p cecil county
p mw1987@example.com
""", "mw1987@example.com circulation none CECIL quality QC")

lc("CG-L7006", "2026-03-03 11:48:55", AUN, "667-555-0121", "", """
p hi pls send me the lib hours for sat
l Which library?
p essex
p email lrob@example.net
""", "lrob@example.net policy none BCPL local BCPL", lib="Ali")

lc("CG-L7007", "2026-03-03 15:02:19", AUN, "443-555-0155", "", """
p my grandma cant see to read anymore is there bks on tape 4 her
l Yes, talking books! email?
p grandkids email ok? dee.s@example.org
""", "dee.s@example.org policy print-disability - print-disability LBPH")

lc("CG-L7008", "2026-03-03 19:26:44", AUN, "410-555-0176", "", """
p need help w my kids science fair how do plants grow w/out soil
l Hydroponics! I'll send some kid sources. email?
p cwalker at example dot com thx, Cecil
""", "cwalker@example.com research none - default AUN", lib="Ali", written=True)

lc("CG-L7009", "2026-03-04 10:11:30", AUN, "301-555-0190", "", """
p is there a fee for a card if u live in dc
l Which library?
p silver spring lib
p hm@example.com
""", "hm@example.com policy none MCPL local MCPL")

lc("CG-L7010", "2026-03-04 13:37:02", AUN, "240-555-0111", "", """
p bk i put on hold says in transit 3 wks
l Whats the title?
p the trial
l which library?
p idk the one in germantown
p rdavis@example.net
""", "rdavis@example.net circulation none MCPL local MCPL", lib="Ali")

lc("CG-L7011", "2026-03-04 17:52:48", AUN, "410-555-0133", "", """
p how do i file small claims
l Which county? I can find the court forms.
p prince georges
l whats ur email
p dont have 1
""", "- research law PGCMLS no-email -")

lc("CG-L7012", "2026-03-04 20:30:15", AUN, "443-555-0107", "", """
p ur chat keeps kicking me off
l sorry! what do you need?
p ebooks on my kindle dont work sam.t@example.org
l I'll report the dropping too.
""", "sam.t@example.org access none - quality QC", lib="Ali")

lc("CG-L7013", "2026-03-05 09:05:41", AUN, "410-555-0150", "", """
p looking 4 my great grandpas grave he died 1921 in baltimore
l A genealogy specialist can help. Email?
p ray.m@example.com
""", "ray.m@example.com research specialist - specialist EPFL")

lc("CG-L7014", "2026-03-05 12:29:18", AUN, "301-555-0128", "", """
p can kids under 13 use the computers alone
l It depends on the system. Which library do you go to?
p we just moved not sure yet
p abby.l@example.net
""", "abby.l@example.net policy none - default AUN", lib="Ali")

lc("CG-L7015", "2026-03-05 16:44:56", AUN, "240-555-0194", "", """
p hi im in salisbury nc can i get a md lib card for ebooks
l Usually cards need MD residency, I'll check. email?
p nc.tran@example.com
""", "nc.tran@example.com policy none - default AUN")

lc("CG-L7016", "2026-03-05 19:13:23", AUN, "410-555-0145", "", """
p the last person hung up on me
l I'm sorry. I'll report it. What's the question?
p need a bk on ged math vjones@example.org
""", "vjones@example.org research none - quality QC", lib="Ali")

lc("CG-L7017", "2026-03-06 10:38:50", AUN, "443-555-0160", "", """
p my sons dad wont pay child support wat do i do
l I'll pass this to a law librarian. email?
p tee.b@example.com
""", "tee.b@example.com research law - law MSLL")

lc("CG-L7018", "2026-03-06 14:02:27", AUN, "410-555-0182", "", """
p i owe a fine 4 a bk my dog chewed
l Oh no! Which library?
p harford
p ok email is pugmom@example.net
""", "pugmom@example.net circulation none HARFORD local HARFORD", lib="Ali")

lc("CG-L7019", "2026-03-06 17:25:04", AUN, "301-555-0170", "", """
p how do i get the nyt for free thru the lib
l Many libraries offer it. Which library card?
p not sure i have 1
p email hx@example.org
""", "hx@example.org access none - default AUN")

lc("CG-L7020", "2026-03-06 20:48:31", AUN, "240-555-0113", "", """
p can i borrow a hotspot
l Some libraries lend them. Which one do you use?
p waldorf
p email dmiles@example.com
p sorry .net
""", "dmiles@example.net circulation none CHARLES local CHARLES", lib="Ali", written=True)

lc("CG-L7021", "2026-03-07 09:41:58", AUN, "410-555-0191", "", """
p need old maps of my great grandparents farm in carroll county 1800s
l Land records and old maps, I'll ask a specialist.
p rfarmer@example.com
""", "rfarmer@example.com research specialist - specialist EPFL")

lc("CG-L7022", "2026-03-07 13:15:35", AUN, "443-555-0174", "", """
p can i pay my fine online
l In most systems yes. Which library?
p kent island
l email?
p nah thx, Kent
""", "- circulation none QUEENANNES no-email -", lib="Ali")

lc("CG-L7023", "2026-03-07 16:39:12", AUN, "667-555-0140", "", """
p i have low vision is there an app that reads the lib ebooks out loud
l Yes, some apps do. I'll have the talking books library follow up. email?
p lowvis.ann@example.org
""", "lowvis.ann@example.org access print-disability - print-disability LBPH")

lc("CG-L7024", "2026-03-07 19:02:49", AUN, "410-555-0108", "", """
p r u open on mlk day
l Which library?
p never mind
s Chat ended by patron.
""", "- policy none - no-email -", lib="Ali")

lc("CG-L7025", "2026-03-09 10:26:26", AUN, "Calvert Young", "calvert.young@example.com", """
p Hi, this is Calvert Young. Do you have meeting rooms for a 20-person nonprofit board meeting?
l Hi Calvert, Ali here. Most branches do. Which area?
p I'd rather not say yet, I just want the general rules.
""", "= policy none - default AUN", lib="Ali")

lc("CG-L7026", "2026-03-09 13:50:03", BALTCO, "Denise W", "dwhite@example.net", """
p My Hoopla borrows ran out, can I get more this month?
l I'll have BCPL staff follow up about your account.
""", "= access none BCPL local BCPL")

lc("CG-L7027", "2026-03-09 17:13:40", AUN, "Tom Reese", "", """
p I need land records for a property my family owned near Sykesville in the 1920s
l Land records are a specialty; I'll pass this to a specialist. Email?
p treese@example.org
""", "treese@example.org research specialist - specialist EPFL", lib="Ali")

lc("CG-L7028", "2026-03-09 20:37:17", AUN, "Hana", "hana.k@example.com", """
p I asked last week about my son's IEP rights and never heard back. Very disappointed.
l I'm sorry. I'll report the missed follow-up and send your question on.
""", "= research law - quality QC")

lc("CG-L7029", "2026-03-10 09:00:54", AUN, "Marco", "", """
p I keep getting disconnected. Need this year's tax forms
l Sorry! I'll report the disconnects. Email?
s Patron disconnected.
""", "- other none - no-email -", lib="Ali")

lc("CG-L7030", "2026-03-10 12:24:31", AUN, "Olivia Grant", "ogrant@example.com", """
p There's a notice taped to my door saying I have 10 days to leave. What does that mean?
l That sounds serious. I'll pass this to a law librarian.
""", "= research law - law MSLL")

lc("CG-L7031", "2026-03-10 15:48:08", AUN, "Frederick Lang", "flang@example.net", """
p Frederick here. Does the library have a notary?
l Some branches do. Which library do you go to?
p I'm in York, PA but I work in Hunt Valley
""", "= other none - default AUN", lib="Ali")

lc("CG-L7032", "2026-03-10 19:11:45", PRATT, "Jasmine", "", """
p Hi can I get a library card online if I live in Hampden?
l Yes! What's your email?
p jasmine.o@example.org
""", "jasmine.o@example.org policy none EPFL local EPFL")

lc("CG-L7033", "2026-03-11 09:35:22", AUN, "Guest 3391", "", """
p I need peer-reviewed articles on nurse burnout
l Are you a student?
p Yes at AACC
l Great, your college library can help. Email?
p g.lee @ example . com
""", "g.lee@example.com research none AACC local AACC", lib="Ali", written=True)

lc("CG-L7034", "2026-03-11 12:58:59", AUN, "Renee", "renee.b@example.com", """
p I'm blind and use VoiceOver. The Libby app skips some buttons.
l Thanks for telling us. I'll pass this on.
""", "= access print-disability - print-disability LBPH")

lc("CG-L7035", "2026-03-11 16:22:36", AUN, "Guest 5521", "kpark@example.org", """
p Are there any coding classes for teens this spring?
l Yes, in several systems. Where do you live?
p we're new here, still figuring that out
""", "= other none - default AUN", lib="Ali")

lc("CG-L7036", "2026-03-11 19:46:13", CARROLLCO, "Beth Ann", "bethann@example.com", """
p How do I renew my card? It expired.
l I'll have staff follow up by email.
""", "= circulation none CARROLL local CARROLL")

lc("CG-L7037", "2026-03-12 10:09:50", AUN, "Marcy", "marcy.t@example.net", """
p Is there a limit on how many holds I can have?
l It depends on your library. What county are you in?
p Howard
""", "= policy none HCLS local HCLS", lib="Ali")

lc("CG-L7038", "2026-03-12 13:33:27", AUN, "Victor", "victor.a@example.com", """
p I returned legally blonde and the musical soundtrack but got charged
l Sorry. Which library?
p Pikesville
""", "= circulation none BCPL local BCPL")

lc("CG-L7039", "2026-03-12 16:57:04", AUN, "Guest 7002", "", """
s Thanks for contacting AskUsNow! Please enter your question.
p looking for statistics on opioid deaths in maryland by county
l I can find some. Email?
p stats.nerd@exmaple.org
p oops example not exmaple
""", "stats.nerd@example.org research none - default AUN", lib="Ali", written=True)

lc("CG-L7040", "2026-03-12 20:20:41", AUN, "Carolyn", "carolyn.h@example.org", """
p Where would the 1850 slave schedules for Kent County be?
l This needs a specialist in Maryland records; I'll pass it on.
""", "= research specialist - specialist EPFL")

lc("CG-L7041", "2026-03-13 09:44:18", AUN, "Guest 4018", "nwalker@example.com", """
p Someone on this chat told me the book drop was open 24/7 and it wasn't. I got a late fee.
l I'm sorry. I'll report it and ask your library to look at the fee. Which library?
p Towson
""", "= circulation none BCPL quality QC", lib="Ali")

lc("CG-L7042", "2026-03-13 13:07:55", AUN, "Tina", "tina.m@example.net", """
p Looking for reliable info on type 2 diabetes diets for my dad
l I'll email some good health sources.
""", "= research none - default AUN")

lc("CG-L7043", "2026-03-13 16:31:32", AUN, "Guest 8810", "", """
p Can I print from my phone at the Severna Park library?
l Yes, with their mobile printing. Email to send directions?
p No thanks
""", "- other none AACPL no-email -", lib="Ali")

lc("CG-L7044", "2026-03-13 19:55:09", AUN, "Paula", "paula.z@example.com", """
p My landlord kept $900 for "cleaning" but the place was spotless
l I'm sorry. I'll send this to someone who can help.
""", "= research law - law MSLL")

lc("CG-L7045", "2026-03-14 10:18:46", HARFORDCO, "Gene", "", """
p Does the library have a 3D printer I can use?
l Some branches do. Email?
p gene.k@example.org
""", "gene.k@example.org other none HARFORD local HARFORD", lib="Ali")

lc("CG-L7046", "2026-03-14 13:42:23", AUN, "Guest 6120", "mj.lee@example.com", """
p How do I search for old patents on fishing lures?
l I'll have a specialist follow up.
""", "= research specialist - specialist EPFL")

lc("CG-L7047", "2026-03-14 17:06:00", AUN, "Liz", "liz.p@example.net", """
p hi are you there
l Sorry, my chat software froze for several minutes. I'll report the problem. How can I help?
p how can my 10 yo get her own card
l Which library?
p eh just email me
""", "= policy none - quality QC", lib="Ali")

lc("CG-L7048", "2026-03-16 09:29:37", AUN, "Guest 2408", "", """
p My aunt is legally blind, what services are there for her
l There are several. Email?
p I don't use email
""", "- policy print-disability - no-email -")

lc("CG-L7049", "2026-03-16 12:53:14", AUN, "Bernard", "bernard.c@example.com", """
p I'm in Montreal. My ancestors were Acadians sent to Maryland in 1755. Where do I look?
l I'll ask a genealogy specialist to follow up.
""", "= research specialist - specialist EPFL", lib="Ali")

lc("CG-L7050", "2026-03-16 16:16:51", AUN, "Guest 3398", "mfox@example.com", """
p what time is storytime at the Urbana library
l I'll have FCPL staff check the schedule.
""", "= other none FCPL local FCPL")

lc("CG-L7051", "2026-03-16 19:40:28", AUN, "Helen", "helen.r@example.org", """
p can I get a book through interlibrary loan if I'm not sure which library I belong to
l Yes, I'll have someone follow up.
""", "= access none - default AUN", lib="Ali")

lc("CG-L7052", "2026-03-17 10:04:05", AUN, "Guest 9901", "", """
p I need the form to change my name after my divorce
l This needs a law librarian; I'll send it on. Email?
p k.ross@example.com
""", "k.ross@example.com research law - law MSLL")

lc("CG-L7053", "2026-03-17 13:27:42", AUN, "Omar Carroll", "ocarroll@example.net", """
p Hi, Omar Carroll. Can I put a hold on the help by kathryn stockett for my book club?
l Sure. Which library card do you have?
p not sure, I have a few old ones
""", "= circulation none - default AUN", lib="Ali")

lc("CG-L7054", "2026-03-17 16:51:19", AUN, "410-555-0124", "", """
p pls help i cant log in 2 my acct
l which library?
p catonsville
p email me at trish.v@example.com
""", "trish.v@example.com circulation none BCPL local BCPL")

lc("CG-L7055", "2026-03-17 20:14:56", AUN, "443-555-0196", "", """
p can my job fire me 4 being pregnant
l That's a legal question. Can I have your email?
p no
""", "- research law - no-email -", lib="Ali")

lc("CG-L7056", "2026-03-18 09:38:33", AUN, "301-555-0152", "", """
p do u have old pics of the ocean city boardwalk 1930s
l A local history specialist can look. email?
p beachpics@example.com
""", "beachpics@example.com research specialist - specialist EPFL")

lc("CG-L7057", "2026-03-18 13:02:10", AUN, "240-555-0167", "", """
p ur a waste of tax $$ answer my question idiot
l I'm happy to help but please keep it respectful.
p whatever renew my stuff rk22@example.net
l I'll pass this on and report this chat.
""", "rk22@example.net circulation none - quality QC", lib="Ali")

lc("CG-L7058", "2026-03-18 16:25:47", AUN, "410-555-0188", "", """
p im dyslexic can i get audio bks free
l yes there's a program! email?
p dys.reader@example.org
""", "dys.reader@example.org policy print-disability - print-disability LBPH")

lc("CG-L7059", "2026-03-18 19:49:24", AUN, "667-555-0177", "", """
p cant get the kanopy app to play anything
l Which library?
p hoco
p ty email jk.park@example.com
""", "jk.park@example.com access none HCLS local HCLS", lib="Ali")

lc("CG-L7060", "2026-03-19 10:13:01", AUN, "443-555-0134", "", """
p how long can i keep a dvd
l depends on the library which one?
p idk email ok moviebuff@example.net
""", "moviebuff@example.net policy none - default AUN")

lc("CG-L7061", "2026-03-19 13:36:38", AUN, "410-555-0165", "", """
p pls put the lincoln lawyer on hold 4 me
l Which lib card?
p frederick co
p email hb@example.com
""", "hb@example.com circulation none FCPL local FCPL", lib="Ali")

lc("CG-L7062", "2026-03-19 17:00:15", AUN, "240-555-0101", "", """
p how do i scan a doc at the lib
l Most branches have scanners. Which one?
p not sure yet email pls jo dot mack at example dot com
""", "jo.mack@example.com other none - default AUN", written=True)

# Rows that are not follow-ups (no labels).
lc("CG-L7090", "2026-03-03 14:00:00", AUN, "410-555-0100", "", """
p r u open today
l Yes until 8!
p thx
""", status="Answered")

lc("CG-L7091", "2026-03-05 15:30:00", AUN, "443-555-0199", "", """
p my landlord wont fix the heat
""", status="Lost Call", lib="Ali")

lc("CG-L7092", "2026-03-10 11:20:00", AUN, "Guest 7777", "", """
p Do you have braille books for kids?
l Yes, through the state's library for the blind. Here is the link to apply.
p Thank you!
""", status="Answered")

lc("CG-L7093", "2026-03-12 18:45:00", AUN, "301-555-0111", "", """
p hi
""", status="Missed", lib="Ali")

lc("CG-L7094", "2026-03-17 12:10:00", PRATT, "Guest 7779", "", """
p I need help with a genealogy question
l I'll transfer you to the Pratt genealogy desk.
""", status="Transferred")

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
    rng = random.Random("g-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC) + timedelta(seconds=rng.randint(4, 70))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(10, 55) + len(text) // rng.randint(2, 4))
        out.append((at.astimezone(NY), code, text))
    return out


def speakers(c):
    return {"p": c["patron"], "l": c["lib"], "m": c["lib2"], "s": "System"}


def clock_qp(t):
    """QuestionPoint's clock: 2:11:58 PM."""
    return f"{t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def html_escape(text):
    """As the export writes text: &amp; &lt; &gt; &quot; and &#39;."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


QP_KEYS = ["QuestionID", "Date Time", "Library", "Patron Name", "Patron E-mail", "Question Text",
           "Answered By", "Resolution", "Chat Transcript"]


def qp_record(c):
    names = speakers(c)
    lines = timed_lines(c)
    started = local_start(c["start"])
    first = next(text for _, code, text in lines if code == "p")
    msgs = [f"{clock_qp(t)} <b>{html_escape(names[code])}</b>: {html_escape(text)}"
            for t, code, text in lines]
    transcript = "".join(f"<p>{m}</p>" for m in msgs) if c["para"] else "<br>".join(msgs)
    return {
        "QuestionID": c["cid"],
        "Date Time": f"{started:%m/%d/%Y} {clock_qp(started)}",
        "Library": c["origin"],
        "Patron Name": c["patron"],
        "Patron E-mail": c["email"],
        "Question Text": html_escape(first),
        "Answered By": "" if c["status"] == "Lost Call" else c["lib"],
        "Resolution": c["status"],
        "Chat Transcript": transcript,
    }


def qp_text(chats):
    return "[\n" + ",\n".join(json.dumps(qp_record(c), ensure_ascii=False) for c in chats) + "\n]\n"


LC_COLUMNS = ["Chat ID", "Started", "Guest", "Guest Email", "Queue", "Operator",
              "Initial Question", "Status", "Rating", "Transcript"]


def lc_record(c):
    names = speakers(c)
    rng = random.Random("g-lc-" + c["cid"])
    lines = timed_lines(c)
    first = next(text for _, code, text in lines if code == "p")
    sep = "\r" if is_sms(c) else "\n"
    return {
        "Chat ID": c["cid"],
        "Started": c["start"],
        "Guest": c["patron"],
        "Guest Email": c["email"],
        "Queue": c["origin"],
        "Operator": "" if c["status"] == "Missed" else c["lib"],
        "Initial Question": first,
        "Status": c["status"],
        "Rating": rng.choice(["", "", "", "4", "3", "2"]),
        "Transcript": sep.join(f"{t:%H:%M:%S} {names[code]}: {text}" for t, code, text in lines),
    }


def lc_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LC_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for c in chats:
        w.writerow(lc_record(c))
    return buf.getvalue()


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in chats if c["label"])


STYLES = [("qp_html", "json", QP, qp_text), ("libchat_sms", "csv", LC, lc_text)]


def files():
    """(file name, style, its chats, text function) for the four exports."""
    return half_files("g", STYLES)


def part_dir(name):
    """Where a file of this part lives: g1 (the development half) trains the category model,
    g2 stays held out."""
    return "train" if name.startswith("g1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "g", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, EMAIL_RE.match, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from (typed_email_problems without its URL check).
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field and not c["written"] and email not in patron_text:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email == field:
        bad("written=True on a chat whose address is the export's field")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if user.split(".")[-1] not in patron_text and domain.split(".")[-1] not in patron_text:
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


QP_MSG = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d:[0-5]\d (AM|PM) <b>([^<]+)</b>: (.*)$", re.S)
LC_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d ([^:]+): (.*)$")


def qp_messages(transcript):
    """The messages of an HTML transcript: (speaker, text), entities decoded."""
    if transcript.startswith("<p>"):
        if not transcript.endswith("</p>"):
            raise ValueError("a <p> transcript that does not end with </p>")
        parts = transcript[3:-4].split("</p><p>")
    else:
        parts = transcript.split("<br>")
    out = []
    for part in parts:
        m = QP_MSG.match(part)
        if not m:
            raise ValueError(f"message {part[:40]!r}")
        if "<" in m.group(4) or ">" in m.group(4):
            raise ValueError(f"unescaped markup in {part[:40]!r}")
        out.append((html.unescape(m.group(3)), html.unescape(m.group(4))))
    return out


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    text = read_text(HERE / part_dir(name) / name)
    out = []
    if style == "qp_html":
        records = json.loads(text)
        if not isinstance(records, list):
            raise ValueError("not a JSON array")
        for r in records:
            if list(r) != QP_KEYS:
                raise ValueError(f"keys {list(r)}")
            datetime.strptime(r["Date Time"], "%m/%d/%Y %I:%M:%S %p")
            out.append({"id": r["QuestionID"], "patron": r["Patron Name"],
                        "email": r["Patron E-mail"], "lines": qp_messages(r["Chat Transcript"])})
        return out
    if not text.endswith("\r\n"):
        raise ValueError("records do not end with CRLF")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != LC_COLUMNS:
        raise ValueError(f"columns {reader.fieldnames}")
    for r in reader:
        sms_chat = bool(PHONE.match(r["Guest"]))
        tr = r["Transcript"]
        if sms_chat and "\n" in tr:
            raise ValueError(f"{r['Chat ID']}: a line feed inside an SMS transcript")
        if not sms_chat and "\r" in tr:
            raise ValueError(f"{r['Chat ID']}: a carriage return inside a web transcript")
        lines = []
        for line in tr.split("\r" if sms_chat else "\n"):
            m = LC_LINE.match(line)
            if not m:
                raise ValueError(f"{r['Chat ID']}: line {line[:40]!r}")
            lines.append((m.group(2), m.group(3)))
        datetime.strptime(r["Started"], "%Y-%m-%d %H:%M:%S")
        out.append({"id": r["Chat ID"], "patron": r["Guest"], "email": r["Guest Email"],
                    "lines": lines})
    return out


def check_all():
    problems = []
    chats = QP + LC
    seen = set()
    for c in chats:
        if c["cid"] in seen:
            problems.append(f"{c['cid']}: duplicate chat id")
        seen.add(c["cid"])
        if not c["cid"].startswith("CG-"):
            problems.append(f"{c['cid']}: chat id without the CG- prefix")
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
        if c["email"] and not c["email"].lower().endswith(ALLOWED_DOMAINS):
            problems.append(f"{c['cid']}: export e-mail not on an example domain")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, json.JSONDecodeError, csv.Error),
                                   check_label, lines_of=lines_of)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if is_sms(c))
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", QP + LC), ("qp_html", QP), ("libchat_sms", LC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", QP + LC))
    sms_n = sum(1 for c in LC if c["label"] and is_sms(c))
    return labels_table(cols, QP + LC, f"SMS chats among the labelled LibChat rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("g_build", all_texts, check_all, counts))
