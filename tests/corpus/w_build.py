#!/usr/bin/env python3
"""Writes and checks the "w" part of aun's labelled corpus (w1 in train/, w2 in heldout/).

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

Two export styles, each split in two halves with the same mix (w1 and w2):
  wN_univ_libchat.csv  a university library's LibChat "Chat Transcripts" export (Springshare):
                       `Chat ID`, `Timestamp` (`2026-02-09 14:05:12`, New York), `Wait Time` and
                       `Duration` (seconds), `Guest` (the name typed, or `Patron`), `Guest Email`,
                       `Answerer` (a first name; empty when no one answered), `Department` (the
                       account: five academic libraries and the statewide queue), `Widget`,
                       `Referrer`, `Initial Question`, `Tags` (the cooperative's code, the one tag
                       on each chat), `Rating` (1-4 or empty), `Comment`, `Transcript`: lines
                       `14:05:33 - Name: text`, text HTML-escaped as LibChat writes it (`&#x27;`),
                       joined by LF inside the quoted cell; CRLF between rows.
  wN_h3lp_queue.jsonl  JSON Lines from the LibraryH3lp subscription that Maryland community
                       colleges share: `id`, `queue` (`aacc-library`, AACC's own queue, or
                       `md-community-colleges`, the shared one), `guest` (a JID:
                       `…@web.libraryh3lp.com`, `…@web.ca.libraryh3lp.com`, or a 555 number
                       `1443555….@twilio.libraryh3lp.com` / `…@sms.libraryh3lp.com`), `operator`
                       (`name@chat.libraryh3lp.com`, null when no one answered), `protocol`,
                       `started`, `accepted`, `ended` (RFC 3339 UTC), `wait`, `duration`
                       (seconds), `referrer`, `tags` (a list), `disposition` (the cooperative's
                       code, from the colleges' wrap-up form), and `transcript`: a list of
                       messages `{"from", "timestamp", "body"}`, `from` the sender's JID or
                       `system`.

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then w1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/w_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/w_build.py --check   (writes nothing: fails when a file
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
    EMAIL_RE, ANY_ADDRESS, ALLOWED_DOMAINS,
    address_problems, export_texts, half_files, label_row, labels_csv, labels_table, lines_of, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"

# LibChat departments: the accounts the chats came from.
TU = "Towson University"
UMBC = "University of Maryland, Baltimore County"
FSU = "Frostburg State University"
SU = "Stevenson University Library"
AACC = "Anne Arundel Community College"
AUN = "Maryland AskUsNow! Public Library"
# LibraryH3lp queues: AACC's own, and the one the colleges share (no library's account).
AACCQ = "aacc-library"
SHARED = "md-community-colleges"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {TU: "TOWSON", UMBC: "UMBC", FSU: "FSU", SU: "STEVENSON", AACC: "AACC",
               AACCQ: "AACC"}
WIDGETS = {
    TU: ("Cook Library Ask Us", "https://towson.libguides.com/research-help"),
    UMBC: ("Kuhn Library Chat", "https://lib.guides.umbc.edu/az.php"),
    FSU: ("Ort Library Chat", "https://frostburg.libguides.com/databases"),
    SU: ("Stevenson Library Chat", "https://stevenson.libguides.com/c.php?g=2241&p=16002"),
    AACC: ("Truxal Library Chat", "https://libguides.aacc.edu/home"),
    AUN: ("AskUsNow! statewide", "https://www.askusnow.info/"),
}
REFERRERS = {AACCQ: "https://libguides.aacc.edu/ask", SHARED: "https://mdcc.libanswers.example.org/chat"}

LC = []  # the LibChat CSV chats
H3 = []  # the LibraryH3lp JSON Lines chats

LC_STAFF = {k: k.capitalize() for k in ("sue", "will", "bill", "grace", "hope", "rich", "frank", "pat")}
H3_STAFF = {k: f"{k}@chat.libraryh3lp.com"
            for k in ("grace", "hope", "rich", "frank", "pat", "sue", "will", "bill")}


def _start(n, seed, first_day):
    """The n-th chat of a style starts on a spring 2026 day (New York), between 8 am and 10 pm."""
    rng = random.Random(seed)
    day = first_day + timedelta(days=(n * 5) // 8)
    return (day + timedelta(hours=rng.randint(8, 21), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def lc(cid, dept, guest, email, t, label=None, op="sue", status=FU, written=False,
       rating="", comment=""):
    """A chat of the LibChat CSV. guest: the name typed (empty: `Patron`); email None is an
    empty cell; comment: the patron's words in the after-chat survey."""
    LC.append(dict(cid=cid, start=_start(len(LC), "w-lc-" + cid, datetime(2026, 2, 9)),
                   origin=dept, patron=guest or "Patron", email=email, t=t, label=label,
                   lib=LC_STAFF[op] if op else None, status=status, written=written,
                   rating=str(rating), comment=comment, sms=False))


def h3(cid, queue, guest, t, label=None, op="grace", status=FU, written=False, tags=()):
    """A chat of the LibraryH3lp JSON Lines. guest: `web`, `web.ca`, or `sms NUMBER` / `twilio
    NUMBER` (ten digits, a 555 number) for a texting guest."""
    rng = random.Random("w-h3-guest-" + cid)
    kind, _, number = guest.partition(" ")
    node = "1" + number if number else str(rng.randint(10 ** 19, 10 ** 20 - 1))
    H3.append(dict(cid=cid, start=_start(len(H3), "w-h3-" + cid, datetime(2026, 2, 10)),
                   origin=queue, patron=f"{node}@{kind}.libraryh3lp.com", protocol=kind,
                   email=None, t=t, label=label, lib=H3_STAFF[op] if op else None,
                   status=status, written=written, tags=list(tags), comment="",
                   sms=kind in ("sms", "twilio")))

# ---------------------------------------------------------------------------------------------
# The LibChat CSV (wN_univ_libchat.csv): five academic accounts and the statewide queue
# ---------------------------------------------------------------------------------------------

lc("CW-L101", TU, "", None, """
p do we have full text of this? Massey & Tannen (2021) Segregation and the suburbs. City & Community 20(3) doi 10.1111/cico.12547
l Hi! Let me check. We only have it after a 12-month embargo, but I can request it through interlibrary loan. What's your email?
p ok. kpatel14@example.com
""", "kpatel14@example.com access none TOWSON local")

lc("CW-L102", UMBC, "", "mtran@example.org", """
p hi im home in virginia for spring break and the library login keeps looping back to the myUMBC page
l Sorry about that! Are you using the link from the library website?
p yes. it goes login then back then login again
l Try a private window; if it still loops I'll have our e-resources librarian email you.
p still loops
""", "= access none UMBC local", op="will")

lc("CW-L103", FSU, "", None, """
p the ebook says max users reached?? i need ch 4 tonight
l That e-book allows one reader at a time. I can put you on a notification list. What's your email?
p nah ill just try later
""", "- access none FSU no-email", op="bill")

lc("CW-L104", AUN, "", "dwhitfield@example.net", """
p is the color of law available as an ebook anywhere
l Good question! Which library card do you have?
p um i have one from the library in towson i think
l Great, I'll pass this to them so they can send you the e-book link.
""", "= access none BCPL local", op="grace")

lc("CW-L105", AUN, "", None, """
p my landlord wont give back my security deposit, its been 2 months since i moved out
p im a student at stevenson if that matters
l I'm sorry! The Maryland State Law Library can send you what Maryland law says about deposits. What's a good email?
p jmorales at example dot net
""", "jmorales@example.net research law STEVENSON law", op="hope", written=True)

lc("CW-L106", TU, "Abby", "abby.r@example.com", """
p i need scholarly articles about the 1968 riots in baltimore for hist 380
l Great topic. America: History and Life is a good start; I'll email you a search.
p ty
""", "= research none TOWSON local", op="rich")

lc("CW-L107", UMBC, "", "ojo.f@example.org", """
p how do i cite a chapter in an edited book in apa 7. its the custody chapter in Families in Transition
l Author, A. (Year). Chapter title. In E. Editor (Ed.), Book title (pp. xx-xx). Publisher. I'll email you our APA guide too.
p ok thx
""", "= research none UMBC local", op="frank")

lc("CW-L108", SU, "", "bri.caldwell@example.com", """
p getting this when i click a database link https://ezproxy.stevenson.edu/login?url=https://www.proquest.com/nahs "you are not authorized to access this resource"
l Which database is it?
p proquest nursing & allied health
l Thanks. I'll let our systems librarian know and email you when it works.
""", "= access none STEVENSON local", op="pat")

lc("CW-L109", FSU, "", None, """
p are there sanborn maps of frostburg from like the 1890s? for a local history project
l We have some in our digitized collections; our archivist can follow up with what exists.
p great. lwhite3@example.net
""", "lwhite3@example.net research specialist FSU local", op="sue")

lc("CW-L110", AUN, "", None, """
p looking for an 1880s newspaper from cumberland, my great great grandfather ran a store there
l That's a job for a specialist in historical newspapers. Do you live in Maryland?
p no, pittsburgh
p email is rkowalski@example.org
""", "rkowalski@example.org research specialist - specialist", op="will")

lc("CW-L111", TU, "", "h.osei@example.net", """
p im blind and use jaws. the pdfs from ebsco read as blank pages
l I'm sorry! Some of those are scanned images. I'll connect you with our accessibility staff and the state's talking-book library.
p ok the email i typed is right
""", "= access print-disability TOWSON print-disability", op="grace")

lc("CW-L112", UMBC, "", "ceasley@example.com", """
p hi again, i got disconnected twice already
p trying to get into web of science from off campus
l I'm sorry about the dropped chats. I'll report the disconnects. Which step fails?
p the login page just spins
""", "= access none UMBC quality", op="bill")

lc("CW-L113", AUN, "", None, """
p ur all useless f***ing idiots
l Please keep the chat respectful. How can I help?
p make me
l This chat is being ended because of abusive language.
""", "- other none - no-email", op="rich")

lc("CW-L114", SU, "", None, """
p can i get a book from another library thats not at stevenson
l Yes, through interlibrary loan. I'll send the request form. Your email?
p dana.k@example.con
p sorry dana.k@example.com
""", "dana.k@example.com access none STEVENSON local", op="hope")

lc("CW-L115", AACC, "Jess", "jess.m@example.org", """
p need 2 peer reviewed articles on sepsis in the elderly for nurs 212
l CINAHL is the place. Want me to email you a couple of search strategies?
p yes pls
""", "= research none AACC local", op="frank")

lc("CW-L116", AUN, "", "ibrahim.s@example.net", """
p im a umbc student but home in dc rn. how do i get articles from off campus
l You can log in through the library website with your myUMBC ID. I'll send the steps.
""", "= access none UMBC local", op="sue")

lc("CW-L117", AUN, "", None, """
p is there a way to read the baltimore sun from the 1970s online
l Hi, I'm Bill, a librarian at Frostburg State. Which library card do you have?
p dont have one yet, just moved here from pennsylvania
l No problem. I'll pass this along so someone can follow up. Email?
p tmcguire@example.com
""", "tmcguire@example.com access none - default", op="bill")

lc("CW-L118", TU, "", "marco.v@example.org", """
p random q but i got a speeding ticket in ocean city over break, can i fight it without a lawyer
l The Maryland State Law Library helps with traffic court questions; I'll pass this on.
p ok thanks
""", "= research law TOWSON law", op="pat")

lc("CW-L119", FSU, "", "kbaird@example.com", """
p can i renew the laptop i checked out, its due today
l Laptops can't be renewed online; I'll have circulation email you.
""", "= circulation none FSU local", op="will")

lc("CW-L120", AUN, "", "anya.p@example.net", """
p do alumni get database access? graduated from towson u last may
l Some databases are for current students only. I'll have Towson's library follow up with what alumni can use.
""", "= policy none TOWSON local", op="grace")

lc("CW-L121", UMBC, "", "lmurphy@example.org", """
p the ebook of Evicted by desmond says "this title is in use". need it for soci 101
l That one is single-user. I can ask about another copy and email you.
p sure
""", "= access none UMBC local", op="hope")

lc("CW-L122", AACC, "", None, """
p i have dyslexia. does the library have text to speech or audio versions of textbooks
l Yes, and students with dyslexia may also qualify for the state talking-book library. I'll send details. Email?
p r.nguyen@example.org
""", "r.nguyen@example.org policy print-disability AACC print-disability", op="rich")

lc("CW-L123", SU, "", "tnwosu@example.com", """
p the person i chatted with yesterday was really rude, told me to just use google
p i still need stats on opioid deaths in maryland by county
l I'm sorry that happened. I'll report it, and let's get you those stats.
""", "= research none STEVENSON quality", op="sue")

lc("CW-L124", AUN, "", None, """
p whats a good database for company info for a business plan
l Depends on your library. Are you a student anywhere?
p no just starting a business
p kwon.bakery@example.com
""", "kwon.bakery@example.com research none - default", op="frank")

lc("CW-L125", TU, "", "jfeld@example.net", """
p looking for reviews of Baltimore: A Political History by matthew crenson for my hist class
l Book reviews are in JSTOR and Project MUSE; I'll email you a few links.
""", "= research none TOWSON local", op="will")

lc("CW-L126", FSU, "", "s.haines@example.org", """
p do i need the vpn to use library databases from home? im in hagerstown
l No, the library login is enough. I'll email you the link.
""", "= access none FSU local", op="pat")

lc("CW-L127", AUN, "", None, """
p do you have old maps of hampden, like 1900ish? want to see what was on my street
l Sanborn maps may show that; a specialist can look into it.
p cool. i live on elm ave in hampden
p chloe.b@example.net
""", "chloe.b@example.net research specialist EPFL local", op="hope")

lc("CW-L128", UMBC, "", "d.okoye@example.com", """
p need census data on median income for baltimore county census tracts
l I'll email a link to data.census.gov and our data librarian's guide.
""", "= research none UMBC local", op="rich")

lc("CW-L129", SU, "", None, """
p how long can i keep a study room
l Two hours at a time. Can I email you the booking page?
p no thanks i dont check my email
""", "- policy none STEVENSON no-email", op="grace")

lc("CW-L130", AACC, "", "qhall@example.net", """
p this link from my prof doesnt work off campus https://ezproxy.aacc.edu/login?url=https://www.jstor.org/stable/4137312
l That link looks right. What error do you see?
p bad request
l I'll check with our e-resources staff and email you.
""", "= access none AACC local", op="bill")

lc("CW-L131", AUN, "", None, """
p need articles on why blue crabs are declining in the chesapeake for bio 110
l I'll put together a few. Want them emailed?
p no ill just look myself
""", "- research none - no-email", op="sue")

lc("CW-L132", TU, "", "ellie.k@example.org", """
p need a scholarly source on the ethics of the henrietta lacks case, not the book
l Try PubMed and Philosopher's Index; I'll email you two articles to start.
""", "= research none TOWSON local", op="frank")

lc("CW-L133", FSU, "", "m.reyes@example.com", """
p is psycinfo down? it wont load
l Hi, sorry for the wait! Let me check.
l It's loading for me. Are you on campus wifi?
""", "= access none FSU quality", op="will", rating=1,
   comment="waited forever then the chat froze. still cant get psycinfo")

lc("CW-L134", AUN, "", None, """
p my eyes are getting bad, glaucoma, small print in books is impossible now. is there anything for that
l Yes, the Maryland talking book library serves people who can't read standard print. Where do you live?
p near ocean pines
p my granddaughter set up this email wmaddox@example.net
""", "wmaddox@example.net policy print-disability WORCESTER print-disability", op="pat")

lc("CW-L135", UMBC, "", "gtaylor@example.org", """
p how long does ILL take for an article? requested it monday
l Usually one to three days. I'll check the status and email you.
""", "= access none UMBC local", op="hope")

lc("CW-L136", SU, "", "p.lindqvist@example.net", """
p printer on the 2nd floor says out of toner and i have to print my paper for 11am
l I'll let the desk know. The one by the cafe should work.
p ok
""", "= other none STEVENSON local", op="rich")

lc("CW-L137", AACC, "", None, """
p why do i have a $45 charge on my account, i returned the calculator
l I'll ask circulation to look into it and email you.
p its tb2281@example.com
""", "tb2281@example.com circulation none AACC local", op="sue")

lc("CW-L138", AUN, "", None, """
p my ex wont follow the custody schedule, what can i do
l I'm sorry. The State Law Library can send self-help resources. Where are you located?
p glen burnie
p email me at s.ortiz@example.org
""", "s.ortiz@example.org research law AACPL law", op="grace")

lc("CW-L139", TU, "", "zz.bxr@example.com", """
p are you a real person or a bot
l I'm a real librarian! How can I help?
p prove it. send me a pic of yourself ;)
l That's inappropriate. I'm ending this chat.
""", "= other none TOWSON quality", op="hope")

lc("CW-L140", FSU, "", "cwagner@example.net", """
p doing a paper on fracking in pennsylvania, need government reports
l The PA Department of Environmental Protection has some; I'll email you a list.
""", "= research none FSU local", op="frank")

lc("CW-L141", AUN, "", "rj.banks@example.org", """
p im at towson, the university. cant get into nexis uni from my apartment
l Thanks! I'll send this to Towson's library so they can check your access.
""", "= access none TOWSON local", op="will")

lc("CW-L142", UMBC, "", "yusuf.a@example.com", """
p not a school question but my apartment in arbutus has had no heat for a week and the landlord ignores me
l I'm sorry! I'll send this to the Maryland State Law Library; they help with tenant questions.
p the umbc email is fine
""", "= research law UMBC law", op="pat")

lc("CW-L143", SU, "", "kfarrell@example.net", """
p trying to find my grandmothers nursing school records, she went to villa julie? in the 50s
l Villa Julie College is Stevenson's old name! Our archivist should follow up with you.
""", "= research specialist STEVENSON local", op="bill")

lc("CW-L144", AACC, "", "a.mensah@example.org", """
p ebook central says i reached my download limit for the day?? i only downloaded 2 chapters
l The limit counts pages, not chapters. You can still read online; I'll email you how.
""", "= access none AACC local", op="grace")

lc("CW-L145", AUN, "", None, """
p how do i find if an article is peer reviewed
l I'll send you a guide with the Ulrichsweb steps. Email?
p its mara.lind at example dot org
""", "mara.lind@example.org research none - default", op="rich", written=True)

lc("CW-L146", TU, "", None, """
p cant open kanopy on my roku
l Kanopy's app needs you to sign in through our library page first. Can I email you the steps?
p gtg class, ill come back
""", "- access none TOWSON no-email", op="frank")

lc("CW-L147", UMBC, "", "w.castillo@example.net", """
p can you get me full text of this? https://medium.com/@baltimorebanner/vacant-homes no wait wrong link. doi 10.1080/07352166.2021.1913567
l That's in the Journal of Urban Affairs; we have it through Taylor & Francis. I'll email you the link.
""", "= access none UMBC local", op="sue")

lc("CW-L148", FSU, "", "n.pruitt@example.com", """
p i have low vision and the ebook text is tiny, if i zoom the page layout breaks
l I'm sorry! Let's try the EPUB view. The talking-book library can also help with accessible formats.
""", "= access print-disability FSU print-disability", op="hope")

lc("CW-L149", AUN, "", "oduya.f@example.org", """
p i live in delaware. can i get a maryland library card to use your databases
l Each county decides who can get a card. I'll have someone follow up with the options.
""", "= policy none - default", op="bill")

lc("CW-L150", SU, "", "jt.brennan@example.com", """
p im home in york pa and nothing loads through the library site, do i need a vpn
l No VPN needed. Let's check your login; I'll email you the steps.
""", "= access none STEVENSON local", op="pat")

lc("CW-L151", AACC, "", "gloria.h@example.net", """
p can people who arent students borrow books from truxal library
l Community members can get a borrower card. I'll email the details.
""", "= policy none AACC local", op="will")

lc("CW-L152", AUN, "", "sj.moore@example.org", """
p i asked last week about getting an article through ILL and nobody ever emailed me
l I'm sorry about that. I'll report it and make sure someone follows up. Which library are you with?
p towson university
""", "= access none TOWSON quality", op="grace")

lc("CW-L153", TU, "", "lily.w@example.com", """
p found this but cant get it: Okafor, M. Lead paint and housing in Sandtown. Journal of Urban Health. correspondence: m.okafor@example.org
l We have Journal of Urban Health through Springer; I'll email you the link.
""", "= access none TOWSON local", op="rich")

lc("CW-L154", UMBC, "", None, """
p hi im studying abroad in seoul this semester, can i still use umbc ebooks
l Yes! Log in through the library site with your myUMBC ID. Want me to email the link?
p ill be fine, thanks
""", "- access none UMBC no-email", op="frank")

lc("CW-L155", AUN, "", "jh.lee@example.net", """
p writing a paper on braille literacy rates, need stats
l The National Federation of the Blind publishes some. Are you with a school?
p nope just for a class
""", "= research none - default", op="sue")

lc("CW-L156", FSU, "", "b.tolliver@example.org", """
p i put a hold on a book from salisbury u in the catalog, where do i pick it up
l It comes to the circulation desk at Ort Library. I'll email you when it arrives.
""", "= circulation none FSU local", op="bill")

lc("CW-L157", TU, "", "fgarza@example.com", """
p where do visitors park for the library? my mom is coming with me saturday
l Visitors can use the Union garage. I'll email you the map.
""", "= other none TOWSON local", op="hope")

lc("CW-L158", AUN, "", None, """
p my ancestor was enslaved in st marys county, how do i find records before 1865
l That takes a specialist in genealogy. Where do you live?
p richmond va
p ldavis@example.com
""", "ldavis@example.com research specialist - specialist", op="pat")

lc("CW-L159", UMBC, "", "k.achebe@example.net", """
p need stats on covid cases in prince georges county by zip code for my epidemiology project
l The Maryland Department of Health dashboard has them; I'll email you the link.
""", "= research none UMBC local", op="grace")

lc("CW-L160", AUN, "", "hreed@example.org", """
p libby says my card is blocked. its bcpl. do i owe something?
l It may be a fine or an expired card. I'll have Baltimore County check your account.
""", "= circulation none BCPL local", op="will")

# Not follow-ups: no labels row.
lc("CW-L161", TU, "", "", """
p what time does the library close tonight
l We're open until midnight!
p thx
""", op="sue", status=ANS, rating=4)

lc("CW-L162", AUN, "", "", """
p hello?
p is anyone there
""", op=None, status=LOST)

lc("CW-L163", FSU, "", "", """
p how do i find books on the civil war
l Search the catalog for "United States History Civil War"; here's the link.
p got it thanks
""", op="rich", status=ANS, rating=4, comment="quick and helpful")

lc("CW-L164", UMBC, "", "", """
p hi i need help with my citations
""", op=None, status=LOST)

# ---------------------------------------------------------------------------------------------
# The LibraryH3lp JSON Lines (wN_h3lp_queue.jsonl): AACC's queue and the colleges' shared queue
# ---------------------------------------------------------------------------------------------

h3("CW-H101", AACCQ, "web", """
p hi how do i get into cinahl from home
l Hi! Use the databases page and log in with your AACC username. Want me to email the steps?
p yes js.park@example.com
""", "js.park@example.com access none AACC local", tags=["databases"])

h3("CW-H102", SHARED, "web", """
p the ebook says 1 user at a time and someone has it. due tmrw
l Sorry! Which college are you with?
p does it matter lol
l A bit, each college licenses its own. I'll have someone email you.
p ok mr.diaz@example.net
""", "mr.diaz@example.net access none - default", op="hope", tags=["e-books"])

h3("CW-H103", SHARED, "sms 4435550137", """
p is the library open sat
l Hi! Which college?
p aacc
l Truxal Library is open 10 to 4 on Saturday. Want the summer hours by email?
p no i dont have email just text
""", "- policy none AACC no-email", op="rich")

h3("CW-H104", SHARED, "web", """
p got a ticket for driving without insurance, court date in annapolis next month. what do i bring
l The State Law Library can help with that. Where do you live?
p severn
p email kyra.j@example.org
""", "kyra.j@example.org research law AACPL law", op="frank")

h3("CW-H105", AACCQ, "web.ca", """
p im in toronto for a family thing, the proxy login says invalid user
l Are you typing only your AACC username, without the part after the @?
p oh i was typing my whole email. ok now im in but nursing reference center still errors
l I'll pass that database to our e-resources team. Email for the follow-up?
p lm.ferreira@example.com
""", "lm.ferreira@example.com access none AACC local", op="pat")

h3("CW-H106", SHARED, "web", """
p im a student at howard cc and cant find an apa guide
l Our APA guide covers the basics. Want it by email?
p tomas.r@example.net
""", "tomas.r@example.net research none - default", op="sue", tags=["citations"])

h3("CW-H107", SHARED, "web", """
p i go to the community college of baltimore county, essex campus. need articles on opioid policy
l Happy to help! I'll find a few and email them. Address?
p dev.patel@example.com
""", "dev.patel@example.com research none - default", op="will")

h3("CW-H108", AACCQ, "web", """
p i use nvda and the library search results page isnt reading the titles
l I'm sorry! I'll let our web team know. The state library for the blind and print disabled can also help with accessible books. Email?
p sure bn.wallace@example.org
""", "bn.wallace@example.org access print-disability AACC print-disability", op="hope")

h3("CW-H109", SHARED, "twilio 4105550162", """
p how do i log into the library databases, it wants a barcode
l Which college are you at?
p csm
l College of Southern Maryland uses your student ID. I'll have them follow up. Email?
p dont have one sorry
""", "- access none - no-email", op="bill")

h3("CW-H110", AACCQ, "web", """
p i need 5 sources for my speech on the chesapeake bay cleanup, 2 have to be scholarly
l Let's start with Academic Search Complete. I'll email you a list too.
p ok its q.abara@example.net
""", "q.abara@example.net research none AACC local", op="grace")

h3("CW-H111", SHARED, "web", """
p my landlord in dover is keeping my deposit. i go to school in maryland
l I'm sorry. The Maryland State Law Library may help, though Delaware law applies there. Email?
p akim22@example.com
""", "akim22@example.com research law - law", op="will")

h3("CW-H112", SHARED, "sms 4105550118", """
p sorry got cut off again. 3rd time. my phone keeps dropping the chat
l I'm sorry, I see the session dropped. I'll report it. What did you need?
p a book on the harlem renaissance for eng 102. im at aacc
p email is pg.oduya@example.net
""", "pg.oduya@example.net research none AACC quality", op="frank")

h3("CW-H113", AACCQ, "web", """
p i still have a graphing calculator from last semester, how much do i owe
l Let me ask circulation. What's your email?
p c.whitaker@example.com
""", "c.whitaker@example.com circulation none AACC local", op="sue")

h3("CW-H114", SHARED, "web", """
p montgomery college student. the ebsco link says institution not found
l I'll pass it to your library's e-resources staff. Email?
p yh.chen@example.org
""", "yh.chen@example.org access none - default", op="rich", tags=["databases"])

h3("CW-H115", SHARED, "web", """
p need stats on tourism in ocean city for my business class
l The Maryland Office of Tourism has visitor numbers. I'll email a few sources.
p ty. rbell@example.com
""", "rbell@example.com research none - default", op="pat")

h3("CW-H116", AACCQ, "web", """
p youre a waste of tax money
l I'm sorry you feel that way. Can I help you find something?
p go to hell b****
l I'm ending this chat now.
s The operator ended the chat.
""", "- other none AACC no-email", op="hope")

h3("CW-H117", SHARED, "web", """
p are there maps of annapolis from the 1700s? my house is supposedly on an old lot
l Historic maps are a specialist area. I can pass this on.
p ok. i live in eastport, annapolis
p ccarter@example.net
""", "ccarter@example.net research specialist AACPL local", op="grace", tags=["maps"])

h3("CW-H118", SHARED, "web", """
p where can i read a newspaper from 1885, the herald and torch light from hagerstown? for genealogy
l A specialist in historical newspapers can help. Where do you live?
p out of state, ohio
p bgreen@example.com
""", "bgreen@example.com research specialist - specialist", op="bill")

h3("CW-H119", AACCQ, "web", """
p how do i find the impact factor of a journal
l Journal Citation Reports has it. I'll send the steps. Email?
p t.ogunde@example.org
""", "t.ogunde@example.org research none AACC local", op="will")

h3("CW-H120", SHARED, "web", """
p frederick community college here. is there a way to get an article that isnt in our databases
l Yes, interlibrary loan through your college library. I'll have them follow up. Email?
p jbrooks@example.org
""", "jbrooks@example.org access none - default", op="sue")

h3("CW-H121", SHARED, "web", """
p can i get a public library card if im 17 and live in pasadena
l Yes! Anyone who lives in the county can get one.
p cool how do i sign up. email tran.v@example.com
""", "tran.v@example.com policy none AACPL local", op="rich")

h3("CW-H122", AACCQ, "web", """
p kanopy wont play, says the license is unavailable
l I'll check our Kanopy license and email you. Address?
p r dot hollis at example dot com
""", "r.hollis@example.com access none AACC local", op="pat", written=True)

h3("CW-H123", SHARED, "web.ca", """
p hi im taking an online class from montreal, need articles on bilingual education
l Which college is the class through?
p its online, idk the library part
p lucie.g@example.net
""", "lucie.g@example.net research none - default", op="frank")

h3("CW-H124", AACCQ, "twilio 4435550171", """
p i have dyslexia and reading the ebook is hard, can it read out loud
l Many of our e-books have read-aloud. You may also qualify for the talking book library. Email?
p mk.ross@example.com
""", "mk.ross@example.com access print-disability AACC print-disability", op="grace")

h3("CW-H125", SHARED, "web", """
p the last person on this chat was really rude, said i should know how to use a database by now
p i still cant find anything on childhood obesity
l I'm very sorry. I'll pass this along. Let's find articles now. Email?
p a.benitez@example.org
""", "a.benitez@example.org research none - quality", op="hope")

h3("CW-H126", AACCQ, "web", """
p how do i print from my laptop to the library printer
l Use the web print page; I'll email you the link. Address?
p dcole7@example.net
""", "dcole7@example.net other none AACC local", op="bill", tags=["printing"])

h3("CW-H127", SHARED, "web", """
p how do i get an old charge expunged, it was dismissed in 2019. im in glen burnie
l The State Law Library has guides for that. Email?
p f.morales@example.com
""", "f.morales@example.com research law AACPL law", op="will")

h3("CW-H128", SHARED, "web", """
p what databases have newspaper articles from the 1990s
l Which college are you with?
p not a student
l Your public library likely has some. Where do you live?
p id rather not say
l Want me to email a few options?
p no
""", "- research none - no-email", op="sue")

h3("CW-H129", AACCQ, "web", """
p can aacc get a book from umbc for me
l Yes, through interlibrary loan. I'll send the form. Email?
p hannah.w@example.org
""", "hannah.w@example.org access none AACC local", op="rich", tags=["ILL"])

h3("CW-H130", SHARED, "web", """
p i take online classes at anne arundel cc but live in york pa. the ebook wont download
l I'll have AACC's library check it. Email?
p eli.s@example.net
""", "eli.s@example.net access none AACC local", op="pat")

h3("CW-H131", SHARED, "sms 2405550149", """
p what time does the library close tonight
l Which college?
p hagerstown cc
l I'll find out. Can I email you?
p just text is fine
""", "- policy none - no-email", op="frank")

h3("CW-H132", AACCQ, "web", """
p how do i cite this in mla https://doi.org/10.1177/00420859211017394 it has 4 authors
l With 4 authors, MLA uses the first author and "et al." I'll email an example.
p ok rosa.p@example.com
""", "rosa.p@example.com research none AACC local", op="grace", tags=["citations"])

h3("CW-H133", SHARED, "web", """
p need the full text of an article from the journal of nursing education
l Which college are you with?
p does it matter? can u just send it
l I'll have someone check. Email?
p wmendez@example.org
""", "wmendez@example.org access none - default", op="hope")

h3("CW-H134", SHARED, "web", """
p im in bowie, does the library have free tutoring for the ged
l Several public libraries do. I'll have someone email you.
p ok dj.harper@example.net
""", "dj.harper@example.net policy none PGCMLS local", op="bill")

h3("CW-H135", AACCQ, "web", """
p hello??
l Sorry! My chat window froze and I lost your last messages. I'll report the problem. Could you repeat your question?
p i need the apa 7 rule for references with no date
l (n.d.) goes where the year would be. I'll email you the page. Address?
p ms.kane@example.com
""", "ms.kane@example.com research none AACC quality", op="will")

h3("CW-H136", SHARED, "web", """
p sources on redlining in baltimore for soc 101
l The Color of Law and Not in My Neighborhood are good. I'll email some articles too.
p ok j.ellison@example.org
""", "j.ellison@example.org research none - default", op="sue")

h3("CW-H137", AACCQ, "web", """
p just mercy ebook says download limit reached
l It's at its checkout limit. I'll put you on the wait list. Email?
p mf.osei@example.net
""", "mf.osei@example.net access none AACC local", op="rich", tags=["e-books"])

h3("CW-H138", SHARED, "twilio 4435550126", """
p my aacpl card expired can i renew it by text
l You can renew online or at any branch. I'll have them send you the link. Email?
p kd.young@example.com
""", "kd.young@example.com circulation none AACPL local", op="pat")

h3("CW-H139", SHARED, "web", """
p my dad is legally blind, can he get audiobooks mailed to him free
l Yes, through the Maryland Library for the Blind and Print Disabled. Where does he live?
p he lives with us in dc actually
p email bk.simmons@example.org
""", "bk.simmons@example.org policy print-disability - print-disability", op="frank")

h3("CW-H140", AACCQ, "web", """
p is the nursing reference center down?
l Let me check... It's working for me. Are you off campus?
s The guest has left the chat.
""", "- access none AACC no-email", op="grace")

h3("CW-H141", SHARED, "web", """
p looking for my great grandfathers naturalization papers, he came in through locust point
l That's a specialist request. Where do you live?
p essex
p msullivan@example.net
""", "msullivan@example.net research specialist BCPL local", op="hope", tags=["genealogy"])

h3("CW-H142", AACCQ, "web", """
p cant find the chapter on child custody in the soc 102 reader ebook, the link goes to chapter 1
l I'll check the link in the course guide and email you the right one. Address?
p alexis.b@example.com
""", "alexis.b@example.com access none AACC local", op="bill")

h3("CW-H143", SHARED, "web", """
p someone said theyd email me about an ILL book 2 weeks ago and nothing
l I'm so sorry. I'll report it. Which library is it through?
p hoco library, ellicott city
p nina.h@example.com
""", "nina.h@example.com access none HCLS quality", op="will")

h3("CW-H144", AACCQ, "sms 4105550193", """
p how do i get into the library ebooks on my phone
l Log in with your AACC username on the e-books page. Can I email you the steps?
p txt only pls
""", "- access none AACC no-email", op="sue")

h3("CW-H145", SHARED, "web", """
p need reviews of the emperor of all maladies for my bio class
l Book reviews are in Academic Search. I'll email you a few.
p ty p.quinn@example.org
""", "p.quinn@example.org research none - default", op="rich")

h3("CW-H146", SHARED, "web", """
p im at truxal right now and the wifi wont let me into the databases
l Try the AACC-Student network instead of the guest one. I'll email you the steps if not.
p still no. sk.lowe@example.net
""", "sk.lowe@example.net access none AACC local", op="pat")

h3("CW-H147", AACCQ, "web", """
p my landlord says i owe $900 for damage that was there when i moved in, can he do that
l I'm sorry. The Maryland State Law Library can send you information on tenants' rights. Email?
p l.goins@example.com
""", "l.goins@example.com research law AACC law", op="frank")

h3("CW-H148", SHARED, "web.ca", """
p im an aacc online student in vancouver this term, do i need a vpn for databases
l No VPN; log in with your AACC username. I'll email you the page.
p ok nk.tremblay@example.org
""", "nk.tremblay@example.org access none AACC local", op="grace")

h3("CW-H149", SHARED, "web", """
p is not in my neighborhood by antero pietila an ebook anywhere
l Let me look. I'll email you where it's available.
p ok jw.ames@example.net
""", "jw.ames@example.net access none - default", op="hope", tags=["e-books"])

h3("CW-H150", AACCQ, "web", """
p my hold says ready but where is the pickup shelf
l It's behind the circulation desk. I'll email you the hours.
p z.fofana@example.com
""", "z.fofana@example.com circulation none AACC local", op="bill")

h3("CW-H151", SHARED, "web", """
p im at prince georges community college, where do i find criminal justice articles
l Criminal Justice Abstracts is a good start. I'll email some tips.
p ok tb.okafor@example.org
""", "tb.okafor@example.org research none - default", op="will")

h3("CW-H152", SHARED, "web", """
p i have a visual impairment and need my bio textbook in an accessible format. i go to aacc
l AACC's disability services and the library can help, and you may qualify for the talking book library. Email?
p r.castro@example.net
""", "r.castro@example.net access print-disability AACC print-disability", op="sue")

h3("CW-H153", AACCQ, "web", """
p do alumni still get database access after graduating
l Some databases are for current students only. I'll email you what alumni can use.
p m.ibe@example.com
""", "m.ibe@example.com policy none AACC local", op="rich")

h3("CW-H154", SHARED, "web", """
p proquest keeps timing out
l Which college are you with?
p aacc, arnold campus
l I'll report it to AACC's e-resources team. Email?
p j.soto@example.org
""", "j.soto@example.org access none AACC local", op="pat", tags=["databases"])

h3("CW-H155", SHARED, "web", """
p need info on the maryland dream act for my poli sci paper
l I'll email you the bill history and a couple of articles.
p ok v.santos@example.net
""", "v.santos@example.net research none - default", op="frank")

h3("CW-H156", AACCQ, "web", """
p i left my water bottle at the library yesterday, is there a lost and found
l Yes, at the circulation desk. I'll ask and email you.
p b.nash@example.com
""", "b.nash@example.com other none AACC local", op="grace")

h3("CW-H157", SHARED, "web", """
p looking for land records for my family's farm in carroll county in the 1850s
l Land records that old need a specialist. Do you live in Maryland?
p no, west virginia
p dhenson@example.org
""", "dhenson@example.org research specialist - specialist", op="hope", tags=["genealogy"])

h3("CW-H158", SHARED, "web", """
p are there photos of the old glen burnie carnival from the 1950s? writing a family history
l I'll pass this to someone with local history collections. Where do you live?
p pennsylvania now
p k.lutz@example.net
""", "k.lutz@example.net research specialist - specialist", op="bill")

# Not follow-ups: no labels row.
h3("CW-H159", AACCQ, "web", """
p is the library open on spring break
l Yes, 8 to 5 all week.
p thanks
""", op="will", status=ANS)

h3("CW-H160", SHARED, "sms 4435550108", """
p hi
""", op=None, status=LOST)

h3("CW-H161", SHARED, "web", """
p where do i find the apa guide
l Here you go: it's under Citation Help on the library page.
p got it
""", op="sue", status=ANS)

h3("CW-H162", AACCQ, "web", """
p anyone there? need help with a database
s The guest has left the chat.
""", op=None, status=LOST)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def waits(chat):
    """(start, first librarian line or None, last line) of a chat, as UTC instants."""
    lines = timed_lines(chat, "w")
    start = local_start(chat["start"]).astimezone(UTC)
    first = next((t for t, code, _ in lines if code == "l"), None)
    return start, first, lines[-1][0]


LC_COLUMNS = ["Chat ID", "Timestamp", "Wait Time", "Duration", "Guest", "Guest Email", "Answerer",
              "Department", "Widget", "Referrer", "Initial Question", "Tags", "Rating", "Comment",
              "Transcript"]


def lc_row(c):
    names = {"p": c["patron"], "l": c["lib"]}
    start, first, last = waits(c)
    transcript = "\n".join(f"{t.astimezone(NY):%H:%M:%S} - {names[code]}: {html.escape(text)}"
                           for t, code, text in timed_lines(c, "w"))
    widget, referrer = WIDGETS[c["origin"]]
    return [c["cid"], c["start"], str(int((first - start).total_seconds())) if first else "",
            str(int((last - start).total_seconds())), c["patron"], c["email"] or "",
            c["lib"] or "", c["origin"], widget, referrer, lines_of(c)[0][1], c["status"],
            c["rating"], c["comment"], transcript]


def lc_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(LC_COLUMNS)
    for c in by_start(chats):
        w.writerow(lc_row(c))
    return buf.getvalue()


def rfc3339(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def h3_record(c):
    names = {"p": c["patron"], "l": c["lib"], "s": "system"}
    start, first, last = waits(c)
    return {
        "id": c["cid"],
        "queue": c["origin"],
        "guest": c["patron"],
        "operator": c["lib"],
        "protocol": c["protocol"],
        "started": rfc3339(start),
        "accepted": rfc3339(first) if first else None,
        "ended": rfc3339(last),
        "wait": int((first - start).total_seconds()) if first else None,
        "duration": int((last - start).total_seconds()),
        "referrer": None if c["sms"] else REFERRERS[c["origin"]],
        "tags": c["tags"],
        "disposition": c["status"],
        "transcript": [{"from": names[code], "timestamp": rfc3339(t), "body": text}
                       for t, code, text in timed_lines(c, "w")],
    }


def h3_text(chats):
    return "".join(json.dumps(h3_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("univ_libchat", "csv", LC, lc_text), ("h3lp_queue", "jsonl", H3, h3_text)]


def part_dir(name):
    """Where a file of this part lives: w1 (the development half, whose misses were read and
    fixed by kind) trains the category model, w2 stays held out."""
    return "train" if name.startswith("w1_") else "heldout"


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("w", STYLES, by_start)


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "w", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A patron's typo that a later message corrects may stand in the transcript only when its
# top-level domain does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".con", ".cmo", ".comm")
# LibraryH3lp addresses are no mailboxes: a guest's or an operator's JID.
JID = re.compile(r"^[0-9a-z._-]+@(web|web\.ca|twilio|sms|chat)\.libraryh3lp\.com$")


def patron_words(c):
    """What the patron wrote: their messages and the survey comment."""
    words = [text for code, text in lines_of(c) if code == "p"] + [c["comment"]]
    return "\n".join(words).lower()


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, EMAIL_RE.match, ALLOWED_DOMAINS)):
        bad(why)
    # Where the address comes from, in the patron's words and survey comment: a written-out
    # address leaves both its user name's last part and its domain's name.
    said = patron_words(c)
    if email and email != field and not c["written"] and email not in said:
        bad(f"e-mail {email!r} is neither the field nor in the patron's words")
    if email and email != field and c["written"] and email in c["t"].lower():
        bad(f"e-mail {email!r} is in the transcript as typed: not written=True")
    if c["written"] and email == field:
        bad("written=True on a chat whose address is the export's field")
    if c["written"] and email:
        user, _, domain = email.partition("@")
        if user.split(".")[-1] not in said or domain.split(".")[0] not in said:
            bad(f"written-out e-mail {email!r} has no trace in the patron's words")
    if email and email != field:
        for url in re.findall(r"https?://\S+", said):
            if email in url:
                bad(f"e-mail {email!r} is taken from a URL")
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


LC_LINE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d - ([^:]+): (.*)$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text), each read back with python's csv or json and its style's invariants checked."""
    raw = (HERE / part_dir(name) / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "univ_libchat":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        again = io.StringIO()
        csv.writer(again, lineterminator="\r\n").writerows(rows)
        if again.getvalue() != text:
            raise ValueError("not quoted as a CSV writer does, or a row not ended by CRLF")
        if rows[0] != LC_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        for r in rows[1:]:
            if len(r) != len(LC_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(LC_COLUMNS, r))
            cid, patron, staff = rec["Chat ID"], rec["Guest"], rec["Answerer"]
            datetime.strptime(rec["Timestamp"], "%Y-%m-%d %H:%M:%S")
            if rec["Tags"] not in (FU, ANS, LOST) or rec["Department"] not in WIDGETS:
                raise ValueError(f"{cid}: tags {rec['Tags']!r}, department {rec['Department']!r}")
            if rec["Rating"] not in ("", "1", "2", "3", "4"):
                raise ValueError(f"{cid}: rating {rec['Rating']!r}")
            if not rec["Duration"].isdigit() or not (rec["Wait Time"].isdigit() or not staff):
                raise ValueError(f"{cid}: durations {rec['Wait Time']!r}, {rec['Duration']!r}")
            if "\r" in rec["Transcript"]:
                raise ValueError(f"{cid}: a carriage return inside the transcript")
            lines = []
            for piece in rec["Transcript"].split("\n"):
                m = LC_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                if m.group(2) not in (patron, staff) or re.search(r"['\"<>]|&(?!amp;|lt;|gt;|quot;|#x27;)", m.group(3)):
                    raise ValueError(f"{cid}: line {piece[:40]!r} from {m.group(2)!r} or not escaped")
                lines.append((m.group(2), html.unescape(m.group(3))))
            if rec["Initial Question"] != lines[0][1]:
                raise ValueError(f"{cid}: the initial question is not the first message")
            out.append({"id": cid, "patron": patron, "email": rec["Guest Email"], "lines": lines})
        return out
    if "\r" in text:
        raise ValueError("a carriage return in the file")
    keys = list(h3_record(H3[0]).keys())
    for line in text.split("\n")[:-1]:
        r = json.loads(line)
        cid, patron, staff = r["id"], r["guest"], r["operator"]
        if list(r) != keys:
            raise ValueError(f"{cid}: keys {list(r)}")
        if r["queue"] not in REFERRERS or r["disposition"] not in (FU, ANS, LOST):
            raise ValueError(f"{cid}: queue {r['queue']!r}, disposition {r['disposition']!r}")
        if not JID.match(patron) or patron.split("@")[1].split(".")[0] == "chat":
            raise ValueError(f"{cid}: guest {patron!r}")
        if r["protocol"] in ("sms", "twilio"):
            if not re.match(r"^1\d{3}555\d{4}@" + r["protocol"] + r"\.libraryh3lp\.com$", patron):
                raise ValueError(f"{cid}: texting guest {patron!r} is not a 555 number")
        elif not patron.endswith(f"@{r['protocol']}.libraryh3lp.com"):
            raise ValueError(f"{cid}: guest {patron!r} and protocol {r['protocol']!r}")
        if staff is not None and not re.match(r"^[a-z]+@chat\.libraryh3lp\.com$", staff):
            raise ValueError(f"{cid}: operator {staff!r}")
        if not isinstance(r["duration"], int) or (staff and not isinstance(r["wait"], int)):
            raise ValueError(f"{cid}: wait and duration are not numbers")
        stamps = [datetime.strptime(m["timestamp"], "%Y-%m-%dT%H:%M:%SZ") for m in r["transcript"]]
        started = datetime.strptime(r["started"], "%Y-%m-%dT%H:%M:%SZ")
        if stamps != sorted(stamps) or stamps[0] < started:
            raise ValueError(f"{cid}: message times out of order")
        lines = []
        for m in r["transcript"]:
            if list(m) != ["from", "timestamp", "body"] or m["from"] not in (patron, staff, "system"):
                raise ValueError(f"{cid}: message {m}")
            lines.append((m["from"], m["body"]))
        out.append({"id": cid, "patron": patron, "email": None, "lines": lines})
    return out


def check_all():
    problems = []
    chats = LC + H3
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CW-"):
            problems.append(f"{cid}: chat id without the CW- prefix")
        start = local_start(c["start"])
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        codes = [code for code, _ in lines_of(c)]
        if codes[0] != "p":
            problems.append(f"{cid}: the patron does not speak first")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        if "s" in codes and c in LC:
            problems.append(f"{cid}: a system line in the LibChat export")
        if not c["patron"] or ":" in c["patron"] or c["patron"] == c["lib"]:
            problems.append(f"{cid}: patron name {c['patron']!r}")
        for _, text in lines_of(c) + [("p", c["comment"])]:
            if "\r" in text or "\t" in text or "\n" in text:
                problems.append(f"{cid}: a line end or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                a = addr.lower()
                if not (a.endswith(ALLOWED_DOMAINS + NO_SUCH_TLD) or JID.match(a)):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
        if c["email"] and not c["email"].lower().endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, IndexError, csv.Error),
                                   check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        sms_n = sum(1 for c in lab if c["sms"])
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled ({sms_n} texting)")
    out += tally_lines((("both", LC + H3), ("univ_libchat", LC), ("h3lp_queue", H3)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", LC + H3))
    sms_n = sum(1 for c in LC + H3 if c["label"] and c["sms"])
    note = f"Texting guests (SMS and Twilio) among the labelled rows: {sms_n}.\n"
    return labels_table(cols, LC + H3, note)


if __name__ == "__main__":
    sys.exit(main("w_build", all_texts, check_all, counts))
