#!/usr/bin/env python3
"""Writes and checks the "s" part of aun's labelled corpus (s1 in train/, s2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at"). Chats whose resolution is not "Follow Up By Patron Library"
carry no label and get no labels row. Where the patron asks two things, the category (and
subject need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian.

Two export styles, each split in two halves with the same mix (s1 and s2):
  sN_h3lp_cr.csv   a LibraryH3lp transcript CSV as its admin report downloads it: columns
                   `id,queue,protocol,guest,operator,started,duration,transcript,resolution`
                   (`started` like `2026-04-02 14:05:33`, New York time, no zone; `queue` the
                   statewide queue `maryland-askusnow` or Pratt's `pratt-askusnow`; `protocol`
                   `web` or `sms`; `guest` a JID: `<hex>@web.libraryh3lp.com`,
                   `<hex>@web.ca.libraryh3lp.com`, or `+1NNN555NNNN@sms.libraryh3lp.com`;
                   `operator` `name@chat.libraryh3lp.com`, empty when no one answered;
                   `duration` seconds; no e-mail column). The transcript's messages `HH:MM:SS
                   <jid>: text` (24-hour New York clock) are separated by a carriage return
                   alone (`\r`); a field holding `\r`, `"` or `,` is quoted (`""` for a quote);
                   rows end with `\r\n`. The follow-up code is in the `resolution` column, the
                   name aun maps (a trial showed that a `tags` column is not read).
  sN_qp_html.json  a QuestionPoint-like JSON array of sessions: `Question ID`, `Date`
                   (`04/02/2026 02:05 PM`, New York), `Library` (the origin account), `Patron
                   Email` (an address, "" or null), `Patron` (`Guest NNNN` or a typed name),
                   `Resolution`, `Transcript`: one HTML string, each message
                   `<p><b>Patron:</b> text</p>` or `<p><b>Librarian (Name):</b> text</p>`, the
                   text HTML-escaped (`&amp;`, `&#39;`, `&quot;`, `&lt;`, `&gt;`), no line end.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then s1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/s_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/s_build.py --check   (writes nothing: fails when a file
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
    ANY_ADDRESS, is_address,
    address_problems, export_texts, half_files, label_row, labels_csv, labels_table, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
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
HCLS = "Howard County Library System"
FSU = "Frostburg State University"
H_AUN = "maryland-askusnow"
H_PRATT = "pratt-askusnow"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {HCLS: "HCLS", FSU: "FSU"}

H3 = []  # the LibraryH3lp CSV chats
QP = []  # the QuestionPoint-like JSON chats

# Two of each style's staff have first names that are Maryland town names (Laurel, Easton).
H3_STAFF = {"laurel": "laurel", "devon": "devon", "marisol": "marisol", "easton": "easton"}
QP_STAFF = {"rosa": "Rosa", "laurel": "Laurel", "brooklyn": "Brooklyn", "priya": "Priya"}


def _start(n, seed):
    """The n-th chat of a style starts on a spring 2026 day (New York), between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 4, 2) + timedelta(days=(n * 3) // 8)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def h3(cid, queue, guest, t, label=None, op="laurel", status=FU, written=False):
    """A chat of the LibraryH3lp CSV. guest: "" a web guest, "ca" a web.ca guest, or an
    11-digit 555 number for an SMS guest."""
    rng = random.Random("s-h3-guest-" + cid)
    sms = guest.isdigit()
    if sms:
        jid = f"+{guest}@sms.libraryh3lp.com"
    else:
        sub = "web.ca" if guest == "ca" else "web"
        jid = "%010x@%s.libraryh3lp.com" % (rng.getrandbits(40), sub)
    H3.append(dict(cid=cid, start=_start(len(H3), "s-h3-" + cid), origin=queue, patron=jid,
                   email=None, t=t, label=label,
                   lib=(H3_STAFF[op] + "@chat.libraryh3lp.com") if op else None,
                   status=status, written=written, sms=sms))


def qp(cid, library, patron, email, t, label=None, op="rosa", status=FU, written=False):
    """A chat of the QuestionPoint-like JSON. patron: the name typed (empty: `Guest NNNN`);
    email None is null, "" an empty string."""
    rng = random.Random("s-qp-name-" + cid)
    QP.append(dict(cid=cid, start=_start(len(QP), "s-qp-" + cid), origin=library,
                   patron=patron or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=QP_STAFF[op] if op else None, status=status,
                   written=written, sms=False))

# ---------------------------------------------------------------------------------------------
# The LibraryH3lp CSV (sN_h3lp_cr.csv): the statewide queue and Pratt's
# ---------------------------------------------------------------------------------------------

h3("CS-H101", H_AUN, "", """
p how many books can u check out at once? is there a limit on dvds too
l Hi, this is Laurel. Limits differ a little by library system. Which one do you use?
p i go to a few diff ones, just want a general idea
p rona.pike@example.com
""", "rona.pike@example.com policy none - default")

h3("CS-H102", H_AUN, "", """
p two books on my account say overdue but i put them in the catonsville book drop last tuesday
l I'm sorry about that. I'll pass this to Baltimore County Public Library so they can check your account. What email should they use?
p wes.harlan@example.net
""", "wes.harlan@example.net circulation none BCPL local", op="devon")

h3("CS-H103", H_AUN, "ca", """
p does howard county still do late fines? we just moved to ellicott city and my kids are always late with books
l I'll have Howard County Library System send you their current policy. Email?
p meg.ostrow@example.org
""", "meg.ostrow@example.org policy none HCLS local", op="marisol")

h3("CS-H104", H_AUN, "", """
p my library card expired last month, can i renew it online or do i have to go in? its a moco card
l I'll send this to Montgomery County Public Libraries so they can renew it. Email?
p j.bello@example.com
""", "j.bello@example.com circulation none MCPL local", op="easton")

h3("CS-H105", H_AUN, "", """
p can someone staying in a shelter get a library card? they dont have a lease or any bills
l Many systems accept a letter from the shelter. Which county is it in?
p not sure yet, im a case worker asking for several clients around the state
p you can reach me at d.amani@example.org
""", "d.amani@example.org policy none - default")

h3("CS-H106", H_AUN, "", """
p i want to borrow one of the wifi hotspots but glen burnie says theyre all out. can i get on the waitlist for one
l I'll ask Anne Arundel County Public Library to place a hold on a hotspot for you. Email?
p tmerritt@example.com
""", "tmerritt@example.com circulation none AACPL local", op="devon")

h3("CS-H107", H_AUN, "", """
p how do i get my new chromebook onto my home wifi, it keeps saying wrong password
l I can send some steps for Chromebooks. What's your email?
p lee.sandoval@example.net
""", "lee.sandoval@example.net other none - default", op="marisol")

h3("CS-H108", H_AUN, "", """
p i borrowed a laptop from the bowie branch, due friday. can i keep it another week?
l I'll ask Prince George's County Memorial Library System whether it can be renewed. Email?
p kofi.mensah@example.com
""", "kofi.mensah@example.com circulation none PGCMLS local", op="easton")

h3("CS-H109", H_AUN, "", """
p libby wont let me borrow anything, says i reached my limit but i only have 1 book out
l Which library card is in Libby?
p it just says maryland digital ebook library? idk
p nadia.frost@example.org
""", "nadia.frost@example.org access none - default")

h3("CS-H110", H_AUN, "", """
p i need the number of people in maryland without health insurance, by county if possible, for a policy brief at work
l I'll look for census tables and send them. Email?
p b.castellanos@example.com
""", "b.castellanos@example.com research none - default", op="devon")

h3("CS-H111", H_AUN, "", """
p how do i cite a youtube video in apa 7? my stevenson nursing prof is super strict
l I'll send an example with the parts in order. Email?
p c.ruiz@example.net
""", "c.ruiz@example.net research none STEVENSON local", op="marisol")

h3("CS-H112", H_AUN, "", """
p do any libraries near me have a notary? i need a form notarized this week
l Where are you located?
p york pa, i just work in maryland
l OK, I'll look into it and email you. Address?
p gh.palmer@example.com
""", "gh.palmer@example.com other none - default", op="easton")

h3("CS-H113", H_AUN, "", """
p can i print from my phone to the westminster library printer and pick it up later
l I'll have Carroll County Public Library send the steps. Email?
p ines.walsh@example.org
""", "ines.walsh@example.org other none CARROLL local")

h3("CS-H114", H_AUN, "", """
p how do we reserve the meeting room at the eldersburg branch for our garden club? is there a fee
l Carroll County Public Library can send you the room policy and form. Email?
p garden club email is shadygrove.gc@example.net
""", "shadygrove.gc@example.net policy none CARROLL local", op="devon")

h3("CS-H115", H_AUN, "", """
p wat time does c burr artz open on sundys
l Hi, I'm Easton. Let me have Frederick County Public Libraries confirm the Sunday hours for you. Email?
p ty. pmoyo@example.com
""", "pmoyo@example.com policy none FCPL local", op="easton")

h3("CS-H116", H_AUN, "", """
p visiting baltimore next week from philly. how do i get from penn station to the central pratt library by bus?
l I'll send you the route. Email?
p sam.ortiz@example.com
""", "sam.ortiz@example.com other none - default", op="marisol")

h3("CS-H117", H_AUN, "", """
p moved out 6 weeks ago and still no deposit back. landlord wont answer my texts. what can i do
l A law librarian can send you Maryland's rules on security deposits. Email?
p ajoyner@example.net
""", "ajoyner@example.net research law - law")

h3("CS-H118", H_AUN, "", """
p my ex wants to move to texas with our daughter. does he need my ok for that
l That's a legal question; the State Law Library can follow up by email. What's your email?
p no thanks, ill call them myself
""", "- research law - no-email", op="devon")

h3("CS-H119", H_AUN, "", """
p my grandfather cant see newspaper print anymore even with his glasses. is there some service that sends books he can listen to? what does he need to sign up
l Yes, Maryland has a talking books library. I'll have them send the application. Email?
p rpatel.fam@example.com
""", "rpatel.fam@example.com policy print-disability - print-disability", op="marisol")

h3("CS-H120", H_AUN, "", """
p my son is dyslexic and his school said he can get audio versions of books through the library for the blind
p we got signed up but how do we log in to the download site? it keeps rejecting his password
l I'll have the Library for the Blind and Print Disabled reset it. Email?
p hwong.family@example.org
""", "hwong.family@example.org access print-disability - print-disability", op="easton")

h3("CS-H121", H_AUN, "", """
p trying to find my great-grandmother's naturalization papers, she came through the port of baltimore around 1905
l A genealogy specialist can help with that. What's your email?
p marta.kowal@example.org
""", "marta.kowal@example.org research specialist - specialist")

h3("CS-H122", H_AUN, "ca", """
p im in columbus ohio but my family were coal miners around frostburg in the 1890s. where would mine employment records be?
l I'll pass this to a specialist in historical records. Email?
p dwyer.joe@example.net
""", "dwyer.joe@example.net research specialist - specialist", op="devon")

h3("CS-H123", H_AUN, "", """
p i live in hagerstown and want old photos or records of the house on my street, it was built around 1890
l Local history records are a good fit for a specialist. Email?
p alma.reese@example.com
""", "alma.reese@example.com research specialist WCFL local", op="marisol")

h3("CS-H124", H_AUN, "", """
p the librarian i chatted with an hour ago ended the chat on me while i was still typing. really rude
l I'm sorry that happened. I'll report it so it can be reviewed. Is there an email in case they follow up?
p f.obi@example.com
""", "f.obi@example.com other none - quality", op="easton")

h3("CS-H125", H_AUN, "", """
p i asked 5 days ago for a list of ww2 veterans from my town and nobody ever emailed me like they said
p still need it. my town is taneytown
l I'm sorry it wasn't answered; I'll report that. What email should we use?
p ed.burkett@example.net
""", "ed.burkett@example.net research specialist CARROLL quality")

h3("CS-H126", H_AUN, "", """
p can i get a book the library doesnt own? someone said interlibrary loan
p its for my dissertation, im a grad student at umbc
l Yes, UMBC's library can request it for you. Email?
p ana.sokol@example.org
""", "ana.sokol@example.org access none UMBC local", op="devon")

h3("CS-H127", H_AUN, "", """
p off campus the database login keeps looping back to the sign in page
l Which school are you with?
p frostburg state
l I'll have their library check the proxy. Email?
p rkline3@example.com
""", "rkline3@example.com access none FSU local", op="marisol")

h3("CS-H128", H_AUN, "", """
p my 7th grader needs 3 facts about chesapeake bay blue crabs for science, where can we look
l I'll send some kid-friendly sources. Email?
p hollis.k@example.com
""", "hollis.k@example.com research none - default", op="easton")

h3("CS-H129", H_PRATT, "", """
p where can i read articles about the 1968 riots in baltimore
l The library's ProQuest newspapers have the Sun from then. Here's the link.
p ok got it but it says my card number is invalid when i log in from home. its my pratt card
l I'll have Pratt check your card for remote access. Email?
p lamar.g@example.net
""", "lamar.g@example.net access none EPFL local")

h3("CS-H130", H_AUN, "", """
p can i bring my dog into the library? hes small and stays in a bag
l Rules vary; I'll check and email you. Address?
p penny.adair@example.com
""", "penny.adair@example.com policy none - default", op="devon")

h3("CS-H131", H_AUN, "", """
p forgot my pin for my harford county library card
l I'll ask Harford County Public Library to reset it. Email?
p cj.vance@example.org
""", "cj.vance@example.org circulation none HARFORD local", op="marisol")

h3("CS-H132", H_AUN, "", """
p my hold on the new grisham says in transit for 2 weeks now. is it lost? i pick up at the aberdeen branch
l I'll have Harford County check where it is. Email?
p lucille.b@example.com
""", "lucille.b@example.com circulation none HARFORD local", op="easton")

h3("CS-H133", H_AUN, "", """
p how long do u get to pick up a hold once its ready, in general? is it a week everywhere
l It varies by system; I'll email you a summary. Address?
p ocampo.r@example.net
""", "ocampo.r@example.net policy none - default")

h3("CS-H134", H_AUN, "14435550187", """
p does the library have a fax machine? need to fax 3 pages to my insurance
l Hi! Which library is closest to you? And is there an email for a follow-up?
p txt only no email
""", "- other none - no-email", op="devon")

h3("CS-H135", H_AUN, "12405550119", """
p r u open on memorial day
l Most libraries close on Memorial Day, but it depends on the system. Want an email with details?
p ok tam.ng@example.com
""", "tam.ng@example.com policy none - default", op="marisol")

h3("CS-H136", H_AUN, "", """
p i got a charge 8 yrs ago that was dropped but it still shows up when jobs run my background. can that come off? i live in laurel
l The State Law Library can explain expungement. Email?
p k.whitfield@example.com
""", "k.whitfield@example.com research law PGCMLS law", op="easton")

h3("CS-H137", H_AUN, "", """
p a contractor took a $2000 deposit and never showed up to build my deck. how do i take him to court over that
l The State Law Library can send you information on small claims court. Email?
p pete dot lyle at example dot net
""", "pete.lyle@example.net research law - law", written=True)

h3("CS-H138", H_AUN, "", """
p does the library have wheelchair accessible computer desks, and can i bring my service dog in
l I'll check the accessibility policy and email you. Address?
p m.okafor@example.org
""", "m.okafor@example.org policy none - default", op="devon")

h3("CS-H139", H_AUN, "", """
p im legally blind and use jaws. i need a few articles on the history of guide dogs for a talk, in a format my screen reader can read
l The Library for the Blind and Print Disabled can help with accessible formats. Email?
p v.hartman@example.net
""", "v.hartman@example.net research print-disability - print-disability", op="marisol")

h3("CS-H140", H_AUN, "", """
p are there any story times for toddlers this week in bel air
l I'll have Harford County Public Library send this week's schedule. Email?
p jess.t@example.com
""", "jess.t@example.com other none HARFORD local", op="easton")

h3("CS-H141", H_AUN, "", """
p who can sign up for the free esl classes? do you have to live in the county
p im in columbia md
l I'll have Howard County Library System send the eligibility details. Email?
p hyun.park@example.org
""", "hyun.park@example.org policy none HCLS local")

h3("CS-H142", H_AUN, "", """
p need to print a boarding pass today, can i do that at the library? im at home in rockville
l Montgomery County Public Libraries can send the printing steps. Email?
p nina.b@example.com
""", "nina.b@example.com other none MCPL local", op="devon")

h3("CS-H143", H_AUN, "", """
p looking for reliable info on managing type 2 diabetes for my mom, in spanish if possible
l I'll put together some sources in Spanish. Email?
p ortega.luz@example.net
""", "ortega.luz@example.net research none - default", op="marisol")

h3("CS-H144", H_AUN, "", """
p need help w my essay on the harlem renaissance its due tmrw pls
l Sure. I'll send some sources. Email?
p kbrown07@example.com
""", "kbrown07@example.com research none - default", op="easton")

h3("CS-H145", H_AUN, "", """
p waited 25 min for someone to answer this chat. ridiculous
l I'm sorry for the wait. I'll report it. Is there an email for a follow-up?
p dont bother
""", "- other none - no-email")

h3("CS-H146", H_AUN, "", """
p hoopla says i hit my monthly borrows and its only the 3rd. bcpl card
l I'll ask Baltimore County Public Library to look at your hoopla account. Email?
p ray.dunn@example.org
""", "ray.dunn@example.org access none BCPL local", op="devon")

h3("CS-H147", H_AUN, "", """
p theres a $12 charge on my card for a dvd case that was already cracked when i got it. can they take it off? i live in pikesville
l I'll have Baltimore County Public Library look at that charge. Email?
p g.adeyemi@example.com
""", "g.adeyemi@example.com circulation none BCPL local", op="marisol")

h3("CS-H148", H_AUN, "", """
p is there a charge to replace a lost library card? asking for my adult literacy class, a lot of them lose theirs
l It depends on the system; I'll email you what the larger ones charge. Address?
p teach.holloway@example.org
""", "teach.holloway@example.org policy none - default", op="easton")

h3("CS-H149", H_AUN, "", """
p i need the login for the consumer reports database from home. hoco library card
l Howard County Library System can send you the remote access steps. Email?
p amira.h@example.con
p sorry typo, amira.h@example.com
""", "amira.h@example.com access none HCLS local")

h3("CS-H150", H_AUN, "ca", """
p im in richmond virginia, looking for my civil war ancestor who fought at antietam, a maryland regiment
l A genealogy specialist can look at the service records. Email?
p tbrooks.va@example.com
""", "tbrooks.va@example.com research specialist - specialist", op="devon")

h3("CS-H151", H_AUN, "", """
p theres black mold in my apartment and the landlord says its my problem. can i hold rent? im in essex
l A law librarian at the State Law Library can follow up on rent escrow. Email?
p shonda.p@example.net
""", "shonda.p@example.net research law BCPL law", op="marisol")

h3("CS-H152", H_AUN, "", """
p how do i scan a document with my phone and send it as a pdf
l I'll email you the steps. Address?
p oliver.t@example.org
""", "oliver.t@example.org other none - default", op="easton")

h3("CS-H153", H_AUN, "", """
p libby app wont install on my kindle fire. my card is from the salisbury library
l Wicomico Public Library can help you set it up. Email?
p k.ennis@example.com
""", "k.ennis@example.com access none WICOMICO local")

h3("CS-H154", H_AUN, "", """
p im writing a book about the canneries on kent island in the 1920s and need original records or photos
l A local history specialist should help. Where do you live, and what's your email?
p dundalk. mhale@example.net
""", "mhale@example.net research specialist BCPL local", op="devon")

h3("CS-H155", H_AUN, "", """
p what time does the severna park library close today
l It closes at 8 tonight.
p ok and can i request a book from another state through them? its out of print
l Yes, through interlibrary loan; Anne Arundel County Public Library will follow up. Email?
p oscar.lind@example.com
""", "oscar.lind@example.com access none AACPL local", op="marisol")

h3("CS-H156", H_AUN, "", """
p my libby book wont open
l Try signing out of Libby and back in.
p ok that worked. also can i renew my paper book from the urbana library, its due tomorrow
l I'll have Frederick County Public Libraries renew it if they can. Email?
p zoe.kim@example.org
""", "zoe.kim@example.org circulation none FCPL local", op="easton")

h3("CS-H157", H_PRATT, "", """
p can i renew my books online? i live in hampden
l Yes; Pratt will follow up with the renewal. Email?
p imani.c@example.com
""", "imani.c@example.com circulation none EPFL local", op="devon")

h3("CS-H158", H_PRATT, "", """
p can a 14 yr old get a library card without a parent there
l I'll check the card rules and email you. Address?
p jayden.w@example.net
""", "jayden.w@example.net policy none - default", op="marisol")

h3("CS-H190", H_AUN, "", """
p what are ur hours today
l Which library do you mean?
p nvm found it
""", status=ANS, op="easton")

h3("CS-H191", H_AUN, "", """
p hello? is anyone there
""", status=LOST, op=None)

h3("CS-H192", H_PRATT, "", """
p is the central library open late on thursdays
l Yes, until 8 pm.
p thanks
""", status=ANS, op="devon")

# ---------------------------------------------------------------------------------------------
# The QuestionPoint-like JSON (sN_qp_html.json): statewide, Pratt, Howard County, Frostburg
# ---------------------------------------------------------------------------------------------

qp("CS-Q101", AUN, "Dana Whitcomb", "dana.whitcomb@example.com", """
p Does Anne Arundel County's library still charge late fees? We just moved to Annapolis & I'm thinking about getting cards for the family.
l Welcome! I'll have Anne Arundel County Public Library send you their fee policy.
""", "= policy none AACPL local")

qp("CS-Q102", AUN, "", None, """
p I lost a library book on vacation. How do I pay for it? It's from the Takoma Park library.
l I'm sorry! I'll have Montgomery County Public Libraries follow up on the charge. What's your email?
p harriet.s@example.org
""", "harriet.s@example.org circulation none MCPL local", op="laurel")

qp("CS-Q103", AUN, "Guy", "guy.laporte@example.net", """
p The Washington Post pass through the library says my code expired. I'm in Hyattsville.
l I'll ask Prince George's County Memorial Library System to send a new code.
""", "= access none PGCMLS local", op="brooklyn")

qp("CS-Q104", AUN, "", "", """
p How do I cite a government report in MLA? It's from the "Maryland Department of the Environment"
l I'll send you a worked example. Email?
p ivy.marchetti@example.com
""", "ivy.marchetti@example.com research none - default", op="priya")

qp("CS-Q105", AUN, "Rob", "rob.kessler@example.com", """
p Can I get something notarized at the library? My landlord needs the lease signed in front of a notary.
l Some branches have notaries. Where are you located?
p I'd rather not say, just tell me which ones do.
""", "= other none - default")

qp("CS-Q106", AUN, "", None, """
p Can a nonprofit hold a used-book fundraiser sale in a library meeting room? We're based in Walkersville.
l Frederick County Public Libraries can tell you the room rules. Email?
p friends.wv@example.org
""", "friends.wv@example.org policy none FCPL local", op="laurel")

qp("CS-Q107", AUN, "Tanya", "tanya.ruff@example.com", """
p My son's father hasn't returned him after his weekend visit. What can I do tonight? We live in Glen Burnie.
l I'm sorry. If he's in danger call 911. A law librarian can send you information on custody orders.
""", "= research law AACPL law", op="brooklyn")

qp("CS-Q108", AUN, "", None, """
p My dad died without a will and my brother is living in his house. Who gets the house?
l A law librarian can explain how estates are settled in Maryland. Email?
p m.delgado@example.net
""", "m.delgado@example.net research law - law", op="priya")

qp("CS-Q109", AUN, "Wes", "wes.hall@example.org", """
p I got a speeding ticket in Ocean City last summer. Can I fight it by mail? I live in Pennsylvania.
l The State Law Library can send you what Maryland allows.
""", "= research law - law")

qp("CS-Q110", AUN, "", None, """
p Do you have braille books for kids? My daughter is blind, she's 7. How do we sign up?
l Yes, the Library for the Blind and Print Disabled lends braille books. I'll have them send the form. Email?
p okoye.home@example.com
""", "okoye.home@example.com policy print-disability - print-disability", op="laurel")

qp("CS-Q111", AUN, "Harold", "harold.penn@example.net", """
p I get the talking book cartridges by mail and the last one was blank. How do I get a replacement?
l I'll pass this to the talking books library so they can send another.
""", "= circulation print-disability - print-disability", op="brooklyn")

qp("CS-Q112", AUN, "", None, """
p My eyes are too poor to read print now. I was told to use the BARD download site but it says my password is wrong.
l I'll have the Library for the Blind and Print Disabled reset your BARD login. Email?
p f.greenlee@example.org
""", "f.greenlee@example.org access print-disability - print-disability", op="priya")

qp("CS-Q113", AUN, "Noor", "noor.a@example.com", """
p I need 1870s plat maps of Rockville for a house history. I'm in DC, not Maryland.
l Old maps are a specialist's job; I'll pass this on.
""", "= research specialist - specialist")

qp("CS-Q114", AUN, "", None, """
p Looking for passenger lists of ships arriving in Baltimore in the 1880s, my great-great-grandparents came from Bremen.
l A genealogy specialist can follow up. Email?
p kessel.fam@example.net
""", "kessel.fam@example.net research specialist - specialist", op="laurel")

qp("CS-Q115", AUN, "Ruth", "ruth.ames@example.org", """
p I live in Chestertown and want the deed history of our farm back to the 1800s.
l Land records research; I'll have your library and a specialist look at it.
""", "= research specialist KENT local", op="brooklyn")

qp("CS-Q116", AUN, "", None, """
p Your chat kept disconnecting me, third time now!! I just want to know if I can renew my books online.
l I'm sorry, I'll report the disconnects. Which library are your books from, and what's your email?
p Reisterstown. sgarber@example.com
""", "sgarber@example.com circulation none BCPL quality", op="priya")

qp("CS-Q117", AUN, "Ellen", "ellen.voss@example.com", """
p What are the hours for the Towson branch on Saturday?
l The chat seems to be freezing on my end; I'll report the problem. Someone will email the hours.
""", "= policy none BCPL quality")

qp("CS-Q118", AUN, "", None, """
p The librarian last night was condescending and told me to just google it. Not OK.
l I'm sorry to hear that. I'll pass this on for review. Email for a reply?
p wanda.c@example.net
""", "wanda.c@example.net other none - quality", op="laurel")

qp("CS-Q119", HCLS, "", "", """
p Can I renew the two books I have out? They're due Monday.
l I'll renew what I can and email you. What's your email?
p b.aguilar@example.com
""", "b.aguilar@example.com circulation none HCLS local", op="brooklyn")

qp("CS-Q120", HCLS, "Min", "min.cho@example.org", """
p Mango Languages won't load past the sign-in page.
l I'll have our e-resources staff check it.
""", "= access none HCLS local", op="priya")

qp("CS-Q121", FSU, "", None, """
p I need peer-reviewed sources on wind energy in Appalachia for my ENVR 300 paper.
l I'll send some search ideas. Email?
p jsteele4@example.net
""", "jsteele4@example.net research none FSU local")

qp("CS-Q122", FSU, "Kayla", "kayla.r@example.com", """
p How do I request an article through interlibrary loan? The journal isn't in the databases.
l I'll email you the ILL steps.
""", "= access none FSU local", op="laurel")

qp("CS-Q123", PRATT, "", None, """
p Can I get a Pratt card if I live in Baltimore County? I work downtown.
l Let me check for you. Email?
p t.yancey@example.com
""", "t.yancey@example.com policy none BCPL local", op="brooklyn")

qp("CS-Q124", PRATT, "Joaquin", "joaquin.m@example.net", """
p My card got blocked. It says I owe $5 for a book I returned weeks ago. I live in Federal Hill.
l I'll have Pratt look at the record.
""", "= circulation none EPFL local", op="priya")

qp("CS-Q125", AUN, "", None, """
p What kind of programs do you have for seniors this month? I'm in Lusby.
l Calvert Library will send you the calendar. Email?
p gloria.finch@example.org
""", "gloria.finch@example.org other none CALVERT local")

qp("CS-Q126", AUN, "Devi", "devi.n@example.com", """
p Can teenagers volunteer at the library for their school service hours? What are the rules?
l It varies by system. Which library is near you?
p Not sure which one yet, we're moving soon.
""", "= policy none - default", op="laurel")

qp("CS-Q127", AUN, "", None, """
p Is there parking at the Wheaton Library? And which entrance is for the library?
l Montgomery County Public Libraries can send directions. Email?
p hlee.wheaton@example.net
""", "hlee.wheaton@example.net other none MCPL local", op="brooklyn")

qp("CS-Q128", AUN, "Marcus", "marcus.b@example.org", """
p What percent of Maryland's electricity comes from the Calvert Cliffs nuclear plant? It's for my science fair.
l I'll find the state energy figures and email you.
""", "= research none - default", op="priya")

qp("CS-Q129", AUN, "", None, """
p I need the population of Cumberland in 1900 and in 2020 for my stats class, comparing how cities shrank.
l I'll look up the census numbers. Email?
p r.osei@example.com
""", "r.osei@example.com research none - default")

qp("CS-Q130", AUN, "Fran", "fran.lowe@example.net", """
p How do I use the library's Ancestry from home? It says "library use only". I have a BCPL card.
l Baltimore County Public Library will explain the options.
""", "= access none BCPL local", op="laurel")

qp("CS-Q131", AUN, "", None, """
p Researching my family tree. My great-grandfather ran a store in Havre de Grace in the 1910s. Where would records be? I live in Bel Air.
l A genealogy search like this fits your library's local history staff. Email?
p p.watkins@example.org
""", "p.watkins@example.org research specialist HARFORD local", op="brooklyn")

qp("CS-Q132", AUN, "Liam", "liam.o@example.com", """
p Is the Glenwood branch open Sunday?
l Yes, 1 to 5.
p Great. Also I need sources on the Dust Bowl for my history project, due next week.
l I'll have Howard County Library System send some. 
""", "= research none HCLS local", op="priya")

qp("CS-Q133", AUN, "", None, """
p Can you renew my book? Card ends 4471.
l I can't see accounts, but you can renew online. There, done?
p Yes thanks. Now how do I print a 20-page document at the Laurel branch from my laptop?
l I'll have Prince George's County Memorial Library System send the wireless printing steps. Email?
p c.mayfield@example.net
""", "c.mayfield@example.net other none PGCMLS local")

qp("CS-Q134", AUN, "", None, """
p What was the unemployment rate in Baltimore City each year from 2010 to 2020? For an econ paper.
l I'll find the BLS tables. Email?
p lina underscore marsh at example dot org
""", "lina_marsh@example.org research none - default", op="laurel", written=True)

qp("CS-Q135", AUN, "", None, """
p Do libraries let you check out museum passes? How does that work?
l Some do. I can have someone email you the details. What's your email?
p I don't use email, I'll just call around.
""", "- policy none - no-email", op="brooklyn")

qp("CS-Q136", AUN, "Pauline", "pauline.g@example.org", """
p Can I use a library computer without a card? I'm visiting family, I live in Ohio.
l Many libraries offer guest passes. I'll send details.
""", "= policy none - default", op="priya")

qp("CS-Q137", AUN, "", None, """
p cant renew my book a 3rd time, it says renewal limit reached. can someone override it? greenbelt branch
l I'll ask Prince George's County Memorial Library System. Email?
p arjun.v@example.com
""", "arjun.v@example.com circulation none PGCMLS local")

qp("CS-Q138", AUN, "Bev", "bev.otto@example.net", """
p How many times can you usually renew a book? Just curious how it works.
l It differs by system; I'll email a summary.
""", "= policy none - default", op="laurel")

qp("CS-Q139", AUN, "", None, """
p Does the Easton library have a fax machine? I need to send papers to the unemployment office.
l Talbot County Free Library can confirm. Email?
p d.ridgely@example.com
""", "d.ridgely@example.com other none TALBOT local", op="brooklyn")

qp("CS-Q140", AUN, "Carla", "carla.fenn@example.com", """
p My neighbor's dog bit my son at the bus stop. How do I find out about making a claim against them? We're in Arnold.
l I'm sorry. The State Law Library can send information on dog bite claims.
""", "= research law AACPL law", op="priya")

qp("CS-Q141", AUN, "", None, """
p Got a notice to vacate in 30 days. Am I allowed to stay until a court hearing?
l A law librarian can follow up with tenant information. Email?
p rafael.diaz@example.com
p sorry, that's wrong, it's rafael.diaz2@example.com
""", "rafael.diaz2@example.com research law - law")

qp("CS-Q142", AUN, "Stan", "stan.wick@example.org", """
p This chat service is useless, I've been transferred 3 times and nobody knows anything.
l I'm sorry. I'll pass your comment to the people who review the service.
""", "= other none - quality", op="laurel")

qp("CS-Q143", AUN, "", None, """
p How do I move photos from my iPhone to a USB stick? I don't have a computer.
l I'll email you some options. Address?
p june.abbott@example.net
""", "june.abbott@example.net other none - default", op="brooklyn")

qp("CS-Q144", AUN, "Omar", "omar.k@example.com", """
p Can I read the Baltimore Sun online for free with a library card? I'm in Annapolis.
l Anne Arundel County Public Library can send the steps for the newspaper access.
""", "= access none AACPL local", op="priya")

qp("CS-Q145", AUN, "", None, """
p I need data on how many bakeries there are in Howard County for my business plan. I live in Laurel.
l Business data is a good question for your library. Email?
p t.huang@example.org
""", "t.huang@example.org research none PGCMLS local")

qp("CS-Q146", AUN, "Sid", "sid.moss@example.net", """
p How do I cite a court case in APA format? Need it for my paralegal class.
l I'll send an example.
""", "= research none - default", op="laurel")

qp("CS-Q147", AUN, "", None, """
p Do libraries lend musical instruments? What's the limit on how long you can keep one?
l Some do. I'll send what I find. Email?
p ukulele.ann@example.com
""", "ukulele.ann@example.com policy none - default", op="brooklyn")

qp("CS-Q148", AUN, "Theo", "theo.b@example.org", """
p I checked out a ukulele from the Odenton library and a string broke. Will I be charged?
l I'll ask Anne Arundel County Public Library about your loan.
""", "= circulation none AACPL local", op="priya")

qp("CS-Q149", AUN, "", None, """
p The OverDrive ebook downloaded as a PDF and Adobe says "license error" when I open it.
l I'll send troubleshooting steps. Email?
p w.crane@example.net
""", "w.crane@example.net access none - default")

qp("CS-Q150", PRATT, "Keisha", "keisha.l@example.com", """
p Do any Pratt branches have a notary? I live in Remington.
l I'll check which branches offer it and email you.
""", "= other none EPFL local", op="laurel")

qp("CS-Q151", AUN, "", None, """
p I live in Georgia. My ancestors were enslaved in St. Mary's County and I'm looking for plantation records or wills that name them.
l A specialist in these records should follow up. Email?
p a.boyd.ga@example.com
""", "a.boyd.ga@example.com research specialist - specialist", op="brooklyn")

qp("CS-Q152", AUN, "Irene", "irene.w@example.net", """
p What's the rule on kids under 10 being in the library without a parent?
l It varies; I'll email what the larger systems say.
""", "= policy none - default", op="priya")

qp("CS-Q153", AUN, "", None, """
p Why did the moon look orange last night?
l Hi, I'm Laurel, a librarian at the Bowie branch. Good question! I'll email you an explanation from NASA. Email?
p zed.morrow@example.org
""", "zed.morrow@example.org research none - default", op="laurel")

qp("CS-Q154", AUN, "", None, """
p wen is the libary open on saterday in aberdeen
l Harford County Public Library will email you the hours. Email?
p b.cole22@example.com
""", "b.cole22@example.com policy none HARFORD local", op="brooklyn")

qp("CS-Q155", AUN, "", None, """
p my kindle wont downlaod the libby book, sez error
l I'll send some steps. Email?
p sorry whats email for
l So a librarian can write back with the steps.
p oh ok. gg.russo@example.com
""", "gg.russo@example.com access none - default", op="priya")

qp("CS-Q156", PRATT, "", None, """
p My sister works at the Catonsville branch and said you could help me find old photos of my grandparents' church in Sandtown from the 1950s.
l Historic photos are a specialist's area. Email?
p n.bright@example.net
""", "n.bright@example.net research specialist - specialist", op="laurel")

qp("CS-Q190", AUN, "", None, """
p what are your hours
l Which library?
p nevermind
""", status=ANS, op="rosa")

qp("CS-Q191", PRATT, "", None, """
p hello
""", status=LEFT, op=None)

qp("CS-Q192", AUN, "Quinn", "quinn.p@example.com", """
p Is the Annapolis library open on Juneteenth?
l It's closed that day.
p Thanks!
""", status=ANS, op="brooklyn")


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
        if code not in ("p", "l"):
            raise SystemExit(f"{chat['cid']}: line without a speaker code: {raw!r}")
        out.append((code, text))
    return out


H3_COLUMNS = ["id", "queue", "protocol", "guest", "operator", "started", "duration", "transcript",
              "resolution"]


def csv_cell(s):
    """A CSV field: quoted when it holds a quote, a comma or a line end."""
    if any(ch in s for ch in '",\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def h3_row(c):
    names = {"p": c["patron"], "l": c["lib"]}
    timed = timed_lines(c, "s")
    transcript = "\r".join(f"{t.astimezone(NY):%H:%M:%S} {names[code]}: {text}"
                           for t, code, text in timed)
    started = local_start(c["start"])
    duration = int((timed[-1][0] - started.astimezone(UTC)).total_seconds()) + 20
    return [c["cid"], c["origin"], "sms" if c["sms"] else "web", c["patron"], c["lib"] or "",
            c["start"], str(duration), transcript, c["status"]]


def h3_text(chats):
    rows = [H3_COLUMNS] + [h3_row(c) for c in by_start(chats)]
    return "".join(",".join(csv_cell(x) for x in r) + "\r\n" for r in rows)


def qp_escape(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def qp_record(c):
    started = local_start(c["start"])
    parts = []
    for _, code, text in timed_lines(c, "s"):
        who = "Patron" if code == "p" else f"Librarian ({c['lib']})"
        parts.append(f"<p><b>{who}:</b> {qp_escape(text)}</p>")
    return {
        "Question ID": c["cid"],
        "Date": started.strftime("%m/%d/%Y %I:%M %p"),
        "Library": c["origin"],
        "Patron Email": c["email"],
        "Patron": c["patron"],
        "Resolution": c["status"],
        "Transcript": "".join(parts),
    }


def qp_text(chats):
    return json.dumps([qp_record(c) for c in by_start(chats)], ensure_ascii=False, indent=2) + "\n"


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("h3lp_cr", "csv", H3, h3_text), ("qp_html", "json", QP, qp_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("s", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: s1 (the development half, whose misses were read and
    fixed by kind) trains the category model, s2 stays held out."""
    return "train" if name.startswith("s1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "s", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

ALLOWED_DOMAINS = ("@example.org", "@example.com", "@example.net")
# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = ("@example.con",)
PHONE_RE = re.compile(r"\+?1?\(?\d{3}\)?[ -.]?(\d{3})[ -.]?\d{4}")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from: a written-out one leaves its user name's last part and
    # "example" in the patron's words; no check against URLs.
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field and not c["written"] and email not in patron_text:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email == field:
        bad("written=True on a chat whose address is the export's field")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if user.split(".")[-1].split("_")[-1] not in patron_text or "example" not in patron_text:
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


H3_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d (\S+@\S+\.libraryh3lp\.com): (.*)$")
QP_MSG = re.compile(r"<p><b>(Patron|Librarian \([A-Z][a-z]+\)):</b> ([^<>]*)</p>")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "h3lp_cr":
        if not text.endswith("\r\n"):
            raise ValueError("the last row has no CRLF")
        if text.count("\n") != text.count("\r\n"):
            raise ValueError("a line feed that is not part of a CRLF")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if rows[0] != H3_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        if text.count("\r\n") != len(rows):
            raise ValueError("a CRLF inside a field, or a row not ended by CRLF")
        for r in rows[1:]:
            if len(r) != len(H3_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} fields")
            rec = dict(zip(H3_COLUMNS, r))
            cid, guest, staff = rec["id"], rec["guest"], rec["operator"]
            datetime.strptime(rec["started"], "%Y-%m-%d %H:%M:%S")
            int(rec["duration"])
            if not re.match(r"^([0-9a-f]{10}@web(\.ca)?|\+1\d{3}555\d{4}@sms)\.libraryh3lp\.com$",
                            guest):
                raise ValueError(f"{cid}: guest {guest!r}")
            if staff and not re.match(r"^[a-z]+@chat\.libraryh3lp\.com$", staff):
                raise ValueError(f"{cid}: operator {staff!r}")
            if (rec["protocol"] == "sms") != guest.endswith("@sms.libraryh3lp.com"):
                raise ValueError(f"{cid}: protocol {rec['protocol']!r} for {guest!r}")
            lines = []
            for piece in rec["transcript"].split("\r"):
                m = H3_LINE.match(piece)
                if not m or "\n" in piece:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                if m.group(2) not in (guest, staff):
                    raise ValueError(f"{cid}: a line from {m.group(2)!r}")
                lines.append((m.group(2), m.group(3)))
            out.append({"id": cid, "patron": guest, "email": None, "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    keys = ["Question ID", "Date", "Library", "Patron Email", "Patron", "Resolution", "Transcript"]
    for r in json.loads(text):
        if list(r) != keys:
            raise ValueError(f"keys {list(r)}")
        cid, patron, email = r["Question ID"], r["Patron"], r["Patron Email"]
        datetime.strptime(r["Date"], "%m/%d/%Y %I:%M %p")
        tr = r["Transcript"]
        if "\n" in tr:
            raise ValueError(f"{cid}: a line end inside the HTML transcript")
        msgs = QP_MSG.findall(tr)
        if "".join(f"<p><b>{w}:</b> {t}</p>" for w, t in msgs) != tr:
            raise ValueError(f"{cid}: the transcript is not only <p><b>Name:</b> text</p>")
        lines = [("Patron" if w == "Patron" else w[11:-1], html.unescape(t)) for w, t in msgs]
        out.append({"id": cid, "patron": "Patron", "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = H3 + QP
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CS-"):
            problems.append(f"{cid}: chat id without the CS- prefix")
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
        if not c["patron"] or ":" in c["patron"].split("@")[0] or c["patron"] == c["lib"]:
            problems.append(f"{cid}: patron name {c['patron']!r}")
        if c["sms"] and not re.match(r"^\+1\d{3}555\d{4}@", c["patron"]):
            problems.append(f"{cid}: SMS visitor {c['patron']!r} is not a 555 number")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for m in PHONE_RE.finditer(text):
                if m.group(1) != "555":
                    problems.append(f"{cid}: phone number {m.group(0)!r} not a 555 number")
        if c["email"] and not c["email"].lower().endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, csv.Error), check_label,
                                   lines_of=lines_of)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", H3 + QP), ("h3lp_cr", H3), ("qp_html", QP)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", H3 + QP))
    sms_n = sum(1 for c in H3 + QP if c["label"] and c["sms"])
    return labels_table(cols, H3 + QP, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("s_build", all_texts, check_all, counts))
