#!/usr/bin/env python3
"""Blind evaluation set: phone extraction + place normalisation in classified ads.

All ads are invented and hand-written; all phone numbers are fictional numbers
derived from libphonenumber's example numbers (last 2-3 digits varied) and are
checked with `phonenumbers` before anything is written.

Usage:  python3 make_phones.py OUT.jsonl
"""
import datetime
import hashlib
import json
import re
import sys
import unicodedata

try:
    import phonenumbers
except ImportError:  # pragma: no cover
    sys.exit("make_phones.py needs the 'phonenumbers' package: pip install phonenumbers")

# site name -> default region of the site
SITES = {
    "nightline-test": "US",
    "coastcompanions-test": "US",
    "maplenights-test": "CA",
    "aussieladies-test": "AU",
    "ukmassage-test": "GB",
    "londonlounge-test": "GB",
    "delhidates-test": "IN",
    "quitocitas-test": "EC",
    "bogotaamigas-test": "CO",
    "acompanhantes-test": "BR",
    "tokyoyoru-test": "JP",
    "bkkladies-test": "TH",
    "lagosconnect-test": "NG",
    "kontaktmarkt-test": "DE",
    "ogloszenia-test": "PL",
    "anunturi-test": "RO",
    "contactos-test": "ES",
    "obiavi-test": "BG",
    "randi-test": "HU",
    "skelbimai-test": "LT",
    "znayomstva-test": "UA",
    "massagepiger-test": "DK",
    "dkdating-test": "DK",
    "kontaktnorge-test": "NO",
    "traffapunkt-test": "SE",
    "treffit-test": "FI",
    "eurotour-test": "GB",
}

ADS = []


def A(id, site, lang, location, place, title, name, age, text, phones=""):
    """phones: space separated E.164 numbers; a leading '~' marks a number
    written disguised. place: 'City/CC' or None."""
    ph, dis = [], []
    for tok in phones.split():
        d = tok.startswith("~")
        tok = tok.lstrip("~")
        if tok in ph:
            raise SystemExit(f"{id}: phone {tok} labelled twice")
        ph.append(tok)
        if d:
            dis.append(tok)
    if place:
        pn, pc = place.rsplit("/", 1)
        pl = {"name": pn, "country": pc}
    else:
        pl = None
    ADS.append(dict(id=id, site=site, lang=lang, location=location, place=pl,
                    title=title, name=name, age=age, text=text.strip("\n"),
                    phones=ph, disguised=dis))


# ---------------------------------------------------------------------------
# helper used only for self-checking the hand-written data (warnings, not
# labels): a rough de-obfuscator that turns number words / look-alike letters
# into digits so that we can see that each labelled number really is in the ad.
_WORDS = {
    # en
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "oh": 0,
    # da / no / sv
    "nul": 0, "null": 0, "noll": 0, "en": 1, "ett": 1, "et": 1, "to": 2, "två": 2, "tre": 3,
    "fire": 4, "fyra": 4, "fem": 5, "seks": 6, "sex": 6, "syv": 7, "sju": 7,
    "otte": 8, "åtte": 8, "åtta": 8, "ni": 9, "nio": 9,
    # fi
    "nolla": 0, "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5,
    "kuusi": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9,
    # de
    "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    # pl
    "jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5, "piec": 5,
    "sześć": 6, "szesc": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziewiec": 9,
    # ro
    "unu": 1, "doi": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "sase": 6,
    "șapte": 7, "sapte": 7, "opt": 8, "nouă": 9, "noua": 9,
    # es / pt
    "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "um": 1, "dois": 2,
    "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    # bg
    "нула": 0, "едно": 1, "две": 2, "три": 3, "четири": 4, "пет": 5,
    "шест": 6, "седем": 7, "осем": 8, "девет": 9,
    # hu
    "nulla": 0, "egy": 1, "kettő": 2, "ketto": 2, "három": 3, "harom": 3,
    "négy": 4, "negy": 4, "öt": 5, "hat": 6, "hét": 7, "het": 7,
    "nyolc": 8, "kilenc": 9,
    # lt
    "nulis": 0, "vienas": 1, "du": 2, "trys": 3, "keturi": 4, "penki": 5,
    "šeši": 6, "sesi": 6, "septyni": 7, "aštuoni": 8, "astuoni": 8, "devyni": 9,
    # uk
    "нуль": 0, "один": 1, "два": 2, "чотири": 4, "п'ять": 5, "пʼять": 5,
    "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "девʼять": 9,
    # fr
    "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9,
    # hi (latin)
    "shunya": 0, "ek": 1, "teen": 3, "chaar": 4, "char": 4, "paanch": 5,
    "chhe": 6, "saat": 7, "aath": 8, "nau": 9,
    # ru
    "ноль": 0, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9,
    # lt extra / no extra
    "tolv": 12, "elleve": 11, "šeši": 6,
    # th
    "ศูนย์": 0, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6,
    "เจ็ด": 7, "แปด": 8, "เก้า": 9,
}
_KANJI = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_LETTERS = {"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1", "S": "5",
            "s": "5", "B": "8", "Z": "2", "z": "2", "g": "9", "q": "9", "b": "6",
            "G": "6", "T": "7", "A": "4", "E": "3"}
_TENS = {"tjugo": "2", "trettio": "3", "dwadzieścia": "2", "trzydzieści": "3",
         "zwanzig": "2", "twenty": "2", "thirty": "3", "forty": "4",
         "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9",
         "veinti": "2", "treinta y ": "3", "cuarenta y ": "4", "cincuenta y ": "5",
         "sesenta y ": "6", "setenta y ": "7", "ochenta y ": "8", "noventa y ": "9"}


def _digits(s):
    out = []
    for c in s:
        if c in _KANJI:
            out.append(_KANJI[c])
            continue
        try:
            out.append(str(unicodedata.digit(c)))
        except (TypeError, ValueError):
            pass
    return "".join(out)


def _variants(text):
    t = unicodedata.normalize("NFC", text)
    yield _digits(t)
    low = t.lower()
    # teens / compounds used in the ads
    low = re.sub(r"(\w+?)og(tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)",
                 lambda m: {"tyve": "2", "tredive": "3", "fyrre": "4", "halvtreds": "5",
                            "tres": "6", "halvfjerds": "7", "firs": "8", "halvfems": "9"}[m.group(2)] + m.group(1), low)
    for k, v in _TENS.items():
        low = low.replace(k, v)
    for w in sorted(_WORDS, key=len, reverse=True):
        low = low.replace(w, str(_WORDS[w]))
    yield _digits(low)
    t2 = "".join(_LETTERS.get(c, c) for c in t)
    yield _digits(t2)
    low2 = t.lower()
    for k, v in _TENS.items():
        low2 = low2.replace(k, v)
    for w in sorted(_WORDS, key=len, reverse=True):
        low2 = low2.replace(w, str(_WORDS[w]))
    yield _digits("".join(_LETTERS.get(c, c) for c in low2))
    yield _digits("".join(_LETTERS.get(c, c) for c in low2.upper()))


def check(strict_presence=False):
    errors, warnings = [], []
    seen = set()
    for a in ADS:
        if a["id"] in seen:
            errors.append(f"{a['id']}: duplicate id")
        seen.add(a["id"])
        if a["site"] not in SITES:
            errors.append(f"{a['id']}: unknown site {a['site']}")
        for p in a["phones"]:
            try:
                n = phonenumbers.parse(p, None)
            except phonenumbers.NumberParseException as e:
                errors.append(f"{a['id']}: cannot parse {p}: {e}")
                continue
            if not phonenumbers.is_valid_number(n):
                errors.append(f"{a['id']}: {p} is not a valid number")
            e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
            if e164 != p:
                errors.append(f"{a['id']}: {p} is not in E.164 form (would be {e164})")
            nsn = phonenumbers.national_significant_number(n)
            blob = a["title"] + "\n" + a["text"]
            if not any(nsn in v for v in _variants(blob)):
                warnings.append(f"{a['id']}: could not find {p} (nsn {nsn}) in the text")
            if p not in a["disguised"] and nsn not in _digits(blob):
                warnings.append(f"{a['id']}: {p} not marked disguised but its digits are not plain")
    return errors, warnings


def posted(a, i):
    h = int(hashlib.sha1(a["id"].encode()).hexdigest(), 16)
    base = datetime.datetime(2026, 9, 1, 0, 0, 0)
    dt = base + datetime.timedelta(minutes=(h % (90 * 24 * 60)))
    return dt.strftime("%Y-%m-%dT%H:%M:00Z")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    errors, warnings = check()
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(f"aborting: {len(errors)} invalid label(s), nothing written")
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for i, a in enumerate(ADS):
            rec = {
                "url": f"https://example.invalid/{a['site']}/{700000 + i * 37}",
                "site": a["site"],
                "site_region": SITES[a["site"]],
                "text": a["text"],
                "title": a["title"],
                "name": a["name"],
                "age": a["age"],
                "location": a["location"],
                "posted_at": posted(a, i),
                "labels": {
                    "id": a["id"],
                    "lang": a["lang"],
                    "phones": a["phones"],
                    "disguised_phones": a["disguised"],
                    "place": a["place"],
                },
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ADS)} ads to {sys.argv[1]}", file=sys.stderr)


# ===========================================================================
# THE ADS
# ===========================================================================
# ----------------------------------------------------------------- US ------
A("p-us001", "nightline-test", "en", "NYC", "New York/US",
  "Upscale companion in Midtown - new photos", "Vanessa", 24, """
Hi gentlemen, I'm Vanessa, 24, 5'6" and 125 lbs, real photos. Relaxing company and
dinner dates in Midtown (near 10001). Incall $250/hr, outcall $350 to hotels only.
Call or text (201) 555-0147 between 11am and 10pm. No private numbers please.
""", "+12015550147")

A("p-us002", "nightline-test", "en", "Los Angeles", "Los Angeles/US",
  "Sweet & classy ~ Hollywood", "Jade", 27, """
Jade here :) visiting Hollywood till Sunday 11/09. Text only 201.555.0133
Rates: 160 qv / 220 half hr / 300 hr. Measurements 34-26-36. Zip 90028, upscale
apartment with parking. Ad #1029384756
""", "+12015550133")

A("p-us003", "nightline-test", "en", "Chicago", "Chicago/US",
  "Magic hands massage - River North", "Kim", 31, """
Professional table massage, River North. 60 min $120, 90 min $170.
Open 9:30-21:30 daily. Book: two zero one // five five five // zero one six two
(no texts with pictures). Room 1504, buzz at the front desk.
""", "~+12015550162")

A("p-us004", "nightline-test", "en", "Houston", "Houston/US",
  "HOUSTON GALLERIA ** SPECIAL 2day **", "Destiny", 23, """
2O1-S55-O1B9 *** Destiny *** 23 yrs, 5ft2, 110lbs
Galleria area 77056. Special $180 before 3pm. Serious callers only!!
""", "~+12015550189")

A("p-us005", "coastcompanions-test", "en", "Miami Beach", "Miami Beach/US",
  "Latina companion South Beach", "Marisol", 26, """
Hola papi, Marisol, 26, new in South Beach for 4 days only (Nov 12-15).
Call me 2015550174 -- if I don't answer leave a text at the same number
201-555-0174. Hotel outcall only, $300 1hr, 2hrs $550. Habla español.
""", "+12015550174")

A("p-us006", "coastcompanions-test", "en", "Las Vegas", "Las Vegas/US",
  "Vegas strip, 24/7 company", "Bella & Tasha", None, """
Two friends on the Strip, available 24/7. Book one or both of us.
201~555~0105  (Bella)   //   201~555~0106 (Tasha)
$400 each, 1 hr minimum. Suite 2207, ask for us by name.
""", "~+12015550105 ~+12015550106")

A("p-us007", "nightline-test", "en", "Melbourne escorts", "Melbourne/AU",
  "Melbourne escorts - Aussie blonde in the CBD", "Chloe", 25, """
G'day! Chloe, 25, true blonde, 168cm. In-calls in Melbourne CBD (3000),
$350 per hour, 2hrs $650. Ring me on 0412 345 627 - texts after 9pm only.
""", "+61412345627")

A("p-us008", "nightline-test", "en", "ATL", "Atlanta/US",
  "Buckhead cutie \U0001F351 call me", "Keisha", 22, """
Hey boo, Keisha 22 in Buckhead \U0001F351 \U0001F4AF
2\uFE0F\u20E3 0\uFE0F\u20E3 1\uFE0F\u20E3 5\uFE0F\u20E3 5\uFE0F\u20E3 5\uFE0F\u20E3 0\uFE0F\u20E3 1\uFE0F\u20E3 9\uFE0F\u20E3 8\uFE0F\u20E3
180 half, 250 full. No blocked calls.
""", "~+12015550198")

A("p-us009", "nightline-test", "en", "Seattle", "Seattle/US",
  "Quiet evenings downtown", "Mia", 29, """
Mia, 29, 5'8", downtown Seattle. I only reply to messages sent through this
site - no calls. Reference my ad ID 20151550 and tell me your day and time.
Rates from $280. Weekdays 4pm-1am, weekends by appointment. 98101.
""", "")

A("p-us010", "nightline-test", "en", "Phoenix, AZ", "Phoenix/US",
  "Sensual massage Scottsdale / Phoenix", "Lily", 34, """
Asian spa, new staff weekly. 60min $90 special, open 10am-10pm.
Address 4410 N Scottsdale Rd, Suite 12. Appointments 201-555-
0156 walk-ins welcome.
""", "+12015550156")

A("p-us011", "coastcompanions-test", "en", "Dallas", "Dallas/US",
  "Uptown Dallas - Sophia", "Sophia", 28, """
Sophia 28 / Uptown / in & out. Reach me: TWO 0 1 five5five 01 44
I'm 5'5, 36D, 130. 1 hour 300, overnight ask. Deposit may be required for new friends.
""", "~+12015550144")

A("p-us012", "nightline-test", "en", "Boston", "Boston/US",
  "Back Bay - WhatsApp me", "Natalia", 30, """
European girl in Back Bay for the week. WhatsApp +1 201 555 0110 (international
clients welcome). Order #2015501 is NOT my number, that's my booking ref for the hotel lol.
Rates 400/hr. Boston 02116.
""", "+12015550110")

A("p-us013", "nightline-test", "en", "San Francisco", "San Francisco/US",
  "SOMA girlfriend experience, dinner dates", "Ava", 26, """
Ava, 26, SOMA. Height 5'4 weight 120 lbs measurements 34-24-36.
Donation $450/90min. (201)555-0139 - text first with your name, age and time.
Available Mon-Thu 6pm-2am.
""", "+12015550139")

A("p-us014", "coastcompanions-test", "en", "Denver", "Denver/US",
  "Mile high & sweet", "Raven", 24, """
Raven, 24, in Denver thru Friday. Call two-oh-one five-five-five oh-one-eight-three
Screening required. $220 hh / $300 h. 80202 incall.
""", "~+12015550183")

A("p-us015", "nightline-test", "en", "Washington DC", "Washington/US",
  "DC/NoVA elite companion", "Ivanka", 27, """
Elegant Eastern European companion, Washington DC and Northern Virginia.
\uFF12\uFF10\uFF11\uFF0D\uFF15\uFF15\uFF15\uFF0D\uFF10\uFF11\uFF17\uFF17
Two hours minimum, $900. Height 175cm. Available 11/20 - 11/28.
""", "~+12015550177")

A("p-us016", "nightline-test", "en", "Brooklyn", "New York/US",
  "New girls every week - Brooklyn spa", "Manager", None, """
Brooklyn spa, new girls every week, 8 rooms, clean and private.
Open 10:00AM-11:00PM. 1-201-555-0192 or 201 555 0193 (manager).
$70 for 60 min table shower. 2157 86th St.
""", "+12015550192 +12015550193")

A("p-us017", "coastcompanions-test", "en", "San Diego", "San Diego/US",
  "Sunny San Diego girl", "Brooke", 25, """
Brooke, 25, Pacific Beach. Text me at 2 0 1 - 5 5 5 - 0 1 1 7
(sometimes ads cut my number so: two oh one, five five five, oh one one seven)
$250 incall 92109.
""", "~+12015550117")
# ----------------------------------------------------------------- CA ------
A("p-ca001", "maplenights-test", "en", "Toronto", "Toronto/CA",
  "Downtown Toronto - Yonge & Bloor", "Amber", 25, """
Amber, 25, 5'7", Yonge & Bloor. Incall 200/hr, outcall downtown only.
Call 506-234-5612 from 12pm to midnight. M4W postal code, condo with concierge.
""", "+15062345612")

A("p-ca002", "maplenights-test", "fr", "Montréal", "Montreal/CA",
  "Belle Québécoise au centre-ville", "Émilie", 27, """
Bonjour messieurs, Émilie, 27 ans, centre-ville de Montréal (H3B).
Appelez-moi au cinq zéro six, deux trois quatre, cinq six deux huit.
160$ la demi-heure, 250$ l'heure. Disponible de 10h à 22h.
""", "~+15062345628")

A("p-ca003", "maplenights-test", "en", "Vancouver BC", "Vancouver/CA",
  "Richmond / Vancouver massage", "Coco", 33, """
Relaxing body massage Richmond & Vancouver. New asian staff.
Appt: 5O6.Z34.S6O1 text ok. 60 min $100. 10am-11pm 7 days. V6X 2B3.
""", "~+15062345601")

A("p-ca004", "maplenights-test", "en", "YYC", "Calgary/CA",
  "Calgary NW - sweet brunette", "Paige", 22, """
Paige 22 - NW Calgary - text me +1 (506) 234-5645
$180 30 min / $260 hr. Born 2004, proof of age available.
""", "+15062345645")

A("p-ca005", "maplenights-test", "en", "Ottawa", "Ottawa/CA",
  "Ottawa - Byward market", "Jasmine", 29, """
Jasmine, Byward Market, weekdays 3pm-3am. Call 1 506 234 56 77. I also answer
on WhatsApp at the same number. 5'3 / 115 lbs.
""", "+15062345677")

A("p-ca006", "maplenights-test", "en", "Edmonton", "Edmonton/CA",
  "Edmonton south side", "Skye", 26, """
skye here... south edm, quiet building
506 | 234 | 56 | 90
200 hr. no explicit texts. tuesday to saturday
""", "~+15062345690")

A("p-ca007", "maplenights-test", "fr", "Québec", "Quebec City/CA",
  "Nouvelle à Québec - Sainte-Foy", "Léa", 24, """
Léa, nouvelle à Québec (Sainte-Foy) jusqu'à dimanche. Texto seulement:
506 234-5619. Massage et compagnie, 180$/h. Stationnement gratuit.
""", "+15062345619")

A("p-ca008", "maplenights-test", "en", "Winnipeg", "Winnipeg/CA",
  "Winnipeg - 2 girls special", "Nina & Lexi", None, """
Two girls, one call!! Winnipeg downtown.
Call Nina fivezerosix 234 five six three three, Lexi can be reached at 506-234-5634.
Duo 500/hr. 24/7 except Sunday.
""", "~+15062345633 +15062345634")

A("p-ca009", "maplenights-test", "en", "Halifax, NS", "Halifax/CA",
  "Halifax waterfront companion", "Olivia", 31, """
Olivia, 31, mature and discreet, Halifax waterfront.
Booking line: 15062345650. Two-hour dinner date $550. B3J.
""", "+15062345650")

A("p-ca010", "maplenights-test", "en", "Mississauga", "Mississauga/CA",
  "Square One area spa", "Reception", None, """
Square One area spa, open 9am - 1am. 30 min $60 / 60 min $100.
Tel: (506)234~5667. 3 girls on shift, parking at the back. Unit 14.
""", "~+15062345667")

A("p-ca011", "maplenights-test", "en", "Toronto", "Toronto/CA",
  "Brazilian in Toronto - few days", "Luana", 25, """
Oi! Luana from Brazil, visiting Toronto only this week. My Brazilian WhatsApp:
+55 11 96123-4581 (canadian number coming soon). Hotel near Union Station.
""", "+5511961234581")

A("p-ca012", "maplenights-test", "en", "Kelowna", "Kelowna/CA",
  "Okanagan summer girl", "Tia", 23, """
Tia, 23, Kelowna. Text 506 two three four 56 zero eight.
I'm 5 ft 1, 105 lbs, 32B. Outcall to hotels 250+ travel.
""", "~+15062345608")

A("p-ca013", "maplenights-test", "en", "Montreal", "Montreal/CA",
  "Montreal: no calls, site mail", "Sarah", 28, """
Sarah, 28, Plateau Mont-Royal. I reply to site mail only, no calls.
Rates 300/h. Sizes: 5'6, 34C, 125 lbs. Member #506234 on the verified list.
""", "")
# ----------------------------------------------------------------- AU ------
A("p-au001", "aussieladies-test", "en", "Sydney", "Sydney/AU",
  "Sydney CBD private - Ruby", "Ruby", 26, """
Ruby, 26, private in Sydney CBD (NSW 2000). Call 0412 then 345 612 - no SMS after 10pm.
$300/hr incall, $400 outcall to hotels. 165cm, size 8.
""", "~+61412345612")

A("p-au002", "aussieladies-test", "en", "Melbourne", "Melbourne/AU",
  "South Yarra massage", "Mei", 32, """
Relaxation massage, South Yarra. 30 min $80, 60 min $140.
Ph: 0412 345 640. Open 10am-10pm. Level 2, 145 Toorak Rd.
""", "+61412345640")

A("p-au003", "aussieladies-test", "en", "Brisbane", "Brisbane/AU",
  "Brissie girl, touring", "Tahnee", 24, """
Tahnee, Brissie girl, 24. Fortitude Valley till Thurs.
Call/text +61 412 345 655 \U0001F4F1 $250/hr, 2hr $450.
""", "+61412345655")

A("p-au004", "aussieladies-test", "en", "Perth", "Perth/AU",
  "Perth northbridge - new", "Sakura", 27, """
New japanese girl in Northbridge. Call zero four one two, three four five, six nine one.
$200 45min. 6000. Limited days.
""", "~+61412345691")

A("p-au005", "aussieladies-test", "en", "Adelaide", "Adelaide/AU",
  "Adelaide - studio girls", "Studio", None, """
Adelaide studio, new girls every week. Reception: (02) 1234 5633 or mobile 0412-345-633.
Open 11am till late. 30 mins from $150. Unley 5061.
""", "+61212345633 +61412345633")

A("p-au006", "aussieladies-test", "en", "Gold Coast", "Gold Coast/AU",
  "Surfers Paradise fun", "Jess", 22, """
Jess 22 Surfers Paradise \U0001F30A
O4I2 3AS 6Z7
(letters to stop the bots, you know what to do) $280/hr.
""", "~+61412345627")

A("p-au007", "aussieladies-test", "en", "Canberra", "Canberra/AU",
  "Canberra mature lady", "Helen", 44, """
Mature, discreet lady, Canberra (Belconnen). Appointments by phone only:
04 1234 5678 is my old number - the new one is 04 1234 5602. $300 hr.
""", "+61412345678 +61412345602")

A("p-au008", "aussieladies-test", "en", "Hobart", "Hobart/AU",
  "Hobart: here 3 days", "Aria", 25, """
aria in hobart 3 days only!! 0412.345.616 ... rates 250/300, 7000 postcode.
""", "+61412345616")

A("p-au009", "aussieladies-test", "en", "Darwin", "Darwin/AU",
  "Darwin city - Thai massage", "Noi", 38, """
Thai massage Darwin City. Traditional oil massage 1 hr $90.
Booking 0412*345*699, Thai/English. Open 9.30am - 9.30pm every day.
""", "~+61412345699")

A("p-au010", "aussieladies-test", "en", "Sydney", "Sydney/AU",
  "Bondi brunette (WhatsApp)", "Kayla", 29, """
Kayla, Bondi. WhatsApp only: plus six one, four one two, three four five, six eight zero
Outcall eastern suburbs, $350/h. Height 172, size 10.
""", "~+61412345680")

A("p-au011", "aussieladies-test", "en", "Melb", "Melbourne/AU",
  "Melb CBD asian - new arrival", "Yuki", 23, """
NEW ARRIVAL Yuki 23yo Melb CBD. call 0412 345
674 anytime 24 hours. 45kg 155cm. $160 30min.
""", "+61412345674")

A("p-au012", "aussieladies-test", "en", "Newcastle NSW", "Newcastle/AU",
  "Newcastle - private, no agency", "Sam", 30, """
Private lady in Newcastle (2300). Txt 0412_345_623 with your name and a time.
Not an agency! $270/hr. Thursday 14/11 and Friday 15/11 only.
""", "~+61412345623")
# ----------------------------------------------------------------- GB ------
A("p-gb001", "londonlounge-test", "en", "London", "London/GB",
  "Kensington - elegant companion", "Charlotte", 27, """
Charlotte, 27, English rose in South Kensington (SW7). Dinner dates & company.
£250 for 1 hour, £450 for 2. Call 07400 123412, withheld numbers not answered.
""", "+447400123412")

A("p-gb002", "londonlounge-test", "en", "Mayfair", "London/GB",
  "Mayfair incall, new this week", "Alina", 23, """
New in Mayfair W1, Alina 23, from Eastern Europe. 5ft7, size 8, 34C.
+44 (0) 7400 123 455  -  also WhatsApp. Open 11:00-03:00.
""", "+447400123455")

A("p-gb003", "ukmassage-test", "en", "Manchester", "Manchester/GB",
  "Manchester city centre massage", "Lucy", 35, """
Full body relaxing massage, Manchester city centre (M1 3HF).
30mins £60 / 1hr £100. Ring oh seven four oh oh, one two three, four seven one
""", "~+447400123471")

A("p-gb004", "ukmassage-test", "en", "Birmingham", "Birmingham/GB",
  "Brum - Asian massage parlour", "Reception", None, """
Birmingham Asian massage, Digbeth. 4 ladies daily. Landline 0121 234 5690
or mobile 07400-123-490. Open 10am till 10pm Mon to Sun. B5 6DY.
""", "+441212345690 +447400123490")

A("p-gb005", "ukmassage-test", "en", "Leeds", "Leeds/GB",
  "LEEDS - Sexy Sasha - outcall", "Sasha", 25, """
SASHA 25 LEEDS LS1
07400I234O6 (I and O are 1 and 0 ;) )
outcalls 150 half hour, 200 hour. no time wasters
""", "~+447400123406")

A("p-gb006", "ukmassage-test", "en", "Glasgow", "Glasgow/GB",
  "Glasgow west end", "Kirsty", 29, """
Kirsty, 29, Scottish, west end of Glasgow. Textin only on 07400/123/425,
dinnae phone. £120 30 min. G12.
""", "+447400123425")

A("p-gb007", "londonlounge-test", "en", "Edinburgh", "Edinburgh/GB",
  "Edinburgh Leith - Brazilian", "Bianca", 26, """
Bianca, Brazilian, in Leith, Edinburgh for the Fringe weeks. UK: 07400 123 466
Brazil (WhatsApp): +55 11 96123 4566. £180 per hour. EH6.
""", "+447400123466 +5511961234566")

A("p-gb008", "ukmassage-test", "en", "Liverpool", "Liverpool/GB",
  "Liverpool - Sofia & Maria", "Sofia", 24, """
2 girls in Liverpool city centre, Sofia 24 and Maria 26, both new.
call 0-7-4-0-0-1-2-3-4-3-3 for either of us. £130 each, duo £250. L1 8JQ.
""", "+447400123433")

A("p-gb009", "ukmassage-test", "en", "Bristol", "Bristol/GB",
  "Bristol Clifton massage", "Hannah", 31, """
Qualified therapist, Clifton, Bristol (BS8). Swedish & deep tissue, 60 min £70.
Appointments: seven4double0 one23 four5eight. Mon-Sat 10-8.
""", "~+447400123458")

A("p-gb010", "ukmassage-test", "en", "Cardiff", "Cardiff/GB",
  "Cardiff Bay - new girl", "Megan", 22, """
Megan, 22, Welsh girl, Cardiff Bay. Call me on +447400123411.
£150/h. Height 5ft 4, size 10. Available Friday 21st & Saturday 22nd.
""", "+447400123411")

A("p-gb011", "londonlounge-test", "en", "Belfast", "Belfast/GB",
  "Belfast city centre", "Aoife", 28, """
Aoife, 28, Belfast city centre, BT1. Call 07400 123 4ZZ.. ok the last two are 2 and 2 lol
£160 per hour.
""", "~+447400123422")

A("p-gb012", "londonlounge-test", "en", "Newcastle", "Newcastle upon Tyne/GB",
  "Toon - Geordie lass", "Gemma", 30, """
Geordie lass, Newcastle (Jesmond). Txt 07400 12 34 98. £140/hour, overnight £800.
Booking ref 0740 is for the agency, don't txt that.
""", "+447400123498")

A("p-gb013", "londonlounge-test", "en", "London", "London/GB",
  "Canary Wharf - Thai massage", "Ploy", 34, """
Thai oil massage, Canary Wharf E14. £80 1hr.
Call ☎ 0 7 4 0 0 • 1 2 3 • 4 7 7. Open 10am-11pm.
""", "~+447400123477")

A("p-gb014", "eurotour-test", "en", "London", "London/GB",
  "Romanian girl in London - Romanian number", "Andreea", 24, """
Andreea, 24, from Romania, visiting London (Paddington) one week.
I only have my Romanian number: 0712 034 561 (WhatsApp / Viber). £200/hour.
""", "+40712034561")

A("p-gb015", "ukmassage-test", "en", "Nottingham", "Nottingham/GB",
  "Notts - chat & company", "Layla", 26, """
Layla, Nottingham city, NG1. I'm on 07400 | 123 | 402 for calls, texts and
whatsapp. £100 half hour. Born 1999, 5ft6.
""", "~+447400123402")

A("p-gb016", "londonlounge-test", "en", "Soho", "London/GB",
  "Soho flat - walk-ups", "Maid", None, """
Soho walk-up, 2nd floor, ring bell. Open 12 noon to 2am. No phone, just knock.
Flat 14, W1D. Prices on the door (from £40).
""", "")
# ----------------------------------------------------------------- IN ------
A("p-in001", "delhidates-test", "en", "Delhi", "Delhi/IN",
  "South Delhi friendship & company", "Riya", 24, """
Hi, Riya here, 24, South Delhi (Saket). Friendship, dinner dates, movie company.
Call/WhatsApp 81234 56712. Charges Rs 5000 for 2 hours. Pin 110017.
""", "+918123456712")

A("p-in002", "delhidates-test", "en", "Mumbai", "Mumbai/IN",
  "Andheri W - body massage by female", "Pooja", 28, """
Full body massage by female therapist, Andheri West, Mumbai 400053.
1 hr Rs 2500, 90 min Rs 3500. Timing 11 am to 11 pm.
Contact +91-81234-56734
""", "+918123456734")

A("p-in003", "delhidates-test", "hi-Latn", "Gurgaon", "Gurgaon/IN",
  "Gurgaon me independent call girl nahi, sirf dosti", "Simran", 23, """
Hello ji, Simran, Gurgaon Sector 29. Sirf dosti aur dinner date.
Number: aath ek do teen chaar paanch chhe saat nau nau
Rate 3000 per meeting. Cyber city ke paas.
""", "~+918123456799")

A("p-in004", "delhidates-test", "en", "Bangalore", "Bangalore/IN",
  "Koramangala spa - new therapists from NE", "Spa Desk", None, """
Koramangala 5th block spa. New therapists from North East & Thailand.
Booking 08123456745 / 8123456746. 60 min Rs 1999 only. 560095. Open 10-10.
""", "+918123456745 +918123456746")

A("p-in005", "delhidates-test", "en", "Pune", "Pune/IN",
  "Koregaon Park - college girl company", "Ananya", 21, """
Ananya 21 from Koregaon Park, Pune. Only genuine people.
WA: 8I23A S67O1  (read it properly)
Rs 4000 hour. height 5.4
""", "~+918123456701")

A("p-in006", "delhidates-test", "en", "Hyderabad", "Hyderabad/IN",
  "Banjara Hills companionship", "Nisha", 26, """
Nisha - Banjara Hills, Hyderabad. Whatsapp only no call.
eight one two three four - five six seven five two
Payment 50% advance. 500034.
""", "~+918123456752")

A("p-in007", "delhidates-test", "en", "Chennai", "Chennai/IN",
  "T Nagar ayurvedic massage", "Kavya", 33, """
Ayurvedic & aroma massage, T Nagar, Chennai 600017, 9 am to 9 pm.
Rates from Rs 1800 (45 min). Call 081234 56718 for appointment. Ladies & gents.
""", "+918123456718")

A("p-in008", "delhidates-test", "en", "Kolkata", "Kolkata/IN",
  "Salt Lake - bengali girl friendship", "Mou", 25, """
Mou, 25, Salt Lake Sector V, Kolkata. Friendship & company.
Call me: 8123456-723 (morning 10 to night 10). Rs 3000.
""", "+918123456723")

A("p-in009", "delhidates-test", "en", "Noida", "Noida/IN",
  "Noida sector 18 - russian & indian", "Manager", None, """
Indian, Russian & Uzbek girls available Noida Sector 18 & Delhi NCR.
Hotel 3 star and 5 star. Contact manager ☎️ +91 81234 567 88 or 91 8123456789.
Booking 24x7. Rs 8000 onwards.
""", "+918123456788 +918123456789")

A("p-in010", "delhidates-test", "en", "Goa", None,
  "Goa beach holiday company", "Tanya", 27, """
Tanya, 27, in Goa (Calangute/Baga) for the season. Dinner & beach company.
W.h.a.t.s.a.p.p 8-1-2-3-4-5-6-7-3-9. Rs 6000 full evening.
""", "+918123456739")

A("p-in011", "delhidates-test", "en", "Mumbai", "Mumbai/IN",
  "Bandra lady - video call verify", "Zara", 29, """
Zara, Bandra West. Genuine, video call verification first.
My num 81234 56 7 seven 6. Rs 7000 2 hrs. Flat no 1204 hai, building name on WA.
""", "~+918123456776")

A("p-in012", "delhidates-test", "en", "Jaipur", "Jaipur/IN",
  "Jaipur - Malviya Nagar friendship", "Priya", 24, """
Priya 24 Jaipur Malviya Nagar. Only decent gentlemen.
ph 8123456741. Timing 2pm - 12 midnight. Rs 2500.
""", "+918123456741")

A("p-in013", "delhidates-test", "en", "Bengaluru", "Bangalore/IN",
  "Whitefield spa - no number here", "Desk", None, """
Whitefield luxury spa, ITPL main road. Couple rooms. We do not post numbers here,
please use the enquiry form. Happy hours 12-4 pm, 20% off. 560066.
""", "")
# ----------------------------------------------------------------- EC ------
A("p-ec001", "quitocitas-test", "es", "Quito", "Quito/EC",
  "Quiteña cariñosa en La Mariscal", "Valeria", 24, """
Hola amores, soy Valeria, 24 años, en La Mariscal, Quito. Atiendo de 10h00 a 22h00.
Llámame al 099 123 4512. Tarifa $40 la media hora, $70 la hora.
""", "+593991234512")

A("p-ec002", "quitocitas-test", "es", "Guayaquil", "Guayaquil/EC",
  "Guayaquil norte - masajes relajantes", "Génesis", 27, """
Masajes relajantes en el norte de Guayaquil (Urdesa). 1 hora $35.
Whatsapp: cero nueve nueve, uno dos tres, cuatro cinco dos ocho
Horario: lunes a sábado 9 a 19.
""", "~+593991234528")

A("p-ec003", "quitocitas-test", "es", "Cuenca", "Cuenca/EC",
  "Cuencana nueva", "Daniela", 22, """
Daniela, cuencana, 22 añitos, 1.62 m, 52 kg. Solo caballeros educados.
📲 +593 99 123 4533. Sector El Ejido. $50.
""", "+593991234533")

A("p-ec004", "quitocitas-test", "es", "Quito", "Quito/EC",
  "Colombiana en el norte de Quito", "Luisa", 25, """
Colombiana recién llegada al norte de Quito (sector La Carolina).
Mi número ecuatoriano 0991234541 y mi WhatsApp colombiano +57 321 123 4541.
$60 la hora, atención a domicilio y hoteles.
""", "+593991234541 +573211234541")

A("p-ec005", "quitocitas-test", "es", "Manta", "Manta/EC",
  "Manta playa - compañía", "Karla", 26, """
Karla en Manta, compañía para turistas. Llamar al O99-I23-4S5O.
No contesto números privados. $45.
""", "~+593991234550")

A("p-ec006", "quitocitas-test", "es", "Guayaquil", "Guayaquil/EC",
  "Spa centro de Guayaquil", "Recepción", None, """
Spa en el centro de Guayaquil, chicas nuevas cada semana. Abierto 24/7.
Sucursal Quito: (02) 212-3456  ·  Guayaquil: 099-123-4561.
Promo 2x1 los martes, 30% desc. código GYE2026.
""", "+59322123456 +593991234561")

A("p-ec007", "quitocitas-test", "es", "Ambato", "Ambato/EC",
  "Ambateña discreta", "Mishel", 23, """
Mishel, Ambato, discreta. Escríbeme al 09 9 12 34 5 seis 7 (solo mensajes).
Edad 23, estatura 1,58. Tarifa 35 dólares.
""", "~+593991234567")

A("p-ec008", "quitocitas-test", "es", "Loja", "Loja/EC",
  "Lojanita de paso", "Andrea", 28, """
Andrea, de paso por Loja solo 3 días (12, 13 y 14 de noviembre).
Citas: 099.123.45.70. Tarifa 50.
""", "+593991234570")

A("p-ec009", "quitocitas-test", "es", "Quito", "Quito/EC",
  "Masajista profesional Cumbayá", "Sofía", 35, """
Masajista profesional en Cumbayá, Quito. Masaje descontracturante 60 min $30.
Citas al convencional 02 2123 489 o al celu 0991234589. 8h00 - 18h00.
""", "+59322123489 +593991234589")

A("p-ec010", "quitocitas-test", "es", "Guayaquil", "Guayaquil/EC",
  "Venezolana en Guayaquil", "Yorgelis", 24, """
Venezolana en Guayaquil sur. Llámame: cero noventa y nueve, ciento veintitrés, cuarenta y cinco, noventa y cuatro
(cel 099 - 123 - 45 - 94). $40.
""", "~+593991234594")

A("p-ec011", "quitocitas-test", "es", "Santo Domingo", "Santo Domingo/EC",
  "Santo Domingo de los Tsáchilas", "Kerly", 25, """
Kerly, Santo Domingo. Atención todos los días de 9 a 21.
Número: zero 99 one23 4599. 25 años, 1.60m.
""", "~+593991234599")

A("p-ec012", "quitocitas-test", "es", "Cuenca", "Cuenca/EC",
  "Cuenca - solo por la web", "Paula", 30, """
Paula, Cuenca centro histórico. No doy número por aquí, escríbeme por la
mensajería de la página. Cédula y edad verificadas. Tarifa $80 (2 horas).
""", "")
# ----------------------------------------------------------------- CO ------
A("p-co001", "bogotaamigas-test", "es", "Bogotá", "Bogota/CO",
  "Paisa en Chapinero", "Camila", 23, """
Hola, soy Camila, paisa de 23 años viviendo en Chapinero, Bogotá.
Llámame o escríbeme al 321 123 4512. Rato $150.000, hora $250.000. Calle 63 # 13-40.
""", "+573211234512")

A("p-co002", "bogotaamigas-test", "es", "Medellín", "Medellin/CO",
  "Medallo - El Poblado - acompañante", "Manuela", 25, """
Manuela en El Poblado, Medellín. Atiendo turistas, hablo inglés.
WhatsApp +57 321 1234 523 📲 Horario 2pm-2am. Tarifa 300 mil la hora.
""", "+573211234523")

A("p-co003", "bogotaamigas-test", "es", "Cali", "Cali/CO",
  "Caleña rumbera", "Yuliana", 22, """
Caleña de 22, 1,65 de estatura. Para rumba y compañía en Cali (barrio Granada).
Mi cel: tres dos uno - uno dos tres - cuatro cinco tres cuatro
Solo mensajes por wasap. 200 mil.
""", "~+573211234534")

A("p-co004", "bogotaamigas-test", "es", "Barranquilla", "Barranquilla/CO",
  "Barranquilla norte masajes", "Spa Caribe", None, """
Spa Caribe, norte de Barranquilla, carrera 53 # 79-21. Masajes relajantes 60 min $90.000.
Citas: 3211234545 - 3211234546. Abierto de 9am a 9pm.
""", "+573211234545 +573211234546")

A("p-co005", "bogotaamigas-test", "es", "Cartagena", "Cartagena/CO",
  "Cartagena - Bocagrande compañía turistas", "Valentina", 24, """
Valentina, Bocagrande, Cartagena. Compañía para turistas y yates.
Cel: 3ZI-I23-4S6O  wasap. USD 120 / hora.
""", "~+573211234560")

A("p-co006", "bogotaamigas-test", "es", "Bogota", "Bogota/CO",
  "Venezolana en Bogotá - norte", "Dayana", 26, """
Dayana, venezolana, norte de Bogotá (Usaquén). Llámame (+57) 321 123 45 67
Fijo del apartamento: (601) 234 5678. $180.000 el rato.
""", "+573211234567 +576012345678")

A("p-co007", "bogotaamigas-test", "es", "Medellin", "Medellin/CO",
  "Laureles, nueva en la ciudad", "Sara", 21, """
Sara, 21 añitos, Laureles, Medellín. Escríbeme al tres veintiuno, ciento veintitrés, cuarenta y cinco, setenta y ocho
Solo 3 días. 250 mil.
""", "~+573211234578")

A("p-co008", "bogotaamigas-test", "es", "Bucaramanga", "Bucaramanga/CO",
  "Santandereana bonita", "Laura", 27, """
Laura, santandereana, Cabecera del Llano, Bucaramanga. Llamar 321-1234589.
No contesto llamadas ocultas. Tarifa 180.000.
""", "+573211234589")

A("p-co009", "bogotaamigas-test", "es", "Pereira", "Pereira/CO",
  "Pereira - chicas del eje cafetero", "Agencia", None, """
Agencia en Pereira, chicas nuevas del eje cafetero todas las semanas.
Pedidos al 3 2 1 * 1 2 3 * 4 5 9 0. Servicio 24 horas. Dosquebradas y Pereira.
""", "~+573211234590")

A("p-co010", "bogotaamigas-test", "es", "Cali", "Cali/CO",
  "Masajes Cali sur", "Katherine", 30, """
Masajista profesional en el sur de Cali, Ciudad Jardín. 1 hora $120.000.
Celular 321.123.45.01 (también WhatsApp). Lunes a sábado 8 a 20.
""", "+573211234501")

A("p-co011", "bogotaamigas-test", "es", "Bogotá D.C.", "Bogota/CO",
  "Bogotá Zona T", "Isabella", 24, """
Isabella en Zona T, Bogotá. Escríbeme: 321 123 4 cinco uno dos.
Medidas 90-60-95. 1.68. Tarifa 300 mil la hora.
""", "~+573211234512")

A("p-co012", "bogotaamigas-test", "es", "Santa Marta", "Santa Marta/CO",
  "Santa Marta - Rodadero", "Natalia", 25, """
Natalia en El Rodadero, Santa Marta, del 20 al 30 de diciembre.
WhatsApp: +573211234555. 250.000 por hora, 1.500.000 la noche.
""", "+573211234555")
# ----------------------------------------------------------------- BR ------
A("p-br001", "acompanhantes-test", "pt", "São Paulo", "Sao Paulo/BR",
  "Loira em Moema com local", "Juliana", 25, """
Oi amores, sou a Juliana, 25 anos, loira, 1,68 m, 58 kg. Local próprio em Moema.
Ligue (11) 96123-4512. Cachê R$ 300 a hora. Atendo das 10h às 22h. CEP 04077-000.
""", "+5511961234512")

A("p-br002", "acompanhantes-test", "pt", "Rio de Janeiro", "Rio de Janeiro/BR",
  "Morena carioca em Copacabana", "Larissa", 23, """
Larissa, morena carioca, 23 aninhos. Copacabana, perto do metrô Cardeal Arcoverde.
Zap: +55 11 9 6123 4523 (meu número é de SP). R$ 250 / 1h.
""", "+5511961234523")

A("p-br003", "acompanhantes-test", "pt", "Belo Horizonte", "Belo Horizonte/BR",
  "Mineirinha no Savassi", "Bruna", 24, """
Mineirinha no Savassi, BH. Chama no zap: onze nove seis um dois três quatro cinco três quatro
Cachê R$ 200. Só atendo com hora marcada.
""", "~+5511961234534")

A("p-br004", "acompanhantes-test", "pt", "Brasília", "Brasilia/BR",
  "Asa Sul - massagem relaxante", "Clínica", None, """
Massagem relaxante na Asa Sul, Brasília. SQS 308 bloco C. Sessão 60 min R$ 180.
Telefone fixo (11) 2345-6745 ou WhatsApp (11) 96123-4545. Seg a sáb 9h às 21h.
""", "+551123456745 +5511961234545")

A("p-br005", "acompanhantes-test", "pt", "Salvador", "Salvador/BR",
  "Baiana em Ondina", "Thaís", 26, """
Thaís, baiana, Ondina/Barra em Salvador. 26 anos, 1,60.
📞 11 961234 556 ... zap o mesmo. R$ 150 meia hora.
""", "+5511961234556")

A("p-br006", "acompanhantes-test", "pt", "Curitiba", "Curitiba/BR",
  "Curitiba Batel - universitária", "Gabi", 21, """
Gabi, universitária, Batel, Curitiba. Só whats: (II) 9GI23-4S67
(troca as letras por números 😉). R$ 350.
""", "~+5511961234567")

A("p-br007", "acompanhantes-test", "pt", "Porto Alegre", "Porto Alegre/BR",
  "Gaúcha no Moinhos de Vento", "Fernanda", 29, """
Fernanda, gaúcha, Moinhos de Vento, Porto Alegre. Atendo em motel e hotel.
Contato: 011 96123 4578. Cachê 400 reais 1h, pernoite 1500.
""", "+5511961234578")

A("p-br008", "acompanhantes-test", "pt", "Recife", "Recife/BR",
  "Recife Boa Viagem", "Aline", 24, """
Aline em Boa Viagem, Recife, de 5 a 9 de dezembro.
Zap 11.96123.4589 / ligação 11-96123-4590. R$ 220.
""", "+5511961234589 +5511961234590")

A("p-br009", "acompanhantes-test", "pt", "Fortaleza", "Fortaleza/BR",
  "Fortaleza - Meireles - massagem", "Renata", 31, """
Massagem tântrica e relaxante no Meireles, Fortaleza. Sessão 1h30 R$ 280.
Agende: 𝟏𝟏 𝟗𝟔𝟏𝟐𝟑-𝟒𝟓𝟗𝟗 (whatsapp). Das 9 às 20h.
""", "~+5511961234599")

A("p-br010", "acompanhantes-test", "pt", "Sampa", "Sao Paulo/BR",
  "Paulista - executiva elegante", "Bia", 27, """
Bia, Av. Paulista, Sampa. Atendo executivos. Whatsapp: 1️⃣1️⃣ 9️⃣6️⃣1️⃣2️⃣3️⃣ 4️⃣5️⃣0️⃣1️⃣
Cachê R$ 500 2h. Pix antecipado 30%.
""", "~+5511961234501")

A("p-br011", "acompanhantes-test", "pt", "São Paulo", "Sao Paulo/BR",
  "Paraguaia e argentina em SP", "Agência", None, """
Novas garotas toda semana: paraguaia, argentina e brasileiras. Moema e Itaim Bibi.
Agendamento 11 96123-4511 (Priscila) — 11 96123-4511 novamente pra quem não anotou!
R$ 250 a R$ 600.
""", "+5511961234511")

A("p-br012", "acompanhantes-test", "pt", "Florianópolis", "Florianopolis/BR",
  "Floripa verão", "Manu", 22, """
Manu, 22, temporada de verão em Floripa (Jurerê). Zap onze noventa e seis, um dois três, quatro cinco dois dois
R$ 300 1h.
""", "~+5511961234522")

A("p-br013", "acompanhantes-test", "pt", "Campinas", "Campinas/BR",
  "Campinas Cambuí - sem telefone", "Duda", 25, """
Duda, Cambuí, Campinas. Não passo telefone no anúncio, me chama pelo chat do site.
Cachê R$ 200. 1,70m, 60kg. CEP 13025-000.
""", "")
# ----------------------------------------------------------------- JP ------
A("p-jp001", "tokyoyoru-test", "ja", "新宿", "Tokyo/JP",
  "新宿・歌舞伎町 メンズエステ 新人入店", "受付", None, """
新宿歌舞伎町のメンズエステです。新人セラピスト入店しました。
60分 12,000円 / 90分 16,000円。営業時間 12:00〜翌5:00。
ご予約 090-1234-5612 まで。
""", "+819012345612")

A("p-jp002", "tokyoyoru-test", "ja", "池袋", "Tokyo/JP",
  "池袋 デリバリー 女の子多数", "受付", None, """
池袋発デリバリー、20代の女の子多数在籍。70分 18,000円〜。
お電話は０９０－１２３４－５６２３（受付10時〜翌4時）。
""", "~+819012345623")

A("p-jp003", "tokyoyoru-test", "ja", "大阪", "Osaka/JP",
  "梅田 個室マッサージ", "さくら", 26, """
梅田駅から徒歩5分、個室マッサージ「さくら」。90分 14,000円。
予約：〇九〇・一二三四・五六三四 (LINE ID: sakura_umeda でも可)
""", "~+819012345634")

A("p-jp004", "tokyoyoru-test", "ja", "横浜", "Yokohama/JP",
  "横浜・関内 エステ", "店長", None, """
関内駅徒歩3分。〒231-0012。アロマオイル60分 10,000円。
TEL 03-1234-5645 / 携帯 090 1234 5645 (店長)
""", "+81312345645 +819012345645")

A("p-jp005", "tokyoyoru-test", "en", "Tokyo", "Tokyo/JP",
  "English-speaking companion in Roppongi", "Emi", 27, """
Emi, 27, Roppongi. English & Japanese. Dinner and drinks company.
Call +81 90 1234 5656 or +81-90-1234-5656 on WhatsApp. 30,000 yen / 2h.
""", "+819012345656")

A("p-jp006", "tokyoyoru-test", "ja", "名古屋", "Nagoya/JP",
  "名古屋・栄 ホテル派遣", "あい", 22, """
栄・錦エリア ホテル派遣。あい(22) T158 B84 W58 H85。
ご連絡は ゼロキューゼロ、イチニサンヨン、ゴーロクロクナナ まで
""", "~+819012345667")

A("p-jp007", "tokyoyoru-test", "ja", "札幌", "Sapporo/JP",
  "すすきの 癒しのマッサージ", "ゆき", 30, """
すすきの駅すぐ。完全予約制。電話番号: 090(1234)5678
料金: 60分 9,000円、延長30分 4,000円。2026年12月オープン。
""", "+819012345678")

A("p-jp008", "tokyoyoru-test", "ja", "福岡", "Fukuoka/JP",
  "博多・中洲 出張エステ", "受付", None, """
博多・中洲エリア出張エステ。女の子全員20代。
ご予約は090ー1234ー5689（24時間受付）。
""", "~+819012345689")

A("p-jp009", "tokyoyoru-test", "ja", "京都", "Kyoto/JP",
  "京都 祇園 お茶屋風 エステ", "まいこ", 25, """
祇園四条駅より徒歩7分。アロマ 75分 13,000円。
090 1234 56 九〇 (最後の二桁は漢字です)
""", "~+819012345690")

A("p-jp010", "tokyoyoru-test", "ja", "東京", "Tokyo/JP",
  "渋谷 デート 相手募集", "りさ", 24, """
渋谷でお食事デートしてくれる方。24歳 OL です。
連絡はサイトのメッセージのみでお願いします。身長162cm、2002年生まれ。
""", "")

A("p-jp011", "tokyoyoru-test", "en", "Osaka", "Osaka/JP",
  "Osaka Namba - Filipina companion", "Joy", 29, """
Joy from the Philippines, now in Namba, Osaka. Call 090.1234.5601
LINE: joy_namba. Room 1208 at the hotel, ask at the desk.
¥20,000 per hour.
""", "+819012345601")

A("p-jp012", "tokyoyoru-test", "ja", "神戸", "Kobe/JP",
  "神戸三宮 リラクゼーション", "受付", None, """
三宮駅東口 徒歩2分 リラクゼーションサロン。
☎ 0 9 0 - 1 2 3 4 - 5 6 1 9  10:00~24:00 年中無休。60分 8,000円。
""", "+819012345619")
# ----------------------------------------------------------------- TH ------
A("p-th001", "bkkladies-test", "en", "Bangkok", "Bangkok/TH",
  "Sukhumvit soi 22 - sweet Thai girl", "Fah", 24, """
Hello, I'm Fah, 24, Sukhumvit soi 22. Hotel or my condo. 2000 baht short time,
5000 baht long time. Call 081 234 5612 or LINE id fah2222. Height 158, 45 kg.
""", "+66812345612")

A("p-th002", "bkkladies-test", "th", "กรุงเทพ", "Bangkok/TH",
  "นวดแผนไทย สุขุมวิท", "ร้านนวด", None, """
ร้านนวดแผนไทยและนวดน้ำมัน ซอยสุขุมวิท 31 เปิด 10.00-24.00 น.
นวดไทย 1 ชม. 400 บาท โทร ๐๘๑-๒๓๔-๕๖๒๓
""", "~+66812345623")

A("p-th003", "bkkladies-test", "en", "Pattaya", "Pattaya/TH",
  "Pattaya Jomtien - freelance", "Nong May", 22, """
Nong May, 22, Jomtien, Pattaya. WhatsApp +66 81 234 5634 . 1500 THB 1h.
Soi 7 Walking Street side also ok.
""", "+66812345634")

A("p-th004", "bkkladies-test", "th", "เชียงใหม่", "Chiang Mai/TH",
  "นวดเพื่อสุขภาพ นิมมาน", "แอน", 29, """
แอน นวดสปา ย่านนิมมานเหมินท์ เชียงใหม่ รับลูกค้าต่างชาติ
โทร ศูนย์แปดหนึ่ง สองสามสี่ ห้าหกสี่ห้า
ราคา 800 บาท 90 นาที
""", "~+66812345645")

A("p-th005", "bkkladies-test", "en", "Phuket", "Phuket/TH",
  "Patong beach company", "Ploy", 25, """
Ploy in Patong, Phuket. Beach days and dinner company for tourists.
Tel. 08 1234 5656 / Line: ploypatong. 3000 baht for the evening. Room 215.
""", "+66812345656")

A("p-th006", "bkkladies-test", "en", "BKK", "Bangkok/TH",
  "Silom massage shop", "Reception", None, """
Silom soi 4 massage. Foot 300 / Thai 450 / Oil 600 (1 hr).
Shop tel 02 123 4567, mobile 0812345667. Open 11am - 2am. BTS Sala Daeng exit 1.
""", "+6621234567 +66812345667")

A("p-th007", "bkkladies-test", "en", "Bangkok", "Bangkok/TH",
  "Nana area - sweet Bee", "Bee", 23, """
Bee, 23, Nana area Bangkok. real girl. call me zero eight one two three four five six seven eight
or write O8I-Z34-S67B
2500฿ short.
""", "~+66812345678")

A("p-th008", "bkkladies-test", "th", "พัทยา", "Pattaya/TH",
  "สาวพัทยา รับงานโรงแรม", "มิ้นท์", 21, """
มิ้นท์ อายุ 21 พัทยากลาง รับงานโรงแรม
เบอร์ 081 234 56 เจ็ดเก้า ไลน์ mint_pty
1500 บาท
""", "~+66812345679")

A("p-th009", "bkkladies-test", "en", "Hua Hin", "Hua Hin/TH",
  "Hua Hin spa", "Spa", None, """
Hua Hin spa on Petchkasem road. Aroma oil 90 min 900 baht.
Booking +66 (0)81-234-5690. Open 9:00 - 22:00 daily. Free pickup in town.
""", "+66812345690")

A("p-th010", "bkkladies-test", "en", "Udon Thani", "Udon Thani/TH",
  "Udon girl, farang friendly", "Joy", 27, """
Joy from Udon Thani, speak english a little. Contact 081~234~5601
(Thai number) or my cousin 081~234~5602. 1000 baht.
""", "~+66812345601 ~+66812345602")

A("p-th011", "bkkladies-test", "en", "Chiang Mai", "Chiang Mai/TH",
  "Old city massage - CNX", "Dao", 36, """
Traditional Thai massage, Chiang Mai old city near Tha Phae gate.
2 hr 500 baht. Call 0 8 1 2 3 4 5 6 1 1 (Dao). Est. 2009.
""", "+66812345611")
# ----------------------------------------------------------------- NG ------
A("p-ng001", "lagosconnect-test", "en", "Lekki", "Lagos/NG",
  "Lekki phase 1 - classy babe for hangout", "Tomi", 24, """
Hi, Tomi here, 24, Lekki Phase 1. Hangouts, dinner, short time & overnight.
Call 0802 123 4512. Short time 30k, overnight 80k. No calls after 1am.
""", "+2348021234512")

A("p-ng002", "lagosconnect-test", "en", "Abuja", "Abuja/NG",
  "Abuja Wuse 2 - sweet company", "Amaka", 26, """
Amaka for Wuse 2, Abuja. Whatsapp +234 802 123 4523 only. Na serious men I dey
reply. Short 40k. I fit come your hotel for Maitama/Asokoro.
""", "+2348021234523")

A("p-ng003", "lagosconnect-test", "en", "PH", "Port Harcourt/NG",
  "Port Harcourt GRA", "Blessing", 23, """
Blessing, 23, GRA phase 2 Port Harcourt. call zero eight zero two, one two three, four five three four
Rates 25k short. 5ft 6.
""", "~+2348021234534")

A("p-ng004", "lagosconnect-test", "en", "Ikeja", "Lagos/NG",
  "Ikeja GRA spa", "Spa Manager", None, """
Ikeja GRA spa, Allen Avenue axis. Body massage 15k (1hr), 25k (2hr).
Call 08021234545, 0802-123-4546. Open 10am - 10pm. No 1 Adeola Street.
""", "+2348021234545 +2348021234546")

A("p-ng005", "lagosconnect-test", "en", "Ibadan", "Ibadan/NG",
  "Ibadan UI area babe", "Funmi", 22, """
Funmi 22 Bodija Ibadan. Text me on O8O2-I23-4S56. 20k short, 50k night.
""", "~+2348021234556")

A("p-ng006", "lagosconnect-test", "en", "VI", "Lagos/NG",
  "VI - Ghanaian & Nigerian girls", "Agent", None, """
Victoria Island & Ikoyi. Ghanaian, Nigerian and Togolese ladies, new every week.
Agent on 234-802-123-4567 and backup 0802 123 4568. 24/7.
""", "+2348021234567 +2348021234568")

A("p-ng007", "lagosconnect-test", "en", "Benin City", "Benin City/NG",
  "Benin - GRA", "Osas", 25, """
Osas, Benin City (GRA). Call 0802 #123# 4578 #. 15k short. My hotel or yours.
""", "~+2348021234578")

A("p-ng008", "lagosconnect-test", "en", "Enugu", "Enugu/NG",
  "Enugu Independence Layout", "Chioma", 27, """
Chioma, Independence Layout, Enugu. Dinner date and company, 30k.
+234(0)8021234589 whatsapp and call.
""", "+2348021234589")

A("p-ng009", "lagosconnect-test", "en", "Kano", "Kano/NG",
  "Kano - discreet", "Aisha", 24, """
Discreet lady in Kano, Nassarawa GRA. I reply only to site messages, no number here.
25k short. Born 2002.
""", "")

A("p-ng010", "lagosconnect-test", "en", "Abj", "Abuja/NG",
  "Abj Garki - massage", "Grace", 30, """
Relaxing massage in Garki, Abuja. 1 hour 20k. Call 0802 1234 5 nine 0 (Grace)
Mon - Sat 11am to 9pm.
""", "~+2348021234590")

A("p-ng011", "lagosconnect-test", "en", "Lagos", "Lagos/NG",
  "Lagos Island - new girl", "Ada", 21, """
Ada 21, new to Lagos, staying Lagos Island. call me 0802123
4501 or whatsapp same number. 30k short time, no bargain.
""", "+2348021234501")
# ----------------------------------------------------------------- DE ------
A("p-de001", "kontaktmarkt-test", "de", "Berlin", "Berlin/DE",
  "Neu in Berlin-Mitte: Lena", "Lena", 23, """
Hallo, ich bin Lena, 23 Jahre, 1,70 m, KF 36. Neu in Berlin-Mitte, Nähe Alexanderplatz.
Termine unter 01512 3456712, auch WhatsApp. 30 Min 100 €, 1 Std 180 €. PLZ 10178.
""", "+4915123456712")

A("p-de002", "kontaktmarkt-test", "de", "Hamburg", "Hamburg/DE",
  "Hamburg St. Georg – Massage", "Studio Alster", None, """
Massagestudio in St. Georg, 3 Damen täglich. Öffnungszeiten Mo-Sa 10-22 Uhr.
Tel. 0151 / 234 567 23 (auch SMS, keine unterdrückten Nummern).
Preise ab 60 € (30 Min). Lange Reihe 114, 20099 Hamburg.
""", "+4915123456723")

A("p-de003", "kontaktmarkt-test", "de", "München", "Munich/DE",
  "München Schwabing – sinnliche Massage", "Tanja", 35, """
Tanja, 35, sinnliche Massage in Schwabing. Ruf an: null eins fünf eins zwei, drei vier fünf sechs sieben drei vier
Termine 11-21 Uhr. 60 Min 150 €.
""", "~+4915123456734")

A("p-de004", "kontaktmarkt-test", "de", "Köln", "Cologne/DE",
  "Köln Ehrenfeld – zärtliche Polin", "Kasia", 27, """
Kasia aus Polen, 27, jetzt in Köln-Ehrenfeld. Nur SMS/WhatsApp: +49 151 23456745
Besuchbar täglich 12-24 Uhr. Auch polnische Nummer: +48 512 345 698.
""", "+4915123456745 +48512345698")

A("p-de005", "kontaktmarkt-test", "de", "Frankfurt am Main", "Frankfurt/DE",
  "FFM Bahnhofsviertel – neue Girls", "Haus 24", None, """
Laufhaus im Bahnhofsviertel, jede Woche neue Girls. 24 Std geöffnet.
Info-Hotline 030 123456 (Zentrale Berlin) oder 0151 2345 6756. Kaiserstr. 60, 60329.
""", "+4930123456 +4915123456756")

A("p-de006", "kontaktmarkt-test", "de", "Stuttgart", "Stuttgart/DE",
  "Stuttgart West, privat", "Mia", 26, """
mia 26 stuttgart west privat
O15I2-3456-767
(das O ist eine Null ;) ) 150€/h
""", "~+4915123456767")

A("p-de007", "kontaktmarkt-test", "de", "Düsseldorf", "Dusseldorf/DE",
  "Düsseldorf Altstadt – Begleitung", "Vanessa", 30, """
Vanessa, 30, niveauvolle Begleitung für Geschäftsessen in Düsseldorf und Umgebung.
Erreichbar unter 0 15 12 - 34 56 78 9. Honorar 300 € / 2 Std. Größe 1,75, Gewicht 60.
""", "+4915123456789")

A("p-de008", "kontaktmarkt-test", "de", "Leipzig", "Leipzig/DE",
  "Leipzig Zentrum – Nur kurz hier!", "Bianca", 22, """
Nur bis Freitag 14.11. in Leipzig!! Bianca 22
0151*2345*6778 anrufen oder schreiben. Zentrum-Süd, 04107. 80€ 20min.
""", "~+4915123456778")

A("p-de009", "kontaktmarkt-test", "de", "Nürnberg", "Nuremberg/DE",
  "Nürnberg – Thai Massage", "Noi", 40, """
Traditionelle Thai-Massage in Nürnberg-Gostenhof. 60 Min 50 €, 90 Min 70 €.
Termine: 0151 - 234 567 - 01 (Deutsch & Thai) oder Thai-Nummer +66 81 234 5699.
""", "+4915123456701 +66812345699")

A("p-de010", "kontaktmarkt-test", "de", "Hannover", "Hanover/DE",
  "Hannover – reife Lady", "Sabine", 48, """
Reife Lady, Hannover-List. Diskret, ohne Zeitdruck. Telefon
null-eins-fünf-eins-zwei / drei-vier-fünf-sechs-sieben-null-zwei
Mo-Fr ab 9 Uhr. 120 €.
""", "~+4915123456702")

A("p-de011", "kontaktmarkt-test", "de", "Dortmund", "Dortmund/DE",
  "Dortmund – zwei Freundinnen", "Ana & Ioana", None, """
Zwei rumänische Freundinnen in Dortmund, Nordstadt. Ana: 0151 23456790,
Ioana (rumänische Nr.): 0040 712 034 591. Jeden Tag 10-02 Uhr.
""", "+4915123456790 +40712034591")

A("p-de012", "kontaktmarkt-test", "de", "Bremen", "Bremen/DE",
  "Bremen Viertel – Massage", "Jana", 33, """
Jana, Bremen (Viertel). Entspannende Massage, 1 Std 90 €.
Tel.: 0151 _ 2345 _ 6711. Termine nur nach Vereinbarung. Ab 1.12.2026 neue Adresse.
""", "~+4915123456711")

A("p-de013", "kontaktmarkt-test", "de", "Berlin", "Berlin/DE",
  "Berlin Schöneberg – ohne Telefon", "Nadja", 29, """
Nadja, 29, Schöneberg. Kontakt nur über das Nachrichtensystem der Seite, keine Anrufe.
Anzeigen-Nr. 0151-2026. Größe 1,68, KF 34.
""", "")

A("p-de014", "kontaktmarkt-test", "de", "Essen", "Essen/DE",
  "Essen-Rüttenscheid: Lara", "Lara", 24, """
Lara, 24, Rüttenscheid. 𝟬𝟭𝟱𝟭 𝟮𝟯𝟰𝟱 𝟲𝟳𝟮𝟭 (auch WhatsApp)
Besuchbar 10-20 Uhr. 45135 Essen.
""", "~+4915123456721")
# ----------------------------------------------------------------- PL ------
A("p-pl001", "ogloszenia-test", "pl", "Warszawa", "Warsaw/PL",
  "Warszawa Mokotów – miła brunetka", "Ola", 24, """
Cześć, jestem Ola, 24 lata, 168 cm, 55 kg. Mokotów, dyskretne mieszkanie.
Tel. 512 345 612. 200 zł / 30 min, 300 zł / godz. Zapraszam 10-22.
""", "+48512345612")

A("p-pl002", "ogloszenia-test", "pl", "Kraków", "Krakow/PL",
  "Kraków Kazimierz – masaż relaksacyjny", "Gabinet", None, """
Gabinet masażu, Kraków Kazimierz. Masaż relaksacyjny 60 min 180 zł.
Rezerwacje: pięć jeden dwa, trzy cztery pięć, sześć dwa trzy. Czynne pn-sob 9-21.
""", "~+48512345623")

A("p-pl003", "ogloszenia-test", "pl", "Wrocław", "Wroclaw/PL",
  "Wrocław Rynek – nowa", "Karolina", 22, """
Karolina 22 latka, Wrocław okolice Rynku. Dzwoń +48 512-345-634
Tylko panowie kulturalni. 250 zł.
""", "+48512345634")

A("p-pl004", "ogloszenia-test", "pl", "Poznań", "Poznan/PL",
  "Poznań – dojrzała pani", "Ewa", 41, """
Dojrzała, zadbana pani, Poznań Jeżyce. Numer: 5I2 3AS 6A5 (litery zamiast cyfr)
Przyjmuję od 12 do 20. 200 zł.
""", "~+48512345645")

A("p-pl005", "ogloszenia-test", "pl", "Gdańsk", "Gdansk/PL",
  "Trójmiasto – Gdańsk Wrzeszcz", "Natalia", 26, """
Natalia, Gdańsk Wrzeszcz, blisko SKM. Tel: 512.345.656 lub WhatsApp ten sam.
Wzrost 170, waga 58, rozmiar 36. 300 zł/h.
""", "+48512345656")

A("p-pl006", "ogloszenia-test", "pl", "Łódź", "Lodz/PL",
  "Łódź centrum – Piotrkowska", "Monika", 28, """
Monika, Łódź, okolice Piotrkowskiej. Zadzwoń: pięćset dwanaście, trzysta czterdzieści pięć, sześćset siedemdziesiąt
200 zł pół godziny.
""", "~+48512345670")

A("p-pl007", "ogloszenia-test", "pl", "Katowice", "Katowice/PL",
  "Katowice – dwie koleżanki", "Ania i Kasia", None, """
Dwie koleżanki w Katowicach (centrum). Ania 512 345 678, Kasia 512 345 679.
Razem 600 zł. Czynne codziennie 11-23.
""", "+48512345678 +48512345679")

A("p-pl008", "ogloszenia-test", "pl", "Szczecin", "Szczecin/PL",
  "Szczecin – Ukrainka", "Oksana", 25, """
Oksana z Ukrainy, teraz Szczecin Pogodno. Polski numer 512-345-680,
ukraiński Viber +380 50 123 4580. 250 zł godz.
""", "+48512345680 +380501234580")

A("p-pl009", "ogloszenia-test", "pl", "Lublin", "Lublin/PL",
  "Lublin – masaż tajski", "Salon", None, """
Masaż tajski, Lublin, ul. Narutowicza. 90 min 220 zł.
Kontakt: 5 1 2 | 3 4 5 | 6 9 0. Otwarte 10:00-20:00. Kod 20-016.
""", "~+48512345690")

A("p-pl010", "ogloszenia-test", "pl", "Warszawa", "Warsaw/PL",
  "Warszawa Wola – studentka", "Julia", 21, """
Julia, studentka, Wola. Pisz na wapp: 512 34 56 01. Spotkania 300 zł.
Urodzona 2005, 160 cm.
""", "+48512345601")

A("p-pl011", "ogloszenia-test", "pl", "Bydgoszcz", "Bydgoszcz/PL",
  "Bydgoszcz – tylko sms", "Marta", 30, """
Marta, Bydgoszcz Fordon. Tylko SMS: pięć-jeden-dwa trzy-cztery-pięć sześć-zero-dwa.
Cena 180 zł. Bez zastrzeżonych numerów.
""", "~+48512345602")

A("p-pl012", "ogloszenia-test", "pl", "Warszawa", "Warsaw/PL",
  "Warszawa Praga – nowa dziewczyna co tydzień", "Agencja", None, """
Agencja, Warszawa Praga-Północ, co tydzień nowe dziewczyny. Całą dobę.
Tel 0048 512 345 611 lub 512345611. Ceny od 150 zł.
""", "+48512345611")

A("p-pl013", "ogloszenia-test", "pl", "Krakow", "Krakow/PL",
  "Krakow Nowa Huta", "Dominika", 27, """
Dominika, Nowa Huta. Numer: 512 345 6 dwadzieścia dwa
(pisz wcześniej). 200 zł za godzinę, wzrost 165.
""", "~+48512345622")
# ----------------------------------------------------------------- RO ------
A("p-ro001", "anunturi-test", "ro", "Bucuresti", "Bucharest/RO",
  "Bucuresti Sector 1 - bruneta noua", "Alexandra", 23, """
Buna, sunt Alexandra, 23 ani, 1,68 m, 55 kg. Sector 1, zona Victoriei, locatie discreta.
Tel: 0712 034 512. 300 lei / 30 min, 500 lei / ora. Program 10:00-24:00.
""", "+40712034512")

A("p-ro002", "anunturi-test", "ro", "Cluj", "Cluj-Napoca/RO",
  "Cluj-Napoca - masaj de relaxare", "Salon", None, """
Salon de masaj in Cluj-Napoca, zona Marasti. Masaj de relaxare 60 min 200 lei.
Programari la zero sapte unu doi, zero trei patru, cinci doi trei.
""", "~+40712034523")

A("p-ro003", "anunturi-test", "ro", "Timisoara", "Timisoara/RO",
  "Timisoara - noua in oras", "Bianca", 21, """
Bianca 21 ani, noua in Timisoara, doar cateva zile!! Suna 0712-034-534
Zona Complex Studentesc. 250 lei.
""", "+40712034534")

A("p-ro004", "anunturi-test", "ro", "Iași", "Iasi/RO",
  "Iasi - doamna matura", "Carmen", 42, """
Doamna matura, discreta, Iasi centru. Nr. meu: O7I2 O34 S4S
Primesc de luni pana vineri, 12-20. 200 lei.
""", "~+40712034545")

A("p-ro005", "anunturi-test", "ro", "Constanta", "Constanta/RO",
  "Constanta Mamaia - vara", "Diana", 24, """
Diana, vara in Mamaia/Constanta. Whatsapp +40 712 034 556. 400 lei ora.
Hotel sau la mine. Sezonul iunie-septembrie.
""", "+40712034556")

A("p-ro006", "anunturi-test", "ro", "Brasov", "Brasov/RO",
  "Brasov - doua prietene", "Ea si prietena ei", None, """
Ea este Ioana, 22, si prietena ei Maria, 24, in Brasov, zona Tractorul.
Sunati la 0712.034.567 sau 0712.034.568. 350 lei fiecare.
""", "+40712034567 +40712034568")

A("p-ro007", "anunturi-test", "ro", "Bucureşti", "Bucharest/RO",
  "Sector 3 Titan - masaj", "Ana", 30, """
Masaj profesional Sector 3, metrou Titan. 60 min 150 lei.
Telefon fix 021 123 4578 sau mobil 0712 034 578. Program L-S 9-21.
""", "+40211234578 +40712034578")

A("p-ro008", "anunturi-test", "ro", "Craiova", "Craiova/RO",
  "Craiova - studenta", "Larisa", 20, """
Larisa, studenta, Craiova. Scrie pe whatsapp: zero șapte unu doi zero trei patru cinci opt nouă
Nu raspund la numere private. 200 lei.
""", "~+40712034589")

A("p-ro009", "anunturi-test", "ro", "Oradea", "Oradea/RO",
  "Oradea - noua", "Roxana", 25, """
Roxana, Oradea centru. 0712~034~590 ~~ 250 lei ~~ 1,65 ~~ 55 kg ~~ 25 ani
""", "~+40712034590")

A("p-ro010", "anunturi-test", "ro", "Galati", "Galati/RO",
  "Galati - fara numar", "Irina", 28, """
Irina, Galati. Nu dau numarul aici, imi scrieti in privat pe site.
Tarif 300 lei. 28 de ani, 1,70 m.
""", "")

A("p-ro011", "anunturi-test", "ro", "Bucuresti", "Bucharest/RO",
  "Sector 2 Obor - tanara noua", "Denisa", 22, """
Denisa, 22, Obor. Telefonul meu: 0712 034
501 (suna intre 11 si 23). 400 lei / ora, 200 lei / 20 min.
""", "+40712034501")

A("p-ro012", "anunturi-test", "ro", "Sibiu", "Sibiu/RO",
  "Sibiu - masaj cu uleiuri", "Elena", 35, """
Masaj cu uleiuri esentiale, Sibiu. 0040.712.034.511 . 180 lei / 60 min. Cod postal 550024.
""", "+40712034511")

A("p-ro013", "anunturi-test", "ro", "Ploiesti", "Ploiesti/RO",
  "Ploiesti - zona Nord", "Andreea", 24, """
Andreea Ploiesti Nord. Suna: 0-7-1-2 / 0-3-4 / 5-2-2 sau mesaj. 250 lei.
""", "+40712034522")
# ----------------------------------------------------------------- ES ------
A("p-es001", "contactos-test", "es", "Madrid", "Madrid/ES",
  "Madrid Salamanca - chica española", "Lucía", 25, """
Hola, soy Lucía, 25 años, española, 1,67. Piso discreto en barrio de Salamanca.
Llámame al 612 34 56 12. 100 € 30 min, 150 € la hora. De 11 a 23 h. CP 28006.
""", "+34612345612")

A("p-es002", "contactos-test", "ca", "Barcelona", "Barcelona/ES",
  "Barcelona Eixample - massatges", "Centre", None, """
Centre de massatges a l'Eixample de Barcelona. Massatge relaxant 60 min 70 €.
Reserves: 612 345 623 (també WhatsApp). Obert de dilluns a dissabte, 10-21 h.
""", "+34612345623")

A("p-es003", "contactos-test", "es", "Valencia", "Valencia/ES",
  "Valencia Ruzafa - colombiana", "Daniela", 27, """
Daniela, colombiana, Ruzafa (Valencia). Mi número: seis uno dos, tres cuatro cinco, seis tres cuatro
Salidas a hotel 200 €. Recién llegada, solo esta semana.
""", "~+34612345634")

A("p-es004", "contactos-test", "es", "Sevilla", "Seville/ES",
  "Sevilla Nervión", "Rocío", 29, """
Rocío, sevillana, en Nervión. Tfno 612-345-645. 80 € media hora.
Medidas 95-62-96. Del 3 al 17 de diciembre.
""", "+34612345645")

A("p-es005", "contactos-test", "es", "Málaga", "Malaga/ES",
  "Málaga centro - masajes", "Marta", 33, """
Masajes relajantes en Málaga centro, C/ Larios. 1 h 60 €.
WhatsApp +34 612 345 656 · +34 612 345 656 (repito por si acaso). 10:00-20:00.
""", "+34612345656")

A("p-es006", "contactos-test", "es", "Bilbao", "Bilbao/ES",
  "Bilbao Indautxu", "Nerea", 26, """
Nerea, Bilbao (Indautxu). Llama al 6I2 34S 667 (cambia las letras).
120 €/h. Lunes a viernes.
""", "~+34612345667")

A("p-es007", "contactos-test", "es", "Zaragoza", "Zaragoza/ES",
  "Zaragoza - rumana nueva", "Alina", 23, """
Alina, rumana, nueva en Zaragoza (Delicias). Teléfono español 612 345 678,
rumano 0040 712 034 579. 100 € la hora. 24 horas.
""", "+34612345678 +40712034579")

A("p-es008", "contactos-test", "es", "Alicante", "Alicante/ES",
  "Alicante Playa San Juan", "Sandra", 30, """
Sandra, Playa de San Juan (Alicante). Llámame: 6 1 2 - 3 4 5 - 6 8 9
Salidas y piso propio. 90 €. Código postal 03540.
""", "+34612345689")

A("p-es009", "contactos-test", "es", "Palma de Mallorca", "Palma/ES",
  "Palma - compañía para turistas", "Laura", 28, """
Laura, Palma de Mallorca, compañía para turistas en verano. Hablo inglés y alemán.
Call/WhatsApp: plus three four, six one two, three four five, six nine zero.
""", "~+34612345690")

A("p-es010", "contactos-test", "es", "Marbella", "Marbella/ES",
  "Marbella Puerto Banús - elegante", "Victoria", 27, """
Victoria, Puerto Banús, Marbella. Cenas y eventos. 300 € / 2 h.
Tel: (+34) 612.34.56.01 - solo mensajes antes de las 12.
""", "+34612345601")

A("p-es011", "contactos-test", "es", "Madrid", "Madrid/ES",
  "Madrid Tetuán - chicas nuevas cada semana", "Encargada", None, """
Piso en Tetuán, Madrid, chicas nuevas cada semana: latinas y europeas.
Abierto 24 h. Encargada: seis-uno-dos * tres-cuatro-cinco * seis-cero-dos
Desde 50 € 20 min.
""", "~+34612345602")

A("p-es012", "contactos-test", "es", "Barna", "Barcelona/ES",
  "Barna Gràcia - sin teléfono", "Clara", 24, """
Clara, 24, Gràcia. Solo contacto por el chat de la web, no doy teléfono.
150 €. Ref. anuncio 612345. Altura 1,72.
""", "")

A("p-es013", "contactos-test", "es", "Ibiza", "Ibiza/ES",
  "Ibiza temporada", "Paola", 26, """
Paola, temporada en Ibiza (Sant Antoni). Mi número italiano no funciona aquí,
usa el español: 612_345_611. Julio y agosto. 250 €/h.
""", "~+34612345611")
# ----------------------------------------------------------------- BG ------
A("p-bg001", "obiavi-test", "bg", "София", "Sofia/BG",
  "София център - нова", "Мария", 24, """
Здравейте, аз съм Мария, 24 г., 1,68 м, 55 кг. София, център, дискретна квартира.
Тел. 043 012 312. 100 лв. за 30 мин, 160 лв. за час. От 10 до 24 ч.
""", "+35943012312")

A("p-bg002", "obiavi-test", "bg", "Пловдив", "Plovdiv/BG",
  "Пловдив - релаксиращ масаж", "Студио", None, """
Релаксиращ масаж в Пловдив, Капана. 60 мин - 60 лв.
Записване на нула четири три, нула едно две, три две три. Пон-Съб 9-21.
""", "~+35943012323")

A("p-bg003", "obiavi-test", "bg", "Варна", "Varna/BG",
  "Варна - лятно приключение", "Деси", 22, """
Деси, 22, Варна, Морската градина. Звънни +359 43 012 334, Viber/WhatsApp.
120 лв. на час. Юни-септември.
""", "+35943012334")

A("p-bg004", "obiavi-test", "bg", "Burgas", "Burgas/BG",
  "Burgas center, english ok", "Nikol", 25, """
Nikol, Burgas center, near the sea garden. Call O43 OI2 34S (english and bulgarian)
150 leva per hour. Hotel visits in Sunny Beach too.
""", "~+35943012345")

A("p-bg005", "obiavi-test", "bg", "Русе", "Ruse/BG",
  "Русе - зряла дама", "Ивета", 39, """
Зряла дама, Русе, дискретно. Телефон 0 43 01 23 56. Само SMS до 18 ч.
80 лв. Пощенски код 7000.
""", "+35943012356")

A("p-bg006", "obiavi-test", "bg", "Стара Загора", "Stara Zagora/BG",
  "Стара Загора - две приятелки", "Ина и Вики", None, """
Две приятелки в Стара Загора. Ина: 043/012/367, Вики: 043/012/368.
Заедно 250 лв. Всеки ден 12-24.
""", "+35943012367 +35943012368")

A("p-bg007", "obiavi-test", "bg", "Sofia", "Sofia/BG",
  "Sofia Lozenets - massage", "Elena", 31, """
Massage studio in Lozenets, Sofia. 60 min 70 BGN. Tel 00359 43 012 378.
Mon-Sat 10:00-20:00. Postcode 1164.
""", "+35943012378")

A("p-bg008", "obiavi-test", "bg", "София", "Sofia/BG",
  "Младост - студентка", "Габи", 21, """
Габи, студентка, Младост 1. Пиши ми: нула 43 нула 12 три осем девет
Само вайбър. 120 лв.
""", "~+35943012389")

A("p-bg009", "obiavi-test", "bg", "Плевен", "Pleven/BG",
  "Плевен - без телефон", "Яна", 27, """
Яна, Плевен. Телефон не давам тук, пишете ми лично съобщение в сайта.
100 лв. на час. 27 години, 1,70.
""", "")

A("p-bg010", "obiavi-test", "bg", "Варна", "Varna/BG",
  "Варна Чайка - масаж", "Лили", 34, """
Класически и релаксиращ масаж, Варна, кв. Чайка. 50 лв / 60 мин.
📞 043 - 012 - 390 • 📞 043 - 012 - 390 (същият номер и за Viber)
""", "+35943012390")

A("p-bg011", "obiavi-test", "bg", "Plovdiv", "Plovdiv/BG",
  "Plovdiv - Romanian girl", "Ramona", 23, """
Ramona from Romania, few days in Plovdiv. Bulgarian nr 043 012 301,
Romanian WhatsApp +40 712 034 501. 150 leva.
""", "+35943012301 +40712034501")
# ----------------------------------------------------------------- HU ------
A("p-hu001", "randi-test", "hu", "Budapest", "Budapest/HU",
  "Budapest XIII. ker. - új lány", "Lili", 23, """
Szia, Lili vagyok, 23 éves, 168 cm, 54 kg. XIII. kerület, diszkrét lakás.
Hívj: 06 20 123 4512. 30 perc 20 000 Ft, 1 óra 30 000 Ft. 10-22 óráig.
""", "+36201234512")

A("p-hu002", "randi-test", "hu", "Debrecen", "Debrecen/HU",
  "Debrecen - relaxáló masszázs", "Szalon", None, """
Relaxáló masszázs Debrecenben, belváros. 60 perc 12 000 Ft.
Bejelentkezés: nulla hat, húsz, egy kettő három, négy öt kettő három
Hétfőtől szombatig 9-20.
""", "~+36201234523")

A("p-hu003", "randi-test", "hu", "Szeged", "Szeged/HU",
  "Szeged - egyetemista", "Réka", 21, """
Réka, 21, Szeged. SMS vagy Viber: +36 20 123 4534. 25 ezer / óra.
""", "+36201234534")

A("p-hu004", "randi-test", "hu", "Pécs", "Pecs/HU",
  "Pécs belváros", "Kitti", 25, """
Kitti, Pécs belváros. Tel.: 06-20/123-4545. Hívj nyugodtan 11-től 23-ig.
Mérete 90-60-90, 165 cm. 7621 Pécs.
""", "+36201234545")

A("p-hu005", "randi-test", "hu", "Győr", "Gyor/HU",
  "Győr - két barátnő", "Vivi és Dóri", None, """
Két barátnő Győrben. Vivi: 0620 123 4556, Dóri: 0620 123 4557.
Együtt 50 000 Ft. Minden nap 12-24.
""", "+36201234556 +36201234557")

A("p-hu006", "randi-test", "hu", "Miskolc", "Miskolc/HU",
  "Miskolc - érett hölgy", "Anikó", 43, """
Érett hölgy, Miskolc. Számom: O6 ZO IZ3 4S67 (betűk helyett számok!)
Diszkréció. 20 000 Ft.
""", "~+36201234567")

A("p-hu007", "randi-test", "hu", "Bp", "Budapest/HU",
  "Bp VI. ker - thai masszázs", "Thai Szalon", None, """
Thai masszázs a VI. kerületben, Andrássy út közelében. 60 perc 15 000 Ft.
Tel: +36-20-123-4578 vagy 06 1 234 5678 (vezetékes). Nyitva 10-22.
""", "+36201234578 +3612345678")

A("p-hu008", "randi-test", "hu", "Siófok", "Siofok/HU",
  "Siófok nyár - Balaton", "Nikoletta", 24, """
Nikoletta, nyáron Siófokon. Hívj: nulla-hat-kettő-nulla egy-kettő-három négy-öt-nyolc-kilenc
Ft 30 000 / óra. Júniustól augusztusig.
""", "~+36201234589")

A("p-hu009", "randi-test", "hu", "Kecskemét", "Kecskemet/HU",
  "Kecskemét", "Bianka", 22, """
Bianka 22 kecskemét. 06 20 123
4590 csak sms. 20e.
""", "+36201234590")

A("p-hu010", "randi-test", "hu", "Budapest", "Budapest/HU",
  "Budapest - román lány", "Ioana", 24, """
Ioana, román lány, Budapest VIII. kerület. Magyar szám: 06 20 123 4501,
román: 0040 712 034 598. 25 000 Ft.
""", "+36201234501 +40712034598")

A("p-hu011", "randi-test", "hu", "Nyíregyháza", "Nyiregyhaza/HU",
  "Nyíregyháza - csak üzenet", "Dia", 26, """
Dia, Nyíregyháza. Telefonszámot nem adok meg, írj üzenetet az oldalon.
26 éves, 170 cm. 20 000 Ft. Hirdetés száma: 4400-2026.
""", "")
# ----------------------------------------------------------------- LT ------
A("p-lt001", "skelbimai-test", "lt", "Vilnius", "Vilnius/LT",
  "Vilnius centras - nauja mergina", "Greta", 23, """
Labas, aš Greta, 23 m., 170 cm, 55 kg. Vilniaus centras, diskretiški apartamentai.
Tel. +370 612 34512. 30 min 60 €, 1 val. 100 €. Nuo 10 iki 24 val.
""", "+37061234512")

A("p-lt002", "skelbimai-test", "lt", "Kaunas", "Kaunas/LT",
  "Kaunas - atpalaiduojantis masažas", "Salonas", None, """
Atpalaiduojantis masažas Kaune, Žaliakalnis. 60 min 40 €.
Registracija 8 612 34523 arba 8-612-34524. Pirm.-šešt. 9-21 val.
""", "+37061234523 +37061234524")

A("p-lt003", "skelbimai-test", "lt", "Klaipėda", "Klaipeda/LT",
  "Klaipėda - vasara prie jūros", "Ieva", 25, """
Ieva, Klaipėda / Smiltynė. Skambink: aštuoni šeši vienas du, trys keturi penki trys keturi
80 € valanda.
""", "~+37061234534")

A("p-lt004", "skelbimai-test", "lt", "Siauliai", "Siauliai/LT",
  "Šiauliai - brandi moteris", "Rasa", 40, """
Brandi moteris, Šiauliai. Tel. 0 612 34545 (naujas numeris nuo 2025, senas 8 612 34545).
Tik SMS. 50 €.
""", "+37061234545")

A("p-lt005", "skelbimai-test", "lt", "Vilnius", "Vilnius/LT",
  "Vilnius Užupis - studentė", "Emilija", 21, """
Emilija, studentė, Užupis. Rašyk: 86I2 3AS 6O (raidės vietoj skaičių)
70 €. Gimusi 2005 m.
""", "~+37061234560")

A("p-lt006", "skelbimai-test", "lt", "Panevėžys", "Panevezys/LT",
  "Panevėžys", "Jurgita", 28, """
Jurgita Panevėžys. +370-612-345-67 viber/whatsapp. 60 €/val. LT-35200.
""", "+37061234567")

A("p-lt007", "skelbimai-test", "ru", "Вильнюс", "Vilnius/LT",
  "Вильнюс - девушка из Украины", "Алина", 24, """
Алина, из Украины, сейчас в Вильнюсе (Науйининкай). Литовский номер +370 612 34578,
украинский Telegram +380 50 123 4579. 100 € час.
""", "+37061234578 +380501234579")

A("p-lt008", "skelbimai-test", "lt", "Palanga", "Palanga/LT",
  "Palanga - tik vasarą", "Karina", 26, """
Karina, Palanga, tik birželio-rugpjūčio mėn. Tel.: 8*612*345*89
Vieta prie Basanavičiaus g. 90 €.
""", "~+37061234589")

A("p-lt009", "skelbimai-test", "lt", "Kaunas", "Kaunas/LT",
  "Kaunas - be telefono", "Agnė", 27, """
Agnė, Kaunas senamiestis. Telefono nerašau, susisiekite per svetainės žinutes.
80 € valanda. Ūgis 168.
""", "")

A("p-lt010", "skelbimai-test", "lt", "Vilnius", "Vilnius/LT",
  "Vilnius - dvi draugės", "Lina ir Monika", None, """
Dvi draugės Vilniuje, Žirmūnai. Lina: nulis šeši vienas du trys keturi penki devyni nulis
Monika: 0-612-34591. Kartu 180 €.
""", "~+37061234590 +37061234591")
# ----------------------------------------------------------------- UA ------
A("p-ua001", "znayomstva-test", "uk", "Київ", "Kyiv/UA",
  "Київ, Печерськ - приємне знайомство", "Олена", 24, """
Привіт, я Олена, 24 роки, 170 см, 55 кг. Печерськ, окрема квартира.
Тел. 050 123 45 12. 1 година 2000 грн. З 10:00 до 23:00.
""", "+380501234512")

A("p-ua002", "znayomstva-test", "ru", "Киев", "Kyiv/UA",
  "Киев Оболонь - массаж", "Салон", None, """
Расслабляющий массаж на Оболони, Киев. 60 мин 1200 грн.
Запись: +38 (050) 123-45-23, Viber/Telegram. Ежедневно 9-21.
""", "+380501234523")

A("p-ua003", "znayomstva-test", "uk", "Львів", "Lviv/UA",
  "Львів, центр - студентка", "Софія", 21, """
Софія, 21, студентка, Львів центр. Пиши в телеграм: нуль п'ять нуль, один два три, чотири п'ять три чотири
1500 грн година.
""", "~+380501234534")

A("p-ua004", "znayomstva-test", "ru", "Одесса", "Odesa/UA",
  "Одесса Аркадия - летом", "Карина", 25, """
Карина, Одесса, Аркадия. Только летний сезон. Звони +380501234545.
Рост 168, вес 52. 2500 грн / час.
""", "+380501234545")

A("p-ua005", "znayomstva-test", "ru", "Харьков", "Kharkiv/UA",
  "Харьков - зрелая дама", "Светлана", 42, """
Зрелая дама, Харьков, Салтовка. Номер: ноль пятьдесят, сто двадцать три, сорок пять, пятьдесят шесть
Только звонки. 1000 грн.
""", "~+380501234556")

A("p-ua006", "znayomstva-test", "uk", "Дніпро", "Dnipro/UA",
  "Дніпро - дві подруги", "Аня і Катя", None, """
Дві подруги в Дніпрі, центр. Аня (050)1234567, Катя (050)1234568.
Разом 4000 грн. Щодня 12-24.
""", "+380501234567 +380501234568")

A("p-ua007", "znayomstva-test", "en", "Kiev", "Kyiv/UA",
  "Kiev - english speaking companion", "Natasha", 27, """
Natasha, Kiev (Podil). English speaking companion for business trips.
Telegram / WhatsApp: O5O I23 4S 7B  -- letters = digits. $150 per hour.
""", "~+380501234578")

A("p-ua008", "znayomstva-test", "uk", "Запоріжжя", "Zaporizhzhia/UA",
  "Запоріжжя - без номера", "Ірина", 28, """
Ірина, Запоріжжя. Номер тут не пишу, пишіть в особисті повідомлення на сайті.
28 років, 1000 грн.
""", "")

A("p-ua009", "znayomstva-test", "ru", "Київ", "Kyiv/UA",
  "Левобережная - новенькая", "Даша", 22, """
Даша, 22, новенькая, Левобережная. 050-123-45-89 (вайбер) ... или 8 050 123 45 89 старый формат.
2000 грн.
""", "+380501234589")

A("p-ua010", "znayomstva-test", "uk", "Vinnytsia", "Vinnytsia/UA",
  "Вінниця", "Юля", 26, """
Юля, Вінниця, центр. 0 5 0 • 1 2 3 • 4 5 • 9 0 тільки смс. 1200 грн. Поштовий індекс 21000.
""", "~+380501234590")

A("p-ua011", "znayomstva-test", "ru", "Одеса", "Odesa/UA",
  "Одесса - массаж Приморский", "Вера", 33, """
Массаж, Приморский район, Одесса. Тел.: +38-050-123-45-01. Сеанс 90 мин 1500 грн.
Работаю с 2015 года.
""", "+380501234501")

A("p-ua012", "znayomstva-test", "uk", "Харків", "Kharkiv/UA",
  "Харків - телеграм", "Віка", 23, """
Віка, Харків, Нагірний район. Телеграм +380 5O l23 45 O2 (o = 0, l = 1)
1500 грн.
""", "~+380501234502")
# ----------------------------------------------------------------- DK ------
A("p-dk001", "massagepiger-test", "da", "Kbh", "Copenhagen/DK",
  "Ny pige på Vesterbro", "Sofie", 23, """
Hej, jeg hedder Sofie, 23 år, 168 cm, 55 kg. Ny på Vesterbro, diskret lejlighed.
Ring 34 41 23 12. 30 min 800 kr, 1 time 1200 kr. Åben 10-22. 1620 Kbh V.
""", "+4534412312")

A("p-dk002", "massagepiger-test", "da", "Aarhus", "Aarhus/DK",
  "Aarhus C – afslappende massage", "Klinik", None, """
Afslappende massage i Aarhus C. 60 min 600 kr, 90 min 850 kr.
Tidsbestilling: tre fire fire en to tre to tre. Man-lør 9-21. 8000 Aarhus C.
""", "~+4534412323")

A("p-dk003", "massagepiger-test", "da", "Odense", "Odense/DK",
  "Odense – kun få dage!", "Nikoline", 21, """
Nikoline 21, i Odense KUN få dage (tirs-fre). Ring eller sms 3441 2334
Pris 1000 kr/time. Højde 165, str. 36.
""", "+4534412334")

A("p-dk004", "dkdating-test", "en", "Copenhagen", "Copenhagen/DK",
  "Thai massage girl in Copenhagen - Thai number", "Nok", 31, """
Sawasdee ka! Nok from Thailand, now in Copenhagen (Amager). Thai oil massage 1 hour 500 kr.
I use my Thai phone with WhatsApp: +66 81 234 5648, or Danish 34412345.
""", "+66812345648 +4534412345")

A("p-dk005", "massagepiger-test", "da", "Aalborg", "Aalborg/DK",
  "Aalborg – moden kvinde", "Hanne", 45, """
Moden, diskret kvinde i Aalborg. Ring på
fireogtredive enogfyrre treogtyve seksogfyrre
Kun mellem 10 og 18. 900 kr. 9000 Aalborg.
""", "~+4534412346")

A("p-dk006", "massagepiger-test", "da", "Esbjerg", "Esbjerg/DK",
  "Esbjerg – ny rumænsk pige", "Alexandra", 24, """
Ny pige fra Rumænien i Esbjerg. Hun er sød og smilende, 24 år.
Ring til hende: 34-41-23-56 eller rumænsk nr. +40 712 034 557. 1000 kr.
""", "+4534412356 +40712034557")

A("p-dk007", "massagepiger-test", "da", "Vejle", "Vejle/DK",
  "Vejle – privat", "Maja", 28, """
maja 28 vejle privat... 3 4 4 1 * 2 3 6 7 ... kun sms ... 1200kr/t
""", "~+4534412367")

A("p-dk008", "massagepiger-test", "da", "Randers", "Randers/DK",
  "Randers massage", "Lotte", 38, """
Helkropsmassage i Randers. 1 time 500 kr. Tlf. 32 12 34 78 (fastnet) eller mobil 34 41 23 78.
Åbningstider hverdage 9.30-18.00.
""", "+4532123478 +4534412378")

A("p-dk009", "dkdating-test", "da", "Kolding", "Kolding/DK",
  "Kolding – to veninder", "Ida & Emma", None, """
To veninder i Kolding! Ida ringes på 34 41 23 89, Emma på tre fire fire en, to tre ni nul.
Sammen 2000 kr. Hver dag 12-24.
""", "+4534412389 ~+4534412390")

A("p-dk010", "massagepiger-test", "da", "Horsens", "Horsens/DK",
  "Horsens – ny asiatisk massage", "Spa", None, """
Ny asiatisk massage i Horsens centrum, nye piger hver uge.
Ring 3441 2301. Åben alle dage 10-22. Pris fra 400 kr. 8700 Horsens.
""", "+4534412301")

A("p-dk011", "massagepiger-test", "da", "Herning", "Herning/DK",
  "Herning – Laura", "Laura", 26, """
Laura, 26, Herning. Mit nummer er 34 41 23 0 to. Ring kun mellem 12 og 22.
Jeg er 170 cm og vejer 60 kg. 1100 kr.
""", "~+4534412302")

A("p-dk012", "massagepiger-test", "da", "Roskilde", "Roskilde/DK",
  "Roskilde – diskret", "Camilla", 32, """
Camilla i Roskilde. +45 34 41 23 11 ... +45 34 41 23 11 (samme nummer på sms).
Diskret adresse tæt på stationen. 4000 Roskilde. 1000 kr.
""", "+4534412311")

A("p-dk013", "dkdating-test", "da", "Helsingør", "Helsingor/DK",
  "Helsingør – kun weekend", "Mette", 35, """
Mette, Helsingør, kun weekender. Sms til
34 41 23
22 og skriv hvornår. 900 kr.
""", "+4534412322")

A("p-dk014", "massagepiger-test", "da", "Næstved", "Naestved/DK",
  "Næstved – thai massage", "Ploy", 40, """
Thai massage i Næstved. 60 min 450 kr. Ring 0045 3441 2333 (dansk/thai).
Også thai nummer: 081 234 5633 (Thailand). Åben 10-20.
""", "+4534412333 +66812345633")

A("p-dk015", "massagepiger-test", "da", "Nørrebro", "Copenhagen/DK",
  "Nørrebro – ny pige", "Bella", 22, """
Ny pige på Nørrebro, Bella 22. Ring: 3 fire 4 1 2 tre 4 4 (efter kl. 11)
1000 kr time, 700 kr 30 min. 2200 København N.
""", "~+4534412344")

A("p-dk016", "massagepiger-test", "da", "København", "Copenhagen/DK",
  "København S – Amager massage", "Klinik", None, """
Massageklinik på Amager. Ny tlf: 34_41_23_55 (gamle nr. 32 12 34 55 virker ikke mere).
Åben man-fre 10-19, lør 10-15. 60 min 500 kr.
""", "~+4534412355 +4532123455")

A("p-dk017", "dkdating-test", "en", "Cph", "Copenhagen/DK",
  "Cph city - English & German", "Nina", 27, """
Nina, 27, central Cph near the main station. I speak English, German and a little Danish.
Call +4534412366 (WhatsApp too). 1500 DKK / hour. Available 16-02.
""", "+4534412366")

A("p-dk018", "massagepiger-test", "da", "Århus", "Aarhus/DK",
  "Århus – ny i byen", "Alexandra", 24, """
Ny i Århus kun denne uge! Alexandra 24, rumænsk. Ring 34-41-23-56.
Højde 170, vægt 55. 1000 kr.
""", "+4534412356")

A("p-dk019", "massagepiger-test", "da", "Odense", "Odense/DK",
  "Odense C – to nye piger", "Vi", None, """
To nye piger i Odense C. Ring til os: 3441 2375 eller sms til 3441 2376.
Pris 900 kr/30 min. 5000 Odense C. Ingen skjulte numre.
""", "+4534412375 +4534412376")

A("p-dk020", "massagepiger-test", "da", "Kbh", "Copenhagen/DK",
  "Ingen telefon – kun besked", "Freja", 29, """
Freja, 29, Østerbro. Jeg tager ikke telefonen, skriv en besked her på siden.
1200 kr/time. Postnr. 2100. Annonce-id 34412399.
""", "")

A("p-dk021", "dkdating-test", "da", "Glostrup", "Glostrup/DK",
  "Glostrup – moden dame", "Susanne", 50, """
Moden dame i Glostrup. Ring 𝟯𝟰 𝟰𝟭 𝟮𝟯 𝟬𝟴. Hverdage 9-17. 800 kr.
""", "~+4534412308")

A("p-dk022", "massagepiger-test", "da", "Silkeborg", "Silkeborg/DK",
  "Silkeborg – privat massage", "Tina", 34, """
Privat massage i Silkeborg, 8600. Ring 34 41 23 09 efter kl. 8. 500 kr, 60 min.
""", "+4534412309")

A("p-dk023", "massagepiger-test", "en", "Copenhagen", "Copenhagen/DK",
  "Polish girl in Copenhagen", "Kasia", 25, """
Kasia from Poland, visiting Copenhagen (Frederiksberg side). Danish number 34 41 23 19,
Polish WhatsApp 512 345 619 (Poland). 1200 kr.
""", "+4534412319 +48512345619")

A("p-dk024", "massagepiger-test", "da", "Aalborg", "Aalborg/DK",
  "Aalborg – Thai massage Nørresundby", "Dao", 41, """
Thai massage ved Aalborg (Nørresundby). 1 time 450 kr.
Ring ☎ 3️⃣4️⃣ 4️⃣1️⃣ 2️⃣3️⃣ 2️⃣0️⃣ hver dag 10-21.
""", "~+4534412320")

A("p-dk025", "dkdating-test", "da", "Kbh", "Copenhagen/DK",
  "Kbh NV – venlig pige", "Amanda", 25, """
Amanda, 25, Kbh NV. Ring 3441-2321 eller skriv.
Lørdag d. 14/11 og søndag d. 15/11 kl. 12-20. 2400 NV. 1000 kr.
""", "+4534412321")
# ----------------------------------------------------------------- NO ------
A("p-no001", "kontaktnorge-test", "nb", "Oslo", "Oslo/NO",
  "Ny jente i Oslo sentrum", "Ingrid", 24, """
Hei, jeg heter Ingrid, 24 år, 170 cm, 58 kg. Ny i Oslo sentrum, diskret leilighet.
Ring 406 12 312. 30 min 1500 kr, 1 time 2500 kr. Åpent 10-22. 0150 Oslo.
""", "+4740612312")

A("p-no002", "kontaktnorge-test", "nb", "Bergen", "Bergen/NO",
  "Bergen – avslappende massasje", "Klinikk", None, """
Avslappende massasje i Bergen sentrum, nær Bryggen. 60 min 900 kr.
Timebestilling: fire null seks en to tre to tre. Man-lør 9-20.
""", "~+4740612323")

A("p-no003", "kontaktnorge-test", "nb", "Trondheim", "Trondheim/NO",
  "Trondheim – bare noen dager", "Marta", 23, """
Marta fra Polen, 23, i Trondheim bare tirsdag til fredag! Ring +47 406 12 334
eller polsk nr. +48 512 345 636. 2000 kr.
""", "+4740612334 +48512345636")

A("p-no004", "kontaktnorge-test", "en", "Oslo", "Oslo/NO",
  "Thai massage Oslo - Nok", "Nok", 31, """
Nok from Thailand, now in Oslo (Grønland) for two weeks. Thai oil massage 1 hour 800 kr.
WhatsApp my Thai number +66 81 234 5648. Norway number coming soon.
""", "+66812345648")

A("p-no005", "kontaktnorge-test", "nb", "Stavanger", "Stavanger/NO",
  "Stavanger – moden dame", "Kari", 44, """
Moden og diskret dame i Stavanger. Ring 40 61 23 45 mellom 10 og 18.
Kun seriøse henvendelser. 1800 kr. 4006 Stavanger.
""", "+4740612345")

A("p-no006", "kontaktnorge-test", "nb", "Tromsø", "Tromso/NO",
  "Tromsø – nordlys og selskap", "Sara", 27, """
Sara i Tromsø, selskap for turister i nordlyssesongen.
Nummer: 4O6 I2 3S6 (bytt bokstavene). 2500 kr timen.
""", "~+4740612356")

A("p-no007", "kontaktnorge-test", "nb", "Drammen", "Drammen/NO",
  "Drammen – to venninner", "Emma og Nora", None, """
To venninner i Drammen! Emma: 406 12 367, Nora: fire-null-seks en-to tre-seks-åtte.
Sammen 4000 kr. Hver dag 12-24.
""", "+4740612367 ~+4740612368")

A("p-no008", "kontaktnorge-test", "nb", "Kristiansand", "Kristiansand/NO",
  "Kristiansand – sommer", "Thea", 25, """
Thea, Kristiansand (Kvadraturen). Sms 0047 406 12 378. Sommer i Sørlandet.
Pris 2000 kr. 4611 Kristiansand.
""", "+4740612378")

A("p-no009", "kontaktnorge-test", "nb", "Oslo", "Oslo/NO",
  "Grünerløkka – rumensk jente", "Ioana", 22, """
Hun er ny, rumensk jente på Grünerløkka, 22 år. Ring henne på 406 12 389
eller rumensk nummer 0712 034 599 (Romania). 2000 kr.
""", "+4740612389 +40712034599")

A("p-no010", "kontaktnorge-test", "nb", "Fredrikstad", "Fredrikstad/NO",
  "Fredrikstad – massasje", "Lise", 36, """
Massasje i Fredrikstad. 40612390 ... ring etter kl 9. 700 kr/60 min. 1606.
""", "+4740612390")

A("p-no011", "kontaktnorge-test", "nb", "Bergen", "Bergen/NO",
  "Bergen – kun meldinger", "Mari", 29, """
Mari, Bergen (Sandviken). Jeg svarer bare på meldinger her på siden, ikke telefon.
2500 kr timen. Postnummer 5035. Høyde 172.
""", "")

A("p-no012", "kontaktnorge-test", "nb", "Sandnes", "Sandnes/NO",
  "Sandnes", "Julie", 26, """
julie sandnes. nr 406 / 12 / 301 ... 1500,- halvtime
""", "+4740612301")

A("p-no013", "kontaktnorge-test", "nb", "Oslo", "Oslo/NO",
  "Majorstuen – elegant selskap", "Victoria", 30, """
Victoria, elegant selskap på Majorstuen. 4️⃣0️⃣6️⃣ 1️⃣2️⃣ 3️⃣0️⃣2️⃣
3000 kr for 1 time, middag 6000 kr. 0367 Oslo.
""", "~+4740612302")

A("p-no014", "kontaktnorge-test", "nb", "Bodø", "Bodo/NO",
  "Bodø – helg", "Silje", 28, """
Silje, Bodø. Kun helg. Ring fire null seks, tolv, tre elleve.
1800 kr.
""", "~+4740612311")

A("p-no015", "kontaktnorge-test", "nb", "Ålesund", "Alesund/NO",
  "Ålesund sentrum", "Hanna", 24, """
Hanna, Ålesund sentrum. Tlf +47 406 12
322. Bare sms først. 2000 kr. 6002 Ålesund.
""", "+4740612322")

A("p-no016", "kontaktnorge-test", "nb", "Oslo", "Oslo/NO",
  "Oslo – nye jenter hver uke", "Resepsjon", None, """
Massasjestudio i Oslo, nye jenter hver uke. Åpent 24/7.
Resepsjon: 21 23 45 67 (fast) og mobil 406 12 333. Fra 900 kr.
""", "+4721234567 +4740612333")

A("p-no017", "kontaktnorge-test", "nn", "Trondheim", "Trondheim/NO",
  "Trondheim – Ukrainsk dame", "Oksana", 33, """
Oksana frå Ukraina, no i Trondheim (Midtbyen). Ring 406 12 344, eller Telegram +380 50 123 4544.
Massasje 60 min 900 kr.
""", "+4740612344 +380501234544")
# ----------------------------------------------------------------- SE ------
A("p-se001", "traffapunkt-test", "sv", "Stockholm", "Stockholm/SE",
  "Ny tjej på Södermalm", "Elin", 23, """
Hej, jag heter Elin, 23 år, 168 cm, 55 kg. Ny på Södermalm, diskret lägenhet.
Ring 070-123 45 12. 30 min 1500 kr, 1 timme 2500 kr. Öppet 10-22. 118 20 Stockholm.
""", "+46701234512")

A("p-se002", "traffapunkt-test", "sv", "Gbg", "Gothenburg/SE",
  "Gbg – avslappnande massage", "Klinik", None, """
Avslappnande massage i Göteborg, nära Avenyn. 60 min 800 kr.
Tidsbokning: noll sju noll, ett två tre, fyra fem, två tre. Mån-lör 9-20.
""", "~+46701234523")

A("p-se003", "traffapunkt-test", "sv", "Malmö", "Malmo/SE",
  "Malmö – bara några dagar", "Ana", 22, """
Ana från Rumänien, 22, i Malmö bara tisdag-fredag! Hon är ny och söt.
Ring henne på 070 123 45 34 eller rumänskt nummer +40 712 034 534. 2000 kr.
""", "+46701234534 +40712034534")

A("p-se004", "traffapunkt-test", "sv", "Uppsala", "Uppsala/SE",
  "Uppsala – mogen dam", "Annika", 46, """
Mogen och diskret dam i Uppsala. Ring 0701234545 mellan 10 och 18.
1500 kr. Postnummer 753 20.
""", "+46701234545")

A("p-se005", "traffapunkt-test", "sv", "Västerås", "Vasteras/SE",
  "Västerås – privat", "Moa", 25, """
moa 25 västerås privat. O7O-I23 4S S6 (byt bokstäverna) 1800kr/h
""", "~+46701234556")

A("p-se006", "traffapunkt-test", "sv", "Örebro", "Orebro/SE",
  "Örebro – två väninnor", "Linn & Ebba", None, """
Två väninnor i Örebro! Linn: 070-123 45 67, Ebba: 070-123 45 68.
Tillsammans 4000 kr. Varje dag 12-24.
""", "+46701234567 +46701234568")

A("p-se007", "traffapunkt-test", "sv", "Linköping", "Linkoping/SE",
  "Linköping – thaimassage", "Ploy", 39, """
Thaimassage i Linköping centrum. 60 min 600 kr.
Ring +46 (0)70-123 45 78 eller thailändskt nr +66 81 234 5677. Öppet 10-20.
""", "+46701234578 +66812345677")

A("p-se008", "traffapunkt-test", "sv", "Helsingborg", "Helsingborg/SE",
  "Helsingborg – helg", "Wilma", 27, """
Wilma, Helsingborg, bara helger. Sms till noll sju noll – etthundratjugotre – fyrtiofem – åttionio
1500 kr halvtimme.
""", "~+46701234589")

A("p-se009", "traffapunkt-test", "sv", "Stockholm", "Stockholm/SE",
  "Östermalm – elegant sällskap", "Victoria", 29, """
Victoria, elegant sällskap på Östermalm. 070 • 123 • 45 • 90
3000 kr för 1 timme, middag 6000 kr. 114 34 Stockholm.
""", "~+46701234590")

A("p-se010", "traffapunkt-test", "sv", "Göteborg", "Gothenburg/SE",
  "Göteborg – bara meddelanden", "Saga", 28, """
Saga, Göteborg (Majorna). Jag svarar bara på meddelanden här på sidan, ingen telefon.
2000 kr timmen. Längd 170. Annons nr 70123.
""", "")

A("p-se011", "traffapunkt-test", "sv", "Norrköping", "Norrkoping/SE",
  "Norrköping", "Alva", 24, """
Alva, Norrköping. Nummer 070-123
45 01, ring efter kl 11. 1500 kr.
""", "+46701234501")

A("p-se012", "traffapunkt-test", "sv", "Jönköping", "Jonkoping/SE",
  "Jönköping – massage", "Studio", None, """
Massagestudio i Jönköping, nya tjejer varje vecka. Öppet 24/7.
Reception 08-12 34 56 (Sthlm-kontoret) och mobil 070 12 34 502. Från 700 kr.
""", "+468123456 +46701234502")

A("p-se013", "traffapunkt-test", "sv", "Umeå", "Umea/SE",
  "Umeå – vinter", "Stina", 26, """
Stina i Umeå. Ring sju noll, ett tjugotre, fyrtiofem elva (glöm inte nollan först). 1800 kr.
""", "~+46701234511")

A("p-se014", "traffapunkt-test", "en", "Stockholm", "Stockholm/SE",
  "Kungsholmen - Polish girl", "Zuzanna", 24, """
Zuzanna from Poland, now on Kungsholmen, Stockholm. Swedish nr 0046 70 123 45 24
and Polish WhatsApp 512-345-624. 2500 SEK/h.
""", "+46701234524 +48512345624")

A("p-se015", "traffapunkt-test", "sv", "Lund", "Lund/SE",
  "Lund – student", "Tilde", 21, """
Tilde, 21, pluggar i Lund. 𝟎𝟕𝟎-𝟏𝟐𝟑 𝟒𝟓 𝟑𝟑 (sms). 1500 kr. Född 2005.
""", "~+46701234533")

A("p-se016", "traffapunkt-test", "sv", "Sthlm", "Stockholm/SE",
  "Sthlm city – ny", "Nora", 23, """
Nora, ny i Sthlm city. Ring +46701234544 eller +46 70 123 45 44 (samma).
2000 kr. 111 20.
""", "+46701234544")

A("p-se017", "traffapunkt-test", "sv", "Göteborg", "Gothenburg/SE",
  "Göteborg – tjugotvå", "Ronja", 22, """
Ronja 22, Göteborg Linné. Ring noll sjuttio, etthundratjugotre, fyrtiofem, tjugotvå
(eller 070 123 45 2 2 om du hellre skriver siffror). 1800 kr.
""", "~+46701234522")

A("p-se018", "traffapunkt-test", "sv", "Malmö", "Malmo/SE",
  "Malmö Möllan – massage", "Lina", 35, """
Massage på Möllevången i Malmö. 60 min 650 kr.
Boka: 070/123/45/55. Öppet 9-19. 214 20 Malmö.
""", "+46701234555")
# ----------------------------------------------------------------- FI ------
A("p-fi001", "treffit-test", "fi", "Helsinki", "Helsinki/FI",
  "Uusi tyttö Kalliossa", "Aino", 23, """
Moi, olen Aino, 23 v, 168 cm, 55 kg. Uusi Kalliossa, diskreetti asunto.
Soita 041 234 5612. 30 min 150 €, 1 h 250 €. Avoinna 10-22. 00530 Helsinki.
""", "+358412345612")

A("p-fi002", "treffit-test", "fi", "Tampere", "Tampere/FI",
  "Tampere – rentouttava hieronta", "Hierontapiste", None, """
Rentouttava hieronta Tampereen keskustassa. 60 min 70 €.
Ajanvaraus: nolla neljä yksi, kaksi kolme neljä, viisi kuusi kaksi kolme. Ma-la 9-20.
""", "~+358412345623")

A("p-fi003", "treffit-test", "fi", "Turku", "Turku/FI",
  "Turku – vain muutama päivä", "Oksana", 26, """
Oksana Ukrainasta, 26, Turussa vain ti-pe! Soita +358 41 234 5634
tai Telegram +380 50 123 4536. 200 €.
""", "+358412345634 +380501234536")

A("p-fi004", "treffit-test", "fi", "Espoo", "Espoo/FI",
  "Espoo – kypsä nainen", "Tuula", 47, """
Kypsä ja diskreetti nainen Espoossa (Tapiola). Soita 0412345645 klo 10-18.
150 €. Postinumero 02100.
""", "+358412345645")

A("p-fi005", "treffit-test", "fi", "Oulu", "Oulu/FI",
  "Oulu – yksityinen", "Emmi", 25, """
emmi 25 oulu. numero O4I 234 S6S6 (kirjaimet numeroiksi) 200e/h
""", "~+358412345656")

A("p-fi006", "treffit-test", "fi", "Vantaa", "Vantaa/FI",
  "Vantaa – kaksi ystävää", "Iida & Venla", None, """
Kaksi ystävää Vantaalla (Tikkurila)! Iida: 041-234 5667, Venla: 041-234 5668.
Yhdessä 400 €. Joka päivä 12-24.
""", "+358412345667 +358412345668")

A("p-fi007", "treffit-test", "sv", "Helsingfors", "Helsinki/FI",
  "Helsingfors – thaimassage", "Dao", 38, """
Thaimassage i Helsingfors centrum. 60 min 70 €.
Ring +358 (0)41 234 5678 eller thailändskt nummer +66 81 234 5689. Öppet 10-20.
""", "+358412345678 +66812345689")

A("p-fi008", "treffit-test", "fi", "Jyväskylä", "Jyvaskyla/FI",
  "Jyväskylä – viikonloppu", "Noora", 27, """
Noora, Jyväskylä, vain viikonloppuisin. Tekstaa: nolla-neljä-yksi kaksi-kolme-neljä viisi-kuusi-kahdeksan-yhdeksän
150 € / 30 min.
""", "~+358412345689")

A("p-fi009", "treffit-test", "fi", "Lahti", "Lahti/FI",
  "Lahti – hieronta", "Sari", 41, """
Hieronta Lahdessa. 041 234 5690 ... soita klo 9 jälkeen. 60 € / 60 min. 15100 Lahti.
""", "+358412345690")

A("p-fi010", "treffit-test", "fi", "Stadi", "Helsinki/FI",
  "Stadi – vain viestit", "Ella", 29, """
Ella, Helsinki (Punavuori). Vastaan vain sivuston viesteihin, en puhelimeen.
250 € tunti. Pituus 172. Ilmoitus nro 4123.
""", "")

A("p-fi011", "treffit-test", "fi", "Kuopio", "Kuopio/FI",
  "Kuopio", "Jenni", 24, """
Jenni, Kuopio. Numero 041 234
5601, soita klo 11 jälkeen. 180 €.
""", "+358412345601")

A("p-fi012", "treffit-test", "en", "Helsinki", "Helsinki/FI",
  "Helsinki city - Estonian girl", "Kristiina", 25, """
Kristiina from Estonia, in Helsinki city centre Mon-Thu. Finnish nr +358412345602,
also Telegram. 250 EUR/h. Ferry back to Tallinn on Friday 13.11.
""", "+358412345602")

A("p-fi013", "treffit-test", "fi", "Hki", "Helsinki/FI",
  "Hki Kamppi – elegantti seura", "Viktoria", 30, """
Viktoria, elegantti seura Kampissa. 0️⃣4️⃣1️⃣ 2️⃣3️⃣4️⃣ 5️⃣6️⃣1️⃣1️⃣
300 € tunti, illallinen 600 €. 00100 Helsinki.
""", "~+358412345611")

A("p-fi014", "treffit-test", "sv", "Åbo", "Turku/FI",
  "Åbo – massage", "Studio", None, """
Massagestudio i Åbo, nya flickor varje vecka. Öppet alla dagar.
Tfn 041 234 56 22 och 041 234 56 23 ... 70 € / 60 min. 20100 Åbo.
""", "+358412345622 +358412345623")

A("p-fi015", "treffit-test", "fi", "Pori", "Pori/FI",
  "Pori – kesä", "Milla", 26, """
Milla, Pori (Yyteri kesällä). Soita 041~234~56~33, vain tekstiviestit ensin. 200 €.
""", "~+358412345633")

A("p-fi016", "treffit-test", "fi", "Tampere", "Tampere/FI",
  "Tampere Hervanta", "Sini", 22, """
Sini 22, Hervanta, Tampere. Puh: 𝟬𝟰𝟭 𝟮𝟯𝟰 𝟱𝟲 𝟰𝟰. Synt. 2004. 180 €.
""", "~+358412345644")
# ------------------------------------------------------ more, mixed -------
A("p-lt011", "skelbimai-test", "lt", "Kauno", "Kaunas/LT",
  "Kauno centras – masažas", "Vaida", 34, """
Klasikinis masažas Kauno centre, Laisvės al. 60 min 35 €.
Tel. (8-612) 34511. Darbo laikas I-V 9-19. Pašto kodas LT-44280.
""", "+37061234511")

A("p-lt012", "skelbimai-test", "lt", "Vilnius", "Vilnius/LT",
  "Vilnius Naujamiestis", "Ugnė", 24, """
Ugnė, 24, Naujamiestis. Numeris: +370 šeši vienas du, trys keturi penki, du du
Tik žinutės. 90 €.
""", "~+37061234522")

A("p-bg012", "obiavi-test", "bg", "Бургас", "Burgas/BG",
  "Бургас Лазур - нова", "Криси", 23, """
Криси, 23, Бургас, кв. Лазур. Обади се на
043 012 3 четири четири. 120 лв. Само до 15 ноември!
""", "~+35943012344")

A("p-bg013", "obiavi-test", "bg", "Sofiya", "Sofia/BG",
  "Sofia Studentski grad", "Vanya", 22, """
Vanya, Studentski grad, Sofia. Tel: +359 (0)43 012 311, Viber/Telegram.
Ot 10 do 22 ch. 100 lv / 30 min.
""", "+35943012311")

A("p-hu012", "randi-test", "hu", "Székesfehérvár", "Szekesfehervar/HU",
  "Székesfehérvár - új", "Zsófi", 24, """
Zsófi, Fehérvár belváros. 06/20/123-4511 hívj bátran. 1 óra 25 000 Ft.
168/55, 24 éves.
""", "+36201234511")

A("p-hu013", "randi-test", "hu", "Budapest", "Budapest/HU",
  "Budapest Újlipótváros - masszázs", "Eszter", 36, """
Masszázs Újlipótvárosban. Hívható: húsz, százhuszonhárom, negyvenöt, huszonkettő
(+36 előtaggal). 60 perc 14 000 Ft.
""", "~+36201234522")

A("p-ng012", "lagosconnect-test", "en", "Owerri", "Owerri/NG",
  "Owerri - Imo babe", "Ngozi", 23, """
Ngozi, Owerri (New Owerri). Call me on zero eight zero two one two three
four five one one. Short 20k, night 45k.
""", "~+2348021234511")

A("p-ng013", "lagosconnect-test", "en", "Lagos", "Lagos/NG",
  "Surulere - massage at home", "Bisi", 32, """
Home service massage, Surulere & Yaba, Lagos. 1hr 15k, 2hrs 25k.
Call/WhatsApp +234 802 1234 522. I also take bookings for Ikeja.
""", "+2348021234522")

A("p-th012", "bkkladies-test", "th", "ภูเก็ต", "Phuket/TH",
  "ภูเก็ต ป่าตอง นวดน้ำมัน", "เมย์", 26, """
เมย์ นวดน้ำมัน ป่าตอง ภูเก็ต 1 ชม. 600 บาท
โทร 081-234-5622 หรือ ไลน์ may_pk
""", "+66812345622")

A("p-th013", "bkkladies-test", "en", "Bangkok", "Bangkok/TH",
  "Asoke - Lao girl", "Noy", 22, """
Noy from Laos, 22, Asoke Bangkok. Thai sim 08I-234-S6BB, WhatsApp.
Short time 2500 baht. BTS Asok. Room 1712.
""", "~+66812345688")

A("p-th014", "bkkladies-test", "th", "กทม", "Bangkok/TH",
  "ห้วยขวาง สาวอีสาน", "ฝน", 24, """
ฝน สาวอีสาน ห้วยขวาง กทม. โทรหาได้ที่ ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก ห้า ห้า
ราคา 1500
""", "~+66812345655")

A("p-ua013", "znayomstva-test", "uk", "Kyiv", "Kyiv/UA",
  "Kyiv Pechersk - massage", "Marta", 29, """
Масаж Печерськ, Київ. Тел. +380 (50) 123 45 11 або 050 123 45 11 вайбер. 90 хв 1800 грн.
""", "+380501234511")

A("p-eu001", "eurotour-test", "en", "Vienna", "Vienna/AT",
  "Hungarian girl in Vienna", "Dorina", 23, """
Dorina from Budapest, 23, visiting Vienna (2nd district) this weekend only.
My Hungarian number: 06 20 123 4533 (also WhatsApp). 200 EUR/h.
""", "+36201234533")

A("p-eu002", "eurotour-test", "en", "Oslo", "Oslo/NO",
  "Norway tour: Oslo - Bergen - Stavanger", "Alina", 25, """
Alina on tour in Norway: Oslo 3-5/12, Bergen 6-8/12, Stavanger 9-10/12.
Norwegian number 406 12 398 - call or sms. 2500 NOK/h.
""", "+4740612398")

A("p-eu003", "eurotour-test", "en", "Dublin", "Dublin/IE",
  "Lithuanian girl in Dublin", "Gintarė", 24, """
Gintarė from Lithuania, in Dublin city centre for two weeks. I keep my Lithuanian
number: 8 612 34598 (whatsapp). €200 per hour, D02.
""", "+37061234598")

A("p-eu004", "eurotour-test", "es", "Madrid", "Madrid/ES",
  "Colombiana en Madrid", "Yesenia", 26, """
Yesenia, colombiana, unos días en Madrid (Chamberí). Mi WhatsApp de Colombia
321 123 4598 (con el +57). Tarifa 150 € la hora.
""", "+573211234598")

A("p-eu005", "eurotour-test", "en", "London", "London/GB",
  "Naija babe in London", "Efe", 27, """
Efe, Nigerian, staying in Peckham, London. UK line 07400 123 499 and my Naija line
0802 123 4599 on WhatsApp. £150 per hour.
""", "+447400123499 +2348021234599")

A("p-eu006", "eurotour-test", "de", "Zürich", "Zurich/CH",
  "Deutsche in Zürich", "Jasmin", 28, """
Jasmin aus Berlin, diese Woche in Zürich (Kreis 4). Deutsche Handynummer:
0151 - 234 567 99, nur WhatsApp. 300 CHF / Std.
""", "+4915123456799")

A("p-eu007", "eurotour-test", "en", "Amsterdam", "Amsterdam/NL",
  "Amsterdam - Brazilian & Thai", "Agency", None, """
Agency in Amsterdam: Brazilian Luana (WhatsApp +55 11 96123 4581) and Thai Fon
(WhatsApp +66 81 234 5609). Dutch booking line coming soon. €200/h.
""", "+5511961234581 +66812345609")

A("p-us018", "nightline-test", "en", "Seattle", "Seattle/US",
  "Seattle - Vancouver girl visiting", "Kira", 24, """
Kira from Vancouver BC visiting Seattle (Belltown) this weekend.
My canadian cell works here: 506-234-5699. $300/hr.
""", "+15062345699")

A("p-us019", "coastcompanions-test", "en", "Honolulu", "Honolulu/US",
  "Waikiki company", "Leilani", 27, """
Leilani in Waikiki. Call 201 five fifty-five, zero one two zero. Hotels only, $350.
Zip 96815. Mahalo!
""", "~+12015550120")

A("p-gb017", "ukmassage-test", "en", "Sheffield", "Sheffield/GB",
  "Sheffield - Chinese massage", "Reception", None, """
Chinese massage Sheffield S1. 30min £40, 60min £70. Open 10-10.
Call 07400 1234 1 three. New ladies.
""", "~+447400123413")

A("p-de015", "kontaktmarkt-test", "de", "Köln", "Cologne/DE",
  "Köln – Bulgarin neu", "Desi", 24, """
Desi aus Bulgarien, neu in Köln-Porz. Deutsche Nr. 0151 23456733,
bulgarische Nr. 00359 43 012 333. Täglich 10-22 Uhr. 100 €.
""", "+4915123456733 +35943012333")

A("p-pl014", "ogloszenia-test", "pl", "Wrocław", "Wroclaw/PL",
  "Wrocław – masaż", "Gabinet", None, """
Gabinet masażu Wrocław Krzyki. Tel: (+48) 512-345-699. Czynne 9-21.
NIP 512-345-67-89 (faktury). 60 min 160 zł.
""", "+48512345699")


if __name__ == "__main__":
    main()
