#!/usr/bin/env python3
"""Second, independent, blind held-out corpus ("B") for adscreen.

Written by hand without looking at the indicator lexicons, the indicator
sources or tests, or the first held-out corpus (make_corpus.py). 160 invented,
non-explicit ads, 20 per language (da, en, sv, nb, de, ro, es, pl), all on an
invented site under https://example.invalid/. Every phone number is a fake
number from libphonenumber example-style ranges and is checked with the python
`phonenumbers` package (valid, E.164 recorded).

Labels follow DESIGN.md's meanings, as a social worker would judge the ad
(not what a program is likely to detect). Conventions used:
  * third_person: the ad is written by someone other than the woman advertised
    (agency / third party), including agency ads for several women. First-person
    ads that mention a friend or sister in the third person are NOT third_person.
  * multiple_persons: the ad offers more than one woman (agency with several
    women, "we are two friends", duo ads).
  * nationality_stated: nationality / ethnicity used as a selling point
    ("exotic Thai", "latina", "hot Romanian girl", "SEXY DANSK PIGE",
    "Norsk jente på besøk i København"). Merely mentioned (languages spoken,
    where she lives, "Thai massage" as a service name, "I am from Poland but
    live here") is NOT.
  * movement_terms: new in town / just arrived / only N days / visiting / touring.
  * obfuscated_phone: true exactly when the ad has at least one disguised number.
  * shared_phone: da03/da12 use the same number for different names (same city).
  * phone_multi_city: sv01/sv11 are the same woman (same name, same number) in
    Göteborg and then Malmö one day later.
  * text_template, image_reuse, low_price: no such cases were built (no
    duplicated texts, no images, no price field); all labelled false.

Usage: python3 bench/heldout/make_corpus_b.py [OUT.jsonl]
(default: bench/heldout/corpus_b.jsonl next to this file)
"""

import datetime as dt
import json
import os
import sys

import phonenumbers

SITE = "lyserod-test"
BASE = "https://example.invalid/lyserod-test/annonce/"
CODES = [
    "obfuscated_phone", "shared_phone", "phone_multi_city", "third_person",
    "multiple_persons", "youth_terms", "nationality_stated", "text_template",
    "image_reuse", "movement_terms", "available_24_7", "risky_services",
    "low_price", "emoji_codes",
]
SHORT = {
    "sh": "shared_phone", "mc": "phone_multi_city", "tp": "third_person",
    "mp": "multiple_persons", "yt": "youth_terms", "na": "nationality_stated",
    "mv": "movement_terms", "a24": "available_24_7", "rs": "risky_services",
    "em": "emoji_codes",
}

ADS = []


def A(aid, text, *, title=None, name=None, loc=None, age=None, field=None,
      phones=(), disg=(), codes="", posted=None):
    """One ad. phones: every E.164 number the ad carries (text + field);
    disg: the subset written disguised; codes: space-separated short codes."""
    ADS.append(dict(aid=aid, text=text, title=title, name=name, loc=loc, age=age,
                    field=list(field) if field else None, phones=list(phones),
                    disg=list(disg), codes=codes.split(), posted=posted))


# =============================================================== Danish (da)
A("da01", "Hej, jeg hedder Mette, 34 år og bor i Aarhus C. Jeg tager imod i min egen hyggelige "
          "lejlighed, med kaffe og en rolig snak først. Ring eller sms: 20 12 34 01",
  name="Mette", loc="Aarhus", age=34, phones=["+4520123401"])
A("da02", "Hej skat! Jeg er Bianca, kun i Odense i 3 dage. Skriv på +45 20 12 34 02 😘",
  title="Ny pige i byen 🌸", name="Bianca", loc="Odense", phones=["+4520123402"], codes="mv")
A("da03", "Vores nye pige Lara er ankommet! Hun er 21 år, sød og smilende, og hun glæder sig "
          "til at møde dig. Book hende via nummeret i profilen – bureauet svarer.",
  name="Lara", loc="Horsens", age=21, field=["+45 32 12 34 03"], phones=["+4532123403"],
  codes="tp sh")
A("da04", "Escortbureau Rosenhave: Vi har 6 piger klar i København hver dag – blondiner, "
          "brunetter, nye piger hver uge. De er alle søde og diskrete. Se vores piger og ring 32 12 34 04.",
  title="Rosenhave – 6 piger", loc="København", field=["32123404"], phones=["+4532123404"],
  codes="tp mp")
A("da05", "Jeg er Sofie, 29. Min søster siger altid, at jeg er den bedste til at lytte 😊 Hun har "
          "nok ret. Massage og selskab i Vejle. Skriv til mig her på siden.",
  name="Sofie", loc="Vejle", age=29)
A("da06", "Vi er to veninder, Nina og Maja, der tager imod sammen i Aalborg. Duo eller hver for "
          "sig, som du vil. Skriv til os via profilen.",
  name="Nina & Maja", loc="Aalborg", codes="mp")
A("da07", "Eksotisk thai skønhed 🌺 Jeg er Ploy, blød og varm, lige kommet til Esbjerg. +4520123407",
  name="Ploy", loc="Esbjerg", phones=["+4520123407"], codes="na mv")
A("da08", "Thaimassage i Hellerup. Traditionel thaimassage og fodmassage, 60 min 450 kr. Åbent "
          "man-fre 10-18. Jeg taler dansk, engelsk og lidt thai. Tlf. 32 12 34 08",
  title="Thaimassage Hellerup", loc="Hellerup", phones=["+4532123408"])
A("da09", "ung og frisk pige, lige fyldt 18 🍒 skriv til mig", loc="København", codes="yt em")
A("da10", "Moden kvinde, 52, ung af sind 😄 Friske håndklæder og en kop te venter. Diskret "
          "adresse i Roskilde, 4000. Ring 20 12 34 10 mellem 12 og 20.",
  loc="Roskilde", age=52, phones=["+4520123410"])
A("da11", "Døgnåben 24/7 – jeg er altid klar, også nat og weekend. Send en besked her på siden, "
          "så svarer jeg med det samme. Nørrebro.",
  loc="København", codes="a24")
A("da12", "Sød kvinde i Horsens, Eva. Uden beskyttelse muligt efter aftale. Mit nummer er "
          "tre to, et to, tre fire, nul tre – kun sms.",
  name="Eva", loc="Horsens", phones=["+4532123403"], disg=["+4532123403"], codes="rs sh")
A("da13", "👑 Dronning Vera 👑 🌹🌹 = 1 time. Kun beskeder via profilen.",
  name="Vera", loc="Odense", codes="em")
A("da14", "Hej, Kira her. Mit nummer: to nul, et to, tre fire, et fire. Kun sms, ingen skjulte numre.",
  name="Kira", loc="Aarhus", phones=["+4520123414"], disg=["+4520123414"])
A("da15", "Anna, 27, Frederiksberg. Rolig og venlig. Skriv til 2O l2 34 lS efter kl. 14.",
  name="Anna", loc="Frederiksberg", age=27, phones=["+4520123415"], disg=["+4520123415"])
A("da16", "2️⃣0️⃣1️⃣2️⃣3️⃣4️⃣1️⃣6️⃣ 💋 Jeg er Laura, ny i Kolding",
  name="Laura", loc="Kolding", phones=["+4520123416"], disg=["+4520123416"], codes="mv")
A("da17", "Priser: 30 min 800 kr, 1 time 1.500 kr. Jeg er 38 år, 172 cm, 60 kg. Adresse 2100 Kbh Ø. "
          "Åbent 10:00-22:00, lørdag 12-18. Ferie 24.12.2024-02.01.2025.",
  loc="København", age=38)
A("da18", "hej jeg er line 25 ar bor pa amager, kom forbi til en hyggelig stund, ring 20 12 34 18 "
          "hilsen line",
  name="Line", loc="København", phones=["+4520123418"])
A("da19", "NY I BYEN!!! SEXY DANSK PIGE, KUN I WEEKENDEN I HERNING. RING 20 12 34 19",
  loc="Herning", phones=["+4520123419"], codes="mv na")
A("da20", "New girl Jasmin 💕 hun er 22, sød og glad og elsker at danse. Book hende nu, ring "
          "2 0 punktum 1 2 punktum 3 4 punktum 2 0",
  name="Jasmin", loc="København", age=22, phones=["+4520123420"], disg=["+4520123420"], codes="tp")

# ============================================================== English (en)
A("en01", "Hi gentlemen, I'm Chloe, 31, independent and relaxed. Incall in Manchester city centre. "
          "Call 07400 123401",
  name="Chloe", loc="Manchester", age=31, phones=["+447400123401"])
A("en02", "Our new girl Amber has just joined the team! She is 24, bubbly and very sweet. Book her "
          "today through reception: +44 7400 123402",
  name="Amber", loc="London", age=24, field=["07400 123402"], phones=["+447400123402"], codes="tp")
A("en03", "Velvet Agency – 8 stunning ladies available tonight in Leeds. Blondes, redheads, new girls "
          "every week. Call reception 07400 123403",
  loc="Leeds", phones=["+447400123403"], codes="tp mp")
A("en04", "I'm Rosa. My best friend says I have the warmest laugh in London, and she's right 😉 "
          "Dinner dates and companionship. Message me through the site.",
  name="Rosa", loc="London")
A("en05", "we are two friends, Zoe & Mia, both 27, working together in Bristol. duo bookings "
          "welcome. message us here",
  name="Zoe & Mia", loc="Bristol", codes="mp")
A("en06", "Hot Romanian girl Alina, exotic and passionate, just arrived in Birmingham for one week "
          "only!!! 07400 123406",
  name="Alina", loc="Birmingham", phones=["+447400123406"], codes="na mv")
A("en07", "Hello, I'm Carmen. I speak Spanish and English, I live in Sweden but I'm visiting London "
          "from Stockholm next week. Massage and company. +44 7400 123407",
  name="Carmen", loc="London", phones=["+447400123407"], codes="mv")
A("en08", "barely 18 and so fresh 🍒 schoolgirl look, text me", loc="London", codes="yt em")
A("en09", "Mature woman, 49, young in spirit and young at heart. Fresh towels, clean flat, free "
          "parking. Opening hours Mon-Sat 11:00-19:00. Call 07400 123409",
  loc="Cardiff", age=49, phones=["+447400123409"])
A("en10", "AVAILABLE 24/7 — ANYTIME DAY OR NIGHT, OUTCALLS ALL OVER GLASGOW. MESSAGE ME HERE",
  loc="Glasgow", codes="a24")
A("en11", "Friendly lady, natural services without protection possible, please ask politely. "
          "Text only via the site.",
  loc="Nottingham", codes="rs")
A("en12", "🌹🌹🌹 for the hour, 🌹🌹 half. 👑 VIP experience. DM or call 0 7 4 0 0 ✨ 1 2 3 ✨ 4 1 2",
  loc="London", phones=["+447400123412"], disg=["+447400123412"], codes="em")
A("en13", "Call me on oh seven four oh oh, one two three four one three. Lucy x",
  name="Lucy", loc="Sheffield", phones=["+447400123413"], disg=["+447400123413"])
A("en14", "Jade, Brighton seafront, friendly and chatty. Text ０７４００ １２３４１４",
  name="Jade", loc="Brighton", phones=["+447400123414"], disg=["+447400123414"])
A("en15", "numbr: 074 double oh 12 three four 15 (whatsapp only) - Kelly",
  name="Kelly", loc="Leicester", phones=["+447400123415"], disg=["+447400123415"])
A("en16", "Rates: 30 min £120, 1 hr £200, overnight £900. Age 35, height 5'6\" / 168 cm, size 10. "
          "Postcode area M14 5. Available from 10am to 11pm, closed 25/12. Booking at least 2 hours ahead.",
  loc="Manchester", age=35)
A("en17", "hi im daisy 26 frm liverpool, verry friendly n easy going, incall only, txt 07four00 one23 417 "
          "no witheld numbers",
  name="Daisy", loc="Liverpool", age=26, phones=["+447400123417"], disg=["+447400123417"])
A("en18", "English speaking lady in Copenhagen, visiting from Oslo for the summer. I speak English, "
          "Norwegian and a little Danish. Call 20 12 34 21",
  loc="København", phones=["+4520123421"], codes="mv")
A("en19", "Natasha loves long conversations and good wine. Natasha is 26, tall and elegant, and "
          "available for dinner dates in Mayfair. Bookings via our office only.",
  name="Natasha", loc="London", age=26, field=["+44 7400 123419"], phones=["+447400123419"], codes="tp")
A("en20", "💃💃 2 GIRLS 💃💃 Lily & Rose 🥰 double fun 🎉 in Leeds tonight only 🌙 📞 07400 123420",
  name="Lily & Rose", loc="Leeds", phones=["+447400123420"], codes="mp mv")

# ============================================================== Swedish (sv)
A("sv01", "Hej! Jag heter Lina, 28 år, och tar emot i Göteborg. Lugn och trevlig stämning. "
          "Ring 070-123 45 01",
  name="Lina", loc="Göteborg", age=28, phones=["+46701234501"], codes="mc",
  posted="2024-05-02T10:00:00Z")
A("sv02", "Vår nya tjej Ella är här! Hon är 23 år, glad och charmig. Boka henne via oss.",
  name="Ella", loc="Stockholm", age=23, field=["+46 70 123 45 02"], phones=["+46701234502"], codes="tp")
A("sv03", "Hos oss finns alltid flera tjejer att välja mellan – nya tjejer varje vecka i Stockholm. "
          "Ring receptionen 08-12 34 50",
  loc="Stockholm", phones=["+468123450"], codes="tp mp")
A("sv04", "Jag är Moa. Min syster bor också i Uppsala och hon tycker att jag borde skriva en annons, "
          "så här är jag 😊 Massage och sällskap. Skicka meddelande via sidan.",
  name="Moa", loc="Uppsala")
A("sv05", "Vi är två väninnor, Tove och Sara, som gärna träffar dig tillsammans. Malmö. "
          "sms noll sju noll 1 2 3 4 5 0 5",
  name="Tove & Sara", loc="Malmö", phones=["+46701234505"], disg=["+46701234505"], codes="mp")
A("sv06", "Exotisk thailändsk skönhet, mjuk och söt 🌺 Ny i Malmö! Ring +46 70 123 45 06",
  loc="Malmö", phones=["+46701234506"], codes="na mv")
A("sv07", "Thaimassage Södermalm – klassisk thaimassage och fotmassage. 60 min 600 kr. Öppet "
          "mån–lör 10–19. Tel 08-12 34 57",
  title="Thaimassage Södermalm", loc="Stockholm", phones=["+468123457"])
A("sv08", "ung & fräsch tjej, nyss fyllda 18, söker snälla herrar 🍒", loc="Göteborg", codes="yt em")
A("sv09", "mogen kvinna 55 år, ung i själen. fräscha handdukar och dusch finns. Ring mellan 11 och "
          "18: 070 123 45 09",
  loc="Linköping", age=55, phones=["+46701234509"])
A("sv10", "Tillgänglig dygnet runt, 24/7, även helger. Skriv till mig här på sidan / Jenny",
  name="Jenny", loc="Stockholm", codes="a24")
A("sv11", "Lina här – nu i Malmö bara i två dagar! Samma nummer som vanligt: 070-123 45 01",
  name="Lina", loc="Malmö", age=28, phones=["+46701234501"], codes="mc mv",
  posted="2024-05-03T12:00:00Z")
A("sv12", "Trevlig tjej i Västerås. Utan skydd möjligt, fråga diskret i ett meddelande.",
  loc="Västerås", codes="rs")
A("sv13", "👑 Prinsessa 👑 🌹🌹🌹 per timme, endast meddelanden via profilen", loc="Stockholm",
  codes="em")
A("sv14", "Mitt nummer: noll sju noll, ett två tre, fyra fem, ett fyra. Hör av dig! /Nora",
  name="Nora", loc="Norrköping", phones=["+46701234514"], disg=["+46701234514"])
A("sv15", "Felicia, Örebro, ring O7O l23 4S lS efter kl 12",
  name="Felicia", loc="Örebro", phones=["+46701234515"], disg=["+46701234515"])
A("sv16", "Ny i stan 💕 söt svensk tjej från Norrland, ring mig gärna: 070 🌸 123 🌸 45 🌸 16 – puss och kram",
  loc="Stockholm", phones=["+46701234516"], disg=["+46701234516"], codes="mv na")
A("sv17", "Pris: 1 tim 1500 kr, 30 min 900 kr. Ålder 41. Längd 165 cm. Postnummer 113 45 Stockholm. "
          "Öppettider 09.00–21.00. Semester 2024-07-01 till 2024-07-28.",
  loc="Stockholm", age=41)
A("sv18", "hej jag ar emma 30 ar, bor pa soder, trevlig och glad. ring noll sju noll, 123 45 18",
  name="Emma", loc="Stockholm", age=30, phones=["+46701234518"], disg=["+46701234518"])
A("sv19", "TREVLIG KVINNA FRÅN GÖTEBORG I KÖPENHAMN BARA DENNA VECKA! RING +46 70 123 45 19",
  loc="København", phones=["+46701234519"], codes="mv")
A("sv20", "Vi presenterar Klara. Klara är en elegant kvinna på 30 år som älskar god mat, konst och "
          "långa promenader. Hon talar svenska, engelska och franska och passar perfekt som sällskap "
          "på middagar och resor. Klara tar emot i en diskret lägenhet i centrala Uppsala. Bokning "
          "sker endast via vår byrå på telefon 070-123 45 20, vardagar 10–18.",
  name="Klara", loc="Uppsala", age=30, field=["070-123 45 20"], phones=["+46701234520"], codes="tp")

# ============================================================ Norwegian (nb)
A("nb01", "Hei, jeg heter Ingrid, 33 år, og tar imot i Oslo sentrum. Rolig og hyggelig. Ring 406 12 301",
  name="Ingrid", loc="Oslo", age=33, phones=["+4740612301"])
A("nb02", "Vår nye jente Sofia er her! Hun er 22, blid og morsom. Bestill henne gjennom oss.",
  name="Sofia", loc="Oslo", age=22, field=["+47 406 12 302"], phones=["+4740612302"], codes="tp")
A("nb03", "Flere jenter tilgjengelig i Bergen hver kveld – nye jenter hver uke. Ring resepsjonen "
          "21 23 45 60",
  loc="Bergen", field=["21234560"], phones=["+4721234560"], codes="tp mp")
A("nb04", "Jeg er Hanne. Venninnen min sier at jeg er altfor snill, og hun har nok rett 😊 Massasje "
          "og selskap i Trondheim. Send melding her.",
  name="Hanne", loc="Trondheim")
A("nb05", "Vi er to venninner, Kari og Live, som tar imot sammen i Stavanger. Ring oss: fire-null-seks 12 305",
  name="Kari & Live", loc="Stavanger", phones=["+4740612305"], disg=["+4740612305"], codes="mp")
A("nb06", "Eksotisk latina 🌶️ varm og leken, bare i Oslo noen få dager! +47 406 12 306",
  loc="Oslo", phones=["+4740612306"], codes="na mv")
A("nb07", "Hei! Jeg er fra Polen, men har bodd i Norge i ti år. Jeg snakker norsk og polsk. "
          "Massasje i Drammen, skriv en melding.",
  loc="Drammen")
A("nb08", "Ung og fersk jente, nettopp fylt 18 🍒 send melding", loc="Oslo", codes="yt em")
A("nb09", "Moden dame, 50+, ung til sinns. Friske håndklær og god kaffe. Åpent 12-20. Tlf 21 23 45 69",
  loc="Oslo", phones=["+4721234569"])
A("nb10", "Døgnåpent 24/7, alltid tilgjengelig. Send melding til Mona her på siden.",
  name="Mona", loc="Oslo", codes="a24")
A("nb11", "Hyggelig dame i Tromsø, uten beskyttelse mulig etter avtale. 406 12 311",
  loc="Tromsø", phones=["+4740612311"], codes="rs")
A("nb12", "👑 Dronning 👑 🌹🌹 for en time. kun meldinger", loc="Bergen", codes="em")
A("nb13", "Nummeret mitt: fire null seks, en to, tre en tre. Hilsen Tuva",
  name="Tuva", loc="Oslo", phones=["+4740612313"], disg=["+4740612313"])
A("nb14", "Ring 4O6 l2 3l4 – Siri, Bergen", name="Siri", loc="Bergen",
  phones=["+4740612314"], disg=["+4740612314"])
A("nb15", "4️⃣0️⃣6️⃣ 1️⃣2️⃣ 3️⃣1️⃣5️⃣ 💋 Elin, ny i Kristiansand",
  name="Elin", loc="Kristiansand", phones=["+4740612315"], disg=["+4740612315"], codes="mv")
A("nb16", "Priser: 30 min 1200 kr, 1 time 2000 kr. Alder 36, høyde 170 cm. Postnummer 0150 Oslo. "
          "Åpent 10:00–22:00. Stengt 17.05.",
  loc="Oslo", age=36)
A("nb17", "hei jeg er maja 27 ar, bor pa grunerlokka, ring 4-0-6-1-2-3-1-7 for en hyggelig stund",
  name="Maja", loc="Oslo", age=27, phones=["+4740612317"], disg=["+4740612317"])
A("nb18", "Norsk jente på besøk i København, bare i helgen! Ring +47 406 12 318",
  loc="København", phones=["+4740612318"], codes="mv na")
A("nb19", "NEW IN OSLO!!! SØT BLOND JENTE, KUN DENNE UKEN. RING 21 23 45 61",
  loc="Oslo", phones=["+4721234561"], codes="mv")
A("nb20", "Vi er stolte av å presentere Amalie. Amalie er en elegant og varm kvinne på 29 år, som "
          "elsker kunst, god mat og lange samtaler. Hun snakker norsk og engelsk, og hun tar imot i "
          "en diskret leilighet på Majorstuen. Bestilling skjer kun gjennom vårt kontor på "
          "21 23 45 62, hverdager 10–18.",
  name="Amalie", loc="Oslo", age=29, phones=["+4721234562"], codes="tp")

# =============================================================== German (de)
A("de01", "Hallo, ich bin Petra, 39, und empfange dich in meiner gemütlichen Wohnung in Köln. "
          "Ruf mich an: 01512 3456701",
  name="Petra", loc="Köln", age=39, phones=["+4915123456701"])
A("de02", "Unsere neue Dame Valentina ist da! Sie ist 25, charmant und immer gut gelaunt. Buche sie jetzt.",
  name="Valentina", loc="Hamburg", age=25, field=["+49 1512 3456702"], phones=["+4915123456702"],
  codes="tp")
A("de03", "Im Club Mondschein erwarten dich täglich 10 Damen – jede Woche neue Mädchen! "
          "Berlin-Mitte, Tel. 030 123456",
  title="Club Mondschein", loc="Berlin", field=["030 123456"], phones=["+4930123456"], codes="tp mp")
A("de04", "Ich bin Jule. Meine Freundin meint, ich hätte das schönste Lächeln von Hamburg – sie "
          "übertreibt natürlich 😄 Massage und Begleitung. Nachricht über die Seite.",
  name="Jule", loc="Hamburg")
A("de05", "Wir sind zwei Freundinnen, Lea und Nina, und besuchen dich gern zusammen. Duo in München. "
          "Ruf uns an: 0151 23456705",
  name="Lea & Nina", loc="München", phones=["+4915123456705"], codes="mp")
A("de06", "Heiße Rumänin Bianca, feurig und exotisch, nur 3 Tage in Frankfurt! 01512 3456706",
  name="Bianca", loc="Frankfurt", phones=["+4915123456706"], codes="na mv")
A("de07", "Ich heiße Maria, spreche Deutsch und Spanisch und wohne seit Jahren in Leipzig. "
          "Entspannende Massage, 60 Min 80 Euro. Kontakt nur per Nachricht.",
  name="Maria", loc="Leipzig")
A("de08", "Junges frisches Ding, gerade 18 geworden 🍒 schreib mir", loc="Berlin", codes="yt em")
A("de09", "Reife Frau, 54, jung geblieben im Herzen. Frische Handtücher, Parkplatz vor der Tür. "
          "Termine Mo–Fr 10–18 Uhr. Tel 030 123457",
  loc="Berlin", age=54, phones=["+4930123457"])
A("de10", "RUND UM DIE UHR ERREICHBAR – 24/7 – AUCH AM WOCHENENDE. ANRUF: 01512 3456710",
  loc="Essen", phones=["+4915123456710"], codes="a24")
A("de11", "Nette Frau in Dortmund, auch ohne Schutz möglich, bitte diskret per Nachricht anfragen.",
  loc="Dortmund", codes="rs")
A("de12", "👑 Königin Sara 👑 🌹🌹🌹 die Stunde. Nur Nachrichten.", name="Sara", loc="Düsseldorf",
  codes="em")
A("de13", "Meine Nummer: null eins fünf eins zwei, drei vier fünf sechs sieben eins drei. Liebe Grüße, Kim",
  name="Kim", loc="Nürnberg", phones=["+4915123456713"], disg=["+4915123456713"])
A("de14", "Anja, Bremen. Ruf an: 0151 2drei45 sechs7 14",
  name="Anja", loc="Bremen", phones=["+4915123456714"], disg=["+4915123456714"])
A("de15", "Tanja aus Hannover 😊 Tel ０１５１２ ３４５６７１５",
  name="Tanja", loc="Hannover", phones=["+4915123456715"], disg=["+4915123456715"])
A("de16", "Preise: 30 Min 100 €, 1 Std 180 €. Alter 42, Größe 168 cm, Konfektion 38. PLZ 10115 Berlin. "
          "Geöffnet 11:00–23:00 Uhr. Urlaub vom 01.08.2024 bis 15.08.2024.",
  loc="Berlin", age=42)
A("de17", "hallo ich bin susi 30 jahre aus dusseldorf, ruf an null eins fuenf eins zwei 3456717 , "
          "ich freu mich auf dich",
  name="Susi", loc="Düsseldorf", age=30, phones=["+4915123456717"], disg=["+4915123456717"])
A("de18", "Deutsche Frau zu Besuch in Kopenhagen, nur bis Sonntag! +49 1512 3456718",
  loc="København", phones=["+4915123456718"], codes="mv na")
A("de19", "💖💖 New Girl Lisa 💖💖 sie ist 21 und super süß 🍭 jetzt buchen ☎️ 0151 💖 2345 💖 6719 ✨✨",
  name="Lisa", loc="Stuttgart", age=21, phones=["+4915123456719"], disg=["+4915123456719"], codes="tp")
A("de20", "Hallo ihr Lieben, ich bin Carla, 45 Jahre jung 😉 Ich lebe seit zwanzig Jahren in Stuttgart, "
          "liebe Wandern, Kochen und gute Gespräche. Bei mir gibt es keine Eile: erst ein Kaffee, dann "
          "sehen wir weiter. Ich empfange in einer ruhigen Privatwohnung in der Nähe vom Hauptbahnhof, "
          "Parkplätze gibt es in der Seitenstraße. Termine bitte einen Tag vorher per SMS an "
          "01512 3456720 vereinbaren. Keine unterdrückten Nummern.",
  name="Carla", loc="Stuttgart", age=45, phones=["+4915123456720"])

# ============================================================= Romanian (ro)
A("ro01", "Bună, sunt Ioana, 30 de ani, te aștept în apartamentul meu din București, zona Unirii. "
          "Sună-mă la 0712 034 501",
  name="Ioana", loc="București", age=30, phones=["+40712034501"])
A("ro02", "Fata noastră nouă, Denisa, a sosit! Ea este o brunetă de 24 de ani, foarte dulce. Rezerv-o acum.",
  name="Denisa", loc="București", age=24, field=["+40 712 034 502"], phones=["+40712034502"], codes="tp")
A("ro03", "Agenția Luna: avem 7 fete disponibile în Cluj, fete noi în fiecare săptămână. Sună la "
          "0712 034 503",
  loc="Cluj-Napoca", field=["0712034503"], phones=["+40712034503"], codes="tp mp")
A("ro04", "Sunt Andreea. Prietena mea spune că sunt cea mai bună ascultătoare, și are dreptate 😊 "
          "Masaj și companie în Iași. Scrie-mi pe site.",
  name="Andreea", loc="Iași")
A("ro05", "Suntem două prietene, Bianca și Roxana, și te primim împreună în Constanța. Sună-ne: 0712 034 505",
  name="Bianca & Roxana", loc="Constanța", phones=["+40712034505"], codes="mp")
A("ro06", "Latina exotică, fierbinte și pasională, doar 3 zile în Timișoara! 0712 034 506",
  loc="Timișoara", phones=["+40712034506"], codes="na mv")
A("ro07", "Sunt Elena, vorbesc română, engleză și puțină spaniolă. Locuiesc în Brașov de mulți ani. "
          "Masaj relaxant, 200 lei ora. 0712 034 507",
  name="Elena", loc="Brașov", phones=["+40712034507"])
A("ro08", "tânără și proaspătă, abia am împlinit 18 ani 🍒 scrie-mi", loc="București", codes="yt em")
A("ro09", "Doamnă matură, 50 de ani, tânără la suflet. Prosoape curate, cafea bună. Program 10-18. "
          "Tel 0712 034 509",
  loc="Ploiești", age=50, phones=["+40712034509"])
A("ro10", "Disponibilă non-stop 24/7, scrie-mi pe site oricând. Daria", name="Daria", loc="București",
  codes="a24")
A("ro11", "Doamnă drăguță în Oradea, fără protecție posibil, întreabă discret prin mesaj.",
  loc="Oradea", codes="rs")
A("ro12", "👑 Regina Sonia 👑 🌹🌹 ora. Doar mesaje.", name="Sonia", loc="București", codes="em")
A("ro13", "Numărul meu: zero șapte unu doi, zero trei patru, cinci unu trei. Pupici, Irina",
  name="Irina", loc="Galați", phones=["+40712034513"], disg=["+40712034513"])
A("ro14", "Suna la O7l2 O34 Sl4 - Cristina, Sibiu", name="Cristina", loc="Sibiu",
  phones=["+40712034514"], disg=["+40712034514"])
A("ro15", "suna la 0712 punct 034 punct 515, Mara din Craiova", name="Mara", loc="Craiova",
  phones=["+40712034515"], disg=["+40712034515"])
A("ro16", "Tarife: 30 min 250 lei, 1 oră 400 lei. Vârsta 37, înălțime 165 cm. Cod poștal 400001 Cluj. "
          "Program 09:00–21:00. Închis pe 01.12.2024.",
  loc="Cluj-Napoca", age=37)
A("ro17", "buna sunt alina 26 ani din galati, te astept la mine, suna zero sapte 12 034 517 pup",
  name="Alina", loc="Galați", age=26, phones=["+40712034517"], disg=["+40712034517"])
A("ro18", "Ea este Larisa, 27 de ani, nouă în Copenhaga, doar o săptămână. Programări prin telefon "
          "+40 712 034 518",
  name="Larisa", loc="København", age=27, phones=["+40712034518"], codes="tp mv")
A("ro19", "FATA NOUA IN ORAS! DOAR ASTAZI SI MAINE IN PLOIESTI. SUNA 0712 034 519",
  loc="Ploiești", phones=["+40712034519"], codes="mv")
A("ro20", "😍😍 Sexy româncă 🇷🇴 Alexia, 25 ani 💋 incall & outcall în București 🔥 sună-mă 📞 "
          "0️⃣7️⃣1️⃣2️⃣ 034 520 🔥",
  name="Alexia", loc="București", age=25, phones=["+40712034520"], disg=["+40712034520"], codes="na")

# ============================================================== Spanish (es)
A("es01", "Hola, soy Lucía, 32 años, te recibo en mi piso tranquilo en Valencia. Llámame al 612 34 56 01",
  name="Lucía", loc="Valencia", age=32, phones=["+34612345601"])
A("es02", "¡Nuestra nueva chica Valeria ya está aquí! Ella es simpática, tiene 23 años y te espera. "
          "Resérvala con nosotros.",
  name="Valeria", loc="Madrid", age=23, field=["+34 612 34 56 02"], phones=["+34612345602"], codes="tp")
A("es03", "En nuestra casa tenemos 9 chicas cada día en Madrid, chicas nuevas cada semana. Llama a "
          "recepción: 612 34 56 03",
  loc="Madrid", field=["612345603"], phones=["+34612345603"], codes="tp mp")
A("es04", "Soy Marta. Mi hermana dice que soy la persona más paciente del mundo, y ella nunca miente 😄 "
          "Masajes y compañía en Sevilla. Escríbeme por la web.",
  name="Marta", loc="Sevilla")
A("es05", "Somos dos amigas, Paula y Sara, y te recibimos juntas en Málaga. Escríbenos un mensaje.",
  name="Paula & Sara", loc="Málaga", codes="mp")
A("es06", "Latina ardiente y exótica 🔥 recién llegada a Bilbao, solo por una semana. 612 34 56 06",
  loc="Bilbao", phones=["+34612345606"], codes="na mv")
A("es07", "Soy Ana, hablo español e inglés, vivo en Zaragoza desde hace años. Masaje relajante 60 min "
          "60 €. Tel 612 34 56 07",
  name="Ana", loc="Zaragoza", phones=["+34612345607"])
A("es08", "jovencita fresquita, recién cumplidos los 18 🍒 escríbeme", loc="Madrid", codes="yt em")
A("es09", "Mujer madura, 51 años, joven de espíritu. Toallas frescas y limpias, y un café. Horario "
          "10 a 19 h. 612 34 56 09",
  loc="Valladolid", age=51, phones=["+34612345609"])
A("es10", "Disponible 24 horas, los 7 días de la semana. Llama cuando quieras: 612 34 56 10 - Noa",
  name="Noa", loc="Madrid", phones=["+34612345610"], codes="a24")
A("es11", "Chica cariñosa en Alicante, sin protección posible, pregunta con educación por mensaje.",
  loc="Alicante", codes="rs")
A("es12", "👑 Reina Carla 👑 🌹🌹🌹 la hora. Solo mensajes por la web.", name="Carla", loc="Barcelona",
  codes="em")
A("es13", "Mi número: seis uno dos, tres cuatro, cinco seis, uno tres. Besos, Irene",
  name="Irene", loc="Murcia", phones=["+34612345613"], disg=["+34612345613"])
A("es14", "Llama al 6l2 treinta y cuatro 56 l4 – Nerea, Granada", name="Nerea", loc="Granada",
  phones=["+34612345614"], disg=["+34612345614"])
A("es15", "Rocío, Córdoba 💃 6️⃣1️⃣2️⃣ 3️⃣4️⃣ 5️⃣6️⃣ 1️⃣5️⃣", name="Rocío", loc="Córdoba",
  phones=["+34612345615"], disg=["+34612345615"])
A("es16", "Tarifas: 30 min 70 €, 1 hora 120 €. Edad 34, altura 1,65 m, talla 38. Código postal 28013 "
          "Madrid. Horario 11:00–22:00. Vacaciones del 01/08/2024 al 20/08/2024.",
  loc="Madrid", age=34)
A("es17", "hola soy sofia 28 anos de barcelona, muy simpatica, llamame seis uno dos 34 56 17 besitos",
  name="Sofía", loc="Barcelona", age=28, phones=["+34612345617"], disg=["+34612345617"])
A("es18", "Chica española de visita en Copenhague, solo este fin de semana. Llámame +34 612 34 56 18",
  loc="København", phones=["+34612345618"], codes="mv na")
A("es19", "NEW GIRL EN BARCELONA!!! MUY GUAPA Y SIMPATICA, 22 AÑOS, SOLO HOY. LLAMA 6 1 2 • 3 4 • 5 6 • 1 9",
  loc="Barcelona", age=22, phones=["+34612345619"], disg=["+34612345619"], codes="mv")
A("es20", "Te presentamos a Jimena. Jimena es una mujer elegante de 30 años a la que le encantan el "
          "arte, la buena cocina y las conversaciones largas. Ella habla español, inglés y francés y es "
          "la compañera perfecta para cenas y viajes. Recibe en un apartamento discreto en el centro de "
          "Madrid. Las reservas se hacen solo a través de nuestra agencia, de lunes a viernes de 10 a "
          "18 h, en el 612 34 56 20.",
  name="Jimena", loc="Madrid", age=30, phones=["+34612345620"], codes="tp")

# =============================================================== Polish (pl)
A("pl01", "Cześć, jestem Kasia, 31 lat, przyjmuję w moim przytulnym mieszkaniu w Krakowie. Zadzwoń: "
          "512 345 601",
  name="Kasia", loc="Kraków", age=31, phones=["+48512345601"])
A("pl02", "Nasza nowa dziewczyna Natalia już jest! Ona jest słodka i uśmiechnięta, ma 24 lata. "
          "Zarezerwuj ją u nas.",
  name="Natalia", loc="Warszawa", age=24, field=["+48 512 345 602"], phones=["+48512345602"], codes="tp")
A("pl03", "W naszym klubie codziennie 8 dziewczyn, nowe dziewczyny co tydzień. Warszawa. Tel. 512 345 603",
  loc="Warszawa", field=["512345603"], phones=["+48512345603"], codes="tp mp")
A("pl04", "Jestem Ola. Moja przyjaciółka mówi, że jestem najlepszą słuchaczką, i ona ma rację 😊 "
          "Masaż i towarzystwo w Gdańsku. Napisz wiadomość przez stronę.",
  name="Ola", loc="Gdańsk")
A("pl05", "Jesteśmy dwiema przyjaciółkami, Magda i Ewa, przyjmujemy razem we Wrocławiu. Zadzwoń do "
          "nas: 512 345 605",
  name="Magda & Ewa", loc="Wrocław", phones=["+48512345605"], codes="mp")
A("pl06", "Egzotyczna Tajka 🌺 delikatna i ciepła, tylko 3 dni w Poznaniu! 512 345 606",
  loc="Poznań", phones=["+48512345606"], codes="na mv")
A("pl07", "Jestem Iza, mówię po polsku i trochę po szwedzku, bo kiedyś mieszkałam w Szwecji. Teraz "
          "mieszkam w Łodzi. Masaż relaksacyjny 60 min 200 zł. 512 345 607",
  name="Iza", loc="Łódź", phones=["+48512345607"])
A("pl08", "młodziutka i świeża, dopiero skończyłam 18 lat 🍒 napisz", loc="Warszawa", codes="yt em")
A("pl09", "Dojrzała kobieta, 53 lata, młoda duchem. Świeże ręczniki i dobra kawa. Godziny 10-18. "
          "Tel 512 345 609",
  loc="Bydgoszcz", age=53, phones=["+48512345609"])
A("pl10", "Dostępna całą dobę 24/7, pisz śmiało przez stronę – Wiktoria", name="Wiktoria",
  loc="Warszawa", codes="a24")
A("pl11", "Miła pani w Lublinie, bez zabezpieczenia możliwe, pytaj dyskretnie w wiadomości.",
  loc="Lublin", codes="rs")
A("pl12", "👑 Królowa Ada 👑 🌹🌹 za godzinę. Tylko wiadomości.", name="Ada", loc="Kraków", codes="em")
A("pl13", "Mój numer: pięć jeden dwa, trzy cztery pięć, sześć jeden trzy. Buziaki, Ania",
  name="Ania", loc="Toruń", phones=["+48512345613"], disg=["+48512345613"])
A("pl14", "Dzwoń 5l2 34S 6l4 – Julia, Szczecin", name="Julia", loc="Szczecin",
  phones=["+48512345614"], disg=["+48512345614"])
A("pl15", "Karolina, Katowice 😊 tel ５１２.３４５.６１５", name="Karolina", loc="Katowice",
  phones=["+48512345615"], disg=["+48512345615"])
A("pl16", "Cennik: 30 min 250 zł, 1 godz. 400 zł. Wiek 36, wzrost 168 cm. Kod pocztowy 00-950 Warszawa. "
          "Godziny 10:00–22:00. Urlop 15.07.2024–30.07.2024.",
  loc="Warszawa", age=36)
A("pl17", "czesc jestem basia 29 lat z lodzi, bardzo mila, zadzwon piec jeden dwa 345 617 buziaczki",
  name="Basia", loc="Łódź", age=29, phones=["+48512345617"], disg=["+48512345617"])
A("pl18", "Polka w Kopenhadze, tylko do niedzieli! Zadzwoń +48 512 345 618",
  loc="København", phones=["+48512345618"], codes="mv na")
A("pl19", "NOWA W MIEŚCIE!!! PIĘKNA BRUNETKA, TYLKO 2 DNI W GDYNI. DZWOŃ 512 345 619",
  loc="Gdynia", phones=["+48512345619"], codes="mv")
A("pl20", "💎 VIP Girls Agency 💎 mamy dla Ciebie 5 pięknych dziewczyn w Krakowie 😍 one czekają na "
          "Twój telefon 📱 5 1 2 ✨ 3 4 5 ✨ 6 2 0",
  loc="Kraków", phones=["+48512345620"], disg=["+48512345620"], codes="tp mp")


def check_and_build():
    langs = ["da", "en", "sv", "nb", "de", "ro", "es", "pl"]
    seen_ids = set()
    per_lang = {L: 0 for L in langs}
    base = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.timezone.utc)
    out = []
    texts = set()
    for i, ad in enumerate(ADS):
        aid = ad["aid"]
        lang = aid[:2]
        assert lang in per_lang, aid
        assert aid not in seen_ids, aid
        seen_ids.add(aid)
        per_lang[lang] += 1
        assert ad["text"] not in texts, aid
        texts.add(ad["text"])
        for e in ad["phones"]:
            n = phonenumbers.parse(e, None)
            assert phonenumbers.is_valid_number(n), (aid, e)
            assert phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) == e, (aid, e)
        assert set(ad["disg"]) <= set(ad["phones"]), aid
        for c in ad["codes"]:
            assert c in SHORT, (aid, c)
        labels = {"id": aid, "lang": lang, "phones": sorted(set(ad["phones"])),
                  "disguised_phones": sorted(set(ad["disg"]))}
        for code in CODES:
            labels[code] = False
        labels["obfuscated_phone"] = bool(ad["disg"])
        for c in ad["codes"]:
            labels[SHORT[c]] = True
        posted = ad["posted"] or (base + dt.timedelta(hours=7 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rec = {"url": BASE + aid, "site": SITE, "text": ad["text"]}
        for k in ("title", "name", "age"):
            if ad[k] is not None:
                rec[k] = ad[k]
        if ad["loc"] is not None:
            rec["location"] = ad["loc"]
        rec["posted_at"] = posted
        if ad["field"]:
            rec["phones"] = ad["field"]
        rec["external_id"] = "b-" + aid
        rec["labels"] = labels
        out.append(rec)
    assert all(v == 20 for v in per_lang.values()), per_lang
    # the only intended number reuse: da03/da12 (shared) and sv01/sv11 (same woman, two cities)
    owners = {}
    for rec in out:
        for e in rec["labels"]["phones"]:
            owners.setdefault(e, []).append(rec["labels"]["id"])
    reused = {e: v for e, v in owners.items() if len(v) > 1}
    assert reused == {"+4532123403": ["da03", "da12"], "+46701234501": ["sv01", "sv11"]}, reused
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                               "corpus_b.jsonl")
    out = check_and_build()
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_ph = sum(1 for r in out if r["labels"]["phones"])
    n_dis = sum(1 for r in out if r["labels"]["disguised_phones"])
    print(f"wrote {len(out)} ads to {path}: {n_ph} with phone numbers, {n_dis} with disguised numbers",
          file=sys.stderr)


if __name__ == "__main__":
    main()
