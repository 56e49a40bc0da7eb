#!/usr/bin/env python3
"""Writes and checks the "o" part of aun's labelled corpus (o1 in train/, o2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "at" and "dot"). Chats whose resolution is not "Follow Up By Patron Library"
carry no label and get no labels row. Where the patron asks two things, the category (and
subject need) is that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (o1 and o2):
  oN_h3lp_report.csv  a LibraryH3lp admin "transcripts" report saved as CSV: `conversation_id`,
                      `queue` (the queue's short name: `askusnow`, `pratt`, `umbc`, `towson`,
                      `stevenson`, `aacc`, `frostburg-state`, `hcls`), `guest` (the guest's JID:
                      `<hex>@web.libraryh3lp.com`, `<hex>@web.ca.libraryh3lp.com`,
                      `+1410555NNNN@twilio.libraryh3lp.com`, `410555NNNN@sms.libraryh3lp.com`),
                      `operator` (`kent@chat.libraryh3lp.com`; empty when no one answered),
                      `protocol` (`web`, `sms`), `started` and `ended` (`2026-05-04 18:22:31
                      UTC`), `tags`, `resolution`, `transcript`: each message `HH:MM:SS jid: text`
                      (UTC clock), the messages separated by a carriage return alone (\r); rows
                      separated by \r\n, quoted as python's csv module quotes (minimal).
  oN_libchat_api.json one JSON array as a LibChat-like API returns it: `id` (the corpus's chat id,
                      a string), `started` (RFC 3339 with New York's offset), `department`
                      (`{"name", "id"}`: the origin account), `guest` (`{"name", "email"}`, email
                      null when the form was left empty), `operator` (`{"name"}`, the librarian's
                      first name; null when no one answered), `status`, `messages` (a list of
                      `{"from", "sent", "text"}`, `from` being "guest", the librarian's first name
                      or "system", `sent` RFC 3339 with New York's offset).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then o1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/o_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/o_build.py --check   (writes nothing: fails when a file
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

# LibraryH3lp queues (short names) and LibChat departments: the origin accounts.
ASK = "askusnow"
PRATTQ = "pratt"
UMBCQ = "umbc"
TOWSONQ = "towson"
STEVQ = "stevenson"
AACCQ = "aacc"
FSUQ = "frostburg-state"
HCLSQ = "hcls"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
AACPL = "Anne Arundel County Public Library"
CALVERT = "Calvert Library"
STEV = "Stevenson University Library"
AACC = "Anne Arundel Community College"
TOWSON = "Towson University Albert S. Cook Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {UMBCQ: "UMBC", TOWSONQ: "TOWSON", STEVQ: "STEVENSON", AACCQ: "AACC", FSUQ: "FSU",
               HCLSQ: "HCLS", AACPL: "AACPL", CALVERT: "CALVERT", STEV: "STEVENSON",
               AACC: "AACC", TOWSON: "TOWSON"}
DEPT_NUMBERS = {AUN: 1, PRATT: 2, AACPL: 9, CALVERT: 21, STEV: 30, AACC: 33, TOWSON: 40}
H3_QUEUES = {ASK, PRATTQ, UMBCQ, TOWSONQ, STEVQ, AACCQ, FSUQ, HCLSQ}

H3 = []  # the LibraryH3lp CSV chats
LC = []  # the LibChat API JSON chats

H3_STAFF = {"kent", "laurel", "cecil", "carroll", "howard", "calvert", "frederick", "allie"}
LC_STAFF = {"Kent", "Laurel", "Cecil", "Carroll", "Howard", "Calvert", "Frederick", "Dana"}


def _start(n, seed):
    """The n-th chat of a style starts on a May 2026 day (New York), between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 5, 4) + timedelta(days=(n * 4) // 9)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def h3(cid, queue, guest, t, label=None, op="kent", status=FU, written=False, tags=""):
    """A chat of the LibraryH3lp report. guest: "web", "ca", or an SMS number "tw:4105550123"
    (twilio gateway) / "sms:4105550123" (sms gateway)."""
    rng = random.Random("o-h3-guest-" + cid)
    sms = guest.startswith(("tw:", "sms:"))
    if guest == "web":
        jid = f"{rng.getrandbits(64):016x}@web.libraryh3lp.com"
    elif guest == "ca":
        jid = f"{rng.getrandbits(64):016x}@web.ca.libraryh3lp.com"
    elif guest.startswith("tw:"):
        jid = "+1" + guest[3:] + "@twilio.libraryh3lp.com"
    elif guest.startswith("sms:"):
        jid = guest[4:] + "@sms.libraryh3lp.com"
    else:
        raise SystemExit(f"{cid}: guest {guest!r}")
    H3.append(dict(cid=cid, start=_start(len(H3), "o-h3-" + cid), origin=queue, patron=jid,
                   email=None, t=t, label=label,
                   lib=(op + "@chat.libraryh3lp.com") if op else None, op=op, status=status,
                   written=written, sms=sms, tags=tags))


def lc(cid, dept, name, email, t, label=None, op="Dana", status=FU, written=False):
    """A chat of the LibChat API JSON. name: the name typed on the form (empty: `Guest NNNN`);
    email None is null."""
    rng = random.Random("o-lc-name-" + cid)
    LC.append(dict(cid=cid, start=_start(len(LC), "o-lc-" + cid), origin=dept,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=op, op=op, status=status, written=written, sms=False))

# ---------------------------------------------------------------------------------------------
# The LibraryH3lp report (oN_h3lp_report.csv): the statewide queue, Pratt, academic queues, HCLS
# ---------------------------------------------------------------------------------------------

h3("CO-H101", ASK, "web", """
p hi is anyone there
l Hi, this is Kent. How can I help?
p i need a copy of a time to kill for my book club, all the copies at my branch r out
l Which library do you use?
p severna park
l I'll have Anne Arundel County follow up about a hold. Email?
p bkeene77@example.com
""", "bkeene77@example.com circulation none AACPL local")

h3("CO-H102", UMBCQ, "web", """
p cant get the full text of this article, it wants $39.95
p journal of applied microbiology 2019 vol 126
l Hi, I'm Laurel. Are you off campus?
p yes at home in laurel lol same as u
l Ha! Off campus you go through the library login first. I'll have someone email the steps. Email?
p use my personal one pls ngozi.adeyemi@example.org
""", "ngozi.adeyemi@example.org access none UMBC local", op="laurel")

h3("CO-H103", ASK, "tw:4105550141", """
p my landlord wont give back my security deposit its been 2 months
p what can i do
l I'm Cecil, sorry to hear that. A law librarian can send you info. What email?
p dont have email
""", "- research law - no-email", op="cecil")

h3("CO-H104", TOWSONQ, "web", """
p how do i get into psycinfo from off campus it keeps asking me to log in
l Hi, Carroll here. Use your NetID. Do you see an error?
p "invalid credentials" but same login works for blackboard
l I'll pass this to our e-resources folks. Email?
p kmurphy4@example.net
""", "kmurphy4@example.net access none TOWSON local", op="carroll")

h3("CO-H105", ASK, "web", """
p looking for the lincoln lawyer audiobook on libby, its waitlisted for 14 weeks
p is there another app
l Hi, Laurel here. Which library card do you have?
p howard county
l Hoopla might have it. I'll ask HCLS to follow up. Email?
p tess.kim@example.com
""", "tess.kim@example.com access none HCLS local", op="laurel")

h3("CO-H106", ASK, "ca", """
p hello, i live in columbia south carolina
p do you have records of my great great grandfather, he was in the maryland militia in 1812
l Kent here. Military service records are specialist research; someone can dig into it. Email?
p pbrandt@example.net
""", "pbrandt@example.net research specialist - specialist")

h3("CO-H107", STEVQ, "web", """
p my proxy link isnt working, it says url not permitted
p trying to get to cinahl
l Hi, Howard here. Can you paste the link you used?
p https://proxy.example.org/login?url=https://search.example.com/cinahl&contact=help@example.com
l Thanks, that one is missing a piece. I'll have our e-resources librarian email you. What address?
p dmoreau@example.com
""", "dmoreau@example.com access none STEVENSON local", op="howard")

h3("CO-H108", ASK, "web", """
p can u find the 1870 census for my family in allegany county, they were coal miners around lonaconing
l I'm Frederick, happy to help. That's genealogy; a specialist can work with the census. Do you live in Maryland?
p no im in pennsylvania now
p email is ruthann.g@example.org
""", "ruthann.g@example.org research specialist - specialist", op="frederick")

h3("CO-H109", FSUQ, "web", """
p hey the library login says my account is locked?? need ebsco tonight
l Hi, I'm Allie. It may be your campus account. Email to follow up?
p jwk302@example.com
""", "jwk302@example.com access none FSU local", op="allie")

h3("CO-H110", ASK, "sms:4435550112", """
p hi can i renew my books by text
l Hi! Which library?
p catonsville
l I'll ask BCPL to follow up. Do you have an email?
p nah just txt
""", "- circulation none BCPL no-email", op="cecil")

h3("CO-H111", HCLSQ, "web", """
p the ebook i borrowed wont open on my kindle
l Hi, this is Howard. Which title?
p the body keeps the score
l I'll have our e-services team email you. Email?
p marta.v@example.net
""", "marta.v@example.net access none HCLS local", op="howard")

h3("CO-H112", ASK, "web", """
p need 5 peer reviewed articles on the ellicott city floods for env sci
l Hi, I'm Laurel. Is this for a class?
p yes at towson
l Towson's library can help you with the databases. Email?
p ohale@example.com
""", "ohale@example.com research none TOWSON local", op="laurel")

h3("CO-H113", ASK, "web", """
p your chat cut me off twice yesterday and nobody emailed me like they said
p my card expired and i need to renew it
l I'm really sorry, Carroll here. I'll report that. Where do you live?
p dundalk
p email fbanks@example.org
""", "fbanks@example.org circulation none BCPL quality", op="carroll")

h3("CO-H114", UMBCQ, "tw:4105550177", """
p is the library open til 2 during finals
l Hi, Kent here. Yes, until 2 am during finals week. Anything else?
p also can u check if my ILL came in, requested a book 2 wks ago
l I can't see that from here; ILL staff will email you. Address?
p tjames@example.com
""", "tjames@example.com access none UMBC local")

h3("CO-H115", ASK, "web", """
p my ex wont let me see my kids even tho we have a schedule from the judge
p where do i even start
l I'm sorry. A law librarian can send resources on enforcing a custody order. Where do you live?
p glen burnie
p cdelgado@example.net
""", "cdelgado@example.net research law AACPL law", op="frederick")

h3("CO-H116", ASK, "web", """
p hi my grandmother is almost blind now and she used to love reading, is there something for her
l Hi, Howard here. Yes, the state talking books library. Where does she live?
p she lives with me in frederick
l I'll have them send the application. Email?
p sam.oyelaran@example.com
""", "sam.oyelaran@example.com policy print-disability FCPL print-disability", op="howard")

h3("CO-H117", TOWSONQ, "web", """
p where can i get the immortal life of henrietta lacks as an ebook, its for bioethics
l Hi, I'm Laurel. We have it in our ebook collection; I'll send you the link. Email?
p aprice3@example.org
""", "aprice3@example.org access none TOWSON local", op="laurel")

h3("CO-H118", ASK, "web", """
p I just want to say the librarian I talked to on Tuesday was really rude and told me to figure it out myself
p I still need help finding a cookbook for diabetics
l I'm so sorry, this is Cecil. I'll pass your comments along. What's your email?
p lorraine.h@example.com
""", "lorraine.h@example.com research none - quality", op="cecil")

h3("CO-H119", ASK, "web", """
p my daughter and i want to start our family tree, we're in salisbury nc
p where do we even start, her grandpa was born in baltimore in the 1920s
l Hi, Kent here. A genealogy specialist can send you a starting plan. Email?
p wanda.p@example.net
""", "wanda.p@example.net research specialist - specialist")

h3("CO-H120", ASK, "web", """
p how do i put a hold on the firm by john grisham
l Hi, Allie here. Which library system?
p hoco
p email jt.nguyen@example.com
""", "jt.nguyen@example.com circulation none HCLS local", op="allie")

h3("CO-H121", AACCQ, "web", """
p my professor said use cinahl for nursing articles but i cant find it on the site
l Hi, Carroll here. It's under Databases A-Z. On or off campus?
p off
l You'll log in with your MyAACC account. I'll email a how-to. Email?
p dani.ross@example.org
""", "dani.ross@example.org access none AACC local", op="carroll")

h3("CO-H122", ASK, "tw:4105550123", """
p do yall have tax forms
l Hi, Laurel here. Which library is near you?
p dont matter
""", status=LEFT, op="laurel")

h3("CO-H123", ASK, "web", """
p my dad got a letter saying the county will auction his house for unpaid taxes, what are his options
l I'm sorry. A law librarian can send info on tax sales. Where is the house?
p hagerstown, thats where he lives. i live in virginia
p email is mwest@example.net
""", "mwest@example.net research law - law", op="howard")

h3("CO-H124", ASK, "web", """
p hello?? anyone
l Hi, I'm Kent. How can I help?
p you people are useless idiots
l I'm happy to help if we can keep this respectful.
p shut up and find me the stuff idiot
l I'm ending this chat because of abusive language.
s kent@chat.libraryh3lp.com has ended the chat.
""", "- other none - no-email")

h3("CO-H125", UMBCQ, "web", """
p my interlibrary loan article never came, its been 2 weeks
p i need it for a lit review due monday
l Hi, I'm Frederick. I'll ask ILL to check on it. Email?
p sbhatt@example.com
""", "sbhatt@example.com access none UMBC local", op="frederick")

h3("CO-H126", ASK, "web", """
p hi, im blind and use jaws, the catalog search results dont read right
p can someone help
l Hi, Cecil here. I'm sorry about that. Which library do you use?
p pratt
p email dvaughn@example.org
""", "dvaughn@example.org access print-disability EPFL print-disability", op="cecil")

h3("CO-H127", ASK, "web", """
p looking for a memoir about a moms custody fight, i think its called the custody papers? saw it on a list
l Hi, Carroll here. I can't find that exact title; can a librarian follow up with some suggestions?
p sure. im in westminster. lena.b@example.com
""", "lena.b@example.com research none CARROLL local", op="carroll")

h3("CO-H128", ASK, "web", """
p i keep getting disconnected from this chat
s Guest reconnected.
p ok again. i need my pin reset
l Hi, I'm Allie. Sorry about the connection, I'll report it. Which library?
p aacpl
p email rkhan@example.net
""", "rkhan@example.net circulation none AACPL quality", op="allie")

h3("CO-H129", ASK, "web", """
p need articles on childhood obesity for a paper, i go to salisbury university
l Hi, I'm Laurel. Salisbury University's library has databases for that. Email?
p pjones1@example.com
""", "pjones1@example.com research none - default", op="laurel")

h3("CO-H130", ASK, "web", """
p Hi, I'm trying to find out who owned my house in Annapolis before 1900, is there a way to look up old deeds?
l Hi, Kent here. That's land records research. Do you live in the house?
p yes we just bought it
p katie.lund@example.org
""", "katie.lund@example.org research specialist AACPL local")

h3("CO-H131", STEVQ, "web", """
p nursing student here, i need the full text of a jama article from 2021, it says institutional access
l Hi, this is Calvert. Try it through the library's A-Z list; I'll email you the direct link. Email?
p bri.lopez@example.com
""", "bri.lopez@example.com access none STEVENSON local", op="calvert")

h3("CO-H132", ASK, "web", """
p my 14 yr old wants to read a child called it, can she get it on libby
l Hi, I'm Calvert. Libby has it. Which library card?
p calvert county
p email hp.morris@example.net
""", "hp.morris@example.net access none CALVERT local", op="calvert")

h3("CO-H133", ASK, "web", """
p my mom fell and is in rehab, the nursing home wants her to sign a power of attorney, do i need a lawyer
l I'm sorry. A law librarian can send information about powers of attorney. Email?
p e.castillo@example.con
p sorry e.castillo@example.com
""", "e.castillo@example.com research law - law", op="cecil")

h3("CO-H134", TOWSONQ, "tw:4435550190", """
p is there a way to print from my laptop in the library
l Hi, Howard here. Yes, through the web print page. I'll email you the steps. Address?
p mjoy@example.org
""", "mjoy@example.org other none TOWSON local", op="howard")

h3("CO-H135", ASK, "web", """
p do i qualify for the talking book thing? im dyslexic and reading long stuff is really hard
l Hi, Frederick here. Dyslexia can qualify. Are you a student?
p yes at aacc
p andre.tate@example.com
""", "andre.tate@example.com policy print-disability AACC print-disability", op="frederick")

h3("CO-H136", ASK, "ca", """
p hi from ontario! can i get a maryland library card, my family has a summer cottage on kent island
l Hi, Kent here. It depends on the county; I'll have someone email you. Address?
p mhollis@example.com
""", "mhollis@example.com policy none - default")

h3("CO-H137", ASK, "web", """
p can u help me find law and order season 3 on dvd, my library doesnt have it
l Hi, Allie here. Which library?
p PG county, the bowie one
l I'll ask them about interlibrary loan. Email?
p tk.owens@example.net
""", "tk.owens@example.net access none PGCMLS local", op="allie")

h3("CO-H138", ASK, "web", """
p hi i need to find my grandfathers naturalization papers, he came from poland in 1910 through baltimore
l Hi, Carroll here. That's an archival search a specialist can help with. Where are you located?
p id rather not say
p robin.szabo@example.org
""", "robin.szabo@example.org research specialist - specialist", op="carroll")

h3("CO-H139", ASK, "tw:4105550166", """
p how late r u open tonight
l Laurel here. Which branch?
p essex
l Essex is open until 8 tonight.
p ty
""", status=ANS, op="laurel")

h3("CO-H140", FSUQ, "web", """
p doing a project on the history of the frostburg coal mines, need old photos or maps of the mines
l Hi, Kent here. Our special collections may have them; I'll pass this to our archivist. Email?
p gmaddox@example.com
""", "gmaddox@example.com research specialist FSU local")

h3("CO-H141", ASK, "web", """
p i live in howard county indiana, how do i get ebooks from my library here
l Hi, Howard here. We're the Maryland service, but I can send you some links. Email?
p j.redd@example.net
""", "j.redd@example.net access none - default", op="howard")

h3("CO-H142", ASK, "web", """
p my boss hasnt paid me overtime for 3 months, i work 50 hrs a week
l I'm sorry. A law librarian can send info on wage claims. Where do you live?
p silver spring
p vic.moreno@example.com
""", "vic.moreno@example.com research law MCPL law", op="frederick")

h3("CO-H143", ASK, "web", """
p libby keeps crashing when i open an audiobook
l Hi, Cecil here. Which library?
p elkton
p wait no i meant elkridge, not elkton lol
p kfoster at example dot org
""", "kfoster@example.org access none HCLS local", op="cecil", written=True)

h3("CO-H144", ASK, "web", """
p I'm legally blind and need large print books mailed to me, does the library do that
l Hi, I'm Calvert. The talking books library does, and your library may too. Where do you live?
p prince frederick
p email: norma.peck@example.com
""", "norma.peck@example.com policy print-disability CALVERT print-disability", op="calvert")

h3("CO-H145", UMBCQ, "web", """
p cant log into the library website, says session expired over and over
l Hi, Allie here. Try clearing cookies?
p did that, still no
l I'll have our systems librarian email you. Email?
p ibaker@example.org
""", "ibaker@example.org access none UMBC local", op="allie")

h3("CO-H146", ASK, "web", """
p i want to know who lived in my rowhouse in hampden in the 1920s, is there a city directory
l Hi, Kent here. Yes, old city directories; a specialist at Pratt can help. Email?
p lucy.ames@example.net
""", "lucy.ames@example.net research specialist EPFL local")

h3("CO-H147", ASK, "web", """
p can i return anne arundel books at a howard county library
l Hi, Laurel here. Generally each system takes its own returns. Where do you live?
p odenton
l I'll have AACPL confirm by email. OK?
p yes ttrent@example.com
""", "ttrent@example.com policy none AACPL local", op="laurel")

h3("CO-H148", TOWSONQ, "web", """
p i've been waiting 25 minutes and it said someone would be right with me. this is ridiculous
p i need an article from a journal we don't have
l I'm so sorry for the wait, this is Cecil. You can request it through interlibrary loan; I'll email the form. Email?
p s.kowalski@example.com
""", "s.kowalski@example.com access none TOWSON quality", op="cecil")

h3("CO-H149", ASK, "web", """
p my sister needs to know how to file for divorce in maryland
p i'm in bel air california, not the maryland one lol
l Hi, Howard here. A law librarian can send information. Email?
p meg.fair@example.org
""", "meg.fair@example.org research law - law", op="howard")

h3("CO-H150", AACCQ, "web", """
p how many books can i check out as a continuing ed student
l Hi, Frederick here. I'll check the borrowing rules and email you. Email?
p wlambert@example.net
""", "wlambert@example.net policy none AACC local", op="frederick")

h3("CO-H151", ASK, "sms:4105550108", """
p how do i get a library card if im homeless
l Hi, Carroll here. Most systems accept a shelter address. Which county?
p balt city
p email is ray.dunn@example.com
""", "ray.dunn@example.com policy none EPFL local", op="carroll")

h3("CO-H152", ASK, "web", """
p im looking for old maps of cambridge from the 1800s
l Hi, Cecil here. Cambridge, Maryland?
p no, cambridge massachusetts, my ancestors were there
p i live in towson
p nora.fitz@example.org
""", "nora.fitz@example.org research specialist BCPL local", op="cecil")

h3("CO-H153", ASK, "web", """
p hi is this where i ask about a fine? i returned the book but im still charged $12
l Hi, Kent here. Which library?
p wicomico
l I'll have Wicomico follow up. Email?
p bellis@example.com
""", "bellis@example.com circulation none WICOMICO local")

h3("CO-H154", ASK, "web", """
p is there a database for car repair manuals
l Hi, Laurel here. Many libraries have one. Which library do you use?
p i'm in laurel delaware
l Same name as me! I'll email you some options for Delaware. Email?
p hgreene@example.net
""", "hgreene@example.net access none - default", op="laurel")

h3("CO-H155", STEVQ, "web", """
p can someone help me w apa format for my capstone references
l Hi, Carroll here. Sure, I'll send the APA guide and a librarian can look at your list. Email?
p tasha.g@example.com
""", "tasha.g@example.com research none STEVENSON local", op="carroll")

h3("CO-H156", HCLSQ, "web", """
p hi, my neighbors tree fell on my fence and he refuses to pay, what do i do
l Hi, this is Laurel. A law librarian can send info on property disputes. Email?
p mo.ibrahim@example.org
""", "mo.ibrahim@example.org research law HCLS law", op="laurel")

h3("CO-H157", ASK, "web", """
p i need a book for my son about a kid whose parents are getting divorced, hes in 3rd grade
l Hi, Allie here. Which library do you use?
p germantown
p email fpatel@example.com
""", "fpatel@example.com research none MCPL local", op="allie")

h3("CO-H158", ASK, "web", """
p I tried to chat 3 times today and kept getting "no librarians available" during your hours
p I need help with an interlibrary loan request
l I'm sorry about that, this is Frederick. I'll report it. Which library?
p I'm a student at Towson
p jmcgrath@example.org
""", "jmcgrath@example.org access none TOWSON quality", op="frederick")

h3("CO-H159", ASK, "web", """
p do you have braille books for kids
l Hi, Howard here. The state library for the blind lends braille books for children. Where do you live?
p randallstown
p email tquarles@example.net
""", "tquarles@example.net policy print-disability BCPL print-disability", op="howard")

h3("CO-H160", ASK, "web", """
p looking for info on the 1904 baltimore fire for my 8th grade project
l Hi, Carroll here. Do you live in Baltimore?
p no im in columbia
p not sc lol, md
p email: jessie.w@example.com
""", "jessie.w@example.com research none HCLS local", op="carroll")

h3("CO-H161", ASK, "web", """
p how can i get the full text of this? https://example.org/share?from=alerts@example.org&article=88231
l Hi, Kent here. Are you with a college?
p no
l Your public library may get it through interlibrary loan. Which one do you use?
p idk
p liz.kern@example.net
""", "liz.kern@example.net access none - default")

h3("CO-H162", ASK, "web", """
p can i put a hold on educated by tara westover, the cd version
l Hi, Cecil here. Which library?
p fred co
p email bruno.k@example.com
""", "bruno.k@example.com circulation none FCPL local", op="cecil")

h3("CO-H163", ASK, "web", """
p this chat keeps crashing on my phone
p ok im back. how do i renew a book thats overdue
l Hi, Laurel here. Sorry about the crashes, I'll report it. Which library?
p harford, the abingdon branch
p email n.oduya@example.org
""", "n.oduya@example.org circulation none HARFORD quality", op="laurel")

h3("CO-H164", FSUQ, "tw:3015550144", """
p is there a way to get a textbook on reserve
l Hi, Allie here. Yes, which course?
p eng 101
l I'll email the reserve list. Email?
p no thx
""", "- circulation none FSU no-email", op="allie")

h3("CO-H165", ASK, "web", """
p Hi, I live in Frederick Oklahoma, I'm researching my family who came from Frederick Maryland in the 1880s
l Hi, Frederick here, funny enough! That's genealogy research; a specialist can help. Email?
p ann.sallee@example.com
""", "ann.sallee@example.com research specialist - specialist", op="frederick")

h3("CO-H166", ASK, "web", """
p hello
p is anyone there
""", status=LEFT, op=None)

h3("CO-H167", ASK, "web", """
p i need help with my sisters expungement, she had a charge dismissed in 2015
l Hi, Howard here. A law librarian can send the forms. Email?
p tlee at example dot net
""", "tlee@example.net research law - law", op="howard", written=True)

h3("CO-H168", UMBCQ, "web", """
p ellen.v@example.org here, i need raw data on voter turnout for a sociology paper
l Hi, Calvert here. Happy to help. Which years?
p youre taking forever, are you stupid or what
l Please keep it respectful.
p useless
l I'm going to end this chat now. You're welcome to come back later.
""", "ellen.v@example.org research none UMBC quality", op="calvert")

# ---------------------------------------------------------------------------------------------
# The LibChat API JSON (oN_libchat_api.json): the statewide queue, Pratt, AACPL, Calvert and
# academic departments
# ---------------------------------------------------------------------------------------------

lc("CO-L101", AUN, "", None, """
p hi can u help me find a book
l Hi! Sure, what book?
p the lincoln lawyer, the first one. all the copies are checked out at my library
l Which library?
p rockville
l I'll ask MCPL to follow up about a hold. Email?
p ejacobs@example.com
""", "ejacobs@example.com circulation none MCPL local")

lc("CO-L102", STEV, "Marisol", "marisol.r@example.org", """
p i cant get the full text of an article from pubmed, it takes me to a paywall
l Hi, I'm Laurel. Use the library's PubMed link so the full-text button shows up. I'll email you the link.
p ok thanks
""", "= access none STEVENSON local", op="Laurel")

lc("CO-L103", AUN, "", None, """
p how do i get my deposit back, landlord kept all of it and said the walls needed paint after 5 yrs
l Hi, Kent here. A law librarian can send info on deposits. Email?
p no email
""", "- research law - no-email", op="Kent")

lc("CO-L104", AACPL, "Rich", "rich.h@example.net", """
p hey i need the a time to kill dvd, the mcconaughey one
l Hi, Howard here. It's checked out right now; want me to place a hold?
p yes pls
l Done on my end, circulation will confirm by email.
""", "= circulation none AACPL local", op="Howard")

lc("CO-L105", AUN, "", "n/a", """
p im trying to find my great grandmothers death certificate, she died in baltimore county around 1918
l Hi, Cecil here. That's vital records research a specialist can help with. Email?
p bettye.c at example dot com
""", "bettye.c@example.com research specialist - specialist", op="Cecil", written=True)

lc("CO-L106", AUN, "Jon", "jon.fisk@example.com", """
p your chat keeps timing out and i lose everything i typed
p trying to ask about a hold that never came in
l Hi, Carroll here, I'm sorry. I'll report the timeouts. Which library?
p bel air branch
""", "= circulation none HARFORD quality", op="Carroll")

lc("CO-L107", TOWSON, "", None, """
p im off campus and jstor says i dont have access
l Hi, Frederick here. Log in through the library website first. I'll email the steps. Address?
p cr.ellison@example.org
""", "cr.ellison@example.org access none TOWSON local", op="Frederick")

lc("CO-L108", AUN, "", None, """
p is it true that people with parkinsons can get audiobooks free? my husband cant hold a book anymore
l Hi, I'm Calvert. Yes, the talking books library serves people who can't hold a book. Where do you live?
p lusby
p email mhayes@example.net
""", "mhayes@example.net policy print-disability CALVERT print-disability", op="Calvert")

lc("CO-L109", AUN, "", "pbk@example.com", """
p i live in columbia
l Hi, Kent here! Columbia, Maryland?
p no, south carolina. do you have ancestry library edition i can use from home
l Ancestry Library Edition is usually in-library only. I'll email what I find.
""", "= access none - default", op="Kent")

lc("CO-L110", PRATT, "", None, """
p hi my son has low vision, is there a way to make the ebooks bigger for him
l Hi! Libby lets you change text size, and there's also the talking books library. I'll email both. Address?
p we live in govans. denise.w@example.com
""", "denise.w@example.com access print-disability EPFL print-disability")

lc("CO-L111", AUN, "Teresa", "teresa.m@example.org", """
p my ex is taking me to court for custody and i cant afford a lawyer
l Hi, Laurel here, I'm sorry. A law librarian can send info on free legal help. Where do you live?
p laurel, same as ur name lol
""", "= research law PGCMLS law", op="Laurel")

lc("CO-L112", CALVERT, "", None, """
p my hotspot stopped working, its the one i checked out last week
l Hi, Cecil here. I'll have our circulation desk email you. Email?
p rdawes@example.com
""", "rdawes@example.com circulation none CALVERT local", op="Cecil")

lc("CO-L113", AUN, "", None, """
p does hoopla have the emperor of all maladies
l Hi, Howard here. Which library card do you have?
p i live in bel air
l Which Bel Air?
p maryland lol, harford county
p email kdoyle@example.net
""", "kdoyle@example.net access none HARFORD local", op="Howard")

lc("CO-L114", AACC, "Devon", "devon.b@example.com", """
p my professor says we need the ebook version of our textbook, can the library get it
l Hi, Carroll here. I'll check whether we can license it and email you.
""", "= access none AACC local", op="Carroll")

lc("CO-L115", AUN, "", None, """
p you people never emailed me back about the article i asked for last week. whats the point
l I'm so sorry, this is Frederick. I'll report it and make sure someone follows up. Your email and library?
p its ab.rowe@example.com. im a umbc student
""", "ab.rowe@example.com access none UMBC quality", op="Frederick")

lc("CO-L116", AUN, "", None, """
p hi i need old records and photos of chestertown in the 1700s, for a novel im writing
p i live in kent, ohio btw
l Hi, Kent here. Lots of Kents today! A local history specialist can help. Email?
p j.voss@example.org
""", "j.voss@example.org research specialist - specialist", op="Kent")

lc("CO-L117", AUN, "", "sharon.l@example.com", """
p how late is the annapolis library open on sundays
l Hi! The Annapolis library is open 1 to 5 on Sundays. Anything else?
p can i book a study room there, whats the rule
l I'll have AACPL email you about rooms.
""", "= policy none AACPL local")

lc("CO-L118", STEV, "", "kbrown@example", """
p the library login page just loops back to itself
l Hi, Calvert here. Try clearing cookies; I'll have e-resources follow up. Is kbrown@example right?
p oh no its kbrown@example.net
""", "kbrown@example.net access none STEVENSON local", op="Calvert")

lc("CO-L119", AUN, "", None, """
p answer me
p are you all stupid or what
l Hi, this is Laurel. I'm happy to help if we keep this respectful.
p go to hell
l I'm ending this chat because of the language used.
s Laurel has ended the chat.
""", "- other none - no-email", op="Laurel")

lc("CO-L120", AUN, "Amir", "amir.s@example.net", """
p can i get a card at cecil county library if i work in elkton but live in delaware
l Hi, I'm Cecil! I'll have Cecil County email you their card rules.
""", "= policy none - default", op="Cecil")

lc("CO-L121", PRATT, "", None, """
p my dad passed without a will and my brother is living in the house and wont leave. what are my rights
l Hi, Kent here. I'm sorry. A law librarian can follow up. Email?
p we're in federal hill. sasha.t@example.com
""", "sasha.t@example.com research law EPFL law", op="Kent")

lc("CO-L122", AUN, "", "gmarsh@example.com", """
p can u help with a wordpress site, my plugin broke after an update
l Hi, Howard here. We can't fix sites, but I can send some tutorials.
""", "= other none - default", op="Howard")

lc("CO-L123", AACPL, "", "lpierce@example.org", """
p do you have people who help with resumes
l Hi, Frederick here. Yes, our career help staff can; I'll have them email you.
""", "= other none AACPL local", op="Frederick")

lc("CO-L124", AUN, "", None, """
p how do i find out if my great grandfather was enslaved in maryland, family says he was from st marys county
l Hi, Carroll here. That's genealogy; a specialist can help with slave schedules and other records. Email?
p tamika.d@example.org
""", "tamika.d@example.org research specialist - specialist", op="Carroll")

lc("CO-L125", CALVERT, "Bev", "bev.n@example.com", """
p hi calvert! lol. i need a book club kit for just mercy
l Hi, Calvert here, yes that's my name. I'll have our book club kit staff email you.
""", "= circulation none CALVERT local", op="Calvert")

lc("CO-L126", AUN, "", None, """
p my eyes are so bad since the stroke i cant read the newspaper
p is there anything that reads it to me
l I'm sorry. There's a newsline service through the talking books library. Email?
p none, dont have it
""", "- access print-disability - no-email")

lc("CO-L127", AUN, "", "hollyk@example.net", """
p hi im a student at umbc and i cant get into the library databases from my apartment
l Hi, Laurel here. Are you using the proxy? I'll have UMBC follow up.
""", "= access none UMBC local", op="Laurel")

lc("CO-L128", AUN, "Jess", "jess.h@example.org", """
p I need info on whether I can break my lease early because of domestic violence
l Hi, Kent here. I'm sorry. A law librarian can send information on that. Stay safe.
""", "= research law - law", op="Kent")

lc("CO-L129", AUN, "", None, """
p hi i live in salisbury nc and we're moving to maryland this summer
p can we get a library card before we move
l Hi, Cecil here! Where in MD are you moving?
p probably frederick
p email me at gwen.tally@example.com
""", "gwen.tally@example.com policy none - default", op="Cecil")

lc("CO-L130", STEV, "", None, """
p I need the full text of a chapter from a book our library doesn't own
l Hi, Howard here. You can request it through interlibrary loan; I'll email the form. Email?
p m.dunbar@example.com
""", "m.dunbar@example.com access none STEVENSON local", op="Howard")

lc("CO-L131", AUN, "", None, """
p hello? the chat window went blank again
l Hi, Frederick here. It's dropping on my end too; I'll report the problem. What do you need?
p a renewal, my card is from carroll county
p olive.g@example.net
""", "olive.g@example.net circulation none CARROLL quality", op="Frederick")

lc("CO-L132", AUN, "", "ciara.b@example.com", """
p is the prince frederick library open on memorial day
l Hi, I'm Calvert. Calvert Library is closed on Memorial Day.
p ok thx. can a small group use a meeting room there, whats the rule
l I'll have them email you the meeting room policy.
""", "= policy none CALVERT local", op="Calvert")

lc("CO-L133", TOWSON, "", None, """
p hi my library account says i owe $150 for a laptop i returned
l Hi, Cecil here. I'll have our circulation staff check. Email?
p ppark at example dot net
""", "ppark@example.net circulation none TOWSON local", op="Cecil", written=True)

lc("CO-L134", AUN, "", None, """
p do you have anything on the annapolis tea party? the peggy stewart one
l Hi, Kent here. Is this for school?
p yes 5th grade
p dan.ruiz@example.com
""", "dan.ruiz@example.com research none - default", op="Kent")

lc("CO-L135", AUN, "", "hwolfe@example.org", """
p does maryland have a program for audiobooks for people who cant see well? asking for my dad
p we're in easton pa btw
l Hi, Carroll here. Maryland's is for Maryland residents; Pennsylvania has its own. I'll email you both.
""", "= policy print-disability - print-disability", op="Carroll")

lc("CO-L136", AACC, "", None, """
p the library databases say access denied when i use my phone
l Hi, Frederick here. I'll pass it to our systems librarian. Email?
p hmm not sure i want to give it
p ok fine, tbell@example.com
""", "tbell@example.com access none AACC local", op="Frederick")

lc("CO-L137", AUN, "", "mina.p@example.com", """
p can i renew a book online
l Hi, Laurel here! Yes, through your account online. Which library?
p hcls
p also im trying to find my grandparents marriage record from 1945 in baltimore
l For that, a specialist can help; I'll pass it along.
""", "= research specialist HCLS local", op="Laurel")

lc("CO-L138", AUN, "", None, """
p hi
p hello?
""", status=LEFT, op=None)

lc("CO-L139", AUN, "", None, """
p r u open on juneteenth
l Hi, Cecil here. Which library?
p bcpl
l BCPL branches are closed on Juneteenth.
p ok
""", status=ANS, op="Cecil")

lc("CO-L140", PRATT, "", None, """
p looking for photos of my street in pigtown, around 1950
l Hi! Pratt's special collections have photos. I'll have them follow up. Email?
p do i have to
l Only if you'd like a follow-up.
p then no
""", "- research specialist EPFL no-email")

lc("CO-L141", AUN, "", "okafor.j@example.net", """
p im looking for the movie a civil action, the one about the lawsuit
p can i stream it on kanopy
l Hi, Kent here. Which library?
p moco
""", "= access none MCPL local", op="Kent")

lc("CO-L142", AUN, "", None, """
p I'm 70 and have macular degeneration. i cant read regular print anymore
p what does the library have for me
l I'm sorry. There are large print and talking books. Can someone email you?
p can someone call me instead? 4105550183
l I'm sorry, we follow up by email only. Do you have an email?
p my daughters, rose.amato@example.org
""", "rose.amato@example.org policy print-disability - print-disability", op="Calvert")

lc("CO-L143", AUN, "", None, """
p where can i get something notarized near glen burnie
l Hi, Laurel here. Some branches have a notary by appointment. I'll have AACPL email you. Address?
p t.ochoa@example.com
""", "t.ochoa@example.com other none AACPL local", op="Laurel")

lc("CO-L144", AUN, "", "ssharma@example.com", """
p Im a grad student at Johns Hopkins but I live in Catonsville, can I use BCPL databases
l Hi, Howard here. I'll have BCPL email you about what your card covers.
""", "= policy none BCPL local", op="Howard")

lc("CO-L145", AUN, "", None, """
p hi i got a summons for small claims court, a contractor says i owe him
p i dont know what to bring
l Hi, Frederick here. A law librarian can send what to expect. Email?
p kiana.l@example.com
p sorry kiana.lee@example.com, first one was wrong
""", "kiana.lee@example.com research law - law", op="Frederick")

lc("CO-L146", STEV, "", None, """
p the link to the article in my syllabus says i need to pay
l Hi, Carroll here. I'll find it in our databases and email it to you. Email?
p aug.diaz@example.org
""", "aug.diaz@example.org access none STEVENSON local", op="Carroll")

lc("CO-L147", AUN, "", "tbrooks@example.com", """
p i was talking to someone and it just ended, i didnt finish my question
l I'm sorry that happened, this is Cecil. What did you need?
p help finding a job in baltimore county
l I'll have someone email you some job search resources.
""", "= other none - quality", op="Cecil")

lc("CO-L148", CALVERT, "", None, """
p hi i need some info on the chesapeake beach railway history for a talk at my church
l Hi, Kent here. Our local history staff can help. Email?
p lwren@example.net
""", "lwren@example.net research specialist CALVERT local", op="Kent")

lc("CO-L149", AUN, "", None, """
p can i get the firm by grisham on audio cd, need to put a hold
l Which library?
p pikesville
p ok email jmoss@example.org
""", "jmoss@example.org circulation none BCPL local")

lc("CO-L150", AUN, "", None, """
p can u put 8 copies of the glass castle on hold for my book club
l Hi, Laurel here. Which library?
p i live in laurel too! the maryland one
p email pcollins@example.com
""", "pcollins@example.com circulation none PGCMLS local", op="Laurel")

lc("CO-L151", AUN, "", "dara.q@example.com", """
p my landlord turned off the water, says its for repairs but its been 5 days
l Hi, Howard here. A law librarian can send info on tenant rights. Where do you live?
p howard county, ellicott city
""", "= research law HCLS law", op="Howard")

lc("CO-L152", AUN, "", None, """
p hi, blind since birth, I read braille. does the library have braille magazines
l Hi, Calvert here. The Maryland talking books and braille library does. Email?
p lfield@example.net
""", "lfield@example.net policy print-disability - print-disability", op="Calvert")

lc("CO-L153", AUN, "", "mcarver@example.org", """
p im writing a book about the 1889 johnstown flood, need newspaper articles from that week
l Hi, Frederick here. Historical newspapers; a specialist can help with that.
""", "= research specialist - specialist", op="Frederick")

lc("CO-L154", AACPL, "", None, """
p hi i have a question about my card. its blocked and i dont know why
l Hi, Cecil here. I'll have circulation check. Email?
p jpaige@example.com
""", "jpaige@example.com circulation none AACPL local", op="Cecil")

lc("CO-L155", AUN, "", None, """
p can u help me find articles on climate change for a speech
l Hi, Kent here. Sure. Are you a student somewhere?
p yeah aacc
p email: ty.osei@example.net
""", "ty.osei@example.net research none AACC local", op="Kent")

lc("CO-L156", AUN, "", "rebecca.l@example.com", """
p what are the rules for kids under 10 at the library alone
l Hi, Carroll here. Which library?
p carroll county one, im in taneytown
""", "= policy none CARROLL local", op="Carroll")

lc("CO-L157", PRATT, "", None, """
p 2 things: how do i renew my card, and do you have ged classes
l Hi, Laurel here. Card renewal is at any branch with ID. For GED classes I'll have someone email you. Email?
p kdavis@example.org
p i live in remington
""", "kdavis@example.org other none EPFL local", op="Laurel")

lc("CO-L158", AUN, "", None, """
p the librarian last night was super rude, she said i cant help you with that and left
p i just wanted to know how to download audiobooks
l I'm sorry, this is Howard. I'll pass that along. Email?
p v.sutton@example.com
""", "v.sutton@example.com access none - quality", op="Howard")

lc("CO-L159", AUN, "", "nina.k@example.net", """
p how do i print from my phone at the library, im in bowie
l Hi, Calvert here. I'll have PGCMLS email the steps.
""", "= other none PGCMLS local", op="Calvert")

lc("CO-L160", AUN, "", None, """
p hi im a nursing student at stevenson, need stats on opioid overdoses in maryland by county
l Hi, Cecil here. I'll have Stevenson's librarian email you some sources. Email?
p k.abara@example.org
""", "k.abara@example.org research none STEVENSON local", op="Cecil")

lc("CO-L161", AUN, "", None, """
p looking for info on how to start a small business in frederick
p i live in walkersville
p email is hector.r at example dot com
""", "hector.r@example.com research none FCPL local", op=None, written=True)

lc("CO-L162", AUN, "", None, """
p can you put a hold on a time to kill in spanish for me
l Which library?
p hyattsville
p email: alba.m@example.net
""", "alba.m@example.net circulation none PGCMLS local")

lc("CO-L163", AUN, "", None, """
p i need a copy of my 1998 divorce decree
l Hi, Kent here. Which county was it in?
p baltimore city, but i live in cumberland now
p gpratt@example.com
""", "gpratt@example.com research law ALLEGANY law", op="Kent")

lc("CO-L164", AUN, "", None, """
p hello? anyone?
l Hi, Howard here. How can I help?
p need to cancel a hold
p nvm figured it out bye
""", status=ANS, op="Howard")

lc("CO-L165", AUN, "", "jlin@example.com", """
p i have a kindle and want library ebooks but it says not available in my country. im in toronto
l Hi, Calvert here. I'll email you what Canadian libraries offer.
""", "= access none - default", op="Calvert")

lc("CO-L166", AUN, "", None, """
p i want to find out if my house in fells point is historic and what it used to be
p we just moved in
p email aoneill@example.org
""", "aoneill@example.org research specialist EPFL local", op=None)

lc("CO-L167", AUN, "", None, """
p I use a screen reader and the Libby app isnt reading the buttons
p Im in Aberdeen
l Hi, Cecil here. Aberdeen, Maryland?
p yes. email jonah.s@example.com
""", "jonah.s@example.com access print-disability HARFORD print-disability", op="Cecil")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def utc_text(t):
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") + " UTC"


H3_COLUMNS = ["conversation_id", "queue", "guest", "operator", "protocol", "started", "ended",
              "tags", "resolution", "transcript"]


def h3_row(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "system"}
    timed = timed_lines(c, "o")
    transcript = "\r".join(f"{t.astimezone(UTC):%H:%M:%S} {names[code]}: {text}"
                           for t, code, text in timed)
    started = local_start(c["start"])
    ended = timed[-1][0] + timedelta(seconds=random.Random("o-end-" + c["cid"]).randint(5, 90))
    return [c["cid"], c["origin"], c["patron"], c["lib"] or "", "sms" if c["sms"] else "web",
            utc_text(started), utc_text(ended), c["tags"], c["status"], transcript]


def h3_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(H3_COLUMNS)
    for c in by_start(chats):
        w.writerow(h3_row(c))
    return buf.getvalue()


def lc_record(c):
    names = {"p": "guest", "l": c["lib"], "s": "system"}
    started = local_start(c["start"])
    return {
        "id": c["cid"],
        "started": started.isoformat(),
        "department": {"name": c["origin"], "id": DEPT_NUMBERS[c["origin"]]},
        "guest": {"name": c["patron"], "email": c["email"]},
        "operator": {"name": c["lib"]} if c["lib"] else None,
        "status": c["status"],
        "messages": [{"from": names[code], "sent": t.astimezone(NY).isoformat(), "text": text}
                     for t, code, text in timed_lines(c, "o")],
    }


def lc_text(chats):
    return json.dumps([lc_record(c) for c in by_start(chats)], ensure_ascii=False,
                      indent=2) + "\n"


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("h3lp_report", "csv", H3, h3_text), ("libchat_api", "json", LC, lc_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("o", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: o1 (the development half, whose misses were read and
    fixed by kind) trains the category model, o2 stays held out."""
    return "train" if name.startswith("o1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "o", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# Chat addresses of the LibraryH3lp gateways (guests' and operators' JIDs, not mailboxes).
JID_DOMAINS = ("@web.libraryh3lp.com", "@web.ca.libraryh3lp.com", "@twilio.libraryh3lp.com",
               "@sms.libraryh3lp.com", "@chat.libraryh3lp.com")
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


H3_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d (\S+): (.*)$")
JID_GUEST = re.compile(r"^([0-9a-f]{16}@web(\.ca)?\.libraryh3lp\.com"
                       r"|\+1\d{3}555\d{4}@twilio\.libraryh3lp\.com"
                       r"|\d{3}555\d{4}@sms\.libraryh3lp\.com)$")
UTC_TEXT = "%Y-%m-%d %H:%M:%S UTC"


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "h3lp_report":
        # Rows end at CRLF; inside the transcript cell the messages are separated by CR alone,
        # so every LF in the file ends a row.
        if text.count("\n") != text.count("\r\n"):
            raise ValueError("a line feed without a carriage return")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if text.count("\n") != len(rows):
            raise ValueError("a line feed inside a cell")
        if rows[0] != H3_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(H3_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(H3_COLUMNS, r))
            cid, patron, staff = rec["conversation_id"], rec["guest"], rec["operator"]
            if rec["queue"] not in H3_QUEUES:
                raise ValueError(f"{cid}: queue {rec['queue']!r}")
            if not JID_GUEST.match(patron):
                raise ValueError(f"{cid}: guest {patron!r}")
            if staff and not re.match(r"^[a-z]+@chat\.libraryh3lp\.com$", staff):
                raise ValueError(f"{cid}: operator {staff!r}")
            sms = "@twilio." in patron or "@sms." in patron
            if rec["protocol"] != ("sms" if sms else "web"):
                raise ValueError(f"{cid}: protocol {rec['protocol']!r}")
            began = datetime.strptime(rec["started"], UTC_TEXT)
            if datetime.strptime(rec["ended"], UTC_TEXT) <= began:
                raise ValueError(f"{cid}: ended before it started")
            if "\n" in rec["transcript"]:
                raise ValueError(f"{cid}: a line feed in the transcript")
            lines = []
            for piece in rec["transcript"].split("\r"):
                m = H3_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(2)
                if who not in (patron, staff, "system"):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append((who, m.group(3)))
            out.append({"id": cid, "patron": patron, "email": None, "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    records = json.loads(text)
    if not isinstance(records, list):
        raise ValueError("not one JSON array")
    for r in records:
        keys = ["id", "started", "department", "guest", "operator", "status", "messages"]
        if list(r) != keys:
            raise ValueError(f"{r.get('id')}: keys {list(r)}")
        cid, patron, email = r["id"], r["guest"]["name"], r["guest"]["email"]
        staff = (r["operator"] or {}).get("name")
        began = datetime.fromisoformat(r["started"])
        if began.utcoffset() != began.astimezone(NY).utcoffset():
            raise ValueError(f"{cid}: started {r['started']!r} not with New York's offset")
        if DEPT_NUMBERS.get(r["department"]["name"]) != r["department"]["id"]:
            raise ValueError(f"{cid}: department {r['department']}")
        lines = []
        for m in r["messages"]:
            if list(m) != ["from", "sent", "text"]:
                raise ValueError(f"{cid}: message keys {list(m)}")
            if m["from"] not in ("guest", "system") and m["from"] != staff:
                raise ValueError(f"{cid}: a message from {m['from']!r}")
            if datetime.fromisoformat(m["sent"]) < began:
                raise ValueError(f"{cid}: a message sent before the chat started")
            if "\n" in m["text"] or "\r" in m["text"]:
                raise ValueError(f"{cid}: a line end inside a message")
            lines.append((patron if m["from"] == "guest" else m["from"], m["text"]))
        out.append({"id": cid, "patron": patron, "email": email, "lines": lines})
    return out


def check_all():
    problems = []
    chats = H3 + LC
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CO-"):
            problems.append(f"{cid}: chat id without the CO- prefix")
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
        if c in H3 and c["op"] and c["op"] not in H3_STAFF:
            problems.append(f"{cid}: operator {c['op']!r}")
        if c in LC and c["op"] and c["op"] not in LC_STAFF:
            problems.append(f"{cid}: operator {c['op']!r}")
        if not c["patron"] or c["patron"] == c["lib"]:
            problems.append(f"{cid}: patron name {c['patron']!r}")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD + JID_DOMAINS):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for number in re.findall(r"\d{10,}", text):
                if number[-7:-4] != "555":
                    problems.append(f"{cid}: phone number {number} is not a 555 number")
        if c["email"] and "@" in c["email"] and not re.search(
                r"@example\.(org|com|net)$|@example$", c["email"].lower().strip()):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, AttributeError, csv.Error),
                                   check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", H3 + LC), ("h3lp_report", H3), ("libchat_api", LC)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", H3 + LC))
    sms_n = sum(1 for c in H3 + LC if c["label"] and c["sms"])
    return labels_table(cols, H3 + LC, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("o_build", all_texts, check_all, counts))
