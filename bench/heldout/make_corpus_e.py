#!/usr/bin/env python3
"""Blind evaluation corpus E for adscreen: hand-written, invented classified ads
(German, Polish, Romanian, Spanish, broken English / Danish).

Usage: python3 make_corpus_e.py OUT.jsonl

Every ad is written by hand below as literal data.  Phone numbers are fictional
(libphonenumber example numbers with the last digits changed) and are validated
with the `phonenumbers` package before anything is written.

Ad fields:
  id, site, title, name, age, loc, at (posted_at), text
  ph   : list of phone entries.  Plain entry: (written, e164).
         Obfuscated entry: (written, e164, dialable_digits).
         `written` is substituted into the text at {0}, {1}, ... so the label
         and the text cannot drift apart.  Written forms without a country
         code are parsed with the region of the labelled number (the region
         the writer meant), e.g. a Polish "512 345 678" in a Warsaw ad.
  L    : space separated label codes that are TRUE:
         tp third_person, mp multiple_persons, yt youth_terms,
         ns nationality_stated, mv movement_terms, 247 available_24_7,
         rs risky_services, em emoji_codes, tr trustworthy_language,
         cc concerning.  obfuscated_phone = any obfuscated phone entry.
"""
import json
import re
import sys

try:
    import phonenumbers
except ImportError:
    sys.exit("phonenumbers is required: pip install phonenumbers")

ADS = []


def ad(id, site, title, name, age, loc, at, text, ph=(), L=""):
    ADS.append(dict(id=id, site=site, title=title, name=name, age=age,
                    loc=loc, at=at, text=text, ph=list(ph), L=L))

# ---------------------------------------------------------------- German ----
S_DE = "nachtfalter-test"
S_DK = "nordlys-annoncer-test"

ad("de001", S_DE, "Laufhaus Nordlicht – heute anwesend", None, None, "Flensburg", "2026-10-02T09:15:00Z",
"""LAUFHAUS NORDLICHT · Flensburg Süd
Heute im Haus:
Zi. 3 – Jessy (23) – 165 cm, sportlich
Zi. 5 – Ramona (31) – kurvig, lange Haare
Zi. 8 – Bianca (27) – Massage-Spezialistin
Zi. 11 – Dora (25)
Öffnungszeiten Mo–So 10:00–04:00, Parkplätze am Haus, Eintritt frei.
Infotelefon für Zimmermieterinnen: {0}""",
[("+49 1512 3456701", "+4915123456701")], "tp mp cc")

ad("de002", S_DE, "Vanessa – Zeit zu zweit ohne Hektik", "Vanessa", 34, "Hamburg-Eimsbüttel", "2026-10-03T18:40:00Z",
"""Hallo ihr Lieben, ich bin Vanessa, 34 Jahre jung geblieben 😊 und empfange privat in meiner kleinen Wohnung in Eimsbüttel.
Ich nehme mir Zeit für dich: Massage, Gespräche, ein Glas Wein.
Termine nur nach Absprache, bitte 1 Std vorher melden: {0}
Diskret und seriös, ich freue mich auf dich!""",
[("0151 2345 6702", "+4915123456702")], "tr")

ad("de003", S_DE, "NEU!!! Rumänische Schönheit Andreea", "Andreea", 21, "Kiel", "2026-10-04T11:00:00Z",
"""NEU in Kiel!!! Nur 3 Tage!!!
Andreea ist 21, eine rumänische Schönheit, sehr jung, zärtlich und verschmust. Sie macht Massage und Begleitung und freut sich auf deinen Besuch.
Ruf sie an: {0}
Sie spricht nur wenig Deutsch, bitte langsam sprechen.""",
[("null eins fünf eins zwei drei vier fünf sechs sieben null drei", "+4915123456703", "015123456703")], "tp yt ns mv cc")

ad("de004", S_DE, "Traditionelle Thai-Massage in Flensburg", "Pim", None, "Flensburg, Friesische Str.", "2026-10-04T08:30:00Z",
"""Traditionelle Thai-Massage, Fußreflexzonenmassage und Öl-Massage.
Ich habe eine Ausbildung in Bangkok gemacht und arbeite seit 12 Jahren.
60 Min 55 €, 90 Min 75 €. Geöffnet Di–Sa 10–19 Uhr.
Ich spreche Deutsch und Englisch. Termin: {0}""",
[("+49 151 23456704", "+4915123456704")], "")

ad("de005", S_DE, "Lisa privat", "Lisa", 25, "Lübeck", "2026-10-05T20:12:00Z",
"""Lisa, 25, privat. Haus- und Hotelbesuche in Lübeck und Umgebung. {0} ab 18 Uhr, keine SMS.""",
[("01512 3456705", "+4915123456705")], "")

ad("de006", S_DE, "Escortservice Elbflair – Unsere Damen", None, None, "Hamburg", "2026-10-05T13:00:00Z",
"""ESCORTSERVICE ELBFLAIR – seit 2011 Ihr Begleitservice in Hamburg & Kopenhagen
Unsere Damen:
• Kira (22) – Studentin, blond, 170 cm – ab 250 €/Std
• Melanie (29) – elegant, perfekt für Geschäftsessen – ab 280 €/Std
• Oksana (24) – aus der Ukraine, sanft und sinnlich – ab 250 €/Std
• Greta (35) – Dinnerdate-Expertin – ab 300 €/Std
Alle Damen werden persönlich von uns ausgewählt. Diskretion garantiert.
Buchungen über die Agentur, täglich 12–02 Uhr: {0}
Impressum | AGB | Datenschutz | © 2026 Elbflair Agentur""",
[("+49 151 2345 6706", "+4915123456706")], "tp mp ns tr cc")

ad("de007", S_DE, "Vanessa sagt danke ❤️", "Jenny", 30, "Bremen", "2026-10-06T10:20:00Z",
"""Ich bin Jenny, 30, und empfange in Bremen-Findorff.
Meine Gäste schreiben über mich:
„Sie ist ein echter Traum, sehr lieb, sie hat sich total viel Zeit genommen. Sie ist genau wie auf den Fotos!“ – Thomas
„Sie hat eine tolle Massage gemacht, absolut empfehlenswert.“ – M.
Danke euch! 100% echte Fotos, keine Fakes. Anrufe bitte zwischen 10 und 22 Uhr: {0}""",
[("+49 151 2345 6707", "+4915123456707")], "tr")

ad("de008", S_DE, "Zwei Freundinnen aus Polen 💕", "Kasia & Ola", None, "Odense", "2026-10-06T15:45:00Z",
"""Hallo! Wir sind Kasia (24) und Ola (26), zwei polnische Freundinnen, und jetzt zusammen in Odense.
Du kannst uns einzeln oder zusammen treffen 😘 Massage, Duo-Verwöhnprogramm, Zeit zu dritt.
Wir sprechen Polnisch, Englisch und ein bisschen Deutsch.
WhatsApp / Anruf: {0}""",
[("+48 512 345 608", "+48512345608")], "mp ns cc")

ad("de009", S_DE, "Stripshow für euren Junggesellenabschied", "Chantal", 29, "Flensburg / Schleswig", "2026-10-07T12:00:00Z",
"""Ihr plant einen Junggesellenabschied? Ich komme mit meiner Show zu euch!
30 Min Show 150 €, 60 Min mit Spielen 250 €. Anfahrt bis 40 km inklusive.
Buchung gerne 2 Wochen vorher: {0} (Chantal)""",
[("nulleinsfünfeins 2345 6709", "+4915123456709", "015123456709")], "")

ad("de010", S_DE, "Reife Frau mit Erfahrung", "Helga", 52, "Neumünster", "2026-10-07T09:05:00Z",
"""Ich bin 52, nicht mehr ganz jung, dafür mit viel Erfahrung und Humor. Ich biete entspannende Massagen und gemeinsame Zeit bei mir zu Hause.
Ich bin zuverlässig und pünktlich.
Urlaub vom 12.10. bis 20.10. – ab 21.10. wieder erreichbar unter {0}""",
[("+49 151 23456710", "+4915123456710")], "tr")

ad("de011", S_DE, "Larissa – gerade 19 geworden 🇧🇷", "Larissa", 19, "Aarhus C", "2026-10-08T22:10:00Z",
"""Oi Jungs! Ich bin Larissa, frisch aus Brasilien und gerade 19 geworden 🎂 Ich bin ganz neu hier in Aarhus und suche nette Herren für schöne Stunden.
1/2 Std 1000 kr, 1 Std 1500 kr. Nur Incall.
Ruf mich an {0}""",
[("+49 151 2345 6711", "+4915123456711")], "yt ns mv cc")

ad("de012", S_DE, "Modelwohnung Mürwik – Neue Mädchen jede Woche", None, None, "Flensburg-Mürwik", "2026-10-08T10:00:00Z",
"""In unserer gemütlichen Modelwohnung empfangen dich ab sofort wechselnde Ladies.
Diese Woche: Bella (24) & Mia (22) – beide bis Sonntag da.
Neue Mädchen jede Woche! Termine bitte telefonisch, die Mädels sind 11–23 Uhr für dich da.
Tel. {0}""",
[("+49 (O)151 2345 67l2", "+4915123456712", "+4915123456712")], "tp mp mv cc")

ad("de013", S_DK, "Sandra in Padborg – deutsch/dänisch", "Sandra", 38, "Padborg", "2026-10-09T14:30:00Z",
"""Hej und hallo! Ich bin Sandra, 38, und wohne seit Jahren direkt an der Grenze.
Ich spreche Deutsch, Dänisch und ein bisschen Englisch. Massage, Kuscheln, Zeit zu zweit.
Parkplatz vor dem Haus. Ring gerne: {0}""",
[("+45 34 41 23 13", "+4534412313")], "")

ad("de014", S_DK, "Exotische Asiatin Mai", "Mai", 26, "Aarhus", "2026-10-09T19:00:00Z",
"""Hallo, ich heiße Mai, 26 Jahre, exotische Asiatin, zart und sehr lieb 🌸
Ganz neu in Aarhus! Ich bin 24 Stunden erreichbar, auch nachts.
Massage mit warmem Öl, Body-Massage, Kuscheln.
{0}""",
[("34 41 23 14", "+4534412314")], "ns mv 247")

ad("de015", S_DE, "Jasmin – Termine über mich", "Jasmin", 27, "Hamburg-Wandsbek", "2026-10-10T11:11:00Z",
"""Guten Tag, mein Name ist Frank und ich vereinbare die Termine für Jasmin.
Jasmin ist 27, sehr gepflegt, schlank, 172 cm, und bietet Massagen sowie Begleitung an.
Sie spricht kein Telefon, also bitte nur mich kontaktieren: {0}
Zahlung im Voraus.""",
[("0151 – jetzt anrufen – 2345 6715", "+4915123456715", "015123456715")], "tp cc")

ad("de016", S_DE, "Massage & mehr 🌹", "Nicky", None, "Hamburg-St. Georg", "2026-10-10T23:50:00Z",
"""Massage & mehr. 30 Min 🌹🌹 1 Std 🌹🌹🌹 (1🌹 = 50)
Tag und Nacht für dich da, 24/7!
{0}""",
[("+49 1512-3456716", "+4915123456716")], "247 em")

ad("de017", S_DE, "Natalie – alles möglich", "Natalie", 28, "Rendsburg", "2026-10-11T16:20:00Z",
"""Hi, ich bin Natalie, 28, kurvig, 163 cm. Ich mache fast alles mit, auch ohne Schutz gegen Aufpreis.
Termine auch spontan. Schreib mir eine SMS: {0}""",
[("+49 1512 3456717", "+4915123456717")], "rs")

ad("de018", S_DE, "Katharina – Zeit, Ruhe und Genuss", "Katharina", 36, "Flensburg", "2026-10-11T08:00:00Z",
"""Willkommen bei Katharina!
Über mich: 36 Jahre, Größe 168, Gewicht 58 kg, KF 36, naturblond.
Mein Service: Ganzkörpermassage, Kuscheln, Rollenspiele, Dessous, Begleitung zum Essen, Fußmassage.
Preise:
30 Min – 100 €
1 Std – 180 €
2 Std – 320 €
Übernachtung – 900 €
Adresse: PLZ 24937, genaue Anschrift nach Terminbestätigung.
Sauber, gepflegt und hygienisch, frische Handtücher sind selbstverständlich.
Tel. {0} (ab 11 Uhr)""",
[("0151-2345-6718", "+4915123456718")], "tr")

ad("de019", S_DK, "TOURNEE – Sophie kommt nach Dänemark", "Sophie", 25, "Odense / Aarhus", "2026-10-12T07:45:00Z",
"""TOURNEE!
Sophie ist vom 03.11. bis 07.11. in Odense und vom 08.11. bis 12.11. in Aarhus.
Buchung ausschließlich über ihre Assistentin per WhatsApp: {0}
Sophie freut sich auf neue und bekannte Gäste.""",
[("+49 1512 3456719", "+4915123456719")], "tp mv cc")

ad("de020", S_DE, "jung & frech", "Lara", 20, "Husum", "2026-10-12T21:30:00Z",
"""Ich bin jung und frech, 20 J., 160 cm, schlank. Massage, Kuscheln, Küssen 😊
Nur Privatwohnung Husum. Melde dich: {0}""",
[("０１５１２３４５６７２０", "+4915123456720", "015123456720")], "yt")

ad("de021", S_DK, "Nadine erwartet dich", "Nadine", 24, "Kolding", "2026-10-13T12:40:00Z",
"""Heiße Nadine (24) erwartet dich ab heute in Kolding. Sie ist neu, sie ist süß und sie hat Zeit für dich.
Schnell anrufen, sie bleibt nicht lange! {0}""",
[("+49 151 23456721", "+4915123456721")], "tp mv cc")

ad("de022", S_DE, "Monika – Massage in der Polnischen Straße", "Monika", 33, "Görlitz", "2026-10-13T09:00:00Z",
"""Ich bin Monika, 33, und biete Entspannungsmassagen in meinem kleinen Studio in der Polnischen Straße 14 (Hinterhof, 2. Stock).
Mo–Fr 9–18 Uhr, Sa nach Vereinbarung. 45 Min 60 €, 60 Min 75 €.
Termine unter {0}""",
[("0151 2345 6722", "+4915123456722")], "")

ad("de023", S_DE, "Schwedische Massage & Hot Stone", "Elke", 47, "Kiel-Holtenau", "2026-10-14T10:10:00Z",
"""Klassische schwedische Massage, Hot Stone und Aromaöl-Massage in ruhiger Atmosphäre.
Seriös, ohne Hintergedanken, nur Entspannung. Ich arbeite seit 2009 als Masseurin.
Termine: {0} – Mo bis Do 8–17 Uhr.""",
[("+49 1512 3456723", "+4915123456723")], "tr")

ad("de024", S_DE, "Jung im Herzen 💋", "Bettina", 45, "Schleswig", "2026-10-14T20:00:00Z",
"""Ich bin Bettina, 45 Jahre jung, im Herzen immer noch zwanzig 😉 Ich liebe gute Gespräche, lange Massagen und Rotwein.
Keine Eile, keine Uhr. Ruf an zwischen 17 und 23 Uhr: {0}""",
[("+49 (0)151 2345 6724", "+4915123456724")], "")

ad("de025", S_DK, "Diese Woche neu bei uns: 3 Mädchen aus Ungarn", None, None, "Esbjerg", "2026-10-15T08:20:00Z",
"""Diese Woche NEU bei uns in Esbjerg: drei hübsche Mädchen aus Ungarn, 19 bis 23 Jahre, frisch und jung!
Réka, Dóri und Vivi freuen sich auf deinen Besuch. Nur bis Samstag.
Ruf den Chef an: {0}""",
[("drei vier vier eins zwei drei zwei fünf", "+4534412325", "34412325")], "tp mp yt ns mv cc")

ad("de026", S_DE, "Nur heute! Mila 🍒", "Mila", 22, "Hamburg-Altona", "2026-10-15T17:00:00Z",
"""Nur heute! Mila 22 🍒 Incall Altona 🍒🍒 = 1 Std. {0}""",
[("+49 151 23456726", "+4915123456726")], "em")

ad("de027", S_DE, "Chiara – auch als Duo mit meiner Freundin", "Chiara", 29, "Lübeck", "2026-10-16T13:30:00Z",
"""Hallo, ich bin Chiara, 29, dunkelhaarig und lebenslustig. Ich empfange privat in Lübeck-St. Lorenz.
Auf Wunsch auch Duo mit meiner besten Freundin Tina (31) – fragt einfach nach!
1 Std 160 €, Duo 1 Std 300 €.
{0}""",
[("+49 1512 3456727", "+4915123456727")], "mp cc")

ad("de028", S_DE, "Hausfrau mit goldenen Händen", "Sabine", 44, "Heide", "2026-10-16T09:45:00Z",
"""Ich bin Sabine, 44, verheiratete Hausfrau. Meine Freundin sagt immer, ich hätte goldene Hände – überzeugt euch selbst bei einer Massage.
Vormittags 9–13 Uhr, Hausbesuche im Umkreis von 20 km.
Absolut diskret. {0}""",
[("+49 151 2345 6728", "+4915123456728")], "tr")

ad("de029", S_DE, "Roxy – endlich wieder da", "Roxy", 31, "Flensburg", "2026-10-17T19:20:00Z",
"""Endlich wieder da! Roxy, 31, tätowiert, frech und herzlich. Massage, Kuscheln, Rollenspiele.
Nummer (wegen Sperre so geschrieben): {0}""",
[("+49*151*2345*6729", "+4915123456729", "+4915123456729")], "")

ad("de030", S_DE, "Frisch, jung, unverbraucht – Alina", "Alina", 19, "Kiel", "2026-10-17T11:11:00Z",
"""Alina ist frisch, jung und ganz neu im Geschäft. Erst seit einer Woche in Kiel.
Sie ist schüchtern, deshalb schreibt ihr bitte zuerst eine Nachricht an {0} – wir melden uns.""",
[("+49 151 2345 6730", "+4915123456730")], "tp yt mv cc")

ad("de031", S_DE, "Tageszimmer an Damen zu vermieten", None, None, "Flensburg", "2026-10-18T08:00:00Z",
"""Tageszimmer in bekannter Modelwohnung zu vermieten, 120 €/Tag inkl. Werbung.
Auch für Damen aus dem Ausland – wir helfen bei Anreise, Unterkunft und Werbung, um alles kümmern wir uns.
Schnell sein, nur noch 2 Zimmer frei ab 01.11.! Kontakt: {0}""",
[("+49 151 234567 31", "+4915123456731")], "cc")

ad("de032", S_DE, "Yvonne – Massage und Zeit", "Yvonne", 39, "Bremerhaven", "2026-10-18T15:00:00Z",
"""Hallo, ich bin Yvonne, 39, schlank, brünett. Ich biete Massagen, Kuscheln und Begleitung.
Preise: 1 Std 150 €, 90 Min 200 €. Mo–Sa 12–22 Uhr.
Tel. {0}
------------------------------------------
Alle Inserate werden von den Inserenten selbst erstellt. nachtfalter übernimmt keine Haftung für Inhalte Dritter. Anzeige #88213 · Aufrufe: 1.204 · Missbrauch melden""",
[("+49 151/23456732", "+4915123456732")], "")

ad("de033", S_DK, "Anna · Kim · Lou – Vejle", None, None, "Vejle", "2026-10-19T10:30:00Z",
"""Anna 21 · Kim 19 · Lou 23
Incall Vejle, nær banegården. 30 min 800 kr / 60 min 1300 kr.
{0}""",
[("+45 3441 2333", "+4534412333")], "tp mp cc")

ad("de034", S_DE, "Nur per Nachricht", "Leonie", 32, "Hamburg-Harburg", "2026-10-19T21:00:00Z",
"""Ich bin Leonie, 32, und treffe nur wenige, ausgewählte Herren. Kein Telefon – bitte schreibt mir über das Kontaktformular mit einem kurzen Satz über euch.
Treffen im Hotel oder bei mir, ab 2 Std.""",
[], "")

ad("de035", S_DK, "Claudia – jetzt auch in Sønderborg", "Claudia", 37, "Sønderborg / Flensburg", "2026-10-20T12:15:00Z",
"""Ich bin Claudia, 37, und bin jetzt donnerstags auch in Sønderborg.
Deutsche Nummer: {0}
Dänische Nummer (nur Do–Sa): {1}
Ich freue mich auf dich!""",
[("0151 2345 6735", "+4915123456735"), ("34 41 23 35", "+4534412335")], "")

ad("de036", S_DE, "Sweet teen Nelly (18+)", "Nelly", 18, "Rostock", "2026-10-20T16:40:00Z",
"""Sweet teen Nelly, 18+, zierlich, 155 cm, 45 kg. Brandneu und noch unerfahren.
Nelly wartet auf deinen Anruf. Termine über {0}""",
[("+49 1512 3456736", "+4915123456736")], "tp yt mv cc")

ad("de037", S_DE, "Gönn dir Tanja!", "Tanja", 28, "Kiel", "2026-10-21T18:00:00Z",
"""Gönn dir Tanja! Blond, 175, lange Beine. Schreib ihr auf WhatsApp, sie antwortet schnell 😉
{0}""",
[("+49 151-2345-6737", "+4915123456737")], "tp cc")

ad("de038", S_DE, "Ukrainerin Olena", "Olena", 30, "Hamburg", "2026-10-21T10:00:00Z",
"""Ich bin Olena, 30, eine warmherzige Ukrainerin mit blauen Augen. Ich biete entspannte Treffen, Massage und Begleitung.
Ich spreche Ukrainisch, Russisch und Deutsch.
{0}""",
[("+49 151 23456738", "+4915123456738")], "ns")

ad("de039", S_DE, "Irina – Massage", "Irina", 42, "Neumünster", "2026-10-22T08:30:00Z",
"""Ich biete klassische Massage und Wellness. Ich spreche Russisch, Polnisch und Deutsch.
Termine tagsüber 10–18 Uhr, Preis 60 Min 70 €.
Anruf: {0}""",
[("null eins fünf eins – zwei drei vier fünf – sechs sieben drei neun", "+4915123456739", "015123456739")], "")

ad("de040", S_DK, "Heißblütige Latina Valeria", "Valeria", 27, "København V", "2026-10-22T22:22:00Z",
"""Hola! Ich bin Valeria, heißblütige Latina aus Kolumbien 🇨🇴 27 Jahre, kurvig, 160 cm.
Neu in Kopenhagen, nur zwei Wochen! Massage, Tanz, Zeit zu zweit.
Hablo español, English, ein bisschen Deutsch.
{0}""",
[("+34 612 34 56 40", "+34612345640")], "ns mv")

ad("de041", S_DE, "🌹 Willkommen bei Gloria 🌹", "Gloria", 33, "Bremen", "2026-10-23T12:00:00Z",
"""🌹 Willkommen bei Gloria 🌹
Afrikanische Queen 👑 aus Ghana, 33 Jahre, stolz und herzlich.
Massage, Dinner-Date, Begleitung. 1 Std 150 €.
{0}""",
[("+49 1512 3456741", "+4915123456741")], "ns")

ad("de042", S_DE, "Keine Agentur – nur ich", "Marie", 35, "Lübeck", "2026-10-23T14:10:00Z",
"""Ich bin Marie, 35. Ganz wichtig: keine Agentur, kein Manager, niemand liest mit – ich arbeite selbstständig und entscheide selbst.
Alle Fotos sind echt und aktuell. Termine nur nach Absprache.
{0}""",
[("0049 151 2345 6742", "+4915123456742")], "tr")

ad("de043", S_DE, "Studentin Emma, 23", "Emma", 23, "Kiel-Ravensberg", "2026-10-24T17:30:00Z",
"""Hi, ich bin Emma, Studentin, 23 und jung und neugierig 😊 Nebenbei verdiene ich mir etwas mit Massage und Begleitung.
Nur abends und am Wochenende. Schreib mir: {0}""",
[("plus vier neun – eins-fünf-eins-zwei-drei-vier-fünf-sechs-sieben-vier-drei", "+4915123456743", "+4915123456743")], "yt")

ad("de044", S_DE, "Mollige Mandy", "Mandy", 41, "Itzehoe", "2026-10-24T09:00:00Z",
"""Mollige Mandy, 41, KF 44, sehr verschmust. Massage und Kuscheln bei mir oder bei dir.
Di–So ab 14 Uhr. Tel. {0}""",
[("+49 1512 3456744", "+4915123456744")], "")

ad("de045", S_DK, "Ich bin auf Tour", "Jacky", 30, "Flensburg / Kolding / Vejle", "2026-10-25T07:00:00Z",
"""Hallo meine Lieben, ich bin wieder auf Tour durch Süddänemark:
Mo 03.11. Flensburg · Di 04.11. Kolding · Mi 05.11. Vejle · Do 06.11. Horsens
Ich plane alles selbst, also ruft mich direkt an: {0}
Eure Jacky""",
[("0049 151 2345 6745", "+4915123456745")], "mv")

ad("de046", S_DE, "Club Venus – täglich über 20 Girls", None, None, "Hamburg-Billstedt", "2026-10-25T12:00:00Z",
"""CLUB VENUS – täglich über 20 Girls aus ganz Europa!
Rumänische, polnische, ungarische und spanische Ladies erwarten dich an der Bar und im Whirlpool.
Tagespauschale 79 € inkl. Getränke & Buffet. Geöffnet täglich 12–05 Uhr.
Seriös, sauber & diskret – Hygiene wird bei uns großgeschrieben.
Reservierung: {0}""",
[("+49 151 2345 6746", "+4915123456746")], "tp mp ns tr cc")

ad("de047", S_DE, "Sternzeichen Jungfrau 😇", "Franziska", 32, "Husum", "2026-10-26T19:00:00Z",
"""Hallo, ich bin Franzi, 32, Sternzeichen Jungfrau – also ordentlich und pünktlich 😇
Ich biete Massage und gemeinsame Zeit in meiner Wohnung am Hafen.
Tel: {0}""",
[("+4️⃣9️⃣1️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣4️⃣7️⃣", "+4915123456747", "+4915123456747")], "")

ad("de048", S_DK, "Deutsche Hausfrau in Aarhus", "Heike", 46, "Aarhus N", "2026-10-26T09:30:00Z",
"""Echte deutsche Hausfrau, 46, jetzt in Aarhus! Blond, natürlich, gemütlich.
Deutsche Gründlichkeit auch bei der Massage 😉 Mo–Fr 10–16 Uhr.
{0}""",
[("+49 1512 3456748", "+4915123456748")], "ns")

ad("de049", S_DK, "Neu – nur wenige Tage in Esbjerg", "Dana", 29, "Esbjerg", "2026-10-27T11:00:00Z",
"""Neu! Nur wenige Tage in Esbjerg, bis einschließlich Sonntag.
Ich bin Dana, 29, sportlich, 170 cm. Massage, Kuscheln, Zeit zu zweit. Hotel nahe Zentrum.
{0}""",
[("+49 151 2345 6749", "+4915123456749")], "mv")

ad("de050", S_DE, "Wieder da ab 15.11.", "Svenja", 34, "Schleswig", "2026-10-27T15:50:00Z",
"""Bin im Urlaub. Erreichbar ab 15.11.2026: {0}
Svenja, 34, 168/60, KF 38. Preise wie gehabt (1 Std 150, 2 Std 280).""",
[("0151 23456750", "+4915123456750")], "")

ad("de051", S_DK, "Wechselnde Damen aus Rumänien und Bulgarien", None, None, "Odense C", "2026-10-28T08:00:00Z",
"""Bei uns in Odense C jede Woche wechselnde Damen aus Rumänien und Bulgarien!
Aktuell: Ioana, Mihaela, Desi. Alle zeigen wir dir gern auf WhatsApp.
Anrufe nur an unsere Rezeption: {0}""",
[("+45 34 41 23 51", "+4534412351")], "tp mp ns mv cc")

ad("de052", S_DE, "Sie ist erst 18", "Vicky", 18, "Kiel-Gaarden", "2026-10-28T20:20:00Z",
"""Vicky ist erst 18 und zum ersten Mal dabei. Zierlich, schüchtern, lange dunkle Haare.
Termine macht ihr Freund für sie: {0}""",
[("0 1 5 1 2 3 4 5 6 7 5 2", "+4915123456752", "015123456752")], "tp yt cc")

ad("de053", S_DE, "Junggeblieben und herzlich", "Doris", 58, "Lübeck", "2026-10-29T10:00:00Z",
"""Junggeblieben mit 58, herzlich und humorvoll. Bei mir gibt es Massagen, Kaffee und gute Gespräche.
Ein Gast schrieb: „Sie ist die netteste Frau, die ich kenne, und sie nimmt sich so viel Zeit.“ – danke Peter!
Tel. {0}""",
[("+49 1512 3456753", "+4915123456753")], "")

ad("de054", S_DE, "Massagestudio Lotus – 4 Masseurinnen", None, None, "Flensburg, Angelburger Str.", "2026-10-29T09:00:00Z",
"""In unserem Massagestudio Lotus arbeiten vier liebevolle Masseurinnen für dich: Lin, Su, Nana und Bo.
Entspannungsmassage, Ölmassage, Body-to-Body. 30 Min 50 €, 60 Min 90 €.
Täglich 9–23 Uhr, ohne Termin. Hinterausgang, Parkplatz.
{0}""",
[("0049 151 2345 6754", "+4915123456754")], "tp mp cc")

ad("de055", S_DE, "Ewelina – Deutsch & Polnisch", "Ewelina", 31, "Hamburg-Barmbek", "2026-10-30T13:30:00Z",
"""Hallo, ich bin Ewelina, 31, kurvig und herzlich. Termine auf Deutsch: {0}
Na polskim numerze też odbieram: {1}
Massage 1 Std 140 €, Begleitung ab 2 Std.""",
[("+49 151 2345 6755", "+4915123456755"), ("+48 512 345 655", "+48512345655")], "")

ad("de056", S_DK, "Lena – verifiziert ✅", "Lena", 26, "Roskilde", "2026-10-30T18:00:00Z",
"""Lena, 26, Roskilde. ✅ Verifiziert ✅ kein Fake ✅ echte Fotos von diesem Monat.
Massage & Begleitung, auch Hotelbesuche in Kopenhagen.
{0}""",
[("34412356", "+4534412356")], "tr")

ad("de057", S_DE, "Paulina ruft zurück", "Paulina", 27, "Hamburg-Harburg", "2026-10-31T21:00:00Z",
"""Paulina, 27, sanft und verspielt. Wegen Spam steht meine Nummer ausgeschrieben: {0}
Bitte nicht unterdrückt anrufen.""",
[("nullnullvierneun einsfünfeinszweidreivierfünfsechssiebenfünfsieben", "+4915123456757", "+4915123456757")], "")

ad("de058", S_DE, "Diana – Booking nur über Manager", "Diana", 24, "Hamburg", "2026-11-01T10:00:00Z",
"""Diana, 24, Model, 178 cm. Dinner-Dates, Hotel, Reisebegleitung.
Booking nur über Manager – Diana beantwortet keine Nachrichten selbst.
Manager: {0} (auch Telegram)""",
[("+49 1512 3456758", "+4915123456758")], "tp cc")

ad("de059", S_DE, "Zwei Schwestern – Lea & Luna", "Lea & Luna", None, "Rostock", "2026-11-01T16:30:00Z",
"""Wir sind zwei Schwestern, Lea und Luna, 25 und 28, und empfangen zusammen in Rostock-Südstadt.
Einzeln oder zu zweit, Massage und Zeit zu dritt.
Anruf bei Luna: {0}""",
[("+49 151 2345 6759", "+4915123456759")], "mp cc")

ad("de060", S_DK, "Asia Massage – thailändische Masseurinnen", None, None, "Herning", "2026-11-02T09:00:00Z",
"""Asia Massage Herning: unsere thailändischen Masseurinnen verwöhnen dich mit Öl- und Kräutermassage.
Immer 3–4 Damen vor Ort. Täglich 10–22.
{0} / {1}""",
[("+45 34 41 23 60", "+4534412360"), ("+66 81 234 5660", "+66812345660")], "tp mp ns cc")

ad("de061", S_DE, "Massage nach thailändischer Art", "Noi", 50, "Kiel", "2026-11-02T14:00:00Z",
"""Ich biete Massage nach thailändischer Art und Kräuterstempel-Massage. Gelernt habe ich an der Wat-Pho-Schule.
Kein Erotik! Nur seriöse Anfragen. 60 Min 50 €.
{0}""",
[("+49 151 2345 6761", "+4915123456761")], "")

ad("de062", S_DE, "blutjung und neu", "Jessica", 19, "Flensburg", "2026-11-03T19:10:00Z",
"""Blutjunge Jessica, gerade neu in der Stadt. Sie hat Zeit von 14 bis 2 Uhr nachts.
Bitte nur ernsthafte Anrufe: {0}""",
[("+49 1512 3456762", "+4915123456762")], "tp yt mv cc")

ad("de063", S_DE, "Polin Ewa 29", "Ewa", 29, "Hamburg-Wilhelmsburg", "2026-11-03T08:00:00Z",
"""Polin Ewa, 29, Incall Wilhelmsburg. Heute 10–20 Uhr. {0}""",
[("+49 l5l 2345 6763", "+4915123456763", "+4915123456763")], "ns")

ad("de064", S_DE, "Rund um die Uhr – Jasmina", "Jasmina", 33, "Hamburg-Hamm", "2026-11-04T02:30:00Z",
"""Jasmina, 33, rund um die Uhr für dich da – auch um 4 Uhr morgens, auch sonntags.
Massage, Kuscheln, Zeit zu zweit. Bitte keine SMS, nur Anrufe: {0}""",
[("+49 151 2345 6764", "+4915123456764")], "247")

ad("de065", S_DE, "Nur mit Schutz", "Melli", 30, "Bremen-Vegesack", "2026-11-04T12:00:00Z",
"""Ich bin Melli, 30. Safer Sex ist für mich selbstverständlich – nur mit Schutz, Fragen nach etwas anderem werden ignoriert.
Sauber, gepflegt, frisch geduscht. Termine: {0}""",
[("+49 151 23456765", "+4915123456765")], "tr")

ad("de066", S_DK, "Agnieszka aus Polen", "Agnieszka", 34, "Aalborg", "2026-11-05T10:00:00Z",
"""Hallo! Ich bin Agnieszka aus Polen, 34, und wohne seit drei Jahren in Aalborg. Sympathisch, offen, mit langen roten Haaren.
Ich spreche Deutsch, Englisch und Polnisch. Massage und Begleitung.
{0}""",
[("+48 512 345 666", "+48512345666")], "ns")

ad("de067", S_DE, "Kim – Haus 12", "Kim", 25, "Flensburg", "2026-11-05T11:30:00Z",
"""Kim, 25, Haus 12, Zimmer 4. Heute bis 22 Uhr. Einfach klingeln.""",
[], "")

ad("de068", S_DE, "Jung, süß, 22", "Sunny", 22, "Neumünster", "2026-11-06T17:00:00Z",
"""Bin jung (22), süß und verschmust. Sunny ist mein Name 🌞
Massage + Kuscheln 1 Std 130 €. Nur Hausbesuche.
Tel: {0} (Mo-Fr 16-24)""",
[("0l5l 2345 6768", "+4915123456768", "015123456768")], "yt")

ad("de069", S_DE, "Elegante Begleitung – Charlotte", "Charlotte", 38, "Hamburg-Rotherbaum", "2026-11-06T09:00:00Z",
"""Elegante Begleitung für Theater, Oper und Geschäftsessen. Charlotte, 38, Akademikerin, spricht fünf Sprachen.
Sie legt großen Wert auf Niveau und Diskretion und reist auch mit nach Kopenhagen.
Anfragen an ihre Sekretärin: {0}""",
[("+49 1512 3456769", "+4915123456769")], "tp tr cc")

ad("de070", S_DK, "Neu bei uns: Lilly & Nora", None, None, "Horsens", "2026-11-06T13:00:00Z",
"""Neu bei uns im Studio Horsens: Lilly (23, aus Lettland) und Nora (26, aus Litauen).
Die beiden sind nur bis zum 14.11. hier. Ruft an: {0}""",
[("drei-vier / vier-eins / zwei-drei / sieben-null", "+4534412370", "34412370")], "tp mp ns mv cc")

# ---------------------------------------------------------------- Polish ----
S_PL = "roksik-test"

ad("pl001", S_PL, "Nowa w Aarhus! Kasia 23", "Kasia", 23, "Aarhus C", "2026-09-20T10:00:00Z",
"""Nowa w Aarhus! Kasia, 23 lata, 165/52, biust 3. Masaz relaksacyjny, spotkania u mnie.
1h 1200 kr, 30 min 800 kr. Tel {0} (po 12)""",
[("+48 512 345 601", "+48512345601")], "mv")

ad("pl002", S_PL, "Ona jest wyjątkowa – Marta", "Marta", 25, "Kopenhaga, Vesterbro", "2026-09-20T14:20:00Z",
"""Marta jest wyjątkowa: delikatna, usmiechnieta, zawsze zadbana. Ona jest w Kopenhadze tylko do niedzieli.
Zadzwoń do niej albo napisz SMS, odpowie jej kolega, bo Marta nie mowi po dunsku.
{0}""",
[("+48 512 345 602", "+48512345602")], "tp mv cc")

ad("pl003", S_PL, "Nasze dziewczyny – Agencja Perła", None, None, "Szczecin / Kopenhaga", "2026-09-21T09:00:00Z",
"""AGENCJA TOWARZYSKA PERŁA zaprasza!
Nasze dziewczyny:
Ola 21 – blondynka, studentka
Weronika 24 – brunetka, 170 cm
Dominika 19 – młodziutka, drobna
Sandra 32 – dojrzała i doświadczona
Wyjazdy do hoteli, również do Danii i Niemiec. Dyskrecja gwarantowana.
Rezerwacje: {0}
NIP 851-23-45-678 · REGON 320123456""",
[("+48 512-345-603", "+48512345603")], "tp mp yt tr cc")

ad("pl004", S_PL, "Polka w Odense", "Ania", 30, "Odense", "2026-09-21T18:00:00Z",
"""Czesc, jestem Ania, prawdziwa Polka 🇵🇱, 30 lat, zgrabna blondynka. Mieszkam w Odense od 2 lat.
Masaż, wspólny czas, kolacja. Zapraszam panów kulturalnych.
{0}""",
[("+48 piec jeden dwa trzy cztery piec szesc zero cztery", "+48512345604", "+48512345604")], "ns")

ad("pl005", S_PL, "Masaż tajski – Dorota", "Dorota", 41, "Kolding", "2026-09-22T08:30:00Z",
"""Profesjonalny masaż tajski, masaż gorącymi kamieniami i masaż stóp. Pracuję w zawodzie od 15 lat, mam certyfikat.
Mówię po polsku, angielsku i niemiecku. Pon–pt 9–17.
Godzina 450 kr. {0}""",
[("+45 34 41 23 05", "+4534412305")], "")

ad("pl006", S_PL, "młoda i gorąca 😈", "Nikola", 20, "Aalborg", "2026-09-22T22:00:00Z",
"""Hej, jestem Nikola, mam 20 lat, młoda i gorąca 😈 Lubie zabawe i dobrą muzykę.
Spotkania tylko u mnie, Aalborg centrum. 1h 1500 kr.
{0}""",
[("+48 512345606", "+48512345606")], "yt")

ad("pl007", S_PL, "Dwie koleżanki zapraszają", "Iza & Magda", None, "Esbjerg", "2026-09-23T11:30:00Z",
"""Jesteśmy dwie koleżanki, Iza i Magda, 27 i 29 lat. Przyjmujemy razem w Esbjerg albo osobno.
Duet tylko po wcześniejszym umówieniu.
Dzwoń: {0}""",
[("+48 512 345 607", "+48512345607")], "mp cc")

ad("pl008", S_PL, "Dojrzała pani zaprasza", "Grazyna", 49, "Kopenhaga", "2026-09-23T09:00:00Z",
"""Dojrzała, ciepła kobieta, 49 lat. Nie jestem juz młódką, ale mam duzo do zaoferowania: rozmowa, masaż, czułość.
Zapraszam starszych i młodszych panów, kazdy jest mile widziany.
Dyskretnie i bez pospiechu. {0}""",
[("34 41 23 08", "+4534412308")], "tr")

ad("pl009", S_PL, "Zuzia 18 lat 🍒", "Zuzia", 18, "Vejle", "2026-09-24T19:45:00Z",
"""Zuzia, dopiero skonczyła 18 lat 🍒 drobniutka 155 cm. Jest w Vejle od poniedziałku.
Pisz do niej na WhatsApp, umowie spotkanie: {0}""",
[("+48 5l2 345 6O9", "+48512345609", "+48512345609")], "tp yt mv em cc")

ad("pl010", S_PL, "Salon masażu ul. Młodzieżowa", "Beata", 38, "Gdańsk-Przymorze", "2026-09-24T10:00:00Z",
"""Zapraszam do mojego gabinetu masażu przy ul. Młodzieżowej 7 (wejście od podwórza).
Masaż klasyczny, relaksacyjny, bańka chińska. 60 min 150 zł, 90 min 210 zł.
Czynne wt–sob 10–20. Beata, tel. {0}""",
[("512 345 610", "+48512345610")], "")

ad("pl011", S_PL, "Ukrainka Oksana", "Oksana", 28, "Kopenhaga Nørrebro", "2026-09-25T15:00:00Z",
"""Ja jestem Oksana, Ukrainka, 28 lat, wysoka (176), piękne długie włosy.
Mowie po polsku, rosyjsku i troche po angielsku. Spotkania w hotelu lub u mnie.
Tel/WhatsApp {0}""",
[("+48 512 345 611", "+48512345611")], "ns")

ad("pl012", S_PL, "Nowe dziewczyny co tydzien!!!", None, None, "Aarhus", "2026-09-25T08:00:00Z",
"""NOWE DZIEWCZYNY CO TYDZIEN!!! Polki, Ukrainki, Litwinki. Mieszkanie prywatne w Aarhus, czysto i bezpiecznie.
Dzwon i zapytaj kto jest dzisiaj: {0}""",
[("+48 piecset dwanascie trzysta czterdziesci piec szescset dwanascie", "+48512345612", "+48512345612")], "tp mp ns mv tr cc")

ad("pl013", S_PL, "Ewelina – wysoka brunetka", "Ewelina", 33, "Roskilde", "2026-09-26T12:00:00Z",
"""Ewelina, 33 lata, 178 cm, 62 kg. Zmysłowy masaż, wspólna kąpiel, kolacja.
Cennik: 30 min 900 kr / 1h 1400 kr / 2h 2600 kr / noc 8000 kr.
Godziny: codziennie 14:00–02:00.
Tel. {0}""",
[("+48 512 345 613", "+48512345613")], "")

ad("pl014", S_PL, "Sprawdzona Monika", "Monika", 35, "Horsens", "2026-09-26T17:00:00Z",
"""Monika, 35. Zdjęcia w 100% prawdziwe, bez ściemy i bez photoshopa. Jestem na tym portalu od 3 lat, zweryfikowana.
Zapraszam do siebie w Horsens. {0}""",
[("+48 512-345-614", "+48512345614")], "tr")

ad("pl015", S_PL, "Paulina – umów się z nią", "Paulina", 24, "Odense", "2026-09-27T20:00:00Z",
"""Poznaj Paulinę! Ma 24 lata, jest zgrabna, wesoła i lubi długie spotkania. Umów się z nią jeszcze dziś.
Telefon odbiera jej opiekun: {0}""",
[("+48 512 zadzwon 345 615", "+48512345615", "+48512345615")], "tp cc")

ad("pl016", S_PL, "Mulatka Jessica", "Jessica", 27, "Kopenhaga", "2026-09-27T21:30:00Z",
"""Piękna ciemnoskóra Mulatka, 27 lat, pół Polka pół Nigeryjka 😍 Przyjmuję w centrum Kopenhagi.
Mówię po polsku i po angielsku. Dostępna 24h!
{0}""",
[("+45 34412316", "+4534412316")], "ns 247")

ad("pl017", S_PL, "Lucyna – masaż", "Lucyna", 44, "Aarhus V", "2026-09-28T09:00:00Z",
"""Masaż relaksacyjny w domowej atmosferze. Lucyna, 44. Tylko umówione wizyty, pon–sob 10–19.
Moja koleżanka poleciła mi ten portal, więc spróbuję 🙂
{0}""",
[("+48 512 345 617", "+48512345617")], "")

ad("pl018", S_PL, "Studentka Ola", "Ola", 21, "Aarhus", "2026-09-28T16:00:00Z",
"""Jestem studentką, 21 lat, młoda, naturalna, bez tatuaży. Spotkania tylko wieczorem, po zajęciach.
Dyskretnie, kulturalnie. {0}""",
[("zero zero czterdziesci osiem 512 345 618", "+48512345618", "0048512345618")], "yt tr")

ad("pl019", S_PL, "Natalia 24h", "Natalia", 29, "Kopenhaga Amager", "2026-09-29T03:00:00Z",
"""Natalia, 29 lat. Całodobowo, dzień i noc, również w święta. Masaż i towarzystwo.
{0}""",
[("+48 512.345.619", "+48512345619")], "247")

ad("pl020", S_PL, "Agencja Diament – Dania", None, None, "Kopenhaga / Aarhus / Odense", "2026-09-29T10:00:00Z",
"""Agencja Diament – od 2015 roku organizujemy spotkania z najpiękniejszymi paniami w Danii.
Wszystkie panie są młode, zadbane i przyjeżdżają do hotelu w ciągu godziny.
Obecnie dostępne: Angelika, Wiktoria, Sara, Lena. Pełna dyskrecja.
Kontakt tylko przez biuro: {0}""",
[("+45 34 41 23 20", "+4534412320")], "tp mp yt tr cc")

ad("pl021", S_PL, "Białorusinka Alesia czeka", "Alesia", 26, "Kopenhaga", "2026-09-30T12:00:00Z",
"""Alesia czeka na Ciebie! Piękna Białorusinka, 26 lat, niebieskie oczy, 168 cm.
Ona lubi spokojne spotkania i długi masaż. Jej zdjęcia są prawdziwe.
Dzwonić do niej: {0}""",
[("+48 512 345 621", "+48512345621")], "tp ns tr cc")

ad("pl022", S_PL, "Klienci o mnie ⭐⭐⭐⭐⭐", "Karolina", 31, "Aarhus", "2026-09-30T18:00:00Z",
"""Jestem Karolina, 31 lat. Co piszą o mnie panowie:
"Ona jest super, bardzo miła i zadbana, polecam każdemu!" – Jens
"Spotkanie z nią to czysta przyjemność, ona naprawdę słucha." – Piotr
Dziękuję! Zapraszam do mnie od poniedziałku do soboty. {0}""",
[("+48 512 345 622", "+48512345622")], "")

ad("pl023", S_PL, "świeżynka na portalu", "Klaudia", 19, "Vejle", "2026-10-01T11:00:00Z",
"""Swiezynka 😇 19 lat, pierwszy raz na portalu. Nieśmiała, ale ciekawa świata.
Napisz sms, oddzwonię: {0}""",
[("+48 ５１２ ３４５ ６２３", "+48512345623", "512345623")], "yt")

ad("pl024", S_PL, "Moja trasa listopad", "Renata", 36, "Malmö / Kopenhaga / Odense", "2026-10-01T07:00:00Z",
"""Moja trasa w listopadzie:
Malmö 1–3.11 · Kopenhaga 4–8.11 · Odense 9–12.11
Wszystko organizuję sama, dzwońcie bezpośrednio do mnie: {0}
Renata, 36, rudowłosa, 167 cm.""",
[("+48 512 345 624", "+48512345624")], "mv")

ad("pl025", S_PL, "Dziewczyny w trasie po Danii", None, None, "Dania", "2026-10-02T09:00:00Z",
"""Nasze dziewczyny znowu w trasie! Organizujemy przyjazdy pań z Polski do Danii co dwa tygodnie.
W tym tygodniu: Aarhus (Kinga 22, Justyna 25), w przyszłym: Aalborg i Herning.
Rezerwacja u koordynatora: {0}""",
[("+48 piec jeden dwa / trzy cztery piec / szesc dwa piec", "+48512345625", "+48512345625")], "tp mp ns mv cc")

ad("pl026", S_PL, "Azjatka Lin – masaż tajski", "Lin", 32, "Odense", "2026-10-02T14:00:00Z",
"""Azjatka Lin zaprasza na tradycyjny masaż tajski i masaż olejkiem. Delikatna, cicha, 155 cm.
60 min 600 kr. Codziennie 10–22.
{0}""",
[("+66 81 234 5626", "+66812345626")], "ns")

ad("pl027", S_PL, "Ewa 40+", "Ewa", 43, "Kolding", "2026-10-03T10:00:00Z",
"""Ewa 40+, Kolding, u mnie lub hotel. Tel {0}""",
[("+48 512 345 627", "+48512345627")], "")

ad("pl028", S_PL, "Duet z przyjaciółką", "Sylwia", 28, "Aalborg", "2026-10-03T16:30:00Z",
"""Hej, tu Sylwia, 28. Przyjmuję sama, ale na życzenie możliwy duet z moją przyjaciółką Gosią (30).
Ceny: ja 1h 1300 kr, duet 1h 2400 kr.
{0}""",
[("+48 512 345 628", "+48512345628")], "mp cc")

ad("pl029", S_PL, "Nie jestem agencją!", "Magdalena", 34, "Herning", "2026-10-04T09:00:00Z",
"""Nie jestem agencją, nikt za mną nie stoi, sama odbieram telefon i sama decyduję z kim się spotykam.
Magdalena, 34, naturalna, bez ściemy. Higiena to podstawa.
{0}""",
[("+48 512 345 629", "+48512345629")], "tr")

ad("pl030", S_PL, "Roza 🌹", "Roza", 27, "Kopenhaga", "2026-10-04T21:00:00Z",
"""Roza 27 🌹 30min = 150🌹 / 1h = 250🌹 / 2h = 450🌹 🌹=DKK x5
Tylko incall. {0}""",
[("+45 34 41 23 30", "+4534412330")], "em")

ad("pl031", S_PL, "Kinga – Polish girl in Copenhagen", "Kinga", 25, "København K", "2026-10-05T13:00:00Z",
"""Hi gentlemen! Jestem Kinga, polska dziewczyna z Poznania, 25 lat. I speak English and a little Danish.
Spotkania w hotelu, masaż, kolacja. Nice and easy 😊
{0}""",
[("+48 512 345 631", "+48512345631")], "ns")

ad("pl032", S_PL, "Marzena zaprasza", "Marzena", 37, "Randers", "2026-10-05T10:00:00Z",
"""Marzena, 37, Randers. Masaż, rozmowa, relaks. Numer: {0}""",
[("+4️⃣8️⃣ 5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣3️⃣2️⃣", "+48512345632", "+48512345632")], "")

ad("pl033", S_PL, "Młoda duchem", "Halina", 52, "Aarhus", "2026-10-06T11:00:00Z",
"""Halina, 52 lata, młoda duchem i z poczuciem humoru. Lubię rozmowy przy kawie i spokojny masaż.
Nie spieszę się. Zapraszam panów w każdym wieku. {0}""",
[("+48 512 345 633", "+48512345633")], "")

ad("pl034", S_PL, "Łotyszka i Polka – duet", "Liga & Asia", None, "Kopenhaga Frederiksberg", "2026-10-06T19:00:00Z",
"""Łotyszka Liga (26) i Polka Asia (29) – przyjmujemy razem na Frederiksbergu 💃💃
Możemy spotkać się we dwie albo osobno. Mówimy po angielsku, rosyjsku i polsku.
{0} (Asia)""",
[("+48 512 345 634", "+48512345634")], "mp ns cc")

ad("pl035", S_PL, "Brazylijka Bruna", "Bruna", 24, "Aarhus", "2026-10-07T22:00:00Z",
"""Gorąca Brazylijka Bruna, 24 lata, pierwszy raz w Aarhus! Tylko 4 dni.
Taniec, masaż, uśmiech. Mówię po portugalsku i angielsku.
{0}""",
[("+34 612 34 56 35", "+34612345635")], "ns mv")

ad("pl036", S_PL, "Justyna – pełna oferta", "Justyna", 30, "Odense", "2026-10-07T09:30:00Z",
"""Justyna, 30 lat, 170/60, biust 2, włosy do pasa.
Oferta: masaż klasyczny, masaż body, wspólny prysznic, striptiz, rozmowa, kolacja, wyjazdy.
Cennik:
15 min – 500 kr
30 min – 800 kr
1h – 1300 kr
2h – 2400 kr
Noc – do uzgodnienia
Przyjmuję pon–nd 11:00–23:00, os. przy Vesterbro 3, 5000 Odense C.
Tel. {0}
____
Ogłoszenie dodane przez użytkownika. Portal nie ponosi odpowiedzialności za treść ogłoszeń. ID 44120 · wyświetleń: 832 · dodano 07.10.2026""",
[("0048 512-345-636", "+48512345636")], "")

ad("pl037", S_PL, "Wszystko bez zabezpieczenia", "Ela", 23, "Kopenhaga", "2026-10-08T23:00:00Z",
"""Ela ma 23 lata i robi wszystko, także bez zabezpieczenia. Ona nie mówi po angielsku, pisz po polsku.
Spotkanie umawia jej chłopak: {0}""",
[("+48 512 345 637", "+48512345637")], "tp rs cc")

ad("pl038", S_PL, "Szukasz polskiej dziewczyny?", "Gosia", 27, "Esbjerg", "2026-10-08T12:00:00Z",
"""Szukasz polskiej dziewczyny w Esbjergu? Jestem Gosia, 27, brunetka, naturalna.
Masaż, przytulanie, wspólny czas. {0}""",
[("+48 512 345 638", "+48512345638")], "ns")

ad("pl039", S_PL, "Młodziutka 19-latka", "Wiki", 19, "Aalborg", "2026-10-09T17:00:00Z",
"""Młodziutka 19-latka, drobna, jasne włosy. Wiki jest nowa w mieście, dopiero od wtorku.
Dzwoncie do niej po 16: {0}""",
[("512 trzy cztery piec 6 3 9", "+48512345639", "512345639")], "tp yt mv cc")

ad("pl040", S_PL, "Pani Renata – gabinet", "Renata", 46, "Kopenhaga Valby", "2026-10-09T08:00:00Z",
"""Gabinet odnowy "Bursztyn". Pani Renata przyjmuje w poniedziałki i środy, pani Jola we wtorki i czwartki.
Masaż leczniczy, relaksacyjny, refleksologia. Zapraszamy Pana na pierwszą wizytę z rabatem 10%.
Rejestracja: {0}""",
[("+45 34 41 23 40", "+4534412340")], "tp mp")

ad("pl041", S_PL, "Nowe panie z Ukrainy", None, None, "Aarhus N", "2026-10-10T10:00:00Z",
"""Od środy nowe panie z Ukrainy i Mołdawii w naszym mieszkaniu w Aarhus N. Zdjęcia wysyłamy na WhatsApp.
Ceny takie same dla wszystkich: 1h 1200 kr.
Numer: {0}""",
[("plus-czterdziesci-osiem-piec-jeden-dwa-trzy-cztery-piec-szesc-cztery-jeden", "+48512345641", "+48512345641")], "tp mp ns mv cc")

ad("pl042", S_PL, "Ma skończone 18", "Amelka", 18, "Kopenhaga", "2026-10-10T22:00:00Z",
"""Amelka – ma skończone 18, jest drobniutka i bardzo grzeczna. Pierwszy raz w Danii.
Szczegóły podam telefonicznie, dzwonić do mnie nie do niej: {0}""",
[("+48 512 345 642", "+48512345642")], "tp yt mv cc")

ad("pl043", S_PL, "młoda 22 lata", "Daria", 22, "Odense", "2026-10-11T15:00:00Z",
"""jestem mloda, 22 lata, wesoła i kontaktowa 🙂 masaz, spotkania u mnie w Odense.
{0}""",
[("+48 5 1 2 _ 3 4 5 _ 6 4 3", "+48512345643", "+48512345643")], "yt")

ad("pl044", S_PL, "Dziś w salonie", None, None, "Kopenhaga Vesterbro", "2026-10-11T09:00:00Z",
"""Dziś w salonie:
Ania 23 ✔ Basia 20 ✔ Celina 28 ✔ Daria 22 ✔ Emilia 31
Otwarte 10–04. Bez rezerwacji.
{0}""",
[("+48#512#345#644", "+48512345644", "+48512345644")], "tp mp cc")

ad("pl045", S_PL, "Studentki – młode i dyskretne", None, None, "Aarhus", "2026-10-12T12:00:00Z",
"""Studentki z Polski dorabiające w Aarhus – młode, wesołe i dyskretne. Wybierz dziewczynę ze zdjęć, my zorganizujemy spotkanie.
Pełna dyskrecja, bezpieczne mieszkanie.
{0}""",
[("+48 512 345 645", "+48512345645")], "tp mp yt ns tr cc")

ad("pl046", S_PL, "Afrykanka Grace", "Grace", 29, "Kopenhaga", "2026-10-12T20:00:00Z",
"""Piękna Afrykanka Grace, 29 lat, mieszkam w Polsce od 8 lat, teraz w Kopenhadze. Mówię po polsku!
Masaż i wspólny czas. {0}""",
[("+48 512 345 646", "+48512345646")], "ns")

ad("pl047", S_PL, "Przyjmuję tylko ja", "Iwona", 33, "Horsens", "2026-10-13T11:00:00Z",
"""Mieszkam z koleżanką, ale przyjmuję tylko ja – żadnych duetów, proszę nie pytać.
Iwona, 33, spokojna, kobieca. Pon–pt 12–20.
{0}""",
[("+48 512 345 647", "+48512345647")], "")

ad("pl048", S_PL, "Hiszpanka Carmen", "Carmen", 31, "Aalborg", "2026-10-13T18:00:00Z",
"""Prawdziwa Hiszpanka z Walencji, Carmen, 31 lat. Temperament i uśmiech 😘
Hablo español, mówię troche po polsku. Tylko 5 dni w Aalborgu!
{0}""",
[("+34 612 34 56 48", "+34612345648")], "ns mv")

ad("pl049", S_PL, "Doświadczenie zamiast młodości", "Bożena", 39, "Kolding", "2026-10-14T09:00:00Z",
"""Młodość? Nie. Doświadczenie – tak 😉 Bożena, 39 lat, ciepła i konkretna.
Masaż, rozmowa, dobra kawa. Kolding, blisko dworca.
{0}""",
[("+48 512 345 649", "+48512345649")], "")

ad("pl050", S_PL, "sweet 18 🎀", "Nina", 18, "Kopenhaga", "2026-10-14T21:00:00Z",
"""sweet 18 🎀 Nina, nowa, nieśmiała. only outcall hotel. Text me: {0}""",
[("+48 512 345 650", "+48512345650")], "yt mv cc")

ad("pl051", S_PL, "Zaprasza Daria", "Daria", 20, "Vejle", "2026-10-15T14:00:00Z",
"""Zaprasza Daria – ona ma 20 lat, jest wesoła i zadbana. Możesz przyjść do niej do mieszkania w centrum Vejle.
Wiadomości czyta asystentka: {0}""",
[("+48 piecjedendwa trzyczterypiec szescpiecjeden", "+48512345651", "+48512345651")], "tp cc")

ad("pl052", S_PL, "Mamy dla Ciebie 3 nowe dziewczyny", None, None, "Randers", "2026-10-15T10:00:00Z",
"""Mamy dla Ciebie 3 nowe dziewczyny w Randers! Blondynka, brunetka i ruda – wybierz sam.
Nowe tylko przez ten tydzień. {0}""",
[("+45 34 41 23 52", "+4534412352")], "tp mp mv cc")

ad("pl053", S_PL, "Kamila – relaks", "Kamila", 35, "Kopenhaga", "2026-10-16T12:00:00Z",
"""Kamila, 35. Relaks, masaż, rozmowa. Cena 1h 1400 kr.
Tel (wpisz bez #): {0}""",
[("0048#512#345#653", "+48512345653", "+48512345653")], "")

ad("pl054", S_PL, "Pół Polka pół Włoszka", "Giulia", 28, "Aarhus", "2026-10-16T17:00:00Z",
"""Ciao! Jestem Giulia, pół Polka pół Włoszka 🇵🇱🇮🇹 28 lat, 172 cm, czarne włosy.
Spotkania w hotelu, kolacje, masaż. Zdjęcia prawdziwe, weryfikacja na portalu ✔
{0}""",
[("+48 512 345 654", "+48512345654")], "ns tr")

ad("pl055", S_PL, "Rumunka Ionela", "Ionela", 25, "Esbjerg", "2026-10-17T20:00:00Z",
"""Rumunka Ionela, 25 lat, piękna i młoda. Ona jest w Esbjergu od dzisiaj.
Nie mówi po polsku, ja tłumaczę. Dzwoń: {0}""",
[("+40 712 034 555", "+40712034555")], "tp yt ns mv cc")

ad("pl056", S_PL, "Royal Escort 👑", None, None, "Kopenhaga", "2026-10-17T12:00:00Z",
"""ROYAL ESCORT 👑 Najlepsze panie w Kopenhadze. Elegancja, klasa, pełna dyskrecja.
Obecnie 7 modelek do wyboru, wszystkie zweryfikowane.
Rezerwacje 24/7: {0}""",
[("+45 34 41 23 56", "+4534412356")], "tp mp 247 tr cc")

ad("pl057", S_PL, "Tylko na kilka dni", "Sonia", 30, "Aalborg", "2026-10-18T09:00:00Z",
"""Tylko na kilka dni w Aalborgu, do piątku. Sonia, 30, szczupła, 165 cm.
Masaż i towarzystwo. {0}""",
[("+48 512 345 657", "+48512345657")], "mv")

ad("pl058", S_PL, "Bezpiecznie i czysto", "Edyta", 38, "Odense", "2026-10-18T13:00:00Z",
"""Bezpiecznie, czysto, dyskretnie – to moje zasady. Edyta, 38, przyjmuję w prywatnym mieszkaniu.
Tylko z zabezpieczeniem, proszę nie pytać o nic innego.
{0}""",
[("+48 512 345 658", "+48512345658")], "tr")

ad("pl059", S_PL, "Karina", "Karina", 26, "Kopenhaga", "2026-10-19T16:00:00Z",
"""Karina, 26, Kopenhaga. Pisz na WhatsApp, numer: {0} (S = 5, O = 0)""",
[("+48 S12 34S 6S9", "+48512345659", "+48512345659")], "")

ad("pl060", S_PL, "Ona nie odbiera – pisz do mnie", "Julia", 23, "Herning", "2026-10-19T10:00:00Z",
"""Julia, 23 lata, bardzo ładna, szczupła. Ona nie odbiera telefonu, ja jestem jej bratem i umawiam spotkania.
Cena ustalona, bez negocjacji. {0}""",
[("+48 512 345 660", "+48512345660")], "tp cc")

ad("pl061", S_PL, "Iwona masaż", "Iwona", 31, "Vejle", "2026-10-20T08:00:00Z",
"""Iwona 31 masaż Vejle {0}""",
[("+48 512 345 661", "+48512345661")], "")

ad("pl062", S_PL, "Nie udaję 18-latki", "Agnieszka", 45, "Aarhus", "2026-10-20T19:00:00Z",
"""Agnieszka, 45. Nie mam 18 lat i nie udaję – jestem dojrzałą kobietą, która wie, czego chce.
Masaż, kolacja, wieczór we dwoje. {0}""",
[("+48 512 345 662", "+48512345662")], "")

ad("pl063", S_PL, "Koleżanki z Ukrainy", "Sasha & Nastia", None, "Kopenhaga", "2026-10-21T13:00:00Z",
"""Jesteśmy koleżanki z Ukrainy, Sasha i Nastia, obie młode (21 i 22). Przyjmujemy razem albo osobno.
Piszcie po polsku, rosyjsku albo angielsku. {0}""",
[("+48 512 345 663", "+48512345663")], "mp yt ns cc")

ad("pl064", S_PL, "Nowa, młoda, polska 💋", "Patrycja", 21, "Roskilde", "2026-10-21T22:00:00Z",
"""Nowa, młoda, polska 💋 Patrycja, 21 lat. Tylko ten weekend w Roskilde.
{0}""",
[("+48 piec jeden dwa trzy cztery piec szesc szesc cztery", "+48512345664", "+48512345664")], "yt ns mv")

ad("pl065", S_PL, "Tylko Telegram", "Lena", 29, "Kopenhaga", "2026-10-22T10:00:00Z",
"""Lena, 29. Kontakt tylko przez Telegram @lena_cph_test, nie podaję numeru. Spotkania w hotelu 2h+.""",
[], "")

ad("pl066", S_PL, "Weronika", "Weronika", 27, "Aalborg", "2026-10-22T15:00:00Z",
"""Weronika, 27, Aalborg. Zapraszam na masaż i miłą rozmowę. Tel. {0} – zadzwoń po 14.""",
[("512 345 66 siedem", "+48512345667", "512345667")], "")

ad("pl067", S_PL, "Jestem Tajką – masaż tajski", "Ploy", 34, "Aarhus", "2026-10-23T09:00:00Z",
"""Jestem Tajką, mieszkam w Polsce i w Danii. Robię prawdziwy masaż tajski i masaż olejkiem, 60 min 550 kr.
Mówię po polsku, tajsku i angielsku. {0}""",
[("+66 81 234 5667", "+66812345667")], "ns")

ad("pl068", S_PL, "Monika – cała oferta", "Monika", 32, "Kopenhaga Østerbro", "2026-10-23T20:00:00Z",
"""Monika, 32 lata, wzrost 169, waga 57, rozmiar 36.
Oferuję: masaż relaksacyjny, masaż body, przytulanie, wspólny prysznic, taniec, wyjścia na kolację.
1h – 1500 kr / 2h – 2800 kr / noc – 9000 kr.
Dostępna non stop, także w nocy i w weekendy.
Dojazd: 2100 København Ø, 5 min od metra.
{0}""",
[("+48 512 345 668", "+48512345668")], "247")

ad("pl069", S_PL, "Dziewczyna z Kolumbii", "Daniela", 26, "Odense", "2026-10-24T18:00:00Z",
"""Dziewczyna z Kolumbii, Daniela, 26 lat, pierwsza wizyta w Danii. Mówi po hiszpańsku i angielsku.
Umów się z nią przez naszą recepcję: {0}""",
[("+45 34 41 23 69", "+4534412369")], "tp ns mv cc")

ad("pl070", S_PL, "Malwina", "Malwina", 28, "Kopenhaga", "2026-10-24T11:00:00Z",
"""Malwina, 28 lat. Przyjmuję w ładnym mieszkaniu na Amager. Godziny: 10–22, ostatnia wizyta 21:00. Data urodzenia 14.03.1998 – nie jestem młodsza niż w ogłoszeniu 😉
Tel: {0}""",
[("+48 512 345 670", "+48512345670")], "")

# -------------------------------------------------------------- Romanian ----
S_RO = "matrimoniale-noi-test"

ad("ro001", S_RO, "Andreea, 22 ani, noua in Copenhaga", "Andreea", 22, "Copenhaga", "2026-09-15T10:00:00Z",
"""Buna, sunt Andreea, am 22 de ani, sunt noua in Copenhaga si caut domni seriosi pentru intalniri placute.
Masaj de relaxare, companie, cina. Poze 100% reale!
Suna-ma: {0}""",
[("+40 712 034 701", "+40712034701")], "mv tr")

ad("ro002", S_RO, "Ea este Bianca", "Bianca", 20, "Aarhus", "2026-09-15T19:00:00Z",
"""Ea este Bianca, o fata tanara si frumoasa de 20 de ani, proaspat sosita in Aarhus.
Este foarte dulce si ii place sa faca masaj. Suna-o acum, nu o lasa sa astepte!
{0}""",
[("plus patru zero sapte unu doi zero trei patru sapte zero doi", "+40712034702", "+40712034702")], "tp yt mv cc")

ad("ro003", S_RO, "Fete noi in fiecare saptamana", None, None, "Kobenhavn", "2026-09-16T09:00:00Z",
"""FETE NOI IN FIECARE SAPTAMANA!!! Romance, moldovence, unguroaice – toate tinere si frumoase.
Apartament privat, curat si sigur, zona centrala. Programari la telefon sau WhatsApp:
{0}""",
[("+40 712 034 703", "+40712034703")], "tp mp yt ns mv tr cc")

ad("ro004", S_RO, "Doamna serioasa caut domn generos", "Mariana", 47, "Bucuresti, zona Tineretului", "2026-09-16T12:00:00Z",
"""Doamna serioasa, 47 ani, vaduva, tanara la suflet, caut domn generos si educat pentru intalniri discrete.
Locuiesc in zona Tineretului, am locuinta proprie. Doar sms la inceput.
{0}""",
[("0712.034.704", "+40712034704")], "tr")

ad("ro005", S_RO, "Masaj thailandez autentic", "Suda", 39, "Cluj-Napoca", "2026-09-17T08:00:00Z",
"""Masaj thailandez autentic, masaj cu pietre calde si masaj la picioare. Am lucrat 10 ani la un spa in Phuket.
Vorbesc engleza si putina romana. Luni-sambata 10-20. 60 min 200 RON.
{0}""",
[("0712 034 705", "+40712034705")], "")

ad("ro006", S_RO, "Doua prietene te asteapta", "Ioana & Raluca", None, "Odense", "2026-09-17T20:00:00Z",
"""Suntem doua prietene, Ioana (24) si Raluca (27), si te asteptam in Odense 😘 Putem veni amandoua sau separat.
Masaj la patru maini, companie, distractie.
{0}""",
[("+40 7 12 suna 034 706", "+40712034706", "+40712034706")], "mp cc")

ad("ro007", S_RO, "Moldoveanca Cristina", "Cristina", 25, "Aarhus", "2026-09-18T14:00:00Z",
"""Cristina, moldoveanca din Chisinau, 25 ani, blonda naturala, 168 cm.
Vorbesc romana, rusa si engleza. Intalniri la hotel sau la mine.
Tel: {0}""",
[("0040 712 034 707", "+40712034707")], "ns")

ad("ro008", S_RO, "Agentia Diamond – fetele noastre", None, None, "Bucuresti / Copenhaga", "2026-09-18T09:00:00Z",
"""AGENTIA DIAMOND ESCORT
Fetele noastre:
• Alexia 21 – bruneta, studenta
• Denisa 19 – tinerica, proaspata
• Roxana 28 – eleganta, vorbeste engleza
• Claudia 33 – matura, senzuala
Deplasari in Danemarca, Germania, Olanda. Discretie totala.
Rezervari: {0}
CUI RO12345678 · Str. Polona nr. 12, Sector 1""",
[("+40 712 034 708", "+40712034708")], "tp mp yt tr cc")

ad("ro009", S_RO, "Simona, 34 ani", "Simona", 34, "Copenhaga", "2026-09-19T16:00:00Z",
"""Simona, 34 ani, 165/58. Masaj de relaxare si companie. Program 12:00-23:00. 1h 1200 kr.
Clientii spun: "Ea este foarte dulce si atenta, revin sigur!" – multumesc frumos!
{0}""",
[("0040 712 034 709", "+40712034709")], "")

ad("ro010", S_RO, "Tinerica 18 ani 🍒", "Larisa", 18, "Kolding", "2026-09-19T22:00:00Z",
"""tinerica 18 ani abia impliniti 🍒🍒 noua in Kolding doar cateva zile
sunati-o pe {0} – raspunde doar pe whatsapp""",
[("+40x712x03x47x10", "+40712034710", "+40712034710")], "tp yt mv em cc")

ad("ro011", S_RO, "Vand timp, nu iluzii", "Daniela", 31, "Timisoara", "2026-09-20T11:00:00Z",
"""Daniela, 31 de ani. Femeie independenta, fara agentie si fara sofer. Decid singura ce fac si cu cine.
Discreta, curata, punctuala. {0}""",
[("0040712034711", "+40712034711")], "tr")

ad("ro012", S_RO, "Proaspata in Esbjerg", "Alina", 23, "Esbjerg", "2026-09-20T18:00:00Z",
"""Proaspata in Esbjerg! Sunt Alina, 23 ani, romanca, frumoasa si zambareata.
Plec duminica, grabeste-te 😉 {0}""",
[("+40 712 034 712", "+40712034712")], "ns mv")

ad("ro013", S_RO, "Apartament cu 4 fete – Aalborg", None, None, "Aalborg", "2026-09-21T08:00:00Z",
"""In apartamentul nostru din Aalborg gasesti 4 fete frumoase: Maria, Elena, Gabi si Ana.
Toate sunt tinere, vesele si vorbesc engleza. Programari doar la sefa:
{0}""",
[("+40 sapte-doisprezece zero-trei-patru sapte-treisprezece", "+40712034713", "+40712034713")], "tp mp yt cc")

ad("ro014", S_RO, "Doamna matura, eleganta", "Viorica", 52, "Constanta", "2026-09-21T15:00:00Z",
"""Doamna matura, eleganta, 52 ani. Nu mai sunt tanara, dar stiu sa ascult si sa fac un masaj bun.
Primesc domni peste 40 de ani. {0}""",
[("+40 712 034 714", "+40712034714")], "")

ad("ro015", S_RO, "Escorta de lux Sabrina", "Sabrina", 26, "Copenhaga", "2026-09-22T20:00:00Z",
"""Escorta de lux Sabrina, 26 ani, 175 cm, model. Cina, evenimente, calatorii.
Tarife: 1h 2000 kr / 3h 5000 kr / noapte 12000 kr.
Rezervarile se fac doar prin managerul ei: {0}""",
[("+40 712 034 715", "+40712034715")], "tp cc")

ad("ro016", S_RO, "Bulgaroaica Desi", "Desi", 24, "Vejle", "2026-09-22T11:00:00Z",
"""Buna, ma numesc Desi, sunt bulgaroaica dar vorbesc si romana. 24 ani, par negru lung.
Masaj, relaxare, companie. Vejle centru. {0} / {1}""",
[("+359 43 012 316", "+35943012316"), ("+40 712 034 716", "+40712034716")], "ns")

ad("ro017", S_RO, "NON STOP – Loredana", "Loredana", 29, "Copenhaga", "2026-09-23T03:00:00Z",
"""NON STOP 24/24 Loredana 29 ani, Copenhaga Vesterbro. Vin si la hotel.
{0}""",
[("+40 712-034-717", "+40712034717")], "247")

ad("ro018", S_RO, "Fara protectie", "Mirela", 27, "Herning", "2026-09-23T22:00:00Z",
"""Mirela, 27, noua in Herning. Accept si fara protectie, pret la telefon.
{0}""",
[("+40 712 034 718", "+40712034718")], "rs mv")

ad("ro019", S_RO, "Sunt Camelia – te astept", "Camelia", 30, "Aarhus", "2026-09-24T10:00:00Z",
"""Sunt Camelia, 30 de ani, si te astept la mine cu un masaj si un pahar de vin. Prietena mea m-a convins sa pun anuntul aici 😄
Program 14-24. {0}""",
[("+40 712 034 719", "+40712034719")], "")

ad("ro020", S_RO, "Pustoaica de 19 ani", "Roxi", 19, "Odense", "2026-09-24T21:00:00Z",
"""Roxi e o pustoaica de 19 ani, micuta si cuminte. Ea nu vorbeste engleza, vorbiti cu mine.
O gasiti in Odense pana joi. {0}""",
[("+4o 7l2 o34 72o", "+40712034720", "+40712034720")], "tp yt mv cc")

ad("ro021", S_RO, "Latina in Copenhaga", "Valentina", 28, "Copenhaga", "2026-09-25T13:00:00Z",
"""Hola! Sunt Valentina, latina din Columbia, dar am crescut in Romania. 28 ani, curbe frumoase.
Vorbesc romana, spaniola si engleza. Masaj si companie.
{0}""",
[("0040 712 034 721", "+40712034721")], "ns")

ad("ro022", S_RO, "Colege noi la salon", None, None, "Aarhus C", "2026-09-25T09:00:00Z",
"""Salonul nostru de masaj din Aarhus C are colege noi: Georgiana si Petra au venit saptamana aceasta.
Masaj de relaxare, masaj cu ulei, masaj body. Zilnic 10-02.
{0}""",
[("+45 34 41 23 22", "+4534412322")], "tp mp mv cc")

ad("ro023", S_RO, "Ramona – suna-ma", "Ramona", 32, "Roskilde", "2026-09-26T11:00:00Z",
"""Ramona, 32 ani, Roskilde. Ma gasesti la numarul {0} 😉 fara numere ascunse.""",
[("zero zero patru zero șapte unu doi zero trei patru șapte doi trei", "+40712034723", "+40712034723")], "")

ad("ro024", S_RO, "Domn serios caut doamna", None, 55, "Brasov", "2026-09-26T17:00:00Z",
"""Domn serios, 55 ani, divortat, caut doamna pentru prietenie si poate mai mult. Nu sunt interesat de aventuri.
Sunati seara dupa 19: {0}""",
[("0040 712 034 724", "+40712034724")], "tr")

ad("ro025", S_RO, "Noi suntem 3 fete", "Cami, Dia si Flori", None, "Kobenhavn", "2026-09-27T20:00:00Z",
"""Noi suntem 3 fete vesele, Cami, Dia si Flori, 20-24 de ani, tinere si pline de energie 💃
Ne gasesti impreuna in Kobenhavn, apartament discret. Sunati la Dia: {0}""",
[("+40 712 034 725", "+40712034725")], "mp yt tr cc")

ad("ro026", S_RO, "Ruseaica Katia", "Katia", 27, "Odense", "2026-09-27T12:00:00Z",
"""Katia, ruseaica blonda, 27 ani, ochi verzi. Intalniri la hotel, companie la cina.
Poze reale, fara surprize. {0}""",
[("+40 712 034 726", "+40712034726")], "ns tr")

ad("ro027", S_RO, "Maghiara din Covasna", "Eniko", 30, "Aalborg", "2026-09-28T10:00:00Z",
"""Buna! Sunt Eniko, maghiara din Covasna, 30 ani. Vorbesc maghiara, romana si engleza.
Masaj, relaxare, discutii. {0}""",
[("+36 20 123 4527", "+36201234527")], "ns")

ad("ro028", S_RO, "Masaj de relaxare – Ildiko", "Ildiko", 41, "Oradea", "2026-09-28T08:00:00Z",
"""Masaj de relaxare si masaj terapeutic, cabinet autorizat. Vorbesc romana, maghiara si engleza.
Luni-vineri 9-19. 50 min 180 lei. {0}""",
[("+40 712 034 728", "+40712034728")], "")

ad("ro029", S_RO, "Ea te asteapta – Sorina", "Sorina", 24, "Esbjerg", "2026-09-29T18:00:00Z",
"""Sorina te asteapta in Esbjerg. Ea este o bruneta superba, 24 ani, 170 cm, foarte atenta cu domnii.
Poze verificate de echipa noastra. Contactati-ne pe WhatsApp: {0}""",
[("＋４０ ７１２ ０３４ ７２９", "+40712034729", "+40712034729")], "tp tr cc")

ad("ro030", S_RO, "Anca", "Anca", 28, "Vejle", "2026-09-29T12:00:00Z",
"""Anca, 28, Vejle. Relaxare si companie. {0}""",
[("+4️⃣0️⃣7️⃣1️⃣2️⃣0️⃣3️⃣4️⃣7️⃣3️⃣0️⃣", "+40712034730", "+40712034730")], "")

ad("ro031", S_RO, "Pentru domni tineri si mai in varsta", "Lavinia", 36, "Copenhaga", "2026-09-30T15:00:00Z",
"""Lavinia, 36 ani. Primesc domni tineri si mai in varsta, toti sunt bineveniti daca sunt politicosi.
Masaj, companie, o seara frumoasa. {0}""",
[("+40 712 034 731", "+40712034731")], "")

ad("ro032", S_RO, "Studenta tanara 20 ani", "Bianca", 20, "Aarhus", "2026-09-30T21:00:00Z",
"""Studenta tanara, 20 ani, Aarhus. Doar seara si in weekend. Sunt o fata simpla si zambitoare.
{0}""",
[("+40 712 03 47 32", "+40712034732")], "yt")

ad("ro033", S_RO, "Oferta completa Nicoleta", "Nicoleta", 29, "Copenhaga, Nørrebro", "2026-10-01T10:00:00Z",
"""Nicoleta, 29 ani, 167 cm, 56 kg, par saten.
Servicii: masaj de relaxare, masaj body, dus impreuna, dans, companie la cina, weekend.
Tarife:
30 min – 900 kr
1 ora – 1500 kr
2 ore – 2700 kr
Noapte – la telefon
Program L-D 12:00-02:00, cod postal 2200.
Tel {0}
------
Anunt publicat de utilizator. Site-ul nu raspunde pentru continutul anunturilor. Vizualizari: 1532 · ID 77410""",
[("0040 712 034 733", "+40712034733")], "")

ad("ro034", S_RO, "Turneu Danemarca – Iulia", "Iulia", 25, "Aarhus / Aalborg", "2026-10-01T07:00:00Z",
"""Turneu organizat de agentie: Iulia va fi in Aarhus 5-7 noiembrie si in Aalborg 8-10 noiembrie.
Programari doar prin agentie, ea nu raspunde la telefon. {0}""",
[("+40 712 034 734", "+40712034734")], "tp mv cc")

ad("ro035", S_RO, "Avem sofer – fetele vin la tine", None, None, "Copenhaga si imprejurimi", "2026-10-02T22:00:00Z",
"""Escort la domiciliu sau hotel: avem sofer care le duce pe fete oriunde in Sjaelland.
Alege din pozele de pe WhatsApp: blonde, brunete, roscate. Plata la sofer.
{0}""",
[("+40-7-12-03-sapte-trei-cinci", "+40712034735", "+40712034735")], "tp mp cc")

ad("ro036", S_RO, "Fete din Moldova si Ucraina", None, None, "Odense", "2026-10-02T11:00:00Z",
"""Fete din Moldova si Ucraina, noi in Odense. Sunt foarte frumoase si abia asteapta sa te cunoasca.
Scrie-ne pe Telegram sau suna: {0}""",
[("+40 712 034 736", "+40712034736")], "tp mp ns mv cc")

ad("ro037", S_RO, "Program non-stop, fetele lucreaza in ture", None, None, "Kobenhavn Vesterbro", "2026-10-03T04:00:00Z",
"""Deschis non-stop! Fetele lucreaza in ture, mereu sunt 2-3 disponibile.
Masaj, companie, relaxare. Intrarea prin curte. {0}""",
[("34 41 23 37", "+4534412337")], "tp mp 247 cc")

ad("ro038", S_RO, "Sunt o tanara de 21 de ani", "Delia", 21, "Herning", "2026-10-03T18:00:00Z",
"""Sunt o tânără de 21 de ani, proaspătă în Herning, dornică să cunosc domni educați.
Masaj, companie, cină. Discreție garantată. {0}""",
[("+40 712 034 738", "+40712034738")], "yt mv tr")

ad("ro039", S_RO, "Cu mine sau cu prietena mea", "Florina", 26, "Kolding", "2026-10-04T12:00:00Z",
"""Florina, 26. Poti veni la mine singura sau si cu prietena mea Adela (25), ne intelegem foarte bine 😉
Pret duo la telefon. {0}""",
[("+40 712 034 739", "+40712034739")], "mp cc")

ad("ro040", S_RO, "Elena", "Elena", 33, "Randers", "2026-10-04T09:00:00Z",
"""Elena, 33, Randers. Masaj si companie. Suna la {0}""",
[("0712 034 sapte patru zero", "+40712034740", "0712034740")], "")

ad("ro041", S_RO, "Gabriela", "Gabriela", 27, "Copenhaga", "2026-10-05T14:00:00Z",
"""Gabriela, 27, bruneta. Copenhaga, doar incall. Numar: {0}""",
[("+ 4 0 7 1 2 0 3 4 7 4 1", "+40712034741", "+40712034741")], "")

ad("ro042", S_RO, "Disponibila din 07.12", "Oana", 30, "Aarhus", "2026-10-05T10:00:00Z",
"""Oana, 30 ani. Disponibila din 07.12 pana pe 20.12, apoi plec acasa de sarbatori.
Tel {0} – sun inapoi daca nu raspund.""",
[("07.12.03.47.42", "+40712034742")], "mv")

ad("ro043", S_RO, "23 ani, 300 lei", "Teodora", 23, "Iasi", "2026-10-06T20:00:00Z",
"""Teodora 23 ani, 1h 300 lei, tel {0}, 165 cm, 52 kg, Iasi zona Copou. Nu raspund la mesaje.""",
[("0712 034 743", "+40712034743")], "")

ad("ro044", S_RO, "Sun-o pe Alexandra", "Alexandra", 22, "Copenhaga", "2026-10-06T16:00:00Z",
"""Sun-o pe Alexandra! 22 ani, tanara si frumoasa, tocmai a ajuns in Copenhaga.
Ea este disponibila de la 12 la 24. {0}""",
[("+40 sapteunudoi zerotreipatru saptepatrupatru", "+40712034744", "+40712034744")], "tp yt mv cc")

ad("ro045", S_RO, "Mesaje doar pe Telegram", "Maria", 24, "Aalborg", "2026-10-07T11:00:00Z",
"""Maria, 24. Mesaje doar pe Telegram, sefa raspunde si face programarile. Plata inainte.
Telegram: {0}""",
[("+40 712 034 745", "+40712034745")], "tp cc")

ad("ro046", S_RO, "Noi doua tinere romance", "Ema & Sara", None, "Horsens", "2026-10-07T19:00:00Z",
"""Noi doua, Ema si Sara, tinere romance de 19 si 21 de ani, va asteptam in Horsens. Doar zilele acestea!
Discretie si igiena garantate. {0}""",
[("+40 712 034 746", "+40712034746")], "mp yt ns mv tr cc")

ad("ro047", S_RO, "Doamna 44, caut prieten", "Lidia", 44, "Copenhaga", "2026-10-08T12:00:00Z",
"""Doamna 44 ani, romanca stabilita in Danemarca de 10 ani, caut un domn generos pentru intalniri ocazionale.
Sunt serioasa si discreta, astept acelasi lucru. {0}""",
[("+45 34 41 23 47", "+4534412347")], "tr")

ad("ro048", S_RO, "Adriana – masaj", "Adriana", 37, "Odense", "2026-10-08T09:00:00Z",
"""Adriana, 37, masaj de relaxare la mine acasa, Odense SØ. Doar cu programare, cu o ora inainte.
{0}""",
[("07 12 zero trei patru 748", "+40712034748", "0712034748")], "")

ad("ro049", S_RO, "Fetele de la Casa Rosie", None, None, "Aarhus", "2026-10-09T15:00:00Z",
"""Casa Rosie – cel mai bun loc din Aarhus! In fiecare zi alte fete, romance si bulgaroaice, zambitoare si curate.
Patronul raspunde la: {0}""",
[("+40 712 034 749", "+40712034749")], "tp mp ns tr cc")

ad("ro050", S_RO, "Cosmina – prima data", "Cosmina", 19, "Kolding", "2026-10-09T22:00:00Z",
"""E prima data cand Cosmina face asa ceva. Are 19 ani, e timida si foarte tanara.
Prietenul ei raspunde la telefon. {0}""",
[("+40 7 1 2 - zero 3 4 - 7 5 zero", "+40712034750", "+40712034750")], "tp yt cc")

ad("ro051", S_RO, "Avem fete noi", None, None, "Copenhaga", "2026-10-10T10:00:00Z",
"""Avem fete noi saptamana asta:
Sandra 20 · Mara 22 (din Moldova) · Bety 24 · Lili 21
Toate sunt in apartamentul nostru din Copenhaga pana duminica.
Tel {0}""",
[("+40 712 034 751", "+40712034751")], "tp mp ns mv cc")

ad("ro052", S_RO, "Irina – Bd. Tineretului", "Irina", 35, "Bucuresti, Bd. Tineretului", "2026-10-10T13:00:00Z",
"""Irina, 35 ani, primesc in apartament propriu pe Bd. Tineretului, langa metrou.
Masaj de relaxare si companie. Luni-vineri 11-21. {0}""",
[("0712 034 752", "+40712034752")], "")

ad("ro053", S_RO, "Tinere din Republica Moldova", None, None, "Aarhus / Odense", "2026-10-11T09:00:00Z",
"""Agentie serioasa va ofera companie cu tinere din Republica Moldova, 18-23 ani, vorbesc romana si rusa.
Poze reale, discretie garantata. Fetele se deplaseaza la hotel.
Suna: {0}""",
[("+40 . sapte unu doi . zero trei patru . sapte cinci trei", "+40712034753", "+40712034753")], "tp mp yt ns tr cc")

ad("ro054", S_RO, "Tanara 25 ani caut domn matur", "Alina", 25, "Cluj-Napoca", "2026-10-11T18:00:00Z",
"""Tanara draguta, 25 ani, caut domn matur si generos pentru o relatie discreta, eventual ajutor financiar.
Nu raspund la numere ascunse. {0}""",
[("0040 712 034 754", "+40712034754")], "yt tr")

ad("ro055", S_RO, "Unguroaice si romance", None, None, "Esbjerg", "2026-10-12T14:00:00Z",
"""Unguroaice si romance la masaj in Esbjerg – 3 fete in fiecare zi! Alege-o pe cea care iti place.
{0}""",
[("+36 20 123 4555", "+36201234555")], "tp mp ns cc")

ad("ro056", S_RO, "Latine fierbinti – 3 fete din Venezuela", None, None, "Copenhaga", "2026-10-12T21:00:00Z",
"""Latine fierbinti! 3 fete din Venezuela, pentru prima oara in Copenhaga. Ele danseaza, fac masaj si sunt foarte dragute.
Contact la manager: {0}""",
[("+34 612 34 56 56", "+34612345656")], "tp mp ns mv cc")

ad("ro057", S_RO, "Irina vorbeste dansk", "Irina", 31, "Aarhus", "2026-10-13T12:00:00Z",
"""Hej! Sunt Irina, 31, traiesc in Aarhus de 6 ani si vorbesc dansk lidt 😊 Masaj si companie, fara graba.
Ring / suna: {0}""",
[("34 41 23 57", "+4534412357")], "")

ad("ro058", S_RO, "Recenzii ⭐", "Georgiana", 29, "Copenhaga", "2026-10-13T17:00:00Z",
"""Georgiana, 29. Un client a scris: "E cea mai buna din Copenhaga, sunati-o fara grija! Ea chiar asculta." 🥰
Va multumesc tuturor! Ma gasiti la {0}""",
[("+40 712 034 758", "+40712034758")], "")

ad("ro059", S_RO, "Fata de la tara, 18 ani", "Ionela", 18, "Vejle", "2026-10-14T20:00:00Z",
"""Fata de la tara, 18 ani, naturala, fara experienta. Abia am venit in Danemarca.
Scrie-mi pe WhatsApp: {0}""",
[("+40 712 034 759", "+40712034759")], "yt mv cc")

ad("ro060", S_RO, "Reala, fara agentie", "Luminita", 34, "Odense", "2026-10-14T10:00:00Z",
"""Sunt 100% reala, fara agentie, fara intermediari. Poze facute de mine luna aceasta.
Luminita, 34, Odense. {0}""",
[("0040 712 034 760", "+40712034760")], "tr")

ad("ro061", S_RO, "Petra", "Petra", 26, "Kobenhavn", "2026-10-15T15:00:00Z",
"""Petra, 26, Kobenhavn S. Masaj si companie. {0} (O = zero)""",
[("+4O 7l2 O34 76l", "+40712034761", "+40712034761")], "")

ad("ro062", S_RO, "Vine si colega mea", "Madalina", 27, "Aalborg", "2026-10-15T11:00:00Z",
"""Madalina, 27. De luna viitoare vine si colega mea Antonia in Aalborg, puteti programa la amandoua.
{0}""",
[("+40 712 034 762", "+40712034762")], "mp cc")

ad("ro063", S_RO, "Echipa noastra de dansatoare", None, None, "Copenhaga", "2026-10-16T19:00:00Z",
"""Petreceri private si burlaci: echipa noastra de dansatoare vine la voi. Show 30 min 2500 kr / fata.
Dansatoarele sunt profesioniste si elegante.
Rezervari: {0}""",
[("+45 34 41 23 63", "+4534412363")], "tp mp cc")

ad("ro064", S_RO, "VIP 👑", "Sabina", 28, "Copenhaga", "2026-10-16T23:00:00Z",
"""VIP 👑 Sabina 28. 1h = 3👑 / 2h = 5👑 (👑 = 500 kr). Doar hotel.
{0}""",
[("+40 712 034 764", "+40712034764")], "em")

ad("ro065", S_RO, "Zona Piata Romana", "Carmen", 38, "Bucuresti, Piata Romana", "2026-10-17T10:00:00Z",
"""Carmen, 38 ani, zona Piata Romana. Apartament curat si discret, parcare.
Masaj, relaxare, companie. {0}""",
[("0712 034 765", "+40712034765")], "tr")

ad("ro066", S_RO, "Romanca adevarata", "Diana", 29, "Herning", "2026-10-17T13:00:00Z",
"""Romanca adevarata, Diana, 29 ani, ochi caprui si zambet sincer. Herning, doar la mine.
{0}""",
[("+40 / șapte unu doi / zero trei patru / șapte șase șase", "+40712034766", "+40712034766")], "ns")

ad("ro067", S_RO, "Fete tinere si proaspete la masaj", None, None, "Aarhus", "2026-10-18T09:00:00Z",
"""Fete tinere si proaspete la masaj, zilnic 10-24! Schimbam echipa in fiecare luni.
{0}""",
[("0040x712x034x767", "+40712034767", "+40712034767")], "tp mp yt mv cc")

ad("ro068", S_RO, "Nu sunt agentie", "Mihaela", 32, "Copenhaga", "2026-10-18T16:00:00Z",
"""Mihaela, 32. Nu sunt agentie si nu lucrez pentru nimeni. Suna-ma direct, raspund eu.
{0}""",
[("+40 712 034 768", "+40712034768")], "tr")

ad("ro069", S_RO, "Doua surori din Moldova", "Nadia & Olga", None, "Odense", "2026-10-19T20:00:00Z",
"""Doua surori din Moldova, Nadia si Olga, va asteapta in Odense. Ele sunt foarte apropiate si primesc impreuna.
Programarile le face matusa lor: {0}""",
[("+40 712 034 769", "+40712034769")], "tp mp ns cc")

ad("ro070", S_RO, "Cautam fete pentru Danemarca", None, None, "Romania / Danemarca", "2026-10-19T08:00:00Z",
"""Cautam fete tinere si dragute pentru lucru in Danemarca (masaj, companie). Cazare si transport asigurate de noi, castig zilnic.
Nu e nevoie de experienta sau de limba engleza. {0}""",
[("+40 712 034 770", "+40712034770")], "yt cc")

# --------------------------------------------------------------- Spanish ----
S_ES = "dulce-noche-test"

ad("es001", S_ES, "Escort independiente en Copenhague", "Lucía", 29, "Copenhague", "2026-09-10T10:00:00Z",
"""Hola, soy Lucía, escort independiente, 29 años. Discreta, elegante y profesional.
Cenas, eventos, masajes relajantes y tiempo de calidad. Trabajo sola, sin agencia.
Cita previa con 1 hora de antelación: {0}""",
[("+34 612 345 701", "+34612345701")], "tr")

ad("es002", S_ES, "Jovencita recién llegada 💕", "Yuli", 19, "Aarhus", "2026-09-10T21:00:00Z",
"""Jovencita colombiana recién llegada a Aarhus 💕 Tiene 19 añitos, es cariñosa y muy dulce.
Llámala, te espera en su apartamento del centro. {0}""",
[("+34 seis uno dos tres cuatro cinco siete cero dos", "+34612345702", "+34612345702")], "tp yt ns mv cc")

ad("es003", S_ES, "Chicas nuevas cada semana", None, None, "Madrid, Tetuán", "2026-09-11T09:00:00Z",
"""CHICAS NUEVAS CADA SEMANA 🔥 Latinas, españolas y europeas del este en un piso discreto de Tetuán.
Salidas a hotel y domicilio. Abierto 24 horas.
Información: {0}""",
[("+34 612 34 57 03", "+34612345703")], "tp mp ns mv 247 tr cc")

ad("es004", S_ES, "Mujer madura y elegante", "Pilar", 48, "Valencia", "2026-09-11T17:00:00Z",
"""Mujer madura, 48 años, elegante y con mucha conversación. Masajes relajantes y compañía.
Recibo en mi casa, zona Ruzafa. Hablo inglés y un poco de alemán. {0}""",
[("612 345 704", "+34612345704")], "")

ad("es005", S_ES, "Masaje tailandés y californiano", "Noi", 40, "Barcelona, Gràcia", "2026-09-12T10:00:00Z",
"""Masaje tailandés tradicional, masaje californiano y reflexología podal.
Centro con licencia, CIF B12345678. Lunes a sábado 10:00–20:00. 60 min 55 €.
Reservas: {0}""",
[("+34 612 34 57 05", "+34612345705")], "tr")

ad("es006", S_ES, "Somos dos amigas", "Vane y Cris", None, "Copenhague", "2026-09-12T20:00:00Z",
"""Somos dos amigas, Vane (26) y Cris (28), venezolanas, y estamos juntas en Copenhague 💃💃
Puedes vernos a las dos o a una sola. Hablamos español e inglés.
{0}""",
[("+34 612 345 706", "+34612345706")], "mp ns cc")

ad("es007", S_ES, "Ella es Camila", "Camila", 24, "Odense", "2026-09-13T15:00:00Z",
"""Ella es Camila, una brasileña de 24 años con una sonrisa preciosa. Le encantan los masajes y las cenas.
Escríbele por WhatsApp, su representante organiza las citas: {0}""",
[("+34 612 345 707", "+34612345707")], "tp ns cc")

ad("es008", S_ES, "Recién cumplidos 18", "Dayana", 18, "Aalborg", "2026-09-13T22:00:00Z",
"""Recién cumplidos los 18 🎂 Dayana, delgadita, carita de niña. Nueva en Aalborg solo por unos días.
{0}""",
[("+34 6l2 34 57 O8", "+34612345708", "+34612345708")], "yt mv cc")

ad("es009", S_ES, "Paola – opiniones", "Paola", 32, "Málaga", "2026-09-14T12:00:00Z",
"""Soy Paola, 32 años, Málaga centro. Lo que dicen de mí:
«Ella es un encanto, muy atenta, repetiré seguro» – Javi
«Llamadla, no os arrepentiréis, es tal cual las fotos» – Marc
¡Gracias chicos! Fotos 100% reales. {0}""",
[("+34 612 345 709", "+34612345709")], "tr")

ad("es010", S_ES, "Joven de espíritu", "Maite", 55, "Sevilla", "2026-09-14T09:00:00Z",
"""Maite, 55 años, joven de espíritu. Me encantan los jóvenes y los jubilados por igual, todos son bienvenidos 😊
Masajes y charla, sin prisas. {0}""",
[("+34 612 345 710", "+34612345710")], "")

ad("es011", S_ES, "Agencia Luna – nuestras chicas", None, None, "Copenhague / Malmö", "2026-09-15T10:00:00Z",
"""AGENCIA LUNA · Acompañantes de lujo en Escandinavia
Nuestras chicas:
Valeria, 23 – argentina, modelo
Abril, 20 – jovencita, estudiante
Sofía, 27 – española, bailarina
Ximena, 31 – mexicana, muy elegante
Reservas únicamente a través de la agencia. Seriedad y discreción.
{0}""",
[("+45 34 41 23 11", "+4534412311")], "tp mp yt ns tr cc")

ad("es012", S_ES, "Latina de paso por Aarhus", "Karla", 27, "Aarhus", "2026-09-15T18:00:00Z",
"""Latina de paso por Aarhus, solo hasta el domingo. Soy Karla, dominicana, 27 años, curvas y mucha simpatía.
{0}""",
[("+34 seis uno dos - tres cuatro cinco - siete uno dos", "+34612345712", "+34612345712")], "ns mv")

ad("es013", S_ES, "Inés", "Inés", 35, "Madrid", "2026-09-16T11:00:00Z",
"""Inés, 35, Madrid Chamberí. Masajes y compañía. Llámame de 11 a 22: {0}""",
[("612 34 57 13", "+34612345713")], "")

ad("es014", S_ES, "Piso con 5 señoritas", None, None, "Barcelona, Eixample", "2026-09-16T20:00:00Z",
"""Piso privado en el Eixample con 5 señoritas de diferentes nacionalidades. Todas jóvenes y guapísimas.
Ven sin cita, te presentamos a las chicas y eliges. 30 min 70 €, 1 h 120 €.
{0}""",
[("+34 612 345 714", "+34612345714")], "tp mp yt cc")

ad("es015", S_ES, "Sin protección", "Lorena", 26, "Copenhague", "2026-09-17T23:00:00Z",
"""Lorena, 26. Acepto también sin protección, consulta precio. Ella no habla inglés, escribe en español.
Cita con su amigo: {0}""",
[("+34 612 345 715", "+34612345715")], "tp rs cc")

ad("es016", S_ES, "Universitaria jovencita", "Sara", 21, "Granada", "2026-09-17T16:00:00Z",
"""Universitaria, 21 años, muy jovencita y natural. Solo tardes y fines de semana. Discreción absoluta.
{0}""",
[("seis doce treinta y cuatro cincuenta y siete dieciséis", "+34612345716", "612345716")], "yt tr")

ad("es017", S_ES, "Paraguaya Rocío", "Rocío", 30, "Odense", "2026-09-18T14:00:00Z",
"""Rocío, paraguaya, 30 años. Vivo en Odense desde hace 4 años. Masaje relajante y compañía agradable.
{0}""",
[("34 41 23 17", "+4534412317")], "ns")

ad("es018", S_ES, "Calle Colombia", "Nuria", 37, "Madrid, Chamartín", "2026-09-18T10:00:00Z",
"""Nuria, 37, española de Bilbao viviendo en Madrid. Te recibo en mi piso de la calle Colombia, muy cerca del metro.
Lunes a viernes de 10 a 21. {0}""",
[("612 345 718", "+34612345718")], "ns")

ad("es019", S_ES, "Llámala hoy – Fernanda", "Fernanda", 25, "Aarhus", "2026-09-19T12:00:00Z",
"""¡Llámala hoy! Fernanda, 25 años, ojos verdes, 1,65. La encontrarás en el centro de Aarhus hasta el martes.
Ella te atenderá con mucho cariño. {0}""",
[("+34 612 (llama) 345 719", "+34612345719", "+34612345719")], "tp mv cc")

ad("es020", S_ES, "Gira por Dinamarca", "Anabel", 28, "Copenhague / Aarhus / Aalborg", "2026-09-19T08:00:00Z",
"""Mi gira por Dinamarca este mes:
Copenhague 2–6 · Aarhus 7–10 · Aalborg 11–13
Organizo todo yo, puedes llamarme directamente. Anabel, 28, morena, 1,70.
{0}""",
[("+34 612 345 720", "+34612345720")], "mv")

ad("es021", S_ES, "Nuevas jovencitas en el club", None, None, "Copenhague Vesterbro", "2026-09-20T19:00:00Z",
"""Club Tropical: esta semana llegan nuevas jovencitas latinas. Barra, música y habitaciones privadas.
Abierto de jueves a domingo, 20:00–05:00. Entrada libre.
Reservas de mesa: {0}""",
[("+45 34 41 23 21", "+4534412321")], "tp mp yt ns mv cc")

ad("es022", S_ES, "Trabajo con una amiga", "Marisol", 31, "Aarhus", "2026-09-20T12:00:00Z",
"""Hola, soy Marisol, 31. Trabajo en un piso con una amiga, Daniela (29), y si quieres podemos atenderte juntas.
Masaje a cuatro manos. {0}""",
[("+34 612 345 722", "+34612345722")], "mp cc")

ad("es023", S_ES, "Bea – masajes", "Bea", 34, "Copenhague", "2026-09-21T10:00:00Z",
"""Bea, 34. Masajes relajantes en Copenhague. Hablo inglés y español. {0}""",
[("+34 612 345 723", "+34612345723")], "")

ad("es024", S_ES, "Asiática exótica", "Mei", 27, "Madrid, Usera", "2026-09-21T21:00:00Z",
"""Asiática exótica, 27 años, piel suave, muy dulce. Masajes con aceites y compañía. Usera, junto al metro.
{0}""",
[("seis-uno-dos-tres-cuatro-cinco-siete-dos-cuatro", "+34612345724", "612345724")], "ns")

ad("es025", S_ES, "Mi amiga contesta el teléfono", "Andrea", 26, "Odense", "2026-09-22T14:00:00Z",
"""Soy Andrea, 26. No hablo bien inglés, por eso mi amiga contesta el teléfono y me dice las citas. Los precios los pone ella.
{0}""",
[("+34 612 345 725", "+34612345725")], "cc")

ad("es026", S_ES, "Carolina", "Carolina", 30, "Valencia", "2026-09-22T11:00:00Z",
"""Carolina, 30, Valencia Benimaclet. Llama o escribe: {0}""",
[("６１２ ３４５ ７２６", "+34612345726", "612345726")], "")

ad("es027", S_ES, "Morena de ojos negros", "Gisela", 29, "Copenhague", "2026-09-23T17:00:00Z",
"""Morena de ojos negros, 29 años, simpática y cariñosa. Estoy en Copenhague todo el mes.
Mi número: {0}""",
[("cero cero tres cuatro seis uno dos tres cuatro cinco siete dos siete", "+34612345727", "0034612345727")], "")

ad("es028", S_ES, "Gira organizada – Valentina", "Valentina", 23, "Aalborg / Herning", "2026-09-23T08:00:00Z",
"""La agencia organiza la gira de Valentina por Jutlandia: Aalborg 3–5, Herning 6–8.
Ella es muy dulce y educada. Citas solo por la agencia: {0}""",
[("+34 612 345 728", "+34612345728")], "tp mv cc")

ad("es029", S_ES, "Casa Las Palmeras – plantilla", None, None, "Málaga, Teatinos", "2026-09-24T10:00:00Z",
"""Casa Las Palmeras – nuestra plantilla de hoy:
Yessica 22 · Daniela 25 · Brenda 28 · Luna 20 · Kiara 24
Servicio de bar, parking propio, aire acondicionado. Abierto de 11 a 4.
{0}""",
[("612 345 729", "+34612345729")], "tp mp cc")

ad("es030", S_ES, "Mulata cubana", "Yaneisy", 33, "Aarhus", "2026-09-24T20:00:00Z",
"""Mulata cubana, 33 años, alegre y cariñosa. Baile, masaje, compañía. Aarhus C.
{0}""",
[("+34 612 345 730", "+34612345730")], "ns")

ad("es031", S_ES, "Fresquita 20 añitos", "Nati", 20, "Copenhague", "2026-09-25T22:00:00Z",
"""fresquita 20 añitos 😇 nueva, tímida y natural. Solo hoteles. {0}""",
[("+34 6 1 2 . 3 4 5 . 7 3 1", "+34612345731", "+34612345731")], "yt mv")

ad("es032", S_ES, "42 y orgullosa", "Elena", 42, "Barcelona", "2026-09-26T12:00:00Z",
"""Tengo 42 años y no aparento menos, ni quiero. Mujer real, con curvas y experiencia.
Recibo en Sants. {0}""",
[("+34 612 345 732", "+34612345732")], "")

ad("es033", S_ES, "Rosas 🌹", "Jazmín", 27, "Copenhague", "2026-09-26T23:00:00Z",
"""Jazmín 27 · media hora 100 🌹 · una hora 180 🌹 · salida 250 🌹
🌹 = 10 kr. Solo hotel. {0}""",
[("+34 612 345 733", "+34612345733")], "em")

ad("es034", S_ES, "Española verificada ✔", "Marta", 30, "Copenhague", "2026-09-27T10:00:00Z",
"""Marta, española de Zaragoza, 30 años. Perfil verificado ✔ fotos actuales ✔ sin sorpresas ✔
Vivo en Copenhague y trabajo por mi cuenta. {0}""",
[("+45 34 41 23 34", "+4534412334")], "ns tr")

ad("es035", S_ES, "Disponible las 24h", "Shakira", 28, "Odense", "2026-09-27T04:00:00Z",
"""Disponible las 24h, mañana, tarde y noche. Shakira, 28, Odense. Salidas a hotel y domicilio.
{0}""",
[("+34 612 345 735", "+34612345735")], "247")

ad("es036", S_ES, "Te presentamos a Milagros", "Milagros", 26, "Aarhus", "2026-09-28T15:00:00Z",
"""Te presentamos a Milagros: 26 años, peruana, 1,60, pelo largo. Ella es la nueva incorporación de nuestro equipo.
Pide tu cita por WhatsApp: {0}""",
[("+34 612 345 736", "+34612345736")], "tp mp ns mv cc")

ad("es037", S_ES, "Gabi", "Gabi", 25, "Copenhague", "2026-09-28T11:00:00Z",
"""Gabi, 25, Copenhague S. {0}""",
[("+3-4-6-1-2-3-4-5-7-3-7", "+34612345737", "+34612345737")], "")

ad("es038", S_ES, "Sus fotos son reales", "Alejandra", 24, "Aalborg", "2026-09-29T19:00:00Z",
"""Alejandra tiene 24 años y sus fotos son 100% reales, verificadas por nosotros. Es tranquila, simpática y muy limpia.
Llámanos y te damos la dirección. {0}""",
[("+34 612 345 738", "+34612345738")], "tp tr cc")

ad("es039", S_ES, "Show de dúo con mi compañera", "Lola", 30, "Madrid", "2026-09-29T12:00:00Z",
"""Soy Lola, 30. Con mi compañera de piso hacemos show de dúo para despedidas y fiestas privadas.
Show 45 min 300 €. {0}""",
[("+34 612 345 739", "+34612345739")], "mp")

ad("es040", S_ES, "Chicas de 18 a 22 años", None, None, "Copenhague", "2026-09-30T20:00:00Z",
"""Chicas de 18 a 22 años, todas jóvenes y novatas, en un piso céntrico. Elige por fotos.
El encargado te responde por WhatsApp: {0}""",
[("más treinta y cuatro, seis uno dos tres cuatro cinco siete cuatro cero", "+34612345740", "+34612345740")], "tp mp yt cc")

ad("es041", S_ES, "Estudiante de 19", "Melany", 19, "Aarhus", "2026-10-01T17:00:00Z",
"""Estudiante de 19 años, muy joven y risueña. Quedo por las tardes después de clase. Discreta y limpia.
{0}""",
[("+34 612 345 741", "+34612345741")], "yt tr")

ad("es042", S_ES, "Argentina en Copenhague", "Florencia", 31, "Copenhague", "2026-10-01T11:00:00Z",
"""Argentina, Florencia, 31 años. Buena charla, mate y masajes 😄 Vivo aquí desde 2021.
{0}""",
[("+34 612 345 742", "+34612345742")], "ns")

ad("es043", S_ES, "Zona Plaza de la Juventud", "Amparo", 45, "Sevilla, Plaza de la Juventud", "2026-10-02T10:00:00Z",
"""Amparo, 45 años, recibo en piso particular junto a la Plaza de la Juventud. Masaje relajante, trato cercano.
Mañanas de 9 a 14. {0}""",
[("612 345 743", "+34612345743")], "")

ad("es044", S_ES, "Verónica – todo incluido", "Verónica", 33, "Copenhague, Østerbro", "2026-10-02T20:00:00Z",
"""VERÓNICA · 33 años · 1,68 · 58 kg · talla 38
Servicios: masaje relajante, masaje corporal, ducha juntos, baile, compañía para cenar, fines de semana.
Tarifas:
30 min ........ 900 kr
1 hora ........ 1500 kr
2 horas ....... 2800 kr
Noche ......... consultar
Horario: lunes a domingo de 12:00 a 02:00 · CP 2100
{0}
—
Anuncio publicado por el usuario. dulce-noche no se responsabiliza del contenido. Ref. 55123 · 2.311 visitas""",
[("+34 612 345 744", "+34612345744")], "")

ad("es045", S_ES, "Kiara", "Kiara", 22, "Aalborg", "2026-10-03T22:00:00Z",
"""Kiara 22 Aalborg 💋 {0}""",
[("+3️⃣4️⃣ 6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣7️⃣4️⃣5️⃣", "+34612345745", "+34612345745")], "")

ad("es046", S_ES, "Señorita nueva en Odense", "Daniela", 27, "Odense", "2026-10-03T13:00:00Z",
"""Señorita nueva en Odense, recién llegada de Madrid. Daniela, 27, elegante y simpática.
{0}""",
[("+34 612 345 746", "+34612345746")], "mv")

ad("es047", S_ES, "Nuevas compañeras", None, None, "Madrid, Salamanca", "2026-10-04T09:00:00Z",
"""En nuestro centro de masajes tenemos nuevas compañeras: jovencitas, guapas y muy profesionales.
Masaje con aceites, masaje a cuatro manos. Todos los días de 10 a 24.
{0}""",
[("+34 612-345-747", "+34612345747")], "tp mp yt mv tr cc")

ad("es048", S_ES, "Reservas con Don Carlos", "Luz", 22, "Copenhague", "2026-10-04T18:00:00Z",
"""Luz, 22 años, jovencita y preciosa. Para reservas hablar con Don Carlos, él organiza todo. No se aceptan llamadas de números ocultos.
{0}""",
[("seis uno dos, tres cuatro cinco, siete cuatro ocho", "+34612345748", "612345748")], "tp yt cc")

ad("es049", S_ES, "Hispana cariñosa", "Tatiana", 29, "Aarhus", "2026-10-05T12:00:00Z",
"""Hispana cariñosa, 29, ojos miel. Aarhus centro. Sin prisas, trato de novia.
{0}""",
[("+34 612 345 749", "+34612345749")], "ns")

ad("es050", S_ES, "Tres primas bolivianas", "Wendy, Jhoana y Mayra", None, "Copenhague", "2026-10-05T21:00:00Z",
"""Somos tres primas bolivianas, jóvenes y alegres, de 20, 21 y 24 años. Te atendemos juntas o por separado.
Llámanos: {0}""",
[("+34 612 345 750", "+34612345750")], "mp yt ns cc")

ad("es051", S_ES, "Muy jovencitas – piso privado", None, None, "Aarhus", "2026-10-06T10:00:00Z",
"""Piso privado con chicas muy jovencitas, nuevas cada lunes. Fotos por WhatsApp.
{0}""",
[("+34 6l2 345 75l", "+34612345751", "+34612345751")], "tp mp yt mv cc")

ad("es052", S_ES, "Hello guys, soy Dani", "Dani", 26, "Copenhague", "2026-10-06T16:00:00Z",
"""Hello guys! Soy Dani, 26, from Barcelona. Massage, dinner, good company. Hablo español, English and some dansk 😉
Clean, safe and discreet. {0}""",
[("+34 612 345 752", "+34612345752")], "tr")

ad("es053", S_ES, "Hej! soy Pamela", "Pamela", 32, "Aalborg", "2026-10-07T12:00:00Z",
"""Hej hej! Soy Pamela, 32, vivo en Aalborg hace 5 años. Massage og hygge, masajes y charla 😊
Ring til mig / llámame: {0}""",
[("34 41 23 53", "+4534412353")], "")

ad("es054", S_ES, "Niña traviesa de 20", "Michelle", 20, "Odense", "2026-10-07T23:00:00Z",
"""Soy una niña traviesa de 20 años, delgadita y juguetona. Solo salidas a hotel.
{0}""",
[("+34 612 345 754", "+34612345754")], "yt")

ad("es055", S_ES, "Sin experiencia, recién llegada", "Milena", 19, "Vejle", "2026-10-08T20:00:00Z",
"""Milena acaba de llegar a Dinamarca, tiene 19 años y no tiene experiencia. Es muy tímida.
Sus citas las gestiona su primo: {0}""",
[("+34 seis uno dos tres cuatro cinco siete cinco cinco", "+34612345755", "+34612345755")], "tp yt mv cc")

ad("es056", S_ES, "Sin agencia, sin intermediarios", "Rebeca", 36, "Madrid", "2026-10-08T10:00:00Z",
"""Rebeca, 36. Sin agencia, sin intermediarios, sin sorpresas: la que contesta soy yo y la que abre la puerta también.
Seriedad y puntualidad. {0}""",
[("+34 612 345 756", "+34612345756")], "tr")

ad("es057", S_ES, "Limpia y segura", "Noelia", 28, "Copenhague", "2026-10-09T13:00:00Z",
"""Noelia, 28. Habitación limpia y segura, sábanas nuevas para cada visita, higiene ante todo.
{0}""",
[("+34 612 345 757", "+34612345757")], "tr")

ad("es058", S_ES, "Citas 24h – chicas", None, None, "Copenhague", "2026-10-09T03:00:00Z",
"""Citas 24h con chicas guapas en Copenhague. Rubias, morenas, latinas y europeas. Salidas en 30 minutos.
{0}""",
[("+34 seis uno dos (tres cuatro cinco) siete cinco ocho", "+34612345758", "+34612345758")], "tp mp ns 247 cc")

ad("es059", S_ES, "Abuela no, madura sí", "Conchi", 58, "Valencia", "2026-10-10T10:00:00Z",
"""Conchi, 58 años. Madura, divertida y cariñosa. Hace 18 años que vivo en Valencia y 12 que hago masajes.
{0}""",
[("+34 612 345 759", "+34612345759")], "")

ad("es060", S_ES, "Lina – colombiana", "Lina", 25, "Aarhus", "2026-10-10T18:00:00Z",
"""Lina, 25, colombiana, joven y alegre. En Aarhus solo esta semana. Hablo inglés.
{0}""",
[("6 1 2 3 4 5 7 6 0", "+34612345760", "612345760")], "yt ns mv")

# ------------------------------------------- broken English / broken Danish ----
S_EN = "cph-companions-test"

ad("en001", S_EN, "NEW THAI LADY NOK", "Nok", 29, "Aarhus", "2026-11-01T10:00:00Z",
"""Hello sexy man 😊 I am Nok from Thailand, new in Aarhus this week. I give you thai massage with oil, body massage, relax time.
I am clean and safe, you can trust me. Open 11 - 23.
Call or sms {0}""",
[("+45 34 41 23 81", "+4534412381")], "ns mv tr")

ad("en002", S_EN, "Good Thai massage", "Ratana", 45, "Odense C", "2026-11-01T08:00:00Z",
"""Good traditional Thai massage, foot massage, back and shoulder. NO SEX NO EROTIC!! only real massage.
Open everyday 10-20. 1 hour 450 kr. I speak English, Thai and little Danish.
{0}""",
[("34 41 23 82", "+4534412382")], "")

ad("en003", S_EN, "Beautiful African girls", None, None, "Copenhagen", "2026-11-02T12:00:00Z",
"""We have beautiful African girls in Copenhagen, young and sweet, 19 to 24 years. They do massage and good company.
Please call our manager for booking, girls dont answer phone: {0}""",
[("+234 802 123 4503", "+2348021234503")], "tp mp yt ns cc")

ad("en004", S_EN, "Ebony queen Blessing", "Blessing", 27, "Copenhagen NV", "2026-11-02T20:00:00Z",
"""My name is Blessing, ebony queen 👑 27 years, big smile and soft skin. I am living in Copenhagen and I work alone.
Call me between 12pm to 11pm: {0}""",
[("+234 802 123 4504", "+2348021234504")], "ns tr")

ad("en005", S_EN, "Vesi from Bulgaria", "Vesi", 23, "Aalborg", "2026-11-03T15:00:00Z",
"""Hi, I am Vesi from Bulgaria, 23 year, young and fresh girl. I am in Aalborg only 5 days, please not lose time 😘
{0}""",
[("+359 43 012 305", "+35943012305")], "yt ns mv")

ad("en006", S_EN, "Hungarian girls – Budapest style", None, None, "Copenhagen / Malmö", "2026-11-03T09:00:00Z",
"""Hungarian girls Budapest style!! Three lady from Hungary: Zsófi, Niki, Kitti. They wait you in nice apartment.
Price same for every girl, 1500 kr/hour. Booking {0}""",
[("+36 20 123 4506", "+36201234506")], "tp mp ns cc")

ad("da001", S_EN, "Ny i byen – thai massage", "Lek", 35, "Esbjerg", "2026-11-04T11:00:00Z",
"""Hej! Jeg er ny i byen. Thai massage og olie massage, meget godt for ryg. Jeg snakker lidt dansk og engelsk.
Ring mig {0}""",
[("34 41 23 07", "+4534412307")], "mv")

ad("da002", S_EN, "Nye piger hver uge", None, None, "København", "2026-11-04T09:00:00Z",
"""Vi har nye piger hver uge!! Unge og søde piger fra Østeuropa, de er venter på dig i diskret lejlighed.
Ring til os, vi fortæller hvem er her i dag: {0}""",
[("tre fire fire en to tre nul otte", "+4534412308", "34412308")], "tp mp yt ns mv tr cc")

ad("en007", S_EN, "Very young and shy", "May", 19, "Vejle", "2026-11-05T19:00:00Z",
"""She is very young and shy, only 19, first time in Denmark. She not speak English, you call her friend.
{0}""",
[("plus six six, eight one, two three four, five six zero nine", "+66812345609", "+66812345609")], "tp yt mv cc")

ad("en008", S_EN, "Young at heart", "Margit", 51, "Copenhagen", "2026-11-05T10:00:00Z",
"""I am Margit, 51, young at heart and mature in mind. Massage and conversation, no rush.
{0}""",
[("34 41 23 10", "+4534412310")], "")

ad("en009", S_EN, "barely 18", "Kim", 18, "Odense", "2026-11-06T22:00:00Z",
"""barely 18 new girl 💕 small and cute. only outcall. {0}""",
[("+359 43 012 311", "+35943012311")], "yt mv cc")

ad("en010", S_EN, "Sweet teen Ploy", "Ploy", 19, "Aarhus", "2026-11-06T17:00:00Z",
"""Sweet teen Ploy from Bangkok, small body and nice smile. Booking with mamasan, she arrange time and price.
{0}""",
[("+66 81 234 5612", "+66812345612")], "tp yt ns cc")

ad("en011", S_EN, "Call me Joy", "Joy", 26, "Copenhagen", "2026-11-07T12:00:00Z",
"""Call me Joy, 26, friendly girl, massage and good time. My number {0}, only whatsapp.""",
[("+234 eight zero two one two three four five one three", "+2348021234513", "+2348021234513")], "")

ad("en012", S_EN, "Massage by Mali", "Mali", 33, "Aarhus", "2026-11-07T09:00:00Z",
"""Massage by Mali. Oil massage, relax massage, hot stone. Number: {0} (Thai number, whatsapp ok)""",
[("+66 8l 234 56l4", "+66812345614", "+66812345614")], "")

ad("en013", S_EN, "Nigerian lady in Aarhus", "Precious", 30, "Aarhus V", "2026-11-08T14:00:00Z",
"""Hello my dear, I am Precious, Nigerian lady 30 years. I am real person, real photo, no scam no fake, verified by site.
I do massage and keep company. {0}""",
[("+ 2 3 4 8 0 2 1 2 3 4 5 1 5", "+2348021234515", "+2348021234515")], "ns tr")

ad("en014", S_EN, "Booking through manager only", "Victoria", 22, "Copenhagen", "2026-11-08T18:00:00Z",
"""Victoria 22 years, model body, long hair. Incall and outcall. Booking through manager only, no direct contact with lady.
Manager: {0}""",
[("+36 20 123 4516", "+36201234516")], "tp cc")

ad("en015", S_EN, "Real & verified ✅", "Diana", 28, "Copenhagen", "2026-11-09T10:00:00Z",
"""✅ Real photos ✅ Verified ✅ Professional & discreet. I am Diana from Sofia, 28, independent, I choose my clients.
{0} – no withheld numbers""",
[("+359 43 012 317", "+35943012317")], "tr")

ad("en016", S_EN, "Always open 24/7", "Lin", 31, "Copenhagen Vesterbro", "2026-11-09T02:00:00Z",
"""Always open 24/7, night and day, weekend also. Lin 31, Asian lady, massage and relax.
{0}""",
[("34 41 23 18", "+4534412318")], "ns 247")

ad("en017", S_EN, "Everything possible", "Eva", 24, "Odense", "2026-11-10T21:00:00Z",
"""Eva 24, everything possible, also without protection for extra money. She come to your hotel, her driver bring her.
{0}""",
[("+359 43 012 319", "+35943012319")], "tp rs cc")

ad("en018", S_EN, "🍒 New cherry 🍒", "Fon", 20, "Aalborg", "2026-11-10T23:00:00Z",
"""🍒 new cherry girl 🍒 Fon 20, fresh from Pattaya. 🍒🍒 = 1 hour. Only tonight.
{0}""",
[("+66 81 234 5620", "+66812345620")], "yt ns mv em")

ad("da003", S_EN, "Rumænsk pige – ung og sød", "Ana", 22, "Odense", "2026-11-11T12:00:00Z",
"""Hej med dig! Jeg kommer fra Rumænien, jeg er 22 år, sød og ung pige. Jeg laver massage og hygge tid.
Jeg er ren og diskret. Ring {0}""",
[("+40 712 034 521", "+40712034521")], "yt ns tr")

ad("da004", S_EN, "Thai massage – ren og diskret", "Sunee", 42, "Roskilde", "2026-11-11T09:00:00Z",
"""Thai massage og olie massage i Roskilde. Ren og diskret sted, god parkering. Åben man-lør 10-20.
Ring til {0}""",
[("34 41 23 22", "+4534412322")], "tr")

ad("da005", S_EN, "Ring til hende", "Mira", 25, "Kolding", "2026-11-12T16:00:00Z",
"""Mira er 25 år og hun er ny i Kolding. Hun er meget smuk og sød. Ring til hende eller send sms, hun svar kun på engelsk.
{0}""",
[("+359 43 012 323", "+35943012323")], "tp mv cc")

ad("en019", S_EN, "Two friends from Bulgaria", "Niki & Geri", None, "Copenhagen", "2026-11-12T20:00:00Z",
"""We are two friends from Bulgaria, Niki and Geri, 24 and 26. You can meet one girl or both girls together 😘
{0}""",
[("+359 43 012 324", "+35943012324")], "mp ns cc")

ad("en020", S_EN, "Hungarian student", "Réka", 21, "Aarhus", "2026-11-13T17:00:00Z",
"""Hungarian student Réka, 21, fresh and natural, new in Aarhus for short time. I am discreet and clean.
{0}""",
[("+36 20 123 4525", "+36201234525")], "yt ns mv tr")

ad("en021", S_EN, "Ladies from Thailand", None, None, "Herning", "2026-11-13T10:00:00Z",
"""Ladies from Thailand, 4 lady every day in our massage house. All girl young, friendly and clean.
Open 10am - 12pm. {0}""",
[("+66 81 234 5626", "+66812345626")], "tp mp yt ns tr cc")

ad("en022", S_EN, "I speak English, Thai, little Danish", "Wan", 37, "Copenhagen", "2026-11-14T12:00:00Z",
"""I speak English, Thai and little bit Danish. I give Swedish massage and Thai massage, 1 hour 500 kr.
Monday to Saturday. {0}""",
[("34 41 23 27", "+4534412327")], "")

ad("en023", S_EN, "Ask for madam", "Gift", 23, "Copenhagen", "2026-11-14T22:00:00Z",
"""Gift 23 and Mercy 21, two fine young girls. Ask for madam, she will tell you price and address.
{0}""",
[("plus two three four, eight zero two, one two three, four five two eight", "+2348021234528", "+2348021234528")], "tp mp yt cc")

ad("en024", S_EN, "Our ladies on tour", None, None, "Aarhus / Aalborg / Odense", "2026-11-15T08:00:00Z",
"""Our ladies on tour in Denmark! Aarhus 17-19/11, Aalborg 20-22/11, Odense 23-25/11.
Each city different girls. Send us message with your date: {0}""",
[("+36 20 123 4529", "+36201234529")], "tp mp mv cc")

ad("en025", S_EN, "My friend come with me", "Lana", 26, "Esbjerg", "2026-11-15T15:00:00Z",
"""I am Lana, 26. My friend come with me to Esbjerg this week, she is also 26, we can do duo massage.
{0}""",
[("+359 43 012 330", "+35943012330")], "mp mv cc")

ad("en026", S_EN, "Call", "Noon", 28, "Copenhagen", "2026-11-16T13:00:00Z",
"""Noon 28, massage and relax. Call {0}""",
[("+6️⃣6️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣3️⃣1️⃣", "+66812345631", "+66812345631")], "")

ad("en027", S_EN, "Fresh flower 🌸", "Pim", 19, "Vejle", "2026-11-16T21:00:00Z",
"""Fresh flower 🌸 new girl 19 years old, very small and sweet, just arrive. Her auntie answer phone.
{0}""",
[("+66 81 234 5632", "+66812345632")], "tp yt mv cc")

ad("en028", S_EN, "Thank you for good review", "Linda", 32, "Aarhus", "2026-11-17T10:00:00Z",
"""I am Linda, 32. One customer write: "She is the best, she is so kind, call her you will be happy." Thank you my friend! 
I am working alone, no boss. {0}""",
[("+234 802 123 4533", "+2348021234533")], "tr")

ad("en029", S_EN, "Professional escort Kata", "Kata", 29, "Copenhagen", "2026-11-17T19:00:00Z",
"""Kata, 29, professional escort from Budapest. Clean, safe, discreet and reliable, always on time.
Dinner date, hotel, travel. {0}""",
[("+36 20 123 45 34", "+36201234534")], "ns tr")

ad("da006", S_EN, "Unge piger – ring nu", None, None, "Aalborg", "2026-11-18T11:00:00Z",
"""Unge piger i Aalborg, 18-23 år, alle nye. Ring nu og vælg din pige, vi har 5 på arbejde i dag.
{0}""",
[("3 4 4 1 2 3 3 5", "+4534412335", "34412335")], "tp mp yt mv cc")

ad("da007", S_EN, "Ung af sind", "Hanna", 49, "Vejle", "2026-11-18T09:00:00Z",
"""Hej, jeg er Hanna fra Ungarn, 49 år, ung af sind. Jeg laver afslappende massage og god snak. Ikke stress.
Ring {0}""",
[("+36 20 123 4537", "+36201234537")], "ns")

ad("en030", S_EN, "Sisters from Lagos", "Faith & Hope", None, "Copenhagen", "2026-11-19T20:00:00Z",
"""Two sisters from Lagos, very young, 19 and 20 years, we come Copenhagen with our uncle. He take all booking.
{0}""",
[("+234 802 123 4538", "+2348021234538")], "mp yt ns cc")

ad("en031", S_EN, "Safe and clean place", "Bua", 38, "Odense", "2026-11-19T10:00:00Z",
"""Safe and clean place, private room, shower. Body massage and relax, 1 hour 600 kr. I am trusted lady, many regular customer.
{0}""",
[("+66 eight one two three four five six three nine", "+66812345639", "+66812345639")], "tr")

ad("en032", S_EN, "New girls every week", None, None, "Copenhagen", "2026-11-20T12:00:00Z",
"""New girls every week in our studio!! This week: Ani (Bulgaria), Boby (Hungary), Tina (Thailand). All girls real photos, 100% genuine.
{0}""",
[("+359 43 012 340", "+35943012340")], "tp mp ns mv tr cc")

ad("da008", S_EN, "Diskret massage", "Joy", 34, "Horsens", "2026-11-20T15:00:00Z",
"""Diskret massage i Horsens. Jeg er pålidelig og ren, ægte billeder. Ring eller sms {0}""",
[("tre-fire fire-en to-tre fire-en", "+4534412341", "34412341")], "tr")

# ----------------------------------------------- more German and Polish ----
ad("de071", S_DE, "Girls-WG Kiel", None, None, "Kiel-Südfriedhof", "2026-11-07T12:00:00Z",
"""In unserer Girls-WG wohnen gerade vier junge Mädels, die sich auf deinen Besuch freuen: Lotta, Maja, Ivy und Zoe.
Ihr könnt euch eine aussuchen oder gleich zwei 😉 Besuche 12–24 Uhr.
{0}""",
[("+49 1512 3456771", "+4915123456771")], "tp mp yt cc")

ad("de072", S_DE, "Teeny-Traum Sina", "Sina", 18, "Hamburg-Bergedorf", "2026-11-07T20:00:00Z",
"""Teeny-Traum Sina, zarte 18, blond, 1,58. Nur diese Woche in Bergedorf. Ihr Fahrer bringt sie auch zu dir.
{0}""",
[("0049 151 2345 6772", "+4915123456772")], "tp yt mv cc")

ad("de073", S_DE, "Sicher & professionell", "Alexandra", 35, "Hamburg-Eppendorf", "2026-11-08T10:00:00Z",
"""Alexandra, 35. Bei mir bist du sicher aufgehoben: professionell, vertrauenswürdig und verschwiegen. Seit 8 Jahren treue Stammgäste.
Termine Mo–Fr 11–20 Uhr. {0}""",
[("+49 1512 3456773", "+4915123456773")], "tr")

ad("de074", S_DE, "Drei Kolleginnen – ein Team", "Jule, Pia & Nele", None, "Lübeck", "2026-11-08T15:00:00Z",
"""Wir sind ein Team aus drei Kolleginnen (27, 31, 34) und teilen uns eine schöne Wohnung in Lübeck.
Jede von uns arbeitet für sich, Termine bei der jeweiligen Dame. Sauber, seriös, zuverlässig.
Jule {0} · Pia {1}""",
[("0151 2345 6774", "+4915123456774"), ("0151 2345 6784", "+4915123456784")], "mp tr")

ad("de075", S_DE, "Junge Dame, gepflegt", "Carina", 21, "Bremen", "2026-11-09T19:00:00Z",
"""Junge Dame, 21, gepflegt und vertrauenswürdig, sucht nette Herren für Massage und gemeinsame Abende.
{0}""",
[("0151 2345 67 sieben fünf", "+4915123456775", "015123456775")], "yt tr")

ad("de076", S_DE, "Unsere Damen-Galerie", None, None, "Flensburg", "2026-11-09T09:00:00Z",
"""Unsere Damen-Galerie diese Woche:
Jana 24 – sportlich
Pia 20 – unsere Jüngste, ganz neu dabei
Oxana 29 – kurvig
Rita 36 – erfahren
Terminvergabe durch das Team: {0}""",
[("+49 151 2345 6776", "+4915123456776")], "tp mp yt mv cc")

ad("de077", S_DE, "Doppeltermin möglich", "Kerstin", 40, "Cuxhaven", "2026-11-10T11:00:00Z",
"""Kerstin, 40, 100% privat, keine Agentur. Massage, Kuscheln, Gespräche.
Auf Wunsch Doppeltermin mit meiner Kollegin Britta möglich.
{0}""",
[("+49 1512 3456777", "+4915123456777")], "mp tr cc")

ad("de078", S_DE, "zarte 19", "Melina", 19, "Flensburg", "2026-11-10T22:00:00Z",
"""zarte 19, Melina, Studentin, ganz neu hier. Nur Hotel. {0}""",
[("+49 EINSfünfEINSzweiDREIvierFÜNFsechsSIEBENachtACHT", "+4915123456788", "+4915123456788")], "yt mv")

ad("de079", S_DE, "Hostessen-Service Hanse", None, None, "Hamburg / Kopenhagen", "2026-11-11T10:00:00Z",
"""HOSTESSEN-SERVICE HANSE – unsere Hostessen begleiten Sie zu Messen, Dinner und Events in Hamburg und Kopenhagen.
Alle Damen mehrsprachig, stilvoll und absolut verschwiegen. Professionelle Vermittlung seit 2008.
Anfragen über unser Büro: {0}""",
[("+49 151 2345 6779", "+4915123456779")], "tp mp tr cc")

ad("de080", S_DE, "Studentinnen-Treff", None, None, "Kiel", "2026-11-11T18:00:00Z",
"""Studentinnen-Treff Kiel: junge Frauen zwischen 19 und 23, die sich etwas dazuverdienen. Wir vermitteln diskrete Treffen.
Tel. {0}""",
[("0151.2345.67.acht.null", "+4915123456780", "015123456780")], "tp mp yt tr cc")

ad("pl071", S_PL, "Salon Róża – 6 masażystek", None, None, "Kopenhaga Nørrebro", "2026-10-25T10:00:00Z",
"""Salon Róża zaprasza! U nas pracuje 6 masażystek – młode, zadbane, uśmiechnięte. Pełna higiena i dyskrecja.
Codziennie 10–02. {0}""",
[("+45 34 41 23 71", "+4534412371")], "tp mp yt tr cc")

ad("pl072", S_PL, "Dziewczyny z naszego zespołu", None, None, "Aarhus", "2026-10-25T16:00:00Z",
"""Dziewczyny z naszego zespołu czekają: Kamila, Oliwia i Basia. Każda przyjmuje w osobnym pokoju.
Numer do recepcji: {0}""",
[("+48 pięć jeden dwa, trzy cztery pięć, sześć siedem dwa", "+48512345672", "+48512345672")], "tp mp cc")

ad("pl073", S_PL, "Młodziutka Ukrainka, 20", "Dasha", 20, "Kopenhaga", "2026-10-26T12:00:00Z",
"""Jestem Dasha, młodziutka Ukrainka, mam 20 lat. Zdjęcia autentyczne, robione w tym tygodniu.
Zapraszam do mnie na Amager. {0}""",
[("+48 512 345 673", "+48512345673")], "yt ns tr")

ad("pl074", S_PL, "Ekipa trzech koleżanek", "Ala, Ula i Ela", None, "Odense", "2026-10-26T19:00:00Z",
"""Jesteśmy ekipą trzech koleżanek, młode, wesołe i sprawdzone przez stałych klientów 😊 Przyjmujemy w Odense, razem lub osobno.
{0}""",
[("+48 512 345 674", "+48512345674")], "mp yt tr cc")

ad("pl075", S_PL, "Gwarancja dyskrecji", "Teresa", 42, "Aalborg", "2026-10-27T09:00:00Z",
"""Gwarancja dyskrecji i spokoju. Teresa, 42, przyjmuję w domu z osobnym wejściem. Nikt nie zobaczy, nikt się nie dowie.
{0}""",
[("+48 pięć jeden dwa trzy cztery pięć sześć siedem pięć", "+48512345675", "+48512345675")], "tr")

ad("pl076", S_PL, "18-stka Ola", "Ola", 18, "Vejle", "2026-10-27T21:00:00Z",
"""Ola, świeża 18-stka, pierwszy tydzień w Danii. Umawia ją jej kuzyn, dzwoń do niego: {0}""",
[("512~345~676", "+48512345676", "512345676")], "tp yt mv cc")

ad("pl077", S_PL, "Zaufana i polecana", "Dorota", 37, "Kopenhaga", "2026-10-28T11:00:00Z",
"""Dorota, 37. Zaufana, polecana przez stałych gości, zawsze punktualna i słowna. Zapraszam do Valby.
{0}""",
[("+48 512 345 677", "+48512345677")], "tr")

ad("pl078", S_PL, "Wybierz jedną z naszych pań", None, None, "Aarhus", "2026-10-28T15:00:00Z",
"""Wybierz jedną z naszych pań! Ponad 10 kobiet w bazie, wszystkie zweryfikowane i dyskretne. Dojazd do hotelu w 40 minut.
{0}""",
[("+48 512 345 678", "+48512345678")], "tp mp tr cc")

ad("pl079", S_PL, "Młoda mama", "Kasia", 24, "Horsens", "2026-10-29T10:00:00Z",
"""Młoda mama, 24 lata, dorabiam wieczorami. Masaż, rozmowa, czułość. Tylko u mnie w Horsens.
{0}""",
[("+48 512 345 679", "+48512345679")], "yt")

ad("pl080", S_PL, "Dwie studentki", "Marta & Natalia", None, "Kopenhaga", "2026-10-29T20:00:00Z",
"""Dwie studentki, młode i naturalne, 20 i 21 lat. Spotykamy się razem albo osobno, zawsze dyskretnie i bezpiecznie.
{0}""",
[("+ 4 8 5 1 2 3 4 5 6 8 0", "+48512345680", "+48512345680")], "mp yt tr cc")


# ------------------------------------------------------------- validation ----
CODES = {"tp": "third_person", "mp": "multiple_persons", "yt": "youth_terms",
         "ns": "nationality_stated", "mv": "movement_terms",
         "247": "available_24_7", "rs": "risky_services", "em": "emoji_codes",
         "tr": "trustworthy_language", "cc": "concerning"}
LABEL_ORDER = ["obfuscated_phone", "third_person", "multiple_persons",
               "youth_terms", "nationality_stated", "movement_terms",
               "available_24_7", "risky_services", "emoji_codes",
               "trustworthy_language", "concerning"]
LANGS = {"de", "pl", "ro", "es", "en", "da"}


def fail(msg):
    sys.exit("make_corpus_e: ERROR: " + msg)


def check_phone(ad_id, entry):
    if len(entry) == 2:
        written, e164 = entry
        dial, disguised = written, False
    elif len(entry) == 3:
        written, e164, dial = entry
        disguised = True
    else:
        fail("%s: bad phone entry %r" % (ad_id, entry))
    try:
        target = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as e:
        fail("%s: label %s does not parse: %s" % (ad_id, e164, e))
    if not phonenumbers.is_valid_number(target):
        fail("%s: label %s is not a valid number" % (ad_id, e164))
    if phonenumbers.format_number(target, phonenumbers.PhoneNumberFormat.E164) != e164:
        fail("%s: label %s is not in E.164 form" % (ad_id, e164))
    region = phonenumbers.region_code_for_number(target)
    try:
        num = phonenumbers.parse(dial, region)
    except phonenumbers.NumberParseException as e:
        fail("%s: %r does not parse in region %s: %s" % (ad_id, dial, region, e))
    if not phonenumbers.is_valid_number(num):
        fail("%s: %r (region %s) is not a valid number" % (ad_id, dial, region))
    got = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if got != e164:
        fail("%s: %r parses to %s but the label says %s" % (ad_id, dial, got, e164))
    if disguised:
        # the dialable form must be digits only, and the written form must not
        # be a plain number already
        if not dial.lstrip("+").isdigit():
            fail("%s: dialable form %r must be digits only" % (ad_id, dial))
        body = re.sub(r"^(\+|00)[0-9]{1,3}[\s.\-/]*", "", written.strip())
        groups = re.split(r"[\s.\-/()+]+", body)
        if (re.fullmatch(r"[0-9 \s.\-/()+]+", body)
                and not all(len(g) <= 1 for g in groups if g)):
            fail("%s: %r is marked obfuscated but is a plain number" % (ad_id, written))
    return written, e164, disguised


def build():
    seen_ids, out = set(), []
    for a in ADS:
        aid = a["id"]
        if aid in seen_ids:
            fail("duplicate id " + aid)
        seen_ids.add(aid)
        lang = aid[:2]
        if lang not in LANGS:
            fail("%s: unknown language prefix" % aid)
        text = a["text"]
        phones, disguised = [], []
        for i, entry in enumerate(a["ph"]):
            written, e164, dis = check_phone(aid, entry)
            key = "{%d}" % i
            if key not in text:
                fail("%s: placeholder %s missing from text" % (aid, key))
            text = text.replace(key, written)
            if e164 not in phones:
                phones.append(e164)
            if dis and e164 not in disguised:
                disguised.append(e164)
        if "{" in text and "}" in text and any("{%d}" % i in text for i in range(10)):
            fail("%s: unused placeholder in text" % aid)
        flags = a["L"].split()
        for f in flags:
            if f not in CODES:
                fail("%s: unknown label code %r" % (aid, f))
        labels = {"id": "e-" + aid, "lang": lang, "phones": phones,
                  "disguised_phones": disguised,
                  "obfuscated_phone": bool(disguised)}
        for code, name in CODES.items():
            labels[name] = code in flags
        labels = {k: labels[k] for k in
                  ["id", "lang", "phones", "disguised_phones"] + LABEL_ORDER}
        lang_path = lang
        out.append({
            "url": "https://example.invalid/%s/%s/e-%s" % (a["site"], lang_path, aid),
            "site": a["site"], "text": text, "title": a["title"],
            "name": a["name"], "age": a["age"], "location": a["loc"],
            "posted_at": a["at"], "labels": labels})
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 make_corpus_e.py OUT.jsonl")
    rows = build()
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(rows)
    print("wrote %d ads to %s" % (n, sys.argv[1]))
    by_lang = {}
    for r in rows:
        by_lang[r["labels"]["lang"]] = by_lang.get(r["labels"]["lang"], 0) + 1
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(by_lang.items())))
    print("ads with phones: %d, phones total: %d, disguised phones: %d" % (
        sum(1 for r in rows if r["labels"]["phones"]),
        sum(len(r["labels"]["phones"]) for r in rows),
        sum(len(r["labels"]["disguised_phones"]) for r in rows)))
    print("positives per label:")
    for name in LABEL_ORDER:
        k = sum(1 for r in rows if r["labels"][name])
        print("  %-22s %4d  (%.0f%%)" % (name, k, 100.0 * k / n))


if __name__ == "__main__":
    main()
