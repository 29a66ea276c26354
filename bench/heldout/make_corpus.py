#!/usr/bin/env python3
"""Held-out, hand-labelled corpus for adscreen's end-to-end evaluation.

200 invented, non-explicit ads (25 per language: da, en, sv, nb, de, ro, es,
pl) in the documented ad input format (docs/ad-input.schema.json), with the
ground truth in an extra field `labels`. The ads were written blind: without
looking at the indicator lexicons, the phone finder or the existing test data,
the way an outside labeller would write and label them, using the indicator
meanings of DESIGN.md.

Every phone number is fake: libphonenumber example numbers, with only the
trailing digits varied inside the example ranges; each is checked with the
`phonenumbers` package (valid) and recorded as E.164.

Labels per ad:
  lang               ISO 639-1 language of the ad body
  phones             every number in the ad (text and structured field), E.164
  disguised_phones   the subset written in a disguised form in the text
  obfuscated_phone   true iff disguised_phones is non-empty
  third_person, multiple_persons, youth_terms, nationality_stated,
  movement_terms, available_24_7, risky_services, emoji_codes   (booleans)
  shared_phone       computed: a number of this ad appears in another ad
                     under a different name

Usage: python3 bench/heldout/make_corpus.py [OUT.jsonl]
(default: bench/heldout/corpus.jsonl)
"""

import json
import os
import sys

try:
    import phonenumbers
except ImportError:  # pragma: no cover
    sys.exit("needs the phonenumbers package: pip install phonenumbers")

SITE = {
    "da": "nattergal-test",
    "en": "nattergal-test",
    "sv": "natsvale-test",
    "nb": "natsvale-test",
    "de": "kirsebaer-test",
    "ro": "kirsebaer-test",
    "es": "lygte-test",
    "pl": "lygte-test",
}

FLAGS = {
    "tp": "third_person",
    "mp": "multiple_persons",
    "yt": "youth_terms",
    "nat": "nationality_stated",
    "mv": "movement_terms",
    "247": "available_24_7",
    "risky": "risky_services",
    "emo": "emoji_codes",
}

ADS = []


def A(aid, text, ph=(), dis=(), f="", title=None, name=None, age=None, loc=None, pf=None):
    """One ad. ph: E.164 of numbers written plainly (text or structured field);
    dis: E.164 of numbers written disguised in the text; f: flags (see FLAGS);
    pf: raw strings for the structured `phones` field."""
    lang = aid[:2]
    flags = f.split()
    for fl in flags:
        assert fl in FLAGS, (aid, fl)
    ad = {
        "url": f"https://example.invalid/{SITE[lang]}/ad/{aid}",
        "site": SITE[lang],
        "external_id": aid,
        "text": text,
    }
    if title is not None:
        ad["title"] = title
    if name is not None:
        ad["name"] = name
    if age is not None:
        ad["age"] = age
    if loc is not None:
        ad["location"] = loc
    if pf is not None:
        ad["phones"] = list(pf)
    phones = list(dict.fromkeys(list(ph) + list(dis)))
    labels = {"id": aid, "lang": lang, "phones": phones, "disguised_phones": list(dis),
              "obfuscated_phone": bool(dis)}
    for short, code in FLAGS.items():
        labels[code] = short in flags
    ad["labels"] = labels
    ADS.append(ad)


# ---------------------------------------------------------------- Danish (da)
A("da01", "Hej, jeg hedder Sofie og er 29 år. Jeg tilbyder afslappende massage i rolige omgivelser på Østerbro. "
          "Ring eller skriv på 20 12 34 01, så finder vi en tid. Jeg tager mig altid god tid til dig.",
  ph=["+4520123401"], name="Sofie", age=29, loc="København")
A("da02", "Mød Lisa! Hun er sød, smilende og taler både dansk og engelsk. Lisa er 24 år og glæder sig til at møde dig. "
          "Book tid på 32 12 34 02 mellem kl. 10-22.",
  ph=["+4532123402"], f="tp", title="Lisa – diskret og charmerende", name="Lisa", age="24 år", loc="Roskilde")
A("da03", "Vi er tre søde piger i en diskret lejlighed tæt på banegården. Kom forbi og vælg selv, hvem du vil hygge med. "
          "Nye piger hver uge! Parkering lige ved døren.",
  f="mp", title="3 piger i Vejle", loc="Vejle")
A("da04", "Sød og naturlig kvinde på 35 søger hyggelige stunder med pæne mænd. Skriv til mig på tyve tolv fireogtredive fireogfyrre. Kun sms, jeg svarer hurtigt.",
  dis=["+4520123444"], loc="Næstved")
A("da05", "Ung frisk pige, 19 år, helt ny på siden. Jeg er sød, lidt genert og elsker at grine. Ring 20 12 34 05.",
  ph=["+4520123405"], f="yt", name="Mille", age=19, loc="Horsens")
A("da06", "Moden kvinde, 52, ung af sind og glad for livet. Jeg bor i et hyggeligt hus med have og kaffen er altid klar. Ring 32 12 34 06.",
  ph=["+4532123406"], name="Bente", age=52, loc="Silkeborg")
A("da07", "Jeg hedder Camilla og bor i Aarhus. Min veninde anbefalede siden – hun siger, at mændene herinde er høflige. "
          "Jeg tager kun imod alene og kun efter aftale. Skriv til mig her på siden.",
  name="Camilla", loc="Aarhus")
A("da08", "Smuk thailandsk kvinde giver massage i Odense. Jeg har 10 års erfaring og gode hænder. Tlf 32 12 34 08. Pris 500 kr for 30 min.",
  ph=["+4532123408"], f="nat", loc="Odense")
A("da09", "Lækker Julie, 26 år, Aalborg. Ring på 2O l2 34 O9 – kun opkald, ingen sms.",
  dis=["+4520123409"], name="Julie", age=26, loc="Aalborg")
A("da10", "Denne smukke pige er kun i byen få dage. Hun er 22 år, slank og altid i godt humør. Ring 20 12 34 10 og book hende i dag.",
  ph=["+4520123410"], f="tp mv", title="Hot new girl in Copenhagen", loc="København")
A("da11", "Diskret massage døgnet rundt i Herning. Jeg er Nina, 31, og du er altid velkommen – også sent om natten. Skriv en besked her på siden.",
  f="247", name="Nina", age=31, loc="Herning")
A("da12", "Sexet brunette fra Randers 💋 Ring 2️⃣0️⃣1️⃣2️⃣3️⃣4️⃣1️⃣2️⃣",
  dis=["+4520123412"], loc="Randers")
A("da13", "Hyggelig dame søger en gentleman til middag og mere, skriv her på siden.")
A("da14", "Velkommen hos Anne i 2100 København Ø. Åben kl. 10-22 alle hverdage, 1.500,- for en time. "
          "Jeg er 168 cm høj og 38 år. Ferie fra 12.05.2024 til 20.05.2024.",
  name="Anne", age="38 år", loc="København Ø")
A("da15", "Klinikken har fire dygtige massøser, der alle er uddannede og venlige. De glæder sig til at forkæle dig. "
          "Ring +45 20 12 34 15 eller på fastnet 0045 32 12 34 16. Gratis parkering i gården. "
          "Vi har åbent alle ugens dage, og der er altid en, der kan tage imod. Betaling med kort eller MobilePay. Husk at booke i god tid i weekenden.",
  ph=["+4520123415", "+4532123416"], f="mp tp", title="Massageklinik i Glostrup", loc="Glostrup")
A("da16", "Ring til Bella på 20 tolv 34 sytten. Jeg er en blid og rolig kvinde på 41 med sans for detaljer.",
  dis=["+4520123417"], name="Bella", loc="Køge")
A("da17", "Ny ung rumænsk pige i Esbjerg. Hun hedder Ana, er 20 år og meget sød. Kun få dage! Ring 20 12 34 18.",
  ph=["+4520123418"], f="tp yt nat mv", name="Ana", age=20, loc="Esbjerg")
A("da18", "Jeg tilbyder også uden beskyttelse efter aftale. Ring 32 12 34 19 for mere information.",
  ph=["+4532123419"], f="risky", loc="Fredericia")
A("da19", "Alt foregår med beskyttelse – din og min sikkerhed først. Frisklavet kaffe og friske håndklæder står klar, når du kommer. "
          "Jeg er Lone, 47 år, og jeg elsker mit arbejde.",
  ph=["+4520123420"], pf=["20 12 34 20"], name="Lone", age=47, loc="Holstebro")
A("da20", "👑 VIP pige 👑 Eksklusiv escort i Århus. Middage, hotel og rejser. 🍒 Ring 20 12 34 21",
  ph=["+4520123421"], f="emo", loc="Aarhus")
A("da21", "Jeg er en glad kvinde på 40, som elsker at forkæle. Skriv gerne: 20🌸12🌸34🌸22",
  dis=["+4520123422"], loc="Viborg")
A("da22", "Massage og hygge i Kolding ✨ ２０ １２ ３４ ２３",
  dis=["+4520123423"], loc="Kolding")
A("da23", "Hej boys! Jeg er new i Odense og only her til søndag. Super sweet og easy going, kom og sig hej. Call me inden kl. 23.",
  f="mv", loc="Odense")
A("da24", "Jeg er på besøg fra Sverige i en uge og bor på hotel i centrum. Ring +46 70 123 45 91, jeg taler også dansk.",
  ph=["+46701234591"], f="mv", loc="København")
A("da25", "Søde Emma tager imod i Aarhus C. Emma er 27, blond og elsker at hygge sig med sine gæster. Ring og hør nærmere.",
  ph=["+4532123425"], f="tp", pf=["+45 32 12 34 25"], name="Emma", age=27, loc="Aarhus C")

# --------------------------------------------------------------- English (en)
A("en01", "Hi gentlemen, I'm Chloe, 30, an independent companion based in Copenhagen. I enjoy good wine, long conversations and making you feel relaxed. "
          "I never rush and I always remember your name. Call or text 20 12 34 71.",
  ph=["+4520123471"], name="Chloe", age=30, loc="Copenhagen")
A("en02", "She is our newest lady: Victoria, 24, elegant and always smiling. She speaks English and a little Danish. Book her through +45 32 12 34 72.",
  ph=["+4532123472"], f="tp", name="Victoria", age=24, loc="Copenhagen")
A("en03", "We are two close friends who love to meet a gentleman together. Duo bookings welcome, or one of us at a time if you prefer. Send us a message through the site.",
  f="mp", loc="Aarhus")
A("en04", "Curvy brunette in Odense, relaxed and friendly. Text me: two zero, one two, three four, seven four.",
  dis=["+4520123474"], loc="Odense")
A("en05", "Young, fresh and sweet 19 year old, just started. Petite and a little shy but very curious. Call 20 12 34 75.",
  ph=["+4520123475"], f="yt", age=19, loc="Aalborg")
A("en06", "Mature lady, 56, young at heart, offering company and conversation. Available 11am–9pm, 1500 kr per hour.",
  ph=["+4532123476"], pf=["+45 32 12 34 76"], age=56, loc="Copenhagen")
A("en07", "Exotic Asian beauty in Copenhagen, soft skin and a warm smile. Massage and more. Message me here for an appointment.",
  f="nat", loc="Copenhagen")
A("en08", "Visiting from London this week, 28, blonde and bubbly. Call me on O74OO l234O8.",
  dis=["+447400123408"], f="mv", age=28, loc="Copenhagen")
A("en09", "Gorgeous Amber receives in Aalborg. Amber is 26, slim and loves to pamper every guest. Call 20 12 34 79 to book.",
  ph=["+4520123479"], f="tp", name="Amber", age=26, loc="Aalborg")
A("en10", "Available 24/7, weekends included. Discreet outcalls across Copenhagen and the airport hotels. +45 20 12 34 80",
  ph=["+4520123480"], f="247", loc="Copenhagen")
A("en11", "Visiting from Oslo for a few days, staying at a hotel near the central station. Call +47 406 12 381.",
  ph=["+4740612381"], f="mv", loc="Copenhagen")
A("en12", "Sweet redhead in Frederiksberg 💕 Call 📞 +4️⃣5️⃣ 2️⃣0️⃣1️⃣2️⃣3️⃣4️⃣8️⃣2️⃣",
  dis=["+4520123482"], loc="Frederiksberg")
A("en13", "Our girls are all between 21 and 30 and can't wait to meet you. New girls every week! Reception: +45 32 12 34 83.",
  ph=["+4532123483"], f="mp tp", title="Elite Companions CPH", loc="Copenhagen")
A("en14", "Hi, I'm Marisol. I speak Spanish, English and some Danish. Relaxing massage in Vesterbro, 500 kr for 30 min. Message me through the site.",
  name="Marisol", loc="Vesterbro")
A("en15", "🍒 Sweet cherry 🍒 on this site for the first time. Text only 20 12 34 85",
  ph=["+4520123485"], f="emo", loc="Odense")
A("en16", "New in town! Only this week in Aarhus. Call: 2 0 – 1 2 – 3 4 – 8 6",
  dis=["+4520123486"], f="mv", loc="Aarhus")
A("en17", "Natural services for the right gentleman, no protection needed. Ask me about it on +45 20 12 34 87.",
  ph=["+4520123487"], f="risky", loc="Kolding")
A("en18", "Available from 12.05.2024 to 19.05.2024 at 2100 København Ø. 170 cm, 58 kg, 34 years. 2000 kr for two hours, 1.500,- for one.",
  ph=["+4520123488"], pf=["20 12 34 88"], age=34, loc="København Ø")
A("en19", "Hi, I'm Sophie, a friendly independent girl in London Bridge. Incalls only, call 07400 123489. No withheld numbers please.",
  ph=["+447400123489"], name="Sophie", loc="London")
A("en20", "Curvy blonde in Roskilde. Call ＋４５ ２０ １２ ３４ ９０",
  dis=["+4520123490"], loc="Roskilde")
A("en21", "A true pearl: Bella, 25, dark hair and a warm smile. She is waiting for your call. Ask for her at reception.",
  f="tp", name="Bella", age=25, loc="Copenhagen")
A("en22", "I'm Hannah. My friend recommended this site – she says the men here are respectful. I only see gentlemen on my own, never in groups. Use the contact form on this page.",
  name="Hannah", loc="Aarhus")
A("en23", "Clean flat, fresh towels and fresh coffee. I'm Kate, 45, and I love what I do. Incalls in a quiet street near the harbour.",
  ph=["+447400123493"], pf=["+44 7400 123493"], name="Kate", age=45, loc="Esbjerg")
A("en24", "Sensual massage in Helsingør with warm oils and soft music. Text me on 20 twelve 34 ninety-four.",
  dis=["+4520123494"], loc="Helsingør")
A("en25", "Meet Daria, a young Ukrainian girl who just arrived in Copenhagen. She is 20, slim and very sweet. "
          "She only stays a few days, so call now: 20 12 34 95. Her friend Irina is also available for duo.",
  ph=["+4520123495"], f="tp yt nat mv mp", name="Daria", age=20, loc="Copenhagen")

# --------------------------------------------------------------- Swedish (sv)
A("sv01", "Hej! Jag heter Elin, 28 år, och tar emot i en lugn lägenhet på Södermalm. Ring mig på 070-123 45 01. Välkommen!",
  ph=["+46701234501"], name="Elin", age=28, loc="Stockholm")
A("sv02", "Hon är ny hos oss och heter Mira. Hon är 23 år, glad och pratar både svenska och engelska. Boka via 08-12 34 02.",
  ph=["+468123402"], f="tp", name="Mira", age=23, loc="Stockholm")
A("sv03", "Vi är två tjejer som gärna träffar dig tillsammans. Duo eller en i taget, du väljer. Skriv till oss här på sidan.",
  f="mp", loc="Malmö")
A("sv04", "Mogen kvinna i Malmö, diskret och trevlig. Ring mig: noll sju noll – ett två tre – fyra fem – noll fyra.",
  dis=["+46701234504"], loc="Malmö")
A("sv05", "Ung och fräsch tjej, 20 år, i Göteborg. Jag är nyfiken och bjuder gärna på mig själv. +46 70 123 45 05",
  ph=["+46701234505"], f="yt", age=20, loc="Göteborg")
A("sv06", "Glad 50-åring, ung i själen, erbjuder massage och samtal. Tid: kl. 12-20. Pris 800 kr/timme.",
  loc="Uppsala")
A("sv07", "Vacker latina från Colombia, bor i Stockholm sedan fem år. Jag pratar spanska och lite svenska. Skicka ett meddelande här.",
  f="nat", loc="Stockholm")
A("sv08", "Trevliga Hanna, 33, i Lund. Skicka sms till O7O-l23 4S O8",
  dis=["+46701234508"], name="Hanna", age=33, loc="Lund")
A("sv09", "Sofia tar emot i Uppsala. Sofia är 30 år och älskar att skämma bort sina gäster. Boka en tid redan idag.",
  f="tp", name="Sofia", age=30, loc="Uppsala")
A("sv10", "Tillgänglig dygnet runt i Helsingborg! Ring eller sms:a 0046 70 123 45 10",
  ph=["+46701234510"], f="247", loc="Helsingborg")
A("sv11", "Besöker Stockholm från Oslo bara några dagar, bor på hotell nära centralen. Ring +46 70 123 45 11",
  ph=["+46701234511"], f="mv", loc="Stockholm")
A("sv12", "Söt blondin med glimten i ögat, Västerås. Ring 0️⃣7️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣1️⃣2️⃣ 💕",
  dis=["+46701234512"], loc="Västerås")
A("sv13", "Våra tjejer är alla mellan 21 och 30 år och väntar på dig. Nya tjejer varje vecka! Ring receptionen 08-12 34 13.",
  ph=["+468123413"], f="mp tp", loc="Stockholm")
A("sv14", "Trevlig kvinna söker snälla män, skriv här.")
A("sv15", "Hej guys! Jag är en sweet svensk tjej med fina kurvor. Always discreet, always on time. Ring 070-123 45 15",
  ph=["+46701234515"], f="nat", title="Sweet Swedish girl", loc="Göteborg")
A("sv16", "Ny i Göteborg! Bara denna vecka. Ring: 0.7.0.1.2.3.4.5.1.6",
  dis=["+46701234516"], f="mv", loc="Göteborg")
A("sv17", "Jag erbjuder även utan skydd för rätt person. Sms 070 123 45 17.",
  ph=["+46701234517"], f="risky", loc="Jönköping")
A("sv18", "Jag är ledig 12.05.2024–19.05.2024. Finns i 211 45 Malmö, 165 cm, 58 kg. Pris 1500 kr.",
  ph=["+46701234518"], pf=["070-123 45 18"], loc="Malmö")
A("sv19", "Massage 🌹🌹 = 1 timme. Söt tjej i Linköping som gärna bjuder på kaffe. Ring 070 123 45 19",
  ph=["+46701234519"], f="emo", loc="Linköping")
A("sv20", "Kurvig kvinna i Gävle, varm och omtänksam. Ring ０７０-１２３ ４５ ２０",
  dis=["+46701234520"], loc="Gävle")
A("sv21", "Hon heter Lina och är en riktig pärla. Hon är 25, blond och har ett varmt leende. Hon bor i Örebro och tar emot på dagtid. "
          "Hennes lägenhet är ren och diskret. Ring 070-123 45 21 och fråga efter Lina.",
  ph=["+46701234521"], f="tp", name="Lina", age=25, loc="Örebro")
A("sv22", "Jag heter Amanda. Min syster bor också här i stan, men hon har inget med det här att göra. Jag tar bara emot ensam. Kontakta mig via sidan.",
  name="Amanda", loc="Umeå")
A("sv23", "Rent och fräscht, alltid nytvättade handdukar. Jag är Karin, 44 år, och jag tar det lugnt. 08-12 34 23",
  ph=["+468123423"], name="Karin", age=44, loc="Stockholm")
A("sv24", "Kurvig kvinna i Norrköping. Ring 070 ett två tre 45 två fyra",
  dis=["+46701234524"], loc="Norrköping")
A("sv25", "Jag har precis fyllt 18 och har just börjat annonsera. Jag är liten, söt och lite blyg. Ring 070 123 45 25.",
  ph=["+46701234525"], f="yt", age=18, loc="Karlstad")

# ------------------------------------------------------------- Norwegian (nb)
A("nb01", "Hei! Jeg heter Ingrid, 31 år, og tar imot i rolige omgivelser på Grünerløkka. Ring meg på +47 406 12 301. Velkommen skal du være.",
  ph=["+4740612301"], name="Ingrid", age=31, loc="Oslo")
A("nb02", "Hun er ny hos oss og heter Tiril. Hun er 24 år, blid og snakker norsk og engelsk. Ring 0047 406 12 302 for avtale.",
  ph=["+4740612302"], f="tp", name="Tiril", age=24, loc="Oslo")
A("nb03", "Vi er to hyggelige jenter i Bergen som gjerne møter deg sammen. Send oss en melding her, så avtaler vi noe koselig.",
  f="mp", loc="Bergen")
A("nb04", "Moden dame i Stavanger, diskret og varm. Ring meg på +47 fire null seks – en to – tre null fire.",
  dis=["+4740612304"], loc="Stavanger")
A("nb05", "Ung og frisk jente, 20 år, i Trondheim. Jeg er søt og litt sjenert, men veldig nysgjerrig. +47 406 12 305",
  ph=["+4740612305"], f="yt", age=20, loc="Trondheim")
A("nb06", "Blid dame på 55, ung til sinns og glad i livet. Åpent kl. 11-21. 1.500,- per time.",
  ph=["+4721234506"], pf=["+47 21 23 45 06"], age=55, loc="Oslo")
A("nb07", "Vakker brasiliansk kvinne i Oslo sentrum. Jeg har myk hud og et stort smil. Kontakt meg gjennom siden.",
  f="nat", loc="Oslo")
A("nb08", "Hyggelige Hanne, 33, Drammen. SMS til +47 4O6 l2 3O8",
  dis=["+4740612308"], name="Hanne", age=33, loc="Drammen")
A("nb09", "Søte Nora tar imot i Tromsø. Nora er 26 år, slank og elsker å kose seg med gjestene sine. Send en melding her på siden.",
  f="tp", name="Nora", age=26, loc="Tromsø")
A("nb10", "Tilgjengelig døgnet rundt i Oslo, også i helgene. Ring 0047 406 12 310.",
  ph=["+4740612310"], f="247", loc="Oslo")
A("nb11", "Jeg er på besøk fra Danmark i noen dager og bor på hotell i Bergen. Ring +45 20 12 34 61.",
  ph=["+4520123461"], f="mv", loc="Bergen")
A("nb12", "Lekker blondine i Kristiansand 💕 Ring +4️⃣7️⃣ 4️⃣0️⃣6️⃣1️⃣2️⃣3️⃣1️⃣2️⃣",
  dis=["+4740612312"], loc="Kristiansand")
A("nb13", "Våre jenter er mellom 21 og 29 år og venter på deg. Nye jenter hver uke! Ring resepsjonen på +47 21 23 45 13.",
  ph=["+4721234513"], f="mp tp", loc="Oslo")
A("nb14", "Hyggelig kvinne søker snille menn, send meg en melding her på siden.")
A("nb15", "Hei guys! Jeg er en sweet norsk jente med deilige kurver. Always discreet. Ring +47 406 12 315.",
  ph=["+4740612315"], f="nat", title="Sweet Norwegian girl", loc="Oslo")
A("nb16", "Ny i Oslo! Bare denne uken. Ring +47 406 ✨ 12 ✨ 316",
  dis=["+4740612316"], f="mv", loc="Oslo")
A("nb17", "Jeg tilbyr også uten beskyttelse for riktig person. Ring +47 406 12 317.",
  ph=["+4740612317"], f="risky", loc="Sandnes")
A("nb18", "Ledig fra 12.05.2024 til 19.05.2024. Jeg holder til i 0150 Oslo, er 170 cm og 29 år. Pris 2000 kr.",
  ph=["+4740612318"], pf=["+47 406 12 318"], age=29, loc="Oslo")
A("nb19", "👑 VIP escort i Oslo 👑 Eksklusiv og diskret, middag og hotell. 🍒 Ring +47 406 12 319",
  ph=["+4740612319"], f="emo", loc="Oslo")
A("nb20", "Kurvete kvinne i Fredrikstad. Ring ＋４７ ４０６ １２ ３２０",
  dis=["+4740612320"], loc="Fredrikstad")
A("nb21", "Hun heter Sara og er en ekte perle. Hun er 25, ung og mørkhåret og har et varmt smil. Hun bor i Bodø og tar imot på dagtid. Ring +47 406 12 321.",
  ph=["+4740612321"], f="tp yt", name="Sara", age=25, loc="Bodø")
A("nb22", "Jeg heter Marte. Venninnen min jobber også her i byen, men hun annonserer selv. Jeg tar bare imot alene. Send meg en melding her.",
  name="Marte", loc="Hamar")
A("nb23", "Rent og ryddig, alltid friske håndklær og kaffe. Jeg er Kari, 46 år, og tar det med ro. Ring +47 21 23 45 23.",
  ph=["+4721234523"], name="Kari", age=46, loc="Oslo")
A("nb24", "Kurvete kvinne i Ålesund. Ring +47 406 tolv 324.",
  dis=["+4740612324"], loc="Ålesund")
A("nb25", "Jeg har akkurat fylt 18 og begynner nå å annonsere. Jeg er liten og søt. Ring 406 12 326.",
  ph=["+4740612326"], f="yt", age=18, loc="Oslo")

# ---------------------------------------------------------------- German (de)
A("de01", "Hallo, ich bin Lena, 29, und empfange dich in meiner gemütlichen Wohnung in Berlin-Friedrichshain. "
          "Ich nehme mir Zeit, lache gern und mag ehrliche Menschen. Bei mir gibt es keinen Stress und keine Uhr an der Wand. "
          "Duschen ist selbstverständlich möglich. Bitte ruf nicht mit unterdrückter Nummer an. Ruf mich an: 0151 23456701.",
  ph=["+4915123456701"], name="Lena", age=29, loc="Berlin")
A("de02", "Sie ist neu bei uns: Mia, 23 Jahre, charmant und gepflegt. Sie spricht Deutsch und Englisch. Termine unter 030 123402.",
  ph=["+4930123402"], f="tp", name="Mia", age=23, loc="Berlin")
A("de03", "Wir sind zwei nette Freundinnen und verwöhnen dich gern zu zweit. Schreib uns über das Kontaktformular.",
  f="mp", loc="Hamburg")
A("de04", "Reife Frau in Hamburg, diskret und herzlich. Ruf mich an: null eins fünf eins – zwei drei vier fünf sechs sieben null vier.",
  dis=["+4915123456704"], loc="Hamburg")
A("de05", "Junges, frisches Girl, 19 Jahre, ganz neu hier in Köln. Ich bin süß und ein bisschen schüchtern. 0151 23456705",
  ph=["+4915123456705"], f="yt mv", age=19, loc="Köln")
A("de06", "Junggebliebene Dame, 54, lebensfroh und gebildet. Termine Mo–Fr 10–20 Uhr. 150 €/Std.",
  ph=["+4930123406"], pf=["030 123406"], age=54, loc="Berlin")
A("de07", "Heiße Latina aus Kolumbien, lebe seit Jahren in München. Ich spreche Spanisch und etwas Deutsch. Kontakt nur über die Seite.",
  f="nat", loc="München")
A("de08", "Zärtliche Massage in Mainz. WhatsApp: O1S1 2345 67O8",
  dis=["+4915123456708"], loc="Mainz")
A("de09", "Die junge, bezaubernde Anna empfängt in Frankfurt. Anna ist 27, schlank und liebt es, zu verwöhnen. Tel. +49 151 23456709.",
  ph=["+4915123456709"], f="tp yt", name="Anna", age=27, loc="Frankfurt")
A("de10", "Rund um die Uhr erreichbar, auch am Wochenende! Diskrete Massage in Stuttgart. 0049 1512 3456710",
  ph=["+4915123456710"], f="247", loc="Stuttgart")
A("de11", "Ich bin aus Wien zu Besuch und nur bis Sonntag in Düsseldorf. Ruf an: +49 151 23456711",
  ph=["+4915123456711"], f="mv", loc="Düsseldorf")
A("de12", "Süße Brünette in Leipzig 💋 📞 0️⃣1️⃣5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣1️⃣2️⃣",
  dis=["+4915123456712"], loc="Leipzig")
A("de13", "Unsere Damen sind zwischen 21 und 35 Jahre alt und freuen sich auf dich. Jede Woche neue Girls! Rezeption: 030 123413.",
  ph=["+4930123413"], f="mp tp", title="Club Rosengarten", loc="Berlin")
A("de14", "Nette Frau sucht nette Männer, schreib mir hier.")
A("de15", "Hey Boys! Ich bin eine echte deutsche Blondine mit tollen Kurven. Always discreet. Call 0151 23456715.",
  ph=["+4915123456715"], f="nat", title="Sexy German blonde", loc="Hannover")
A("de16", "Neu in Hannover! Nur diese Woche. Tel: 0 1 5 1 / 2 3 4 5 6 7 1 6",
  dis=["+4915123456716"], f="mv", loc="Hannover")
A("de17", "Ich biete auch ohne Gummi an, nach Absprache. Schreib mir hier auf der Seite.",
  f="risky", loc="Bochum")
A("de18", "Ich bin vom 12.05.2024 bis 19.05.2024 da. Adresse: 10115 Berlin-Mitte, 172 cm, 60 kg. 200 €/h, 1.500,- für die Nacht.",
  ph=["+4915123456718"], pf=["+49 151 23456718"], loc="Berlin")
A("de19", "🍒 Junge Kirsche 🍒 in Dortmund. Nur Hausbesuche, nur nach Termin. 0151 23456719",
  ph=["+4915123456719"], f="emo yt", loc="Dortmund")
A("de20", "Kurvige Frau in Bremen, warmherzig und geduldig. Tel. ０１５１ ２３４５６７２０",
  dis=["+4915123456720"], loc="Bremen")
A("de21", "Sie heißt Nele und ist eine echte Perle. Sie ist 25, dunkelhaarig und hat ein warmes Lächeln. Besuche sind nur nach Absprache möglich.",
  f="tp", name="Nele", age=25, loc="Kiel")
A("de22", "Ich bin Jana. Meine Freundin arbeitet auch hier in der Stadt, aber sie inseriert selbst. Ich empfange nur allein. Schreib mir eine Nachricht hier.",
  name="Jana", loc="Dresden")
A("de23", "Saubere Räume, frische Handtücher und Kaffee stehen bereit. Ich bin Karin, 46, und mag es ruhig und respektvoll.",
  ph=["+4930123423"], pf=["030 123423"], name="Karin", age=46, loc="Berlin")
A("de24", "Sinnliche Massage in Nürnberg, ruf an: 0151 zwei drei vier fünf sechs sieben 24",
  dis=["+4915123456724"], loc="Nürnberg")
A("de25", "Ich spreche Deutsch, Englisch und Polnisch. Erfahrene Masseurin in Essen, 38 Jahre, mit eigener Praxis. +49 (0)151 23456725",
  ph=["+4915123456725"], age=38, loc="Essen")

# -------------------------------------------------------------- Romanian (ro)
A("ro01", "Bună, sunt Andreea, am 27 de ani și te aștept într-un apartament discret în București. Sună-mă la 0712 034 501.",
  ph=["+40712034501"], name="Andreea", age=27, loc="București")
A("ro02", "Ea este Ioana, o fată tânără, nouă la noi. Are 23 de ani, este dulce și vorbește română și engleză. Programări la +40 712 034 502.",
  ph=["+40712034502"], f="tp yt", name="Ioana", age=23, loc="București")
A("ro03", "Suntem două prietene simpatice și te așteptăm împreună. Scrie-ne aici pe site.",
  f="mp", loc="Cluj-Napoca")
A("ro04", "Doamnă matură în Cluj, discretă și caldă. Sună-mă: zero șapte unu doi, zero trei patru, cinci zero patru.",
  dis=["+40712034504"], loc="Cluj-Napoca")
A("ro05", "Tânără și proaspătă, 19 ani, sunt nouă în Timișoara. Sunt dulce și puțin timidă. 0712 034 505",
  ph=["+40712034505"], f="yt mv", age=19, loc="Timișoara")
A("ro06", "Doamnă de 52 de ani, tânără la suflet și veselă. Program 10-22. 300 lei/oră.",
  ph=["+40712034506"], pf=["0712 034 506"], age=52, loc="Iași")
A("ro07", "Frumoasă braziliancă în Iași, cu pielea bronzată și zâmbet cald. Vorbesc portugheză și engleză. Trimite-mi un mesaj aici.",
  f="nat", loc="Iași")
A("ro08", "Simpatica Maria, 30 de ani, Constanța. Sună la O7l2 O34 SO8",
  dis=["+40712034508"], name="Maria", age=30, loc="Constanța")
A("ro09", "Alina primește în Brașov. Are 26 de ani, este suplă și îi place să răsfețe. Scrie-i un mesaj aici pe site.",
  f="tp", name="Alina", age=26, loc="Brașov")
A("ro10", "Disponibilă non-stop, inclusiv în weekend! Masaj discret în Sibiu. 0040 712 034 510",
  ph=["+40712034510"], f="247", loc="Sibiu")
A("ro11", "Sunt în vizită din Italia doar câteva zile, cazată la hotel în Oradea. Sună la +40 712 034 511",
  ph=["+40712034511"], f="mv", loc="Oradea")
A("ro12", "Brunetă senzuală în Craiova 💋 ☎️ 0️⃣7️⃣1️⃣2️⃣0️⃣3️⃣4️⃣5️⃣1️⃣2️⃣",
  dis=["+40712034512"], loc="Craiova")
A("ro13", "Fetele noastre au între 20 și 30 de ani și te așteaptă. Fete noi în fiecare săptămână! Recepția: 0712 034 513.",
  ph=["+40712034513"], f="mp tp", loc="București")
A("ro14", "Doamnă drăguță caută domni politicoși, scrie-mi aici.")
A("ro15", "Hello boys! Sunt o fată sexy din România, cu curbe frumoase. Always discreet. Call me 0712 034 515.",
  ph=["+40712034515"], f="nat", title="Hot Romanian girl", loc="București")
A("ro16", "Nouă în Galați! Doar săptămâna asta. Sună: 0-7-1-2-0-3-4-5-1-6",
  dis=["+40712034516"], f="mv", loc="Galați")
A("ro17", "Ofer și fără prezervativ, la cerere. Sună la 0712 034 517.",
  ph=["+40712034517"], f="risky", loc="Arad")
A("ro18", "Sunt disponibilă între 12.05.2024 și 19.05.2024. Zona 010011 București, 168 cm, 55 kg. 400 lei/oră.",
  ph=["+40712034518"], pf=["+40 712 034 518"], loc="București")
A("ro19", "👑 Escortă VIP în București 👑 Exclusivistă și discretă. 🍒 0712 034 519",
  ph=["+40712034519"], f="emo", loc="București")
A("ro20", "Femeie cu forme în Ploiești, caldă și răbdătoare. Telefon: ０７１２ ０３４ ５２０",
  dis=["+40712034520"], loc="Ploiești")
A("ro21", "Ea se numește Elena și este o adevărată perlă. Ea are 25 de ani, păr negru și un zâmbet cald. "
          "Primește doar cu programare, într-un apartament curat. Sună la 0712 034 521 și întreabă de Elena.",
  ph=["+40712034521"], f="tp", name="Elena", age=25, loc="Pitești")
A("ro22", "Sunt Diana. Prietena mea lucrează și ea în oraș, dar își pune singură anunțurile. Eu primesc doar singură. Contactează-mă prin site.",
  name="Diana", loc="Bacău")
A("ro23", "Curățenie, prosoape proaspete și cafea te așteaptă. Sunt Carmen, 44 de ani, și îmi place liniștea.",
  ph=["+40712034523"], pf=["0712 034 523"], name="Carmen", age=44, loc="Suceava")
A("ro24", "Masaj relaxant în Buzău. Sună la 0712 zero trei patru cinci doi patru",
  dis=["+40712034524"], loc="Buzău")
A("ro25", "Fată româncă nouă în Copenhaga, doar câteva zile! Are 21 de ani și este foarte drăguță. Sunați la 20 12 34 62.",
  ph=["+4520123462"], f="tp nat mv", age=21, loc="København")

# --------------------------------------------------------------- Spanish (es)
A("es01", "Hola, soy Lucía, tengo 28 años y te recibo en un piso discreto en Madrid. Llámame al 612 34 56 01.",
  ph=["+34612345601"], name="Lucía", age=28, loc="Madrid")
A("es02", "Ella es Carla, nueva en nuestra agencia. Tiene 23 años, es jovencita, muy dulce y habla español e inglés. Citas al +34 612 34 56 02.",
  ph=["+34612345602"], f="tp yt", name="Carla", age=23, loc="Madrid")
A("es03", "Somos dos amigas muy simpáticas y te esperamos juntas. Escríbenos por la web.",
  f="mp", loc="Barcelona")
A("es04", "Señora madura en Sevilla, discreta y cariñosa. Llámame: seis uno dos, tres cuatro, cinco seis, cero cuatro.",
  dis=["+34612345604"], loc="Sevilla")
A("es05", "Jovencita fresca de 19 años, recién llegada a Valencia. Soy dulce y un poco tímida. 612 34 56 05",
  ph=["+34612345605"], f="yt mv", age=19, loc="Valencia")
A("es06", "Señora de 53 años, joven de espíritu y muy alegre. Horario de 10 a 22 h. 80 €/hora.",
  ph=["+34612345606"], pf=["612 34 56 06"], age=53, loc="Madrid")
A("es07", "Preciosa brasileña en Barcelona, piel morena y sonrisa cálida. Hablo portugués y español. Contáctame por aquí.",
  f="nat", loc="Barcelona")
A("es08", "Simpática Marta, 31 años, Málaga. Llama al 6l2 34 S6 O8",
  dis=["+34612345608"], name="Marta", age=31, loc="Málaga")
A("es09", "Paula recibe en Bilbao. Tiene 26 años, es delgada y le encanta consentir. Escríbele por la web.",
  f="tp", name="Paula", age=26, loc="Bilbao")
A("es10", "Disponible 24 horas, también fines de semana. Masaje discreto en Zaragoza. 0034 612 34 56 10",
  ph=["+34612345610"], f="247", loc="Zaragoza")
A("es11", "Estoy de visita desde Francia solo unos días, alojada en un hotel en Alicante. Llámame al +34 612 34 56 11",
  ph=["+34612345611"], f="mv", loc="Alicante")
A("es12", "Morena sensual en Granada 💋 📱 6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣1️⃣2️⃣",
  dis=["+34612345612"], loc="Granada")
A("es13", "Nuestras chicas tienen entre 20 y 30 años y te esperan. ¡Chicas nuevas cada semana! Recepción: 612 34 56 13.",
  ph=["+34612345613"], f="mp tp", loc="Madrid")
A("es14", "Mujer agradable busca caballeros educados, escríbeme aquí.")
A("es15", "Hello boys! Soy una latina muy sexy, con curvas bonitas. Always discreet. Call me 612 34 56 15.",
  ph=["+34612345615"], f="nat", title="Hot Latina in Madrid", loc="Madrid")
A("es16", "¡Nueva en Murcia! Solo esta semana. Llama: 6.1.2.3.4.5.6.1.6",
  dis=["+34612345616"], f="mv", loc="Murcia")
A("es17", "También ofrezco sin preservativo, según acuerdo. WhatsApp 612 34 56 17.",
  ph=["+34612345617"], f="risky", loc="Cádiz")
A("es18", "Estoy disponible del 12.05.2024 al 19.05.2024. Zona 28013 Madrid Centro, 165 cm, 55 kg. 200 €/h.",
  ph=["+34612345618"], pf=["+34 612 34 56 18"], loc="Madrid")
A("es19", "👑 Escort VIP en Marbella 👑 Exclusiva y discreta. 🍒 612 34 56 19",
  ph=["+34612345619"], f="emo", loc="Marbella")
A("es20", "Mujer con curvas en Valladolid, cálida y paciente. Tel: ６１２ ３４ ５６ ２０",
  dis=["+34612345620"], loc="Valladolid")
A("es21", "Ella se llama Elena y es una auténtica joya. Ella tiene 25 años, pelo negro y una sonrisa cálida. "
          "Recibe solo con cita previa en un piso limpio y tranquilo. Llama al 612 34 56 21 y pregunta por Elena.",
  ph=["+34612345621"], f="tp", name="Elena", age=25, loc="Salamanca")
A("es22", "Soy Noelia. Mi amiga también trabaja en la ciudad, pero ella pone sus propios anuncios. Yo recibo sola. Hablo español e inglés. Escríbeme un mensaje aquí.",
  name="Noelia", loc="Valencia")
A("es23", "Toallas limpias y frescas, café y ambiente tranquilo. Soy Carmen, 45 años, y me gusta tomarme mi tiempo.",
  ph=["+34612345623"], pf=["612 34 56 23"], name="Carmen", age=45, loc="Toledo")
A("es24", "Masaje sensual en Córdoba, llama al 612 treinta y cuatro 56 veinticuatro",
  dis=["+34612345624"], loc="Córdoba")
A("es25", "Chica española nueva en Copenhague, ¡solo unos días! Tiene 22 años y es muy cariñosa. Llamar al +45 20 12 34 63.",
  ph=["+4520123463"], f="tp nat mv", age=22, loc="København")

# ---------------------------------------------------------------- Polish (pl)
A("pl01", "Cześć, jestem Kasia, mam 27 lat i zapraszam do dyskretnego mieszkania w Warszawie. Zadzwoń: 512 345 601.",
  ph=["+48512345601"], name="Kasia", age=27, loc="Warszawa")
A("pl02", "Ona jest nowa w naszej agencji – Ola, 23 lata, młoda, urocza i zadbana. Mówi po polsku i angielsku. Rezerwacje: +48 512 345 602.",
  ph=["+48512345602"], f="tp yt", name="Ola", age=23, loc="Warszawa")
A("pl03", "Jesteśmy dwiema sympatycznymi przyjaciółkami i zapraszamy razem. Napisz do nas przez stronę.",
  f="mp", loc="Kraków")
A("pl04", "Dojrzała pani w Krakowie, dyskretna i ciepła. Zadzwoń: pięć jeden dwa, trzy cztery pięć, sześć zero cztery.",
  dis=["+48512345604"], loc="Kraków")
A("pl05", "Młoda, świeża dziewczyna, 19 lat, nowa w Gdańsku. Jestem słodka i trochę nieśmiała. 512 345 605",
  ph=["+48512345605"], f="yt mv", age=19, loc="Gdańsk")
A("pl06", "Pani 54 lata, młoda duchem i pogodna. Przyjmuję od 10 do 22. 300 zł/godz.",
  ph=["+48512345606"], pf=["512 345 606"], age=54, loc="Lublin")
A("pl07", "Piękna Brazylijka we Wrocławiu, śniada cera i ciepły uśmiech. Mówię po portugalsku i angielsku. Kontakt przez formularz.",
  f="nat", loc="Wrocław")
A("pl08", "Sympatyczna Marta, 31 lat, Poznań. Dzwoń: S12 34S 6O8",
  dis=["+48512345608"], name="Marta", age=31, loc="Poznań")
A("pl09", "Natalia przyjmuje w Łodzi. Ma 26 lat, jest szczupła i uwielbia rozpieszczać. Napisz do niej przez stronę.",
  f="tp", name="Natalia", age=26, loc="Łódź")
A("pl10", "Dostępna całą dobę, także w weekendy! Dyskretny masaż w Katowicach. 0048 512 345 610",
  ph=["+48512345610"], f="247", loc="Katowice")
A("pl11", "Jestem z wizytą z Niemiec tylko na kilka dni, mieszkam w hotelu w Szczecinie. Zadzwoń: +48 512 345 611",
  ph=["+48512345611"], f="mv", loc="Szczecin")
A("pl12", "Zmysłowa brunetka w Lublinie 💋 📞 5️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣1️⃣2️⃣",
  dis=["+48512345612"], loc="Lublin")
A("pl13", "Nasze dziewczyny mają od 20 do 30 lat i czekają na Ciebie. Nowe dziewczyny co tydzień! Recepcja: 512 345 613.",
  ph=["+48512345613"], f="mp tp", loc="Warszawa")
A("pl14", "Miła kobieta szuka kulturalnych panów, napisz do mnie tutaj.")
A("pl15", "Hello boys! Jestem seksowną Polką z pięknymi krągłościami. Always discreet. Call me 512 345 615.",
  ph=["+48512345615"], f="nat", title="Sexy Polish girl", loc="Warszawa")
A("pl16", "Nowa w Bydgoszczy! Tylko w tym tygodniu. Dzwoń: 5 1 2 3 4 5 6 1 6",
  dis=["+48512345616"], f="mv", loc="Bydgoszcz")
A("pl17", "Oferuję też bez zabezpieczenia, po uzgodnieniu. SMS: 512 345 617.",
  ph=["+48512345617"], f="risky", loc="Toruń")
A("pl18", "Jestem dostępna od 12.05.2024 do 19.05.2024. Okolice 00-001 Warszawa, 168 cm, 55 kg. 400 zł/h.",
  ph=["+48512345618"], pf=["+48 512 345 618"], loc="Warszawa")
A("pl19", "👑 Escort VIP w Sopocie 👑 Ekskluzywnie i dyskretnie. 🍒 512 345 619",
  ph=["+48512345619"], f="emo", loc="Sopot")
A("pl20", "Kobieta z krągłościami w Rzeszowie, ciepła i cierpliwa. Tel. ５１２ ３４５ ６２０",
  dis=["+48512345620"], loc="Rzeszów")
A("pl21", "Ona ma na imię Ewa i jest prawdziwą perłą. Ma 25 lat, ciemne włosy i ciepły uśmiech. "
          "Przyjmuje tylko po wcześniejszym umówieniu, w czystym mieszkaniu. Zadzwoń: 512 345 621 i zapytaj o Ewę.",
  ph=["+48512345621"], f="tp", name="Ewa", age=25, loc="Olsztyn")
A("pl22", "Jestem Monika. Moja przyjaciółka też pracuje w mieście, ale ona sama daje ogłoszenia. Ja przyjmuję tylko sama. Napisz do mnie tutaj.",
  name="Monika", loc="Opole")
A("pl23", "Czyste ręczniki, świeża kawa i spokojna atmosfera. Jestem Beata, 45 lat, i lubię spokój.",
  ph=["+48512345623"], pf=["512 345 623"], name="Beata", age=45, loc="Kielce")
A("pl24", "Masaż relaksacyjny w Gdyni, zadzwoń: 512 trzysta czterdzieści pięć 624",
  dis=["+48512345624"], loc="Gdynia")
A("pl25", "Polska dziewczyna nowa w Kopenhadze, tylko kilka dni! Ma 22 lata i jest bardzo miła. Dzwonić: 20 12 34 64.",
  ph=["+4520123464"], f="tp nat mv", age=22, loc="København")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    ids = [a["labels"]["id"] for a in ADS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    bad = []
    owners = {}
    for ad in ADS:
        lab = ad["labels"]
        for e in lab["phones"]:
            n = phonenumbers.parse(e, None)
            if not phonenumbers.is_valid_number(n) or phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != e:
                bad.append((lab["id"], e))
            owners.setdefault(e, []).append(ad)
    if bad:
        sys.exit(f"invalid numbers: {bad}")
    # shared_phone: a number of this ad is in another ad under another name
    for ad in ADS:
        shared = False
        for e in ad["labels"]["phones"]:
            for other in owners[e]:
                if other is not ad and other.get("name") != ad.get("name"):
                    shared = True
        ad["labels"]["shared_phone"] = shared
    dup = {e: [a["labels"]["id"] for a in v] for e, v in owners.items() if len(v) > 1}
    with open(out, "w", encoding="utf-8") as f:
        for ad in ADS:
            f.write(json.dumps(ad, ensure_ascii=False) + "\n")
    n = len(ADS)
    with_ph = sum(1 for a in ADS if a["labels"]["phones"])
    with_dis = sum(1 for a in ADS if a["labels"]["disguised_phones"])
    per_lang = {}
    for a in ADS:
        per_lang[a["labels"]["lang"]] = per_lang.get(a["labels"]["lang"], 0) + 1
    print(f"wrote {n} ads to {out}: {per_lang}; with phones {with_ph} ({with_ph / n:.0%}), "
          f"disguised {with_dis} ({with_dis / n:.0%}); numbers in several ads: {dup or 'none'}", file=sys.stderr)
    counts = {c: sum(1 for a in ADS if a["labels"][c]) for c in list(FLAGS.values()) + ["shared_phone"]}
    print(f"positives per indicator: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
