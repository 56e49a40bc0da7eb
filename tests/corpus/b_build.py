#!/usr/bin/env python3
"""Writes and checks the "b" part of aun's labelled corpus.

Every conversation below is invented (made-up patrons, example mailboxes). Each chat carries
its label, written by hand from rules.md sections 5-6 when the chat was written:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE DESTINATION"

where EMAIL "=" means the export's e-mail field (lower-cased) and "-" means empty; `written=True`
marks a chat whose address is not in the text as such (written out, or corrected by the patron
with only the changed part). Chats whose
resolution is not "Follow Up By Patron Library" carry no label and get no labels row.

Two export styles:
  b_questionpoint.json  a QuestionPoint-style JSON array (`Question ID`, `Date`, `Institution`,
                        `Patron`, `Email`, `Question`, `Status`, `Transcript`), transcript lines
                        `[5:26:10 PM] Name: text` joined by newlines.
  b_tickets.jsonl       JSON Lines tickets (`ticket_id`, `created`, `account`, `customer_name`,
                        `customer_email`, `subject`, `status`, `messages`), messages an array of
                        strings `Patron: ...`, `Librarian (Name, Library): ...`, `System: ...`.

About 40% of the chats go to heldout/: 2 of every 5 of a rule in each file, drawn with a fixed
seed (see split()), so adding chats never moves one already placed.

Run from anywhere: python3 tests/corpus/b_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/b_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_common import (  # noqa: E402
    EMAIL_RE,
    CATEGORIES, RULES, SUBJECTS, check_labels_file, label_row_with_destination, labels_csv, main,
    rule_problems, vocabulary_problems,
)
from corpus_common import local_start  # noqa: E402

NY = ZoneInfo("America/New_York")
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
FRED = "Frederick County Public Libraries"
AACO = "Anne Arundel County Public Library"
MONT = "Montgomery County Public Libraries"
CARROLL = "Carroll County Public Library"
HARF = "Harford County Public Library"

# The origin accounts that name the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {
    TOWSON: "TOWSON", UMBC: "UMBC", STEV: "STEVENSON", FROST: "FSU", AACC: "AACC",
    HOWARD: "HCLS", BALTCO: "BCPL", FRED: "FCPL", AACO: "AACPL", MONT: "MCPL",
    CARROLL: "CARROLL", HARF: "HARFORD",
}

QP = []  # QuestionPoint-style chats
TK = []  # tickets


def qp(cid, start, inst, patron, email, q, t, label=None, lib="Librarian", lib2=None,
       status=FU, written=False):
    QP.append(dict(cid=cid, start=start, origin=inst, patron=patron, email=email, q=q, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written))


def tk(cid, start, acct, name, email, subject, t, label=None, lib="Librarian", lib2=None,
       status=FU, written=False):
    TK.append(dict(cid=cid, start=start, origin=acct, patron=name, email=email, q=subject, t=t,
                   label=label, lib=lib, lib2=lib2, status=status, written=written))


# ---------------------------------------------------------------------------------------------
# QuestionPoint-style chats
# ---------------------------------------------------------------------------------------------

qp("CB-Q1001", "2025-09-16 14:03:12", TOWSON, "kmiller22", "kmiller22@students.towson.edu",
   "cant get full text of article",
   lib="Sue (Towson University)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p hi i need the full text of this article: Hendricks, L. (2021). Sleep hygiene in first-year college students. Journal of American College Health 69(4)
p it only shows the abstract
l Hi! I'm Sue, one of the librarians here at Cook Library. Let me look that up for you.
l It looks like our access to that journal has a 12 month embargo, so 2021 should be available. Are you clicking "Find It @ TU"?
p yes and it goes to a page that says error
l Hmm, I'm seeing the same thing. The link resolver might be broken for that title.
l I'm going to ask our e-resources folks to look at it and someone will email you the PDF. Is the email on your account the best one?
p ya thats fine
p thx
l You're welcome! Someone should follow up within 72 hours.
""", label="= access none TOWSON local TOWSON")

qp("CB-Q1002", "2025-10-07 21:44:50", UMBC, "Devon", "devon.ashby@umbc.edu",
   "off campus login not working",
   lib="Ken (UMBC Library)", t="""
p hey so im off campus and when i click a database it asks me to login and then just loops back to the login page
l Hi Devon, sorry about that. Which database are you trying?
p psycinfo and also ebsco anything
l Are you logging in with your myUMBC username and password?
p yes. it works for blackboard
l Could you try a private/incognito window? Sometimes an old cookie causes the loop.
p same thing
l OK, it may be a proxy problem on our end tonight. I'll pass this to our access services team and they'll email you.
p ok ty
""", label="= access none UMBC local UMBC")

qp("CB-Q1003", "2026-02-03 10:15:22", STEV, "Brianna T.", "btaylor7@stevenson.edu",
   "cinahl down?",
   lib="Grace (Stevenson University Library)", t="""
p is cinahl down?? i have a care plan due tonight
l Good morning! Let me check. What happens when you try to open it?
p "service unavailable" 503
l I'm getting it too. It looks like EBSCO is having an outage. I'll keep an eye on it.
p can i use something else
l For nursing, PubMed is free and has a lot of the same journals. I can also email you when CINAHL is back up.
p yes pls email me
""", label="= access none STEVENSON local STEVENSON")

qp("CB-Q1004", "2025-04-22 15:31:05", FROST, "tjwolfe0", "tjwolfe0@frostburg.edu",
   "article not available",
   lib="Pam (Lewis J. Ort Library)", t="""
p Need this article for my history paper, Walker (1987) "Company towns of western Maryland", Pennsylvania History 54(2). says no full text
l Hi! Let me search. We don't have that volume electronically. I can put in an interlibrary loan request for you.
p how long does that take
l Articles usually come in 2-3 days as a PDF to your email.
p ok do it
l Done. You'll get an email from ILLiad when it's ready.
""", label="= access none FSU local FSU")

qp("CB-Q1005", "2025-06-10 11:02:44", AACC, "Marisol", "mvega@aacc.edu",
   "how many books",
   lib="Tom (AACC Truxal Library)", t="""
p how many books can a student check out at once and for how long
l Hi Marisol! Let me double check our current loan policy for you.
l I'm not finding the current limit posted, it changed this summer. I'll have circulation email you the exact numbers.
p ok also can community members borrow or just students
l Good question, I'll include that too.
""", label="= policy none AACC local AACC")

qp("CB-Q1006", "2025-12-08 16:40:18", TOWSON, "Jaylen", "jbrooks3@students.towson.edu",
   "renew book",
   lib="Will (Towson University)", t="""
p can i renew a book online? its due tmrw
l Hi Jaylen, I'm Will. You can usually renew through "My Account" in the catalog. Did you try that?
p it says renewal not allowed
l That usually means someone placed a hold on it. Let me see... I can't see patron accounts from chat, sorry.
p ugh ok
l I'll have circulation staff look at your account and email you. If it has a hold, you'll need to return it tomorrow.
""", label="= circulation none TOWSON local TOWSON")

qp("CB-Q1007", "2025-08-19 13:22:07", AUN, "Ruth Ann", "ruthann.kessler@example.org",
   "grandfather naturalization",
   lib="Chris (AskUsNow!)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p Hello. I'm trying to find my grandfather's naturalization papers. He came from Poland around 1921 and settled in Baltimore, worked at a canning factory.
l Hi Ruth Ann, I'm Chris. Do you know if he naturalized in federal court or a state court?
p I don't know. We have his name as Stanislaw Nowak, born about 1899
l Naturalizations in Baltimore in the 1920s could be in several places. This needs more time than we have on chat.
l I'll pass this to a genealogy specialist who can follow up by email.
p That would be wonderful, thank you so much
""", label="= research specialist - specialist EPFL")

qp("CB-Q1008", "2025-03-14 18:05:41", AUN, "mike d", "",
   "renew dvd",
   lib="Pat (Carroll County Public Library)", t="""
p renew dvd pls
l Hi! Which library are you a member of?
p bcpl, i go to the catonsville one
l Thanks. I can't renew from here, but Baltimore County staff can. What's a good email?
p mdiaz1988@gmail.com
l Got it, they'll be in touch.
""", label="mdiaz1988@gmail.com circulation none BCPL local BCPL")

qp("CB-Q1009", "2026-01-27 20:11:36", UMBC, "Sofia", "sofia.r@umbc.edu",
   "landlord wont return deposit",
   lib="Ken (UMBC Library)", t="""
p this isnt really a library question but my landlord in arbutus kept my whole security deposit and i moved out in december. is that legal?
l Hi Sofia, it's a fair question. Maryland does have rules about security deposits. I'm not able to give legal advice though.
p ok but like where do i even look
l The People's Law Library has a page on deposits. A law librarian should follow up with you with more sources, is that ok?
p yes thank u
""", label="= research law UMBC law MSLL")

qp("CB-Q1010", "2025-11-18 09:48:03", TOWSON, "Guest", "",
   "proxy",
   lib="Sue (Towson University)", t="""
p proxy isnt working from home
l Hi! Sorry to hear it. What's the link you're trying?
p the one on blackboard for nexis uni
l Thanks. I can have someone look at the link and email you when it's fixed. What's your email?
p no thanks ill just try again later
l OK! You can also reach us at the desk at 410-704-2462.
""", label="- access none TOWSON no-email -")

qp("CB-Q1011", "2026-04-02 19:30:55", AUN, "Linda", "lindakraus54@gmail.com",
   "libby not letting me borrow",
   lib="Jo (AskUsNow!)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p Hi there. I am trying to borrow Sue Grafton A is for Alibi on my Libby app and it says not available for your library
l Hi Linda! Which library card did you add to Libby?
p Howard County, I live in Elkridge
l Thanks. Sometimes a title is only in another library's collection. Let me check Howard County's catalog.
l They do have it, but the app may be showing a different library's listing. Howard County staff can check your Libby setup. I'll send this to them.
p ok thank you dear
""", label="= access none HCLS local HCLS")

qp("CB-Q1012", "2025-05-03 12:17:29", PRATT, "Terrence", "tgaines@example.net",
   "will smith dvd",
   lib="Lee (Pratt Library)", t="""
p yo do yall have that Will Smith movie the pursuit of happyness on dvd
l Hi Terrence, I'm Lee. Let me look. We have a few copies. Which branch do you use?
p hampden mostly
l None at Hampden right now, but I can't place holds from chat. Would you like Hampden staff to place one for you?
p yea
l Okay, I'll send it over and they'll email you.
""", label="= circulation none EPFL local EPFL")

qp("CB-Q1013", "2025-07-21 22:08:14", AUN, "jenn", "jenn.whitaker@yahoo.com",
   "chris pratt movie streaming",
   lib="Chris (AskUsNow!)", t="""
p is there a way to stream the chris pratt movie the tomorrow war thru the library? i have a carroll county card
l Ha, my namesake! Hi Jenn. Carroll County has Kanopy and Hoopla. Have you signed in to either?
p hoopla says i reached my monthly limit??
l Each library sets that limit. I'll have Carroll County staff email you about your account and the limit.
p ok
""", label="= access none CARROLL local CARROLL")

qp("CB-Q1014", "2026-03-11 14:50:00", AUN, "Nadia", "nadia.h@umbc.edu",
   "cant find article full text",
   lib="Kim (AskUsNow!)", t="""
p hi im a grad student at umbc, trying to get Okafor, B. & Frederick A. Rogers (2018) Urban heat islands and public health, Environmental Research Letters
p our library site says no access and i need it for thesis
l Hi Nadia! Environmental Research Letters is actually open access, so it should be free. Let me find the link.
p oh really
l Yes, try the publisher's site directly. If the PDF doesn't load, UMBC's library can send it to you.
p it still gives me a paywall on the supplementary data
l I'll refer this to UMBC's library to sort out the supplement.
""", label="= access none UMBC local UMBC")

qp("CB-Q1015", "2025-10-02 10:41:33", AUN, "D. Mercer", "dmercer@example.org",
   "supplies",
   lib="Sam (AskUsNow!)", t="""
p Does the library sell legal pads and pens? I'm at the Bel Air branch and forgot mine.
l Hi! Some branches have a small supply for sale at the desk. I'm not certain about Bel Air.
p ok and can i print from my phone there
l Most Harford County branches have mobile printing. I'll ask Bel Air staff to email you the details.
""", label="= other none HARFORD local HARFORD")

qp("CB-Q1016", "2025-06-28 15:12:48", AUN, "KeishaM", "keisha.moore@gmail.com",
   "basketball court",
   lib="Robin (AskUsNow!)", t="""
p random question lol. i live in wheaton. is there a basketball court by the new library building
l Hi Keisha! The Wheaton Library shares its building with the recreation center, so there may be courts there.
p can the kids just walk in
l That would be a rec center rule rather than the library's. I'll ask Montgomery County library staff to find out and email you.
p cool
""", label="= other none MCPL local MCPL")

qp("CB-Q1017", "2025-11-04 13:26:40", FROST, "Owen", "obraddock@frostburg.edu",
   "sources on flame retardants",
   lib="Pam (Lewis J. Ort Library)", t="""
p i need 5 peer reviewed articles about flame retardants in furniture and health effects. env sci 340
l Hi Owen! Good topic. Try "flame retardants" AND (furniture OR upholstery) AND exposure in Web of Science.
p web of science wont load
l Hmm, it's loading for me. Are you on campus?
p in my dorm
l It should work there. Let me send you a list of articles by email and we'll check on Web of Science.
p thanks
""", label="= research none FSU local FSU")

qp("CB-Q1018", "2026-05-12 11:05:19", AUN, "Harold", "hbeckwith@example.com",
   "coal miners",
   lib="Dana (AskUsNow!)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p Good morning. I'm researching the coal miners around Cumberland in the 1880s, my great grandfather Thomas Beckwith was one of them. Looking for employment records or union lists.
l Good morning Harold. That's a great project. Mining company records from that era are scattered.
p I have been to Ancestry already.
l Archives and local history collections would be the next step. I'll pass this to a local history specialist to follow up with you by email.
p Much appreciated.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1019", "2025-01-13 16:33:27", AUN, "Gloria", "gloria.pettiford@example.com",
   "birth certificate",
   lib="Will (AskUsNow!)", t="""
p Hi I live in Dover Delaware but my grandfather was born in Maryland in 1911, in Somerset county. How do I get a copy of his birth certificate for genealogy?
l Hi Gloria, I'm Will. Older Maryland birth records are at the Maryland State Archives.
p Can I order it online
l Some can be. It depends on the index. This is a question for a genealogy specialist, let me have one follow up with you.
p Yes please
""", label="= research specialist - specialist EPFL")

qp("CB-Q1020", "2026-06-09 08:20:11", AUN, "Lukas B.", "lukas.brunner@example.ch",
   "state report",
   lib="Sam (AskUsNow!)", t="""
p Hello, I am a postdoc at EPFL in Lausanne (Switzerland). I am looking for a report from the Maryland DNR on oyster reef restoration, 2014, I cannot find a PDF.
l Hi Lukas! Do you have the exact title?
p "Oyster restoration progress report" maybe. Not sure.
l There are several. Let me search a bit more and email you what I find.
p Thank you
""", label="= research none - default AUN")

qp("CB-Q1021", "2025-02-20 20:55:02", AUN, "tamsin", "",
   "article from blog",
   lib="Jo (AskUsNow!)", t="""
p this blog post cites a study and i want the study https://medium.com/@dr.okoro/why-we-forget-names-2f9c1a
l Hi! Let me look. The post cites "Name recall in older adults" (2017). Is that the one?
p yes
l Which library do you have a card with? Most of them can get that article.
p i'd rather not say
l That's ok. If you leave an email I can send you what I find. You can also write to me at askusnow@example.org.
p nah its fine ill google it
""", label="- access none - no-email -")

qp("CB-Q1022", "2025-09-03 17:45:30", AUN, "María", "",
   "clases de ingles",
   lib="Ellen (AskUsNow!)", t="""
p hola, hay clases de inglés en la biblioteca? vivo en Glen Burnie
l Hola María! Yes, many libraries have free English classes. Let me check Anne Arundel County's calendar.
p gracias. mi correo es maría.lopez@gmail.com
l Thank you. I'll ask the Glen Burnie library to email you the schedule, in Spanish if they can.
p muchas gracias
""", label="maría.lopez@gmail.com other none AACPL local AACPL")

qp("CB-Q1023", "2025-04-08 23:10:16", STEV, "Ashley", "acohen2@stevenson.edu",
   "apa help",
   lib="Grace (Stevenson University Library)", t="""
p how do i cite a youtube video in apa 7 if theres no author name just a channel
l Hi Ashley, you use the channel name as the author. Channel Name. (Year, Month Day). Title [Video]. YouTube. URL
p and for a ted talk
l TED talks are similar but the speaker is the author. I'll email you the guide with examples.
""", label="= research none STEVENSON local STEVENSON")

qp("CB-Q1024", "2026-09-21 12:05:49", UMBC, "Ravi", "rpatel11@umbc.edu",
   "jstor access denied",
   lib="Beth (UMBC Library)", t="""
p jstor says my institution doesnt have access to this article but its a umbc link
l Hi Ravi, can you paste the link?
p https://www.jstor.org/stable/41234567
l That journal is outside our JSTOR collections. I can request it via interlibrary loan for you.
p ok is it fast
l Usually a couple days. I'll start it and ILL will email you.
""", label="= access none UMBC local UMBC")

qp("CB-Q1025", "2025-10-14 19:58:40", TOWSON, "Amber", "aweiss1@students.towson.edu",
   "ebook download",
   lib="Chris (Towson University)", t="""
p trying to download an ebook from ebook central and it keeps failing
l Hi Amber, I'm Chris. Are you using Adobe Digital Editions?
s Patron has disconnected.
s Patron has rejoined the session.
p sorry got kicked off
l No problem. Which book?
s Patron has disconnected.
s Patron has rejoined the session.
p ugh this is the 3rd time the chat dropped me
l I'm sorry, that's frustrating. I'll report the disconnects, and email you instructions for the download.
""", label="= access none TOWSON quality QC")

qp("CB-Q1026", "2026-02-17 14:36:02", AACC, "Devonte", "dbrown44@aacc.edu",
   "laptop fine",
   lib="Tom (AACC Truxal Library)", t="""
p i returned my laptop loaner a day late and now theres a hold on my account and i cant register for classes
l Hi Devonte, I'm sorry. Late laptop fines can put a block on your account.
p can u remove it
l I can't from here, but I'll have the circulation supervisor look at it today and email you.
""", label="= circulation none AACC local AACC")

qp("CB-Q1027", "2025-08-05 10:22:30", AUN, "Tom D", "",
   "small claims",
   lib="Frank (AskUsNow!)", t="""
p How do i file in small claims court? A contractor did bad work on my porch in Hagerstown and won't give money back
l Hi Tom, the Maryland District Court handles small claims (up to $5,000). The forms are on the courts' website.
p can you send me the forms and how to fill them out. I'm not good with computers
l I can have a law librarian follow up with you. What email should they use?
p tdavis at comcast dot net
l Got it. They will be in touch.
""", label="tdavis@comcast.net research law WCFL law MSLL", written=True)

qp("CB-Q1028", "2025-12-22 11:11:11", AUN, "Bev", "bev.oconnor@example.org",
   "pick up holds",
   lib="Jo (AskUsNow!)", t="""
p can I pick up holds for my mother. she has a card at the Essex branch and she's recovering from surgery
l Hi Bev. Many libraries allow that with the cardholder's card or a note. It varies by system.
p ok who would know
l I'll send your question to someone who can check and email you.
p thanks
""", label="= policy none - default AUN")

qp("CB-Q1029", "2026-07-15 21:37:26", AUN, "Jamal", "jamal.reid@gmail.com",
   "libby after moving",
   lib="Ellen (AskUsNow!)", t="""
p hi i used to live in columbia and had a hcls card. i moved to richmond va last year. can i still use libby with my old card
l Hi Jamal! Library cards for non-residents work differently in each system, some expire when you move.
p it stopped working last week
l Your card may have expired. I'll have someone check what options you have and email you.
""", label="= access none - default AUN")

qp("CB-Q1030", "2025-05-19 13:44:58", AUN, "Carol", "carol.w@example.com",
   "passport",
   lib="Mike (Harford County Public Library)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p do libraries do passport photos and applications
l Hi Carol, I'm Mike. Some library branches are passport acceptance facilities. Where are you located?
p I need it quick, trip in May
l Understood. I'll find the closest one once we know your area. I'll email you a list.
p thank you
""", label="= other none - default AUN")

qp("CB-Q1031", "2026-10-06 16:20:40", AUN, "Guest", "r.singh.77@outlook.com",
   "forgot pin",
   lib="Dana (AskUsNow!)", t="""
p i forgot my pin number for my library card how do i reset
l Hi! Which library system is your card from?
p its on the back of the card somewhere lol
l Ha, can you see a name on the card?
p i dont have it with me. can someone just email me
l Sure, I'll send this on and someone will follow up.
""", label="= circulation none - default AUN")

qp("CB-Q1032", "2025-03-25 02:14:09", PRATT, "Nia", "nia.c.brooks@gmail.com",
   "libby hold",
   lib="Dana (24/7 Cooperative)", t="""
p cant sleep so trying to get an audiobook lol. my hold in libby says ready but it wont borrow
l Hi Nia! I'm Dana, a backup librarian with the 24/7 Cooperative. I'm in Washington State, so I can't see your account, but let's try.
p i'm in federal hill if that matters
l Thanks! Pratt staff can look at your account. Did it give an error code?
p "cannot complete this action"
l I'll send this over to Pratt so they can check your card. They'll email you.
""", label="= access none EPFL local EPFL")

qp("CB-Q1033", "2026-08-12 03:02:51", AUN, "Guest", "yasmin.tadesse@gmail.com",
   "mold landlord",
   lib="Chris (24/7 Cooperative)", t="""
p my apt has mold and my landlord wont fix it for 3 months. im in silver spring. what can i do
l Hi, I'm Chris, a librarian with the 24/7 Cooperative. I'm sorry you're dealing with that.
l Maryland has rules on landlord repairs, including rent escrow. I can't give legal advice, but I can point you to sources.
p rent escrow?
l It's a court process. I'll ask a Maryland law librarian to follow up by email with details.
p yes pls
""", label="= research law MCPL law MSLL")

qp("CB-Q1034", "2025-09-30 12:00:31", TOWSON, "Guest", "",
   "hours",
   lib="Sue (Towson University)", status="Answered", t="""
p what time does the library close tonight
l Hi! Cook Library is open until midnight tonight.
p thx
""")

qp("CB-Q1035", "2026-03-03 15:45:10", UMBC, "Guest", "",
   "",
   lib="Beth (UMBC Library)", status="Lost Call", t="""
p hello?
s Patron has left the session.
""")

qp("CB-Q1036", "2025-11-12 10:30:00", AUN, "Marcus", "mkline2@stevenson.edu",
   "screen reader pdf",
   lib="Priya (AskUsNow!)", t="""
p Hi, I'm legally blind and I use JAWS. The PDF my professor assigned from Academic Search is a scan and JAWS reads nothing
l Hi Marcus, thanks for telling me. A scanned PDF has no text layer, so a screen reader can't read it.
p I'm a Stevenson student if that helps
l It does. There are services that provide accessible formats. I'll pass this along so you get an accessible copy and information on options.
p thank you
""", label="= access print-disability STEVENSON print-disability LBPH")

qp("CB-Q1037", "2026-04-20 14:12:33", FROST, "Leah", "lmcgraw0@frostburg.edu",
   "old maps national road",
   lib="Pam (Lewis J. Ort Library)", t="""
p hi, for my capstone i'm mapping taverns along the National Road between Cumberland and Frostburg, 1820-1860. are there old maps or land records
l Hi Leah! Great project. Our special collections have some regional materials. Land records would be at the county courthouse or the state archives.
p do u have any maps digitized
l A few. I'll ask our special collections librarian to follow up by email with what we have.
""", label="= research specialist FSU local FSU")

qp("CB-Q1038", "2025-07-30 19:19:19", AUN, "Bill", "wgrafton@example.net",
   "1868 flood newspapers",
   lib="Terry (AskUsNow!)", t="""
p I live in Ellicott City and I'm putting together a talk on the 1868 flood. Where could I find newspaper accounts from that time?
l Hi Bill! The Baltimore Sun archive covers that period, and the Maryland State Archives has local papers too.
p Can I get the Sun archive at home?
l Many library systems offer it. A local history specialist could help with the older papers too. I'll send this to your library so they can follow up.
""", label="= research specialist HCLS local HCLS")

qp("CB-Q1039", "2025-02-05 09:05:09", STEV, "Student", "none",
   "databases",
   lib="Grace (Stevenson University Library)", t="""
p which database is best for criminal justice articles
l Hi! Criminal Justice Abstracts and ProQuest Criminal Justice are both good. Would you like me to email you a guide?
p no im good
l OK! Good luck.
""", label="- research none STEVENSON no-email -")

qp("CB-Q1040", "2025-11-02 01:57:30", AUN, "Tyrell", "tyrell.j@gmail.com",
   "hotspot",
   lib="Morgan (24/7 Cooperative)", t="""
p can i borrow a wifi hotspot from the library? im in dundalk
l Hi Tyrell, I'm Morgan, a backup librarian with the 24/7 Cooperative.
l Baltimore County Public Library does lend hotspots. They're usually on hold lists.
p how do i get on the list
l You can place a hold in the catalog with your card. I'll also send this to BCPL staff so they can confirm your hold.
p ok thanks. sorry for asking so late
l No problem, we're here all night.
p wait my clock just went back an hour lol
l Daylight saving time ended! Have a good night.
""", label="= circulation none BCPL local BCPL")

qp("CB-Q1041", "2026-01-20 13:08:44", TOWSON, "Jordan", "jsmith4@students.towson,edu",
   "login",
   lib="Sue (Towson University)", t="""
p cant log in to databases from home. it says invalid credentials
l Hi Jordan, are you using your NetID and password?
p yes
l It may be a password sync issue. I'll ask our systems people to look. Is your email on file correct?
p oh i think i typed it wrong, its jsmith4@students.towson.edu
l Thanks, noted.
""", label="jsmith4@students.towson.edu access none TOWSON local TOWSON")

qp("CB-Q1042", "2026-05-27 15:03:03", AUN, "Ernest", "ernest.v@example.org",
   "patent search",
   lib="Chris (AskUsNow!)", t="""
p I made a gadget for holding fishing rods on a kayak. How can I find out if someone has a patent on it already
l Hi Ernest! You can search the USPTO's Patent Public Search and Google Patents for free.
p I tried but I don't know what words to use
l Patent searching takes practice. I'll pass this to a specialist who can help you with classification searching.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1043", "2025-04-15 11:27:36", AUN, "Pauline", "pauline.gregg@verizon.net",
   "renew books",
   lib="Sam (AskUsNow!)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p Hello I need to renew my books and the website won't let me. I live in Frederick near the C. Burr Artz
l Hi Pauline! Frederick County staff can help with that. Are they overdue?
p Due Friday
l I'll send your request to Frederick County Public Libraries. A librarian will follow up within 72 hours.
""", label="= circulation none FCPL local FCPL")

qp("CB-Q1044", "2026-06-30 17:55:26", UMBC, "Anon", "dl.okafor@umbc.edu",
   "expungement",
   lib="Ken (UMBC Library)", t="""
p how do i get an old charge expunged? its from when i was 18. it keeps coming up on job background checks
l Hi, that's a common question. Maryland's courts have an expungement process and forms.
p is it expensive
l Some are free. A law librarian could walk you through which form applies. I'll have one follow up by email.
""", label="= research law UMBC law MSLL")

qp("CB-Q1045", "2025-08-27 12:34:56", AUN, "Eduardo", "eduardo.m@example.com",
   "library card",
   lib="Will (AskUsNow!)", t="""
p who can get a library card? I just moved to Laurel from Texas
l Welcome to Maryland! Generally any Maryland resident can get a card at any public library system.
p do I need proof of address
l Usually yes. I'll ask Prince George's County library to email you their requirements.
""", label="= policy none PGCMLS local PGCMLS")

qp("CB-Q1046", "2025-09-24 22:31:40", TOWSON, "Guest", "mreyes9@students.towson.edu",
   "nexis uni",
   lib="Librarian", t="""
p nexis uni says "maximum number of users reached" ??
l Hi! Our license limits how many people can be in Nexis Uni at once. It's usually busy right before midterms.
p so i just wait?
l Try again in 10 minutes. If it keeps happening, I'll let our e-resources librarian know and they'll email you.
p ok pls do its been like an hour
""", label="= access none TOWSON local TOWSON")

qp("CB-Q1047", "2026-02-26 11:40:12", UMBC, "Tariq", "tariq.h@umbc.edu",
   "ill complaint",
   lib="Beth (UMBC Library)", t="""
p last week someone on this chat told me interlibrary loan couldnt get book chapters. my friend just got one through ILL. so that was wrong and honestly the person was kind of dismissive
l I'm sorry, Tariq. ILL can get chapters. I'll pass your feedback along.
p i need chapter 4 of "Sound and Power in the Modern City" by 2nd march
l I'll start that request now and someone will email you.
""", label="= access none UMBC quality QC")

qp("CB-Q1048", "2025-10-29 15:15:15", STEV, "Kayla", "kwilson3@stevenson.edu",
   "industry report",
   lib="Grace (Stevenson University Library)", t="""
p i need an industry report on craft breweries in maryland for my business plan class
l Hi Kayla! IBISWorld has US brewery reports. State-level numbers are harder.
p yeah i need maryland specifically
l The Brewers Association and the Comptroller's office have some data. This one needs more digging; I'll ask our business librarian to follow up with you.
""", label="= research specialist STEVENSON local STEVENSON")

qp("CB-Q1049", "2026-07-08 10:48:00", AUN, "Carl W.", "cweimer@example.net",
   "ancestry at home",
   lib="Pat (AskUsNow!)", t="""
p Does Ancestry Library Edition work from home or only inside the library? I live in Frostburg.
l Hi Carl! Ancestry Library Edition is usually in-library only. Some libraries extended home access for a while.
p So I have to drive over there
l Allegany County's library can tell you what they offer now. I'll send this to them and they'll email you.
""", label="= access none ALLEGANY local ALLEGANY")

qp("CB-Q1050", "2025-06-17 17:05:33", AUN, "Mom of 2", "heather.lyons@example.com",
   "treasure island",
   lib="Jo (AskUsNow!)", t="""
p hi my son needs Treasure Island by Robert Louis Stevenson for summer reading, the kids version is ok. we're in Elkton
l Hi! Cecil County Public Library has several copies, including an adapted one.
p can i put it on hold for the elkton library
l I can't place holds, but I'll send your request to Cecil County staff.
""", label="= circulation none CECIL local CECIL")

qp("CB-Q1051", "2026-01-12 12:30:01", PRATT, "Ines", "ines.carvalho@example.com",
   "pratt card",
   lib="Lee (Pratt Library)", t="""
p hi, I live in Glen Burnie but I work downtown by the central library. can I get a Pratt card?
l Hi Ines! Any Maryland resident can get a Pratt card, so yes.
p do I need to come in
l You can register online and pick it up. I'll have someone email you the details.
""", label="= policy none AACPL local AACPL")

qp("CB-Q1052", "2025-12-03 09:12:47", PRATT, "rj", "rjackson.towson@gmail.com",
   "nytimes",
   lib="Kim (Pratt Library)", t="""
p how do i get the free new york times thing. im in towson
l Hi! Both Pratt and Baltimore County have NYT access passes. Which card do you have?
p the county one
l Then Baltimore County's NYT pass is the one. I'll have BCPL staff email you the steps.
""", label="= access none BCPL local BCPL")

qp("CB-Q1053", "2026-04-07 14:14:14", AUN, "Guest", "sam.obi@outlook.com",
   "nyt pass",
   lib="Chris (AskUsNow!)", t="""
p my sister works at the pratt and she said to ask you about the digital nyt pass
l Hi! Several Maryland libraries offer one. Which library card do you have?
p let me check my wallet one sec
p ok i'll have to look at home
l No problem. I'll send this on and someone will email you the options.
""", label="= access none - default AUN")

qp("CB-Q1054", "2025-03-31 16:50:50", UMBC, "Mei", "meiling.z@umbc.edu",
   "opt rules",
   lib="Ken (UMBC Library)", t="""
p this might not be the right place but where can i find the actual regulation on F-1 OPT unemployment days? the websites all say different things
l Hi Mei! The International Student office is the best source for your situation. The regulation itself is in the Code of Federal Regulations.
p can you find the exact section
l I'll ask a law librarian to follow up with the citation and a reliable guide.
""", label="= research law UMBC law MSLL")

qp("CB-Q1055", "2025-11-20 20:00:02", FROST, "Guest", "",
   "access",
   lib="Pam (Lewis J. Ort Library)", t="""
p academic search complete not working from home
l Hi! Are you signing in with your Frostburg credentials?
p yes
l Let me have our systems librarian look. What's your email?
p just tell me here
l It may take a while to find out. You're welcome to chat back tomorrow.
""", label="- access none FSU no-email -")

qp("CB-Q1056", "2026-09-02 19:19:50", AACC, "Chloe", "cnguyen5@aacc.edu",
   "mla citation",
   lib="Tom (AACC Truxal Library)", t="""
p how do i cite a poem from an anthology in MLA 9
l Hi Chloe! Author. "Title of Poem." Title of Anthology, edited by Editor, Publisher, Year, pp. xx-xx.
p what if its an ebook anthology
l Add the database or URL. I'll email you our MLA guide with examples.
""", label="= research none AACC local AACC")

qp("CB-Q1057", "2025-07-12 10:00:00", AUN, "Guest", "ppratt1960@gmail.com",
   "saturday hours",
   lib="Librarian", t="""
s No librarian is available right now. Please leave your question and your email address, and a librarian will follow up within 72 hours.
p what time does my branch close on saturday, its the Reisterstown Branch. thank you. Phyllis Pratt
""", label="= policy none BCPL local BCPL")

qp("CB-Q1058", "2026-08-19 01:44:10", AUN, "tk", "tkaur.md@gmail.com",
   "law and order",
   lib="Alex (24/7 Cooperative)", t="""
p can i stream law & order thru the library? like old seasons
l Hi, I'm Alex with the 24/7 Cooperative. Hoopla has some TV series. Which library do you use?
p howard county, i'm in columbia (md not sc lol)
l Thanks! I'll have Howard County staff email you which streaming services have it.
""", label="= access none HCLS local HCLS")

qp("CB-Q1059", "2025-04-24 13:37:00", AUN, "Greta", "greta.lindqvist@example.org",
   "mother in law card",
   lib="Dana (AskUsNow!)", t="""
p my mother-in-law lives in Catonsville and has a Baltimore County card. She's staying with us in Ellicott City for a few months. Can she use her card at our library or does she need a new one?
l Hi Greta! Maryland libraries generally honor each other's cards, but local rules differ.
p Can you find out for our library
l Yes, I'll send this to Howard County Library so they can email you.
""", label="= policy none HCLS local HCLS")

qp("CB-Q1060", "2026-02-09 18:22:22", AUN, "Emma", "emma.castellanos@example.com",
   "wildfell hall",
   lib="Sam (AskUsNow!)", t="""
p hi i need The Tenant of Wildfell Hall for AP lit, my school copy fell apart. we live in catonsville
l Hi Emma! Baltimore County has it in print and as an ebook.
p the print one, can someone hold it
l I'll send this to BCPL so they can place a hold for you.
""", label="= circulation none BCPL local BCPL")

qp("CB-Q1061", "2025-09-08 12:12:12", TOWSON, "Leo", "lgarcia8@students.towson.edu",
   "audio textbook",
   lib="Sue (Towson University)", t="""
p hi i have dyslexia and reading my bio textbook takes forever. is there an audio version or something text to speech can read
l Hi Leo! Accessible formats are definitely possible. Are you registered with Accessibility & Disability Services?
p not yet
l That's a good first step. I'll also pass this on so someone can help you get an accessible copy.
""", label="= access print-disability TOWSON print-disability LBPH")

qp("CB-Q1062", "2026-10-27 15:40:00", TOWSON, "Hannah", "hkraft1@students.towson.edu",
   "old school records",
   lib="Will (Towson University)", t="""
p for a class project i need stuff about the college when it was the state teachers college in the 1930s, like yearbooks or student newspapers
l Hi Hannah! Those are in University Archives in Special Collections. Some are digitized.
p can i see the ones that arent
l Yes, by appointment. I'll pass this to our archivist to follow up with you.
""", label="= research specialist TOWSON local TOWSON")

qp("CB-Q1063", "2025-02-14 11:25:25", UMBC, "Andre", "andre.l@umbc.edu",
   "douglass sources",
   lib="Ken (UMBC Library)", t="""
p need scholarly sources on Frederick Douglass and his newspaper the North Star for HIST 201
l Hi Andre! America: History and Life is a good start. Also his papers are online.
p can u send me some
l Sure, I'll email you a short list.
""", label="= research none UMBC local UMBC")

qp("CB-Q1064", "2026-06-16 10:05:59", AUN, "Lorna", "lorna.bishop@example.net",
   "douglass childhood",
   lib="Terry (AskUsNow!)", t="""
p I live in Easton and I'm writing a piece for our church newsletter on Frederick Douglass's childhood at Wye House. Are there primary sources about the plantation from the 1820s?
l Hi Lorna! There are plantation records and the family papers held in archives, plus Douglass's own autobiographies.
p Where are the plantation papers?
l Some are in the Maryland Center for History and Culture. This is detailed work, so I'll send it to your local library's history staff to follow up.
""", label="= research specialist TALBOT local TALBOT")

qp("CB-Q1065", "2025-01-30 15:59:00", AUN, "Guest", "ajohnson.student@gmail.com",
   "bus boycott",
   lib="Robin (AskUsNow!)", t="""
p I need 3 sources on the Montgomery bus boycott for my history project
l Hi! Is this for a class assignment? Which grade?
p its due friday
l OK! The Library of Congress and the King Institute at Stanford have primary sources. I'll email you a list.
""", label="= research none - default AUN")

qp("CB-Q1066", "2025-08-21 12:48:00", AUN, "Dan", "dan.kowalczyk@example.com",
   "speed camera",
   lib="Jo (AskUsNow!)", t="""
p i got a speed camera ticket from baltimore county but i wasnt driving, i sold the car. how do i contest it. i live in perry hall
l Hi Dan. The citation should have instructions for requesting a trial. Since it's a legal matter, a law librarian could help find the right forms.
p ok yes
""", label="= research law BCPL law MSLL")

qp("CB-Q1067", "2026-03-24 13:03:30", AUN, "Guest", "",
   "lawyer",
   lib="Frank (AskUsNow!)", t="""
p how do i find a free lawyer. my employer hasnt paid me for 3 weeks
l I'm sorry. Maryland has legal aid organizations and wage claim help from the Department of Labor. Could I get your email so a law librarian can follow up?
p i dont want to give my email sorry
l That's ok. You can call the law library's phone line too.
""", label="- research law - no-email -")

qp("CB-Q1068", "2025-10-01 10:10:10", STEV, "Guest", "",
   "",
   lib="Grace (Stevenson University Library)", status="Lost Call", t="""
p hi
s Patron has disconnected.
""")

qp("CB-Q1069", "2026-05-04 16:16:16", AUN, "Bree", "",
   "hold pickup",
   lib="Kim (AskUsNow!)", t="""
p my hold came in but i cant pick it up till next week, will they keep it. i live in odenton
l Hi Bree! Holds are usually kept about a week. Anne Arundel County can extend it sometimes. What's your email?
p breanna.w@hotmail.con
p sorry thats .com not .con
l Got it, breanna.w@hotmail.com. Someone will email you.
""", label="breanna.w@hotmail.com circulation none AACPL local AACPL")

qp("CB-Q1070", "2025-05-28 14:02:00", "ENOCH PRATT FREE LIBRARY", "Delores", "delores.tate@example.com",
   "church records",
   lib="Lee (Pratt Library)", t="""
p Hello, my great grandparents were married at Sharp Street church in Baltimore around 1890. Are the church marriage records anywhere?
l Hi Delores! Some church records are at the Maryland State Archives or the church itself. Others are with historical societies.
p I wouldn't know where to start
l I'll have a genealogy specialist follow up with you by email.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1071", "2026-01-06 11:31:00", AUN, "Marcus J", "",
   "food truck stats",
   lib="Will (AskUsNow!)", t="""
p im starting a food truck in annapolis where i live, need numbers on how many food trucks there are and what people spend
l Hi Marcus! Business databases like ReferenceUSA and the census's County Business Patterns can help.
p can someone email me links
l Yes, what's your email?
p mjfoodtruck [at] yahoo [dot] com
""", label="mjfoodtruck@yahoo.com research none AACPL local AACPL", written=True)

qp("CB-Q1072", "2025-06-05 09:09:09", AUN, "R Thomas", "",
   "renew",
   lib="Pat (AskUsNow!)", t="""
p need to renew my books they are due today
l Hi! Which library system? And what's your email so they can confirm?
p rthomas@gmail
l Is that gmail.com?
s Patron has left the session.
""", label="- circulation none - no-email -")

qp("CB-Q1073", "2026-04-29 18:40:00", AUN, "José", "JOSÉ.RAMÍREZ@EXAMPLE.ORG",
   "libros electronicos",
   lib="Ana (AskUsNow!)", t="""
p Hola, quiero leer libros electrónicos en español en mi teléfono. Vivo en Gaithersburg.
l ¡Hola José! La biblioteca del condado de Montgomery tiene libros en español en Libby.
p No sé cómo empezar
l Voy a pedir a la biblioteca que le escriba con los pasos.
""", label="= access none MCPL local MCPL")

qp("CB-Q1074", "2025-11-10 12:03:00", FROST, "Noah", "nfisher2@frostburg.edu",
   "chat freezing",
   lib="Pam (Lewis J. Ort Library)", t="""
p hi the chat box keeps freezing on me. anyway i need the full text of an article from 2019 in Social Work Research
s Patron has disconnected.
s Patron has rejoined the session.
p see it did it again
l I'm sorry about that! I'll report the chat problem. Let me find that article for you and email it.
""", label="= access none FSU quality QC")

qp("CB-Q1075", "2026-03-02 10:45:00", TOWSON, "Guest", "bkim22@students.towson.edu",
   "laptop extension",
   lib="Sue (Towson University)", t="""
p can i keep my loaner laptop longer? mine is still in the shop
l Hi! Laptops are 3-day loans, but circulation can sometimes extend them.
p who do i ask
l I'll send your question to circulation and they'll email you.
""", label="= circulation none TOWSON local TOWSON")

qp("CB-Q1076", "2025-04-03 13:13:13", UMBC, "Priya", "priyas@umbc.edu",
   "poster printing",
   lib="Beth (UMBC Library)", t="""
p where can i print a big poster for a research symposium on campus
l Hi Priya! There's a large format printer on campus. Let me find the current details.
p is it free
l I'm not sure about cost this year. I'll find out and email you.
""", label="= other none UMBC local UMBC")

qp("CB-Q1077", "2025-12-15 15:30:00", AUN, "Gladys", "gladys.m.pope@example.com",
   "attach file",
   lib="Robin (AskUsNow!)", t="""
p how do I attach a picture to an email. my grandson sent me one and I want to send it to my sister
l Hi Gladys! Which email do you use, Gmail, Yahoo, AOL?
p AOL
l In AOL, click the paper clip icon when you write a message. I'll email you step-by-step instructions with pictures.
p oh thank you
""", label="= other none - default AUN")

qp("CB-Q1078", "2026-07-22 11:55:00", AUN, "Rich", "rich.delacroix@example.net",
   "harbor maps",
   lib="Dana (AskUsNow!)", t="""
p I'm building a model of a Baltimore clipper and want old maps or charts of Baltimore harbor from the 1850s. I live in Delaware but drive down sometimes.
l Hi Rich! There are historic nautical charts from NOAA and the Library of Congress map collections.
p I've looked at LOC but I want the Fells Point shipyards in detail
l That's a job for a map specialist. I'll pass this on to have one follow up with you.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1079", "2025-05-07 14:44:00", AUN, "Earl", "earl.hollins@example.com",
   "decoy carvers",
   lib="Chris (AskUsNow!)", t="""
p I'm in Aberdeen and want to research the old decoy carvers of Havre de Grace, especially the ones who carved for market gunners in the 1900s
l Hi Earl! The Decoy Museum in Havre de Grace has a lot of material. There are some books on the carvers too.
p I've been to the museum. Need old newspaper articles or records
l I'll send this on to your library's local history staff.
""", label="= research specialist HARFORD local HARFORD")

qp("CB-Q1080", "2025-12-29 20:30:00", AUN, "Guest", "ahmed.cmu@example.com",
   "cmu login",
   lib="Sam (AskUsNow!)", t="""
p hi i'm a cmu student visiting friends in baltimore for break. my library site says start at www.library.cmu.edu but the login isnt working from here
l Hi! Off-campus login for your university would go through CMU's library. Are you using their VPN?
p no
l Try their VPN or proxy. I'll also email you some steps.
""", label="= access none - default AUN")

qp("CB-Q1081", "2026-02-20 23:12:00", AUN, "anon", "xrayvision99@gmail.com",
   "",
   lib="Morgan (24/7 Cooperative)", t="""
p r u a girl
l Hi, I'm Morgan, a librarian. Do you have a library question?
p send me a pic first
l That's not appropriate. If you don't have a library question I'll end the chat.
p [message removed by system]
l This chat is being ended and reported.
""", label="= other none - quality QC")

qp("CB-Q1082", "2025-07-04 13:00:00", AUN, "Guest", "",
   "",
   lib="Librarian", t="""
s No librarian is available right now. Please leave your question and your email address, and a librarian will follow up within 72 hours.
p does the library have the fireworks schedule for tonight
s Patron has left the session.
""", label="- other none - no-email -")

qp("CB-Q1083", "2026-11-17 12:20:00", PRATT, "Sheila", "sheila.ortega@example.com",
   "card expired",
   lib="Lee (Pratt Library)", t="""
p my pratt card expired, how do i renew it? i live in roland park
l Hi Sheila! Cards can be renewed at any branch or sometimes by email.
p can i do it without coming in
l I'll have staff email you to renew it remotely.
""", label="= circulation none EPFL local EPFL")

qp("CB-Q1084", "2025-10-16 16:00:00", AUN, "Yuki", "yuki.tanabe@example.com",
   "rowhouse history",
   lib="Terry (AskUsNow!)", t="""
p Hello, I'm a student at Pratt Institute in Brooklyn, doing a paper on Baltimore rowhouse architecture in the 1800s. I'd like builders' records or old photos.
l Hi Yuki! Baltimore has wonderful rowhouse history. The Baltimore City Archives and CHAP have records.
p Can someone send me more specific leads?
l I'll pass this to a Maryland history specialist to follow up.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1085", "2026-06-11 14:30:00", AUN, "Justin", "justin.k.moore@example.com",
   "guardians dvd",
   lib="Kim (AskUsNow!)", t="""
p do u have guardians of the galaxy vol 3 on bluray. the chris pratt one. i live in sykesville
l Hi Justin! Carroll County has it on Blu-ray. Want me to have a hold placed at Eldersburg?
p yea thats my branch
l I'll send the request.
""", label="= circulation none CARROLL local CARROLL")

qp("CB-Q1086", "2025-12-10 10:10:00", AUN, "Patty", "patty.kerr@example.com",
   "visitor dvds",
   lib="Jo (AskUsNow!)", t="""
p I will be in Ocean City for Christmas week with the grandkids. I live in Pennsylvania. Can visitors borrow DVDs like Elf with Will Ferrell?
l Hi Patty! Some libraries offer visitor cards. Policies differ.
p it would be nice for rainy days
l I'll find out and email you.
""", label="= policy none - default AUN")

qp("CB-Q1087", "2026-09-09 11:11:00", AUN, "Donna", "donnabelair@example.net",
   "large print book club",
   lib="Robin (AskUsNow!)", t="""
p Our book club in Bel Air is reading The Secret Life of Bees by Sue Monk Kidd. One of our members has low vision. Is there a large print or audio copy she could get?
l Hi Donna! There are large print and audio editions. There's also a free service for people with low vision.
p She would like that
l I'll pass this on so someone can email you about both.
""", label="= circulation print-disability HARFORD print-disability LBPH")

qp("CB-Q1088", "2025-03-06 15:00:00", AUN, "Ray", "ray.brandt@example.com",
   "legal paper printing",
   lib="Will (AskUsNow!)", t="""
p can i print on legal size paper at the library? i live in westminster
l Hi Ray! Most printers have letter and legal. I'll confirm with Carroll County and have them email you.
""", label="= other none CARROLL local CARROLL")

qp("CB-Q1089", "2026-01-15 21:21:00", TOWSON, "Guest", "cdavies@students.towson.edu",
   "host not permitted",
   lib="Chris (Towson University)", t="""
p i clicked a link my professor posted and got "Host not permitted" from the proxy
l Hi! That means the database isn't set up in our proxy. Can you paste the link?
p https://proxy-tu.researchport.umd.edu/login?url=https://www.sciencedirect.com/journal/x
l Thanks! I'll report it so it gets added, and email you the article link that works.
""", label="= access none TOWSON local TOWSON")

qp("CB-Q1090", "2025-09-17 14:50:00", UMBC, "Guest", "lmartin4@umbc.edu",
   "ebook one user",
   lib="Beth (UMBC Library)", t="""
p the ebook for my class says "in use by another user", how is that possible
l Hi! Some ebooks are licensed for one user at a time.
p the whole class needs it
l I'll ask our acquisitions librarian to look at buying more access and email you.
""", label="= access none UMBC local UMBC")

qp("CB-Q1091", "2026-05-21 10:40:00", STEV, "Alumni", "tchambers.alum@gmail.com",
   "alumni databases",
   lib="Grace (Stevenson University Library)", t="""
p I graduated in 2023, can alumni still use the databases?
l Hi! Alumni have access to some resources. Let me check the current list.
p that would be great
l I'll email you what's available.
""", label="= policy none STEVENSON local STEVENSON")

qp("CB-Q1092", "2025-02-27 13:13:00", FROST, "Guest", "jschultz@frostburg.edu",
   "opioid stats",
   lib="Pam (Lewis J. Ort Library)", t="""
p i need stats on opioid overdose deaths in allegany county since 2015 for my soc paper
l Hi! Maryland's Department of Health publishes annual overdose reports by county.
p i found 2020 but not the older ones
l I'll find the older reports and email you.
""", label="= research none FSU local FSU")

qp("CB-Q1093", "2026-10-13 19:45:00", AACC, "Guest", "mtorres@aacc.edu",
   "canvas link",
   lib="Tom (AACC Truxal Library)", t="""
p the library link in my canvas course goes to a blank page
l Hi! Which course and which link?
p ENG 111, "Library Research Guide"
l Thanks, I'll report it to the librarian for that course and email you the working link.
""", label="= access none AACC local AACC")

qp("CB-Q1094", "2025-08-08 12:00:00", AUN, "Kels", "kelsey.dunn@example.com",
   "acotar hold",
   lib="Pat (AskUsNow!)", t="""
p how long is the wait for a court of thorns and roses on libby. it says 14 weeks?? i'm in elkridge
l Hi Kels! Popular titles can have long waits. Howard County might add copies.
p can u ask them
l I'll send this to Howard County so they can check.
""", label="= access none HCLS local HCLS")

qp("CB-Q1095", "2026-03-19 16:30:00", AUN, "Imani", "imani.w@example.com",
   "chain of custody",
   lib="Dana (AskUsNow!)", t="""
p i'm a forensic chem major at towson u and need sources on chain of custody errors in crime labs
l Hi Imani! Criminal Justice Abstracts and PubMed both have good articles.
p i cant log into them from my apartment
l Towson's library can help with that. I'll send this to them.
""", label="= research none TOWSON local TOWSON")

qp("CB-Q1096", "2025-10-22 17:17:00", AUN, "Laura", "laura.pryor@example.com",
   "louis braille biography",
   lib="Chris (AskUsNow!)", t="""
p my 3rd grader needs a biography of Louis Braille for a report. we live in Frederick
l Hi Laura! There are several kids' biographies. Frederick County has a few.
p can we get one this week
l I'll send this to Frederick County so they can set one aside or email you.
""", label="= research none FCPL local FCPL")

qp("CB-Q1097", "2026-03-08 01:57:00", AUN, "Guest", "sunil.r@example.com",
   "new resident card",
   lib="Alex (24/7 Cooperative)", t="""
p just moved to germantown, can i get a library card online tonight?
l Hi, I'm Alex, a backup librarian with the 24/7 Cooperative. Montgomery County offers an online card application.
p do i need anything
l Usually proof of address for full access. I'll have Montgomery County staff email you.
p it's 3am now?? my clock jumped
l Daylight saving time started. Good night!
""", label="= policy none MCPL local MCPL")

qp("CB-Q1098", "2025-05-14 14:14:00", AUN, "Anne", "anne.kiefer@example.com",
   "name change after divorce",
   lib="Frank (AskUsNow!)", t="""
p how do i change my name back after divorce. i live in frederick
l Hi Anne! It depends whether it was in the divorce decree. A law librarian can send you the forms.
p yes please
""", label="= research law FCPL law MSLL")

qp("CB-Q1099", "2026-08-25 12:12:00", AUN, "George", "george.mensah@example.com",
   "father's will",
   lib="Will (AskUsNow!)", t="""
p my father died in Baltimore County last year. I live in Florida. How do I get a copy of his will from the Register of Wills?
l Hi George, I'm sorry for your loss. Registers of Wills can send copies. A law librarian can help you find the estate.
p thank you
""", label="= research law - law MSLL")

qp("CB-Q1100", "2025-11-03 15:05:00", AUN, "Guest", "rsantos.md@example.com",
   "tagalog speakers",
   lib="Robin (AskUsNow!)", t="""
p how many people in maryland speak tagalog at home
l Hi! The Census Bureau's American Community Survey has language data by state.
p i found it but the table is confusing
l I'll pull the number and email it to you.
""", label="= research none - default AUN")

qp("CB-Q1101", "2026-01-21 11:00:00", AUN, "Vince", "vince.amato@example.com",
   "patent for invention",
   lib="Sam (AskUsNow!)", t="""
p how do i apply for a patent for a dog leash i invented
l Hi Vince! Are you a Maryland resident?
p the leash has a built in light
l Cool! The USPTO has an inventors' assistance center, and patent searching help is available. I'll pass this to a specialist.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1102", "2025-06-24 12:00:00", TOWSON, "Guest", "",
   "printing",
   lib="Sue (Towson University)", status="Answered", t="""
p how much is printing
l 10 cents a page for black and white.
p ok thx
""")

qp("CB-Q1103", "2026-04-16 10:10:00", AUN, "Martha", "martha.quill@example.org",
   "no follow up",
   lib="Jo (AskUsNow!)", t="""
p I asked here last week about old maps of Wicomico County farms and was told someone would email me within 72 hours. No one ever did. I live in Salisbury.
l I'm sorry, Martha. That should not have happened. I'll report the missed follow-up and make sure someone gets back to you.
p Thank you.
""", label="= research specialist WICOMICO quality QC")

qp("CB-Q1104", "2025-09-11 20:08:00", UMBC, "Guest", "jmwright@umbc.edu",
   "debt collector",
   lib="Ken (UMBC Library)", t="""
p i got court papers, a debt collector is suing me for an old credit card. what do i do
l That sounds stressful. I can't give legal advice, but there are free resources for people sued over debt in Maryland.
p please
l I'll have a law librarian email you with them. Don't miss the deadline on the papers.
""", label="= research law UMBC law MSLL")

qp("CB-Q1105", "2026-07-01 02:20:00", AUN, "Walt", "walt.bruner@example.com",
   "fines",
   lib="Pat (24/7 Cooperative)", t="""
p do i have fines? im in owings mills
l Hi Walt, I'm Pat. I'm a librarian at a university in Ohio, helping overnight, so I can't see Maryland accounts.
p oh ok
l Baltimore County Public Library went fine-free, but there may be fees for lost items. I'll have them check your account and email you.
""", label="= circulation none BCPL local BCPL")

qp("CB-Q1106", "2025-03-11 13:30:00", PRATT, "Shonda", "shonda.lee@example.com",
   "county residents",
   lib="Lee (Pratt Library)", t="""
p I live in Annapolis. Can I borrow from Pratt's central library or only my county library?
l Hi Shonda! Any Maryland resident can get a Pratt card.
p great, I'll come in
l I'll email you what to bring.
""", label="= policy none AACPL local AACPL")

qp("CB-Q1107", "2026-12-01 09:30:00", AUN, "Guest", "",
   "card blocked",
   lib="Kim (AskUsNow!)", t="""
p my card is blocked and i dont know why
l Hi! I can't see accounts, but your library can. What email can they reach you at?
p it's on my account
l I'll need it here to send the question on, sorry!
p never mind
""", label="- circulation none - no-email -")

qp("CB-Q1108", "2025-11-25 14:00:00", STEV, "Sarah", "sgoldberg@stevenson.edu",
   "captions on films",
   lib="Grace (Stevenson University Library)", t="""
p I'm hard of hearing and the streaming films for my class don't have captions. Is there a captioned version?
l Hi Sarah! Many Kanopy films have captions you can turn on with the CC button.
p this one doesn't
l I'll ask our media librarian to request a captioned version and email you.
""", label="= access none STEVENSON local STEVENSON")

qp("CB-Q1109", "2026-02-02 10:00:00", AACC, "Guest", "dmorris2@aacc.edu",
   "genealogy of morals",
   lib="Tom (AACC Truxal Library)", t="""
p need the Kaufmann translation of Genealogy of Morals for PHI 101, is there an ebook?
l Hi! We have it in print. Let me check for an ebook.
p print is fine if i can get it today
l I'll have circulation email you if it's on the shelf.
""", label="= circulation none AACC local AACC")

qp("CB-Q1110", "2025-08-13 15:45:00", AUN, "Curious", "tlamb.curious@example.com",
   "patent leather",
   lib="Chris (AskUsNow!)", t="""
p how do you clean patent leather shoes, got scuffs on my daughter's recital shoes
l Hi! Usually a damp cloth and a little petroleum jelly. Let me find a reliable guide.
p thx
l I'll email you a couple of links.
""", label="= research none - default AUN")

qp("CB-Q1111", "2026-09-29 12:40:00", AUN, "Ginny", "ginny.moreau@example.com",
   "messages not showing",
   lib="Dana (AskUsNow!)", t="""
p are my messages showing up? i've sent three
l I see this one only. I'm sorry!
p i was asking about ebooks for my kindle. i live in reisterstown
s Connection lost. Attempting to reconnect...
l I'll report the connection problem and have Baltimore County staff email you about the Kindle.
""", label="= access none BCPL quality QC")

qp("CB-Q1112", "2025-04-10 14:25:00", FROST, "Ellis", "ebarnes@frostburg.edu",
   "college history",
   lib="Pam (Lewis J. Ort Library)", t="""
p i'm writing about Frostburg when it was State Normal School No. 2, need old catalogs or photos
l Hi Ellis! Our archives have some. I'll pass this to our archivist so they can follow up with what's available.
""", label="= research specialist FSU local FSU")

qp("CB-Q1113", "2025-07-09 16:20:00", AUN, "Guest", "dani.ocampo@example.com",
   "dc resident",
   lib="Robin (AskUsNow!)", t="""
p i live in DC, can i get a maryland library card? want to borrow Howard Zinn's A People's History as an ebook, the DC library wait is forever
l Hi! Some Maryland systems give cards to people who work or go to school in the county; others have non-resident cards.
p i work in silver spring if that matters
l It might. I'll have someone check and email you the options.
""", label="= policy none - default AUN")

qp("CB-Q1114", "2026-02-11 10:30:00", AUN, "Marge", "marge.hooper@example.com",
   "renew",
   lib="Sam (AskUsNow!)", t="""
p I need to renew 3 books. I live in Prince Frederick.
l Hi Marge! Calvert Library can renew those. I'll send your request over.
p Thank you hon
""", label="= circulation none CALVERT local CALVERT")

qp("CB-Q1115", "2025-10-10 13:50:00", AUN, "Theo", "theo.marchetti@example.com",
   "annotated alice",
   lib="Jo (AskUsNow!)", t="""
p looking for The Annotated Alice, the Lewis Carroll one with Martin Gardner notes. i live in baltimore city off harford road
l Hi Theo! Pratt has it. Which branch is closest, Hamilton?
p yeah hamilton
l I'll ask Pratt staff to place a hold there for you.
""", label="= circulation none EPFL local EPFL")

qp("CB-Q1116", "2026-11-05 21:05:00", UMBC, "Guest", "kobe.adeyemi@umbc.edu",
   "free will sources",
   lib="Ken (UMBC Library)", t="""
p need sources for a paper on free will vs determinism, PHIL 100, 5 sources
l Hi! The Stanford Encyclopedia of Philosophy is a great start, then PhilPapers for articles.
p can u send a couple specific ones
l Sure, I'll email you a short list.
""", label="= research none UMBC local UMBC")

qp("CB-Q1117", "2025-01-07 14:40:00", AUN, "Ian", "ian.pemberton@example.com",
   "essex ancestors",
   lib="Will (AskUsNow!)", t="""
p My ancestors came from Essex, England in the 1840s and settled in Maryland. I live in Rockville. Where can I find passenger lists and English parish records?
l Hi Ian! English parish records are on FindMyPast and FamilySearch. Passenger lists before 1850 are patchy.
p I've hit a brick wall with the ship
l Your library's genealogy staff can help you go further. I'll send this to them.
""", label="= research specialist MCPL local MCPL")

qp("CB-Q1118", "2026-06-24 15:00:00", AUN, "Wanda", "wanda.tillman@example.com",
   "obituary 1950s",
   lib="Terry (AskUsNow!)", t="""
p I'm in Houston. My great uncle died in Baltimore in 1957. I'd like a copy of his obituary from the Sun.
l Hi Wanda! The Sun's historical archive covers 1957. Do you know the date?
p only the year and maybe the month, March
l I'll pass this to a genealogy specialist who can search the obituaries for you.
""", label="= research specialist - specialist EPFL")

qp("CB-Q1119", "2025-03-20 17:35:00", AUN, "4105550199", "",
   "is my book in",
   lib="Kim (AskUsNow!)", t="""
p is my book in yet
l Hi! Which book, and which library?
p the new james patterson. txt me back
l I can't text from here. Could you give an email?
p just txt
s Patron has left the session.
""", label="- circulation none - no-email -")

qp("CB-Q1120", "2026-08-26 11:25:00", AUN, "Eileen", "eileen.cho@example.com",
   "wheelchair access",
   lib="Pat (AskUsNow!)", t="""
p is the Glen Burnie library wheelchair accessible? my husband uses a wheelchair now and we want to go to the author talk
l Hi Eileen! Most branches are accessible. I'll confirm with Anne Arundel County about entrances and parking.
p we live right by it
l I'll have them email you.
""", label="= policy none AACPL local AACPL")

qp("CB-Q1121", "2025-12-11 19:05:00", TOWSON, "Guest", "",
   "ill status",
   lib="Chris (Towson University)", t="""
p has my interlibrary loan come in
l Hi! I can't see ILL accounts from chat. Can I get your email so ILL staff can check?
p ill chat back later
""", label="- access none TOWSON no-email -")

qp("CB-Q1122", "2026-03-26 12:15:00", AUN, "Dwight", "dwight.k@example.com",
   "sanborn maps",
   lib="Chris (AskUsNow!)", t="""
p I'm in Martinsburg, West Virginia. I'm researching the history of a building in downtown Hagerstown, looking for Sanborn fire insurance maps from 1900 to 1930.
l Hi Dwight! The Library of Congress has many Sanborn maps online, and some libraries have more.
p LOC is missing 1917
l I'll refer this to a map specialist to follow up.
""", label="= research specialist - specialist EPFL")

# === QP CHATS ABOVE ===

# ---------------------------------------------------------------------------------------------
# Tickets
# ---------------------------------------------------------------------------------------------

tk("CB-T2001", "2025-02-11 10:14:00", AUN, "Dorothy Kemper", "dkemper1941@verizon.net",
   "Books for someone who can't get out",
   lib="Librarian (Sue, AskUsNow!)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p Good morning. I am 83 years old and live in Towson. My eyes are not what they were, the doctor says macular degeneration, and I can no longer drive to the library. Is there any service that brings books to people like me? Regular print is too small now even with my glasses.
l Good morning Dorothy, I'm Sue. I'm sorry to hear about your eyes. There are a few options. Some libraries deliver to homebound patrons, and there is a free state service that mails audio books and large print.
p Oh that would be wonderful. I don't know how to do the computer part very well. My neighbor helped me get on here.
l That's alright. I'm going to pass your question along so someone can email you the details and the application. Is the email on this ticket the best one?
p Yes. Thank you dear.
""", label="= policy print-disability BCPL print-disability LBPH")

tk("CB-T2002", "2025-05-06 14:40:00", AUN, "Greg Palmer", "gpalmer.annapolis@gmail.com",
   "talking books for my dad",
   lib="Librarian (Will, AskUsNow!)", t="""
p Hi, I take care of my father who is 88 and lives with us in Annapolis. He was a big reader but he has dementia now and also can't focus on print. Someone at his doctor's office mentioned "talking books". Who qualifies for that and how do we sign him up?
l Hi Greg, I'm Will. The talking book program is for people who can't read standard print because of a visual, physical or reading disability. A doctor or other professional usually certifies the application.
p Would dementia count or is it only for blind people
l That's a good question for the program itself. I'll send this to them so they can email you about eligibility.
p Great, thank you
""", label="= policy print-disability AACPL print-disability LBPH")

tk("CB-T2003", "2025-07-02 16:05:00", PRATT, "Anonymous", "k.fairley@example.com",
   "complaint",
   lib="Librarian (Jo, Enoch Pratt Free Library)", t="""
p I was on this chat yesterday asking about my hold and the person was very rude to me. She told me to "read the website" and then she ended the chat before I was done typing. I have been a library user for 40 years and I have never been treated like that.
l I'm very sorry about your experience. That's not how we want anyone to be treated. Do you remember about what time it was?
p Around 3 in the afternoon.
l Thank you. I'm going to report this so it can be looked into, and someone will contact you.
""", label="= other none - quality QC")

tk("CB-T2004", "2026-01-08 11:22:00", AUN, "Rosa Hernández", "rosa.hernandez72@hotmail.com",
   "renovar libros",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Hola buenas tardes. Necesito renovar mis libros pero no sé cómo hacerlo en la página. Vivo en Silver Spring. Mis libros vencen el sábado.
l ¡Hola Rosa! Soy Ana. Con gusto le ayudo. ¿Tiene su número de tarjeta de la biblioteca?
p Sí pero no la tengo aquí ahora, está en mi casa.
l No hay problema. Voy a enviar su pregunta a la biblioteca del condado de Montgomery y le van a escribir por correo electrónico.
p Muchas gracias señorita
""", label="= circulation none MCPL local MCPL")

tk("CB-T2005", "2025-10-21 19:47:00", AUN, "Vernice Tolliver", "vtolliver@example.net",
   "grandchildren custody",
   lib="Librarian (Chris, AskUsNow!)", t="""
p Hello. I have been raising my two grandchildren since their mother went into rehab two years ago. She wants them back now and I don't think she is ready. I live in Waldorf. I need to know what my rights are as a grandmother and whether I can file for custody myself without a lawyer because I can't afford one. I am not good with computers so please be patient with me.
l Hi Vernice, I'm Chris. Of course, take your time. I'm not able to give legal advice, but there is help for people representing themselves in custody cases in Maryland.
p Where do I go for that
l There are court Help Centers and the law library has librarians who can find the right forms and information for you. I'll have a law librarian email you.
p Thank you so much. God bless.
""", label="= research law CHARLES law MSLL")

tk("CB-T2006", "2026-03-17 13:10:00", AUN, "Paul Ostrowski", "postrowski@comcast.net",
   "chat keeps freezing",
   lib="Librarian (Kim, AskUsNow!)", t="""
p I am trying to ask about downloading e-books to my new Kindle and this chat has frozen twice now and I lost everything I typed. Very frustrating.
l I'm so sorry Paul. I can see your messages now. What library card do you use with your Kindle?
s Connection lost. Attempting to reconnect...
p It did it again. I give up with this chat. Please just email me.
l I will, and I'm reporting the connection problem too.
""", label="= access none - quality QC")

tk("CB-T2007", "2025-09-09 10:02:00", HOWARD, "Sandra Lyle", "sandra.lyle@example.org",
   "dog chewed library book",
   lib="Librarian (Maria, Howard County Library System)", t="""
p Well this is embarrassing. Our new puppy chewed up the corner of a library book, "The Very Hungry Caterpillar" board book. What do I do? Do I have to pay for it?
l Hi Sandra! It happens more than you'd think. Usually you'd pay the replacement cost, but staff can look at it.
p Should I bring it in or just pay online
l Let me have our circulation team email you with the amount and the options.
""", label="= circulation none HCLS local HCLS")

tk("CB-T2008", "2025-12-02 09:31:00", AUN, "Eleanor Fitch", "efitch@example.com",
   "husband's will",
   lib="Librarian (Frank, AskUsNow!)", t="""
p My husband passed away in October. He had a will that we made years ago with a lawyer who has since retired. I live in Cumberland. Do I need to take the will to the courthouse? Someone told me about probate but I don't understand it. I'm sorry if this is the wrong place to ask.
l Hi Eleanor, I'm very sorry for your loss. You're in the right place to ask where to find information. In Maryland, wills are filed with the Register of Wills in the county.
p Is that in Cumberland
l Allegany County's Register of Wills is in Cumberland, yes. A law librarian can send you more detailed information about the steps. I'll ask one to email you.
p Thank you, that would help a great deal.
""", label="= research law ALLEGANY law MSLL")

tk("CB-T2009", "2025-06-16 15:15:00", AUN, "Will Hendricks", "willhendricks47@aol.com",
   "buying a book",
   lib="Librarian (Sue, AskUsNow!)", t="""
p Hello my name is Will. My granddaughter just had her first book published, a mystery novel called "The Quiet Orchard" by Abby Hendricks. Will the library buy a copy? I live in Westminster. I will happily donate one if that is easier.
l Hi Will, congratulations to your granddaughter! Most libraries take purchase suggestions, and some accept donations of new books.
p How do I suggest it
l I'll send your message to Carroll County Public Library so they can tell you about their suggestion form and donations.
""", label="= policy none CARROLL local CARROLL")

tk("CB-T2010", "2026-02-24 11:50:00", AUN, "Lorraine B.", None,
   "renew",
   lib="Librarian (Pat, AskUsNow!)", t="""
p I need to renew the books I have out. I live in Bowie. I don't use email, can somebody call me at 301-555-0143 please.
l Hi Lorraine. We can only follow up by email from this service, but you can call your branch directly to renew.
p I don't have email. I will call them.
l The Bowie branch number is on the Prince George's County library website, or I can find it for you now.
p Yes please
l Here it is: the number is on your library card too. Have a good day!
""", label="- circulation none PGCMLS no-email -")

tk("CB-T2011", "2025-04-01 20:00:00", AUN, "Margaret Quinlan", None,
   "Family in Kent County",
   lib="Librarian (Terry, AskUsNow!)", t="""
p Good evening. I live in Lancaster, Pennsylvania but my mother's family, the Usilton family, were farmers in Kent County Maryland near Chestertown back to the 1700s. I am trying to find church records and any land records. Where would I start?
l Good evening Margaret! Kent County has a rich history. Church records are often held by the churches themselves or by the state archives, and land records are at the Maryland State Archives' online site mdlandrec.
p I tried the land records site and it asked me to register, and the old deeds are hard to read
l Yes, the handwriting can be a challenge. This would be a great question for a genealogy specialist. May I have your email address?
p margaret(at)example(dot)org - I don't put it on forms anymore because of spam
l Thanks, I'll pass this on and someone will follow up with you.
""", label="margaret@example.org research specialist - specialist EPFL", written=True)

tk("CB-T2012", "2025-08-14 12:06:00", PRATT, "Juan Carlos", "jc.morales@example.com",
   "desalojo",
   lib="Librarian (Lee, Enoch Pratt Free Library)", t="""
p Buenas tardes, mi casero me dio una carta que dice que tengo 30 días para salir del apartamento. Vivo en Highlandtown con mis hijos. ¿Puede hacer eso? Siempre pago la renta.
l Hola Juan Carlos. Lo siento mucho. No puedo dar consejo legal, pero puedo buscar información sobre los derechos de los inquilinos en Maryland.
p Sí por favor, y en español si es posible
l Voy a pedir a un bibliotecario de la biblioteca de derecho que le escriba con información y recursos en español.
""", label="= research law EPFL law MSLL")

tk("CB-T2013", "2026-05-05 09:20:00", AUN, "Harriet", "harriet.lowe@example.net",
   "words too small",
   lib="Librarian (Dana, AskUsNow!)", t="""
p CAN YOU MAKE THE WORDS BIGGER ON THIS I HAVE LOW VISION
l Hi Harriet! You can make the text bigger in your browser by holding Ctrl and pressing +.
p THANK YOU THAT IS BETTER. I ALSO WANT TO READ BOOKS ON MY IPAD BUT THE LETTERS ARE SO SMALL IN THE LIBBY
l In Libby you can tap the letter A at the top of the book to change the size. There are also audiobooks and a service for people with low vision that mails books.
p I WOULD LIKE TO KNOW MORE ABOUT THAT SERVICE
l I'll have them email you.
""", label="= access print-disability - print-disability LBPH")

tk("CB-T2014", "2025-11-25 14:30:00", AUN, "R. Whitfield", "rwhitfield@example.org",
   "magnifier",
   lib="Librarian (Chris, AskUsNow!)", t="""
p Do the library computers have screen magnifier software? I have glaucoma and need things enlarged a lot. I live in Easton.
l Hi! Many libraries have ZoomText or the built-in magnifier. I'm not sure about Talbot County's computers.
p Also do they have large print books there
l They likely do. I'll send this on so someone can answer both questions for you.
""", label="= policy print-disability TALBOT print-disability LBPH")

tk("CB-T2015", "2026-04-14 10:45:00", BALTCO, "Frank Gioia", "frank.gioia@example.com",
   "no one got back to me",
   lib="Librarian (Tasha, Baltimore County Public Library)", t="""
p I chatted with you people last Tuesday about a hold that disappeared from my account and the lady said someone would email me within 72 hours. It has been a week and nobody has emailed me. This is not good service.
l Hi Frank, I'm sorry nobody followed up. That's not what should happen. Do you remember the title of the hold?
p Killers of the Flower Moon. Large type edition.
l Thank you. I'll flag the missed follow-up and make sure someone from circulation emails you about the hold.
""", label="= circulation none BCPL quality QC")

tk("CB-T2016", "2025-07-29 11:11:00", AUN, "Deb", "debra.sowers@example.com",
   "notary",
   lib="Librarian (Robin, AskUsNow!)", t="""
p Is there a notary at the library? I live in Bel Air and need a car title notarized to sell my late father's car
l Hi Deb! Some libraries have notaries on certain days. I'm not sure about Harford County's branches.
p do I need an appointment
l Often yes. I'll send this to Harford County Public Library so they can email you.
""", label="= other none HARFORD local HARFORD")

tk("CB-T2017", "2025-12-30 16:25:00", AUN, "Janet Coyle", "janet.coyle@gmail.com",
   "audiobooks for my mom",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p Hi, my mother is 91 and in assisted living in Pikesville. Her eyesight is very poor now and she can't read her large print books anymore. She loved mysteries. Is there a way to get her audiobooks on CD or a simple player? She can't use a smartphone. I live in Hunt Valley and visit her every weekend.
l Hi Janet, yes! There's a free program that mails a simple digital talking book player and books to people who can't read regular print. It sounds like it would suit your mom well.
p That sounds perfect. How do we apply?
l I'll send your question to the program so they can email you the application.
""", label="= policy print-disability BCPL print-disability LBPH")

tk("CB-T2018", "2026-06-23 18:30:00", AUN, "Kyle", "kyle.thurmont.players@gmail.com",
   "script for musical",
   lib="Librarian (Sam, AskUsNow!)", t="""
p hi, our community theater in Thurmont is doing Legally Blonde the musical next spring. can we get a copy of the script and score thru interlibrary loan to read before we pay for the rights
l Hi Kyle! Fun show. Performance scripts are sometimes lendable and sometimes not. Interlibrary loan is done through your home library.
p i have a frederick county library card
l Great, I'll send this to Frederick County Public Libraries so they can try the ILL for you.
""", label="= access none FCPL local FCPL")

tk("CB-T2019", "2025-03-18 13:13:00", AUN, "Herb", "herbert.pyles@verizon.net",
   "Lincoln Lawyer CD",
   lib="Librarian (Pat, AskUsNow!)", t="""
p Do you have The Lincoln Lawyer by Michael Connelly on CDs for the car? I drive a lot for work. I go to the La Plata library.
l Hi Herb! Let me check. Charles County shows it on CD, but it's checked out right now.
p Can you put me on the list
l I can't place holds from here. I'll send your request to Charles County library staff to place it for you.
p Thanks
""", label="= circulation none CHARLES local CHARLES")

tk("CB-T2020", "2025-10-07 15:00:00", AUN, "Patricia Nevins", "pnevins@example.org",
   "book club copies",
   lib="Librarian (Jo, AskUsNow!)", t="""
p I live in Chestertown and our book club chose "Blindness" by José Saramago for January. We have 10 members. Can we borrow a set of copies? I've heard some libraries have book club kits.
l Hi Patricia! Many libraries do. I'm not certain Kent County has that title as a kit.
p Could they borrow from another library?
l Possibly. I'll send this to Kent County Public Library so they can email you.
""", label="= circulation none KENT local KENT")

tk("CB-T2021", "2026-07-07 23:40:00", AUN, "xx", "throwaway8812@gmail.com",
   "",
   lib="Librarian (Morgan, 24/7 Cooperative)", t="""
p u people are useless
l Hi, I'm Morgan, a librarian with the 24/7 Cooperative. How can I help?
p help me by shutting up [profanity removed]
l I'm here if you have a question. Please keep the chat respectful.
p [profanity removed] [profanity removed] what's ur home address
l I'm ending this chat now. This session will be reported.
""", label="= other none - quality QC")

tk("CB-T2022", "2026-01-29 02:35:00", AUN, "Irene Calloway", "irene.calloway@example.com",
   "tax forms",
   lib="Librarian (Dana, 24/7 Cooperative)", t="""
p I know it is late. I can't sleep. My husband always did our taxes and he passed in the spring. Does the library have tax forms and is there anyone there who helps with them? I live in Ocean Pines.
l Hi Irene, I'm Dana, a librarian with the 24/7 Cooperative. I'm so sorry about your husband. Many libraries have forms and some host free tax help (AARP Tax-Aide) in February to April.
p That would be a blessing
l I'll ask Worcester County Library to email you about their tax help dates.
""", label="= other none WORCESTER local WORCESTER")

tk("CB-T2023", "2025-06-03 10:50:00", AUN, "Joan Przybylski", "joan.przybylski@example.net",
   "Sparrows Point",
   lib="Librarian (Will, AskUsNow!)", t="""
p Hello, my late husband worked at the Sparrows Point steel mill for 31 years. I'm writing a little family history for my grandchildren. I live in York, Pennsylvania now. Are there photographs or records of the workers, or old company newsletters?
l Hi Joan, what a lovely project. Bethlehem Steel's records are in a few archives, and some local history collections have photographs.
p I don't know where to begin
l I'll pass this to a local history specialist who can follow up with you by email.
""", label="= research specialist - specialist EPFL")

tk("CB-T2024", "2025-09-23 14:05:00", AUN, "Marcus Wedding", "mwedding@example.com",
   "grandmother's farm deed",
   lib="Librarian (Terry, AskUsNow!)", t="""
p Hi. My grandmother had a farm in Garrett County in the 1940s, near Grantsville. I want to find the old deed and see who owned it before her. I live in Hyattsville. Is that something the library can help with?
l Hi Marcus! Yes, land records can be searched online at mdlandrec.net, and older deeds are indexed by name.
p I don't know the book and page
l Your local library can help you work through the indexes. I'll send this to Prince George's County library.
""", label="= research specialist PGCMLS local PGCMLS")

tk("CB-T2025", "2025-08-01 12:00:00", AUN, "Guest", None,
   "hours",
   lib="Librarian (Kim, AskUsNow!)", status="Answered", t="""
p what time does the rockville library open sunday
l Hi! Rockville Memorial is open 1-5 on Sundays.
p thanks
""")

tk("CB-T2026", "2026-02-10 17:20:00", AUN, "Lucía", "lucia.fuentes@example.com",
   "libros en audio",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Hola. Mi esposo tiene diabetes y ya casi no puede ver. Antes leía mucho. ¿Hay libros en audio en español para él? Vivimos en Langley Park.
l Hola Lucía. Sí, hay un programa gratuito del estado que envía libros en audio, también en español, a personas que no pueden leer la letra impresa.
p ¿Cómo lo pedimos?
l Voy a enviar su pregunta al programa y le van a escribir por correo electrónico con la solicitud.
""", label="= policy print-disability PGCMLS print-disability LBPH")

tk("CB-T2027", "2025-04-29 09:40:00", HOWARD, "Alan Reyes", "areyes@example.org",
   "meeting room for nonprofit",
   lib="Librarian (Maria, Howard County Library System)", t="""
p Good morning. I volunteer with a small nonprofit that helps refugee families. Can we reserve a meeting room at the library once a month? Is there a fee for nonprofits?
l Good morning Alan! Yes, nonprofits can reserve rooms. I'll have our room booking staff email you the policy and the form.
""", label="= policy none HCLS local HCLS")

tk("CB-T2028", "2026-08-04 13:33:00", AUN, "Tina", "tina.gallo@example.com",
   "blind side dvd",
   lib="Librarian (Robin, AskUsNow!)", t="""
p does the library have The Blind Side on dvd? want to watch it with my kids this weekend. we live in severna park
l Hi Tina! Anne Arundel County Public Library has it, a few copies. Would you like a hold placed at Severna Park?
p yes please
l I'll send the request so staff can place it and email you.
""", label="= circulation none AACPL local AACPL")

tk("CB-T2029", "2025-11-06 20:20:00", AUN, "Gerald Simms", "gsimms@example.net",
   "audiobook stops",
   lib="Librarian (Priya, AskUsNow!)", t="""
p I'm listening to Talking to Strangers by Malcolm Gladwell on the Libby app and it stops playing every 5 minutes. I have to keep pressing play. I'm in Germantown.
l Hi Gerald, that sounds annoying. Is your phone going to sleep or is the app crashing?
p I don't know how to tell
l No problem. I'll have Montgomery County library staff email you some steps to try.
""", label="= access none MCPL local MCPL")

tk("CB-T2030", "2026-09-15 22:05:00", AUN, "M", "safe.m2026@proton.me",
   "protective order",
   lib="Librarian (Chris, AskUsNow!)", t="""
p how do i get a protective order against my ex. he keeps showing up at my job. i dont want to say where i live
l I'm sorry you're dealing with this. You don't need to tell me where you live. If you're in danger right now, please call 911.
p im safe right now
l Protective orders are filed with the District Court, and the court has forms online. I'll have a law librarian email you with the steps and the help available.
""", label="= research law - law MSLL")

tk("CB-T2031", "2025-05-13 12:45:00", AUN, "Barbara", "barb.kwiatkowski@example.org",
   "thank you to Sue",
   lib="Librarian (Jo, AskUsNow!)", t="""
p I chatted with a librarian named Sue yesterday and she was so kind and patient with me. Please tell her thank you. She said she would send me a list of cozy mystery series but I didn't get it yet.
l Hi Barbara! That's lovely to hear. I'll pass on your thanks. Do you remember about what time you chatted?
p In the morning
l I'll send this on so the list gets to you.
""", label="= other none - default AUN")

tk("CB-T2032", "2026-03-08 03:30:00", AUN, "Hoa Nguyen", None,
   "diabetic diet",
   lib="Librarian (Morgan, 24/7 Cooperative)", t="""
p I look for information on diet for old person with diabetes, my mother is 78 and she is from Vietnam so she eat a lot of rice. We live in Rockville.
l Hi Hoa, I'm Morgan. MedlinePlus has good information on diabetes and diet, and some of it is in Vietnamese.
p that is good. can you send to my email, h.nguyen @ example . org
l Yes, I'll have someone send you a list of sources.
""", label="h.nguyen@example.org research none MCPL local MCPL", written=True)

tk("CB-T2033", "2025-10-28 11:58:00", AUN, "Betty Jo Harmon", None,
   "lost library card",
   lib="Librarian (Pat, AskUsNow!)", t="""
p I lost my library card at the grocery store. How do I get a new one. I live in Salisbury.
l Hi Betty Jo! Wicomico Public Library can replace it, sometimes there's a small fee. What email should they use?
p bettyjo.harmon@gmial.com
p oops i mean bettyjo.harmon@gmail.com
l Got it, thanks!
""", label="bettyjo.harmon@gmail.com circulation none WICOMICO local WICOMICO")

tk("CB-T2034", "2026-05-19 15:25:00", PRATT, "Ada", "ada.m.pierce@gmail.com",
   "museum passes",
   lib="Librarian (Lee, Enoch Pratt Free Library)", t="""
p hi does the library still do the free museum passes? like for the aquarium or the BMA?
l Hi Ada! There is a museum pass program. The list of museums changes each year.
p who can use them
l I'll get the current details and eligibility emailed to you.
""", label="= policy none - default AUN")

tk("CB-T2035", "2025-01-28 19:00:00", AUN, "Rhonda", "rhonda.k.baker@gmail.com",
   "out of state card",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p I live in Ohio but I work remotely for a company in Maryland. Can I get a Maryland library card for ebooks?
l Hi Rhonda! Some Maryland systems offer cards to people who work or pay taxes in the county, and some have paid non-resident cards.
p which ones
l I'll look into it and someone will email you a list.
""", label="= policy none - default AUN")

tk("CB-T2036", "2025-08-26 10:30:00", AUN, "Walter Crane", "wcrane1950@example.com",
   "scanning",
   lib="Librarian (Kim, AskUsNow!)", t="""
p I need to scan some old photographs and email them to my cousin. Does the library have a scanner I can use?
l Hi Walter! Most libraries do. Are you still there?
p yes I was typing, I type slowly
l Are you still there? I haven't heard from you.
s The librarian has ended the chat.
s Patron has started a new chat.
p The librarian closed the chat on me while I was typing. Not very nice. I still want to know about the scanner.
l I'm sorry about that. I'll report what happened and make sure someone emails you about the scanner.
""", label="= other none - quality QC")

tk("CB-T2037", "2026-10-20 14:10:00", FRED, "Linda Grove", "lgrove@example.net",
   "guardianship",
   lib="Librarian (Beth, Frederick County Public Libraries)", t="""
p My son is 17 and has autism and an intellectual disability. When he turns 18 I've been told I need guardianship to keep making medical decisions for him. How does that work in Maryland? Do I need a lawyer?
l Hi Linda, that's an important question. Adult guardianship goes through the circuit court. There are alternatives too, like supported decision-making.
p I had no idea. Where can I read about it
l I'll have a law librarian follow up with you with guides and the court forms.
""", label="= research law FCPL law MSLL")

tk("CB-T2038", "2025-03-04 21:15:00", AUN, "Denise Carter", "denise.carter64@gmail.com",
   "son can't get into databases",
   lib="Librarian (Sam, AskUsNow!)", t="""
p My son is a freshman at Towson University and he's been trying all week to get into the databases from our house to do his English paper. He says it keeps saying access denied. He asked me to ask because he's at work. Can you help?
l Hi Denise! Off-campus access usually works through the university login. Does he use his Towson NetID?
p I assume so. I don't know what that is honestly
l That's ok. Please have him contact the Towson library directly, or he can chat with us himself. I'll send some general steps to your email.
""", label="= access none - default AUN")

tk("CB-T2039", "2025-12-16 10:00:00", AUN, "Ruth Marsh", "ruth.marsh@example.org",
   "arthritis books",
   lib="Librarian (Will, AskUsNow!)", t="""
p Good morning. I am 82 and have bad arthritis in my hands. I cannot hold a book or turn the pages anymore. I read every day of my life. My niece says there is a talking book program. How do I sign up for it? Do I have to be blind?
l Good morning Ruth! You don't have to be blind. People who can't hold a book or turn pages because of a physical disability qualify too.
p Oh that is good news!
l I'll send your question on so they can email you the application.
""", label="= policy print-disability - print-disability LBPH")

tk("CB-T2040", "2026-04-28 12:20:00", AUN, "Curtis", "curtis.l.ward@example.com",
   "parking at central library",
   lib="Librarian (Terry, AskUsNow!)", t="""
p Driving up from Virginia on Saturday to see the Poe collection at the Central Library on Cathedral Street. Where can I park?
l Hi Curtis! There are garages nearby and some street parking. The Poe materials may need an appointment, too.
p oh good to know
l I'll have someone email you the parking info and how to make the appointment.
""", label="= other none - default AUN")

tk("CB-T2041", "2025-02-25 13:50:00", AUN, "Shawn Ridenour", "sridenour77@gmail.com",
   "resume help",
   lib="Librarian (Priya, AskUsNow!)", t="""
p does the library help people with resumes? i got laid off from the warehouse and havent done a resume in 20 yrs. im in hagerstown
l Hi Shawn, sorry about the job. Many libraries offer job help and computer classes. Washington County Free Library may have drop-in help.
p that would be great
l I'll send this to them so they can email you what they offer.
""", label="= policy none WCFL local WCFL")

tk("CB-T2042", "2026-06-02 16:44:00", AUN, "Nancy", "nancy.ferrante@example.com",
   "print from home",
   lib="Librarian (Kim, Montgomery County Public Libraries)", t="""
p can i print something from my computer at home and pick it up at the library?
l Hi Nancy, I'm Kim with Montgomery County Public Libraries. Many systems offer remote printing. Which library do you go to?
p whichever is closest lol
l Ha! Where are you located?
p I'll figure it out, just email me how it usually works
l Sure, someone will follow up.
""", label="= other none - default AUN")

tk("CB-T2043", "2025-02-18 19:30:00", AUN, "Loretta Young-Briscoe", "lyoungbriscoe@example.net",
   "ancestors St. Mary's",
   lib="Librarian (Chris, AskUsNow!)", t="""
p Good evening. I live in Lexington Park. My ancestors were enslaved on a plantation near Leonardtown before the Civil War. I have names from the 1870 census but nothing earlier. Are there records from before 1870 that might name them?
l Good evening Loretta. Research before 1870 often relies on records of the enslavers: wills, estate inventories, and land and tax records. The Freedmen's Bureau records can help too.
p I have not tried Freedmen's Bureau
l It's a good next step. Your local library's genealogy staff can help in depth. I'll send this to them.
""", label="= research specialist SMCLD local SMCLD")

tk("CB-T2044", "2025-07-08 14:00:00", AUN, "Mr. Abernathy", "no email",
   "will question",
   lib="Librarian (Frank, AskUsNow!)", t="""
p My grandson set me up on this. I want to change my will to leave my house to my granddaughter. Can I do that myself or does it have to be a lawyer?
l Hi Mr. Abernathy. In Maryland you can write your own will, but it has to meet certain requirements. A law librarian could send you guides. Do you have an email address?
p No I don't have one. My grandson does my email but I don't have one.
l Ok. You can call the law library's phone line for help too.
""", label="- research law - no-email -")

tk("CB-T2045", "2026-11-10 11:15:00", HARF, "Colleen", "colleen.obrien@example.com",
   "charged for returned book",
   lib="Librarian (Mike, Harford County Public Library)", t="""
p I returned a book at the Abingdon drop box 2 weeks ago and now my account says it's lost and I owe $28. I definitely returned it!
l Hi Colleen, I'm sorry about that. Sometimes items get stuck or misplaced. Staff can search the shelves.
p ok thank you
l I'll have circulation email you after they look.
""", label="= circulation none HARFORD local HARFORD")

tk("CB-T2046", "2025-05-20 18:10:00", AUN, "Yesenia Cruz", "yesenia.cruz81@gmail.com",
   "custodia de mis hijos",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Buenas noches. Mi esposo y yo nos estamos separando y él dice que se va a llevar a los niños a El Salvador. Yo quiero pedir la custodia. Vivimos en Hyattsville. No tengo dinero para un abogado. ¿Dónde busco los formularios? ¿Están en español?
l Buenas noches Yesenia. Lo siento mucho. No puedo dar consejo legal, pero sí hay formularios y centros de ayuda de los tribunales de Maryland, y algunos están en español.
p Gracias a Dios. ¿Me puede mandar la información?
l Sí. Voy a pedir a un bibliotecario de la biblioteca de derecho que le escriba por correo electrónico.
""", label="= research law PGCMLS law MSLL")

tk("CB-T2047", "2026-02-03 15:30:00", AUN, "Esteban", "esteban.paz@example.com",
   "multa en mi cuenta",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Hola. Tengo una multa en mi cuenta de 15 dólares por un DVD que devolví tarde. No puedo sacar más libros. Vivo en Wheaton. ¿Puedo pagar por internet?
l ¡Hola Esteban! En muchas bibliotecas se puede pagar en línea. Voy a pedir a la biblioteca del condado de Montgomery que le escriba con los detalles de su cuenta.
p Gracias
""", label="= circulation none MCPL local MCPL")

tk("CB-T2048", "2025-09-16 11:45:00", AUN, "Carmen", "carmen.aguilar@example.org",
   "tarjeta sin licencia",
   lib="Librarian (Kim, AskUsNow!)", t="""
p Hola, quiero sacar una tarjeta de la biblioteca para mis hijos y para mí. No tengo licencia de manejar. ¿Qué papeles necesito? Vivo en Essex.
l Hola Carmen. I'm sorry, my Spanish is limited. You can usually use a bill or a lease with your address. Baltimore County can tell you exactly.
p ok thank you. en español por favor si se puede
l Yes, I'll ask them to email you in Spanish.
""", label="= policy none BCPL local BCPL")

tk("CB-T2049", "2026-06-30 13:20:00", AUN, "Don Rafael", None,
   "libros grandes",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Hola, mi vecina me ayuda a escribir. Quiero saber si hay libros de letra grande en español en la biblioteca de Langley Park.
l ¡Hola! Sí, hay algunos. ¿Tiene correo electrónico para que la biblioteca le conteste?
p No tengo correo. Voy a ir a la biblioteca.
l Muy bien. Que tenga buen día.
""", label="- circulation print-disability PGCMLS no-email -")

tk("CB-T2050", "2025-12-04 10:25:00", AUN, "Guadalupe", "lupe.serrano@example.com",
   "braille en español",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Hola, mi mamá es ciega desde hace muchos años y lee braille. Vive conmigo en Columbia, Maryland. ¿Hay libros en braille en español que pueda pedir prestados?
l ¡Hola Guadalupe! Sí, hay un servicio gratuito del estado para personas ciegas que presta libros en braille y en audio, también en español.
p Qué bueno. ¿Cómo la inscribo?
l Voy a enviar su pregunta al servicio para que le escriban con la solicitud.
""", label="= policy print-disability HCLS print-disability LBPH")

tk("CB-T2051", "2026-04-21 09:50:00", AUN, "Karen Dietz", "karen.dietz@example.net",
   "power of attorney for mom",
   lib="Librarian (Will, AskUsNow!)", t="""
p Hello. My mother has early Alzheimer's and her doctor said we should get a power of attorney set up while she can still sign. I live in Bel Air and she lives with me. Are there standard Maryland forms? Does it have to be notarized? I'm overwhelmed, I'm also taking care of my kids.
l Hi Karen, that's a lot to carry. Maryland has a statutory form for financial power of attorney, and there are specific signing and witness requirements.
p Where do I find the form
l I'll have a law librarian email you the form and guides, including the health care side (advance directives).
p Thank you so much
""", label="= research law HARFORD law MSLL")

tk("CB-T2052", "2025-07-15 14:35:00", AUN, "Steven Markey", "smarkey@example.com",
   "mother's library books",
   lib="Librarian (Jo, AskUsNow!)", t="""
p My mother passed away last month. She had a Baltimore County library card and used the Pikesville branch. I found 6 of her library books while cleaning out her apartment. I live in Virginia and I'm only in town this weekend. Can I drop them at any library? And how do I close her card?
l I'm so sorry about your mother, Steven. You can return them in any Baltimore County book drop. I'll ask someone to email you about closing the card.
p Thank you
""", label="= circulation none - default AUN")

tk("CB-T2053", "2026-01-22 11:05:00", AUN, "Wanda Sheetz", "wanda.sheetz@example.com",
   "large print bible",
   lib="Librarian (Pat, AskUsNow!)", t="""
p Do you have large print Bibles or large print devotional books? My eyes are getting worse and I can't read my regular Bible. I live in Hagerstown.
l Hi Wanda! Many libraries have large print books, including some religious titles. There's also a state service for people with low vision that mails audio and large print books free.
p I would like to hear about that
l I'll have them email you.
""", label="= circulation print-disability WCFL print-disability LBPH")

tk("CB-T2054", "2025-10-09 13:00:00", AUN, "Darnell Hughes", "dhughes.vet@example.com",
   "screen reader website",
   lib="Librarian (Chris, AskUsNow!)", t="""
p I'm a blind veteran and I use NVDA. The library catalog search page has buttons that just read "button" so I can't tell which is which. Hard to place holds.
l Thank you for telling us, Darnell. That's an accessibility problem with the site. Which library's catalog?
p The one on the AskUsNow page I think, I'm not sure
l I'll pass this along, and also send you information about accessible reading services for veterans.
""", label="= access print-disability - print-disability LBPH")

tk("CB-T2055", "2026-05-26 16:40:00", AUN, "Bernard", "bernard.l@example.net",
   "disconnected",
   lib="Librarian (Sam, AskUsNow!)", t="""
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p This is my fourth try. Every time I get a librarian the chat disconnects me. I just want to know how to get the Washington Post through the library.
l I'm really sorry, Bernard. I'll report the disconnects. Which library card do you have?
s Connection lost. Attempting to reconnect...
s Patron has left the session.
""", label="= access none - quality QC")

tk("CB-T2056", "2025-03-25 12:15:00", BALTCO, "Alice Moran", "alice.moran@example.com",
   "rude librarian",
   lib="Librarian (Tasha, Baltimore County Public Library)", t="""
p I want to complain about the librarian I chatted with this morning. I asked how to download audiobooks and she said "it's not hard, just read the instructions." I am 79 and I don't appreciate being talked down to.
l Alice, I'm sorry. You deserve patient help. I'll report this so it can be followed up, and have someone email you step-by-step audiobook instructions.
""", label="= access none BCPL quality QC")

tk("CB-T2057", "2026-08-18 14:50:00", AUN, "Upset", None,
   "terrible service",
   lib="Librarian (Kim, AskUsNow!)", t="""
p your chat service is terrible, the last person left me waiting 20 minutes and then disconnected
l I'm sorry about that. Could you give me an email so someone can follow up?
p no. just fix it
l I'll pass your feedback on.
""", label="- other none - no-email -")

tk("CB-T2058", "2025-06-02 10:30:00", MONT, "Priscilla Ames", "pames@example.com",
   "holds disappeared",
   lib="Librarian (Rosa, Montgomery County Public Libraries)", t="""
p I had 5 holds on my account and now there are only 2. I didn't cancel any. What happened?
l Hi Priscilla, holds can expire if not picked up, or be cancelled if the library can't get the item. I'll have circulation look at your account and email you.
""", label="= circulation none MCPL local MCPL")

tk("CB-T2059", "2026-03-10 16:00:00", AACO, "Trish", "trish.bowers@example.com",
   "card for my daughter",
   lib="Librarian (Ian, Anne Arundel County Public Library)", t="""
p can my 10 year old get her own library card? does she need me there
l Hi Trish! Kids can get their own cards with a parent's signature. I'll email you the details.
""", label="= policy none AACPL local AACPL")

tk("CB-T2060", "2025-11-13 19:20:00", CARROLL, "Ron", "ron.hafer@example.com",
   "libby card invalid",
   lib="Librarian (Beth, Carroll County Public Library)", t="""
p libby keeps saying my card is invalid. i typed the number 5 times
l Hi Ron! Sometimes the card needs renewing. I'll have our staff check it and email you.
""", label="= access none CARROLL local CARROLL")

tk("CB-T2061", "2025-08-27 09:30:00", AUN, "Phil Marsh", "phil.marsh@example.com",
   "neighbor's tree",
   lib="Librarian (Frank, AskUsNow!)", t="""
p A storm knocked my neighbor's dead oak tree onto my fence and shed. He says it's an act of God and not his problem. I live in Towson. Who pays in Maryland? Can I take him to court?
l Hi Phil. The answer can depend on whether the tree was known to be dead. I can't give legal advice, but a law librarian can send you information on tree law and small claims.
p Please do
""", label="= research law BCPL law MSLL")

tk("CB-T2062", "2026-09-22 12:30:00", AUN, "Gordon Wilde", "gordon.wilde@example.net",
   "evicting a tenant",
   lib="Librarian (Will, AskUsNow!)", t="""
p I own one rental house in Salisbury. My tenant hasn't paid rent in three months. What is the legal process for eviction in Maryland? I want to do it right.
l Hi Gordon. Landlords file a Failure to Pay Rent complaint in District Court. There are new notice requirements too.
p I didn't know about notices
l A law librarian can email you the forms and the current rules.
""", label="= research law WICOMICO law MSLL")

tk("CB-T2063", "2025-04-14 15:15:00", AUN, "T. Okonkwo", "t.okonkwo@example.com",
   "court date",
   lib="Librarian (Chris, AskUsNow!)", t="""
p I have a traffic court date on the 30th but I'll be out of the country for my father's funeral. Can I postpone?
l I'm sorry for your loss. There's usually a way to request a postponement. A law librarian can send you the form and how to file it.
p thank you
""", label="= research law - law MSLL")

tk("CB-T2064", "2026-10-06 10:00:00", AUN, "Marvin", "marvin.t.hall@example.com",
   "unemployment appeal",
   lib="Librarian (Jo, AskUsNow!)", t="""
p my unemployment claim was denied and i have an appeal hearing in 2 weeks. what happens at the hearing, can i bring papers. i live in upper marlboro
l Hi Marvin. Appeals hearings are like a short trial before a hearing examiner. You can bring documents and witnesses.
p do i need a lawyer
l Not required, but there's free help. I'll have a law librarian email you guides.
""", label="= research law PGCMLS law MSLL")

tk("CB-T2065", "2025-01-21 13:40:00", AUN, "Ellen Strauss", "ellen.strauss@example.com",
   "history of our house",
   lib="Librarian (Terry, AskUsNow!)", t="""
p We live in Charles Village in a rowhouse built about 1905. I'd love to know who lived here over the years and what the block looked like. Where should I begin?
l Hi Ellen! City directories, census records, land records and old fire insurance maps are the usual tools for a house history.
p Fire insurance maps?
l Sanborn maps. Your library has people who love this kind of question. I'll send it to them.
""", label="= research specialist EPFL local EPFL")

tk("CB-T2066", "2026-02-16 20:00:00", AUN, "Bobbie Sue Kimball", "bskimball@example.com",
   "Locust Point immigrants",
   lib="Librarian (Dana, AskUsNow!)", t="""
p Hi, I'm in Texas. My great-great grandmother came from Bremen to Baltimore in 1880s through the Locust Point pier. I'd like to find her ship's passenger list.
l Hi Bobbie Sue! Baltimore passenger lists from that era survive and are indexed in some databases.
p I couldn't find her under Kimball, her maiden name was Schaefer
l I'll pass this to a genealogy specialist who can search the lists for you.
""", label="= research specialist - specialist EPFL")

tk("CB-T2067", "2025-11-11 11:11:00", AUN, "Ed Kowalski", "ed.kowalski@example.net",
   "father's WWII service",
   lib="Librarian (Robin, AskUsNow!)", t="""
p Today is Veterans Day and I'm thinking about my dad. He served in WWII from Baltimore. I'm in Pennsylvania now. How can I get his service records? I've heard many burned in a fire.
l Hi Ed, that's a lovely thing to do today. Yes, the 1973 fire at the National Personnel Records Center destroyed many Army records, but there are ways to reconstruct them.
p Like what
l Draft cards, discharge papers filed at the county courthouse, unit histories. I'll pass this to a specialist.
""", label="= research specialist - specialist EPFL")

tk("CB-T2068", "2026-07-14 14:15:00", AUN, "Alma Royer", "alma.royer@example.org",
   "family bible names",
   lib="Librarian (Chris, AskUsNow!)", t="""
p I have my grandmother's family bible with births and deaths from 1840 on. Some names I can't read. I live in Westminster. I'd like to find more about the Royer family of Uniontown.
l Hi Alma! Carroll County has strong local history resources and a genealogical society.
p That would be good
l I'll pass this to a genealogy specialist at your library to follow up.
""", label="= research specialist CARROLL local CARROLL")

tk("CB-T2069", "2025-02-04 10:00:00", AUN, "Joyce", "joyce.albright@example.com",
   "ipad for seniors",
   lib="Librarian (Sam, AskUsNow!)", t="""
p My children gave me an iPad for Christmas and I don't know how to use it. Is there a class for seniors? I don't know which library is closest, we just moved.
l Hi Joyce! Many libraries offer tech help for seniors. Where did you move to?
p An apartment near my daughter.
l I'll send this on and someone will email you about classes.
""", label="= other none - default AUN")

tk("CB-T2070", "2026-04-02 08:30:00", AUN, "Leon", "leon.fisk@example.com",
   "fishing license",
   lib="Librarian (Pat, AskUsNow!)", t="""
p How do I get a Maryland fishing license and do I need one for crabbing off a pier
l Hi Leon! The DNR sells licenses online. Rules for crabbing differ from fishing.
p I want to be sure
l I'll email you the DNR pages on both.
""", label="= research none - default AUN")

tk("CB-T2071", "2025-06-18 09:15:00", AUN, "Guest", "maxine.ellery@example.com",
   "juneteenth",
   lib="Librarian (Kim, AskUsNow!)", t="""
p are the libraries open on juneteenth
l Hi! Most public libraries in Maryland are closed on Juneteenth, but it depends on the system.
p which ones are open
l I'll check and email you.
""", label="= policy none - default AUN")

tk("CB-T2072", "2026-09-01 17:00:00", AUN, "Daryl", "daryl.p@example.net",
   "hotspot renew",
   lib="Librarian (Robin, AskUsNow!)", t="""
p can i renew the hotspot i borrowed? i live in crofton and my kid needs it for school
l Hi Daryl! Hotspot loans often can't be renewed if people are waiting. Anne Arundel County staff can check.
p ok
l I'll send it on.
""", label="= circulation none AACPL local AACPL")

tk("CB-T2073", "2025-10-30 15:30:00", PRATT, "Tasha", "tasha.greene@example.com",
   "laptop late fee",
   lib="Librarian (Lee, Enoch Pratt Free Library)", t="""
p i got charged for returning a laptop 2 days late. i go to the waverly branch. can it be waived, i was in the hospital
l Hi Tasha, I'm sorry you were in the hospital. Staff can often waive fees in cases like that. I'll have Waverly staff email you.
""", label="= circulation none EPFL local EPFL")

tk("CB-T2074", "2026-01-27 10:45:00", PRATT, "Jen", "jen.amaral@example.com",
   "sensory story time",
   lib="Librarian (Lee, Enoch Pratt Free Library)", t="""
p my son is autistic and loud places are hard. is there a sensory friendly story time anywhere? we live near the Canton Branch
l Hi Jen! Some Pratt branches hold sensory-friendly programs. I'll check the schedule and have someone email you.
""", label="= other none EPFL local EPFL")

tk("CB-T2075", "2025-05-29 12:00:00", AUN, "Lydia Park", "lydia.park@example.com",
   "emotional support dog",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p Can I bring my emotional support dog into the library? He's small and calm. I go to the Cockeysville branch.
l Hi Lydia! Libraries usually allow service animals; emotional support animals depend on the system's policy.
p I'd like to know for sure before I go
l I'll ask Baltimore County to email you their policy.
""", label="= policy none BCPL local BCPL")

tk("CB-T2076", "2026-06-08 11:20:00", AUN, "Pete", "pete.mcallister@example.com",
   "bus to library",
   lib="Librarian (Sam, AskUsNow!)", t="""
p how do i get to the main library in annapolis by bus from where i live in annapolis near the mall
l Hi Pete! Annapolis Transit has routes downtown. Let me look up which.
p thank you
l I'll email you the route and schedule.
""", label="= other none AACPL local AACPL")

tk("CB-T2077", "2025-08-05 14:00:00", AUN, "Nellie Tyler", "nellie.tyler@example.com",
   "book about Smith Island",
   lib="Librarian (Terry, AskUsNow!)", t="""
p I live in Crisfield. There was a book about Smith Island from the 1970s called "The Islanders" or something like it. It's out of print. Can the library get it from somewhere else?
l Hi Nellie! That sounds like a job for interlibrary loan. Somerset County library can request it.
p I'd appreciate it
l I'll send your request to them.
""", label="= access none SOMERSET local SOMERSET")

tk("CB-T2078", "2026-11-24 16:40:00", AUN, "Helen Wu", "helen.wu@example.com",
   "washington post",
   lib="Librarian (Kim, AskUsNow!)", t="""
p Does the library have the Washington Post online? I live in Olney and I don't want to pay for a subscription.
l Hi Helen! Montgomery County has online access to the Post. You'll need your card.
p How do I sign in
l I'll have them email you the steps.
""", label="= access none MCPL local MCPL")

tk("CB-T2079", "2025-03-03 13:30:00", AUN, "Roger", "roger.lindgren@example.com",
   "ancestry from home",
   lib="Librarian (Jo, AskUsNow!)", t="""
p can I use Ancestry from home with my library card? I don't want to pay for it
l Hi Roger! Ancestry Library Edition is usually in-library only, but FamilySearch and HeritageQuest are free from home with some cards. Which library do you use?
p I'll have to check my card
l No problem, I'll email you the options.
""", label="= access none - default AUN")

tk("CB-T2080", "2026-03-31 10:10:00", AUN, "Bea Rollins", "bea.rollins@example.com",
   "hip replacement recovery",
   lib="Librarian (Priya, AskUsNow!)", t="""
p My husband is having a hip replacement next month. I want to read up on recovery and how to set up the house for him. We live in Severn.
l Hi Bea! MedlinePlus has patient guides, and the library has books on it too.
p Books would be good, I like paper
l I'll send this to Anne Arundel County library to set some aside for you.
""", label="= research none AACPL local AACPL")

tk("CB-T2081", "2025-09-02 15:50:00", AUN, "Lyle Stotler", "lyle.stotler@example.com",
   "number of farms",
   lib="Librarian (Will, AskUsNow!)", t="""
p I'm giving a talk at the Grange. I live in Mount Airy. How many farms were there in Maryland in 1950 compared to now?
l Hi Lyle! The Census of Agriculture has both figures.
p Can you send them to me
l I'll email you the numbers and sources.
""", label="= research none CARROLL local CARROLL")

tk("CB-T2082", "2026-05-14 03:15:00", AUN, "night owl", "owl.reader@example.com",
   "poem",
   lib="Librarian (Morgan, 24/7 Cooperative)", t="""
p there's a poem about "the woods are lovely dark and deep" is that robert frost? my mom used to say it
l Hi, I'm Morgan. Yes! "Stopping by Woods on a Snowy Evening" by Robert Frost, 1923.
p can you send me the whole poem
l I'll email you a link to it.
""", label="= research none - default AUN")

tk("CB-T2083", "2025-12-18 21:10:00", AUN, "anonymous", "angry.patron88@example.com",
   "",
   lib="Librarian (Alex, 24/7 Cooperative)", t="""
p [message removed: racial slurs]
l This chat is for library questions. Please keep it respectful.
p [message removed]
l I'm ending this chat, and it will be reported.
""", label="= other none - quality QC")

tk("CB-T2084", "2026-08-11 12:05:00", AUN, "Lois", "lois.braddock@example.com",
   "wrong information",
   lib="Librarian (Pat, AskUsNow!)", t="""
p A librarian told me last week I could return my overdue books without any charge because the library is fine free. Now I have a $40 bill for "lost" items that I returned late. The librarian gave me wrong information and now I owe more. I live in Frederick.
l I'm sorry Lois. Fine free usually doesn't cover items marked lost. I'll report what happened and ask Frederick County to look at your account.
""", label="= circulation none FCPL quality QC")

tk("CB-T2085", "2025-04-07 19:40:00", AUN, "Keith", "keith.armstead@example.com",
   "eviction notice",
   lib="Librarian (Chris, AskUsNow!)", t="""
p my landlord put a notice on my door that i have to leave in 10 days. is that legal in maryland
l I'm sorry Keith. Maryland landlords need to go through court for an eviction.
s Connection lost. Attempting to reconnect...
p it kicked me off again this is the 2nd time
l I'm sorry. I'll report the connection problem, and have a law librarian email you with tenant resources.
""", label="= research law - quality QC")

tk("CB-T2086", "2026-02-25 10:30:00", AUN, "Mildred", "mildred.haines@example.com",
   "cant see the chat",
   lib="Librarian (Sam, AskUsNow!)", t="""
p The letters on this chat are too small for me, I have low vision. And the last librarian kept hurrying me and said I was too slow. I just want audio books.
l I'm sorry, Mildred. That wasn't fair to you. I'll report it. You can zoom in with Ctrl and +.
p that helps
l I'll also have someone email you about audio books for people with low vision.
""", label="= access print-disability - quality QC")

tk("CB-T2087", "2025-10-15 16:20:00", AUN, "Tamara", "tamara.ellis@example.com",
   "dyslexic daughter",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p My daughter is 12 and has dyslexia. She loves stories but reading is a struggle. Are there audiobooks that follow along with the text? We live in Bowie.
l Hi Tamara! Yes, there are read-along books, and children with dyslexia can qualify for a free talking book service.
p I didn't know dyslexia counted
l It can with a certifying professional. I'll have them email you.
""", label="= policy print-disability PGCMLS print-disability LBPH")

tk("CB-T2088", "2026-07-28 11:45:00", AUN, "Glen Pardee", "glen.pardee@example.com",
   "can't turn pages",
   lib="Librarian (Will, AskUsNow!)", t="""
p I have MS and my hands shake too much to hold a book or turn pages. I read on a tablet but even that is getting hard. What are my options?
l Hi Glen. There are audiobooks, and a free program for people who can't hold or handle print because of a physical disability.
p I'd like to apply
l I'll pass this on so they can email you.
""", label="= policy print-disability - print-disability LBPH")

tk("CB-T2089", "2025-02-18 14:00:00", AUN, "Mariah", "mariah.j@example.com",
   "braille drivers manual",
   lib="Librarian (Jo, AskUsNow!)", t="""
p Hi, I'm blind and I live in Frederick. I want to get a braille copy of the Maryland driver's manual for my little brother's studying, and I'd like to follow along.
l Hi Mariah! Braille and audio versions of some state documents exist. Let me ask the braille service.
p Thank you
""", label="= access print-disability FCPL print-disability LBPH")

tk("CB-T2090", "2026-02-12 13:30:00", AUN, "Kristen", "kristen.o@example.com",
   "blind date with a book",
   lib="Librarian (Kim, AskUsNow!)", t="""
p what is the "blind date with a book" thing at my library in Brunswick? can anyone take one
l Hi Kristen! It's a February display of wrapped books with hints on the paper. Anyone with a card can check one out.
p cute. how long does it last
l I'll have Frederick County email you the dates.
""", label="= other none FCPL local FCPL")

tk("CB-T2091", "2025-07-22 10:40:00", AUN, "Bonnie", "bonnie.wagner@example.com",
   "museum passes",
   lib="Librarian (Sam, AskUsNow!)", t="""
p My sister-in-law said the library has free passes to museums. I live in Middle River. Is that true?
l Hi Bonnie! Several Maryland libraries do. Baltimore County has a museum pass program.
p how do I get one
l I'll have them email you how it works.
""", label="= policy none BCPL local BCPL")

tk("CB-T2092", "2026-10-01 15:00:00", AUN, "Martin", "martin.ng@example.com",
   "the trial audiobook",
   lib="Librarian (Pat, AskUsNow!)", t="""
p I'm looking for The Trial by Kafka on audio CD for my commute. I live in Lusby.
l Hi Martin! Calvert Library may have it, or can get it.
p Please put a hold if they do
l I'll send the request to Calvert Library.
""", label="= circulation none CALVERT local CALVERT")

tk("CB-T2093", "2025-03-19 12:20:00", AUN, "Vic", "vic.santangelo@example.com",
   "real estate exam book",
   lib="Librarian (Jo, AskUsNow!)", t="""
p do yall have the real estate license exam prep book? i want to put it on hold. i live in glen burnie
l Hi Vic! Anne Arundel County has a few test prep books. I'll send this to them so they can place the hold.
""", label="= circulation none AACPL local AACPL")

tk("CB-T2094", "2026-06-17 13:45:00", AUN, "Ollie", "ollie.banks@example.com",
   "browser history",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p I used a library computer for my bank and forgot to log out. how do I make sure my browser history is erased
l Hi Ollie! Most library computers erase everything when the session ends. To be safe, change your bank password.
p which library was it, does that matter
l It might. I'll email you more steps.
""", label="= other none - default AUN")

tk("CB-T2095", "2025-09-30 11:00:00", AUN, "Sid", "sid.hartman@example.com",
   "vinyl records",
   lib="Librarian (Kim, AskUsNow!)", t="""
p do any libraries lend vinyl records? I just got a turntable. I live in Bethesda.
l Hi Sid! A few libraries do. I'll ask Montgomery County and email you.
""", label="= policy none MCPL local MCPL")

tk("CB-T2096", "2026-01-05 09:45:00", AUN, "Bob Kessler", None,
   "renew my books",
   lib="Librarian (Robin, AskUsNow!)", t="""
p i need to renew my books. i live in parkville. my computer wont let me log in. my email is bob.kessler AT gmail DOT com
l Hi Bob! I'll send this to Baltimore County so they can renew them and email you.
""", label="bob.kessler@gmail.com circulation none BCPL local BCPL", written=True)

tk("CB-T2097", "2025-11-19 14:30:00", AUN, "Zoë", "zoë.k@example.net",
   "kanopy",
   lib="Librarian (Sam, AskUsNow!)", t="""
p kanopy says my card isn't eligible. i live in takoma park
l Hi Zoë! Kanopy is offered by Montgomery County. Your card may need updating.
p ok can someone check
l Yes, I'll have them email you.
""", label="= access none MCPL local MCPL")

tk("CB-T2098", "2026-08-03 12:00:00", AUN, "François", "françois.dubois@example.fr",
   "carte visiteur",
   lib="Librarian (Terry, AskUsNow!)", t="""
p Hello, I am a tourist from Lyon, France, staying in Annapolis for two weeks. Can I borrow books as a visitor?
l Bonjour François! Some libraries offer temporary cards to visitors. I'll find out and email you.
""", label="= policy none - default AUN")

tk("CB-T2099", "2025-06-09 15:30:00", AUN, "Carlos Vega", None,
   "lost book",
   lib="Librarian (Pat, AskUsNow!)", t="""
p I lost a library book, how much do I have to pay? I live in Beltsville.
l Hi Carlos! Prince George's County can tell you the replacement cost. What's your email?
p carlos.vega@yahoo.om
p sorry, .com
l Got it.
""", label="carlos.vega@yahoo.com circulation none PGCMLS local PGCMLS", written=True)

tk("CB-T2100", "2026-01-14 13:10:00", AUN, "Mae", "mae.dobson@example.com",
   "tax forms",
   lib="Librarian (Chris, AskUsNow!)", t="""
p Does the library have the Maryland tax forms yet? Paper ones, I don't do it on the computer.
l Hi Mae! Many libraries get them in late January. Which county do you live in?
p I'll be going to the library anyway on Thursday
l OK! I'll email you when they're usually in.
""", label="= other none - default AUN")

tk("CB-T2101", "2025-04-22 10:20:00", AUN, "Gwen", "gwen.litz@example.com",
   "husband's card libby",
   lib="Librarian (Jo, AskUsNow!)", t="""
p my husband has a Harford County card. Can I use his card on my phone for Libby or do I need my own?
l Hi Gwen! Usually each person should have their own card. It depends on where you live.
p I'd rather not get into that
l That's fine. I'll have someone email you the general rules.
""", label="= policy none - default AUN")

tk("CB-T2102", "2026-05-06 11:00:00", AUN, "Norma", "norma.fielding@example.com",
   "retired library worker",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p I worked at Carroll County library for 22 years before I retired and moved to Delaware to be near my kids. Can I still get a Maryland card somewhere for ebooks?
l Hi Norma! Thank you for your service to libraries. Some systems have non-resident cards for a fee.
p which ones
l I'll find out and email you a list.
""", label="= policy none - default AUN")

tk("CB-T2103", "2025-08-20 14:20:00", HOWARD, "Andrea", "andrea.kline@example.com",
   "lead paint",
   lib="Librarian (Maria, Howard County Library System)", t="""
p my landlord never told us about lead paint and my toddler's lead level came back high. what are my rights
l I'm sorry, Andrea. Maryland has strong lead paint laws for rentals. A law librarian can send you the laws and where to get help.
p yes please
""", label="= research law HCLS law MSLL")

tk("CB-T2104", "2026-11-03 10:00:00", FRED, "Shirley Main", "shirley.main@example.com",
   "talking books",
   lib="Librarian (Beth, Frederick County Public Libraries)", t="""
p My husband had a stroke and lost much of his sight. He wants talking books. How do we get them?
l I'm sorry Shirley. He can qualify for the free talking book program. I'll have them email you the application.
""", label="= policy print-disability FCPL print-disability LBPH")

tk("CB-T2105", "2025-10-20 12:00:00", AUN, "Guest", None,
   "",
   lib="Librarian (Kim, AskUsNow!)", status="Lost Call", t="""
p hello is anyone there
s Patron has left the session.
""")

tk("CB-T2106", "2026-03-16 16:00:00", AUN, "Arthur", "arthur.beal@example.com",
   "library phone number",
   lib="Librarian (Sam, AskUsNow!)", status="Answered", t="""
p what's the phone number for the Towson branch
l Hi Arthur! It's 410-887-3160.
p thank you
""")

tk("CB-T2107", "2025-09-27 10:00:00", AUN, "Evelyn Reese", "evelyn.reese@example.com",
   "computer classes",
   lib="Librarian", t="""
s No librarian is available right now. Please leave your question and your email address, and a librarian will follow up within 72 hours.
p Hello. I am 77 and I live in Timonium. I would like to take a class on using the computer and email. My late husband did all of that. Are there classes at the library and do they cost money? I am free most mornings. Thank you very much. Evelyn
s Your message has been received. A librarian will follow up within 72 hours.
""", label="= other none BCPL local BCPL")

tk("CB-T2108", "2026-04-09 02:05:00", AUN, "Guest", "andres.m@example.com",
   "clases de GED",
   lib="Librarian (Dale, 24/7 Cooperative)", t="""
p hi do u have GED classes, i live in salisbury
l Hi! I'm Dale, a librarian at a public library in Texas helping overnight. Many Maryland libraries host GED prep or partner with adult ed.
p when do they start
l I'll have Wicomico Public Library email you the dates.
""", label="= other none WICOMICO local WICOMICO")

tk("CB-T2109", "2025-12-09 17:30:00", AUN, "Ximena", "ximena.l@example.com",
   "permiso de trabajo",
   lib="Librarian (Ana, AskUsNow!)", t="""
p Hola, ¿cómo renuevo mi permiso de trabajo? Se vence en marzo y tengo miedo de perder mi trabajo.
l Hola Ximena. La renovación se hace con el formulario I-765 de USCIS. No puedo dar consejo legal, pero puedo pedir a un bibliotecario de derecho que le envíe información y organizaciones que ayudan gratis.
p Sí por favor
""", label="= research law - law MSLL")

tk("CB-T2110", "2026-09-08 10:30:00", AUN, "Clarence Moody", "clarence.moody@example.com",
   "newspaper read aloud",
   lib="Librarian (Will, AskUsNow!)", t="""
p My wife is blind and misses reading the Baltimore Sun. Is there a service that reads the newspaper out loud? We live in Dundalk.
l Hi Clarence! Yes, there are reading services for blind listeners, by phone or radio, and the talking book program.
p She'd love that
l I'll have them email you the details.
""", label="= policy print-disability BCPL print-disability LBPH")

tk("CB-T2111", "2025-05-12 13:00:00", PRATT, "Grace Lindholm", "grace.lindholm@example.com",
   "Lindholm family",
   lib="Librarian (Lee, Enoch Pratt Free Library)", t="""
p I live in Parkville, in Baltimore County. I'm tracing my husband's Swedish family, the Lindholms, who came to Baltimore in 1905. Do you have city directories or church records?
l Hi Grace! Yes, we have Baltimore city directories, and some church records are on microfilm.
p Wonderful
l I'll pass this to a genealogy specialist.
""", label="= research specialist BCPL local BCPL")

tk("CB-T2112", "2026-12-01 08:45:00", AUN, "Lenora", "lenora.pitts@example.com",
   "phone number",
   lib="Librarian (Kim, AskUsNow!)", t="""
p What's the phone number for the library? I want to call someone.
l Hi Lenora! Which library? Where do you live?
p The one near me.
l I'll have someone email you the number for your library.
""", label="= other none - default AUN")

tk("CB-T2113", "2025-09-04 18:00:00", AUN, "Shante", "shante.price@example.com",
   "sue the dry cleaner",
   lib="Librarian (Pat, AskUsNow!)", t="""
p Can I sue the dry cleaner who ruined my wedding dress? They offered me $50 and it cost $1,200. I live in Laurel.
l Hi Shante, I'm so sorry. Small claims court handles cases like this. A law librarian can email you how to file.
p Yes please
""", label="= research law PGCMLS law MSLL")

tk("CB-T2114", "2026-04-13 14:30:00", AUN, "Gramps", "walt.ridgely@example.com",
   "superman comics",
   lib="Librarian (Sam, AskUsNow!)", t="""
p My grandson is crazy about Superman. Clark Kent and all that. Does the library have Superman comic books or graphic novels for a 9 year old? We live in Edgewater.
l Hi! Anne Arundel County has plenty of DC graphic novels for kids. Would you like some held at Edgewater?
p That would be grand
l I'll send the request.
""", label="= circulation none AACPL local AACPL")

tk("CB-T2115", "2025-12-01 11:00:00", AUN, "Agnes", "agnes.lowery@example.com",
   "christmas carol cd",
   lib="Librarian (Ellen, AskUsNow!)", t="""
p I'd like A Christmas Carol by Charles Dickens on CD to listen to in December, it's a tradition. I live in Huntingtown.
l Hi Agnes! Calvert Library has a few recordings. I'll ask them to place a hold for you.
""", label="= circulation none CALVERT local CALVERT")

tk("CB-T2116", "2026-05-28 13:10:00", AUN, "Ron Keefer", "ron.keefer@example.com",
   "Queen Anne dresser",
   lib="Librarian (Terry, AskUsNow!)", t="""
p I inherited a dresser that my aunt said is Queen Anne style, maybe 1760s. How can I tell if it's real? I live in York, PA but my aunt was from Maryland.
l Hi Ron! Antique guides and furniture history books explain the features. An appraiser is the only sure way.
p Can you send me some books or articles
l I'll email you some.
""", label="= research none - default AUN")

tk("CB-T2117", "2025-08-12 10:20:00", AUN, "Marla", "marla.voss@example.com",
   "3D printer",
   lib="Librarian (Kim, AskUsNow!)", t="""
p We live on Kent Island. Does the library there have a 3D printer my teenager could use?
l Hi Marla! Queen Anne's County library may have a makerspace. I'll have them email you.
""", label="= policy none QUEENANNES local QUEENANNES")

tk("CB-T2118", "2026-10-14 16:00:00", AUN, "Deborah Vance", "deborah.vance@example.com",
   "church in Hampden",
   lib="Librarian (Chris, AskUsNow!)", t="""
p I live in Columbus, Ohio. My grandparents were married in a Methodist church in Hampden in Baltimore in 1908. I'd like to find the marriage record and anything about the church.
l Hi Deborah! Methodist records for Baltimore are held in a few archives. I'll pass this to a genealogy specialist to follow up.
p Thank you kindly
""", label="= research specialist - specialist EPFL")

tk("CB-T2119", "2025-02-12 14:45:00", AUN, "Opal", None,
   "talking books",
   lib="Librarian (Will, AskUsNow!)", t="""
p I have macular degeneration. I heard about talking books. How do I get them?
l Hi Opal! There's a free program for people who can't read regular print. What email should they send the application to?
p I will have to ask my daughter for her email, I don't have one
l That's ok. You can also call the program directly.
""", label="- policy print-disability - no-email -")

tk("CB-T2120", "2026-07-21 09:40:00", AUN, "Stan", "stan.liebowitz@example.com",
   "archive emails",
   lib="Librarian (Robin, AskUsNow!)", t="""
p how do I archive my old emails in Outlook, my mailbox is full
l Hi Stan! Outlook has an Archive button and an AutoArchive setting. I'll email you steps with screenshots.
""", label="= other none - default AUN")

tk("CB-T2121", "2025-11-24 15:15:00", AUN, "Ruthie", "ruthie.dell@example.com",
   "laurel and hardy",
   lib="Librarian (Jo, AskUsNow!)", t="""
p My father is in a nursing home and he loves Laurel and Hardy. Are there DVDs of their movies I could borrow? I live in North Laurel.
l Hi Ruthie! Howard County Library has some classic comedy collections. I'll ask them to hold what they have.
p thank you so much
""", label="= circulation none HCLS local HCLS")

tk("CB-T2122", "2026-01-19 19:30:00", AUN, "Lt. Col. (ret.) Hal Dorsey", "hal.dorsey@example.com",
   "civil war ancestor",
   lib="Librarian (Dana, AskUsNow!)", t="""
p I live in Virginia Beach. My great-great grandfather served in a Maryland regiment in the Civil War, on the Union side I believe. I'd like his service and pension records and the regiment's history.
l Hi Hal! Service and pension files are at the National Archives, and Maryland regiment histories exist in print.
p Which regiment is the question
l A specialist can help pin that down. I'll pass this on.
""", label="= research specialist - specialist EPFL")

# === TICKETS ABOVE ===


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
    """Each line with its instant: seconds after the start, drawn with a seed per chat, a
    little longer for longer lines. Instants step in UTC, so a chat across a DST change shows
    the clock jump as the chat system would."""
    rng = random.Random("b-times-" + chat["cid"])
    at = local_start(chat["start"]).astimezone(ZoneInfo("UTC"))
    out = []
    for i, (code, text) in enumerate(lines_of(chat)):
        if i:
            at += timedelta(seconds=rng.randint(8, 40) + len(text) // rng.randint(2, 5))
        out.append((at.astimezone(NY), code, text))
    return out


def clock(t):
    return f"{t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def qp_record(c):
    names = {"p": c["patron"] or "Guest", "l": c["lib"], "m": c["lib2"], "s": "System"}
    transcript = "\n".join(f"[{clock(t)}] {names[code]}: {text}" for t, code, text in timed_lines(c))
    return {
        "Question ID": c["cid"],
        "Date": local_start(c["start"]).isoformat(),
        "Institution": c["origin"],
        "Patron": c["patron"],
        "Email": c["email"] or "",
        "Question": c["q"],
        "Status": c["status"],
        "Transcript": transcript,
    }


def tk_record(c):
    names = {"p": "Patron", "l": c["lib"], "m": c["lib2"], "s": "System"}
    return {
        "ticket_id": c["cid"],
        "created": local_start(c["start"]).isoformat(),
        "account": c["origin"],
        "customer_name": c["patron"],
        "customer_email": c["email"],
        "subject": c["q"],
        "status": c["status"],
        "messages": [f"{names[code]}: {text}" for _, code, text in timed_lines(c)],
    }


def rule_of(c):
    return c["label"].split()[4] if c["label"] else "none"


def split(chats):
    """Heldout: 2 of every 5 chats of a rule (and of the unlabelled ones) in each file, in id
    order, the 2 positions drawn with a seed per block. A chat added later (a higher id) never
    moves an earlier chat between train and heldout."""
    held = set()
    strata = {}
    for c in chats:
        strata.setdefault((c["cid"][:4], rule_of(c)), []).append(c["cid"])
    for (style, rule), ids in sorted(strata.items()):
        for i, cid in enumerate(sorted(ids)):
            block = random.Random(f"corpus-b-split-{style}-{rule}-{i // 5}")
            if i % 5 in block.sample(range(5), 2):
                held.add(cid)
    return held


def json_array_text(records):
    body = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in records)
    return "[\n" + body + "\n]\n"


def jsonl_text(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def labels_text(chats):
    return labels_csv(label_row_with_destination(c) for c in chats if c["label"])


FILES = [("b_questionpoint.json", QP, qp_record, json_array_text),
         ("b_tickets.jsonl", TK, tk_record, jsonl_text)]


def all_texts():
    """Every file this script owns: path -> text."""
    held = split(QP + TK)
    out = {}
    for part in ("train", "heldout"):
        d = HERE / part
        for name, chats, record, text in FILES:
            mine = [c for c in chats if (c["cid"] in held) == (part == "heldout")]
            out[d / name] = text([record(c) for c in mine])
            out[d / (name + ".labels.csv")] = labels_text(mine)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(readme.read_text(encoding="utf-8"))
    return out


def write_all(texts):
    """Writes the files in text mode: line ends are the platform's (the files hold no CR)."""
    for path, text in texts.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")


def stale_files(texts):
    """The files whose committed text differs from what this script writes, read in text mode
    (so a copy checked out with CRLF line ends counts as current)."""
    return [path for path, text in texts.items()
            if not path.exists() or path.read_text(encoding="utf-8") != text]


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
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


def check_all():
    problems = []
    chats = QP + TK
    seen = set()
    for c in chats:
        if c["cid"] in seen:
            problems.append(f"{c['cid']}: duplicate chat id")
        seen.add(c["cid"])
        if not c["cid"].startswith("CB-"):
            problems.append(f"{c['cid']}: chat id without the CB- prefix")
        year = local_start(c["start"]).year
        if year not in (2025, 2026):
            problems.append(f"{c['cid']}: started in {year}")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{c['cid']}: a follow-up chat needs a label and only it")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{c['cid']}: the patron never speaks")
        if "m" in codes and not c["lib2"]:
            problems.append(f"{c['cid']}: a second librarian line without lib2")
    by_id = {c["cid"]: c for c in chats}
    # Read back what was written: every file parses, every labels row names a chat of its file.
    for part in ("train", "heldout"):
        for name, _, _, _ in FILES:
            path = HERE / part / name
            text = path.read_text(encoding="utf-8")
            key = "Question ID" if name.endswith(".json") else "ticket_id"
            try:
                if name.endswith(".json"):
                    records = json.loads(text)
                else:
                    records = [json.loads(line) for line in text.splitlines()]
            except json.JSONDecodeError as e:
                problems.append(f"{part}/{name}: does not parse: {e}")
                continue
            in_file = {r[key] for r in records}
            check_labels_file(part, name, in_file, by_id, check_label, problems)
    return problems


def counts():
    """Counts per style, split, rule, category and subject, for the README."""
    held = split(QP + TK)
    out = []
    for name, chats, _, _ in FILES:
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled, "
                   f"{sum(c['cid'] in held for c in lab)} of them heldout")
    for scope, chats in (("both", QP + TK), ("questionpoint", QP), ("tickets", TK),
                         ("train", [c for c in QP + TK if c["cid"] not in held]),
                         ("heldout", [c for c in QP + TK if c["cid"] in held])):
        lab = [c for c in chats if c["label"]]
        for i, what in ((4, "rule"), (1, "category"), (2, "subject")):
            tally = {}
            for c in lab:
                k = c["label"].split()[i]
                tally[k] = tally.get(k, 0) + 1
            out.append(f"{scope} {what}: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
    return out


def counts_table():
    """The README's table: labelled chats per rule and per category, by style and split."""
    held = split(QP + TK)
    cols = [("questionpoint", lambda c: c in QP), ("tickets", lambda c: c in TK),
            ("train", lambda c: c["cid"] not in held), ("heldout", lambda c: c["cid"] in held),
            ("all", lambda c: True)]
    lab = [c for c in QP + TK if c["label"]]
    rows = ["| | " + " | ".join(n for n, _ in cols) + " |", "|---|" + "---:|" * len(cols)]
    for i, keys in ((4, RULES), (1, sorted(CATEGORIES)), (2, sorted(SUBJECTS))):
        for k in keys:
            n = [sum(1 for c in lab if f(c) and c["label"].split()[i] == k) for _, f in cols]
            rows.append(f"| {k} | " + " | ".join(map(str, n)) + " |")
        rows.append("| **total** | " + " | ".join(
            str(sum(1 for c in lab if f(c))) for _, f in cols) + " |")
    unlabelled = sum(1 for c in QP + TK if not c["label"])
    return ("\n".join(rows) + f"\n\nRows by rule, then by category, then by subject need. "
            f"Besides these, {unlabelled} rows that are not follow-ups (no labels).\n")


def readme_with_counts(text):
    start, end = "<!-- b-counts -->\n", "<!-- /b-counts -->"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return head + start + counts_table() + end + tail


if __name__ == "__main__":
    sys.exit(main("b_build", all_texts, check_all, counts, write=write_all,
                  stale_paths=stale_files))
