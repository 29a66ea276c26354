#!/usr/bin/env python3
"""Generates eval_ads.jsonl: invented, non-explicit ads in 8 languages with
labels for the per-ad indicators. Deterministic (seeded). Each ad is built
from sentence fragments whose labels are known; hard negatives (prices, dates,
first-person ads mentioning a friend, tourists naming a country, languages
spoken) are mixed in. Phone numbers are from example / test ranges.

Run: python3 indicators/tests/data/gen_eval.py > indicators/tests/data/eval_ads.jsonl
"""
import json, random

random.seed(20250101)
NAMES = ["Anna", "Mia", "Sofia", "Lena", "Eva", "Nora", "Ida", "Clara", "Maja", "Ella"]
# Example-range numbers per region: (region, national text forms, e164).
PHONES = {
    "DK": [("20 12 34 56", "+4520123456"), ("31 23 45 67", "+4531234567"), ("42 55 66 77", "+4542556677")],
    "SE": [("070-123 45 67", "+46701234567"), ("073 555 12 34", "+46735551234")],
    "NO": [("406 12 345", "+4740612345"), ("912 34 567", "+4791234567")],
    "DE": [("01512 3456789", "+4915123456789"), ("0170 1234567", "+491701234567")],
    "RO": [("0712 034 567", "+40712034567"), ("0722 123 456", "+40722123456")],
    "ES": [("612 34 56 78", "+34612345678"), ("699 12 34 56", "+34699123456")],
    "PL": [("512 345 678", "+48512345678"), ("601 234 567", "+48601234567")],
    "GB": [("07400 123456", "+447400123456")],
}
WORDS = {
    "en": {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"},
    "da": {"0": "nul", "1": "en", "2": "to", "3": "tre", "4": "fire", "5": "fem", "6": "seks", "7": "syv", "8": "otte", "9": "ni"},
    "sv": {"0": "noll", "1": "ett", "2": "två", "3": "tre", "4": "fyra", "5": "fem", "6": "sex", "7": "sju", "8": "åtta", "9": "nio"},
    "nb": {"0": "null", "1": "en", "2": "to", "3": "tre", "4": "fire", "5": "fem", "6": "seks", "7": "sju", "8": "åtte", "9": "ni"},
    "de": {"0": "null", "1": "eins", "2": "zwei", "3": "drei", "4": "vier", "5": "fünf", "6": "sechs", "7": "sieben", "8": "acht", "9": "neun"},
    "ro": {"0": "zero", "1": "unu", "2": "doi", "3": "trei", "4": "patru", "5": "cinci", "6": "șase", "7": "șapte", "8": "opt", "9": "nouă"},
    "es": {"0": "cero", "1": "uno", "2": "dos", "3": "tres", "4": "cuatro", "5": "cinco", "6": "seis", "7": "siete", "8": "ocho", "9": "nueve"},
    "pl": {"0": "zero", "1": "jeden", "2": "dwa", "3": "trzy", "4": "cztery", "5": "pięć", "6": "sześć", "7": "siedem", "8": "osiem", "9": "dziewięć"},
}
KEYCAP = {d: d + "\ufe0f\u20e3" for d in "0123456789"}
FULLWIDTH = {d: chr(0xFF10 + int(d)) for d in "0123456789"}

def disguise(num, lang):
    kind = random.choice(["words", "letters", "keycap", "fullwidth", "emoji", "spaced", "mixed"])
    digits = [c for c in num if c.isdigit()]
    if kind == "words":
        return " ".join(WORDS[lang][d] for d in digits)
    if kind == "mixed":
        return " ".join(WORDS[lang][d] if i % 3 == 0 else d for i, d in enumerate(digits))
    if kind == "letters":
        return num.replace("0", "O").replace("1", "l").replace("5", "S") if any(c in num for c in "015") else " ".join(WORDS[lang][d] for d in digits)
    if kind == "keycap":
        return "".join(KEYCAP[d] for d in digits)
    if kind == "fullwidth":
        return "".join(FULLWIDTH.get(c, c) for c in num)
    if kind == "emoji":
        return " 🌸 ".join(num.split(" ")) if " " in num else "🌸".join(digits)
    return " ".join(digits)

L = {
 "en": dict(region="GB",
   first=["Hi, I'm {n}, {a} years old.", "My name is {n} and I love good company.", "I am {n}, a friendly and warm lady.", "Hello gentlemen, I'm {n}."],
   first_more=["I enjoy long dinners and good talks.", "I speak English and German.", "I will make you feel welcome.", "My apartment is clean and discreet."],
   third=["{n} is a sweet lady who loves to meet new people.", "She is {a} years old and very friendly.", "Meet her in her private apartment.", "She has a lovely smile and she speaks English."],
   friend=["My friend Lisa says she is a bit jealous of me.", "My sister lives here too, she is a nurse."],
   multi=["We are two friends who like to have fun together.", "New girls every week in our studio.", "Two girls available for you."],
   youth=["Young and fresh, just turned 18.", "A young student girl with a baby face."],
   youth_neg=["Young at heart and full of energy.", "Fresh towels and drinks are ready."],
   nat=["Thai girl with a warm smile.", "I am from Romania, visiting for a while.", "Sexy latina with curves."],
   nat_neg=["I speak English and Spanish.", "Back from a trip to Spain last month.", "Thai massage is my speciality."],
   neg_nums=["Price 1500 kr per hour, 30 min 800 kr.", "Open 10-22 every day.", "Available from 03/10/2024 until 15/10/2024.", "Age 25, height 170 cm."],
   phone=["Call {p}", "Phone: {p}", "Text me on {p}"],
 ),
 "da": dict(region="DK",
   first=["Hej, jeg er {n}, {a} år.", "Jeg hedder {n} og elsker godt selskab.", "Jeg er {n}, en sød og varm kvinde.", "Hej mænd, jeg er {n}."],
   first_more=["Jeg nyder lange middage og gode samtaler.", "Jeg taler dansk og engelsk.", "Jeg tager godt imod dig.", "Min lejlighed er ren og diskret."],
   third=["{n} er en sød pige som elsker at møde nye mennesker.", "Hun er {a} år og meget venlig.", "Mød hende i hendes private lejlighed.", "Hun har et dejligt smil og hun taler engelsk."],
   friend=["Min veninde Lise siger hun er lidt jaloux på mig.", "Min søster bor her også, hun er sygeplejerske."],
   multi=["Vi er to veninder som hygger os sammen.", "Nye piger hver uge i vores klinik.", "To piger klar til dig."],
   youth=["Ung og frisk, lige fyldt 18.", "En ung studiepige med babyface."],
   youth_neg=["Ung af sind og fuld af energi.", "Friske håndklæder og drikke er klar."],
   nat=["Thai pige med et varmt smil.", "Jeg er fra Rumænien og bor her et stykke tid.", "Eksotisk latina med kurver."],
   nat_neg=["Jeg taler dansk og spansk.", "Lige kommet hjem fra en tur til Spanien.", "Thai massage er min specialitet."],
   neg_nums=["Pris 1500 kr pr time, 30 min 800 kr.", "Åbent 10-22 alle dage.", "Ledig fra 03/10/2024 til 15/10/2024.", "Alder 25 år, højde 170 cm."],
   phone=["Ring {p}", "Tlf: {p}", "Skriv på {p}"],
 ),
 "sv": dict(region="SE",
   first=["Hej, jag är {n}, {a} år.", "Jag heter {n} och älskar trevligt sällskap.", "Jag är {n}, en söt och varm kvinna.", "Hej killar, jag är {n}."],
   first_more=["Jag njuter av långa middagar och bra samtal.", "Jag talar svenska och engelska.", "Jag tar väl emot dig.", "Min lägenhet är ren och diskret."],
   third=["{n} är en söt tjej som älskar att träffa nya människor.", "Hon är {a} år och mycket vänlig.", "Träffa henne i hennes privata lägenhet.", "Hon har ett härligt leende och hon talar engelska."],
   friend=["Min väninna Lisa säger att hon är lite avundsjuk på mig.", "Min syster bor här också, hon är sjuksköterska."],
   multi=["Vi är två väninnor som har kul tillsammans.", "Nya tjejer varje vecka i vår studio.", "Två tjejer redo för dig."],
   youth=["Ung och fräsch, precis fyllt 18.", "En ung studenttjej med babyface."],
   youth_neg=["Ung i själen och full av energi.", "Fräscha handdukar och dryck finns."],
   nat=["Thai tjej med ett varmt leende.", "Jag är från Rumänien och bor här ett tag.", "Exotisk latina med kurvor."],
   nat_neg=["Jag talar svenska och spanska.", "Nyss hemkommen från en resa till Spanien.", "Thai massage är min specialitet."],
   neg_nums=["Pris 1500 kr per timme, 30 min 800 kr.", "Öppet 10-22 alla dagar.", "Ledig från 03/10/2024 till 15/10/2024.", "Ålder 25 år, längd 170 cm."],
   phone=["Ring {p}", "Tel: {p}", "Sms:a {p}"],
 ),
 "nb": dict(region="NO",
   first=["Hei, jeg er {n}, {a} år.", "Jeg heter {n} og elsker hyggelig selskap.", "Jeg er {n}, en søt og varm kvinne.", "Hei menn, jeg er {n}."],
   first_more=["Jeg nyter lange middager og gode samtaler.", "Jeg snakker norsk og engelsk.", "Jeg tar godt imot deg.", "Leiligheten min er ren og diskret."],
   third=["{n} er en søt jente som elsker å møte nye mennesker.", "Hun er {a} år og veldig vennlig.", "Møt henne i hennes private leilighet.", "Hun har et nydelig smil og hun snakker engelsk."],
   friend=["Venninnen min Lise sier hun er litt sjalu på meg.", "Søsteren min bor her også, hun er sykepleier."],
   multi=["Vi er to venninner som koser oss sammen.", "Nye jenter hver uke i vårt studio.", "To jenter klare for deg."],
   youth=["Ung og frisk, akkurat fylt 18.", "En ung studentjente med babyface."],
   youth_neg=["Ung til sinns og full av energi.", "Friske håndklær og drikke står klart."],
   nat=["Thai jente med et varmt smil.", "Jeg er fra Romania og bor her en stund.", "Eksotisk latina med kurver."],
   nat_neg=["Jeg snakker norsk og spansk.", "Nettopp hjemme fra en tur til Spania.", "Thai massasje er min spesialitet."],
   neg_nums=["Pris 1500 kr per time, 30 min 800 kr.", "Åpent 10-22 alle dager.", "Ledig fra 03/10/2024 til 15/10/2024.", "Alder 25 år, høyde 170 cm."],
   phone=["Ring {p}", "Tlf: {p}", "Send sms til {p}"],
 ),
 "de": dict(region="DE",
   first=["Hallo, ich bin {n}, {a} Jahre alt.", "Ich heiße {n} und liebe gute Gesellschaft.", "Ich bin {n}, eine liebe und warme Frau.", "Hallo Männer, ich bin {n}."],
   first_more=["Ich genieße lange Abendessen und gute Gespräche.", "Ich spreche Deutsch und Englisch.", "Bei mir fühlst du dich wohl.", "Meine Wohnung ist sauber und diskret."],
   third=["{n} ist eine süße Dame, die gerne neue Menschen trifft.", "Sie ist {a} Jahre alt und sehr freundlich.", "Besuche sie in ihrer privaten Wohnung.", "Sie hat ein schönes Lächeln und sie spricht Englisch."],
   friend=["Meine Freundin Lisa sagt, sie ist ein bisschen neidisch auf mich.", "Meine Schwester wohnt auch hier, sie ist Krankenschwester."],
   multi=["Wir sind zwei Freundinnen, die zusammen Spaß haben.", "Neue Mädchen jede Woche in unserem Studio.", "Zwei Mädchen warten auf dich."],
   youth=["Jung und frisch, gerade 18.", "Eine junge Studentin mit Babyface."],
   youth_neg=["Im Herzen jung und voller Energie.", "Frische Handtücher und Getränke stehen bereit."],
   nat=["Thai Mädchen mit warmem Lächeln.", "Ich komme aus Rumänien und bin eine Weile hier.", "Exotische Latina mit Kurven."],
   nat_neg=["Ich spreche Deutsch und Spanisch.", "Gerade zurück von einer Reise nach Spanien.", "Thai Massage ist meine Spezialität."],
   neg_nums=["Preis 150 Euro pro Stunde, 30 min 80 Euro.", "Geöffnet 10-22 Uhr täglich.", "Frei vom 03.10.2024 bis 15.10.2024.", "Alter 25 Jahre, Größe 170 cm."],
   phone=["Ruf an: {p}", "Telefon {p}", "Schreib mir auf {p}"],
 ),
 "ro": dict(region="RO",
   first=["Bună, sunt {n}, am {a} ani.", "Mă numesc {n} și iubesc compania plăcută.", "Sunt {n}, o femeie dulce și caldă.", "Salut domnilor, sunt {n}."],
   first_more=["Îmi plac cinele lungi și discuțiile bune.", "Vorbesc română și engleză.", "Te aștept cu drag.", "Apartamentul meu este curat și discret."],
   third=["{n} este o fată dulce care iubește să cunoască oameni noi.", "Ea are {a} ani și este foarte prietenoasă.", "Întâlnește-o în apartamentul ei privat.", "Ea are un zâmbet frumos și vorbește engleză."],
   friend=["Prietena mea Ana spune că ea este puțin geloasă pe mine.", "Sora mea locuiește aici, ea este asistentă."],
   multi=["Suntem două prietene care se distrează împreună.", "Fete noi în fiecare săptămână în studioul nostru.", "Două fete te așteaptă."],
   youth=["Tânără și proaspătă, abia am împlinit 18.", "O studentă tânără cu babyface."],
   youth_neg=["Tânără la suflet și plină de energie.", "Prosoape proaspete și băuturi sunt gata."],
   nat=["Fată thailandeză cu un zâmbet cald.", "Sunt din Moldova și stau aici o vreme.", "Latina exotică cu forme."],
   nat_neg=["Vorbesc engleză și spaniolă.", "Abia m-am întors dintr-o excursie în Spania.", "Masaj thailandez este specialitatea mea."],
   neg_nums=["Preț 300 lei pe oră, 30 min 200 lei.", "Deschis 10-22 în fiecare zi.", "Liberă din 03.10.2024 până pe 15.10.2024.", "Vârsta 25 ani, înălțime 170 cm."],
   phone=["Sună la {p}", "Tel: {p}", "Scrie-mi pe {p}"],
 ),
 "es": dict(region="ES",
   first=["Hola, soy {n}, tengo {a} años.", "Me llamo {n} y me encanta la buena compañía.", "Soy {n}, una mujer dulce y cálida.", "Hola caballeros, soy {n}."],
   first_more=["Disfruto de las cenas largas y las buenas charlas.", "Hablo español e inglés.", "Te recibo con cariño.", "Mi piso es limpio y discreto."],
   third=["{n} es una chica dulce que ama conocer gente nueva.", "Ella tiene {a} años y es muy simpática.", "Visítala en su piso privado.", "Ella tiene una sonrisa bonita y habla inglés."],
   friend=["Mi amiga Lucía dice que ella está un poco celosa de mí.", "Mi hermana vive aquí también, ella es enfermera."],
   multi=["Somos dos amigas que se divierten juntas.", "Chicas nuevas cada semana en nuestro estudio.", "Dos chicas te esperan."],
   youth=["Joven y fresca, recién cumplidos 18.", "Una jovencita universitaria con cara de niña."],
   youth_neg=["Joven de espíritu y llena de energía.", "Toallas frescas y bebidas preparadas."],
   nat=["Chica tailandesa con una sonrisa cálida.", "Soy de Colombia y estoy aquí un tiempo.", "Latina exótica con curvas."],
   nat_neg=["Hablo español e inglés.", "Acabo de volver de un viaje a Italia.", "El masaje tailandés es mi especialidad."],
   neg_nums=["Precio 100 euros la hora, 30 min 60 euros.", "Abierto 10-22 todos los días.", "Disponible del 03/10/2024 al 15/10/2024.", "Edad 25 años, altura 170 cm."],
   phone=["Llama al {p}", "Tel: {p}", "Escríbeme al {p}"],
 ),
 "pl": dict(region="PL",
   first=["Cześć, jestem {n}, mam {a} lat.", "Mam na imię {n} i kocham miłe towarzystwo.", "Jestem {n}, słodka i ciepła kobieta.", "Witajcie panowie, jestem {n}."],
   first_more=["Lubię długie kolacje i dobre rozmowy.", "Mówię po polsku i angielsku.", "Zapraszam serdecznie.", "Moje mieszkanie jest czyste i dyskretne."],
   third=["{n} jest słodką dziewczyną, która kocha poznawać nowych ludzi.", "Ona ma {a} lat i jest bardzo miła.", "Odwiedź ją w jej prywatnym mieszkaniu.", "Ona ma piękny uśmiech i mówi po angielsku."],
   friend=["Moja przyjaciółka Ola mówi, że ona jest trochę zazdrosna o mnie.", "Moja siostra też tu mieszka, ona jest pielęgniarką."],
   multi=["Jesteśmy dwie przyjaciółki, które razem się bawią.", "Nowe dziewczyny co tydzień w naszym studio.", "Dwie dziewczyny czekają na ciebie."],
   youth=["Młoda i świeża, właśnie skończyłam 18.", "Młodziutka studentka z babyface."],
   youth_neg=["Młoda duchem i pełna energii.", "Świeże ręczniki i napoje czekają."],
   nat=["Tajka z ciepłym uśmiechem.", "Pochodzę z Ukrainy i jestem tu na jakiś czas.", "Egzotyczna latynoska z krągłościami."],
   nat_neg=["Mówię po polsku i hiszpańsku.", "Właśnie wróciłam z wycieczki do Hiszpanii.", "Masaż tajski to moja specjalność."],
   neg_nums=["Cena 300 zł za godzinę, 30 min 200 zł.", "Otwarte 10-22 codziennie.", "Wolna od 03.10.2024 do 15.10.2024.", "Wiek 25 lat, wzrost 170 cm."],
   phone=["Zadzwoń {p}", "Tel: {p}", "Napisz na {p}"],
 ),
}
REG = {"en": "GB", "da": "DK", "sv": "SE", "nb": "NO", "de": "DE", "ro": "RO", "es": "ES", "pl": "PL"}

def ad(lang, i):
    t = L[lang]
    n = random.choice(NAMES); a = random.randint(22, 39)
    labels = dict(third_person=False, multiple_persons=False, youth_terms=False, nationality_stated=False, obfuscated_phone=False)
    parts = []
    third = random.random() < 0.35
    if third:
        parts += [s.format(n=n, a=a) for s in random.sample(t["third"], 3)]
        labels["third_person"] = True
    else:
        parts.append(random.choice(t["first"]).format(n=n, a=a))
        parts += random.sample(t["first_more"], 2)
        if random.random() < 0.3:
            parts.append(random.choice(t["friend"]))
    if random.random() < 0.25:
        parts.append(random.choice(t["multi"])); labels["multiple_persons"] = True
    if random.random() < 0.25:
        parts.append(random.choice(t["youth"])); labels["youth_terms"] = True
    elif random.random() < 0.2:
        parts.append(random.choice(t["youth_neg"]))
    if random.random() < 0.25:
        s = random.choice(t["nat"])
        parts.append(s); labels["nationality_stated"] = True
    elif random.random() < 0.3:
        parts.append(random.choice(t["nat_neg"]))
    if random.random() < 0.5:
        parts.append(random.choice(t["neg_nums"]))
    region = REG[lang]
    num, e164 = random.choice(PHONES[region])
    phones = []
    r = random.random()
    if r < 0.35:
        written = disguise(num, lang); labels["obfuscated_phone"] = True
        parts.append(random.choice(t["phone"]).format(p=written)); phones.append(e164)
    elif r < 0.85:
        parts.append(random.choice(t["phone"]).format(p=num)); phones.append(e164)
    random.shuffle(parts[1:]) if False else None
    text = " ".join(parts)
    return dict(id=f"{lang}-{i:03d}", lang=lang, region=region, name=n, text=text, labels=labels, phones=phones)

out = []
for lang in L:
    for i in range(40):
        out.append(ad(lang, i))
for a in out:
    print(json.dumps(a, ensure_ascii=False))
