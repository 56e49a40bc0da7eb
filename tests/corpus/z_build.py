#!/usr/bin/env python3
"""Writes and checks the "z" part of aun's labelled corpus (z1 in train/, z2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6). EMAIL "=" means the export's e-mail
field (lower-cased), "-" means empty; `written=True` marks a chat whose labelled address is
written out ("at", "dot") in the transcript. Chats whose resolution is not "Follow Up By Patron
Library" carry no label and get no labels row. Where the patron asks two things, the category is
that of the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian.

Two export styles, imitating what real exports look like, each split in two halves (z1, z2):
  zN_academic.csv  a university library's LibChat "Chat Transcripts" export (Frostburg State
                   University's account, and a few chats of the statewide queue its staff answer):
                   `Chat ID,Timestamp,Wait Time,Duration,Initial Question,Name,Contact Info,
                   Answerer,Department,Rating,Comment,Tags,Transcript`. Wait Time and Duration in
                   seconds; Contact Info what the patron typed (an address, a phone number or
                   nothing); Answerer and the transcript show the librarian by first name only;
                   the resolution is one of the Tags ("Databases, Follow Up By Patron Library");
                   Comment the after-chat survey comment. Transcript lines `[10:02:11] Name: text`
                   (the patron's Name, else `Patron`) joined by LF inside the quoted cell; LF
                   between rows, no carriage return anywhere.
  zN_h3lp.csv      the statewide service's LibraryH3lp export:
                   `id,queue,protocol,guest,operator,started,ended,duration,referrer,tags,
                   transcript`. Queues `askusnow` (the Maryland AskUsNow! queue), `pratt` (Enoch
                   Pratt Free Library's) and `carrollcpl` (Carroll County Public Library's own);
                   `guest` a JID (`3f9a2c@web.libraryh3lp.com`, `+14105550123@sms.libraryh3lp.com`,
                   `8c1e@web.ca.libraryh3lp.com`), no e-mail column; `operator` a JID
                   (`will@chat.libraryh3lp.com`). Messages `HH:MM:SS SPEAKER: text` (the guest's
                   JID; the operator's display first name, or the JID for operators without one)
                   separated by a carriage return alone inside the quoted cell; CRLF between rows.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then z1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/z_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/z_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
import io
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_common import (  # noqa: E402
    EMAIL_RE, ANY_ADDRESS,
    address_problems, directory_ids, half_of, label_row, lines_of, main, read_labels, read_text,
    rule_problems, tally, vocabulary_problems,
)

NY = ZoneInfo("America/New_York")
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"

FSU = "Frostburg State University"
AUN = "Maryland AskUsNow! Public Library"
# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {FSU: "FSU", "carrollcpl": "CARROLL"}

CATEGORIES = {"research", "policy", "circulation", "access", "other"}
SUBJECTS = {"law", "print-disability", "specialist", "none"}
RULES = ["no-email", "quality", "law", "print-disability", "local", "specialist", "default"]

AC = []  # the LibChat chats
H3 = []  # the LibraryH3lp chats

AC_STAFF = {"kelsey": "Kelsey", "marcus": "Marcus", "ines": "Ines", "tom": "Tom"}
# LibraryH3lp operators: the display name shown in transcripts, or None (the JID is shown).
H3_STAFF = {"will": "Will", "sue": "Sue", "grace": "Grace", "hope": "Hope", "dmitri": None,
            "ana": None}
REFERRERS = ["https://www.example.org/askusnow/", "https://catalog.example.net/search",
             "https://www.example.org/ask-a-librarian", "https://www.example.com/library/ebooks"]


def _start(n, seed, first):
    """The n-th chat of a style starts on a day from `first` (New York), 9 am to 9 pm."""
    rng = random.Random(seed)
    day = first + timedelta(days=(n * 4) // 9)
    return day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                           seconds=rng.randint(0, 59))


def ac(cid, dept, name, contact, tag, t, label=None, op="kelsey", status=FU, written=False,
       rating="", comment=""):
    """A LibChat chat. contact: the Contact Info cell as typed (None: empty)."""
    AC.append(dict(cid=cid, start=_start(len(AC), "z-ac-" + cid, datetime(2026, 2, 2)),
                   origin=dept, name=name, patron=name or "Patron", email=contact, t=t,
                   label=label, op=op, lib=AC_STAFF[op], status=status, written=written,
                   tag=tag, rating=rating, comment=comment))


def h3(cid, queue, guest, t, label=None, op="will", status=FU, tags="", written=False):
    """A LibraryH3lp chat. guest: "" a web visitor, "ca" one on the Canadian server, or a
    10-digit 555 number for an SMS visitor."""
    rng = random.Random("z-h3-guest-" + cid)
    if guest.isdigit():
        jid, protocol = f"+1{guest}@sms.libraryh3lp.com", "sms"
    else:
        server = "web.ca" if guest == "ca" else "web"
        name = f"{rng.getrandbits(32):08x}"[:rng.choice((4, 6, 8))]
        jid, protocol = f"{name}@{server}.libraryh3lp.com", "web"
    H3.append(dict(cid=cid, start=_start(len(H3), "z-h3-" + cid, datetime(2026, 3, 2)),
                   origin=queue, patron=jid, protocol=protocol, email=None, t=t, label=label,
                   op=op, lib=H3_STAFF[op] or f"{op}@chat.libraryh3lp.com", status=status,
                   written=written, tag=tags))

# ---------------------------------------------------------------------------------------------
# The LibChat export (zN_academic.csv): Frostburg State University's account
# ---------------------------------------------------------------------------------------------

ac("CZ-A101", FSU, "", "aloney@example.org", "Full Text", """
p hi i need the full text of this and it only gives me the abstract
p Okafor, B. & Lind, S. (2019). Soil microbes after surface mine reclamation. Restoration Ecology, 27(4), 811-820. https://doi.org/10.5555/rec.2019.0412
l Let me check. That journal should be there for 2019 but it isn't showing full text for me either.
l I'll report the broken link to our e-resources librarian and get you a copy through interlibrary loan if needed. Is the email in your contact info good?
p yes thats my school one
""", "= access none FSU local")

ac("CZ-A102", FSU, "", "mgreaves@example.net", "Off-Campus Access", """
p off campus login keeps looping back to the sign in page
p i put in my username and password and it just reloads
l Sorry! Which browser? Sometimes clearing cookies fixes the loop.
p chrome. already cleared them, tried edge too
l Thanks. I'll pass this to our e-resources librarian to check your account; we'll email you.
""", "= access none FSU local", op="marcus")

ac("CZ-A103", FSU, "", "tfoley@example.com", "Databases", """
p psycinfo says "your institution is not subscribed to this content" when i click full text
l Which article is it?
p Test anxiety among first-generation students, J of College Student Development 2021
l Thanks, I'll check our other databases and email you how to get it.
""", "= access none FSU local", op="ines")

ac("CZ-A104", FSU, "Rachel", None, "E-books", """
p trying to download an ebook from ebook central for EDUC 342, it says download limit reached
l Some titles only allow one user at a time. I can ask about buying more copies. What email should I use?
p rharlan@example.net
""", "rharlan@example.net access none FSU local")

ac("CZ-A105", FSU, "", "dbeck@example.org", "VPN, Off-Campus Access", """
p do i need the vpn to use the library databases at home? my vpn wont connect
l You don't need the VPN for library databases, just the library login. Is the login not working either?
p nope, says invalid credentials
l I'll have our e-resources staff look into your account and email you.
""", "= access none FSU local", op="tom")

ac("CZ-A106", FSU, "", "jwhitt@example.com", "Renewals", """
p can i renew the books i have out? due friday and im in the middle of my thesis
l You can renew twice online, but one of them has a hold on it. I'll ask circulation to check and email you.
p ok ty
""", "= circulation none FSU local", op="marcus")

ac("CZ-A107", FSU, "Kofi", "kofi.a@example.org", "Holds", """
p all the copies of Hollow Ground: Coal Country Stories are checked out. can i get on a waitlist for it
l Yes, I'll place a hold for you; circulation will email you when it's in.
""", "= circulation none FSU local", op="ines")

ac("CZ-A108", FSU, "", "sbrandt@example.net", "ILL", """
p our copy of The Will to Power is missing from the shelf, can i get it through ILL? need it for phil 401
l Sorry about that. I'll submit an interlibrary loan request; you'll get an email when it arrives.
p thank you!!
""", "= access none FSU local", op="tom")

ac("CZ-A109", FSU, "Evan", "emcclure@example.com", "Research Help, History", """
p i'm writing a paper on the 1922 coal strike around cumberland for HIST 480. i need primary sources
p like newspapers from that year or union records
l Great topic. A lot of that is in archives and local history collections; I'll ask a librarian who knows the regional collections to follow up.
""", "= research specialist FSU local")

ac("CZ-A110", FSU, "", "gail.h@example.org", "Guest Access", """
p i'm not a student, i just live in town. can i use your databases if i come into the library?
l Community members can use most databases on library computers. I'll double-check the guest rules and email you.
""", "= policy none FSU local", op="marcus")

ac("CZ-A111", FSU, "", "nlopez@example.com", "Laptops", """
p do you charge late fees on laptops? want to know before i borrow one
l Let me confirm the current fee schedule and email it to you.
""", "= policy none FSU local", op="ines")

ac("CZ-A112", FSU, "", "cmoyer@example.net", "Fines", """
p my account says i owe $45 for a lost book but i returned it last week!!
l I'm sorry! I'll ask circulation to check the shelves and clear it. They'll email you.
""", "= circulation none FSU local", op="tom")

ac("CZ-A113", FSU, "", "kwillis@example.org", "Full Text", """
p the link on blackboard for our reading doesnt work
p Pratt, D., & Oyelaran, K. (2018). Rural broadband and student persistence. Journal of College Access, 4(2), 55-71.
l I found it in one of our databases. I'll email you a stable link.
""", "= access none FSU local")

ac("CZ-A114", FSU, "", None, "E-books", """
p ebook Court Culture and Patronage in Stuart England says access denied
l Is that from the catalog link?
p yes
l I'll ask our e-resources librarian to fix it. Your email?
p h.ashby@example.com
""", "h.ashby@example.com access none FSU local", op="marcus")

ac("CZ-A115", FSU, "", "pstavros@example.net", "JSTOR", """
p stats prof assigned an article on Benford's Law in election data but jstor only shows me the first page
l That usually means we don't have that year of the journal. I'll check other sources and email you.
""", "= access none FSU local", op="ines")

ac("CZ-A116", FSU, "", "lmensah@example.com", "Accessibility", """
p im a student with disability services, i'm blind and use JAWS
p the reading for my soc class is a scanned pdf and my screen reader just says "image"
l I'm sorry. We can get you an accessible version; I'll pass this on so someone can follow up.
""", "= access print-disability FSU print-disability", op="tom")

ac("CZ-A117", FSU, "", "bnorris@example.org", "Other", """
p this isnt really a library question but my landlord in frostburg is keeping my whole security deposit for "cleaning"
p can he do that? i'm a student
l It's a fair question. A law librarian can send you what Maryland law says about deposits; I'll pass this on.
""", "= research law FSU law")

ac("CZ-A118", FSU, "", "s.kane@example.net", "Databases", """
p cinahl wont open from the nursing guide
p sorry it kicked me out again
l I see that, the connection keeps dropping. I'll report the chat problem. For CINAHL, I'll have someone check the link and email you.
""", "= access none FSU quality", op="marcus", rating="1",
   comment="chat kept disconnecting, had to type my question 3 times")

ac("CZ-A119", FSU, "", "dvance@example.com", "Citation", """
p last night the person on chat told me to just google it. not helpful
p i still need help citing a court case in APA for my crim justice paper
l I'm sorry that happened. I'll pass your comments on, and I'll email you our guide to legal citations in APA.
""", "= research none FSU quality", op="ines")

ac("CZ-A120", FSU, "", "301-555-0188", "Mobile", """
p ebsco keeps timing out on my phone
l Does it work on a computer?
p havent tried, no laptop rn
l I'll ask our tech person to look into it. What's a good email?
p just text me at that number
""", "- access none FSU no-email", op="tom")

ac("CZ-A121", FSU, "", None, "Citation", """
p how do i cite a dataset from the census in apa 7
l I can email you a guide with examples. What's your email?
p no thanks ill figure it out
""", "- research none FSU no-email")

ac("CZ-A122", FSU, "", "rkatz@example.org", "Off-Campus Access, Distance Ed", """
p I'm an online MBA student, I live in Columbus, Ohio
p the library login won't take my credentials, it says account not found
l Distance students sometimes need their account activated. I'll ask our distance learning librarian to check and email you.
""", "= access none FSU local", op="marcus")

ac("CZ-A123", FSU, "", "abuckley@example.net", "Citation", """
p how do I cite a government report with no author in APA 7th
l The agency becomes the author. I'll email you an example.
""", "= research none FSU local", op="ines")

ac("CZ-A124", FSU, "", "mtrent@example.com", "Research Help", """
p need 5 peer reviewed sources on appalachian folk medicine for anth 210
l I'll put together some search terms and databases and email them to you.
p thanks!!
""", "= research none FSU local", op="tom")

ac("CZ-A125", FSU, "", "oadeyemi@example.org", "Newspapers", """
p how do i activate the wall street journal through the library? it keeps asking me to pay
l You sign up with your school email through our link. I'll send the steps.
""", "= access none FSU local")

ac("CZ-A126", FSU, "", "jpaulk@example.net", "Equipment", """
p can i borrow a ti-84 calculator tmrw for my stats exam? can you hold one for me
l We have a few at the desk; I'll ask circulation to set one aside and email you.
""", "= circulation none FSU local", op="marcus")

ac("CZ-A127", FSU, "", "bwest@example.com", "Printing", """
p the printer on the 2nd floor took my money and didnt print
l Sorry! I'll let our tech staff know so they can refund it.
""", "= other none FSU local", op="ines")

ac("CZ-A128", FSU, "", "lrouse@example.org", "Alumni", """
p can alumni still use the databases after graduation? i graduate in may
l Alumni get some resources. I'll confirm which ones and email you.
""", "= policy none FSU local", op="tom")

ac("CZ-A129", FSU, "", "tmarsh@example.net", "Document Delivery", """
p the book i need is in remote storage. can someone scan chapter 3 and email it?
l Yes, we scan chapters. I'll pass it to document delivery. Which book?
p Mountain Railroads of Western Maryland, the 1978 edition
""", "= access none FSU local")

ac("CZ-A130", FSU, "", "esmall@example.com", "ILL", """
p how long does ILL take for an article? i need Blind spots in teacher evaluation (Reyes 2016) by monday
l Articles usually come in 2-3 days. I'll submit the request now.
""", "= access none FSU local", op="marcus")

ac("CZ-A131", FSU, "", "kdunmore@example.org", "Research Help, Literature", """
p writing about The Blind Assassin for engl 308, need literary criticism on it
l I'll send you some databases and a few articles to start with.
""", "= research none FSU local", op="ines")

ac("CZ-A132", FSU, "", None, "Statistics", """
p Will you help me find data on opioid overdoses in allegany county 2015-2022? for a public health paper
l Sure, I'll gather some state and county sources. What's your email?
p vpatel at example dot org
""", "vpatel@example.org research none FSU local", op="tom", written=True)

ac("CZ-A133", FSU, "", "cgrimes@example.net", "Streaming Video", """
p my prof assigned Inherit the Wind for film class but kanopy says not available at your institution
l Some films have to be requested. I'll request it and email you when it's ready.
""", "= access none FSU local")

ac("CZ-A134", FSU, "", "ahollis@example.com", "Lost Items", """
p i lost a library book, Law and Order in Colonial Maryland. how much is it to replace
l I'm sorry! I'll ask circulation for the replacement cost and email you.
""", "= circulation none FSU local", op="marcus")

ac("CZ-A135", FSU, "Mei", "mei.z@example.org", "Proxy", """
p the "find it" button gives a proxy error, "host not configured"
l That's on our end. I'll let the e-resources librarian know so it gets fixed, and email you the article. Which one?
p doi 10.5555/jed.2022.118
""", "= access none FSU local", op="ines")

ac("CZ-A136", FSU, "", "rgarland@example.com", "Statistics", """
p i need stats on how many people in maryland work from home, for econ 201
l I'll gather some census sources for you.
""", "= research none FSU local", op="tom")

ac("CZ-A137", FSU, "", "wtsang@example.net", "Study Rooms", """
p can grad students book the group study rooms for more than 2 hours?
l I'll check the room policy and email you.
""", "= policy none FSU local")

ac("CZ-A138", FSU, "", "sdeluca@example.org", "Directions", """
p where can visitors park near the library? coming saturday to use the archives
l I'll email you the visitor parking map.
""", "= other none FSU local", op="marcus")

ac("CZ-A139", FSU, "", None, "E-books", """
p my ebook wont open in the app, it says drm error
l Which app are you using?
p adobe something
l I'll pass this on. What email should we use?
""", "- access none FSU no-email", op="ines")

ac("CZ-A140", FSU, "", "jmaddox@example.com", "Renewals", """
p hello? are you there
p ive been waiting and my messages keep disappearing
l Sorry, the chat isn't sending messages properly on my end. I'll report the problem and email you instead. What did you need?
p need to renew my ILL book, it's due tomorrow
""", "= circulation none FSU quality", op="tom")

ac("CZ-A141", FSU, "", "rfields@example.org", "Policies", """
p can i bring my 6 year old to the library while i study? is there a rule about kids
l I'll check the policy on children and email you.
""", "= policy none FSU local")

ac("CZ-A142", FSU, "", "gkhoury@example.net", "Databases", """
p the database list says Nexis Uni is for law research. it asks me for a password, can undergrads get in?
l Yes, anyone with a campus login. It shouldn't ask for a separate password; I'll have it checked and email you.
""", "= access none FSU local", op="marcus")

# The statewide queue, answered by the same staff
ac("CZ-A150", AUN, "", "lyn.b@example.com", "Databases", """
p im a frostburg state online student but i live in ohio
p academic search complete wont let me in from home
l I'll send this to Frostburg State's library so they can check your access.
""", "= access none FSU local")

ac("CZ-A151", AUN, "", None, "Renewals", """
p can i renew my books online? i live in hagerstown
l Yes, through your library account. I'll have Washington County follow up. Email?
p rdorsey@example.net
""", "rdorsey@example.net circulation none WCFL local", op="marcus")

ac("CZ-A152", AUN, "", "tmills@example.org", "E-books", """
p libby wont let me borrow, keeps saying unable to verify your card. its a carroll county card
l I'll send this to Carroll County so they can check your card.
""", "= access none CARROLL local", op="ines")

ac("CZ-A153", AUN, "", "kporter@example.com", "Legal", """
p my ex is not following the custody order. what can i do. i live in bel air
l I'm sorry. A law librarian can send you information on enforcing custody orders in Maryland.
""", "= research law HARFORD law", op="tom")

ac("CZ-A154", AUN, "", None, "Talking Books", """
p my grandfather is legally blind, can he get audiobooks mailed to him? we both live in cumberland
l Yes, there's a free talking books service. What email should we use?
p use mine, ashaw@example.net
""", "ashaw@example.net policy print-disability ALLEGANY print-disability")

ac("CZ-A155", AUN, "", "drumsey@example.org", "Genealogy", """
p looking for land records from the 1870s for a farm near frostburg. my ancestors owned it
p i live in pennsylvania now
l That's in-depth land records research; I'll send it to a specialist.
""", "= research specialist - specialist")

ac("CZ-A156", AUN, "", "pbell@example.com", "Statistics", """
p where can i find the history of maryland's minimum wage, like a table by year
l I'll gather a few sources and email them.
""", "= research none - default", op="marcus")

ac("CZ-A157", AUN, "", None, "Cards", """
p can i get a library card if i live in dc but work in silver spring
l Some systems give cards to people who work in the county. I'll check. What's your email?
p i'd rather not give it out
""", "- policy none - no-email", op="ines")

ac("CZ-A158", AUN, "", "mfrank@example.net", "Newspapers", """
p i asked this yesterday and was told someone would email me within 72 hours. nothing came
p i still cant get into the newspaper archive with my card
l I'm sorry about that. I'll report it and make sure it's followed up.
""", "= access none - quality", op="tom", rating="1",
   comment="still waiting on the follow up from last time")

ac("CZ-A159", AUN, "", "ohara.j@example.com", "Cards", """
p i live in ohio, visiting my sister in ocean city for a week. can visitors get a card?
l Some libraries offer cards to visitors. I'll find out and email you.
""", "= policy none - default")

ac("CZ-A160", AUN, "", "lgreer@example.org", "Homework", """
p is there a book about the pratt street riot of 1861? for my son's school project
p we're in essex
l I'll send some titles from Baltimore County's catalog.
""", "= research none BCPL local", op="marcus")

ac("CZ-A161", AUN, "Tamika", None, "Homework", """
p my daughter needs a book on how the supreme court works, 5th grade
p we live in westminster. tamika.r@example.com
l I'll send some kids' titles to your email.
""", "tamika.r@example.com research none CARROLL local", op="ines")

ac("CZ-A162", AUN, "", "jnwosu@example.net", "Off-Campus Access", """
p im a umbc student, the kuhn library proxy keeps giving me an error
l I'll send this to UMBC's library so they can look into it.
""", "= access none UMBC local", op="tom")

ac("CZ-A163", AUN, "", "cwade@example.com", "ILL", """
p i go to stevenson. how do i request a book from another library
l I'll have Stevenson's library follow up with their interlibrary loan steps.
""", "= access none STEVENSON local")

ac("CZ-A164", AUN, "", "fhuang@example.org", "Local History", """
p researching the B&O railroad shops in cumberland around 1900, need photos and old maps
l A specialist with historical collections would be best; I'll pass it on.
""", "= research specialist - specialist", op="marcus")

ac("CZ-A165", AUN, "", "sgoode@example.net", "Fines", """
p do any maryland libraries still charge late fines? moving there soon
l Many have stopped. I'll email you a summary.
""", "= policy none - default", op="ines")

ac("CZ-A166", AUN, "", None, "Legal", """
p how do i get a will made if i cant afford a lawyer
l A law librarian can send you options. What's your email?
p dont have one
""", "- research law - no-email", op="tom")

ac("CZ-A167", AUN, "", "dn.price@example.org", "Databases", """
p I take classes at AACC. where do I find my login for the databases from home
l I'll have Anne Arundel Community College's library email you the login steps.
""", "= access none AACC local")

# Not follow-ups (no labels)
ac("CZ-A190", FSU, "", "", "Hours", """
p are you open till midnight during finals
l Yes, 8 am to midnight the last two weeks of the semester.
p great thanks
""", op="marcus", status=ANS)

ac("CZ-A191", FSU, "", "", "", """
p hi i need help finding
""", op="ines", status=LOST)

ac("CZ-A192", AUN, "", "", "Citation", """
p is it et al. with a period
l Yes, "et al." with a period after "al".
""", op="tom", status=ANS)

ac("CZ-A193", FSU, "", "", "", """
p hello?
""", status=LOST)

# ---------------------------------------------------------------------------------------------
# The LibraryH3lp export (zN_h3lp.csv): the statewide, Pratt and Carroll County queues
# ---------------------------------------------------------------------------------------------

h3("CZ-H101", "askusnow", "", """
p my hold has said in transit for 2 weeks
p i pick up at perry hall
l Sorry about that! I'll have Baltimore County check on it. What's your email?
p kmurphy@example.com
""", "kmurphy@example.com circulation none BCPL local", tags="holds")

h3("CZ-H102", "askusnow", "", """
p can u renew my stuff. card ends in 4471
l I can't get into accounts from here, but your library can. Which library do you use?
p just renew it please
l I'll pass it on. Email?
p jlynch@example.net
""", "jlynch@example.net circulation none - default", op="dmitri", tags="renewals")

h3("CZ-H103", "askusnow", "", """
p how do i get a library card, just moved to annapolis
l Welcome! You can sign up online or at any branch with proof of address. I'll have Anne Arundel County send you the details. Email?
p bmorales@example.org
""", "bmorales@example.org policy none AACPL local", op="sue", tags="cards")

h3("CZ-H104", "pratt", "", """
p libby crashes every time i open a book on my ipad
p i live in hampden if that matters
l It does, thanks! I'll send this to Pratt's e-resources team. Your email?
p a.quint@example.com
""", "a.quint@example.com access none EPFL local", op="grace", tags="libby")

h3("CZ-H105", "askusnow", "", """
p can i print from my phone at the library? how much
p i usually go to the glen burnie one
l Most branches have mobile printing. I'll have Anne Arundel County email you the steps and the cost. Email?
p tcarr@example.net
""", "tcarr@example.net other none AACPL local", op="hope", tags="printing")

h3("CZ-H106", "askusnow", "", """
p trying to find my great great grandmothers death record. she died in baltimore in 1911
l That's a genealogy question; a specialist with those records can follow up. What's your email?
p rhanley@example.org
""", "rhanley@example.org research specialist - specialist", op="ana", tags="genealogy")

h3("CZ-H107", "askusnow", "", """
p landlord wont fix the heat and says if i complain hell evict me
p im in hyattsville
l I'm sorry. I'll send this to the State Law Library so a law librarian can follow up. Email?
p dsantos@example.com
""", "dsantos@example.com research law PGCMLS law", tags="legal")

h3("CZ-H108", "askusnow", "4435550147", """
p how do i change a custody order in md
l A law librarian can send you the forms and steps. What email should they use?
p dont have email
""", "- research law - no-email", op="sue", tags="legal, sms")

h3("CZ-H109", "askusnow", "", """
p I am blind and use VoiceOver on my phone. how do i sign up for talking books
l The Maryland Library for the Blind and Print Disabled can sign you up. I'll pass your question to them. Email?
p rsimms@example.net
""", "rsimms@example.net policy print-disability - print-disability", op="grace", tags="lbph")

h3("CZ-H110", "pratt", "", """
p my mom has macular degeneration, even large print is too hard now
p she lives with me in roland park. is there something for her
l There's a talking books program for people who can't read regular print. What email should we use?
p cyoung@example.com
""", "cyoung@example.com policy print-disability EPFL print-disability", op="dmitri")

h3("CZ-H111", "askusnow", "", """
p i was on here an hour ago and the librarian just disconnected me in the middle of my question
p i need to know how to return a libby book early
l I'm so sorry. I'll report what happened. I'll email you the steps for returning early. Email?
p mpierce@example.org
""", "mpierce@example.org access none - quality", op="hope", tags="complaint, libby")

h3("CZ-H112", "askusnow", "", """
p why is your catalog so stupid. searched 3 times
l I'm sorry it's frustrating. What are you looking for?
p forget it you people are f***ing useless idiots
l I'm glad to help, but I'll have to end the chat if the language continues.
p whatever. email me when you figure out why my holds vanished. gkirby@example.com
""", "gkirby@example.com circulation none - quality", tags="abusive")

h3("CZ-H113", "askusnow", "", """
p hi is the library open on easter sunday
l Will here! Which library do you go to?
p bowie branch
l I'll have Prince George's County confirm their holiday hours. Email?
p lnash@example.com
""", "lnash@example.com policy none PGCMLS local", tags="hours")

h3("CZ-H114", "askusnow", "", """
p hoopla says ive used all my borrows for the month but i only got 2
p im in aberdeen
l Thanks, Sue here. I'll send this to Harford County so they can check your account. Email?
p vhale@example.net
""", "vhale@example.net access none HARFORD local", op="sue", tags="hoopla")

h3("CZ-H115", "askusnow", "", """
p can i put a hold on the lincoln lawyer season 2 on dvd? i use the catonsville branch
l I'll pass that to Baltimore County to place the hold. Email?
p ewoods@example.org
""", "ewoods@example.org circulation none BCPL local", op="grace", tags="holds, dvd")

h3("CZ-H116", "askusnow", "", """
p a time to kill audiobook on libby has a 20 week wait. any way to get it faster
l Sometimes another format comes in sooner. I'll look and email you.
p ok its fkeane@example.com
""", "fkeane@example.com access none - default", op="hope", tags="libby")

h3("CZ-H117", "askusnow", "", """
p my son needs a biography of frederick douglass for school
p we live in dundalk
l I'll have Baltimore County send some titles. Email?
p sharris@example.net
""", "sharris@example.net research none BCPL local", op="ana", tags="homework")

h3("CZ-H118", "askusnow", "", """
p my mom lives in ohio and wants to use libby. can she use my calvert library card
p i live in lusby
l Good question. I'll have Calvert Library explain their card rules. Email?
p nreid@example.org
""", "nreid@example.org policy none CALVERT local", tags="libby, cards")

h3("CZ-H119", "askusnow", "", """
p my brother in delaware says his library lends museum passes. do you guys do that?
l It depends on the library. Where do you live?
p id rather not say. just email me whatever you find, pquinn@example.com
""", "pquinn@example.com policy none - default", op="dmitri", tags="museum passes")

h3("CZ-H120", "askusnow", "", """
p my card expired, how do i renew it
p i'm in columbia, the east columbia branch
l I'll have Howard County follow up. What's your email?
p tmoreno@example.con
p oops tmoreno@example.com
""", "tmoreno@example.com circulation none HCLS local", op="sue", tags="cards")

h3("CZ-H121", "carrollcpl", "", """
p what time does the westminster branch close on fridays
l I'll confirm and email you. Your email?
p hbauer@example.net
""", "hbauer@example.net policy none CARROLL local", op="grace", tags="hours")

h3("CZ-H122", "carrollcpl", "", """
p looking for my grandfathers obituary, 1950s, he lived near union bridge
l That's a search in old newspapers for our local history staff. What email?
p kstull@example.com
""", "kstull@example.com research specialist CARROLL local", op="ana", tags="genealogy")

h3("CZ-H123", "carrollcpl", "", """
p my neighbors tree fell on my fence in the storm. who has to pay
l A law librarian can help with that. Email?
p ameyer@example.org
""", "ameyer@example.org research law CARROLL law", op="hope", tags="legal")

h3("CZ-H124", "carrollcpl", "ca", """
p hello from toronto! my family came from taneytown. are there church records there from the 1800s?
l That's a great question for our local history specialists. What's your email?
p m.gagnon@example.net
""", "m.gagnon@example.net research specialist CARROLL local", tags="genealogy")

h3("CZ-H125", "pratt", "", """
p how much to replace a lost library card
l I'll have someone confirm the fee. Email?
p jwalls@example.com
""", "jwalls@example.com circulation none - default", op="dmitri", tags="cards")

h3("CZ-H126", "pratt", "", """
p i live in baltimore city, can i sign up for a card online
l You can! I'll have Pratt email you the link. Email?
p rdiaz@example.org
""", "rdiaz@example.org policy none EPFL local", op="grace", tags="cards")

h3("CZ-H127", "askusnow", "4105550162", """
p renew my books pls
l Which library is your card from?
p pg county
l I'll pass it on. What's your email?
p its lwhite22@example.com
""", "lwhite22@example.com circulation none PGCMLS local", op="sue", tags="renewals, sms")

h3("CZ-H128", "askusnow", "", """
p can i send a 20 page doc from home and pick up the printout at severna park
l Yes, many branches do remote printing. I'll have Anne Arundel County email the steps. Email?
p jgordon@example.net
""", "jgordon@example.net other none AACPL local", op="hope", tags="printing")

h3("CZ-H129", "askusnow", "", """
p how do i attach my resume to an email? on the library computer in la plata
l I'll email you step by step instructions. What's your email?
p cwilder@example.com
""", "cwilder@example.com other none CHARLES local", op="ana", tags="tech help")

h3("CZ-H130", "askusnow", "", """
p is there still a lego club for kids at the elkridge branch
l I'll check with Howard County. Email?
p amartin@example.org
""", "amartin@example.org other none HCLS local", tags="events")

h3("CZ-H131", "askusnow", "", """
p hello?? it keeps saying reconnecting
l Sorry, your messages are coming through late and the session keeps dropping. I'll report the connection problem.
p i just need to know if my book club kit is ready at the frederick library
p rlane@example.net
""", "rlane@example.net circulation none FCPL quality", op="grace", tags="holds")

h3("CZ-H132", "askusnow", "", """
p you people are a joke. my card got blocked for nothing
l I'm sorry your card is blocked. Which library is it from?
p figure it out yourself
l I'd like to help. Can you give me an email so your library can follow up?
p no
""", "- circulation none - no-email", op="hope", tags="blocked card")

h3("CZ-H133", "askusnow", "", """
p how do i send a libby book to my kindle
l In Libby, tap Read With and choose Kindle. I'll email you the steps with pictures.
p ok. ebrooks@example.com
""", "ebrooks@example.com access none - default", tags="libby, kindle")

h3("CZ-H134", "askusnow", "", """
p can i sue my contractor for not finishing the job? he took half the money up front
p i live in waldorf
l Sue here, I'm a librarian. A law librarian can send you what Maryland says about home contractors. Email?
p jcruz@example.org
""", "jcruz@example.org research law CHARLES law", op="sue", tags="legal")

h3("CZ-H135", "askusnow", "", """
p I hope you can help, I need sources on why blue crabs are declining in the bay for my science fair
p were in ocean pines
l Of course. I'll gather some sources and have Worcester County follow up. Email?
p a.lutz@example.net
""", "a.lutz@example.net research none WORCESTER local", op="hope", tags="homework")

h3("CZ-H136", "askusnow", "", """
p need naturalization records for my grandparents who came through baltimore in the 1920s
p i live in frederick
l That's detailed archival research; I'll send it to Frederick County, who can connect you with a specialist. Email?
p jkessler@example.org
""", "jkessler@example.org research specialist FCPL local", op="grace", tags="genealogy")

h3("CZ-H137", "pratt", "", """
p hoopla wont play on my roku anymore
l Which library card are you using?
p pratt, i'm in canton
p dcho@example.com
""", "dcho@example.com access none EPFL local", op="ana", tags="hoopla")

h3("CZ-H138", "pratt", "", """
p my hold went to the wrong branch
l I'm sorry. Which branch should it go to?
p waverly. i gotta go
""", "- circulation none EPFL no-email", tags="holds")

h3("CZ-H139", "askusnow", "", """
p is there a notary at the germantown library
l Some branches have one. I'll have Montgomery County email you. Email?
p tfranco@example.net
""", "tfranco@example.net other none MCPL local", op="sue", tags="notary")

h3("CZ-H140", "askusnow", "", """
p can my 12 year old get her own card
l Yes, children can have cards with a parent's signature in most systems. Which library?
p moco
p email jsaleh@example.org
""", "jsaleh@example.org policy none MCPL local", op="hope", tags="cards")

h3("CZ-H141", "askusnow", "", """
p kindle says the book isnt compatible with my device, i borrowed it on libby
l Which Kindle do you have?
p the old paperwhite. i'm in elkton
l I'll have Cecil County look into it. Email?
p hgrant@example.com
""", "hgrant@example.com access none CECIL local", op="dmitri", tags="libby, kindle")

h3("CZ-H142", "askusnow", "", """
p my daughter has dyslexia and reads way below grade level
p can she get audiobooks from that state program for kids who cant read print? who qualifies
p we're in salisbury
l She may well qualify for the talking books library. I'll pass this on. Email?
p kbrown@example.net
""", "kbrown@example.net policy print-disability WICOMICO print-disability", tags="lbph")

h3("CZ-H143", "askusnow", "", """
p how do i get an old charge off my record. it was 2009
p i live in pikesville
l A law librarian can send you information on expungement. Email?
p dwebb@example.org
""", "dwebb@example.org research law BCPL law", op="ana", tags="legal")

h3("CZ-H144", "askusnow", "", """
p nobody ever emailed me back about my question from last week
p it was about getting a card for my son
l I'm sorry. I'll report that and make sure someone gets back to you. Email?
p ghoward@example.org
""", "ghoward@example.org policy none - quality", op="sue", tags="complaint")

h3("CZ-H145", "askusnow", "ca", """
p Im in canada visiting my daughter, can i still use libby with my harford card?
l Yes, Libby works anywhere. If it gives you trouble, Harford County can help. Email?
p d.roy@example.com
""", "d.roy@example.com access none HARFORD local", op="grace", tags="libby")

h3("CZ-H146", "askusnow", "", """
p my aunt in florida is doing our family tree and asked me to find my great grandpa in the 1900 census
p were in edgewood
l I'll pass this on to Harford County, and a genealogy specialist can help. Email?
p pwatts@example.net
""", "pwatts@example.net research specialist HARFORD local", op="hope", tags="genealogy")

h3("CZ-H147", "askusnow", "", """
p the wifi at the library keeps kicking me off on my laptop
l Sorry! I'll let the staff know. Which library?
p doesnt matter. o.ybarra@example.com
""", "o.ybarra@example.com other none - default", tags="wifi")

h3("CZ-H148", "askusnow", "", """
p do you have the blind side on dvd. want to borrow it
p i'm in hagerstown
l I'll have Washington County check and place a hold. Email?
p r.kemp@example.org
""", "r.kemp@example.org circulation none WCFL local", op="sue", tags="dvd, holds")

h3("CZ-H149", "askusnow", "", """
p theres a mystery book called where theres a will, cant remember who wrote it
p can you put it on hold for me? i go to the bel air library
l I'll have Harford County find it and place the hold. Email?
p sn.ortiz@example.com
""", "sn.ortiz@example.com circulation none HARFORD local", op="grace", tags="holds")

h3("CZ-H150", "askusnow", "", """
p whats the fine for a late dvd
l Which library?
p just curious
""", "- policy none - no-email", op="dmitri", tags="fines")

h3("CZ-H151", "askusnow", "2405550119", """
p is my hold ready? at the rockville library
l I'll have Montgomery County check. Do you have an email?
p ya m.cole@example.com
""", "m.cole@example.com circulation none MCPL local", op="hope", tags="holds, sms")

h3("CZ-H152", "pratt", "", """
p need info on the lead paint laws for my rental house. i'm the landlord, in pigtown
l A law librarian can send you Maryland's lead paint rules for rentals. Email?
p cwright@example.com
""", "cwright@example.com research law EPFL law", op="ana", tags="legal")

h3("CZ-H153", "askusnow", "", """
p how do i scan a document and email it, im at the north east branch
l I'll have Cecil County email you the steps for their scanner. Email?
p t.jay@example.net
""", "t.jay@example.net other none CECIL local", tags="scanning")

h3("CZ-H154", "askusnow", "", """
p the librarian on chat this morning was really condescending to me
p i just wanted help with an online job application
l I'm sorry. I'll pass your comments on. What's your email?
p wrussell@example.org
""", "wrussell@example.org other none - quality", op="hope", tags="complaint")

h3("CZ-H155", "askusnow", "", """
p can i get a book through interlibrary loan if my library doesnt have it? i use the arbutus branch
l Yes. I'll have Baltimore County send you the request form. Email?
p mnoble@example.com
""", "mnoble@example.com access none BCPL local", op="sue", tags="ill")

h3("CZ-H156", "askusnow", "", """
p how do i get the washington post free with my library card, i live in gaithersburg
l I'll have Montgomery County email you how to sign up. Email?
p kpham@example.net
""", "kpham@example.net access none MCPL local", op="grace", tags="newspapers")

h3("CZ-H157", "askusnow", "", """
p looking for sanborn fire insurance maps of annapolis from the 1890s for a history project
p i'm in virginia
l A specialist with historic maps can help. Email?
p b.ngata@example.org
""", "b.ngata@example.org research specialist - specialist", op="dmitri", tags="maps")

# Not follow-ups (no labels)
h3("CZ-H190", "askusnow", "", """
p what are the hours for the towson branch today
l 10 to 8 today.
p thx
""", op="will", status=ANS, tags="hours")

h3("CZ-H191", "pratt", "", """
p hi
""", op="grace", status=LOST)

h3("CZ-H192", "askusnow", "3015550133", """
p is the library open monday
l Most are closed for the holiday. Which one?
""", op="sue", status=LOST, tags="sms")

h3("CZ-H193", "askusnow", "", """
p how do i put a book on hold
l Search the catalog, click Place Hold and log in with your card.
p got it thank you
""", op="dmitri", status=ANS, tags="holds")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def timed_lines(chat):
    """Each line with its time (New York), seconds apart drawn with a seed per chat."""
    rng = random.Random("z-times-" + chat["cid"])
    at = chat["start"] + timedelta(seconds=rng.randint(3, 50))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 70) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def duration(chat, lines):
    return int((lines[-1][0] - chat["start"]).total_seconds()) + random.Random(
        "z-dur-" + chat["cid"]).randint(15, 90)


def answered(c):
    """Whether a librarian speaks in the chat (a lost call names no answerer)."""
    return any(code == "l" for code, _ in lines_of(c))


def by_start(chats):
    return sorted(chats, key=lambda c: c["start"])


AC_COLUMNS = ["Chat ID", "Timestamp", "Wait Time", "Duration", "Initial Question", "Name",
              "Contact Info", "Answerer", "Department", "Rating", "Comment", "Tags", "Transcript"]
H3_COLUMNS = ["id", "queue", "protocol", "guest", "operator", "started", "ended", "duration",
              "referrer", "tags", "transcript"]


def tags_cell(c):
    return ", ".join(x for x in (c["tag"], c["status"]) if x)


def ac_row(c):
    names = {"p": c["patron"], "l": c["lib"]}
    lines = timed_lines(c)
    first_q = next(text for code, text in lines_of(c) if code == "p")
    wait = random.Random("z-wait-" + c["cid"]).randint(4, 95) if c["status"] != LOST else 0
    answerer = c["lib"] if answered(c) else ""
    return [c["cid"], f"{c['start']:%Y-%m-%d %H:%M:%S}", str(wait), str(duration(c, lines)),
            first_q, c["name"], c["email"] or "", answerer, c["origin"], c["rating"],
            c["comment"], tags_cell(c),
            "\n".join(f"[{t:%H:%M:%S}] {names[code]}: {text}" for t, code, text in lines)]


def h3_row(c):
    names = {"p": c["patron"], "l": c["lib"]}
    lines = timed_lines(c)
    secs = duration(c, lines)
    referrer = "" if c["protocol"] == "sms" else random.Random(
        "z-ref-" + c["cid"]).choice(REFERRERS)
    operator = f"{c['op']}@chat.libraryh3lp.com" if answered(c) else ""
    return [c["cid"], c["origin"], c["protocol"], c["patron"], operator,
            f"{c['start']:%Y-%m-%d %H:%M:%S}",
            f"{c['start'] + timedelta(seconds=secs):%Y-%m-%d %H:%M:%S}", str(secs), referrer,
            tags_cell(c),
            "\r".join(f"{t:%H:%M:%S} {names[code]}: {text}" for t, code, text in lines)]


def csv_text(columns, row, chats, terminator):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=terminator)
    w.writerow(columns)
    for c in by_start(chats):
        w.writerow(row(c))
    return buf.getvalue()


LABEL_COLUMNS = ["chat_id", "email", "category", "subject", "local_library", "rule", "destination"]


def labels_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=LABEL_COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in by_start(chats):
        if c["label"]:
            w.writerow(label_row(c))
    return buf.getvalue()


STYLES = [("academic", AC, lambda ch: csv_text(AC_COLUMNS, ac_row, ch, "\n")),
          ("h3lp", H3, lambda ch: csv_text(H3_COLUMNS, h3_row, ch, "\r\n"))]


def part_dir(name):
    """Where a file of this part lives: z1 (the development half, whose misses were read and
    fixed by kind) trains the category model, z2 stays held out."""
    return HERE / ("train" if name.startswith("z1_") else "heldout")


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    out = []
    for half in (1, 2):
        for style, chats, text in STYLES:
            halves = half_of(chats)
            mine = by_start([c for c in chats if halves[c["cid"]] == half])
            out.append((f"z{half}_{style}.csv", style, mine, text))
    return out


def all_texts():
    """Every file this script owns: path -> text."""
    out = {}
    for name, _, chats, text in files():
        out[part_dir(name) / name] = text(chats)
        out[part_dir(name) / (name + ".labels.csv")] = labels_text(chats)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme))
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

ALLOWED_DOMAINS = ("@example.org", "@example.com", "@example.net")
# A typo that the patron corrects may stand only with a top-level domain that does not exist.
NO_SUCH_TLD = ("@example.con",)
PHONE = re.compile(r"^\d{3}-555-\d{4}$")
JID_PATRON = re.compile(r"^([0-9a-f]{4,8}@web(\.ca)?|\+1\d{3}555\d{4}@sms)\.libraryh3lp\.com$")
JID_STAFF = re.compile(r"^[a-z]+@chat\.libraryh3lp\.com$")
AC_LINE = re.compile(r"^\[([01]\d|2[0-3]):[0-5]\d:[0-5]\d\] ([^:\[\]]+): (.*)$")
H3_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d (\S+): (.*)$")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, EMAIL_RE.match, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from: typed in the patron's words unless written=True, and then
    # its user name is.
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    if email and email != field:
        if c["written"] == (email in patron_text):
            bad(f"e-mail {email!r}: typed in the patron's words unless written=True")
        if c["written"] and email.split("@")[0] not in patron_text:
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


def read_back(name, style):
    """The records of a written file, read by python's csv, each checked against its style's
    invariants: dicts with "id", "patron", "email", "follow_up" and "lines" (speaker, text)."""
    raw = (part_dir(name) / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    columns = AC_COLUMNS if style == "academic" else H3_COLUMNS
    if rows[0] != columns:
        raise ValueError(f"header {rows[0]}")
    if style == "academic" and "\r" in text:
        raise ValueError("a carriage return in the LibChat file")
    if style == "h3lp" and (text.count("\r\n") != len(rows) or "\n" in text.replace("\r\n", "")):
        raise ValueError("rows not separated by CRLF, or a line feed inside a cell")
    out = []
    for r in rows[1:]:
        if len(r) != len(columns):
            raise ValueError(f"{r[0]}: {len(r)} cells")
        rec = dict(zip(columns, r))
        if style == "academic":
            cid, patron, staff, sep = rec["Chat ID"], rec["Name"] or "Patron", rec["Answerer"], "\n"
            datetime.strptime(rec["Timestamp"], "%Y-%m-%d %H:%M:%S")
            email, tags, line_re = rec["Contact Info"], rec["Tags"], AC_LINE
            if " " in staff or not (rec["Wait Time"].isdigit() and rec["Duration"].isdigit()):
                raise ValueError(f"{cid}: Answerer, Wait Time or Duration")
            if email and not (PHONE.match(email) or email.lower().endswith(ALLOWED_DOMAINS)):
                raise ValueError(f"{cid}: Contact Info {email!r}")
            speakers = {patron, staff} - {""}
        else:
            cid, patron, staff, sep = rec["id"], rec["guest"], rec["operator"], "\r"
            email, tags, line_re = "", rec["tags"], H3_LINE
            started = datetime.strptime(rec["started"], "%Y-%m-%d %H:%M:%S")
            ended = datetime.strptime(rec["ended"], "%Y-%m-%d %H:%M:%S")
            if (ended - started).total_seconds() != int(rec["duration"]):
                raise ValueError(f"{cid}: duration")
            if not JID_PATRON.match(patron) or not (JID_STAFF.match(staff) or staff == ""):
                raise ValueError(f"{cid}: guest {patron!r} or operator {staff!r}")
            if (rec["protocol"] == "sms") != patron.endswith("@sms.libraryh3lp.com"):
                raise ValueError(f"{cid}: protocol {rec['protocol']!r} for {patron!r}")
            display = H3_STAFF.get(staff.split("@")[0])
            speakers = {patron, display or staff} - {""}
            if "\n" in rec["transcript"]:
                raise ValueError(f"{cid}: a line feed in the transcript")
        lines = []
        for piece in rec["Transcript" if style == "academic" else "transcript"].split(sep):
            m = line_re.match(piece)
            if not m or m.group(2) not in speakers:
                raise ValueError(f"{cid}: line {piece[:50]!r}")
            lines.append((m.group(2), m.group(3)))
        follow_up = FU in [t.strip() for t in tags.split(",")]
        out.append({"id": cid, "patron": patron, "email": email, "follow_up": follow_up,
                    "lines": lines})
    return out


def check_all():
    problems = []
    ids = directory_ids()
    chats = AC + H3
    by_id = {}
    for c in chats:
        cid = c["cid"]
        if cid in by_id or not cid.startswith("CZ-"):
            problems.append(f"{cid}: duplicate chat id or no CZ- prefix")
        by_id[cid] = c
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
        if "p" not in [code for code, _ in lines_of(c)]:
            problems.append(f"{cid}: the patron never speaks")
        for _, text in lines_of(c):
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
    total = 0
    for name, style, own, _ in files():
        try:
            records = read_back(name, style)
        except (ValueError, KeyError, csv.Error) as e:
            problems.append(f"{part_dir(name).name}/{name}: does not read back: {e}")
            continue
        total += len(records)
        if [r["id"] for r in records] != [c["cid"] for c in own]:
            problems.append(f"{part_dir(name).name}/{name}: records differ from the chats held here")
        for r in records:
            c = by_id[r["id"]]
            if [t for _, t in r["lines"]] != [t for _, t in lines_of(c)]:
                problems.append(f"{name}: {r['id']}: the messages do not read back as written")
            if r["follow_up"] != (c["status"] == FU):
                problems.append(f"{name}: {r['id']}: the tags do not give its resolution")
            if (r["email"] or "") != (c["email"] or ""):
                problems.append(f"{name}: {r['id']}: the e-mail field does not read back")
        rows = read_labels(part_dir(name) / (name + ".labels.csv"), problems)
        labelled = [row["chat_id"] for row in rows]
        if labelled != [c["cid"] for c in own if c["label"]]:
            problems.append(f"{part_dir(name).name}/{name}.labels.csv: not one row per follow-up chat")
        for row in rows:
            if row["chat_id"] in by_id:
                check_label(by_id[row["chat_id"]], row, ids, problems)
    if total != len(chats):
        problems.append(f"the four files hold {total} records, not {len(chats)}")
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        out.append(f"{name}: {len(chats)} chats, {sum(1 for c in chats if c['label'])} labelled")
    for scope, chats in (("both", AC + H3), ("academic", AC), ("h3lp", H3)):
        for i, what in ((4, "rule"), (1, "category"), (2, "subject"), (3, "local")):
            t = tally(chats, i)
            out.append(f"{scope} {what}: " + ", ".join(f"{k} {v}" for k, v in sorted(t.items())))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", AC + H3))
    rows = ["| | " + " | ".join(n for n, _ in cols) + " |", "|---|" + "---:|" * len(cols)]
    for i, keys in ((4, RULES), (1, sorted(CATEGORIES)), (2, sorted(SUBJECTS))):
        for k in keys:
            rows.append(f"| {k} | " + " | ".join(str(tally(ch, i).get(k, 0)) for _, ch in cols)
                        + " |")
        rows.append("| **total** | " + " | ".join(
            str(sum(1 for c in ch if c["label"])) for _, ch in cols) + " |")
    status = {}
    for c in AC + H3:
        if not c["label"]:
            status[c["status"]] = status.get(c["status"], 0) + 1
    local = tally(AC + H3, 3)
    local_text = ", ".join(f"{'(none)' if k == '-' else k} {v}"
                           for k, v in sorted(local.items(), key=lambda kv: (kv[0] != "-", kv[0])))
    sms_n = sum(1 for c in H3 if c["label"] and c["protocol"] == "sms")
    return ("\n".join(rows) + "\n\nRows by rule, then by category, then by subject need. "
            "Not follow-ups (no labels): "
            + ", ".join(f"{v} {k}" for k, v in sorted(status.items())) + ".\n"
            f"SMS chats among the labelled rows: {sms_n}.\n"
            f"Local library: {local_text}.\n")


def readme_with_counts(text):
    start, end = "<!-- z-counts -->\n", "<!-- /z-counts -->"
    if start not in text:
        return text
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return head + start + counts_table() + end + tail


if __name__ == "__main__":
    sys.exit(main("z_build", all_texts, check_all, counts))
