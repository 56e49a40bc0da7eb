#!/usr/bin/env python3
"""Writes and checks the "h" part of aun's labelled corpus (h1 in train/, h2 in heldout/).

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

Two export styles, each split in two halves with the same mix (h1: development, h2: held out):
  hN_h3lp_crlf.csv  a LibraryH3lp "transcript per row" CSV: `id`, `started` and `ended` in UTC
                    (`2026-03-09T19:05:12Z`), `queue` (the origin account), `protocol` (`web`,
                    `sms`, `twilio`), `guest` (the guest's JID: `web.`, `web.ca.`, `sms.` or
                    `twilio.libraryh3lp.com`), `operator` (the operator's JID with its XMPP
                    resource, `maria@chat.libraryh3lp.com/desk-3`), `wait`, `duration`,
                    `referrer`, `tags`, `disposition` (the cooperative's wrap-up code), `email`
                    (the pre-chat form; mostly empty) and `transcript`: lines
                    `19:05:12 JID: text` on the UTC clock, messages separated by CRLF inside the
                    quoted field; CRLF between records.
  hN_coop247.json   an overnight "24/7 Cooperative" backup service's JSON array, pretty-printed
                    (each record over many lines): `transcript_id`, `created_at` (ISO 8601 on the
                    service's own clock, US Central, with its offset), `library` (the origin
                    account), `patron` (the name typed in the form), `email` (`null` when none),
                    `question` (the first message), `librarian` (first name plus "(24/7
                    Cooperative)"), `resolution_code`, `duration_sec` and `messages`, a list of
                    `{"timestamp", "author", "role", "body"}` objects (`role` is `patron`,
                    `librarian` or `system`).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then h1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/h_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/h_build.py --check   (writes nothing: fails when a file
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
CENTRAL = ZoneInfo("America/Chicago")
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
PG = "Prince George's County Memorial Library System"
CALV = "Calvert Library"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", MONT: "MCPL", PG: "PGCMLS", CALV: "CALVERT",
}

H3 = []  # LibraryH3lp-style CSV chats (CRLF between messages inside the transcript)
NT = []  # the 24/7 Cooperative's overnight JSON chats

# LibraryH3lp operators: JIDs with the XMPP resource of the client they were signed in on.
OPS = {
    "maria": "maria@chat.libraryh3lp.com/desk-3",
    "dtaylor": "dtaylor@chat.libraryh3lp.com/laptop",
    "kwame": "kwame@chat.libraryh3lp.com/desk-1",
    "sue": "sue.b@chat.libraryh3lp.com/webclient",
    "will": "will-umbc@chat.libraryh3lp.com/ref-desk",
    "hannah": "hannah@chat.libraryh3lp.com/desk-2",
    "ana": "ana@chat.libraryh3lp.com/home-pc",
}

# The 24/7 Cooperative's overnight staff (librarians in other states).
MAR = "Marisol (24/7 Cooperative)"
TRE = "Trent (24/7 Cooperative)"
NGO = "Ngozi (24/7 Cooperative)"
HAL = "Hal (24/7 Cooperative)"


def h3(cid, start, queue, proto, email, t, label=None, op="maria", op2=None, status=FU,
       written=False, phone=None, tags=""):
    """start: civil time in New York (written to the export in UTC). proto: web, ca (a
    Canadian web guest), sms or twilio (with the guest's phone number)."""
    H3.append(dict(cid=cid, start=start, origin=queue, proto=proto, phone=phone, email=email,
                   t=t, label=label, lib=OPS[op] if op else None,
                   lib2=OPS[op2] if op2 else None, status=status, written=written, tags=tags))


def nt(cid, start, account, patron, email, t, label=None, lib=MAR, lib2=None, status=FU,
       written=False):
    """start: civil time in New York (written to the export on the service's Central clock)."""
    NT.append(dict(cid=cid, start=start, origin=account, patron=patron, email=email, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written))


# ---------------------------------------------------------------------------------------------
# LibraryH3lp-style chats (hN_h3lp_crlf.csv)
# ---------------------------------------------------------------------------------------------

h3("CH-L3001", "2026-03-02 10:12:40", TOWSON, "web", "", """
p hi, trying to get the full text of an article for my nursing capstone
l Hi! I'm Maria. Do you have the citation?
p Brandt & Lowe (2021) "Shift length and medication errors on night units" J of Nursing Administration 51(3)
p the find it button just spins forever
l Thanks. Towson's access to that journal starts in 2022, so this one will have to come through interlibrary loan. I can start the request for you.
p ok pls. how long does that take
l Usually 1-3 days for an article. What email should the PDF go to?
p a.okafor3@example.com
l Got it. I'll put the request in and someone will confirm by email.
""", "a.okafor3@example.com access none TOWSON local TOWSON", tags="ill;nursing")

h3("CH-L3002", "2026-03-02 11:03:15", UMBC, "web", "jhalvorsen@example.org", """
p every time i try a database from home it bounces me back to the myUMBC login, i log in, and it sends me back again
p works fine on campus wifi
l Hi, this is Will at the UMBC library. Which database, and which browser?
p psycinfo, chrome. i live in columbia so im off campus most days
l Could you try a private window? Sometimes an old cookie causes the loop.
p same thing in private
l OK, I'll send this to our e-resources librarian to look at the proxy settings. You'll hear back by email.
""", "= access none UMBC local UMBC", op="will", tags="proxy")

h3("CH-L3003", "2026-03-02 13:47:02", AUN, "web", "", """
p libby says ive hit my checkout limit but i only have 3 books out??
l Hi there! Libby limits are set by each library. Which library's card is in Libby?
p idk honestly, the one i signed up for online
l No problem. Can you see a library's name at the top of your shelf?
p it just says maryland digital library i think
p can someone look at it and email me? its dee.morrow@example.net
l Sure, I'll pass it along.
""", "dee.morrow@example.net access none - default AUN", op="dtaylor")

h3("CH-L3004", "2026-03-02 16:20:33", AUN, "sms", "", """
p can i put the appeal by grisham on hold
l Hi! Sure, which library system are you with?
p harford. bel air
l Thanks. What email can Harford staff use to confirm the hold?
p dont have email just txt me
l OK, I'll note that. You can also call the Bel Air branch.
""", "- circulation none HARFORD no-email -", op="kwame", phone="4105550143")

h3("CH-L3005", "2026-03-03 09:35:51", STEV, "web", "mperalta@example.com", """
p hi i need a book chapter stevenson doesnt have, "Forensic nursing: scope and standards of practice" ch 4
l Hi, I'm Hannah. That's a good one for interlibrary loan. Have you used the ILL form before?
p yes but the form gives me error 500 when i hit submit
l Hmm. I'll let our ILL staff know the form is acting up, and I'll enter the request for you myself.
p thank you!!
""", "= access none STEVENSON local STEVENSON", op="hannah", tags="ill")

h3("CH-L3006", "2026-03-03 10:58:09", FROST, "web", "", """
p hello, grad student in the MSN program. the proquest dissertations link on the frostburg site asks me for a username and password i dont have
l Hi! I'm Ana. Are you logging in from off campus?
p yes, im living in cumberland this semester, not near campus
l The link should send you through the campus login first. Can you send me the exact link you're clicking?
p https://libguides.example.org/frostburg/dissertations
l Thanks, that guide has an old link without the proxy. I'll get it fixed and send you the working one. What email?
p r.castellano@example.net
""", "r.castellano@example.net access none FSU local FSU", op="ana")

h3("CH-L3007", "2026-03-03 12:14:27", AACC, "web", "", """
p the ebook for my bio 101 class only lets me print 20 pages?? i need chapter 6 which is like 40
l Hi! Publishers set those page limits. Which book is it?
p campbell biology concepts & connections
l I can check whether the library has a print copy on reserve. What's your email so I can follow up?
p tvu22@example.com
l I'll email you what I find.
""", "tvu22@example.com access none AACC local AACC", op="kwame")

h3("CH-L3008", "2026-03-03 14:40:00", TOWSON, "web", "", """
p how do i cite a government report in apa 7 when theres no author listed
l Hi! When no person is named, the agency is the author. Which report?
p its from the maryland department of health, opioid overdose data 2022
l Then it starts "Maryland Department of Health. (2023)." I'll email you a full example. Your email?
p kenji.ward@example.org
""", "kenji.ward@example.org research none TOWSON local TOWSON")

h3("CH-L3009", "2026-03-03 19:22:45", UMBC, "web", "", """
p not a class question but can i ask anyway
l Of course! What's up?
p my landlord in arbutus is keeping my whole security deposit and says its for "repainting". is that allowed?
l That's a legal question. I can't give legal advice, but the Maryland State Law Library answers exactly these, and I'll send it to them. What's your email?
p sbanerjee@example.com
""", "sbanerjee@example.com research law UMBC law MSLL", op="will")

h3("CH-L3010", "2026-03-04 10:05:19", AUN, "web", "", """
p hi i chatted yesterday around 3pm about an interlibrary loan and the librarian said someone would email me by this morning. nobody did
l I'm sorry about that! Do you remember what you requested?
p a book, the warmth of other suns, through ILL because my library's copy is lost
l I'll flag that the follow-up didn't happen and make sure someone contacts you. What's the best email?
p naomi.f@example.org
""", "naomi.f@example.org access none - quality QC", op="hannah")

h3("CH-L3011", "2026-03-04 11:31:08", AUN, "web", "b.lindqvist@example.com", """
p hi, i need to extend the laptop i borrowed, its due tomorrow
l Hi! Which library did you borrow it from?
p bcpl, towson branch
l Thanks, one moment.
l Sorry, my chat software just froze and I lost your last messages. Could you repeat them?
p i said its the chromebook, due tomorrow, can i keep it til monday
l Sorry again, it froze a second time. I'm reporting the problem, and BCPL will email you about the extension.
""", "= circulation none BCPL quality QC", op="dtaylor")

h3("CH-L3012", "2026-03-04 13:09:55", PRATT, "web", "", """
p hey my pratt card expired last month, can i renew it online or do i have to come in
l Hi! Good question. Is the address on the card still current?
p yes same address
l I'll have Pratt's circulation staff look at your account. What email should they use?
p jmcallister@example.net
""", "jmcallister@example.net circulation none EPFL local EPFL", op="ana")

h3("CH-L3013", "2026-03-04 15:26:12", PRATT, "web", "", """
p looking for any photos of my great grandmother's rowhouse on n gilmor st from the 1930s, and maybe city directory listings for her
l What a great project! Do you know the house number?
p 1400 block. her name was Hattie Simms
l I'll send this to a librarian who works with Baltimore's historical collections. What's your email?
p dsimms.family@example.com
""", "dsimms.family@example.com research specialist - specialist EPFL")

h3("CH-L3014", "2026-03-04 17:48:30", AUN, "web", "", """
p hi this is Will. my ex wants to move to texas with our daughter. is there a form i file to stop it?
l Hi Will, I'm Sue. I'm sorry you're dealing with that. I can't give legal advice, but the law library can point you to the right custody forms.
p ok. can they email me? will.tran@example.org
l Yes, I'll send your question over now.
""", "will.tran@example.org research law - law MSLL", op="sue")

h3("CH-L3015", "2026-03-05 18:02:11", AUN, "twilio", "", """
p wat time does arbutus branch close 2nite
l Hi! Arbutus is open until 9 tonight. Anything else?
p is it open sun
l I'd need to check. I can have BCPL confirm, can I get an email for you?
p nah just checkin thx
""", "- policy none BCPL no-email -", op="kwame", phone="4435550162")

h3("CH-L3016", "2026-03-05 09:12:37", TOWSON, "web", "", """
p hi can you help me get this article, i have the doi 10.5555/jcn.2020.0411
p it goes to a paywall asking for 39.95
l Hi! Let's check Towson's holdings for that journal.
l It looks like we have it through CINAHL after a 12-month embargo, so it should be there. Try searching the title in CINAHL after you sign in.
p omg gtg my class is starting, ill try later
s The guest left the chat.
""", "- access none TOWSON no-email -")

h3("CH-L3017", "2026-03-05 12:44:03", AUN, "web", "", """
p trying to find where my great uncle is buried. he died at the fort howard veterans hospital in 1952
l I'm sorry for your family's loss. Do you have his full name and service branch?
p Leon Dabrowski, army, ww2. i found this page but it goes nowhere https://graves.example.org/memorial/88121?submitted_by=volunteer@example.org
l I'll ask a genealogy librarian to look into VA burial records. Could I get your email for the follow-up?
p id rather not give my email, i'll check back in the chat later
l Understood. Our follow-ups go by email only, but you're welcome to chat again anytime.
""", "- research specialist - no-email -", op="hannah")

h3("CH-L3018", "2026-03-05 14:19:26", AUN, "web", "", """
p i live in dover, delaware. can out of state people get a maryland library card?
l Hi! Some Maryland systems give cards to non-residents, some charge a fee. Are you near a particular county?
p i work in easton sometimes. mostly just asking in general
l I can have someone send you a list. What's your email?
p its jwebb@
p sorry my phone is dying
s The guest left the chat.
""", "- policy none - no-email -", op="dtaylor")

h3("CH-L3019", "2026-03-05 16:33:48", AUN, "twilio", "", """
p my hold came in but i cant get there til sat. will it still b there
l Hi! Holds usually wait 7 days. Which library?
p pg county, bowie branch
l Thanks. Want PGCMLS to email you to confirm?
p no email sorry
""", "- circulation none PGCMLS no-email -", op="kwame", phone="2405550118")

h3("CH-L3020", "2026-03-06 10:27:14", UMBC, "web", "", """
p how do i get an old charge expunged? it was dismissed like 6 yrs ago but still shows up on background checks
l I'm sorry, that's frustrating. A law librarian can point you to the expungement forms. Could I get an email so they can follow up?
p i dont really use email, ill look it up myself
""", "- research law UMBC no-email -", op="will")

h3("CH-L3021", "2026-03-06 11:52:39", TOWSON, "web", "pgreer@example.org", """
p i need sources on redlining in baltimore for my hist 300 paper
p also fyi the person on chat this morning basically told me to just google it, which was not helpful at all
l I'm really sorry about that experience. I'll pass your comments along. Let's find you some sources.
l Have you tried ProQuest Historical Newspapers?
p no, does it have the baltimore sun?
l It does, back to 1837. I'll email you a list of search terms and some books.
""", "= research none TOWSON quality QC")

h3("CH-L3022", "2026-03-06 14:08:20", AUN, "web", "rk.sorensen@example.net", """
p i want to know why my account says i owe 45 dollars, i returned everything
l Let me see what I can find. Which library is your card from?
p why do you people always ask the same useless questions. you're all idiots
l I'm happy to help, but please keep the conversation respectful.
p whatever, just fix it you idiot
l I'm ending this chat because of the language used, and I'll report it. Someone can follow up by email.
""", "= circulation none - quality QC", op="hannah")

h3("CH-L3023", "2026-03-06 17:15:02", AUN, "twilio", "", """
p libby keeps saying my card is invalid
l Hi! Which library is the card from?
p ur msgs r coming thru twice and the chat closed on me 3 times already
p its annapolis library card
l Sorry about the dropped connection, I'll report it. Can I get an email so AACPL can check the card?
p mlee.annap@example.com
""", "mlee.annap@example.com access none AACPL quality QC", op="kwame", phone="4435550129")

h3("CH-L3024", "2026-03-09 09:40:31", STEV, "web", "dana.whitcomb@example.org", """
p last week a librarian told me interlibrary loan was free for students, now there's a $15 charge on my account for it
l I'm sorry for the confusion. Do you know which item the charge is for?
p the ILL book on ethics in counseling
l I'll report that you were given wrong information and ask our circulation staff to review the charge. They'll email you.
""", "= circulation none STEVENSON quality QC", op="hannah")

h3("CH-L3025", "2026-03-09 11:14:57", AUN, "web", "", """
p my neighbors tree came down on my fence in the storm and he says its not his problem. can i make him pay
l Hi, I'm Sue. That's one for the law library: they can explain small claims and what you'd need to show. I'll send your question to them.
p ok thanks Sue. email is ptorres88@example.com
""", "ptorres88@example.com research law - law MSLL", op="sue")

h3("CH-L3026", "2026-03-09 13:36:44", PRATT, "web", "", """
p theres a paper on my door saying failure to pay rent, court date next tuesday. what do i do
l I'm sorry, that sounds stressful. Do you live in Baltimore City?
p yes west baltimore
l The Maryland State Law Library can help with what to bring to court. What's your email?
p shante.b@example.org
""", "shante.b@example.org research law EPFL law MSLL", op="ana")

h3("CH-L3027", "2026-03-09 15:03:18", HOWARD, "web", "lfairbanks@example.com", """
p how do i change my last name back after my divorce
l Hi! Do you mean the court process, or updating your library card?
s dtaylor transferred the chat to hannah.
m Hi, I'm Hannah, I'm taking over from my colleague. Is it the court process?
p yes the court process, the card i can do later
m I'll send this to a law librarian who can point you to the right petition.
""", "= research law HCLS law MSLL", op="dtaylor", op2="hannah")

h3("CH-L3028", "2026-03-09 18:21:06", AUN, "web", "", """
p my mom has dementia and we need power of attorney set up. do we need a lawyer?
l I'm sorry to hear about your mom. Where are you located?
p glen burnie
l I'll refer you to the Maryland State Law Library. They have guides on powers of attorney. Your email?
p q.adeyemi@example.net
""", "q.adeyemi@example.net research law AACPL law MSLL")

h3("CH-L3030", "2026-03-10 10:10:10", AUN, "web", "", """
p my dad lost most of his sight from diabetes. he used to read every night. is there any way he can still get books? he cant use a kindle
l I'm sorry. Yes, there's a free program that mails audiobooks and a player to people who can't read regular print.
p who qualifies? does he need a doctor's note
l A doctor or another professional signs the application. I'll have the Maryland Library for the Blind and Print Disabled contact you. Email?
p geneva.holt@example.com
""", "geneva.holt@example.com policy print-disability - print-disability LBPH", op="hannah")

h3("CH-L3031", "2026-03-10 11:47:29", TOWSON, "web", "c.nakamura@example.org", """
p i have dyslexia and my screen reader cant read the scanned chapters on blackboard for my psych class, theyre just images
l Thanks for telling me. Have you registered with Accessibility & Disability Services?
p yes. they said ask the library for accessible versions
l OK, I'll pass this on so you can get text-based copies.
""", "= access print-disability TOWSON print-disability LBPH")

h3("CH-L3032", "2026-03-10 13:25:40", AUN, "twilio", "", """
p do u have bks in braille 4 kids
l Hi! For what age?
p my son is 7, hes blind
l There's a state library that lends braille books for kids for free. Can I get an email to have them contact you?
p yes rgarza.mom@example.net
""", "rgarza.mom@example.net policy print-disability - print-disability LBPH", op="kwame",
   phone="2405550177")

h3("CH-L3033", "2026-03-10 15:58:13", PRATT, "web", "", """
p your catalog search doesnt work with my screen reader. NVDA just says "button" with no label on the search button
l Thank you for letting us know. Which page were you on?
p the pratt catalog home page. i have a pratt card
l I'll pass the missing label on to Pratt's web team, and ask the Library for the Blind and Print Disabled to contact you about their catalog too. Your email?
p h.ostrowski@example.com
""", "h.ostrowski@example.com access print-disability EPFL print-disability LBPH", op="ana")

h3("CH-L3034", "2026-03-11 10:33:52", AUN, "web", "", """
p the text in libby is way too small for me even at the largest size. i have low vision
l Hi! Have you tried the reading settings in Libby, and your phone's zoom?
p yes still cant do it
l Let me have someone who knows accessible reading options get back to you. What's your email?
p o.whitfield@example.org
""", "o.whitfield@example.org access print-disability - print-disability LBPH", op="dtaylor")

h3("CH-L3035", "2026-03-11 12:09:44", HOWARD, "web", "anya.k@example.com", """
p can i book a study room at the miller branch for saturday afternoon?
l Hi! Study rooms can be booked online up to a week ahead.
p the booking page says no rooms, is that right?
l I'll ask Miller branch staff to check and email you.
""", "= policy none HCLS local HCLS", op="hannah")

h3("CH-L3036", "2026-03-11 14:51:07", BALTCO, "web", "", """
p where do i pick up the hotspot i reserved? the email just said "ready"
l Hi! At the branch you chose when reserving. Do you know which one?
p i think randallstown
l I'll have staff confirm and email you. What's your email?
p darnell.p@example.net
""", "darnell.p@example.net circulation none BCPL local BCPL")

h3("CH-L3037", "2026-03-11 16:30:25", AUN, "web", "", """
p hi its caroline! i need a hold on the blind assassin for my book club, all copies say checked out
l Hi Caroline! Which library do you use?
p st marys county, the lexington park one
l Great, I'll ask them to place the hold and email you. What address?
p caroline.ebert@example.com
""", "caroline.ebert@example.com circulation none SMCLD local SMCLD", op="sue")

h3("CH-L3038", "2026-03-12 09:18:36", AUN, "web", "", """
p do you charge late fines on kids books? asking for my daughter
l Hi! It depends on the library. Which one do you use?
p calvert library, prince frederick
l I'll check Calvert's policy and have them email you. Your email?
p m.ashford@example.org
""", "m.ashford@example.org policy none CALVERT local CALVERT", op="hannah")

h3("CH-L3039", "2026-03-12 10:44:02", AUN, "sms", "", """
p i returned 2 bks at elkridge but they still show on my acct
l Hi! When did you return them?
p tues
l Sometimes check-in takes a day. I'll have Howard County staff look. Email?
p lpham@example.com
""", "lpham@example.com circulation none HCLS local HCLS", op="kwame", phone="4105550131")

h3("CH-L3040", "2026-03-12 13:02:19", UMBC, "web", "", """
p my ILL article came as a pdf but pages 4-7 are missing
l Sorry about that! Which article?
p Jensen 2017, "Water rights on the Eastern Shore", Journal of Environmental Law and Policy
l I'll ask our ILL staff to request a new scan. What's your email?
p tkowalski@example.org
""", "tkowalski@example.org access none UMBC local UMBC", op="will", tags="ill")

h3("CH-L3041", "2026-03-12 15:37:50", TOWSON, "web", "", """
p im doing clinicals in kent county this month, can i still get into cinahl from there?
l Yes! Off-campus access works anywhere with your NetID. Having trouble?
p it says my session expired every few minutes
l That's a proxy timeout. I'll check with our e-resources team and email you. Your email?
p jfeliciano@example.net
""", "jfeliciano@example.net access none TOWSON local TOWSON")

h3("CH-L3042", "2026-03-13 10:21:33", FROST, "web", "", """
p need stats on opioid overdose deaths in allegany county 2015-2022 for my public health class
l Hi! The Maryland Department of Health publishes annual reports by county. Want me to email you links?
p yes pls, hbaxter@example.com
""", "hbaxter@example.com research none FSU local FSU", op="ana")

h3("CH-L3043", "2026-03-13 12:55:08", AACC, "web", "", """
p the calculator i checked out is due friday but my final is monday, can i keep it longer
l Hi! Let me check whether calculators can be renewed.
l They can renew once if nobody's waiting. I'll have circulation confirm by email. What's your email?
p sara.mbeki@example.ocm
p sorry .com
""", "sara.mbeki@example.com circulation none AACC local AACC", op="kwame", written=True)

h3("CH-L3044", "2026-03-13 14:16:47", STEV, "web", "j.ruiz@example.org", """
p need peer reviewed articles on music therapy for people with dementia
l Hi! Good topic. Have you tried CINAHL or PubMed?
p not yet. the email on my form is fine, or jr.ruiz@example.com works too
l I'll email you a search strategy and a few articles to start.
""", "= research none STEVENSON local STEVENSON", op="hannah")

h3("CH-L3045", "2026-03-16 09:49:25", AUN, "web", "", """
p im a nursing student at stevenson and i cant get into our pharmacology ebook from home
l Hi! Do you get an error?
p it says access denied, not authorized for this resource
l That's usually the proxy. I'll send this to Stevenson's library. Your email?
p q.whitaker@example.com
""", "q.whitaker@example.com access none STEVENSON local STEVENSON", op="dtaylor")

h3("CH-L3046", "2026-03-16 11:30:58", AUN, "web", "", """
p i live in westminster and want books on raising backyard chickens, are there any good ones
l Hi! I'm sure the library there has some. Want me to send you a list?
p yes! email is jen.mills@example.net
""", "jen.mills@example.net research none CARROLL local CARROLL", op="sue")

h3("CH-L3047", "2026-03-09 16:42:14", AUN, "web", "l.oyelaran@example", """
p kanopy says ive used all my credits this month, it's only the 9th
l Hi! Which library's Kanopy are you using?
p montgomery county, i go to the wheaton library
l Each library sets the monthly credits. I'll have MCPL check your account. Your email on the form looks cut off, what is it?
p oh oops, l.oyelaran@example.org
""", "l.oyelaran@example.org access none MCPL local MCPL")

h3("CH-L3048", "2026-03-16 13:12:36", PRATT, "web", "", """
p can i get something notarized at the library
l Some branches offer a notary. Which library do you usually use?
p i have a balt co card, catonsville branch
l I'll have BCPL check the Catonsville schedule for you. Email?
p ngreene@example.com
""", "ngreene@example.com other none BCPL local BCPL", op="ana")

h3("CH-L3049", "2026-03-16 15:05:41", UMBC, "web", "", """
p for my history seminar i need the afro-american newspaper from the 1960s and land records for a house in turners station
l Great topic! UMBC has some Afro-American issues online; land records are a job for an archivist. I'll have our special collections librarian follow up.
p awesome, email is b.okonjo@example.com
""", "b.okonjo@example.com research specialist UMBC local UMBC", op="will")

h3("CH-L3050", "2026-03-17 10:26:19", TOWSON, "web", "", """
p Sue here. do you have where there's a will by rex stout? the catalog shows it at cook but i cant find it on the shelf
l Hi Sue! Let me check the call number.
l It might be missing. I'll ask circulation to search for it and email you.
p ty, sue.m.park@example.org
""", "sue.m.park@example.org circulation none TOWSON local TOWSON", op="dtaylor")

h3("CH-L3051", "2026-03-17 12:48:03", AUN, "web", "", """
p hi, Cecil Ward. can i get defending jacob, the tv series, on dvd through the library
l Hi Cecil! Which library are you with?
p frederick county, the urbana branch
l I'll ask them to find a copy and email you. Your email?
p cward.tv@example.com
""", "cward.tv@example.com circulation none FCPL local FCPL", op="hannah")

h3("CH-L3052", "2026-03-17 14:33:27", AUN, "web", "", """
p looking for an 1877 atlas map that shows my family's farm near sharpsburg
l How interesting! Do you know the family name on the farm?
p Rohrbach. i think the lake atlas of washington county?
l That sounds right. I'll pass this to a librarian with historical map collections. Email?
p e.rohrbach@example.org
""", "e.rohrbach@example.org research specialist - specialist EPFL")

h3("CH-L3053", "2026-03-17 16:59:12", AUN, "web", "", """
p how would i find out if someone already patented a folding kayak rack for trucks
l Hi! Have you tried the USPTO's search?
p yes it's overwhelming
l I'll send this to a librarian who does patent research. Your email?
p gus.lindgren@example.net
""", "gus.lindgren@example.net research specialist - specialist EPFL", op="dtaylor")

h3("CH-L3054", "2026-03-18 10:07:45", AUN, "web", "", """
p what was on the lot where hutzlers was downtown before the store went up
l Good question! I'll pass this to a local history librarian who can look into it.
p cool, email me at r.dwyer@example.com
""", "r.dwyer@example.com research specialist - specialist EPFL", op="hannah")

h3("CH-L3055", "2026-03-18 11:41:30", AUN, "ca", "", """
p hello from halifax! my grandfather was born in baltimore in 1911 and i'm trying to find his birth record
l Hi! Do you know his parents' names?
p Walter and Agnes Kline. i've tried ancestry with no luck
l I'll ask a genealogy specialist to follow up. What's your email?
p mkline.ns@example.net
""", "mkline.ns@example.net research specialist - specialist EPFL", op="sue")

h3("CH-L3056", "2026-03-18 13:53:09", PRATT, "web", "", """
p my grandfather was arrested with the catonsville nine in 1968. i want newspaper coverage and the old trial records
l What a piece of family history. I'll send this to a librarian who works with historical records.
p great, nmcgrath@example.org
""", "nmcgrath@example.org research specialist - specialist EPFL", op="ana")

h3("CH-L3057", "2026-03-18 15:20:51", AUN, "web", "", """
p do maryland libraries give out free museum passes? like for the aquarium
l Hi! Some systems do. Which library do you use?
p id rather not say, just want to know generally
l No problem, I'll have someone send you a summary. Email?
p t.hollis@example.com
""", "t.hollis@example.com policy none - default AUN")

h3("CH-L3058", "2026-03-19 10:02:38", AUN, "web", "", """
p which translation of nietzsche's genealogy of morals is best for an intro philosophy class? prof said any
l Hi! I'm Will, a librarian at UMBC covering the statewide queue this morning. Kaufmann's and Clark & Swensen's are both widely used.
p which one is easier to read
l I'll have a librarian send you a short comparison. Email?
p j.brandywine@example.net
""", "j.brandywine@example.net research none - default AUN", op="will")

h3("CH-L3059", "2026-03-19 11:36:16", AUN, "web", "", """
p visiting family in maryland next week, i live in easton pa. can i use computers at a library there?
l Hi! Most Maryland libraries let visitors use computers with a guest pass. Where will you be staying?
p not sure yet, somewhere near the beach
l I'll send you the general guest pass info. Email?
p k.oduya@example.com
""", "k.oduya@example.com policy none - default AUN", op="hannah")

h3("CH-L3060", "2026-03-19 13:48:22", AUN, "web", "", """
p the ebook of being mortal wont download, libby says license unavailable
l Hi! Is this through Baltimore County's Libby?
p not sure which, my partner set it up
l OK, I'll pass this on. Email?
p cpreston@example.org
""", "cpreston@example.org access none - default AUN", op="sue")

h3("CH-L3061", "2026-03-19 15:29:57", AUN, "sms", "", """
p do libraries do passport photos
l Hi! Some do. Where are you located?
p just wondering
l I can have someone email you a list. Email?
p ok its f.amoah@example.net
""", "f.amoah@example.net other none - default AUN", op="kwame", phone="3015550148")

h3("CH-L3062", "2026-03-20 10:15:43", AUN, "web", "", """
p how do i set up a new kindle paperwhite, its stuck on the wifi screen
l Hi! Let's try. Does it see your network?
p yes but says wrong password, its the right one
l I'll send you some steps by email. Email?
p e . kowalczyk @ example . com
""", "e.kowalczyk@example.com other none - default AUN", written=True)

h3("CH-L3063", "2026-03-20 12:40:31", AUN, "web", "", """
p whats the wifi password at the library
l Each library has its own. Which one are you at?
p nvm got it. different question, my kid needs sources on why the oysters in the chesapeake bay declined, for a 5th grade project
l Great topic! I'll have a librarian email you a few kid-friendly sources. Email?
p mbraddock(at)example(dot)org
""", "mbraddock@example.org research none - default AUN", op="hannah", written=True)

h3("CH-L3064", "2026-03-20 14:22:09", AUN, "web", "", """
p how do i attach a pdf to an email on my phone? its an android
l Hi! Which email app do you use?
p gmail app. i'm in silver spring if that matters, i could come into a library
l I'll have someone send you step-by-step instructions, and the library near you has tech help hours too. Email?
p v.adebayo@example.com
""", "v.adebayo@example.com other none MCPL local MCPL", op="sue")

# Rows that are not follow-ups (no labels).
h3("CH-L3901", "2026-03-02 12:30:04", AUN, "web", "", """
p what time does the central library close today
l Hi! Pratt's Central Library is open until 8 tonight.
p thanks
""", status="Answered", op="dtaylor")

h3("CH-L3902", "2026-03-04 09:58:41", UMBC, "web", "", """
p how do i renew my ILL book
l Hi! Log in to your ILL account and click "Request renewal" next to the item.
p found it, thanks
""", status="Answered", op="will")

h3("CH-L3903", "2026-03-06 19:41:27", AUN, "sms", "", """
p hello? my landlord is trying to evict me
s The guest left before an operator joined.
""", status="Lost Call", op=None, phone="4105550196")

h3("CH-L3904", "2026-03-10 14:02:16", AUN, "web", "", """
p do you have braille books
l Hi! The Maryland Library for the Blind and Print Disabled lends braille books by mail, free. Here's how to sign up.
p perfect thanks
""", status="Answered", op="hannah")

h3("CH-L3905", "2026-03-12 11:17:38", TOWSON, "web", "", """
p hi
s The guest left before an operator joined.
""", status="Lost Call", op=None)

h3("CH-L3906", "2026-03-16 17:04:52", PRATT, "web", "", """
p is the pratt open on sunday
l Hi! Central and several branches open at 1 on Sundays.
p great
""", status="Answered", op="ana")

h3("CH-L3907", "2026-03-19 16:45:20", AUN, "web", "", """
p need help with custody forms asap
s The guest left before an operator joined.
""", status="Lost Call", op=None)


# ---------------------------------------------------------------------------------------------
# The 24/7 Cooperative's overnight chats (hN_coop247.json)
# ---------------------------------------------------------------------------------------------

ROUTED = "s This chat was routed to the 24/7 Cooperative overnight service."
BYE = ("s Thank you for contacting AskUsNow! A Maryland librarian will follow up by email "
       "within 72 hours.")

nt("CH-N7001", "2026-03-01 23:14:05", AUN, "Tamika", None, ROUTED + """
p my ebook got returned early and now i lost my spot, can i get it back
l Hi Tamika, I'm Marisol, a librarian with the 24/7 Cooperative. I'm in Oregon, so I'll need a little info. Which county or library system is your card from?
p frederick
l Thanks! You may be able to borrow it again if there's no waitlist. Would you like a librarian from there to email you?
p i dont do email lol
l No problem, you can check back in the Libby app.
""", "- access none FCPL no-email -")

nt("CH-N7002", "2026-03-02 01:37:42", AUN, "J", None, ROUTED + """
p i got served papers for a lawsuit from a debt collector, credit card i think. what do i do
l Hi, I'm Trent with the 24/7 Cooperative. I'm sorry. I can't give legal advice, but a law librarian can help you understand the papers and the deadline to answer them. Can I get an email for a follow-up?
p no. im not giving my email out
l Understood. The Maryland courts' self-help center has a phone line too.
""", "- research law - no-email -", lib=TRE)

nt("CH-N7003", "2026-03-02 23:51:19", AUN, "Will", "", ROUTED + """
p need to renew my books before midnight or i get charged
l Hi Will, I'm Ngozi. Which library system is your card with?
p does it matter?? just renew them
l I'm with a backup service and can't see your account, but your library can renew them. Can I get an email?
s The patron has left the chat.
""", "- circulation none - no-email -", lib=NGO)

nt("CH-N7004", "2026-03-03 02:08:33", UMBC, "Guest 48213", None, """
p the readings on my syllabus dont open, it says sign in. heres the page https://syllabus.example.org/hist210?instructor=pmoreau@example.org
l Hi! I'm Hal with the 24/7 Cooperative, helping UMBC overnight. Those links need the UMBC proxy. Are you off campus?
p yeah at home
l Try signing into myUMBC first, then reopening the link. If it still fails, UMBC's library can follow up by email. What's your address?
p ill just email my prof
""", "- access none UMBC no-email -", lib=HAL)

nt("CH-N7005", "2026-03-03 22:26:50", AUN, "Renee M", None, ROUTED + """
p are libraries open on easter sunday
l Hi Renee, I'm Marisol with the 24/7 Cooperative. It depends on the library. Which county are you in?
p charles county
l Most branches there close on Easter Sunday, but I'll let them confirm. You can also write to askusnow@example.org any time. Could I have your email?
p no thats ok, ill call them monday
""", "- policy none CHARLES no-email -")

nt("CH-N7006", "2026-03-04 00:42:11", AUN, "Dolores", None, ROUTED + """
p im asking for my mother, she has macular degeneration and cant read her large print books anymore. what can she do
l Hi Dolores, I'm Ngozi. I'm sorry to hear that. There's a free talking book program for people who can't read regular print. I can have them contact you: what's your email?
p we dont have email, can they call her?
l Our follow-up is by email, but you can call the Maryland Library for the Blind and Print Disabled directly. I'll give you their number.
""", "- policy print-disability - no-email -", lib=NGO)

nt("CH-N7007", "2026-03-04 21:33:27", AUN, "Ibrahim K", "ikamara@example.net", ROUTED + """
p this is my third time asking. i need articles on the history of the b&o railroad for a paper and no one has followed up either time
l I'm really sorry, Ibrahim. I'm Trent, with the overnight backup service. I'll flag that you didn't hear back and make sure this gets to someone.
p thanks i guess
""" + BYE, "= research none - quality QC", lib=TRE)

nt("CH-N7008", "2026-03-05 01:15:48", AUN, "Mei", "mei.lin@example.com", ROUTED + """
s The patron reconnected.
s The patron reconnected.
l Hi Mei, I'm Hal with the 24/7 Cooperative. I see our system dropped you twice. I'm sorry, I'll report it.
p yeah its been annoying. i just need to get into the consumer reports database with my card
l Which library's card?
p howard county
l I'll have them follow up by email about Consumer Reports.
""", "= access none HCLS quality QC", lib=HAL)

nt("CH-N7009", "2026-03-05 23:02:14", AUN, "Priscilla", "", ROUTED + """
p the last overnight librarian acted like i was stupid for not knowing what a database was. anyway. i need help finding recipes from the 1700s for a colonial history project
l I'm sorry that happened, Priscilla. That's not the experience we want you to have, and I'll pass your feedback along. For colonial recipes there are some digitized cookbooks.
p ok can u email me some? p.vance@example.org
l Will do.
""", "p.vance@example.org research none - quality QC")

nt("CH-N7010", "2026-03-06 02:47:36", AUN, "Jordan", "jordan.ruiz@example.com", ROUTED + """
p are you a real person
l Hi Jordan, yes, I'm Ngozi, a librarian.
p prove it. whats ur number babe u sound cute
l I'm here to help with library questions. Do you have one?
p come on just give me ur number
l This chat is for library questions. I'm ending it now and reporting this conversation.
""", "= other none - quality QC", lib=NGO)

nt("CH-N7011", "2026-03-06 22:18:09", TOWSON, "Guest 20931", "kpadilla@example.net", """
p the chat keeps logging me out every few minutes, this is the 4th time ive started over
l I'm sorry about that! I'm Trent with the overnight service. Let's be quick: what do you need?
p an ILL for a book chapter, nursing ethics across the curriculum ch 3
l I'll pass it to Towson's ILL staff; they'll email you.
""", "= access none TOWSON quality QC", lib=TRE)

nt("CH-N7012", "2026-03-07 00:54:22", AUN, "Marcus", "", ROUTED + """
p the librarian last night told me my fines were waived but i still cant check anything out
l I'm sorry, Marcus. I'm Hal. Which library system are you with?
p baltimore county
l I'll report that you got wrong information, and ask them to look at your account. What's your email?
p marcus.d.lee@example.com
""", "marcus.d.lee@example.com circulation none BCPL quality QC", lib=HAL)

nt("CH-N7013", "2026-03-07 22:40:58", AUN, "Keisha", None, ROUTED + """
p my landlord changed the locks while i was at work and my stuff is inside
l Oh no, I'm sorry, Keisha. I'm Marisol. What county are you in? Help lines can differ.
p baltimore county, essex
l The Maryland State Law Library can help you understand your rights; I'll refer your question to them. Email?
p k.ashby@example.net
""", "k.ashby@example.net research law BCPL law MSLL")

nt("CH-N7014", "2026-03-08 23:25:31", AUN, "Arthur", "arthur.lenz@example.org", ROUTED + """
p how do i write my own will without paying a lawyer. is a handwritten one legal in maryland
l Hi Arthur, I'm Ngozi. I can't give legal advice, but I'll pass this to the law library. They have guides on wills.
""" + BYE, "= research law - law MSLL", lib=NGO)

nt("CH-N7015", "2026-03-09 21:47:06", AUN, "Sue", None, ROUTED + """
p hi its sue. can i sue my mechanic? he charged me $1,800 and the car still wont start
l Hi Sue, I'm Trent. That's a question for the law librarians; they can explain small claims court. What's your email?
p sue.k.byrd@example.com
""", "sue.k.byrd@example.com research law - law MSLL", lib=TRE)

nt("CH-N7016", "2026-03-10 03:12:40", AUN, "Dmitri", None, ROUTED + """
p i got a speeding ticket in maryland but i live in york pa. do i have to come back for court?
l Hi Dmitri, I'm Hal. I'll pass this to the Maryland State Law Library so a law librarian can follow up. What's your email?
p dmitri dot v at example dot com
""", "dmitri.v@example.com research law - law MSLL", lib=HAL, written=True)

nt("CH-N7017", "2026-03-10 23:36:17", AUN, "Rosa", "", ROUTED + """
p my boss hasnt paid me for my last 3 weeks. he says its because the register was short and thats on me
l I'm sorry, Rosa, I'm Marisol. That sounds really stressful. Can I get your email so someone can follow up with resources?
p rosa.mejia@example.org
l Thank you. Someone will be in touch.
""", "rosa.mejia@example.org research law - law MSLL")

nt("CH-N7018", "2026-03-11 01:58:44", TOWSON, "tnguyen", None, """
p my roommate is saying shell take me to small claims over the security deposit. can she do that
l Hi! I'm Ngozi, covering Towson's chat overnight. A law librarian could help you understand the process; I'll send this along. Email?
p thao.n@example.net
""", "thao.n@example.net research law TOWSON law MSLL", lib=NGO)

nt("CH-N7019", "2026-03-11 22:09:13", AUN, "Leonard", None, ROUTED + """
p im legally blind and i want to get audio books mailed to me like my friend does
l Hi Leonard, I'm Trent. That sounds like the talking book program. I'll ask the Maryland Library for the Blind and Print Disabled to contact you. Email?
p leonard.fry@example.com
""", "leonard.fry@example.com policy print-disability - print-disability LBPH", lib=TRE)

nt("CH-N7020", "2026-03-12 00:31:55", AUN, "Gail", None, ROUTED + """
p since my stroke the lines of text swim around and i cant follow them. are there books read out loud i can borrow
l I'm so sorry, Gail. There are audiobooks in apps, and a free talking book service for people who can't read standard print because of a physical condition. What county are you in?
p anne arundel
l I'll have the Library for the Blind and Print Disabled reach out. Email?
p gail.prentiss@example.org
""", "gail.prentiss@example.org policy print-disability AACPL print-disability LBPH", lib=NGO)

nt("CH-N7021", "2026-03-12 21:44:26", AUN, "Monique", "", ROUTED + """
p my son has dyslexia and he needs his 8th grade textbooks in audio, the school says to ask the library
l Hi Monique, I'm Hal. I'm going to pass this along to the Maryland Library for the Blind and Print Disabled, who can help with accessible textbooks. What's your email?
p monique.h @ example . net
""", "monique.h@example.net access print-disability - print-disability LBPH", lib=HAL,
   written=True)

nt("CH-N7022", "2026-03-13 02:20:03", MONT, "Victor", "v.albescu@example.com", """
p jaws doesnt read the buttons in the ebook reader on your site, i cant get past the cover
l Hi Victor, I'm Trent. Thanks for telling us. Which e-book platform?
p the one on the montgomery county site, overdrive i think
l I'll pass this to the library and to the Library for the Blind and Print Disabled, who can suggest accessible formats.
""", "= access print-disability MCPL print-disability LBPH", lib=TRE)

nt("CH-N7023", "2026-03-13 22:57:38", AUN, "Ruth", None, ROUTED + """
p looking for braille music for piano, beginner level, for my niece who is blind
l Hi Ruth, I'm Marisol. The Library for the Blind and Print Disabled lends braille music. Email?
p ruth.aldana@example.com
""", "ruth.aldana@example.com research print-disability - print-disability LBPH")

nt("CH-N7024", "2026-03-14 00:13:21", AUN, "Tom", None, ROUTED + """
p whats the limit on dvds you can check out at once
l Hi Tom, I'm Ngozi with the 24/7 Cooperative. Limits depend on the library system. What county do you live in?
p anne arundel
l Thanks! I'll have them confirm the limit by email. Your email?
p tgrady@example.net
""", "tgrady@example.net policy none AACPL local AACPL", lib=NGO)

nt("CH-N7025", "2026-03-14 21:29:47", AUN, "Bree", None, ROUTED + """
p i have $12 in fines, can i still use libby
l Hi Bree, I'm Trent. Some libraries block e-books once fines pass a limit. Which county is your card from?
p queen annes
l I'll have staff there check your account. Email?
p bree.c@example.org
""", "bree.c@example.org circulation none QUEENANNES local QUEENANNES", lib=TRE)

nt("CH-N7026", "2026-03-15 01:44:09", AUN, "Darius", None, ROUTED + """
p forgot my pin, how do i reset it
l Hi Darius, I'm Hal. Which library system?
p wicomico
l Their staff can reset it; I'll ask them to email you. Address?
p darius.t@example.com
""", "darius.t@example.com circulation none WICOMICO local WICOMICO", lib=HAL)

nt("CH-N7027", "2026-03-15 22:35:52", AUN, "Kent Liu", None, ROUTED + """
p can i print from my phone at the library
l Hi Kent, I'm Marisol. Many libraries have mobile printing. Which county are you in?
p washington county, hagerstown
l I'll have the library there send you the steps. Email?
p kentliu@example.net
""", "kentliu@example.net other none WCFL local WCFL")

nt("CH-N7028", "2026-03-16 00:08:17", AUN, "Garrett Cole", None, ROUTED + """
p i lost a library book, how much do i owe to replace it
l Hi Garrett, I'm Ngozi. It depends on the book and the library. Where do you live?
p elkton, cecil county
l I'll ask the library there to look it up. Email?
p garrett.cole@example.com
""", "garrett.cole@example.com circulation none CECIL local CECIL", lib=NGO)

nt("CH-N7029", "2026-03-16 21:53:30", AUN, "Frederick", None, ROUTED + """
p do libraries have paper tax forms this year
l Hi Frederick, I'm Trent. Many do. What county are you in?
p somerset, princess anne
l I'll have the library there let you know. Email?
p fbanks@example.org
""", "fbanks@example.org other none SOMERSET local SOMERSET", lib=TRE)

nt("CH-N7030", "2026-03-17 02:31:44", TOWSON, "Guest 55102", None, """
p ezproxy says user not found when i log in
l Hi, I'm Hal, covering for Towson overnight. Are you using your NetID?
p yes. same one i use for blackboard
l Then the library's account list may be out of date. I'll ask Towson's e-resources staff to email you. Email?
p rsaleh@example.com
""", "rsaleh@example.com access none TOWSON local TOWSON", lib=HAL)

nt("CH-N7031", "2026-03-17 23:19:26", UMBC, "akim2", "akim2@example.org", """
p i have a course reserve textbook checked out and its 2 hrs overdue, will i get fined
l Hi, I'm Marisol, covering UMBC's chat overnight. Reserve items often have hourly fines. I'll ask UMBC's circulation staff to look at your account and email you.
""", "= circulation none UMBC local UMBC")

nt("CH-N7032", "2026-03-18 01:06:58", STEV, "Guest 61734", None, """
p need scholarly sources on social media use and teen depression
l Hi! I'm Ngozi, helping Stevenson overnight. PsycINFO is a good start. Would you like a librarian to send you more?
p yes, i commute from bel air so i cant come in much. lgarnett@example.com
""", "lgarnett@example.com research none STEVENSON local STEVENSON", lib=NGO)

nt("CH-N7033", "2026-03-18 22:44:15", AACC, "Guest 30019", None, """
p the nursing database says my subscription has expired?? im a student
l Hi, I'm Trent. That message usually means you reached the database without logging in through AACC. Did you start from the library's page?
p from google
l Try starting from the library's A-Z list. I'll also have the library email you the right link. Email?
p c.ferreira@examplecom sorry example.com
""", "c.ferreira@example.com access none AACC local AACC", lib=TRE, written=True)

nt("CH-N7034", "2026-03-19 00:37:02", FROST, "Guest 11820", None, """
p cant find the full text of a 1994 article in the journal of appalachian studies, its not on jstor
l Hi, I'm Hal, covering for Frostburg. JSTOR's coverage may start later. I'll ask the library to get it for you. Email?
p w.macintyre@example.net
""", "w.macintyre@example.net access none FSU local FSU", lib=HAL)

nt("CH-N7035", "2026-03-19 21:21:40", MONT, "Li", "li.zhao@example.com", """
p my holds say in transit for 3 weeks now
l Hi Li, I'm Marisol. I'll ask the library's staff to look into it.
""", "= circulation none MCPL local MCPL")

nt("CH-N7036", "2026-03-20 02:55:29", PG, "Yesenia", "", """
p hola, do you have spanish story times for kids
l Hi Yesenia! I'm Ngozi. I'll ask the library's staff to email you the schedule. Email?
p yesenia.r@example.com
""", "yesenia.r@example.com other none PGCMLS local PGCMLS", lib=NGO)

nt("CH-N7037", "2026-03-20 22:12:03", HOWARD, "Nate", "nate.okoro@example.net", """
p how many ebooks can i borrow at once
l Hi Nate, I'm Trent. I'll have the library confirm the current limit.
""", "= policy none HCLS local HCLS", lib=TRE)

nt("CH-N7038", "2026-03-21 00:48:50", CALV, "Helen", "helen.marsh@example.org", """
p can i donate a box of books
l Hi Helen, I'm Hal. I'll ask the library about donations.
""", "= policy none CALVERT local CALVERT", lib=HAL)

nt("CH-N7039", "2026-03-01 21:46:37", AUN, "Sam", None, ROUTED + """
p i need info on permits for starting a crab picking business
l Hi Sam, I'm Marisol, a librarian out in Oregon, so tell me: what county are you in?
p dorchester, cambridge
l Great, I'll have a librarian there send you business resources. Email?
p sam.wright@example.com
""", "sam.wright@example.com research none DORCHESTER local DORCHESTER")

nt("CH-N7040", "2026-03-02 22:58:14", AUN, "Ana", None, ROUTED + """
p hoopla wont let me sign in, says card not recognized
l Hi Ana, I'm Ngozi. Which library system?
p worcester county, ocean city
l I'll have them check. Email?
p ana.b.silva@example.net
""", "ana.b.silva@example.net access none WORCESTER local WORCESTER", lib=NGO)

nt("CH-N7041", "2026-03-04 02:27:31", AUN, "Howard Tate", None, ROUTED + """
p can i renew a book thats already overdue
l Hi Howard, I'm Trent. Usually yes unless someone has a hold. Which library?
p i live in taneytown
l I'll ask the library there to check your account. Email?
p htate@example.org
""", "htate@example.org circulation none CARROLL local CARROLL", lib=TRE)

nt("CH-N7042", "2026-03-05 21:38:45", PRATT, "Desmond", None, """
p the new york times pass says my code is invalid
l Hi Desmond, I'm Hal. Which library's pass?
p balt city
l I'll have the library's staff email you a fresh code. Email?
p desmond.a@example.com
""", "desmond.a@example.com access none EPFL local EPFL", lib=HAL)

nt("CH-N7043", "2026-03-07 03:04:18", AUN, "Paige", None, ROUTED + """
p is there wifi in the parking lot after hours
l Hi Paige, I'm Marisol. Which library?
p oakland, garrett county
l I'll ask the library there to email you. Address?
p paige.n@example.org
""", "paige.n@example.org policy none GARRETT local GARRETT")

nt("CH-N7044", "2026-03-08 22:11:52", AUN, "Leroy", None, ROUTED + """
p my great grandfather was a waterman on smith island, any records of his boat license
l Hi Leroy, I'm Trent. What a neat search. Do you live in Maryland?
p used to, i live in ohio now
l I'll refer this to a Maryland librarian who works with historical records. Email?
p leroy.tyler@example.net
""", "leroy.tyler@example.net research specialist - specialist EPFL", lib=TRE)

nt("CH-N7045", "2026-03-09 02:40:26", AUN, "Claire", None, ROUTED + """
p who designed the lighthouse at turkey point and when was it built
l Hi Claire, I'm Marisol. Let me refer this to a Maryland local history librarian; they'll know the collections better than I do out here in Oregon.
p sure, claire.d@example.com
""", "claire.d@example.com research specialist - specialist EPFL")

nt("CH-N7046", "2026-03-10 21:17:33", AUN, "Owen", None, ROUTED + """
p i live in virginia. my family's farm was in st marys county and i want to trace the deed back to the 1800s
l Hi Owen, I'm Ngozi. Land records that old are a specialist's job; I'll send this to one. Email?
p owen.pike@example.com
""", "owen.pike@example.com research specialist - specialist EPFL", lib=NGO)

nt("CH-N7047", "2026-03-12 03:26:08", AUN, "Bettina", None, ROUTED + """
p my grandpa invented a can opener in the 1920s and supposedly patented it. how can i find the patent
l Hi Bettina, I'm Hal. Old patents can be tricky to search. I'll send this to a librarian who does patent research. Email?
p bettina.k(at)example(dot)net
""", "bettina.k@example.net research specialist - specialist EPFL", lib=HAL, written=True)

nt("CH-N7048", "2026-03-13 21:05:49", AUN, "Glen", None, ROUTED + """
p looking for old sanborn fire insurance maps of downtown frederick
l Hi Glen, I'm Trent. Do you live in Frederick County?
p no, york pa. im researching a building my family owned
l I'll send this to a librarian with historical map collections. Email?
p glen.shuey@example.org
""", "glen.shuey@example.org research specialist - specialist EPFL", lib=TRE)

nt("CH-N7049", "2026-03-15 03:33:11", PRATT, "Antoinette", None, """
p looking for civil war pension records for an ancestor from baltimore
l Hi Antoinette, I'm Marisol. I'll send this to a genealogy librarian. Email?
p antoinette.w@example.com
""", "antoinette.w@example.com research specialist - specialist EPFL")

nt("CH-N7050", "2026-03-16 03:49:37", AUN, "Rafael", None, ROUTED + """
p im a student in cambridge, ma. can i use maryland library databases?
l Hi Rafael, I'm Ngozi. Most are for Maryland residents or students. Are you from Maryland?
p no, never lived there
l I'll have someone email you a list of what's open to everyone. Email?
p rafael.c@example.net
""", "rafael.c@example.net policy none - default AUN", lib=NGO)

nt("CH-N7051", "2026-03-17 21:41:21", AUN, "Beth", None, ROUTED + """
p whats the best database for newspaper articles from the 1980s? im in columbia missouri
l Hi Beth, I'm Trent. I'll have a librarian send you some free options. Email?
p beth.r.olsen@example.com
""", "beth.r.olsen@example.com research none - default AUN", lib=TRE)

nt("CH-N7052", "2026-03-18 03:15:06", AUN, "Charles", None, ROUTED + """
p this is charles. whats a free way to learn excel
l Hi Charles, I'm Hal, a librarian in Kent, Washington, helping overnight. There are free courses online, and some libraries offer LinkedIn Learning. What county are you in?
p rather not say
l No problem. I'll email you a few options. Email?
p cokeke@example.org
""", "cokeke@example.org other none - default AUN", lib=HAL)

nt("CH-N7053", "2026-03-19 03:58:43", AUN, "Nadia", None, ROUTED + """
p whats the difference between type 1 and type 2 diabetes, need something easy to read for my grandpa
l Hi Nadia, I'm Marisol. MedlinePlus has easy-to-read pages. I'll email you some. Email?
p nadia.farouk@example.com
""", "nadia.farouk@example.com research none - default AUN")

nt("CH-N7054", "2026-03-20 23:34:55", AUN, "Gwen", None, ROUTED + """
p i want to get on the waitlist for when breath becomes air
l Hi Gwen, I'm Ngozi. Which library system are you with?
p not sure, i just moved here
l I'll pass this on so someone can help you get a card and the hold. Email?
p gwen.t@example.net
""", "gwen.t@example.net circulation none - default AUN", lib=NGO)

nt("CH-N7055", "2026-03-21 02:02:17", AUN, "Louis", None, ROUTED + """
p trying to find my grandmothers family in the 1940 census
l Hi Louis, I'm Trent. Do you know where they lived in 1940?
p actually never mind that, i can do it later. my real question is how do i get the ny times for free
l Many Maryland libraries offer free NYT passes. Which library are you with?
p ill figure that out. can you just email me how it works
p louis.b@example.com
""", "louis.b@example.com access none - default AUN", lib=TRE)

nt("CH-N7056", "2026-03-03 21:28:34", AUN, "Ivy", None, ROUTED + """
p my daughter has a project on the conowingo dam, need kid friendly sources
l Hi Ivy, I'm Hal. I'll have a librarian email you some. Email?
p ivy.mcbride@example.org
""", "ivy.mcbride@example.org research none - default AUN", lib=HAL)

nt("CH-N7057", "2026-03-06 04:12:50", AUN, "Tessa", None, ROUTED + """
p i live in frederick colorado. found this chat on google. can i borrow ebooks from you
l Hi Tessa, I'm Marisol. AskUsNow! is for Maryland, so you'd need a Maryland library card. I'll have someone email you the details. Email?
p tessa.l@example.com
""", "tessa.l@example.com policy none - default AUN")

nt("CH-N7058", "2026-03-21 03:37:26", AUN, "Odessa", None, ROUTED + """
p can i send a fax from the library? i need to fax papers to my insurance company
l Hi Odessa, I'm Hal. Many branches have fax machines. What county are you in?
p harford, aberdeen
l I'll have the library there email you the details. Email?
p odessa.grant@example.net
""", "odessa.grant@example.net other none HARFORD local HARFORD", lib=HAL)

# Rows that are not follow-ups (no labels).
nt("CH-N7901", "2026-03-02 21:12:44", AUN, "Guest 70211", None, ROUTED + """
p what time does the library open tomorrow
l Hi! I'm Marisol. Which library? Most open at 9 or 10.
p arundel mills
l That one opens at 10 tomorrow.
""", status="Answered")

nt("CH-N7902", "2026-03-05 02:33:08", AUN, "Guest 70544", None, ROUTED + """
p my landlord says hes evicting me friday
s The patron left before a librarian joined.
""", status="Lost Call", lib=None)

nt("CH-N7903", "2026-03-08 21:49:15", AUN, "Marjorie", None, ROUTED + """
p how do i sign up for talking books
l Hi Marjorie, I'm Ngozi. Here is the application for the Maryland Library for the Blind and Print Disabled; your doctor signs it.
p thank you dear
""", status="Answered", lib=NGO)

nt("CH-N7904", "2026-03-11 04:05:52", AUN, "Guest 71020", None, ROUTED + """
p hi
s The patron left before a librarian joined.
""", status="Lost Call", lib=None)

nt("CH-N7905", "2026-03-14 02:47:29", AUN, "Pat", None, ROUTED + """
p can i renew online
l Hi Pat, I'm Trent. Yes: sign in to your library account from its website and choose Renew.
p got it thx
""", status="Answered", lib=TRE)

nt("CH-N7906", "2026-03-17 00:59:31", AUN, "Guest 71877", None, ROUTED + """
p need braille books for my grandson
s The patron left before a librarian joined.
""", status="Lost Call", lib=None)

nt("CH-N7907", "2026-03-19 22:30:46", UMBC, "Guest 72109", None, """
p how do i cite a website in mla
l Hi! I'm Hal. Author, "Title of the page," Website name, date, URL. Purdue OWL has examples.
p perfect
""", status="Answered", lib=HAL)


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
    """Each line with its instant (UTC), seconds apart drawn with a seed per chat, a little
    longer for longer lines."""
    rng = random.Random("h-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(UTC) + timedelta(seconds=rng.randint(3, 60))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 50) + len(text) // rng.randint(2, 4))
        out.append((at, code, text))
    return out


def utc_z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def guest_jid(c):
    if c["proto"] in ("sms", "twilio"):
        return f"1{c['phone']}@{c['proto']}.libraryh3lp.com"
    rng = random.Random("h-guest-" + c["cid"])
    local = "".join(rng.choice("0123456789abcdef") for _ in range(13))
    return local + ("@web.ca.libraryh3lp.com" if c["proto"] == "ca" else "@web.libraryh3lp.com")


REFERRER = {
    TOWSON: "https://libguides.example.org/towson/askus", UMBC: "https://library.example.org/umbc/",
    STEV: "https://library.example.org/stevenson/help", FROST: "https://libguides.example.org/frostburg/",
    AACC: "https://library.example.org/aacc/", AUN: "https://www.example.org/askusnow/",
    PRATT: "https://www.example.org/pratt/ask", HOWARD: "https://www.example.org/hcls/contact",
    BALTCO: "https://www.example.org/bcpl/ask",
}

H3_COLUMNS = ["id", "started", "ended", "queue", "protocol", "guest", "operator", "wait",
              "duration", "referrer", "tags", "disposition", "email", "transcript"]


def h3_speakers(c):
    return {"p": guest_jid(c), "l": c["lib"], "m": c["lib2"], "s": "system"}


def h3_record(c):
    names = h3_speakers(c)
    lines = timed_lines(c)
    rng = random.Random("h-h3-" + c["cid"])
    started = local_start(c["start"]).astimezone(UTC)
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    return {
        "id": c["cid"],
        "started": utc_z(started),
        "ended": utc_z(ended),
        "queue": c["origin"],
        "protocol": "web" if c["proto"] == "ca" else c["proto"],
        "guest": names["p"],
        "operator": c["lib"] or "",
        "wait": "" if not c["lib"] else str(rng.randint(4, 95)),
        "duration": str(int((ended - started).total_seconds())),
        "referrer": "" if c["proto"] in ("sms", "twilio") else REFERRER[c["origin"]],
        "tags": c["tags"],
        "disposition": c["status"],
        "email": c["email"],
        "transcript": "\r\n".join(f"{t:%H:%M:%S} {names[code]}: {text}"
                                  for t, code, text in lines),
    }


def h3_text(chats):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=H3_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for c in by_start(chats):
        w.writerow(h3_record(c))
    return buf.getvalue()


NT_KEYS = ["transcript_id", "created_at", "library", "patron", "email", "question", "librarian",
           "resolution_code", "duration_sec", "messages"]
ROLE = {"p": "patron", "l": "librarian", "m": "librarian", "s": "system"}


def central(t):
    return t.astimezone(CENTRAL).isoformat(timespec="seconds")


def nt_record(c):
    names = {"p": c["patron"], "l": c["lib"], "m": c["lib2"], "s": "System"}
    lines = timed_lines(c)
    started = local_start(c["start"])
    first = next(text for _, code, text in lines if code == "p")
    rng = random.Random("h-nt-" + c["cid"])
    ended = lines[-1][0] + timedelta(seconds=rng.randint(5, 40))
    return {
        "transcript_id": c["cid"],
        "created_at": central(started),
        "library": c["origin"],
        "patron": c["patron"],
        "email": c["email"],
        "question": first,
        "librarian": c["lib"],
        "resolution_code": c["status"],
        "duration_sec": int((ended - started.astimezone(UTC)).total_seconds()),
        "messages": [{"timestamp": central(t), "author": names[code], "role": ROLE[code],
                      "body": text} for t, code, text in lines],
    }


def nt_text(chats):
    return json.dumps([nt_record(c) for c in by_start(chats)], indent=2, ensure_ascii=False) + "\n"


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in by_start(chats) if c["label"])


STYLES = [("h3lp_crlf", "csv", H3, h3_text), ("coop247", "json", NT, nt_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("h", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: h1 (the development half) trains the category model,
    h2 stays held out."""
    return "train" if name.startswith("h1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"), "h", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".ocm",)


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


H3_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d (\S+): (.*)$")
OPERATOR_JID = re.compile(r"^[a-z0-9.-]+@chat\.libraryh3lp\.com/[A-Za-z0-9-]+$")
GUEST_DOMAIN = {"web": ("@web.libraryh3lp.com", "@web.ca.libraryh3lp.com"),
                "sms": ("@sms.libraryh3lp.com",), "twilio": ("@twilio.libraryh3lp.com",)}


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    text = read_text(HERE / part_dir(name) / name)
    out = []
    if style == "coop247":
        if not text.startswith("[\n  {\n"):
            raise ValueError("not a pretty-printed JSON array")
        records = json.loads(text)
        if not isinstance(records, list):
            raise ValueError("not a JSON array")
        for r in records:
            if list(r) != NT_KEYS:
                raise ValueError(f"keys {list(r)}")
            created = datetime.fromisoformat(r["created_at"])
            if created.utcoffset() != created.astimezone(CENTRAL).utcoffset():
                raise ValueError(f"{r['transcript_id']}: created_at not on the Central clock")
            ny = created.astimezone(NY)
            if 7 <= ny.hour < 21:
                raise ValueError(f"{r['transcript_id']}: not an overnight chat ({ny:%H:%M})")
            lines = []
            last = created
            for m in r["messages"]:
                if list(m) != ["timestamp", "author", "role", "body"]:
                    raise ValueError(f"{r['transcript_id']}: message keys {list(m)}")
                at = datetime.fromisoformat(m["timestamp"])
                if at < last:
                    raise ValueError(f"{r['transcript_id']}: messages out of order")
                last = at
                who = {"patron": r["patron"], "system": "System"}.get(m["role"])
                if m["role"] == "librarian":
                    if not m["author"].endswith(" (24/7 Cooperative)"):
                        raise ValueError(f"{r['transcript_id']}: librarian {m['author']!r}")
                elif m["author"] != who:
                    raise ValueError(f"{r['transcript_id']}: {m['role']} by {m['author']!r}")
                lines.append((m["author"], m["body"]))
            out.append({"id": r["transcript_id"], "patron": r["patron"], "email": r["email"],
                        "lines": lines})
        return out
    if not text.endswith("\r\n"):
        raise ValueError("records do not end with CRLF")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames != H3_COLUMNS:
        raise ValueError(f"columns {reader.fieldnames}")
    for r in reader:
        cid = r["id"]
        datetime.strptime(r["started"], "%Y-%m-%dT%H:%M:%SZ")
        datetime.strptime(r["ended"], "%Y-%m-%dT%H:%M:%SZ")
        if not r["guest"].endswith(GUEST_DOMAIN[r["protocol"]]):
            raise ValueError(f"{cid}: guest {r['guest']!r} on protocol {r['protocol']}")
        if r["operator"] and not OPERATOR_JID.match(r["operator"]):
            raise ValueError(f"{cid}: operator {r['operator']!r} without a resource")
        tr = r["transcript"]
        pieces = tr.split("\r\n")
        lines = []
        for line in pieces:
            if "\r" in line or "\n" in line:
                raise ValueError(f"{cid}: a line end other than CRLF inside the transcript")
            m = H3_LINE.match(line)
            if not m:
                raise ValueError(f"{cid}: line {line[:40]!r}")
            who = m.group(2)
            if who != r["guest"] and who != "system" and not OPERATOR_JID.match(who):
                raise ValueError(f"{cid}: speaker {who!r}")
            lines.append((who, m.group(3)))
        out.append({"id": cid, "patron": r["guest"], "email": r["email"], "lines": lines})
    return out


def check_all():
    problems = []
    chats = H3 + NT
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CH-"):
            problems.append(f"{cid}: chat id without the CH- prefix")
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
        if "m" in codes and not c["lib2"]:
            problems.append(f"{cid}: a second librarian line without lib2")
        if c in NT and (not c["patron"] or ":" in c["patron"]):
            problems.append(f"{cid}: patron name {c['patron']!r}")
        if c in H3 and (c["proto"] in ("sms", "twilio")) != bool(c["phone"]):
            problems.append(f"{cid}: an SMS guest needs a phone number, and only it")
        if c in H3 and c["phone"] and not re.match(r"^\d{3}555\d{4}$", c["phone"]):
            problems.append(f"{cid}: phone {c['phone']!r} is not a 555 number")
        if any("\r" in text or "\n" in text for _, text in lines_of(c)):
            problems.append(f"{cid}: a message holding a line end")
        for _, text in lines_of(c):
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and not c["email"].lower().rstrip().endswith(
                ALLOWED_DOMAINS + ("@example",)):
            problems.append(f"{cid}: export e-mail not on an example domain")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, json.JSONDecodeError, csv.Error),
                                   check_label, lines_of=lines_of)
    return problems


def is_sms(c):
    return c.get("proto") in ("sms", "twilio")


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if is_sms(c))
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} SMS)")
    out += tally_lines((("both", H3 + NT), ("h3lp_crlf", H3), ("coop247", NT)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", H3 + NT))
    sms_n = sum(1 for c in H3 if c["label"] and is_sms(c))
    return labels_table(cols, H3 + NT, f"SMS chats among the labelled LibraryH3lp rows: {sms_n}.\n")


if __name__ == "__main__":
    sys.exit(main("h_build", all_texts, check_all, counts))
