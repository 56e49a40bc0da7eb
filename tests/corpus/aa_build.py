#!/usr/bin/env python3
"""Writes and checks the "aa" part of aun's labelled corpus (aa1 and aa2, both in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "at" and "dot"). Chats that are not follow-ups carry no label and get no labels
row. Where the patron asks two things, the category is that of the question left open.

Both exports are a library's own queue, so every labelled chat's local library is that library
(rules.md section 5, "origin account"): the college (AACC) in the LibChat export, Howard County
(HCLS) in the LibraryH3lp one, whatever county, town or state the patron names.

Transcript notation, one message a line: `p` patron, `l` librarian.

Two export styles, each split in two halves with the same mix (aa1 and aa2):
  aaN_aacc_libchat.csv  the college library's LibChat "Chat Transcripts" download: `Chat ID`,
                        `Timestamp` (`2026-02-09 10:14:22`, New York), `Wait Time`, `Duration`
                        (seconds), `Name` (what the patron typed, often empty), `Contact Info`
                        (the pre-chat form's e-mail box: an address, a phone number or empty),
                        `Widget`, `Department`, `Answerer` (first name), `Rating` (0-4),
                        `Rating Comment`, `Tags` (comma-separated topics, the follow-up code among
                        them), `Initial Question`, `Transcript`: lines `10:14:40 - Name: text`
                        (the text HTML-escaped, `&#x27;` for an apostrophe) joined by LF inside
                        the quoted cell; a patron with no name is `Patron`. Quoted only where
                        needed, LF between rows.
  aaN_hcls_h3lp.jsonl   the county library's LibraryH3lp chats as JSON Lines: `id`, `queue`
                        (`hcls-ask`, `hcls-text`), `protocol` (`web`, `sms`), `guest` (a JID:
                        `…@web.libraryh3lp.com`, `…@web.ca.libraryh3lp.com`, or
                        `+1410555….@sms.libraryh3lp.com`), `operator` (`name@chat.libraryh3lp.com`,
                        null when no one answered), `started`, `ended` (`2026-05-04 14:05:12`, New
                        York), `tags` (comma-separated, the follow-up code among them), and
                        `transcript`: lines `2:05PM JID: text` separated by a carriage return
                        alone (\\r). No e-mail key: addresses are only what the patron typed.

The halves: within each style, in the order written, each chat goes to the half with fewer chats
of its rule and category (corpus_common.half_of); both halves stay held out.

Run from anywhere: python3 tests/corpus/aa_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/aa_build.py --check   (writes nothing: fails when a file
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
    ANY_ADDRESS, ALLOWED_DOMAINS, is_address,
    FOLLOW_UP, address_problems, export_texts, half_files, label_row, labels_csv, labels_table,
    lines_of, main, read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = FOLLOW_UP
ANS = "Answered"
LOST = "Lost Call"

DEPARTMENT = "Truxal Library"  # the college's LibChat department (an alias of AACC)
LC_STAFF = {"marisol": "Marisol", "dev": "Dev", "kathleen": "Kathleen", "aaron": "Aaron"}
H3_STAFF = ("grace", "will", "tomas", "keisha")
H3_QUEUES = {"web": "hcls-ask", "web.ca": "hcls-ask", "sms": "hcls-text"}
ORIGIN_ID = {"lc": "AACC", "h3": "HCLS"}

LC = []  # the college's LibChat chats
H3 = []  # Howard County's LibraryH3lp chats


def _start(n, seed, first):
    """The n-th chat of a style starts on a weekday from `first` (New York), 9 am to 8 pm."""
    rng = random.Random(seed)
    day = first + timedelta(days=(n * 5) // 8)
    while day.weekday() == 6:
        day += timedelta(days=1)
    return (day + timedelta(hours=rng.randint(9, 19), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def lc(cid, name, contact, t, label=None, op="marisol", status=FU, tags="", written=False,
       rating="", comment=""):
    """A LibChat chat. name: what the patron typed (empty: `Patron`); contact: the Contact Info
    box as typed (an address, a phone number, or None for empty)."""
    email = contact if contact and "@" in contact else None
    LC.append(dict(cid=cid, style="lc", start=_start(len(LC), "aa-lc-" + cid, datetime(2026, 2, 9)),
                   patron=name or "Patron", named=bool(name), contact=contact, email=email, t=t,
                   label=label, lib=LC_STAFF[op] if op else None, status=status, tags=tags,
                   written=written, rating=rating, comment=comment))


def h3(cid, gateway, t, label=None, op="grace", status=FU, tags="", written=False, sms="",
       drawn=None):
    """A LibraryH3lp chat. gateway: `web`, `web.ca` or `sms` (then sms is the 555 number, ten
    digits). drawn: the label as first written, for a label corrected after the halves were
    drawn (the chat keeps its half)."""
    rng = random.Random("aa-h3-jid-" + cid)
    if gateway == "sms":
        guest = f"+1{sms}@sms.libraryh3lp.com"
    else:
        guest = "".join(rng.choice("0123456789abcdef") for _ in range(24)) + \
            f"@{gateway}.libraryh3lp.com"
    H3.append(dict(cid=cid, style="h3", start=_start(len(H3), "aa-h3-" + cid, datetime(2026, 5, 4)),
                   patron=guest, gateway=gateway, email=None, t=t, label=label,
                   lib=f"{op}@chat.libraryh3lp.com" if op else None, status=status, tags=tags,
                   written=written, drawn=drawn))

# ---------------------------------------------------------------------------------------------
# The college's LibChat export (aaN_aacc_libchat.csv)
# ---------------------------------------------------------------------------------------------

lc("CAA-L101", "Jordan", "jt.owens@example.org", """
p is the textbook for BIO 211 on reserve
l Hi Jordan! Yes, Anatomy & Physiology (11th ed.) is at the circulation desk on 2-hour reserve, library use only.
p can i take it home overnight tho
l Reserve copies normally stay in the building, but I'll ask circulation whether there's an overnight option during midterms and email you.
p ok thx
""", "= policy none AACC local", tags="reserves")

lc("CAA-L102", "", None, """
p i need the full text of an article, Smith 2019 nurse burnout and staffing ratios, journal of nursing management. it only shows the abstract
l Let me check. Our access to that journal has a 12-month embargo, so 2019 should be there... it isn't, the link is broken.
l I can request it through interlibrary loan instead. Where should we send it?
p kpatel22@example.org
p how long does that take
l Usually 1-3 days for an article.
""", "kpatel22@example.org access none AACC local", op="dev", tags="articles, ILL")

lc("CAA-L103", "Daniel M", "dmorales5@example.net", """
p cant log in to cinahl from home it keeps asking me to verify with the authenticator app and i got a new phone
l Ugh, sorry. The authenticator reset is done by the IT help desk, they can move it to your new phone.
p they are closed till monday and i have a paper due sunday
l Understood. I'll ask our e-resources librarian if there's a way to get you in before then and email you.
""", "= access none AACC local", op="kathleen", tags="databases, MFA")

lc("CAA-L104", "", "alexis.r@example.com", """
p how do i print from my laptop to the library printers
l You can upload files at the web print page and release them at any library printer with your student ID.
p ok i did that but it says my balance is 0.00 and i put $5 on it yesterday
l Hmm, deposits can take a day to show. I'll pass this to the circ desk to check and email you.
""", "= other none AACC local", op="aaron", tags="printing")

lc("CAA-L105", "Bao", "bnguyen@example.org", """
p hi i need sources for a care plan, pt with CHF. need 3 peer reviewed from last 5 yrs
l Hi Bao! Have you tried CINAHL with the peer-reviewed and date limiters?
p yes but i get a lot of double blind drug trials not nursing interventions
l Try adding the subject heading "Heart Failure/NU" for nursing. I'll email you a couple of searches that work well.
p thx!!
""", "= research none AACC local", tags="nursing, research")

lc("CAA-L106", "Tasha Greene", None, """
p for my paralegal class i have to find maryland case law on adverse possession. where do i even start
l Good question! Are you looking for appellate opinions or statutes too?
p appellate opinions. prof said at least 2 cases
l Nexis Uni has Maryland cases. I'll put together a few search tips and send them to you.
p ok my email is tgreene@example.net
""", "tgreene@example.net research law AACC law", op="dev", tags="paralegal, Nexis Uni")

lc("CAA-L107", "Yuki", "", """
p hello. i am student in english class. teacher say i need write the source in APA. how i do this for a website
l Hi Yuki! I can help. Do you have the website open?
p yes. but it no have author name
l No problem. When there is no author, you start with the title of the page. I will send you an example by email so you can copy the format.
p thank you very much. my email yuki.tan@example.com
""", "yuki.tan@example.com research none AACC local", op="kathleen", tags="citation, ESL")

lc("CAA-L108", "Linda", "lindahaas@example.net", """
p im not a student, just live nearby in arnold. am i allowed to borrow books from your library
l Hi Linda! Community members can use the library, and there is a community borrower option.
p what do i need to bring
l I'll confirm the exact ID requirements with circulation and email you.
""", "= policy none AACC local", op="aaron", tags="community users")

lc("CAA-L109", "", "mwhite.88@example.com", """
p do i need an aacc login to use the databases or can i use my anne arundel county library card
l Our databases need an AACC login. AACPL has its own databases you can use with your public library card.
p im taking one class this summer but im not registered yet
l Your login works once you're registered. I'll check whether summer students get access before the term starts.
""", "= policy none AACC local", tags="databases")

lc("CAA-L110", "", None, """
p where do i scan a document and send it to my email
l Hi! The scanners are on the first floor next to the printers, choose "scan to email" on the screen.
p which one is it the left side?
l Yes, the one by the window. Are you still there?
""", "- other none AACC no-email", op="dev", tags="scanning")

lc("CAA-L111", "Sara", "sara.b@example.org", """
p can i renew the laptop i borrowed its due today
l Laptops can't be renewed online, they have to come back to the desk. I'll ask circulation if they can extend it a day.
p i cant come in today my kid is sick
l Understood, I'll note that and someone will email you.
""", "= circulation none AACC local", op="kathleen", tags="laptops")

lc("CAA-L112", "", None, """
p hi
p sorry it keeps kicking me out
l I'm here! The chat dropped a few times on my end too, I'll report the problem. What's your question?
p need help finding articles for my psych paper on sleep and memory
p ugh it did it again
l So sorry. I'll email you a few articles instead, what's your email?
p jpark@example.com
""", "jpark@example.com research none AACC quality", op="aaron", tags="psychology, technical problem")

lc("CAA-L113", "K Alvarez", "k.alvarez@example.net", """
p theres a hold on my account from the library and i cant register for classes
l Let me look. There's a charge for a graphing calculator that shows as overdue since December.
p i returned that in december!!
l I'm sorry! I'll have circulation check the shelves and clear it if it's there, and they'll email you.
""", "= circulation none AACC local", tags="fines")

lc("CAA-L114", "", "danielle.ross@example.com", """
p not for school but can you help me. my landlord wont fix the heat and i have a baby. what can i do
l I'm sorry you're dealing with that. Where do you live?
p glen burnie
l Thanks. I'll have someone send you information on tenants' rights and who to contact.
""", "= research law AACC law", op="dev", tags="community")

lc("CAA-L115", "Maria", "", """
p I use a screen reader (JAWS) and the ebook for my sociology class doesnt read, its all images
l I'm sorry about that. We can try to get an accessible copy of the book. Disability Support Services can also help.
p ok please email me mgarcia@example.org
""", "mgarcia@example.org access print-disability AACC print-disability", op="kathleen",
   tags="ebooks, accessibility")

lc("CAA-L116", "", "bri.w@example.com", """
p mla 9 citation for a ted talk?? and also a tiktok
l Sure! For a TED talk you list the speaker, title, TED date, and URL. Let me check the TikTok one.
l I'll email you both examples so you have the format.
p ok
""", "= research none AACC local", op="aaron", tags="citation")

lc("CAA-L117", "CJ", "cj.bell@example.org", """
p can you get a book from another library for me. the warmth of other suns
l Yes, through interlibrary loan. I'll start the request.
p thx
""", "= access none AACC local", op="dev", tags="ILL")

lc("CAA-L118", "Ranjit", None, """
p i need statistics on opioid overdoses in maryland by county for my public health class
l The state health department publishes annual reports by county. I'll gather links for the last few years.
p great. email is ranjit.s@example.net
""", "ranjit.s@example.net research none AACC local", tags="statistics")

lc("CAA-L119", "", "haley.m@example.com", """
p will the library be open during spring break
l Yes, with reduced hours, 8 to 4 on weekdays.
p what about saturday? i need to study for my a&p exam
l I'm not sure about the Saturday, let me confirm and email you.
""", "= policy none AACC local", op="kathleen", tags="hours")

lc("CAA-L120", "Tyrese", None, """
p i lost a library book i think i left it on the bus. what do i do
l Sorry! Which book? I can look up the replacement cost.
p intro to sociology
p email me tyrese.j@example.org
""", "tyrese.j@example.org circulation none AACC local", op="aaron", tags="lost item")

lc("CAA-L121", "", "n.okafor@example.net", """
p hi i need peer reviewed articles on childhood obesity for eng 121
l Hi! Try Academic Search Complete.
p where is that
p hello?
""", "= research none AACC quality", op="dev", tags="articles", rating="0",
   comment="she just stopped answering. waited 20 min for nothing")

lc("CAA-L122", "Josue", "", """
p my aacc portal wont let me in so i cant get to the library databases, says account locked
l That lock comes from IT, but I can send you a guest link to the article you need. Which one is it?
p its a jstor article for hist 111 i have the title. email is jhernandez7 at example dot org
""", "jhernandez7@example.org access none AACC local", op="kathleen", tags="databases",
   written=True)

lc("CAA-L123", "", "410-555-0176", """
p can i read the dsm 5 online from home
l We have the DSM-5-TR in a database, you'd log in with your AACC account.
p it says i dont have access
l I'll check with e-resources. We follow up by email, do you have one?
p no just call me
""", "- access none AACC no-email", op="aaron", tags="ebooks")

lc("CAA-L124", "", "ana.lopez77@example.com", """
p hi. i want improve my english. library have book for learn english? i am not student yet
l Yes! We have ESL books and readers on the second floor. Anyone can use them in the library.
p i can take home?
l I'll find out about a community borrower card for you and email you.
p ok thank you
""", "= policy none AACC local", op="dev", tags="ESL, community users")

lc("CAA-L125", "Dre", None, """
p i have dyslexia and reading the chapters takes forever. is there an audiobook version of my psych textbook
l Good question. Some publishers have audio or text-to-speech versions. Disability Support Services can help too.
p ok email me pls dre.wilson@example.net
""", "dre.wilson@example.net research print-disability AACC print-disability", op="kathleen",
   tags="textbooks")

lc("CAA-L126", "", "emma.c@example.org", """
p do u have anything on fall prevention in elderly pts, evidence based
l Yes, there's a lot. Do you need a systematic review or individual studies?
p prof wants one systematic review and 2 studies
l I'll email you a few good ones.
""", "= research none AACC local", tags="nursing")

lc("CAA-L127", "", None, """
p my mechanic charged me $900 for work he didnt do. how do i take him to small claims
l I'm sorry. Are you a student here?
p no i just saw the chat on your site
l That's fine. I'll have someone send you information on small claims court. What's your email?
p wes.hall@example.com
""", "wes.hall@example.com research law AACC law", op="aaron", tags="community")

lc("CAA-L128", "Keisha", "kmoore@example.net", """
p i asked on here last week for the full text of an article and nobody ever emailed me back
l I'm sorry about that! Which article was it?
p the one on mindfulness in high school students, journal of school psychology
l I'll find it and send it today.
""", "= access none AACC quality", op="dev", tags="articles, follow-up")

lc("CAA-L129", "", "tlin@example.com", """
p cant connect to the wifi in the library on my chromebook
p it says connected no internet
l Try forgetting the network and signing in again with your student login. If that fails, I'll put in a ticket with IT.
p still nothing
l OK, I'll report it and someone will email you.
""", "= other none AACC local", op="kathleen", tags="wifi")

lc("CAA-L130", "Brandon", "b.ford@example.org", """
p i have one of your graphing calculators checked out, can i keep it for the whole semester
l Calculators go out for 7 days and can be renewed once. I'll ask circulation whether yours can be extended for your math class.
p ok pls let me know
""", "= circulation none AACC local", tags="calculators")

lc("CAA-L131", "", "rae.s@example.net", """
p need 2 scholarly sources on the 1968 baltimore riots for hist 112
l Sure. Try America: History and Life, search riots AND baltimore AND 1968.
p i got 1 article but need another one
l I'll find a second one and email you.
""", "= research none AACC local", op="aaron", tags="history")

lc("CAA-L132", "", "gpaul@example.com", """
p the ebook on ebook central only lets me download one chapter??
l Some books limit how much you can download. You can read the whole book online though.
p i need it offline for the plane tomorrow
l I'll check whether there's a copy with a full download and email you.
""", "= access none AACC local", op="dev", tags="ebooks")

lc("CAA-L133", "Marcus", "m.reid@example.org", """
p i graduated in 2019 can i still use the databases
l Alumni can use the databases on campus. Remote access is for current students.
p not even one?
l Let me check whether any of them has alumni access and email you.
""", "= policy none AACC local", op="kathleen", tags="alumni")

lc("CAA-L134", "", None, """
p is the library open sunday
l Hi! Let me check the spring schedule.
p k
""", "- policy none AACC no-email", op="aaron", tags="hours")

lc("CAA-L135", "", "lpreston@example.com", """
p i need to find the custody forms for maryland, is that something the library has
l We don't keep court forms here, but I can find out where you can get them and email you.
p thx its for my sister
""", "= research law AACC law", tags="community")

lc("CAA-L136", "Omar", None, """
p market research for a food truck business plan, ENT 101. need local data
l Good topic! Try the business databases and census data for the county. I'll send you a guide.
p ok my email omar.h@example.net
""", "omar.h@example.net research none AACC local", op="dev", tags="business")

lc("CAA-L137", "", "ccarter@example.org", """
p i have low vision, is there a way to make the database articles bigger or have them read aloud
l Many databases have a read-aloud button and you can zoom the PDF. Which database?
p academic search complete and cinahl
l I'll email you instructions for both.
""", "= access print-disability AACC print-disability", op="kathleen", tags="accessibility")

lc("CAA-L138", "", "sam.ruiz@example.com", """
p where is the tutoring center
l It's in the same building, first floor, past the café.
p they werent there
l Their hours changed this semester. I'll check and email you.
""", "= other none AACC local", op="aaron", tags="directions")

lc("CAA-L139", "Priya", "priya.k@example.net", """
p i put a hold on a book at the arundel mills campus. is it here yet
l Let me check... it's still in transit.
p ok can you email me when it comes
""", "= circulation none AACC local", tags="holds")

lc("CAA-L140", "", "brad.t@example.com", """
p this is useless. you people are idiots
l I'd like to help. What are you looking for?
p forget it
l I'll end the chat now. Please reach out again when you're ready.
""", "= other none AACC quality", op="dev", tags="abuse")

lc("CAA-L141", "", None, """
p i need research on the effects of night shift work on nurses for my nur 250 class
l Sure. Do you want me to email you a few articles?
p i dont check my email, ill just come in tomorrow
""", "- research none AACC no-email", op="kathleen", tags="nursing")

lc("CAA-L142", "", "v.brooks@example.org", """
p off campus link gives me an error host not in config
l That's our proxy. Which link were you using?
p the one on the nursing guide for uptodate
l Thanks, I'll report the broken link and email you when it's fixed.
""", "= access none AACC local", op="aaron", tags="proxy")

lc("CAA-L143", "Dana", "dana.f@example.com", """
p can my 15 yr old come study with me in the library
l Minors with a parent are welcome. Let me check if there's a rule for teens alone.
p ok thx
""", "= policy none AACC local", tags="policy")

lc("CAA-L144", "", "evans.r@example.net", """
p im a retired teacher in severna park. can i use the library computers to print my taxes
l Community members can use guest computers. I'll check on printing for non-students and email you.
""", "= policy none AACC local", op="dev", tags="community users")

lc("CAA-L145", "", None, """
p im getting evicted from my apartment in odenton and the hearing is next week
p i dont know what to bring
l I'm sorry. I'll have someone send you information. What's your email?
p dee.jones@example.com
""", "dee.jones@example.com research law AACC law", op="kathleen", tags="community")

lc("CAA-L146", "", "ahmed.z@example.org", """
p how do i find the impact factor of a journal
l You can look it up in Journal Citation Reports, but we don't subscribe. Sometimes the journal website lists it.
p mine doesnt
l I'll see what else we can find and email you.
""", "= research none AACC local", op="aaron", tags="journals")

lc("CAA-L147", "", "tori.b@example.net", """
p films on demand video wont play off campus, just spinning
l Try another browser. Which video?
p the one for my bio lab
l I'll test it from home and email you.
""", "= access none AACC local", tags="streaming video")

lc("CAA-L148", "Jamal", "j.price@example.com", """
p my account says i have a book i never checked out
l Let me look. It's "Statistics for Nursing Research".
p never had that
l I'll ask circulation to look into it and email you.
""", "= circulation none AACC local", op="dev", tags="account")

lc("CAA-L149", "", "443-555-0129", """
p printer on the 2nd floor is jammed and ate my paper
l Sorry! I'll send someone up.
p i need to print my paper before 11
""", "- other none AACC no-email", op="kathleen", tags="printing")

lc("CAA-L150", "", "kbarnes@example.org", """
p my mother is legally blind and wants audiobooks. she lives with me in pasadena. can she use your library
l Community members can use our collection, but there are services made for readers who can't see print. I'll send you information.
p thank you
""", "= policy print-disability AACC print-disability", op="aaron", tags="community users")

lc("CAA-L151", "", "hugo.v@example.net", """
p can you help me make a PICO question for my EBP assignment
l Sure! What is your topic?
p hand hygiene in the ICU
l I'll email you an example PICO with that topic.
""", "= research none AACC local", tags="nursing, EBP")

lc("CAA-L152", "", "zoe.l@example.com", """
p hi
p i sent the question but nothing loaded
l Hi, I see you now. Your messages are arriving jumbled. I'll report this session.
p ok. need the apa format for a youtube video
l I'll email you the format.
""", "= research none AACC quality", op="dev", tags="citation, technical problem")

lc("CAA-L153", "", "cmills@example.org", """
p how do i get the new york times through the library
l We have a pass for students, you register with your AACC email.
p it says my code expired
l I'll check with e-resources and email you.
""", "= access none AACC local", op="kathleen", tags="newspapers")

lc("CAA-L154", "Fatima", None, """
p my teacher say find article about climate change in simple english. where i find
l Hi Fatima! I know some good magazines with easy English. Do you want me to send you some?
p yes please. fatima.a@example.net
""", "fatima.a@example.net research none AACC local", op="aaron", tags="ESL")

lc("CAA-L155", "", "nick.o@example.com", """
p how many books can i check out at once
l Students can have up to 20 books. Community borrowers can have fewer.
p what about dvds
l Let me check and email you.
""", "= policy none AACC local", tags="borrowing")

lc("CAA-L156", "", "sofia.g@example.net", """
p can i renew my books online the due date is tomorrow
l Yes, in your library account. Let me see if it lets me... one of them has a hold, so it can't be renewed.
p which one
l I'll email you the details.
""", "= circulation none AACC local", op="dev", tags="renewals")

lc("CAA-L157", "", None, """
p do you have anything on the history of the naval academy for my hist 102 paper
l Yes! Annapolis has lots of history. Do you want books or articles?
p both. my email is aiden.c@example.org
""", "aiden.c@example.org research none AACC local", op="kathleen", tags="history")

lc("CAA-L158", "", "kim.d@example.com", """
p the scanner on the first floor wont send to my email
l Sometimes it takes a few minutes. Did you type the address in full?
p yes
l I'll have someone check the scanner.
""", "= other none AACC local", op="aaron", tags="scanning")

lc("CAA-L159", "", "paul.n@example.net", """
p i need info on the court system for my criminal justice class, like the difference between district and circuit court in maryland
l Good question. I'll send you a couple of sources for your class.
p thx
""", "= research law AACC law", tags="criminal justice")

lc("CAA-L160", "", None, """
p what time does the library close tonight
l 9 pm tonight!
p thx
""", op="dev", status=ANS, tags="hours")

lc("CAA-L161", "", None, """
p is anyone there
""", op=None, status=LOST, tags="")

lc("CAA-L162", "Jen", "jen.k@example.org", """
p how do i cite a chapter in an edited book apa
l Author of the chapter, year, chapter title, In editors (Eds.), book title (pages). Publisher.
p perfect thx
""", op="kathleen", status=ANS, tags="citation")

# ---------------------------------------------------------------------------------------------
# Howard County's LibraryH3lp export (aaN_hcls_h3lp.jsonl)
# ---------------------------------------------------------------------------------------------

h3("CAA-H201", "web", """
p my hold on the new baldacci book says in transit for a week now
l Hi, this is Grace. Let me look at your account. What's your card number?
p 21234000567812
l It's on its way from Savage to Central. I'll ask them to look for it.
p ok thank you my email is rose.b@example.net
""", "rose.b@example.net circulation none HCLS local", tags="holds")

h3("CAA-H202", "web", """
p cant renew my books it says max renewals reached
l Hi! Yes, items renew up to 3 times unless someone has a hold. I can ask if the branch can extend one.
p pls i need the cookbook for a party saturday
p tamika.w@example.com
""", "tamika.w@example.com circulation none HCLS local", op="tomas", tags="renewals")

h3("CAA-H203", "web", """
p how do the museum passes work? could i get one for the B&O railroad museum this weekend
l Hi there! Passes are booked online with your card. Let me check the B&O dates for you.
l I'll have our passes coordinator email you. What's your email?
p jfisher@example.org
""", "jfisher@example.org policy none HCLS local", op="keisha", tags="museum passes")

h3("CAA-H204", "web", """
p how do i book the 3d printer at miller
l You'll need to take the short 3D printing class first, then you can book a time. I'll send you the link.
p ok lucas.p@example.net
""", "lucas.p@example.net other none HCLS local", op="will", tags="3D printing")

h3("CAA-H205", "web", """
p libby says my card isnt valid
l Sorry about that! Is your card expired by any chance?
p i dont think so, i used it in march
l I'll check your account with the branch and someone will email you. What's your email?
p mel.ortiz@example.com
""", "mel.ortiz@example.com access none HCLS local", tags="Libby")

h3("CAA-H206", "web", """
p Hello, I'm trying to trace my great-grandfather. He came through Baltimore around 1905. Where would I find passenger lists?
l What a great project! There are passenger lists for the Port of Baltimore. Do you know which ship or country he came from?
p Poland I think. His name was Jozef Nowak.
l I'll pass this to our genealogy specialist, who'll email you. What's your address?
p carol.nowak@example.org
""", "carol.nowak@example.org research specialist HCLS local", op="keisha", tags="genealogy")

h3("CAA-H207", "web", """
p i moved out of my apartment in columbia 45 days ago and still no deposit back. landlord ignores me
p what can i do
l I'm sorry! There are Maryland rules about security deposits. I'll have someone send you information.
p devon.c@example.net
""", "devon.c@example.net research law HCLS law", op="tomas", tags="legal")

h3("CAA-H208", "web", """
p hi my grandmother has macular degeneration and cant read regular print anymore. what can the library do for her? she lives in ellicott city
l I'm sorry to hear that. There are large print books and audiobooks, and a state program that mails talking books free of charge.
p she doesnt use a computer
l Understood, the talking book program mails a player and books to her. I'll email you the details. What's your email?
p lily.chang@example.com
""", "lily.chang@example.com policy print-disability HCLS print-disability", op="grace",
   tags="accessibility")

h3("CAA-H209", "web", """
p the man at the desk at east columbia was really rude to my son today. he was just asking where the manga was
p i want to complain
l I'm very sorry. I'll pass this on to the branch manager. Can I have your email so they can follow up?
p angela.r@example.org
""", "angela.r@example.org other none HCLS quality", op="will", tags="complaint")

h3("CAA-H210", "web", """
p what time does savage close today
l Hi, it closes at 9 tonight.
p and tomorrow
l Tomorrow is Saturday, let me double-check the hours.
""", "- policy none HCLS no-email", op="keisha", tags="hours")

h3("CAA-H211", "web", """
p i have a hold on the new james mcbride and it says cancelled? i didnt cancel it
l Let me look. I'll have circulation check what happened. What's your email?
p kchen@example.con
p sorry kchen@example.com
""", "kchen@example.com circulation none HCLS local", op="tomas", tags="holds")

h3("CAA-H212", "web", """
p i want to put a hold on a court of thorns and roses but theres like 200 holds lol
l Hi, this is Will! It's very popular. There's also an ebook and a lucky day copy sometimes.
p is there a way to get it faster
l I'll check which branches have the lucky day copies and email you. Email?
p mia.l@example.net
""", "mia.l@example.net circulation none HCLS local", op="will", tags="holds")

h3("CAA-H213", "web", """
p i returned the blind assassin last week but it still says on my account and now its overdue
l Sorry about that! Which branch did you return it to?
p glenwood, book drop
l I'll ask Glenwood to check their shelves. Email?
p h.santos@example.com
""", "h.santos@example.com circulation none HCLS local", op="grace", tags="returns")

h3("CAA-H214", "web", """
p my mom lives in ohio, can she use libby with my hcls card when she visits
l Cards are for the card holder, but she could use her own library's Libby. I'll check what our rules say about family members.
p ok thanks. beth.m@example.org
""", "beth.m@example.org policy none HCLS local", tags="Libby")

h3("CAA-H215", "web", """
p Hi! I'm putting together a talk for my church about the history of the Thomas Viaduct in Elkridge. Old photos or articles?
l What a great topic! The Historical Society has photos and we have local history files. I'll ask our local history specialist to email you.
p Thank you, it's walt.g@example.net
""", "walt.g@example.net research specialist HCLS local", op="keisha", tags="local history")

h3("CAA-H216", "web", """
p i just moved to pennsylvania from columbia, can i keep using my hcls card
l Cards are for people who live, work or go to school in Maryland. Let me check what happens when you move out of state.
p ok. jess.w@example.com
""", "jess.w@example.com policy none HCLS local", op="tomas", tags="cards")

h3("CAA-H217", "sms", """
p renew my books pls card ends 4471
l Hi, this is HCLS. I need your full card number to renew.
p 21234000994471
l Thanks. Two renewed, one has a hold. Want an email with the details?
p no email just text
""", "- circulation none HCLS no-email", op="keisha", tags="renewals, sms", sms="4105550142")

h3("CAA-H218", "sms", """
p hoopla wont load
p are u there
l Sorry, your texts are coming in late and out of order. I'll report the problem. What did you need?
p hoopla app wont load on my phone. email mjones@example.net
""", "mjones@example.net access none HCLS quality", op="will", tags="hoopla, sms",
   sms="4435550181")

h3("CAA-H219", "web", """
p how do i file for custody of my granddaughter in howard county
l I'm sorry you're going through that. I'll find the right forms and self-help resources and someone will email you.
p gail.f@example.org
""", "gail.f@example.org research law HCLS law", op="grace", tags="legal")

h3("CAA-H220", "web", """
p where can i get a simple will form
l Hi, I'm Grace. There are some options. Is this for you?
p yes my husband and me, we dont have much
l I'll send you a few resources. Email?
p ron.k@example.com
""", "ron.k@example.com research law HCLS law", op="grace", tags="legal")

h3("CAA-H221", "web", """
p my eyesight is going and regular books are too hard now. can i get large print delivered to my house? im in north laurel
l I'm sorry. We have a home delivery service, and there are talking books too. I'll email you about both.
p please. edna.p@example.net
""", "edna.p@example.net policy print-disability HCLS print-disability", op="keisha",
   tags="outreach")

h3("CAA-H222", "web", """
p my son needs 3 sources on the water cycle for 4th grade
l Great! Kids InfoBits and a couple of our books would work. I'll email you a list.
p ok nina.s@example.org
""", "nina.s@example.org research none HCLS local", op="tomas", tags="homework")

h3("CAA-H223", "web", """
p how do i get the washington post free with my library card
l You can get a pass through our website. I'll send you the steps.
p ty. aj.lee@example.com
""", "aj.lee@example.com access none HCLS local", tags="newspapers")

h3("CAA-H224", "web", """
p my card expired, how do i renew it
l You can renew it at any branch or online if your address hasn't changed. Did your address change?
p yes we moved from elkridge to clarksville
l Then we need proof of your new address. I'll email you the steps. Email?
p dan.r@example.net
""", "dan.r@example.net circulation none HCLS local", op="will", tags="cards")

h3("CAA-H225", "web", """
p can i get a card if i work in howard county but live in baltimore county
l Yes, Maryland residents can get a card. I'll check what you need to bring.
p ok. tom.b@example.org
""", "tom.b@example.org policy none HCLS local", op="keisha", tags="cards")

h3("CAA-H226", "web", """
p do any branches have a notary
l Let me check, I think Central has one by appointment.
p can u send me the times
p lisa.y@example.com
""", "lisa.y@example.com other none HCLS local", op="tomas", tags="notary")

h3("CAA-H227", "web", """
p I asked two weeks ago about tax forms and was told someone would email me. Never heard back.
p Where can I get the 2025 Maryland forms?
l I'm so sorry about that. Let me find out what happened and send you the forms today. What's your email?
p frank.d@example.net
""", "frank.d@example.net research none HCLS quality", op="grace", tags="taxes, follow-up")

h3("CAA-H228", "web", """
p can you get a book through interlibrary loan? hcls doesnt own it
l Yes! What's the title?
p the wager by david grann. oh wait maybe you have it
l We do, but all copies are out. I'll see if ILL is faster. Email?
p sue.m@example.org
""", "sue.m@example.org access none HCLS local", op="will", tags="ILL")

h3("CAA-H229", "web", """
p is there a storytime for toddlers at central on saturdays
l There's one at 10:30 most Saturdays. Let me check the spring schedule.
p thanks! kara.h@example.com
""", "kara.h@example.com other none HCLS local", op="keisha", tags="events")

h3("CAA-H230", "web", """
p Looking for my grandmother's obituary. She died in 1962 in Ellicott City.
l We can look in old newspapers. Do you know her full name?
p Margaret Ellen Shaw
l I'll pass this to our local history specialist. Email?
p ted.shaw@example.net
""", "ted.shaw@example.net research specialist HCLS local", tags="genealogy")

h3("CAA-H231", "web", """
p i had a charge dismissed in 2015, how do i get it off my record
l There's a process for that in Maryland. I'll find the right resources and email you.
p ok. marco.v@example.org
""", "marco.v@example.org research law HCLS law", op="tomas", tags="legal")

h3("CAA-H232", "web", """
p my husband is blind, can he get braille books from you
l We don't have braille books, but there is a state library that sends braille and talking books. I'll email you about it.
p yes please. ruth.a@example.com
""", "ruth.a@example.com policy print-disability HCLS print-disability", op="will",
   tags="accessibility")

h3("CAA-H233", "web", """
p trying to find records about my family who had a farm near clarksville in the 1800s
l Land records and census could help. Do you have an email so a specialist can follow up?
p i'll come in
""", "- research specialist HCLS no-email", op="keisha", tags="genealogy")

h3("CAA-H234", "web", """
p i reserved a museum pass for saturday and need to cancel
l I can help. Which museum?
p the walters
l I'll have it cancelled. Email for the confirmation?
p b.owens@example.net
""", "b.owens@example.net circulation none HCLS local", op="grace", tags="museum passes")

h3("CAA-H235", "web", """
p my 3d print was supposed to be ready tuesday, any news
l Let me check with the HiTech staff. What was the file name?
p phone_stand_v2
p email is kevin.t@example.com
""", "kevin.t@example.com other none HCLS local", op="tomas", tags="3D printing")

h3("CAA-H236", "web.ca", """
p libby says my hold is ready but the borrow button is greyed out
l Hmm, you may have reached the loan limit. How many do you have out?
p 5
l That's the limit. I'll check if that changed. Email?
p iris.n@example.org
""", "iris.n@example.org access none HCLS local", tags="Libby")

h3("CAA-H237", "web", """
p the librarian on here yesterday basically told me to figure it out myself
p i just wanted help finding a job application online
l I'm sorry, that's not how it should go. I'll report it, and I can help now. Which job?
p county bus driver. leah.d@example.net
""", "leah.d@example.net other none HCLS quality", op="keisha", tags="complaint")

# CAA-H238 was first labelled policy; re-read after the eval, the question left open is the
# patron's own holds (circulation, rules.md section 5).
h3("CAA-H238", "web.ca", """
p can i place a hold on a book at another branch and pick it up at glenwood
l Yes! You choose your pickup branch when you place the hold.
p can i change it for holds i already have
l I'll check and email you.
p ok paula.r@example.com
""", "paula.r@example.com circulation none HCLS local", op="will", tags="holds",
   drawn="paula.r@example.com policy none HCLS local")

h3("CAA-H239", "web", """
p when was the first big ellicott city flood? for my kids school project
l There were big floods in 1868 and 1972, and more recently 2016 and 2018. Do they need sources?
p yes 2 sources
l I'll email you some. Email?
p j.rowe@example.org
""", "j.rowe@example.org research none HCLS local", op="grace", tags="homework")

h3("CAA-H240", "web", """
p do you have to pay for the 3d printer
l It's 10 cents a gram. Do you want me to send you the booking link?
p no thanks ill call
""", "- policy none HCLS no-email", op="tomas", tags="3D printing")

h3("CAA-H241", "web", """
p my neighbor's tree fell on my fence in clarksville. who has to pay?
l I'm sorry! That depends on Maryland law and your insurance. I'll find resources for you. Email?
p greg.h@example.com
""", "greg.h@example.com research law HCLS law", tags="legal")

h3("CAA-H242", "web", """
p lost my card, how do i get a new one, and is there a fee
l You can get a new card at any branch. I'll check the fee and email you.
p k. rosa.m@example.net
""", "rosa.m@example.net circulation none HCLS local", op="will", tags="cards")

h3("CAA-H243", "web", """
p are dogs allowed in the library
l Service animals are. Let me check about pets.
p ok. emily.j@example.org
""", "emily.j@example.org policy none HCLS local", op="keisha", tags="policies")

h3("CAA-H244", "web", """
p hi
p i need help with a pdf
l Hi! Your messages are arriving out of order on my screen and some are blank. I'll report this session.
p i need to fill out a pdf form and print it
l I'll email you the steps. Email?
p omar.k@example.com
""", "omar.k@example.com other none HCLS quality", op="grace", tags="technical problem")

h3("CAA-H245", "web", """
p kanopy says i used all my credits
l Yes, there's a monthly limit. It resets on the 1st.
p is there any way to get more
l I'll check and email you.
p zara.q@example.net
""", "zara.q@example.net access none HCLS local", op="tomas", tags="Kanopy")

h3("CAA-H246", "web", """
p i want to start an LLC for my cleaning business, what do i need to do
l The state has a business portal, and our business resources can help. I'll send you a list.
p ok. nadia.f@example.org
""", "nadia.f@example.org research none HCLS local", tags="business")

h3("CAA-H247", "sms", """
p what time does central open tmrw
l 10 am!
""", op="keisha", status=ANS, tags="hours, sms", sms="4435550187")

h3("CAA-H248", "web", """
p why do i have a late fee on my account, i thought hcls was fine free
l We are fine free for overdues, but this is a lost item charge. Want me to have circulation look?
p yes but i dont use email
""", "- circulation none HCLS no-email", op="will", tags="fines")

h3("CAA-H249", "web", """
p my dad has parkinsons and can't hold books or turn pages anymore. what can he use
l There's a talking book program for people who can't hold a book, and audiobooks on Libby. I'll email you both.
p thanks. peter.l@example.com
""", "peter.l@example.com policy print-disability HCLS print-disability", op="keisha",
   tags="accessibility")

h3("CAA-H250", "web", """
p how many museum passes can i check out a month
l One pass at a time, I believe. Let me confirm.
p ok chloe.b@example.net
""", "chloe.b@example.net policy none HCLS local", op="tomas", tags="museum passes")

h3("CAA-H251", "web", """
p the hotspot i borrowed stopped working
l Sorry! Try turning it off and on. Did that help?
p no
l I'll have the branch contact you. Email?
p rj.moore@example.org
""", "rj.moore@example.org circulation none HCLS local", op="grace", tags="hotspots")

h3("CAA-H252", "web", """
p looking for recipes from the 1950s for a family cookbook project
l Fun! We have old cookbooks and magazines. I'll send a list.
p great sandy.k@example.com
""", "sandy.k@example.com research none HCLS local", op="will", tags="cooking")

h3("CAA-H253", "web", """
p how do i send libby books to my kindle
l Tap "Read with Kindle" after you borrow. It opens Amazon.
p it keeps saying error
l I'll send you the steps. Email?
p hal.w@example.net
""", "hal.w@example.net access none HCLS local", tags="Libby, Kindle")

h3("CAA-H254", "web", """
p how do i find out when our house in oakland mills was built? looking for the original land records
l Land records are kept by the state archives. I'll ask our local history specialist to email you.
p ok thanks. vic.t@example.org
""", "vic.t@example.org research specialist HCLS local", op="keisha", tags="local history")

h3("CAA-H255", "web", """
p what is blind date with a book? saw it at miller
l Hi, I'm Grace! Books are wrapped with a few hints and you check one out without seeing the cover.
p fun! is it at other branches
l I'll check and email you.
p amy.c@example.com
""", "amy.c@example.com other none HCLS local", op="grace", tags="events")

h3("CAA-H256", "web", """
p hello?
""", op=None, status=LOST, tags="")

h3("CAA-H257", "web", """
p is elkridge open on memorial day
l All branches are closed on Memorial Day.
p thx
""", op="tomas", status=ANS, tags="hours")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def tags_of(c):
    """The tags cell: the chat's topics, then the follow-up code for a follow-up."""
    tags = [t for t in c["tags"].split(", ") if t]
    return ", ".join(tags + ([FU] if c["status"] == FU else []))


LC_COLUMNS = ["Chat ID", "Timestamp", "Wait Time", "Duration", "Name", "Contact Info", "Widget",
              "Department", "Answerer", "Rating", "Rating Comment", "Tags", "Initial Question",
              "Transcript"]


def lc_row(c):
    lines = timed_lines(c, "aa")
    names = {"p": c["patron"], "l": c["lib"]}
    transcript = "\n".join(f"{t.astimezone(NY):%H:%M:%S} - {names[code]}: {html.escape(text)}"
                           for t, code, text in lines)
    start = local_start(c["start"]).astimezone(UTC)
    wait = (lines[1][0] - lines[0][0]).seconds if c["lib"] else 0
    duration = int((lines[-1][0] - start).total_seconds()) + 20
    first = next(text for code, text in lines_of(c) if code == "p")
    return [c["cid"], c["start"], str(wait), str(duration), c["patron"] if c["named"] else "",
            c["contact"] or "", "Truxal Library chat", DEPARTMENT, c["lib"] or "", c["rating"],
            c["comment"], tags_of(c), first, transcript]


def lc_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(LC_COLUMNS)
    for c in by_start(chats):
        w.writerow(lc_row(c))
    return buf.getvalue()


def clock_h3(t):
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M}{t:%p}"


def h3_record(c):
    lines = timed_lines(c, "aa")
    names = {"p": c["patron"], "l": c["lib"]}
    transcript = "\r".join(f"{clock_h3(t)} {names[code]}: {text}" for t, code, text in lines)
    ended = lines[-1][0] + timedelta(seconds=30)
    return {
        "id": c["cid"],
        "queue": H3_QUEUES[c["gateway"]],
        "protocol": "sms" if c["gateway"] == "sms" else "web",
        "guest": c["patron"],
        "operator": c["lib"],
        "started": c["start"],
        "ended": f"{ended.astimezone(NY):%Y-%m-%d %H:%M:%S}",
        "tags": tags_of(c),
        "transcript": transcript,
    }


def h3_text(chats):
    return "".join(json.dumps(h3_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("aacc_libchat", "csv", LC, lc_text), ("hcls_h3lp", "jsonl", H3, h3_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("aa", STYLES, by_start)


def part_dir(name):
    return "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "aa", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A typo that a later message corrects may stand in a transcript only with a top-level domain
# that does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con",)
PHONE_RE = re.compile(r"\b\d{3}-(\d{3})-\d{4}\b")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    if local != ORIGIN_ID[c["style"]]:
        bad(f"the origin account makes the local library {ORIGIN_ID[c['style']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


LC_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d - ([^:]+): (.*)$")
H3_LINE = re.compile(r"^(1[0-2]|[1-9]):[0-5]\d(AM|PM) (\S+@[a-z.]+\.libraryh3lp\.com): (.*)$")
GUEST_RE = re.compile(r"^([0-9a-f]{24}@web(\.ca)?|\+1\d{3}555\d{4}@sms)\.libraryh3lp\.com$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"."""
    raw = (HERE / part_dir(name) / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "aacc_libchat":
        if "\r" in text:
            raise ValueError("a carriage return in the file")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if rows[0] != LC_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(LC_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(LC_COLUMNS, r))
            cid, staff = rec["Chat ID"], rec["Answerer"]
            patron = rec["Name"] or "Patron"
            datetime.strptime(rec["Timestamp"], "%Y-%m-%d %H:%M:%S")
            if rec["Department"] != DEPARTMENT:
                raise ValueError(f"{cid}: department {rec['Department']!r}")
            lines = []
            for piece in rec["Transcript"].split("\n"):
                m = LC_LINE.match(piece)
                if not m or m.group(2) not in (patron, staff):
                    raise ValueError(f"{cid}: line {piece[:50]!r}")
                if "'" in m.group(3) or '"' in m.group(3) or "<" in m.group(3):
                    raise ValueError(f"{cid}: a character LibChat escapes, left as it is")
                lines.append((m.group(2), html.unescape(m.group(3))))
            if lines[0][1] != rec["Initial Question"]:
                raise ValueError(f"{cid}: the initial question is not the first message")
            contact = rec["Contact Info"]
            out.append({"id": cid, "patron": patron, "email": contact if "@" in contact else "",
                        "lines": lines, "tags": rec["Tags"], "contact": contact})
        return out
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        cid, guest, op = r["id"], r["guest"], r["operator"]
        if not GUEST_RE.match(guest):
            raise ValueError(f"{cid}: guest {guest!r}")
        if op is not None and not re.match(r"^[a-z]+@chat\.libraryh3lp\.com$", op):
            raise ValueError(f"{cid}: operator {op!r}")
        if r["protocol"] != ("sms" if "@sms." in guest else "web") or \
                r["queue"] != ("hcls-text" if r["protocol"] == "sms" else "hcls-ask"):
            raise ValueError(f"{cid}: protocol {r['protocol']} on queue {r['queue']}")
        if datetime.strptime(r["ended"], "%Y-%m-%d %H:%M:%S") <= \
                datetime.strptime(r["started"], "%Y-%m-%d %H:%M:%S"):
            raise ValueError(f"{cid}: ended before it started")
        if "\n" in r["transcript"]:
            raise ValueError(f"{cid}: a line feed in the transcript")
        lines = []
        for piece in r["transcript"].split("\r"):
            m = H3_LINE.match(piece)
            if not m or m.group(3) not in (guest, op):
                raise ValueError(f"{cid}: line {piece[:50]!r}")
            lines.append((m.group(3), m.group(4)))
        out.append({"id": cid, "patron": guest, "email": None, "lines": lines,
                    "tags": r["tags"]})
    return out


def own_checks(r, c):
    """The style's own comparisons of a record read back with its chat."""
    out = []
    if (FU in [t.strip() for t in r["tags"].split(",")]) != (c["status"] == FU):
        out.append("the follow-up tag does not read back")
    if c["style"] == "lc" and r["contact"] != (c["contact"] or ""):
        out.append("the Contact Info box does not read back")
    return out


def check_all():
    problems = []
    chats = LC + H3
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen or not cid.startswith("CAA-"):
            problems.append(f"{cid}: duplicate chat id or without the CAA- prefix")
        seen.add(cid)
        start = local_start(c["start"])
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
        codes = [code for code, _ in lines_of(c)]
        if codes[0] != "p" or set(codes) - {"p", "l"}:
            problems.append(f"{cid}: the patron must speak first, and only p and l lines")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        texts = [text for _, text in lines_of(c)] + [c.get("contact") or "", c.get("comment", "")]
        for text in texts:
            if "\r" in text or "\t" in text:
                problems.append(f"{cid}: a carriage return or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for exchange in PHONE_RE.findall(text):
                if exchange != "555":
                    problems.append(f"{cid}: a phone number that is not a 555 number")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, csv.Error), check_label,
                                   extra=own_checks)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", LC + H3), ("aacc_libchat", LC), ("hcls_h3lp", H3)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", LC + H3))
    sms_n = sum(1 for c in H3 if c["label"] and c["gateway"] == "sms")
    return labels_table(cols, LC + H3, f"SMS chats among the labelled rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("aa_build", all_texts, check_all, counts))
