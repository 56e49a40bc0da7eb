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
h3("CA-H033", "2025-09-03 10:41:26", AUN, "web", "bcpl-tanya", """
P: how do i get a copy of my birth certificate? i was born in 1962
S: Hi! I'm Tanya. In Maryland, birth certificates come from the Division of Vital Records at the Health Department. You can order online.
P: do i need my mothers maiden name
S: Yes, and some ID. Let me find you the exact list.
P+240: sorry gotta run to work. can you email me the list? cgaines1962@gmail.com
S: Sure thing!
""", "cgaines1962@gmail.com|research|none||default"),

h3("CA-H034", "2025-09-10 21:32:50", AUN, "sms", "will", """
P: got summons for rent court tmrw what do i do
S: Hi, Will at AskUsNow. Go to the hearing, it's important. The District Court self-help center can help by phone. Want someone to email you resources?
P: no email
S: OK. Call the Court Help Center, 410-260-1392, or visit mdcourts.gov/selfhelp.
P: ok
""", "|research|law||no-email"),

h3("CA-H035", "2025-09-17 14:02:13", AUN, "web", "kim", """
P: Two weeks ago I chatted here about an interlibrary loan request and was promised a follow-up email. I never got one.
S: I'm sorry about that. I'm Kim. Do you remember the title you were requesting?
P: "The Chesapeake Bay Book" by Sherwood. I live in Severna Park.
S: Thanks. I'll report that the follow-up never came, and make sure Anne Arundel looks at your request.
P: Thank you. geraldine.fox@verizon.net
""", "geraldine.fox@verizon.net|access|none|AACPL|quality"),

h3("CA-H036", "2025-09-24 22:47:31", AUN, "web", "sue", """
Y: No librarians are available right now. Please leave your question and your email address, and a librarian will follow up within 72 hours.
P: hi, looking for good books on teaching fractions to a 4th grader, we homeschool
P: we're in Laurel and go to the branch on 7th st
P: email lauren.pike.home@gmail.com thanks!
Y: Your question has been saved. Thank you for contacting AskUsNow!
""", "lauren.pike.home@gmail.com|research|none|PGCMLS|local"),

h3("CA-H037", "2025-10-02 13:18:05", AUN, "ca", "chris_m", """
P: Hello from Toronto! I'm researching my great-uncle who worked at Bethlehem Steel at Sparrows Point in the 1950s.
S: Hi! I'm Chris. Great project. Do you know if he was in a union local?
P: I believe USW Local 2610. I'd love personnel records or anything with his name.
S: Company records are scattered. Some are at the Hagley Library in Delaware, and local papers covered the plant closely. I'll pass this to a specialist.
P: Wonderful, thank you. m.oconnell@rogers.com
""", "m.oconnell@rogers.com|research|specialist||specialist"),

h3("CA-H038", "2025-10-09 16:26:44", "Howard County Library System", "twilio", "hcls-priya", """
P: can i renew my hotspot
S: Hi! Priya at HCLS. Hotspots can be renewed once if no one's waiting. Want us to check yours?
P: ya. dtran.hoco@gmail.com
S: Got it, we'll email you.
""", "dtran.hoco@gmail.com|circulation|none|HCLS|local"),

h3("CA-H039", "2025-10-16 11:05:19", AUN, "web", "nate", """
P: the talking book player you guys sent me stopped working. the cartridge wont play
S: Hi, I'm Nate. I'm sorry! The digital talking book players come from the Library for the Blind and Print Disabled. They can send a replacement.
P: do i have to mail the old one back
S: Usually yes, they'll send a mailing label. I'll have them contact you.
P: ok my email is henry.walls1941@gmail.com, my granddaughter reads it to me
""", "henry.walls1941@gmail.com|circulation|print-disability||print-disability"),

h3("CA-H040", "2025-10-23 09:30:37", AUN, "web", "sue", """
P: Good afternoon from Cambridge (England!). I'm looking for Sanborn fire insurance maps of Cambridge, Maryland around 1900.
S: Hi! I'm Sue. Fun coincidence. The Library of Congress has many Sanborn maps online. Cambridge MD has sheets for 1885, 1891, 1897 and 1903, I believe.
P: I found the LOC ones, but the 1903 set seems incomplete.
S: I'll pass this to a specialist in Maryland maps to check other sources.
P: Many thanks. Please write to h.ashworth@example.org
""", "h.ashworth@example.org|research|specialist||specialist"),

h3("CA-H041", "2025-10-30 19:55:02", AUN, "web", "will", """
P: i accidentally returned an ebook early in libby, can i get it back? i was on chapter 20
S: Hi! I'm Will. Usually you have to borrow it again, and if there's a waitlist you go back in line.
P: ugh there's 40 people waiting. i live in columbia, near the mall if that matters
S: That's Howard County. I'll ask HCLS if there's anything they can do.
P: thanks. priya.n.shah@gmail.com
""", "priya.n.shah@gmail.com|access|none|HCLS|local"),

h3("CA-H042", "2025-11-06 15:40:58", AUN, "web", "kim", """
P: can i use my husband's library card to check stuff out? his is from carroll county
S: Hi! I'm Kim. Cards are usually for the person they're issued to. Do you have your own card?
P: no, not yet
S: You can get your own easily. Where do you live?
P+300: hello? sorry. can you just email me the rules about sharing cards? e.dwyer@outlook.com
S: Will do.
""", "e.dwyer@outlook.com|policy|none||default"),

h3("CA-H043", "2025-11-13 12:12:22", AUN, "sms", "sue", """
P: wifi pw at pikesville library?
S: Hi, Sue at AskUsNow. BCPL wifi doesn't need a password, just pick BCPL-Public and accept the terms.
P: not working
S: Want BCPL to email you?
P: no im here now ill ask desk
""", "|other|none|BCPL|no-email"),

h3("CA-H044", "2025-11-20 17:33:48", EPFL, "web", "rob", """
P: I'm looking for the 1937 HOLC redlining maps of Baltimore, plus the area descriptions
S: Hi, Rob at Pratt. The Mapping Inequality site has the Baltimore map and descriptions.
P: yes but I need the original field notes
Y: Connection lost. Attempting to reconnect...
P: i got kicked out again. this is the second time you've disconnected me mid sentence
S: I'm sorry, it's not you, our chat's been unstable. I'll report it, and have our special collections staff follow up on the field notes.
P: ok. nkemdirim@gmail.com
""", "nkemdirim@gmail.com|research|specialist||quality"),

h3("CA-H045", "2025-11-27 10:02:10", AUN, "web", "chris_m", """
P: My son has a developmental disability and turns 18 soon. How do we get guardianship in Maryland?
S: Hi, I'm Chris. Guardianship of an adult goes through the circuit court, and there are alternatives like supported decision-making too.
P: We're in Westminster. Do we need a lawyer?
S: Many families use one, but the courts have self-help resources. I'm going to refer you to the Maryland State Law Library for forms and guides.
P: thank you, my email is carol.ann.weber@gmail.com
""", "carol.ann.weber@gmail.com|research|law|CARROLL|law"),

h3("CA-H046", "2025-12-04 13:48:35", AUN, "web", "nate", """
P: I have low vision. Is there an audio or large print version of the Maryland driver's manual? my test is next month
S: Hi, I'm Nate. The MVA has an audio version of the driver's manual on its site, and LBPH may have accessible formats too.
P: the mva one is hard to navigate with my screen magnifier
S: I'll have the Maryland Library for the Blind and Print Disabled follow up with accessible options.
P: that would be great. ravi.menon.77@gmail.com
""", "ravi.menon.77@gmail.com|research|print-disability||print-disability"),

h3("CA-H047", "2025-12-11 16:14:29", "Stevenson University Library", "web", "stevenson-amy", """
P: I have a $50 charge on my account for a laptop charger I returned!!
S: Hi, Amy at Stevenson library. I'm sorry about that. When did you return it?
P: like last tuesday, I put it in the drop with the laptop
S: Chargers sometimes get separated. I'll have our circulation manager look for it and email you.
P: ok. dpatel3@stevenson.edu
""", "dpatel3@stevenson.edu|circulation|none|STEVENSON|local"),

h3("CA-H048", "2026-01-08 14:20:52", "Stevenson University Library", "web", "stevenson-amy", """
P: refworks wont let me log in. says my institution isn't recognized
S: Hi! Amy here. Are you using the Stevenson RefWorks link from our databases page?
P: i'm using the one in word, the citation add-in
S: The add-in needs you to sign in through the website first. If that fails I'll have our e-resources librarian help.
P: failed. lbrown14@stevenson.edu
""", "lbrown14@stevenson.edu|access|none|STEVENSON|local"),

h3("CA-H049", "2026-01-15 15:37:03", "University of Maryland, Baltimore County", "web", "umbc-derek", """
P: I need sources on microplastics in the Chesapeake Bay for my BIOL 302 paper. everything I find is about oceans
S: Hi, Derek at UMBC. Try Web of Science with "microplastic*" AND (Chesapeake OR estuar*).
P: that helps. my prof also wants a government report
S: NOAA and the Chesapeake Bay Program have reports. I'll have our science librarian send a few by email.
P: thank you! jokafor2@umbc.edu
""", "jokafor2@umbc.edu|research|none|UMBC|local"),

h3("CA-H050", "2026-01-22 12:05:45", "University of Maryland, Baltimore County", "ca", "umbc-derek", """
P: hi I'm home in Montreal for winter break and the library proxy won't let me into any databases
S: Hi, Derek at UMBC library. Are you getting an error message?
P: "access denied: your location is not permitted"
S: That's odd, the proxy should work anywhere. I'll report it to our systems team and have them email you.
P: merci. aduval1@umbc.edu
""", "aduval1@umbc.edu|access|none|UMBC|local"),

h3("CA-H051", "2026-01-29 10:44:18", "Towson University", "web", "towson-jen", """
P: For my history class I have to write about what Towson was like in the 1880s. Where do I find census records and old newspapers?
S: Hi, Jen at Cook Library. Ancestry Library Edition has the census, and the Baltimore County Historical Society has local papers.
P: can I get the 1880 census without going to the library
S: Some of it is on FamilySearch for free. I'll have our history librarian follow up with more.
P: thanks! jsaunders@students.towson.edu
""", "jsaunders@students.towson.edu|research|specialist|TOWSON|local"),

h3("CA-H052", "2026-02-05 19:09:37", "Towson University", "web", "towson-jen", """
P: Films on Demand videos won't play for me, it just shows a black box
S: Hi, Jen at Cook Library. Which browser?
P: chrome. also this chat has frozen 3 times now
Y: Chat reconnected.
P: can someone just email me instead. this is not working
S: I'm sorry! I'll report the chat problems and have our e-resources librarian email you about Films on Demand.
P: mkhalil@students.towson.edu
""", "mkhalil@students.towson.edu|access|none|TOWSON|quality"),

h3("CA-H053", "2026-02-12 11:22:09", "Frostburg State University", "web", "fsu-mark", """
P: Hi, I'm not a student, I live in LaVale. Can community members borrow books from your library?
S: Hi! Mark at Ort Library. Community members can get a borrower's card, I believe for a small fee. Let me check the details.
P: Thanks, I'm mostly interested in your Appalachian history books.
S: I'll have our circulation staff email you about the community borrower card.
P: wonderful, sandra.keefer@atlanticbb.net
""", "sandra.keefer@atlanticbb.net|policy|none|FSU|local"),

h3("CA-H054", "2026-02-19 13:55:40", "Anne Arundel Community College", "web", "aacc-lisa", """
P: what are the tutoring center hours
S: Hi, Lisa at Truxal Library. The Tutoring Center is in the library building. I think Mon-Thu 9-7, but let me confirm. Can I get your email?
P: i'd rather not
S: No problem! You can also find the hours on the AACC Learning Commons page.
""", "|other|none|AACC|no-email"),

h3("CA-H055", "2026-02-26 17:20:14", AUN, "twilio", "kim", """
P: do u have any jobs at the library
S: Hi! Kim at AskUsNow. Libraries post jobs on their websites. Which area?
P: glen burnie
S: Anne Arundel County Public Library lists jobs on aacpl.net. Want them to email you about openings?
P: ok kenny.b.92@gmail.com
""", "kenny.b.92@gmail.com|other|none|AACPL|local"),

h3("CA-H056", "2026-03-05 11:38:27", AUN, "web", "sue", """
P: I was cleaning out my late father's house and found a library book stamped "Silver Spring Public Library" from 1979! Where should I return it?
S: Hi! I'm Sue. What a find. That library is part of Montgomery County Public Libraries now. You can return it to any MCPL branch.
P: I live in Frederick, not near there. can I drop it at my library?
S: Frederick County Public Libraries might be able to send it along. I'll ask them to follow up.
P: Great. joe.markley@gmail.com
""", "joe.markley@gmail.com|circulation|none|FCPL|local"),

h3("CA-H057", "2026-03-12 14:50:05", EPFL, "web", "rob", """
P: how do i file for divorce in baltimore city without a lawyer
S: Hi, Rob at Pratt. The Maryland Courts have divorce forms and instructions, and the Family Law Self-Help Center at the courthouse can help.
P: i live in the city yes. we have no kids and agree on everything
S: That may be a simpler case. I'll refer your question to the Maryland State Law Library so they can send the right forms.
P: ok. t.wallace.410@gmail.com
""", "t.wallace.410@gmail.com|research|law|EPFL|law"),

h3("CA-H058", "2026-03-19 10:16:51", AUN, "web", "chris_m", """
P: Hello. I am trying to find the deed to my grandparents' farm in Frederick County. They bought it around 1940.
P: I live in Pennsylvania now so I can't easily get to the courthouse.
S: Hi, I'm Chris. Maryland land records are searchable on MDLandRec, free with an account. 1940 deeds are scanned but indexes can be tricky.
P: I made an account but I can't figure out the index
S: I'll pass this to a specialist in land records who can follow up with you.
P: Thank you. marjorie.hess@ptd.net
""", "marjorie.hess@ptd.net|research|specialist||specialist"),

h3("CA-H059", "2026-03-26 15:04:32", AUN, "web", "will", """
P: I'm trying to trace my family back to Ireland. I've got them arriving in Baltimore about 1850 but then nothing.
S: Hi, I'm Will. Passenger lists for Baltimore from that era exist but are spotty.
P: I live in Laurel if there's anyone local who can help
S: Prince George's County Memorial Library has genealogy help. I'll pass this to them and note it needs a genealogy specialist.
P: great. dennis.oshea@gmail.com
""", "dennis.oshea@gmail.com|research|specialist|PGCMLS|local"),

h3("CA-H060", "2026-04-02 09:12:46", AUN, "ca", "sue", """
P: Bonjour. I am a librarian at a public library in Quebec. Do Maryland libraries lend books to libraries in Canada through interlibrary loan?
S: Hi! I'm Sue. Some do, through OCLC. It depends on the library that owns the book.
P: We need "Tidewater Maryland" by Paul Wilstach for a patron.
S: I'll ask a Maryland librarian to check who can lend it and follow up.
P: Merci! ill.biblio@example.org
""", "ill.biblio@example.org|access|none||default"),

h3("CA-H061", "2026-04-09 12:30:18", AUN, "web", "nate", """
P: are dogs allowed in the library? my dog is small and well behaved lol
S: Hi, I'm Nate. Usually only service animals. Which library?
P: the one in ocean city, we live here year round
S: Worcester County Library's policy would apply. I'll have them email you.
P: k. beachdogmom@gmail.com
""", "beachdogmom@gmail.com|policy|none|WORCESTER|local"),

h3("CA-H062", "2026-04-16 18:41:03", AUN, "sms", "kim", """
P: books overdue can i still return
S: Hi, Kim at AskUsNow. Yes! Which library?
P: harford
S: Harford has no late fines. Just return them. Want them to email you?
P: no
""", "|circulation|none|HARFORD|no-email"),

h3("CA-H063", "2026-04-23 13:26:40", AUN, "web", "chris_m", """
P: The librarian I chatted with last week told me my court date was May 3rd and it was actually April 30th. I missed it.
S: I'm very sorry. I'm Chris. That's a serious mistake and I'll make sure it's reviewed.
P: Now I have a failure to appear. What do I do?
S: That's a legal question, and I'll also make sure a law librarian follows up with resources.
P: my email is sheree.dawkins@gmail.com
""", "sheree.dawkins@gmail.com|research|law||quality"),

h3("CA-H064", "2026-04-30 16:17:55", AUN, "web", "will", """
P: my dog bit my neighbors kid, not badly. where can i find the maryland law about dog bites? am i liable
S: Hi, I'm Will. Maryland has a statute on dog owner liability, in the Courts and Judicial Proceedings article. I can't give legal advice though.
P: can you find me the exact statute
S: I'll refer this to the Maryland State Law Library. They'll email you the statute and some guides.
P: ok jmorrow.md@gmail.com
""", "jmorrow.md@gmail.com|research|law||law"),

h3("CA-H065", "2026-05-07 11:03:36", AUN, "web", "sue", """
P: is there a lost and found at the bel air library? I left a black umbrella there yesterday
S: Hi, I'm Sue. Yes, ask at the desk. I can ask them to check if you want.
P: yes please! i'll come back Saturday. jen.holloway@gmail.com
""", "jen.holloway@gmail.com|other|none|HARFORD|local"),

h3("CA-H066", "2026-05-14 20:28:11", AUN, "web", "kim", """
P: how do i print from my phone at the library
S: Hi! I'm Kim. Most libraries have mobile printing: you upload to a web page and release it at the printer. Which library?
P: not sure yet, maybe whichever is closest to my new job
S: OK! I'll have someone send general instructions by email.
P: thanks, nora.quinlan@gmail.com
""", "nora.quinlan@gmail.com|other|none||default"),

h3("CA-H067", "2026-05-21 23:48:40", AUN, "web", "coop-maya@chat.libraryh3lp.com", """
Y: No Maryland librarian is available right now. Connecting you to a 24/7 Cooperative librarian.
S: Hi! I'm Maya, a backup librarian in Washington state. What can I help with?
P: what is photosynthesis in simple words my science test is tomorrow
S: Plants use sunlight, water and carbon dioxide to make sugar (food) and give off oxygen.
P: can you send me a video or something. my email is aiden.ruiz.12@gmail.com
S: Here's a good one from Crash Course Kids. A Maryland librarian will also follow up with more.
""", "aiden.ruiz.12@gmail.com|research|none||default"),

h3("CA-H068", "2026-05-28 15:52:24", AUN, "web", "nate", """
P: kanopy says ive used all my credits for the month but i only watched 2 movies
S: Hi, I'm Nate. Some libraries count each movie as several credits. Which library?
P: pg county
S: PGCMLS sets its own Kanopy credit limit. I'll have them explain it by email.
P: tyrell.grant@gmail.com
""", "tyrell.grant@gmail.com|access|none|PGCMLS|local"),

h3("CA-H069", "2026-06-04 10:35:09", AUN, "web", "sue", """
P: I got a bill for a damaged board book, my toddler chewed it. it's $12. can I just buy a new copy instead?
S: Hi, I'm Sue. Many libraries accept a replacement copy. Which library?
P: we live in havre de grace
S: That's Harford County Public Library. I'll ask them to confirm and email you.
P: katie.lindqvist@gmail.com
""", "katie.lindqvist@gmail.com|circulation|none|HARFORD|local"),

h3("CA-H070", "2026-06-11 14:08:57", AUN, "web", "will", """
P: Does the library for the blind lend described movies? My mom has low vision and loves old westerns.
S: Hi, I'm Will. LBPH does have described DVDs, I believe. She'd need to be registered with them.
P: She already gets talking books from them. How do we add movies?
S: I'll have LBPH follow up. What's the best email?
P: it's pjacobs (at) comcast (dot) net
""", "pjacobs@comcast.net|policy|print-disability||print-disability|wo"),

h3("CA-H071", "2026-06-18 12:44:31", AUN, "sms", "kim", """
P: notary at upper marlboro branch?
S: Hi, Kim at AskUsNow. Not sure, I'd need to check. Can I get an email for a reply?
P: just text
S: I can't text back later, sorry! Call the branch to ask.
""", "|other|none|PGCMLS|no-email"),

h3("CA-H072", "2026-06-25 19:19:06", AUN, "web", "chris_m", """
P: can you find the original study this article cites? https://medium.com/@rosa.writes/why-libraries-still-matter
P: it says "a 2019 Pew study found..." but doesn't link it
S: Hi! I'm Chris. Pew did a few library studies around then. Let me look.
S: Could you leave an email so someone can send you the exact report?
P: nah you can reply here, ill check back
S: Chats close when you leave, but here's Pew's library research page to start.
""", "|research|none||no-email"),

h3("CA-H073", "2026-07-02 10:27:15", AUN, "web", "nate", """
P: how do i use the 3d printer at the library
S: Hi, I'm Nate. Some branches have makerspaces with 3D printers. Which library?
P: the one in eldersburg
S: Carroll County's Eldersburg branch has a makerspace! They'll email you how to book it. What's your email?
P: tbeck@verizon.com
P: sorry it's tbeck@verizon.net not .com
S: Got it!
""", "tbeck@verizon.net|other|none|CARROLL|local"),

h3("CA-H074", "2026-07-09 15:03:12", AUN, "web", "sue", """
P: hi?
Y: Guest has left the conversation.
""", None, res="Lost Call"),

h3("CA-H075", "2026-07-16 11:14:49", EPFL, "web", "rob", """
P: what time does central close today
S: Hi, Rob at Pratt. Central is open until 8 tonight.
P: thanks!
""", None, res="Answered"),
h3("CA-H076", "2026-07-23 13:40:27", AUN, "web", "chris_m", """
P: My great-grandfather supposedly patented a kind of oyster tongs in the 1920s. How can I find the patent if I only know his name?
S: Hi, I'm Chris. Google Patents searches old patents, but pre-1976 patents often aren't searchable by inventor name because the text was scanned badly.
P: That's exactly my problem. His name was Elmer Tawes.
S: This needs someone who knows historical patent searching. I'll pass it to a specialist.
P: Thank you! gtawes.family@gmail.com
""", "gtawes.family@gmail.com|research|specialist||specialist"),

h3("CA-H077", "2026-07-30 16:12:53", AUN, "web", "sue", """
P: hi, I'm in Ohio but my family is from Ellicott City. Are there maps of the town from before the 1868 flood?
S: Hi! I'm Sue. There are a few: the 1860 Martenet map of Howard District, for one.
P: I'd love something showing individual buildings on Main Street
S: That's a specialist question. I'll refer it to a map librarian.
P: great. rfleming.oh@gmail.com
""", "rfleming.oh@gmail.com|research|specialist||specialist"),

h3("CA-H078", "2026-08-06 10:09:31", AUN, "web", "will", """
P: I'm a grad student at Georgetown writing a dissertation on tobacco plantations in St. Mary's County in the 1850s.
P: I need land records and estate inventories
S: Hi, I'm Will. The Maryland State Archives has St. Mary's County land and probate records, some on mdlandrec.net.
P: Some of the courthouse records burned in 1831, right?
S: Yes, which makes it harder. I'll pass this to a specialist in Maryland archival research.
P: thanks, kd874@georgetown.edu
""", "kd874@georgetown.edu|research|specialist||specialist"),

h3("CA-H079", "2026-08-13 14:45:16", AUN, "web", "nate", """
P: i'm writing a blog post on the history of Lexington Market. any good sources on the early years, like 1780s-1850s?
S: Hi, I'm Nate. The market's own website has a short history, and the Baltimore Sun archives go back to 1837.
P: i want old photos and vendor records too
S: That's special collections territory. I'll have a local history specialist email you.
P: sweet. bmorefoodhistory@gmail.com
""", "bmorefoodhistory@gmail.com|research|specialist||specialist"),

h3("CA-H080", "2026-08-20 11:31:49", EPFL, "web", "rob", """
P: Can I see Sanborn maps for my block? It's the 2400 block of Guilford Ave
S: Hi, Rob at Pratt. Baltimore's Sanborn maps are online through the Library of Congress for some years, and we have others in special collections.
P: I'm trying to figure out when my house was built
S: Our special collections staff love this kind of question. I'll pass it to them.
P: awesome thank you. elena.vos@gmail.com
""", "elena.vos@gmail.com|research|specialist||specialist"),

h3("CA-H081", "2026-08-27 09:44:02", AUN, "ca", "sue", """
P: Hello from Nova Scotia. I'm researching Acadian families deported to Maryland in 1755-56. Some landed at Baltimore.
S: Hi! I'm Sue. What a history. The Maryland Archives has some records, and there's the "French Town" in Baltimore.
P: I'm looking for baptisms or any list of names.
S: I'll pass this to a genealogy specialist who can follow up.
P: Thank you kindly. lmelanson@eastlink.ca
""", "lmelanson@eastlink.ca|research|specialist||specialist"),

h3("CA-H082", "2026-09-03 15:18:24", AUN, "web", "kim", """
P: we're applying for a historic tax credit and need to document the original appearance of a rowhouse in Bolton Hill. are there old building permits or photos?
S: Hi, I'm Kim. The Commission for Historical and Architectural Preservation may have files, and old photos sometimes exist in library collections.
P: chap sent us some but nothing before 1950
S: I'll refer this to a specialist in Baltimore architectural records.
P: thx, our email is mcgregor.reno@example.org
""", "mcgregor.reno@example.org|research|specialist||specialist"),

h3("CA-H083", "2026-09-10 18:24:50", AUN, "sms", "will", """
P: looking 4 obit of my uncle 1987 cumberland times
S: Hi, Will at AskUsNow. What's his name and when did he die?
P: james albright march 87
S: A specialist can search microfilm. Email?
P: sherryalb62@gmail.com
""", "sherryalb62@gmail.com|research|specialist||specialist"),

h3("CA-H084", "2026-09-17 12:52:17", AUN, "web", "chris_m", """
P: I got served papers for a debt collection lawsuit. I don't think I even owe this. How do I respond?
S: Hi, I'm Chris. I'm sorry. There's usually a deadline to file a "notice of intention to defend". Don't miss it.
P: The papers say 15 days.
S: OK. I'll refer this to the Maryland State Law Library right away, and the District Court has a self-help center you can call.
P: Please. ramona.velez@gmail.com
""", "ramona.velez@gmail.com|research|law||law"),

h3("CA-H085", "2026-09-24 20:05:38", AUN, "twilio", "kim", """
P: my job wont pay overtime is that legal
S: Hi, Kim at AskUsNow. Depends on the job. MD Dept of Labor handles wage complaints. Where do you live?
P: owings mills
S: A law librarian can send info. Email?
P: marcus.d.lee@gmail.com
""", "marcus.d.lee@gmail.com|research|law|BCPL|law"),

h3("CA-H086", "2026-10-01 14:27:11", AUN, "web", "nate", """
P: my green card expires in 4 months. do i need a lawyer to renew it? i live in hyattsville
S: Hi, I'm Nate. Renewal is form I-90 with USCIS. Many people file it themselves, but I can't give legal advice.
P: i have an old misdemeanor, does that matter
S: That's a question where legal help matters. I'll refer you to the Maryland State Law Library for legal aid resources.
P: thank you. hmekonnen@gmail.com
""", "hmekonnen@gmail.com|research|law|PGCMLS|law"),

h3("CA-H087", "2026-10-08 11:58:43", AUN, "ca", "sue", """
P: Hi, I'm in Ottawa. My late aunt left a condo in Ocean City, Maryland. How does probate work in Maryland for someone out of the country?
S: Hi! I'm Sue. Probate is handled by the Register of Wills in the county where she lived. Worcester County for Ocean City.
P: Do I need a Maryland lawyer?
S: Possibly. I'll refer this to the Maryland State Law Library so they can send information about out-of-state personal representatives.
P: Thank you. c.lafleur@example.org
""", "c.lafleur@example.org|research|law||law"),

h3("CA-H088", "2026-10-15 17:36:09", AUN, "web", "will", """
P: I use JAWS and I can't find the search box on the anne arundel library website. it reads a lot of unlabeled buttons
S: Hi, I'm Will. I'm sorry, that's an accessibility problem they should know about. Are you in Anne Arundel County?
P: yes glen burnie
S: I'll mention it to them, and I'll also have the Library for the Blind and Print Disabled reach out, since they have accessible catalogs and services.
P: that works. davidkwan.jaws@gmail.com
""", "davidkwan.jaws@gmail.com|access|print-disability|AACPL|print-disability"),

h3("CA-H089", "2026-10-22 13:03:27", AUN, "web", "kim", """
P: my wife had a stroke and she can't read print anymore, the words jumble. can she get the talking books?
S: Hi, I'm Kim. I'm so sorry. People who can't read standard print because of a physical or visual condition often qualify. A doctor certifies it.
P: her neurologist would do that
S: Great. I'll have the Maryland Library for the Blind and Print Disabled email you the application.
P: thank you. walt.kowalski55@comcast.net
""", "walt.kowalski55@comcast.net|policy|print-disability||print-disability"),

h3("CA-H090", "2026-10-29 10:20:15", AUN, "web", "sue", """
P: hello, i'm a blind piano student. does anyone lend braille music scores? I need Chopin nocturnes
S: Hi! I'm Sue. Yes, the National Library Service has a braille music collection, and Maryland's LBPH can connect you.
P: i'm already registered with LBPH for books but didn't know about music
S: I'll have LBPH follow up about music. What email should they use?
P: olivia.tran.music@gmail.com
""", "olivia.tran.music@gmail.com|policy|print-disability||print-disability"),

h3("CA-H091", "2026-11-05 16:48:33", AUN, "web", "chris_m", """
P: I want to complain about the librarian I talked to an hour ago. She talked to me like I was a child.
P: I'm 68 years old and I asked a simple question about e-books.
S: I'm sorry, that's not how anyone should be treated. I'm Chris. I'll send this to our quality team for review.
P: Thank you. My email is marion.greaves@verizon.net
""", "marion.greaves@verizon.net|other|none||quality"),

h3("CA-H092", "2026-11-12 19:27:06", AUN, "web", "will", """
P: the chat ended on me and lost my whole question. ok again: my daughter is filling out the FAFSA and we don't understand the part about untaxed income
Y: The chat session was disconnected. Reconnecting...
P: AGAIN?
S: I'm so sorry, I'm Will. I'll report these disconnects. studentaid.gov has a guide to each question, and the FAFSA help line is free.
P: please just email me something. bernadette.lowe@gmail.com
""", "bernadette.lowe@gmail.com|research|none||quality"),

h3("CA-H093", "2026-11-19 22:03:44", AUN, "web", "kim", """
P: why are libraries so woke now, you people are ******* idiots
S: I'm Kim. I'm happy to help with a library question. Please keep it respectful.
P: [abusive message]
S: I'm ending this chat now.
Y: The librarian has ended the chat.
""", "|other|none||no-email"),

h3("CA-H094", "2026-11-26 12:41:20", AUN, "web", "sue", """
P: what year did the bay bridge open? and was it the longest bridge back then
S: Hi! I'm Sue. The first span of the Chesapeake Bay Bridge opened in 1952. It was one of the longest over-water steel structures in the world.
P: cool, can someone send me a source for my trivia night
S: Sure! What's your email?
P: trivia.tuesdays.crew@gmail.com
""", "trivia.tuesdays.crew@gmail.com|research|none||default"),

h3("CA-H095", "2025-01-04 14:14:56", AUN, "web", "nate", """
P: do maryland libraries take donations of old encyclopedias? i have a whole set of world book from 1995
S: Hi, I'm Nate. Most libraries can't add old encyclopedias, but their Friends groups sometimes sell donated books.
P: which library takes them
S: It varies. I'll have someone email you some options.
P: ok thx, grandpajoe.md@gmail.com
""", "grandpajoe.md@gmail.com|policy|none||default"),

h3("CA-H096", "2025-02-01 11:20:38", AUN, "web", "will", """
P: can i reserve a study room at the library near my office
S: Hi! I'm Will. Most libraries do let you book study rooms. Which library is near your office?
P+300: sorry was in a meeting. i'll figure out which one. can u send me general info on how booking works
S: Sure. What's your email?
P: s.obi.works@gmail.com
""", "s.obi.works@gmail.com|policy|none||default"),

h3("CA-H097", "2025-03-01 09:58:17", AUN, "web", "sue", """
P: is there a way to get the New York Times crossword through the library
S: Hi, I'm Sue. Some library NYT passes include Games, some don't. Which library do you use?
P: Good question, I just moved here
S: Welcome! I'll have someone email you how to find your library and the NYT options.
P: thanks. arlene.fitch@gmail.com
""", "arlene.fitch@gmail.com|access|none||default"),

h3("CA-H098", "2025-04-05 15:36:29", AUN, "ca", "kim", """
P: bonjour, est-ce que vous avez des livres numériques en français?
S: Bonjour! I'm Kim, I read French a little. Yes, many Maryland libraries have French e-books in Libby. Which library do you use?
P: je suis à Montréal, je visite ma fille le mois prochain
S: Merci! I'll have someone email you about visitor access. Courriel?
P: g.tremblay@videotron.ca
""", "g.tremblay@videotron.ca|policy|none||default"),

h3("CA-H099", "2025-05-03 16:02:44", AUN, "web", "chris_m", """
P: i need recipes from colonial maryland for a school project. like what they actually ate
S: Hi! I'm Chris. Fun! Historic St. Mary's City has info on colonial food, and there are historic cookbooks online.
P: we have to cook one and bring it in
S: Maybe crab soup or johnnycakes! I'll have a librarian email you some historical recipes.
P: ok my email is ella.rosenbaum09@gmail.com
""", "ella.rosenbaum09@gmail.com|research|none||default"),

h3("CA-H100", "2025-06-07 12:47:13", AUN, "twilio", "will", """
P: how long can i keep a dvd
S: Hi, Will at AskUsNow. Usually 1 to 3 weeks, depends on the library. Which one?
P: dunno
S: OK! Want a general answer by email?
P: sure. kaylee.b.22@gmail.com
""", "kaylee.b.22@gmail.com|policy|none||default"),

h3("CA-H101", "2025-08-09 10:32:57", AUN, "web", "nate", """
P: Hello. I'm 72 and my grandson in Bethesda showed me how to use email but I want to learn more about computers. Is there a free class?
S: Hi! I'm Nate. Lots of libraries have free classes for seniors. Where do you live?
P: I'd rather not say online
S: That's fine. I'll have someone email you a list of statewide options.
P: Thank you dear. dorothy.hinkle@aol.com
""", "dorothy.hinkle@aol.com|other|none||default"),

h3("CA-H102", "2025-09-06 13:15:33", AUN, "web", "sue", """
P: I'm a student at Frostburg State and I need an article the Ort Library doesn't have
S: Hi! I'm Sue. You can request it through interlibrary loan. Have you used ILLiad?
P: i made an account but it says my account is pending
S: Frostburg's ILL staff will need to activate it. I'll have them follow up.
P: okay, bwagner5@frostburg.edu
""", "bwagner5@frostburg.edu|access|none|FSU|local"),

h3("CA-H103", "2025-10-04 19:48:21", AUN, "web", "will", """
P: i go to umbc, how much is the fine if you return a laptop late
S: Hi! I'm Will. Laptop loans usually have higher late fees. UMBC's library sets that.
P: ok can they email me the policy
S: Sure. Your email?
P: kfrancis2@umbc.edu
""", "kfrancis2@umbc.edu|policy|none|UMBC|local"),

h3("CA-H104", "2025-11-08 11:22:05", AUN, "web", "kim", """
P: I'm a nursing student at AACC and I can't get into CINAHL from home
S: Hi, I'm Kim. Are you going through the AACC library's website?
P: yes, it asks me to log in, and then says "invalid credentials" even though I can get into Canvas
S: That's something the Truxal Library staff need to check. I'll refer it.
P: thanks. t.oyelaran@email.aacc.edu
""", "t.oyelaran@email.aacc.edu|access|none|AACC|local"),

h3("CA-H105", "2025-12-06 14:51:46", AUN, "sms", "sue", """
P: perryville branch open sunday?
S: Hi, Sue at AskUsNow. Cecil County branches are usually closed Sundays. Want them to confirm by email?
P: yes. lisa.mahon@gmail.com
""", "lisa.mahon@gmail.com|policy|none|CECIL|local"),

h3("CA-H106", "2026-01-10 10:17:29", AUN, "web", "nate", """
P: I live in Hurlock and I have a book that's 3 months overdue. I'm embarrassed. will I owe a lot?
S: Hi, I'm Nate. Don't be embarrassed, it happens! Dorchester County Public Library can tell you about any charges.
P: ok. i'd like to know before i go in
S: I'll have them email you.
P: jbrinsfield@gmail.com
""", "jbrinsfield@gmail.com|circulation|none|DORCHESTER|local"),

h3("CA-H107", "2026-02-07 15:39:11", AUN, "web", "will", """
P: can i print a boarding pass at the library in princess anne? i fly tomorrow
S: Hi! I'm Will. Somerset County libraries have public printers. Hours vary.
P: ok can they email me the hours
S: Sure, what's your email?
P: keisha.t.dryden@gmail.com
""", "keisha.t.dryden@gmail.com|other|none|SOMERSET|local"),

h3("CA-H108", "2026-03-14 12:26:38", AUN, "web", "kim", """
P: does the library in grantsville let kids under 12 get their own card
S: Hi, I'm Kim. Ruth Enlow Library usually issues children's cards with a parent's signature.
P: can they send me the form? we're in grantsville
S: I'll ask them to email you.
P: the.yoders4@gmail.com
""", "the.yoders4@gmail.com|policy|none|GARRETT|local"),

h3("CA-H109", "2026-04-11 17:44:09", AUN, "web", "sue", """
P: does caroline county library have hoopla? I live in Denton
S: Hi, I'm Sue. I'm not sure, let me check their site... I see Libby but not Hoopla.
P: darn. ok can someone tell me what streaming they have
S: Sure, I'll have Caroline County Public Library email you.
P: r.kemp.denton@gmail.com
""", "r.kemp.denton@gmail.com|access|none|CAROLINE|local"),

h3("CA-H110", "2026-05-09 11:09:52", AUN, "web", "nate", """
P: my hold at the mount airy branch expired before i could pick it up, can they put it back
S: Hi, I'm Nate. Which library system? Mount Airy's on the county line.
P: carroll county side, we live there
S: Thanks. Carroll County Public Library can usually re-place the hold. I'll have them follow up.
P: ok. dpfeiffer@gmail.com
""", "dpfeiffer@gmail.com|circulation|none|CARROLL|local"),

h3("CA-H111", "2026-06-13 20:33:18", AUN, "web", "will", """
P: how do i change the pickup location for my holds
S: Hi! I'm Will. In most catalogs it's under My Account > Holds. Which library?
P: not sure its the one on my card lol. my email is dwayne.p at
Y: Guest has left the conversation.
""", "|circulation|none||no-email"),

h3("CA-H112", "2026-07-11 13:12:25", AUN, "sms", "kim", """
P: mcpl card renew?
S: Hi, Kim at AskUsNow. MCPL cards renew online or at any branch. Need help?
P: its blocked
S: Want MCPL to email you?
P: no ill call
""", "|circulation|none|MCPL|no-email"),

h3("CA-H113", "2026-08-08 10:04:39", AUN, "web", "sue", """
P: how do i cite a youtube video in mla
S: Hi! I'm Sue. Author or channel. "Title." YouTube, uploaded by X, Day Month Year, URL.
P: perfect thanks!
""", None, res="Answered"),

h3("CA-H114", "2026-09-05 18:50:07", AUN, "sms", "will", """
P: hello
Y: Guest has left the conversation.
""", None, res="Lost Call"),
]
