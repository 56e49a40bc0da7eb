#!/usr/bin/env python3
"""Writes and checks the "v" part of aun's labelled corpus (v1 in train/, v2 in heldout/).

Every conversation below is invented: made-up patrons, example mailboxes, 555 numbers, no real
person's data. Each chat carries its label, written by hand from rules.md sections 5-6 when the
chat was written, before aun was run on any of them:

    label = "EMAIL CATEGORY SUBJECT LOCAL RULE"

The destination follows from the rule (rules.md section 6): QC, MSLL, LBPH, the local library,
EPFL, AUN, or none for no-email. EMAIL "=" means the export's e-mail field (lower-cased), "-"
means empty; `written=True` marks a chat whose labelled address is not in the transcript as typed
(written out with "dot" and "at", or "punto" and "arroba"). Chats whose resolution is not
"Follow Up By Patron Library" carry no label and get no labels row. Where the patron asks two
things or changes topic, the category (and subject need) is that of the question left open for
the follow-up.

Transcript notation, one message a line: `p` patron, `l` librarian, `s` a line of the chat system.

Two export styles, each split in two halves with the same mix (v1 and v2):
  vN_sms_gateway.csv   a text-message gateway's export of the statewide service (some Pratt):
                       `Conversation ID`, `Chat Started` (`1/14/26 3:22 PM`, New York), `Queue`
                       (the origin account), `Visitor` (the texter's number `+1 410-555-0142`),
                       `Email` (mostly empty), `Staff Member`, `Disposition`, `Messages`: lines
                       `3:22 PM - Name: text` (`Patron` for the texter) joined by LF inside the
                       quoted cell; every cell quoted; CRLF between rows.
  vN_multilingual.json a JSON array from a county chat serving many languages, carrying its own
                       accounts (Montgomery County, Prince George's County) and the statewide
                       one: `id`, `start` (`2026-01-14 15:22:10`, New York), `account`, `patron`
                       (an object `{"name", "email"}`), `operator` (`{"name"}` or null),
                       `disposition`, `messages` (a list of `{"role", "at", "text"}`, role
                       `patron`, `staff` or `system`, `at` like `start`).

The halves: within each style, in the order written here, each chat goes to the half with fewer
chats of its rule and category (ties: of its rule, of its category, in all, then v1); rows that
are not follow-ups alternate by status. Both halves thus have the same mix.

Run from anywhere: python3 tests/corpus/v_build.py   (writes, then checks; exit 1 on a problem)
                   python3 tests/corpus/v_build.py --check   (writes nothing: fails when a file
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
    ANY_ADDRESS, ALLOWED_DOMAINS, is_address,
    address_problems, export_texts, half_files, label_row, labels_csv, labels_table, lines_of, main,
    read_back_problems, read_text, readme_with_counts, rule_problems, tally_lines,
    typed_email_problems, vocabulary_problems,
)
from corpus_common import by_start, local_start, timed_lines  # noqa: E402

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
FU = "Follow Up By Patron Library"
ANS = "Answered"
LOST = "Lost Call"
LEFT = "Patron Left"

AUN = "Maryland AskUsNow! Public Library"
PRATT = "Enoch Pratt Free Library"
MCPL = "Montgomery County Public Libraries"
PGC = "Prince George's County Memorial Library System"

# The origin accounts that make the patron's library by themselves (rules.md section 5).
ACCOUNT_IDS = {MCPL: "MCPL", PGC: "PGCMLS"}

SM = []  # the SMS gateway's CSV chats
ML = []  # the multilingual JSON chats

SM_STAFF = {"rosa": "Rosa", "devin": "Devin", "kim": "Kim", "omar": "Omar"}
ML_STAFF = {"grace": "Grace", "hector": "Hector", "amina": "Amina", "lin": "Lin"}


def _start(n, seed):
    """The n-th chat of a style starts on a winter 2026 day (New York), between 9 am and 9 pm."""
    rng = random.Random(seed)
    day = datetime(2026, 1, 12) + timedelta(days=(n * 4) // 9)
    return (day + timedelta(hours=rng.randint(9, 20), minutes=rng.randint(0, 59),
                            seconds=rng.randint(0, 59))).strftime("%Y-%m-%d %H:%M:%S")


def sm(cid, queue, number, email, t, label=None, op="rosa", status=FU, written=False):
    """A chat of the SMS gateway. number: the 7 digits after the area code's 555 ("4105550142"
    gives `+1 410-555-0142`); email None is an empty cell."""
    visitor = f"+1 {number[:3]}-{number[3:6]}-{number[6:]}"
    SM.append(dict(cid=cid, start=_start(len(SM), "v-sm-" + cid), origin=queue,
                   patron=visitor, email=email, t=t, label=label,
                   lib=SM_STAFF[op] if op else None, status=status, written=written, sms=True))


def ml(cid, account, name, email, t, label=None, op="grace", status=FU, written=False):
    """A chat of the multilingual JSON. name: the name typed (empty: `Guest NNNN`); email None is
    null."""
    rng = random.Random("v-ml-name-" + cid)
    ML.append(dict(cid=cid, start=_start(len(ML), "v-ml-" + cid), origin=account,
                   patron=name or f"Guest {rng.randint(1000, 9999)}", email=email, t=t,
                   label=label, lib=ML_STAFF[op] if op else None, status=status,
                   written=written, sms=False))

# ---------------------------------------------------------------------------------------------
# The SMS gateway (vN_sms_gateway.csv): the statewide service by text message, some Pratt
# ---------------------------------------------------------------------------------------------

sm("CV-S101", AUN, "4105550142", None, """
p cn u renew my bks
l Hi! Which library is your card from?
p bcpl
l Thanks. What email should they use to follow up?
p jmarsh22@example.com
""", "jmarsh22@example.com circulation none BCPL local")

sm("CV-S102", AUN, "4435550117", None, """
p wats ur hrs on sun
l Hours differ by library system. Which one do you use?
p idk all of them i guess just curious
p dre.h@example.net
""", "dre.h@example.net policy none - default", op="devin")

sm("CV-S103", AUN, "2405550188", None, """
p lib card expird how do i renew it
p i live in glen burnie
l The Anne Arundel library can renew it. What's your email for the follow-up?
p dont have 1
l I'm sorry, we can only follow up by email.
""", "- circulation none AACPL no-email", op="kim")

sm("CV-S104", AUN, "4105550163", "tkay@example.org", """
p landlord kept my whole deposit, moved out 2 mo ago
p can he do that
l A law librarian can send you what Maryland law says. Where do you live?
p towson
""", "= research law BCPL law", op="omar")

sm("CV-S105", AUN, "3015550124", None, """
p my son needs a kids book abt the supreme court for school
p we r in bowie
l I'll ask the Bowie branch to suggest some. Email?
p lwatts@example.com
""", "lwatts@example.com research none PGCMLS local")

sm("CV-S106", AUN, "4105550109", "mfaye@example.net", """
p nobody answered last nite i waited 20 min then it just closed
p anyway my hold says ready but i cant find which branch
l I'm sorry about last night; I'll pass that on. Let me check the hold.
""", "= circulation none - quality", op="devin")

sm("CV-S107", AUN, "4435550150", "kbrandt@example.org", """
p libby wont open my ebook
l Which device are you using?
p android. sorry chat keeps crashing
l Sorry, the session keeps dropping on our side; I'll report the connection problem and email you the steps.
""", "= access none - quality", op="kim")

sm("CV-S108", AUN, "4105550176", None, """
p my dad is blind can he get audio bks mailed to him
l Yes, there is a state talking book program. What email can we reach you at?
p rgomez at example dot net
""", "rgomez@example.net policy print-disability - print-disability", op="omar", written=True)

sm("CV-S109", AUN, "2405550131", "pdunn@example.com", """
p lookin for my great grandpas ship record, came thru baltimore in 1905
p i live in ohio now
l A specialist can search the passenger lists for you.
""", "= research specialist - specialist")

sm("CV-S110", AUN, "2025550198", None, """
p can i get a md library card if i live in dc
l Some Maryland systems issue cards to DC residents. I'll have someone check.
p ok txt me or tasha.r@example.org
""", "tasha.r@example.org policy none - default", op="devin")

sm("CV-S111", AUN, "7175550112", "bwolfe@example.net", """
p need old pics of the ellicott city flood 1972 for a project
p im in york pa
l I'll look into local history collections that hold those photos.
""", "= research specialist - specialist", op="kim")

sm("CV-S112", PRATT, "4105550133", None, """
p lost a dvd how much do i owe
p its a pratt card
l I'll have Pratt check your account. Email?
p nkb1990@example.com
""", "nkb1990@example.com circulation none EPFL local", op="rosa")

sm("CV-S113", AUN, "4435550184", "sel.ortiz@example.org", """
p hoopla wont let me borrow anything says limit reached
p its the 3rd of the month??
l Which library's Hoopla are you using?
p howard co, i live in columbia md
""", "= access none HCLS local", op="omar")

sm("CV-S114", AUN, "3015550145", None, """
p i live in waldorf is there a notary at my library
l I'll ask them. What's your email?
p d.mccray@example.net
""", "d.mccray@example.net other none CHARLES local")

sm("CV-S115", AUN, "3015550102", "ynguyen@example.com", """
p can i print from my phone at the laurel branch
l I'll have them send the steps for mobile printing.
p thx
""", "= other none PGCMLS local", op="devin")

sm("CV-S116", AUN, "2405550167", None, """
p hola necesito renovar mis libros
p vivo en wheaton
l Claro. Montgomery County le puede ayudar. ¿Correo electrónico?
p mi correo es carla.m@example.com
""", "carla.m@example.com circulation none MCPL local", op="kim")

sm("CV-S117", AUN, "4105550121", "ana.quispe@example.org", """
p mi dueño no quiere arreglar la calefaccion, hace mucho frio
p q puedo hacer
l Un bibliotecario de derecho le enviará información.
""", "= research law - law", op="omar")

sm("CV-S118", AUN, "4435550139", None, """
p how do u get a library card
l Which county do you live in?
p not sure yet we r moving
l What's your email so someone can follow up?
p no thx
""", "- policy none - no-email")

sm("CV-S119", AUN, "4105550190", None, """
p ur all useless
p [abusive message removed]
l I'm ending this chat now.
""", "- other none - no-email", op="devin")

sm("CV-S120", AUN, "2405550106", "jlatimer@example.net", """
p my ex wont let me see my kids, we never did court papers
p what can i do
l A law librarian will send you information about custody.
""", "= research law - law", op="kim")

sm("CV-S121", AUN, "3015550158", None, """
p how do i get an old charge off my record
p live in hagerstown
l The law library can help with expungement. Email?
p r.kessler@example.com
""", "r.kessler@example.com research law WCFL law", op="omar")

sm("CV-S122", AUN, "4435550111", "tglass@example.org", """
p need to print my new apt lease 12 pages
p im in essex
l The Essex branch has printers; I'll have them send the costs.
""", "= other none BCPL local")

sm("CV-S123", AUN, "4105550177", "hrivera@example.net", """
p cant get into ancestry from home
l Ancestry Library Edition usually works only inside the library.
p oh
""", "= access none - default", op="devin")

sm("CV-S124", AUN, "4105550194", None, """
p can u get a book from another library 4 me, its not in ur catalog
p im in elkton
l Cecil County can request it. Email?
p mina.p@example.org
""", "mina.p@example.org access none CECIL local", op="kim")

sm("CV-S125", AUN, "3015550173", "cgrey@example.com", """
p the hotspot i borrowed isnt working, how do i return it
p i live in frederick
l FCPL will tell you where to drop it off.
""", "= circulation none FCPL local", op="omar")

sm("CV-S126", AUN, "4435550126", None, """
p need 3 sources on climate change for eng 101
p im at aacc
l Your college library can help. What email?
p jtbaker@example.net
""", "jtbaker@example.net research none AACC local")

sm("CV-S127", PRATT, "4105550115", "w.ames@example.org", """
p whats the population of baltimore city 2020
l I'll send the census figure.
""", "= research none - default", op="rosa")

sm("CV-S128", PRATT, "4435550140", None, """
p my card got blocked for fines
p i live in hampden
l I'll ask Pratt to check. Email?
p gina.fox@example.com
""", "gina.fox@example.com circulation none EPFL local", op="devin")

sm("CV-S129", AUN, "2405550119", None, """
p the lady on here yesterday was rude and hung up on me
p still need to renew my book
l I'm sorry that happened. I'll report it. What's your email?
p b.sato@example.net
""", "b.sato@example.net circulation none - quality", op="kim")

sm("CV-S130", AUN, "4105550147", "ehale@example.org", """
p i have macular degen, cn i make the libby txt bigger
l Yes; I'll send the steps, and information on large print and audio services.
""", "= access print-disability - print-disability", op="omar")

sm("CV-S131", AUN, "8565550183", "c.ruiz@example.com", """
p visiting from nj, where can i use free wifi near the inner harbor
l I'll send a few places.
""", "= other none - default")

sm("CV-S132", AUN, "4105550128", None, """
p report on the b&o railroad in cumberland for school due mon
p im in pikesville
l BCPL can help. Email?
p kyle.t@example.com
""", "kyle.t@example.com research none BCPL local", op="devin")

sm("CV-S133", AUN, "2405550192", "hpark@example.net", """
p forgot my pin
p moco card
l MCPL will reset it.
""", "= circulation none MCPL local", op="kim")

sm("CV-S134", AUN, "4435550161", "jo.b@example.org", """
p do u still charge late fees
l Depends on the library system. Which one?
p just asking
""", "= policy none - default", op="omar")

sm("CV-S135", AUN, "4105550137", None, """
p any toddler story time this sat
p we live in annapolis
l The Annapolis library will send the schedule. Email?
p amy.w@example.com
""", "amy.w@example.com other none AACPL local")

sm("CV-S136", AUN, "4105550182", "lfranz@example.net", """
p need land records for my grandmas farm from the 1920s
p we live in carroll county
l I'll pass this to a specialist for the land records.
""", "= research specialist CARROLL local", op="devin")

sm("CV-S137", AUN, "2405550114", None, """
p cuantos libros puedo sacar
l Depende de la biblioteca. ¿Correo para responderle?
p no tengo correo
""", "- policy none - no-email", op="kim")

sm("CV-S141", AUN, "3015550129", None, """
p mi jefe no me paga las horas extras, necesito saber mis derechos
p vivo en gaithersburg
l Un bibliotecario de derecho le enviará información. ¿Correo?
p mi correo es hilda.c@example.net
""", "hilda.c@example.net research law MCPL law", op="omar")

sm("CV-S142", AUN, "4105550136", "m.okafor@example.com", """
p como bajo audiolibros en mi cel
p vivo en severn
l Anne Arundel le enviará los pasos para Libby.
""", "= access none AACPL local", op="devin")

sm("CV-S138", AUN, "4435550101", None, """
p wats ur hrs today
l Most branches are open until 8 tonight.
p ty
""", status=ANS, op="omar")

sm("CV-S139", AUN, "4105550155", None, """
p hello?
""", status=LOST, op=None)

sm("CV-S140", PRATT, "4105550168", None, """
p is central open sun
l Yes, 1 to 5.
""", status=ANS, op="rosa")

# ---------------------------------------------------------------------------------------------
# The multilingual JSON (vN_multilingual.json): Montgomery's and Prince George's own accounts
# and the statewide one
# ---------------------------------------------------------------------------------------------

ml("CV-M101", MCPL, "Lucía", "lucia.h@example.net", """
p Hola, quiero renovar mis libros pero la página no funciona
l Con gusto. ¿Me da su número de tarjeta?
p Lo tengo en la casa, me pueden escribir al correo
""", "= circulation none MCPL local")

ml("CV-M102", AUN, "Marisol", "marisol.b@example.com", """
p El dueño me quiere desalojar, me dio un papel que dice 10 días
p Vivo en Langley Park
l Lo siento mucho. Una bibliotecaria de la biblioteca de derecho le escribirá.
""", "= research law PGCMLS law", op="hector")

ml("CV-M103", AUN, "", None, """
p Mi mamá no puede ver bien. ¿Hay libros en audio en español para ella?
p Vivimos en Silver Spring
l Sí, hay un programa estatal. ¿Su correo?
p mi correo es rosa.vega@example.org
""", "rosa.vega@example.org policy print-disability MCPL print-disability", op="amina")

ml("CV-M104", PGC, "Jacinto", "jacinto.r@example.net", """
p Necesito ayuda con la custodia de mis hijos, mi ex se los llevó a otro estado
l Le conectamos con la biblioteca de derecho del estado.
""", "= research law PGCMLS law", op="lin")

ml("CV-M105", AUN, "Aïssatou", None, """
p Bonjour, je voudrais une carte de bibliothèque. J'habite à Gaithersburg
l Bonjour ! Montgomery County vous enverra les étapes. Votre courriel ?
p aissatou.d@example.com
""", "aissatou.d@example.com policy none MCPL local")

ml("CV-M106", AUN, "Tigist", "tigist.a@example.org", """
p selam, Libby app lay metsehaf lemanbeb alchalkum. the ebook wont open
p Takoma Park new yemnorew
l Thank you. I'll ask Montgomery County to send the steps for Libby.
""", "= access none MCPL local", op="hector")

ml("CV-M107", AUN, "Min-jun", "minjun.k@example.net", """
p annyeonghaseyo, I put a hold on Korean drama DVD, eonje ready?
p I live in Ellicott City
l Howard County will check your hold.
""", "= circulation none HCLS local", op="amina")

ml("CV-M108", AUN, "", None, """
p ni hao, wo xiang zhao guanyu Chinese Exclusion Act de ziliao for my history class
l Sure, I can send some sources. Email?
p wei.chen88@example.com
""", "wei.chen88@example.com research none - default", op="lin")

ml("CV-M109", PGC, "", "pedro.s@example.org", """
p ¿A qué hora abren el sábado?
l Depende de la sucursal; le enviamos el horario.
""", "= policy none PGCMLS local")

ml("CV-M110", AUN, "Yesenia", "yesenia.m@example.com", """
p La última vez nadie me respondió, esperé 30 minutos y nada
p Ahora necesito ayuda con mi tarjeta, está bloqueada
l Disculpe la espera de la otra vez. Lo reportaré. Veamos su tarjeta.
""", "= circulation none - quality", op="hector")

ml("CV-M111", AUN, "Ramiro", "ramiro.t@example.net", """
p quiero leer un libro en español en Libby pero no sé cómo
l ¿Qué teléfono tiene?
p se cortó el chat otra vez
l Lo siento, la sesión se sigue cortando; voy a reportar el problema de conexión y le escribo.
""", "= access none - quality", op="amina")

ml("CV-M112", AUN, "", None, """
p Busco el acta de nacimiento de mi bisabuelo, nació en Baltimore en 1890
p vivo en Texas
l Un especialista en genealogía le puede ayudar. ¿Correo?
p carmen.ibarra@example.org
""", "carmen.ibarra@example.org research specialist - specialist", op="lin")

ml("CV-M113", MCPL, "Gloria", "gloria.p@example.com", """
p Mi esposo es ciego. ¿Cómo puede conseguir libros en braille?
l Hay una biblioteca estatal para personas ciegas. Le enviaremos la información.
""", "= policy print-disability MCPL print-disability")

ml("CV-M114", AUN, "", None, """
p ¿Cómo saco una tarjeta de la biblioteca?
l ¿En qué condado vive? ¿Y su correo?
p no tengo correo, gracias
""", "- policy none - no-email", op="hector")

ml("CV-M115", AUN, "Nayeli", "nayeli.g@example.net", """
p Mi hija necesita datos sobre la contaminación del río Anacostia en Bladensburg para su tarea
p vivimos en Rockville
l Montgomery County le enviará fuentes.
""", "= research none MCPL local", op="amina")

ml("CV-M116", PGC, "Esteban", "esteban.l@example.com", """
p ¿Tienen salas para reuniones? Somos un grupo de inquilinos del edificio
l Sí, algunas sucursales las prestan; le enviamos las reglas.
""", "= policy none PGCMLS local", op="lin")

ml("CV-M117", AUN, "", None, """
p Me despidieron porque estoy embarazada, ¿es legal?
p vivo en Columbia, Maryland
l Lo siento. La biblioteca de derecho le enviará información.
p mi correo es daniela.f@example.org
""", "daniela.f@example.org research law HCLS law")

ml("CV-M118", AUN, "Brigitte", "brigitte.n@example.net", """
p Bonjour, ma fille est dyslexique, elle a besoin de livres audio. Qui peut s'inscrire ?
l Les lecteurs dyslexiques peuvent s'inscrire au programme des livres parlés.
""", "= policy print-disability - print-disability", op="hector")

ml("CV-M119", AUN, "Ulises", "ulises.v@example.com", """
p ¿Pueden pedir un libro de otra biblioteca? No lo tienen aquí
p vivo en Hagerstown
l Washington County le puede pedir el libro.
""", "= access none WCFL local", op="amina")

ml("CV-M120", AUN, "", None, """
p ¿Dónde puedo imprimir unos documentos? Vivo en Hyattsville
l En la sucursal de Hyattsville. ¿Su correo para enviarle los precios?
p fabiola.c@example.net
""", "fabiola.c@example.net other none PGCMLS local", op="lin")

ml("CV-M121", MCPL, "Li Na", "lina.zhou@example.org", """
p wo de library card PIN wangle, zenme ban?
l We can reset it. I'll email you.
""", "= circulation none MCPL local")

ml("CV-M122", AUN, "Jorge", None, """
p necesito renovar un libro que vence mañana
l ¿De qué biblioteca es su tarjeta? ¿Y su correo?
p no sé cuál. mi correo es jorge punto ramos arroba example punto com
""", "jorge.ramos@example.com circulation none - default", op="hector", written=True)

ml("CV-M123", AUN, "Beatriz", "beatriz.o@example.com", """
p Vivo en Virginia, ¿puedo tener tarjeta de sus bibliotecas?
l Algunas bibliotecas de Maryland lo permiten; le enviamos las reglas.
""", "= policy none - default", op="amina")

ml("CV-M124", PGC, "Abebe", "abebe.t@example.net", """
p selam, yebete balebet lewetal yifeligal. I got an eviction notice yesterday
l I'm sorry. The law library will send you information on eviction.
""", "= research law PGCMLS law", op="lin")

ml("CV-M125", AUN, "Seo-yeon", "seoyeon.l@example.org", """
p uri harabeoji Korean War veteran, military records chajayo
p we live in Catonsville
l I'll pass this to someone who knows military archives.
""", "= research specialist BCPL local")

ml("CV-M126", MCPL, "Ofelia", "ofelia.r@example.com", """
p La bibliotecaria de ayer me habló muy grosera y me cerró el chat
l Lo siento mucho. Voy a reportarlo.
""", "= other none MCPL quality", op="hector")

ml("CV-M127", AUN, "", None, """
p Kanopy no me deja entrar, dice que mi tarjeta no es válida
p soy de Germantown
l Montgomery County lo revisará. ¿Correo?
p sergio.a@example.org
""", "sergio.a@example.org access none MCPL local", op="amina")

ml("CV-M128", AUN, "Mercedes", None, """
p ¿Cobran multas por libros atrasados?
l Depende del sistema. ¿Su correo?
p mercedes.q@example.net
""", "mercedes.q@example.net policy none - default", op="lin")

ml("CV-M129", PGC, "Jean-Paul", "jeanpaul.m@example.com", """
p Je cherche des livres pour apprendre l'anglais, niveau débutant
l Nous avons plusieurs méthodes ; je vous envoie une liste.
""", "= research none PGCMLS local")

ml("CV-M130", AUN, "Agustín", "agustin.p@example.org", """
p Busco mapas antiguos de Baltimore de 1850 para ver dónde vivía una familia
l Un especialista en mapas históricos le escribirá.
""", "= research specialist - specialist", op="hector")

ml("CV-M131", AUN, "", None, """
p Perdí un libro, ¿cuánto tengo que pagar?
p mi tarjeta es de Prince George's
l Le pediré a Prince George's que revise su cuenta. ¿Correo?
p iris.b@example.com
""", "iris.b@example.com circulation none PGCMLS local", op="amina")

ml("CV-M132", AUN, "Rigoberto", "rigo.m@example.net", """
p Mi papá murió sin testamento, ¿qué pasa con su casa?
l Lo siento. Un bibliotecario de derecho le enviará información.
""", "= research law - law", op="lin")

ml("CV-M133", AUN, "", None, """
p [mensaje ofensivo eliminado]
l Voy a cerrar este chat.
""", "- other none - no-email")

ml("CV-M134", MCPL, "Xiulan", "xiulan.w@example.org", """
p wo mama yanjing bu hao, you large print books ma? she cannot read small print
l Yes, we have large print, and the state talking book library can help too.
""", "= policy print-disability MCPL print-disability", op="hector")

ml("CV-M135", AUN, "Consuelo", "consuelo.d@example.com", """
p Mi hijo necesita fuentes sobre los mayas para su tarea
p estamos en Dundalk
l Baltimore County le enviará fuentes.
""", "= research none BCPL local", op="amina")

ml("CV-M136", PGC, "Wilmer", "wilmer.c@example.net", """
p the chat keeps crashing / se sigue cerrando
p el hotspot que saqué no conecta, ¿lo devuelvo?
l Sorry about the crashes. I'll check the hotspot return for you.
""", "= circulation none PGCMLS quality", op="lin")

ml("CV-M137", AUN, "", None, """
p ¿Me pueden ayudar a configurar mi computadora nueva?
l Podemos enviarle guías. ¿Su correo?
p alba.n@example.org
""", "alba.n@example.org other none - default")

ml("CV-M141", AUN, "Genoveva", "genoveva.s@example.org", """
p ¿Qué documentos necesito para sacar la tarjeta? Vivo en el condado de Prince George's
l Le enviaremos la lista de documentos.
""", "= policy none PGCMLS local", op="lin")

ml("CV-M142", AUN, "Florent", "florent.b@example.net", """
p Bonjour, mon propriétaire garde ma caution depuis trois mois. J'habite à Bethesda
l La bibliothèque de droit vous écrira.
""", "= research law MCPL law", op="hector")

ml("CV-M138", PGC, "Rosalba", None, """
p ¿Está abierta la biblioteca de Bowie hoy?
l Sí, hasta las 8.
""", status=ANS, op="hector")

ml("CV-M139", AUN, "", None, """
p hola, una pregunta
""", status=LEFT, op=None)

ml("CV-M140", MCPL, "Hyun", None, """
p is Wheaton library open Sunday?
l Yes, 1 to 5.
""", status=ANS, op="amina")

# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def clock12(t):
    """'3:22 PM' (New York), no seconds, as the SMS gateway writes it."""
    t = t.astimezone(NY)
    return f"{int(t.strftime('%I'))}:{t:%M} {t:%p}"


SM_COLUMNS = ["Conversation ID", "Chat Started", "Queue", "Visitor", "Email", "Staff Member",
              "Disposition", "Messages"]


def sm_row(c):
    names = {"p": "Patron", "l": c["lib"], "s": "System"}
    started = local_start(c["start"])
    messages = "\n".join(f"{clock12(t)} - {names[code]}: {text}"
                         for t, code, text in timed_lines(c, "v"))
    return [c["cid"], f"{started.month}/{started.day}/{started:%y} {clock12(started)}",
            c["origin"], c["patron"], c["email"] or "", c["lib"] or "", c["status"], messages]


def sm_text(chats):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(SM_COLUMNS)
    for c in by_start(chats):
        w.writerow(sm_row(c))
    return buf.getvalue()


ROLES = {"p": "patron", "l": "staff", "s": "system"}


def ml_record(c):
    return {
        "id": c["cid"],
        "start": c["start"],
        "account": c["origin"],
        "patron": {"name": c["patron"], "email": c["email"]},
        "operator": {"name": c["lib"]} if c["lib"] else None,
        "disposition": c["status"],
        "messages": [{"role": ROLES[code], "at": f"{t.astimezone(NY):%Y-%m-%d %H:%M:%S}",
                      "text": text} for t, code, text in timed_lines(c, "v")],
    }


def ml_text(chats):
    return json.dumps([ml_record(c) for c in by_start(chats)], ensure_ascii=False, indent=2) + "\n"


def labels_text(chats):
    return labels_csv(label_row(c) for c in by_start(chats) if c["label"])


STYLES = [("sms_gateway", "csv", SM, sm_text), ("multilingual", "json", ML, ml_text)]


def files():
    """(file name, style, its chats in the file's order, text function) for the four exports."""
    return half_files("v", STYLES, by_start)


def part_dir(name):
    """Where a file of this part lives: v1 (the development half, whose misses were read and
    fixed by kind) trains the category model, v2 stays held out."""
    return "train" if name.startswith("v1_") else "heldout"


def all_texts():
    """Every file this script owns: path -> text."""
    out = export_texts(files(), part_dir, labels_text)
    readme = HERE / "README.md"
    out[readme] = readme_with_counts(read_text(readme), "v", counts_table)
    return out


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b")


def check_label(c, row, ids, problems):
    bad = lambda what: problems.append(f"{c['cid']}: {what}")  # noqa: E731
    email, local = row["email"], row["local_library"]
    field = (c["email"] or "").strip().lower()
    patron_text = "\n".join(text for code, text in lines_of(c) if code == "p").lower()
    for why in (vocabulary_problems(row, ids)
                + address_problems(email, field, is_address, ALLOWED_DOMAINS)
                + typed_email_problems(c, email, field, patron_text)):
        bad(why)
    if c["origin"] in ACCOUNT_IDS and local != ACCOUNT_IDS[c["origin"]]:
        bad(f"origin account {c['origin']!r} makes the local library {ACCOUNT_IDS[c['origin']]}")
    for why in rule_problems(email, row["rule"], row["subject"], local, row["destination"]):
        bad(why)


SM_LINE = re.compile(r"^([1-9]|1[0-2]):[0-5]\d (AM|PM) - ([^:]+): (.*)$")
SM_STARTED = re.compile(r"^([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/\d\d ([1-9]|1[0-2]):[0-5]\d (AM|PM)$")
ML_KEYS = ["id", "start", "account", "patron", "operator", "disposition", "messages"]


def read_back(name, style):
    """The records of a written export, as dicts with "id", "patron", "email" and "lines"
    (speaker, text)."""
    path = HERE / part_dir(name) / name
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("a byte-order mark")
    text = raw.decode("utf-8")
    out = []
    if style == "sms_gateway":
        if not text.endswith("\r\n"):
            raise ValueError("the last row has no CRLF")
        # Every cell quoted: a row ends at CRLF after a closing quote only.
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        if rows[0] != SM_COLUMNS:
            raise ValueError(f"header {rows[0]}")
        if text.count("\r\n") != len(rows) or text.replace("\r\n", "").count("\r"):
            raise ValueError("a CRLF inside a cell, or a carriage return alone")
        for r in rows[1:]:
            if len(r) != len(SM_COLUMNS):
                raise ValueError(f"{r[0]}: {len(r)} cells")
            rec = dict(zip(SM_COLUMNS, r))
            cid, visitor, email, staff = (rec["Conversation ID"], rec["Visitor"], rec["Email"],
                                          rec["Staff Member"])
            if not SM_STARTED.match(rec["Chat Started"]):
                raise ValueError(f"{cid}: Chat Started {rec['Chat Started']!r}")
            if not re.match(r"^\+1 \d{3}-555-01\d\d$", visitor):
                raise ValueError(f"{cid}: visitor {visitor!r} is not a 555-01xx number")
            lines = []
            for piece in rec["Messages"].split("\n"):
                m = SM_LINE.match(piece)
                if not m:
                    raise ValueError(f"{cid}: line {piece[:40]!r}")
                who = m.group(3)
                if who not in ("Patron", staff, "System"):
                    raise ValueError(f"{cid}: a line from {who!r}")
                lines.append(("Patron" if who == "Patron" else who, m.group(4)))
            out.append({"id": cid, "patron": "Patron", "email": email, "lines": lines})
        return out
    records = json.loads(text)
    for r in records:
        if list(r) != ML_KEYS:
            raise ValueError(f"{r.get('id')}: keys {list(r)}")
        cid = r["id"]
        datetime.strptime(r["start"], "%Y-%m-%d %H:%M:%S")
        if list(r["patron"]) != ["name", "email"]:
            raise ValueError(f"{cid}: patron {r['patron']}")
        lines = []
        for m in r["messages"]:
            if list(m) != ["role", "at", "text"] or m["role"] not in ("patron", "staff", "system"):
                raise ValueError(f"{cid}: message {m}")
            if m["role"] == "staff" and not r["operator"]:
                raise ValueError(f"{cid}: a staff message without an operator")
            datetime.strptime(m["at"], "%Y-%m-%d %H:%M:%S")
            lines.append((m["role"], m["text"]))
        out.append({"id": cid, "patron": "patron", "email": r["patron"]["email"], "lines": lines})
    return out


def check_all():
    problems = []
    chats = SM + ML
    seen = set()
    for c in chats:
        cid = c["cid"]
        if cid in seen:
            problems.append(f"{cid}: duplicate chat id")
        seen.add(cid)
        if not cid.startswith("CV-"):
            problems.append(f"{cid}: chat id without the CV- prefix")
        start = local_start(c["start"])
        if start.astimezone(UTC).astimezone(NY).replace(tzinfo=None) != start.replace(tzinfo=None):
            problems.append(f"{cid}: {c['start']} does not exist in New York")
        if (c["status"] == FU) != bool(c["label"]):
            problems.append(f"{cid}: a follow-up chat needs a label and only it")
        codes = [code for code, _ in lines_of(c)]
        if "p" not in codes:
            problems.append(f"{cid}: the patron never speaks")
        if ("l" in codes) != bool(c["lib"]):
            problems.append(f"{cid}: librarian lines and the librarian do not agree")
        if not c["patron"] or ":" in c["patron"] or c["patron"] == c["lib"]:
            problems.append(f"{cid}: patron name {c['patron']!r}")
        for _, text in lines_of(c):
            if "\r" in text or "\t" in text or "\n" in text:
                problems.append(f"{cid}: a line end or tab inside a message")
            for addr in ANY_ADDRESS.findall(text):
                if not addr.lower().endswith(ALLOWED_DOMAINS):
                    problems.append(f"{cid}: address {addr!r} not on an example domain")
            for phone in PHONE.findall(text):
                if "555" not in phone:
                    problems.append(f"{cid}: phone {phone!r} is not a 555 number")
        if c["email"] and not c["email"].lower().strip().endswith(ALLOWED_DOMAINS):
            problems.append(f"{cid}: export e-mail not on an example domain")
        if c["label"] and len(c["label"].split()) != 5:
            problems.append(f"{cid}: label {c['label']!r} has not five fields")
    problems += read_back_problems(
        files(), chats, part_dir, read_back,
        (ValueError, KeyError, TypeError, csv.Error, json.JSONDecodeError), check_label)
    return problems


def counts():
    out = []
    for name, _, chats, _ in files():
        lab = [c for c in chats if c["label"]]
        out.append(f"{name}: {len(chats)} chats, {len(lab)} labelled")
    out += tally_lines((("both", SM + ML), ("sms_gateway", SM), ("multilingual", ML)))
    return out


def counts_table():
    """The README's table: labelled chats per rule, category and subject need, by file."""
    cols = [(name.split(".")[0], chats) for name, _, chats, _ in files()]
    cols.append(("all", SM + ML))
    return labels_table(cols, SM + ML)


if __name__ == "__main__":
    sys.exit(main("v_build", all_texts, check_all, counts))
