#!/usr/bin/env python3
"""Blind corpus H for adscreen: hand-written, non-explicit ads in eight languages.
Every ad is a literal A(...) call below. Run: python3 make_corpus_h.py corpus_h.jsonl
Needs phonenumbers (tested with 9.0.43)."""
import sys, json, re, datetime
import phonenumbers as P
from phonenumbers import PhoneNumberType as PT, Leniency

LANGS = ["da", "nb", "sv", "en", "de", "pl", "ro", "es"]
LANG_REGION = {"da": "DK", "nb": "NO", "sv": "SE", "en": "GB", "de": "DE",
               "pl": "PL", "ro": "RO", "es": "ES"}
FLAGS = {"tp": "third_person", "mp": "multiple_persons", "yt": "youth_terms",
         "nat": "nationality_stated", "mv": "movement_terms", "247": "available_24_7",
         "rs": "risky_services", "em": "emoji_codes", "tr": "trustworthy_language",
         "c": "concerning"}
LABEL_ORDER = ["obfuscated_phone", "third_person", "multiple_persons", "youth_terms",
               "nationality_stated", "movement_terms", "available_24_7", "risky_services",
               "emoji_codes", "trustworthy_language", "concerning"]

# Site boilerplate. Same text repeated over all of a site's ads that set hd=/ft=.
HD = {
 "skovsoe-test": {
   "da": "Vi bruger cookies til at huske dit login. [Accepter] [Afvis]\nDenne side er kun for voksne over 18 år. Er du over 18? [JA] [NEJ]\n",
   "nb": "Vi bruker informasjonskapsler. [Godta alle] [Bare nødvendige]\nKun for voksne. Bekreft at du er over 18 år. [Ja] [Nei]\n",
   "sv": "Vi använder kakor för att sidan ska fungera. [Godkänn] [Neka]\nEndast för vuxna. Är du över 18 år? [JA] [NEJ]\n"},
 "nachtkompas-test": {
   "en": "COOKIES: we use cookies to keep you logged in. [OK] [Settings]\nADULTS ONLY - by entering you confirm you are 18 or older.\n"},
 "stille-massage-demo": {
   "en": "This site uses cookies. [Accept]\n", "da": "Siden bruger cookies. [OK]\n",
   "nb": "Nettstedet bruker cookies. [OK]\n", "sv": "Sidan använder cookies. [OK]\n",
   "de": "Diese Seite verwendet Cookies. [OK]\n", "pl": "Strona używa plików cookie. [OK]\n",
   "ro": "Site-ul foloseste cookie-uri. [OK]\n", "es": "Este sitio usa cookies. [Aceptar]\n"},
 "laternenweg-test": {
   "de": "Cookie-Hinweis: Wir verwenden technisch notwendige Cookies. [Alle akzeptieren] [Ablehnen]\nAltersprüfung: Zutritt nur für Erwachsene ab 18 Jahren. [Ich bin volljährig]\n"},
 "wieczorem-demo": {
   "pl": "Ta strona używa ciasteczek. [Zgadzam się] [Ustawienia]\nTylko dla pełnoletnich. Czy masz ukończone 18 lat? [TAK] [NIE]\n"},
 "licurici-test": {
   "ro": "Acest site foloseste cookie-uri. [Accept] [Refuz]\nDoar pentru adulti. Confirm ca am peste 18 ani. [DA] [NU]\n"},
 "farolillo-demo": {
   "es": "Usamos cookies propias y de terceros. [Aceptar] [Configurar]\nSolo para mayores de 18 años. ¿Eres mayor de edad? [SÍ] [NO]\n"},
 "annonceraspeil-test": {
   "en": "[Copied listing] This page collects public ads from other sites. Cookies are used for statistics. [OK]\n"},
 "kvartersnak-forum-demo": {
   "en": "Forum > Board: Nyt i byen / New in town > Thread\n", "da": "Forum > Nyt i byen > Tråd\n",
   "nb": "Forum > Ny i byen > Tråd\n", "sv": "Forum > Ny i stan > Tråd\n"},
}
FT = {
 "skovsoe-test": {
   "da": "\n---\nAnmeld denne annonce | Alle annoncører bekræfter at være fyldt 18 år og annoncere frivilligt. | Handelsbetingelser | Privatlivspolitik © Skovsø Annoncer",
   "nb": "\n---\nRapporter annonsen | Alle annonsører bekrefter at de er over 18 og annonserer frivillig. | Vilkår | Personvern © Skovsø Annonser",
   "sv": "\n---\nAnmäl annonsen | Alla annonsörer intygar att de är över 18 och annonserar frivilligt. | Villkor | Integritet © Skovsö Annonser"},
 "nachtkompas-test": {
   "en": "\n---\nReport this ad | All advertisers are verified adults acting independently. Nachtkompas is a listing platform only and takes no part in any meeting. | Terms | Privacy"},
 "stille-massage-demo": {
   "en": "\n-- Report ad | Terms | stille-massage.example", "da": "\n-- Anmeld | Vilkår | stille-massage.example",
   "nb": "\n-- Rapporter | Vilkår | stille-massage.example", "sv": "\n-- Anmäl | Villkor | stille-massage.example",
   "de": "\n-- Anzeige melden | AGB | stille-massage.example", "pl": "\n-- Zgłoś | Regulamin | stille-massage.example",
   "ro": "\n-- Raporteaza | Termeni | stille-massage.example", "es": "\n-- Denunciar | Términos | stille-massage.example"},
 "laternenweg-test": {
   "de": "\n---\nAnzeige melden | Impressum | Datenschutz | Alle Inserentinnen haben ihre Volljährigkeit bestätigt und inserieren freiwillig."},
 "wieczorem-demo": {
   "pl": "\n---\nZgłoś ogłoszenie | Regulamin | Polityka prywatności | Ogłoszeniodawcy potwierdzają pełnoletność."},
 "licurici-test": {
   "ro": "\n---\nRaporteaza anuntul | Termeni si conditii | Toti cei care posteaza confirma ca sunt majori."},
 "farolillo-demo": {
   "es": "\n---\nDenunciar anuncio | Aviso legal | Política de privacidad | Todos los anunciantes declaran ser mayores de edad."},
 "annonceraspeil-test": {
   "en": "\n---\nSource: public listing. Report this ad | Remove my ad | Terms"},
 "kvartersnak-forum-demo": {
   "en": "\n-- Reply | Quote | Report post", "da": "\n-- Svar | Citér | Anmeld indlæg",
   "nb": "\n-- Svar | Siter | Rapporter", "sv": "\n-- Svara | Citera | Anmäl inlägg"},
}
SITES = set(HD)

def die(i, msg):
    sys.stderr.write("make_corpus_h.py: ERROR: %s: %s\n" % (i, msg)); sys.exit(1)

ADS = []
_count = {l: 0 for l in LANGS}

def A(lang, site, text, title=None, name=None, age=None, loc=None, ph=(), dis=(), f="",
      hd=False, ft=False, share=None, ign=()):
    if lang not in LANGS: die("?", "unknown lang %r" % lang)
    _count[lang] += 1
    i = "h-%s%03d" % (lang, _count[lang])
    if site not in SITES: die(i, "unknown site %r" % site)
    if hd: text = HD[site].get(lang, HD[site].get("en", "")) + text
    if ft: text = text + FT[site].get(lang, FT[site].get("en", ""))
    codes = f.split()
    for c in codes:
        if c not in FLAGS: die(i, "unknown flag code %r" % c)
    ADS.append(dict(id=i, lang=lang, site=site, text=text, title=title, name=name, age=age,
                    loc=loc, ph=list(ph), dis=list(dis), codes=codes, share=share, ign=list(ign)))

# =========================================================================== da
A("da", "skovsoe-test", "Hej, det er Sanne 🙂 Afslappende massage i Vejle centrum, ring 34 41 21 01 efter kl. 12, ikke søndag.",
  "Sanne – massage Vejle", "Sanne", 44, "Vejle", ph=["+4534412101"])
A("da", "skovsoe-test", "Jeg hedder Line, og jeg er 19 år. Jeg læser ved siden af og tager kun imod få aftaler om ugen, så skriv gerne i god tid. Rolig lejlighed på Frederiksberg, parkering i gården. Sms: 3441 2102",
  "Line, Frederiksberg", "Line", 19, "Frederiksberg", ph=["+4534412102"], hd=True, ft=True)
A("da", "stille-massage-demo", "Nye billeder, ny hjemmeside og nyt år på vej! Samme rolige mig, samme adresse i Odense C som de sidste seks år. Jeg rundede 40 i sommer og har aldrig haft det bedre. Tidsbestilling på +45 34 41 21 03.",
  "Nye billeder – Odense C", "Karina", 40, "Odense", ph=["+4534412103"], hd=True, ft=True)
A("da", "stille-massage-demo", "Hos mig venter der frisk kaffe, friske håndklæder og en stue med udsigt over haven. Klassisk massage i Roskilde, 60 eller 90 min. Ring eller skriv 34-41-21-04.",
  "Frisk kaffe og ro i Roskilde", "Birthe", 52, "Roskilde", ph=["+4534412104"])
A("da", "skovsoe-test", "Jeg taler dansk, engelsk og lidt tysk, så turister er også velkomne. Ring til Helle på 34 41 21 05 – jeg tager telefonen selv, også om aftenen.",
  "Helle i Kbh – taler også engelsk", "Helle", 36, "Kbh", ph=["+4534412105"], ft=True)
A("da", "skovsoe-test", "Min mor er fra Salvador, min far fra Esbjerg, og jeg er lidt af begge dele: halvt brasiliansk temperament, halvt dansk ro. Jeg har boet i Aarhus i tolv år. Hyggeligt selskab til middag eller en gåtur. 34412106",
  "Halvt brasiliansk, helt mig selv", "Luiza", 33, "Aarhus", ph=["+4534412106"], f="nat")
A("da", "skovsoe-test", "Jeg tager selv en lille tur nordpå og er i Aalborg fra torsdag til lørdag. Jeg har booket mit eget hotel, så skriv en sms med tidspunkt: (+45) 3441 2107. Bagefter er jeg hjemme i Kolding igen.",
  "Aalborg torsdag-lørdag", "Pernille", 38, "Aalborg", ph=["+4534412107"], f="mv")
A("da", "skovsoe-test", "Vi er Mette og Jens, et par fra Sjælland på 38 og 41 år. Vi skriver annoncen sammen og svarer begge to. Selskab, middage, en hyggelig aften i godt selskab. Mette: 34 41 21 08",
  "Par fra Sjælland", "Mette & Jens", None, "Roskilde", ph=["+4534412108"])
A("da", "stille-massage-demo", "Min veninde Tina sagde engang: \"Du har de roligste hænder, jeg kender – det burde du lave noget ud af.\" Så nu gør jeg det. Zoneterapi og massage i Randers. 34 41 21 09",
  "Anbefalet af en veninde", "Dorthe", 47, "Randers", ph=["+4534412109"], hd=True, ft=True)
A("da", "skovsoe-test", "Velkommen til min lille annonce. Jeg er en moden kvinde med humor, der sætter pris på gode samtaler. Jeg tager imod i Esbjerg, hverdage 10-18. Skriv først, så ringer jeg op: 34 41 21 10",
  "Moden kvinde i Esbjerg", "Susanne", 49, "Esbjerg", ph=["+4534412110"], hd=True, ft=True)
A("da", "skovsoe-test", "Hej, jeg er Mia, 34. Jeg har min egen lille lejlighed på Nørrebro og bestemmer selv mine tider. Jeg svarer på sms, ikke på skjulte numre. Mia: 34 41 21 11",
  "Mia, Nørrebro", "Mia", 34, "København", ph=["+4534412111"], share="da-mia")
A("da", "annonceraspeil-test", "Mia er 34 og har netop fået plads hos os. Hun tager imod på Nørrebro, og vi sørger for alle aftaler, så du skal bare skrive til os på tre-fire, fire-en, to-en, en-en.",
  "MIA – Nørrebro (kopi)", "Mia", 34, "Copenhagen", ph=["+4534412111"], dis=["+4534412111"], f="tp c", hd=True, ft=True, share="da-mia")
A("da", "skovsoe-test", "Ingen tal her, siden fjerner dem. Ring: tre fire – fire en – to en – en tre. Jeg hedder Nina og tager imod i Kolding.",
  "Nina Kolding", "Nina", 41, "Kolding", ph=["+4534412113"], dis=["+4534412113"])
A("da", "stille-massage-demo", "Klassisk og sportsmassage hos Anette i Herning. Tlf: 34 4l 2l l4 (sms ok).",
  "Sportsmassage Herning", "Anette", 45, "Herning", ph=["+4534412114"], dis=["+4534412114"])
A("da", "skovsoe-test", "Rolig aften i Svendborg? Ring til Lotte: 3 4 4 1 2 1 1 5. Jeg tager kun imod voksne, seriøse herrer.",
  "Lotte, Svendborg", "Lotte", 43, "Svendborg", ph=["+4534412115"])
A("da", "skovsoe-test", "JEG ER HELT SELVSTÆNDIG. INGEN AGENT, INGEN CHAUFFØR, INGEN MELLEMMAND. JEG SVARER SELV PÅ 34 41 21 16. DISKRET LEJLIGHED I ÅRHUS C.",
  "SELVSTÆNDIG I ÅRHUS", "Camilla", 37, "Århus", ph=["+4534412116"], f="tr")
A("da", "stille-massage-demo", "🌸☕️🌿 Velvære og afslapning i Kobenhavn S 🌿☕️🌸 Varmt lokale, stille musik. Ring til Rikke 🌸 34 41 21 17",
  "🌸 Velvære 🌸", "Rikke", 39, "Kobenhavn", ph=["+4534412117"])
A("da", "skovsoe-test", "Bare så det er sagt: jeg har IKKE åbent døgnet rundt. Man kan ringe mellem 11 og 20, og jeg holder fri om søndagen. Gitte, Næstved, 34 41 21 18.",
  "Gitte – faste tider", "Gitte", 46, "Næstved", ph=["+4534412118"])
A("da", "skovsoe-test", "Tryghed for os begge er vigtigt for mig. Det er altid med beskyttelse, uden diskussion. Hanne, Vejle, 34 41 21 19",
  "Hanne – tryghed først", "Hanne", 42, "Vejle", ph=["+4534412119"])
A("da", "skovsoe-test", "Vi er to veninder, Sofie og Maja, som har lejet et lokale sammen i Aarhus N. Vi laver hver vores aftaler og svarer begge selv. Sofie: 34 41 21 20, Maja: 34 41 21 70",
  "To veninder i Aarhus", "Sofie & Maja", None, "Aarhus", ph=["+4534412120", "+4534412170"], f="mp")
A("da", "stille-massage-demo", "Jeg er ikke ung længere, og det er faktisk det bedste ved det. Erfaren, rolig og uden stress. Massage i Hillerød, 34 41 21 21.",
  "Ikke ung længere – bare rolig", "Jytte", 58, "Hillerød", ph=["+4534412121"])
A("da", "stille-massage-demo", "Traditionel thaimassage og fodmassage. Uddannet på massageskole med eksamen, 15 års erfaring. Klinik i Ålborg, ring 34 41 21 22.",
  "Thaimassage – uddannet", "Pim", 50, "Ålborg", ph=["+4534412122"], f="tr")
A("da", "skovsoe-test", "Jeg har ikke noget nummer i annoncen. Skriv til mig gennem sidens beskedsystem, så svarer jeg inden for et døgn. Frederiksberg, hverdage.",
  "Kun beskeder via siden", "Anne", 35, "Frederiksberg", hd=True, ft=True)
A("da", "kvartersnak-forum-demo", "Nyt i byen! Jeg er lige flyttet fra Kolding til Aarhus efter en skilsmisse og har åbnet min lille massageklinik igen i Viby. Samme faste kunder er velkomne til at finde mig her. 34 41 21 24",
  "Flyttet til Aarhus", "Marianne", 48, "Aarhus", ph=["+4534412124"], f="mv", hd=True, ft=True)
A("da", "skovsoe-test", "Hej! I'm Stine, dansk, 31. Massage og hygge i Kbh K. Easy to find, close to the metro. Ring/text +45 3441 2125.",
  "Stine – Kbh K / English ok", "Stine", 31, "Kbh", ph=["+4534412125"], f="nat")
A("da", "stille-massage-demo", "Jeg er thai kvinde, bor i Danmark 20 år, gift med dansk mand. Jeg giver god massage, ren og stille klinik i Odense. Jeg snakke lidt dansk. Ring Noi 34 41 21 26",
  "Noi thai massage Odense", "Noi", 54, "Odense", ph=["+4534412126"], f="nat")
A("da", "skovsoe-test", "Jeg er lige blevet færdig med min uddannelse som sygeplejerske og arbejder deltid. Jeg er 24 og har fået ny lejlighed i Aalborg. Ring til Julie 34 41 21 27",
  "Julie, Aalborg", "Julie", 24, "Aalborg", ph=["+4534412127"])
# --- positives
A("da", "skovsoe-test", "Hos os møder du altid de smukkeste damer i Storkøbenhavn:\n• Alina, 22, fra Rumænien – sød og smilende\n• Bianca, 24, ungarsk – elegant\n• Kim, 27, Thailand – stille og venlig\n• Dora, 23, bulgarsk\nVi aftaler tid for dem alle. Fuld diskretion. Ring til receptionen 34 41 21 28.",
  "Storkøbenhavns smukkeste damer", None, None, "København", ph=["+4534412128"], f="tp mp nat tr c", hd=True, ft=True)
A("da", "skovsoe-test", "TURNÉ i Jylland med to søde damer fra Moldova:\nEsbjerg man–tir\nKolding ons\nVejle tor–fre\nDe rejser med chauffør. Bestil kun via WhatsApp +40 712 034 129 (vi skriver engelsk og lidt dansk).",
  "Turné Jylland", None, None, "Esbjerg", ph=["+40712034129"], f="tp mp nat mv c")
A("da", "skovsoe-test", "Amalie kan ikke selv tage telefonen, når hun er optaget, så hendes beskeder håndteres af hendes assistent. Skriv hvornår du vil komme, så får du en bekræftelse. 34 41 21 30",
  "Amalie – Frederiksberg", "Amalie", 25, "Frederiksberg", ph=["+4534412130"], f="tp c")
A("da", "skovsoe-test", "Hun forstår ikke dansk, kun få ord engelsk, så al kontakt foregår med mig. Jeg er den der svarer og giver adressen. Søde Irina, Aalborg. +45 34 41 21 31",
  "Irina – ring til mig", "Irina", 26, "Aalborg", ph=["+4534412131"], f="tp c")
A("da", "stille-massage-demo", "Smuk ung pige meget ny i Danmark første gang, kommer fra Brasilien, jeg er meget venlig og sød og giver dig god tid, kom besøg hurtig hurtig. Ring 34 41 21 32",
  "NY PIGE FØRSTE GANG DANMARK", "Bruna", 21, "Copenhagen", ph=["+4534412132"], f="yt nat mv c")
A("da", "skovsoe-test", "Josefine har lige rundet de atten og er helt grøn i det her, så vær sød ved hende. Vi har en rolig lejlighed i Randers. Sms til 34 41 21 33.",
  "Josefine – helt ny", "Josefine", 18, "Randers", ph=["+4534412133"], f="tp yt c")
A("da", "skovsoe-test", "Pigerne er klar nat og dag, også helligdage. Alle ønsker kan aftales, også uden beskyttelse mod ekstra betaling. Ring 34 41 21 34 – der er altid nogen der svarer.",
  "Altid åbent – Vesterbro", None, None, "Kbh", ph=["+4534412134"], f="tp mp 247 rs c")
A("da", "skovsoe-test", "Zara 🌹🌹 1 🌹 = 1000 kr | 👑 VIP-aften efter aftale | 🍒 kun for stamkunder\nHun kommer til dit hotel i Odense. 34 41 21 35",
  "Zara 🌹👑", "Zara", 23, "Odense", ph=["+4534412135"], f="tp em c")
A("da", "skovsoe-test", "Hver mandag nye ansigter i lejligheden på Vesterbro. Kom og se, hvem der er her i denne uge – listen opdateres hver søndag aften. 34 41 21 36",
  "Nye ansigter hver mandag", None, None, "København", ph=["+4534412136"], f="tp mp c")
A("da", "skovsoe-test", "Hej, jeg hedder Emma og er 29. Min kæreste tager telefonen og planlægger tiderne for mig, så vær ikke overrasket over at det er en mand der svarer. 34 41 21 37",
  "Emma, Odense", "Emma", 29, "Odense", ph=["+4534412137"], f="c")
A("da", "kvartersnak-forum-demo", "Jeg skriver her for en veninde, fordi hun ikke har dansk tastatur og ikke kan læse svarene. Hun er lige kommet og bor hos mig et stykke tid. Send mig en PB, så giver jeg hendes nummer videre.",
  "Skriver for en veninde", None, None, "Aarhus", f="tp mv c", hd=True, ft=True)
A("da", "skovsoe-test", "Pigerne bor hos os i huset, så der er altid en af dem hjemme når du ringer. De er fra Letland og Litauen og taler lidt engelsk. Vi står for alt det praktiske. 34 41 21 39",
  "Hus i Kolding – flere damer", None, None, "Kolding", ph=["+4534412139"], f="tp mp nat c")
A("da", "skovsoe-test", "Denisa e aici in Aarhus numai weekend. Sună la mine, vorbesc română – eu fac programarea pentru ea. Ring / Sună: +40 712 034 140",
  "Denisa Aarhus weekend", "Denisa", 24, "Aarhus", ph=["+40712034140"], f="tp mv c")
A("da", "skovsoe-test", "Vil du møde Kira? Ring først på 34 41\n(det er chefen der tager den)\n21 41 og spørg efter hende.",
  "Kira – spørg efter hende", "Kira", 27, "Vejle", ph=["+4534412141"], dis=["+4534412141"], f="tp c")
A("da", "skovsoe-test", "NYE DAMER FRA ØSTEUROPA HVER UGE!!! SE HVEM DER ER KOMMET! LAVE PRISER, HURTIG SVAR PÅ 34 41 21 42. ESBJERG & VARDE.",
  "NYE DAMER HVER UGE", None, None, "Esbjerg", ph=["+4534412142"], f="tp mp nat c")

# =========================================================================== nb
A("nb", "skovsoe-test", "Ledig i kveld på Grünerløkka. Sms Hege 406 12 201 👋",
  "Ledig i kveld", "Hege", 39, "Oslo", ph=["+4740612201"])
A("nb", "skovsoe-test", "Jeg er Silje, 20 år, og jobber i kafé på dagtid. Jeg tar imot noen få hyggelige menn i uka i egen leilighet i Trondheim. Ingen stress, ingen mas. +47 406 12 202",
  "Silje, Trondheim", "Silje", 20, "Trondheim", ph=["+4740612202"], hd=True, ft=True)
A("nb", "skovsoe-test", "NYTT NUMMER! Den gamle telefonen min ble stjålet på trikken, så slett det gamle nummeret og lagre dette: 40612203. Ellers er alt som før – samme adresse på Majorstuen.",
  "Nytt nummer – Majorstuen", "Tone", 45, "Oslo", ph=["+4740612203"])
A("nb", "stille-massage-demo", "Frisk på en tur langs Akerselva etterpå? Jeg tilbyr avslappende massasje og en kopp te i et lyst rom med frisk luft fra balkongen. Ring Eva: 406 12 204",
  "Massasje og te", "Eva", 50, "Oslo", ph=["+4740612204"])
A("nb", "skovsoe-test", "Jeg snakker norsk, svensk og spansk, og litt fransk når jeg må. Hyggelig selskap i Bergen sentrum. Randi – 0047 406 12 205",
  "Randi, Bergen – flere språk", "Randi", 42, "Bergen", ph=["+4740612205"], ft=True)
A("nb", "skovsoe-test", "Jeg er polsk, men har bodd i Bergen i femten år og regner meg som ekte bergenser nå – regnjakke og alt. Rolig og varm, egen leilighet på Løvstakken. 406-12-206",
  "Bergenser med polske røtter", "Agnieszka", 44, "Bergen", ph=["+4740612206"], f="nat")
A("nb", "skovsoe-test", "Jeg tar en liten tur til Stavanger 10.–12. november. Jeg reiser alene, har leid meg et rom i sentrum og tar imot etter avtale. Send meg en melding på +4740612207 🙂",
  "Stavanger 10.–12. nov", "Marte", 37, "Stavanger", ph=["+4740612207"], f="mv")
A("nb", "skovsoe-test", "Vi er Kari og Ole, gift i tolv år og fortsatt nysgjerrige. Vi skriver denne sammen og tar imot sammen i Drammen. Kari svarer på 406 12 208.",
  "Gift par i Drammen", "Kari & Ole", None, "Drammen", ph=["+4740612208"])
A("nb", "stille-massage-demo", "«Den beste massasjen jeg har fått i Trondheim, hun lytter virkelig» – det skrev en fast kunde til meg forrige måned, og det gjorde dagen min. Velkommen, Gunn. 406 12 209",
  "Gunn – massasje Trondheim", "Gunn", 55, "Trondheim", ph=["+4740612209"], hd=True, ft=True)
A("nb", "skovsoe-test", "Hei, jeg er en voksen dame i Kristiansand som liker rolige kvelder og gode samtaler. Jeg er ikke på jakt etter mange, bare noen få faste. Ring meg etter kl 17: 406 12 210",
  "Voksen dame i Kristiansand", "Liv", 51, "Kristiansand", ph=["+4740612210"], hd=True, ft=True)
A("nb", "skovsoe-test", "Hei! Ingrid her, 32 år. Jeg har egen leilighet på Frogner og bestemmer selv når jeg jobber. Svarer helst på sms. +47 406 12 211",
  "Ingrid på Frogner", "Ingrid", 32, "Oslo", ph=["+4740612211"], share="nb-ingrid")
A("nb", "annonceraspeil-test", "Ingrid (32) er ny hos oss og tar imot på Frogner. Vi avtaler tid for henne, send melding til 4️⃣0️⃣6️⃣ 1️⃣2️⃣ 2️⃣1️⃣1️⃣ så svarer vi raskt.",
  "INGRID Frogner (kopi)", "Ingrid", 32, "Oslo", ph=["+4740612211"], dis=["+4740612211"], f="tp c", hd=True, ft=True, share="nb-ingrid")
A("nb", "skovsoe-test", "Nummeret mitt: fire null seks, en to, to en tre. Ring heller enn å sende melding. Bodil, Fredrikstad.",
  "Bodil Fredrikstad", "Bodil", 48, "Fredrikstad", ph=["+4740612213"], dis=["+4740612213"])
A("nb", "stille-massage-demo", "Fotsoneterapi og massasje i Sandnes. Ring 4O6 l2 2l4 (O = null).",
  "Fotsoneterapi Sandnes", "Wenche", 53, "Sandnes", ph=["+4740612214"], dis=["+4740612214"])
A("nb", "skovsoe-test", "Rolige kvelder i Tromsø. Ring Anita på 4 0 6 1 2 2 1 5, helst før kl 22.",
  "Anita Tromsø", "Anita", 40, "Tromsø", ph=["+4740612215"])
A("nb", "skovsoe-test", "JEG JOBBER FOR MEG SELV. INGEN HALLIK, INGEN SJÅFØR, INGEN SOM TAR EN DEL AV PENGENE. EKTE BILDER. RING MARIANNE 406 12 216, OSLO SENTRUM.",
  "100 % SELVSTENDIG", "Marianne", 36, "Oslo", ph=["+4740612216"], f="tr")
A("nb", "stille-massage-demo", "🌊🧘‍♀️🌲 Avslapning ved fjorden 🌲🧘‍♀️🌊 Varme steiner og rolig musikk i Ålesund. Ring Sigrid 🌊 406 12 217",
  "🌊 Avslapning 🌊", "Sigrid", 46, "Ålesund", ph=["+4740612217"])
A("nb", "skovsoe-test", "Jeg er ikke døgnåpen og kommer aldri til å bli det heller. Telefonen er på fra 12 til 21, mandag til fredag. Ellen, Bergen, 406 12 218",
  "Ellen – faste tider", "Ellen", 43, "Bergen", ph=["+4740612218"])
A("nb", "skovsoe-test", "Vi er to venninner som deler en leilighet i Stavanger. Vi er selvstendige, setter våre egne priser og svarer hver for oss: Lene 406 12 219 og Tuva 406 12 269.",
  "To venninner i Stavanger", "Lene & Tuva", None, "Stavanger", ph=["+4740612219", "+4740612269"], f="mp")
A("nb", "stille-massage-demo", "Ung til sinns, men med noen gråe hår og mye erfaring. Massasje for voksne menn som vil ha ro. Berit, Hamar, 406 12 220",
  "Ung til sinns", "Berit", 59, "Hamar", ph=["+4740612220"])
A("nb", "stille-massage-demo", "Sertifisert massør med fagbrev. Klassisk svensk massasje og triggerpunkt, egen klinikk i Trondheim sentrum. Timebestilling 406 12 221.",
  "Sertifisert massør", "Heidi", 41, "Trondheim", ph=["+4740612221"], f="tr")
A("nb", "skovsoe-test", "Jeg oppgir ikke nummer her. Send en melding via siden, så svarer jeg når jeg har tid. Bergen, kun hverdager.",
  "Melding via siden", "Solveig", 38, "Bergen", hd=True, ft=True)
A("nb", "kvartersnak-forum-demo", "Ny i byen: jeg har flyttet fra Bodø til Tromsø for en ny jobb på dagtid og tar imot noen få på kveldstid. Noen som vet om et godt treningssenter her? 406 12 223",
  "Flyttet til Tromsø", "Ida", 34, "Tromsø", ph=["+4740612223"], f="mv", hd=True, ft=True)
A("nb", "skovsoe-test", "Hei, jeg heter Nora. Norwegian lady, 35, easy-going. Jeg snakker English too, so tourists welcome. Oslo sentrum. Text me: +47 406 12 224",
  "Nora – Oslo / English ok", "Nora", 35, "Oslo", ph=["+4740612224"], f="nat")
A("nb", "skovsoe-test", "Ung student på 24 som tar en pause fra eksamenslesingen. Jeg styrer alt selv og tar kun imot hyggelige, voksne menn. Trondheim, 406 12 225",
  "Student i Trondheim", "Maja", 24, "Trondheim", ph=["+4740612225"], f="yt")
A("nb", "skovsoe-test", "Nyutdannet sykepleier som jobber turnus, så jeg har tid på rare tidspunkter. Jeg er 27 og bor på Lambertseter. 406 12 226",
  "Sykepleier, Oslo", "Kristin", 27, "Oslo", ph=["+4740612226"])
# --- positives
A("nb", "skovsoe-test", "Velkommen til vårt utvalg i Oslo:\n– Roxana (22), rumensk, 1,65\n– Lili (25), fra Ungarn\n– Jasmin (23), latina\n– Tamara (24), ukrainsk\nAlle avtaler gjøres gjennom oss. Diskresjon garantert. Ring 406 12 227.",
  "Vårt utvalg – Oslo", None, None, "Oslo", ph=["+4740612227"], f="tp mp nat tr c", hd=True, ft=True)
A("nb", "skovsoe-test", "Turné vest: Stavanger 3.–5. nov, Haugesund 6. nov, Bergen 7.–9. nov. To spanske damer på reise, kun få dager i hver by. Booking hos sjefen: +34 612 345 228",
  "Turné Vestlandet", None, None, "Bergen", ph=["+34612345228"], f="tp mp nat mv c")
A("nb", "skovsoe-test", "Sjåføren hennes kjører henne hjem til deg eller til hotellet ditt i Drammen. Du avtaler tid og adresse med ham, ikke med henne. Larisa, 406 12 229",
  "Larisa – kommer til deg", "Larisa", 26, "Drammen", ph=["+4740612229"], f="tp c")
A("nb", "skovsoe-test", "Hun snakker ikke norsk og skjønner lite engelsk, derfor er det jeg som svarer. Skriv til meg hvor og når. Søte Anca i Kristiansand, +47 406 12 230",
  "Anca – skriv til meg", "Anca", 24, "Kristiansand", ph=["+4740612230"], f="tp c")
A("nb", "stille-massage-demo", "Vakker ung jente helt ny i Norge første gang, kommer fra Romania, jeg er veldig snill og gir deg god tid, kom besøke fort. Ring 406 12 231",
  "NY JENTE FØRSTE GANG NORGE", "Ana", 20, "Oslo", ph=["+4740612231"], f="yt nat mv c")
A("nb", "skovsoe-test", "Linnea har nettopp fylt atten og har aldri gjort dette før. Hun er sjenert, så vær hyggelig. Vi har en rolig leilighet i Sandvika. 406 12 232",
  "Linnea – første gang", "Linnea", 18, "Sandvika", ph=["+4740612232"], f="tp yt c")
A("nb", "skovsoe-test", "Jentene våre er klare hele døgnet, også i helgene. Alt kan avtales, også uten beskyttelse. Ring 406 12 233, det svarer alltid noen.",
  "Åpent hele døgnet – Oslo", None, None, "Oslo", ph=["+4740612233"], f="tp mp 247 rs c")
A("nb", "skovsoe-test", "Valentina 🌹 1 🌹 = 1500 | 👑 = hele kvelden | 🍒 spør\nHun møter deg på hotell i Bergen. 406 12 234",
  "Valentina 🌹👑🍒", "Valentina", 22, "Bergen", ph=["+4740612234"], f="tp em c")
A("nb", "skovsoe-test", "Hver fredag kommer det nye damer til leiligheten i Gamlebyen. Følg med på siden for å se hvem som er her denne uka. 406 12 235",
  "Nye damer hver fredag", None, None, "Oslo", ph=["+4740612235"], f="tp mp c")
A("nb", "skovsoe-test", "Jeg heter Adriana og er 30. Broren min tar telefonen og avtaler tidene, han snakker bedre norsk enn meg. Ikke bli overrasket. 406 12 236",
  "Adriana, Bergen", "Adriana", 30, "Bergen", ph=["+4740612236"], f="c")
A("nb", "kvartersnak-forum-demo", "Poster for en venninne som ikke kan skrive norsk. Hun kom hit forrige uke og bor hos meg foreløpig. Send PM til meg så formidler jeg kontakt.",
  "For en venninne", None, None, "Oslo", f="tp mv c", hd=True, ft=True)
A("nb", "skovsoe-test", "Jentene bor sammen med oss i huset på Nedre Eiker. De er fra Bulgaria og Moldova. Vi ordner transport og mat, du trenger bare ringe 406 12 238.",
  "Hus med flere damer", None, None, "Drammen", ph=["+4740612238"], f="tp mp nat c")
A("nb", "skovsoe-test", "NYE DAMER FRA ØST-EUROPA HVER UKE!!! BILLIGSTE I TRONDHEIM!!! RING NÅ 406 12 239!!!",
  "NYE DAMER HVER UKE", None, None, "Trondheim", ph=["+4740612239"], f="tp mp nat c")
A("nb", "skovsoe-test", "For å møte Kata må du ringe mamma først: fire-null-seks / en-to / to-fire-null. Hun bestemmer tidene.",
  "Kata – ring mamma", "Kata", 23, "Oslo", ph=["+4740612240"], dis=["+4740612240"], f="tp c")
A("nb", "skovsoe-test", "Damene våre pendler mellom Oslo og Göteborg hver uke, så se etter oss i begge byer. Denne uken i Oslo tirsdag til torsdag. Svensk nummer: +46 70 123 42 41",
  "Oslo–Göteborg hver uke", None, None, "Oslo", ph=["+46701234241"], f="tp mp mv c")
A("nb", "skovsoe-test", "Liten og søt Mia ser mye yngre ut enn hun er, og hun vet det. Kom til oss i Tønsberg. 406 12 242",
  "Søte Mia", "Mia", 21, "Tønsberg", ph=["+4740612242"], f="tp yt c")

# =========================================================================== sv
A("sv", "skovsoe-test", "Ledig ikväll i Söder. Sms:a Lena 070-123 43 01 😊",
  "Ledig ikväll Söder", "Lena", 41, "Stockholm", ph=["+46701234301"])
A("sv", "skovsoe-test", "Jag heter Ebba och är 22 år. Jag pluggar inte längre utan jobbar heltid i butik, och träffar bara några få trevliga män i veckan hemma i Uppsala. +46 70 123 43 02",
  "Ebba i Uppsala", "Ebba", 22, "Uppsala", ph=["+46701234302"], hd=True, ft=True)
A("sv", "stille-massage-demo", "Nystartad mottagning med ny massagebänk och nymålade väggar, men samma erfarna händer som tidigare. Jag har hållit på i nio år. Örebro, 0701234303",
  "Nymålat och nystartat", "Annika", 47, "Örebro", ph=["+46701234303"], hd=True, ft=True)
A("sv", "stille-massage-demo", "Fräscha handdukar, nybryggt kaffe och ett lugnt rum med utsikt över kanalen. Klassisk massage i Göteborg, ring Maria 070 123 43 04.",
  "Lugn massage Göteborg", "Maria", 50, "Göteborg", ph=["+46701234304"])
A("sv", "skovsoe-test", "Jag talar svenska, finska och engelska flytande. Trevligt sällskap i Malmö centrum, även för affärsresenärer. Sofia, 0046 70 123 43 05",
  "Sofia – flera språk", "Sofia", 39, "Malmö", ph=["+46701234305"], ft=True)
A("sv", "skovsoe-test", "Jag är född i Teheran men har bott i Västerås sedan jag var sju, så ni får både persisk gästfrihet och svensk punktlighet. Egen lägenhet. 070-123 43 06",
  "Persisk gästfrihet i Västerås", "Shirin", 38, "Västerås", ph=["+46701234306"], f="nat")
A("sv", "skovsoe-test", "Jag reser själv till Malmo den 18–20 november och har hyrt en liten lägenhet nära Triangeln. Hör av dig i förväg: +46701234307. Sedan är jag tillbaka i Lund.",
  "Malmö 18–20 nov", "Karin", 36, "Malmo", ph=["+46701234307"], f="mv")
A("sv", "skovsoe-test", "Vi är ett par från Lund, Anna och Per, 44 och 47. Vi skriver tillsammans och träffar gärna andra vuxna för middag och trevligt umgänge. Anna svarar på 070-123 43 08.",
  "Par i Lund", "Anna & Per", None, "Lund", ph=["+46701234308"])
A("sv", "stille-massage-demo", "En väninna som gått hos mig i två år brukar säga: \"Det är som att komma hem.\" Det är det finaste beröm jag fått. Välkommen till mig i Linköping. Ulla, 070-123 43 09",
  "Som att komma hem", "Ulla", 57, "Linköping", ph=["+46701234309"], hd=True, ft=True)
A("sv", "skovsoe-test", "Hej och välkommen. Jag är en mogen kvinna som uppskattar lugna kvällar och god mat. Jag tar emot i Helsingborg på vardagar. Ring eller sms:a 070-123 43 10.",
  "Mogen kvinna Helsingborg", "Birgitta", 54, "Helsingborg", ph=["+46701234310"], hd=True, ft=True)
A("sv", "skovsoe-test", "Hej! Jag heter Elin, 31 år, och har en egen lägenhet på Kungsholmen. Jag bestämmer själv mina tider och svarar bara på sms. Elin: 070-123 43 11",
  "Elin på Kungsholmen", "Elin", 31, "Stockholm", ph=["+46701234311"], share="sv-elin")
A("sv", "annonceraspeil-test", "Elin är 31 och har börjat hos oss på Kungsholmen. Vi bokar hennes tider, så skicka ett sms till oss: noll sju noll – ett två tre – fyra tre – ett ett.",
  "ELIN Kungsholmen (kopia)", "Elin", 31, "Stockholm", ph=["+46701234311"], dis=["+46701234311"], f="tp c", hd=True, ft=True, share="sv-elin")
A("sv", "skovsoe-test", "Inga siffror i annonser här, så: noll sjuttio, hundratjugotre, fyrtiotre, tretton. Camilla i Norrköping.",
  "Camilla Norrköping", "Camilla", 43, "Norrköping", ph=["+46701234313"], dis=["+46701234313"])
A("sv", "stille-massage-demo", "Friskvårdsmassage i Jönköping. Ring O7O-l23 43 l4.",
  "Friskvård Jönköping", "Eva", 49, "Jönköping", ph=["+46701234314"], dis=["+46701234314"])
A("sv", "skovsoe-test", "Lugna kvällar i Gävle. Ring Marie: 0 7 0 1 2 3 4 3 1 5. Bara vuxna, seriösa herrar.",
  "Marie i Gävle", "Marie", 45, "Gävle", ph=["+46701234315"])
A("sv", "skovsoe-test", "JAG ÄR HELT SJÄLVSTÄNDIG. INGEN BYRÅ, INGEN CHAUFFÖR, INGEN SOM TAR BETALT AV MIG. ÄKTA BILDER. RING JOSEFIN 070-123 43 16, GÖTEBORG.",
  "HELT SJÄLVSTÄNDIG", "Josefin", 35, "Göteborg", ph=["+46701234316"], f="tr")
A("sv", "stille-massage-demo", "🕯️🌿🛁 Avkoppling i Uppsala 🛁🌿🕯️ Varma oljor och stilla musik. Ring Helena 🕯️ 070-123 43 17",
  "🕯️ Avkoppling 🕯️", "Helena", 48, "Uppsala", ph=["+46701234317"])
A("sv", "skovsoe-test", "Jag är inte tillgänglig dygnet runt och svarar inte efter klockan 21. Helger är lediga. Susanne, Umeå, 070-123 43 18",
  "Susanne – fasta tider", "Susanne", 44, "Umeå", ph=["+46701234318"])
A("sv", "skovsoe-test", "Vi är två vänner, Moa och Tilda, som hyr ett rum tillsammans i Göteborg. Vi bokar var för sig och bestämmer själva. Moa 070-123 43 19, Tilda 070-123 43 69.",
  "Två vänner i Göteborg", "Moa & Tilda", None, "Gothenburg", ph=["+46701234319", "+46701234369"], f="mp")
A("sv", "stille-massage-demo", "Ung i själen men med trettio års erfarenhet av att ta hand om människor. Massage i Karlstad för dig som vill varva ner. Gun, 070-123 43 20",
  "Ung i själen", "Gun", 61, "Karlstad", ph=["+46701234320"])
A("sv", "stille-massage-demo", "Legitimerad massageterapeut. Thaimassage och klassisk svensk massage, egen klinik i Malmö. Tidsbokning 070-123 43 21.",
  "Legitimerad massageterapeut", "Nok", 46, "Malmö", ph=["+46701234321"], f="tr")
A("sv", "skovsoe-test", "Jag lägger inte ut något nummer. Skicka ett meddelande via sidan så svarar jag inom ett dygn. Stockholm, vardagar.",
  "Meddelande via sidan", "Therese", 37, "Stockholm", hd=True, ft=True)
A("sv", "kvartersnak-forum-demo", "Nyinflyttad i Luleå! Har flyttat hit från Sundsvall för min sambos jobb och startar upp min lilla massageverksamhet igen. Tips på bra fik uppskattas. 070-123 43 23",
  "Nyinflyttad i Luleå", "Jenny", 40, "Luleå", ph=["+46701234323"], f="mv", hd=True, ft=True)
A("sv", "skovsoe-test", "Hej, jag är Alva. Swedish, 33, relaxed and chatty. Jag pratar gärna engelska, so visitors are welcome. Stockholm city. Text: +46 70 123 43 24",
  "Alva – Stockholm / English", "Alva", 33, "Stockholm", ph=["+46701234324"], f="nat")
A("sv", "skovsoe-test", "Ung tjej på 25 som precis tagit examen och har sommarjobb. Jag styr allt själv. Lund, 070-123 43 25",
  "Alice i Lund", "Alice", 25, "Lund", ph=["+46701234325"], f="yt")
A("sv", "skovsoe-test", "Jag har precis fyllt 40 och firar med nya bilder. Varm och lugn kvinna i Borås, 070-123 43 26.",
  "Nya bilder – Borås", "Lotta", 40, "Borås", ph=["+46701234326"])
# --- positives
A("sv", "skovsoe-test", "Vårt urval i Stockholm denna vecka:\n◆ Ioana, 21, rumänska\n◆ Dasha, 24, från Ryssland\n◆ Mei, 26, kinesiska\n◆ Karla, 23, polska\nAlla bokningar görs hos oss. Hög diskretion. Ring 070-123 43 27.",
  "Vårt urval – Stockholm", None, None, "Stockholm", ph=["+46701234327"], f="tp mp nat tr c", hd=True, ft=True)
A("sv", "skovsoe-test", "Turné i södra Sverige: Helsingborg 4–5/11, Lund 6/11, Malmö 7–9/11. Två polska damer, bara några dagar i varje stad. Boka via: +48 512 345 328",
  "Turné Skåne", None, None, "Malmö", ph=["+48512345328"], f="tp mp nat mv c")
A("sv", "skovsoe-test", "Hennes chaufför kör henne till ditt hotell i Göteborg. Adress och tid bestämmer du med honom. Olga, 070-123 43 29",
  "Olga – kommer till dig", "Olga", 25, "Göteborg", ph=["+46701234329"], f="tp c")
A("sv", "skovsoe-test", "Hon kan ingen svenska och bara några ord engelska, därför är det jag som svarar. Skriv till mig när och var. Söta Andreea i Malmö, +46 70 123 43 30",
  "Andreea – skriv till mig", "Andreea", 23, "Malmö", ph=["+46701234330"], f="tp c")
A("sv", "stille-massage-demo", "Vacker ung flicka helt ny i Sverige första gång, kommer från Thailand, jag mycket snäll och ger dig bra tid, kom besöka snabbt. Ring 070-123 43 31",
  "NY FLICKA FÖRSTA GÅNG SVERIGE", "Ploy", 21, "Stockholm", ph=["+46701234331"], f="yt nat mv c")
A("sv", "skovsoe-test", "Wilma fyllde arton förra veckan och har aldrig gjort det här förut. Hon är blyg, så var snäll. Vi har en lugn lägenhet i Solna. 070-123 43 32",
  "Wilma – första gången", "Wilma", 18, "Solna", ph=["+46701234332"], f="tp yt c")
A("sv", "skovsoe-test", "Våra tjejer tar emot dygnet runt, alla dagar. Allt går att ordna, även utan skydd. Ring 070-123 43 33, någon svarar alltid.",
  "Öppet dygnet runt – Göteborg", None, None, "Goteborg", ph=["+46701234333"], f="tp mp 247 rs c")
A("sv", "skovsoe-test", "Bianca 🌹 1 🌹 = 1500 kr | 👑 = hela kvällen | 🍒 fråga\nHon kommer till ditt hotell i Stockholm. 070-123 43 34",
  "Bianca 🌹👑", "Bianca", 22, "Stockholm", ph=["+46701234334"], f="tp em c")
A("sv", "skovsoe-test", "Varje måndag nya ansikten i lägenheten vid Möllan. Håll koll på sidan för att se vilka som är här den här veckan. 070-123 43 35",
  "Nya ansikten varje måndag", None, None, "Malmö", ph=["+46701234335"], f="tp mp c")
A("sv", "skovsoe-test", "Jag heter Daria och är 28. Min pojkvän svarar i telefonen och sköter bokningarna, han pratar bättre svenska än jag. 070-123 43 36",
  "Daria, Uppsala", "Daria", 28, "Uppsala", ph=["+46701234336"], f="c")
A("sv", "kvartersnak-forum-demo", "Skriver åt en kompis som inte kan svenska. Hon kom hit i söndags och bor hos mig tills vidare. Skicka PM till mig så förmedlar jag.",
  "Åt en kompis", None, None, "Göteborg", f="tp mv c", hd=True, ft=True)
A("sv", "skovsoe-test", "Tjejerna bor hos oss i villan utanför Borås. De kommer från Ukraina och Vitryssland. Vi fixar mat och skjuts, du behöver bara ringa 070-123 43 38.",
  "Villa med flera tjejer", None, None, "Borås", ph=["+46701234338"], f="tp mp nat c")
A("sv", "skovsoe-test", "NYA TJEJER FRÅN ÖSTEUROPA VARJE VECKA!!! BILLIGAST I STAN!!! RING NU 070-123 43 39!!!",
  "NYA TJEJER VARJE VECKA", None, None, "Malmö", ph=["+46701234339"], f="tp mp nat c")
A("sv", "skovsoe-test", "Vill du träffa Roza? Ring först 070-123\n– det är mamma som svarar –\n43 40 och fråga efter henne.",
  "Roza – fråga mamma", "Roza", 24, "Västerås", ph=["+46701234340"], dis=["+46701234340"], f="tp c")
A("sv", "skovsoe-test", "Våra damer åker mellan Göteborg och Oslo varje vecka. Den här veckan i Göteborg onsdag till fredag. Norskt nummer: +47 406 12 341",
  "Göteborg–Oslo", None, None, "Göteborg", ph=["+4740612341"], f="tp mp mv c")
A("sv", "skovsoe-test", "Lilla söta Nellie ser mycket yngre ut än sina 19 år. Kom till oss i Huddinge. 070-123 43 42",
  "Lilla Nellie", "Nellie", 19, "Huddinge", ph=["+46701234342"], f="tp yt c")

# =========================================================================== en
A("en", "nachtkompas-test", "Free tonight in Shoreditch, text Gemma 07400 123401 x",
  "Free tonight", "Gemma", 38, "London", ph=["+447400123401"])
A("en", "nachtkompas-test", "Hi, I'm Chloe. I'm 19, I work weekends at a garden centre and see a few polite gentlemen in the evenings at my own flat in Leeds. I pick my own hours and I'm in no rush. +44 7400 123402",
  "Chloe, Leeds", "Chloe", 19, "Leeds", ph=["+447400123402"], hd=True, ft=True)
A("en", "stille-massage-demo", "New to this website, not new to life: I'm 46 and have been a therapist for twenty years. New treatment room as of October, same old kettle. Bristol, 07400-123-403.",
  "New room, same kettle", "Fiona", 46, "Bristol", ph=["+447400123403"])
A("en", "stille-massage-demo", "Fresh linen for every visit, freshly ground coffee and a garden view. Deep tissue and relaxing massage in Bath. Call Jane on (07400) 123 404.",
  "Fresh linen & coffee", "Jane", 51, "Bath", ph=["+447400123404"], hd=True, ft=True)
A("en", "nachtkompas-test", "I speak English, Danish and a bit of Arabic, so everyone is welcome. Relaxed company in Copenhagen, Østerbro. Yasmin: +45 34 41 24 05",
  "Yasmin – Copenhagen, 3 languages", "Yasmin", 34, "Copenhagen", ph=["+4534412405"], ft=True)
A("en", "nachtkompas-test", "Proud Welsh woman from the valleys, now living in Cardiff. I'll talk rugby if you let me. Warm, easy company. 07400 123405",
  "Welsh and proud", "Cerys", 42, "Cardiff", ph=["+447400123405"], f="nat")
A("en", "nachtkompas-test", "I'm heading up to Edinburgh on my own for a few days (14th to 16th) and will see a small number of people at my rented flat in Leith. Book ahead please: 07400 123407",
  "Edinburgh 14th–16th", "Rachel", 39, "Edinburgh", ph=["+447400123407"], f="mv")
A("en", "nachtkompas-test", "We're Sam and Alex, a married couple in our forties from Manchester. We write this together and meet like-minded adults for dinner and good conversation. Sam answers on 07400 123408.",
  "Couple, Manchester", "Sam & Alex", None, "Manchester", ph=["+447400123408"])
A("en", "stille-massage-demo", "\"Honestly the calmest hour of my month\" – that's what a regular wrote on my card last Christmas, and I've kept it on the fridge. Swedish and hot stone massage, Norwich. Helen, 07400 123409",
  "The calmest hour", "Helen", 55, "Norwich", ph=["+447400123409"])
A("en", "nachtkompas-test", "Hello and welcome. I'm a mature, well-read woman who enjoys long dinners and longer conversations. Discreet incalls in Chester on weekdays. Message first: 07400 123410",
  "Mature company, Chester", "Margaret", 56, "Chester", ph=["+447400123410"], f="tr", hd=True, ft=True)
A("en", "nachtkompas-test", "Hi, I'm Amber, 30. I have my own place in Clifton and I set my own diary. I answer texts only, no withheld numbers. Amber: 07400 123411",
  "Amber, Clifton", "Amber", 30, "Bristol", ph=["+447400123411"], share="en-amber")
A("en", "annonceraspeil-test", "Amber is 30 and has just joined our team in Clifton. We handle her bookings, so text us on O74OO l234ll and we'll reply fast.",
  "AMBER – Clifton (copy)", "Amber", 30, "Bristol", ph=["+447400123411"], dis=["+447400123411"], f="tp c", hd=True, ft=True, share="en-amber")
A("en", "nachtkompas-test", "Numbers get blocked here so: oh seven four double-oh, one two three, four one three. Ask for Debbie, Sheffield.",
  "Debbie, Sheffield", "Debbie", 44, "Sheffield", ph=["+447400123413"], dis=["+447400123413"])
A("en", "nachtkompas-test", "Call me on 07400\nor after six on the rest:\n123414\nLou, Nottingham, independent.",
  "Lou, Nottingham", "Lou", 41, "Nottingham", ph=["+447400123414"], dis=["+447400123414"])
A("en", "nachtkompas-test", "Quiet evenings in York. Ring Claire on 0 7 4 0 0 1 2 3 4 1 5, grown-ups only.",
  "Claire, York", "Claire", 47, "York", ph=["+447400123415"])
A("en", "nachtkompas-test", "I WORK FOR MYSELF. NO AGENCY, NO DRIVER, NO ONE TAKING A CUT. GENUINE PHOTOS. CALL ME, KELLY, ON 07400 123416. GLASGOW WEST END.",
  "100% INDEPENDENT", "Kelly", 35, "Glasgow", ph=["+447400123416"], f="tr")
A("en", "stille-massage-demo", "🌙✨🍵 Unwind in Brighton ✨🌙 Candles, warm oils, sea air through the window. Book with Tess 🍵 07400 123417",
  "🌙 Unwind 🌙", "Tess", 49, "Brighton", ph=["+447400123417"])
A("en", "nachtkompas-test", "I am NOT a 24/7 service and never will be. Phone on from noon to nine, Monday to Friday. Weekends are for my allotment. Pauline, Leicester, 07400 123418",
  "Pauline – set hours", "Pauline", 52, "Leicester", ph=["+447400123418"])
A("en", "nachtkompas-test", "Two friends, Holly and Jade, sharing a flat in Liverpool. We're both independent, set our own rates and take our own bookings. Holly 07400 123419, Jade 07400 123469.",
  "Two friends, Liverpool", "Holly & Jade", None, "Liverpool", ph=["+447400123419", "+447400123469"], f="mp")
A("en", "stille-massage-demo", "Young at heart, grey at the temples, and thirty years of looking after people. Relaxation massage in Harrogate. Sue, 07400 123420",
  "Young at heart", "Sue", 60, "Harrogate", ph=["+447400123420"])
A("en", "stille-massage-demo", "ITEC-qualified massage therapist, fully insured. Sports and Thai massage in my own clinic in Reading. Bookings on 07400 123421.",
  "ITEC qualified therapist", "Lena", 43, "Reading", ph=["+447400123421"], f="tr")
A("en", "nachtkompas-test", "No number on here. Send me a message through the site and I'll reply within a day. Oxford, weekdays only.",
  "Message via the site", "Harriet", 38, "Oxford", hd=True, ft=True)
A("en", "kvartersnak-forum-demo", "New in town! I've moved from Hull to Newcastle to be near my sister and I'm setting up my little massage room again in Jesmond. Any tips for a decent gym? 07400 123423",
  "Moved to Newcastle", "Donna", 45, "Newcastle", ph=["+447400123423"], f="mv", hd=True, ft=True)
A("en", "nachtkompas-test", "Night owl here. I keep my phone on round the clock because I can't sleep anyway, so text whenever and I'll answer when I'm up. My flat, my rules. Cath, Coventry, 07400 123424",
  "Night owl, Coventry", "Cath", 48, "Coventry", ph=["+447400123424"], f="247")
A("en", "nachtkompas-test", "Young professional, 27, working in finance by day. I keep things simple and arrange everything myself. Canary Wharf, text 07400 123425.",
  "Young professional, 27", "Sophie", 27, "London", ph=["+447400123425"], f="yt")
# --- positives
A("en", "nachtkompas-test", "MAYFAIR PRIVATE COMPANIONS – our ladies this week\n\nWe are proud to present a carefully chosen selection of international companions for the discerning gentleman. All our ladies are verified, discreet and accompanied to every appointment.\n\n1. VIKTORIA – 23 – Czech – 1,70 m – elegant, dinner dates\n2. LUANA – 21 – Brazilian – 1,62 m – sunny and playful\n3. MIRELA – 24 – Romanian – 1,68 m – new on our books\n4. ANNA-SOFIA – 26 – Russian – 1,75 m – fluent English\n5. HANA – 22 – Japanese – 1,58 m – quiet and sweet\n\nRates per hour from £200. Outcalls to all central London hotels. Bookings are taken by our reception only, from 10 am to 2 am: 07400 123426. Please do not contact the ladies directly.",
  "Mayfair Private Companions", None, None, "London", ph=["+447400123426"], f="tp mp nat tr c", hd=True, ft=True)
A("en", "nachtkompas-test", "UK TOUR: Leeds 3–4 Nov, Manchester 5–6 Nov, Birmingham 7–9 Nov. Two lovely Romanian ladies travelling together, only a couple of days in each city. WhatsApp the manager: +40 712 034 427",
  "UK tour – two ladies", None, None, "Birmingham", ph=["+40712034427"], f="tp mp nat mv c")
A("en", "nachtkompas-test", "Bookings for Nadia are handled by her friend Tony, who'll give you the address once you're on the street. She won't pick up herself. 07400 123428",
  "Nadia – ask Tony", "Nadia", 24, "Birmingham", ph=["+447400123428"], f="tp c")
A("en", "nachtkompas-test", "She has no English at all, so every message comes to me and I pass it on. Tell me when and where. Sweet Elena, Manchester. +44 7400 123429",
  "Elena – message me", "Elena", 23, "Manchester", ph=["+447400123429"], f="tp c")
A("en", "stille-massage-demo", "Hello gentleman, I am new girl very young just arrive in London first time, I am from Vietnam, I am good girl with big heart and give you good time, come visit me fast fast. Call 07400 123430",
  "NEW GIRL FIRST TIME LONDON", "Linh", 21, "London", ph=["+447400123430"], f="yt nat mv c")
A("en", "nachtkompas-test", "Poppy only left sixth form this summer and is still getting used to all this, so please be gentle with her. Quiet flat in Stockport. 07400 123431",
  "Poppy – brand new", "Poppy", 18, "Stockport", ph=["+447400123431"], f="tp yt c")
A("en", "nachtkompas-test", "The girls are ready day and night, bank holidays included. Everything can be arranged, without protection too for a bit more. Call 07400 123432, someone always answers.",
  "Always open – Luton", None, None, "Luton", ph=["+447400123432"], f="tp mp 247 rs c")
A("en", "nachtkompas-test", "Crystal 🌹 1 🌹 = 150 | 👑 = overnight | 🍒 ask\nShe visits your hotel in Manchester. 07400 123433",
  "Crystal 🌹👑🍒", "Crystal", 22, "Manchester", ph=["+447400123433"], f="tp em c")
A("en", "nachtkompas-test", "A different lady on the rota every week at the flat above the shop on Kingsland Road. Check back Sunday night to see who's in. 07400 123434",
  "Different lady every week", None, None, "London", ph=["+447400123434"], f="tp mp c")
A("en", "nachtkompas-test", "I'm Bianca, 28. My boyfriend picks up the phone and sorts out times for me, so don't be surprised when a man answers. 07400 123435",
  "Bianca, Leeds", "Bianca", 28, "Leeds", ph=["+447400123435"], f="c")
A("en", "kvartersnak-forum-demo", "Posting on behalf of a mate who can't read English. She got here Sunday and is staying on my sofa for now. PM me and I'll sort it out for her.",
  "For a mate", None, None, "London", f="tp mv c", hd=True, ft=True)
A("en", "nachtkompas-test", "The ladies stay with us in the house in Croydon, so one of them is always around. They're from Nigeria and Ghana. We take care of food and transport, you just ring +234 802 123 4436.",
  "House in Croydon", None, None, "London", ph=["+2348021234436"], f="tp mp nat c")
A("en", "nachtkompas-test", "NEW EASTERN EUROPEAN GIRLS EVERY WEEK!!! CHEAPEST IN COVENTRY!!! CALL NOW 07400 123437!!!",
  "NEW GIRLS EVERY WEEK", None, None, "Coventry", ph=["+447400123437"], f="tp mp nat c")
A("en", "nachtkompas-test", "Want to meet Roxy? Call Auntie first: oh-seven-four-oh-oh / one-two-three / four-three-eight. She decides when.",
  "Roxy – ask Auntie", "Roxy", 23, "London", ph=["+447400123438"], dis=["+447400123438"], f="tp c")
A("en", "nachtkompas-test", "This week in Copenhagen: three girls from Latvia, just flown in, staying until Sunday only. Hotel visits in Kbh and Frederiksberg. Call their manager on 34 41 24 39.",
  "Latvian girls – Copenhagen this week", None, None, "Copenhagen", ph=["+4534412439"], f="tp mp nat mv c")
A("en", "nachtkompas-test", "Petite Daisy looks far younger than she is and loves hearing it. Visit us in Slough. 07400 123440",
  "Petite Daisy", "Daisy", 20, "Slough", ph=["+447400123440"], f="tp yt c")
A("en", "nachtkompas-test", "Hi I'm Kristina from Stockholm 🇸🇪, visiting London for a week on my own with my own booking. Text my Swedish number +46 70 123 44 41.",
  "Kristina from Stockholm, one week", "Kristina", 33, "London", ph=["+46701234441"], f="nat mv")

# =========================================================================== de
A("de", "laternenweg-test", "Heute Abend frei in Kreuzberg, SMS an Tanja 01512 3456501 😉",
  "Heute Abend frei", "Tanja", 40, "Berlin", ph=["+4915123456501"])
A("de", "laternenweg-test", "Hallo, ich bin Lea, 20 Jahre alt, und mache tagsüber eine Ausbildung zur Floristin. Abends empfange ich ein paar nette Herren in meiner eigenen Wohnung in Leipzig, ganz in Ruhe und nach meinen Regeln. 0151 23456502",
  "Lea in Leipzig", "Lea", 20, "Leipzig", ph=["+4915123456502"], hd=True, ft=True)
A("de", "stille-massage-demo", "Neue Fotos, neue Frisur – aber dieselbe Adresse in Köln-Ehrenfeld wie seit acht Jahren. Ich bin 45 und mache das mit viel Ruhe. Termine unter +49 1512 3456503.",
  "Neue Fotos, alte Adresse", "Sabine", 45, "Köln", ph=["+4915123456503"], hd=True, ft=True)
A("de", "stille-massage-demo", "Bei mir gibt es frisch gebrühten Kaffee, frische Handtücher und einen Blick in den Garten. Klassische Massage in Freiburg. Anrufen: 01512/3456504",
  "Kaffee und Ruhe in Freiburg", "Monika", 53, "Freiburg", ph=["+4915123456504"])
A("de", "laternenweg-test", "Ich spreche Deutsch, Englisch und Türkisch, also sind auch Gäste von außerhalb willkommen. Angenehme Gesellschaft in Frankfurt-Sachsenhausen. Derya, 01512 3456505",
  "Derya – drei Sprachen", "Derya", 37, "Frankfurt", ph=["+4915123456505"], ft=True)
A("de", "laternenweg-test", "Ich bin Österreicherin und lebe seit zehn Jahren in München – der Schmäh ist geblieben. Herzlich, humorvoll, eigene Wohnung in Schwabing. 01512 3456506",
  "Wiener Charme in München", "Christl", 44, "München", ph=["+4915123456506"], f="nat")
A("de", "laternenweg-test", "Ich bin vom 12. bis 14.11. auf eigene Faust in Hamburg und habe mir eine kleine Ferienwohnung in St. Georg gemietet. Bitte vorher anfragen: 01512 3456507. Danach wieder zu Hause in Lübeck.",
  "Hamburg 12.–14.11.", "Anja", 39, "Hamburg", ph=["+4915123456507"], f="mv")
A("de", "laternenweg-test", "Wir sind Katrin und Markus, seit 15 Jahren verheiratet, aus Dresden. Wir schreiben diese Anzeige gemeinsam und treffen gern andere Erwachsene zum Essen und Plaudern. Katrin: 01512 3456508",
  "Ehepaar aus Dresden", "Katrin & Markus", None, "Dresden", ph=["+4915123456508"])
A("de", "stille-massage-demo", "Aus meinem Gästebuch: „Die ruhigste Stunde meines Monats, sie hört wirklich zu.“ Danke dafür! Massage in Hannover-List, Ute, 01512 3456509",
  "Aus dem Gästebuch", "Ute", 56, "Hannover", ph=["+4915123456509"])
A("de", "laternenweg-test", "Herzlich willkommen. Ich bin eine reife Frau mit Humor, die gute Gespräche schätzt. Ich empfange in Bremen, werktags von 10 bis 18 Uhr. Bitte zuerst eine SMS: 01512 3456510",
  "Reife Frau in Bremen", "Gisela", 55, "Bremen", ph=["+4915123456510"], hd=True, ft=True)
A("de", "laternenweg-test", "Hallo, ich bin Jana, 33. Ich habe eine eigene Wohnung in Düsseldorf-Bilk und bestimme meine Zeiten selbst. Ich antworte nur auf SMS. Jana: 01512 3456511",
  "Jana in Bilk", "Jana", 33, "Düsseldorf", ph=["+4915123456511"], share="de-jana")
A("de", "annonceraspeil-test", "Jana ist 33 und neu in unserem Team in Düsseldorf. Wir vereinbaren ihre Termine, also schreib uns an Ol5l2 3456 5ll, wir melden uns schnell.",
  "JANA – Duesseldorf (Kopie)", "Jana", 33, "Duesseldorf", ph=["+4915123456511"], dis=["+4915123456511"], f="tp c", hd=True, ft=True, share="de-jana")
A("de", "laternenweg-test", "Keine Ziffern erlaubt, also: null eins fünf eins zwei, drei vier fünf sechs, fünf eins drei. Petra, Kassel.",
  "Petra Kassel", "Petra", 47, "Kassel", ph=["+4915123456513"], dis=["+4915123456513"])
A("de", "stille-massage-demo", "Wellnessmassage in Münster 💆‍♀️ Ruf an: 0️⃣1️⃣5️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣6️⃣5️⃣1️⃣4️⃣",
  "Wellness Münster", "Birgit", 50, "Münster", ph=["+4915123456514"], dis=["+4915123456514"])
A("de", "laternenweg-test", "Ruhige Abende in Erfurt. Ruf Heike an: 0 1 5 1 2 3 4 5 6 5 1 5. Nur für erwachsene, höfliche Herren.",
  "Heike in Erfurt", "Heike", 46, "Erfurt", ph=["+4915123456515"])
A("de", "laternenweg-test", "ICH ARBEITE NUR FÜR MICH. KEIN ZUHÄLTER, KEINE AGENTUR, KEIN FAHRER. ECHTE FOTOS. RUF MICH AN, NICOLE, 01512 3456516, NÜRNBERG.",
  "100 % SELBSTSTÄNDIG", "Nicole", 36, "Nürnberg", ph=["+4915123456516"], f="tr")
A("de", "stille-massage-demo", "🍂🕯️🍵 Entspannung in Potsdam 🍵🕯️🍂 Warme Öle, leise Musik. Termin bei Karin 🍂 01512 3456517",
  "🍂 Entspannung 🍂", "Karin", 52, "Potsdam", ph=["+4915123456517"])
A("de", "laternenweg-test", "Ich bin NICHT rund um die Uhr erreichbar. Telefon an von 12 bis 20 Uhr, Montag bis Freitag, am Wochenende habe ich frei. Doris, Mainz, 01512 3456518",
  "Doris – feste Zeiten", "Doris", 51, "Mainz", ph=["+4915123456518"])
A("de", "laternenweg-test", "Zwei Freundinnen, Nele und Mara, teilen sich eine Wohnung in Bochum. Wir sind beide selbstständig und machen unsere Termine jede für sich. Nele 01512 3456519, Mara 01512 3456569.",
  "Zwei Freundinnen in Bochum", "Nele & Mara", None, "Bochum", ph=["+4915123456519", "+4915123456569"], f="mp")
A("de", "stille-massage-demo", "Nicht mehr ganz jung, dafür mit dreißig Jahren Erfahrung und viel Geduld. Entspannungsmassage in Regensburg. Hildegard, 01512 3456520",
  "Nicht mehr ganz jung", "Hildegard", 62, "Regensburg", ph=["+4915123456520"])
A("de", "stille-massage-demo", "Staatlich geprüfte Masseurin und medizinische Bademeisterin. Thai- und klassische Massage in eigener Praxis in Stuttgart. Termine unter 01512 3456521.",
  "Staatlich geprüfte Masseurin", "Sandra", 44, "Stuttgart", ph=["+4915123456521"], f="tr")
A("de", "laternenweg-test", "Ich gebe hier keine Nummer an. Schreib mir über das Nachrichtensystem der Seite, ich antworte innerhalb eines Tages. Berlin-Mitte, werktags.",
  "Nur über die Seite", "Marlene", 38, "Berlin", hd=True, ft=True)
A("de", "laternenweg-test", "Neu in Leipzig! Ich bin aus Chemnitz hierher gezogen, weil mein Partner eine Stelle bekommen hat, und habe meinen kleinen Massageraum wieder eröffnet. 01512 3456523",
  "Umgezogen nach Leipzig", "Steffi", 42, "Leipzig", ph=["+4915123456523"], f="mv", hd=True, ft=True)
A("de", "laternenweg-test", "Hi, ich bin Mia, 34, gebürtige Hamburgerin. Ich spreche gern English, so international guests are very welcome. Hamburg-Altona, text me: +49 1512 3456524",
  "Mia – Hamburg / English", "Mia", 34, "Hamburg", ph=["+4915123456524"])
A("de", "laternenweg-test", "Junge Studentin, 23, im Master in Heidelberg. Ich organisiere alles selbst und treffe nur wenige, nette Herren. 01512 3456525",
  "Studentin in Heidelberg", "Clara", 23, "Heidelberg", ph=["+4915123456525"], f="yt")
A("de", "laternenweg-test", "Ich bin gerade 50 geworden und feiere das mit neuen Bildern und einem neuen Sessel im Wartezimmer. Warmherzig und gelassen in Augsburg. 01512 3456526",
  "Neu mit 50", "Renate", 50, "Augsburg", ph=["+4915123456526"])
# --- positives
A("de", "laternenweg-test", "Terminwohnung Köln-Süd: wechselnde Damen, jede Woche andere Gesichter. Wer gerade da ist, steht jeden Montag hier. Anrufen unter 01512 3456527, wir sagen dir, wer frei ist.",
  "Terminwohnung – wechselnde Damen", None, None, "Koeln", ph=["+4915123456527"], f="tp mp c")
A("de", "laternenweg-test", "Modelwohnung Frankfurt – unsere Damen diese Woche:\n• Ramona (22), Rumänin, 1,68 m\n• Kinga (24), Ungarin\n• Paola (23), aus Kolumbien\n• Mira (25), Bulgarin\nTermine nur über die Rezeption. Diskretion ist bei uns selbstverständlich. 01512 3456528",
  "Modelwohnung Frankfurt", None, None, "Frankfurt", ph=["+4915123456528"], f="tp mp nat tr c", hd=True, ft=True)
A("de", "laternenweg-test", "Tour Norddeutschland: Hamburg 3.–4.11., Bremen 5.11., Hannover 6.–8.11. Zwei polnische Damen, nur wenige Tage pro Stadt. Buchung beim Manager: +48 512 345 529",
  "Tour Norddeutschland", None, None, "Hannover", ph=["+48512345529"], f="tp mp nat mv c")
A("de", "laternenweg-test", "Termine mit Alina nur über ihren Fahrer, er bringt sie zu dir ins Hotel und holt sie wieder ab. Sie selbst geht nicht ans Telefon. 01512 3456530",
  "Alina – Hotelbesuche", "Alina", 24, "München", ph=["+4915123456530"], f="tp c")
A("de", "laternenweg-test", "Sie spricht kein Deutsch und kaum Englisch, deshalb schreibst du mir und ich gebe es weiter. Sag mir, wann und wo. Süße Irina in Dortmund, +49 1512 3456531",
  "Irina – schreib mir", "Irina", 23, "Dortmund", ph=["+4915123456531"], f="tp c")
A("de", "stille-massage-demo", "Hallo Herr, ich bin neues Mädchen sehr jung zum ersten Mal in Deutschland, ich komme aus Ungarn, ich bin liebe Mädchen mit großes Herz, komm schnell schnell besuchen. Ruf 01512 3456532",
  "NEUES MÄDCHEN ERSTES MAL DEUTSCHLAND", "Reka", 20, "Berlin", ph=["+4915123456532"], f="yt nat mv c")
A("de", "laternenweg-test", "Emily ist gerade erst volljährig geworden und macht das zum allerersten Mal. Sie ist schüchtern, also sei nett zu ihr. Ruhige Wohnung in Offenbach. 01512 3456533",
  "Emily – ganz neu", "Emily", 18, "Offenbach", ph=["+4915123456533"], f="tp yt c")
A("de", "laternenweg-test", "Unsere Mädels sind Tag und Nacht für dich da, auch an Feiertagen. Alles ist möglich, auch ohne Gummi gegen Aufpreis. Ruf 01512 3456534 an, es geht immer jemand ran.",
  "Tag und Nacht – Duisburg", None, None, "Duisburg", ph=["+4915123456534"], f="tp mp 247 rs c")
A("de", "laternenweg-test", "Jessy 🌹 1 🌹 = 150 € | 👑 = ganze Nacht | 🍒 auf Anfrage\nSie besucht dich im Hotel in Berlin. 01512 3456535",
  "Jessy 🌹👑🍒", "Jessy", 22, "Berlin", ph=["+4915123456535"], f="tp em c")
A("de", "laternenweg-test", "Ich heiße Diana und bin 27. Mein Freund geht ans Telefon und macht die Termine für mich, er spricht besser Deutsch. Nicht wundern, wenn ein Mann antwortet. 01512 3456536",
  "Diana in Essen", "Diana", 27, "Essen", ph=["+4915123456536"], f="c")
A("de", "laternenweg-test", "Die Damen wohnen bei uns im Haus in Gelsenkirchen, es ist also immer eine da. Sie kommen aus Rumänien und Bulgarien. Wir kümmern uns um Essen und Fahrten, du musst nur 01512 3456537 anrufen.",
  "Haus mit mehreren Damen", None, None, "Gelsenkirchen", ph=["+4915123456537"], f="tp mp nat c")
A("de", "laternenweg-test", "JEDE WOCHE NEUE GIRLS AUS OSTEUROPA!!! BILLIGSTE PREISE IN DER STADT!!! JETZT ANRUFEN 01512 3456538!!!",
  "JEDE WOCHE NEUE GIRLS", None, None, "Hamburg", ph=["+4915123456538"], f="tp mp nat c")
A("de", "laternenweg-test", "Du willst Sara treffen? Ruf zuerst Mama an: null-eins-fünf-eins-zwei / drei-vier-fünf-sechs / fünf-drei-neun. Sie bestimmt die Zeiten.",
  "Sara – frag Mama", "Sara", 23, "Köln", ph=["+4915123456539"], dis=["+4915123456539"], f="tp c")
A("de", "laternenweg-test", "Unsere Damen pendeln jede Woche zwischen Flensburg und Kolding. Diese Woche in Flensburg von Dienstag bis Donnerstag, danach wieder in Dänemark. Dänische Nummer: +45 34 41 25 40",
  "Flensburg–Kolding", None, None, "Flensburg", ph=["+4534412540"], f="tp mp mv c")
A("de", "laternenweg-test", "Die zierliche Lucy sieht viel jünger aus als sie ist. Besuch uns in Mannheim. 01512 3456541",
  "Zierliche Lucy", "Lucy", 20, "Mannheim", ph=["+4915123456541"], f="tp yt c")
A("de", "laternenweg-test", "Ich schreibe für eine Freundin, die kein Deutsch kann. Sie ist seit Sonntag hier und wohnt vorerst bei mir. Schreib mir eine PN, dann leite ich es weiter.",
  "Für eine Freundin", None, None, "Berlin", f="tp mv c", hd=True, ft=True)

# =========================================================================== pl
A("pl", "wieczorem-demo", "Wolna dziś wieczorem, Mokotów. SMS do Asi 512 345 601 🙂",
  "Wolna dziś wieczorem", "Asia", 38, "Warszawa", ph=["+48512345601"])
A("pl", "wieczorem-demo", "Cześć, jestem Ola, mam 19 lat i pracuję w kawiarni na Kazimierzu. Wieczorami spotykam się z kilkoma kulturalnymi panami u siebie w mieszkaniu w Krakowie. Sama ustalam godziny. +48 512 345 602",
  "Ola, Kraków", "Ola", 19, "Kraków", ph=["+48512345602"], hd=True, ft=True)
A("pl", "stille-massage-demo", "Nowe zdjęcia, nowy kolor włosów i nowy rok za pasem – ale ten sam gabinet w Poznaniu od siedmiu lat. Mam 44 lata i dużo spokoju. Zapisy: 512-345-603",
  "Nowe zdjęcia, ten sam gabinet", "Beata", 44, "Poznań", ph=["+48512345603"], hd=True, ft=True)
A("pl", "stille-massage-demo", "U mnie świeżo parzona kawa, świeże ręczniki i widok na ogród. Masaż klasyczny w Gdyni. Dzwoń do Ewy: 512345604",
  "Kawa i spokój w Gdyni", "Ewa", 52, "Gdynia", ph=["+48512345604"])
A("pl", "wieczorem-demo", "Mówię po polsku, angielsku i norwesku – przez dziesięć lat pracowałam w Bergen. Miłe towarzystwo we Wrocławiu. Kasia, 0048 512 345 605",
  "Kasia – trzy języki", "Kasia", 41, "Wrocław", ph=["+48512345605"], ft=True)
A("pl", "wieczorem-demo", "Jestem Ślązaczką z dziada pradziada, z Katowic, i nie dam złego słowa powiedzieć o kluskach. Ciepła, wesoła, własne mieszkanie. 512 345 606",
  "Ślązaczka z Katowic", "Grażyna", 47, "Katowice", ph=["+48512345606"], f="nat")
A("pl", "wieczorem-demo", "Sama jadę do Gdańska od 12 do 14 listopada, wynajęłam małe mieszkanie na Starym Mieście. Proszę o wcześniejszy kontakt: 512 345 607. Potem wracam do Bydgoszczy.",
  "Gdańsk 12–14.11", "Monika", 39, "Gdańsk", ph=["+48512345607"], f="mv")
A("pl", "wieczorem-demo", "Jesteśmy Marta i Tomek, małżeństwo z Łodzi, oboje po czterdziestce. Piszemy razem i chętnie poznamy innych dorosłych na kolację i rozmowę. Marta: 512 345 608",
  "Para z Łodzi", "Marta & Tomek", None, "Łódź", ph=["+48512345608"])
A("pl", "stille-massage-demo", "Z księgi gości: „Najspokojniejsza godzina w całym miesiącu, ona naprawdę słucha.” Dziękuję! Masaż w Lublinie, Jadwiga, 512 345 609",
  "Z księgi gości", "Jadwiga", 57, "Lublin", ph=["+48512345609"])
A("pl", "wieczorem-demo", "Witam serdecznie. Jestem dojrzałą kobietą z poczuciem humoru, cenię dobre rozmowy. Przyjmuję w Szczecinie, w dni powszednie 10-18. Najpierw SMS: 512 345 610",
  "Dojrzała kobieta, Szczecin", "Halina", 54, "Szczecin", ph=["+48512345610"], hd=True, ft=True)
A("pl", "wieczorem-demo", "Cześć, jestem Magda, 32 lata. Mam własne mieszkanie na Żoliborzu i sama ustalam terminy. Odpowiadam tylko na SMS. Magda: 512 345 611",
  "Magda, Żoliborz", "Magda", 32, "Warszawa", ph=["+48512345611"], share="pl-magda")
A("pl", "annonceraspeil-test", "Magda ma 32 lata i właśnie dołączyła do naszego zespołu w Warszawie. To my umawiamy jej wizyty, więc napisz do nas: 5l2 3A5 6ll (A = 4).",
  "MAGDA – Warsaw (kopia)", "Magda", 32, "Warsaw", ph=["+48512345611"], dis=["+48512345611"], f="tp c", hd=True, ft=True, share="pl-magda")
A("pl", "wieczorem-demo", "Numery są tu blokowane, więc: pięćset dwanaście, trzysta czterdzieści pięć, sześćset trzynaście. Iwona, Rzeszów.",
  "Iwona, Rzeszów", "Iwona", 46, "Rzeszów", ph=["+48512345613"], dis=["+48512345613"])
A("pl", "stille-massage-demo", "Masaż relaksacyjny w Toruniu. Dzwoń:\n512 345\n(po 16:00)\n614",
  "Masaż Toruń", "Dorota", 49, "Toruń", ph=["+48512345614"], dis=["+48512345614"])
A("pl", "wieczorem-demo", "Spokojne wieczory w Opolu. Zadzwoń do Renaty: 5 1 2 3 4 5 6 1 5. Tylko dla dorosłych, kulturalnych panów.",
  "Renata, Opole", "Renata", 45, "Opole", ph=["+48512345615"])
A("pl", "wieczorem-demo", "PRACUJĘ TYLKO DLA SIEBIE. BEZ AGENCJI, BEZ KIEROWCY, BEZ ALFONSA. PRAWDZIWE ZDJĘCIA. DZWOŃ DO MNIE, KAROLINA, 512 345 616, KRAKÓW.",
  "W 100% NIEZALEŻNA", "Karolina", 35, "Krakow", ph=["+48512345616"], f="tr")
A("pl", "stille-massage-demo", "🌷🕯️🍵 Relaks w Sopocie 🍵🕯️🌷 Ciepłe olejki, cicha muzyka, szum morza. Zapisy u Eli 🌷 512 345 617",
  "🌷 Relaks 🌷", "Ela", 50, "Sopot", ph=["+48512345617"])
A("pl", "wieczorem-demo", "NIE jestem dostępna całą dobę. Telefon od 12 do 20, od poniedziałku do piątku, weekendy mam wolne. Bożena, Kielce, 512 345 618",
  "Bożena – stałe godziny", "Bożena", 51, "Kielce", ph=["+48512345618"])
A("pl", "wieczorem-demo", "Dwie przyjaciółki, Zuza i Natalia, wynajmujemy razem mieszkanie w Gdańsku. Obie jesteśmy niezależne i każda umawia się sama. Zuza 512 345 619, Natalia 512 345 669.",
  "Dwie przyjaciółki, Gdańsk", "Zuza & Natalia", None, "Gdansk", ph=["+48512345619", "+48512345669"], f="mp")
A("pl", "stille-massage-demo", "Nie jestem już młoda, za to mam trzydzieści lat doświadczenia i dużo cierpliwości. Masaż relaksacyjny w Białymstoku. Teresa, 512 345 620",
  "Nie jestem już młoda", "Teresa", 61, "Białystok", ph=["+48512345620"])
A("pl", "stille-massage-demo", "Dyplomowana fizjoterapeutka. Masaż tajski i klasyczny we własnym gabinecie w Łodzi. Zapisy: 512 345 621.",
  "Dyplomowana fizjoterapeutka", "Agata", 43, "Lodz", ph=["+48512345621"], f="tr")
A("pl", "wieczorem-demo", "Nie podaję tu numeru. Napisz przez system wiadomości na stronie, odpowiem w ciągu doby. Warszawa, dni robocze.",
  "Tylko przez stronę", "Justyna", 37, "Warszawa", hd=True, ft=True)
A("pl", "wieczorem-demo", "Nowa w mieście! Przeprowadziłam się z Olsztyna do Poznania za pracą męża i otworzyłam znowu mój mały gabinet masażu na Jeżycach. 512 345 623",
  "Przeprowadzka do Poznania", "Agnieszka", 42, "Poznan", ph=["+48512345623"], f="mv", hd=True, ft=True)
A("pl", "skovsoe-test", "Hej! Jestem Basia, polka, 36 lat, mieszkam w Kobenhavn od 8 lat. Taler også dansk, så bare ring. Vesterbro, +45 34 41 26 24",
  "Basia – Vesterbro", "Basia", 36, "Kobenhavn", ph=["+4534412624"], f="nat")
A("pl", "wieczorem-demo", "Młoda studentka, 24 lata, na ostatnim roku prawa we Wrocławiu. Wszystko organizuję sama i spotykam się tylko z nielicznymi. 512 345 625",
  "Studentka, Wrocław", "Wiktoria", 24, "Wroclaw", ph=["+48512345625"], f="yt")
A("pl", "wieczorem-demo", "Skończyłam właśnie 50 lat i świętuję nowymi zdjęciami. Ciepła i spokojna kobieta w Częstochowie. 512 345 626",
  "Pięćdziesiątka i nowe zdjęcia", "Danuta", 50, "Częstochowa", ph=["+48512345626"])
# --- positives
A("pl", "wieczorem-demo", "Agencja Perła – nasze panie w tym tygodniu:\n– Larisa (22), Ukrainka, 168 cm\n– Oksana (24), z Białorusi\n– Daria (23), Mołdawianka\n– Nika (25), Rosjanka\nUmawiamy tylko przez recepcję. Pełna dyskrecja. 512 345 627",
  "Agencja Perła – Warszawa", None, None, "Warszawa", ph=["+48512345627"], f="tp mp nat tr c", hd=True, ft=True)
A("pl", "wieczorem-demo", "Trasa: Gdańsk 3–4.11, Bydgoszcz 5.11, Poznań 6–8.11. Dwie Rumunki w podróży, tylko kilka dni w każdym mieście. Rezerwacje u menadżera: +40 712 034 628",
  "Trasa po Polsce", None, None, "Gdańsk", ph=["+40712034628"], f="tp mp nat mv c")
A("pl", "wieczorem-demo", "Spotkania z Sandrą tylko przez jej kierowcę – przywiezie ją do hotelu i odbierze. Ona sama nie odbiera telefonu. 512 345 629",
  "Sandra – hotele", "Sandra", 24, "Katowice", ph=["+48512345629"], f="tp c")
A("pl", "wieczorem-demo", "Ona nie mówi po polsku i słabo po angielsku, dlatego piszesz do mnie, a ja przekazuję. Napisz kiedy i gdzie. Słodka Tanya w Krakowie, +48 512 345 630",
  "Tanya – pisz do mnie", "Tanya", 23, "Kraków", ph=["+48512345630"], f="tp c")
A("pl", "stille-massage-demo", "Witam pana, ja jestem nowa dziewczyna bardzo młoda pierwszy raz w Polsce, pochodzę z Wietnamu, jestem dobra dziewczyna z wielkie serce, przyjdź szybko szybko. Dzwoń 512 345 631",
  "NOWA DZIEWCZYNA PIERWSZY RAZ POLSKA", "Mai", 21, "Warszawa", ph=["+48512345631"], f="yt nat mv c")
A("pl", "wieczorem-demo", "Nikola dopiero co skończyła osiemnaście lat i robi to pierwszy raz w życiu. Jest nieśmiała, więc bądź miły. Spokojne mieszkanie w Gliwicach. 512 345 632",
  "Nikola – pierwszy raz", "Nikola", 18, "Gliwice", ph=["+48512345632"], f="tp yt c")
A("pl", "wieczorem-demo", "Nasze dziewczyny są dla ciebie dzień i noc, także w święta. Wszystko do ustalenia, również bez zabezpieczenia za dopłatą. Dzwoń 512 345 633, zawsze ktoś odbierze.",
  "Dzień i noc – Łódź", None, None, "Łódź", ph=["+48512345633"], f="tp mp 247 rs c")
A("pl", "wieczorem-demo", "Klaudia 🌹 1 🌹 = 300 zł | 👑 = cała noc | 🍒 zapytaj\nOdwiedzi cię w hotelu w Warszawie. 512 345 634",
  "Klaudia 🌹👑🍒", "Klaudia", 22, "Warszawa", ph=["+48512345634"], f="tp em c")
A("pl", "wieczorem-demo", "Co poniedziałek nowe twarze w mieszkaniu przy Piotrkowskiej. Zaglądaj na stronę, żeby zobaczyć, kto jest w tym tygodniu. 512 345 635",
  "Nowe twarze co tydzień", None, None, "Łódź", ph=["+48512345635"], f="tp mp c")
A("pl", "wieczorem-demo", "Mam na imię Roksana, 27 lat. Mój chłopak odbiera telefon i umawia terminy za mnie, lepiej mówi po polsku. Nie zdziw się, że odbierze mężczyzna. 512 345 636",
  "Roksana, Wrocław", "Roksana", 27, "Wrocław", ph=["+48512345636"], f="c")
A("pl", "wieczorem-demo", "Piszę w imieniu koleżanki, która nie zna polskiego. Przyjechała w niedzielę i na razie mieszka u mnie. Napisz PW do mnie, przekażę.",
  "W imieniu koleżanki", None, None, "Warszawa", f="tp mv c", hd=True, ft=True)
A("pl", "wieczorem-demo", "Dziewczyny mieszkają u nas w domu pod Poznaniem, więc zawsze któraś jest na miejscu. Pochodzą z Ukrainy i Bułgarii. Zapewniamy jedzenie i transport, ty tylko dzwonisz 512 345 637.",
  "Dom – kilka pań", None, None, "Poznań", ph=["+48512345637"], f="tp mp nat c")
A("pl", "wieczorem-demo", "NOWE DZIEWCZYNY ZE WSCHODU CO TYDZIEŃ!!! NAJTANIEJ W MIEŚCIE!!! DZWOŃ TERAZ 512 345 638!!!",
  "NOWE DZIEWCZYNY CO TYDZIEŃ", None, None, "Szczecin", ph=["+48512345638"], f="tp mp nat c")
A("pl", "wieczorem-demo", "Chcesz poznać Weronikę? Najpierw zadzwoń do mamy: pięć-jeden-dwa / trzy-cztery-pięć / sześć-trzy-dziewięć. To ona ustala godziny.",
  "Weronika – pytaj mamę", "Weronika", 23, "Kraków", ph=["+48512345639"], dis=["+48512345639"], f="tp c")
A("pl", "wieczorem-demo", "Nasze panie co tydzień jeżdżą między Szczecinem a Malmö. W tym tygodniu w Szczecinie od wtorku do czwartku. Numer szwedzki: +46 70 123 46 40",
  "Szczecin–Malmö", None, None, "Szczecin", ph=["+46701234640"], f="tp mp mv c")
A("pl", "wieczorem-demo", "Drobniutka Amelka wygląda na dużo młodszą niż jest. Zapraszamy do nas w Lublinie. 512 345 641",
  "Drobniutka Amelka", "Amelka", 20, "Lublin", ph=["+48512345641"], f="tp yt c")

# =========================================================================== ro
A("ro", "licurici-test", "Libera in seara asta, zona Floreasca. SMS la Carmen 0712 034 701 😊",
  "Libera diseara", "Carmen", 39, "Bucuresti", ph=["+40712034701"])
A("ro", "licurici-test", "Buna, sunt Ioana, am 20 de ani si lucrez ziua la o librarie. Seara primesc cativa domni politicosi in apartamentul meu din Cluj. Eu imi aleg orele si nu ma grabesc. +40 712 034 702",
  "Ioana, Cluj", "Ioana", 20, "Cluj-Napoca", ph=["+40712034702"], hd=True, ft=True)
A("ro", "stille-massage-demo", "Poze noi, coafura noua si an nou aproape – dar acelasi cabinet in Brasov de sapte ani. Am 46 de ani si multa rabdare. Programari: 0712.034.703",
  "Poze noi, acelasi cabinet", "Mihaela", 46, "Brasov", ph=["+40712034703"], hd=True, ft=True)
A("ro", "stille-massage-demo", "La mine gasesti cafea proaspat facuta, prosoape proaspete si liniste. Masaj clasic in Sibiu. Suna-o pe Doina: 0712-034-704",
  "Cafea si liniste in Sibiu", "Doina", 53, "Sibiu", ph=["+40712034704"])
A("ro", "licurici-test", "Vorbesc romana, italiana si engleza – am lucrat zece ani in Torino. Companie placuta in Timisoara. Lavinia, 0040 712 034 705",
  "Lavinia – trei limbi", "Lavinia", 41, "Timisoara", ph=["+40712034705"], ft=True)
A("ro", "licurici-test", "Sunt moldoveanca din Chisinau, dar traiesc in Iasi de cincisprezece ani si ma simt acasa aici. Calda, vesela, apartament propriu. 0712 034 706",
  "Moldoveanca in Iasi", "Valentina", 45, "Iasi", ph=["+40712034706"], f="nat")
A("ro", "licurici-test", "Merg singura la Constanta intre 12 si 14 noiembrie, am inchiriat un apartament mic langa port. Va rog anuntati-va din timp: 0712 034 707. Apoi ma intorc la Galati.",
  "Constanta 12–14 nov", "Simona", 38, "Constanta", ph=["+40712034707"], f="mv")
A("ro", "licurici-test", "Suntem Alina si Radu, casatoriti de zece ani, din Oradea. Scriem anuntul impreuna si ne place sa cunoastem alti adulti la o cina si o discutie buna. Alina: 0712 034 708",
  "Cuplu din Oradea", "Alina & Radu", None, "Oradea", ph=["+40712034708"])
A("ro", "stille-massage-demo", "O clienta veche mi-a spus: „La tine e singura ora din luna in care ma linistesc.” Asta m-a bucurat mult. Masaj in Craiova, Elena, 0712 034 709",
  "Singura ora linistita", "Elena", 56, "Craiova", ph=["+40712034709"])
A("ro", "licurici-test", "Bine ati venit. Sunt o femeie matura, cu umor, imi plac conversatiile bune. Primesc in Ploiesti, in zilele lucratoare 10-18. Intai un SMS, va rog: 0712 034 710",
  "Femeie matura, Ploiesti", "Rodica", 54, "Ploiesti", ph=["+40712034710"], hd=True, ft=True)
A("ro", "licurici-test", "Buna, sunt Andra, 31 de ani. Am apartamentul meu in Cotroceni si imi fac singura programul. Raspund doar la SMS. Andra: 0712 034 711",
  "Andra, Cotroceni", "Andra", 31, "Bucuresti", ph=["+40712034711"], share="ro-andra")
A("ro", "annonceraspeil-test", "Andra are 31 de ani si tocmai s-a alaturat echipei noastre in Bucharest. Noi ii facem programarile, asa ca scrie-ne la: zero sapte sute doisprezece, zero treizeci si patru, sapte sute unsprezece.",
  "ANDRA – Bucharest (copie)", "Andra", 31, "Bucharest", ph=["+40712034711"], dis=["+40712034711"], f="tp c", hd=True, ft=True, share="ro-andra")
A("ro", "licurici-test", "Aici numerele sunt sterse, deci: zero sapte unu doi, zero trei patru, sapte unu trei. Gabriela, Pitesti.",
  "Gabriela, Pitesti", "Gabriela", 47, "Pitesti", ph=["+40712034713"], dis=["+40712034713"])
A("ro", "stille-massage-demo", "Masaj de relaxare in Arad 💆‍♀️ Suna: O7l2 O34 7l4",
  "Masaj Arad", "Florina", 49, "Arad", ph=["+40712034714"], dis=["+40712034714"])
A("ro", "licurici-test", "Seri linistite in Bacau. Suna-ma, Luminita: 0 7 1 2 0 3 4 7 1 5. Doar domni adulti si politicosi.",
  "Luminita, Bacau", "Luminita", 45, "Bacau", ph=["+40712034715"])
A("ro", "licurici-test", "LUCREZ DOAR PENTRU MINE. FARA AGENTIE, FARA SOFER, FARA PESTE. POZE REALE. SUNA-MA, ROXANA, 0712 034 716, CLUJ.",
  "100% INDEPENDENTA", "Roxana", 35, "Cluj", ph=["+40712034716"], f="tr")
A("ro", "stille-massage-demo", "🌼🕯️🍵 Relaxare in Targu Mures 🍵🕯️🌼 Uleiuri calde si muzica linistita. Programari la Ana 🌼 0712 034 717",
  "🌼 Relaxare 🌼", "Ana", 50, "Targu Mures", ph=["+40712034717"])
A("ro", "licurici-test", "NU sunt disponibila zi si noapte. Telefonul e deschis de la 12 la 20, de luni pana vineri, in weekend am liber. Cornelia, Suceava, 0712 034 718",
  "Cornelia – program fix", "Cornelia", 51, "Suceava", ph=["+40712034718"])
A("ro", "licurici-test", "Doua prietene, Bianca si Diana, impartim un apartament in Timisoara. Suntem amandoua independente si fiecare isi face singura programarile. Bianca 0712 034 719, Diana 0712 034 769.",
  "Doua prietene, Timisoara", "Bianca & Diana", None, "Timișoara", ph=["+40712034719", "+40712034769"], f="mp")
A("ro", "stille-massage-demo", "Nu mai sunt tanara, dar am treizeci de ani de experienta si multa rabdare. Masaj de relaxare in Baia Mare. Maria, 0712 034 720",
  "Nu mai sunt tanara", "Maria", 60, "Baia Mare", ph=["+40712034720"])
A("ro", "stille-massage-demo", "Kinetoterapeuta autorizata, cu diploma. Masaj thailandez si clasic in cabinetul meu din Cluj-Napoca. Programari 0712 034 721.",
  "Kinetoterapeuta autorizata", "Adela", 43, "Cluj-Napoca", ph=["+40712034721"], f="tr")
A("ro", "licurici-test", "Nu las numar aici. Scrie-mi prin mesageria site-ului si iti raspund in 24 de ore. Bucuresti, doar in timpul saptamanii.",
  "Doar prin site", "Irina", 37, "București", hd=True, ft=True)
A("ro", "licurici-test", "Noua in oras! M-am mutat din Deva in Brasov pentru serviciul sotului si mi-am redeschis micul cabinet de masaj. 0712 034 723",
  "M-am mutat in Brasov", "Ramona", 42, "Brașov", ph=["+40712034723"], f="mv", hd=True, ft=True)
A("ro", "skovsoe-test", "Buna! Sunt Georgiana, romanca, 34 de ani, locuiesc in Aarhus de 9 ani. Jeg taler også dansk, så ring bare. Aarhus C, +45 34 41 27 24",
  "Georgiana – Aarhus", "Georgiana", 34, "Aarhus", ph=["+4534412724"], f="nat")
A("ro", "licurici-test", "Tanara studenta, 24 de ani, in ultimul an la Medicina in Iasi. Organizez totul singura si ma intalnesc cu putini domni. 0712 034 725",
  "Studenta, Iasi", "Teodora", 24, "Iași", ph=["+40712034725"], f="yt")
A("ro", "licurici-test", "Tocmai am implinit 50 de ani si sarbatoresc cu poze noi. Femeie calda si linistita in Buzau. 0712 034 726",
  "50 de ani si poze noi", "Viorica", 50, "Buzau", ph=["+40712034726"])
# --- positives
A("ro", "licurici-test", "Club Safir – doamnele noastre saptamana aceasta:\n* Yana (22), ucraineanca, 1,68\n* Lera (24), din Rusia\n* Mirela (23), bulgaroaica\n* Nadia (25), din Republica Moldova\nProgramari doar prin receptie. Discretie totala. 0712 034 727",
  "Club Safir – Bucuresti", None, None, "Bucuresti", ph=["+40712034727"], f="tp mp nat tr c", hd=True, ft=True)
A("ro", "licurici-test", "Turneu: Constanta 3–4.11, Brasov 5.11, Cluj 6–8.11. Doua spaniole in calatorie, doar cateva zile in fiecare oras. Rezervari la manager: +34 612 345 728",
  "Turneu prin tara", None, None, "Cluj", ph=["+34612345728"], f="tp mp nat mv c")
A("ro", "licurici-test", "Intalnirile cu Sonia doar prin soferul ei, el o aduce la hotel si o ia inapoi. Ea nu raspunde la telefon. 0712 034 729",
  "Sonia – la hotel", "Sonia", 24, "Constanta", ph=["+40712034729"], f="tp c")
A("ro", "licurici-test", "Ea nu vorbeste romana si nici engleza aproape deloc, de aceea imi scrii mie si eu ii transmit. Spune-mi cand si unde. Dulcea Katya in Timisoara, +40 712 034 730",
  "Katya – scrie-mi mie", "Katya", 23, "Timisoara", ph=["+40712034730"], f="tp c")
A("ro", "stille-massage-demo", "Buna ziua domn, eu sunt fata noua foarte tanara prima data in Romania, vin din Filipine, eu fata buna cu inima mare, vino repede repede. Suna 0712 034 731",
  "FATA NOUA PRIMA DATA ROMANIA", "Joy", 21, "Bucuresti", ph=["+40712034731"], f="yt nat mv c")
A("ro", "licurici-test", "Bianca abia a implinit optsprezece ani si face asta pentru prima data in viata ei. E timida, deci fii dragut. Apartament linistit in Ploiesti. 0712 034 732",
  "Bianca – prima data", "Bianca", 18, "Ploiesti", ph=["+40712034732"], f="tp yt c")
A("ro", "licurici-test", "Fetele noastre sunt aici zi si noapte, si in sarbatori. Totul se poate stabili, inclusiv fara protectie cu supliment. Suna 0712 034 733, raspunde mereu cineva.",
  "Zi si noapte – Bucuresti", None, None, "Bucuresti", ph=["+40712034733"], f="tp mp 247 rs c")
A("ro", "licurici-test", "Daria 🌹 1 🌹 = 400 lei | 👑 = toata noaptea | 🍒 intreaba\nTe viziteaza la hotel in Cluj. 0712 034 734",
  "Daria 🌹👑🍒", "Daria", 22, "Cluj", ph=["+40712034734"], f="tp em c")
A("ro", "licurici-test", "In fiecare luni chipuri noi in apartamentul de langa Unirii. Intra pe pagina ca sa vezi cine e aici saptamana asta. 0712 034 735",
  "Chipuri noi in fiecare luni", None, None, "Bucuresti", ph=["+40712034735"], f="tp mp c")
A("ro", "licurici-test", "Ma numesc Larisa, am 27 de ani. Prietenul meu raspunde la telefon si imi face programarile. Nu te mira daca raspunde un barbat. 0712 034 736",
  "Larisa, Brasov", "Larisa", 27, "Brasov", ph=["+40712034736"], f="c")
A("ro", "kvartersnak-forum-demo", "Scriu pentru o prietena care nu stie daneza. A venit duminica in Odense si sta la mine deocamdata. Trimite-mi PM si ii transmit eu.",
  "Pentru o prietena", None, None, "Odense", f="tp mv c", hd=True, ft=True)
A("ro", "licurici-test", "Fetele locuiesc la noi in casa de langa Pitesti, deci mereu e una acasa. Sunt din Moldova si Ucraina. Ne ocupam noi de mancare si transport, tu doar suni la 0712 034 737.",
  "Casa cu mai multe fete", None, None, "Pitesti", ph=["+40712034737"], f="tp mp nat c")
A("ro", "licurici-test", "FETE NOI DIN EST IN FIECARE SAPTAMANA!!! CELE MAI MICI PRETURI DIN ORAS!!! SUNA ACUM 0712 034 738!!!",
  "FETE NOI IN FIECARE SAPTAMANA", None, None, "Iasi", ph=["+40712034738"], f="tp mp nat c")
A("ro", "licurici-test", "Vrei sa o cunosti pe Alexia? Suna intai la mami: zero-sapte-unu-doi / zero-trei-patru / sapte-trei-noua. Ea stabileste orele.",
  "Alexia – intreaba-o pe mami", "Alexia", 23, "Craiova", ph=["+40712034739"], dis=["+40712034739"], f="tp c")
A("ro", "licurici-test", "Doamnele noastre merg in fiecare saptamana intre Oslo si Stockholm. Saptamana asta in Oslo de marti pana joi. Numar norvegian: +47 406 12 740",
  "Oslo–Stockholm", None, None, "Oslo", ph=["+4740612740"], f="tp mp mv c")
A("ro", "licurici-test", "Micuta Sara arata mult mai tanara decat este. Te asteptam in Galati. 0712 034 741",
  "Micuta Sara", "Sara", 20, "Galati", ph=["+40712034741"], f="tp yt c")

# =========================================================================== es
A("es", "farolillo-demo", "Libre esta noche por Malasaña, whatsapp a Nuria 612 34 58 01 😘",
  "Libre esta noche", "Nuria", 37, "Madrid", ph=["+34612345801"])
A("es", "farolillo-demo", "Hola, soy Lucía, tengo 19 años y trabajo por las mañanas en una panadería. Por la tarde recibo a pocos señores educados en mi propio piso en Valencia. Yo pongo los horarios y sin prisas. +34 612 345 802",
  "Lucía, Valencia", "Lucía", 19, "Valencia", ph=["+34612345802"], hd=True, ft=True)
A("es", "stille-massage-demo", "Fotos nuevas, pelo nuevo y año nuevo a la vuelta de la esquina, pero el mismo gabinete en Zaragoza desde hace siete años. Tengo 45 y mucha calma. Citas: 612-345-803",
  "Fotos nuevas, mismo gabinete", "Pilar", 45, "Zaragoza", ph=["+34612345803"], hd=True, ft=True)
A("es", "stille-massage-demo", "En mi casa hay café recién hecho, toallas frescas y vistas al patio. Masaje clásico en Granada. Llama a Rocío: 612.34.58.04",
  "Café y calma en Granada", "Rocío", 52, "Granada", ph=["+34612345804"])
A("es", "farolillo-demo", "Hablo español, catalán, inglés y un poco de sueco porque viví dos años en Gotemburgo. Compañía agradable en Barcelona, Gràcia. Montse, 0034 612 345 805",
  "Montse – cuatro idiomas", "Montse", 40, "Barcelona", ph=["+34612345805"], ft=True)
A("es", "farolillo-demo", "Soy canaria de toda la vida, de Las Palmas, aunque ahora vivo en Sevilla y echo de menos el mar. Cariñosa, risueña, piso propio en Triana. 612345806",
  "Canaria en Sevilla", "Yaiza", 41, "Sevilla", ph=["+34612345806"])
A("es", "farolillo-demo", "Viajo sola a Málaga del 12 al 14 de noviembre, he alquilado un apartamento pequeño cerca del puerto. Avísame antes: 612 34 58 07. Después vuelvo a Córdoba.",
  "Málaga 12–14 nov", "Marisa", 38, "Malaga", ph=["+34612345807"], f="mv")
A("es", "farolillo-demo", "Somos Carmen y Javier, casados desde hace quince años, de Bilbao. Escribimos juntos este anuncio y nos gusta conocer a otros adultos para cenar y charlar. Carmen: 612 34 58 08",
  "Pareja de Bilbao", "Carmen & Javier", None, "Bilbao", ph=["+34612345808"])
A("es", "stille-massage-demo", "Una clienta de hace años me dijo: «Contigo es la única hora del mes en que desconecto de verdad.» Me alegró el día. Masaje en Valladolid, Begoña, 612 34 58 09",
  "La única hora del mes", "Begoña", 56, "Valladolid", ph=["+34612345809"])
A("es", "farolillo-demo", "Bienvenido. Soy una mujer madura con sentido del humor, me encantan las buenas conversaciones. Recibo en Alicante, de lunes a viernes de 10 a 18. Primero un mensaje, por favor: 612 34 58 10",
  "Mujer madura, Alicante", "Conchi", 55, "Alicante", ph=["+34612345810"], hd=True, ft=True)
A("es", "farolillo-demo", "Hola, soy Paula, 30 años. Tengo mi propio piso en Chamberí y organizo yo sola mi agenda. Solo contesto mensajes. Paula: 612 34 58 11",
  "Paula, Chamberí", "Paula", 30, "Madrid", ph=["+34612345811"], share="es-paula")
A("es", "annonceraspeil-test", "Paula tiene 30 años y acaba de unirse a nuestro equipo en Madrid. Nosotros gestionamos sus citas, escríbenos al 6️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣ 8️⃣1️⃣1️⃣ y te contestamos enseguida.",
  "PAULA – Madrid (copia)", "Paula", 30, "Madrid", ph=["+34612345811"], dis=["+34612345811"], f="tp c", hd=True, ft=True, share="es-paula")
A("es", "farolillo-demo", "Aquí borran los números, así que: seiscientos doce, trescientos cuarenta y cinco, ochocientos trece. Lola, Murcia.",
  "Lola, Murcia", "Lola", 46, "Murcia", ph=["+34612345813"], dis=["+34612345813"])
A("es", "stille-massage-demo", "Masaje relajante en Santander. Llámame al 6l2 3A5 8l4 (A es un cuatro).",
  "Masaje Santander", "Ainhoa", 48, "Santander", ph=["+34612345814"], dis=["+34612345814"])
A("es", "farolillo-demo", "Tardes tranquilas en Oviedo. Llama a Maite: 6 1 2 3 4 5 8 1 5. Solo señores adultos y educados.",
  "Maite, Oviedo", "Maite", 45, "Oviedo", ph=["+34612345815"])
A("es", "farolillo-demo", "TRABAJO SOLO PARA MÍ. SIN AGENCIA, SIN CHÓFER, SIN CHULO. FOTOS REALES. LLÁMAME, VANESA, 612 34 58 16, VALENCIA.",
  "100% INDEPENDIENTE", "Vanesa", 34, "Valencia", ph=["+34612345816"], f="tr")
A("es", "stille-massage-demo", "🌺🕯️☕ Relax en Palma 🕯️🌺 Aceites calientes, música suave y brisa del mar. Cita con Marga 🌺 612 34 58 17",
  "🌺 Relax 🌺", "Marga", 50, "Palma", ph=["+34612345817"])
A("es", "farolillo-demo", "NO estoy disponible las 24 horas. Teléfono de 12 a 20, de lunes a viernes; los fines de semana descanso. Amparo, Castellón, 612 34 58 18",
  "Amparo – horario fijo", "Amparo", 51, "Castellón", ph=["+34612345818"])
A("es", "farolillo-demo", "Dos amigas, Irene y Noelia, compartimos piso en Sevilla. Somos las dos independientes y cada una lleva sus propias citas. Irene 612 34 58 19, Noelia 612 34 58 69.",
  "Dos amigas en Sevilla", "Irene & Noelia", None, "Seville", ph=["+34612345819", "+34612345869"], f="mp")
A("es", "stille-massage-demo", "Ya no soy joven, pero tengo treinta años de experiencia y mucha paciencia. Masaje relajante en Salamanca. Encarna, 612 34 58 20",
  "Ya no soy joven", "Encarna", 61, "Salamanca", ph=["+34612345820"])
A("es", "stille-massage-demo", "Fisioterapeuta colegiada. Masaje tailandés y clásico en mi propia consulta en Bilbao. Citas al 612 34 58 21.",
  "Fisioterapeuta colegiada", "Itziar", 43, "Bilbao", ph=["+34612345821"], f="tr")
A("es", "farolillo-demo", "No dejo número aquí. Escríbeme por la mensajería de la web y te contesto en un día. Madrid, solo entre semana.",
  "Solo por la web", "Sara", 37, "Madrid", hd=True, ft=True)
A("es", "farolillo-demo", "¡Nueva en la ciudad! Me he mudado de Jaén a Valencia por el trabajo de mi pareja y he vuelto a abrir mi pequeño gabinete de masaje en Ruzafa. 612 34 58 23",
  "Mudanza a Valencia", "Inma", 42, "Valencia", ph=["+34612345823"], f="mv", hd=True, ft=True)
A("es", "nachtkompas-test", "¡Hola! Soy Rosa, colombiana, 35 años, vivo en Copenhague desde hace 9 años. I also speak English, so just call. Nørrebro, +45 34 41 28 24",
  "Rosa – Copenhagen", "Rosa", 35, "Copenhague", ph=["+4534412824"], f="nat")
A("es", "farolillo-demo", "Joven estudiante, 23 años, último curso de Arquitectura en Barcelona. Lo organizo todo yo y veo a muy pocos señores. 612 34 58 25",
  "Estudiante, Barcelona", "Laia", 23, "Barcelona", ph=["+34612345825"], f="yt")
A("es", "farolillo-demo", "Acabo de cumplir 50 y lo celebro con fotos nuevas. Mujer cálida y tranquila en Logroño. 612 34 58 26",
  "50 y fotos nuevas", "Mercedes", 50, "Logroño", ph=["+34612345826"])
# --- positives
A("es", "farolillo-demo", "CASA LUNA – nuestras chicas esta semana\n\nTe presentamos una selección cuidada de señoritas para caballeros exigentes. Todas nuestras chicas son verificadas y discretas, y las acompañamos a cada cita.\n\n1. DAYANA – 22 – venezolana – 1,65 m – alegre y cariñosa\n2. KARLA – 21 – dominicana – 1,60 m – recién llegada\n3. ANDREEA – 24 – rumana – 1,70 m – elegante\n4. MEI – 23 – china – 1,58 m – dulce y tranquila\n5. SVETA – 25 – rusa – 1,74 m – habla inglés\n\nDesde 100 € la hora. Salidas a hoteles de Madrid centro. Las citas solo por recepción, de 10:00 a 02:00: 612 34 58 27. Por favor, no contactes a las chicas directamente.",
  "Casa Luna – Madrid", None, None, "Madrid", ph=["+34612345827"], f="tp mp nat mv tr c", hd=True, ft=True)
A("es", "farolillo-demo", "Gira: Valencia 3–4/11, Alicante 5/11, Murcia 6–8/11. Dos brasileñas de viaje, solo unos días en cada ciudad. Reservas con el encargado: +40 712 034 828",
  "Gira por Levante", None, None, "Alicante", ph=["+40712034828"], f="tp mp nat mv c")
A("es", "farolillo-demo", "Las citas con Yanira solo a través de su chófer: él la lleva a tu hotel y la recoge. Ella no coge el teléfono. 612 34 58 29",
  "Yanira – hoteles", "Yanira", 24, "Marbella", ph=["+34612345829"], f="tp c")
A("es", "farolillo-demo", "Ella no habla español y casi nada de inglés, por eso me escribes a mí y yo se lo paso. Dime cuándo y dónde. La dulce Nastya en Barcelona, +34 612 345 830",
  "Nastya – escríbeme a mí", "Nastya", 23, "Barcelona", ph=["+34612345830"], f="tp c")
A("es", "stille-massage-demo", "Hola señor, yo soy chica nueva muy joven primera vez en España, vengo de Paraguay, yo buena chica con corazón grande, ven rápido rápido. Llama 612 34 58 31",
  "CHICA NUEVA PRIMERA VEZ ESPAÑA", "Lorena", 21, "Madrid", ph=["+34612345831"], f="yt nat mv c")
A("es", "farolillo-demo", "Alba acaba de cumplir los dieciocho y es la primera vez que hace esto. Es tímida, así que sé amable. Piso tranquilo en Getafe. 612 34 58 32",
  "Alba – primera vez", "Alba", 18, "Getafe", ph=["+34612345832"], f="tp yt c")
A("es", "farolillo-demo", "Nuestras chicas están para ti día y noche, también festivos. Todo se puede hablar, también sin protección con suplemento. Llama al 612 34 58 33, siempre contesta alguien.",
  "Día y noche – Madrid", None, None, "Madrid", ph=["+34612345833"], f="tp mp 247 rs c")
A("es", "farolillo-demo", "Kiara 🌹 1 🌹 = 150 € | 👑 = toda la noche | 🍒 pregunta\nTe visita en tu hotel de Barcelona. 612 34 58 34",
  "Kiara 🌹👑🍒", "Kiara", 22, "Barcelona", ph=["+34612345834"], f="tp em c")
A("es", "farolillo-demo", "Cada lunes caras nuevas en el piso de Lavapiés. Mira la web para ver quién está esta semana. 612 34 58 35",
  "Caras nuevas cada lunes", None, None, "Madrid", ph=["+34612345835"], f="tp mp c")
A("es", "farolillo-demo", "Me llamo Jessica y tengo 27 años. Mi novio coge el teléfono y me organiza las citas, habla mejor español que yo. No te extrañes si contesta un hombre. 612 34 58 36",
  "Jessica, Zaragoza", "Jessica", 27, "Zaragoza", ph=["+34612345836"], f="c")
A("es", "kvartersnak-forum-demo", "Escribo por una amiga que no sabe sueco ni inglés. Llegó el domingo a Malmö y de momento vive en mi casa. Mándame un MP y se lo paso.",
  "Por una amiga", None, None, "Malmö", f="tp mv c", hd=True, ft=True)
A("es", "farolillo-demo", "Las chicas viven con nosotros en la casa de Torrejón, así que siempre hay alguna. Son de Colombia y Paraguay. Nos encargamos de la comida y el transporte, tú solo llamas al 612 34 58 37.",
  "Casa con varias chicas", None, None, "Torrejón", ph=["+34612345837"], f="tp mp nat c")
A("es", "farolillo-demo", "¡¡¡CHICAS NUEVAS LATINAS CADA SEMANA!!! ¡¡¡LOS PRECIOS MÁS BAJOS!!! ¡¡¡LLAMA YA 612 34 58 38!!!",
  "CHICAS NUEVAS CADA SEMANA", None, None, "Alicante", ph=["+34612345838"], f="tp mp nat c")
A("es", "farolillo-demo", "¿Quieres conocer a Tania? Llama primero a la mami: seis-uno-dos / tres-cuatro-cinco / ocho-tres-nueve. Ella pone las horas.",
  "Tania – pregunta a la mami", "Tania", 23, "Sevilla", ph=["+34612345839"], dis=["+34612345839"], f="tp c")
A("es", "farolillo-demo", "Nuestras señoritas van cada semana entre Barcelona y Copenhague. Esta semana en Copenhague de martes a jueves. Número danés: +45 34 41 28 40",
  "Barcelona–Copenhague", None, None, "Copenhague", ph=["+4534412840"], f="tp mp mv c")
A("es", "farolillo-demo", "La menudita Abril parece mucho más joven de lo que es. Te esperamos en Alcalá. 612 34 58 41",
  "Menudita Abril", "Abril", 20, "Alcalá de Henares", ph=["+34612345841"], f="tp yt c")

# =========================================================================== extra ads (appended per language; place-name traps,
# symbol-split numbers, and positives worded away from stock phrases)
A("da", "skovsoe-test", "Hyggelig lejlighed tæt på Nyhavn, tredje sal uden elevator. Jeg er Vibeke, 44, og tager imod på hverdage. Ring 34 41 21 43.",
  "Vibeke ved Nyhavn", "Vibeke", 44, "København", ph=["+4534412143"])
A("da", "skovsoe-test", "Betaling sker til receptionen, ikke til damen. Adressen får du af vores chauffør, når du holder ude foran. Lejligheden i Nyborg skifter beboere hver tredje dag. Kontakt: 34•41•21•44",
  "Nyborg – ny adresse hver uge", None, None, "Nyborg", ph=["+4534412144"], dis=["+4534412144"], f="tp mp mv c")
A("nb", "skovsoe-test", "Jeg holder til på Nybergsund-kanten av Trysil og tar imot få gjester i hytta mi. Rolige kvelder, peis og kaffe. Gro, 51: 406 12 243",
  "Gro i Trysil", "Gro", 51, "Trysil", ph=["+4740612243"])
A("nb", "skovsoe-test", "Depositum vippses til kontoret før hun kommer. Hun har ikke egen telefon, så alt går gjennom oss. Sandra, Kristiansand: 40 ❤️ 61 ❤️ 22 ❤️ 44",
  "Sandra – betal på forhånd", "Sandra", 22, "Kristiansand", ph=["+4740612244"], dis=["+4740612244"], f="tp c")
A("sv", "skovsoe-test", "Jag bor i Nyköping och tar emot i mitt hus nära ån. Lugn, varm och rak. Inga bokningar på söndagar. Kerstin, 52, 070-123 43 43",
  "Kerstin i Nyköping", "Kerstin", 52, "Nyköping", ph=["+46701234343"])
A("sv", "skovsoe-test", "Pengarna lämnas till värdinnan, inte till flickorna. Lägenheten i Västerås byter gäster var tredje dag. Kontakt: 070x123x43x44",
  "Västerås – var tredje dag", None, None, "Västerås", ph=["+46701234344"], dis=["+46701234344"], f="tp mp mv c")
A("en", "nachtkompas-test", "Cosy flat in Newcastle-under-Lyme, near the Young Vic coach stop – no, not that one. I'm Carol, 50, and I take a few bookings each week. 07400 123443",
  "Carol, Newcastle-under-Lyme", "Carol", 50, "Newcastle-under-Lyme", ph=["+447400123443"])
A("en", "nachtkompas-test", "Payment goes to the house, not to the ladies. Our driver texts you the door code once you're outside. The flat moves to a new street every few days, so always check first: 07400 • 123 • 4 • 44 (text only, put the groups together)",
  "Ladies – address by text", None, None, "Luton", ph=["+447400123444"], dis=["+447400123444"], f="tp mp mv c")
A("de", "laternenweg-test", "Ich wohne in Neustadt an der Weinstraße und empfange in meiner kleinen Wohnung mit Blick auf die Reben. Sabine, 48, nur werktags. 01512 3456543",
  "Sabine in Neustadt", "Sabine", 48, "Neustadt", ph=["+4915123456543"])
A("de", "laternenweg-test", "Bezahlt wird an der Rezeption, nicht bei den Mädchen. Die Wohnung in Neustadt wechselt alle drei Tage die Besetzung, die Adresse schickt der Fahrer. Kontakt: 0151 ❤️ 2345 ❤️ 6544",
  "Neustadt – Adresse per SMS", None, None, "Neustadt", ph=["+4915123456544"], dis=["+4915123456544"], f="tp mp mv c")
A("pl", "wieczorem-demo", "Mieszkam w Nowej Hucie, w bloku z zielonym podwórkiem, i przyjmuję u siebie. Jestem Wanda, 49 lat, spokojna i bezpośrednia. 512 345 643",
  "Wanda, Nowa Huta", "Wanda", 49, "Kraków", ph=["+48512345643"])
A("pl", "wieczorem-demo", "Płatność u recepcjonistki, nie u dziewczyn. Mieszkanie w Nowym Sączu co trzy dni ma nową obsadę, adres wysyła kierowca. Kontakt: 512x345x644",
  "Nowy Sącz – adres SMS-em", None, None, "Nowy Sącz", ph=["+48512345644"], dis=["+48512345644"], f="tp mp mv c")
A("ro", "licurici-test", "Locuiesc in cartierul Noua din Brasov, langa padure, si primesc in apartamentul meu. Sunt Aurelia, 49 de ani, linistita si directa. 0712 034 743",
  "Aurelia, cartierul Noua", "Aurelia", 49, "Brasov", ph=["+40712034743"])
A("ro", "licurici-test", "Plata se face la receptie, nu la fete. Apartamentul din Constanta isi schimba fetele la trei zile, adresa o trimite soferul. Contact: 0712 • 034 • 7 • 44",
  "Constanta – adresa prin SMS", None, None, "Constanta", ph=["+40712034744"], dis=["+40712034744"], f="tp mp mv c")
A("es", "farolillo-demo", "Vivo en Villanueva de la Cañada, en una casita con jardín, y recibo en mi casa. Soy Reme, 49 años, tranquila y directa. 612 34 58 43",
  "Reme, Villanueva", "Reme", 49, "Villanueva de la Cañada", ph=["+34612345843"])
A("es", "farolillo-demo", "El pago se hace en recepción, no a las chicas. El piso de Benidorm cambia de chicas cada tres días y la dirección la manda el chófer. Contacto: 612x345x844",
  "Benidorm – dirección por SMS", None, None, "Benidorm", ph=["+34612345844"], dis=["+34612345844"], f="tp mp mv c")
A("da", "skovsoe-test", "Frisk, ung og helt ny på siden – lille Freja ser langt yngre ud end sine 20 år, og det ved hun godt. Hun tager imod hos os i Vejle. 34 41 21 45",
  "Lille Freja", "Freja", 20, "Vejle", ph=["+4534412145"], f="tp yt c")
A("da", "skovsoe-test", "Ung studerende på 25, læser medicin i Odense og har styr på min egen kalender. Jeg mødes kun med få, venlige mænd. 34 41 21 46",
  "Studerende i Odense", "Ida", 25, "Odense", ph=["+4534412146"], f="yt")

# ---------------------------------------------------------------- checks and output
SEP = re.compile(r"[ \t.\-\u2013\u2014/()\[\]]")

def found(text, e164, region, leniency):
    want = P.parse(e164)
    for m in P.PhoneNumberMatcher(text, region, leniency=leniency):
        if m.number.country_code == want.country_code and m.number.national_number == want.national_number:
            return True
    return False

def check(ad):
    i = ad["id"]; blob = (ad["title"] or "") + "\n" + ad["text"]
    if not set(ad["dis"]) <= set(ad["ph"]): die(i, "disguised_phones not a subset of phones")
    for e in ad["ph"]:
        try: n = P.parse(e)
        except Exception as ex: die(i, "phone %s does not parse: %s" % (e, ex))
        if not P.is_valid_number(n): die(i, "phone %s not valid" % e)
        if P.format_number(n, P.PhoneNumberFormat.E164) != e: die(i, "phone %s not in E.164" % e)
        reg = P.region_code_for_number(n)
        ex = P.format_number(P.example_number_for_type(reg, PT.MOBILE), P.PhoneNumberFormat.E164)
        if len(ex) != len(e) or ex[:-3] != e[:-3]:
            die(i, "phone %s changes more than the last 3 digits of %s" % (e, ex))
        if e in ad["dis"]:
            if found(blob, e, reg, Leniency.POSSIBLE): die(i, "disguised phone %s is found at POSSIBLE" % e)
            nsn = str(n.national_number)
            if nsn in SEP.sub("", blob): die(i, "disguised phone %s has contiguous digits" % e)
        else:
            if not found(blob, e, reg, Leniency.VALID): die(i, "plain phone %s not found at VALID" % e)
    regions = {LANG_REGION[ad["lang"]]} | {P.region_code_for_number(P.parse(e)) for e in ad["ph"]}
    for reg in regions:
        for m in P.PhoneNumberMatcher(blob, reg, leniency=Leniency.VALID):
            e = P.format_number(m.number, P.PhoneNumberFormat.E164)
            if e not in ad["ph"] and m.raw_string not in ad["ign"]:
                die(i, "unlabelled valid number %r (%s, region %s)" % (m.raw_string, e, reg))
            if e in ad["dis"]: die(i, "disguised phone %s found at VALID" % e)

def main():
    if len(sys.argv) != 2: sys.stderr.write("usage: make_corpus_h.py OUT.jsonl\n"); sys.exit(2)
    urls, owner = set(), {}
    for ad in ADS:
        check(ad)
        url = "https://%s.example/ad/%s" % (ad["site"], ad["id"])
        if url in urls: die(ad["id"], "duplicate url")
        urls.add(url)
        for e in ad["ph"]:
            if e in owner and (ad["share"] is None or owner[e][1] != ad["share"]):
                die(ad["id"], "phone %s also in %s without a common share= tag" % (e, owner[e][0]))
            owner.setdefault(e, (ad["id"], ad["share"]))
    ids = [a["id"] for a in ADS]
    if len(set(ids)) != len(ids): die("?", "duplicate ids")
    out = []
    for k, ad in enumerate(ADS):
        # posted_at spread over November 2026, CET (+01:00)
        day = 1 + (k * 7) % 30; hh = 8 + (k * 5) % 15; mm = (k * 13) % 60
        ts = "2026-11-%02dT%02d:%02d:00+01:00" % (day, hh, mm)
        datetime.datetime.fromisoformat(ts)
        lab = {"id": ad["id"], "lang": ad["lang"], "language": ad["lang"]}
        lab["obfuscated_phone"] = bool(ad["dis"])
        for c, name in FLAGS.items():
            lab[name] = c in ad["codes"]
        lab = {"id": lab["id"], "lang": lab["lang"], "language": lab["language"],
               **{k2: lab[k2] for k2 in LABEL_ORDER}}
        lab["phones"] = ad["ph"]; lab["disguised_phones"] = ad["dis"]
        out.append(dict(url="https://%s.example/ad/%s" % (ad["site"], ad["id"]), site=ad["site"],
                        text=ad["text"], title=ad["title"], name=ad["name"], age=ad["age"],
                        location=ad["loc"], posted_at=ts, labels=lab))
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for r in out: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    print("| label | pos | share | " + " | ".join(LANGS) + " |")
    print("|---|---|---|" + "---|" * len(LANGS))
    print("| ads | %d | | %s |" % (len(out), " | ".join(str(sum(r["labels"]["lang"] == l for r in out)) for l in LANGS)))
    for name in LABEL_ORDER:
        pos = sum(r["labels"][name] for r in out)
        print("| %s | %d | %.1f%% | %s |" % (name, pos, 100.0 * pos / len(out),
              " | ".join(str(sum(r["labels"][name] for r in out if r["labels"]["lang"] == l)) for l in LANGS)))
    nph = sum(len(r["labels"]["phones"]) for r in out); nd = sum(len(r["labels"]["disguised_phones"]) for r in out)
    cc = {}
    for r in out:
        for e in r["labels"]["phones"]:
            k2 = "+%d" % P.parse(e).country_code; cc[k2] = cc.get(k2, 0) + 1
    print("phones labelled: %d, disguised: %d" % (nph, nd))
    print("by country code: " + ", ".join("%s %d" % kv for kv in sorted(cc.items(), key=lambda x: -x[1])))
    print("no phone: " + ", ".join(r["labels"]["id"] for r in out if not r["labels"]["phones"]))
    print("no positive label: %d" % sum(not any(r["labels"][n] for n in LABEL_ORDER) for r in out))
    print("OK: %d ads written to %s" % (len(out), sys.argv[1]))

if __name__ == "__main__":
    main()
