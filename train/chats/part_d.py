#!/usr/bin/env python3
"""Writes part_d.jsonl beside this file: made-up labelled chats for the category model, in the
neutral shape of ../shared/train (one chat a line; train/render.py renders them into the export
styles with the other parts).

Written from rules.md section 5's definitions of the five categories, in many phrasings (lower
case, typos, abbreviations, short and long): short academic access questions (the full text of a
known article, off-campus login, database access, interlibrary loan), policy asked in general
against circulation about the patron's own account, and research against other. Each chat's
labels were written with it, by the rules, before aun read it.

    python3 train/chats/part_d.py

The output is the same on every run (no randomness, no clock).
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))

ACADEMIC = {
    "Towson University": "TOWSON",
    "University of Maryland, Baltimore County": "UMBC",
    "Stevenson University": "STEVENSON",
    "Frostburg State University": "FSU",
    "Anne Arundel Community College": "AACC",
}
PUBLIC = "Maryland AskUsNow! Public Library"

# (origin, category, local library or "", e-mail in the export's field?, quality, messages)
# Messages: "P: …" the patron, "S: …" the librarian, "Y: …" the chat system.
CHATS = []


def chat(category, origin, text, local="", field=False, quality=False, subject="none"):
    if origin in ACADEMIC:
        local = ACADEMIC[origin]
    CHATS.append((origin, category, local, field, quality, subject,
                  [l.strip() for l in text.strip().splitlines() if l.strip()]))


T, U, S, F, A = ("Towson University", "University of Maryland, Baltimore County",
                 "Stevenson University", "Frostburg State University",
                 "Anne Arundel Community College")

# --- access: electronic resources, remote login, e-books, newspaper passes, ILL, document delivery
chat("access", T, """
P: how do i get the full text of an article i found on google scholar? it wants me to pay $39
S: You shouldn't have to pay. What's the title?
P: "Sleep and shift work among hospital nurses", its in a nursing journal
S: Towson has that journal through CINAHL from 2015 on. If it won't open, our interlibrary loan staff can send you a PDF.
""")
chat("access", U, """
P: cant log into the databases from home, it keeps bouncing me back to the myUMBC login page
S: Does this happen with every database or one in particular?
P: all of them, proquest and ebsco both
S: That sounds like a proxy problem on the off-campus login. I'll send it to our e-resources librarian.
""")
chat("access", PUBLIC, """
P: is there a way to read new york times articles without paying? i have a library card
S: Yes, many Maryland libraries offer free NYT passes. Which library card do you have?
P: howard county
S: HCLS has a New York Times digital pass; you sign up with your card on their e-resources page. I'll ask them to send you the steps.
""", local="HCLS")
chat("access", S, """
P: need this article for class, the link from the library search says no access available
P: doi is 10.1080/0361-something, its about adolescent anxiety
S: Thanks. When full text isn't available we can request it through interlibrary loan, usually in 2-3 days.
""")
chat("access", F, """
P: jstor says i dont have access through my institution even though im signed in
S: Are you on campus or at home?
P: home
S: You need to start from the Ort Library's database list so the proxy logs you in. If it still fails our staff will check your account.
""")
chat("access", T, """
P: Could I ILL a book the library doesn't have?
S: Yes, interlibrary loan is free for students. What's the book?
P: Ghosts of the Chesapeake by some author named Harmon, none of the Maryland university libraries have it
S: I'll start the request; the ILL office will email you when it arrives.
""")
chat("access", A, """
P: how do i request an article through interlibrary loan. never done it before
S: You fill out the ILL form on the library page and log in with your MyAACC account.
P: ok and it comes as a pdf?
S: Articles come as PDFs by email. I'll have the library confirm your request went through.
""")
chat("access", PUBLIC, """
P: hoopla wont let me borrow anything, says i reached my monthly limit but i didnt borrow anything this month
S: Which library's card is on your Hoopla account?
P: my BCPL card
S: BCPL staff can check the Hoopla settings on your account; I'll pass it along.
""", local="BCPL")
chat("access", PUBLIC, """
P: the overdrive app wont take my library card number. says invalid
S: Sorry about that! Which county's library is your card from?
P: frederick county
S: FCPL will look at why the e-book app rejects your card and email you.
""", local="FCPL")
chat("access", U, """
P: off campus access to PubMed full text isnt working, i get an error about the proxy server
S: Do you see the UMBC login page at all?
P: no just an error page
S: I'll report the link to our e-resources staff and they'll email you.
""")
chat("access", T, """
P: ezproxy login loop - it asks for my netid, then goes back to the same page over and over
S: Try clearing cookies or a private window.
P: still looping
S: Then it's on our side. The library systems staff will follow up.
""")
chat("access", PUBLIC, """
P: Can I use Ancestry Library Edition at home with my Pratt card?
S: Ancestry Library Edition is usually in-library only, but HeritageQuest works from home with a Pratt card.
P: ok how do I get into HeritageQuest then
S: From Pratt's online resources page; log in with your card number and PIN. I'll have Pratt confirm your card works for remote access.
""", local="EPFL")
chat("access", S, """
P: full text not available for an article in PsycINFO, can u get it for me
S: Yes, through interlibrary loan. Send me the citation.
P: Mendez 2019 Journal of Counseling Psychology vol 66
""")
chat("access", A, """
P: where can i find the pdf of a journal article? i have the citation from my professor
S: Paste the citation and I'll look it up in our databases.
P: Patel & Chen, Community College Review, 2021
S: We have that journal in ProQuest; the library will send you the direct link.
""")
chat("access", PUBLIC, """
P: my kindle wont download the ebook i borrowed, it just says "error downloading"
S: Kindle books come through Libby. Which library are you with?
P: anne arundel
S: AACPL's e-book staff can look at your Libby loan; I'll ask them to email you.
""", local="AACPL")
chat("access", PUBLIC, """
P: do you have access to the Wall Street Journal online? how do I sign up
S: Several libraries offer a WSJ pass. Where do you live?
P: Rockville
S: MCPL offers one; you claim it with your MCPL card. They'll send you the link.
""", local="MCPL")
chat("access", A, """
P: the link to the library database in canvas gives me error 403 forbidden
S: Which database?
P: Films on Demand
S: That link is missing the proxy prefix. I'll have the library fix it and email you a working link.
""")
chat("access", T, """
P: e-reserves for my psych class wont open, it says i need permission
S: Course reserves need your NetID; are you logged in?
P: yes
S: I'll ask the reserves staff to check the access on that item.
""")
chat("access", PUBLIC, """
P: i need a book that's checked out everywhere in maryland can i get it from out of state
S: Yes, through interlibrary loan from your library. Which library do you use?
P: carroll county, westminster branch
S: Carroll County's ILL staff can borrow it from another state; they'll follow up.
""", local="CARROLL")
chat("access", F, """
P: can you get me a scan of one chapter from a book the library doesnt own
S: Yes, document delivery can get a chapter scanned from another library.
P: great its chapter 4 of a book about appalachian coal towns
S: I'll pass the request to ILL.
""")
chat("access", F, """
P: my frostburg login works for email but not for the library databases
S: Are you a new student this semester?
P: transfer student, started in august
S: Sometimes new accounts aren't loaded into the proxy yet. Library staff will check it.
""")
chat("access", S, """
P: hw do i acess cinahl from hom
S: Go to the library website > Databases > CINAHL and sign in with your Stevenson login.
P: it says acount not authorized
S: I'll have our e-resources librarian look into your access.
""")
chat("access", PUBLIC, """
P: cant open the ebook on ebsco, it says all copies are in use but i need it for tonight
S: That e-book allows one user at a time. Which library is it from?
P: its through my prince georges county library card
S: PGCMLS may be able to buy more access; I'll ask them.
""", local="PGCMLS")
chat("access", PUBLIC, """
P: Is there remote access to Gale databases with a public library card? Mine says invalid barcode.
S: Yes, with a Maryland public library card. Where is your card from?
P: Harford County.
S: Harford County staff will check why your barcode isn't accepted.
""", local="HARFORD")
chat("access", U, """
P: the article database has a 'check for full text' button and then nothing happens
S: Which browser?
P: chrome on a chromebook
S: The full text link resolver may be blocked by a pop-up setting. I'll have library staff email you steps and a direct PDF.
""")
chat("access", PUBLIC, """
P: kanopy keeps telling me to verify my library card
S: Which library card did you sign up with?
P: washington county
S: WCFL can check whether your card is set up for Kanopy streaming.
""", local="WCFL")
chat("access", T, """
P: im a distance student, how do i get a scanned article if i cant come to campus
S: Document delivery will email you scanned articles from our print journals.
P: ok can you start one for me
S: Sure, I'll pass the citation to document delivery.
""")
chat("access", PUBLIC, """
P: how do I get the Washington Post through the library? the site asks for a subscription
S: Some libraries offer Washington Post access with a card. Which one do you use?
P: im in calvert county
S: Calvert Library will send you how to get in.
""", local="CALVERT")
chat("access", A, """
P: full text?? for Smith 2020 nursing ethics article
S: Let me check... we only have the abstract, so I'll request the full text through ILL for you.
""")
chat("access", U, """
P: vpn or something needed for library databases off campus?
S: No VPN; the databases use the library's proxy. Where does it stop?
P: at the login it says my account is expired
S: Expired accounts are fixed by the library's systems staff. They'll email you.
""")
chat("access", PUBLIC, """
P: CAN I READ CONSUMER REPORTS ONLINE WITH MY LIBRARY CARD
S: Many libraries have it as a database. Which library card is yours?
P: ST MARYS COUNTY
S: St. Mary's County Library will send the link and how to log in.
""", local="SMCLD")
chat("access", T, """
P: interlibrary loan request status?? requested a book 2 weeks ago for my thesis
S: I can't see ILL requests, but the ILL office can. I'll ask them to update you.
""")
chat("access", S, """
P: the ebook for my class says only 3 users at a time and its full
S: We can ask the vendor for more access or get a loan from another library. I'll send this to acquisitions and ILL.
""")

# --- circulation: the patron's own loans and account
chat("circulation", PUBLIC, """
P: i need to renew my books but the website says renewal failed
S: Which library are they from?
P: baltimore county, towson branch
S: BCPL staff can see why the renewal failed and renew them; I'll pass it on.
""", local="BCPL")
chat("circulation", PUBLIC, """
P: there's a $5 fine on my account for a book I returned last week
S: Sorry! Which library?
P: Howard County, the Elkridge branch
S: HCLS will check the return and clear the fine if it was returned.
""", local="HCLS")
chat("circulation", PUBLIC, """
P: my card expired can you renew it for me
S: Card renewals are done by your library. Which one?
P: montgomery county
S: MCPL will renew your card and email you.
""", local="MCPL")
chat("circulation", PUBLIC, """
P: forgot my pin number for my library account
S: Which library card do you have?
P: its an anne arundel card
S: AACPL will reset your PIN and email you.
""", local="AACPL")
chat("circulation", PUBLIC, """
P: I lost a library book, how much do I owe?
S: That depends on the item. Which library is it from?
P: Frederick, it was a cookbook
S: FCPL will look up the replacement cost on your account.
""", local="FCPL")
chat("circulation", PUBLIC, """
P: is my hold ready yet? its been "in transit" for a week
S: Which library is holding it?
P: pratt central
S: Pratt staff will check where your hold is.
""", local="EPFL")
chat("circulation", T, """
P: can i extend my laptop checkout another day, its due at 5
S: Laptop loans can sometimes be renewed at the desk. I'll ask circulation to check yours.
""")
chat("circulation", PUBLIC, """
P: my account is blocked and i cant check anything out
S: Blocks are usually fines or an expired card. Which library?
P: harford county
S: Harford County staff will look at the block on your account.
""", local="HARFORD")
chat("circulation", PUBLIC, """
P: i returned the hotspot in the book drop but it still shows on my account
S: When did you return it?
P: saturday at the Glen Burnie branch
S: AACPL will check the return and update your account.
""", local="AACPL")
chat("circulation", PUBLIC, """
P: the dvd i borrowed was cracked when i got it, i dont want to be charged for it
S: Which library?
P: washington county library
S: WCFL will note the damage on your account so you aren't charged.
""", local="WCFL")
chat("circulation", PUBLIC, """
P: how do i cancel a hold i placed
S: You can cancel it in your account, or your library can. Which library?
P: calvert
S: Calvert Library will cancel it for you.
""", local="CALVERT")
chat("circulation", PUBLIC, """
P: Can someone check if my books were returned? My son dropped them off yesterday.
S: Which library?
P: Carroll County, Eldersburg
S: Carroll County staff will check your account.
""", local="CARROLL")
chat("circulation", U, """
P: got an overdue notice for a book i never checked out
S: Sorry about that; circulation will look at your account and remove it if it's a mistake.
""")
chat("circulation", PUBLIC, """
P: need to change the pickup location for my hold to a different branch
S: Which library system?
P: moco
S: MCPL staff will change the pickup branch on your hold.
""", local="MCPL")
chat("circulation", PUBLIC, """
P: can i renew my kids books on my card? they're all due tomorrow
S: Which library are they from?
P: cecil county
S: Cecil County staff will renew what they can on your account.
""", local="CECIL")
chat("circulation", PUBLIC, """
P: My library card was stolen with my wallet
S: Sorry to hear that! Which library issued it?
P: Prince George's
S: PGCMLS will block the old card and give you a new one.
""", local="PGCMLS")
chat("circulation", A, """
P: how many days do i have left on the calculator i borrowed from the library
S: Calculators are 3-day loans; circulation will check your due date.
""")
chat("circulation", PUBLIC, """
P: reset my password for my library account pls
S: Which library?
P: wicomico
S: Wicomico Public Library will reset it and email you.
""", local="WICOMICO")
chat("circulation", S, """
P: i have a hold on a book for my english class, says its been ready since monday, where do i pick it up
S: Holds are at the circulation desk; I'll ask them to confirm yours.
""")

# --- policy: a library's rules and offers, asked in general
chat("policy", PUBLIC, """
P: how many books can you check out at one time?
S: It differs by library. Which one do you use?
P: baltimore county
S: BCPL will email you their borrowing limits.
""", local="BCPL")
chat("policy", PUBLIC, """
P: do libraries still charge late fees? i heard they stopped
S: Many Maryland libraries went fine-free. Which library are you asking about?
P: howard county
S: HCLS will confirm their fines policy.
""", local="HCLS")
chat("policy", PUBLIC, """
P: can my teenager get her own library card or does a parent have to sign
S: Which library system?
P: frederick
S: FCPL will send you their card rules for teens.
""", local="FCPL")
chat("policy", PUBLIC, """
P: what are your hours on thanksgiving weekend
S: Which library system are you asking about?
P: montgomery county libraries
S: MCPL will send you their holiday hours.
""", local="MCPL")
chat("policy", T, """
P: can alumni use the library databases?
S: Alumni have some databases; others are licensed for current students only. The library will send you the list.
""")
chat("policy", PUBLIC, """
P: can i bring my dog into the library
S: Usually only service animals. Which library?
P: charles county
S: Charles County Public Library will confirm their rule.
""", local="CHARLES")
chat("policy", U, """
P: do you need a reservation for the group study rooms? how long can we keep one
S: Rooms can be booked up to a week ahead for up to 3 hours; the library will send details.
""")
chat("policy", PUBLIC, """
P: how long can I keep a DVD?
S: Loan periods vary. Which library?
P: anne arundel county
S: AACPL will send you their loan periods.
""", local="AACPL")
chat("policy", S, """
P: can people from the community (not students) borrow books from the university library?
S: Community members can get a courtesy card for a fee; the library will email you the details.
""")
chat("policy", PUBLIC, """
P: Who can get a library card? I just moved to Maryland last month.
S: Welcome! Where did you move?
P: Salisbury
S: Wicomico Public Library will send you what you need to bring for a card.
""", local="WICOMICO")
chat("policy", PUBLIC, """
P: do you allow food and drinks in the library
S: Which library?
P: pratt
S: Pratt will confirm their food policy.
""", local="EPFL")
chat("policy", PUBLIC, """
P: whats the renewal policy, like how many times can you renew a book in general
S: It depends on the library. Which one?
P: harford
S: Harford County staff will send you their renewal rules.
""", local="HARFORD")
chat("policy", PUBLIC, """
P: does the library forgive fines for kids? asking for our school pta
S: Some libraries have fine forgiveness programs. Which county?
P: carroll county
S: Carroll County staff will send you their program details.
""", local="CARROLL")
chat("policy", PUBLIC, """
P: who qualifies for the homebound delivery service?
S: It's usually for residents who can't come to the library. Which library?
P: talbot county
S: Talbot County Free Library will send you the rules.
""", local="TALBOT")
chat("policy", PUBLIC, """
P: is there an age limit for the teen room
S: Which library?
P: PG county
S: PGCMLS will send you the teen room rules.
""", local="PGCMLS")
chat("policy", A, """
P: are visitors allowed to use the computers in the library or is it only students
S: Guests can use a few public computers with a guest pass; the library will confirm.
""")
chat("policy", PUBLIC, """
P: are there limits on how many holds you can place at once?
S: Each library sets its own. Which one do you use?
P: queen annes county
S: Queen Anne's County Free Library will email you their limits.
""", local="QUEENANNES")
chat("policy", F, """
P: can high school students from frostburg borrow books from the ort library?
S: Local high school students can get a community card; the library will send the policy.
""")
chat("policy", PUBLIC, """
P: do you have to live in the county to get a card there
S: Maryland residents can usually get a card at any Maryland public library. Where do you live?
P: elkton, cecil county
S: Cecil County will confirm their card rules.
""", local="CECIL")

# --- research: information about a topic in the world
chat("research", PUBLIC, """
P: i need stats on how many people in maryland use public transit to get to work
S: The Census Bureau's American Community Survey has commuting data by county.
P: ok is there anything more recent
S: I'll have a librarian send you the latest tables and a state transportation report.
""")
chat("research", PUBLIC, """
P: how do I cite a website in APA with no author
S: You start with the title of the page. I'll have a librarian send you an example.
""")
chat("research", U, """
P: looking for peer reviewed articles on coral bleaching and ocean warming for my bio class
S: Try Web of Science with the terms coral bleaching AND temperature.
P: i get too many results
S: I'll have the science librarian send you a narrower search.
""")
chat("research", PUBLIC, """
P: whats a good book about the history of the B&O railroad for a middle schooler
S: Which library do you use?
P: howard county, ellicott city
S: HCLS will send you some titles.
""", local="HCLS")
chat("research", PUBLIC, """
P: symptoms of lyme disease in dogs? want reliable sources not random websites
S: The veterinary school sites and the CDC are good places. I'll send you a few.
""")
chat("research", PUBLIC, """
P: i want to start a small bakery from my home, what licenses do i need in maryland
S: Maryland has rules for home bakers (cottage food). I'll have a librarian send business resources.
""")
chat("research", T, """
P: need 5 scholarly sources on social media and teen depression for my paper
S: PsycINFO is the best database for that. I'll have the psychology librarian follow up.
""")
chat("research", PUBLIC, """
P: books about the civil rights movement for my daughters 5th grade report?
S: Which library do you use?
P: we're in Bowie
S: PGCMLS will send you a list for her grade level.
""", local="PGCMLS")
chat("research", PUBLIC, """
P: what is the average salary of a dental hygienist in maryland
S: The Bureau of Labor Statistics has state figures; I'll send you the link and a career guide.
""")
chat("research", A, """
P: how do i find the population of annapolis in 1950 for a history paper
S: Census publications for 1950 will have it; the library will send you the table.
""")
chat("research", PUBLIC, """
P: information on solar panels for my house, are they worth it in maryland
S: The Maryland Energy Administration has guides. A librarian will send sources.
""")
chat("research", S, """
P: my professor wants a literature review on nurse burnout, where do i even start
S: Start in CINAHL with burnout AND nurses; the nursing librarian will send you a search plan.
""")

# --- other: directions, notary, printing, events, general technology help
chat("other", PUBLIC, """
P: is there a library near me with a notary
S: Where do you live?
P: glen burnie
S: AACPL will tell you which branches have a notary.
""", local="AACPL")
chat("other", PUBLIC, """
P: how do i print from my phone at the library
S: Many branches have mobile printing. Which library?
P: baltimore county, catonsville
S: BCPL will send you the mobile printing steps.
""", local="BCPL")
chat("other", PUBLIC, """
P: is there a storytime this saturday for toddlers
S: Which library system?
P: frederick county, the urbana branch
S: FCPL will send you their events calendar.
""", local="FCPL")
chat("other", PUBLIC, """
P: whats the address of the branch and can i get there by bus
S: Which branch?
P: the one in wheaton
S: MCPL will send you the address and bus routes.
""", local="MCPL")
chat("other", PUBLIC, """
P: my laptop wont connect to any wifi at home can you help
S: I can try. Do you see any networks at all?
P: no nothing
S: Try turning airplane mode off. A librarian will send you some tech help resources.
""")
chat("other", PUBLIC, """
P: how do i turn a word document into a pdf
S: In Word, choose File > Save As and pick PDF. I'll send you a short guide.
""")
chat("other", PUBLIC, """
P: can you fax something for me
S: Several branches have fax machines. Which library do you use?
P: kent county
S: Kent County Public Library will tell you about faxing.
""", local="KENT")
chat("other", PUBLIC, """
P: how do i set up a gmail account, my grandson usually does it
S: I'll have a librarian send you step-by-step instructions.
""")
chat("other", PUBLIC, """
P: is there parking near the central library downtown
S: There's a garage nearby. A librarian will send you the details.
""")
chat("other", PUBLIC, """
P: do you have any knitting clubs or craft events for adults
S: Which library?
P: somerset county
S: Somerset County Library System will send you their events.
""", local="SOMERSET")
chat("other", U, """
P: where is the 3d printer in the library and who can help me use it
S: It's in the makerspace on the first floor. The library will email you the hours.
""")
chat("other", PUBLIC, """
P: i need to scan a document and email it, can i do that at the library
S: Yes, most branches have scanners. Which library?
P: dorchester county
S: Dorchester County Public Library will send you how.
""", local="DORCHESTER")

# --- print disability: offers asked in general (policy), the patron's own loans (circulation),
# and a question about an eye disease itself (research, no print-disability need)
chat("policy", PUBLIC, """
P: my aunt cant see well anymore, does the library mail large print books to people at home?
S: There is a free state service for readers who can't see regular print; books come by mail.
P: does it cost anything
S: No, it's free. The Library for the Blind and Print Disabled will send her an application.
""", subject="print-disability")
chat("policy", PUBLIC, """
P: Are audiobooks available for someone who is legally blind, and is there a fee?
S: Yes, the talking book program is free for anyone who can't read standard print.
""", subject="print-disability")
chat("policy", PUBLIC, """
P: my father has glaucoma what services are there for people who cant read print
S: He can sign up for talking books and magazines through LBPH; I'll have them contact you.
""", subject="print-disability")
chat("policy", PUBLIC, """
P: do you have books in braille for adults? asking for my brother
S: LBPH lends braille books by mail; they'll send you how to sign up.
""", subject="print-disability")
chat("circulation", PUBLIC, """
P: my talking book player stopped holding a charge, can i get a new one
S: LBPH replaces players; I'll ask them to send one to you.
""", subject="print-disability")
chat("research", PUBLIC, """
P: what causes macular degeneration and is it hereditary? my mom was just diagnosed
S: MedlinePlus and the National Eye Institute have good overviews; I'll send you links.
""")

NAMES = ["jlee", "mgarcia", "twhite", "kpatel", "rjohnson", "aokafor", "lnguyen", "sbrown",
         "dkim", "cmartin", "ewilliams", "hsmith", "pdavis", "ntaylor", "gmoore", "bthomas",
         "fjackson", "vharris", "wclark", "ylewis", "zwalker", "ohall", "iallen", "qyoung"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "comcast.net",
           "verizon.net", "icloud.com"]
STAFF = ["Librarian (24/7 Cooperative)", "Kim (Howard County Library System)", "Dana (AskUsNow!)",
         "Marcus (Baltimore County Public Library)", "Librarian (24/7 Cooperative)",
         "Priya (Montgomery County Public Libraries)"]
ASK = ["What's the best email to reach you?", "Can I get your email for the follow-up?",
       "What email should they use?"]
CLOSE = ["Thanks! Someone will follow up by email within 72 hours.",
         "Got it. Thank you for contacting AskUsNow! You'll hear back within 72 hours.",
         "Thank you, I've sent this on for follow-up."]
WELCOME = ["Welcome to AskUsNow! A librarian will be with you shortly.",
           "Thank you for contacting AskUsNow! A librarian will be with you shortly."]


def rule_of(quality, subject, local):
    if quality:
        return "quality", "QC"
    if subject == "law":
        return "law", "MSLL"
    if subject == "print-disability":
        return "print-disability", "LBPH"
    if local:
        return "local", local
    if subject == "specialist":
        return "specialist", "EPFL"
    return "default", "AUN"


out = []
for n, (origin, category, local, field, quality, subject, lines) in enumerate(CHATS):
    email = f"{NAMES[n % len(NAMES)]}{n + 10}@{DOMAINS[n % len(DOMAINS)]}"
    field = field or n % 4 == 3
    staff = STAFF[n % len(STAFF)]
    if origin in ACADEMIC and n % 2 == 0:
        staff = f"{['Sam', 'Alex', 'Jordan'][n % 3]} ({origin})"
    patron = f"Guest {(n * 2654435761) % 65536:04X}"
    day = 1 + n % 28
    h, m, s = 9 + n % 11, (n * 7) % 60, (n * 13) % 60
    t = h * 3600 + m * 60 + s

    msgs = []

    def say(speaker, role, text):
        global t
        msgs.append({"time": f"{t // 3600:02}:{t // 60 % 60:02}:{t % 60:02}", "speaker": speaker,
                     "role": role, "text": text})
        t += 25 + len(text) // 3

    say("System", "system", WELCOME[n % 2])
    for l in lines:
        who, text = l[0], l[2:].strip()
        if who == "P":
            say(patron, "patron", text)
        elif who == "S":
            say(staff, "staff", text)
        else:
            say("System", "system", text)
    if not field:
        say(staff, "staff", ASK[n % 3])
        say(patron, "patron", email if n % 3 else f"its {email}")
    say(staff, "staff", CLOSE[n % 3])
    say("System", "system", f"{patron} has left the chat.")
    rule, dest = rule_of(quality, subject, local)
    out.append({
        "chat_id": f"TD-{n + 1:03}",
        "started_at": f"2024-10-{day:02}T{h:02}:{m:02}:{s:02}-04:00",
        "origin": origin,
        "patron_email_field": email if field else "",
        "messages": msgs,
        "labels": {"email": email, "category": category, "subject": subject,
                   "local_library": local, "quality": quality, "rule": rule, "destination": dest},
    })

with open(os.path.join(here, "part_d.jsonl"), "w", encoding="utf-8") as f:
    for c in out:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(out), "chats")
