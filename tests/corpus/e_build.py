#!/usr/bin/env python3
"""Writes and checks the "e" part of aun's labelled corpus (e1 in train/, e2 in heldout/).

Every conversation below is invented: made-up patrons, example or invented mailboxes, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on it:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"

EMAIL "=" means the export's e-mail field (lower-cased), "-" means empty; `written=True` marks a
chat whose labelled address is not in the transcript as typed (written out with "dot" and "at",
"(at)", spaces around the signs, or corrected by the patron retyping part of it). Chats whose
resolution is not "Follow Up By Patron Library" carry no label and get no labels row.

Transcript notation, one message a line: `p` patron, `l` librarian, `m` a second librarian (after
a transfer), `s` a system line.

Two export styles, each split in two halves with the same mix (e1: development, e2: held out):
  eN_questionpoint.json  a QuestionPoint-style JSON array: `Reference`, `Created At` (RFC 3339
                  with the New York offset), `Account` (the origin account), `Customer Name`,
                  `Customer Email` (null when the form had none), `Initial Question`,
                  `Resolution Code`, `Messages` (a list of objects `{"time", "from", "text"}`,
                  time `21:05:12` on the New York clock).
  eN_libchat.jsonl  LibChat-style JSON Lines: `chat_id`, `timestamp` (US style `2/3/26 9:14 PM`,
                  civil time in New York), `department` (the origin account), `guest_name`,
                  `guest_email`, `initial_question`, `answerer`, `rating`, `disposition`,
                  `transcript` (one text of `21:14:05 - Name: text` lines, HTML-escaped as LibChat
                  writes it, joined by `\\n`, or in some chats by a carriage return alone).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then e1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/e_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/e_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

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
    EMAIL_RE,
    check_labels_file, export_texts, half_files, label_row_with_destination, labels_csv,
    labels_table, main, read_text, readme_with_counts, rule_problems, tally_lines,
    vocabulary_problems,
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

QP = []  # QuestionPoint-style JSON chats (public queues, overnight cooperative staff)
LC = []  # LibChat-style JSON Lines chats (SMS guests, ticket-like follow-ups)


def qp(cid, start, account, name, email, q, t, label=None, lib="Dana (24/7 Cooperative)",
       lib2=None, status=FU, written=False):
    QP.append(dict(cid=cid, start=start, origin=account, patron=name, email=email, q=q, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written, cr=False))


def lc(cid, start, dept, guest, email, q, t, label=None, lib="Priya", lib2=None,
       status=FU, written=False, cr=False, rating=""):
    LC.append(dict(cid=cid, start=start, origin=dept, patron=guest, email=email, q=q, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written, cr=cr,
                   rating=rating))


COOP = "Dana (24/7 Cooperative)"
COOP2 = "Luis (24/7 Cooperative)"
COOP3 = "Renee (24/7 Cooperative)"


# ---------------------------------------------------------------------------------------------
# QuestionPoint-style chats (eN_questionpoint.json)
# ---------------------------------------------------------------------------------------------

qp("CE-Q5001", "2026-01-12 22:14:05", AUN, "Tasha", "tasha.greer@example.com",
   "my son needs 3 sources about the water cycle", """
p hi my son needs 3 sources about the water cycle for 5th grade science, books or websites
l Hi Tasha, I'm Dana with the 24/7 Cooperative. Is it due soon?
p friday. we're in glen burnie if that matters
l I'll list a few kid-friendly sites now and a librarian can suggest books to pick up.
p thank you!!
""", "= research none AACPL local AACPL")

qp("CE-Q5002", "2026-01-13 23:41:50", AUN, "D. Whitfield", None,
   "reliable info on eating with type 2 diabetes", """
p looking for reliable info on what to eat with type 2. just diagnosed. not websites selling stuff
l I'm sorry to hear that. MedlinePlus and the ADA site are good places to start. Where are you located?
p hagerstown. can someone send me more, whitfield.dee@example.net
l Yes, I'll pass it on for a follow-up by email.
""", "whitfield.dee@example.net research none WCFL local WCFL", lib=COOP2)

qp("CE-Q5003", "2026-01-15 21:03:12", AUN, "marco", "marco.ruiz.foods@example.com",
   "food truck numbers", """
p trying to write a plan for a food truck, need how many food trucks operate around here and what they make
l Happy to help. Where would the truck operate?
p waldorf and la plata mostly, we live in waldorf
l There are industry reports and census business data; I'll have a librarian send you a list.
""", "= research none CHARLES local CHARLES", lib=COOP3)

qp("CE-Q5004", "2026-01-16 01:22:40", AUN, "Ken O.", "kokafor@example.org",
   "broadband by county", """
p need the % of households with broadband in each Maryland county for a grant application
l The Census ACS tables have that. Is this for a Maryland organization?
p no, I work for a nonprofit in Dover, Delaware, we're comparing states
l Thanks. I'll send the table links by email.
""", "= research none - default AUN")

qp("CE-Q5005", "2026-01-17 20:55:18", AUN, "Rochelle", "rochelle.b@example.com",
   "deposit", """
p we moved out in december and the landlord kept all $1,800. says the carpet was ruined but it was 12 yrs old
p do I have any way to get it back
l I'm not able to give legal advice, but there are resources on security deposits. Where do you live?
p bowie
l I'll refer this so a law librarian can send you information.
""", "= research law PGCMLS law MSLL")

qp("CE-Q5006", "2026-01-19 02:10:33", AUN, "J", "jpark.home@example.com",
   "ex moving kids", """
p my ex wants to move our kids to ohio for her job. do I get a say in that or can she just go
l That's a hard situation. Is there an existing court order about the children?
p yes from 2022
l A law librarian can point you to the forms and the rules on relocation. They'll email you.
""", "= research law - law MSLL", lib=COOP2)

qp("CE-Q5007", "2026-01-20 21:47:02", AUN, "Andre", "andre.mills84@example.com",
   "background check", """
p i got PBJ for something in 2015 and it still pops up every time i apply for a job
p is there a way to make it go away
l There may be a process for that. Which county was the case in?
p baltimore county but i live in york PA now
l Thanks, I'll have someone who knows the Maryland process email you.
""", "= research law - law MSLL", lib=COOP3)

qp("CE-Q5008", "2026-01-22 00:35:19", AUN, "Bill Harnish", "bharnish@example.net",
   "B&O shops Cumberland", """
p my great grandfather worked in the B&O shops in Cumberland around 1910. where would employment records be?
l Railroad personnel records can be hard to find. Do you live in Maryland?
p no, Pittsburgh. drove through Cumberland last summer and got curious
l I'll send this on to someone who does this kind of digging.
""", "= research specialist - specialist EPFL")

qp("CE-Q5009", "2026-01-23 19:20:44", AUN, "lynn", "lynn.sauer@example.com",
   "old atlas with our farm", """
p there's an 1877 atlas of the county that shows property owners. i want to find my family's farm on it
l Which county?
p baltimore county, near what's now Hunt Valley. i live in towson
l A librarian with access to the historical maps will follow up.
""", "= research specialist BCPL local BCPL", lib="Erin")

qp("CE-Q5010", "2026-01-24 22:02:09", AUN, "Priyanka", "priyanka.n@example.com",
   "Kramer vs Kramer reviews", """
p i need critical reviews of Kramer vs. Kramer from when it came out, for my film class
l Good topic. Newspaper databases will have 1979 reviews. Where are you?
p rockville
l A librarian will send you the databases to use with your card.
""", "= research none MCPL local MCPL")

qp("CE-Q5011", "2026-01-26 20:30:56", AUN, "Ms Tyler", None,
   "apa citation", """
p how do i cite a state agency report in apa 7, there's no author
l The agency is the author. Do you want an example by email?
p yes pls tyler.m.salisbury at example dot com
l Got it.
p oh and I live in Salisbury, the library there is wicomico
""", "tyler.m.salisbury@example.com research none WICOMICO local WICOMICO", written=True)

qp("CE-Q5012", "2026-01-27 23:18:37", PRATT, "Gwen", "gwen.abara@example.com",
   "stent vs bypass", """
p my dad is having heart surgery next week and i don't understand the difference between a stent and a bypass
l I'm sorry. MedlinePlus explains both. Do you want more detailed sources?
p yes please. we're in hampden
l A Pratt librarian will follow up by email.
""", "= research none EPFL local EPFL", lib=COOP2)

qp("CE-Q5013", "2026-01-29 21:12:25", AUN, "Nadine", "nadine.k@example.net",
   "power of attorney for dad", """
p my father has dementia now and the bank won't talk to me. what do i need to handle his money
l That sounds stressful. It may involve a power of attorney or guardianship. Where does he live?
p with me in Catonsville
l I'll send this to the law library; they'll email you.
""", "= research law BCPL law MSLL", lib=COOP3)

qp("CE-Q5014", "2026-01-30 20:44:03", PRATT, "Sam", "sam.lowery@example.com",
   "Lexington Market history", """
p doing a presentation on the history of Lexington Market, 1800s to the fire
l Great topic. Do you need photographs as well?
p yes and anything from old newspapers. i'm in catonsville btw
l A librarian with local history collections will email you.
""", "= research specialist BCPL local BCPL")

qp("CE-Q5015", "2026-02-02 22:58:14", AUN, "Ray", "ray.tibbs@example.com",
   "folding dog ramp", """
p I built a folding ramp for my old dog and people keep saying i should sell it
p how do I find out if someone already did this first and owns it
l You'd want to search earlier inventions. A specialist can walk you through it.
p ok thanks
""", "= research specialist - specialist EPFL", lib=COOP2)

qp("CE-Q5016", "2026-02-03 21:31:49", AUN, "Garrett", "g.oduya@example.com",
   "volcano project", """
p whats the biggest volcano eruption ever recorded, need a source for my earth science project
l Tambora in 1815 is often cited. Would you like sources?
p yes thanks, Garrett
l A librarian will email a couple.
""", "= research none - default AUN", lib=COOP3)

qp("CE-Q5017", "2026-02-05 19:50:10", AUN, "Peg", "pegmoreland@example.com",
   "grandfather discharge papers", """
p trying to get my grandfather's WWII discharge papers, he's buried in Westminster where I live too
l Those come from the national personnel records, and county courthouses sometimes recorded them.
p he served in the Pacific 1943-45
l A librarian who works with military records will email you.
""", "= research specialist CARROLL local CARROLL", lib="Erin")

qp("CE-Q5018", "2026-02-06 22:05:30", AUN, "Imani", "imani.cole@example.com",
   "teen card", """
p can my teenager get her own card or do i have to be there with her
l How old is she?
p 15. we live in columbia
l A librarian from your library will email you the rules for teens.
""", "= policy none HCLS local HCLS", lib=COOP2)

qp("CE-Q5019", "2026-02-07 15:12:08", HARF, "Corinne", "corinne.vale@example.net",
   "dogs", """
p are dogs allowed in the building? mine is a service dog in training, not fully certified yet
l Good question, I want to check the exact wording of the policy.
p ok. email is fine
""", "= policy none HARFORD local HARFORD", lib="Tom")

qp("CE-Q5020", "2026-02-08 23:40:11", PRATT, "Luis M", "luism.balt@example.com",
   "late fees", """
p do you guys still do late fees? haven't had a card in years
l Many libraries went fine-free. I'll confirm and email you.
p thx
""", "= policy none - default AUN", lib=COOP3)

qp("CE-Q5021", "2026-02-09 14:33:27", BALTCO, "Aiyana", "aiyana.r@example.com",
   "dvd limit", """
p how many dvds can you take out at one time
l I'll check the current limit and get back to you.
p ok and how long do you get them for
""", "= policy none BCPL local BCPL", lib="Erin")

qp("CE-Q5022", "2026-02-10 20:18:45", AUN, "Will", "will.d.bennett@example.com",
   "room for a group", """
p can a recovery group use one of the rooms every tuesday night? we're NA, about 12 people
l Meeting room rules vary by library. Which one do you go to?
p bel air
l The library will email you about booking.
""", "= policy none HARFORD local HARFORD")

qp("CE-Q5023", "2026-02-11 21:44:02", AUN, "Dolores", "dolores.hinton@example.com",
   "books read aloud for grandmother", """
p my grandmother can't see the print anymore even with her magnifier. who can get those books that read out loud to you
l There's a free program for people who can't read standard print. Does she live with you?
p yes in Laurel
l Someone from that program will email you about how to qualify.
""", "= policy print-disability PGCMLS print-disability LBPH", lib=COOP2)

qp("CE-Q5024", "2026-02-12 13:07:55", AUN, "kev", "kevin.ashe@example.com",
   "open friday", """
p is the library open on the friday after thanksgiving
l Which library do you use?
p laurel branch, PG
l I'll have them confirm their holiday hours.
""", "= policy none PGCMLS local PGCMLS", lib="Tom")

qp("CE-Q5025", "2026-02-13 22:26:19", AUN, "Hannah", "hannah.oyelaran@example.com",
   "card before license", """
p we're moving to Maryland from Richmond next month, can I get a library card before I have a Maryland ID?
l Usually you need proof of address. Do you know which county yet?
p not yet, still looking at houses
l I'll have someone email you what's accepted.
""", "= policy none - default AUN", lib=COOP3)

qp("CE-Q5026", "2026-02-14 11:58:40", AUN, "Ben & Sara", "bensara.k@example.com",
   "interpreter at story time", """
p our son is deaf. can we get an ASL interpreter for story time if we ask ahead?
l Many libraries arrange that. Which library?
p easton
l They'll email you about how to request one.
""", "= policy none TALBOT local TALBOT", lib="Tom")

qp("CE-Q5027", "2026-02-15 16:40:03", FRED, "Jo", "jo.whitmer@example.com",
   "kids on computers", """
p can my 9 yr old use the computers by herself while i'm in the stacks
l I'll check the age rules for the computers.
p thanks
""", "= policy none FCPL local FCPL", lib="Tom")

qp("CE-Q5028", "2026-02-16 20:09:31", MONT, "Paolo", "paolo.ferraz@example.com",
   "food in study rooms", """
p can you eat in the study rooms or just drinks
l Let me check what's allowed and email you.
p ok
""", "= policy none MCPL local MCPL", lib="Erin")

qp("CE-Q5029", "2026-02-17 21:21:16", AUN, "Mirela", "mirela.popescu@example.com",
   "how long keep", """
p how long can i keep a book for and can i renew it more than once
l Loan periods vary by library. Which one do you use?
p annapolis, the one on west st
l They'll email you the details.
""", "= policy none AACPL local AACPL", lib=COOP2)

qp("CE-Q5030", "2026-02-18 22:47:29", AUN, "Ruth", None,
   "encyclopedia donation", """
p do you take donations of a full set of encyclopedias from 1988
l Many libraries limit donations. Where are you?
p lusby
l Can I get an email to follow up?
p no thanks i'll just call them
""", "- policy none CALVERT no-email -", lib=COOP3)

qp("CE-Q5031", "2026-02-19 19:35:58", AUN, "Tariq", "tariq.elk@example.com",
   "volunteer at 14", """
p can you volunteer at the library if you're 14
l Some libraries have teen volunteer programs. Where do you live?
p elkton
l A librarian there will email you.
""", "= policy none CECIL local CECIL")

qp("CE-Q5032", "2026-02-20 23:55:44", PRATT, "Beverly", "beverly.amos@example.com",
   "wheelchair at central", """
p does the central library lend wheelchairs for people who can walk a little but not the whole building
l I'm not sure; I'll ask the Pratt staff.
p please, my mother is 88
""", "= policy none EPFL local EPFL", lib=COOP2)

qp("CE-Q5033", "2026-02-21 10:15:36", CARROLL, "Nate", "nate.h@example.com",
   "limit on holds", """
p is there a limit to how many things i can have on hold
l Yes, I'll confirm the number.
p ok cool
""", "= policy none CARROLL local CARROLL", lib="Tom")

qp("CE-Q5034", "2026-02-22 21:08:22", AUN, "Cheryl", "cheryl.dunmore@example.com",
   "says I owe", """
p it says I owe $3 but I returned it!! put it in the drop box on the 2nd
l I'm sorry about that. Which library's card is it?
p my BCPL card
l I'll send this to them so they can check the item and clear it.
""", "= circulation none BCPL local BCPL", lib=COOP2)

qp("CE-Q5035", "2026-02-23 22:30:07", AUN, "Omar", "omar.fathi@example.com",
   "card blocked", """
p my card is blocked because of a lost book but my son returned it months ago
l That should be checked by your library. Where do you live?
p germantown
l I'll forward it to them.
""", "= circulation none MCPL local MCPL", lib=COOP3)

qp("CE-Q5036", "2026-02-24 20:12:40", PRATT, "Felicia", "felicia.s@example.com",
   "renew Lessons in Chemistry", """
p can you renew Lessons in Chemistry for me, due tomorrow. I go to the Roland Park branch
l I can't renew from here but the branch can; I'll pass it on.
p thanks
""", "= circulation none EPFL local EPFL", lib=COOP2)

qp("CE-Q5037", "2026-02-25 11:41:13", HOWARD, "Gary", "gary.weems@example.com",
   "forgot pin", """
p forgot my pin and the reset email never comes
l I'll have staff reset it and email you.
p my card starts with 2144
""", "= circulation none HCLS local HCLS", lib="Erin")

qp("CE-Q5038", "2026-02-26 21:55:51", AUN, "Trina", "trina.b.dundalk@example.com",
   "hotspot not working", """
p the hotspot i borrowed stopped connecting. can i swap it for another one or do i have to return it first
l Which library did you borrow it from?
p dundalk
l I'll have them email you.
""", "= circulation none BCPL local BCPL")

qp("CE-Q5039", "2026-02-27 23:09:35", AUN, "Alma", "alma.reyes@example.com",
   "hold in transit", """
p my hold on Killers of the Flower Moon has said in transit for 2 weeks
l That's long. Which library?
p owings mills
l I'll ask them to trace it.
""", "= circulation none BCPL local BCPL", lib=COOP2)

qp("CE-Q5040", "2026-02-28 20:20:20", AUN, "Jerome", "jerome.t@example.com",
   "card expired", """
p my card expired. we moved to Newark DE last year but i still have my cecil county card. can i renew it online
l Non-resident rules vary. I'll pass it to them.
p ok
""", "= circulation none CECIL local CECIL", lib=COOP3)

qp("CE-Q5041", "2026-03-01 14:44:01", AUN, "Heather", "heather.lind@example.com",
   "coffee on book", """
p I spilled coffee on a library book, pages are wavy. how much will it cost me
l It depends on the item. Which library?
p prince frederick
l They'll email you.
""", "= circulation none CALVERT local CALVERT", lib="Tom")

qp("CE-Q5042", "2026-03-02 21:30:45", AUN, "Monique", None,
   "fine for dvd she never took", """
p my daughter's account has a fine for a dvd she never checked out
l That sounds like an error. Can I get an email address to follow up?
p I'd rather not, I'll go in
""", "- circulation none - no-email -", lib=COOP2)

qp("CE-Q5043", "2026-03-03 22:03:58", AUN, "Dev", "dev.a.sharma@example.com",
   "overdue notice", """
p got an overdue notice for To Kill a Mockingbird but i returned it at the book drop
l Which library?
p the waldorf one
l I'll send it to them.
""", "= circulation none CHARLES local CHARLES", lib=COOP3)

qp("CE-Q5044", "2026-03-04 15:55:12", HARF, "Kelly", "kelly.aberdeen@example.com",
   "return laptop branch closed", """
p my branch is closed for renovation, where do I return the laptop I checked out
l I'll find out which branch takes it.
p it's due saturday
""", "= circulation none HARFORD local HARFORD", lib="Erin")

qp("CE-Q5045", "2026-03-05 20:48:33", AUN, "Ana", "ana.velasquez@example.com",
   "replace card", """
p lost my library card, how do i get a new one and will the books on it be safe
l Your library can replace it. Where do you live?
p hyattsville
l They'll email you.
""", "= circulation none PGCMLS local PGCMLS")

qp("CE-Q5046", "2026-03-06 21:14:29", AUN, "Janet Pratt", "janetpratt@example.com",
   "renew please", """
p hi, this is Janet Pratt. I live in Frederick. Can my 3 books be renewed, I'm sick this week
l Sorry you're sick. I'll ask your library to renew them.
p thank you
""", "= circulation none FCPL local FCPL", lib=COOP2)

qp("CE-Q5047", "2026-03-07 22:37:16", AUN, "Bertie", "bertie.klein@example.com",
   "never heard back about fine", """
p I chatted last week about a $20 fine for a book I returned and was told someone would email me. nobody ever did
l I'm sorry nobody followed up. I'll flag that.
p i live in rosedale
""", "= circulation none BCPL quality QC", lib=COOP3)

qp("CE-Q5048", "2026-03-08 13:20:55", MONT, "Yusuf", "yusuf.k@example.com",
   "pick up elsewhere", """
p can i change where i pick up my holds, i moved to silver spring
l Yes, you can change your pickup location. I'll email the steps.
p thanks
""", "= circulation none MCPL local MCPL", lib="Tom")

qp("CE-Q5049", "2026-03-09 21:40:08", AUN, "Lena", "lena.fortier@example.com",
   "libby card invalid", """
p libby keeps telling me my card number is invalid. i'm typing it right
l Which library is the card from?
p ellicott city
l I'll have them check the card and email you.
""", "= access none HCLS local HCLS", lib=COOP2)

qp("CE-Q5050", "2026-03-10 20:05:47", PRATT, "Chris", "chris.obi@example.com",
   "nyt pass", """
p how do i get the free new york times thing, i live in canton
l Through your Pratt card; I'll send the steps.
p ok
""", "= access none EPFL local EPFL", lib=COOP3)

qp("CE-Q5051", "2026-03-11 11:25:33", CARROLL, "Marian", "marian.e@example.com",
   "get a book from elsewhere", """
p you don't have Braiding Sweetgrass in large print, can you borrow it from some other library for me
l We can request it. I'll email the form.
p thank you dear
""", "= access none CARROLL local CARROLL", lib="Tom")

qp("CE-Q5052", "2026-03-12 22:55:20", AUN, "Rich", "rich.conley@example.com",
   "ancestry from home", """
p ancestry won't let me in from home, says library use only. is there a way around that
l The library edition is usually in-library only. Which library do you use?
p aberdeen
l They'll email you about options.
""", "= access none HARFORD local HARFORD", lib=COOP2)

qp("CE-Q5053", "2026-03-13 23:33:04", AUN, "Sunny", None,
   "app crashes", """
p the app crashes every time i open an audiobook
l Which app and which device?
p libby, android
l Could I have an email to follow up?
p nah
""", "- access none - no-email -", lib=COOP3)

qp("CE-Q5054", "2026-03-14 20:41:39", AUN, "Drew", "drew.halloran@example.com",
   "hoopla limit", """
p hoopla says i hit my monthly limit but i only borrowed 2 things
l Which library card do you use with it?
p i'm in arlington va, i used a friend's maryland login a while ago, now my own arlington card
l Then it's the Virginia library's limit; I'll email you.
""", "= access none - default AUN")

qp("CE-Q5055", "2026-03-15 21:18:50", AUN, "Eun-ji", "eunji.park@example.com",
   "ebook app voiceover", """
p the ebook app doesn't read the buttons out loud with voiceover on my iphone. i'm blind
l I'm sorry. There are accessible book services too. Where do you live?
p germantown
l I'll send this on so you can get books in a format that works.
""", "= access print-disability MCPL print-disability LBPH", lib=COOP2)

qp("CE-Q5056", "2026-03-16 22:48:12", PRATT, "Prof. Lyle", "lyle.h@example.edu",
   "1950s journal article", """
p I need a copy of an article from a 1954 journal that no one near me has. can it be sent to me
l We can request a scan through interlibrary loan.
p that would be great
""", "= access none - default AUN", lib=COOP3)

qp("CE-Q5057", "2026-03-17 19:30:26", AUN, "Keisha", "keisha.m@example.com",
   "kanopy roku", """
p kanopy won't play on my roku, just spins
l Which library card?
p bowie
l I'll have them email you.
""", "= access none PGCMLS local PGCMLS")

qp("CE-Q5058", "2026-03-18 14:11:58", MONT, "Grace", "grace.lim@example.com",
   "linkedin learning pin", """
p linkedin learning asks me for a pin i never set up
l The library PIN works there. I'll email you how to set it.
p ok
""", "= access none MCPL local MCPL", lib="Erin")

qp("CE-Q5059", "2026-03-19 21:02:45", AUN, "Walt", "walt.engel@example.com",
   "consumer reports", """
p how do i read consumer reports online with my card, want to compare dishwashers
l Which library?
p hagerstown
l They'll email the link.
""", "= access none WCFL local WCFL", lib=COOP2)

qp("CE-Q5060", "2026-03-20 22:36:17", AUN, "Tina", "tina.cho@example.com",
   "database login", """
p can't log in to the newspaper database from home
l Let's try. What error do you get?
s The chat was disconnected.
p sorry it kicked me out again. 3rd time
l The chat dropped twice; I'll report the connection problem and have someone email you.
""", "= access none - quality QC", lib=COOP3)

qp("CE-Q5061", "2026-03-21 10:44:30", AACO, "Hal", "hal.r@example.com",
   "ILL still nothing", """
p put in a request to borrow a book from another library a month ago, still nothing
l I'll check the status and email you.
p thanks
""", "= access none AACPL local AACPL", lib="Tom")

qp("CE-Q5062", "2026-03-22 20:53:09", FRED, "Anya", "anya.k@example.com",
   "Crime and Punishment kindle", """
p the ebook of Crime and Punishment won't send to my kindle
l I'll email you the steps.
p ok
""", "= access none FCPL local FCPL", lib="Erin")

qp("CE-Q5063", "2026-03-23 23:14:41", AUN, "Marcus", "marcus.b@example.com",
   "flipster", """
p flipster magazines say my session expired every time i open one
l That's usually the browser. Where do you live?
p severn
l I'll have your library email you.
""", "= access none AACPL local AACPL", lib=COOP2)

qp("CE-Q5064", "2026-03-24 21:27:33", PRATT, "Ollie", "ollie.grant@example.com",
   "parking central", """
p where do i park if i come to the central library on a saturday
l There are garages nearby; I'll email you a list.
p thanks, I live in Ocean City so I don't know the area
""", "= other none WORCESTER local WORCESTER", lib=COOP3)

qp("CE-Q5065", "2026-03-25 20:40:19", AUN, "Bri", "bri.kessler@example.com",
   "print from phone", """
p can i print from my phone at the library and pick it up
l Many branches do mobile printing. Which one?
p severna park
l They'll email you how.
""", "= other none AACPL local AACPL", lib=COOP2)

qp("CE-Q5066", "2026-03-26 15:10:44", HOWARD, "Lou", "lou.f@example.com",
   "notary", """
p do any of your branches have a notary? need a form notarized for my car title
l Some do by appointment. I'll email which.
p great
""", "= other none HCLS local HCLS", lib="Erin")

qp("CE-Q5067", "2026-03-27 21:05:55", AUN, "Rosa", "rosa.delgado@example.com",
   "lego club", """
p when is the next lego club for kids
l Which library do you go to?
p bethesda
l They'll email you the calendar.
""", "= other none MCPL local MCPL")

qp("CE-Q5068", "2026-03-28 11:33:06", BALTCO, "Vern", "vern.pike@example.com",
   "attach resume", """
p how do i attach my resume to an email, it's on a flash drive
l I'll email you step by step instructions.
p ok i'm using gmail
""", "= other none BCPL local BCPL", lib="Tom")

qp("CE-Q5069", "2026-03-29 19:48:27", AUN, "Celia", "celia.n@example.com",
   "rude at desk", """
p I want someone to know the man at the desk today was really rude to my son, rolled his eyes and told him to leave
p that's all
l I'm very sorry. I'll pass this on so it's looked into.
""", "= other none - quality QC", lib=COOP2)

qp("CE-Q5070", "2026-03-30 22:19:39", AUN, "Phyllis", "phyllis.ward@example.com",
   "new tablet", """
p my grandson got me a tablet and i cant figure out how to get my email on it
l I can help a little now and send instructions. Where are you?
p Sarasota Florida, but i used to live in Maryland
l I'll email some instructions.
""", "= other none - default AUN", lib=COOP3)

qp("CE-Q5071", "2026-03-31 20:27:50", AUN, "Ike", "ike.mensah@example.com",
   "fax", """
p do you have a fax machine i can use, need to fax something to my insurance
l Which library is closest?
p my closest branch is towson
l They'll email you.
""", "= other none BCPL local BCPL", lib=COOP2)

qp("CE-Q5072", "2026-04-01 21:51:02", AUN, "Jill", "jill.ammons@example.com",
   "3d printer", """
p can i use the 3d printer, how do i send a file
l Which library?
p lavale
l They'll email you.
""", "= other none ALLEGANY local ALLEGANY")

qp("CE-Q5073", "2026-04-02 23:37:24", AUN, "xx", "grumpy.j@example.com",
   "hours", """
p why is everything closed
l Which library do you mean?
p you people are useless, answer the damn question you idiot
l I won't continue if you use that language.
p whatever f*** off
""", "= policy none - quality QC", lib=COOP3)

qp("CE-Q5074", "2026-04-03 14:25:17", AUN, "Martha", "martha.voss@example.com",
   "scan to email", """
p can i scan documents at the library and email them to myself
l Yes at most branches. Which one?
p chestertown
l They'll email you details.
""", "= other none KENT local KENT", lib="Tom")

qp("CE-Q5075", "2026-04-04 20:10:49", CARROLL, "Doug", "doug.freed@example.com",
   "tax forms help", """
p is there someone who can help me fill out my taxes at the library
l There are volunteer tax help days. I'll email the dates.
p ok
""", "= other none CARROLL local CARROLL", lib="Erin")

qp("CE-Q5076", "2026-04-05 21:59:03", AUN, "Abby", None,
   "book club", """
p is there a book club for people in their 20s
l Which library?
p bethesda
l Can I have your email?
p my email is abby.tran at example dot org
""", "abby.tran@example.org other none MCPL local MCPL", lib=COOP2, written=True)

qp("CE-Q5077", "2026-04-06 22:44:11", AUN, "Sterling", "sterling.oh@example.com",
   "wifi password", """
p what's the wifi password at the library, it asks for something
l Usually it's open. Which branch?
p frederick downtown
l They'll email you.
""", "= other none FCPL local FCPL", lib=COOP3)

qp("CE-Q5078", "2026-04-07 20:31:36", AUN, "Nell", "nell.q@example.com",
   "directions from light rail", """
p how do i get to the library from the light rail, i don't drive
l Which library?
p the one in hunt valley
l They'll email you directions.
""", "= other none BCPL local BCPL", lib=COOP2)

qp("CE-Q5079", "2026-04-08 23:02:33", AUN, "Edwin", "edwin.sparks@example.com",
   "large type and audio", """
p I had a stroke and reading a page wears me out, the words swim. is there a way to get books I can listen to for free, a whole service not just one app
l There's a statewide service for people who can't read regular print. Where do you live?
p elkridge
l I'll send this on so they can email you.
""", "= policy print-disability HCLS print-disability LBPH", lib=COOP3)

qp("CE-Q5080", "2026-04-09 21:12:07", AUN, "Faye", None,
   "eviction notice", """
p got a paper on my door saying i have to be out in 10 days, is that even legal
l I'm sorry. Where do you live?
p essex
l A law librarian could send you resources. Can I have an email?
p dont have one, sorry
""", "- research law BCPL no-email -", lib=COOP2)

qp("CE-Q5081", "2026-04-10 20:44:52", AUN, "Hollis", "hollis.r@example.com",
   "ship manifests", """
p my family came through the port of baltimore in 1905 from Bremen. how do i find the passenger list
l Passenger lists for Baltimore exist for that period. Do you know the ship?
p no. i live in richmond va
l I'll send this to a genealogy specialist.
""", "= research specialist - specialist EPFL", lib=COOP3)

qp("CE-Q5082", "2026-04-11 22:18:30", AUN, "Patrice", "patrice.d@example.com",
   "wrong info", """
p the last person i chatted with told me the library was open easter sunday and i drove 40 min and it was closed
p also need to know the hours this weekend
l I'm very sorry about the wrong information. I'll report it. Which library?
p Salisbury
""", "= policy none WICOMICO quality QC", lib=COOP2)

qp("CE-Q5083", "2026-04-12 19:55:44", AUN, "Kent", "kent.w.adeyemi@example.com",
   "sat prep books", """
p the online SAT practice tests say my library account isn't valid
l I can check. Where do you live?
p I'm Kent btw, we live in DC
l I'll have someone email you the options.
""", "= access none - default AUN", lib="Tom")

qp("CE-Q5084", "2026-04-13 21:36:21", AUN, "Agnes", "agnes.m@example.com",
   "will witnesses", """
p i wrote out my own will by hand. does it need witnesses to count here
l That's a legal question; a law librarian can send you the rules. Where are you?
p hagerstown
l They'll email you.
""", "= research law WCFL law MSLL", lib=COOP3)

qp("CE-Q5085", "2026-04-14 20:07:58", AUN, "Sheila", "",
   "braille for my son", """
p my son is learning braille at school. can we borrow braille picture books anywhere
l Yes, there's a library for that. Could I have an email?
p sheila.gorham@example.com
p sorry, sheila.gorham@example.net, not com
l Thanks.
""", "sheila.gorham@example.net policy print-disability - print-disability LBPH", lib=COOP2)

qp("CE-Q5086", "2026-04-16 22:40:27", AUN, "Gina", "gina.marchetti@example.com",
   "book sale", """
p when's the next used book sale? i'm in bel air
l I'll have them email the date.
p oh also, totally different q, can i bring my own bags to the sale
""", "= other none HARFORD local HARFORD", lib=COOP2)

qp("CE-Q5087", "2026-04-17 21:05:14", AUN, "Stu", "stu.berger@example.com",
   "ebook returned early", """
p how do i return an ebook early in libby so someone else can have it. card is from moco
l In Libby, go to Shelf, then Manage Loan. I'll email screenshots.
p thx
""", "= access none MCPL local MCPL", lib=COOP3)

qp("CE-Q5088", "2026-04-18 23:28:09", AUN, "Jess", "jess.ward@example.com",
   "coding class", """
p are there any free coding classes for adults, preferably evenings
l Several libraries run them. Where do you live?
p cockeysville
l They'll email you.
""", "= other none BCPL local BCPL", lib=COOP2)

qp("CE-Q5089", "2026-04-19 20:52:36", AUN, "Patron", "larkin.e@example.com",
   "remote database error", """
p keep getting "proxy error 502" when i open the car repair database from home
l That's on the server side. Which library's card?
p frederick county
l They'll email you once it's fixed.
""", "= access none FCPL local FCPL", lib=COOP3)

# Rows that are not follow-ups (no labels).
qp("CE-Q5090", "2026-01-14 21:40:00", AUN, "Guest 3381", "lisa.t@example.com",
   "small claims form", """
p where's the form to file in small claims court
l Here is the District Court forms page. Anything else?
p no that's it, thanks
""", status="Answered", lib=COOP2)

qp("CE-Q5091", "2026-02-04 22:10:12", BALTCO, "Guest 1190", None,
   "", """
p hello?
s The patron left the chat.
""", status="Lost Call", lib="Erin")

qp("CE-Q5092", "2026-02-28 23:59:01", AUN, "Ron", "ron.v@example.com",
   "talking books signup", """
p how does my uncle sign up for talking books, he's legally blind
l Here's the application from the Maryland Library for the Blind and Print Disabled. He can mail it.
p perfect thanks
""", status="Answered", lib=COOP3)

qp("CE-Q5093", "2026-03-15 13:02:44", PRATT, "Guest 5120", None,
   "genealogy", """
p looking for my great aunt's death certificate from 1931
l Let me transfer you to a Pratt librarian.
""", status="Transferred", lib=COOP2)

qp("CE-Q5094", "2026-04-01 20:00:30", AUN, "Mo", None,
   "", """
p my landlord
s The patron left the chat.
""", status="Lost Call", lib=COOP2)

qp("CE-Q5095", "2026-04-15 21:22:09", HOWARD, "Tess", "tess.w@example.com",
   "renew", """
p can you renew my books
l Done, they're due May 6.
p thanks!
""", status="Answered", lib="Erin")


# ---------------------------------------------------------------------------------------------
# LibChat-style chats (eN_libchat.jsonl)
# ---------------------------------------------------------------------------------------------

KEL = "Kelsey (24/7 Cooperative)"
SMS1 = "+14435550187"
SMS2 = "+14105550142"
SMS3 = "+12405550119"
SMS4 = "+13015550163"

lc("CE-L6001", "2026-01-12 20:11:04", AUN, SMS1, None, "txt", """
p hi is this the library
l Yes, this is AskUsNow! How can I help?
p my kid has a report on harriet tubman due mon need books or sites
l Great topic. Where do you live?
p cambridge md
l Can I get an email to send a list?
p keyshawn.ball@example.com
""", "keyshawn.ball@example.com research none DORCHESTER local DORCHESTER", lib=KEL)

lc("CE-L6002", "2026-01-13 21:25:33", AUN, "Guest 7012", "", "", """
p My husband and I are starting a small cleaning business and need to know what licenses Maryland requires and how to find competitors' pricing.
l I can get you started. Are you located in Maryland?
p Yes, Gaithersburg. Email is fine: linh.tran.cleaning@example.com
l Thank you, a librarian will follow up.
""", "linh.tran.cleaning@example.com research none MCPL local MCPL", lib="Priya")

lc("CE-L6003", "2026-01-14 22:40:16", AUN, "Guest 7103", "nora.fitz@example.ca", "", """
p hello from Ottawa! I'm researching the Maryland oyster wars of the 1880s for a novel
l What a fun topic. Do you have access to a library there?
p yes, Ottawa Public Library, but they don't have much on this
l I'll have a specialist send you primary sources.
""", "= research specialist - specialist EPFL", lib=KEL)

lc("CE-L6004", "2026-01-15 20:03:49", AUN, "Guest 7120", None, "", """
p what percent of maryland's workers are in the federal government, and how has that changed since 2000
l BLS and the state labor department have this. Where should I send it?
p my email is d.ogun (at) example (dot) com
p I'm in Largo
""", "d.ogun@example.com research none PGCMLS local PGCMLS", lib="Ahmed", written=True)

lc("CE-L6005", "2026-01-16 23:12:27", AUN, SMS2, None, "txt", """
p landlord hasnt fixed the heat in 3 wks its 50 inside. what can i do
l I'm sorry. There are tenant rights resources. What county?
p balt city
l Email for a follow-up?
p mjenkins410@example.com
""", "mjenkins410@example.com research law EPFL law MSLL", lib=KEL, cr=True)

lc("CE-L6006", "2026-01-17 21:48:58", AUN, "Guest 7177", "", "", """
p My mother's friend says I can get my record cleared for a shoplifting charge from when I was 19 that was dropped. How does that work?
l There's a process for dismissed charges. Do you have an email for follow-up?
p gloria.b.n@example.com
""", "gloria.b.n@example.com research law - law MSLL", lib="Priya")

lc("CE-L6007", "2026-01-18 20:30:12", AUN, "Guest 7210", "ashby.family@example.com", "", """
p I'm trying to trace my 3x great grandmother who was enslaved on a plantation in St. Mary's County. Where would records be?
l There are probate and tax records that list enslaved people. Where do you live?
p Atlanta
l I'll refer this to a genealogy specialist.
""", "= research specialist - specialist EPFL", lib=KEL)

lc("CE-L6008", "2026-01-19 22:04:51", HOWARD, "Guest 7255", "noor.s@example.com", "", """
p need peer reviewed articles on screen time and toddlers for my child development class
l I'll send database suggestions.
p due thursday, thanks
""", "= research none HCLS local HCLS", lib="Ahmed")

lc("CE-L6009", "2026-01-20 20:50:30", AUN, "Guest 7290", "", "", """
p Is there good data on how many people in Maryland have long covid? for a paper
l The CDC Household Pulse survey has state estimates.
p great, can you email me? brennan.kowalski@example.com and I'm a student at UMBC
""", "brennan.kowalski@example.com research none UMBC local UMBC", lib="Priya")

lc("CE-L6010", "2026-01-21 21:15:07", AUN, "Guest 7318", "", "", """
p how do i find out who owned my house before 1950? it's an old farmhouse outside Sykesville
l Land records can be searched back. Are you the owner?
p yes we bought it last year. we live there now. adeline.park@example.com
l A specialist will email you.
""", "adeline.park@example.com research specialist CARROLL local CARROLL", lib="Ahmed")

lc("CE-L6011", "2026-01-22 23:44:40", AUN, SMS3, None, "txt", """
p need info on what happens at a custody hearing, first one is next month
l I'm sorry you're going through this. A law librarian can send resources. Email?
p no email sorry
""", "- research law - no-email -", lib=KEL, cr=True)

lc("CE-L6012", "2026-01-23 20:22:16", PG, "Guest 7359", "t.okoro@example.com", "", """
p I need the history of the Suitland Parkway for a community newsletter article
l I'll look into sources and email you.
p thank you
""", "= research specialist PGCMLS local PGCMLS", lib="Priya")

lc("CE-L6013", "2026-01-24 21:31:22", AUN, "Guest 7401", "", "", """
p can you put "The Law of Attraction" on hold for me? the website keeps timing out
l I can ask your library to place it. Which library do you use?
p Pasadena, the Riviera Beach one. my email is wanda.lee@example.com
""", "wanda.lee@example.com circulation none AACPL local AACPL", lib="Ahmed")

lc("CE-L6014", "2026-01-25 20:14:55", AUN, "Guest 7444", "", "", """
p Hi, can a 12 year old get a library card on their own, or does a parent have to sign?
l A parent usually signs. Where do you live?
p Rockville. kids email is fine? no wait use mine, carla.mendes@example.com
""", "carla.mendes@example.com policy none MCPL local MCPL", lib="Priya")

lc("CE-L6015", "2026-01-26 22:33:10", AUN, "Guest 7480", "", "", """
p are therapy dogs or any dogs allowed at the library? we want to bring ours to the reading program
l I'll check. Which library?
p the one in Towson, we live in Lutherville
p email: j.hollister@example.com
""", "j.hollister@example.com policy none BCPL local BCPL", lib="Ahmed")

lc("CE-L6016", "2026-01-27 21:40:38", AUN, "Guest 7502", "none", "", """
p do non-residents pay for a card? I live in Vancouver BC and I'm staying with family in Maryland this winter
l Some libraries offer cards to property owners or visitors. Do you have an email?
p pierre.lamarche@example.ca
""", "pierre.lamarche@example.ca policy none - default AUN", lib=KEL)

lc("CE-L6017", "2026-01-28 20:05:24", HARF, SMS4, None, "txt", """
p hey do u have to pay to use the computers
l No, they're free with a card. Email for more info?
p sure kayla.ortiz99@example.com
""", "kayla.ortiz99@example.com policy none HARFORD local HARFORD", lib="Priya", cr=True)

lc("CE-L6018", "2026-01-29 22:51:47", AUN, "Guest 7546", "", "", """
p who can use the talking book service? my husband has MS and can't hold a book anymore
l People with a physical disability that keeps them from holding a book qualify. Where do you live?
p St. Michaels. bea.hanley@example.com
""", "bea.hanley@example.com policy print-disability TALBOT print-disability LBPH", lib=KEL)

lc("CE-L6019", "2026-01-30 20:38:06", AUN, "Guest 7570", "", "", """
p how late is the library open on sundays
l Which one?
p the library in bel air
l Can I have an email?
p nope, i'll check the website
""", "- policy none HARFORD no-email -", lib="Ahmed")

lc("CE-L6020", "2026-01-31 21:20:35", CALV, "Guest 7601", "ramona.b@example.com", "", """
p can I take out more than 50 items at a time, homeschool family of 5
l There's a limit per card; I'll confirm and email you.
p thanks
""", "= policy none CALVERT local CALVERT", lib="Priya")

lc("CE-L6021", "2026-02-01 22:17:41", AUN, "Guest 7633", "", "", """
p can I reserve a study room for 4 hrs or is there a limit
l Limits vary. Where do you live?
p Severn. reply to nick.a.severn@example.com
""", "nick.a.severn@example.com policy none AACPL local AACPL", lib="Ahmed")

lc("CE-L6022", "2026-02-02 20:45:13", AUN, "Guest 7650", "", "", """
p Does the library let you record a podcast in the rooms
l Some libraries have studios. Where do you live?
p Frederick, I'm a Hood student
p email h.kimura@example.com
""", "h.kimura@example.com policy none FCPL local FCPL", lib="Priya")

lc("CE-L6023", "2026-02-03 23:30:50", AUN, "Guest 7688", "", "", """
p Do you need a Maryland address for a card? I'm a student from Toronto at Towson for the year
l Many libraries give cards to students. Email?
p liam.chen at example dot ca
""", "liam.chen@example.ca policy none TOWSON local TOWSON", lib=KEL, written=True)

lc("CE-L6024", "2026-02-04 21:12:28", MONT, "Guest 7712", "aldo.f@example.com", "", """
p is there a rule about kids under 10 being alone in the library
l Yes, there's an unattended child policy. I'll email it.
p ok thanks
""", "= policy none MCPL local MCPL", lib="Ahmed")

lc("CE-L6025", "2026-02-05 20:55:39", AUN, "Guest 7741", "", "", """
p Do you have any accommodations for people with ADHD, like quiet rooms? I live in Columbia
l Some branches do. Email?
p shauna.w@example.com
""", "shauna.w@example.com policy none HCLS local HCLS", lib="Priya")

lc("CE-L6026", "2026-02-06 22:06:04", AUN, "Guest 7760", "", "", """
p hi, whats the policy on returning items to a different county's library? i have a balt co book but live in harford now
l I'll check. Email?
p ty.rowland@example.com
""", "ty.rowland@example.com policy none HARFORD local HARFORD", lib="Ahmed")

lc("CE-L6027", "2026-02-07 20:40:17", PRATT, "Guest 7788", "", "", """
p can I get a Pratt card if I work in the city but live in York, Pennsylvania?
l I'll find out the non-resident rules. Email?
p marta.kiefer@example.com
""", "marta.kiefer@example.com policy none - default AUN", lib="Priya")

lc("CE-L6028", "2026-02-08 21:59:53", AUN, "Guest 7810", "", "", """
p are there any fees for interlibrary loans or is it free
l Usually free. Where do you live?
p Elkton
p email dana.price@example.com
""", "dana.price@example.com policy none CECIL local CECIL", lib="Ahmed")

lc("CE-L6029", "2026-02-09 20:12:44", AUN, SMS1, None, "txt", """
p can u renew my books card ends in 4471
l Which library?
p hcls
l I'll pass it on. Email?
p same as before, keyshawn.ball@example.com
""", "keyshawn.ball@example.com circulation none HCLS local HCLS", lib=KEL, cr=True)

lc("CE-L6030", "2026-02-10 22:43:05", AUN, "Guest 7850", "", "", """
p The website says I have a $12.50 charge for a damaged item, but the CD case was cracked when I checked it out.
l I'm sorry. Your library can review that. Which library?
p Montgomery, Wheaton branch. e-mail is s.adeyemi@example.com
""", "s.adeyemi@example.com circulation none MCPL local MCPL", lib="Priya")

lc("CE-L6031", "2026-02-11 21:18:20", BALTCO, "Guest 7871", "hwang.j@example.com", "", """
p my hold for Where the Crawdads Sing expired before I could pick it up, can it be put back
l I'll ask the branch.
p thanks
""", "= circulation none BCPL local BCPL", lib="Ahmed")

lc("CE-L6032", "2026-02-12 20:30:08", AUN, "Guest 7899", "", "", """
p I returned a laptop to the Glen Burnie branch but my account still shows it checked out
l I'll have them check. Email?
p rtaylor.gb@example.com
""", "rtaylor.gb@example.com circulation none AACPL local AACPL", lib="Priya")

lc("CE-L6033", "2026-02-13 23:05:34", AUN, "Guest 7920", "", "", """
p my card says blocked. i think its because of a book from like 2019
l It may be an old fee. Which library?
p charles county
l Email for follow up?
p i dont have one
""", "- circulation none CHARLES no-email -", lib=KEL)

lc("CE-L6034", "2026-02-14 20:26:51", AUN, "Howard Bowie", "", "", """
p Hello, my name is Howard Bowie. I live in Essex. I lost a library book on a bus. What do I owe?
l I'll ask your library to look it up. Email?
p hbowie52@example.com
""", "hbowie52@example.com circulation none BCPL local BCPL", lib="Ahmed")

lc("CE-L6035", "2026-02-15 21:37:14", CARROLL, "Guest 7960", "petra.n@example.com", "", """
p i need to renew my library card, it expired and I'm in Taneytown
l You can renew it online or at a branch. I'll email the steps.
p ok
""", "= circulation none CARROLL local CARROLL", lib="Priya")

lc("CE-L6036", "2026-02-16 22:48:27", AUN, "Guest 7988", "", "", """
p i put Gone Girl on hold 4 months ago and i'm still #40. is that right?
l Popular titles have long lists. Which library?
p wicomico. my email: erin.c.shore@example.com
""", "erin.c.shore@example.com circulation none WICOMICO local WICOMICO", lib="Ahmed")

lc("CE-L6037", "2026-02-17 20:19:02", AUN, "Guest 8010", "", "", """
p Hi, I borrowed a telescope from the library and one of the lenses is missing. I didn't lose it, it was missing when I got it
l I'm sorry. Which library lent it?
p Kent County, we're in Rock Hall. maggie.fen@example.com
""", "maggie.fen@example.com circulation none KENT local KENT", lib="Priya")

lc("CE-L6038", "2026-02-18 21:50:40", AUN, "Guest 8033", "", "", """
p can i check out a book on my kid's card if mine is full
l Your library can tell you. Where do you live?
p Bel Air
p jfarr@example.com
""", "jfarr@example.com policy none HARFORD local HARFORD", lib="Ahmed")

lc("CE-L6039", "2026-02-19 20:06:22", PRATT, "Guest 8060", "", "", """
p my library card number stopped working at self checkout at the Southeast Anchor
l I'll have staff look at your account. Email?
p moises.c@example.com
""", "moises.c@example.com circulation none EPFL local EPFL", lib="Priya")

lc("CE-L6040", "2026-02-20 22:29:16", AUN, "Guest 8091", "", "", """
p I have 3 overdue books and the library is closed for snow, will I be charged
l Probably not during a closure. Which library?
p Garrett County, in Oakland
p email is fine: ivy.shaffer@example.com
""", "ivy.shaffer@example.com circulation none GARRETT local GARRETT", lib=KEL)

lc("CE-L6041", "2026-02-21 20:41:37", AUN, "Guest 8120", "", "", """
p Why does my account show a book I never borrowed, "The Firm"? I don't read legal thrillers
l Sounds like an error. Where's your card from?
p Annapolis. cyrus.p@example.com
""", "cyrus.p@example.com circulation none AACPL local AACPL", lib="Ahmed")

lc("CE-L6042", "2026-02-22 21:33:58", AUN, SMS3, None, "txt", """
p i renewed my book online but it still says overdue
l Which library?
p pg county
l Email?
p no i'll call
""", "- circulation none PGCMLS no-email -", lib=KEL, cr=True)

lc("CE-L6043", "2026-02-23 20:11:05", AUN, "Guest 8144", "", "", """
p I tried to chat yesterday about a lost book charge and the chat kept freezing and then just ended. trying again.
p the charge is $28 for a book I returned at Perry Hall
l I'm sorry about yesterday, I'll report the chat problem. Email?
p lou.zamora@example.com
""", "lou.zamora@example.com circulation none BCPL quality QC", lib="Priya")

lc("CE-L6044", "2026-02-24 21:48:19", AUN, "Guest 8170", "", "", """
p the Washington Post access through the library keeps saying my code is expired after one day
l Those passes are 24 or 72 hours. Which library?
p Laurel. yvonne.ba@example.com
""", "yvonne.ba@example.com access none PGCMLS local PGCMLS", lib="Ahmed")

lc("CE-L6045", "2026-02-25 20:35:46", STEV, "Guest 8199", "", "", """
p cant get into the nursing database from home, it keeps sending me back to the login page
l That's the proxy. I'll email you steps.
p my email is kporter7@example.edu
""", "kporter7@example.edu access none STEVENSON local STEVENSON", lib="Priya")

lc("CE-L6046", "2026-02-26 22:57:33", AUN, "Guest 8222", "", "", """
p can the library get me a copy of a 1962 master's thesis from another university?
l Yes, through interlibrary loan. Where do you live?
p Chevy Chase. m.abernathy@example.com
""", "m.abernathy@example.com access none MCPL local MCPL", lib=KEL)

lc("CE-L6047", "2026-02-27 20:44:20", AUN, SMS4, None, "txt", """
p how do i get audiobooks on my phone w my card
l Libby works with your card. Which library?
p anne arundel
l email for steps?
p tjones.aa@example.com
""", "tjones.aa@example.com access none AACPL local AACPL", lib="Ahmed", cr=True)

lc("CE-L6048", "2026-02-28 21:10:55", AUN, "Guest 8260", "", "", """
p my screen reader skips half the buttons in the online catalog so i can't place anything
l I'm sorry. There are accessible services for that too. Where do you live?
p Hyattsville. omar.s.reads@example.com
""", "omar.s.reads@example.com access print-disability PGCMLS print-disability LBPH", lib="Priya")

lc("CE-L6049", "2026-03-01 22:22:42", AUN, "Guest 8288", "", "", """
p Mango Languages says my library isn't a subscriber. I'm in Montreal, I used a Maryland card from when I lived there
l Cards may lapse when you move. Email?
p gen.tremblay@example.ca
""", "gen.tremblay@example.ca access none - default AUN", lib=KEL)

lc("CE-L6050", "2026-03-02 20:58:07", AUN, "Guest 8310", "", "", """
p I keep getting an error "too many devices" in the comic book app
l That's a device limit. Which library?
p Salisbury. email abe.t@example.com
""", "abe.t@example.com access none WICOMICO local WICOMICO", lib="Ahmed")

lc("CE-L6051", "2026-03-03 21:45:39", UMBC, "Guest 8333", "", "", """
p the article i need says "access denied" even though i'm logged in through the library
l I'll check the link. Email?
p jdiaz3@example.edu
""", "jdiaz3@example.edu access none UMBC local UMBC", lib="Priya")

lc("CE-L6052", "2026-03-04 20:24:01", AUN, "Guest 8360", "", "", """
p i requested an interlibrary loan 5 weeks ago. no update. i'm in columbia
l I'll have them check. email?
p bel.ortiz@example.com
l And to confirm, your card is Howard County?
p yes
""", "bel.ortiz@example.com access none HCLS local HCLS", lib="Ahmed")

lc("CE-L6053", "2026-03-05 22:39:14", AUN, "Guest 8390", "", "", """
p the library's ebook of "Legally Blonde" wont open on my nook
l Some formats don't work on Nook. Where do you live?
p Bowie. email x.wallace@example.com
""", "x.wallace@example.com access none PGCMLS local PGCMLS", lib=KEL)

lc("CE-L6054", "2026-03-06 20:17:48", AUN, "Guest 8415", "", "", """
p I need to log into the test prep database but it asks for a barcode and my card is digital only
l Digital cards have barcodes too. Where do you live?
p Ellicott City
l Email?
p none
""", "- access none HCLS no-email -", lib="Priya")

lc("CE-L6055", "2026-03-07 21:51:30", FROST, "Guest 8440", "", "", """
p the ebook says only one user at a time and it's been checked out for days, i need ch 4 for class
l I'll see if we can get another copy. Email?
p amurphy@example.edu
""", "amurphy@example.edu access none FSU local FSU", lib="Ahmed")

lc("CE-L6056", "2026-03-08 20:29:59", AUN, "Guest 8466", "", "", """
p libby won't load at all, just a white screen, and the chat dropped on me twice already
l Sorry about the drops; I'll report the chat problem. Email?
p rina.hoff@example.com
p I'm in Westminster
""", "rina.hoff@example.com access none CARROLL quality QC", lib="Priya")

lc("CE-L6057", "2026-03-09 22:03:18", AUN, "Guest 8490", "", "", """
p can i use the genealogy databases from home? i'm in frostburg
l Some are in-library only. Email?
p luke.a@example.com
""", "luke.a@example.com access none ALLEGANY local ALLEGANY", lib=KEL)

lc("CE-L6058", "2026-03-10 20:50:31", AUN, "Guest 8512", "", "", """
p how do I get to the Bel Air library from the bus station
l I'll send directions. Are you a Harford County resident?
p no I'm visiting from Wilmington DE for a job fair. cara.m@example.com
""", "cara.m@example.com other none - default AUN", lib="Ahmed")

lc("CE-L6059", "2026-03-11 21:36:47", AUN, SMS2, None, "txt", """
p do yall print color
l Most branches do. Which library?
p balt city, pennsylvania ave branch
l email?
p mjenkins410@example.com
""", "mjenkins410@example.com other none EPFL local EPFL", lib=KEL, cr=True)

lc("CE-L6060", "2026-03-12 20:08:16", AUN, "Guest 8560", "", "", """
p is there a notary at any library near Crofton
l Some branches offer it. Email?
p lana.h@example.com
""", "lana.h@example.com other none AACPL local AACPL", lib="Priya")

lc("CE-L6061", "2026-03-13 22:14:52", HOWARD, "Guest 8588", "zora.q@example.com", "", """
p when is the next teen gaming night
l I'll email you the schedule.
p thanks
""", "= other none HCLS local HCLS", lib="Ahmed")

lc("CE-L6062", "2026-03-14 20:47:09", AUN, "Guest 8612", "", "", """
p how do i make a pdf from a word document on a chromebook
l I can send instructions. Email?
p its theo.w@example.com and i live in Havre de Grace
""", "theo.w@example.com other none HARFORD local HARFORD", lib="Priya")

lc("CE-L6063", "2026-03-15 21:22:33", AUN, "Guest 8640", "", "", """
p I want to complain. I waited 25 minutes in this chat yesterday and then someone answered one line and left. Really poor.
l I'm sorry. I'll pass this to the people who review the service. Email?
p b.nakamura@example.com
""", "b.nakamura@example.com other none - quality QC", lib="Ahmed")

lc("CE-L6064", "2026-03-16 20:03:44", AUN, "Guest 8666", "", "", """
p how do i set up a new gmail account, my old one got hacked
l I can walk you through it. Where should I send steps?
p to my wife's, fran.oyelowo@example.com, we live in Pikesville
""", "fran.oyelowo@example.com other none BCPL local BCPL", lib=KEL)

lc("CE-L6065", "2026-03-17 22:31:21", AUN, "Guest 8690", "", "", """
p are there any free concerts at libraries this summer, we live in St. Charles
l I'll have someone send the events. Email?
p dmcgee.sc@example.com
""", "dmcgee.sc@example.com other none CHARLES local CHARLES", lib="Priya")

lc("CE-L6066", "2026-03-18 20:40:04", AUN, "Guest 8720", "", "", """
p Where can I get a passport photo taken? Does the library do passports?
l Some libraries accept passport applications. Where are you?
p Hanover, near the mall. vic.l@example.com
""", "vic.l@example.com other none AACPL local AACPL", lib="Ahmed")

lc("CE-L6067", "2026-03-19 21:55:29", PRATT, "Guest 8755", "", "", """
p My laptop won't connect to any wifi, not just yours. Can someone help me figure it out?
l I'll get a tech-savvy librarian to email you. Address?
p kwame.a@example.com, I'm in Waverly
""", "kwame.a@example.com other none EPFL local EPFL", lib="Priya")

lc("CE-L6068", "2026-03-20 20:13:40", AUN, "Guest 8780", "", "", """
p The librarian at the front desk was wonderful today and I just wanted someone to know. Thank you Ms. Gwen at Havre de Grace!
l That's lovely to hear, I'll pass it on. Email?
p rae.j@example.com
""", "rae.j@example.com other none HARFORD local HARFORD", lib="Ahmed")

lc("CE-L6069", "2026-03-21 22:46:58", AUN, "Guest 8801", "", "", """
p directions to the Cockeysville branch from 83?
l Sure. Email for a map link?
p nah just tell me
l Take exit 17 then west.
p thx
""", "- other none BCPL no-email -", lib=KEL)

lc("CE-L6070", "2026-03-22 20:30:27", AUN, "Guest 8833", "", "", """
p Can someone help me print a boarding pass? I'm at home with no printer, going to the library tomorrow in Leonardtown
l You can email it to the branch printer. I'll send steps. Email?
p sol.reyes@example.com
""", "sol.reyes@example.com other none SMCLD local SMCLD", lib="Priya")

lc("CE-L6071", "2026-03-23 21:08:13", AUN, "Guest 8860", "", "", """
p need stats on opioid overdoses in Maryland by year for a speech
l The state health department publishes those. Email?
p tessa.grove @ example . org
p I'm at AACC, it's for comm 111
""", "tessa.grove@example.org research none AACC local AACC", lib="Ahmed", written=True)

lc("CE-L6072", "2026-03-24 22:20:46", AUN, "Guest 8888", "", "", """
p what were the causes of the 1904 Baltimore fire, for my history class
l There are good newspaper accounts. Email?
p ellie.marsh@example.con
p sorry .com
l Got it. Where do you live?
p I'm in Delaware, Newark
""", "ellie.marsh@example.com research none - default AUN", lib=KEL, written=True)

lc("CE-L6073", "2026-03-25 20:57:02", AUN, "Guest 8912", "", "", """
p Hi. I'm writing a business plan for a daycare and need the number of licensed child care centers in Anne Arundel County
l The state keeps a search. Email?
p mari.p@example.com. We live in Odenton.
""", "mari.p@example.com research none AACPL local AACPL", lib="Priya")

lc("CE-L6074", "2026-03-26 21:44:31", AUN, "Guest 8940", "", "", """
p my boss hasn't paid me for my last 2 weeks and now won't answer my texts. where do i even start
l That's awful. There are wage claim resources. Email?
p ray.dubois@example.com, I live in Dundalk
""", "ray.dubois@example.com research law BCPL law MSLL", lib="Ahmed")

lc("CE-L6075", "2026-03-27 20:02:55", AUN, "Guest 8966", "", "", """
p my grandma's family came from Somerset County in the 1800s, is there a way to see old church records from Princess Anne
l Yes, some are on microfilm. Where do you live?
p Houston, TX. faith.ob@example.com
""", "faith.ob@example.com research specialist - specialist EPFL", lib=KEL)

lc("CE-L6076", "2026-03-28 22:33:21", AUN, "Guest 8990", "", "", """
p i need to find out if a medicine my mom takes interacts with grapefruit
l MedlinePlus has drug info; a pharmacist is best. Email?
p jo.castell@example.com
""", "jo.castell@example.com research none - default AUN", lib="Priya")

lc("CE-L6077", "2026-03-29 20:48:49", AUN, "Guest 9012", "", "", """
p i was chatting with someone about dog bite laws and the screen went blank, then it said session ended
l Sorry about that, I'll report the session problem. What's your question?
p if a neighbor's dog bit my kid who pays. email ana.pruitt@example.com
""", "ana.pruitt@example.com research law - quality QC", lib="Ahmed")

lc("CE-L6078", "2026-03-30 21:15:37", AUN, "Guest 9040", "", "", """
p I need photos of what Ellicott City's Main Street looked like before the 1972 flood, for a school project
l A local history specialist can help. Where do you live?
p Annandale, Virginia. my email is ng.huong@example.com
""", "ng.huong@example.com research specialist - specialist EPFL", lib="Priya")

lc("CE-L6079", "2026-03-31 22:07:05", AUN, "Guest 9066", "", "", """
p How many people commute over the Bay Bridge each day? for an economics paper
l MDTA has traffic counts. Email?
p ben.y@example.com
""", "ben.y@example.com research none - default AUN", lib=KEL)

lc("CE-L6080", "2026-04-01 20:33:18", AUN, "Guest 9090", "", "", """
p can you put "The Verdict" on hold for me in large print? I have macular degeneration
l There's a program for people with low vision. Where do you live?
p Chestertown
p lydia.h@example.com
""", "lydia.h@example.com circulation print-disability KENT print-disability LBPH", lib="Ahmed")

lc("CE-L6081", "2026-04-02 21:49:43", AUN, "Guest 9115", "", "", """
p can I find out if my house is in a flood zone? the insurance company wants to know
l FEMA has flood maps. Email?
p cooper.reid@example.com. I'm in Mount Airy
""", "cooper.reid@example.com research none CARROLL local CARROLL", lib="Priya")

lc("CE-L6082", "2026-04-03 20:25:10", AUN, "Guest 9140", "", "", """
p is there a library near Cumberland that has old coal company payroll records? my uncle mined there
l Possibly archives. Where do you live?
p Baltimore County, Parkville. pete.kosar@example.com
""", "pete.kosar@example.com research specialist BCPL local BCPL", lib=KEL)

# Rows that are not follow-ups (no labels).
lc("CE-L6090", "2026-01-20 21:00:10", AUN, "Guest 9200", "", "", """
p what's the address of the law library in annapolis
l It's in the Courts of Appeal Building, 361 Rowe Blvd.
p thx
""", status="Answered", lib="Priya")

lc("CE-L6091", "2026-02-12 22:12:45", AUN, SMS1, None, "txt", """
p hi
""", status="Lost Call", lib=KEL, cr=True)

lc("CE-L6092", "2026-03-05 20:40:20", PRATT, "Guest 9230", "", "", """
p do you have braille books for kids
l Yes, the Library for the Blind and Print Disabled lends them. Here is their page.
p thank you
""", status="Answered", lib="Ahmed")

lc("CE-L6093", "2026-03-26 21:30:59", AUN, "Guest 9255", "", "", """
p my ex is taking me to court
s The patron left the chat.
""", status="Missed", lib=KEL)

lc("CE-L6094", "2026-04-04 20:10:05", AUN, "Guest 9280", "", "", """
p i need the genealogy room hours
l Transferring you to the Pratt.
""", status="Transferred", lib="Priya")

lc("CE-L6083", "2026-04-04 21:40:33", AUN, "Guest 9160", "", "", """
p the lady I talked to on here last night said she'd email me a list of job fairs and never did
l I'm sorry that didn't happen. I'll flag it. Can you confirm your email?
p cmoreno.jobs@example.com
""", "cmoreno.jobs@example.com other none - quality QC", lib="Ahmed")

lc("CE-L6084", "2026-04-05 20:18:56", AUN, SMS4, None, "txt", """
p can the library help me fill out a job application online, my phone is all i have
l Yes, many branches help with that. Which library?
p aberdeen
l email?
p tjones.aa@example.com
""", "tjones.aa@example.com other none HARFORD local HARFORD", lib=KEL, cr=True)

lc("CE-L6085", "2026-04-06 22:51:08", AUN, "Guest 9190", "", "", """
p the e-magazine app logs me out every time I switch apps on my ipad
l That's a known issue with that app. Which library?
p Owings Mills. amy.sato@example.com
""", "amy.sato@example.com access none BCPL local BCPL", lib=KEL)

lc("CE-L6086", "2026-04-07 20:09:41", TOWSON, "Guest 9215", "", "", """
p ill request for a book chapter, its been 2 wks
l I'll check on it. Email?
p mnguyen12@example.edu
""", "mnguyen12@example.edu access none TOWSON local TOWSON", lib="Priya")


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
    rng = random.Random("e-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC)
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 50) + len(text) // rng.randint(2, 4))
        out.append((at.astimezone(NY), code, text))
    return out


def speakers(c):
    return {"p": c["patron"], "l": c["lib"], "m": c["lib2"], "s": "System"}


def qp_record(c):
    names = speakers(c)
    start = local_start(c["start"])
    return {
        "Reference": c["cid"],
        "Created At": start.isoformat(),
        "Account": c["origin"],
        "Customer Name": c["patron"],
        "Customer Email": c["email"],
        "Initial Question": c["q"],
        "Resolution Code": c["status"],
        "Messages": [{"time": t.strftime("%H:%M:%S"), "from": names[code], "text": text}
                     for t, code, text in timed_lines(c)],
    }


def qp_text(chats):
    """A JSON array, one record a line inside it."""
    return "[\n" + ",\n".join(json.dumps(qp_record(c), ensure_ascii=False)
                              for c in chats) + "\n]\n"


def us_stamp(start):
    return (f"{start.month}/{start.day}/{start.year % 100:02d} {start.hour % 12 or 12}:"
            f"{start.minute:02d} {'AM' if start.hour < 12 else 'PM'}")


def lc_record(c):
    names = speakers(c)
    sep = "\r" if c["cr"] else "\n"
    transcript = sep.join(f"{t.strftime('%H:%M:%S')} - {names[code]}: "
                          f"{html.escape(text, quote=True).replace('&#x27;', '&#39;')}"
                          for t, code, text in timed_lines(c))
    return {
        "chat_id": c["cid"],
        "timestamp": us_stamp(local_start(c["start"])),
        "department": c["origin"],
        "guest_name": c["patron"],
        "guest_email": c["email"],
        "initial_question": c["q"],
        "answerer": c["lib"].split(" (")[0],
        "rating": c["rating"],
        "disposition": c["status"],
        "transcript": transcript,
    }


def lc_text(chats):
    return "".join(json.dumps(lc_record(c), ensure_ascii=False) + "\n" for c in chats)


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in chats if c["label"])


STYLES = [("questionpoint", "json", QP, qp_text), ("libchat", "jsonl", LC, lc_text)]


def files():
    """(file name, style, its chats, text function) for the four exports."""
    return half_files("e", STYLES)


def part_dir(name):
    """Where a file of this part lives: e1 (the development half) trains the category model,
    e2 stays held out."""
    return "train" if name.startswith("e1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "e", counts_table)
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


def read_back(name, style):
    """The records of a written export, as dicts with "id" and "lines"."""
    text = read_text(HERE / part_dir(name) / name)
    if style == "questionpoint":
        recs = json.loads(text)
        if not isinstance(recs, list):
            raise ValueError("not a JSON array")
        out = []
        for r in recs:
            if list(r) != list(qp_record(QP[0])):
                raise ValueError(f"keys {list(r)}")
            lines = [f"{m['time']} - {m['from']}: {m['text']}" for m in r["Messages"]]
            out.append({"id": r["Reference"], "lines": lines})
        return out
    out = []
    for raw in text.split("\n"):
        if not raw:
            continue
        r = json.loads(raw)
        if list(r) != list(lc_record(LC[0])):
            raise ValueError(f"keys {list(r)}")
        out.append({"id": r["chat_id"], "lines": re.split(r"\r\n|\r|\n", r["transcript"])})
    return out


TIME_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d - [^:]+: \S")


def check_all():
    problems = []
    chats = QP + LC
    seen = set()
    for c in chats:
        if c["cid"] in seen:
            problems.append(f"{c['cid']}: duplicate chat id")
        seen.add(c["cid"])
        if not c["cid"].startswith("CE-"):
            problems.append(f"{c['cid']}: chat id without the CE- prefix")
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
    by_id = {c["cid"]: c for c in chats}
    for name, style, own, _ in files():
        try:
            records = read_back(name, style)
        except (ValueError, KeyError, json.JSONDecodeError) as e:
            problems.append(f"{part_dir(name)}/{name}: does not read back: {e}")
            continue
        in_file = [r["id"] for r in records]
        if in_file != [c["cid"] for c in own]:
            problems.append(f"{part_dir(name)}/{name}: records differ from the chats held here")
        for r in records:
            for line in r["lines"]:
                if not TIME_LINE.match(line):
                    problems.append(f"{part_dir(name)}/{name}: {r['id']}: line {line[:40]!r}")
        check_labels_file(part_dir(name), name, in_file, by_id, check_label, problems)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", QP + LC), ("questionpoint", QP), ("libchat", LC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", QP + LC))
    return labels_table(cols, QP + LC)


if __name__ == "__main__":
    sys.exit(main("e_build", all_texts, check_all, counts))
