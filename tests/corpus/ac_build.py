#!/usr/bin/env python3
"""Writes and checks the "ac" part of aun's labelled corpus (ac1 and ac2, both in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased and
trimmed), "-" means empty; `written=True` marks a chat whose labelled address is not in the
transcript as typed (written out with "at" and "dot", or spaced). Chats that are not follow-ups
carry no label and get no labels row. Where the patron asks two things, the category is that of
the question left open for the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` the chat system.

Two export styles, each split in two halves with the same mix (ac1 and ac2):
  acN_harford_libchat.json  Harford County Public Library's own LibChat queue exported as one
                            JSON object, {"format": "libchat-transcripts", "exported_at": ...,
                            "chats": [...]}, pretty-printed (two spaces), non-ASCII escaped
                            (\\uXXXX). Each chat: `id`, `timestamp` (the start, New York civil
                            time without an offset, `2027-01-06 14:22:09`), `department` (an
                            object: {"id": 4417, "name": "Harford County Public Library"}),
                            `guest` (an object: `name`, `Guest 4411`, the name typed or `SMS
                            443-555-0177`, and `email`, the pre-chat box: an address, "", junk,
                            null, or the key left out), `operator` ({"name": "Dana", "id": ...},
                            null when no one answered), `question` (the first guest message),
                            `duration` (seconds), `tags` (a list of strings, the follow-up code
                            one of them for a follow-up), `messages` (a list of objects: `from`,
                            `role` guest/operator/system, `ts` milliseconds since 1970 as a
                            number, `message`) and, only when the patron wrote one,
                            `rating_comment`. The chat came in on the library's own account, so
                            every labelled chat's local library is HARFORD (rules.md section 5,
                            "origin account"), whatever town or state the patron names; rules
                            `specialist` and `default` cannot occur.
  acN_overnight.jsonl       the statewide queue's overnight hours (9 pm to 9 am, New York),
                            answered by staff of out-of-state libraries of a 24/7 cooperative,
                            as JSON Lines, one chat a line (UTF-8, LF, non-ASCII as is): keys
                            `session_id`, `start` (seconds since 1970, a number), `queue`
                            (`Maryland AskUsNow! Public Library`, or `Enoch Pratt Free Library`
                            for the Pratt widget), `screen_name`, `contact_info` (the pre-chat
                            box as typed: an address, "", junk, a 555 phone number),
                            `answered_by` (`Marisol (Cuyahoga County PL, OH)`: the staff member
                            and their own library, never the patron's; null when no one
                            answered), `resolution_code`, `initial_question`, `transcript` (a
                            list of [time, speaker, text]: the time RFC 3339 UTC,
                            `2027-03-02T03:12:09Z`, the speaker the screen name, the staff label
                            or `System`), `wait_seconds` and, only when the patron wrote one,
                            `survey_comment`. The account names no local library: it comes from
                            what the patron wrote.

The halves: within each style, in the order written, each chat goes to the half with fewer chats
of its rule and category (corpus_common.half_of); both halves stay held out.

Run from anywhere: python3 tests/corpus/ac_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/ac_build.py --check   (writes nothing: fails when a file
                   is stale or a check fails)   --counts prints the tallies
"""

import csv
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
    lines_of, main, read_back_problems, read_text, readme_with_counts, rule_problems, tally,
    tally_lines, typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402
from corpus_common import PHONE_RE, directory_rows, zip_counties  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = FOLLOW_UP
ANS = "Answered"
MISSED = "Missed"
LEFT = "Patron Left"

HC_ACCOUNT = "Harford County Public Library"
HC_DEPT_ID = 4417
HC_ORIGIN = "HARFORD"
HC_STAFF = {"dana": ("Dana", 30112), "marcus": ("Marcus", 30147), "tess": ("Tess", 30158),
            "luis": ("Luis", 30203), "joy": ("Joy", 30219)}

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
OV_STAFF = {"marisol": "Marisol (Cuyahoga County PL, OH)", "dev": "Dev (San Jose PL, CA)",
            "brenda": "Brenda (Harris County PL, TX)",
            "ken": "Ken (Daniel Boone Regional Library, MO)",
            "ashley": "Ashley (Kent District Library, MI)", "tom": "Tom (Rowan Public Library, NC)"}

HC = []  # Harford County Public Library's own LibChat queue
OV = []  # the statewide queue overnight, answered by the 24/7 cooperative's staff


def _hc_start(n, seed):
    """The n-th Harford chat starts on a day from January 4, 2027, 9 am to 8:59 pm (Sundays 1 to
    4:59 pm)."""
    rng = random.Random(seed)
    day = datetime(2027, 1, 4) + timedelta(days=(n * 5) // 6)
    hour = rng.randint(13, 16) if day.weekday() == 6 else rng.randint(9, 20)
    return (day + timedelta(hours=hour, minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def _exists(s):
    t = local_start(s)
    return t.astimezone(UTC).astimezone(NY).replace(tzinfo=None) == t.replace(tzinfo=None)


def _ov_start(n, seed):
    """The n-th overnight chat starts in the night after a day from March 1, 2027, 9 pm to 8:59
    am; the part runs across the start of daylight saving time (March 14, 2 am)."""
    rng = random.Random(seed)
    day = datetime(2027, 3, 1) + timedelta(days=(n * 30) // 62)
    hour = rng.choice([21, 22, 23, 0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8])
    if hour < 9:
        day += timedelta(days=1)
    s = (day + timedelta(hours=hour, minutes=rng.randint(0, 59),
                         seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")
    if not _exists(s):  # 2 am on the night daylight saving time starts does not exist
        s = (datetime.strptime(s, "%Y-%m-%d %H:%M:%S") + timedelta(hours=1)).strftime(
            "%Y-%m-%d %H:%M:%S")
    return s


def hc(cid, guest, email, t, label=None, op="dana", status=FU, tags="", written=False,
       comment="", null_email=False):
    """A Harford LibChat chat. guest: the name typed (None: `Guest NNNN`; `SMS 443-555-0177` for
    a text); email: the pre-chat box (None: the key left out, or null with null_email=True)."""
    rng = random.Random("ac-hc-guest-" + cid)
    HC.append(dict(cid=cid, style="hc", start=None,
                   patron=guest or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=HC_STAFF[op][0] if op else None, op=op, status=status,
                   tags=tags, written=written, comment=comment, null_email=null_email,
                   sms=bool(guest and guest.startswith("SMS ")), asked=False, queue=HC_ACCOUNT))


def ov(cid, name, contact, t, label=None, op="marisol", status=FU, queue=AUN, written=False,
       comment="", code=None, asked=False):
    """An overnight chat. name: the screen name typed (None: `Guest NNNN`); contact: the
    pre-chat box as typed; code: the resolution as written when it differs from the status's
    usual spelling; asked: the local library comes from a librarian's question the patron
    answered ("Are you a Montgomery County resident?" "yep")."""
    rng = random.Random("ac-ov-guest-" + cid)
    OV.append(dict(cid=cid, style="ov", start=None,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=contact, t=t,
                   label=label, lib=OV_STAFF[op] if op else None, op=op, status=status,
                   queue=queue, written=written, comment=comment, code=code or status,
                   asked=asked, null_email=False, sms=False, tags=""))


# ---------------------------------------------------------------------------------------------
# Harford County Public Library's own LibChat queue (acN_harford_libchat.json)
# Every labelled chat: local HARFORD (origin account), whatever place the patron names.
# ---------------------------------------------------------------------------------------------

hc("CAC-H101", None, "tmarsh@example.net", """
p hi it says my account is blocked and i cant renew anything
l Hi there, this is Dana. One sec while I look you up... what's the name on the card?
p tara marsh
l Thanks Tara. There's a $24 replacement charge for a DVD, The Lincoln Lawyer, from last spring. Anything over $10 blocks renewals.
p i returned that!! put it in the book drop at fallston
l I'm sorry about that. I'll ask the Fallston staff to check their shelves, and someone will email you once it's cleared.
p ok thx
""", "= circulation none HARFORD local", tags="renewals, fines")
# "The Lincoln Lawyer" is a film's title: no law need.

hc("CAC-H102", "SMS 410-555-0163", None, """
p r u open sunday
l Hi! Bel Air, Abingdon and Aberdeen are open 1-5 on Sundays. The smaller branches are closed.
p k
""", op="marcus", status=ANS, tags="hours, sms")

hc("CAC-H103", "Kayla R", "", """
p hi we just pcs'd to aberdeen proving ground from fort hood. can my husband and i get library cards? we still have texas licenses
l Welcome to Harford County! This is Tess. Military families can get cards with a military ID and something showing your on-post address, like a housing assignment.
p we dont have housing yet, were in the lodge on post til next month
l Let me check with the Aberdeen branch manager what works in that case. What's a good email?
p k.ruiz.family@example.com
""", "k.ruiz.family@example.com policy none HARFORD local", op="tess", tags="cards, military")

hc("CAC-H104", None, "bwentz@example.org", """
p do you give cards to people from pa? we're in delta, like 2 miles from whiteford
l Hi, Luis here. Pennsylvania residents can get a non-resident card; I think there's a yearly fee but let me confirm the amount.
p ok. can i use libby with it too
l I'll find out both and email you.
""", "= policy none HARFORD local", op="luis", tags="cards, out of state")
# Choice: the patron lives in Pennsylvania (no local library by the words alone), but the chat
# came in on Harford County Public Library's own account, and rules.md section 5 gives such a
# chat that library ("origin account"): HARFORD.

hc("CAC-H105", "mike", "mdiaz77@example.com", """
p my landlord wont fix the heat. its been 3 wks and its 50 degrees in my apartment in edgewood
p can i just stop paying rent until he fixes it
l I'm so sorry, that sounds miserable. This is Dana. I can't give legal advice, but Maryland has a rent escrow process for serious problems like no heat. I'll find you the court forms and a legal aid contact.
p please do
""", "= research law HARFORD law", tags="tenant, legal")

hc("CAC-H106", None, "jkessler@example.net", """
p my dad is 84 and has macular degeneration, he cant read regular print at all now
p he used to go through a western a week. louis l'amour mostly
l Hi, this is Marcus. There's a free talking book program for people who can't read standard print, from the Maryland Library for the Blind and Print Disabled.
p does he qualify? hes not totally blind
l Low vision counts. I'll have them send you the application and the details.
""", "= policy print-disability HARFORD print-disability", op="marcus",
   tags="talking books, seniors")
# "Does he qualify?": eligibility for a program asked in general is policy.

hc("CAC-H107", "Guest 8812", "prowe@example.org", """
p hi. i chatted with someone here last tuesday about an interlibrary loan for a book from the 70s and was told id get an email in a day or two. nothing
p its been a week
l I'm really sorry, that shouldn't happen. This is Joy. What was the book?
p "the bay" by gilbert byron
l I'll check on the request, and I'm passing your feedback on about the missing follow-up.
""", "= access none HARFORD quality", op="joy", tags="ILL, complaint")
# Quality: a follow-up that never came. The question left open is an ILL request (access).

hc("CAC-H108", "SMS 443-555-0177", None, """
p is my hold in yet. the new louise penny
l Hi! I can check, what's the name on the card?
p denise albright
l It's in transit to the Havre de Grace branch, should be there by Thursday. If you give me an email we can let you know when it lands
p no just text this number
l We can't text from here, sorry. You'll get the usual pickup notice.
""", "- circulation none HARFORD no-email", op="luis", tags="holds, sms")

hc("CAC-H109", None, "n/a", """
p libby says my card number isnt valid
p i just got the card yesterday, moved here from cecil county
l Hi, Tess here. New cards can take a day to work in Libby. Are you typing the whole number?
p yes all of it. still no
l I'll ask our e-resources person to check the card record. What's your email?
p its m dot okafor at example dot com
""", "m.okafor@example.com access none HARFORD local", op="tess", tags="Libby, new card",
   written=True)
# Cecil County is where the patron came from; the origin account decides anyway.

hc("CAC-H110", "Guest 3390", "sherry.baines@example.com", """
p my great grandfather was a groom at the havre de grace race track in the 1920s
p are there any employee records or anything? his name was walter baines
l What a neat project! I'm Dana. The track closed in 1950 so the records are scattered.
l I'll send this to our local history librarian to follow up with what exists.
""", "= research specialist HARFORD local", tags="local history, genealogy")
# A specialist need, but a local library (the origin account) comes first in section 6.

hc("CAC-H111", None, "angela.t@example.net", """
p does any branch have a notary? i need a form notarized for my daughters custody thing
l Hi, this is Marcus. Let me check which branches have a notary this week, the schedules change.
p ok. saturday would be best
l I'll email you the branches and times.
""", "= other none HARFORD local", op="marcus", tags="notary")
# Choice: the custody matter is only why the form needs a stamp; the question is a notary
# (other) and nothing legal is asked, so no law need.

hc("CAC-H112", None, "", """
p what time does bel air close tonight
l 8 pm tonight!
p thx
""", op="joy", status=ANS, tags="hours")

hc("CAC-H113", "Guest 1044", "n/a", """
p i put a hold on a hotspot like 3 weeks ago and its still saying #14 in line
p my kid needs internet for school work
l Hi, Joy here. Hotspots go fast, but let me see if any branch has one sitting on a shelf.
p ok ty. shaunte.green@example.org
""", "shaunte.green@example.org circulation none HARFORD local", op="joy", tags="hotspots")

hc("CAC-H114", "Priya", "priya.n@example.com", """
p hi im a nursing student at harford community college, their library is closed for break
p can you get me this article: sleep deprivation and medication errors in night shift nurses, journal of clinical nursing 2018
l Hi Priya, this is Luis. We don't subscribe to that journal, but we can request it through interlibrary loan. Articles usually take a few days.
p that works
""", "= access none HARFORD local", op="luis", tags="articles, ILL")
# Choice: Harford Community College is no library of the directory; the chat came in on
# Harford County Public Library's own account (origin), so HARFORD.

hc("CAC-H115", None, "rtaylor.88@example.net", """
p how do i get an old charge expunged. possession from 2012, i was 19
l Hi. I'm Tess. I can't give legal advice, but I can find the Maryland Judiciary's expungement info and forms and some free legal help.
p yes thank you
""", "= research law HARFORD law", op="tess", tags="legal")

hc("CAC-H116", "Guest 7720", "dnoll@example.com", """
p earlier today i asked here about suing a contractor in small claims and the person just said "get a lawyer" and ended the chat
p not helpful at all
l I'm sorry that happened. This is Dana, I'll pass your comments along. What's going on with the contractor?
p paid him $2400 for a deck, he never came back. i want to file in small claims in bel air
l I'll gather the District Court's small claims info and forms and email them to you.
""", "= research law HARFORD quality", tags="legal, complaint")
# A complaint about a librarian: quality comes before law.

hc("CAC-H119", None, "", """
p is lego club at whiteford still saturdays
l Hi, Luis here. I think it moved to Fridays this winter, let me double check. You can also email the branch at whiteford.branch@example.org
p can you just email me? fam.hartley@example.net
""", "fam.hartley@example.net other none HARFORD local", op="luis", tags="programs, kids")
# The branch's address is the librarian's, not the patron's.

hc("CAC-H120", "Guest 2298", "jbrandt@example.org", """
p i'm legally blind and use NVDA. the filters on your catalog search page dont read out, i just hear "button button button"
l Thanks for telling us, this is Tess. I'll pass it to our web team. Have you used the Maryland Library for the Blind and Print Disabled? They have an accessible catalog and audio books.
p no i didnt know about that, ill look. but is there a way to filter your catalog by format that works with nvda
""", "= access print-disability HARFORD print-disability", op="tess",
   tags="accessibility, catalog")
# The catalog problem is Harford's, but a print-disability need goes to LBPH before the local
# library (section 6).

hc("CAC-H121", None, "", """
p do you have old yearbooks? aberdeen high school 1978
l Hi! Some branches keep local yearbooks. I'll ask our local history staff. Can I get an email to send what they find?
p no email thanks ill just call next week
""", "- research specialist HARFORD no-email", tags="local history")
# Old yearbooks: local history (specialist). The patron declines an address: no-email.

hc("CAC-H123", None, "wfoster@example.net", """
p how do i get the new york times thing again. it says my 72 hours ran out
l Hi! That's normal, the NYT pass lasts 72 hours. You just redeem a new code from our website.
p the code page says "no codes available"
l Hmm, I'll check with e-resources and email you.
""", "= access none HARFORD local", op="joy", tags="New York Times")
# "72 hours" is the pass's length, in the patron's words: no service boilerplate, no deadline.

hc("CAC-H124", "Guest 4471", "ava.lindqvist@example.org", """
p need 3 sources on pollution in the susquehanna for ap enviro. one has to be a scholarly article
l Hi, this is Luis. Sure, the Susquehanna and the sediment behind Conowingo Dam is a big topic. When is it due?
p friday
l I'll put a few together and email them. Start with Gale in Context: Science on our website in the meantime.
""", "= research none HARFORD local", op="luis", tags="homework, environment")

hc("CAC-H125", None, "trich@example.com", """
p kanopy wont let me watch kramer vs kramer, says im out of tickets
p its the 3rd of the month??
l Hi, Tess here. Kanopy gives a set number of credits a month; let me look.
l I can't see why from here, I'll ask our e-resources librarian and email you.
""", "= access none HARFORD local", op="tess", tags="Kanopy")
# "Kramer vs. Kramer" is a film about custody: no law need.

hc("CAC-H127", None, "cmoody@example.org", """
s Guest has reconnected.
p sorry it kicked me out again
s Guest has reconnected.
p this is the 3rd time
l Sorry! I'm Marcus. I'll report the connection problem. What did you need?
p renew my books and the kids dvds
l I'll renew everything that can be renewed and email you the new dates.
""", "= circulation none HARFORD quality", op="marcus", tags="renewals, technical")
# A session that kept breaking, reported by the librarian: quality.

hc("CAC-H129", None, "dlee@example.net", """
p does harford still charge late fines? my neighbor says you got rid of them
l Hi, this is Luis. It changed a few years ago; let me confirm the current policy and what happens with replacement charges.
p ok thanks
""", "= policy none HARFORD local", op="luis", tags="fines")

hc("CAC-H130", "Marcy", "marcy.tacos@example.com", """
p starting a food truck in havre de grace. where do i even start with licenses and health dept stuff
l Congrats! Tess here. The county health department and the state have guides. Our business librarian can pull them together.
p that would be great
""", "= research none HARFORD local", op="tess", tags="business")
# Choice: business licences are business research; nothing in rules.md's law list (no court,
# tenant, custody, will), so no law need.

hc("CAC-H131", "Guest 2012", "rnorris@example.org", """
p my grandfather got a patent for a crab picking machine in the 50s. how would i find it
l Fun! Hi, I'm Dana. Patents that old are searchable but you often need the number or exact title. Do you know either?
p no, just his name, harold norris, and he lived in joppa
l I'll pass this to a librarian who does patent searches.
""", "= research specialist HARFORD local", tags="patents")

hc("CAC-H132", None, "", """
p my mom passed last month and we cant find her will
p how do we find out if it was filed with the register of wills
l I'm so sorry for your loss. This is Marcus. The county's Register of Wills keeps wills that were deposited. I'll find their contact and the state's estate information for you.
p thank you. email is jp(at)example(dot)org
""", "jp@example.org research law HARFORD law", op="marcus", tags="legal, estates",
   written=True)

hc("CAC-H133", "Guest 7188", "hollis.fam@example.net", """
p my son is dyslexic and his class is reading wonder. libby has a 12 week wait for the audiobook
p is there another way to get it
l Hi, Joy here. There is! Kids with dyslexia can qualify for free audiobooks from the Maryland Library for the Blind and Print Disabled, and they probably have Wonder.
p oh wow didnt know that
""", "= access print-disability HARFORD print-disability", op="joy", tags="audiobooks")

hc("CAC-H134", "xxx", None, """
p ur all useless
l Hi, this is Luis. How can I help you today?
p shut up. youre an idiot and this whole library is a joke
p answer me idiot
l I'm going to end this chat now. You're welcome to come back with a question.
s Chat ended by operator.
""", "- other none HARFORD no-email", op="luis", tags="abuse", null_email=True)
# Abuse is a service problem, but with no address no-email comes first.

hc("CAC-H135", None, "s.brennan@example.com", """
p forgot my pin again \U0001f644
l Hi! Dana here. For security I can't reset it in chat, but I'll have a reset sent to the email on your account.
p thx
""", "= circulation none HARFORD local", tags="PIN")

hc("CAC-H136", "Guest 8021", "gene.hobbyist@example.org", """
p can i use ancestry from home? it says library use only
l Hi, Tess here. Ancestry Library Edition only works inside our branches, but HeritageQuest works from home with your card.
p heritagequest makes me log in again after every search
l Weird. I'll let our e-resources librarian know and email you.
""", "= access none HARFORD local", op="tess", tags="databases, genealogy")
# Choice: getting into a genealogy database is access; no research question is asked, so no
# specialist need.

hc("CAC-H137", None, "k.osei@example.net", """
p how do you cite a youtube video in mla 9
l Hi, Marcus here. Channel or creator, "Title of Video," YouTube, date, URL.
p what if theres no author and its a reupload
l Let me check the exact rule in the MLA handbook and email you an example.
""", "= research none HARFORD local", op="marcus", tags="citations")

hc("CAC-H138", "Guest 3158", "nmcgee@example.com", """
p can my 12 year old get her own card without me there
l Hi, Joy here. Kids under 14 usually need a parent to sign, but let me check whether that can be done online.
""", "= policy none HARFORD local", op="joy", tags="cards, kids")

hc("CAC-H140", "Guest 4402", "none", """
p what forms do i need to get custody of my granddaughter. her mom cant take care of her right now
l I'm sorry you're going through this. This is Tess. Custody is filed in the circuit court, and there are self-help forms. I can send you the forms and the Family Law Self-Help Center info.
p yes pls. g.winters@example.com
""", "g.winters@example.com research law HARFORD law", op="tess", tags="legal, family")

hc("CAC-H141", None, "", """
p can u renew the 2 dvds on my card, they're due today
l Hi, Dana here. Sure, what's the name on the card?
p lynn whitby
l Renewed one. The other has a hold on it so it can't be renewed. I'll email you about the hold.
p ok lwhitby@example.con
p sorry lwhitby@example.com
""", "lwhitby@example.com circulation none HARFORD local", tags="renewals")
# The address corrected in the next message: the second one.

hc("CAC-H142", "Guest 6650", "r.castellano@example.net", """
p hoopla says ive used all my borrows this month, its only the 9th
l Hi, Marcus here. Hoopla has a monthly limit per card. Let me see how many you've used.
p i only borrowed 2 things
l Then something's off. I'll have our e-resources staff look and email you.
""", "= access none HARFORD local", op="marcus", tags="hoopla")
# Choice: the patron's own trouble in an e-book app is access, not the borrowing limit asked in
# general (policy).

hc("CAC-H143", None, "teresa.v@example.org", """
p i want to complain about the lady at the edgewood branch desk. she yelled at my son for being on the computer too long in front of everyone
p he's 11
l I'm sorry, that's not how we want anyone treated. This is Joy. I'll pass this to the branch manager and they'll follow up with you.
""", "= other none HARFORD quality", op="joy", tags="complaint")

hc("CAC-H144", "Guest 1289", "b.ferrante@example.com", """
p can i log into jstor with my library card from home? im writing a history paper for my masters
l Hi, Luis here. We have a small JSTOR collection you can use from home with your card, through our databases page.
p it sends me to a page that says access denied, institution not recognized
l I'll have someone check the link and email you.
""", "= access none HARFORD local", op="luis", tags="JSTOR, databases")

hc("CAC-H145", None, "wren.c@example.net", """
p trying to put a hold on the tenant of wildfell hall but the catalog only shows the audiobook
l Hi, Tess here. We have the print copy at two branches, it may be a filter. Let me place it for you.
p pick up at havre de grace please
l Done! I'll email you the confirmation.
""", "= circulation none HARFORD local", op="tess", tags="holds")
# "The Tenant of Wildfell Hall" is a novel's title: no law need.

hc("CAC-H147", "Guest 7741", "nat.ocampo@example.org", """
p can i take my old roommate to small claims? she moved out owing me $800 for rent and utilities
p i live in perryville now but we lived together in havre de grace
l Hi, Dana here. I can't give legal advice but I can send you the District Court's small claims info. Usually you file where the person lives or where the deal happened.
p ok ty
""", "= research law HARFORD law", tags="legal")
# Perryville is in Cecil County, but the chat came in on Harford's own account (origin).

hc("CAC-H148", None, "grandma.jo@example.com", """
p how do i attach a pdf to an email on my chromebook
l Hi, Marcus here. In Gmail, click the paperclip and pick the file from Downloads.
p theres no paperclip, im using the mail program from my internet company
l I'll look that one up and email you steps with pictures.
""", "= other none HARFORD local", op="marcus", tags="tech help")

hc("CAC-H151", "Guest 5090", None, """
p looking for info on hospice options for my dad, he's at upper chesapeake right now
l I'm sorry. I'm Luis. I can find you a list of hospice providers and what Medicare covers. What's your email?
p i dont use email. ill come into the bel air branch
""", "- research none HARFORD no-email", op="luis", tags="health", null_email=True)

hc("CAC-H152", None, "m.farrow@example.net", """
p is the fafsa help night happening again this spring
l Hi, one moment please.
l One moment, still looking.
l Sorry, I have to step away. Someone will email you.
""", "= other none HARFORD quality", op="tess", tags="programs",
   comment="the librarian kept typing one moment for 15 minutes and then said she had to go. never got an answer")
# The complaint is only in the rating comment. An event asked about: other.

hc("CAC-H153", "Guest 3301", "vdunbar@example.com", """
p my niece is 6 and blind, she's learning braille. how do we get braille picture books for her
l Hi, Dana here. The Maryland Library for the Blind and Print Disabled lends braille and print-braille picture books by mail, free.
p can they mail them to us? we're in forest hill
""", "= access print-disability HARFORD print-disability", tags="accessibility, kids")
# Choice: getting books in braille is getting an accessible copy (access), not research.

hc("CAC-H166", "SMS 443-555-0125", None, """
p hi its justice m. my son will needs the giver for summer reading and all the copies r out
p can u put one on hold at joppa
l Hi Justice, Joy here. You're #3 on the list now at Joppa. Want an email when it's in?
p yes. jmcallister@example.org
""", "jmcallister@example.org circulation none HARFORD local", op="joy", tags="holds, sms")
# "justice" and "will" are names here, no law words.

# Not follow-ups (no labels).
hc("CAC-H154", None, "", """
p do you have tax forms yet
l Federal forms come in February; the state ones are at most branches now.
""", op="marcus", status=ANS, tags="tax forms")

hc("CAC-H155", None, "", """
p can i return books to any branch
l Yes, any Harford branch or book drop.
p cool
""", op="tess", status=ANS, tags="returns")

hc("CAC-H156", None, None, """
p hello? anyone there
s Guest has left the chat.
""", op=None, status=MISSED)

hc("CAC-H157", "SMS 410-555-0138", None, """
p whats the wifi password at abingdon
l No password! Just pick the library network and accept the terms.
""", op="joy", status=ANS, tags="wifi, sms")

hc("CAC-H158", None, "kparr@example.org", """
p do you have the new stephen king
l We do, there's a waitlist. Want me to place a hold?
p yes pls
l Done, you're #9.
""", op="dana", status=ANS, tags="holds")

hc("CAC-H159", None, "", """
p can i bring my dog into the library
l Only service animals, sorry!
""", op="luis", status=ANS, tags="policy")

hc("CAC-H160", None, None, """
p hi i need help with my account
s Guest has left the chat.
""", op=None, status=MISSED)

hc("CAC-H161", None, "", """
p how many books can i check out at once
l 50 items on one card.
p wow ok
""", op="tess", status=ANS, tags="borrowing")

hc("CAC-H162", "Guest 9914", "", """
p do you have computer classes for seniors
l Yes, the Bel Air branch has a monthly one. You can sign up on our events calendar.
""", op="marcus", status=ANS, tags="programs")

hc("CAC-H163", None, "", """
p where is the courthouse in bel air, have jury duty tomorrow
l It's on Main Street downtown, a few blocks from the library.
p thanks!
""", op="joy", status=ANS, tags="directions")

hc("CAC-H164", None, "", """
p can i donate books
l Yes, the Friends take donations at most branches; no textbooks or encyclopedias please.
""", op="dana", status=ANS, tags="donations")

hc("CAC-H165", None, "", """
p is there a limit on printing per day
l First 10 pages are free each day, then 10 cents a page.
""", op="luis", status=ANS, tags="printing")


# ---------------------------------------------------------------------------------------------
# The statewide queue overnight, answered by out-of-state staff (acN_overnight.jsonl)
# The account names no local library; it comes from the patron's words.
# ---------------------------------------------------------------------------------------------

ov("CAC-N201", None, "rpike@example.com", """
s Thank you for contacting AskUsNow! A librarian will be with you shortly.
p is there a way to read the wall street journal online without paying
l Hi! I'm Marisol, a librarian in Ohio helping with Maryland's service tonight. Many Maryland libraries offer the WSJ with a card. Which library do you use?
p idk we just moved, havent gotten a card yet
l No problem, I'll have a Maryland librarian follow up on which library and how to get access.
""", "= access none - default")
# "a librarian in Ohio" is the staff member's own place, never the patron's.

ov("CAC-N203", "Denise", "denise.hollins@example.org", """
p hi, im trying to find records of my 3x great grandmother. she was enslaved in maryland and freed in 1864 when the state constitution changed
p her name was Rachel, later Rachel Hollins
l What a meaningful search. I’m Brenda, a librarian in Texas, so I don’t know Maryland’s archives well. A genealogy specialist in Maryland can follow up with the best record sets.
p thank you so much
""", "= research specialist - specialist", op="brenda")

ov("CAC-N204", None, "wbeck@example.com", """
p looking for old maps showing my family's farm near catoctin furnace, 1800s, and the land records for it
p i live in thurmont
l Hi, I'm Ken. I'll pass this to a Maryland librarian who knows the historical maps and land records.
""", "= research specialist FCPL local", op="ken")
# A specialist need with a local library named (Thurmont, Frederick County): local first.

ov("CAC-N205", None, "lakisha.m@example.net", """
p my landlord gave me a paper saying i have 10 days to get out. is that legal in maryland?? i paid rent every month
l I'm so sorry. I'm Ashley, a librarian in Michigan. I can't give legal advice, but I can find Maryland's tenant resources and legal aid.
p please. i have 2 kids
""", "= research law - law", op="ashley")

ov("CAC-N206", "T. Greer", "tgreer@example.com", """
p i have a custody hearing in upper marlboro next thursday and no lawyer. where do i find what forms to bring
p i'm in bowie
l Hi, this is Tom in North Carolina. Maryland's courts have a family law self-help center; I'll get you the link and a forms list.
""", "= research law PGCMLS law", op="tom")
# Law comes before the local library (Bowie, Prince George's).

ov("CAC-N207", None, "nadia.k@example.org", """
p my grandma lives with us in ocean pines and she's lost most of her vision. how does she sign up for talking books?
l Hi, Marisol here. Maryland's talking book library has a short application; a doctor or a librarian can certify it.
p can a librarian sign it? her eye doctor is hard to reach
""", "= policy print-disability WORCESTER print-disability")

ov("CAC-N208", None, "o.reyes@example.net", """
p i asked about this last night and the librarian just logged off on me mid sentence
p anyway. cloudlibrary says the ebook is checked out but it also says i have it??
l I'm sorry that happened. I'm Dev. Let me look at how cloudLibrary shows loans.
l I can't see your account from here, so I'll flag this for a follow-up and pass your comment about last night along.
""", "= access none - quality", op="dev")

ov("CAC-N209", None, "gladys.fenwick@example.com", """
p i was told someone would email me in 3 days about the 1850 slave schedules for st. mary's county. its been 5 days
l I'm sorry you didn't hear back. This is Brenda. I'll note that the follow-up never came and send it on again.
p ok
""", "= research specialist - quality", op="brenda")
# St. Mary's County is the records' place (the topic), not where the patron lives.

ov("CAC-N210", None, "", """
p do you have anything on the catonsville nine protest
l Hi! I'm Ken. Is this for a class?
p kind of, a paper
l I can find some sources. What email should I send them to?
p no email, i'll check back on chat
""", "- research none - no-email", op="ken")
# Catonsville is the topic.

ov("CAC-N211", None, "mariah.b@example.org", """
p can i use the fax machine at the central library? i live in hampden
l Hi, Tom here. Most big libraries have one, but I'll confirm for your Central Library and the cost.
""", "= other none EPFL local", op="tom", queue=PRATT)
# Hampden is a Baltimore City neighborhood: EPFL by the patron's words (rule local), not by
# the Pratt account.

ov("CAC-N212", None, "anthony.gill@example.com", """
p how do i get a library card
l Hi! I'm Ashley. Where do you live? Each county has its own library system.
p does it matter? i just need one for ebooks
l It does for which library. I'll have a Maryland librarian follow up with the options.
""", "= policy none - default", op="ashley", queue=PRATT)
# Choice: the chat came in on the Enoch Pratt Free Library account, which names no local
# library (rules.md section 5); the patron never says where they live: default.

ov("CAC-N213", None, "sam.whitmer@example.net", """
p can i get a card at the westminster library? i live in hanover pa but i work in westminster
l Hi, Marisol here. Some libraries give cards to people who work in the county. I'll have that library confirm.
""", "= policy none CARROLL local")
# Choice: the patron lives in Pennsylvania but names the library he wants a card from
# (Westminster, Carroll County): CARROLL. "hanover pa" is not Anne Arundel's Hanover.

ov("CAC-N214", None, "e.stoltz@example.org", """
p im in newark delaware. are the original field notes from the mason dixon survey online anywhere? or where are they kept
l Hi, I'm Dev. Interesting! I'll ask a Maryland specialist who works with historical records and maps to follow up.
""", "= research specialist - specialist", op="dev")

ov("CAC-N215", None, "kfurlong@example.com", """
p i live in martinsburg wv. can i get a maryland e-card for libby
l Hi, this is Brenda. Some Maryland libraries give cards to nearby out-of-state residents. I'll pass it on.
""", "= policy none - default", op="brenda")

ov("CAC-N216", None, "a.bhatt@example.org", """
p umbc student, off campus login to pubmed full text isnt working, keeps saying my institution doesnt subscribe
l Hi! I'm Ken. Are you coming through the library website?
p yes through the kuhn library page
l Then it's probably the proxy. I'll pass this to UMBC's librarians.
""", "= access none UMBC local", op="ken")

ov("CAC-N218", None, "", """
p aacc student. proquest on the truxal library site keeps saying session expired every few minutes
l Hi, Tom here. That can be a cookie setting; try allowing third-party cookies. I'll also pass it to AACC's library. Email?
p ok its kwame.asante@example.net
""", "kwame.asante@example.net access none AACC local", op="tom")

ov("CAC-N219", None, "bea.lorenz@example.org", """
p grad student at frostburg state. need an article from 1987 thats not in any of our databases. appalachian journal vol 14
l Hi! I'm Marisol. Interlibrary loan is the way; I'll send this to your library to place it.
""", "= access none FSU local")

ov("CAC-N220", None, "dquinn@example.net", """
p hi can you renew my books
l Sure! I'm Dev. Which library are they from?
p i live at four twenty two ridge road in mount airy
l Thanks, I'll have your library renew them and email you.
""", "= circulation none CARROLL local", op="dev")
# The address written out in words; Mount Airy is listed under Carroll (the directory's note).

ov("CAC-N221", None, "wil.osborne@example.com", """
p where do i pick up a hold if my branch is closed for renovation? im in laurel
p sorry — north laurel, the howard county side
l Hi, I'm Brenda. I'll have your library tell you where the hold goes.
""", "= circulation none HCLS local", op="brenda")
# Corrected at once: North Laurel (Howard County), not Laurel (Prince George's).

ov("CAC-N222", None, "aisha.r@example.org", """
p can i get the new york times through the library
l Hi! This is Ken, I'm in Columbia, Missouri, at the Daniel Boone library. Which library do you use?
p lol i'm in columbia too. the maryland one
l Ha! Then I'll pass this to your library to set you up.
""", "= access none HCLS local", op="ken")
# Choice: "columbia ... the maryland one" is Columbia, Howard County; the librarian's Columbia
# (Missouri) is no evidence.

ov("CAC-N223", None, "tvoss@example.com", """
p does the library do passports
l Hi, I'm Ashley. Some Maryland libraries do. What county are you in?
p zip is 21740
l Thanks, I'll find out whether your library does passport appointments.
""", "= other none WCFL local", op="ashley")
# ZIP 21740 is in Washington County.

ov("CAC-N224", None, "jr.kimball@example.org", """
p need info about the b&o railroad in ellicott city for a school project. when was the station built
l Hi, Tom here. The Ellicott City station is one of the oldest in the country. I'll find you a couple of sources for the project.
""", "= research none - default", op="tom")
# Ellicott City is the topic; the patron never says where they live. Choice: a school
# project on a known landmark is no in-depth (specialist) research.

ov("CAC-N225", None, "v.tyler@example.net", """
p my family were watermen out of crisfield. looking for records of their oyster boats in the 1920s, registrations or anything
l Hi! Marisol here. That's a specialized search; a Maryland history librarian can follow up.
""", "= research specialist - specialist")
# Crisfield is where the family worked a century ago, not where the patron lives.

ov("CAC-N226", "Frederick", "fhale@example.com", """
p do you have books on frederick douglass for a 4th grade report
l Hi Frederick! I'm Dev. Yes, there are several good biographies for kids. I'll send a list.
""", "= research none - default", op="dev")
# The screen name and Douglass are no place.

ov("CAC-N228", None, "d.okonkwo@example.com", """
p i live in dc but got a speed camera ticket in silver spring. do i have to go to court in maryland to fight it?
l Hi, I'm Ken. You'd ask for a trial with the District Court listed on the ticket. I'll send the details.
""", "= research law - law", op="ken")
# Silver Spring is where the ticket was; the patron lives in DC: no local library.

ov("CAC-N229", None, "mvance@example.org", """
p using voiceover on my iphone and half the buttons in libby just say "button"
p i'm blind so i cant tell which is which
l Hi, I'm Ashley. I'm sorry! Libby supports VoiceOver but some screens are worse. Maryland's talking book library also has an app built for this.
""", "= access print-disability - print-disability", op="ashley")

ov("CAC-N230", None, "helen.paik@example.net", """
p my husband had a stroke and cant hold a book or turn pages anymore. is there any program for him
p he reads a lot
l Hi, Tom here. People who can't hold a book can qualify for free talking books in Maryland.
""", "= policy print-disability - print-disability", op="tom")
# Choice: a physical disability that keeps one from reading a print book is a print-disability
# need (LBPH serves it); eligibility for a program: policy.

ov("CAC-N231", "bored", "zz.top@example.com", """
p are u a real person
l Hi! Yes, I'm Marisol, a librarian. How can I help?
p prove it. send me a pic of urself
l I'm not able to do that. Do you have a library question?
p no lol. whats ur home address
l I'm ending this chat now.
s The librarian has ended the chat.
""", "= other none - quality")
# Abuse (harassment of the librarian) with an address in the box: quality.

ov("CAC-N232", None, "ppatterson@example.com", """
p is my hold on the wild robot ready? i'm in catonsville
l Hi, this is Dev.
l Sorry, the chat froze on my end for a few minutes. Are you still there?
p yes
l I'll report the freezing, and I'll ask your library to check the hold.
""", "= circulation none BCPL quality", op="dev")

ov("CAC-N233", None, "l.mendez@example.org", """
p how many ebooks can i have at once
l Hi, Brenda here. It depends on the library. Which one do you use?
p the one near me lol
l I'll have a Maryland librarian follow up.
""", "= policy none - quality", op="brenda",
   comment="the librarian didnt know anything about maryland libraries. total waste of time")
# The complaint is only in the survey comment.

ov("CAC-N234", None, "", """
p whats the process to change my name after a divorce in maryland
l Hi, I'm Ken. You'd petition the circuit court; I can send you the form numbers. What's your email?
p i dont have email
""", "- research law - no-email", op="ken")

ov("CAC-N235", None, "asdf", """
p looking for the deed to my house from when it was built, 1920s
l Hi, Ashley here. Maryland's land records are online through a state site; a specialist can walk you through older ones. What's a good email?
p ok
s Patron has left the chat.
""", "- research specialist - no-email", op="ashley")
# Land records: specialist. The box holds junk and no address is typed: no-email.

ov("CAC-N236", None, "410-555-0142", """
p do you have to live in maryland to use askusnow
l Hi, Tom here. Anyone can chat, but library cards depend on where you live. Want me to have someone follow up by email?
p prefer not, just curious
s A copy of this chat is sent from askusnow-noreply@example.org when an address was given.
""", "- policy none - no-email", op="tom")
# The service's own address is not the patron's; the box holds a phone number.

ov("CAC-N243", None, "r.lindgren@example.net", """
p are there sanborn fire insurance maps of baltimore from the 1890s online? looking for one block on eastern ave
l Hi, Marisol here. The Library of Congress has many; for Baltimore's full run a Maryland map specialist should follow up.
""", "= research specialist - specialist")
# Baltimore is the maps' place, not where the patron lives.

ov("CAC-N244", None, "jfairbanks@example.com", """
p i want to trace the chain of title for my house back to the 1800s. its in easton, i live there
l Hi, Dev here. Land records research goes a long way back; your library's local history staff or a specialist can help.
""", "= research specialist TALBOT local", op="dev")

ov("CAC-N246", None, "m.dorsey@example.net", """
p can i borrow a laptop from the library? i'm in prince frederick
l Hi! Ken here. Some libraries lend laptops. I'll send this to your library.
""", "= circulation none CALVERT local", op="ken")
# Prince Frederick is in Calvert County, not Frederick County. Checking out equipment:
# circulation (rules.md section 5).

ov("CAC-N248", None, "spc.morales.fam@example.org", """
p we live on fort detrick in frederick. can my kids get cards with a military id?
l Hi, Tom here. I'll have your library confirm what they need.
""", "= policy none FCPL local", op="tom")

ov("CAC-N250", None, "H.Tran@Example.com ", """
p i go to umbc but this is about my public library card. i live in catonsville and my card expired
l Hi, Dev here. I'll send this to your public library.
""", "= circulation none BCPL local", op="dev")
# Choice: the patron names a college and a town, and says the question is about the public
# library card: Catonsville, BCPL. The box in capitals with a space: the address lower-cased.

ov("CAC-N251", None, "g.maddox@example.org", """
p i live in cleveland but my family is from baltimore. looking for my grandfather's ww2 draft card and his obituary
l Hi! I'm Marisol, and I'm in Cleveland too, at Cuyahoga County Public Library. Small world.
l For Baltimore records, a Maryland genealogy specialist is the best follow-up.
""", "= research specialist - specialist")
# Lives in Ohio, names no library; Baltimore is the family's place: specialist.

ov("CAC-N257", None, "odelle.p@example.net", """
p is a handwritten will valid in maryland? my aunt wrote one and signed it herself
l Hi, Dev here. Maryland has specific rules for wills; I'll send you the state's information and free legal help.
""", "= research law - law", op="dev")

ov("CAC-N258", None, "w.castro@example.com", """
p expungement question. i have a case from 2015 in baltimore county that got dismissed
l Hi, Brenda here. Dismissed cases can often be expunged; I'll send the forms.
""", "= research law - law", op="brenda")
# Choice: Baltimore County is where the case was heard, not said to be where he lives: no
# local library (law decides the destination either way).

ov("CAC-N259", None, "t.sizemore@example.org", """
p does the library lend video magnifiers? my mom has low vision. we're in dundalk, balto co
l Hi, Ken here. Some libraries do, and the state's talking book library has low vision resources too. I'll pass it on.
""", "= circulation print-disability BCPL print-disability", op="ken")
# Choice: borrowing equipment is circulation; low vision makes the need print-disability, which
# goes to LBPH before the local library.

ov("CAC-N260", None, "ruby.a@example.com", """
p can i get tax forms at the library
l Hi, Ashley here. Are you in Baltimore County?
p still need the md 502 form too
s Patron has left the chat.
""", "= other none - default", op="ashley")
# The librarian's question is never answered: no evidence of a county.

ov("CAC-N261", None, "lou.brandt@example.net", """
p can i renew my library card online
l Hi, Tom here. Are you a Montgomery County resident?
p yep
l Then I'll send this to Montgomery County's library.
""", "= circulation none MCPL local", op="tom", asked=True)
# The patron's "yep" answers the librarian's question: Montgomery County.

ov("CAC-N262", None, "f.iqbal@example.org", """
p my cousin works at the pratt and said to ask you. what was maryland's population in 1900
l Hi, Marisol here. The 1900 census has it; I'll send you the exact number and the source.
""", "= research none - default")
# A cousin's workplace is not the patron's library.

ov("CAC-N263", None, "", """
p how do i get consumer reports from home
l Hi, Dev here. Many libraries have it. Which library card do you have?
p annapolis library
l I'll send this to Anne Arundel's library. What's your email?
p tina dot gallo at example dot net
""", "tina.gallo@example.net access none AACPL local", op="dev", written=True)

ov("CAC-N264", None, "none", """
p whats the limit on how many dvds i can take out
l Hi, Brenda here. It depends on your library; which do you use?
p i dont really have one yet
l I'll have a Maryland librarian follow up. Email?
p rjk @ example . org
""", "rjk@example.org policy none - default", op="brenda", written=True)

ov("CAC-N265", None, "h.lucero@example.com", """
p can you look into my ILL request for a dvd, its been 3 weeks. i'm in frederick
l Hi, Ken here. Sure, I'll pass it along to your library.
p actually send it to my work email h.lucero@work.example.org
""", "= access none FCPL local", op="ken", code="follow up by patron library")
# Choice: the pre-chat box holds a valid address, and rules.md section 5 takes the export's
# field first, over the work address typed after it.

ov("CAC-N266", "Joan", "joan.petty@example.com", """
p I'd like to know if the library has any programs on Medicare enrollment this spring. I live in Salisbury.
l Hi Joan, Tom here. I'll have Wicomico's library send you their spring programs.
""", "= other none WICOMICO local", op="tom")

ov("CAC-N267", None, "cal.hughes@example.net", """
p trying to find where my grandfather calvert hughes is buried. he died in 1961
l Hi, Ashley here. Was he from Maryland?
p yes, he grew up in cumberland. i'm not sure where he ended up
l A genealogy specialist can follow up with cemetery and obituary indexes.
""", "= research specialist - specialist", op="ashley", code="FOLLOW UP BY PATRON LIBRARY")
# "Calvert" is a given name and Cumberland where the grandfather grew up: no local library.

ov("CAC-N268", "Howard Carroll", "hcarroll@example.net", """
p the lincoln highway ebook disappeared off my shelf in libby before i finished it
l Hi Howard, Dev here. Loans end on their due date even mid-book. Which library's Libby is it?
p whichever one i signed up with years ago, not sure
l I'll have a Maryland librarian look into it and email you.
""", "= access none - default", op="dev")
# Two county names make the screen name, and the title names a highway: no place.

# Not follow-ups (no labels).
ov("CAC-N280", None, "", """
p any books like where the crawdads sing
l Try The Great Alone or Prodigal Summer!
p ty
""", op="dev", status=ANS)

ov("CAC-N281", None, "", """
p is the library open on easter
l Most Maryland libraries close on Easter Sunday; check your branch's page to be sure.
""", op="brenda", status=ANS)

ov("CAC-N282", None, "", """
p hi
s Patron has left the chat.
""", op=None, status=LEFT)

ov("CAC-N283", None, "", """
p how do i cite a tweet in apa
l Author, A. [@handle]. (Year, Month Day). Text of the post [Post]. X. URL
""", op="ken", status=ANS)

ov("CAC-N284", None, "", """
p can my landlord keep my deposit for nail holes
s Patron has left the chat.
""", op=None, status=LEFT)

ov("CAC-N285", None, "b.ortiz@example.com", """
p does libby have magazines
l It does! Tap the Magazines tab in your library's Libby.
p found it thx
""", op="ashley", status=ANS)

ov("CAC-N286", None, "", """
p whats the formula for the area of a trapezoid
l (a + b) / 2 times the height.
""", op="tom", status=ANS)

ov("CAC-N287", None, "", """
p hello is this the library
l Yes! How can I help?
s Patron has left the chat.
""", op="marisol", status=LEFT)

ov("CAC-N288", None, "", """
p what's the capital of maryland
l Annapolis!
""", op="dev", status=ANS)

ov("CAC-N289", None, "", """
p can i get a library card online
l Many Maryland libraries let you sign up online for a digital card; your county library's site will have the form.
""", op="brenda", status=ANS)

ov("CAC-N290", None, "", """
p phone number for the talking books library?
l Maryland's Library for the Blind and Print Disabled: 410-555-0190.
""", op="ken", status=ANS)

ov("CAC-N291", None, "", """
p how do i reset my password for the library website
l Use the Forgot PIN link on the login page; it sends a reset to the email on your account.
""", op="ashley", status=ANS)

ov("CAC-N292", None, "", """
p im writing a poem and need a word that rhymes with orange lol
l Ha, there isn't a perfect one! "Door hinge" is the classic near-rhyme.
""", op="tom", status=ANS)

ov("CAC-N293", None, "", """
p test
s Patron has left the chat.
""", op=None, status=LEFT)


def _assign_starts(chats, start, seed):
    """Each chat's start: the chats take the style's slots (the n-th slot later than the one
    before) in an order drawn once, so that follow-ups and the other rows mix in time."""
    slots = list(range(len(chats)))
    random.Random(seed).shuffle(slots)
    for c, n in zip(chats, slots):
        c["start"] = start(n, f"{seed}-{c['cid']}")


_assign_starts(HC, _hc_start, "ac-hc")
_assign_starts(OV, _ov_start, "ac-ov")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def hc_tags(c):
    """The tags list: the chat's topics, with the follow-up code at a place drawn per chat."""
    tags = [t for t in c["tags"].split(", ") if t]
    if c["status"] == FU:
        rng = random.Random("ac-hc-tags-" + c["cid"])
        tags.insert(rng.randint(0, len(tags)), FU)
    return tags


def ms(t, cid, i):
    """Milliseconds since 1970 of a message's instant, with a fraction of a second drawn."""
    return int(t.timestamp()) * 1000 + random.Random(f"ac-ms-{cid}-{i}").randint(0, 999)


def hc_record(c):
    lines = timed_lines(c, "ac")
    names = {"p": c["patron"], "l": c["lib"], "s": "system"}
    roles = {"p": "guest", "l": "operator", "s": "system"}
    guest = {"name": c["patron"]}
    if c["null_email"]:
        guest["email"] = None
    elif c["email"] is not None:
        guest["email"] = c["email"]
    start = local_start(c["start"])
    rec = {"id": c["cid"], "timestamp": c["start"],
           "department": {"id": HC_DEPT_ID, "name": HC_ACCOUNT}, "guest": guest,
           "operator": {"name": HC_STAFF[c["op"]][0], "id": HC_STAFF[c["op"]][1]} if c["op"]
           else None,
           "question": next(text for code, text in lines_of(c) if code == "p"),
           "duration": int((lines[-1][0] - start.astimezone(UTC)).total_seconds()) + 20,
           "tags": hc_tags(c),
           "messages": [{"from": names[code], "role": roles[code], "ts": ms(t, c["cid"], i),
                         "message": text} for i, (t, code, text) in enumerate(lines)]}
    if c["comment"]:
        rec["rating_comment"] = c["comment"]
    return rec


def hc_text(chats):
    ordered = by_start(chats)
    last = local_start(ordered[-1]["start"]) + timedelta(days=1)
    doc = {"format": "libchat-transcripts",
           "exported_at": last.replace(hour=7, minute=30, second=0).isoformat(),
           "chats": [hc_record(c) for c in ordered]}
    return json.dumps(doc, indent=2, ensure_ascii=True) + "\n"


def rfc3339(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ov_record(c):
    lines = timed_lines(c, "ac")
    names = {"p": c["patron"], "l": c["lib"], "s": "System"}
    start = local_start(c["start"])
    rec = {"session_id": c["cid"], "start": int(start.timestamp()), "queue": c["queue"],
           "screen_name": c["patron"], "contact_info": c["email"], "answered_by": c["lib"],
           "resolution_code": c["code"],
           "initial_question": next(text for code, text in lines_of(c) if code == "p"),
           "transcript": [[rfc3339(t), names[code], text] for t, code, text in lines],
           "wait_seconds": random.Random("ac-ov-wait-" + c["cid"]).randint(4, 240)}
    if c["comment"]:
        rec["survey_comment"] = c["comment"]
    return rec


def ov_text(chats):
    return "".join(json.dumps(ov_record(c), ensure_ascii=False) + "\n" for c in by_start(chats))


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("harford_libchat", "json", HC, hc_text), ("overnight", "jsonl", OV, ov_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("ac", STYLES, by_start)


def part_dir(name):
    return "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "ac", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

# A typo that a later message corrects may stand in a transcript only with a top-level domain
# that does not exist, so that it names no real mailbox.
NO_SUCH_TLD = (".ogr", ".con")

DIRECTORY = directory_rows()
ZIPS = zip_counties()


def place_trace(lib, text):
    """Whether `text` holds a trace of the library `lib`: one of its names, aliases, towns or
    branches, its county's name, or a ZIP code of its county. A sanity check that an overnight
    chat's local library was labelled from the patron's words at all."""
    row = DIRECTORY[lib]
    words = [row["name"]]
    if row["county"]:
        words += [row["county"], row["county"].replace(" County", "")]
    for column in ("aliases", "towns", "branches"):
        words += [w for w in row[column].split(";") if w]
    bare = lambda s: re.sub(r"[.']", "", s.lower())  # noqa: E731
    if any(w and bare(w) in bare(text) for w in words):
        return True
    return any(ZIPS.get(z) == row["county"] for z in re.findall(r"\b\d{5}\b", text))


def local_kind(c):
    """How a labelled chat's local library was found: origin account, a public or academic
    library from the words, or none."""
    local = c["label"].split()[3]
    if local == "-":
        return "none"
    if c["style"] == "hc":
        return "origin account"
    return DIRECTORY[local]["kind"] + " (words)"


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join([text for code, text in lines_of(c) if code == "p"]
                            + [c["comment"]]).lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    if c["style"] == "hc" and local != HC_ORIGIN:
        bad(f"the origin account makes the local library {HC_ORIGIN}")
    if c["style"] == "ov" and local:
        if DIRECTORY[local]["kind"] not in ("public", "academic"):
            bad(f"local library {local} is no public or academic library")
        asked = "\n".join(text for code, text in lines_of(c) if code == "l") if c["asked"] else ""
        if not place_trace(local, patron_text + "\n" + asked):
            bad(f"local library {local} has no trace in the patron's words")
    if c["style"] == "ov" and c["asked"] and not local:
        bad("asked=True on a chat without a local library")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


HC_KEYS = ["id", "timestamp", "department", "guest", "operator", "question", "duration", "tags",
           "messages"]
OV_KEYS = ["session_id", "start", "queue", "screen_name", "contact_info", "answered_by",
           "resolution_code", "initial_question", "transcript", "wait_seconds"]
CIVIL_RE = re.compile(r"^2027-\d\d-\d\d \d\d:\d\d:\d\d$")
UTC_RE = re.compile(r"^2027-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
GUEST_NAME = re.compile(r"^(Guest \d{4}|SMS \d{3}-555-\d{4}|[A-Za-z. ]+)$")


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"."""
    raw = (HERE / part_dir(name) / name).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    if "\r" in text:
        raise ValueError("a carriage return")
    out = []
    if style == "harford_libchat":
        if not text.isascii():
            raise ValueError("a character beyond ASCII (non-ASCII must be escaped)")
        doc = json.loads(text)
        if list(doc) != ["format", "exported_at", "chats"] or not isinstance(doc["chats"], list):
            raise ValueError(f"top-level keys {list(doc)}")
        for rec in doc["chats"]:
            keys = list(rec)
            if keys[:len(HC_KEYS)] != HC_KEYS or keys[len(HC_KEYS):] not in ([], ["rating_comment"]):
                raise ValueError(f"{rec.get('id')}: keys {keys}")
            cid = rec["id"]
            if not CIVIL_RE.match(rec["timestamp"]) or not _exists(rec["timestamp"]):
                raise ValueError(f"{cid}: timestamp {rec['timestamp']!r}")
            start_ms = int(local_start(rec["timestamp"]).timestamp()) * 1000
            if rec["department"] != {"id": HC_DEPT_ID, "name": HC_ACCOUNT}:
                raise ValueError(f"{cid}: department {rec['department']}")
            guest = rec["guest"]
            if set(guest) - {"name", "email"} or not GUEST_NAME.match(guest["name"]):
                raise ValueError(f"{cid}: guest {guest}")
            email = guest.get("email")
            if email is not None and not isinstance(email, str):
                raise ValueError(f"{cid}: guest email {email!r}")
            op = rec["operator"]
            if op is not None and op not in [{"name": n, "id": i} for n, i in HC_STAFF.values()]:
                raise ValueError(f"{cid}: operator {op}")
            if not isinstance(rec["duration"], int) or rec["duration"] <= 0:
                raise ValueError(f"{cid}: duration {rec['duration']!r}")
            if not all(isinstance(t, str) for t in rec["tags"]):
                raise ValueError(f"{cid}: tags {rec['tags']}")
            lines, last = [], start_ms
            for m in rec["messages"]:
                if list(m) != ["from", "role", "ts", "message"]:
                    raise ValueError(f"{cid}: message keys {list(m)}")
                who = {"guest": guest["name"], "operator": op and op["name"],
                       "system": "system"}.get(m["role"])
                if who is None or m["from"] != who:
                    raise ValueError(f"{cid}: message from {m['from']!r} as {m['role']!r}")
                if not isinstance(m["ts"], int) or len(str(m["ts"])) != 13 or m["ts"] < last:
                    raise ValueError(f"{cid}: message time {m['ts']!r}")
                last = m["ts"]
                lines.append((m["from"], m["message"]))
            first = next(t for who, t in lines if who == guest["name"])
            if first != rec["question"]:
                raise ValueError(f"{cid}: the question is not the first guest message")
            out.append({"id": cid, "patron": guest["name"], "email": email, "lines": lines,
                        "tags": rec["tags"], "resolution": None,
                        "comment": rec.get("rating_comment", "")})
        return out
    if not text.endswith("\n") or "\n\n" in text:
        raise ValueError("one record a line, each ending in LF")
    for line in text.split("\n")[:-1]:
        rec = json.loads(line)
        keys = list(rec)
        if keys[:len(OV_KEYS)] != OV_KEYS or keys[len(OV_KEYS):] not in ([], ["survey_comment"]):
            raise ValueError(f"{rec.get('session_id')}: keys {keys}")
        cid, patron, staff = rec["session_id"], rec["screen_name"], rec["answered_by"]
        start = rec["start"]
        if not isinstance(start, int) or len(str(start)) != 10:
            raise ValueError(f"{cid}: start {start!r}")
        hour = datetime.fromtimestamp(start, NY).hour
        if 9 <= hour < 21:
            raise ValueError(f"{cid}: starts at {hour}:00, not overnight")
        if rec["queue"] not in (AUN, PRATT):
            raise ValueError(f"{cid}: queue {rec['queue']!r}")
        if not isinstance(rec["contact_info"], str):
            raise ValueError(f"{cid}: contact_info {rec['contact_info']!r}")
        if staff is not None and staff not in OV_STAFF.values():
            raise ValueError(f"{cid}: answered by {staff!r}")
        if rec["resolution_code"] not in (ANS, LEFT) and \
                " ".join(rec["resolution_code"].split()).lower() != FU.lower():
            raise ValueError(f"{cid}: resolution {rec['resolution_code']!r}")
        lines, last = [], start
        for item in rec["transcript"]:
            if not isinstance(item, list) or len(item) != 3 or not UTC_RE.match(item[0]):
                raise ValueError(f"{cid}: message {item!r}")
            at = int(datetime.strptime(item[0], "%Y-%m-%dT%H:%M:%SZ")
                     .replace(tzinfo=UTC).timestamp())
            if at < last or item[1] not in (patron, staff or patron, "System"):
                raise ValueError(f"{cid}: message {item[:2]!r}")
            last = at
            lines.append((item[1], item[2]))
        first = next(t for who, t in lines if who == patron)
        if first != rec["initial_question"]:
            raise ValueError(f"{cid}: the initial question is not the first patron message")
        out.append({"id": cid, "patron": patron, "email": rec["contact_info"], "lines": lines,
                    "tags": [], "resolution": rec["resolution_code"], "queue": rec["queue"],
                    "comment": rec.get("survey_comment", "")})
    return out


def own_checks(r, c):
    """The style's own comparisons of a record read back with its chat."""
    out = []
    if c["style"] == "hc":
        if (FU in r["tags"]) != (c["status"] == FU):
            out.append("the follow-up tag does not read back")
    else:
        is_fu = " ".join(r["resolution"].split()).lower() == FU.lower()
        if is_fu != (c["status"] == FU) or (not is_fu and r["resolution"] != c["status"]):
            out.append("the resolution code does not read back")
        if r["queue"] != c["queue"]:
            out.append("the queue does not read back")
    if r["comment"] != c["comment"]:
        out.append("the comment does not read back")
    return out


def check_all():
    problems = []
    chats = HC + OV
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen or not cid.startswith("CAC-"):
            problems.append(f"{cid}: duplicate chat id or without the CAC- prefix")
        seen.add(cid)
        if not _exists(c["start"]):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{cid}: the patron must speak")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        texts = [text for _, text in lines_of(c)] + [c["email"] or "", c["comment"], c["patron"]]
        for text in texts:
            if "\r" in text or "\n" in text or "\t" in text:
                problems.append(f"{cid}: a line break or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS + NO_SUCH_TLD):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for exchange in PHONE_RE.findall(text):
                if exchange != "555":
                    problems.append(f"{cid}: a phone number that is not a 555 number")
    problems += read_back_problems(files(), chats, part_dir, read_back,
                                   (ValueError, KeyError, TypeError, StopIteration,
                                    json.JSONDecodeError),
                                   check_label, extra=own_checks)
    return problems


def kinds(chats):
    out = {}
    for c in chats:
        if c["label"]:
            out[local_kind(c)] = out.get(local_kind(c), 0) + 1
    return out


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", HC + OV), ("harford_libchat", HC), ("overnight", OV)))
    out.append("both local kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds(HC + OV).items())))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", HC + OV))
    sms_n = sum(1 for c in HC if c["label"] and c["sms"])
    no_box = lambda chats: sum(1 for c in chats  # noqa: E731
                               if c["label"] and not is_address((c["email"] or "").strip().lower()))
    pratt = sum(1 for c in OV if c["queue"] == PRATT)
    kind_text = ", ".join(f"{k} {v}" for k, v in sorted(kinds(HC + OV).items()))
    return labels_table(cols, HC + OV,
                        f"SMS chats among the labelled rows: {sms_n}. Labelled chats whose "
                        f"pre-chat e-mail holds no address: Harford {no_box(HC)}, overnight "
                        f"{no_box(OV)}. Overnight chats from the Enoch Pratt Free Library "
                        f"account: {pratt}.\nLocal library by how it is found: {kind_text}.\n")


if __name__ == "__main__":
    sys.exit(main("ac_build", all_texts, check_all, counts))
