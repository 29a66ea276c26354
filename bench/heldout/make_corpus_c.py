#!/usr/bin/env python3
"""Held-out corpus C: a third author's blind, hand-written corpus.

Usage: python3 bench/heldout/make_corpus_c.py [OUT.jsonl] [--check]

Writes 120 invented, non-explicit ads (15 per language: da en sv nb de ro es
pl) in the documented ad input format (docs/ad-input.schema.json), each with a
`labels` object in the shape bench/heldout/score.py reads:

  id, lang, phones (E.164 of every number in the ad, text or `phones` field),
  disguised_phones (the subset written to evade filters), and one boolean per
  labelled indicator code of DESIGN.md.

Written without looking at the indicator lexicons, the indicator sources or
their tests, or at corpora A and B. Labels follow DESIGN.md's meanings:
  third_person      the ad is written about the woman by someone else (an
                    agency/manager), also when it is about several women; an
                    ad a woman writes herself that mentions a friend as "she",
                    or quotes clients ("she is a dream"), is NOT third person.
  multiple_persons  the ad offers more than one woman (agency line-ups, two
                    friends writing together, "my friend can join, duo").
  youth_terms       youth language about the woman ("ung og frisk", "barely 18",
                    "jovencita"); not "young at heart", "fresh towels".
  nationality_stated  ethnicity/nationality as a selling point ("Thai girl",
                    "real Danish girl", "latina from Colombia"); not languages
                    spoken, where she lives, or "Thai/Swedish massage".
  movement_terms    "new in town", "only a few days", "just arrived"; not
                    "new on the site", "new photos", "new girl with us".
  available_24_7    always available ("24/7", "døgnet rundt", "non-stop");
                    not "all night", "book 24 hours ahead".
  risky_services    services without protection, phrased non-explicitly; not
                    "only with protection".
  emoji_codes       🍒, 🌹 used as a price, 👑; a decorative 🌹 is not labelled.
  obfuscated_phone  the ad contains a number written disguised (number words,
                    letters for digits, keycap emoji, fullwidth digits, digits
                    split by symbols, words or emoji).
  shared_phone      one number in ads for different names (da02 / da14).
  phone_multi_city  one number advertising in several cities within days
                    (de07 Hamburg / de08 Bremen, same woman, so not shared).
text_template, image_reuse and low_price are not labelled (no images, no
prices as a field, no deliberate templates).

Every number is a fake from a libphonenumber example-style range and is
checked with the python `phonenumbers` package (valid, expected region). With
--check, the script also lists anything phonenumbers' own matcher finds in a
text (with the ad's region and with DK) that is not labelled, for the author.
"""

import json
import os
import re
import sys

import phonenumbers

SITE = "solsikke-test"
LANGS = ["da", "en", "sv", "nb", "de", "ro", "es", "pl"]
FLAG_CODES = {
    "third": "third_person",
    "multi": "multiple_persons",
    "youth": "youth_terms",
    "nat": "nationality_stated",
    "move": "movement_terms",
    "247": "available_24_7",
    "risky": "risky_services",
    "emoji": "emoji_codes",
    "shared": "shared_phone",
    "multicity": "phone_multi_city",
}
LABELLED = ["obfuscated_phone"] + list(FLAG_CODES.values())
# The fake ranges allowed by the brief: E.164 prefix -> region.
RANGES = [
    ("+45201234", "DK"), ("+45321234", "DK"),
    ("+46701234", "SE"), ("+4681234", "SE"),
    ("+4740612", "NO"), ("+4721234", "NO"),
    ("+4915123456", "DE"), ("+4930123", "DE"),
    ("+407120345", "RO"), ("+34612345", "ES"), ("+48512345", "PL"),
    ("+4474001234", "GB"),
]
ADS = []


def ad(aid, lang, text, nums=(), dis=(), f="", **kw):
    flags = f.split()
    for x in flags:
        assert x in FLAG_CODES, (aid, x)
    assert set(dis) <= set(nums), aid
    rec = {"url": f"https://example.invalid/solsikke/{lang}/{aid}", "site": SITE, "text": text}
    rec.update({k: v for k, v in kw.items() if v is not None})
    labels = {"id": aid, "lang": lang, "phones": list(nums), "disguised_phones": list(dis),
              "obfuscated_phone": bool(dis)}
    for short, code in FLAG_CODES.items():
        labels[code] = short in flags
    rec["labels"] = labels
    ADS.append(rec)


# ============================================================== Danish (da)
ad("da01", "da",
   "Hej, jeg hedder Maja og er 29 år. Jeg bor selv i Aarhus C (8000) og tager imod i min egen "
   "lejlighed. Massage og hygge, 1200 kr for en time. Ring eller sms på 20 12 34 01, bedst mellem "
   "kl. 10 og 20.",
   ["+4520123401"], title="Søde Maja i Aarhus", name="Maja", age=29, location="Aarhus")
ad("da02", "da",
   "NY PIGE!! Sofia er en ung og frisk pige fra Rumænien, kun 20 år. Hun er sød og meget "
   "imødekommende og venter på dig på Vesterbro. Ring til os på +45 20 12 34 02",
   ["+4520123402"], f="third youth nat shared", title="Ny pige hos os", name="Sofia", age=20,
   location="København", posted_at="2026-11-12T10:00:00Z")
ad("da03", "da",
   "Diskret dame 45+ i Odense. Jeg er moden, rolig og ung i sindet 😊 Jeg nyder god vin og lange "
   "aftener. Skriv til mig: to nul - en to - tre fire - nul tre. Ingen skjulte numre.",
   ["+4520123403"], ["+4520123403"], name="Bente", age="45+", location="Odense")
ad("da04", "da",
   "Vi er to veninder, Line og Ditte, der gerne vil forkæle dig sammen eller hver for sig. Vi har "
   "begge egen lejlighed i Valby og tager imod hele ugen. Sms: 2012 3404",
   ["+4520123404"], f="multi", title="To veninder i Valby", name="Line & Ditte", location="Valby")
ad("da05", "da",
   "🍒 Camilla 🍒 Åben døgnet rundt, også i weekenden. Alt uden beskyttelse efter aftale. "
   "1500🌹 for en time. Tlf to nul 12 34 nul fem",
   ["+4520123405"], ["+4520123405"], f="247 risky emoji", name="Camilla", location="Herning")
ad("da06", "da",
   "Velkommen til min lille klinik på Nørrebro. Jeg tilbyder thaimassage og afslappende "
   "helkropsmassage. Friske håndklæder, bruser og en kop kaffe bagefter. Jeg taler dansk, "
   "engelsk og lidt tysk. Kun sikker sex – altid med beskyttelse, ingen undtagelser. "
   "Åbent man-fre 11-19, lør 12-16.",
   ["+4532123406"], title="Massage på Nørrebro", name="Helle", location="København N",
   phones=["32 12 34 06"])
ad("da07", "da",
   "Ny i byen! Kun få dage i Aalborg. Jeg er Natalia, en varm latina fra Brasilien, og jeg elsker "
   "at danse. Skriv til mig her på siden 🌸",
   f="move nat", name="Natalia", age=26, location="Aalborg")
ad("da08", "da",
   "Hos os finder du altid nye piger hver uge. Vores piger er søde, diskrete og glade, og de "
   "glæder sig til at møde dig. Se alle vores damer på forsiden. Ring til receptionen "
   "32 12 34 08, åbent 10-02.",
   ["+4532123408"], f="third multi", title="Klinik Rosenhaven", location="Glostrup")
ad("da09", "da",
   "Moden kvinde søger gavmild herre til hyggelige stunder. Kun diskrete henvendelser via sitets "
   "beskedsystem.",
   name="Lis", location="Vejle")
ad("da10", "da",
   "Hej skat, jeg er Louise 💋 Min veninde Emma kan også være med – hun er 26 og elsker at grine. "
   "Duo er muligt, spørg bare. Ring: 2O l2 34 1O",
   ["+4520123410"], ["+4520123410"], f="multi", name="Louise", age=28, location="Frederiksberg")
ad("da11", "da",
   "HEJ ALLE SAMMEN JEG HEDDER TINA OG ER NY PAA SIDEN, SE MINE NYE BILLEDER. JEG ER 38 AAR OG BOR "
   "I ESBJERG. RING 20123411 ELLER SMS. IKKE SKJULT NR TAK",
   ["+4520123411"], name="Tina", age=38, location="Esbjerg")
ad("da12", "da",
   "Hej guys! Jeg er Freja, 24, real Danish girl 🇩🇰 fra Kolding. Jeg elsker at hygge og gå i byen. "
   "Outcall og incall, gerne hele natten. Skriv en besked her på siden.",
   f="nat", name="Freja", age=24, location="Kolding")
ad("da13", "da",
   "Ung studine på 21 søger søde mænd til massage og hygge i Roskilde. Ring 2️⃣0️⃣1️⃣2️⃣3️⃣4️⃣1️⃣3️⃣ 🌷",
   ["+4520123413"], ["+4520123413"], f="youth", name="Nanna", age=21, location="Roskilde")
ad("da14", "da",
   "Vi præsenterer Kira – hun er en ægte skønhed og kan mødes døgnet rundt. Hun gør alt naturligt "
   "uden gummi. Kontakt hendes chauffør på +4520123402.",
   ["+4520123402"], f="third 247 risky shared", name="Kira", age=23, location="København",
   posted_at="2026-11-13T15:30:00Z")
ad("da15", "da",
   "Kære herrer, jeg er tilbage efter ferien fra den 3.12.2026. Ny adresse: Istedgade, "
   "1650 København V. Priser: 30 min 800,-, 60 min 1400,-. Højde 168 cm, vægt 62 kg. Jeg er 52 og "
   "stadig frisk på livet 😉",
   name="Susanne", age=52, location="København V")

# ============================================================= English (en)
ad("en01", "en",
   "Hi gentlemen, I'm Chloe, 27, an independent companion living in Camden. I love good food, "
   "jazz and long conversations. Call +44 7400 123401. Incall only, 10am-10pm.",
   ["+447400123401"], name="Chloe", age=27, location="London")
ad("en02", "en",
   "Sexy Thai girl Ploy in Copenhagen 🇹🇭 Authentic Thai massage and more, very sweet and smiling. "
   "Call 20 12 34 20.",
   ["+4520123420"], f="nat", name="Ploy", location="Copenhagen")
ad("en03", "en",
   "Relaxing Thai massage and Swedish massage by certified therapist Anna. Clean room, fresh "
   "towels, shower available. Open 9-21, Mon-Sat. Booking: +45 32 12 34 21",
   ["+4532123421"], title="Massage in Vesterbro", name="Anna", location="Copenhagen")
ad("en04", "en",
   "Elite Angels agency ❤️ Our girls are available 24/7 for incall and outcall in London. Choose "
   "from 15 stunning ladies, new girls every week. Call the booking office +447400123402",
   ["+447400123402"], f="third multi 247", title="Elite Angels", location="London")
ad("en05", "en",
   "Barely 18 fresh student, tiny and shy, new in town for only 3 days!! txt 07400 123403",
   ["+447400123403"], f="youth move", name="Lily", age=18, location="Manchester")
ad("en06", "en",
   "Mature lady, 49, young at heart 😊 Enjoys wine, good conversation and long evenings. Outcall "
   "to hotels in Aarhus. Message me here first.",
   name="Karen", age=49, location="Aarhus")
ad("en07", "en",
   "Hi I'm Jade 💕 discreet and classy, near London Bridge. Call me on zero seven four double zero, "
   "one two three, four zero four",
   ["+447400123404"], ["+447400123404"], name="Jade", location="London")
ad("en08", "en",
   "Meet Bella, she is 23, a sweet Polish beauty who just arrived in Birmingham. She doesn't speak "
   "much English so please text her manager: +44 7400 123405.",
   ["+447400123405"], f="third nat move", name="Bella", age=23, location="Birmingham")
ad("en09", "en",
   "We are Mia & Zoe, two best friends who love to party together 🥂 Duo or solo, your choice. "
   "Find us in Leeds, message us on the site.",
   f="multi", name="Mia & Zoe", location="Leeds")
ad("en10", "en",
   "👑 Queen Tasha 👑 Everything natural, no cover for the right gentleman. 200🌹 an hour, 350🌹 for "
   "2 hours. Text 07400 one two three four zero seven",
   ["+447400123407"], ["+447400123407"], f="risky emoji", name="Tasha", location="Bristol")
ad("en11", "en",
   "Kind and classy Emily in Aarhus. Text only: ２０１２３４２３ ✨",
   ["+4520123423"], ["+4520123423"], name="Emily", location="Aarhus")
ad("en12", "en",
   "Hi, I'm Sara. I work alone from my own flat in Odense and have lived here for 10 years. My "
   "regulars say 'she is the sweetest' – come and see if they're right! I can also bring my friend "
   "Nina, she is blonde and fun.",
   f="multi", name="Sara", age=34, location="Odense")
ad("en13", "en",
   "Lovely evening company, dinner dates, travel companion. Message via site only.",
   name="Grace", location="Copenhagen")
ad("en14", "en",
   "hey babe im new in town onli 2 dayz 😘 call 20😘12😘34😘25 fast before im gone",
   ["+4520123425"], ["+4520123425"], f="move", name="Roxy", location="Copenhagen")
ad("en15", "en",
   "Rates: 30min £120, 1hr £200, overnight £900. I'm 5'6\", size 10, non-smoker. Available Tue-Sat "
   "11:00-23:00, near SW1A 1AA. Bookings at least 2 hours in advance, no withheld numbers.",
   ["+447400123408"], name="Olivia", age=31, location="London", phones=["+44 7400 123408"])

# ============================================================= Swedish (sv)
ad("sv01", "sv",
   "Hej! Jag heter Elin, 31 år, och tar emot i min lägenhet på Södermalm. Ring 070-123 45 01 "
   "mellan 10 och 22.",
   ["+46701234501"], name="Elin", age=31, location="Stockholm")
ad("sv02", "sv",
   "Ny tjej hos oss: Katja, 22, från Ukraina. Hon är ung, söt och väldigt lydig. Hon väntar på dig "
   "i Göteborg. Ring +46 70 123 45 02.",
   ["+46701234502"], f="third youth nat", name="Katja", age=22, location="Göteborg")
ad("sv03", "sv",
   "Diskret massage i Malmö, lugn och skön stämning. Sms: noll sju noll, ett två tre, fyra fem, "
   "noll tre.",
   ["+46701234503"], ["+46701234503"], name="Petra", location="Malmö")
ad("sv04", "sv",
   "Vi är två tjejer, Moa och Lisa, som gärna träffar dig tillsammans. Vi bor i Uppsala och "
   "bjuder på te. Ring oss på 0701234504.",
   ["+46701234504"], f="multi", name="Moa & Lisa", location="Uppsala")
ad("sv05", "sv",
   "Tillgänglig dygnet runt 🕐 Allt utan skydd om du vill. Ring noll åtta tolv trettiofyra femtio",
   ["+468123450"], ["+468123450"], f="247 risky", name="Nikki", location="Stockholm")
ad("sv06", "sv",
   "Klassisk svensk massage och thaimassage i lugn miljö. Fräscha handdukar och dusch finns. Jag "
   "pratar svenska, engelska och finska. Endast säker sex, alltid med skydd.",
   ["+46701234505"], title="Massage i Solna", name="Maria", location="Solna",
   phones=["+46 70 123 45 05"])
ad("sv07", "sv",
   "Ny i stan! Bara några dagar i Luleå. Jag är Bianca, en het latina från Colombia 🔥 Skriv till "
   "mig via sidan.",
   f="move nat", name="Bianca", age=25, location="Luleå")
ad("sv08", "sv",
   "Våra tjejer väntar på dig! Nya tjejer varje vecka, alla är glada och trevliga. Boka på "
   "08-12 34 51, öppet 12-03.",
   ["+468123451"], f="third multi", title="Studio Nordstjärnan", location="Stockholm")
ad("sv09", "sv",
   "Mogen kvinna, 56, ung i själen 😊 Söker trevliga herrar för middag och sällskap i Västerås. "
   "Kontakta mig via sidans meddelanden.",
   name="Gunilla", age=56, location="Västerås")
ad("sv10", "sv",
   "Sköna Nora, 27 🌷 egen lägenhet nära centralen. ring mig: O7O-l23 45 O7",
   ["+46701234507"], ["+46701234507"], name="Nora", age=27, location="Göteborg")
ad("sv11", "sv",
   "HEJ JAG AR NY HAR PA SIDAN. MITT NAMN AR JOSEFIN, 35 AR FRAN NORRKOPING. RING 070 123 45 08 "
   "EFTER KL 17",
   ["+46701234508"], name="Josefin", age=35, location="Norrköping")
ad("sv12", "sv",
   "Hi! Jag heter Vera, 25 år, och jag är en riktig svensk tjej 🇸🇪 Incall i Stockholm city. Jag "
   "bjuder på kaffe och god stämning. Kontakt via sidan.",
   f="nat", name="Vera", age=25, location="Stockholm")
ad("sv13", "sv",
   "Söt och pigg Amanda i Örebro, 23. Egen lägenhet, parkering finns. Ring 0.7.0.1.2.3.4.5.1.0 "
   "efter lunch.",
   ["+46701234510"], ["+46701234510"], name="Amanda", age=23, location="Örebro")
ad("sv14", "sv",
   "Hej, jag är Sanna. Min väninna Ida kan följa med, hon är 29 och väldigt rolig. Duo möjligt. "
   "Ring 070-1234511",
   ["+46701234511"], f="multi", name="Sanna", age=30, location="Linköping")
ad("sv15", "sv",
   "🍒 Ung och fräsch tjej, 19, i Jönköping 🍒 Skriv här så svarar jag snabbt.",
   f="youth emoji", name="Tilda", age=19, location="Jönköping")

# ============================================================ Norwegian (nb)
ad("nb01", "nb",
   "Hei! Jeg heter Ingrid, 33 år, og tar imot i egen leilighet på Grünerløkka. Ring meg på "
   "406 12 301, helst mellom kl. 11 og 21.",
   ["+4740612301"], name="Ingrid", age=33, location="Oslo")
ad("nb02", "nb",
   "Ny jente hos oss: Alina, 21, fra Litauen. Hun er ung og uskyldig og gleder seg til å møte deg "
   "i Bergen. Ring +47 406 12 302.",
   ["+4740612302"], f="third youth nat", name="Alina", age=21, location="Bergen")
ad("nb03", "nb",
   "Diskret dame i Trondheim, rolig og varm. Ring fire null seks, en to, tre null tre.",
   ["+4740612303"], ["+4740612303"], name="Kari", location="Trondheim")
ad("nb04", "nb",
   "Vi er to venninner, Sara og Hanna, som gjerne møter deg sammen. Vi bor i Stavanger og har "
   "god tid. Send sms til 40612304.",
   ["+4740612304"], f="multi", name="Sara & Hanna", location="Stavanger")
ad("nb05", "nb",
   "Tilgjengelig døgnet rundt ⏰ Alt uten beskyttelse etter avtale. 1500🌹 for en time. Ring "
   "tjueen tjuetre førtifem sekstien",
   ["+4721234561"], ["+4721234561"], f="247 risky emoji", name="Vanessa", location="Oslo")
ad("nb06", "nb",
   "Klassisk massasje og thaimassasje i Oslo sentrum (0150 Oslo). Rene håndklær og dusj. Jeg "
   "snakker norsk, engelsk og polsk. Kun trygg sex, alltid med beskyttelse. Åpent man–lør 10–20.",
   ["+4721234562"], title="Massasje i sentrum", name="Marta", location="Oslo",
   phones=["+47 21 23 45 62"])
ad("nb07", "nb",
   "Ny i byen! Bare noen få dager i Tromsø. Jeg er Luna, en vakker brasiliansk jente 💃 Send meg "
   "en melding her.",
   f="move nat", name="Luna", age=24, location="Tromsø")
ad("nb08", "nb",
   "Hos oss finner du alltid nye jenter hver uke. Våre jenter er hyggelige og diskrete. Ring "
   "resepsjonen på 21 23 45 63, åpent til kl. 02.",
   ["+4721234563"], f="third multi", title="Studio Fjord", location="Oslo")
ad("nb09", "nb",
   "Moden kvinne, 58, ung til sinns. Ønsker hyggelig selskap med voksne herrer i Drammen. Kontakt "
   "meg via meldinger her på siden.",
   name="Randi", age=58, location="Drammen")
ad("nb10", "nb",
   "Søte Emma 🌸 koselig og blid, tar imot på Lillestrøm. ring meg: 4O6 l2 3O6",
   ["+4740612306"], ["+4740612306"], name="Emma", location="Lillestrøm")
ad("nb11", "nb",
   "HEI JEG HETER MARIANNE OG ER NY HER PA SIDEN. 41 AR, BOR I KRISTIANSAND. RING 406 12 307 ETTER "
   "KL 18. IKKE SKJULT NUMMER TAKK",
   ["+4740612307"], name="Marianne", age=41, location="Kristiansand")
ad("nb12", "nb",
   "Hei gutter! Jeg er Thea, 26, ekte norsk jente 🇳🇴 fra Bodø. Incall og outcall, gjerne hele "
   "natta. Send meg en melding her.",
   f="nat", name="Thea", age=26, location="Bodø")
ad("nb13", "nb",
   "Herlige Nora i Fredrikstad, 30. Avslappende massasje og kos. Ring 4️⃣0️⃣6️⃣1️⃣2️⃣3️⃣0️⃣9️⃣",
   ["+4740612309"], ["+4740612309"], name="Nora", age=30, location="Fredrikstad")
ad("nb14", "nb",
   "Hei, jeg er Camilla. Venninnen min Julie kan også bli med, hun er 27 og veldig morsom. Duo er "
   "mulig. Ring 406 12 310",
   ["+4740612310"], f="multi", name="Camilla", age=29, location="Sandnes")
ad("nb15", "nb",
   "🌹 Velkommen til Vilde 🌹 Priser: 30 min 1200 kr, 1 time 2000 kr. Høyde 172 cm. Jeg er tilbake "
   "fra 5. desember, nær 5003 Bergen. Kun forhåndsbestilling, minst 2 timer før.",
   name="Vilde", age=36, location="Bergen")

# =============================================================== German (de)
ad("de01", "de",
   "Hallo, ich bin Nina, 30, und empfange dich in meiner Wohnung in Köln-Ehrenfeld. Ruf mich an: "
   "0151 2345 6701, täglich von 10 bis 22 Uhr.",
   ["+4915123456701"], name="Nina", age=30, location="Köln")
ad("de02", "de",
   "NEU bei uns: Daria, 20 Jahre jung, aus Bulgarien. Sie ist zärtlich, jung und sehr "
   "anschmiegsam. Sie wartet in München auf dich. Termine nur über unser Büro hier im Portal.",
   f="third youth nat", name="Daria", age=20, location="München")
ad("de03", "de",
   "Diskrete Massage in Leipzig, ruhige Lage, Parkplatz vor der Tür. Ruf an: null eins fünf eins - "
   "zwei drei vier fünf - sechs sieben null drei",
   ["+4915123456703"], ["+4915123456703"], name="Petra", location="Leipzig")
ad("de04", "de",
   "Wir sind zwei Freundinnen, Lara und Jana, und verwöhnen dich gern zu zweit. Du findest uns in "
   "Dortmund. SMS an 01512/3456704.",
   ["+4915123456704"], f="multi", name="Lara & Jana", location="Dortmund")
ad("de05", "de",
   "Rund um die Uhr erreichbar! Alles ohne (AO) nach Absprache. Besuchbar in Hannover. "
   "Tel 0151 - zwei drei vier fünf - 67 null 5",
   ["+4915123456705"], ["+4915123456705"], f="247 risky", name="Jessy", location="Hannover")
ad("de06", "de",
   "Thai-Massage und klassische Massage in Berlin-Mitte (10115 Berlin). Frische Handtücher, Dusche "
   "vorhanden. Ich spreche Deutsch, Englisch und Thai. Nur mit Schutz – immer! Öffnungszeiten "
   "Mo–Fr 11–19 Uhr.",
   ["+4930123450"], title="Massage in Mitte", name="Suda", location="Berlin",
   phones=["+49 30 123450"])
ad("de07", "de",
   "Neu in der Stadt! Nur wenige Tage in Hamburg. Ich bin Lena, 28, eine heiße Latina aus Kuba. "
   "Ruf an: +49 151 23456706",
   ["+4915123456706"], f="move nat multicity", name="Lena", age=28, location="Hamburg",
   posted_at="2026-11-20T18:00:00Z")
ad("de08", "de",
   "Nur 3 Tage in Bremen! Ich bin Lena, 28, und freue mich auf dich. Besuchbar ab Freitag. "
   "Tel. 0151 23456706",
   ["+4915123456706"], f="move multicity", name="Lena", age=28, location="Bremen",
   posted_at="2026-11-23T12:00:00Z")
ad("de09", "de",
   "In unserem Studio erwarten dich täglich wechselnde Damen. Unsere Mädchen sind jung, hübsch und "
   "diskret. Jede Woche neue Girls! Telefon 030 123451, geöffnet 10–24 Uhr.",
   ["+4930123451"], f="third multi youth", title="Studio Sternchen", location="Berlin")
ad("de10", "de",
   "Süße Mia 💋 gepflegt und verschmust, Hausbesuche möglich. ruf an: O15l 2345 67O7",
   ["+4915123456707"], ["+4915123456707"], name="Mia", location="Düsseldorf")
ad("de11", "de",
   "HALLO IHR LIEBEN ICH BIN DIE SABINE, 44, AUS ESSEN. NEUE BILDER ONLINE. RUF AN 0151 2345 6708 "
   "AB 18 UHR, KEINE UNTERDRUECKTEN NUMMERN.",
   ["+4915123456708"], name="Sabine", age=44, location="Essen")
ad("de12", "de",
   "Hi guys! Ich bin Emma, 25, ein echtes deutsches Girl aus Stuttgart 🇩🇪 Incall & Outcall, gerne "
   "auch die ganze Nacht. Schreib mir hier im Portal.",
   f="nat", name="Emma", age=25, location="Stuttgart")
ad("de13", "de",
   "Entspannte Stunden mit Klara in Nürnberg. Nur SMS: ０１５１ ２３４５ ６７１０",
   ["+4915123456710"], ["+4915123456710"], name="Klara", location="Nürnberg")
ad("de14", "de",
   "Ich bin Sophie und arbeite selbstständig in Frankfurt. Meine Freundin Anna kommt gern dazu, "
   "sie ist 31 und sehr lustig. Duo möglich. Meine Stammgäste sagen: „Sie ist ein Traum“ 😉",
   f="multi", name="Sophie", age=33, location="Frankfurt")
ad("de15", "de",
   "👑 Lady Viktoria 👑 Dominante Rollenspiele für erfahrene Herren. Preise ab 250€ pro Stunde. "
   "Größe 178 cm. Termine nach Vereinbarung, mindestens 24 Stunden vorher. Kontakt nur über das "
   "Portal.",
   f="emoji", name="Viktoria", location="Hamburg")

# ============================================================= Romanian (ro)
ad("ro01", "ro",
   "Bună, sunt Andreea, am 28 de ani și primesc în apartamentul meu din Cluj-Napoca. Sună-mă la "
   "0712 034 501, între orele 10 și 22.",
   ["+40712034501"], name="Andreea", age=28, location="Cluj-Napoca")
ad("ro02", "ro",
   "Fată nouă la noi: Bianca, 19 ani, tânără și foarte dulce. Ea este blondă, timidă și te "
   "așteaptă în București. Sună la +40 712 034 502.",
   ["+40712034502"], f="third youth", name="Bianca", age=19, location="București")
ad("ro03", "ro",
   "Masaj discret în Iași, atmosferă liniștită. Sună: zero șapte unu doi, zero trei patru, cinci "
   "zero trei",
   ["+40712034503"], ["+40712034503"], name="Daniela", location="Iași")
ad("ro04", "ro",
   "Suntem două prietene, Ioana și Raluca, și te răsfățăm împreună sau separat. Ne găsești în "
   "Timișoara. Sună-ne la 0712034504.",
   ["+40712034504"], f="multi", name="Ioana & Raluca", location="Timișoara")
ad("ro05", "ro",
   "Disponibilă non-stop, 24/24 🔥 Totul fără protecție, la cerere. Tel 0-7-1-2-0-3-4-5-0-5",
   ["+40712034505"], ["+40712034505"], f="247 risky", name="Larisa", location="Constanța")
ad("ro06", "ro",
   "Masaj thailandez și masaj de relaxare în Constanța. Prosoape proaspete, duș. Vorbesc română, "
   "engleză și italiană. Doar sex protejat, întotdeauna cu prezervativ.",
   ["+40712034506"], title="Masaj în Constanța", name="Cristina", location="Constanța",
   phones=["+40 712 034 506"])
ad("ro07", "ro",
   "Noua in oras! Doar cateva zile in Brasov. Sunt Maria, o latina fierbinte din Venezuela. Scrie-mi "
   "pe site.",
   f="move nat", name="Maria", age=27, location="Brașov")
ad("ro08", "ro",
   "La noi găsești mereu fete noi în fiecare săptămână. Fetele noastre sunt discrete și "
   "zâmbitoare. Programări la 0712 034 508, deschis până la 2 noaptea.",
   ["+40712034508"], f="third multi", title="Salon Trandafir", location="București")
ad("ro09", "ro",
   "Doamnă matură, 55 de ani, tânără la suflet. Caut domni generoși pentru cină și conversație în "
   "Sibiu. Contact doar prin mesaje pe site.",
   name="Mihaela", age=55, location="Sibiu")
ad("ro10", "ro",
   "Dulcea Alexia 🌸 caldă și răbdătoare, primesc lângă centru. suna-ma: O7l2 O34 5O9",
   ["+40712034509"], ["+40712034509"], name="Alexia", location="Cluj-Napoca")
ad("ro11", "ro",
   "SALUT SUNT ELENA, 36 ANI, DIN ORADEA. AM POZE NOI PE SITE. SUNATI LA 0712 034 510 DUPA ORA 17. "
   "NU RASPUND LA NUMERE ASCUNSE",
   ["+40712034510"], name="Elena", age=36, location="Oradea")
ad("ro12", "ro",
   "Hello baby! Sunt Diana, 24, o adevărată româncă din Craiova 🇷🇴 Incall și outcall, toată "
   "noaptea. Scrie-mi aici pe site.",
   f="nat", name="Diana", age=24, location="Craiova")
ad("ro13", "ro",
   "Relaxare cu Roxana în Galați, 32 de ani. Sunați 07 unu 2 zero 34 cinci 12 după prânz.",
   ["+40712034512"], ["+40712034512"], name="Roxana", age=32, location="Galați")
ad("ro14", "ro",
   "👑 VIP 👑 Vă prezentăm pe Sabina. Ea este o fată elegantă și face totul natural, fără "
   "prezervativ. Contactați managerul: +40 712 034 513",
   ["+40712034513"], f="third risky emoji", name="Sabina", location="București")
ad("ro15", "ro",
   "Sunt Irina și lucrez singură în Ploiești. Prietena mea Alina poate veni și ea, are 27 de ani și "
   "e foarte veselă. Duo posibil. Scrie-mi pe site.",
   f="multi", name="Irina", age=30, location="Ploiești")

# ============================================================== Spanish (es)
ad("es01", "es",
   "Hola, soy Lucía, tengo 29 años y recibo en mi piso en Valencia. Llámame al 612 34 56 01, de 10 a "
   "22 h.",
   ["+34612345601"], name="Lucía", age=29, location="Valencia")
ad("es02", "es",
   "Chica nueva con nosotros: Valeria, 20 añitos, jovencita paraguaya muy cariñosa. Ella es dulce y "
   "te espera en Madrid. Llama al +34 612 34 56 02.",
   ["+34612345602"], f="third youth nat", name="Valeria", age=20, location="Madrid")
ad("es03", "es",
   "Masajes discretos en Sevilla, ambiente tranquilo. Llama: seis uno dos, tres cuatro, cinco seis, "
   "cero tres",
   ["+34612345603"], ["+34612345603"], name="Rocío", location="Sevilla")
ad("es04", "es",
   "Somos dos amigas, Carla y Noa, y nos encanta quedar juntas. Dúplex o por separado. Estamos en "
   "Bilbao. Whatsapp 612345604.",
   ["+34612345604"], f="multi", name="Carla y Noa", location="Bilbao")
ad("es05", "es",
   "Disponible 24 horas, todos los días 🔥 Todo sin protección si lo pides. Llama seis uno dos · "
   "treinta y cuatro · cincuenta y seis · cero cinco",
   ["+34612345605"], ["+34612345605"], f="247 risky", name="Yaiza", location="Madrid")
ad("es06", "es",
   "Masaje tailandés y masaje sueco en Málaga (29001). Toallas limpias y ducha. Hablo español, "
   "inglés y francés. Solo sexo seguro, siempre con protección.",
   ["+34612345606"], title="Masajes en Málaga", name="Inés", location="Málaga",
   phones=["+34 612 34 56 06"])
ad("es07", "es",
   "¡Nueva en la ciudad! Solo unos días en Zaragoza. Soy Camila, una latina ardiente de Colombia. "
   "Escríbeme por la web.",
   f="move nat", name="Camila", age=26, location="Zaragoza")
ad("es08", "es",
   "En nuestra casa encontrarás chicas nuevas cada semana. Nuestras chicas son discretas, "
   "simpáticas y elegantes. Reservas al 612 34 56 08, abierto hasta las 3.",
   ["+34612345608"], f="third multi", title="Casa Azul", location="Barcelona")
ad("es09", "es",
   "Señora madura, 54 años, joven de espíritu. Busco caballeros educados para cenas y compañía en "
   "Alicante. Contacto solo por mensajes de la web.",
   name="Pilar", age=54, location="Alicante")
ad("es10", "es",
   "Dulce Martina 🌷 cariñosa y sin prisas, recibo en el centro. llámame: 6l2 34 S6 l0",
   ["+34612345610"], ["+34612345610"], name="Martina", location="Valencia")
ad("es11", "es",
   "HOLA SOY ROCIO, 37 AÑOS, DE GRANADA. FOTOS NUEVAS. LLAMAME AL 612 34 56 11 A PARTIR DE LAS "
   "18H. NO CONTESTO NUMEROS OCULTOS",
   ["+34612345611"], name="Rocío", age=37, location="Granada")
ad("es12", "es",
   "Hi guys! Soy Paula, 23, una auténtica española de Córdoba 🇪🇸 Incall y outcall, toda la noche. "
   "Escríbeme por aquí.",
   f="nat", name="Paula", age=23, location="Córdoba")
ad("es13", "es",
   "Relax con Elena en Murcia, trato de novia y mucha paciencia. Llama 6️⃣1️⃣2️⃣ 3️⃣4️⃣ 5️⃣6️⃣ 1️⃣3️⃣",
   ["+34612345613"], ["+34612345613"], name="Elena", location="Murcia")
ad("es14", "es",
   "Soy Marta y trabajo sola en Barcelona. Mi amiga Sara puede venir también, ella tiene 30 años y "
   "es muy divertida. Hacemos dúplex. Mis clientes dicen: «ella es un sueño» 😉",
   f="multi", name="Marta", age=32, location="Barcelona")
ad("es15", "es",
   "🍒 Jovencita de 18 recién cumplidos, muy fresquita 🍒 Primera vez en la web. Palma de Mallorca. "
   "612 34 56 15",
   ["+34612345615"], f="youth emoji", name="Nerea", age=18, location="Palma")

# =============================================================== Polish (pl)
ad("pl01", "pl",
   "Cześć, jestem Kasia, mam 30 lat i przyjmuję w swoim mieszkaniu na Mokotowie. Zadzwoń: "
   "512 345 601, codziennie od 10 do 22.",
   ["+48512345601"], name="Kasia", age=30, location="Warszawa")
ad("pl02", "pl",
   "Nowa dziewczyna u nas: Oksana, 19 lat, młoda Ukrainka, bardzo słodka. Ona jest nieśmiała i czeka "
   "na ciebie w Krakowie. Dzwoń +48 512 345 602.",
   ["+48512345602"], f="third youth nat", name="Oksana", age=19, location="Kraków")
ad("pl03", "pl",
   "Dyskretny masaż we Wrocławiu, spokojna atmosfera. Dzwoń: pięć jeden dwa, trzy cztery pięć, "
   "sześć zero trzy",
   ["+48512345603"], ["+48512345603"], name="Beata", location="Wrocław")
ad("pl04", "pl",
   "Jesteśmy dwie przyjaciółki, Ola i Natalia, i chętnie spotkamy się razem albo osobno. Znajdziesz "
   "nas w Gdańsku. SMS 512345604.",
   ["+48512345604"], f="multi", name="Ola i Natalia", location="Gdańsk")
ad("pl05", "pl",
   "Dostępna całodobowo 🔥 Wszystko bez zabezpieczenia na życzenie. Tel ５１２ ３４５ ６０５",
   ["+48512345605"], ["+48512345605"], f="247 risky", name="Sandra", location="Warszawa")
ad("pl06", "pl",
   "Masaż tajski i masaż klasyczny w Poznaniu (60-001). Świeże ręczniki, prysznic. Mówię po polsku, "
   "angielsku i niemiecku. Tylko bezpieczny seks, zawsze z zabezpieczeniem.",
   ["+48512345606"], title="Masaż w Poznaniu", name="Joanna", location="Poznań",
   phones=["+48 512 345 606"])
ad("pl07", "pl",
   "Nowa w mieście! Tylko kilka dni w Łodzi. Jestem Sofia, gorąca Latynoska z Brazylii. Napisz do "
   "mnie przez portal.",
   f="move nat", name="Sofia", age=25, location="Łódź")
ad("pl08", "pl",
   "U nas co tydzień nowe dziewczyny. Nasze dziewczyny są dyskretne i miłe. Rezerwacja: "
   "512 345 608, otwarte do 2 w nocy.",
   ["+48512345608"], f="third multi", title="Salon Róża", location="Katowice")
ad("pl09", "pl",
   "Dojrzała pani, 57 lat, młoda duchem. Szukam kulturalnych panów na kolację i rozmowę w Lublinie. "
   "Kontakt tylko przez wiadomości na portalu.",
   name="Halina", age=57, location="Lublin")
ad("pl10", "pl",
   "Słodka Ewa 🌸 ciepła i cierpliwa, przyjmuję w centrum. zadzwoń: S12 34S 6lO",
   ["+48512345610"], ["+48512345610"], name="Ewa", location="Gdynia")
ad("pl11", "pl",
   "CZESC JESTEM MAGDA, 39 LAT, Z KATOWIC. NOWE ZDJECIA. DZWON 512 345 611 PO 17. NIE ODBIERAM "
   "ZASTRZEZONYCH NUMEROW",
   ["+48512345611"], name="Magda", age=39, location="Katowice")
ad("pl12", "pl",
   "Hi guys! Jestem Zuzia, 22, prawdziwa Polka z Torunia 🇵🇱 Incall i outcall, cała noc. Napisz "
   "do mnie tutaj.",
   f="nat", name="Zuzia", age=22, location="Toruń")
ad("pl13", "pl",
   "Relaks z Martą w Szczecinie, miła atmosfera i kawa. Dzwoń 5 jeden 2 trzy 45 sześć 13",
   ["+48512345613"], ["+48512345613"], name="Marta", location="Szczecin")
ad("pl14", "pl",
   "Jestem Agnieszka i pracuję sama w Bydgoszczy. Moja przyjaciółka Ania może do nas dołączyć, ona "
   "ma 28 lat i jest bardzo zabawna. Duet możliwy. Tel 512 345 614",
   ["+48512345614"], f="multi", name="Agnieszka", age=31, location="Bydgoszcz")
ad("pl15", "pl",
   "👑 Pani Renata 👑 Sesje dla wymagających panów. 300🌹 za godzinę. Wzrost 175 cm. Rezerwacja "
   "minimum 24 godziny wcześniej, tylko przez portal.",
   f="emoji", name="Renata", location="Warszawa")


def region_of(e164):
    for prefix, region in RANGES:
        if e164.startswith(prefix):
            return region
    return None


def validate():
    errors = []
    ids = [a["labels"]["id"] for a in ADS]
    urls = [a["url"] for a in ADS]
    if len(set(ids)) != len(ids) or len(set(urls)) != len(urls):
        errors.append("duplicate ids or urls")
    if len(ADS) != 120:
        errors.append(f"{len(ADS)} ads, want 120")
    for L in LANGS:
        n = sum(1 for a in ADS if a["labels"]["lang"] == L)
        if n != 15:
            errors.append(f"{L}: {n} ads, want 15")
    owners = {}
    for a in ADS:
        lab = a["labels"]
        for e in lab["phones"]:
            n = phonenumbers.parse(e)
            if not phonenumbers.is_valid_number(n):
                errors.append(f"{lab['id']}: {e} not valid")
            if phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != e:
                errors.append(f"{lab['id']}: {e} not E.164")
            reg = region_of(e)
            if reg is None or phonenumbers.region_code_for_number(n) != reg:
                errors.append(f"{lab['id']}: {e} outside the allowed fake ranges")
            owners.setdefault(e, []).append(lab["id"])
            # a plainly written number must appear digit for digit in the ad
            if e not in lab["disguised_phones"]:
                nsn = phonenumbers.national_significant_number(n)
                digits = re.sub(r"\D", "", a["text"] + " ".join(a.get("phones") or []))
                if nsn not in digits:
                    errors.append(f"{lab['id']}: plain {e} not found in the text/phones field")
    for e, who in owners.items():
        if len(who) > 1:
            ok = {tuple(sorted(who))} & {("da02", "da14"), ("de07", "de08")}
            if not ok:
                errors.append(f"{e} used by {who}")
    return errors


def check_matcher():
    """For the author: numbers phonenumbers' matcher sees that are not labelled."""
    region = {"da": "DK", "en": "GB", "sv": "SE", "nb": "NO", "de": "DE", "ro": "RO", "es": "ES", "pl": "PL"}
    for a in ADS:
        lab = a["labels"]
        for reg in sorted({region[lab["lang"]], "DK"}):
            for m in phonenumbers.PhoneNumberMatcher(a["text"], reg, leniency=phonenumbers.Leniency.POSSIBLE):
                e = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                if e not in lab["phones"]:
                    print(f"  {lab['id']} [{reg}] unlabelled match {m.raw_string!r} -> {e} "
                          f"(valid={phonenumbers.is_valid_number(m.number)})", file=sys.stderr)


def main():
    args = [x for x in sys.argv[1:] if not x.startswith("--")]
    out = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus_c.jsonl")
    errors = validate()
    if errors:
        for e in errors:
            print("corpus C error:", e, file=sys.stderr)
        return 1
    if "--check" in sys.argv:
        check_matcher()
    # deterministic posted_at for ads that do not set one (November 2026)
    for i, a in enumerate(ADS):
        if "posted_at" not in a:
            a["posted_at"] = f"2026-11-{1 + (i * 7) % 28:02d}T{8 + (i * 5) % 14:02d}:{(i * 13) % 60:02d}:00Z"
    with open(out, "w", encoding="utf-8") as f:
        for a in ADS:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    n_ph = sum(1 for a in ADS if a["labels"]["phones"])
    n_dis = sum(1 for a in ADS if a["labels"]["disguised_phones"])
    print(f"wrote {len(ADS)} ads to {out}: {n_ph} with phone numbers, {n_dis} with disguised ones",
          file=sys.stderr)
    for code in LABELLED:
        print(f"  {code:18} {sum(1 for a in ADS if a['labels'][code]):3} positive", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
