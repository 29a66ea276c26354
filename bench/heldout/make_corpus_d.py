#!/usr/bin/env python3
"""Blind evaluation corpus D for adscreen.

Every ad below was written by hand (invented names, invented sites, fictional
phone numbers derived from libphonenumber's example mobile numbers with only
the last 2-3 digits varied).  Run:

    python3 make_corpus_d.py OUT.jsonl

The script validates every labelled phone number with `phonenumbers` and
aborts on any problem, then writes one JSON object per line and prints the
number of positives per label.

Label codes used in the `pos` field of each ad (space separated):
  tp = third_person        mp = multiple_persons   yt = youth_terms
  ns = nationality_stated  ob = obfuscated_phone   mv = movement_terms
  24 = available_24_7      rs = risky_services     em = emoji_codes
  tr = trustworthy_language                        c  = concerning
"""
import json
import re
import sys

try:
    import phonenumbers
except ImportError:  # pragma: no cover
    sys.exit("phonenumbers is required: pip install phonenumbers")

SITES = {
    "ns": "natsommer-test",
    "rl": "rodlygte-demo",
    "nn": "nordnatt-test",
    "kk": "kattegat-klassik",
    "fk": "fjordkontakt-test",
    "sw": "sweetnordic-demo",
}

CODES = {
    "tp": "third_person", "mp": "multiple_persons", "yt": "youth_terms",
    "ns": "nationality_stated", "ob": "obfuscated_phone", "mv": "movement_terms",
    "24": "available_24_7", "rs": "risky_services", "em": "emoji_codes",
    "tr": "trustworthy_language", "c": "concerning",
}
LABEL_ORDER = ["obfuscated_phone", "third_person", "multiple_persons",
               "youth_terms", "nationality_stated", "movement_terms",
               "available_24_7", "risky_services", "emoji_codes",
               "trustworthy_language", "concerning"]

ADS = []


def A(id, lang, site, text, title=None, name=None, age=None, loc=None,
      date=None, phones=(), disg=(), pos=""):
    """Register one hand-written ad."""
    ADS.append(dict(id=id, lang=lang, site=site, text=text, title=title,
                    name=name, age=age, loc=loc, date=date,
                    phones=list(phones), disg=list(disg), pos=pos))

# ---------------------------------------------------------------- Danish (da)
A("d-da001", "da", "ns", """Hej søde mand 😊 Jeg hedder Sofie, 27 år, dansk og naturlig. Tilbyder afslappende massage og hyggeligt samvær i min private lejlighed i Valby 2500. 100% ægte billeder. Ring 34 41 23 01 mellem 10-20. Ingen skjulte numre!""",
  title="Sofie – dansk og naturlig", name="Sofie", age=27, loc="Valby", date="2026-11-01T09:12:00Z",
  phones=["+4534412301"], pos="ns tr")
A("d-da002", "da", "ns", """Ny pige i Odense! Hun hedder Mia og er 22 år, slank og smilende. Hun taler kun lidt engelsk, så skriv SMS. Booking: 34 41 23 02. Hun står klar til dig fra kl 12.""",
  title="NY PIGE ODENSE", name="Mia", age=22, loc="Odense", date="2026-11-01T11:40:00Z",
  phones=["+4534412302"], pos="tp mv c")
A("d-da003", "da", "kk", """Anmeldelse fra en kunde: 'Hun er den bedste massøse i Aarhus, hun tog sig god tid og var super sød' – tak Peter! Jeg hedder Lene, 38 år, og jeg arbejder selv og alene. Klassisk massage 600 kr/45 min. Tlf 3441 2303""",
  title="Lene – massage Aarhus", name="Lene", age=38, loc="Aarhus",
  phones=["+4534412303"], pos="")
A("d-da004", "da", "rl", """Anna 23 – Bella 25 – Carla 21 – Dora 28
Alle piger er nye i denne uge 💋
Åbent 10-02 alle dage
Diskret adresse i 8000 Aarhus C
Tlf: +45 34 41 23 04""",
  title="Ugens piger", name=None, age=None, loc="Aarhus C",
  phones=["+4534412304"], pos="tp mp tr c")
A("d-da005", "da", "ns", """Hej, jeg er Camilla 🌸 31 år fra Esbjerg. Sms mig på tre fire fire en to tre nul fem – ingen opkald fra skjult nr. Hyggelig massage, kaffe og snak. 700,-""",
  title="Camilla 31", name="Camilla", age=31, loc="Esbjerg",
  phones=["+4534412305"], disg=["+4534412305"], pos="ob")
A("d-da006", "da", "rl", """NYUDSPRUNGET 🌷 kun 18 og helt ny i branchen!! jeg er en lille sød pige som venter på dig i Næstved. Ring 34412306""",
  title="NYUDSPRUNGET 18", name=None, age=18, loc="Næstved",
  phones=["+4534412306"], pos="yt c")
A("d-da007", "da", "kk", """Diskret og professionel massage ved erfaren massøse. 100% ægte billeder. Mandag-fredag 9-17. Parkering lige ved døren. 34 41 23 07

---
Annoncen er oprettet af brugeren. Sitet tager ikke ansvar for annoncens indhold. Rapportér misbrug via formularen.""",
  title="Diskret massage Herlev", loc="Herlev",
  phones=["+4534412307"], pos="tr")
A("d-da008", "da", "rl", """Ring til hende nu! Julia er 24, brasiliansk og kun i København til søndag. Hun tager imod på hotel tæt ved Hovedbanegården. Tlf +45 3441 2308 (svarer ikke selv, skriv sms)""",
  title="Julia fra Brasilien", name="Julia", age=24, loc="København V",
  phones=["+4534412308"], pos="tp ns mv c")
A("d-da009", "da", "kk", """Thaimassage og olie massage i Vejle 🌺 Jeg hedder Noi, jeg har 12 års erfaring. Tid efter aftale. 30 min 350 kr, 60 min 550 kr. 34 41 23 09""",
  title="Thaimassage Vejle", name="Noi", age=None, loc="Vejle",
  phones=["+4534412309"], pos="")
A("d-da010", "da", "ns", """Vi er 3 veninder der deler lejlighed i Aalborg 😘 Sara 29, Line 33 og Tina 26. Man kan booke én eller to af os. Ring til Sara på 34 41 23 10""",
  title="3 veninder Aalborg", name="Sara, Line, Tina", age=None, loc="Aalborg",
  phones=["+4534412310"], pos="mp c")
A("d-da011", "da", "kk", """Moden kvinde, 52 år. Jeg er ikke ung længere, men jeg ved hvad en mand har brug for af ro og nærvær 🙂 Kun seriøse henvendelser. SMS 34412311""",
  title="Moden kvinde 52", age=52, loc="Hørsholm",
  phones=["+4534412311"], pos="")
A("d-da012", "da", "rl", """Hej jeg hedder Eva 25 fra Polen, ny i byen 💥 kontakt mig: 344l 23l2 – jeg svarer kun sms""",
  title="Eva ny i byen", name="Eva", age=25, loc="Horsens",
  phones=["+4534412312"], disg=["+4534412312"], pos="ob ns mv")
A("d-da013", "da", "kk", """Escortbureau Nordlys 🌟 Vi har altid de smukkeste damer klar til middag, event eller hotelbesøg. Alle vores damer er verificerede. Booking via os på +45 34 41 23 13, 24 timer i døgnet.""",
  title="Escortbureau Nordlys", loc="Hele Sjælland",
  phones=["+4534412313"], pos="tp mp tr 24 c")
A("d-da014", "da", "ns", """to piger massage i Randers ring 34 41 23 14""",
  title=None, loc="Randers", phones=["+4534412314"], pos="mp c")
A("d-da015", "da", "rl", """ung og frisk pige 20 år i Kolding, ring 34412315 🍒""",
  title="ung og frisk 20", age=20, loc="Kolding",
  phones=["+4534412315"], pos="yt em")
A("d-da016", "da", "kk", """Er du frisk på en lang afslappende massage efter arbejde? 😊 Jeg er Hanne, 44, uddannet massør. Medlem af Dansk Massageforbund. Ring 34 41 23 16 hverdage 8-16.""",
  title="Afslappende massage – uddannet massør", name="Hanne", age=44, loc="Slagelse",
  phones=["+4534412316"], pos="tr")
A("d-da017", "da", "rl", """NEW NEW NEW 🔥 Sexy Kiki er here in Herning only few days!! Hun er 23 og very sweet, always smiling. Call or sms +45 34 41 23 17. No hidden numbers""",
  title="NEW Kiki Herning", name="Kiki", age=23, loc="Herning",
  phones=["+4534412317"], pos="tp mv c")
A("d-da018", "da", "ns", """Bodil, 35, Frederiksberg. Skriv til mig: 3️⃣4️⃣4️⃣1️⃣2️⃣3️⃣1️⃣8️⃣ 💌 Jeg tilbyder massage og et godt selskab, hyggelig stemning med stearinlys.""",
  title="Bodil 35", name="Bodil", age=35, loc="Frederiksberg",
  phones=["+4534412318"], disg=["+4534412318"], pos="ob")
A("d-da019", "da", "ns", """★★★★★ 'Hun var præcis som på billederne, rigtig sød og ren' – Mads
★★★★★ 'Hun er bare fantastisk' – anonym
Tak for alle de søde anmeldelser! Jeg er tilbage i Roskilde fra mandag. Ring 3441 2319, Mette 😘""",
  title="Mette tilbage i Roskilde", name="Mette", loc="Roskilde",
  phones=["+4534412319"], pos="mv tr")
A("d-da020", "da", "kk", """Privat massage på Polensgade, Amager (2300). Jeg er 41 år og taler dansk, engelsk og lidt tysk. Ring 34 41 23 20 ml. 11 og 19.""",
  title="Massage Amager", age=41, loc="Amager",
  phones=["+4534412320"], pos="")
A("d-da021", "da", "rl", """Vores pige Natasha er kommet tilbage fra ferie 🌹 Hun er 26, russisk og elsker at forkæle. Ring og book hende i dag: 34 41 23 21. Hun kan møde dig i Århus eller Silkeborg.""",
  title="Natasha er tilbage", name="Natasha", age=26, loc="Århus",
  phones=["+4534412321"], pos="tp ns c")
A("d-da022", "da", "ns", """Hej skat 💋 1 time = 1500 🌹, ½ time = 1000 🌹. Jeg hedder Nicole 28 år. Ring 34 41 23 22. Åben dag og nat""",
  title="Nicole 28", name="Nicole", age=28, loc="Glostrup",
  phones=["+4534412322"], pos="em 24")
A("d-da023", "da", "rl", """Bună! Jeg er Alina 24 fra Rumænien, ny i Danmark. Dansk tlf 34 41 23 23 eller WhatsApp +40 712 034 523""",
  title="Alina ny i DK", name="Alina", age=24, loc="København",
  phones=["+4534412323", "+40712034523"], pos="ns mv")
A("d-da024", "da", "ns", """ring 34 nu 41 hurtigt 23 24 ;) Lina 30 år, Horsens""",
  name="Lina", age=30, loc="Horsens",
  phones=["+4534412324"], disg=["+4534412324"], pos="ob")
A("d-da025", "da", "kk", """Jeg bor tæt ved Ungdomsgården i Brønshøj, let at finde med bus 5C. Hanna, 36 år, tilbyder afslappende massage og samvær. 800 kr pr time. tlf. 34.41.23.25""",
  title="Hanna – Brønshøj", name="Hanna", age=36, loc="Brønshøj",
  phones=["+4534412325"], pos="")
A("d-da026", "da", "rl", """To søde piger i Kbh V 💕 Lucy og Jasmin, begge 22 og nye i byen. Du kan få os sammen eller hver for sig. Vi er til stede 24/7, altid diskret og sikkert. Tlf 34412326""",
  title="2 søde piger", name="Lucy & Jasmin", age=22, loc="Kbh V",
  phones=["+4534412326"], pos="mp mv 24 tr c")
A("d-da027", "da", "kk", """Massageklinik Lotus – NYE PIGER HVER UGE. Asiatiske massøser, thai og kinesisk. Åbent alle dage 10-23. Kontakt receptionen: 34 41 23 27. Gratis parkering.""",
  title="Massageklinik Lotus", loc="Odense SØ",
  phones=["+4534412327"], pos="tp mp ns c")
A("d-da028", "da", "ns", """Ung i sindet, moden af erfaring 😉 Jeg er Susanne, 49, og jeg nyder at give god tid. Ingen stress, ingen travlhed. Seriøs og punktlig. Lørdag og søndag efter aftale. 34 41 23 28""",
  title="Susanne 49", name="Susanne", age=49, loc="Køge",
  phones=["+4534412328"], pos="tr")
A("d-da029", "da", "rl", """Mira 27 ~ Glostrup ~ sms：３４４１２３２９ ~ kun sms, ingen opkald""",
  name="Mira", age=27, loc="Glostrup",
  phones=["+4534412329"], disg=["+4534412329"], pos="ob")
A("d-da030", "da", "ns", """Hej og velkommen til min annonce ❤️
Jeg hedder Louise, er 32 år, 168 cm og 60 kg.
Jeg er en ægte dansk pige med naturlige kurver.
Jeg tilbyder:
- Klassisk massage
- Body to body massage
- Middagsselskab og ledsagelse
Priser: 30 min 900 kr / 60 min 1500 kr / ekstra time 1200 kr
Jeg er altid diskret, ren og punktlig – 100% ægte billeder, ingen fake.
Adresse oplyses ved booking, 2200 Nørrebro.
Ring eller sms 34 41 23 30 (kl. 10-22)""",
  title="Louise – ægte dansk pige", name="Louise", age=32, loc="Nørrebro",
  phones=["+4534412330"], pos="ns tr")
A("d-da031", "da", "rl", """Smukke Katja 21 år fra Litauen. Kontakt hendes chauffør for tid og sted: 34 41 23 31. Hun snakker ikke dansk. Outcall only, hele Sjælland.""",
  title="Katja 21", name="Katja", age=21, loc="Sjælland",
  phones=["+4534412331"], pos="tp ns c")
A("d-da032", "da", "ns", """Jeg hedder Rikke og er 29. Jeg arbejder ALENE, intet bureau, ingen alfons. Min veninde har nogle gange spurgt om vi skulle lave duo, men nej tak 😂 Ring selv til mig på 34 41 23 32.""",
  title="Rikke – alene", name="Rikke", age=29, loc="Aarhus N",
  phones=["+4534412332"], pos="")
A("d-da033", "da", "rl", """Jeg er lige fyldt 18 🎂 og helt ny! Lille og slank, 155 cm, 45 kg. Skriv til mig på snap eller ring 3441-2333""",
  title="lige fyldt 18", age=18, loc="Holbæk",
  phones=["+4534412333"], pos="yt c")
A("d-da034", "da", "rl", """Giv hende et kys på kinden når du kommer og husk at betale først. Mona (30) modtager i Slagelse, diskret indgang. Tlf. 34 41 23 34 – der svares af hendes assistent.""",
  title="Mona 30 Slagelse", name="Mona", age=30, loc="Slagelse",
  phones=["+4534412334"], pos="tp tr c")
A("d-da035", "da", "ns", """Hej jeg er Trine 33, massage i Holstebro 7500. 500 kr for 30 min, 800 kr for en time. SMS 34 fire en 23 tre fem""",
  title="Trine Holstebro", name="Trine", age=33, loc="Holstebro",
  phones=["+4534412335"], disg=["+4534412335"], pos="ob")
A("d-da036", "da", "kk", """Klassisk svensk massage, hot stone og fodmassage. Jeg er certificeret massør med 8 års erfaring og klinik i Hillerød. Book på 34 41 23 36 eller online. Ingen erotik.""",
  title="Svensk massage Hillerød", loc="Hillerød",
  phones=["+4534412336"], pos="tr")
A("d-da037", "da", "rl", """🔥LATINA🔥 Sexy Valentina 19 år – hot og ung og HELT NY. Hun venter på dig i Vejle. Ring nu 34412337 ❗️""",
  title="LATINA 19", name="Valentina", age=19, loc="Vejle",
  phones=["+4534412337"], pos="tp yt ns c")
A("d-da038", "da", "kk", """Annette 45 – Moden og erfaren – Viborg. Tlf 344I 234O. Hverdage fra 9 til 15.""",
  name="Annette", age=45, loc="Viborg",
  phones=["+4534412340"], disg=["+4534412340"], pos="ob")
A("d-da039", "da", "kk", """Booking via os – vi sørger for alt. Pigerne kommer til dig på hotel eller privat adresse i hele Storkøbenhavn. Vælg mellem Emma, Olivia, Freja og Ida. Se billeder på vores side. Ring 34 41 23 39 hele døgnet.""",
  title="Escort Storkøbenhavn", loc="Storkøbenhavn",
  phones=["+4534412339"], pos="tp mp 24 c")
A("d-da040", "da", "ns", """Kæreste-oplevelse i 5000 Odense C. Åbent 10-21. 1200 kr/t. Tlf 34412341. Jeg er Maja, 26, ung og sporty, 172 cm. Ingen sms fra udlandet tak.""",
  title="Maja 26", name="Maja", age=26, loc="Odense C",
  phones=["+4534412341"], pos="yt")
A("d-da041", "da", "ns", """Hi baby, jeg hedder Jessica 🇩🇰 I'm real and 100% verified, no fake pics! Massage, company, dinner date. Pris efter aftale. Call me 0045-34412342""",
  title="Jessica 🇩🇰", name="Jessica", loc="Kbh Ø",
  phones=["+4534412342"], pos="ns tr")
A("d-da042", "da", "rl", """Ny ungarsk pige i Aarhus 🇭🇺 Réka 27 år. Jeg taler engelsk og lidt tysk. Ring +45 34 41 23 43""",
  title="Ny ungarsk pige", name="Réka", age=27, loc="Aarhus",
  phones=["+4534412343"], pos="ns mv")
A("d-da043", "da", "ns", """Skriv 3-4-4-1-2-3-4-4 💋 Kun sms! Dorte 39, Haderslev""",
  name="Dorte", age=39, loc="Haderslev",
  phones=["+4534412344"], disg=["+4534412344"], pos="ob")
A("d-da044", "da", "rl", """Frisk ny pige på 20 år – hun er sød, lille og meget genert 🙈 Hun arbejder i Hvidovre denne uge. Hendes veninde tager telefonen: 34 41 23 45""",
  title="Frisk ny pige 20", age=20, loc="Hvidovre",
  phones=["+4534412345"], pos="tp yt mv c")
A("d-da045", "da", "kk", """Vi er to veninder (Pia 34 og Jane 37) som laver duo-massage i vores egen klinik. Intet bureau, vi styrer selv. Tid efter aftale 34412346""",
  title="Duo-massage", name="Pia & Jane", loc="Roskilde",
  phones=["+4534412346"], pos="mp")
A("d-da046", "da", "rl", """Polsk skønhed 💎 Kasia 25 år, nyankommet til Kolding. Ren, diskret og seriøs. Mine priser: 1000 kr halv time. +48 512 345 046""",
  title="Polsk skønhed", name="Kasia", age=25, loc="Kolding",
  phones=["+48512345046"], pos="ns mv tr")
A("d-da047", "da", "kk", """Wellness & Massage v/ Birgitte. CVR 2941 7763. Afslappende helkropsmassage 650 kr. Ring 34 41 23 47. Lukket søn- og helligdage.""",
  title="Wellness & Massage", name="Birgitte", loc="Vordingborg",
  phones=["+4534412347"], pos="")
A("d-da048", "da", "rl", """Sød teen 18 år ny i Aalborg 🌸 jeg er her kun 3 dage!! Skriv 34 41 23 48 hurtig svar""",
  title="teen 18 Aalborg", age=18, loc="Aalborg",
  phones=["+4534412348"], pos="yt mv c")
A("d-da049", "da", "ns", """Min kæreste Nadia tilbyder massage i vores hjem i Taastrup. Hun er 28 og meget rar. Jeg tager imod opkald på 34 41 23 49 og aftaler tid for hende.""",
  title="Nadia 28 Taastrup", name="Nadia", age=28, loc="Taastrup",
  phones=["+4534412349"], pos="tp c")
A("d-da050", "da", "ns", """Hyggelig massage i Brønderslev – Ring 34 41 23 50

Denne annonce er indsendt af en bruger. natsommer-test er kun formidler og har intet ansvar for indholdet. Alle annoncører har bekræftet at de er over 18 år.""",
  loc="Brønderslev", phones=["+4534412350"], pos="")
A("d-da051", "da", "kk", """Hver mandag kommer der friske ansigter til vores studie på Vesterbro 😍 Ring og hør hvem der er på arbejde i dag: 34 41 23 51""",
  title="Studie Vesterbro", loc="Vesterbro",
  phones=["+4534412351"], pos="tp mp c")
A("d-da052", "da", "ns", """Sanne er en sød dame på 40 som elsker at give massage. Hun bor i Næstved og tager imod i dagtimerne. Ring 34 41 23 52 og spørg efter Sanne.""",
  title="Sanne 40", name="Sanne", age=40, loc="Næstved",
  phones=["+4534412352"], pos="tp c")
A("d-da053", "da", "kk", """Jeg er Ulla, 47, moden og varm. Massage i Skive. Ingen hastværk. Tlf: tre fire – 41 – to tre – fem tre""",
  title="Ulla 47 Skive", name="Ulla", age=47, loc="Skive",
  phones=["+4534412353"], disg=["+4534412353"], pos="ob")
A("d-da054", "da", "kk", """Thai pige tilbyder thaimassage 🙏 Lek 33 år, Esbjerg centrum. 1 time 500 kr. Ring 34 41 23 54""",
  title="Thai pige – thaimassage", name="Lek", age=33, loc="Esbjerg",
  phones=["+4534412354"], pos="ns")
A("d-da055", "da", "ns", """Døgnåben massage 🕐 Ring når som helst – 34 41 23 55 – jeg er Karina, 30, og bor i Ballerup. Tryg og diskret adresse.""",
  title="Døgnåben", name="Karina", age=30, loc="Ballerup",
  phones=["+4534412355"], pos="24 tr")
A("d-da056", "da", "rl", """Jeg er Stine 26. Alt kan aftales, også uden beskyttelse mod tillæg. 34412356""",
  name="Stine", age=26, loc="Kbh NV",
  phones=["+4534412356"], pos="rs")
A("d-da057", "da", "ns", """Jeg bruger ALTID beskyttelse – ingen undtagelser. Ren, diskret og seriøs. Marie 31, Lyngby. 34 41 23 57""",
  title="Marie 31", name="Marie", age=31, loc="Lyngby",
  phones=["+4534412357"], pos="tr")
A("d-da058", "da", "rl", """Nyheder i denne uge:
🇷🇴 Ioana 22
🇧🇬 Maria 24
🇺🇦 Olena 20
🇹🇭 Ploy 29
Alle modtager i Kbh NV. Tlf. 34 41 23 58""",
  title="Nyheder", loc="Kbh NV",
  phones=["+4534412358"], pos="tp mp ns c")
A("d-da059", "da", "ns", """Jeg hedder Carmen, 34, og jeg taler dansk, engelsk og spansk. Afslappende massage, god samtale og et glas vin. Frederiksberg. 34 41 23 59""",
  title="Carmen 34", name="Carmen", age=34, loc="Frederiksberg",
  phones=["+4534412359"], pos="")
A("d-da060", "da", "rl", """34x41x23x60 🌹🌹 Jasmin 23 – Køge – 1000🌹/30min""",
  name="Jasmin", age=23, loc="Køge",
  phones=["+4534412360"], disg=["+4534412360"], pos="ob em")
A("d-da061", "da", "rl", """She will welcome you in sexy lingerie 😍 Lulu 25, ny i Odense. Kontakt: 3441 2361. Hun er der kun til fredag""",
  title="Lulu ny i Odense", name="Lulu", age=25, loc="Odense",
  phones=["+4534412361"], pos="tp mv c")
A("d-da062", "da", "ns", """Ungdommelig og sporty pige på 21 med lange ben 🏃‍♀️ Jeg elsker at træne og at forkæle mine gæster. Hellerup. 34 41 23 62""",
  title="Sporty 21", age=21, loc="Hellerup",
  phones=["+4534412362"], pos="yt")
A("d-da063", "da", "kk", """Ring 34 41 23 63 eller hvis optaget: tre fire fire et to tre seks fire. Helle, 42, Hjørring.""",
  name="Helle", age=42, loc="Hjørring",
  phones=["+4534412363", "+4534412364"], disg=["+4534412364"], pos="ob")
A("d-da064", "da", "ns", """Hej igen alle mine søde stamkunder 🥰
Jeg har fået så mange fine ord, her er et par stykker:
'Hun er den mest nærværende kvinde jeg har mødt' – K.
'Sød, sjov og hun lytter virkelig' – Henrik, 54
Jeg er Tanja, 37 år, dansk, og jeg arbejder selvstændigt fra min lejlighed i Greve.
Jeg tager mig tid til dig, aldrig stopur. Ærlig, ren og diskret.
Åbent tirsdag til lørdag 11-19.
Pris: 1000 kr for en time.
Jeg svarer selv på telefonen: 34 41 23 65""",
  title="Tanja 37 – Greve", name="Tanja", age=37, loc="Greve",
  phones=["+4534412365"], pos="ns tr")
A("d-da065", "da", "kk", """Vi tilbyder dig en smuk ung dame til middag eller hotel. Hun er 19, blond, og taler engelsk. Ring til vores booking-team på 34412366.""",
  title="Smuk ung dame", age=19, loc="København",
  phones=["+4534412366"], pos="tp yt c")
A("d-da066", "da", "rl", """NY NY NY!!! SØD PIGE 24 ÅR. SMS TRE FIRE FIRE ET TO TRE SEKS SYV. KUN I DAG OG I MORGEN I HERNING""",
  title="NY I HERNING", age=24, loc="Herning",
  phones=["+4534412367"], disg=["+4534412367"], pos="ob mv")
A("d-da067", "da", "kk", """Moden kvinde 58 år søger gentlemen til hyggeligt samvær og massage. Ikke ung længere men masser af erfaring og humor. 34 41 23 68""",
  title="Moden kvinde 58", age=58, loc="Svendborg",
  phones=["+4534412368"], pos="")
A("d-da068", "da", "rl", """Eksotisk asiatisk massage 💆‍♀️ Ny dame fra Filippinerne. Kun få dage i Aarhus. 3441 2369""",
  title="Eksotisk asiatisk", loc="Aarhus",
  phones=["+4534412369"], pos="ns mv")
A("d-da069", "da", "ns", """Jeg arbejder alene og privat – ingen andre piger i lejligheden. Du møder kun mig, Ditte 30. Frederikshavn. 34 41 23 70""",
  title="Ditte 30", name="Ditte", age=30, loc="Frederikshavn",
  phones=["+4534412370"], pos="")
A("d-da070", "da", "kk", """Vores damer er alle over 18 og kommer fra Østeuropa. De er høflige, rene og taler engelsk. Book en pige til dit hotel – vi leverer på 30 min. Tlf 34 41 23 71 (døgnet rundt)""",
  title="Escort til hotel", loc="København",
  phones=["+4534412371"], pos="tp mp ns tr 24 c")
A("d-da071", "da", "ns", """Gitte 44, Sønderborg. Kun sms: tre fire, fire en, to tre, syv to 😊""",
  name="Gitte", age=44, loc="Sønderborg",
  phones=["+4534412372"], disg=["+4534412372"], pos="ob")
A("d-da072", "da", "rl", """Svensk blondine på besøg i København 💛 Jag heter Elin, 26. Jeg er her fra 12. til 15. november. +46 70 123 45 72""",
  title="Svensk blondine", name="Elin", age=26, loc="København",
  phones=["+46701234572"], pos="ns mv")
A("d-da073", "da", "kk", """Lesbisk par (vi er 2 veninder på 25 og 27) tilbyder dobbelt-massage. Vi bestemmer selv og vi arbejder kun sammen. 34412373""",
  title="Dobbelt-massage", loc="Aarhus V",
  phones=["+4534412373"], pos="mp")
A("d-da074", "da", "rl", """Vær sød ved hende, hun er ny. Lene 22 fra Letland tager imod fra kl 14 i Ishøj. Ring til mig så aftaler vi: 34 41 23 74""",
  title="Lene 22", name="Lene", age=22, loc="Ishøj",
  phones=["+4534412374"], pos="tp ns c")
A("d-da075", "da", "rl", """Din lille pige venter 🎀 Jeg er 19 og ser meget yngre ud. Kun outcall i Odense. 34 41 23 75""",
  title="din lille pige", age=19, loc="Odense",
  phones=["+4534412375"], pos="yt c")
A("d-da076", "da", "kk", """Seriøs, stilfuld og diskret escort til den kræsne herre. Ægte billeder, verificeret profil. Amanda, 30. +45 3441 2376""",
  title="Amanda – seriøs escort", name="Amanda", age=30, loc="Kbh K",
  phones=["+4534412376"], pos="tr")
A("d-da077", "da", "ns", """Skriv til mig via sitets beskedsystem ❤️ Jeg hedder Lise og er 35. Massage og samvær i Nordsjælland.""",
  title="Lise 35", name="Lise", age=35, loc="Nordsjælland",
  phones=[], pos="")
A("d-da078", "da", "ns", """8000 Århus C – 1500 kr/time – 34 41 23 77 – Jeanette 31 & Sandra 27 – åbent 10:00-22:00""",
  name="Jeanette", age=31, loc="Århus C",
  phones=["+4534412377"], pos="mp c")
A("d-da079", "da", "rl", """Kun sms: 3 4 4 1 2 3 7 8. Amalie 28 – Kastrup – tæt ved lufthavnen""",
  name="Amalie", age=28, loc="Kastrup",
  phones=["+4534412378"], disg=["+4534412378"], pos="ob")
A("d-da080", "da", "ns", """Jeg er halvt dansk og halvt italiensk 🇮🇹🇩🇰 og har det bedste fra begge verdener. Giulia, 33, Kbh K. 34 41 23 79""",
  title="Giulia 33", name="Giulia", age=33, loc="Kbh K",
  phones=["+4534412379"], pos="ns")
A("d-da081", "da", "rl", """Kontakt hendes manager for priser. Angelina 23 år, rumænsk, hotel i Odense. Whatsapp +40 712 034 581""",
  title="Angelina 23", name="Angelina", age=23, loc="Odense",
  phones=["+40712034581"], pos="tp ns c")
A("d-da082", "da", "kk", """Pigerne på Lotus skifter hver 14. dag. Lige nu: thai, vietnamesisk og kinesisk. Massage 400 kr. 34412380""",
  title="Lotus", loc="Vejle",
  phones=["+4534412380"], pos="tp mp ns c")
A("d-da083", "da", "rl", """nyudsprungen 19 årig pige, helt uerfaren 🙈 ring 3441 2381""",
  age=19, loc="Viborg",
  phones=["+4534412381"], pos="yt c")
A("d-da084", "da", "ns", """English speaking lady, Ida 29, Vanløse. Jeg er nem at snakke med. Call three four four one two three eight two""",
  title="Ida 29 Vanløse", name="Ida", age=29, loc="Vanløse",
  phones=["+4534412382"], disg=["+4534412382"], pos="ob")
A("d-da085", "da", "ns", """Åben 24 timer – alle dage – også helligdage. Jeg hedder Rosa, 27, og tager imod i Vejle 7100. 34 41 23 83""",
  title="Rosa 27 – åben 24 timer", name="Rosa", age=27, loc="Vejle",
  phones=["+4534412383"], pos="24")
A("d-da086", "da", "ns", """Jeg hedder Mathilde, 25. Min veninde sagde at jeg skulle prøve at annoncere her, så nu gør jeg det 😅 Hun har ret, det er hyggeligt! Massage og selskab i Aalborg Øst. 34 41 23 84""",
  title="Mathilde 25", name="Mathilde", age=25, loc="Aalborg Øst",
  phones=["+4534412384"], pos="")
A("d-da087", "da", "ns", """Sød pige Vicky 24, ny i Randers, kun denne weekend. 34 41 23 85
—
Husk: natsommer-test verificerer ikke annoncer. Mød aldrig nogen uden at du føler dig tryg. Anmeld mistænkelige annoncer.""",
  name="Vicky", age=24, loc="Randers",
  phones=["+4534412385"], pos="mv")
A("d-da088", "da", "ns", """Skolepige-look 🎒 med fletninger og knæstrømper! Jeg er Sille, 23, og elsker rollespil. Næstved. 34412386""",
  title="Skolepige-look", name="Sille", age=23, loc="Næstved",
  phones=["+4534412386"], pos="yt")
A("d-da089", "da", "rl", """Hun er ny i Danmark og kan ikke tale dansk. Ring til hendes ven: ３４ ４１ ２３ ８７. Lisa 20 år, Ringsted.""",
  name="Lisa", age=20, loc="Ringsted",
  phones=["+4534412387"], disg=["+4534412387"], pos="tp ob mv c")
A("d-da090", "da", "ns", """Er du frisk? 😄 Jeg er frisk på en kop kaffe og en god snak først. Bente, 46, Silkeborg. 34 41 23 88""",
  title="Bente 46", name="Bente", age=46, loc="Silkeborg",
  phones=["+4534412388"], pos="")
A("d-da091", "da", "ns", """Grønlandsk pige i Aalborg, Naja 30 🏔️ Jeg er varm, rolig og pålidelig. Ring 34 41 23 89""",
  title="Grønlandsk pige", name="Naja", age=30, loc="Aalborg",
  phones=["+4534412389"], pos="ns tr")
A("d-da092", "da", "kk", """Escort-service med 15 damer i alle aldre og typer. Du vælger på hjemmesiden, vi bringer damen. Betaling kontant til chaufføren. 34 41 23 90""",
  title="Escort-service", loc="Hele Jylland",
  phones=["+4534412390"], pos="tp mp c")
A("d-da093", "da", "ns", """Jeg er 33, mor til to, og ledig i skoletiden 9-14 (ingen weekender). Diskret og ærlig. Brøndby. 34 41 23 91""",
  title="Ledig i skoletiden", age=33, loc="Brøndby",
  phones=["+4534412391"], pos="tr")
A("d-da094", "da", "rl", """3️⃣4️⃣ 41 23 92 – Kamilla 🍒👑 VIP service. Kun for gentlemen.""",
  name="Kamilla", loc="Kbh S",
  phones=["+4534412392"], disg=["+4534412392"], pos="ob em")
A("d-da095", "da", "kk", """✨ Premium Escort Denmark ✨
Vi præsenterer: Sabrina
Alder: 24
Højde: 175 cm
Vægt: 56 kg
Nationalitet: Tjekkisk
Sprog: Engelsk, tysk
Hun er elegant, intelligent og perfekt til middag eller forretningsrejser.
Pris: 2500 kr/time, 12000 kr/nat
Diskretion garanteret.
Booking: +45 34 41 23 93 (svar inden for 15 min)""",
  title="Sabrina – Premium Escort", name="Sabrina", age=24, loc="København",
  phones=["+4534412393"], pos="tp ns tr c")
A("d-da096", "da", "ns", """Ung dansk pige 24 år med naturlige former. Jeg bor i 6700 Esbjerg. SMS 34412394""",
  title="Ung dansk pige", age=24, loc="Esbjerg",
  phones=["+4534412394"], pos="yt ns")
A("d-da097", "da", "ns", """Nanna 27, Odder 🌼 sms 3441 og så 2395 😉 jeg svarer efter kl 16""",
  name="Nanna", age=27, loc="Odder",
  phones=["+4534412395"], disg=["+4534412395"], pos="ob")
A("d-da098", "da", "rl", """Hende her skal du bare møde! 😍 Dansk, 29 år, lækker og sjov. Ring til Tom for aftale: 34 41 23 96""",
  title="Dansk 29", age=29, loc="Kolding",
  phones=["+4534412396"], pos="tp ns c")
A("d-da099", "da", "rl", """Ida 21 / Sasha 23 / Mimi 19 ✨ Kbh S ✨ tlf tre4 4en 2tre 9syv""",
  loc="Kbh S",
  phones=["+4534412397"], disg=["+4534412397"], pos="tp mp ob c")
A("d-da100", "da", "kk", """Pålidelig og ærlig – jeg holder hvad jeg lover. Massage i Kalundborg, Camilla 40. Tlf. 34 41 23 98""",
  title="Pålidelig massage", name="Camilla", age=40, loc="Kalundborg",
  phones=["+4534412398"], pos="tr")
A("d-da101", "da", "kk", """Nye unge piger hos os hver fredag 🎉 Alle mellem 18 og 21 og klar til at forkæle dig. Studiet ligger i centrum af Horsens. Ring og hør hvem der er her i dag: 34 41 25 01""",
  title="Nye unge piger hver fredag", loc="Horsens", date="2026-11-06T08:00:00Z",
  phones=["+4534412501"], pos="tp mp yt c")
A("d-da102", "da", "ns", """Vi er to unge studerende (19 og 20) der tjener lidt ekstra ved siden af studiet 📚 Vi tilbyder massage sammen eller hver for sig, vi bestemmer selv tiderne. Kbh Ø. Skriv: tre fire fire en to fem nul to""",
  title="2 studerende", loc="Kbh Ø",
  phones=["+4534412502"], disg=["+4534412502"], pos="mp yt ob")
A("d-da103", "da", "rl", """Friske tøser på 18-19 år klar til dig 💕 Ring 34 41 25 03""",
  title="Friske tøser", loc="Aarhus",
  phones=["+4534412503"], pos="tp mp yt c")
A("d-da104", "da", "rl", """Barely 18 og helt ny 😇 Kun for søde og rolige mænd. Snap: sweetbaby18 eller sms 34 41 25 04""",
  title="barely 18", age=18, loc="Roskilde",
  phones=["+4534412504"], pos="yt c")
A("d-da105", "da", "ns", """Jeg og min veninde? 😉 Ja, det kan godt lade sig gøre hvis du spørger pænt. Ellers er det bare mig, Kira 28, Fredericia. 34 41 25 05""",
  title="Kira 28", name="Kira", age=28, loc="Fredericia",
  phones=["+4534412505"], pos="mp")
A("d-da106", "da", "rl", """Unge piger fra Ukraine og Hviderusland – alle lige kommet til Danmark og meget søde. Outcall i hele Trekantområdet. Ring til Igor: 3 4 – 4 1 – 2 5 – 0 6""",
  title="Unge piger – outcall", loc="Trekantområdet",
  phones=["+4534412506"], disg=["+4534412506"], pos="tp mp yt ns mv ob c")
A("d-da107", "da", "rl", """ny i branchen og kun 18 år 🥺 jeg ved ikke helt hvordan det hele fungerer så vær tålmodig med mig. sms 34412507""",
  title="ny og 18", age=18, loc="Slagelse",
  phones=["+4534412507"], pos="yt c")
A("d-da108", "da", "rl", """LISA 18 🌸 NANNA 19 🌸 JOSEFINE 20 🌸 — outcall Aarhus og omegn — 34 41 25 08""",
  title="LISA NANNA JOSEFINE", loc="Aarhus",
  phones=["+4534412508"], pos="tp mp c")
A("d-da109", "da", "kk", """Jeg kommer oprindeligt fra Ungarn, men har boet i Danmark i 20 år. Erzsébet, 51, rolig og erfaren massøse i Næstved. Ring 34 41 25 09 mellem 10 og 18.""",
  title="Erzsébet 51", name="Erzsébet", age=51, loc="Næstved",
  phones=["+4534412509"], pos="ns")
A("d-da110", "da", "kk", """Nye damer hver uge på vores klinik i Herlev – både afslappende massage og lidt mere. Ring og book, vi har altid nogen ledige. 34 41 25 10""",
  title="Klinik Herlev", loc="Herlev",
  phones=["+4534412510"], pos="tp mp c")
A("d-da111", "da", "rl", """Sød 18-årig, ny og lidt genert 🙈 ring: 3️⃣4️⃣ 4️⃣1️⃣ 2️⃣5️⃣ 1️⃣1️⃣""",
  age=18, loc="Odense",
  phones=["+4534412511"], disg=["+4534412511"], pos="yt ob c")
A("d-da112", "da", "ns", """Vi er 4 piger som arbejder sammen i en hyggelig lejlighed på Nørrebro. Alle er danske og over 25, og vi deler husleje og regler. Du vælger selv hvem du vil møde 😊 Tryg og ren adresse. 34 41 25 12""",
  title="4 danske piger Nørrebro", loc="Nørrebro",
  phones=["+4534412512"], pos="mp ns tr")
A("d-da113", "da", "rl", """Kom og mød dit lille pigebarn 🧸 19 år, spinkel og blid. Outcall Aalborg. 34 41 25 13""",
  title="lille pigebarn", age=19, loc="Aalborg",
  phones=["+4534412513"], pos="yt c")
A("d-da114", "da", "ns", """Young at heart, men 55 på papiret 😄 Jeg hedder Lis og giver en god, grundig massage i Vordingborg. Kaffe på kanden. 34 41 25 14""",
  title="Lis 55", name="Lis", age=55, loc="Vordingborg",
  phones=["+4534412514"], pos="")
A("d-da115", "da", "rl", """Hun er ungdommelig, sød og har altid et smil på læben. Amira 22 fra Marokko, ny i Køge. Booking via sms til hendes kontakt 34 41 25 15""",
  title="Amira ny i Køge", name="Amira", age=22, loc="Køge",
  phones=["+4534412515"], pos="tp yt ns mv c")
A("d-da116", "da", "ns", """34❤️41❤️25❤️16 – Pernille 36, Odense. Massage og selskab ✨ ingen hast, ingen stopur.""",
  name="Pernille", age=36, loc="Odense",
  phones=["+4534412516"], disg=["+4534412516"], pos="ob")
A("d-da117", "da", "kk", """Spørg efter vores nye kollega – hun er lige startet! Vi har også Tanja og Maria på vagt i weekenden. Massageklinikken, Esbjerg. 34 41 25 17""",
  title="Massageklinikken Esbjerg", loc="Esbjerg",
  phones=["+4534412517"], pos="tp mp c")
A("d-da118", "da", "ns", """Jeg ligner en teenager men jeg er 21 😜 lille, slank og fræk. Herning. 34 41 25 18""",
  age=21, loc="Herning",
  phones=["+4534412518"], pos="yt")
A("d-da119", "da", "kk", """Seriøse og diskrete veninder, Karen 41 og Lotte 44, tilbyder massage sammen eller hver for sig. Ægte billeder. Sorø. 34 41 25 19""",
  title="Karen & Lotte", loc="Sorø",
  phones=["+4534412519"], pos="mp tr")
A("d-da120", "da", "ns", """Tina 32 Thisted – sms 344l2S2O – svarer hurtigt 🌊""",
  name="Tina", age=32, loc="Thisted",
  phones=["+4534412520"], disg=["+4534412520"], pos="ob")
# ------------------------------------------------------ Norwegian bokmål (nb)
A("d-nb001", "nb", "fk", """Hei! Jeg heter Ingrid, 34 år, norsk og naturlig. Avslappende massasje i Oslo sentrum (0150). Ekte bilder, ingen overraskelser. Ring 406 12 301 mellom kl 10 og 20.""",
  title="Ingrid – norsk og naturlig", name="Ingrid", age=34, loc="Oslo sentrum",
  phones=["+4740612301"], pos="ns tr")
A("d-nb002", "nb", "fk", """Ny jente i Bergen! Hun heter Sonia, 23 år, fra Spania. Hun snakker litt engelsk. Ring 40612302 for å avtale tid med henne.""",
  title="Ny jente Bergen", name="Sonia", age=23, loc="Bergen",
  phones=["+4740612302"], pos="tp ns mv c")
A("d-nb003", "nb", "nn", """Massasjeklinikk Fjordro AS – Norsk organisasjonsnummer 923 456 781. Klassisk massasje, idrettsmassasje og svensk massasje. Timebestilling: 406 12 303. Autorisert massør, faktura ved ønske.""",
  title="Massasjeklinikk Fjordro", loc="Ålesund",
  phones=["+4740612303"], pos="tr")
A("d-nb004", "nb", "fk", """To søte unge jenter i Trondheim 💕 Vi er Lina og Rebekka, 19 og 20. Vi kan komme sammen eller alene, alltid trygt og hyggelig. Ring 406 12 304""",
  title="To søte jenter", name="Lina & Rebekka", loc="Trondheim",
  phones=["+4740612304"], pos="mp yt tr")
A("d-nb005", "nb", "fk", """Ung og frisk jente, akkurat fylt 18 🎉 Ny i Stavanger. Sms 40 61 23 05""",
  title="akkurat 18", age=18, loc="Stavanger",
  phones=["+4740612305"], pos="yt mv c")
A("d-nb006", "nb", "nn", """Kari, 41, Drammen. Seriøs og rolig dame. Kun sms: fire null seks en to tre null seks. Ingen skjulte nummer.""",
  name="Kari", age=41, loc="Drammen",
  phones=["+4740612306"], disg=["+4740612306"], pos="ob tr")
A("d-nb007", "nb", "fk", """Vakre Anastasia (22) fra Russland besøker Kristiansand bare noen dager. Kontakt hennes sjåfør på +47 406 12 307. Hun tar imot på hotell.""",
  title="Anastasia i Kristiansand", name="Anastasia", age=22, loc="Kristiansand",
  phones=["+4740612307"], pos="tp ns mv c")
A("d-nb008", "nb", "nn", """Er du frisk på en kaffe og massasje? Jeg er frisk og sprek igjen etter en lang sykemelding, tilbake på jobb 😊 Hilde 47, Tromsø. 406 12 308""",
  title="Hilde 47", name="Hilde", age=47, loc="Tromsø",
  phones=["+4740612308"], pos="")
A("d-nb009", "nb", "fk", """Døgnåpent – ring når du vil 🌙 Vi er to venninner, Nina og Pia, som deler leilighet på Majorstuen. Diskret inngang. 40612309""",
  title="Døgnåpent Majorstuen", name="Nina & Pia", loc="Oslo",
  phones=["+4740612309"], pos="mp 24 tr")
A("d-nb010", "nb", "nn", """Eskortebyrå Nordlys 🌌 Våre damer er diskrete, elegante og alltid punktlige. Bestill via oss på 406 12 310. Betaling med kontanter eller Vipps.""",
  title="Eskortebyrå Nordlys", loc="Oslo",
  phones=["+4740612310"], pos="tp mp tr c")
A("d-nb011", "nb", "nn", """«Hun er helt fantastisk, akkurat som på bildene» – skrev en fornøyd kunde i går 😘 Tusen takk! Jeg er Marte, 31, og jobber alene fra leiligheten min på Grünerløkka. 406 12 311""",
  title="Marte 31", name="Marte", age=31, loc="Grünerløkka",
  phones=["+4740612311"], pos="tr")
A("d-nb012", "nb", "fk", """Silje 28 🌷 Sandnes. Ring 4️⃣0️⃣6️⃣1️⃣2️⃣3️⃣1️⃣2️⃣. Massasje og kos, alltid diskret.""",
  name="Silje", age=28, loc="Sandnes",
  phones=["+4740612312"], disg=["+4740612312"], pos="ob tr")
A("d-nb013", "nb", "nn", """Thaimassasje og oljemassasje i Fredrikstad. 60 min 600 kr. Åpent man-lør 11-20. Tlf 406 12 313.""",
  title="Thaimassasje Fredrikstad", loc="Fredrikstad",
  phones=["+4740612313"], pos="")
A("d-nb014", "nb", "nn", """Thai dame 38 år gir god og grundig massasje 🙏 Jeg kommer fra Thailand og har bodd i Norge i 10 år. Ren og ærlig. Ring 406 12 314""",
  title="Thai dame", age=38, loc="Sarpsborg",
  phones=["+4740612314"], pos="ns tr")
A("d-nb015", "nb", "fk", """Maja 25 – ny i byen – Kristiansand – 4O6 l2 3l5 – kun sms""",
  name="Maja", age=25, loc="Kristiansand",
  phones=["+4740612315"], disg=["+4740612315"], pos="ob mv")
A("d-nb016", "nb", "fk", """Denne uken hos oss – unge og helt nye jenter:
Alina 21 – Romania
Julia 24 – Polen
Veronika 19 – Ukraina
Alle tar imot i Oslo vest. Ring resepsjonen 406 12 316""",
  title="Denne uken", loc="Oslo vest",
  phones=["+4740612316"], pos="tp mp yt ns c")
A("d-nb017", "nb", "fk", """Liten og søt jente 🎀 19 år, ser yngre ut. Kun outcall Bergen. 40612317""",
  title="liten og søt", age=19, loc="Bergen",
  phones=["+4740612317"], pos="yt c")
A("d-nb018", "nb", "nn", """Ung til sinns, moden av år – 55 og fortsatt full av liv 😄 Massasje og hyggelig prat. Gerd, Hamar. 406 12 318""",
  title="Gerd 55", name="Gerd", age=55, loc="Hamar",
  phones=["+4740612318"], pos="")
A("d-nb019", "nb", "fk", """Vi er tre jenter i Drammen 🔥 alt er mulig, også uten beskyttelse. Ring 406 12 319 så finner vi en tid.""",
  title="3 jenter Drammen", loc="Drammen",
  phones=["+4740612319"], pos="mp rs c")
A("d-nb020", "nb", "nn", """Hanne 36, Bodø. Ring: 4 0 6 1 2 3 2 0. Jeg svarer selv, ingen mellommenn.""",
  name="Hanne", age=36, loc="Bodø",
  phones=["+4740612320"], disg=["+4740612320"], pos="ob")
A("d-nb021", "nb", "fk", """Hun er ung, frisk og klar for deg 🔥 Emilie 20, ny i Ålesund. Bookes via meg: 406 12 321.""",
  title="Emilie ny i Ålesund", name="Emilie", age=20, loc="Ålesund",
  phones=["+4740612321"], pos="tp yt mv c")
A("d-nb022", "nb", "nn", """Seriøs og pålitelig dame 40+ tilbyr avslappende massasje. Trygt og diskret. Ekte bilder. Lillestrøm. Tlf 406 tolv trehundreogtjueto""",
  title="Seriøs dame 40+", loc="Lillestrøm",
  phones=["+4740612322"], disg=["+4740612322"], pos="ob tr")
A("d-nb023", "nb", "fk", """Hello gentlemen! Jeg er Bianca, 27, young and sweet from Brazil 🇧🇷 new in Oslo for only 5 days. Call me +47 406 12 323. Snakker engelsk og portugisisk.""",
  title="Bianca from Brazil", name="Bianca", age=27, loc="Oslo",
  phones=["+4740612323"], pos="yt ns mv")
A("d-nb024", "nb", "nn", """Jeg snakker norsk, engelsk og russisk. Vera, 39, Sandvika. Massasje og selskap i rolige omgivelser, alltid ren og diskret. 406 12 324""",
  title="Vera 39", name="Vera", age=39, loc="Sandvika",
  phones=["+4740612324"], pos="tr")
A("d-nb025", "nb", "fk", """Vår jente Lola er tilbake i Stavanger 🌹 – og denne gangen har hun med seg venninnen Maja! De er 25 og 27 og elsker nye bekjentskaper. Bestill i dag: 40612325""",
  title="Lola og Maja", loc="Stavanger",
  phones=["+4740612325"], pos="tp mp mv c")
A("d-nb026", "nb", "fk", """Jentene våre denne helgen: Sara 20 og Tina 21 – unge, søte og klare.
30 min 1500🌹 / 1 time 2500🌹
Oslo, Grønland. Tlf 406 12 326""",
  title="Helgens jenter", loc="Oslo",
  phones=["+4740612326"], pos="tp mp yt em c")
A("d-nb027", "nb", "nn", """Massasje i Moss. Liv 44. Tlf 406 12 327.

Annonsen er lagt inn av brukeren. Nettstedet tar ikke ansvar for innholdet. Alle annonsører må være over 18 år.""",
  name="Liv", age=44, loc="Moss",
  phones=["+4740612327"], pos="")
A("d-nb028", "nb", "fk", """Kristin 30 – Tønsberg. 406 ring 12 nå 328 😘""",
  name="Kristin", age=30, loc="Tønsberg",
  phones=["+4740612328"], disg=["+4740612328"], pos="ob")
A("d-nb029", "nb", "nn", """Jeg jobber helt alene, ingen byrå, ingen sjef. Du treffer bare meg – Ane, 33. Pålitelig og punktlig. Gjøvik. 406 12 329""",
  title="Ane 33", name="Ane", age=33, loc="Gjøvik",
  phones=["+4740612329"], pos="tr")
A("d-nb030", "nb", "fk", """Velkommen til meg 💜
Jeg heter Thea, er 29 år, 170 cm, 58 kg. Ung, sprek og blid.
Jeg tilbyr:
• Avslappende massasje
• Kjæresteopplevelse
• Middag og selskap
Priser: 30 min 1200 kr, 1 time 2000 kr, 2 timer 3500 kr
Jeg er alltid ren, diskret og presis.
Adresse i 5003 Bergen gis ved bestilling.
Ring eller sms: 406 12 330 (kl 12–23)""",
  title="Thea 29 Bergen", name="Thea", age=29, loc="Bergen",
  phones=["+4740612330"], pos="yt tr")
A("d-nb031", "nb", "fk", """Nora 19, ung og blid 🌼 Oslo: ４０６１２３３１ (kun sms)""",
  name="Nora", age=19, loc="Oslo",
  phones=["+4740612331"], disg=["+4740612331"], pos="ob yt")
A("d-nb032", "nb", "nn", """Nye jenter hver uke på studio i Drammen! Asiatiske og latinske damer. Åpent 10-24. Ring 406 12 332""",
  title="Studio Drammen", loc="Drammen",
  phones=["+4740612332"], pos="tp mp ns c")
A("d-nb033", "nb", "fk", """Ring henne nå, hun venter! Søte Diana (21) og kusinen Lina (23) fra Litauen, kun i Haugesund til fredag. +47 406 12 333""",
  title="Diana og Lina", loc="Haugesund",
  phones=["+4740612333"], pos="tp mp ns mv c")
A("d-nb034", "nb", "nn", """Ungarsk jente Eszter, 28, i Oslo 🇭🇺 Jeg snakker engelsk og litt norsk. 406 12 334""",
  title="Ungarsk jente", name="Eszter", age=28, loc="Oslo",
  phones=["+4740612334"], pos="ns")
A("d-nb035", "nb", "nn", """Alltid med beskyttelse. Jeg er trygg, ren og seriøs. Heidi 35, Sarpsborg. Sms: fire null seks, en to, tre tre fem""",
  name="Heidi", age=35, loc="Sarpsborg",
  phones=["+4740612335"], disg=["+4740612335"], pos="ob tr")
A("d-nb036", "nb", "fk", """Mia 32, Kongsberg 🌲 Diskret og hyggelig. Sms til: førti – sekstien – tjuetre – trettiseks""",
  name="Mia", age=32, loc="Kongsberg",
  phones=["+4740612336"], disg=["+4740612336"], pos="ob tr")
A("d-nb037", "nb", "nn", """Min venninne anbefalte denne siden 🙂 Jeg er Ida, 27, og gir massasje hjemme i Asker. Hun sa det var trygt å annonsere her. 406 12 337""",
  title="Ida 27 Asker", name="Ida", age=27, loc="Asker",
  phones=["+4740612337"], pos="")
A("d-nb038", "nb", "fk", """Skolejente-stil 🎒 Jeg heter Vilde, 22, og har rollespill som spesialitet. Trondheim. 406 12 338""",
  title="Skolejente-stil", name="Vilde", age=22, loc="Trondheim",
  phones=["+4740612338"], pos="yt")
A("d-nb039", "nb", "fk", """Vi er Roxana 24 og kusinen Bianca 22 fra Romania, nye i Bergen 🇷🇴 Ring 406 12 339 eller rumensk nr +40 712 034 539""",
  title="Roxana og Bianca", loc="Bergen",
  phones=["+4740612339", "+40712034539"], pos="mp ns mv c")
A("d-nb040", "nb", "nn", """Vi har jenter tilgjengelig døgnet rundt i hele Oslo-området. Velg mellom unge blondiner, brunetter og asiatiske. Sjåfør kjører jenta til deg. Bestilling: 406 12 340""",
  title="Jenter døgnet rundt", loc="Oslo",
  phones=["+4740612340"], pos="tp mp yt ns 24 c")
A("d-nb041", "nb", "fk", """vi er 2 jenter, massasje stavanger sentrum 406 12 341""",
  loc="Stavanger", phones=["+4740612341"], pos="mp")
A("d-nb042", "nb", "fk", """0558 Oslo – 1500 kr – 406 12 342 – Lise 30 & Mette 32 – 12:00-22:00""",
  loc="Oslo", phones=["+4740612342"], pos="mp c")
A("d-nb043", "nb", "nn", """Tina 28, Lørenskog. Diskret og ren leilighet. Sms 4O6 l2 34S""",
  name="Tina", age=28, loc="Lørenskog",
  phones=["+4740612345"], disg=["+4740612345"], pos="ob tr")
A("d-nb044", "nb", "nn", """Jeg og venninnen min (Sara 30 og Kine 32) tilbyr duo-massasje. Vi styrer alt selv, diskret og trygt. Bestill på 406 12 3 fire fire.""",
  title="Duo-massasje", loc="Fredrikstad",
  phones=["+4740612344"], disg=["+4740612344"], pos="mp ob tr")
A("d-nb045", "nb", "fk", """Ung jente 18 år, helt ny i bransjen. Hun er sjenert men søt. Kontakt oss for info: 406 12 346""",
  title="Ung jente 18", age=18, loc="Skien",
  phones=["+4740612346"], pos="tp yt c")
A("d-nb046", "nb", "fk", """Ung svensk jente på besøk i Oslo! Hej, jag heter Moa, 19. Bare helgen. +46 70 123 45 46""",
  title="Svensk jente på besøk", name="Moa", age=19, loc="Oslo",
  phones=["+46701234546"], pos="yt ns mv")
A("d-nb047", "nb", "nn", """Verifisert profil ✅ Ekte bilder ✅ Ingen fake ✅ Jeg heter Julie, 26. Fornebu. 4️⃣0️⃣6️⃣ 12 347""",
  title="Julie – verifisert", name="Julie", age=26, loc="Fornebu",
  phones=["+4740612347"], disg=["+4740612347"], pos="ob tr")
A("d-nb048", "nb", "nn", """Elisabeth er en varm dame på 45 som liker å gi massasje. Hun bor i Tromsø og tar imot på dagtid. Ring 406 12 348""",
  title="Elisabeth 45", name="Elisabeth", age=45, loc="Tromsø",
  phones=["+4740612348"], pos="tp c")
A("d-nb049", "nb", "fk", """Ring 4.0.6.1.2.3.4.9 – Ella 24 – Bergen sentrum. Kun i dag!""",
  name="Ella", age=24, loc="Bergen",
  phones=["+4740612349"], disg=["+4740612349"], pos="ob mv")
A("d-nb050", "nb", "nn", """Utdannet massør, medlem av Norges Massørforbund. Klassisk og svensk massasje, triggerpunkt. Randi 50, Halden. 406 12 350""",
  title="Utdannet massør", name="Randi", age=50, loc="Halden",
  phones=["+4740612350"], pos="tr")
A("d-nb051", "nb", "fk", """19 år og ung og søt 🍓 jeg er ny her, sms meg 40612351""",
  age=19, loc="Oslo",
  phones=["+4740612351"], pos="yt")
A("d-nb052", "nb", "fk", """Vi er tre venninner fra Brasil som reiser sammen 🇧🇷 Ring oss på 406 12 352, vi er i Oslo denne uken og Bergen neste.""",
  title="3 brasilianske", loc="Oslo",
  phones=["+4740612352"], pos="mp ns mv c")
A("d-nb053", "nb", "nn", """Kunde skrev: «Hun er en engel». Jeg blir rørt 🥹 Jeg heter Synne, 38, og er alltid diskret. Massasje i Molde. Sms: fire-null-seks tolv tre fem tre""",
  title="Synne 38", name="Synne", age=38, loc="Molde",
  phones=["+4740612353"], disg=["+4740612353"], pos="ob tr")
A("d-nb054", "nb", "fk", """Ronja 29 Larvik, ring 4 null 6 en 2 tre 5 fire""",
  name="Ronja", age=29, loc="Larvik",
  phones=["+4740612354"], disg=["+4740612354"], pos="ob")
A("d-nb055", "nb", "fk", """De er tilgjengelige 24/7 🕐 Ring og book Alexandra, 26, og søsteren Nika, 24, fra Ukraina. 406 12 355""",
  title="Alexandra og Nika", loc="Oslo",
  phones=["+4740612355"], pos="tp mp ns 24 c")
A("d-nb056", "nb", "nn", """Hyggelig massasje i Hønefoss, Turid 52. 406 12 356
---
Tips: Møt aldri noen du ikke føler deg trygg med. Nettstedet verifiserer ikke annonser.""",
  name="Turid", age=52, loc="Hønefoss",
  phones=["+4740612356"], pos="")
A("d-nb057", "nb", "nn", """🌟 VIP Escort Norway 🌟
Presenterer: Angelika
Alder: 23 | Høyde: 168 | Vekt: 52
Nasjonalitet: Polsk
Språk: engelsk, polsk
Hun er elegant og perfekt til forretningsmiddager.
Tilgjengelig i Oslo, Bergen og Stavanger denne måneden.
Priser: 3000 kr/time. Full diskresjon.
Booking: +47 406 12 357""",
  title="Angelika – VIP", name="Angelika", age=23, loc="Oslo",
  phones=["+4740612357"], pos="tp ns mv tr c")
A("d-nb058", "nb", "fk", """Ungdommelig, sporty og blid 😊 Jeg heter Pia, 24. Trening og massasje er livet mitt. Trygt og rent hos meg. Ski. 406 12 358""",
  title="Pia 24", name="Pia", age=24, loc="Ski",
  phones=["+4740612358"], pos="yt tr")
A("d-nb059", "nb", "fk", """💋 Kate 22 💋 Mona 25 💋 Rita 30 💋
Sandvika
ring fire null seks – en to – tre fem ni""",
  loc="Sandvika",
  phones=["+4740612359"], disg=["+4740612359"], pos="tp mp ob c")
A("d-nb060", "nb", "fk", """Hei! Lucy 27, Oslo. Ring: four zero six one two three six zero 📞""",
  name="Lucy", age=27, loc="Oslo",
  phones=["+4740612360"], disg=["+4740612360"], pos="ob")
A("d-nb061", "nb", "nn", """Send meg melding her på siden. Ragnhild 20, student og ung 😊 Rolig massasje i Lillehammer.""",
  name="Ragnhild", age=20, loc="Lillehammer",
  phones=[], pos="yt")
A("d-nb062", "nb", "fk", """Ung norsk jente, 20, blond og blid. Oslo øst. Ring 4 0 6 / 1 2 / 3 6 1""",
  title="Ung norsk jente", age=20, loc="Oslo øst",
  phones=["+4740612361"], disg=["+4740612361"], pos="ob yt ns")
A("d-nb063", "nb", "nn", """Mona, født -97, Bergen. 406 12 362. Ledig 18.11–22.11, ellers etter avtale. Ærlig og punktlig.""",
  name="Mona", loc="Bergen",
  phones=["+4740612362"], pos="tr")
A("d-nb064", "nb", "fk", """Hun snakker ikke norsk. Sms til hennes venn: fire-null-seks-en-to-tre-seks-tre. Lina 21 fra Thailand.""",
  name="Lina", age=21, loc="Oslo",
  phones=["+4740612363"], disg=["+4740612363"], pos="tp ns ob c")
A("d-nb065", "nb", "nn", """Trygg, ren og hyggelig atmosfære. Jeg er Anne, 37. Privat leilighet, egen inngang. Kristiansand. 406 12 364""",
  title="Anne 37", name="Anne", age=37, loc="Kristiansand",
  phones=["+4740612364"], pos="tr")
A("d-nb066", "nb", "fk", """Stadig nye unge ansikter hos Studio Rosa, Bergen 🌹 Se hvem som jobber i dag på nettsiden vår. 406 12 365""",
  title="Studio Rosa", loc="Bergen",
  phones=["+4740612365"], pos="tp mp yt c")
A("d-nb067", "nb", "fk", """Din lille jente 🎀 jeg er 18 og ny. outcall only. 40612366""",
  age=18, loc="Trondheim",
  phones=["+4740612366"], pos="yt c")
A("d-nb068", "nb", "fk", """Naturlig service uten gummi mulig 😉 Diskret. Ring Tone, 30, 406 12 367""",
  name="Tone", age=30, loc="Porsgrunn",
  phones=["+4740612367"], pos="rs tr")
A("d-nb069", "nb", "nn", """Vi tar imot fra kl 10 til 03. Alle jentene våre er unge og nye i Norge og snakker engelsk. Ring 406 12 368""",
  loc="Oslo",
  phones=["+4740612368"], pos="tp mp yt mv c")
A("d-nb070", "nb", "nn", """Diskret og profesjonell. Elin 33, Hamar. 4o6 12 369""",
  name="Elin", age=33, loc="Hamar",
  phones=["+4740612369"], disg=["+4740612369"], pos="ob tr")
# ---------------------------------------------------------------- Swedish (sv)
A("d-sv001", "sv", "sw", """Hej! Jag heter Emma, 29 år, svensk och naturlig. Avslappnande massage på Södermalm, 118 46 Stockholm. 100 % äkta bilder. Ring 070-123 46 01 mellan 10 och 20.""",
  title="Emma – svensk och naturlig", name="Emma", age=29, loc="Stockholm",
  phones=["+46701234601"], pos="ns tr")
A("d-sv002", "sv", "sw", """Ny tjej i Göteborg! Hon heter Daria, 22, från Ukraina. Hon är ung och lite blyg och pratar bara lite engelska. Ring 0701234602 för att boka henne.""",
  title="Ny tjej Göteborg", name="Daria", age=22, loc="Göteborg",
  phones=["+46701234602"], pos="tp yt ns mv c")
A("d-sv003", "sv", "nn", """Klassisk svensk massage och thaimassage i Malmö. Certifierad massör sedan 2011. 30 min 400 kr, 60 min 650 kr. Tel 070-123 46 03.""",
  title="Svensk massage Malmö", loc="Malmö",
  phones=["+46701234603"], pos="tr")
A("d-sv004", "sv", "sw", """Vi är två väninnor, Lisa 31 och Sanna 33, som erbjuder duo-massage. Vi bestämmer själva och det är alltid tryggt hos oss. 070-123 46 04""",
  title="Duo-massage", name="Lisa & Sanna", loc="Västerås",
  phones=["+46701234604"], pos="mp tr")
A("d-sv005", "sv", "sw", """Ung och fräsch tjej, precis fyllt 18 🎂 Ny i Uppsala. SMS 070 123 46 05""",
  title="precis 18", age=18, loc="Uppsala",
  phones=["+46701234605"], pos="yt mv c")
A("d-sv006", "sv", "nn", """Karin 42, Västerås. Seriös och lugn. Endast sms: noll sju noll ett två tre fyra sex noll sex""",
  name="Karin", age=42, loc="Västerås",
  phones=["+46701234606"], disg=["+46701234606"], pos="ob tr")
A("d-sv007", "sv", "sw", """Vackra Anastasia (23) och Katja (25) från Ryssland besöker Helsingborg bara några dagar. Kontakta deras chaufför på +46 70 123 46 07. De tar emot på hotell.""",
  title="Anastasia & Katja", loc="Helsingborg",
  phones=["+46701234607"], pos="tp mp ns mv c")
A("d-sv008", "sv", "nn", """Fräsch lägenhet, rena handdukar och dusch finns. Jag heter Birgitta, 48, och ger lugn massage. Örebro. 070-123 46 08""",
  title="Birgitta 48", name="Birgitta", age=48, loc="Örebro",
  phones=["+46701234608"], pos="tr")
A("d-sv009", "sv", "sw", """Dygnet runt 🕐 ring när du vill. Vi är två tjejer, Nina och Jossan, outcall hela Stockholm. Ring 070 – ett två tre – 46 09""",
  title="Dygnet runt", loc="Stockholm",
  phones=["+46701234609"], disg=["+46701234609"], pos="mp ob 24")
A("d-sv010", "sv", "nn", """Eskortbyrå Midnattssol ✨ Våra damer är diskreta, eleganta och alltid punktliga. Boka via oss på 070-123 46 10.""",
  title="Eskortbyrå Midnattssol", loc="Stockholm",
  phones=["+46701234610"], pos="tp mp tr c")
A("d-sv011", "sv", "nn", """”Hon är helt fantastisk, precis som på bilderna” – skrev en nöjd kund 😘 Tack! Jag är Matilda, 32, och jobbar ensam från min lägenhet i Vasastan. 070-123 46 11""",
  title="Matilda 32", name="Matilda", age=32, loc="Vasastan",
  phones=["+46701234611"], pos="tr")
A("d-sv012", "sv", "sw", """Vi är Sara 27 och Lina 29 🌷 Lund. Ring 0️⃣7️⃣0️⃣1️⃣2️⃣3️⃣4️⃣6️⃣1️⃣2️⃣ – massage och mys, en av oss eller båda.""",
  title="Sara & Lina", loc="Lund",
  phones=["+46701234612"], disg=["+46701234612"], pos="mp ob")
A("d-sv013", "sv", "nn", """Ung thailändsk tjej, 21, ger bra massage 🙏 Jag kommer från Chiang Mai. Ring 070-123 46 13""",
  title="Thailändsk tjej 21", age=21, loc="Borås",
  phones=["+46701234613"], pos="yt ns")
A("d-sv014", "sv", "sw", """Maja 25 – ny i stan – Linköping – O7O-l23 46 l4""",
  name="Maja", age=25, loc="Linköping",
  phones=["+46701234614"], disg=["+46701234614"], pos="ob mv")
A("d-sv015", "sv", "sw", """Nya tjejer på plats: Bianca (Brasilien), Ming (Kina), Oksana (Ukraina). Tar emot i Solna 10–02. Receptionen: 070-123 46 15""",
  title="Nya tjejer Solna", loc="Solna",
  phones=["+46701234615"], pos="tp mp ns c")
A("d-sv016", "sv", "sw", """Petite & söt, 19 år, mycket ungdomlig look 💕 jag är ny på sidan. Göteborg. 0701234616""",
  title="Petite 19", age=19, loc="Göteborg",
  phones=["+46701234616"], pos="yt")
A("d-sv017", "sv", "nn", """Ung i själen men med 56 års erfarenhet av livet 😄 Massage och trevligt sällskap. Gunilla, Gävle. 070-123 46 17""",
  title="Gunilla 56", name="Gunilla", age=56, loc="Gävle",
  phones=["+46701234617"], pos="")
A("d-sv018", "sv", "sw", """Två unga tjejer, 19 och 21 🔥 allt är möjligt, även utan skydd. Ring oss 070-123 46 18""",
  title="Två unga tjejer", loc="Malmö",
  phones=["+46701234618"], pos="mp yt rs c")
A("d-sv019", "sv", "nn", """Hanna 36, Luleå. Pålitlig och ärlig. Ring 0 7 0 - 1 2 3 - 4 6 - 1 9""",
  name="Hanna", age=36, loc="Luleå",
  phones=["+46701234619"], disg=["+46701234619"], pos="ob tr")
A("d-sv020", "sv", "sw", """Hon är ung, fräsch och redo för dig 🔥 Emelie 20, ny i Jönköping. Bokas via mig: 070-123 46 20""",
  title="Emelie ny i Jönköping", name="Emelie", age=20, loc="Jönköping",
  phones=["+46701234620"], pos="tp yt mv c")
A("d-sv021", "sv", "nn", """Seriös och pålitlig dam 40+ erbjuder avslappnande massage. Tryggt och diskret. Täby. Sms noll-sjuttio ett två tre fyrtiosex tjugoett""",
  title="Seriös dam 40+", loc="Täby",
  phones=["+46701234621"], disg=["+46701234621"], pos="ob tr")
A("d-sv022", "sv", "sw", """Hello gentlemen! Jag är Bianca, 26, young latina from Colombia 🇨🇴 new in Stockholm only 4 days. Call +46 70 123 46 22. Jag pratar engelska och spanska.""",
  title="Bianca from Colombia", name="Bianca", age=26, loc="Stockholm",
  phones=["+46701234622"], pos="yt ns mv")
A("d-sv023", "sv", "nn", """Jag pratar svenska, finska och engelska. Vera, 39, Haparanda. Massage och sällskap, alltid ren och noggrann. 070-123 46 23""",
  title="Vera 39", name="Vera", age=39, loc="Haparanda",
  phones=["+46701234623"], pos="tr")
A("d-sv024", "sv", "sw", """Lola är äntligen tillbaka! 🌹 Den här gången tillsammans med sin väninna Mira. Deras första dag i Malmö är torsdag, så skynda dig att boka innan det är fullt. Vi svarar på 0701234624 mellan 12 och 22.""",
  title="Lola tillbaka", loc="Malmö",
  phones=["+46701234624"], pos="tp mp mv c")
A("d-sv025", "sv", "sw", """Våra unga tjejer: Mimmi 19, Sandra 22.
½h 1200🌹 | 1h 2000🌹 | natt? fråga.
Sthlm. 070-123 46 25""",
  loc="Stockholm",
  phones=["+46701234625"], pos="tp mp yt em c")
A("d-sv026", "sv", "nn", """Massage i Borås. Lena 45. 070-123 46 26.

Annonsen är skapad av användaren. Sajten ansvarar inte för annonsens innehåll. Alla annonsörer intygar att de är över 18 år.""",
  name="Lena", age=45, loc="Borås",
  phones=["+46701234626"], pos="")
A("d-sv027", "sv", "sw", """Kristina 30 – Norrköping. 070 ring 123 46 nu 27""",
  name="Kristina", age=30, loc="Norrköping",
  phones=["+46701234627"], disg=["+46701234627"], pos="ob")
A("d-sv028", "sv", "nn", """Jag jobbar helt ensam, ingen byrå, ingen chef. Du träffar bara mig – Anna, 34. Pålitlig och punktlig. Umeå. 070-123 46 28""",
  title="Anna 34", name="Anna", age=34, loc="Umeå",
  phones=["+46701234628"], pos="tr")
A("d-sv029", "sv", "sw", """Välkommen till mig 💜
Jag heter Ebba, 28 år, 169 cm, 57 kg – ung och sportig.
Jag erbjuder:
– Avslappnande massage
– Flickvänsupplevelse (GFE)
– Middag och sällskap
Priser: 30 min 1500 kr, 1 tim 2500 kr, 2 tim 4500 kr
Jag är alltid fräsch, diskret och punktlig.
Adress i 411 05 Göteborg lämnas vid bokning.
Ring/sms: 070-123 46 29 (kl 12–23)""",
  title="Ebba 28 Göteborg", name="Ebba", age=28, loc="Göteborg",
  phones=["+46701234629"], pos="yt tr")
A("d-sv030", "sv", "sw", """Nora 26, Uppsala: ０７０１２３４６３０ (endast sms)""",
  name="Nora", age=26, loc="Uppsala",
  phones=["+46701234630"], disg=["+46701234630"], pos="ob")
A("d-sv031", "sv", "nn", """Varje måndag nya massöser från Asien på Lotus Spa. Öppet 10-22 alla dagar. 070-123 46 31""",
  title="Lotus Spa", loc="Hässleholm",
  phones=["+46701234631"], pos="tp mp ns c")
A("d-sv032", "sv", "sw", """Missa inte Diana 🌸 21 år och från Litauen. Hon stannar i Sundsvall bara till fredag, så hör av dig snabbt till hennes assistent: +46 70 123 46 32""",
  title="Diana i Sundsvall", name="Diana", age=21, loc="Sundsvall",
  phones=["+46701234632"], pos="tp ns mv c")
A("d-sv033", "sv", "nn", """Ungersk tjej Zsófia, 29, i Stockholm 🇭🇺 Jag talar engelska och tyska. 070-123 46 33""",
  title="Ungersk tjej", name="Zsófia", age=29, loc="Stockholm",
  phones=["+46701234633"], pos="ns")
A("d-sv034", "sv", "nn", """Alltid med skydd, inga undantag. Jag är trygg, ren och seriös. Heidi 35, Eskilstuna. 070-123 46 34""",
  title="Heidi 35", name="Heidi", age=35, loc="Eskilstuna",
  phones=["+46701234634"], pos="tr")
A("d-sv035", "sv", "sw", """Mia 31, Karlstad. Diskret. SMS: noll sjuttio, hundratjugotre, fyrtiosex, trettiofem""",
  name="Mia", age=31, loc="Karlstad",
  phones=["+46701234635"], disg=["+46701234635"], pos="ob tr")
A("d-sv036", "sv", "nn", """Min kompis tipsade om den här sidan 🙂 Jag är Ida, 27, och ger massage hemma i Nacka. Hon sa att det är lugnt här. 070-123 46 36""",
  title="Ida 27 Nacka", name="Ida", age=27, loc="Nacka",
  phones=["+46701234636"], pos="")
A("d-sv037", "sv", "sw", """Skolflicke-look 🎒 med flätor! Jag heter Wilma, 23, och gillar rollspel. Västerås. 070-123 46 37""",
  title="Skolflicke-look", name="Wilma", age=23, loc="Västerås",
  phones=["+46701234637"], pos="yt")
A("d-sv038", "sv", "sw", """Kasia 24 och Ola 26 från Polen, nya i Malmö 🇵🇱 Ring 070-123 46 38 eller polskt nr +48 512 345 638.""",
  title="Kasia & Ola", loc="Malmö",
  phones=["+46701234638", "+48512345638"], pos="mp ns mv c")
A("d-sv039", "sv", "nn", """Vi har tjejer tillgängliga dygnet runt i hela Stockholm. Välj mellan unga blondiner, brunetter och asiater. Chauffören kör tjejen till dig. Bokning: 070-123 46 39""",
  title="Tjejer dygnet runt", loc="Stockholm",
  phones=["+46701234639"], pos="tp mp yt ns 24 c")
A("d-sv040", "sv", "sw", """2 tjejer massage centrum göteborg 070 123 46 40""",
  loc="Göteborg", phones=["+46701234640"], pos="mp c")
A("d-sv041", "sv", "nn", """211 45 Malmö – 1500 kr – 0701234641 – Lise 30 – 12:00-22:00 – äkta bilder""",
  name="Lise", age=30, loc="Malmö",
  phones=["+46701234641"], pos="tr")
A("d-sv042", "sv", "sw", """Tina 28, Sollentuna. Sms O7O-l234642""",
  name="Tina", age=28, loc="Sollentuna",
  phones=["+46701234642"], disg=["+46701234642"], pos="ob")
A("d-sv043", "sv", "sw", """Ung tjej 18 år, helt ny i branschen. Hon är blyg men söt. Kontakta oss för info: 070-123 46 43""",
  title="Ung tjej 18", age=18, loc="Gävle",
  phones=["+46701234643"], pos="tp yt c")
A("d-sv044", "sv", "sw", """Ung dansk pige på besøg i Malmö 🇩🇰 Hej, jeg hedder Freja, 20. Kun weekenden! +45 tre fire 41 24 44""",
  title="Dansk pige i Malmö", name="Freja", age=20, loc="Malmö",
  phones=["+4534412444"], disg=["+4534412444"], pos="yt ns mv ob")
A("d-sv045", "sv", "nn", """Jag är 100 % äkta – det du ser är det du får. Kolla gärna mina omdömen. Julia, 26, Bromma. 0️⃣7️⃣0️⃣-123 46 45""",
  title="Julia 26", name="Julia", age=26, loc="Bromma",
  phones=["+46701234645"], disg=["+46701234645"], pos="ob tr")
A("d-sv046", "sv", "nn", """Josefin tycker om att ta det lugnt och ge sina gäster hela sin uppmärksamhet. Hon är 34 och bor i Falun. Skicka ett sms till 070-123 46 46 så svarar hon när hon kan.""",
  title="Josefin 34", name="Josefin", age=34, loc="Falun",
  phones=["+46701234646"], pos="tp c")
A("d-sv047", "sv", "sw", """Vi är Ella och Fanny, 24 och 26 – bara idag i Göteborg! 0.7.0.1.2.3.4.6.4.7""",
  title="Ella & Fanny", loc="Göteborg",
  phones=["+46701234647"], disg=["+46701234647"], pos="mp ob mv")
A("d-sv048", "sv", "nn", """Utbildad massageterapeut, medlem i Svenska Massageterapeuters Riksförbund. Ingrid, 51, Halmstad. Friskvårdskvitto finns. 070-123 46 48""",
  title="Massageterapeut Halmstad", name="Ingrid", age=51, loc="Halmstad",
  phones=["+46701234648"], pos="tr")
A("d-sv049", "sv", "sw", """tjej 19 🍓 sms:a mig om du vill ses, jag är ganska ny på det här. ung, smal, blond. 0701234649""",
  age=19, loc="Örebro",
  phones=["+46701234649"], pos="yt")
A("d-sv050", "sv", "sw", """Vi är tre tjejer från Rumänien som reser runt i Sverige 🇷🇴 Just nu i Göteborg, nästa vecka Jönköping. Ring oss 070-123 46 50""",
  title="3 tjejer från Rumänien", loc="Göteborg",
  phones=["+46701234650"], pos="mp ns mv c")
A("d-sv051", "sv", "nn", """Omdöme från förra veckan: ”Hon lyssnade verkligen, bästa massagen på länge.” Tack snälla! /Sofia, 38, Visby. 070-123 46 51""",
  title="Sofia 38 Visby", name="Sofia", age=38, loc="Visby",
  phones=["+46701234651"], pos="")
A("d-sv052", "sv", "sw", """Ronja 29 Kalmar, seriös och ärlig. Ring 0 sju 0 ett 2 tre 4 sex 5 två""",
  name="Ronja", age=29, loc="Kalmar",
  phones=["+46701234652"], disg=["+46701234652"], pos="ob tr")
A("d-sv053", "sv", "sw", """Hon finns tillgänglig 24/7 🕐 – och hennes syster också! Boka Alexandra, 26, och Irina, 24, från Vitryssland. 070-123 46 53""",
  title="Alexandra & Irina", loc="Stockholm",
  phones=["+46701234653"], pos="tp mp ns 24 c")
A("d-sv054", "sv", "nn", """Mysig massage i Kiruna, Anita 52. 070-123 46 54
---
Tips från sajten: träffa aldrig någon du inte känner dig trygg med. Vi verifierar inte annonser.""",
  name="Anita", age=52, loc="Kiruna",
  phones=["+46701234654"], pos="")
A("d-sv055", "sv", "nn", """💎 Elite Escort Sweden 💎
Vi presenterar: Natalia
Ålder: 24 | Längd: 172 | Vikt: 54
Nationalitet: Ukrainsk
Språk: engelska, ryska
Hon är sofistikerad och perfekt som sällskap på middagar och mässor.
Finns i Stockholm och Göteborg i november.
Pris: 3500 kr/tim. Diskretion garanteras.
Bokning: +46 70 123 46 55""",
  title="Natalia – Elite", name="Natalia", age=24, loc="Stockholm",
  phones=["+46701234655"], pos="tp ns mv tr c")
A("d-sv056", "sv", "sw", """Ungdomlig, sportig och glad 😊 Jag heter Alva, 24, och tränar mycket. Tryggt och rent hos mig. Solna. 070 123 46 5️⃣6️⃣""",
  title="Alva 24", name="Alva", age=24, loc="Solna",
  phones=["+46701234656"], disg=["+46701234656"], pos="yt ob tr")
A("d-sv057", "sv", "sw", """🌸 Kim 22 🌸 Nova 25 🌸 Stella 30 🌸
Sundbyberg
070 123 46 57""",
  loc="Sundbyberg",
  phones=["+46701234657"], pos="tp mp c")
A("d-sv058", "sv", "sw", """Hej! Lucy 27, Stockholm. Ring: zero seven zero, one two three, four six, five eight""",
  name="Lucy", age=27, loc="Stockholm",
  phones=["+46701234658"], disg=["+46701234658"], pos="ob")
A("d-sv059", "sv", "nn", """Skicka ett meddelande här på sajten. Margareta 44, Östersund. Lugn massage.""",
  name="Margareta", age=44, loc="Östersund",
  phones=[], pos="")
A("d-sv060", "sv", "sw", """Ung svensk tjej, 20, blond och glad. Äkta bilder. Stockholm söder. 070-123 46 60""",
  title="Ung svensk tjej", age=20, loc="Stockholm",
  phones=["+46701234660"], pos="yt ns tr")
A("d-sv061", "sv", "sw", """Hon pratar inte svenska. Sms till hennes vän: noll-sju-noll-ett-två-tre-fyra-sex-sex-ett. Lin 21 från Kina.""",
  name="Lin", age=21, loc="Stockholm",
  phones=["+46701234661"], disg=["+46701234661"], pos="tp ns ob c")
A("d-sv062", "sv", "nn", """Tryggt, rent och trivsamt. Jag är Anneli, 37. Egen ingång, gott om parkering. Kristianstad. noll sju noll – 123 – fyrtiosex – sextiotvå""",
  title="Anneli 37", name="Anneli", age=37, loc="Kristianstad",
  phones=["+46701234662"], disg=["+46701234662"], pos="ob tr")
A("d-sv063", "sv", "sw", """Studio Rosa har bytt personal igen – kom och hälsa på de nya unga förmågorna! Göteborg centrum. 070-123 46 63""",
  title="Studio Rosa", loc="Göteborg",
  phones=["+46701234663"], pos="tp mp yt c")
A("d-sv064", "sv", "sw", """Pappas lilla flicka 🎀 nyss 18, helt oerfaren. outcall only 0701234664""",
  age=18, loc="Uppsala",
  phones=["+46701234664"], pos="yt c")
A("d-sv065", "sv", "sw", """Extra tjänster utan skydd mot tillägg, fråga mig diskret. Ring Tove, 30, 070-123 46 65""",
  name="Tove", age=30, loc="Växjö",
  phones=["+46701234665"], pos="rs tr")
A("d-sv066", "sv", "nn", """Vi tar emot 10–03. Alla våra unga tjejer är nya i Sverige och pratar engelska. Ring 070-123 46 66""",
  loc="Malmö",
  phones=["+46701234666"], pos="tp mp yt mv c")
A("d-sv067", "sv", "nn", """Diskret och professionell. Elin 33, Södertälje. O7O-123 46 67""",
  name="Elin", age=33, loc="Södertälje",
  phones=["+46701234667"], disg=["+46701234667"], pos="ob tr")
A("d-sv068", "sv", "nn", """Finsk kvinna 41 i Stockholm 🇫🇮 Jag talar finska och svenska. Seriös massage. O7O 123 46 68""",
  title="Finsk kvinna 41", age=41, loc="Stockholm",
  phones=["+46701234668"], disg=["+46701234668"], pos="ns ob tr")
A("d-sv069", "sv", "nn", """Massageklinik Balans AB, org.nr 556123-4567. Idrottsmassage, klassisk massage, koppning. Boka: 070-123 46 69""",
  title="Massageklinik Balans", loc="Linköping",
  phones=["+46701234669"], pos="")
A("d-sv070", "sv", "sw", """Precis myndig 🥳 18 år, ny i stan (Örebro). Hör av dig 070-123 46 70""",
  age=18, loc="Örebro",
  phones=["+46701234670"], pos="yt mv c")
# ------------------------------------------- English by non-native writers (en)
A("d-en001", "en", "sw", """Hello my name is Andreea, 24 years, young and sweet girl from Romania 🇷🇴 I am new in Copenhagen only few days. Real photos, no surprise. Call me +45 34 41 24 01 or whatsapp +40 712 034 601""",
  title="Andreea new in Copenhagen", name="Andreea", age=24, loc="Copenhagen",
  phones=["+4534412401", "+40712034601"], pos="yt ns mv tr")
A("d-en002", "en", "sw", """She is new in town, 21 years old, very young and sweet girl from Latvia. Call her assistent for booking 34412402. She speak only russian.""",
  title="New girl 21", age=21, loc="Aarhus",
  phones=["+4534412402"], pos="tp yt ns mv c")
A("d-en003", "en", "fk", """Young at heart 💕 Mature lady 47, lot of experience and calm hands. Massage and good talk in Oslo. Tel 406 12 401""",
  title="Mature lady 47", age=47, loc="Oslo",
  phones=["+4740612401"], pos="")
A("d-en004", "en", "nn", """We are agency with many beautiful girls in all Scandinavia. Our ladies are clean, discreet and professional. Booking 24/7 +46 70 123 47 04""",
  title="Scandinavian agency", loc="Stockholm",
  phones=["+46701234704"], pos="tp mp tr 24 c")
A("d-en005", "en", "sw", """Young Mia 20 in Copenhagen ✨ call me: three four four one two four zero five""",
  name="Mia", age=20, loc="Copenhagen",
  phones=["+4534412405"], disg=["+4534412405"], pos="yt ob")
A("d-en006", "en", "sw", """Barely 18 🔥 fresh and new, just arrived to Aarhus! Text me 34 41 24 06""",
  title="barely 18", age=18, loc="Aarhus",
  phones=["+4534412406"], pos="yt mv c")
A("d-en007", "en", "kk", """I speak Russian, English and little Danish. Olga, 38, Frederiksberg. Relax massage in clean apartment, 600 kr. 34 41 24 07""",
  title="Olga 38", name="Olga", age=38, loc="Frederiksberg",
  phones=["+4534412407"], pos="tr")
A("d-en008", "en", "sw", """Hi! Im Amy 29, independent, no agency, I work alone and answer my phone myself. Safe and clean, real photos. 34412408""",
  title="Amy independent", name="Amy", age=29, loc="Copenhagen",
  phones=["+4534412408"], pos="tr")
A("d-en009", "en", "fk", """Anna 23 – Bella 25 – Carla 21 – all new this week. Hotel or incall Oslo. Call reception +47 406 12 409""",
  loc="Oslo", phones=["+4740612409"], pos="tp mp c")
A("d-en010", "en", "sw", """Review from client: 'She was exactly like the pictures, super nice and she made me feel relaxed' ❤️ Thank you Lars! I am Sofia, 31, in Stockholm. 070-123 47 10""",
  title="Sofia 31", name="Sofia", age=31, loc="Stockholm",
  phones=["+46701234710"], pos="tr")
A("d-en011", "en", "fk", """Exotic asian girls, young and new in Bergen 🌸 Good massage, clean room. Call 406 12 411""",
  title="Exotic asian", loc="Bergen",
  phones=["+4740612411"], pos="tp mp yt ns mv tr c")
A("d-en012", "en", "sw", """Kiss 💋 Lina & Ella, 25 and 27, Malmö. We are best friends and work together, our rules. Our number 0️⃣7️⃣0️⃣ 1️⃣2️⃣3️⃣ 4️⃣7️⃣ 1️⃣2️⃣""",
  title="Lina & Ella", loc="Malmö",
  phones=["+46701234712"], disg=["+46701234712"], pos="mp ob")
A("d-en013", "en", "kk", """Thai massage and oil massage by experienced therapist. Copenhagen NV 2400. 1 hour 550 dkk. Tel 34 41 24 13""",
  title="Thai massage NV", loc="Copenhagen NV",
  phones=["+4534412413"], pos="")
A("d-en014", "en", "sw", """Just turned 19 🎉 sweet, petite and shy. Safe meeting only. Only outcall Stockholm. 0701234714""",
  title="just turned 19", age=19, loc="Stockholm",
  phones=["+46701234714"], pos="yt tr")
A("d-en015", "en", "fk", """Contact her manager for prices and location. Victoria 22, Ukraine, available in Oslo and Drammen. +47 four zero six 12 415""",
  title="Victoria 22", name="Victoria", age=22, loc="Oslo",
  phones=["+4740612415"], disg=["+4740612415"], pos="tp ns mv ob c")
A("d-en016", "en", "kk", """Sms only: thirty four – forty one – twenty four – sixteen. Jenny 33, Roskilde. Honest and punctual.""",
  name="Jenny", age=33, loc="Roskilde",
  phones=["+4534412416"], disg=["+4534412416"], pos="ob tr")
A("d-en017", "en", "sw", """Two hot girls for you 🔥 Me and my best friend, 24 and 26, we can come together to your hotel. Safe and discreet always. Call 34 41 24 17""",
  title="Two girls", loc="Copenhagen",
  phones=["+4534412417"], pos="mp tr")
A("d-en018", "en", "nn", """Mature and elegant lady 52. Not young anymore but still fun 😄 Gothenburg. 070 123 47 18""",
  title="Mature 52", age=52, loc="Gothenburg",
  phones=["+46701234718"], pos="")
A("d-en019", "en", "sw", """Without protection possible for extra. Discreet. Text Katy 34 41 24 19""",
  name="Katy", loc="Odense",
  phones=["+4534412419"], pos="rs tr")
A("d-en020", "en", "fk", """I always use protection, no exceptions. Protected parking in the backyard 🚗. Nora 34, Oslo. 406 12 420""",
  name="Nora", age=34, loc="Oslo",
  phones=["+4740612420"], pos="tr")
A("d-en021", "en", "sw", """Young Latina 🔥 Valeria from Colombia, 25, on tour in Scandinavia: Oslo 3-5 Nov, Stockholm 6-9 Nov, Copenhagen 10-12 Nov. 100% real. Whatsapp +34 612 345 421""",
  title="Valeria on tour", name="Valeria", age=25, loc="Oslo",
  phones=["+34612345421"], pos="yt ns mv tr")
A("d-en022", "en", "kk", """Booking only via our office. The young girls rotate every week between Aarhus, Odense and Aalborg. Office tel: 34 41 24 22 (10-04)""",
  loc="Aarhus", phones=["+4534412422"], pos="tp mp yt mv c")
A("d-en023", "en", "sw", """Brazilian wax done, smooth and fresh 😉 I am Paula 28, relax massage in Vesterbro. 34412423""",
  name="Paula", age=28, loc="Vesterbro",
  phones=["+4534412423"], pos="")
A("d-en024", "en", "sw", """Lola & Lexi 27 and 29 Aarhus, call 344I 242S""",
  loc="Aarhus", phones=["+4534412425"], disg=["+4534412425"], pos="mp ob c")
A("d-en025", "en", "kk", """Hi guys, I'm Tina from Poland 🇵🇱, 30 yo, living in Denmark 5 years. I speak polish, english and danish. Honest girl, massage in Odense. 34 41 24 26""",
  title="Tina from Poland", name="Tina", age=30, loc="Odense",
  phones=["+4534412426"], pos="ns tr")
A("d-en026", "en", "nn", """100% real, no fake, verified by site ✅ Ella 24 Stockholm city. 0️⃣7️⃣0️⃣ 123 47 26""",
  name="Ella", age=24, loc="Stockholm",
  phones=["+46701234726"], disg=["+46701234726"], pos="ob tr")
A("d-en027", "en", "fk", """young looking schoolgirl style 🎒 Lily 20, new on site. text 406 12 427""",
  name="Lily", age=20, loc="Trondheim",
  phones=["+4740612427"], pos="yt")
A("d-en028", "en", "kk", """Relaxing massage in Lyngby. Call Marianne 34 41 24 28.

*** This ad was created by the user. The site takes no responsibility for the content. All advertisers confirm they are 18+. ***""",
  name="Marianne", loc="Lyngby",
  phones=["+4534412428"], pos="")
A("d-en029", "en", "sw", """★ VIP MODEL ESCORT ★
Meet gorgeous Elena!
Age: 22
Height: 170
Weight: 50
From: Moldova
Languages: English, Russian
She is young and fresh, perfect girlfriend experience and very open minded.
She will welcome you in sexy lingerie in her apartment in Copenhagen K.
Prices: 1 hour 2500 kr, 2 hours 4000 kr, night 10000 kr
Booking: +45 34 41 24 29 (whatsapp / telegram)""",
  title="VIP Elena", name="Elena", age=22, loc="Copenhagen K",
  phones=["+4534412429"], pos="tp yt ns c")
A("d-en030", "en", "sw", """Hi I'm Kim, 35, I travel between Copenhagen and Malmö every week. DK: 34-41-24-30 SE: 0 7 0 1 2 3 4 7 3 0""",
  name="Kim", age=35, loc="Copenhagen",
  phones=["+4534412430", "+46701234730"], disg=["+46701234730"], pos="ob mv")
A("d-en031", "en", "fk", """Our ladies are waiting for you in a nice and discreet apartment in Oslo. Young Japanese, Korean and Chinese girls. Open 11-23. 406 12 431""",
  loc="Oslo", phones=["+4740612431"], pos="tp mp yt ns tr c")
A("d-en032", "en", "sw", """I am young, only 18, new in this business 😇 please be gentle. Text 34 41 24 32""",
  age=18, loc="Copenhagen",
  phones=["+4534412432"], pos="yt c")
A("d-en033", "en", "nn", """I am Hungarian woman, 40, not so young but very experienced 😉 Discreet massage in Malmö. 070-123 47 33""",
  title="Hungarian woman 40", age=40, loc="Malmö",
  phones=["+46701234733"], pos="ns tr")
A("d-en034", "en", "sw", """Angel and Candy, 23 and 24, Odense 😇😈 We decide ourself. 34 call 41 us 24 now 34""",
  loc="Odense", phones=["+4534412434"], disg=["+4534412434"], pos="mp ob")
A("d-en035", "en", "sw", """We are real swedish blondes 👱‍♀️👱‍♀️ Linnea 27 and Moa 29, incall Stockholm Östermalm. 0701234735""",
  title="Swedish blondes", loc="Stockholm",
  phones=["+46701234735"], pos="mp ns")
A("d-en036", "en", "kk", """My friend said I should write here so here I am 😅 She is also working but separately, I am independent. Kate 29, Aarhus. 34 41 24 36""",
  title="Kate 29", name="Kate", age=29, loc="Aarhus",
  phones=["+4534412436"], pos="")
A("d-en037", "en", "sw", """24/7 available, call any time day or night. Nikki 26 Copenhagen. three-four-four-one-two-four-three-seven""",
  name="Nikki", age=26, loc="Copenhagen",
  phones=["+4534412437"], disg=["+4534412437"], pos="ob 24")
A("d-en038", "en", "kk", """Hot new girls every week at Pink Paradise club 🎀 18+, all nationalities. Entrance free for members. 34 41 24 38""",
  title="Pink Paradise", loc="Copenhagen",
  phones=["+4534412438"], pos="tp mp c")
A("d-en039", "en", "nn", """Text Ｔｅｒｅｓａ at ０７０１２３４７３９ – relax and talk, Stockholm. Always discreet.""",
  name="Teresa", loc="Stockholm",
  phones=["+46701234739"], disg=["+46701234739"], pos="ob tr")
A("d-en040", "en", "fk", """I come from Nigeria, 28 years, very sweet and caring 💛 massage and company in Oslo. 406 one two four four zero""",
  age=28, loc="Oslo",
  phones=["+4740612440"], disg=["+4740612440"], pos="ns ob")
A("d-en041", "en", "fk", """She doesn't speak english so please send sms with time and place to this number, I will answer for her: +40 712 034 641. Young girl 18, new in Bergen.""",
  age=18, loc="Bergen",
  phones=["+40712034641"], pos="tp yt mv c")
A("d-en042", "en", "kk", """Safe place, clean sheets, shower available. Parking 50 m. Helle, 44. 34 41 24 4two""",
  name="Helle", age=44, loc="Køge",
  phones=["+4534412442"], disg=["+4534412442"], pos="ob tr")
A("d-en043", "en", "fk", """Our girls menu: 🍒 1000 / 🍑 1500 / 👑 2000 — Stella 25 and Gina 28, Oslo. 406 12 443""",
  loc="Oslo", phones=["+4740612443"], pos="tp mp em c")
A("d-en044", "en", "nn", """We are two sisters from Thailand, Noi and Nok, working together in Malmö. 070-123 47 44""",
  title="Thai sisters", loc="Malmö",
  phones=["+46701234744"], pos="mp ns c")
A("d-en045", "en", "sw", """English girl visiting Copenhagen 🇬🇧 Hi, I'm Becky, 23, young student, here for one week only. Call my UK number +44 7400 123445""",
  title="English girl", name="Becky", age=23, loc="Copenhagen",
  phones=["+447400123445"], pos="yt ns mv")
A("d-en046", "en", "kk", """German lady in Aarhus, Heidi 45. Relax massage, reliable and clean. Call +49 1512 3456 vier vier sechs""",
  title="German lady", name="Heidi", age=45, loc="Aarhus",
  phones=["+4915123456446"], disg=["+4915123456446"], pos="ns ob tr")
A("d-en047", "en", "kk", """New faces in Aalborg! Me (Rosa, 33) and my young colleague Pia (20) just moved here from Aarhus. Relaxing massage 500 kr. 34 41 24 47""",
  loc="Aalborg", phones=["+4534412447"], pos="mp yt mv")
A("d-en048", "en", "fk", """Many girls available in Oslo, you choose from pictures. Call our booking: four-zero-six / one-two / four-four-eight.""",
  loc="Oslo", phones=["+4740612448"], disg=["+4740612448"], pos="tp mp ob c")
A("d-en049", "en", "nn", """Professional and discreet companions for businessmen – Sara 34 and Nina 37. Elegant dinner dates, travel companion, one or both. Stockholm. 070-123 47 49""",
  loc="Stockholm", phones=["+46701234749"], pos="mp tr")
A("d-en050", "en", "sw", """teen 18 new 🌸 sms only 34 41 24 50""",
  age=18, loc="Copenhagen",
  phones=["+4534412450"], pos="yt c")
A("d-en051", "en", "kk", """I am Dina, 36, I work from my own studio near Polensgade on Amager. I speak english and arabic. Reliable, always on time. 34 41 24 51""",
  title="Dina 36 Amager", name="Dina", age=36, loc="Amager",
  phones=["+4534412451"], pos="tr")
A("d-en052", "en", "fk", """Her name is Mira, she is 24 and very friendly. She works alone but I help with phone because her english is not good. four oh six one two four five two""",
  name="Mira", age=24, loc="Stavanger",
  phones=["+4740612452"], disg=["+4740612452"], pos="tp ob c")
A("d-en053", "en", "nn", """student 19, young and curious 📚 Uppsala. 0/7/0/1/2/3/4/7/5/3""",
  age=19, loc="Uppsala",
  phones=["+46701234753"], disg=["+46701234753"], pos="yt ob")
A("d-en054", "en", "kk", """Russian ladies Irina and Sveta, only few days in Copenhagen!!! +45 34 41 24 54""",
  loc="Copenhagen", phones=["+4534412454"], pos="mp ns mv c")
A("d-en055", "en", "fk", """No agency, no pimp, I am my own boss 💪 Real pics, safe meeting. Maria 32, Oslo. 406 12 455""",
  name="Maria", age=32, loc="Oslo",
  phones=["+4740612455"], pos="tr")
A("d-en056", "en", "nn", """We are two friends, message us on the site chat only. Relaxing time together in Gothenburg.""",
  loc="Gothenburg", phones=[], pos="mp")
A("d-en057", "en", "sw", """Petite young girl 19 with innocent look, new in Malmö. Call 070 one two three 47 57""",
  age=19, loc="Malmö",
  phones=["+46701234757"], disg=["+46701234757"], pos="yt mv ob c")
A("d-en058", "en", "kk", """Classic swedish massage, deep tissue and sports massage. Member of Danish Massage Association. Tel 34 41 24 58""",
  title="Swedish massage", loc="Lyngby",
  phones=["+4534412458"], pos="tr")
A("d-en059", "en", "fk", """Hi I am Nadia, 25, from Morocco, I am in Stockholm and Oslo, this week Oslo. Text me +47 4O6 l2 4S9, trusted by many.""",
  name="Nadia", age=25, loc="Oslo",
  phones=["+4740612459"], disg=["+4740612459"], pos="ns mv ob tr")
A("d-en060", "en", "nn", """Young ladies: Amber 24, Jade 26, Ruby 29. Call O7O l23 47 6O""",
  loc="Stockholm", phones=["+46701234760"], disg=["+46701234760"], pos="tp mp yt ob c")
A("d-en061", "en", "sw", """Open 24 hours 🕐 everything possible, also without protection for extra. Text 34 41 24 61""",
  loc="Copenhagen", phones=["+4534412461"], pos="24 rs")
A("d-en062", "en", "kk", """I don't work with agency and I don't do anything without protection, don't ask 🙅‍♀️ Sofie 30 Aarhus. 34 41 24 62""",
  name="Sofie", age=30, loc="Aarhus",
  phones=["+4534412462"], pos="")
A("d-en063", "en", "sw", """Roses only 🌹🌹: 30min 800🌹, 1h 1400🌹. Candy 26, Odense. Clean and discreet. 34 41 24 63""",
  name="Candy", age=26, loc="Odense",
  phones=["+4534412463"], pos="em tr")
A("d-en064", "en", "fk", """Hot new girls from Ukraine & Moldova 🔥 young, fresh, available day and night. Driver brings to your hotel. Telegram +40 712 034 664""",
  loc="Oslo", phones=["+40712034664"], pos="tp mp yt ns 24 c")
A("d-en065", "en", "kk", """I am Lea 34, professional massage therapist, I also speak German and French. No extras. 34 41 24 65""",
  name="Lea", age=34, loc="Hellerup",
  phones=["+4534412465"], pos="tr")
A("d-en066", "en", "fk", """Pretty Polish girl Ola 23 🇵🇱 in Oslo for a week. I am clean, safe and discreet. Call +48 512 345 666""",
  name="Ola", age=23, loc="Oslo",
  phones=["+48512345666"], pos="ns mv tr")
# ------------------------------------------------------- later additions
A("d-nb071", "nb", "fk", """Nyhet! Tre unge polske jenter har akkurat kommet til Trondheim 🇵🇱 De bor sammen og kan bestilles alene eller sammen. Sjefen deres svarer på sms: fire null seks, en to, fire sju en""",
  title="Tre nye jenter", loc="Trondheim",
  phones=["+4740612471"], disg=["+4740612471"], pos="tp mp yt ns mv ob c")
A("d-nb072", "nb", "fk", """Jeg er Hedda, 21, en ung student fra Bergen. Trenger litt ekstra til husleia 😅 Bare meg, ingen andre. 4️⃣0️⃣6️⃣1️⃣2️⃣4️⃣7️⃣2️⃣""",
  name="Hedda", age=21, loc="Bergen",
  phones=["+4740612472"], disg=["+4740612472"], pos="yt ob")
A("d-nb073", "nb", "nn", """Agenturet vårt har damer fra hele verden: Brasil, Thailand, Russland og Spania. Vi sender dem til hotellet ditt på under en time. Tlf 406 12 473""",
  title="Agentur Oslo", loc="Oslo",
  phones=["+4740612473"], pos="tp mp ns c")
A("d-nb074", "nb", "fk", """Hun er liten, søt og bare 19 🧸 Kontakt broren hennes for avtale. 406 12 474""",
  age=19, loc="Drammen",
  phones=["+4740612474"], pos="tp yt c")
A("d-nb075", "nb", "nn", """Massasje for menn i Sandnes. Ring 406 12 475 eller 406 12 476 hvis den første er opptatt. Kun seriøse henvendelser.""",
  loc="Sandnes", phones=["+4740612475", "+4740612476"], pos="")
A("d-nb076", "nb", "fk", """Litauisk jente Rūta, 26, ny i Tromsø 🇱🇹 bare tre dager! sms fire-null-seks-tolv-fire-sju-sju""",
  name="Rūta", age=26, loc="Tromsø",
  phones=["+4740612477"], disg=["+4740612477"], pos="ns mv ob")
A("d-nb077", "nb", "nn", """Vi er to modne damer, 45 og 48, ikke unge lenger men med glimt i øyet 😉 Vi jobber sammen i Moss. 406 12 478""",
  loc="Moss", phones=["+4740612478"], pos="mp")
A("d-nb078", "nb", "fk", """Søt jente med tenåringsutseende, 18 år, helt fersk på siden. Kun sms 406 12 479""",
  age=18, loc="Oslo", phones=["+4740612479"], pos="yt c")
A("d-nb079", "nb", "fk", """Elena og Dasha 💕 to russiske venninner i Oslo. Booking gjennom vår kontakt på WhatsApp: +40 712 034 679""",
  loc="Oslo", phones=["+40712034679"], pos="tp mp ns c")
A("d-nb080", "nb", "nn", """Norsk dame 44, jobber selv. Ring meg på fire-null-seks, tolv, fire-åtte-null. Ingen byrå, ingen stress.""",
  age=44, loc="Hamar",
  phones=["+4740612480"], disg=["+4740612480"], pos="ns ob")
A("d-sv071", "sv", "nn", """Nya unga tjejer från Filippinerna har precis kommit till vår salong i Borås 🌺 Öppet 10–22. Ring 070 – 123 – fyrtiosju – sjuttioett""",
  title="Nya tjejer Borås", loc="Borås",
  phones=["+46701234771"], disg=["+46701234771"], pos="tp mp yt ns mv ob c")
A("d-sv072", "sv", "sw", """Jag heter Tilda, 20, ung och nyfiken. Jag bor själv i Lund och bestämmer allt själv. 0701234772""",
  name="Tilda", age=20, loc="Lund",
  phones=["+46701234772"], pos="yt")
A("d-sv073", "sv", "nn", """Två polska systrar, Magda och Ewa, tar emot i Malmö 🇵🇱 Deras manager bokar alla tider. +48 512 345 773""",
  title="Magda & Ewa", loc="Malmö",
  phones=["+48512345773"], pos="tp mp ns c")
A("d-sv074", "sv", "sw", """Hon är bara 18 och helt ny – var snäll mot henne 🥺 Bokas via sms: 0 7 0 1 2 3 4 7 7 4""",
  age=18, loc="Norrköping",
  phones=["+46701234774"], disg=["+46701234774"], pos="tp yt ob c")
A("d-sv075", "sv", "nn", """Massage i Sundsvall, ring 070-123 47 75 eller jobbnumret 070-123 47 76. Lugnt och sansat.""",
  loc="Sundsvall", phones=["+46701234775", "+46701234776"], pos="")
A("d-sv076", "sv", "sw", """Brasiliansk skönhet Thais, 27, i Göteborg bara en vecka 🇧🇷 sms O7O l23 47 77""",
  name="Thais", age=27, loc="Göteborg",
  phones=["+46701234777"], disg=["+46701234777"], pos="ns mv ob")
A("d-sv077", "sv", "nn", """Vi är inte unga längre 😄 Två mogna väninnor, 50 och 53, som ger lugn massage tillsammans i Uppsala. 070-123 47 78""",
  loc="Uppsala", phones=["+46701234778"], pos="mp")
A("d-sv078", "sv", "sw", """tonårslook, 18 år, liten och söt 🎀 ny här. sms 070-123 47 79""",
  age=18, loc="Jönköping", phones=["+46701234779"], pos="yt c")
A("d-sv079", "sv", "sw", """Katarina och Polina, två ryska tjejer i Stockholm. Deras vän svarar i telefon: +46 70 123 47 80""",
  loc="Stockholm", phones=["+46701234780"], pos="tp mp ns c")
A("d-sv080", "sv", "nn", """Svensk tjej 35, egen firma. Ring mig på noll sju noll, ett två tre, fyra åtta, noll ett. Inga byråer.""",
  age=35, loc="Västerås",
  phones=["+46701234801"], disg=["+46701234801"], pos="ns ob")
A("d-en067", "en", "sw", """Three young girls from Bulgaria, just came to Copenhagen 🇧🇬 Their boss answer phone: three four, four one, two four, six seven""",
  loc="Copenhagen", phones=["+4534412467"], disg=["+4534412467"], pos="tp mp yt ns mv ob c")
A("d-en068", "en", "sw", """Im Jade, 19, young and new, I work alone and I decide myself. 34 41 24 68""",
  name="Jade", age=19, loc="Aarhus", phones=["+4534412468"], pos="yt")
A("d-en069", "en", "fk", """Two Romanian cousins in Oslo, Ana and Mara 🇷🇴 book us on 4 0 6 1 2 4 6 9""",
  loc="Oslo", phones=["+4740612469"], disg=["+4740612469"], pos="mp ns ob c")
A("d-en070", "en", "kk", """Not young, not foreign, just a normal Danish woman of 46 😊 Kirsten, Næstved. 34 41 24 70""",
  name="Kirsten", age=46, loc="Næstved", phones=["+4534412470"], pos="ns")


# ------------------------------------------------------------- validation
# Digit runs that are deliberately NOT phones (CVR / organisation numbers).
NOT_PHONES = {"29417763", "923456781", "5561234567", "998877665"}


def fail(msg):
    sys.exit("make_corpus_d.py: ERROR: " + msg)


def digits(s):
    return re.sub(r"\D", "", s)


def check_phone(ad, e164):
    try:
        num = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as exc:
        fail("%s: cannot parse %s (%s)" % (ad["id"], e164, exc))
    if not phonenumbers.is_valid_number(num):
        fail("%s: %s is not a valid number for libphonenumber" % (ad["id"], e164))
    got = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if got != e164:
        fail("%s: label %s normalises to %s" % (ad["id"], e164, got))
    return num


def validate(ads):
    seen = set()
    for ad in ads:
        if ad["id"] in seen:
            fail("duplicate id " + ad["id"])
        seen.add(ad["id"])
        if ad["lang"] not in ("da", "nb", "sv", "en"):
            fail("%s: bad lang %s" % (ad["id"], ad["lang"]))
        if ad["site"] not in SITES:
            fail("%s: unknown site key %s" % (ad["id"], ad["site"]))
        codes = ad["pos"].split()
        for c in codes:
            if c not in CODES:
                fail("%s: unknown label code %r" % (ad["id"], c))
        if len(set(codes)) != len(codes):
            fail("%s: repeated label code" % ad["id"])
        if not set(ad["disg"]) <= set(ad["phones"]):
            fail("%s: disguised phone not in phones" % ad["id"])
        if bool(ad["disg"]) != ("ob" in codes):
            fail("%s: obfuscated_phone label disagrees with disguised_phones" % ad["id"])
        if len(set(ad["phones"])) != len(ad["phones"]):
            fail("%s: repeated phone" % ad["id"])
        text_digits = digits(ad["text"])
        for e164 in ad["phones"]:
            num = check_phone(ad, e164)
            if e164 in ad["disg"]:
                continue
            # A plainly written number must appear in the text (national
            # significant number, optionally with a trunk prefix).
            nsn = phonenumbers.national_significant_number(num)
            if nsn not in text_digits:
                fail("%s: plain phone %s not found in text" % (ad["id"], e164))


def to_record(i, ad):
    labels = {"id": ad["id"], "lang": ad["lang"], "phones": ad["phones"],
              "disguised_phones": ad["disg"]}
    codes = set(ad["pos"].split())
    inv = {v: k for k, v in CODES.items()}
    for name in LABEL_ORDER:
        labels[name] = inv[name] in codes
    site = SITES[ad["site"]]
    date = ad["date"]
    if date is None:
        # spread undated ads over November 2026 (metadata only)
        day = 1 + (i * 7) % 28
        hour = 6 + (i * 5) % 16
        minute = (i * 13) % 60
        date = "2026-11-%02dT%02d:%02d:00Z" % (day, hour, minute)
    return {
        "url": "https://example.invalid/%s/%s/%s" % (site, ad["lang"], ad["id"]),
        "site": site,
        "text": ad["text"],
        "title": ad["title"],
        "name": ad["name"],
        "age": ad["age"],
        "location": ad["loc"],
        "posted_at": date,
        "labels": labels,
    }


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python3 make_corpus_d.py OUT.jsonl")
    validate(ADS)
    recs = [to_record(i, ad) for i, ad in enumerate(ADS)]
    with open(argv[1], "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(recs)
    print("wrote %d ads to %s" % (n, argv[1]))
    langs = {}
    for r in recs:
        langs[r["labels"]["lang"]] = langs.get(r["labels"]["lang"], 0) + 1
    print("per language: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("%-22s %5s %6s" % ("label", "pos", "share"))
    for name in LABEL_ORDER:
        k = sum(1 for r in recs if r["labels"][name])
        print("%-22s %5d %5.1f%%" % (name, k, 100.0 * k / n))
    nph = sum(len(r["labels"]["phones"]) for r in recs)
    ndis = sum(len(r["labels"]["disguised_phones"]) for r in recs)
    print("phones labelled: %d (disguised: %d); ads without phone: %d"
          % (nph, ndis, sum(1 for r in recs if not r["labels"]["phones"])))
    print("positives per language:")
    print("%-22s " % "" + " ".join("%5s" % lg for lg in sorted(langs)))
    for name in LABEL_ORDER:
        print("%-22s " % name + " ".join(
            "%5d" % sum(1 for r in recs if r["labels"]["lang"] == lg and r["labels"][name])
            for lg in sorted(langs)))


if __name__ == "__main__":
    main(sys.argv)
