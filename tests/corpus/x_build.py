#!/usr/bin/env python3
"""Writes and checks the "x" part of aun's labelled corpus (x1 in train/, x2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at"). Chats whose resolution is not "Follow Up By Patron Library"
carry no label and get no labels row. Where the patron asks two things, the category (and subject
need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.
The system's canned lines that open and close every session (welcome, who joined, the 72-hour
notice) are added by the writer, not written in each chat.

Two export styles, each split in two halves with the same mix (x1 and x2):
  xN_qp_report.csv     a QuestionPoint-style session report as a county library on Shared
                       Follow-Up downloads it, saved by a Windows tool: UTF-8 with a byte-order
                       mark, every cell quoted, CRLF between rows; `Session ID`, `Date`
                       (`10/14/2025`), `Time` (`2:05:41 PM`, New York) in a column of its own,
                       `Patron` (the name typed, often empty), `Patron Email` (empty, an address,
                       or what the patron typed in the form: `n/a`, an address without its
                       domain's end), `Institution` (the origin account), `Librarian`,
                       `Resolution Code`, `Question` (the patron's first message), `Transcript`:
                       lines `Patron: text`, `Librarian (Kim T.): text`, `System: text`,
                       separated by a carriage return alone inside the quoted cell.
  xN_coop_export.json  the overnight chats of the statewide queue answered by the national 24/7
                       cooperative's staff in other states, as its web tool exports them: one
                       object {"exported", "service", "time_zone_note", "count", "chats": [...]};
                       each chat `id`, `started` (ISO 8601 with the answering librarian's UTC
                       offset: Central, Mountain, Arizona, Pacific or Eastern), `account` (the
                       origin account), `guest` ({"name", "email"}: email null when none),
                       `answered_by` ({"name", "institution", "state"}; null when no one
                       answered), `resolution`, `question`, `transcript`: a list of
                       {"at" (UTC, `Z`), "from", "role" (guest, librarian or system), "text"}.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then x1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/x_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/x_build.py --check   (writes nothing: fails when a file
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
    address_problems, directory_ids, half_of, label_row, labels_csv, labels_table, lines_of, main,
    read_labels, read_text, readme_with_counts, rule_problems, tally_lines, vocabulary_problems,
)
from corpus_common import by_start, local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"
LEFT = "Patron Left"
FUL = "Follow Up By Librarian"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
HCLS = "Howard County Library System"
AACPL = "Anne Arundel County Public Library"
WCFL = "Washington County Free Library"
AACC = "Anne Arundel Community College"
STEVENSON = "Stevenson University Library"
PGCMLS = "Prince George's County Memorial Library System"
HARFORD = "Harford County Public Library"
FSU = "Frostburg State University"
TOWSON = "Towson University"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {HCLS: "HCLS", AACPL: "AACPL", WCFL: "WCFL", AACC: "AACC", STEVENSON: "STEVENSON",
               PGCMLS: "PGCMLS", HARFORD: "HARFORD", FSU: "FSU", TOWSON: "TOWSON"}

QP = []  # the QuestionPoint-style session report's chats
CO = []  # the 24/7 cooperative's overnight chats

# Maryland chat librarians of the statewide queue (daytime).
QP_STAFF = {"kim": "Kim T.", "dana": "Dana", "rashid": "Rashid", "lorraine": "Lorraine",
            "beth": "Beth W."}
# The cooperative's overnight staff: display name, institution, state, time zone.
CO_STAFF = {
    "marisol": ("Marisol (24/7 Cooperative)", "San Antonio Public Library", "TX", "America/Chicago"),
    "greg": ("Greg (24/7 Cooperative)", "Columbus Metropolitan Library", "OH", "America/New_York"),
    "priya": ("Priya (24/7 Cooperative)", "Santa Clara County Library District", "CA",
              "America/Los_Angeles"),
    "hal": ("Hal (24/7 Cooperative)", "Denver Public Library", "CO", "America/Denver"),
    "joanne": ("Joanne (24/7 Cooperative)", "Phoenix Public Library", "AZ", "America/Phoenix"),
    "wes": ("Wes (24/7 Cooperative)", "King County Library System", "WA", "America/Los_Angeles"),
}


def _qp_start(n, seed):
    """The n-th QP chat starts on an autumn 2025 day (New York), between 9 am and 8:59 pm."""
    rng = random.Random(seed)
    day = datetime(2025, 10, 6) + timedelta(days=(n * 7) // 9)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def _co_start(n, seed):
    """The n-th cooperative chat starts in a winter 2026 night (New York), 10 pm to 6:59 am.
    The nights run across the start of daylight saving time (March 8)."""
    rng = random.Random(seed)
    night = datetime(2026, 1, 12, 22) + timedelta(days=(n * 9) // 8)
    return (night + timedelta(hours=rng.randint(0, 8), minutes=rng.randint(0, 59),
                              seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def qp(cid, origin, patron, email, t, label=None, op="kim", status=FU, written=False):
    """A chat of the QP session report. patron: the name typed (may be empty); email None is an
    empty cell."""
    QP.append(dict(cid=cid, start=_qp_start(len(QP), "x-qp-" + cid), origin=origin,
                   patron=patron, email=email, t=t, label=label, op=op, status=status,
                   written=written))


def co(cid, account, guest, email, t, label=None, op="marisol", status=FU, written=False):
    """A chat of the cooperative's JSON. guest: the name typed (empty: `Guest NNNN`); email None
    is null."""
    rng = random.Random("x-co-name-" + cid)
    CO.append(dict(cid=cid, start=_co_start(len(CO), "x-co-" + cid), origin=account,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, op=op, status=status, written=written))

# ---------------------------------------------------------------------------------------------
# The QP session report (xN_qp_report.csv): daytime, Maryland librarians
# ---------------------------------------------------------------------------------------------

qp("CX-Q101", AUN, "", None, """
p hi, my landlord hasnt fixed the heat since october and its getting cold at night. can i hold back my rent until he does?
l I'm sorry, that sounds miserable. Maryland has a rent escrow process through the District Court, but there are steps to follow first. A law librarian can send you the details. Where do you live?
p aacounty, right outside odenton
l Thank you. What email should the law librarian use?
p tkeller.home@example.com
""", "tkeller.home@example.com research law AACPL law")

qp("CX-Q102", AUN, "Frederick", "fred.mensah@example.org", """
p hi this is Frederick. my daughter needs books about volcanoes, shes in 3rd grade and has a project due next week
l Happy to help, Frederick! Which library do you usually go to?
p honestly whichever one is close, we move around for my job
l No problem. I'll have a librarian put together a list of titles and send it to your email.
p thank you
""", "= research none - default", op="dana")

qp("CX-Q103", AUN, "", None, """
p my grandmother cant read regular print anymore, her eyes are just too far gone. she used to read 3 books a week and now she just sits
p is there anything the library can do for her? she lives with us in catonsville
l There is. The Maryland Library for the Blind and Print Disabled mails audiobooks and a player free of charge. I can have them contact you about signing her up. What's a good email?
p sure, its r.okafor@example.net
""", "r.okafor@example.net policy print-disability BCPL print-disability", op="rashid")

qp("CX-Q104", AUN, "Tanya", "tanyab@example", """
p my ex wont bring my son back after his weekend with him. we never went to court, nothing is in writing. what can i do
l I'm so sorry. A law librarian can point you to the custody forms and the family law self-help center. The email in your form looks incomplete, could you type it again?
p oh sorry its tanyab@example.com
p im in pg if that matters
""", "tanyab@example.com research law PGCMLS law", op="lorraine")

qp("CX-Q105", AUN, "", "mjb1957@example.net", """
p do yall have law and order season 4 on dvd. i want to put a hold on it
l Let me look. Which library system is your card with?
p harford, i go to the bel air branch
l I see copies in Harford's catalog. I'll ask Harford County to place the hold for you.
""", "= circulation none HARFORD local", op="beth")

qp("CX-Q106", AUN, "Leon", "leon.price@example.com", """
p second time trying. the chat cut off last night right when the lady was telling me the name of the website
p i was asking how to get into the GED practice tests from home, it wants a card number and a pin
l I'm sorry the chat dropped on you; I'll report the disconnection. Which library is your card from?
p montgomery county
l Thank you. Someone from Montgomery County will email you the login steps.
""", "= access none MCPL quality", op="dana")

qp("CX-Q107", AUN, "", None, """
p my dad is a vietnam vet and went blind from glaucoma. somebody at the VA said the library has audiobooks for people like him?
l Yes! The Maryland Library for the Blind and Print Disabled serves veterans who can't read print, free, by mail. Would you like them to contact you?
p yes please. email is dwhitfield at example dot org
p we live in hagerstown if that helps
""", "dwhitfield@example.org policy print-disability WCFL print-disability", op="kim",
   written=True)

qp("CX-Q108", AUN, "", None, """
p trying to find where my great great grandfather is buried. he was a waterman on smith island around 1890
l What a great family history question. I'll pass it to a genealogy specialist. Where are you writing from?
p Seaford, Delaware. email: jcrockett@example.net
""", "jcrockett@example.net research specialist - specialist", op="rashid")

qp("CX-Q109", AUN, "", None, """
p looking for my grandmothers obituary, 1974, it would have been in the evening capital
p im in annapolis, 21401
l The Evening Capital from 1974 is on microfilm, so a librarian will need to look for you. What email should they use?
p kwalsh.annapolis@example.org
""", "kwalsh.annapolis@example.org research specialist AACPL local", op="lorraine")

qp("CX-Q110", PRATT, "", None, """
p got an eviction notice taped on my door, it says i have 10 days. is that even legal in baltimore city
l I'm sorry you're dealing with this. A law librarian from the State Law Library can follow up by email with what the notice means and where to get help. What's your email?
p i dont do email. can i just call somebody
l You can call the District Court's self-help center; the number is on the courts' website. I'm sorry we can only follow up by email.
""", "- research law EPFL no-email", op="beth")

qp("CX-Q111", AUN, "Jess", "Jess.W@example.com", """
p can i put a hold on A People's History of the United States by Howard Zinn? all the copies say checked out
l Sure. Which library card do you have?
p enoch pratt. i live in hampden
l Great, I'll ask Pratt to place the hold and email you.
""", "= circulation none EPFL local", op="dana")

qp("CX-Q112", AUN, "", None, """
p im applying for a county job in rockville and they want a resume and cover letter. does the library help with that kind of thing?
l Several libraries have job help. Where do you live?
p arlington va. the job is in maryland though
l OK. I'll have someone send you what's available. Email?
p wbanks@example.org
""", "wbanks@example.org policy none - default", op="kim")

qp("CX-Q113", AUN, "", None, """
p need 3 articles about vaping and teens for a health class essay, teacher said no wikipedia
l I can help with that. Which library do you use? Some databases need a card.
p we live in 21044
p my email is dina.s@example.com
""", "dina.s@example.com research none HCLS local", op="rashid")

qp("CX-Q114", AUN, "", "pk.deluca@example.net", """
p got pulled over on 95 near aberdeen doing 84. the ticket says i can pay it or ask for a trial
p i live in wilmington de. will it put points on my delaware license?
l A law librarian at the Maryland State Law Library can answer how out-of-state tickets work. I'll send this to them.
""", "= research law - law", op="lorraine")

qp("CX-Q115", HCLS, "", "ortiz.family@example.org", """
p my boss at the restaurant has me working like 50 hours a week and pays straight time. isnt there a law about overtime
l There are federal and Maryland wage laws on this. I'll pass your question to a law librarian who can send the details.
""", "= research law HCLS law", op="beth")

qp("CX-Q116", AUN, "", None, """
p can i print on legal size paper at the glen burnie library? its a lease my landlord emailed me and it has to be legal size
l Most branches can print legal size at the desk. I'll have Anne Arundel confirm the cost. Email?
p ok its marcus.h@example.com
""", "marcus.h@example.com other none AACPL local", op="dana")

qp("CX-Q117", AUN, "", "b.odum@example.org", """
p the librarian i had yesterday was honestly rude. told me to just google it and closed the chat on me
p i was only asking where to find repair manuals for a 2009 honda civic
l I'm sorry that happened; that's not how we want anyone treated, and I'll pass your comments on. Which library do you use?
p frederick county, urbana branch
""", "= research none FCPL quality", op="kim")

qp("CX-Q118", AUN, "", None, """
p are you a real person
l Yes, I'm a librarian. How can I help?
p then answer me you useless idiot. why is the library website garbage
l I'm glad to help with the website, but I won't continue if the language stays like this.
p [language removed by the system]
l I'm ending this chat now. Abusive language is not permitted on AskUsNow!.
""", "- other none - no-email", op="rashid")

qp("CX-Q119", AUN, "", "nina.r@example.net", """
p trying to borrow the new james mcbride audiobook on libby but it says my library isnt supported?
p i have a balt co card
l Let me see. Baltimore County uses Libby, so it may be the way the card was added. I'll have BCPL email you the steps.
""", "= access none BCPL local", op="lorraine")

qp("CX-Q120", AUN, "Gwen", "gwen.ayers@example.com", """
p my book club wants to read Plainsong by Kent Haruf next. can we borrow like 10 copies at once? do you have book club kits?
l Many libraries do. Which system are you with?
p carroll co. we meet in eldersburg
""", "= policy none CARROLL local", op="beth")

qp("CX-Q121", AUN, "", None, """
p my mother has macular degeneration and even the large print books are getting hard for her
p can she get books read out loud mailed to her? she lives in salisbury
l Yes, she may qualify for the talking books program. I'll pass your question to the Library for the Blind and Print Disabled. Email?
p pcollins at example dot net
""", "pcollins@example.net policy print-disability - print-disability", op="kim",
   written=True)  # local first labelled WICOMICO: the mother's town, not the patron's

qp("CX-Q122", AUN, "", "m.tran88@example.org", """
p i tried three times this morning and nobody ever answered. just sat on please wait
p anyway i need to know if my hold came in at the laurel branch
l I'm so sorry about the wait this morning; I'll report it. I'll have Prince George's County check your hold.
""", "= circulation none PGCMLS quality", op="dana")

qp("CX-Q123", AUN, "", None, """
p my daughter is in rehab and i have her kids. do i need custody papers to enroll them in school in calvert county? we live in lusby
l I'm sorry, that's a lot to manage. A law librarian could send you the forms for guardianship and school enrollment. What's your email?
p i dont have email sorry
l No problem. You can call the Maryland Court Help Center; it's free.
""", "- research law CALVERT no-email", op="rashid")

qp("CX-Q124", AUN, "", "ejohnson.home@example.net", """
p my mom wants to write a will but cant afford a lawyer. are there free forms? we live in 20774
l I'll send this to a law librarian who can point you to the forms and to free legal clinics.
""", "= research law PGCMLS law", op="lorraine")

qp("CX-Q125", AUN, "", None, """
p we're driving down to ocean city in june from york pa. any free things for little kids there? does the library do story time in the summer?
l I'll ask someone to look into summer events for you. What's your email?
p sara.beck@example.com
""", "sara.beck@example.com other none - default", op="beth")

qp("CX-Q126", PRATT, "", None, """
p my grandfather worked at sparrows point in the 1950s. is there any way to find his employment records from bethlehem steel?
p im in lauraville, if that matters
l That would take a specialist in archival records. I'll pass it on. What's your email?
p j.ambrose@example.org
""", "j.ambrose@example.org research specialist EPFL local", op="kim")

qp("CX-Q127", AUN, "", None, """
p i live in dc but i work in silver spring. can i get a montgomery county library card?
l Good question. I'll have someone confirm the rules for people who work in the county. What's your email?
p h.mills@example.com
""", "h.mills@example.com policy none - default", op="dana")

qp("CX-Q128", AUN, "", "aw.petworth@example.org", """
p im in dc (petworth) but i have a moco card from when i worked in bethesda. it expired last year, can i renew it online?
l I'll check with Montgomery County and they'll email you about renewing.
""", "= circulation none MCPL local", op="rashid")

qp("CX-Q129", AUN, "Vern", "vern.h@example.net", """
p do you have maps of the baltimore harbor from the 1800s? im doing a painting of the old waterfront
l Old harbor maps are in special collections. I'll pass this to a specialist.
""", "= research specialist - specialist", op="lorraine")

qp("CX-Q130", AUN, "", None, """
p is there a notary at any bcpl branch? i need my car title notarized
l Let me check which branches have a notary and email you.
p rather not give my email, ill just call around
""", "- other none BCPL no-email", op="beth")

qp("CX-Q131", AUN, "", None, """
p im blind and use jaws. the catalog search results dont read right, it just keeps saying button button button
p i live in ellicott city
l Thank you for telling us. I'll pass this to the Library for the Blind and Print Disabled, and they can also let Howard County know about the catalog. Email?
p dbell.access@example.com
""", "dbell.access@example.com access print-disability HCLS print-disability", op="kim")

qp("CX-Q132", AUN, "", None, """
p i need a courtroom novel for english class, it has to be published after 2000. my teacher said not to kill a mockingbird
l Fun assignment! Which library do you use?
p i live in parkville
p email aiden.k@example.org
""", "aiden.k@example.org research none BCPL local", op="dana")

qp("CX-Q133", AUN, "", None, """
p how do i return a hotspot? the odenton branch is closed for renovation
p email: lpatel@example.con
p sorry lpatel@example.com
l Got it. I'll have Anne Arundel email you where to return it.
""", "lpatel@example.com circulation none AACPL local", op="rashid")

qp("CX-Q134", AACC, "", "s.nwosu@example.net", """
p my nursing databases say off campus access denied. i logged in with my student id
l Sorry about that! It may be the proxy. I'll have the library email you.
""", "= access none AACC local", op="lorraine")

qp("CX-Q135", STEVENSON, "", "k.hale@example.org", """
p how do i cite a government report in apa 7? it has no author just the department
l I'll send you an example and the guide.
""", "= research none STEVENSON local", op="beth")

qp("CX-Q136", AUN, "", None, """
p i live in martinsburg wv but i worked at a warehouse in hagerstown. they never paid my last 2 checks. which state do i complain to?
l I'm sorry. A law librarian can tell you how Maryland's wage claims work. Email?
p troy.g@example.com
""", "troy.g@example.com research law - law", op="kim")

qp("CX-Q137", AUN, "", "minnick.ch@example.org", """
p im writing a history of thurmont for our church's 150th anniversary booklet. where would i find old pictures and records of the town?
l That's local history; a specialist can help. Do you live in the area?
p yes we live in thurmont
""", "= research specialist FCPL local", op="dana")

qp("CX-Q138", AUN, "", None, """
p do you have books about frederick douglass for a 4th grader? his report is due monday
l Yes! Which library do you use?
p we're in st. mary's county, lexington park
p email is tfields@example.net
""", "tfields@example.net research none SMCLD local", op="lorraine")

qp("CX-Q139", PRATT, "", "q.barnes@example.com", """
p hi im trying to get my library card number, i lost the card
l I can help. Your messages are coming through late and cut off, I think the session is breaking up. I'll report the connection problem.
p yes it keeps freezing. i live in remington
l Thank you. Pratt will email you about your card.
""", "= circulation none EPFL quality", op="beth")

qp("CX-Q140", AUN, "", None, """
p can our HOA book a meeting room at the crofton library? is there a fee?
l I'll check Anne Arundel's meeting room rules for you. What email?
p crofton.hoa@example.org
""", "crofton.hoa@example.org policy none AACPL local", op="kim")

qp("CX-Q141", AUN, "Deshawn", "deshawn.k@example.com", """
p is pg library fine free now? my cousin said they stopped charging
l I believe so, but I'll have Prince George's County confirm.
""", "= policy none PGCMLS local", op="rashid")

qp("CX-Q142", AUN, "", None, """
p paid a contractor 4000 for a deck in september and he never came back. how do i take him to small claims? im in westminster
l I'm sorry. A law librarian can send you the District Court forms and steps. What's your email?
p rkline.deck@example.net
""", "rkline.deck@example.net research law CARROLL law", op="lorraine")

qp("CX-Q143", AUN, "", None, """
p what time does the towson branch close today
l It's open until 9 tonight.
p thanks
""", None, op="dana", status=ANS)

qp("CX-Q144", AUN, "", None, """
p hello? is anyone there
""", None, op=None, status=LOST)

qp("CX-Q145", AUN, "", "gr.student@example.org", """
p can i get a dissertation from 1987 through interlibrary loan? nobody in maryland has it
l Usually yes. Which library do you use?
p i use the cockeysville branch
""", "= access none BCPL local", op="beth")

qp("CX-Q146", AUN, "", None, """
p i asked last week about my grandfathers navy records from korea and was told someone would email me in 72 hours. nobody ever did
l I'm very sorry. I'll report that the follow-up was missed and make sure it gets to a specialist. What's your email?
p wallace.r@example.com
""", "wallace.r@example.com research specialist - quality", op="kim")

qp("CX-Q147", AUN, "", "helen.g@example.net", """
p my hands are bad with arthritis now, i cant hold a book or turn pages. is there any program for someone like me?
p i live in glen burnie
l Yes, the talking books program also serves people who can't hold a book. I'll have the Library for the Blind and Print Disabled contact you.
""", "= policy print-disability AACPL print-disability", op="dana")

qp("CX-Q148", AUN, "", None, """
p i have an old possession charge from 2009 in baltimore county. can it be taken off my record? its keeping me from jobs
l That's called expungement. A law librarian can send you the forms. Where do you live?
p essex now
p my email is dcoleman09@example.org
""", "dcoleman09@example.org research law BCPL law", op="rashid")

qp("CX-Q149", AUN, "", None, """
p how do i file for divorce without a lawyer, we been separated a year. im in waldorf
l A law librarian can send you the forms and the steps. What's your email?
p no email. just text me 301-555-0187
l I'm sorry, follow-up is by email only. The Maryland Court Help Center can help by phone.
""", "- research law CHARLES no-email", op="lorraine")

qp("CX-Q150", AUN, "", "coach.reyes@example.com", """
p is the basketball court behind the wheaton library open to anyone or is it part of the rec center? my son's team wants to practice
l I'll ask Montgomery County to check and email you.
""", "= other none MCPL local", op="beth")

qp("CX-Q151", AUN, "", None, """
p does the library have ancestry that i can use from home?
l Let me check. Which library?
p hoco
p mbrennan(at)example(dot)org
""", "mbrennan@example.org access none HCLS local", op="kim", written=True)

qp("CX-Q152", AUN, "", "c.tolliver@example.net", """
p do you need id to use the computers at the essex branch? im visiting my sister for a week, im up from norfolk
l Guest passes are usually possible. I'll have someone confirm and email you.
""", "= policy none - default", op="dana")

qp("CX-Q153", PRATT, "", "m.ruiz.fh@example.com", """
p my son is 9 and wants his own library card. what does he need to bring? we live in federal hill
l I'll have Pratt email you the requirements.
""", "= policy none EPFL local", op="rashid")

qp("CX-Q154", AUN, "", None, """
p i lost a book i borrowed from the aberdeen branch. how much do i have to pay
l I'm sorry! I'll have Harford County look at your account. Email?
p cj.lawson@example.org
""", "cj.lawson@example.org circulation none HARFORD local", op="lorraine")

qp("CX-Q155", WCFL, "", "tam.nguyen@example.com", """
p can i borrow a museum pass with my card? we want to take the kids somewhere this weekend
l I'll ask about museum passes and email you.
""", "= circulation none WCFL local", op="beth")

qp("CX-Q156", AUN, "", None, """
p need help finding a probate record for my great uncle's estate, 1938, allegany county
l That's an archival records search; a specialist could follow up. You can also write to us any time at askusnow@example.org.
p ok thanks. i dont want to give my email out
""", "- research specialist - no-email", op="kim")

qp("CX-Q157", AUN, "", None, """
p the courthouse told me to find the maryland code section about security deposits. where do i look?
p my landlord kept all $1500 and said the walls needed painting
l A law librarian will send you the section and what it says about wear and tear. Where are you?
p we're in hyattsville
p email: o.addo at example dot com
""", "o.addo@example.com research law PGCMLS law", op="dana", written=True)

qp("CX-Q158", AUN, "", None, """
p how late is the rec center pool open
l I'm not sure; that's Parks and Rec. Do you need anything else?
""", None, op="rashid", status=LEFT)

qp("CX-Q159", HCLS, "", "l.kwan@example.org", """
p i returned my books in the drop box at miller on friday but they still show checked out and overdue
l I'm sorry; I'll have Howard County check your account.
""", "= circulation none HCLS local", op="lorraine")

qp("CX-Q160", AUN, "", None, """
p hi, i need the population of maryland by county from the 2020 census for a stats class
l Happy to help. I'll send links. Email?
p jr.okeke@example.net
""", "jr.okeke@example.net research none - default", op="beth")

qp("CX-Q161", AUN, "Columbia Girl", None, """
p my son is 7 and dyslexic, reading is so hard for him. his teacher said there are audiobooks he can get for free?
l Yes, children with dyslexia can qualify for the talking books program. Which county are you in?
p anne arundel, in pasadena
p email kdaly.home@example.com
""", "kdaly.home@example.com policy print-disability AACPL print-disability", op="kim")

qp("CX-Q162", AUN, "", "rpatterson@example.net", """
p whats the process to get a 3d print made? i have the file
p im in frederick, i go to the C Burr Artz library
l I'll have Frederick County email you how to send the file and what it costs.
""", "= other none FCPL local", op="dana")

qp("CX-Q163", AUN, "", None, """
p hey the librarian before you just left without saying anything, i sat there 15 min
p i still need to know how to download the newspaper on my tablet with my card
l I'm sorry; I'll report that. Which library card?
p harford county
p email v.simms@example.com
""", "v.simms@example.com access none HARFORD quality", op="rashid")

qp("CX-Q164", AUN, "", "n/a", """
p my husband passed and his name is on the car and the house. what do i have to do with the court?
l I'm so sorry for your loss. A law librarian can explain the estate process. The email says n/a; do you have an address?
p no, our son handles all that
""", "- research law - no-email", op="lorraine")

qp("CX-Q165", AUN, "", None, """
p how many ebooks can i borrow at once on libby? and can i have more holds than that?
l It depends on the library. Which one?
p bcpl
p email pcarr@example.org
""", "pcarr@example.org policy none BCPL local", op="beth")

qp("CX-Q166", AUN, "", "ds.porter@example.com", """
p my daughter is doing a project on the history of the ellicott city flood and the old mill town. is there a librarian who knows local history?
p we're in elkridge
l Local history is a great question for a specialist. I'll have Howard County follow up with you.
""", "= research specialist HCLS local", op="kim")

qp("CX-Q167", AUN, "", None, """
p where can i get free wifi at night? my internet got cut off
l Some library parking lots have wifi after hours. Where are you?
p bowie
p email is dstokes@example.com
""", "dstokes@example.com other none PGCMLS local", op="dana")

qp("CX-Q168", AUN, "", "g.harmon@example.org", """
p can someone look up whether my interlibrary loan came in? i'll check back later
l I'll pass it to a librarian who can check and get back to you.
""", None, op="lorraine", status=FUL)

# ---------------------------------------------------------------------------------------------
# The cooperative's overnight JSON (xN_coop_export.json): staff in other states
# ---------------------------------------------------------------------------------------------

co("CX-J201", AUN, "", None, """
p cant sleep and just remembered my books are due tomorrow. the website keeps timing out when i try to renew
l Hi! I'm a librarian with the national 24/7 cooperative, I'm in Ohio, so I can't get into your account directly. Which library are you with?
p anne arundel, the severna park one
l Your library can renew them for you in the morning. What's your email?
p jo.ann.r@example.com
""", "jo.ann.r@example.com circulation none AACPL local", op="greg")

co("CX-J202", AUN, "", None, """
p landlord just texted that hes changing the locks friday because im 2 weeks late on rent. can he do that??
l I'm so sorry. I work at a library here in Texas, so I don't know Maryland's law well, but I'll have the Maryland State Law Library follow up. Where in Maryland do you live?
p dundalk
p email is sdiaz.dundalk@example.net
""", "sdiaz.dundalk@example.net research law BCPL law", op="marisol")

co("CX-J203", AUN, "", None, """
p my husband lost his sight in afghanistan. he was a huge reader before. is there a library service with audiobooks for blind veterans?
l Yes, there is! Every state has a talking book library; in Maryland it's the Library for the Blind and Print Disabled. I'm in Colorado, but I'll pass your question to them. Email?
p we're in Waldorf. kmoreau@example.org
""", "kmoreau@example.org policy print-disability CHARLES print-disability", op="hal")

co("CX-J204", PRATT, "Bernice", "bernice.h@example.com", """
p im trying to trace my family, my great grandmother came from north carolina to baltimore around 1920 and lived in pigtown. where do i start?
l What a great project. I'm a librarian in Arizona, so I'll pass this to Maryland genealogy specialists. Do you live in Baltimore now?
p yes still in pigtown, same street lol
""", "= research specialist EPFL local", op="joanne")

co("CX-J205", AUN, "", "tj.walker@example.net", """
p how do i get hoopla on my firestick
l Good question! I'm in Washington state, but the steps are the same everywhere. I'll have a librarian send them.
""", "= access none - default", op="wes")

co("CX-J206", FSU, "", "mkessler@example.org", """
p psycinfo says full text not available for an article i need for my capstone. can i still get it?
l Yes, you can usually request it through interlibrary loan. I'm covering for your library overnight from California; I'll have your library follow up.
""", "= access none FSU local", op="priya")

co("CX-J207", TOWSON, "", "a.ferris@example.com", """
p how do i cite a cdc report in apa, theres no author
l The CDC itself is the author. I'll send an example.
""", "= research none TOWSON local", op="greg")

co("CX-J208", AUN, "", None, """
p researching my family from cecil county in the 1850s census. im in lancaster pa
l Census work like this is best done with a genealogy specialist. I'm in Texas, but I'll pass it along. Email?
p linda.b.hoff@example.com
""", "linda.b.hoff@example.com research specialist - specialist", op="marisol")

co("CX-J209", AUN, "", None, """
p sorry got kicked off again
p thats the 3rd time tonight
l I'm sorry, the session keeps dropping on my side too. I'll report it to the service. Let's get your email so a librarian can follow up.
p dbrooks44@example.com
p i need a replacement library card, i lost mine. im in frederick
""", "dbrooks44@example.com circulation none FCPL quality", op="hal")

co("CX-J210", AUN, "", "anita.v@example.org", """
p last time i used this the person was really condescending, acted like i was stupid for not knowing what a database was
p anyway. how do i get into consumer reports from home
l I'm sorry you were treated that way; I'll pass it on. I'm in Washington state. Which library are you with?
p hoco
""", "= access none HCLS quality", op="wes")

co("CX-J211", AUN, "", "zz.night@example.net", """
p you sound cute. what are you wearing
l This service is for library questions. Do you have one?
p come on talk to me
l I'm ending this chat now. Messages like these are not allowed.
""", "= other none - quality", op="priya")

co("CX-J212", AUN, "", None, """
p my ex moved the kids to virginia without telling me. we have joint custody from a maryland court
p i live in laurel
l I'm so sorry. A law librarian in Maryland can send you information. I'm in Ohio myself. What's your email?
p no email. ill come back in the daytime
""", "- research law PGCMLS no-email", op="greg")

co("CX-J213", AUN, "", None, """
p my 10 year old is legally blind. can we get braille books from the library?
p we're in columbia, in howard county
l Yes! The Maryland Library for the Blind and Print Disabled lends braille books by mail. What's your email?
p s.adeyemi@example.com
""", "s.adeyemi@example.com policy print-disability HCLS print-disability", op="joanne")

co("CX-J214", AUN, "", "rhonda.g@example.org", """
p looking for 1930s afro american newspaper articles about my great grandmother's church in west baltimore
p i live in randallstown
l That needs old newspaper research. I'm in Colorado; I'll pass this to your library in Maryland.
""", "= research specialist BCPL local", op="hal")

co("CX-J215", AUN, "", "c.ostrowski@example.com", """
p oh you're in ohio too? i'm in columbus
p visiting my mom in bel air for the holidays. can i use her library card for libby while im here?
l Library cards are usually for the cardholder, but I'll have a librarian check the rules.
""", "= policy none - default", op="greg")

co("CX-J216", AUN, "", None, """
p i live in fairfax and have an interview at a biotech company in rockville on monday. are there library resources on the company?
l Yes, business databases can help. I'm in Arizona, but I'll have a librarian send some. Email?
p vk.rao@example.net
""", "vk.rao@example.net research none - default", op="joanne")

co("CX-J217", AUN, "", None, """
p we're coming to ocean city from dover de next month. is the library there open on sundays?
l I'll have someone check. Email?
p the.pierces@example.com
""", "the.pierces@example.com policy none - default", op="marisol")

co("CX-J218", AUN, "", "m.chowdhury@example.org", """
p got a speeding ticket in montgomery county, court date is march 3 but i have work. can i move it? i live in germantown
l A law librarian at the Maryland State Law Library can explain how to ask for a postponement. I'll pass it on.
""", "= research law MCPL law", op="priya")

co("CX-J219", AUN, "", None, """
p my dad died without a will, he owned his house in towson. how does it get to us kids?
p i live in dover delaware
l I'm so sorry. A law librarian in Maryland can explain the estate process. Email?
p tina dot marsh at example dot com
""", "tina.marsh@example.com research law - law", op="wes", written=True)

co("CX-J220", AUN, "", "gbaptiste@example.net", """
p ive been on the libby waitlist for the lincoln lawyer audiobook forever. is there a faster way?
l Sometimes another app has it. Which library?
p balto county
""", "= access none BCPL local", op="hal")

co("CX-J221", PRATT, "", "dee.r@example.com", """
p how do i reset my pin? i forgot it
l I'll have a librarian from your library follow up to reset it.
""", "= circulation none - default", op="marisol")

co("CX-J222", PGCMLS, "", "o.bamidele@example.org", """
p can i return books to any branch or only the one i got them from?
l I'll have your library confirm.
""", "= policy none PGCMLS local", op="greg")

co("CX-J223", HARFORD, "", "jessie.m@example.com", """
p my hold has said in transit for 2 weeks
l I'm sorry. I'm not at your library, I'm in California, so I'll pass this to Harford County.
""", "= circulation none HARFORD local", op="priya")

co("CX-J224", AUN, "", None, """
p does any library near me do passport applications? im in bowie
l Our library here in Texas does passports, but I'll have Prince George's County let you know about theirs. Email?
p a.okon@example.net
""", "a.okon@example.net policy none PGCMLS local", op="marisol")

co("CX-J225", AUN, "", "w.harrell@example.com", """
p i cant see the screen well anymore, my eyes are going. how do i make the words bigger in libby
p i live in easton
l There's a text size setting; I'll also have the Library for the Blind and Print Disabled send you what they offer.
""", "= access print-disability TALBOT print-disability", op="joanne")

co("CX-J226", AUN, "", "fh.custer@example.org", """
p my property line goes back to an 1890s deed. where would i find old land records in garrett county?
p i live in oakland, md
l Old land records take a specialist. I'm in Colorado; I'll have a Maryland library follow up.
""", "= research specialist GARRETT local", op="hal")

co("CX-J227", FSU, "", "pr.whitt@example.net", """
p i need a peer reviewed article on coal mining and water quality for my environmental science class
p i live in cumberland but im taking the class online
l I'll send you a few search tips and have your library follow up.
""", "= research none FSU local", op="wes")

co("CX-J228", AUN, "", None, """
p pg library card expired. can i renew it online or do i have to go in
l I'll ask Prince George's County. Email?
p e.agyeman@example.com
""", "e.agyeman@example.com circulation none PGCMLS local", op="priya")

co("CX-J229", AUN, "", "yolanda.f@example.org", """
p are balt co libraries open on new year's day
l Usually not, but I'll have BCPL confirm.
""", "= policy none BCPL local", op="greg")

co("CX-J230", AUN, "", None, """
p i need to find my grandparents marriage record, they married in baltimore in 1946
l A specialist can help. What's your email?
p sam underscore lee at example dot net
""", "sam_lee@example.net research specialist - specialist", op="marisol", written=True)

co("CX-J231", AUN, "", None, """
p im in keyser wv, right across the river from westernport. can i get a card at allegany county library?
l I'll have someone check their rules for West Virginia residents. Email?
p jsites@example.com
""", "jsites@example.com policy none - default", op="hal")

co("CX-J232", AUN, "", None, """
p need stats on opioid deaths in maryland by county for my paper, its due at 9am
p im at umbc
l The Maryland Department of Health publishes these. I'll send links. Email?
p ohenry1@example.org
""", "ohenry1@example.org research none UMBC local", op="wes")

co("CX-J233", AUN, "", None, """
p can you put Our Souls at Night by Kent Haruf on hold for me in large print? my eyes aren't what they were
p i live on kent island
l I'll have someone check the large print copies and the Library for the Blind and Print Disabled can help too. Email?
p marge.w@example.com
""", "marge.w@example.com circulation print-disability QUEENANNES print-disability", op="priya")

co("CX-J234", AUN, "", None, """
p whats the wifi password at the library
l It's usually posted at the desk. Which branch?
p nvm figured it out
""", None, op="joanne", status=ANS)

co("CX-J235", AUN, "", "sue.kemper@example.net", """
p i waited 25 minutes last night and then it said no librarians available
p i need help using ancestry library edition at home
l I'm sorry about last night; I'll report it. Which library?
p westminster
""", "= access none CARROLL quality", op="greg")

co("CX-J236", AUN, "", None, """
p i'm a home health aide. the agency doesn't pay overtime, they say we're contractors. is that legal?
p i live in lexington park
l A law librarian can send you what Maryland says. Email?
p adaeze.n@example.org
""", "adaeze.n@example.org research law SMCLD law", op="marisol")

co("CX-J237", AUN, "", "hanover.rr@example.com", """
p our model railroad club is building a layout of the b&o station in ellicott city around 1900. where could we find old photos and plans?
p im in hanover pa
l That's a local history question. I'm in Arizona; I'll pass it to a Maryland specialist.
""", "= research specialist - specialist", op="joanne")

co("CX-J238", AUN, "Howard Lin", "howard.lin@example.net", """
p how do i download audiobooks to play in my car
l Hi Howard! I'm in Washington state. It depends on your library's app. Which library are you with?
p not sure which one, just moved
""", "= access none - default", op="wes")

co("CX-J239", AUN, "", "ms.vaughn@example.org", """
p the librarian last night hung up on me when i asked about my divorce papers
p i still need to know which form to file
l I'm sorry, I'll report that. A law librarian will follow up about the forms.
""", "= research law - quality", op="hal")

co("CX-J240", AUN, "", "none", """
p i need to read the baltimore sun from home but it keeps asking me to subscribe
l The library has access through a database. The email field says none; what's your email?
p oh right its kb.sands@example.com
p i live in canton
""", "kb.sands@example.com access none EPFL local", op="greg")

co("CX-J241", AUN, "", "n.greer@example.com", """
p do you know if the bel air library has a notary? i need a custody affidavit notarized
l I'll have Harford County check.
""", "= other none HARFORD local", op="marisol")

co("CX-J242", AUN, "", None, """
p can i check out a hotspot? my internet is down and i have online classes
p im in hagerstown
l I'll have the library check. Email?
p dmarsh.hgr@example.com
""", "dmarsh.hgr@example.com circulation none WCFL local", op="priya")

co("CX-J243", AUN, "", None, """
p we just moved into a 1912 house in hyattsville. is there a way to find out who lived here and what it looked like?
l A house history needs a specialist. I'm in Texas; I'll pass it to Prince George's County. Email?
p the.okonkwos@example.org
""", "the.okonkwos@example.org research specialist PGCMLS local", op="marisol")

co("CX-J244", AUN, "", None, """
p is it true the library has free online tutoring for high school? my daughter is stuck on chemistry
l Many libraries do. I'm in Colorado. Which library?
p hoco
p email t.morrell@example.net
""", "t.morrell@example.net policy none HCLS local", op="hal")

co("CX-J245", AUN, "", None, """
p my ssdi got denied and i have a hearing. is there free legal help?
l I'm sorry. A law librarian can send you what's available. Email?
p not giving my email out, sorry
""", "- research law - no-email", op="greg")

co("CX-J246", AUN, "", None, """
p i can't read regular books anymore after my stroke, the words jump around. do you have audiobooks on cd?
p im in bel air
l I'll have the Library for the Blind and Print Disabled contact you; they mail audiobooks free. Email?
p g.fenwick at example dot org
""", "g.fenwick@example.org policy print-disability HARFORD print-disability", op="wes",
   written=True)

co("CX-J247", AUN, "", None, """
p looking for 1880s sanborn maps of frostburg for a history class
p i'm a history major at frostburg state
l The maps are online, and your library's special collections can help. Email?
p j.keefer@example.org
""", "j.keefer@example.org research specialist FSU local", op="joanne")

co("CX-J248", AUN, "", None, """
p you're useless. just like the last one
l I'm sorry you're frustrated. What can I help with?
p forget it
""", "- other none - no-email", op="priya")

co("CX-J249", AUN, "", "rhea.m@example.com", """
p how do i get a library card if i dont have a piece of mail with my address? i just moved to silver spring
l I'll have Montgomery County email you what they accept.
""", "= policy none MCPL local", op="greg")

co("CX-J250", AUN, "", None, """
p whats the best database for finding articles on small business loans? im writing a business plan
l Good question! I'm in Ohio. Which library are you with?
p i'm in frederick county
p email nkamara@example.com
""", "nkamara@example.com research none FCPL local", op="greg")

co("CX-J251", AUN, "", None, """
p hi sorry the chat froze and then restarted. anyway i was asking how to renew my books
p im in towson
l Sorry about the freeze. I'll have Baltimore County renew them. Email?
p sl.grant@example.org
""", "sl.grant@example.org circulation none BCPL quality", op="hal")

co("CX-J252", AUN, "", "lizzie.kw@example.net", """
p can the library show me how to set up my new laptop? i'm 78 and my grandson is away
p we live in ocean pines
l Many libraries have tech help appointments. I'll have the library contact you.
""", "= other none WORCESTER local", op="joanne")

co("CX-J253", AUN, "", None, """
p i'm writing a historical novel set in 1860s annapolis. where can i find what the streets looked like then?
p i live in baltimore city
l Old maps and photos would help. I'll have a specialist follow up. Email?
p r.whitaker@example.com
""", "r.whitaker@example.com research specialist EPFL local", op="marisol")

co("CX-J254", AUN, "", None, """
p my employer fired me after i asked about my missing wages. can they do that? im in rockville
l I'm sorry. A law librarian can send information. Email?
p k.osei@example.org
""", "k.osei@example.org research law MCPL law", op="priya")

co("CX-J255", AUN, "", None, """
p hello
""", None, op=None, status=LOST)

co("CX-J259", AUN, "", None, """
p how do i get a card for my son
l Hi! I'm in Texas, helping Maryland libraries overnight. Which county do you live in?
""", None, op="marisol", status=LEFT)

co("CX-J256", AUN, "", None, """
p what kind of legal pad is best for taking notes in law school lol
p jk. actually i need a study room at the library for my lsat group, how do i book one
p we're in gaithersburg
l I'll have Montgomery County email you how to book one. Email?
p lsat.crew@example.com
""", "lsat.crew@example.com policy none MCPL local", op="wes")

co("CX-J257", AUN, "", "d.ferro@example.com", """
p my mother is in a nursing home in cumberland and can't hold a book or see the print. can she get books?
p i live in pittsburgh pa
l Yes, she may qualify for talking books. I'll pass this to the Library for the Blind and Print Disabled.
""", "= policy print-disability - print-disability", op="hal")

co("CX-J258", AUN, "", None, """
p i need a lawyer for an hoa dispute about my fence. where do i find one cheap?
p we live in waldorf
l A law librarian can suggest lawyer referral services. Email?
p jack.p@example.con
p oops jack.p@example.com
""", "jack.p@example.com research law CHARLES law", op="joanne")

co("CX-J260", AUN, "Ida", "ida.brandt@example.org", """
p my great grandfather dredged oysters on the chesapeake in the 1880s. is there any record of the boats he worked on or the crews?
l What a great question. I'm in Ohio, so I'll send this to Maryland librarians who know maritime records.
""", "= research specialist - specialist", op="greg")

co("CX-J261", AUN, "", None, """
p i got charged $28 for a book i returned in december. i'm in glen burnie
l I'm sorry! I'm a librarian in California, so I can't see your account, but Anne Arundel can fix it. What's your email?
p i dont check email. ill call them tomorrow
""", "- circulation none AACPL no-email", op="priya")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

QP_WELCOME = "Welcome to AskUsNow! Please wait while we connect you with a Maryland librarian."
QP_BYE = ("This session has ended. Thank you for using AskUsNow!, Maryland's 24/7 library chat. "
          "If follow-up was promised, a librarian will e-mail you within 72 hours.")
QP_LOST = "No librarian answered and the session was disconnected."
CO_WELCOME = ("Welcome to AskUsNow! When Maryland libraries are closed, librarians from across "
              "the country answer through the 24/7 cooperative.")
CO_BYE = "The chat has ended. If you gave an e-mail address, a copy of this chat will be sent to it."
CO_LOST = "The guest was disconnected before a librarian joined."


def staff_name(c, style):
    if not c["op"]:
        return None
    return QP_STAFF[c["op"]] if style == "qp" else CO_STAFF[c["op"]][0]


def full_lines(c, style):
    """The session as the chat system keeps it: the chat's lines with the system's canned lines
    around them (welcome; who joined, before the librarian's first line; the closing notice)."""
    name = staff_name(c, style)
    body = lines_of(c)
    out = [("s", QP_WELCOME if style == "qp" else CO_WELCOME)]
    joined = False
    for code, text in body:
        if code == "l" and not joined:
            out.append(("s", f"Librarian {name} has joined the session." if style == "qp"
                        else f"{name} has joined the chat."))
            joined = True
        out.append((code, text))
    if not name:
        out.append(("s", QP_LOST if style == "qp" else CO_LOST))
    out.append(("s", QP_BYE if style == "qp" else CO_BYE))
    return out


def timed_lines(c, style):
    """Each line with its instant (UTC), seconds apart drawn with a seed per chat."""
    rng = random.Random("x-times-" + c["cid"])
    at = local_start(c["start"]).astimezone(UTC)
    out = []
    for i, (code, text) in enumerate(full_lines(c, style)):
        if i:
            at += timedelta(seconds=rng.randint(4, 60) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def first_question(c):
    return next(text for code, text in lines_of(c) if code == "p")


QP_COLUMNS = ["Session ID", "Date", "Time", "Patron", "Patron Email", "Institution", "Librarian",
              "Resolution Code", "Question", "Transcript"]
QP_SPEAKER = {"p": "Patron", "s": "System"}


def qp_row(c):
    started = local_start(c["start"])
    name = staff_name(c, "qp")
    transcript = "\r".join(
        f"{QP_SPEAKER.get(code) or f'Librarian ({name})'}: {text}"
        for code, text in full_lines(c, "qp"))
    return [c["cid"], f"{started:%m/%d/%Y}", f"{int(started.strftime('%I'))}:{started:%M:%S %p}",
            c["patron"], c["email"] or "", c["origin"], name or "", c["status"],
            first_question(c), transcript]


def qp_quote(cell):
    return '"' + cell.replace('"', '""') + '"'


def qp_text(chats):
    rows = [QP_COLUMNS] + [qp_row(c) for c in by_start(chats)]
    return "\ufeff" + "".join(",".join(qp_quote(x) for x in r) + "\r\n" for r in rows)


def co_start(c):
    """The start in the answering librarian's zone (New York for a chat no one answered)."""
    zone = ZoneInfo(CO_STAFF[c["op"]][3]) if c["op"] else NY
    return local_start(c["start"]).astimezone(zone)


def zulu(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def co_record(c):
    name = staff_name(c, "co")
    who = {"p": (c["patron"], "guest"), "l": (name, "librarian"), "s": ("System", "system")}
    staff = CO_STAFF.get(c["op"])
    return {
        "id": c["cid"],
        "started": co_start(c).isoformat(),
        "account": c["origin"],
        "guest": {"name": c["patron"], "email": c["email"]},
        "answered_by": {"name": staff[0], "institution": staff[1], "state": staff[2]}
        if staff else None,
        "resolution": c["status"],
        "question": first_question(c),
        "transcript": [{"at": zulu(t), "from": who[code][0], "role": who[code][1], "text": text}
                       for t, code, text in timed_lines(c, "co")],
    }


def co_text(chats, half):
    ordered = by_start(chats)
    last = local_start(ordered[-1]["start"]).date() + timedelta(days=1)
    doc = {"exported": f"{last}T13:05:00Z",
           "service": "AskUsNow! (Maryland) - 24/7 cooperative coverage",
           "time_zone_note": "started: local time of the answering librarian; at: UTC",
           "count": len(ordered),
           "chats": [co_record(c) for c in ordered]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("qp_report", "csv", QP, lambda chats, half: qp_text(chats)),
          ("coop_export", "json", CO, co_text)]


def part_dir(name):
    """Where a file of this part lives: x1 (the development half, whose misses were read and
    fixed by kind) trains the category model, x2 stays held out."""
    return "train" if name.startswith("x1_") else "heldout"


def files():
    """(file name, style, its chats in the file's order, text) for the four exports."""
    out = []
    for half in (1, 2):
        for style, ext, chats, text in STYLES:
            halves = half_of(chats)
            mine = by_start([c for c in chats if halves[c["cid"]] == half])
            out.append((f"x{half}_{style}.{ext}", style, mine, text(mine, half)))
    return out


def all_texts():
    """Every file this script owns: path -> text."""
    out = {}
    for name, _, chats, text in files():
        out[HERE / part_dir(name) / name] = text
        out[HERE / part_dir(name) / (name + ".labels.csv")] = labels_text(chats)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "x", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A typo that a later message corrects may stand only with a top-level domain that does not
# exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con",)


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from: written=True needs an address other than the field, and a
    # written-out one leaves some piece of its user name or its domain's name; no URL check.
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field and not c["written"] and email not in patron_text:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and (email == field or not email):
        bad("written=True on a chat whose address is the field or none")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if not any(part in patron_text for part in re.split(r"[._]", user) + [domain.split(".")[0]]):
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


QP_LINE = re.compile(r"^(Patron|System|Librarian \(([^()]+)\)): (.+)$")
CO_KEYS = ["id", "started", "account", "guest", "answered_by", "resolution", "question",
           "transcript"]
CO_ROLES = {"guest", "librarian", "system"}


def read_qp(text):
    """The records of a QP report: BOM, every cell quoted, CRLF between rows only, a carriage
    return alone between the transcript's lines."""
    if not text.startswith("\ufeff"):
        raise ValueError("no byte-order mark")
    body = text[1:]
    rows = list(csv.reader(io.StringIO(body, newline="")))
    if "".join(",".join(qp_quote(x) for x in r) + "\r\n" for r in rows) != body:
        raise ValueError("not every cell quoted, or a row end other than CRLF")
    if rows[0] != QP_COLUMNS:
        raise ValueError(f"header {rows[0]}")
    out = []
    for r in rows[1:]:
        rec = dict(zip(QP_COLUMNS, r))
        cid = rec["Session ID"]
        if len(r) != len(QP_COLUMNS) or "\n" in "".join(r):
            raise ValueError(f"{cid}: {len(r)} cells, or a line feed inside a cell")
        datetime.strptime(rec["Date"] + " " + rec["Time"], "%m/%d/%Y %I:%M:%S %p")
        lines = []
        for piece in rec["Transcript"].split("\r"):
            m = QP_LINE.match(piece)
            if not m or (m.group(2) and m.group(2) != rec["Librarian"]):
                raise ValueError(f"{cid}: line {piece[:50]!r}")
            lines.append((m.group(1), m.group(3)))
        if rec["Question"] != next(t for who, t in lines if who == "Patron"):
            raise ValueError(f"{cid}: the question is not the patron's first message")
        out.append({"id": cid, "email": rec["Patron Email"], "status": rec["Resolution Code"],
                    "lines": lines})
    return out


def read_co(text, chats):
    """The records of the cooperative's JSON: the wrapper's keys, each chat's keys, its start
    with the answering librarian's offset at night in New York, message times in UTC."""
    doc = json.loads(text)
    if list(doc) != ["exported", "service", "time_zone_note", "count", "chats"]:
        raise ValueError(f"top-level keys {list(doc)}")
    if doc["count"] != len(doc["chats"]):
        raise ValueError("count differs from the chats")
    out = []
    for r in doc["chats"]:
        cid = r["id"]
        if list(r) != CO_KEYS:
            raise ValueError(f"{cid}: keys {list(r)}")
        started = datetime.fromisoformat(r["started"])
        staff = r["answered_by"]
        zone = NY
        if staff:
            zone = ZoneInfo(next(z for n, _, _, z in CO_STAFF.values() if n == staff["name"]))
        if started.utcoffset() is None or started.utcoffset() != started.astimezone(zone).utcoffset():
            raise ValueError(f"{cid}: start {r['started']} is not in the librarian's zone")
        if not (started.astimezone(NY).hour >= 22 or started.astimezone(NY).hour < 7):
            raise ValueError(f"{cid}: start {r['started']} is not at night in New York")
        lines, last = [], started
        for m in r["transcript"]:
            at = datetime.strptime(m["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            if list(m) != ["at", "from", "role", "text"] or m["role"] not in CO_ROLES or at < last:
                raise ValueError(f"{cid}: message {m}")
            want = {"guest": r["guest"]["name"], "librarian": (staff or {}).get("name"),
                    "system": "System"}[m["role"]]
            if m["from"] != want or "\n" in m["text"] or "\r" in m["text"]:
                raise ValueError(f"{cid}: message from {m['from']!r}")
            last = at
            lines.append((m["from"], m["text"]))
        out.append({"id": cid, "email": r["guest"]["email"], "status": r["resolution"],
                    "lines": lines})
    return out


def check_all():
    problems = []
    ids = directory_ids()
    seen = set()
    for style, chats in (("qp", QP), ("co", CO)):
        for c in chats:
            cid = c["cid"]
            if cid in seen or not cid.startswith("CX-"):
                problems.append(f"{cid}: duplicate chat id, or no CX- prefix")
            seen.add(cid)
            start = local_start(c["start"])
            if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
                problems.append(f"{cid}: {c['start']} does not exist in New York")
            if (c["status"] == FU) != bool(c["label"]):
                problems.append(f"{cid}: a follow-up chat needs a label and only it")
            codes = [code for code, _ in lines_of(c)]
            if "p" not in codes or ("l" in codes) != bool(c["op"]):
                problems.append(f"{cid}: the patron never speaks, or librarian lines without one")
            if c["label"] and len(c["label"].split()) != 5:
                problems.append(f"{cid}: label {c['label']!r} has not five fields")
            for _, text in lines_of(c):
                for addr in ANY_ADDRESS.findall(text):
                    if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                        problems.append(f"{cid}: address {addr!r} not on an example domain")
                for phone in re.findall(r"\d{3}-\d{3}-\d{4}", text):
                    if phone[4:7] != "555":
                        problems.append(f"{cid}: phone {phone} is not a 555 number")
            if c["email"] and "@" in c["email"] and not re.search(
                    r"@example(\.(org|com|net))?$", c["email"].lower()):
                problems.append(f"{cid}: export e-mail not on an example domain")
    by_id = {c["cid"]: c for c in QP + CO}
    total = 0
    for name, style, own, _ in files():
        path = HERE / part_dir(name) / name
        try:
            text = read_text(path)
            records = read_qp(text) if style == "qp_report" else read_co(text, own)
        except (ValueError, KeyError, TypeError, StopIteration, csv.Error) as e:
            problems.append(f"{part_dir(name)}/{name}: does not read back: {e}")
            continue
        total += len(records)
        if [r["id"] for r in records] != [c["cid"] for c in own]:
            problems.append(f"{part_dir(name)}/{name}: records differ from the chats held here")
        short = "qp" if style == "qp_report" else "co"
        for r in records:
            c = by_id[r["id"]]
            if [t for _, t in r["lines"]] != [t for _, t in full_lines(c, short)]:
                problems.append(f"{name}: {r['id']}: the messages do not read back as written")
            if (r["email"] or "") != (c["email"] or "") or r["status"] != c["status"]:
                problems.append(f"{name}: {r['id']}: the e-mail or the resolution does not read back")
        rows = read_labels(HERE / part_dir(name) / (name + ".labels.csv"), problems)
        labelled = [row["chat_id"] for row in rows]
        want = [c["cid"] for c in own if c["label"]]
        if labelled != want:
            problems.append(f"{part_dir(name)}/{name}.labels.csv: rows {labelled} are not the follow-ups")
        for row in rows:
            if row["chat_id"] in by_id:
                check_label(by_id[row["chat_id"]], row, ids, problems)
    if total != len(QP) + len(CO):
        problems.append(f"the four files hold {total} records, not {len(QP) + len(CO)}")
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", QP + CO), ("qp_report", QP), ("coop_export", CO)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", QP + CO))
    written = sum(1 for c in QP + CO if c["label"] and c["written"])
    note = f"Addresses written out (`at`/`dot`, `(at)`, `underscore`): {written}.\n"
    return labels_table(cols, QP + CO, note)


if __name__ == "__main__":
    sys.exit(main("x_build", all_texts, check_all, counts))
