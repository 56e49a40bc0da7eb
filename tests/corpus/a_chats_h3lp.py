"""LibraryH3lp-style chats of the "a_" corpus, as data. See a_build.py for the notation."""

from a_build import h3

AUN = "Maryland AskUsNow! Public Library"
EPFL = "Enoch Pratt Free Library"

CHATS = [
h3("CA-H001", "2025-01-09 17:26:14", AUN, "web", "sue", """
P: hi, how many books can i check out at once
S: Hi! I'm Sue. It depends on the library system. Which library do you use?
P: carroll county, westminster branch
S: Carroll lets you have 50 items at a time I believe, but let me have them confirm.
P: ok, email is bethany.kr@gmail.com
S: Thanks Bethany, Carroll County staff will follow up.
""", "bethany.kr@gmail.com|policy|none|CARROLL|local"),

h3("CA-H002", "2025-01-16 20:02:41", AUN, "sms", "will", """
P: renew my books pls
S: Hi! This is Will at AskUsNow. Which library?
P: pg county
S: I can't renew from here. Do you have an email so PGCMLS can follow up?
P: no
S: OK! You can renew at pgcmls.info or call your branch.
P: k
""", "|circulation|none|PGCMLS|no-email"),

h3("CA-H003", "2025-01-28 11:47:05", "Stevenson University Library", "web", "stevenson-amy", """
P: Hi I need to find the full text of "Social media use and adolescent sleep" by Kessler 2020
S: Hi there, this is Amy at Stevenson. Let me check... we have it in PsycINFO but the link is broken.
P: yes I saw that. it says "the resource you requested is unavailable"
S: I'll report the broken link to our e-resources librarian and get you the PDF another way. What's your email?
P: rjohnson5@stevenson.edu
S: Great, you'll get it by email.
""", "rjohnson5@stevenson.edu|access|none|STEVENSON|local"),

h3("CA-H004", "2025-02-06 14:15:30", AUN, "web", "chris_m", """
Y: Guest joined queue askusnow.
P: Hello I am helping my aunt who is blind find braille books for her book club
S: Hi! I'm Chris. That's lovely. The Maryland Library for the Blind and Print Disabled has braille and audio books by mail.
P: she already has talking books but wants braille copies of the club books
S: They may be able to get those. I'll have LBPH follow up with you.
P: thank you! my email: kbarnett.md(at)gmail(dot)com
""", "kbarnett.md@gmail.com|policy|print-disability||print-disability|wo"),

h3("CA-H005", "2025-02-13 09:22:18", AUN, "twilio", "sue", """
P: is the library open snow day
S: Hi, Sue at AskUsNow. Which library?
P: hcls
S: HCLS opens at noon today due to weather.
P: ty
""", None, res="Answered"),

h3("CA-H006", "2025-02-20 15:33:09", "University of Maryland, Baltimore County", "web", "umbc-derek", """
P: how do i log into jstor from off campus? it says institution not found
S: Hi, Derek at UMBC library here. Are you going through the library's database page?
P: no i went to jstor.org directly
S: Try "Access through your institution" and search UMBC, or use the link from our A-Z list so the proxy kicks in.
P: did that. now it asks for myUMBC login and then error 403
S: Hmm, a 403 is on our side. I'll pass this to our systems folks. Email?
P: ptrivedi1@umbc.edu
""", "ptrivedi1@umbc.edu|access|none|UMBC|local"),

h3("CA-H007", "2025-02-27 19:48:52", AUN, "web", "will", """
P: I'm trying to expunge an old charge from 2012, how do I do that
S: Hi! I'm Will. The Maryland Judiciary has a petition for expungement form and instructions online.
P: It was dismissed. Do I still need a lawyer?
S: I can't give legal advice, but I'll have the Maryland State Law Library follow up with resources. They're great with expungement questions.
P: ok. i live in dundalk if that matters. email is terrell.banks84@gmail.com
""", "terrell.banks84@gmail.com|research|law|BCPL|law"),

h3("CA-H008", "2025-03-08 22:41:37", AUN, "web", "coop-maya@chat.libraryh3lp.com", """
Y: No Maryland librarian is available right now. Connecting you to a 24/7 Cooperative librarian.
S: Hi! I'm Maya, a librarian with the 24/7 Cooperative (I'm in Washington state). How can I help?
P: i need help finding info on the Brown v Board case for my 8th grade project
S: Great topic! Britannica and the National Archives both have good pages. Does your school have a database list?
P: idk. its due monday
S: I'll send you some links now and a librarian in Maryland will follow up with more. Email?
P: my moms email is tasha.greene@comcast.net
""", "tasha.greene@comcast.net|research|none||default"),

h3("CA-H009", "2025-03-15 10:30:00", EPFL, "web", "rob", """
P: good morning. looking for records of my ancestors who were enslaved in Anne Arundel County in the 1840s-1850s
S: Good morning! I'm Rob at Pratt. That research often uses slave schedules, probate inventories and church records.
P: I found them in the 1870 census in Annapolis but can't get further back
S: That 1870 "brick wall" is very common. Our genealogy librarians at the State Library Resource Center can help. I'll refer it.
P: Thank you. I live in Baltimore City, I've been to Central a few times.
S: Wonderful. They'll email you at the address you gave.
P: yvonne.tate@gmail.com is best
""", "yvonne.tate@gmail.com|research|specialist|EPFL|local"),

h3("CA-H010", "2025-03-22 13:08:26", AUN, "sms", "kim", """
P: wifi hotspot
S: Hi! Kim at AskUsNow. Want to borrow a hotspot?
P: ya
S: Which library?
P: frederick
S: FCPL lends hotspots. You can place a hold online. Want them to email u?
P: sure. jaymc2k@gmail.com
""", "jaymc2k@gmail.com|circulation|none|FCPL|local"),

h3("CA-H011", "2025-03-29 16:55:43", "Howard County Library System", "web", "hcls-priya", """
P: i returned a dvd in the book drop but it still shows on my account and now im getting charged
S: Hi! I'm Priya at HCLS. Which branch's drop did you use?
P: east columbia
S: Sometimes items get stuck. I'll have East Columbia check the shelves and clear it. What's your email?
P: same as on my account
S: Got it, they'll use your account email.
""", "|circulation|none|HCLS|no-email"),

h3("CA-H012", "2025-04-03 12:14:09", AUN, "web", "chris_m", """
P: Does the library have "The Lincoln Lawyer"? I want to put the book on hold
S: Hi! I'm Chris. Which library system?
P: anne arundel
S: AACPL has it, with 3 copies. Want me to walk you through placing a hold?
P: i tried and it says my account is blocked
S: That's usually a fine or an expired card. AACPL will need to look at that. Your email?
P: r.delacruz@hotmail.com
""", "r.delacruz@hotmail.com|circulation|none|AACPL|local"),

h3("CA-H013", "2025-04-10 18:31:57", AUN, "web", "will", """
P: my grandmother is in a nursing home in Bel Air and wants new mystery novels, she can't get out anymore. can the library deliver?
S: Hi, I'm Will. Harford County Public Library has outreach services for nursing homes I think. Where do you live?
P: Virginia Beach. I'm just arranging it from here
S: Got it. Does the nursing home have a library cart or activities person?
P: not sure, they have a bingo lady lol
S: I'll have someone follow up about how delivery works. Email?
P: lisette.park@gmail.com
""", "lisette.park@gmail.com|policy|none||default"),

h3("CA-H014", "2025-04-17 14:44:21", "Frostburg State University", "web", "fsu-mark", """
P: i need primary sources about the National Road for my history seminar
S: Hi! Mark at Ort Library. Our special collections has some things. Have you looked at the Maryland State Archives?
P: a little. my prof wants newspapers and letters from like 1820
S: That needs some deeper digging. I'll pass this to our archivist. What's your email?
P: dkline2@frostburg.edu
""", "dkline2@frostburg.edu|research|specialist|FSU|local"),

h3("CA-H015", "2025-04-24 21:09:48", AUN, "ca", "coop-jon@chat.libraryh3lp.com", """
Y: Chat transferred from queue askusnow to queue 247-backup.
S: Hi there, Jon here, a 24/7 Cooperative librarian. I'm based in Ontario but I help with Maryland's service after hours.
P: hi! can i get the Baltimore Sun online through the library
S: Many Maryland libraries have newspaper access through a database or a pass. Which library card do you have?
P: pratt
S: Pratt has the Sun through ProQuest. Log in with your Pratt card number.
P: it says my card is expired
S: You'd need to renew it with Pratt. I'll have them follow up. Email?
P: quinn.obrien@gmail.com
""", "quinn.obrien@gmail.com|access|none|EPFL|local"),

h3("CA-H016", "2025-05-01 10:27:34", AUN, "web", "sue", """
P: hi im a paralegal and I need to find a 1998 court of special appeals opinion, the unreported ones
S: Hi, I'm Sue. Unreported opinions from that era usually aren't online. The Maryland State Law Library would be the best place.
P: figured. i'm in rockville if that matters
S: I'll refer it to the Law Library so they can email you.
P: thanks. wendy.soto@example.org
""", "wendy.soto@example.org|research|law|MCPL|law"),

h3("CA-H017", "2025-05-08 15:19:02", AUN, "sms", "kim", """
P: hi
S: Hi! Kim at AskUsNow. What can I help with?
P: u have passport photos
S: Some libraries do. Which one are you near?
P+400: ?
S: I'm here. Which library are you near?
Y: Guest has left the conversation.
""", "|other|none||no-email"),

h3("CA-H018", "2025-05-14 11:56:10", AUN, "web", "chris_m", """
P: The chat keeps disconnecting, this is my 4th try
S: I'm so sorry! I'm Chris. I see you. What do you need?
P: my ebook app libby won't let me borrow, says i reached my limit but i only have 2 out
S: Which library?
P: Montgomery County. I'll be honest the last librarian I talked to on here told me to just google it. not helpful
S: I apologize for that. I'll report both the disconnects and that experience, and have MCPL look at your Libby limit.
P: fine. ebreyer@verizon.net
""", "ebreyer@verizon.net|access|none|MCPL|quality"),

h3("CA-H019", "2025-05-21 13:41:55", EPFL, "web", "rob", """
P: do yall have a notary
S: Hi! Rob at Pratt. Central Library doesn't offer notary right now, sorry.
P: what about printing. i need to print a lease
S: Yes, you can print at any Pratt branch. 15 cents a page black and white.
P: ok what about scanning it after i sign it
S: Yes, scanning is free. Anything else?
P: can someone email me the list of branches with scanners, i'm at kim.tran.88@gmail.com
S: Sure, I'll mark it for follow up.
""", "kim.tran.88@gmail.com|other|none||default"),

h3("CA-H020", "2025-06-02 16:05:27", AUN, "web", "nate", """
P: hi, i need help researching the history of my house in catonsville, built around 1910
S: Hi! I'm Nate. House history is fun. Land records, old maps like the Sanborn maps, and city directories are a good start.
P: we bought it last year, we love catonsville
S: BCPL's Catonsville branch has a local history room! I'll have them follow up.
P: perfect. my email is a.ferreira.home@gmail.com
""", "a.ferreira.home@gmail.com|research|specialist|BCPL|local"),

h3("CA-H021", "2025-06-10 19:12:40", AUN, "web", "will", """
P: how do i write a will in maryland, does it need to be notarized
S: Hi! I'm Will, funny enough. I can't give legal advice but the People's Law Library has a good page on wills.
P: my husband and i are in calvert county, we just want something simple
S: The law library can point you to forms and info. I'll refer this to the Maryland State Law Library.
P: ok, our email is the.hendersons@outlook.com
""", "the.hendersons@outlook.com|research|law|CALVERT|law"),

h3("CA-H022", "2025-06-18 22:15:03", AUN, "web", "coop-maya@chat.libraryh3lp.com", """
Y: No Maryland librarian is available right now. Connecting you to a 24/7 Cooperative librarian.
S: Hi, I'm Maya, a backup librarian (24/7 Cooperative). What can I help with?
P: my screen reader doesnt work with the libby app, it skips the borrow button
S: I'm sorry! Which screen reader are you using?
P: voiceover on iphone
S: Libby has an accessibility page, but it sounds like you may also want to know about accessible formats from LBPH. I'll have someone follow up.
P: thanks. d.alvarez.vo@icloud.com
""", "d.alvarez.vo@icloud.com|access|print-disability||print-disability"),

h3("CA-H023", "2025-06-25 10:48:16", AUN, "twilio", "sue", """
P: lost my library card
S: Hi, Sue at AskUsNow. Which library?
P: bcpl
S: You can get a replacement at any BCPL branch with ID. Want them to email you?
P: yes jrod410@gmail.com
""", "jrod410@gmail.com|circulation|none|BCPL|local"),

h3("CA-H024", "2025-07-02 15:22:08", AUN, "web", "kim", """
P: is there a meeting room we can book for a book club? about 12 people
S: Hi! I'm Kim. Most libraries have free meeting rooms. Where are you located?
P: we meet in Hagerstown
S: Washington County Free Library has rooms at the main library. I'll have them email you the booking info.
P: thanks! mwheeler.hgr@gmail.com
""", "mwheeler.hgr@gmail.com|policy|none|WCFL|local"),

h3("CA-H025", "2025-07-09 12:37:50", "Towson University", "web", "towson-jen", """
P: i need the full text of a known article but our library only has the abstract. can you get it?
S: Hi, Jen at Cook Library. Yes, request it through ILLiad, our interlibrary loan.
P: i dont have an illiad account
S: You can make one with your NetID. If it won't let you, I'll have ILL email you.
P: it says my netid isnt authorized
S: OK, I'll pass it on. Email?
P: a.mendez7@students.towson.edu
""", "a.mendez7@students.towson.edu|access|none|TOWSON|local"),

h3("CA-H026", "2025-07-16 17:41:02", AUN, "web", "chris_m", """
P: hi I'm researching the 1889 flood on the Potomac near Williamsport for a novel. any sources?
S: Hi! I'm Chris. The C&O Canal records and local papers from Hagerstown would be great.
P: I'm in Minnesota so I can't visit. anything digitized?
S: Some. I'll pass this to a local history specialist who can follow up.
P: great, jwendt.writer@gmail.com
""", "jwendt.writer@gmail.com|research|specialist||specialist"),

h3("CA-H027", "2025-07-23 09:14:33", AUN, "web", "sue", """
P: hi my daughter needs summer reading books for 7th grade at Sparrows Point Middle, do you have the list?
S: Hi! I'm Sue. Schools usually post them. BCPL often has the lists at branches too.
P: we just moved to Edgemere from Delaware and don't know the library yet
S: Welcome! Your nearest BCPL branch is North Point. I'll have them email you the list and card info.
P: thank you! nina.castellanos@gmail.com
""", "nina.castellanos@gmail.com|other|none|BCPL|local"),

h3("CA-H028", "2025-07-30 20:50:19", AUN, "web", "will", """
P: Your librarian last night was rude and told me my question was "not a library question". I want this reported.
S: I'm sorry you had that experience. I'm Will. I'll make sure it gets reviewed. What was your question?
P: I wanted help finding my small claims court date online.
S: Case Search on the Maryland Judiciary site shows court dates. I can walk you through it.
P: I tried that and it says no records found. And I still want the complaint reported.
S: Understood on both. I'll report it and have someone follow up about the case search.
P: alice.burke@gmail.com
""", "alice.burke@gmail.com|research|law||quality"),

h3("CA-H029", "2025-08-06 14:09:55", AUN, "web", "nate", """
P: is there a way to get the washington post for free with a library card
S: Hi! I'm Nate. Some libraries offer digital passes. Which library card do you have?
P: i have two, prince georges and dc
S: PGCMLS has a Washington Post pass via their website. I'll have them email you the steps.
P: ty mariel.santos@gmail.com
""", "mariel.santos@gmail.com|access|none|PGCMLS|local"),

h3("CA-H030", "2025-08-13 11:11:44", AUN, "sms", "kim", """
P: when is storytime
S: Hi! Kim at AskUsNow. Which library?
P: calvert
S: Calvert Library Prince Frederick has storytime Tues & Thurs 10:30.
P: thx
""", None, res="Answered"),

h3("CA-H031", "2025-08-20 16:20:07", AUN, "web", "chris_m", """
P: i need to find out if my neighbor got a permit for his fence, where do i look
S: Hi! I'm Chris. Permits are usually through the county's permits office. What county?
P: i'd rather not say
S: That's fine. Most counties have a permit search online. I'll have someone follow up with general steps. Email?
P: no thanks i'll figure it out
""", "|research|none||no-email"),

h3("CA-H032", "2025-08-27 13:33:21", EPFL, "web", "rob", """
P: I'm a teacher at a school in Highlandtown and want to bring my class to the library for a tour
S: Hi, Rob at Pratt! We love class visits. Is that the Highlandtown school near the Southeast Anchor Library?
P: yes. we're about 25 kids
S: I'll have the Southeast Anchor's children's staff email you to schedule.
P: great: ms.ortega.teach@gmail.com
""", "ms.ortega.teach@gmail.com|other|none|EPFL|local"),
]
