"""LibChat-style chats of the "a_" corpus, as data. See a_build.py for the notation."""

from a_build import lc

AUN = "Maryland AskUsNow! Public Library"
EPFL = "Enoch Pratt Free Library"
COOP = "24/7 Cooperative"

CHATS = [
lc("CA-L001", "2025-01-14 10:12:07", AUN, "Dana", "dana.reyes77@gmail.com", "can i renew my books online",
   "Sue", """
Y: Thank you for contacting AskUsNow! A librarian will be with you shortly.
S: Hi Dana, this is Sue. How can I help?
P: hi can i renew my books online?? they're due tomorrow
S: Usually yes! Which library's card do you use?
P: bcpl, i go to the parkville one
S: You can renew through My Account on the BCPL website. Log in with your card number and PIN.
P: it says renewal limit reached on 2 of them
S: Hmm, that usually means they've been renewed the max number of times or someone has a hold.
P: ugh ok. can someone check if i can get more time on those 2
S: I'll mark this for follow up so BCPL staff can look at your account. Someone will email you within 72 hours.
P: thx
""", "dana.reyes77@gmail.com|circulation|none|BCPL|local"),

lc("CA-L002", "2025-01-22 19:40:51", AUN, "Marcus T", "mtillman.home@yahoo.com", "landlord keeping my security deposit",
   "Will", """
S: Hello! I'm Will, a librarian with AskUsNow!. What can I help you find tonight?
P: my landlord wont give back my security deposit its been 2 months. is that legal in md
P: I moved out of my apt in Hyattsville in november
S: I'm sorry you're dealing with that. I can point you to some information but I can't give legal advice.
S: The Maryland Courts' self-help pages have a section on security deposits. Generally a landlord has 45 days to return it or send a list of damages.
P: he hasnt sent anything. can i take him to small claims?
S: That's a great question for a law librarian. I'm going to mark this so the Maryland State Law Library can follow up with you by email.
P: ok thank you
""", "mtillman.home@yahoo.com|research|law|PGCMLS|law"),

lc("CA-L003", "2025-02-03 14:02:33", "Towson University", "Kayla", "kbrooks4@students.towson.edu", "full text of an article",
   "Jen", """
P: Hi I'm trying to get the full text of an article for my nursing class
S: Hi Kayla! Sure. Do you have the citation?
P: Lopez, R. (2021). Nurse burnout during COVID-19. Journal of Nursing Management 29(5)
S: Thanks. It looks like we have that journal through ProQuest. Are you on campus or off campus?
P: off campus. when i click the link it asks me to sign in then just loops back to the sign in page
S: That sounds like a proxy problem. Try clearing cookies or using a private window?
P: tried both. same thing
S: I'll send this to our e-resources folks so they can check the link. They'll email you at your school address.
P: ok thanks!! its due friday tho
""", "kbrooks4@students.towson.edu|access|none|TOWSON|local"),

lc("CA-L004", "2025-02-11 11:25:10", AUN, "Gloria", "", "great grandfather death record",
   "Chris", """
Y: Thank you for contacting AskUsNow! A librarian will be with you shortly.
S: Hi Gloria, I'm Chris. What are you looking for today?
P: Hello. I am trying to find my great grandfather's death certificate. His name was Anthony Kowalczyk and he died in Baltimore around 1924 or 1925.
S: Thanks! The Maryland State Archives has death records for Baltimore City for those years. Do you know which parish or neighborhood?
P: I think Fells Point, the family was Polish. I have looked on Ancestry but cannot find him, maybe the name is spelled wrong.
S: Spelling variations are very common with Polish names. This would really benefit from someone who does genealogy research in depth.
S: I'll pass this to a genealogy specialist who can follow up by email. What email should they use?
P: gkowal.family@verizon.net
S: Got it. You should hear back within 72 hours.
""", "gkowal.family@verizon.net|research|specialist||specialist"),

lc("CA-L005", "2025-02-19 16:48:02", AUN, "mike", "", "sue grafton audiobook on libby",
   "Laurie", """
P: do u have sue grafton audiobooks on libby? looking for A is for Alibi
S: Hi Mike! I'm Laurie. Libby availability depends on your library. Which library card do you have?
P: howard county, i'm in ellicott city
S: OK, HCLS does have the Kinsey Millhone series in Libby. A is for Alibi shows a waitlist right now.
P: i tried placing a hold and it says "card not valid for this collection"
S: Hmm, that message usually means the card needs to be updated with the library. HCLS staff can check that.
P: ok. my email is mike.ostrowski@outlook.com
S: Thanks, I'll have HCLS follow up.
""", "mike.ostrowski@outlook.com|access|none|HCLS|local"),

lc("CA-L006", "2025-03-02 13:05:44", EPFL, "Guest", "", "central library sunday hours",
   "Rob", """
P: is central open today
S: Hi! The Central Library is open 1-5 on Sundays.
P: and the hampden branch? thats the one by me
S: Hampden is closed Sundays. It opens Monday at 10.
P: ok. do they have a meeting room i could book for a tenants group
S: Branches do have meeting spaces. I can have someone from Pratt follow up with the details, can I get your email?
P: no thats ok ill just call them monday
S: Sounds good! Thanks for chatting.
""", "|policy|none|EPFL|no-email"),

lc("CA-L007", "2025-03-09 01:47:19", AUN, "Trish", "trish.a.bell@gmail.com", "libby wont accept card",
   "Kelsey (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! All Maryland librarians are busy or offline. You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Trish, I'm Kelsey, a librarian in Oregon helping with AskUsNow! overnight. What's up?
P: libby keeps saying my card number is not recognized
P: i just got the card last week
S: Sorry about that! Which Maryland library system is your card from?
P+240: hello?
S: I'm here! Which library gave you the card?
P+300: sorry my kid woke up. i have to go, can someone just email me
S: Of course. A Maryland librarian will follow up within 72 hours at the email you gave us.
""", "trish.a.bell@gmail.com|access|none||default"),

lc("CA-L008", "2025-03-17 09:31:56", AUN, "R. Whitfield", "rwhitfield52@comcast.net", "complaint",
   "Sue", """
P: I want to file a complaint.
S: I'm sorry to hear that. I'm Sue. What happened?
P: I chatted last Tuesday about getting my late husband's military records and the librarian was very short with me and then just ended the chat.
P: I was told someone would email me and no one ever did. It has been a week.
S: I apologize, that should not have happened. Can you tell me roughly what time that was?
P: Around 3 in the afternoon. I live in Annapolis and my own library is always so helpful, I expected better.
S: I understand. I'm going to send this to our quality control team so it's reviewed, and I'll make sure your records question gets followed up too.
""", "rwhitfield52@comcast.net|other|none|AACPL|quality"),

lc("CA-L009", "2025-03-24 15:12:40", AUN, "Helen", "helen.markey@verizon.net", "talking books for my father",
   "Will", """
P: Good afternoon. My father is 84 and his macular degeneration has gotten so bad he can't read print anymore.
P: Someone told me there are talking books through the mail? Does he qualify?
S: Hi Helen, yes, the Maryland Library for the Blind and Print Disabled lends audiobooks and players free by mail to people who can't read regular print.
P: Wonderful. He lives with us in Frederick. What does he need to sign up?
S: There's an application that needs to be certified, by a doctor for example. I'll have LBPH staff email you the details and the form.
P: Thank you so much
""", "helen.markey@verizon.net|policy|print-disability|FCPL|print-disability"),

lc("CA-L010", "2025-04-01 12:20:09", AUN, "ashley", "ash.nguyen19@gmail.com", "lost and found",
   "Nate", """
P: hi i think i left my yellow legal pad at the catonsville branch yesterday, it has all my notes for my bar exam class lol
S: Oh no! I'm Nate. Does it have your name on it?
P: yes on the cover
S: Branches keep a lost and found at the desk. I can't see it from here but I can ask Catonsville to check and email you.
P: that would be amazing thank you
""", "ash.nguyen19@gmail.com|other|none|BCPL|local"),

lc("CA-L011", "2025-04-08 17:55:31", "Howard County Library System", "Jaylen", "jaylen.p2009@gmail.com", "basketball court",
   "Priya", """
P: is the basketball court behind glenwood branch open to anybody or do u need to sign up
S: Hi Jaylen! I'm Priya. The outdoor court at Glenwood is run with the county's rec department I believe.
P: ok so can i just go
S: I'm not 100% sure of the current rules, so I'll have Glenwood staff email you to confirm.
P: bet thanks
""", "jaylen.p2009@gmail.com|other|none|HCLS|local"),

lc("CA-L012", "2025-04-15 20:03:12", "Anne Arundel Community College", "Sam", "", "flame retardants sources",
   "Tom", """
P: I need 5 peer reviewed articles on flame retardants in kids pajamas for my ENV 110 paper
S: Hi Sam, I'm Tom. Good topic! Have you tried Academic Search Complete?
P: yea but i get a lot of stuff about furniture foam not clothes
S: Try: (flame retardant* OR PBDE) AND (children OR infant) AND (sleepwear OR textile*)
P: ok that's better. can someone send me a few more I'm kinda stuck. spaulding.sam@aacc.edu
S: Sure, I'll have a Truxal librarian follow up by email.
""", "spaulding.sam@aacc.edu|research|none|AACC|local"),

lc("CA-L013", "2025-04-23 21:14:58", AUN, "Keisha", "keisha.d.moore@gmail.com", "chris pratt movie",
   "Alicia", """
P: is the new chris pratt movie on kanopy or hoopla? my kids want to watch it
S: Hi Keisha! I'm Alicia. Let me look... I don't see it on Kanopy. Which library do you use? Hoopla depends on the library.
P: montgomery county. we're in silver spring
S: MCPL has Hoopla. I see a couple of his older movies but not the new one yet.
P: can you tell me when it comes
S: I can't predict that, but I'll have MCPL follow up about whether they can request it.
""", "keisha.d.moore@gmail.com|access|none|MCPL|local"),

lc("CA-L014", "2025-05-05 10:41:22", AUN, "", "derekfoyle@gmail.com", "hold on I Am Legend",
   "Will", """
P: can i put a hold on I Am Legend, the will smith one. dvd
S: Hi! I'm Will (no relation, ha). Sure, which library system are you with?
P: how do i know that
S: It's whoever gave you your library card. What county do you live in?
P+420: sorry had to step away. i need to go, can u just email me
S: No problem, someone will follow up by email within 72 hours.
""", "derekfoyle@gmail.com|circulation|none||default"),

lc("CA-L015", "2025-05-11 02:33:05", AUN, "Angela", "", "landlord changed the locks",
   "Ray W. (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Angela, I'm Ray, a backup librarian working from Texas tonight.
P: my landlord changed the locks on my apt while i was at work. all my stuff is inside. can he do that??
P: im in glen burnie
S: I'm so sorry. I'm not in Maryland and can't give legal advice, but in most states a landlord can't lock a tenant out without a court order.
S: Maryland's People's Law Library has a page on illegal lockouts. A law librarian should follow up with you on the Maryland specifics.
P: please. my email is angela.rios.md@gmail.com
S: Got it. A Maryland librarian will follow up within 72 hours. If you are in danger please call 911.
""", "angela.rios.md@gmail.com|research|law|AACPL|law"),

lc("CA-L016", "2025-05-19 13:17:44", AUN, "Bill", "", "pay a fine",
   "Kim", """
P: how do i pay a fine on my card
S: Hi Bill! I'm Kim. Which library is the card from?
P: harford county. bel air
S: HCPL doesn't charge overdue fines anymore, but there can be charges for lost or damaged items. Is there a charge on your account?
P: says $24.99 for a book i returned
S: That's worth having Harford staff check. Can I get an email so they can follow up?
P: i dont do email. ill just go in
S: That works too, the Bel Air branch desk can look it up.
""", "|circulation|none|HARFORD|no-email"),

lc("CA-L017", "2025-05-27 15:40:30", "Frostburg State University", "Tyler", "none", "ILL status",
   "Greg", """
P: hey i requested a book through interlibrary loan like 3 weeks ago and havent heard anything
S: Hi Tyler, I'm Greg. Do you remember the title?
P: The Making of Appalachia, by some guy named Harkins? idk
S: I can't see ILL requests from here, but the Ort Library ILL staff can check. What's your email?
P: tkowalski at frostburg dot edu
S: Thanks! They'll email you.
""", "tkowalski@frostburg.edu|access|none|FSU|local|wo"),

lc("CA-L018", "2025-06-03 10:05:02", AUN, "Ruth", "ruth.ebersole@gmail.com", "old maps of our farm",
   "Chris", """
P: Hi, we live outside Taneytown on a farm that has been in my husband's family since the 1870s.
P: I would love to find an old map showing the property and the original owners. Also maybe the deed.
S: What a great project! I'm Chris. The 1877 Lake atlas of Carroll County shows landowners' names. Land records are at the courthouse or on MDLandRec.
P: We tried MDLandRec but I don't understand how to search it back that far.
S: It can be tricky. Carroll County's library has a Maryland history collection and staff who know the local records. I'll have them follow up.
P: Thank you!
""", "ruth.ebersole@gmail.com|research|specialist|CARROLL|local"),

lc("CA-L019", "2025-06-09 14:22:47", EPFL, "D. Harmon", "dharmon.research@gmail.com", "coal miners records",
   "Jen", """
P: I'm writing a family history and need records of coal miners around Cumberland and Frostburg from about 1890-1920
P: specifically payroll or accident records from the Consolidation Coal Company
S: Hi! I'm Jen. That's a deep dive. Some company records ended up in archives, and newspapers reported mine accidents.
S: Have you looked at Chronicling America for the Cumberland papers?
P: yes found a little. I'm really looking for employment records
S: I'll send this to our special collections librarians at the State Library Resource Center. They'll follow up by email.
""", "dharmon.research@gmail.com|research|specialist||specialist"),

lc("CA-L020", "2025-06-16 19:58:10", AUN, "Pam", "pamlewes@gmail.com", "high school yearbook 1978",
   "Marcus", """
P: hi! I live in Delaware now but grew up in Salisbury. Trying to find my 1978 Wi-Hi yearbook for our reunion
S: Hi Pam, I'm Marcus. Fun! Some libraries keep local yearbooks in their Maryland room.
P: is it online anywhere? I'm in Lewes so its a drive
S: Some are digitized, some aren't. I'll pass this to a local history specialist to check for you.
P: great thanks
""", "pamlewes@gmail.com|research|specialist||specialist"),

lc("CA-L021", "2025-06-24 11:30:16", AUN, "", "lkamara@gmail.com", "can't get pdf of article",
   "Sue", """
P: i need this article: Okafor, J. & Frederick A. Rogers (2019) "Stormwater retrofits in older suburbs" J. of Environmental Management
P: it wants me to pay $39.95 for the pdf
S: Hi, I'm Sue. Don't pay for it! Are you a student or affiliated with a college?
P: not anymore i graduated
S: OK. Some public libraries can get articles through interlibrary loan. Do you have a public library card?
P: i think so somewhere lol
S: I'll mark this for follow up and someone can help you request it.
""", "lkamara@gmail.com|access|none||default"),

lc("CA-L022", "2025-07-01 16:44:51", AUN, "Devin", "", "citation help",
   "Alicia", """
P: my prof said to start at www.library.cmu.edu for the citation guide but i can't log in since i'm not a cmu student
P: I'm home in Pittsburgh for the summer, taking an online class
S: Hi Devin! I'm Alicia. Purdue OWL is a free APA guide that's just as good.
P: ok but i also need help with a citation for a govt report with no author
S: Happy to help, send me what you have.
P: "Water quality in the Monongahela" from the EPA 2018
S: That gets complicated with a group author. I'll mark this for follow up with a full example. Your email?
P: dmehta22@gmail.com
""", "dmehta22@gmail.com|research|none||default"),

lc("CA-L023", "2025-07-08 10:15:37", AUN, "María", "María.Lopez@gmail.com", "libros en español",
   "Ofelia", """
P: hola, tienen libros en español para niños?
S: ¡Hola María! Soy Ofelia. Sí, muchas bibliotecas tienen libros en español. ¿Dónde vive?
P: en Wheaton
S: The Wheaton Library (MCPL) has a good Spanish collection for kids. Would you like someone to email you a list of programs too?
P: si por favor, story time en español?
S: Claro. MCPL will follow up by email.
""", "maría.lopez@gmail.com|policy|none|MCPL|local"),

lc("CA-L024", "2025-07-15 14:39:00", AUN, "Jordan", "j.hargrove@gmial", "hold pickup",
   "Kim", """
P: my hold says ready for pickup but the branch says they cant find it
S: Hi Jordan, I'm Kim. Which branch?
P: waldorf west, charles county
S: I'll ask Charles County to look into it. Is j.hargrove@gmial the right email? It looks like it's missing something.
P: oops its j.hargrove@gmail.com
S: Got it, thanks!
""", "j.hargrove@gmail.com|circulation|none|CHARLES|local"),

lc("CA-L025", "2025-07-22 12:02:14", AUN, "Ron", "ronpellegrino@aol.com", "medicare part d",
   "Chris", """
P: My sister works at the Towson library and she said to ask you guys. I need to compare Medicare Part D plans for my mother
S: Hi Ron, I'm Chris. Medicare.gov has a Plan Finder tool where you enter her drugs.
P: she takes 7 different meds and I keep getting lost in it
S: It's a lot. Maryland's SHIP program gives free one-on-one counseling. I'll have someone email you the contact info and a walkthrough.
P: appreciated
""", "ronpellegrino@aol.com|research|none||default"),

lc("CA-L026", "2025-07-29 18:20:45", AUN, "Beth", "beth.okonkwo@gmail.com", "still use my card",
   "Nate", """
P: I used to go to the Essex branch before we moved to Virginia last year. Can I still use my BCPL card for ebooks?
S: Hi Beth, I'm Nate. Many Maryland libraries require you to live, work or go to school in the county. Where in Virginia?
P: Fairfax
S: Your card might still work until it expires, but renewal usually needs a Maryland address. I'll have someone confirm the policy for you.
""", "beth.okonkwo@gmail.com|policy|none||default"),

lc("CA-L027", "2025-08-05 15:10:12", AUN, "Grace", "grace.whitlock@gmail.com", "notary",
   "Priya (HCLS)", """
P: do any libraries have a notary? i need a form notarized for my car title
S: Hi Grace! I'm Priya from Howard County Library. Some branches offer notary by appointment. Which library is closest to you?
P+180: sorry i'm at work. i'll look later
S: No problem. I'll have someone email you a list of libraries with notary service.
""", "grace.whitlock@gmail.com|other|none||default"),

lc("CA-L028", "2025-08-12 09:48:33", AUN, "Stan", "stan.wojcik@gmail.com", "passport photos",
   "Jen", """
P: can i get a passport photo taken at the library
S: Hi Stan! I'm Jen. Some libraries have passport services. Sounds like you might be in Montgomery County?
P: lol no why
S: Ha, just guessing from the area code on a similar chat earlier. Where do you usually go?
P: i dont really go to the library
S: Fair! I'll have someone email you which libraries near you do passports if you tell me your town... or they can send a general list.
P: general list is fine
""", "stan.wojcik@gmail.com|other|none||default"),

lc("CA-L029", "2025-08-19 20:35:26", AUN, "Nicole", "nicole.farris@gmail.com", "custody papers",
   "Marcus", """
P: hi i need to find forms to modify custody in maryland
Y: The chat session was disconnected. Reconnecting...
P: sorry it kicked me out
S: Hi Nicole, I'm Marcus. The Maryland Courts website has the custody forms, CC-DR-020 for example.
Y: The chat session was disconnected. Reconnecting...
P: ugh this is the 3rd time it dropped me. this chat is so frustrating
S: I'm sorry, I see the disconnects on my end too. I'll report it. Do you live in PG County? The courthouse in Upper Marlboro has a family law self-help center.
P: yes laurel. ok
""", "nicole.farris@gmail.com|research|law|PGCMLS|quality"),

lc("CA-L030", "2025-08-26 13:27:50", AUN, "Omar", "o.haddad@aacc.edu", "proquest login",
   "Tom", """
P: I'm a student at AACC and proquest wont let me in from home
S: Hi Omar, I'm Tom. What happens when you try?
P: it just spins. hello?
P+120: are you there
S: Sorry, my screen froze. I'm here. The chat keeps dropping for me too, I'll report the connection problem.
S: Try logging in through the Truxal Library website's database list rather than a bookmark.
P: did that, still spins
S: I'll make sure the library follows up.
""", "o.haddad@aacc.edu|access|none|AACC|quality"),

lc("CA-L031", "2025-09-02 11:11:11", AUN, "Luis", "luis.bermudez.pa@gmail.com", "library card eligibility",
   "Kim", """
P: Who can get a library card in Baltimore City? I work downtown but live in York PA
S: Hi Luis, I'm Kim. Pratt gives cards to people who live, work, or go to school in Maryland, I believe. Let me double check.
P: so i'd qualify bc of work?
S: I think so, but I'll have someone confirm and email you what ID to bring.
""", "luis.bermudez.pa@gmail.com|policy|none||default"),

lc("CA-L032", "2025-09-05 14:30:08", AUN, "Anne", "anne.k@example.org", "hours on labor day",
   "Sue", """
P: are libraries open on labor day
S: Hi Anne! Most Maryland public libraries are closed on Labor Day. Is there a particular one?
P: no that answers it thanks
S: Have a great weekend!
""", None, res="Answered"),

lc("CA-L033", "2025-09-09 17:02:40", AUN, "Guest", "", "",
   "Rob", """
P: hello?
Y: Guest has left the chat.
""", None, res="Lost Call"),
lc("CA-L034", "2025-09-16 12:44:19", AUN, "Carla", "carla.vance@gmail.com", "returned books to wrong library",
   "Dana", """
P: I accidentally returned my library books in the Pratt book drop downtown instead of my own library, are they lost??
S: Hi Carla, I'm Dana. Not lost! Libraries usually send items back to their owners. Which library are they from?
P: baltimore county, I live in Towson
S: OK. Pratt and BCPL do exchange returns, but it can take a week or so to show as returned.
P: they're due friday & I don't want a fine
S: I'll have BCPL note it on your account so you're not charged. They'll email you.
P: Thank you!! <3
""", "carla.vance@gmail.com|circulation|none|BCPL|local"),

lc("CA-L035", "2025-09-23 15:05:52", "Stevenson University Library", "Erin", "erin.moss.alum@gmail.com", "alumni database access",
   "Amy (Stevenson)", """
P: Hi, I graduated from Stevenson in May. Can alumni still use the library databases?
S: Hi Erin! Congratulations! Alumni can use the library in person, and a few databases have alumni access.
P: I'm mostly looking for CINAHL for my new job
S: I'm not sure CINAHL is included. Let me have our e-resources librarian confirm and email you.
""", "erin.moss.alum@gmail.com|policy|none|STEVENSON|local"),

lc("CA-L036", "2025-09-30 18:22:07", AUN, "Denise", "denisecarr@att.net", "sickle cell trait and sports",
   "Marcus", """
P: my son just found out he has sickle cell trait. is it safe for him to play football? where can i find good info
S: Hi Denise, I'm Marcus. I'm not a doctor, but I can find reliable sources. MedlinePlus and the CDC have pages on sickle cell trait and exercise.
P: i read some scary things online
S: Understandable. The NCAA also has guidance for athletes with the trait. I'll mark this so a librarian can send you a few reliable articles.
P: yes please. thank u
""", "denisecarr@att.net|research|none||default"),

lc("CA-L037", "2025-10-07 10:18:40", AUN, "Greg P", "gpulaski.op@gmail.com", "contractor never finished deck",
   "Sue", """
P: we paid a contractor $6,000 for a deck in march and he never finished. we're in ocean pines. what can we do
S: Hi Greg, I'm Sue. I'm sorry! Maryland's Home Improvement Commission handles complaints about licensed contractors, and there's also small claims court.
P: he might not be licensed
S: You can check MHIC's license lookup online. The legal side is really a question for a law librarian, so I'm going to refer this to the Maryland State Law Library.
P: ok thanks sue
""", "gpulaski.op@gmail.com|research|law|WORCESTER|law"),

lc("CA-L038", "2025-10-31 23:51:30", AUN, "Jess", "jess.okafor@gmail.com", "hoopla limit",
   "Sam (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Jess! Sam here, a backup librarian in Kansas. Happy Halloween! What can I help with?
P: hoopla says i've reached my monthly borrow limit but its almost november?? does it reset at midnight
S: Good question. Limits reset on the 1st, but the timing depends on the library's settings. Which library are you with?
P: st marys county library
S: Thanks. I don't have St. Mary's County's settings, so I'll have them follow up. It may just work after midnight Eastern.
P+600: it still says limit reached
S: Noted, I'll add that to the follow up.
""", "jess.okafor@gmail.com|access|none|SMCLD|local"),

lc("CA-L039", "2025-11-02 01:51:40", AUN, "Bob", "", "grandfather ww2 service",
   "Lee (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Bob, I'm Lee, covering AskUsNow! tonight from Ohio. What are you looking for?
P: cant sleep so figured id try this. my grandfather served in WW2, he was from Hagerstown. how do i find his service record
S: The National Personnel Records Center holds them, though many Army records burned in a 1973 fire.
P: yeah i heard about the fire. is there another way
S+200: Sometimes final pay vouchers, unit histories, and local newspapers help reconstruct service. This is a job for a Maryland genealogy specialist.
S: I'll pass this to one so they can follow up. What's your email?
P: bobby.lang at yahoo dot com
S: Thanks Bob, you'll hear back within 72 hours.
""", "bobby.lang@yahoo.com|research|specialist||specialist|wo"),

lc("CA-L040", "2025-11-01 20:10:33", AUN, "Andre", "andre.w.thompson@gmail.com", "card expired",
   "Will", """
P: my library card expired how do i renew it
S: Hi Andre, I'm Will. Which library system?
P: howard county, i'm in columbia md
S: HCLS cards can be renewed online if your address hasn't changed, or at any branch.
P: it wont let me online, says "contact your library"
S: Then they'll need to update something on the account. I'll send it to HCLS to follow up by email.
""", "andre.w.thompson@gmail.com|circulation|none|HCLS|local"),

lc("CA-L041", "2025-11-05 09:36:15", "Harford County Public Library", "Katie", "katie.r.mills@gmail.com", "fines on kids books",
   "Tanya (HCPL)", """
P: do you charge late fines on kids books? my kids have like 15 books out lol
S: Hi Katie! Harford doesn't charge overdue fines on any materials. You'd only be billed if something is lost.
P: oh great. and is there a max they can have?
S: I believe it's 50 items per card but let me double check and get back to you by email.
""", "katie.r.mills@gmail.com|policy|none|HARFORD|local"),

lc("CA-L042", "2025-11-12 14:27:48", AUN, "Daniel", "dan.fitzgerald@gmail.com", "dyslexia audiobooks",
   "Priya", """
P: I have dyslexia and reading print is really hard. Can I get audiobooks through the talking book program?
S: Hi Daniel, I'm Priya. Yes, people with reading disabilities like dyslexia can qualify for the talking book program, with certification.
P: Who has to certify it? I live in Germantown and I don't have a doctor who'd know about it
S: There are a few options for who can certify. I'll have the Maryland Library for the Blind and Print Disabled email you the details.
""", "dan.fitzgerald@gmail.com|policy|print-disability|MCPL|print-disability"),

lc("CA-L043", "2025-11-18 16:03:29", AUN, "Aaliyah", "aaliyah.james07@gmail.com", "Frederick Douglass primary sources",
   "Chris", """
P: i need primary sources by frederick douglass for my apush DBQ
S: Hi Aaliyah! I'm Chris. His Narrative (1845) and the "What to the Slave Is the Fourth of July?" speech are classics. The Library of Congress has his papers online.
P: i actually live in easton near where he was born lol
S: Oh that's neat! Talbot County has a lot of Douglass history. The Talbot County Free Library may even have local materials.
P: can they email me some stuff about his time in talbot county
S: I'll send it their way!
""", "aaliyah.james07@gmail.com|research|none|TALBOT|local"),

lc("CA-L044", "2025-11-25 19:14:05", AUN, "Tammy", "tammybrandt@gmail.com", "The Blind Side dvd",
   "Kim", """
P: hi is The Blind Side on dvd at the bowie branch? want to put it on hold for thanksgiving
S: Hi Tammy! I'm Kim. PGCMLS has a few copies. Bowie's copy is checked out, but you can place a hold.
P: it won't let me, says "patron blocked"
S: That usually means there's a charge or the card expired. I'll have PGCMLS check your account and email you.
""", "tammybrandt@gmail.com|circulation|none|PGCMLS|local"),

lc("CA-L045", "2025-12-02 11:49:51", AUN, "Bri", "brianna.hollis@gmail.com", "hold in transit",
   "Nate", """
P: my hold on a court of thorns and roses has said "in transit" for 2 weeks
S: Hi Bri, I'm Nate. That's a long time. Which library?
P: gaithersburg library
S: Thanks. Sometimes items get mis-routed. I'll have MCPL track it down and email you.
P: ty!! my book club is waiting on me lol
""", "brianna.hollis@gmail.com|circulation|none|MCPL|local"),

lc("CA-L046", "2025-12-09 15:55:20", AUN, "Sophie", "", "helen keller books",
   "Laurie", """
P: i need 3 books about Helen Keller for my biography report. she was blind and deaf
S: Hi Sophie! I'm Laurie. Great choice. "Helen Keller" by Margaret Davidson and her own "The Story of My Life" are good ones.
P: my mom is taking me to the library on saturday
S: Perfect. Which library do you go to? I can check if they're there.
P: i dont know the name, the one by the giant
S: No problem! I'll have a librarian email a list. Do you have an email, or your mom's?
P: my moms is r.castillo.fam@gmail.com
""", "r.castillo.fam@gmail.com|research|none||default"),

lc("CA-L047", "2025-12-16 13:31:08", AUN, "Kwame", "kwame.asante@howard.edu", "maryland card for dc resident",
   "Dana", """
P: Hello, I'm a grad student at Howard University. I live in DC. Can I get a Maryland library card?
S: Hi Kwame, I'm Dana. Some Maryland systems issue cards to anyone who lives, works or goes to school in Maryland, and some have reciprocal agreements with DC.
P: I do some research at a lab in College Park twice a week, does that count as working in Maryland?
S: Possibly! It depends on the library. I'll have someone confirm and email you.
""", "kwame.asante@howard.edu|policy|none||default"),

lc("CA-L048", "2026-01-06 10:22:44", AUN, "Isabel", "", "1968 riots oral histories",
   "Chris", """
P: Hi, I'm a PhD student at Columbia University in New York. I'm researching the 1968 Baltimore uprising after Dr. King's assassination.
P: I'm looking for oral histories and any neighborhood association records from East Baltimore.
S: Hi Isabel, I'm Chris. The University of Baltimore did a big oral history project on 1968. The Pratt's special collections may have neighborhood records too.
P: Are any of those accessible remotely? I can come down in March.
S: Some are. This really needs a specialist in Baltimore's archives. I'll refer it so they can follow up by email.
P: Great, it's iv2291@columbia.edu
""", "iv2291@columbia.edu|research|specialist||specialist"),

lc("CA-L049", "2026-01-13 08:15:02", EPFL, "Anna M.", "a.meier@epfl.ch", "e-card from abroad",
   "Rob", """
P: Good afternoon (here). I'm a postdoc at EPFL in Lausanne, Switzerland, and will be visiting Baltimore for a conference.
P: Is it possible to get an e-card for your library from abroad, to read e-books before my trip?
S: Good morning from Baltimore! I'm Rob. Pratt's e-card is generally for Maryland residents, but let me check on visitors.
P: I understand. I would only need it for a few weeks.
S: I'll have our circulation staff email you with what's possible.
""", "a.meier@epfl.ch|policy|none||default"),

lc("CA-L050", "2026-01-20 14:40:27", AUN, "Kevin", "kdunmore@gmail.com", "new york times pass",
   "Sue", """
P: how do i get the NY Times through the library? i'm in cockeysville
S: Hi Kevin, I'm Sue. BCPL has a New York Times digital pass. You claim it through their website with your card.
P: tried, it says the code is expired
S: The passes need to be renewed every few days. If it still fails, BCPL can look into it.
P: ok. you can also reach me at my work email kdunmore@jhu.edu
S: Noted, I'll have BCPL follow up.
""", "kdunmore@gmail.com|access|none|BCPL|local"),

lc("CA-L051", "2026-01-27 16:12:50", AUN, "Tre", "", "scholarships first gen",
   "Marcus", """
P: im a senior in high school in salisbury and i'm looking for scholarships for first generation college students
S: Hi Tre, I'm Marcus. The Maryland Higher Education Commission lists state scholarships, and sites like Fastweb are free.
P: is there anything just for the eastern shore
S: Possibly through local community foundations. I'd love to have a librarian send you a list. What's your email?
P: i dont have one i use my school one but it blocks outside emails
S: OK! You can email us anytime at the contact on the AskUsNow! website, or stop by your library.
""", "|research|none|WICOMICO|no-email"),

lc("CA-L052", "2026-02-03 21:47:13", AUN, "xx", "fakename123@gmail.com", "hi",
   "Alicia", """
P: hi
S: Hi! I'm Alicia. What can I help you find?
P: are you a real person or a bot
S: I'm a real librarian!
P: prove it. [several lines of obscene language removed]
P: you're a useless ***** and so is your library
S: I'm ending this chat due to abusive language. If you have a library question, you're welcome to come back.
Y: The librarian has ended the chat.
""", "fakename123@gmail.com|other|none||quality"),

lc("CA-L053", "2026-02-10 12:05:31", AUN, "Fran", "", "ebook limits",
   "Will", """
P: how many ebooks can i borrow at one time with anne arundel?
S: Hi Fran, I'm Will. I believe AACPL allows a certain number of Libby checkouts at once and a separate number of holds. Let me make sure I give you the right numbers.
P: ok. my email is fran.ellis @ example . org
S: Thanks, AACPL will follow up.
""", "fran.ellis@example.org|policy|none|AACPL|local|wo"),

lc("CA-L054", "2026-02-17 13:44:08", "Anne Arundel Community College", "Jon", "jrivers3@email.aacc.edu", "laptop wont charge",
   "Tom", """
P: i checked out a laptop from the library and it won't charge, can I swap it for another one
S: Hi Jon, I'm Tom. Yes, bring it back to the Truxal circulation desk and they can swap it.
P: im off campus till monday, will i get charged if its late
S: I'll have the circulation staff email you so it's noted on your account.
""", "jrivers3@email.aacc.edu|circulation|none|AACC|local"),

lc("CA-L055", "2026-02-24 15:33:36", "University of Maryland, Baltimore County", "Mei", "mchen22@umbc.edu", "ICPSR dataset",
   "Derek (UMBC)", """
P: hi i'm trying to download a dataset from ICPSR for my stats class but it says i need to sign in through my institution
S: Hi Mei! Derek at UMBC here. You need to create an ICPSR account while on campus or through the proxy.
P: i'm on the proxy and it says my account is not associated with a member institution
S: That sometimes needs a refresh on their end. I'll have our data librarian contact you by email.
""", "mchen22@umbc.edu|access|none|UMBC|local"),

lc("CA-L056", "2026-03-03 11:26:57", "University of Maryland, Baltimore County", "Owen", "owen.b@umbc.edu", "recall notice",
   "Derek (UMBC)", """
P: got a recall notice on a book i need for my thesis. do i really have to return it in a week?
S: Hi Owen. Yes, recalled books have a new due date. Overdue recalls get fines.
P: is there another copy anywhere? it's "Spatial Econometrics" by Anselin
S: I'll check USMAI holdings and have circulation email you options.
""", "owen.b@umbc.edu|circulation|none|UMBC|local"),

lc("CA-L057", "2026-03-07 18:30:15", "Towson University", "Renee", "rwilkins@students.towson.edu", "kids in the library",
   "Jen (Cook Library)", """
P: can I bring my 6 year old into the library while i study? my babysitter canceled this weekend
S: Hi Renee. Children are allowed with a parent, but I'm not sure of the exact rules for the quiet floors.
P: ok i just dont want to get in trouble
S: I'll have our access services manager email you the policy before tomorrow.
""", "rwilkins@students.towson.edu|policy|none|TOWSON|local"),

lc("CA-L058", "2026-03-08 01:52:44", AUN, "Hannah", "hannah.k.wolfe@gmail.com", "teen vaping stats",
   "Pat (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Hannah, I'm Pat, a librarian in Colorado helping overnight. What do you need?
P: statistics on teen vaping in maryland for a presentation tomorrow. please
S: The Maryland Youth Risk Behavior Survey has vaping numbers by county. I'll send you the link.
P+360: the link is giving me a 404
S: Sorry! The state site moved some pages. A Maryland librarian can follow up with the current link in the morning.
P: ok thx
""", "hannah.k.wolfe@gmail.com|research|none||default"),

lc("CA-L059", "2026-03-10 10:12:38", "Frostburg State University", "Caleb", "cfisher3@frostburg.edu", "reserve textbook block",
   "Greg", """
P: I had a reserve textbook out over the 2 hours and now I have a block on my account
S: Hi Caleb, I'm Greg at Ort Library. Late reserves do get a fine, which can block borrowing.
P: I fell asleep studying lol. can it be waived? first time
S: Possibly. I'll ask our circulation supervisor to look at it and email you.
""", "cfisher3@frostburg.edu|circulation|none|FSU|local"),

lc("CA-L060", "2026-03-17 13:50:02", AUN, "Victor", "victor.amadi@gmail.com", "has my invention been patented",
   "Chris", """
P: I invented a kitchen gadget and want to know if it's already been patented. How do I search?
S: Hi Victor, I'm Chris. USPTO's Patent Public Search is free. A good patent search uses classification codes, not just keywords.
P: I tried keywords and got 3000 results.
S: That's normal! This needs someone with patent search experience. I'll refer it to a specialist who can follow up by email.
""", "victor.amadi@gmail.com|research|specialist||specialist"),

lc("CA-L061", "2026-03-24 17:08:49", AUN, "", "quiz.night.team@gmail.com", "population of Maryland in 1900",
   "Kim", """
P: what was the population of maryland in 1900? settling a bet
S: Hi! I'm Kim, a librarian at Frederick County Public Libraries covering the statewide chat. Let me check the census... it was about 1.19 million.
P: do you have a source i can send my friends
S+90: The 1900 Census reports on census.gov. I'll have someone email you the exact table.
P: perfect
""", "quiz.night.team@gmail.com|research|none||default"),

lc("CA-L062", "2026-03-31 12:19:26", AUN, "Guest", "", "legal question",
   "Sue", """
P: can my ex stop me from moving out of state with our kids if we have joint custody
S: Hi, I'm Sue. That's a legal question, and custody orders can limit relocation. The law library can help with resources.
P: i live in elkton. i don't want to give out my email, sorry
S: That's OK. You can call the Maryland Court Help Center, or contact the Maryland State Law Library directly.
""", "|research|law|CECIL|no-email"),

lc("CA-L063", "2026-04-03 00:20:12", AUN, "Lena", "lena.d.ross@gmail.com", "freeze hold",
   "Jamie (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Lena, Jamie here from the 24/7 Cooperative (I'm in Illinois). How can I help?
P: how do i freeze my holds im going on vacation for 2 wks
P: im in annapolis
S: Most catalogs let you suspend holds in My Account. I'm not sure of Anne Arundel's screens, so I'll have them follow up.
P: cool thx
""", "lena.d.ross@gmail.com|circulation|none|AACPL|local"),

lc("CA-L064", "2026-04-07 14:52:31", AUN, "Jasmine", "jasmine.t@gmail.com", "attach file chromebook",
   "Laurie", """
P: how do i attach a file to an email on my new chromebook. i'm trying to send my resume
S: Hi Jasmine, I'm Laurie. In Gmail, click the paperclip icon at the bottom of the message and pick the file from your Downloads.
P: i don't see the file in downloads
S: It might be in Google Drive. Let's check...
P: i live in lexington park, does the library have classes on this
S: St. Mary's County Library does offer tech help. I'll have them email you the schedule.
""", "jasmine.t@gmail.com|other|none|SMCLD|local"),

lc("CA-L065", "2026-04-14 10:40:08", AUN, "Paul", "pkrieger@verizon.net", "free tax help",
   "Dana", """
P: are there free tax help events at the library in westminster?
S: Hi Paul, I'm Dana. Carroll County Public Library usually hosts AARP Tax-Aide in the spring.
P: its almost the deadline, is it still running
S: Let me have Carroll confirm the last sessions and email you.
""", "pkrieger@verizon.net|other|none|CARROLL|local"),

lc("CA-L066", "2026-04-21 16:31:44", AUN, "Monica", "monica.g.reyes@gmail.com", "teen library card",
   "Will", """
P: can my 15 year old get a library card without me there
S: Hi Monica, I'm Will. It depends on the library. Where do you live?
P: elkridge
S: That's Howard County. HCLS lets teens sign up but a parent might need to sign for under 18. I'll have HCLS confirm by email.
""", "monica.g.reyes@gmail.com|policy|none|HCLS|local"),

lc("CA-L067", "2026-04-28 11:05:17", EPFL, "Deon", "deon.carter.bmore@gmail.com", "reset pin",
   "Rob", """
P: my pratt card pin doesnt work, need to reset it
S: Hi Deon, Rob here. You can reset it with the "Forgot PIN" link, which emails the address on your account.
P: that email is old i dont have it anymore
S: Then we'll need to update it. I'll have our circulation team contact you here.
""", "deon.carter.bmore@gmail.com|circulation|none|EPFL|local"),

lc("CA-L068", "2026-05-05 13:28:21", EPFL, "Ms. Lyons", "dlyons.hist@gmail.com", "vacant houses statistics",
   "Rob", """
P: I need statistics on vacant houses in Baltimore over the last 20 years for a community meeting
S: Hi! I'm Rob. Baltimore City's Open Baltimore portal has vacant building notices, and the Baltimore Neighborhood Indicators Alliance tracks it yearly.
P: BNIA is great but I need data before 2010
S: That may take some digging. I'll mark this for follow up with a librarian who knows city data.
""", "dlyons.hist@gmail.com|research|none||default"),

lc("CA-L069", "2026-05-12 15:47:58", EPFL, "Walter", "wbrightman@gmail.com", "ancestry from home",
   "Sue", """
P: I have a Pratt card. Can I use Ancestry from home?
S: Hi Walter, I'm Sue. Ancestry Library Edition is usually in-library only, but Pratt also has HeritageQuest, which works from home.
P: HeritageQuest just gives me an error when I log in
S: Hmm. I'll report that to Pratt so they can check the login and email you.
""", "wbrightman@gmail.com|access|none|EPFL|local"),

lc("CA-L070", "2026-05-19 12:36:40", AUN, "Andrew", "andrew.kim.nj@gmail.com", "eviction notice",
   "Marcus", """
P: my brother got an eviction notice for failure to pay rent, he's in baltimore county. what are his rights
P: I live in New Jersey so I'm trying to help from here
S: Hi Andrew, I'm Marcus. In Maryland, a landlord must file in District Court and there's a hearing before any eviction.
S: The law library can send resources on tenant rights and rent court. I'll refer this to them.
""", "andrew.kim.nj@gmail.com|research|law||law"),

lc("CA-L071", "2026-05-26 17:14:09", AUN, "Zoe", "zoe.bennett.23@gmail.com", "LSAT prep book hold",
   "Kim", """
P: can you put an LSAT prep book on hold for me? I want to go to law school next year
S: Hi Zoe, I'm Kim! I can't place holds from here but I can find it for you. Which library?
P: bowie
S: PGCMLS has "The LSAT Trainer" and the official PrepTests. I'll have them help you place the hold.
""", "zoe.bennett.23@gmail.com|circulation|none|PGCMLS|local"),

lc("CA-L072", "2026-06-02 10:48:52", AUN, "Marisol", "marisol.vega.md@gmail.com", "braille picture books",
   "Priya", """
P: my son is 4 and blind. does the library have braille picture books for preschoolers?
P: we live in hunt valley
S: Hi Marisol, I'm Priya. Yes! The Maryland Library for the Blind and Print Disabled has print-braille picture books for young kids.
S: I'll have LBPH email you about signing him up.
""", "marisol.vega.md@gmail.com|policy|print-disability|BCPL|print-disability"),

lc("CA-L073", "2026-06-09 14:16:25", AUN, "Earl", "earl.dobbins@gmail.com", "BARD login",
   "Nate", """
P: the talking book BARD app says my login is invalid. i've used it for years
S: Hi Earl, I'm Nate. BARD passwords expire sometimes. Have you tried the reset?
P: my eyes are too bad to read the reset screen, my daughter usually helps
S: I understand. I'll have the talking book library staff contact you to reset it.
""", "earl.dobbins@gmail.com|access|print-disability||print-disability"),

lc("CA-L074", "2026-06-16 03:05:17", AUN, "Ty", "n/a", "dust bowl",
   "Morgan (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Ty, Morgan here. I'm a librarian in California helping AskUsNow! overnight.
P: what caused the dust bowl. need 2 sources
S: Drought plus over-plowing of the Great Plains. The Library of Congress and PBS "The Dust Bowl" site are good sources.
P: need books tho not websites my teacher said
S: Got it. A Maryland librarian can help find books at your library. What's your email?
P: tylerbrooks2010@gmail.com
""", "tylerbrooks2010@gmail.com|research|none||default"),

lc("CA-L075", "2026-06-23 11:58:03", AUN, "Irene", "irene.w@example.org", "",
   "Chris", """
P: is the Rockville library open on Juneteenth?
S: Hi Irene, I'm Chris. MCPL branches are closed June 19.
P: thank you
""", None, res="Answered"),
lc("CA-L076", "2026-06-30 13:09:44", AUN, "Guest", "morgan.li.2007@gmail.com", "jstor",
   "Dana", """
P: how do i get into jstor without paying
S: Hi! I'm Dana. Many libraries give JSTOR access with a card. Is this for a class assignment?
P: it says i can read 100 articles free a month? is that real
S: JSTOR does have a free "register and read" option, yes, but a library card may give more.
P: ok which library has it
S: That depends on where you live. Where in Maryland are you?
P+360: sorry my wifi. can u email me the options
S: Sure, someone will follow up by email.
""", "morgan.li.2007@gmail.com|access|none||default"),

lc("CA-L077", "2026-07-07 10:25:33", AUN, "Tonya", "tonya.b.reed@gmail.com", "renew and heat question",
   "Marcus", """
P: can you renew my books, card is bcpl
S: Hi Tonya, I'm Marcus. I can't see your account, but you can renew at bcpl.info in My Account.
P: ok did it, they're renewed. also unrelated but my landlord hasn't fixed the heat in 3 weeks. we have a space heater going. what are my rights
P: we're in dundalk
S: I'm sorry, that's rough. Baltimore County has code enforcement, and tenants have rights about repairs. I'm not a lawyer, so a law librarian should follow up with the specifics.
P: please do
""", "tonya.b.reed@gmail.com|research|law|BCPL|law"),

lc("CA-L078", "2026-07-14 16:40:21", AUN, "Lindsey", "lindsey.gore@gmail.com", "queen anne's lace",
   "Kim", """
P: is queen anne's lace poisonous to dogs? my beagle ate some in the yard
S: Hi Lindsey, I'm Kim. If your dog seems sick please call your vet or the ASPCA poison line right away.
P: she seems fine, just curious. also it looks a lot like poison hemlock??
S: It does! The ASPCA plant list and the extension service have pages on both. I'll have a librarian email you reliable sources.
""", "lindsey.gore@gmail.com|research|none||default"),

lc("CA-L079", "2026-07-21 12:18:09", AUN, "Darnell", "darnell.w.price@gmail.com", "Howard Zinn hold",
   "Will", """
P: I want to put A People's History of the United States by Howard Zinn on hold but the catalog says "not holdable"
S: Hi Darnell, I'm Will. Which library?
P: I'm in Essex, so Baltimore County
S: Hmm, that might be a reference or book club copy. I'll have BCPL check whether another copy can be held.
""", "darnell.w.price@gmail.com|circulation|none|BCPL|local"),

lc("CA-L080", "2026-07-28 19:31:56", AUN, "Ellie", "ellie.sandoval@gmail.com", "alice in wonderland audiobook",
   "Laurie", """
P: hi!! looking for an audiobook of Alice in Wonderland by Lewis Carroll for a road trip, my kids are 6 and 9
S: Hi Ellie! I'm Laurie. Most libraries have several versions in Libby. Which library do you use?
P: we live in takoma park
S: Montgomery County! MCPL has a few. One is narrated by Scarlett Johansson.
P: libby says "not available in your region" for that one?
S: Odd. I'll have MCPL look into that message for you.
""", "ellie.sandoval@gmail.com|access|none|MCPL|local"),

lc("CA-L081", "2026-08-04 14:02:40", AUN, "Priyanka", "", "Bleak House essay sources",
   "Chris", """
P: I'm an English major at Stevenson and I need critical sources on Bleak House by Charles Dickens, specifically about the Court of Chancery
S: Hi Priyanka, I'm Chris. MLA International Bibliography is the best database for that.
P: I searched but got like 2000 results
S: Try "Bleak House" AND (Chancery OR law OR legal). Stevenson's librarians can help narrow it more.
P: that's better. can someone follow up? pkapoor@stevenson.edu
""", "pkapoor@stevenson.edu|research|none|STEVENSON|local"),

lc("CA-L082", "2026-08-11 11:36:17", AUN, "Holly", "holly.k.brandt@gmail.com", "seed library",
   "Dana", """
P: does the kent island library have a seed library? I heard some libraries do
S: Hi Holly, I'm Dana. Some do! Which Kent Island library do you mean?
P: the one in stevensville, we live on kent island
S: That's Queen Anne's County Free Library. I'll ask them to email you about seeds and gardening programs.
""", "holly.k.brandt@gmail.com|policy|none|QUEENANNES|local"),

lc("CA-L083", "2026-08-18 17:48:29", AUN, "Mason", "", "cecil calvert project",
   "Nate", """
P: i have a project on Cecil Calvert for 4th grade. who was he
S: Hi Mason! I'm Nate. Cecil Calvert was the 2nd Lord Baltimore. He founded the Maryland colony in 1634, but he never came here himself!
P: whoa. i need 2 books
S: Great. Britannica Kids is a good start too. Can a grown-up give me an email so a librarian can send a book list?
P: my dad says its carlos.ibarra [at] yahoo [dot] com
""", "carlos.ibarra@yahoo.com|research|none||default|wo"),

lc("CA-L084", "2026-08-25 10:57:03", AUN, "Sharon", "sharon.pettit@comcast.net", "lost card",
   "Sue", """
P: I lost my library card and I think someone might have used it, there are 3 DVDs on my account I never took out
S: Hi Sharon, I'm Sue. That's worrying! Which library?
P: Calvert, I live in Prince Frederick
S: Calvert Library can cancel that card and look at those checkouts. I'll have them follow up by email.
P: thank you
""", "sharon.pettit@comcast.net|circulation|none|CALVERT|local"),

lc("CA-L085", "2026-09-01 15:21:44", AUN, "Aiden", "aiden.cho.08@gmail.com", "tutor help",
   "Priya", """
P: the homework help tutor thing won't load for me, it just spins
S: Hi Aiden, I'm Priya. Which library website are you going through?
P: howard county. we're in north laurel
S: Thanks. Try another browser? If that fails, HCLS can check.
P: tried firefox too
S: OK, I'll send it to HCLS.
""", "aiden.cho.08@gmail.com|access|none|HCLS|local"),

lc("CA-L086", "2026-09-08 12:48:10", AUN, "Lena K", "lkim@gmail", "washington post pass",
   "Will", """
P: my washington post pass from the library stopped working
S: Hi! I'm Will. Passes usually expire after a few days and need to be reclaimed. Which library?
P: not sure which one issued it, i clicked a link in a newsletter
S: No problem. I'll mark this for follow-up.
""", "|access|none||no-email"),

lc("CA-L087", "2026-09-15 16:05:59", AUN, "Jordan", "", "teen volunteering",
   "Chris", """
P: can teens volunteer at the library for service learning hours? i'm 15 and live in bowie
S: Hi Jordan! I'm Chris. PGCMLS has teen volunteer opportunities at some branches. Applications usually open in spring.
P: cool. how do i apply
S: If you'd like more details later, you can email me at chris.ref@example.org, or I can have the library email you.
P: i don't have email yet, my mom's phone. i'll just check the website
S: Sounds good!
""", "|policy|none|PGCMLS|no-email"),

lc("CA-L088", "2026-09-23 02:12:36", AUN, "Gerald", "gerald.ashby@verizon.net", "parkinson's and books",
   "Deb (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Gerald, I'm Deb. I'm a librarian in Minnesota covering for Maryland overnight.
P: I have Parkinson's and can no longer hold a book steady or turn pages. I used to read every night. Is there anything for people like me?
S: I'm sorry. Yes, the National Library Service talking book program includes people with physical conditions that make holding a book difficult. In Maryland that's the Library for the Blind and Print Disabled.
P: I live in Lutherville. Does it cost anything?
S: It's free. I'll have them contact you with the application.
""", "gerald.ashby@verizon.net|policy|print-disability|BCPL|print-disability"),

lc("CA-L089", "2026-09-29 23:34:18", AUN, "Rick", "", "traffic ticket trial",
   "Jamie (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Rick, this is Jamie with the 24/7 Cooperative, based in Illinois.
P: got a speeding ticket on I-70. can i request a trial by mail or do i have to go
S: Maryland tickets have options on the back: pay, request a waiver hearing, or request a trial. I'm not a lawyer though.
P: i'm in hagerstown. the court is far from my work
S: A Maryland law librarian can give you more detail. I'll pass this along. What email should they use?
P: rick.stottlemyer@gmail.com
""", "rick.stottlemyer@gmail.com|research|law|WCFL|law"),

lc("CA-L090", "2026-10-06 11:44:52", AUN, "Ana", "anabelle.sousa@gmail.com", "name change for teenager",
   "Kim", """
P: how do i change my 16 year old's legal name? his father isn't involved
S: Hi Ana, I'm Kim. A minor's name change goes through the circuit court with a petition. The other parent usually has to be notified.
P: we don't know where he is
S: There are procedures for that. I'll refer this to the Maryland State Law Library for forms and guidance.
""", "anabelle.sousa@gmail.com|research|law||law"),

lc("CA-L091", "2026-10-13 14:30:25", AUN, "Carol", "carol.brennan@gmail.com", "power of attorney",
   "Sue", """
P: My mother is in a nursing home in Towson and I need power of attorney to handle her bills. Where do I start?
S: Hi Carol, I'm Sue. Maryland has a statutory form for a financial power of attorney. Your mother would need to be able to sign it.
P: She has some dementia. I live in Pasadena, Anne Arundel County, so I'm doing this from a distance.
S: If she can't sign, guardianship might be needed. A law librarian should follow up on this.
""", "carol.brennan@gmail.com|research|law|AACPL|law"),

lc("CA-L092", "2026-10-20 18:07:11", AUN, "Keon", "keon.m.ellis@gmail.com", "child support",
   "Marcus", """
P: how do i get my child support lowered, i lost my job
S: Hi Keon, I'm Marcus. You'd file a motion to modify with the court. The Maryland Courts website has the form.
P: i'm in waldorf. do i file in charles county
S: Generally where the order was issued. A law librarian can confirm. I'll refer it.
""", "keon.m.ellis@gmail.com|research|law|CHARLES|law"),

lc("CA-L093", "2026-10-27 13:15:38", AUN, "Rosa", "rosa.elena.g@gmail.com", "esl classes",
   "Ofelia", """
P: hola. last month a librarian here said they would email me a list of english classes but I never received it
S: Hola Rosa, soy Ofelia. I'm so sorry that didn't happen. I'll report it so it gets looked at.
P: I live in Langley Park. Are there free classes near there?
S: Prince George's libraries have English conversation groups, and I'll make sure someone sends the list this time.
""", "rosa.elena.g@gmail.com|other|none|PGCMLS|quality"),

lc("CA-L094", "2026-11-01 01:42:06", AUN, "Frank", "frank.delgado@gmail.com", "ship passenger list",
   "Lee (24/7 Cooperative)", """
Y: Thank you for contacting AskUsNow! You are being connected to a librarian from our 24/7 partner cooperative.
S: Hi Frank, I'm Lee, a librarian in Ohio helping overnight. What can I do for you?
P: looking for the passenger list for my grandmother's ship, arrived in Baltimore 1905 from Bremen
Y: The chat session was disconnected. Reconnecting...
P: sorry got bumped. she was Anna Weber, age 19
Y: The chat session was disconnected. Reconnecting...
S: We're having connection trouble tonight, I'll report it. Baltimore passenger lists for 1905 are on FamilySearch and Ancestry.
P: i looked, can't find her
S: I'll pass this to a genealogy specialist in Maryland who can follow up by email.
""", "frank.delgado@gmail.com|research|specialist||quality"),

lc("CA-L095", "2026-11-03 10:28:57", AUN, "Marguerite", "mfontaine@example.org", "baltimore passenger lists",
   "Chris", """
P: My great-grandfather arrived at Locust Point in 1888. I'm trying to find which ship.
S: Hi Marguerite, I'm Chris. Baltimore was a big port for German immigrants, with the North German Lloyd line at Locust Point.
P: Yes, he was from Hanover. I have his naturalization papers but they only say "1888, Baltimore".
S: That narrows it. I'll pass this to a genealogy specialist who can dig into the passenger lists.
""", "mfontaine@example.org|research|specialist||specialist"),

lc("CA-L096", "2026-11-10 15:50:30", AUN, "Dave", "dwerth@example.org", "historic newspapers",
   "Laurie", """
P: I'm a journalist in Philadelphia working on a story about a 1931 lynching on Maryland's Eastern Shore. I need newspaper coverage from the time, including the Black press.
S: Hi Dave, I'm Laurie. The Afro-American's archive is a key source, and there were several Eastern Shore papers.
P: I have ProQuest Historical Newspapers through my work but not the smaller local papers
S: Those may be on microfilm in Maryland. I'll refer this to a specialist in Maryland history for follow-up.
""", "dwerth@example.org|research|specialist||specialist"),

lc("CA-L097", "2026-11-17 12:33:05", AUN, "Theresa", "theresa.kuhn@gmail.com", "parish records",
   "Dana", """
P: I'm looking for baptism records from St. Stanislaus Kostka in Fells Point, 1890s
S: Hi Theresa, I'm Dana. Catholic sacramental records are usually held by the Archdiocese of Baltimore's archives.
P: I emailed them and heard nothing. I live in Ellicott City, is there anything at my library?
S: Howard County's library can help with genealogy databases. I'll ask them to follow up.
""", "theresa.kuhn@gmail.com|research|specialist|HCLS|local"),

lc("CA-L098", "2026-11-24 14:44:48", EPFL, "Arthur", "arthur.penn.rp@gmail.com", "mencken room",
   "Rob", """
P: I live in Roland Park and I've always wanted to see the H.L. Mencken room. Is it open to the public?
S: Hi Arthur, Rob at Pratt. The Mencken Room at Central is opened for tours and by appointment, I believe.
P: I'd also like to look at his letters to a friend of my grandfather's, for a little research project.
S: Our special collections staff can help with that. I'll have them email you.
""", "arthur.penn.rp@gmail.com|research|specialist|EPFL|local"),

lc("CA-L099", "2025-01-30 11:07:25", EPFL, "Tasha", "tasha.r.bell@gmail.com", "business plan",
   "Sue", """
P: I want to start a small catering business. Do you have sample business plans?
S: Hi Tasha! I'm Sue. Yes, there are great databases for business plans, and the SBA has templates.
P: what database
S: Gale Business: Plan Builder, for one. I'll have a librarian email you a few catering examples.
""", "tasha.r.bell@gmail.com|research|none||default"),

lc("CA-L100", "2025-02-25 16:58:12", EPFL, "Guest", "", "renew pratt card",
   "Rob", """
P: my pratt card expired, can i renew online
S: Hi! Rob at Pratt. If your address is the same, yes, through My Account. Otherwise at any branch with ID.
P: it says to contact the library
S: I can have our circulation staff email you. What's your email?
P: nah ill come in saturday
""", "|circulation|none|EPFL|no-email"),

lc("CA-L101", "2025-03-11 10:41:09", AUN, "Guest", "akhanna.mcps@gmail.com", "student card pin",
   "Kim", """
P: my son has the student library card through his montgomery county school, and we don't know the PIN
S: Hi! I'm Kim. MCPL student cards use the student ID number, and the PIN is usually set by the school.
P: the default one doesn't work
S: I'll have MCPL follow up to reset it.
""", "akhanna.mcps@gmail.com|circulation|none|MCPL|local"),

lc("CA-L102", "2025-04-29 13:13:13", AUN, "Bev", "bevmoreland@aol.com", "consumer reports",
   "Will", """
P: how can I read consumer reports online? I want to buy a washing machine
S: Hi Bev, I'm Will. Many libraries have Consumer Reports in a database. Which library do you use?
P: I haven't been in years
S: That's fine. I'll have someone email you how to get a card and access it.
""", "bevmoreland@aol.com|access|none||default"),

lc("CA-L103", "2025-05-15 12:25:48", AUN, "Ravi", "ravi.iyer.va@gmail.com", "directions to central",
   "Nate", """
P: Visiting Baltimore from Richmond VA next week. How do I get to the central library from Penn Station?
S: Hi Ravi, I'm Nate. The Pratt's Central Library is on Cathedral Street, about a mile south. You can take the Light Rail or walk.
P: is there parking nearby? we may drive instead
S: There are garages nearby. I'll have Pratt email you parking options.
""", "ravi.iyer.va@gmail.com|other|none||default"),

lc("CA-L104", "2025-06-12 09:55:21", AUN, "Judy", "judy.oneil@verizon.net", "volunteering",
   "Laurie", """
P: I'm newly retired and would love to volunteer at the library. Do they take volunteers?
S: Hi Judy, I'm Laurie. Many do! Where do you live?
P: Chestertown
S: Kent County Public Library. I'll ask them to email you about volunteering.
""", "judy.oneil@verizon.net|other|none|KENT|local"),

lc("CA-L105", "2025-07-24 20:40:03", AUN, "Mark", "mark.hollister@gmail.com", "libby to kindle",
   "Chris", """
P: libby won't send books to my kindle, it says "read with kindle" but then amazon says error
S: Hi Mark, I'm Chris. Are you signed into the right Amazon account?
P: yes. i live in easton if it matters
S: Talbot County Free Library's Libby should support Kindle. I'll have them troubleshoot with you.
""", "mark.hollister@gmail.com|access|none|TALBOT|local"),

lc("CA-L106", "2025-08-28 14:13:37", AUN, "Ed", "edmundo.cruz@gmail.com", "returned item still on account",
   "Sue", """
P: i returned a book 2 weeks ago at the elkton library and it still says overdue
S: Hi Ed, I'm Sue. Sometimes returns get missed. Cecil County can check the shelf.
P: yes please
S: I'll send it to them.
""", "edmundo.cruz@gmail.com|circulation|none|CECIL|local"),

lc("CA-L107", "2025-10-15 11:19:52", AUN, "Pat", "pat.brewster@gmail.com", "calvert fines",
   "Kim", """
P: does Calvert Library charge fines? I'm in Solomons and I'm always late lol
S: Hi Pat, I'm Kim. I believe Calvert Library went fine-free, but let me have them confirm.
""", "pat.brewster@gmail.com|policy|none|CALVERT|local"),

lc("CA-L108", "2025-12-04 16:22:11", AUN, "Lynn", "lynn.harman@example.org", "nurse statistics",
   "Marcus", """
P: I need statistics on the number of registered nurses in Western Maryland for a grant application
P: our nonprofit is in Cumberland, I live in Frostburg
S: Hi Lynn, I'm Marcus. The Maryland Board of Nursing and the Bureau of Labor Statistics have data by county.
P: BLS only has it by metro area
S: That's the tricky part. I'll have the Allegany County library follow up with better sources.
""", "lynn.harman@example.org|research|none|ALLEGANY|local"),

lc("CA-L109", "2025-12-18 13:46:29", "Howard County Library System", "Nia", "nia.edwards@gmail.com", "e-magazines",
   "Priya (HCLS)", """
P: how do i read magazines on my ipad with my library card
S: Hi Nia! I'm Priya. HCLS has magazines in Libby and in PressReader.
P: pressreader asks for a library code?
S: It should log you in with your card. If not, I'll have our e-resources staff follow up.
P: it's not working
""", "nia.edwards@gmail.com|access|none|HCLS|local"),

lc("CA-L110", "2026-02-12 10:33:40", "Montgomery County Public Libraries", "Greg", "greg.nakamura@gmail.com", "renewal blocked",
   "Omar (MCPL)", """
P: can't renew a book, it says "item has holds". I'm only halfway through
S: Hi Greg, Omar at MCPL. Items with holds can't be renewed, sorry! You could place a new hold after returning it.
P: is there any other copy anywhere
S: I'll check the other branches and have someone email you.
""", "greg.nakamura@gmail.com|circulation|none|MCPL|local"),

lc("CA-L111", "2026-03-19 17:26:15", "Prince George's County Memorial Library System", "Yvette", "yvette.morris@gmail.com", "landlord repairs",
   "Tasha (PGCMLS)", """
P: my landlord won't fix the mold in my bathroom. can i withhold rent?
S: Hi Yvette, Tasha at PGCMLS. In Maryland there's a process called rent escrow, which goes through the court. I can't give legal advice though.
P: how do i start it
S: I'll refer your question to the Maryland State Law Library so they can send the forms and steps.
""", "yvette.morris@gmail.com|research|law|PGCMLS|law"),

lc("CA-L112", "2026-04-22 12:09:31", "Baltimore County Public Library", "Dolores", "dolores.fenn@comcast.net", "books for legally blind father",
   "Tanya (BCPL)", """
P: My father is legally blind. Does BCPL have anything he could use besides large print? He can't read large print anymore.
S: Hi Dolores, Tanya at BCPL. We have audiobooks, and he may qualify for the free talking book program through the Maryland Library for the Blind and Print Disabled.
P: How do we sign him up?
S: I'll have them contact you with the application.
""", "dolores.fenn@comcast.net|policy|print-disability|BCPL|print-disability"),

lc("CA-L113", "2026-05-27 14:55:08", "Frederick County Public Libraries", "Hal", "hal.sprecher@gmail.com", "maryland room",
   "Beth (FCPL)", """
P: I'm researching the history of the Monocacy battlefield farms for a talk at my church. Does the library have local history materials?
S: Hi Hal, Beth at FCPL. Yes, the Maryland Room at C. Burr Artz has local history collections.
P: I'd love to know what farm records are there before I come in.
S: I'll have our Maryland Room librarian email you.
""", "hal.sprecher@gmail.com|research|specialist|FCPL|local"),

lc("CA-L114", "2026-07-01 11:31:22", "Carroll County Public Library", "Guest", "", "laptop for a week",
   "Jess (CCPL)", """
P: can i borrow a laptop for a week? mine broke
S: Hi! Jess at Carroll County. Some branches lend Chromebooks. I'll need to check the loan period. Can I get your email?
P: no email sorry
S: No problem, you can call your branch too.
""", "|policy|none|CARROLL|no-email"),

lc("CA-L115", "2026-08-06 15:48:47", "Calvert Library", "Scott", "scott.t.wynn@gmail.com", "ebook question",
   "Meg (Calvert)", """
P: my libby holds disappeared
Y: The chat session was disconnected. Reconnecting...
P: this chat keeps dropping
Y: The chat session was disconnected. Reconnecting...
S: I'm sorry, Scott, we're having chat trouble. I'll report it and email you about your holds.
""", "scott.t.wynn@gmail.com|access|none|CALVERT|quality"),

lc("CA-L116", "2026-09-10 13:27:09", AUN, "Guest", "", "",
   "Kim", """
Y: Guest has left the chat.
""", None, res="Lost Call"),
]
