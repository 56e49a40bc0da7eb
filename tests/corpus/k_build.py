#!/usr/bin/env python3
"""Writes and checks the "k" part of aun's labelled corpus (k1 in train/, k2 in heldout/).

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

Two export styles, each split in two halves with the same mix (k1 and k2):
  kN_libanswers.csv  a Springshare LibAnswers "chat transcripts" CSV as Excel on Windows keeps it:
                     a UTF-8 byte-order mark, CRLF between records and between the messages inside
                     the quoted transcript; `Chat ID,Created,Queue,Guest Name,Guest Email,Operator,
                     Initial Question,Wait (s),Duration (s),Rating,Rating Comment,Outcome,
                     Transcript`; `Created` US style without seconds (`4/6/2026 10:14 AM`, New
                     York); transcript lines `04/06/2026 10:14:22 AM - Name: text`.
  kN_h3lp_msgs.jsonl a LibraryH3lp-style JSON Lines export of the statewide queue: `id`,
                     `started` (UTC with milliseconds, `2026-04-06T14:14:22.481Z`), `queue`,
                     `protocol` (`web`, `sms`, `twilio`), `guest` (the guest's JID only: an SMS
                     number or a web guest on a foreign server), `operator` (a JID), `email` (the
                     pre-chat form, mostly null), `resolution`, `tags` and `messages`, a list of
                     `{"created_at": UTC, "author": JID or "system", "body": text}` with no role:
                     who spoke is told by the JID alone.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then k1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/k_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/k_build.py --check   (writes nothing: fails when a file
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
TOWSON = "Towson University"
UMBC = "University of Maryland, Baltimore County"
STEV = "Stevenson University Library"
FROST = "Frostburg State University"
AACC = "Anne Arundel Community College"
HOWARD = "Howard County Library System"
BALTCO = "Baltimore County Public Library"
MONT = "Montgomery County Public Libraries"
PG = "Prince George's County Memorial Library System"
CARROLL = "Carroll County Public Library"
FRED = "Frederick County Public Libraries"
HARF = "Harford County Public Library"
ANNE = "Anne Arundel County Public Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", MONT: "MCPL", PG: "PGCMLS", CARROLL: "CARROLL",
    FRED: "FCPL", HARF: "HARFORD", ANNE: "AACPL",
}

LA = []  # LibAnswers-style CSV chats
HM = []  # LibraryH3lp-style JSON Lines chats

# LibAnswers operators as the transcript names them (first name, as the operator set it).
LA_STAFF = {"howard": "Howard", "kent": "Kent", "cecil": "Cecil", "sue": "Sue",
            "calvert": "Calvert", "dana": "Dana"}
# LibraryH3lp operators.
HM_STAFF = {"will": "will@chat.libraryh3lp.com", "laurel": "laurel-fcpl@chat.libraryh3lp.com",
            "ola": "ola.pratt@chat.libraryh3lp.com", "mkim": "mkim-hcls@chat.libraryh3lp.com",
            "sam": "sam.247@chat.libraryh3lp.com"}


def _start(n, seed):
    """The n-th chat of a style starts on a spring 2026 day (New York), at a time drawn with a
    seed, between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 4, 6) + timedelta(days=(n * 5) // 9)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def la(cid, queue, name, email, t, label=None, op="howard", status=FU, written=False,
       rating="", comment="", drawn=None):
    """A LibAnswers chat. name: the Guest Name typed in the form (empty: `Guest NNNN`).
    drawn: the label the halves were drawn with, where a label was corrected afterwards."""
    rng = random.Random("k-la-name-" + cid)
    LA.append(dict(cid=cid, start=_start(len(LA), "k-la-" + cid), origin=queue,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=LA_STAFF[op] if op else None, status=status,
                   written=written, rating=rating, comment=comment, sms=False,
                   drawn=drawn))


def hm(cid, queue, guest, email, t, label=None, op="will", status=FU, written=False,
       protocol=None, tags=()):
    """A LibraryH3lp chat. guest: an SMS number (10 digits, a 555 number: sms or twilio
    gateway), or `web.ca:` / `web:` and a guest id for a web guest."""
    if guest.isdigit():
        protocol = protocol or "sms"
        jid = (guest if protocol == "sms" else "+1" + guest) + f"@{protocol}.libraryh3lp.com"
    else:
        server, _, gid = guest.partition(":")
        protocol = "web"
        jid = f"{gid}@{server}.libraryh3lp.com"
    HM.append(dict(cid=cid, start=_start(len(HM), "k-hm-" + cid), origin=queue, patron=jid,
                   email=email, t=t, label=label, lib=HM_STAFF[op] if op else None,
                   status=status, written=written, protocol=protocol, tags=list(tags),
                   sms=protocol != "web", phone=guest if guest.isdigit() else None))


# ---------------------------------------------------------------------------------------------
# LibAnswers-style CSV chats (kN_libanswers.csv)
# ---------------------------------------------------------------------------------------------

la("CK-A101", TOWSON, "Guest", "r.okafor@example.org", """
p hi i'm off campus and the link to the article in my syllabus goes to a login page that just loops
l Hi! Which article is it, and which class?
p psyc 212, its "attachment styles in emerging adults" in journal of adolescence
l Are you signing in with your NetID on the Towson page?
p yes it says authenticated then sends me back to the same page again
l That sounds like the proxy. I can email you the PDF and pass the link problem on to our e-resources team.
p ok thx
""", "= access none TOWSON local")

la("CK-A102", AUN, "Dmitri", "", """
p my landlord is saying i owe $900 for "wear and tear" out of my deposit. is that even allowed
l I'm sorry to hear that. Are you in Maryland?
p yeah glen burnie
l I can share the state's tenant guide, and a law librarian can follow up with more.
p pls. dmitri.v@example.com
l Thank you for contacting AskUsNow! A librarian will follow up within 72 hours.
""", "dmitri.v@example.com research law AACPL law")

la("CK-A103", AUN, "Laurel", "laurel.h@example.net", """
p hi, do you know if the library has the new one from the "wings of fire" series? my son wants it
l Hi Laurel! Which library do you usually use?
p not sure, we just moved here from ohio last month
l Ok, I'll have a librarian follow up with how to get a card and place a hold.
""", "= circulation none - default", op="kent")

la("CK-A104", UMBC, "jk", "", """
p ebook says download limit reached?? on ebsco
p i only need ch 3 for tmrw
l Hi! That e-book lets each user download a limited number of pages. Which title is it?
p research design in clinical psych, 5th ed
l I can look into a chapter scan for you. What's a good email?
p jkim4@example.com
""", "jkim4@example.com access none UMBC local", op="cecil")

la("CK-A105", STEV, "Guest", "", """
p is proquest down? keeps saying service unavailable
l Hi, let me check... yes, I'm seeing the same error. I'll let our systems folks know.
l Can I email you when it's back up?
p no thanks ill just try later
""", "- access none STEVENSON no-email", op="sue")

la("CK-A106", FROST, "tanya", "tanya.b@example.net", """
p how many books can grad students check out and for how long
l Hi Tanya, good question, I'm checking the current loan rules for you.
p ok also does that include the ones from other usm schools
""", "= policy none FSU local", op="calvert")

la("CK-A107", AACC, "Guest", "marco.r@example.com", """
p i need the full text of this doi 10.1000/xyz123 it says buy for $39.95
l Don't buy it! Let me see if we have it through one of our databases.
l It's not in our holdings, but we can get it through interlibrary loan.
p ok pls
""", "= access none AACC local", op="dana")

la("CK-A108", AUN, "Guest", "", """
p my ex wont let me see my daughter on weekends even tho the order says i can. what can i do
l I'm so sorry. I can't give legal advice but I can point you to resources. What county are you in?
p waldorf
l Thank you. A librarian will follow up with some resources by email. What's your address?
p keisha m at example dot com
l Just to confirm, keisha.m@example.com?
p no its keisham at example dot com no dot
""", "keisham@example.com research law CHARLES law", op="kent", written=True)

la("CK-A109", AUN, "Howard Ellis", "hellis@example.org", """
p looking for my great grandmothers obituary, she died in 1958 in baltimore
l Hi Howard! Do you know which paper it might have been in?
p prob the sun. i live in florida now so cant come in
l I'll have a librarian who works with old newspapers follow up with you.
""", "= research specialist - specialist", op="sue")

la("CK-A110", TOWSON, "Guest", "", """
p do my stats homework for me its due at 11
l Hi! I can't do homework for you, but I can help you find help. What's the topic?
p f this. ur useless. just email the answers to dbx99@example.com
l I'm going to end this chat because of the language. Our tutoring center is open until 10 tonight.
s Chat ended by operator
""", "dbx99@example.com research none TOWSON quality", op="howard")

la("CK-A111", AUN, "Guest", "pat.n@example.com", """
p my mom has macular degeneration and cant read regular print anymore. she loves mysteries. is there anything for her
l I'm sorry to hear that. Yes, there are services that can help. Where does she live?
p with me in hagerstown
l Great, a librarian will email you about how she can sign up.
""", "= policy print-disability WCFL print-disability", op="kent")

la("CK-A112", PRATT, "Guest", "", """
p do you have the lincoln lawyer on dvd? want to put a hold
l Hi! Let me look. Which branch do you pick up at?
p canton branch
l I can't place the hold from here. Can I get your email so staff can do it?
p ray.c@example.com
""", "ray.c@example.com circulation none EPFL local", op="dana")

la("CK-A113", BALTCO, "sue k", "suek@example.net", """
p i returned 3 books to the towson branch drop box last week but they still show checked out and now i have a fine
l Hi! I'm sorry about that. Do you remember what day you returned them?
p last tuesday i think
l I'll have staff check the shelves and clear the fine if they're there.
""", "= circulation none BCPL local", op="cecil")

la("CK-A114", AUN, "Guest", "", """
p what time does the bel air library close on saturdays
l Hi! Let me check for you.
l Thank you for contacting AskUsNow! If you leave an email a librarian will follow up within 72 hours.
p no email pls, ill just check tmrw
""", "- policy none HARFORD no-email", op="calvert")

la("CK-A115", MONT, "Guest", "lin.w@example.com", """
p libby says my card is expired but i just renewed it at the wheaton library yesterday
l Hi! Sometimes it takes a day to update. Have you tried removing and re-adding the card in Libby?
p yes twice
l Ok, I'll pass it to our staff to check your account.
""", "= access none MCPL local", op="sue")

la("CK-A116", AUN, "Guest", "b.osei@example.org", """
p i asked here two weeks ago about my grandfathers navy records from ww2 and was told someone would email me. nobody ever did
l I'm very sorry about that. Let me make sure this gets to the right person.
p thank you. i still need the records
""", "= research specialist - quality", op="howard")

la("CK-A117", UMBC, "Guest", "", """
p can alumni still use jstor? i graduated in dec
l Congrats! Alumni get access to some resources. Let me check which.
p aoyelaran@example.com if you need to look it up
""", "aoyelaran@example.com policy none UMBC local", op="cecil")

la("CK-A118", AUN, "Guest", "", """
p trying to borrow an ebook on hoopla but it says
l Hi! It looks like your message got cut off.
p it says borrow limit reached but i havent borrowed any
l Your messages keep getting cut off on my end, I'll report the connection problem to our team.
p im in rockville. dee.w@example.net
""", "dee.w@example.net access none MCPL quality", op="kent")

la("CK-A119", AUN, "Will Parker", "", """
p my dad passed in feb and his will says the house goes to me and my brother. how do we get it out of his name
l I'm sorry for your loss. This is a probate question; I can share resources. Where was the house?
p here in easton, where we live
l A librarian will follow up by email with resources.
p wparker@example.org
""", "wparker@example.org research law TALBOT law", op="dana")

la("CK-A120", AUN, "Guest", "bookclub.lee@example.com", """
p our book club is reading a time to kill. do u have sets of 10 copies we can borrow
p we meet at the east columbia branch
l Hi! Many libraries have book club kits. I'll have staff check for that title.
""", "= policy none HCLS local", op="howard")

la("CK-A121", AUN, "Guest", "", """
p got a paper on my door saying i have 14 days to pay or quit
p i live in salisbury
l I'm sorry, that sounds stressful. Is that Salisbury, Maryland?
p yes
l A law librarian can follow up with resources. What's your email?
p ty.h@example.net
""", "ty.h@example.net research law WICOMICO law", op="sue")

la("CK-A122", AUN, "Guest", "", """
p hi i'm in columbia sc doing a project on the maryland toleration act, need primary sources
l Hi! That's a great topic. I'll find some sources and email them. Address?
p student.aj@example.com
""", "student.aj@example.com research none - default", op="calvert")

la("CK-A123", FROST, "Guest", "", """
p i need old maps showing the national road through frostburg for my history thesis
l Hi! We have some in special collections. I'll ask our archivist to follow up.
p kpthesis@example.org thx
""", "kpthesis@example.org research specialist FSU local", op="howard")

la("CK-A124", AUN, "Guest", "", """
p my son is dyslexic and reads way better with audiobooks, can he get the talking books thing?
l Hi! He may qualify. Where do you live?
p ellicott city
p ana.r@example.com
""", "ana.r@example.com policy print-disability HCLS print-disability", op="kent")

la("CK-A125", AUN, "Guest", "none", """
p hi
p hello?
l Hi, sorry for the wait! How can I help?
p can i get something notarized at the library in annapolis
l Let me check. Do you have an email for follow-up?
p no
""", "- other none AACPL no-email", op="dana")

la("CK-A126", TOWSON, "Guest", "", """
p vpn is on and i still cant get into ebsco from home
p i'm using the link on the cook library page
l Hi! Try turning the VPN off, our proxy works without it.
p still no
l I'll have our e-resources librarian follow up. Email?
p s.ferris@example.com
""", "s.ferris@example.com access none TOWSON local", op="sue")

la("CK-A127", STEV, "nursing stu", "nstudent22@example.com", """
p cinahl only shows abstracts, no pdf option. need 5 articles for my ebp paper
l Hi! Do you see a "Find It" button under the abstract?
p nope
""", "= access none STEVENSON local", op="cecil")

la("CK-A128", AACC, "Guest", "", """
p is there a limit on printing? printed 40 pages and it stopped
l Hi! Let me find out for you.
p jm.aacc@example.com
""", "jm.aacc@example.com other none AACC local", op="calvert")

la("CK-A129", AUN, "Guest", "", """
p can i put a hold on blindness by jose saramago in spanish?
p i'm in hyattsville
l Hi! Let me check the catalog. Email for follow-up?
p carmen.l@example.org
""", "carmen.l@example.org circulation none PGCMLS local", op="dana")

la("CK-A130", AUN, "Guest", "gh.miller@example.net", """
p Trying to find the deed for our family farm from the 1880s, near Thurmont. The land records online don't go back that far?
l Hi! Older land records are harder. Where are you located?
p We're in Pennsylvania now, the farm was sold in 1962.
l I'll pass this to a specialist who works with land records.
""", "= research specialist - specialist", op="kent")

la("CK-A131", PRATT, "Guest", "", """
p looking for photos of my grandparents store on pennsylvania ave from the 1950s
l What a great project! I'll pass this to our special collections staff.
p thank you. i live in pikesville if that matters
p m.greene@example.com
""", "m.greene@example.com research specialist BCPL local", op="sue")

la("CK-A132", AUN, "Guest", "", """
p how do i cite a youtube video in apa 7
l Hi! The author is the channel name. I'll send you an example. Email?
p kayla.p@example.com
""", "kayla.p@example.com research none - default", op="howard")

la("CK-A133", AUN, "Guest", "", """
p i want to complain about the lady at the desk at my branch, dundalk. she was so rude to me yesterday
l I'm sorry to hear that. I'll make sure this gets to the right people.
p ms.hollins@example.net
""", "ms.hollins@example.net other none BCPL quality", op="cecil")

la("CK-A134", AUN, "Guest", "", """
p i had a possession charge in 2015 that got dropped. will it still show up for employers? how do i get it off
l Hi! I can share resources about that. Where do you live?
p i live in frederick
p jt.reed@example.com
""", "jt.reed@example.com research law FCPL law", op="dana")

la("CK-A135", AUN, "Guest", "gloria.b@example.net", """
l Hi, I'm Kent from Harford County Public Library, covering the statewide chat. How can I help?
p i need help setting up my new kindle to borrow library books
l Sure! Do you have a library card?
p yes but i dont remember which library its from lol
""", "= access none - default", op="kent")

la("CK-A136", AUN, "Guest", "linda.s@example.org", """
p I'm working on a DAR application and need proof my ancestor served in the Revolutionary War. He was from Frederick County.
l That's exciting! Where are you located?
p Richmond, Virginia
l I'll pass this to a genealogy specialist.
""", "= research specialist - specialist", op="sue")

la("CK-A137", UMBC, "Guest", "", """
p how do i request a book thru interlibrary loan that umbc doesnt have
l Hi! You can use the ILL form on the library page. I'll email you the link.
p p.nwosu@example.com
""", "p.nwosu@example.com access none UMBC local", op="calvert")

la("CK-A138", AUN, "Guest", "", """
p can my 15 yr old get her own card without me there? we're in taneytown
l Hi! Let me check the rules for teen cards.
p r.hess@example.com
""", "r.hess@example.com policy none CARROLL local", op="howard")

la("CK-A139", AUN, "Guest", "", """
p contractor took $2000 and never finished my deck. can i sue him myself without a lawyer
l I'm sorry. There's a process for small amounts. Where do you live?
p bowie
p dwayne.k@example.com
""", "dwayne.k@example.com research law PGCMLS law", op="kent")

la("CK-A140", AUN, "Guest", "", """
p whats the best database for car repair manuals
l Hi! There are a couple. Where do you live?
p westminster
l Can I email you the links?
p i dont use email. ill call the library
""", "- research none CARROLL no-email", op="cecil")

la("CK-A141", AUN, "Guest", "t.abebe@example.org", """
p Hello, I am blind and read braille. Can I get braille magazines mailed to my home?
l Hello! Yes, there is a free service for that. Where do you live?
p Silver Spring
""", "= policy print-disability MCPL print-disability", op="dana")

la("CK-A142", HOWARD, "Guest", "", """
p can i reserve a meeting room for a tutoring group, like 6 kids
l Hi! Yes, let me check the policy for tutoring. Email?
p tutor.ng@example.com
""", "tutor.ng@example.com policy none HCLS local", op="howard")

la("CK-A143", AUN, "Guest", "", """
p i found this guide https://example.org/@mdhistory/guides/census but the link to the 1940 census is dead
p trying to find my family in baltimore in 1940
l I'll have a genealogy librarian follow up. What's your email?
p rosa.v@example.net
""", "rosa.v@example.net research specialist - specialist", op="sue")

la("CK-A144", AUN, "Guest", "", """
p do u still have to pay late fees at anne arundel libraries?
l Hi! Let me check the current policy.
p email: jpowell(at)example(dot)com
""", "jpowell@example.com policy none AACPL local", op="calvert", written=True)

la("CK-A145", PRATT, "Guest", "", """
p doing a report on the great baltimore fire of 1904 for 8th grade, need 3 sources
l Hi! Great topic. I'll find some for you. Email?
p z.brooks@example.com
""", "z.brooks@example.com research none - default", op="dana")

la("CK-A146", AUN, "Guest", "ed.p@example.com", """
p sorry my chat froze and i lost everything you typed, 2nd time today
p anyway where can i get the maryland 502 tax form printed
l Sorry about the freezing! Let me look that up again.
""", "= other none - quality", op="kent")

la("CK-A147", AUN, "Guest", "", """
p my employer hasnt paid me overtime for 3 months, what are my rights
l I'm sorry. Where do you live?
p laurel, delaware
p cory.d@example.net
""", "cory.d@example.net research law - law", op="howard")

la("CK-A148", STEV, "Guest", "m.tran@example.com", """
p are the study rooms open during spring break
l Hi! I'll check the break hours.
""", "= policy none STEVENSON local", op="sue")

la("CK-A149", TOWSON, "Guest", "", """
p ebook only lets me view 10 pages at a time??
l Hi! Some e-books limit pages. Which title?
l Would you like me to email you options?
p nah
""", "- access none TOWSON no-email", op="cecil")

la("CK-A150", AUN, "Guest", "", """
p do you have sanborn maps for havre de grace from the 1910s? my house is on union ave
l Hi! Those are fascinating. Is this your house?
p yes we live there
p k.dorsey@example.org
""", "k.dorsey@example.org research specialist HARFORD local", op="calvert")

la("CK-A151", AUN, "Guest", "", """
p my kid spilled juice on a library book what do i do
p we go to the lusby library
l Don't worry! Staff will let you know. Email?
p amber.t@example.com
""", "amber.t@example.com circulation none CALVERT local", op="dana")

la("CK-A152", AUN, "Guest", "june.w@example.net", """
p my husband had a stroke and cant hold a book or turn pages anymore. he used to read every night
l I'm so sorry. There are services made for this. Where do you live?
p ocean pines
""", "= policy print-disability WORCESTER print-disability", op="howard")

la("CK-A153", AUN, "Guest", "", """
p im a student at frostburg state but home for the summer. can i use my school login for databases from home?
l Hi! Usually yes. I'll have Frostburg follow up.
p bk.fsu@example.com
""", "bk.fsu@example.com access none FSU local", op="kent")

la("CK-A154", AUN, "Guest", "", """
p whats the population of maryland in the 2020 census by county
l Hi! I can send you the table. Email?
p nico.p@example.org
""", "nico.p@example.org research none - default", op="sue")

la("CK-A155", AUN, "Calvert Reed", "c.reed@example.com", """
p can i get a library card online
l Hi Calvert! It depends on the library. Where do you live?
p just moved, still figuring it out
""", "= policy none - default", op="sue")

la("CK-A156", AUN, "Guest", "", """
p last librarian i chatted with hung up on me in the middle of my question
p i need to find my property tax assessment
l I'm sorry about that. Where do you live?
p chestertown
p h.boyd@example.org
""", "h.boyd@example.org research none KENT quality", op="calvert")

la("CK-A157", AUN, "Guest", "", """
p my screen reader doesnt read the pages in the libby app. im low vision
p severna park
l I'm sorry! There are accessible options. Email?
p dave.k@example.com
""", "dave.k@example.com access print-disability AACPL print-disability", op="dana")

la("CK-A158", FROST, "Guest", "", """
p my roommate signed the lease and now she's moving out, am i stuck paying her half?
l Hi! That's a legal question, but I can find resources. Email?
p jroomie@example.net
""", "jroomie@example.net research law FSU law", op="howard")

la("CK-A159", AUN, "Guest", "", """
p trying to trace my family back through freedmens bureau records
p i live in leonardtown, family's been here forever
l Wonderful project! A genealogy librarian can follow up. Email?
p a.thompson@example.org
""", "a.thompson@example.org research specialist SMCLD local", op="kent")

la("CK-A160", AUN, "Guest", "", """
p do u have passport services
l Hi! Some branches do. Where are you?
p my email is mpatel@example
s Guest has left the chat
""", "- other none - no-email", op="cecil")

la("CK-A161", AUN, "Guest", "", """
p how do i renew my card, it expired. im in aberdeen
l Hi! I'll have staff follow up. Email?
p lee.j@example.con
p oops .com
""", "lee.j@example.com circulation none HARFORD local", op="sue", written=True)

la("CK-A162", AUN, "Guest", "", """
p are there free tax prep sessions at the library? im in essex
l Hi! Yes, some branches host them. You can also write to me at dana.q@example.org
p k thx
""", "- other none BCPL no-email", op="dana")

la("CK-A163", UMBC, "Guest", "tfolau@example.com", """
p need articles on microplastics in the chesapeake, scholarly
l Hi! Try this search in our discovery tool.
p the link goes nowhere
l Try this one instead.
s Chat ended by operator
""", "= research none UMBC quality", op="cecil", rating="1",
   drawn="= access none UMBC quality",
   comment="librarian kept sending links that didnt work and then ended the chat on me")

la("CK-A164", AUN, "Guest", "vera.n@example.net", """
p my hold says ready for pickup but the crofton library says they cant find it
l Hi, sorry for the wait! Let me look into that.
""", "= circulation none AACPL quality", op="calvert", rating="1",
   comment="waited 20 min for someone to answer and then it disconnected twice")

la("CK-A165", UMBC, "Guest", "o.dunn@example.org", """
p need the genealogy of morals ebook for phil 101, it says all copies in use
l Hi! That e-book has one user at a time. I can request another copy.
""", "= access none UMBC local", op="howard")

la("CK-A166", AUN, "Guest", "", """
p hi my grandson wants the book "wills of the world" idk if thats right
p we live in parkville
l Hi! I'll search for it. Email?
p nana.b@example.com
""", "nana.b@example.com circulation none BCPL local", op="kent")

la("CK-A170", AUN, "Guest", "", """
p what time does the library close
l Hi! Which library?
p nvm found it
""", op="sue", status=ANS)

la("CK-A171", TOWSON, "Guest", "", """
p hi is anyone there
""", op=None, status=LOST)

la("CK-A172", AUN, "Guest", "dk@example.com", """
p how do i reset my pin
l Hi! Use the forgot PIN link on the login page.
p got it thx
""", op="cecil", status=ANS)

la("CK-A173", PRATT, "Guest", "", """
p question about my fines
s Guest has left the chat
""", op=None, status=LEFT)

la("CK-A174", STEV, "Guest", "", """
p how do i find peer reviewed articles
l Hi! Use the peer reviewed filter on the left.
p ok ty
""", op="calvert", status=ANS)

la("CK-A175", AUN, "Guest", "", """
p test
""", op=None, status=LOST)

la("CK-A176", UMBC, "Guest", "", """
p where is the kuhn library quiet floor
l Hi! It's the 4th floor.
""", op="dana", status=ANS)

la("CK-A177", AUN, "Guest", "", """
p can i return books from another county to my library
l Hi! Usually yes, within Maryland. Anything else?
p no thats it ty
""", op="howard", status=ANS)


# ---------------------------------------------------------------------------------------------
# LibraryH3lp-style JSON Lines chats (kN_h3lp_msgs.jsonl)
# ---------------------------------------------------------------------------------------------

hm("CK-B201", AUN, "4105550132", None, """
p hi can u renew my bks
l Hi! This is Will with AskUsNow!. Which library are the books from?
p hoco the elkridge one
l Renewals need your card number, which we can't take by text. Do you have an email?
p kbriggs@example.com
l Thanks, Howard County will follow up by email.
""", "kbriggs@example.com circulation none HCLS local")

hm("CK-B202", AUN, "web.ca:8f3a1c2d", None, """
p Hello, I'm researching my great-grandfather who worked on the B&O railroad in Cumberland around 1900. are there employee records?
l Hi! Where are you writing from?
p Ontario, Canada actually
l I'll pass this to a specialist at the Pratt who knows the railroad collections. What email should they use?
p m.tremblay@example.con
l That address didn't come through right, could you type it again?
p m.tremblay@example.org sorry
""", "m.tremblay@example.org research specialist - specialist", op="ola")

hm("CK-B203", PRATT, "4435550178", None, """
p the chat keeps droppin me this is the 3rd time
l Sorry about that! I'm Ola at the Pratt. What were you looking for?
p just library hours for sunday
s Guest has left the conversation
""", "- policy none - no-email", op="ola", protocol="twilio")

hm("CK-B204", AUN, "4105550147", None, """
p how do i check out a hotspot theyre all on hold at my branch
l Hi! This is Will with AskUsNow!. Which branch?
p dundalk
l You can get on the hold list with your card. Do you have an email for follow-up?
p none
""", "- circulation none BCPL no-email")

hm("CK-B205", AUN, "web:3c9e71aa", None, """
p got a court date for failure to pay rent, its next tuesday. what happens at it
l Hi, I'm sorry you're dealing with this. Where do you live?
p hagerstown
l A law librarian can follow up with resources. What's your email?
p tasha.m@example.com
""", "tasha.m@example.com research law WCFL law")

hm("CK-B206", AUN, "3015550163", None, """
p my mom is legally blind wants audio bks how
l Hi! There's a free program for that. Where does she live?
p cumberland w me
p d.kline@example.net
""", "d.kline@example.net policy print-disability ALLEGANY print-disability", op="mkim")

hm("CK-B207", PRATT, "web:a41b09c3", "bo.carter@example.org", """
p i live in remington, is the central library open on sunday?
l Hi! I'm Ola at the Pratt. Let me double-check this weekend's hours.
""", "= policy none EPFL local", op="ola")

hm("CK-B208", AUN, "2405550119", None, """
p can i print from my phone at the library
p gaithersburg
l Hi! Most branches have mobile printing. Can I email you the steps?
p no email pls just text
""", "- other none MCPL no-email", protocol="twilio")

hm("CK-B209", AUN, "web.ca:77d0e2f1", None, """
p Hello from Toronto. Looking for my grandfather's naturalization papers, he came through Baltimore in 1923
l Hello! That's a great genealogy question. What email should a specialist use?
p h.kowalski@example.com
""", "h.kowalski@example.com research specialist - specialist", op="sam")

hm("CK-B210", AUN, "web:c0ffee12", "jj.troll@example.net", """
p do u have anything on fly fishing
l Hi! Sure, let me search.
p hurry up. why are u so stupid
l I'm going to end this chat now. Please be respectful when you contact us.
s will@chat.libraryh3lp.com has left the conversation
""", "= research none - quality")

hm("CK-B211", HOWARD, "web:5e2d8b10", "ravi.s@example.com", """
p my hold at the savage branch has said in transit for 2 weeks
l Hi! I'll ask the branch to track it down.
""", "= circulation none HCLS local", op="mkim")

hm("CK-B212", AUN, "4435550126", None, """
p can u renew the firm by john grisham its due tmrw
p my card is from pratt
l Hi! I'll ask Pratt staff to renew it. Email?
p tdavis@example.com
""", "tdavis@example.com circulation none EPFL local", op="ola")

hm("CK-B213", AUN, "web:91d3a7e4", "gwen.a@example.org", """
l Hi, I'm Laurel from Frederick County Public Libraries, covering the statewide queue tonight.
p hi laurel. how do i read old washington post articles from home?
l Many libraries have a newspaper database. Which library card do you have?
p i dont have one yet
""", "= access none - default", op="laurel")

hm("CK-B214", AUN, "web:2b6f4d90", None, """
p is there a limit to how many libby holds i can have
p i'm in pasadena
l Hi! It depends on the library. Email for follow-up?
p jo dot lee at example dot com
""", "jo.lee@example.com policy none AACPL local", written=True)

hm("CK-B215", AUN, "4105550180", None, """
p need help w my custody papers for court in towson
l Hi! I can point you to self-help resources. Email?
p lmoore@example.com
""", "lmoore@example.com research law - law")

hm("CK-B216", PRATT, "web:0a7c3e55", "c.hayes@example.net", """
p Do you have the 1940s Baltimore city directories? trying to find where my grandmother lived
l Hi! We do. I'll pass this to our genealogy staff to follow up.
""", "= research specialist - specialist", op="ola")

hm("CK-B217", AUN, "web:d4e8f1a2", "p.oduya@example.org", """
p I was told on Friday that someone from Howard County would email me about my fine. Still nothing.
l I'm sorry that didn't happen. Let me send this on again.
p It's been almost a week. Howard County is my library.
""", "= circulation none HCLS quality", op="laurel")

hm("CK-B218", AUN, "2405550152", None, """
p is the library open on easter
p hyattsville
l Hi! Let me check. Email?
p no email sorry
""", "- policy none PGCMLS no-email", protocol="twilio")

hm("CK-B219", AUN, "web:6b1e2c7d", "ruth.g@example.com", """
p I have MS and my hands shake too much to hold a book. Can I get books read to me?
l I'm sorry! Yes, there are services. Where do you live?
p Bel Air
""", "= policy print-disability HARFORD print-disability", op="mkim")

hm("CK-B220", AUN, "web:ee31a0b4", None, """
p hi im looking for a good biography of harriet tubman for my book club
l Hi! There are several. I'll email you a short list.
p bookworm.kia@example.com
""", "bookworm.kia@example.com research none - default")

hm("CK-B221", AUN, "4105550194", None, """
p my libby keeps saying card not valid
p i use the carroll county one
p sg.white@example.net
l Thanks! Carroll staff will check your card.
""", "sg.white@example.net access none CARROLL local")

hm("CK-B222", AUN, "web:7f22c1d8", None, """
p Hi, I'm in Westminster, Colorado, doing a school project on the Chesapeake oyster wars
l Fun topic! I'll find sources. Email?
p tyler.o@example.com
""", "tyler.o@example.com research none - default", op="sam")

hm("CK-B223", FRED, "web:48b0d6e3", "m.ruiz@example.org", """
p who is eligible for the homebound delivery service
l Hi! I'm Laurel with FCPL. Let me get the details for you.
""", "= policy none FCPL local", op="laurel")

hm("CK-B224", AUN, "web:b9a2e5f0", None, """
p is the praisner library doing the seed library again this spring
l Hi! I'll check. Email?
p lena.f@example.com
""", "lena.f@example.com policy none MCPL local", op="mkim")

hm("CK-B225", AUN, "4105550111", None, """
p sorry kept getting disconnected
p i need my pin reset
p glen burnie
l Sorry about the disconnects! What's your email?
p kwame.a@example.com
""", "kwame.a@example.com circulation none AACPL quality")

hm("CK-B226", AUN, "web:13579bdf", "ellie.n@example.org", """
p My landlord won't fix the mold and I want to hold back rent, can I?
l Hi! Where do you live?
p Hampden, in the city
""", "= research law EPFL law", op="ola")

hm("CK-B227", AUN, "web:2468ace0", "f.oconnell@example.net", """
p what were the names of the ships that brought irish immigrants to locust point
l Great question for our Maryland history specialist. Where are you writing from?
p ohio
l I'll pass it on to them.
""", "= research specialist - specialist", op="will")

hm("CK-B228", AUN, "4435550107", None, """
s No librarian is available right now. Please leave your email and a librarian will follow up within 72 hours.
p whats the number for the library in my town
p ace.h@example.com
""", "ace.h@example.com other none - default", op=None)

hm("CK-B229", AUN, "web:f00d4c2e", "s.gomez@example.org", """
p I teach 4th grade in Frederick, Oklahoma. Do any Maryland libraries loan a Maryland history kit?
l Hi! Some do. I'll find out.
""", "= policy none - default", op="sam")

hm("CK-B230", AUN, "web:3e5a7c9b", "a.mensah@example.com", """
p im a nursing student at stevenson and cant get into uptodate from off campus
l Hi! I'll have Stevenson's library follow up.
""", "= access none STEVENSON local")

hm("CK-B231", AUN, "3015550171", None, """
p my daughter is dyslexic, r there free audiobooks she can get for school
p we're in laurel
l Hi! Yes, she may qualify. Email?
p vj.patel@example.com
""", "vj.patel@example.com policy print-disability PGCMLS print-disability", protocol="twilio")

hm("CK-B232", PRATT, "web:8d6f4b2a", "derek.y@example.org", """
p im in york pa. my grandma is in a nursing home in baltimore and has glaucoma, can barely see. can she get books she can use?
l Hi! Yes, there's a free service for her. I'll email details.
""", "= policy print-disability - print-disability", op="ola")

hm("CK-B233", AUN, "web:1a3c5e7f", "gina.l@example.net", """
p how do i get something notarized, the website says appointment
p in ellicott city
l Hi! I'll check the branch schedule.
""", "= other none HCLS local", op="mkim")

hm("CK-B234", AUN, "4105550168", None, """
p lost my library card need a new 1
p balt co
l Hi! Do you have an email?
p none
""", "- circulation none BCPL no-email")

hm("CK-B235", AUN, "web:9b8a7c6d", None, """
p how do i get the nyt digital pass thru the library
p i'm in greenbelt
p rb.young@example.com
""", "rb.young@example.com access none PGCMLS local", op=None)

hm("CK-B236", AUN, "web:4c4c4c4c", "gl.ford@example.org", """
p i want to write a will, do i need a lawyer or can i do it myself
l Hi! I can share some resources.
""", "= research law - law", op="laurel")

hm("CK-B237", AUN, "web:5d5d5d5d", "m.shaw@example.net", """
p do you have all the light we cannot see on audiobook cd for my book club
p i use the towson branch
l Hi! Let me check.
""", "= circulation none BCPL local")

hm("CK-B238", AUN, "4435550133", None, """
p my boss took money from my check for a broken register
l Hi! That's a wage question. Do you have an email?
p dont have one
""", "- research law - no-email")

hm("CK-B239", AUN, "web:7e7e7e7e", None, """
l Hi, I'm Sam with the 24/7 Cooperative, I'm in Oregon. How can I help?
p looking for my great great grandfathers civil war pension file. i live in crisfield
l I'll pass this to a Maryland genealogy specialist. Email?
p darla.t@example.com
""", "darla.t@example.com research specialist SOMERSET local", op="sam")

hm("CK-B240", AUN, "web:abcdef01", "lou.b@example.org", """
p cant download an audiobook on hoopla. i live in frederick
l Hi! It looks like your messages are coming through blank on my end. I'll report this to our tech team.
p can u see this
""", "= access none FCPL quality", op="laurel")

hm("CK-B241", AUN, "web:10203040", None, """
p are there free events for kids this weekend
l Hi! Where do you live?
p mia.c@example.com just email me a list pls
""", "mia.c@example.com other none - default")

hm("CK-B242", AUN, "web:5a6b7c8d", "vs.kerr@example.net", """
p does ancestry library edition only work inside the library? i live in elkton
l Hi! Usually yes. I'll check.
""", "= access none CECIL local", op="mkim")

hm("CK-B243", AUN, "4105550155", None, """
p can i put a hold on the trial by kafka for my class
p im at aacc
p ls.aacc@example.com
""", "ls.aacc@example.com circulation none AACC local", op=None)

hm("CK-B244", MONT, "web:6e7f8091", "yuki.t@example.org", """
p my kid's card has a $30 fine for a lost dvd that we found and returned
l Hi! I'll have staff check.
""", "= circulation none MCPL local", op="mkim")

hm("CK-B245", AUN, "web:0f1e2d3c", "s.walsh@example.com", """
p who can use the talking book program? my aunt has cataracts
p im in annapolis, she lives with me
""", "= policy print-disability AACPL print-disability", op=None)

hm("CK-B246", PRATT, "4105550199", None, """
p is the waverly branch open today
l Hi! Yes until 8. Email?
p no email
""", "- policy none EPFL no-email", op="ola")

hm("CK-B247", AUN, "web:9f8e7d6c", "trail.ben@example.net", """
p looking for historic maps of the c&o canal near williamsport for my hiking blog. im in arlington va
l Hi! I'll pass this to a map specialist.
""", "= research specialist - specialist")

hm("CK-B248", AUN, "web:1b2c3d4e", "wanda.p@example.com", """
p how do i do interlibrary loan with my harford county card
l Hi! I'll send the link.
""", "= access none HARFORD local", op="mkim")

hm("CK-B249", AUN, "4435550144", None, """
p u people r useless
p whatever
s The guest has left the conversation
""", "- other none - no-email", op=None)

hm("CK-B250", AUN, "web:e1e2e3e4", None, """
p the sign in link https://example.org/login?user=pat.kim@example.org doesnt work for hoopla
l Hi! Let me check. What email should we use?
p pkim22@example.com
""", "pkim22@example.com access none - default")

hm("CK-B251", AUN, "web.ca:4a4b4c4d", None, """
p hi, my name is Howard. I'm in Cambridge, Ontario, can I use Maryland library ebooks?
l Hi Howard! You'd need a Maryland card. I'll email options.
p howard.r@example.com
""", "howard.r@example.com policy none - default", op="sam")

hm("CK-B252", AUN, "3015550188", None, """
p need deed 4 my moms house she passed, its still in her name. we live in la plata
p jw.carter@example.com
l Sorry for your loss. A law librarian can follow up.
""", "jw.carter@example.com research law CHARLES law")

hm("CK-B253", AUN, "web:aa55aa55", "n.gray@example.org", """
p do u have the book the accidental tourist in large print? it's for me, my eyes are going
p im in columbia, md
""", "= circulation print-disability HCLS print-disability", op=None)

hm("CK-B260", AUN, "4105550123", None, """
p is the library open today
l Hi! Which one?
p nvm
""", status=ANS)

hm("CK-B261", AUN, "web:77777777", None, """
p hello?
""", op=None, status=LOST)

hm("CK-B262", PRATT, "web:88888888", None, """
p do you have wifi at the central library
l Yes! It's free.
""", op="ola", status=ANS)

hm("CK-B263", AUN, "4435550166", None, """
p what is my card number
s The guest has left the conversation
""", op=None, status=LEFT)

hm("CK-B264", AUN, "web:99999999", None, """
p are you a real person
l Yes! I'm Will.
p cool bye
""", status=ANS)

hm("CK-B265", AUN, "web:abababab", None, """
p need help
""", op=None, status=LOST)

hm("CK-B266", HOWARD, "web:cdcdcdcd", None, """
p where do i return a laptop
l At any desk. Thanks!
""", op="mkim", status=ANS)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def first_patron_line(lines):
    return next(text for _, code, text in lines if code == "p")


LA_COLUMNS = ["Chat ID", "Created", "Queue", "Guest Name", "Guest Email", "Operator",
              "Initial Question", "Wait (s)", "Duration (s)", "Rating", "Rating Comment",
              "Outcome", "Transcript"]
LA_LINE = re.compile(r"^(0[1-9]|1[0-2])/([0-2]\d|3[01])/2026 (0[1-9]|1[0-2]):[0-5]\d:[0-5]\d "
                     r"(AM|PM) - ([^:]+): (.*)$")


def us_created(t):
    t = t.astimezone(NY)
    return f"{t.month}/{t.day}/{t.year} {int(t.strftime('%I'))}:{t:%M} {t:%p}"


def la_line_time(t):
    return f"{t.astimezone(NY):%m/%d/%Y %I:%M:%S %p}"


def la_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    lines = timed_lines(c, "k")
    rng = random.Random("k-la-" + c["cid"])
    started = local_start(c["start"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    return {
        "Chat ID": c["cid"],
        "Created": us_created(started),
        "Queue": c["origin"],
        "Guest Name": c["patron"],
        "Guest Email": c["email"],
        "Operator": c["lib"] or "",
        "Initial Question": first_patron_line(lines),
        "Wait (s)": str(rng.randint(4, 95)) if c["lib"] else "",
        "Duration (s)": str(int((ended - started.astimezone(UTC)).total_seconds())),
        "Rating": c["rating"],
        "Rating Comment": c["comment"],
        "Outcome": c["status"],
        "Transcript": "\r\n".join(f"{la_line_time(t)} - {names[code]}: {text}"
                                  for t, code, text in lines),
    }


def la_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LA_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for c in by_start(chats):
        w.writerow(la_record(c))
    return "\ufeff" + buf.getvalue()


HM_KEYS = ["id", "started", "queue", "protocol", "guest", "operator", "email", "resolution",
           "tags", "messages"]


def utc_ms(t, ms):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def hm_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "system"}
    lines = timed_lines(c, "k")
    rng = random.Random("k-hm-" + c["cid"])
    return {
        "id": c["cid"],
        "started": utc_ms(local_start(c["start"]), rng.randint(0, 999)),
        "queue": c["origin"],
        "protocol": c["protocol"],
        "guest": c["patron"],
        "operator": c["lib"],
        "email": c["email"] or None,
        "resolution": c["status"],
        "tags": c["tags"],
        "messages": [{"created_at": utc_ms(t, rng.randint(0, 999)), "author": names[code],
                      "body": text} for t, code, text in lines],
    }


def hm_text(chats):
    return "".join(json.dumps(hm_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("libanswers", "csv", LA, la_text), ("h3lp_msgs", "jsonl", HM, hm_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("k", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: k1 (the development half, whose misses were read and
    fixed by kind) trains the category model, k2 stays held out."""
    return "train" if name.startswith("k1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "k", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
# Guest and operator JIDs are the chat system's, not e-mail addresses.
JID_DOMAINS = ("libraryh3lp.com",)
JID_RE = re.compile(r"^(\d{3}555\d{4}@sms|\+1\d{3}555\d{4}@twilio|[0-9a-f]{6,12}@web(\.ca)?)"
                    r"\.libraryh3lp\.com$")


def is_address(s):
    return bool(EMAIL_RE.match(s)) and not s.endswith(JID_DOMAINS)


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
    out = []
    if style == "libanswers":
        raw = path.read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf"):
            raise ValueError("no UTF-8 byte-order mark")
        text = raw[3:].decode("utf-8")
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            raise ValueError("a line end that is not CRLF")
        if not text.endswith("\r\n"):
            raise ValueError("records do not end with CRLF")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if reader.fieldnames != LA_COLUMNS:
            raise ValueError(f"columns {reader.fieldnames}")
        for r in reader:
            cid = r["Chat ID"]
            datetime.strptime(r["Created"], "%m/%d/%Y %I:%M %p")
            if r["Created"].startswith("0"):
                raise ValueError(f"{cid}: Created {r['Created']!r} has a leading zero")
            lines = []
            staff = {r["Operator"], "System"} - {""}
            for piece in r["Transcript"].split("\r\n"):
                m = LA_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(5)
                if who != r["Guest Name"] and who not in staff:
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, m.group(6)))
            out.append({"id": cid, "patron": r["Guest Name"], "email": r["Guest Email"],
                        "lines": lines})
        return out
    text = read_text(path)
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    if not text.endswith("\n"):
        raise ValueError("the last record does not end with LF")
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        if list(r) != HM_KEYS:
            raise ValueError(f"keys {list(r)}")
        cid = r["id"]
        if not re.match(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", r["started"]):
            raise ValueError(f"{cid}: started {r['started']!r}")
        if not JID_RE.match(r["guest"]):
            raise ValueError(f"{cid}: guest {r['guest']!r}")
        if r["protocol"] != r["guest"].split("@")[1].split(".")[0]:
            raise ValueError(f"{cid}: protocol {r['protocol']!r} for {r['guest']!r}")
        lines = []
        for m in r["messages"]:
            if list(m) != ["created_at", "author", "body"]:
                raise ValueError(f"{cid}: message keys {list(m)}")
            datetime.strptime(m["created_at"], "%Y-%m-%dT%H:%M:%S.%fZ")
            if m["author"] not in (r["guest"], r["operator"], "system"):
                raise ValueError(f"{cid}: a message from {m['author']!r}")
            lines.append((m["author"], m["body"]))
        out.append({"id": cid, "patron": r["guest"], "email": r["email"], "lines": lines})
    return out


def check_all():
    problems = []
    chats = LA + HM
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CK-"):
            problems.append(f"{cid}: chat id without the CK- prefix")
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
        if c.get("phone") and not re.match(r"^\d{3}555\d{4}$", c["phone"]):
            problems.append(f"{cid}: phone {c['phone']!r} is not a 555 number")
        for _, text in lines_of(c):
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD + JID_DOMAINS):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and "@" in c["email"] and not c["email"].lower().strip().endswith(
                ALLOWED_DOMAINS + JID_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, json.JSONDecodeError, csv.Error),
                                   check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", LA + HM), ("libanswers", LA), ("h3lp_msgs", HM)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", LA + HM))
    sms_n = sum(1 for c in LA + HM if c["label"] and c["sms"])
    return labels_table(cols, LA + HM, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("k_build", all_texts, check_all, counts))
