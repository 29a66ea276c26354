#!/usr/bin/env python3
"""Blind corpus G for adscreen: hand-written classified ads in eight languages.

Every ad is written out below as a literal A(...) call. Run:

    python3 make_corpus_g.py corpus_g.jsonl

The script checks every phone label with `phonenumbers` (see check() below),
aborts with "make_corpus_g.py: ERROR: <id>: ..." on the first problem, writes
one JSON object per line and prints counts per label and per language.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

PROG = "make_corpus_g.py"
LANGS = ["da", "nb", "sv", "en", "de", "pl", "ro", "es"]
LANG_REGION = {"da": "DK", "nb": "NO", "sv": "SE", "en": "GB", "de": "DE",
               "pl": "PL", "ro": "RO", "es": "ES"}
FLAGS = ["obfuscated_phone", "third_person", "multiple_persons", "youth_terms",
         "nationality_stated", "movement_terms", "available_24_7",
         "risky_services", "emoji_codes", "trustworthy_language", "concerning"]
# short codes used in the A(... f="...") strings; obfuscated_phone is derived
SHORT = {"tp": "third_person", "mp": "multiple_persons", "yt": "youth_terms",
         "nat": "nationality_stated", "mv": "movement_terms",
         "247": "available_24_7", "rs": "risky_services", "em": "emoji_codes",
         "tr": "trustworthy_language", "c": "concerning"}

# ---------------------------------------------------------------- sites
# Invented sites. Each has an optional header (cookie notice / age gate) and
# footer ("report this ad", age declaration) that A(..., hd=True/ft=True)
# wraps around the ad text. Keyed by (site, lang); None = any language.
SITES = {
    "skumring-test": "Nordic classifieds (da/nb/sv), escort and dating",
    "midnatsforum-demo": "forum with a 'new in town' board, all languages",
    "massagepunkt-demo": "massage listings, all languages",
    "citylights-test": "international escort listings, mostly English",
    "sternchen-test": "German escort and Modelwohnung listings",
    "anonse-nocne-demo": "Polish classifieds",
    "fluture-demo": "Romanian classifieds",
    "besito-test": "Spanish classifieds",
}
HEAD = {
    ("skumring-test", "da"): "🍪 Vi bruger cookies for at give dig den bedste oplevelse. [Accepter alle] [Kun nødvendige]\nKUN FOR VOKSNE – du skal være fyldt 18 år.\n",
    ("skumring-test", "nb"): "🍪 Vi bruker informasjonskapsler. [Godta] [Innstillinger]\nDu må være over 18 år for å se innholdet.\n",
    ("skumring-test", "sv"): "🍪 Vi använder kakor. [Godkänn] [Hantera]\nEndast för vuxna. Du måste vara 18 år eller äldre.\n",
    ("midnatsforum-demo", None): "Midnatsforum » Board: Nyt i byen / New in town » Reply\n",
    ("massagepunkt-demo", None): "massagepunkt • cookies: OK? [yes] [settings]\n",
    ("citylights-test", None): "This website uses cookies to improve your experience. [Accept] [Reject]\nADULTS ONLY – by entering you confirm you are 18 or over.\n",
    ("sternchen-test", None): "Diese Seite verwendet Cookies. [Zustimmen] [Ablehnen]\nZutritt erst ab 18 Jahren!\n",
    ("anonse-nocne-demo", None): "Ta strona używa plików cookie. [Akceptuję] [Ustawienia]\nTreści wyłącznie dla osób pełnoletnich (18+).\n",
    ("fluture-demo", None): "Acest site foloseste cookie-uri. [Accept] [Refuz]\nContinut pentru adulti. Trebuie sa ai peste 18 ani.\n",
    ("besito-test", None): "Utilizamos cookies propias y de terceros. [Aceptar] [Configurar]\nSolo para mayores de 18 años.\n",
}
FOOT = {
    ("skumring-test", "da"): "\n— Rapportér annonce · Gem · Del —\nAlle annoncører har bekræftet, at de er over 18 år og annoncerer af egen fri vilje. Skumring er ikke ansvarlig for annoncernes indhold.",
    ("skumring-test", "nb"): "\n— Rapporter annonsen · Lagre · Del —\nAlle annonsører har bekreftet at de er over 18 år. Skumring er ikke ansvarlig for innholdet.",
    ("skumring-test", "sv"): "\n— Anmäl annons · Spara · Dela —\nAlla annonsörer intygar att de är myndiga och annonserar frivilligt.",
    ("midnatsforum-demo", None): "\n-- \nReport post | Quote | Signature hidden for guests. Rules: no minors, no coercion, no spam.",
    ("massagepunkt-demo", None): "\nmassagepunkt only hosts listings and does not check the advertisers. Report abuse · Terms",
    ("citylights-test", None): "\nReport this ad | Safety tips | Citylights does not verify advertisers. All advertisers declare that they are over 18 and advertise voluntarily.",
    ("sternchen-test", None): "\nAnzeige melden | Merken | Alle Inserenten haben bestätigt, volljährig zu sein und freiwillig zu inserieren.",
    ("anonse-nocne-demo", None): "\nZgłoś ogłoszenie · Dodaj do ulubionych · Ogłoszeniodawca oświadcza, że jest pełnoletni i działa dobrowolnie.",
    ("fluture-demo", None): "\nRaporteaza anuntul · Salveaza · Toti cei care posteaza declara ca au peste 18 ani si o fac din proprie vointa.",
    ("besito-test", None): "\nDenunciar anuncio · Guardar · Todas las anunciantes declaran ser mayores de edad y anunciarse libremente.",
}

ADS = []
_count = Counter()
# phone numbers deliberately shared between an ad and its edited copy
SHARED = {}


def A(lang, site, text, title=None, name=None, age=None, loc=None, ph=(),
      dis=(), f="", hd=False, ft=False, ign=(), share=None):
    _count[lang] += 1
    ad_id = "g-%s%03d" % (lang, _count[lang])
    ADS.append(dict(id=ad_id, lang=lang, site=site, text=text, title=title,
                    name=name, age=age, loc=loc, ph=list(ph), dis=list(dis),
                    f=f.split(), hd=hd, ft=ft, ign=list(ign), share=share))


def die(ad_id, msg):
    sys.exit("%s: ERROR: %s: %s" % (PROG, ad_id, msg))


def e164(n):
    return phonenumbers.format_number(n, PhoneNumberFormat.E164)


def found(text, region, leniency):
    return {e164(m.number) for m in PhoneNumberMatcher(text, region, leniency=leniency)}


STRIP = re.compile(r"[ \t.\-–—/()\[\]]")


def full_text(a):
    t = a["text"]
    if a["hd"]:
        t = (HEAD.get((a["site"], a["lang"])) or HEAD[(a["site"], None)]) + t
    if a["ft"]:
        t = t + (FOOT.get((a["site"], a["lang"])) or FOOT[(a["site"], None)])
    return t


def check(a, text):
    i = a["id"]
    if a["lang"] not in LANGS:
        die(i, "unknown language %r" % a["lang"])
    if a["site"] not in SITES:
        die(i, "unknown site %r" % a["site"])
    for code in a["f"]:
        if code not in SHORT:
            die(i, "unknown flag code %r" % code)
    hay = (a["title"] or "") + "\n" + text
    regions = {LANG_REGION[a["lang"]]}
    for p in a["ph"]:
        try:
            n = phonenumbers.parse(p, None)
        except phonenumbers.NumberParseException as e:
            die(i, "phone %s does not parse: %s" % (p, e))
        if not phonenumbers.is_valid_number(n):
            die(i, "phone %s is not valid" % p)
        if e164(n) != p:
            die(i, "phone %s is not in E.164 form (%s)" % (p, e164(n)))
        reg = phonenumbers.region_code_for_number(n)
        regions.add(reg)
        if p in a["dis"]:
            if p in found(hay, reg, Leniency.POSSIBLE):
                die(i, "disguised phone %s is found by the matcher (POSSIBLE, %s)" % (p, reg))
            nsn = phonenumbers.national_significant_number(n)
            if nsn in STRIP.sub("", hay):
                die(i, "disguised phone %s: digits %s are contiguous in the text" % (p, nsn))
        else:
            if p not in found(hay, reg, Leniency.VALID):
                die(i, "plain phone %s is not found by the matcher (VALID, %s)" % (p, reg))
    for d in a["dis"]:
        if d not in a["ph"]:
            die(i, "disguised phone %s is not in phones" % d)
    ign = set()
    for s in a["ign"]:
        if s not in hay:
            die(i, "ign string %r not in text" % s)
        for r in regions:
            ign |= found(s, r, Leniency.VALID)
    for r in sorted(regions):
        extra = found(hay, r, Leniency.VALID) - set(a["ph"]) - ign
        if extra:
            die(i, "unlabelled valid number(s) %s in text (region %s)" % (sorted(extra), r))


def posted_at(k):
    # spread across December 2026, Copenhagen winter time
    base = datetime(2026, 12, 1, 8, 0, 0)
    t = base + timedelta(minutes=(k * 7919) % (30 * 24 * 60))
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "+01:00"


RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


# ================================================================ Danish (da)
A("da", "skumring-test", "Mette 41, Vejle. Afslappende massage i mit eget hjem, hverdage 10-17. Sms 3441 2101, jeg svarer selv når jeg har tid.",
  title="Massage i Vejle", name="Mette", age=41, loc="Vejle", ph=["+4534412101"])
A("da", "skumring-test", "Hej, jeg er Karina, 45, og jeg tager imod i min lejlighed i Århus C. Rolig stemning, diskret indgang, god tid.\n\nEn kunde skrev til mig: \"Hun er varm og nærværende, og hun får en til at slappe af. Hun kan varmt anbefales.\"\n\nTak for de søde ord! Ring 3441 2102.",
  title="Karina – Århus C", name="Karina", age=45, loc="Århus", ph=["+4534412102"], f="tr", ft=True)
A("da", "skumring-test", "Vi er et par fra Roskilde, hun er 38 og han er 45. Vi søger en sød herre til hyggelige aftener. Hun bestemmer tempoet, han laver kaffen. Skriv til os på 3441 2103.",
  title="Par søger herre", loc="Roskilde", ph=["+4534412103"])
A("da", "massagepunkt-demo", "Jeg er uddannet massør med 15 års erfaring og tilbyder thaimassage, klassisk svensk massage og hot stone i min klinik på Frederiksberg. Jeg har selv lært thaimassage på et kursus i Chiang Mai. Tidsbestilling på 3441 2104.",
  title="Thaimassage og svensk massage – Frederiksberg", name="Hanne", age=50, loc="Frederiksberg", ph=["+4534412104"], f="tr")
A("da", "skumring-test", "Sussi, 37, Odense SØ. Jeg taler dansk, engelsk og lidt tysk, så turister er også velkomne. Tlf. 34 41 21 05 efter kl. 12.",
  title="Sussi i Odense", name="Sussi", age=37, loc="Odense", ph=["+4534412105"])
A("da", "skumring-test", "Jeg er ikke 25 længere – og tak for det! 52 år, ung af sind og med masser af erfaring. Jeg holder af ordentlige mænd og god kaffe. Ring 3441-2106.",
  title="Moden kvinde, Herning", name="Bente", age=52, loc="Herning", ph=["+4534412106"])
A("da", "massagepunkt-demo", "Ny i Aarhus! Jeg er lige flyttet hertil fra Kolding og har åbnet min lille massageklinik i Trøjborg. Samme gode massage som altid, ny adresse. Ring 3441 2107.",
  title="Ny adresse i Aarhus", name="Lise", age=48, loc="Aarhus", ph=["+4534412107"], f="mv")
A("da", "skumring-test", "Hej og velkommen. Jeg hedder Anette og er 43. Jeg tager imod i Aalborg Øst, hvor der er gratis parkering. Jeg bruger ALTID beskyttelse, det er ikke til diskussion. Ring eller sms 3441 2108.",
  title="Anette, Ålborg", name="Anette", age=43, loc="Ålborg", ph=["+4534412108"], hd=True, ft=True)
A("da", "skumring-test", "HEJ DRENGE!! LONE HER, 47 ÅR, DANSK KVINDE MED KURVER OG GODT HUMØR. JEG TAGER IMOD I RANDERS, KUN AFTALER. RING 3441 2109 – INGEN SKJULTE NUMRE!!",
  title="LONE 47 RANDERS", name="Lone", age=47, loc="Randers", ph=["+4534412109"], f="nat")
A("da", "skumring-test", "🌹💋 Sofie, 33 💋🌹\nHyggelig kvinde i Odense C ☕️ Kom forbi til en god snak og en blød massage 🥰\n📱 3441 2110",
  title="🌹 Sofie 33 🌹", name="Sofie", age=33, loc="Odense", ph=["+4534412110"])
A("da", "skumring-test", "Jeg er Dorthe, 49, selvstændig og glad. Skriv eller ring: fireogtredive enogfyrre enogtyve toogtredive. Ingen anonyme opkald.",
  title="Dorthe – Esbjerg", name="Dorthe", age=49, loc="Esbjerg", ph=["+4534412132"], dis=["+4534412132"])
A("da", "skumring-test", "Camilla her, 39 🙂 Kolding centrum, hverdage og lørdag.\nRing 3441\n2143\nJeg glæder mig til at høre fra dig.",
  title="Camilla, Kolding", name="Camilla", age=39, loc="Kolding", ph=["+4534412143"], dis=["+4534412143"])
A("da", "skumring-test", "Rolig massage v. Pia (46) i Næstved. Telefon: 3 4 4 1 2 1 5 4. Jeg svarer mellem 9 og 20.",
  title="Massage Næstved", name="Pia", age=46, loc="Næstved", ph=["+4534412154"])
A("da", "skumring-test", "Hej, jeg hedder Maja, jeg er 36 år og tager imod i min lejlighed i Kbh NV. Jeg er rolig, sød og har god tid, og jeg bestemmer selv mine tider. Ring 3441 2165 – jeg tager den selv.",
  title="Maja 36 – Kbh NV", name="Maja", age=36, loc="Kbh NV", ph=["+4534412165"], share="da-maja")
A("da", "citylights-test", "Maja er 36 og tager imod i København NV. Hun er rolig og sød og har altid god tid til dig. Skriv til os, så aftaler vi en tid for hende: 3441 21 seks fem. Kun sms.",
  title="Maja 36 – København NV", name="Maja", age=36, loc="København", ph=["+4534412165"], dis=["+4534412165"], f="tp c", share="da-maja")
A("da", "midnatsforum-demo", "Hej alle 🙂 Ny her på forummet og ny i Aalborg. Jeg er Tine, 44, og er flyttet op fra Vejle efter en skilsmisse. Jeg tilbyder massage og hyggeligt selskab. Er der nogen der kender et godt sted at få lavet negle heroppe? Min tlf står i min profil: 3441 2176.",
  title="Re: Nye i Aalborg?", name="Tine", age=44, loc="Aalborg", ph=["+4534412176"], f="mv", hd=True, ft=True)
A("da", "skumring-test", "Julie, 42. Jeg tager imod i Vanløse. Ring 344l 2l 8O eller skriv – jeg svarer altid selv.",
  title="Julie i Vanløse", name="Julie", age=42, loc="København", ph=["+4534412180"], dis=["+4534412180"])
A("da", "massagepunkt-demo", "Hej jeg hedder Noi, jeg er thai kvinde og bor i Danmark 12 år. Jeg give god massage med olie, ikke stress, du kommer glad hjem. Min klinik er i Herlev tæt ved station. Jeg tale dansk lidt og engelsk godt. Ring mig 3441 2181.",
  title="Noi massage Herlev", name="Noi", age=46, loc="Herlev", ph=["+4534412181"], f="nat")
A("da", "skumring-test", "Hej! Jeg er Rikke, 39 🙂 I write this part in English for the tourists: I receive in Vesterbro, discreet and clean, close to Central Station. Resten på dansk: ring helst efter kl. 11. Tlf +45 34 41 21 82.",
  title="Rikke – Vesterbro / Copenhagen", name="Rikke", age=39, loc="Copenhagen", ph=["+4534412182"], f="tr")
A("da", "skumring-test", "Min veninde Susse annoncerer også her på siden, men vi arbejder hver for sig, og vi har ikke noget med hinandens aftaler at gøre. Det her er min annonce: Gitte, 51, Viborg. Ring 3441 2183.",
  title="Gitte 51 Viborg", name="Gitte", age=51, loc="Viborg", ph=["+4534412183"])
A("da", "skumring-test", "Vi hygger os altid, mine faste kunder og jeg 😊 Nogle har kommet i ti år. Vi snakker om alt fra fodbold til børnebørn. Hvis du vil være en af dem: 3441 2184. Hilsen Ulla, 58, Holstebro.",
  title="Ulla 58", name="Ulla", age=58, loc="Holstebro", ph=["+4534412184"])
A("da", "skumring-test", "Ungkarle, enkemænd og gifte mænd er lige velkomne hos mig. Der er altid frisk kaffe på kanden og en god stol at sidde i. Hanne, 55, Silkeborg. Ring 3441 2185.",
  title="Hyggelig dame i Silkeborg", name="Hanne", age=55, loc="Silkeborg", ph=["+4534412185"])
A("da", "citylights-test", "Hej. Jeg er Ivas chauffør og tager imod bookinger for hende. Iva taler ikke dansk, så skriv til mig på 3441 2210, så kører jeg hende til dit hotel i Kbh eller omegn. Hun er klar fra kl. 18.",
  title="Iva – hotelbesøg Kbh", name="Iva", loc="Kbh", ph=["+4534412210"], f="tp c")
A("da", "skumring-test", "Velkommen hos Rosen på Vesterbro. Vores piger er søde og glade og står klar hver dag fra 10 til 04. Priserne fastsættes af chefen, ikke af pigerne, så spørg ikke om rabat. Book i receptionen: 3441 2221.",
  title="Rosen – Vesterbro", loc="Vesterbro, København", ph=["+4534412221"], f="tp mp c")
A("da", "massagepunkt-demo", "Vagtplan denne uge – Klinik Amager\nMan–ons: Lina (23, fra Litauen)\nTors–fre: Kim (Thailand)\nLør–søn: Nadia og Eva\nRing til receptionen på 3441 2232 og spørg efter den pige der er på vagt.",
  title="Vagtplan uge 50", loc="Amager", ph=["+4534412232"], f="tp mp nat c")
A("da", "skumring-test", "Hun taler ikke engelsk eller dansk, så skriv til mig, så oversætter jeg for hende. Sød pige, 22 år, lige kommet til Danmark og bor hos os i Kolding. Sms 3441 2243.",
  title="Sød pige 22 – Kolding", age=22, loc="Kolding", ph=["+4534412243"], f="tp mv c")
A("da", "citylights-test", "DENNE UGE HOS OS\n• Alina – 21 år – 1,65 m – Rumænien\n• Bianca – 20 år – 1,70 m – Moldova\n• Sun – 24 år – 1,58 m – Vietnam\n• Dasha – 26 år – 1,74 m – Ukraine\nKontakt: 3441 2254 (dansk/english)",
  title="Ugens piger – Odense", loc="Odense", ph=["+4534412254"], f="tp mp nat c")
A("da", "skumring-test", "To søde veninder, nitten og lige fyldt atten, er nye i Esbjerg denne uge. De bor sammen og tager imod sammen eller hver for sig. Sms 34❤️41❤️22❤️65.",
  title="2 veninder nye i Esbjerg", loc="Esbjerg", ph=["+4534412265"], dis=["+4534412265"], f="tp mp yt mv c")
A("da", "skumring-test", "ESCORT SERVICE NORD\nVi har altid 6-8 piger klar til dig – blondiner, brunetter, slanke og kurvede. Alle vores piger er nøje udvalgt og super diskrete. Vi kører til hele Nordjylland, døgnet rundt.\nSe galleriet og ring til vores booking: 3441 2276.",
  title="Escort Service Nord – Aalborg", loc="Aalborg", ph=["+4534412276"], f="tp mp 247 tr c", hd=True, ft=True)
A("da", "skumring-test", "Ny pige ankommet fra Polen, hun er meget ung og frisk, kun 3 dage i Odense. Hun er meget venlig og gør alt for at du være glad. Ring for hende nu 3441 2287, hun venter på dig.",
  title="NY PIGE FRA POLEN", loc="Odense", ph=["+4534412287"], f="tp yt nat mv c")
A("da", "citylights-test", "Velkommen til Sara 🌸 She is 20 and new in Denmark. Hun taler kun engelsk, sorry. Booking via WhatsApp +40 712 034 233, svar indenfor 5 min.",
  title="Sara 20 – new in Copenhagen", name="Sara", age=20, loc="Copenhagen", ph=["+40712034233"], f="tp mv c")
A("da", "skumring-test", "🍒🍒 NYE PIGER HVER UGE 🍒🍒\n1🌹 = 1200 kr · 2🌹 = 2000 kr\n👑 VIP-rum på 1. sal 👑\nRing 3️⃣4️⃣4️⃣1️⃣ 2️⃣2️⃣9️⃣8️⃣",
  title="🍒 Nye piger Kbh 🍒", loc="Kbh", ph=["+4534412298"], dis=["+4534412298"], f="tp mp em c")
A("da", "midnatsforum-demo", "Jeg skriver for min veninde Anja, hun er ny i byen og kan ikke selv finde ud af forummet endnu. Hun er 24, fra Letland og meget sød. PB mig, så giver jeg jer hendes nummer.",
  title="Re: Nye i Århus?", name="Anja", age=24, loc="Århus", f="tp nat mv c", hd=True)
A("da", "skumring-test", "Ring og spørg efter Maria: tre-fire fire-en to-to ni-ni. Hun er 24, rumænsk og meget sød, og hun tager imod i Valby.",
  title="Maria 24 Valby", name="Maria", age=24, loc="Valby", ph=["+4534412299"], dis=["+4534412299"], f="tp nat c")
A("da", "skumring-test", "Helt ny og uerfaren – hun er lige fyldt 18 og har aldrig været på siden før. Ring til hendes kusine på 3441 2310, hun tager telefonen.",
  title="Helt ny, 18", age=18, loc="Horsens", ph=["+4534412310"], f="tp yt c")
A("da", "skumring-test", "Hej, jeg er Eva, 31, og jeg tager imod i Slagelse. Min kæreste tager telefonen og aftaler tiderne for mig, så bare ring til ham på 3441 2321.",
  title="Eva 31 Slagelse", name="Eva", age=31, loc="Slagelse", ph=["+4534412321"], f="c")
A("da", "citylights-test", "Turné december: Aarhus 3.–5., Aalborg 6.–8., Odense 9.–11. og Kbh 12.–20. Pigerne er fra Brasilien og Colombia og taler engelsk og spansk. Kontakt deres manager på WhatsApp +34 612 345 277.",
  title="Latinas på turné", ph=["+34612345277"], f="tp mp nat mv c")
A("da", "skumring-test", "Døgnåbent. Alle ydelser, også uden beskyttelse. 4 piger på stedet, ring 34 41 – spørg efter chefen – 23 05.",
  title="Døgnåbent Glostrup", loc="Glostrup", ph=["+4534412305"], dis=["+4534412305"], f="tp mp 247 rs c")
A("da", "skumring-test", "Vi er to veninder, Jeanet og Pia (45 og 48), og vi tager imod sammen i Helsingør. Vi bestemmer selv vores tider og priser, og vi svarer selv telefonen. Ring 3441 2316.",
  title="To veninder i Helsingør", loc="Helsingør", ph=["+4534412316"], f="mp")
A("da", "skumring-test", "Jeg er Vibeke, 44, Hillerød. Af hensyn til mit privatliv skriver jeg ikke mit nummer her – kontakt mig via sidens beskedsystem, så svarer jeg samme dag.",
  title="Vibeke – Hillerød", name="Vibeke", age=44, loc="Hillerød", hd=True, ft=True)
A("da", "massagepunkt-demo", "Jeg har ikke åbent døgnet rundt – jeg har også et liv 😄 Men hverdage 10-18 og lørdag 10-14 er du velkommen i min klinik i Roskilde. Ring 3441 2327.",
  title="Massage Roskilde", name="Mona", age=53, loc="Roskilde", ph=["+4534412327"])
A("da", "skumring-test", "Ung studerende på 23 der tjener lidt ekstra ved siden af studiet. Jeg tager imod i Aarhus N og skriver selv alle beskeder. Sms 3441 2338.",
  title="Studerende 23, Aarhus N", name="Line", age=23, loc="Aarhus", ph=["+4534412338"], f="yt")
A("da", "citylights-test", "Spørg efter chefen når du ringer, så finder han en pige, der passer lige til dig. Han har altid nogle nye fra udlandet. Kbh og Frederiksberg, tlf. +45 3441 2349.",
  title="Find din pige", loc="Frederiksberg", ph=["+4534412349"], f="tp mp nat c")


# ================================================================ Norwegian Bokmål (nb)
A("nb", "skumring-test", "Hei! Kari 44, Bergen sentrum. Massasje og kos, bare avtaler. Ring 406 12 311.",
  title="Kari i Bergen", name="Kari", age=44, loc="Bergen", ph=["+4740612311"])
A("nb", "skumring-test", "Jeg heter Siri, 41, og tar imot i egen leilighet på Grünerløkka.\nFra en fast kunde: «Hun er rolig, morsom og tar seg alltid god tid. Hun får deg til å glemme hverdagen.»\nTusen takk! Ring meg på +47 406 12 312.",
  title="Siri – Grünerløkka", name="Siri", age=41, loc="Oslo", ph=["+4740612312"], ft=True)
A("nb", "skumring-test", "Vi er et par i Drammen, hun er 40 og han er 47. Vi liker gode samtaler og rolige kvelder og søker en hyggelig mann. Hun bestemmer, han lager maten. Send sms til 40612313.",
  title="Par i Drammen", loc="Drammen", ph=["+4740612313"])
A("nb", "massagepunkt-demo", "Sertifisert massør med egen klinikk på Lade. Jeg tilbyr balinesisk massasje, klassisk svensk massasje og fotmassasje. Balinesisk massasje lærte jeg på et kurs i Ubud for mange år siden. Timebestilling: 406 12 314.",
  title="Balinesisk og svensk massasje – Trondheim", name="Ingrid", age=49, loc="Trondheim", ph=["+4740612314"], f="tr")
A("nb", "skumring-test", "Marte, 38, Fredrikstad. Jeg snakker norsk, svensk og engelsk, så både nordmenn og turister er velkomne. Ring 0047 406 12 315 etter kl. 11.",
  title="Marte 38", name="Marte", age=38, loc="Fredrikstad", ph=["+4740612315"])
A("nb", "skumring-test", "Jeg er ikke ung lenger – 56 år – men sprek, blid og glad i folk. Jeg tar imot i rolige omgivelser på Hamar. Ring 406 12 316.",
  title="Moden dame på Hamar", name="Randi", age=56, loc="Hamar", ph=["+4740612316"])
A("nb", "midnatsforum-demo", "Hei forum! Ny i Tromsø – jeg flyttet hit for en jobb på sykehuset i høst og tilbyr massasje på kveldstid. Noen som vet om det snør like mye hele vinteren? 😅 Nummeret mitt: 406 12 317.",
  title="Re: Ny i Tromsø", name="Hege", age=46, loc="Tromsø", ph=["+4740612317"], f="mv", hd=True, ft=True)
A("nb", "skumring-test", "Velkommen til meg, Tone, 43. Jeg tar imot i Sandnes, fem minutter fra Stavanger. Jeg jobber alene og bruker alltid beskyttelse. Sms til 406 12 318.",
  title="Tone – Sandnes/Stavanger", name="Tone", age=43, loc="Sandnes", ph=["+4740612318"], hd=True, ft=True)
A("nb", "massagepunkt-demo", "MASSASJE I KRISTIANSAND!! KUN AVTALER, IKKE DROP-IN. JEG ER LIV, 50 ÅR, OG HAR HOLDT PÅ I 20 ÅR. RING 406 12 319 ETTER KL 10!!",
  title="MASSASJE KR.SAND", name="Liv", age=50, loc="Kr.sand", ph=["+4740612319"])
A("nb", "skumring-test", "✨🌹 Nina, 35 🌹✨\nKoselig dame i Ålesund 🌊 Kaffe, prat og avslappende massasje ☕️💆‍♀️\n📞 406 12 330",
  title="🌹 Nina 35 🌹", name="Nina", age=35, loc="Ålesund", ph=["+4740612330"])
A("nb", "skumring-test", "Jeg er Berit, 48, og jobber for meg selv. Nummeret mitt: fire null seks – tolv – tre to null. Ingen skjulte numre, takk.",
  title="Berit – Bodø", name="Berit", age=48, loc="Bodø", ph=["+4740612320"], dis=["+4740612320"])
A("nb", "skumring-test", "Anne her, 42 🙂 Lillestrøm, hverdager.\nRing 406 12\n321\nså avtaler vi.",
  title="Anne 42", name="Anne", age=42, loc="Lillestrøm", ph=["+4740612321"], dis=["+4740612321"])
A("nb", "massagepunkt-demo", "Rolig massasje hos Gro (47) i Sarpsborg. Tlf: 4 0 6 1 2 3 2 2. Jeg svarer mellom 9 og 19.",
  title="Massasje Sarpsborg", name="Gro", age=47, loc="Sarpsborg", ph=["+4740612322"])
A("nb", "skumring-test", "Hei, jeg heter Hanna, 35 år, og tar imot i min leilighet på Majorstuen. Jeg er rolig og hyggelig, jeg har god tid og jeg bestemmer selv når jeg jobber. Ring meg på +47 406 12 323.",
  title="Hanna 35 – Majorstuen", name="Hanna", age=35, loc="Oslo", ph=["+4740612323"], share="nb-hanna")
A("nb", "citylights-test", "Hanna er 35 og tar imot på Majorstuen i Oslo. Hun er rolig, hyggelig og har alltid god tid. Ta kontakt med oss for å booke henne: 406 12 tre-to-tre. Bare sms, vi svarer raskt.",
  title="Hanna 35 – Oslo", name="Hanna", age=35, loc="Oslo", ph=["+4740612323"], dis=["+4740612323"], f="tp c", share="nb-hanna")
A("nb", "skumring-test", "Vi koser oss alltid, kundene mine og jeg 😊 Mange har kommet i årevis og vi prater om alt fra fiske til barnebarn. Vil du bli en av dem? Ring Solveig, 59, på 406 12 325.",
  title="Solveig 59", name="Solveig", age=59, loc="Gjøvik", ph=["+4740612325"])
A("nb", "skumring-test", "Ellen, 45, Moss. Ring 4O6 l2 3Z6 – jeg svarer selv, alltid.",
  title="Ellen i Moss", name="Ellen", age=45, loc="Moss", ph=["+4740612326"], dis=["+4740612326"])
A("nb", "massagepunkt-demo", "Hei jeg er Joy, jeg kommer fra Filippinene men bor i Oslo 9 år nå. Jeg gi god massasje med varm olje, ikke hastverk, du føle deg bra etterpå. Jeg snakke norsk litt og engelsk bra. Ring meg 406 12 327.",
  title="Joy massasje Oslo", name="Joy", age=44, loc="Oslo", ph=["+4740612327"], f="nat")
A("nb", "skumring-test", "Hei! Jeg heter Lena, 40. For tourists: I receive in Bergen city centre, discreet and relaxed, just send me a text. Resten på norsk: ingen drop-in, bare avtaler. +4740612328",
  title="Lena 40 – Bergen / Bergen city", name="Lena", age=40, loc="Bergen", ph=["+4740612328"], f="tr")
A("nb", "skumring-test", "Venninnen min Mari annonserer også her, men vi jobber hver for oss og har ingenting med hverandres avtaler å gjøre. Dette er min annonse: Torill, 52, Skien. Ring 406 12 329.",
  title="Torill 52 Skien", name="Torill", age=52, loc="Skien", ph=["+4740612329"])
A("nb", "skumring-test", "Ungkarer, enkemenn og pensjonister er like velkomne. Jeg bor på landet utenfor Tønsberg – frisk luft, god parkering og ingen naboer som kikker. Astrid, 54: 406 12 331.",
  title="Hyggelig dame ved Tønsberg", name="Astrid", age=54, loc="Tønsberg", ph=["+4740612331"])
A("nb", "massagepunkt-demo", "Jeg svarer ikke hele døgnet – bare mellom 10 og 20, og ikke på søndager. Massasje i Haugesund sentrum. Wenche, 51: 406 12 332.",
  title="Massasje Haugesund", name="Wenche", age=51, loc="Haugesund", ph=["+4740612332"])
A("nb", "skumring-test", "Ung og blid jente på 25 som studerer i Trondheim og trenger litt ekstra. Jeg svarer selv på alle meldinger. Sms 406 12 333.",
  title="Student 25 Trondheim", name="Emilie", age=25, loc="Trondheim", ph=["+4740612333"], f="yt")
A("nb", "skumring-test", "Vi er to venninner, Kjersti og Mona (44 og 47), som tar imot sammen i Bergen. Vi har ingen sjef og ingen agent – vi bestemmer alt selv. Ring 406 12 334.",
  title="To venninner i Bergen", loc="Bergen", ph=["+4740612334"], f="mp tr")
A("nb", "skumring-test", "Jeg heter Grete, 46, og bor i Larvik. Jeg legger ikke ut nummeret mitt – send meg en melding her på siden, så svarer jeg samme kveld.",
  title="Grete – Larvik", name="Grete", age=46, loc="Larvik", hd=True, ft=True)
A("nb", "citylights-test", "Jeg kjører for jentene og tar imot alle bestillinger. To av dem snakker bare russisk, så skriv til meg på norsk eller engelsk. Hotellbesøk i Oslo og Bærum fra kl. 19. Tlf +47 406 12 340.",
  title="Hotellbesøk Oslo", loc="Oslo", ph=["+4740612340"], f="tp mp c")
A("nb", "skumring-test", "Sjefen bestemmer hvem som jobber i kveld, så du får den som er ledig. Alle er pene og blide. Ring 406 12 341 og si hva du ønsker deg.",
  title="Ledig i kveld – Stavanger", loc="Stavanger", ph=["+4740612341"], f="tp mp c")
A("nb", "massagepunkt-demo", "Resepsjonen har åpent 11–23.\nMandag og tirsdag: Olga\nOnsdag: Mei (Kina)\nTorsdag–lørdag: Ana og Paula\nSøndag: stengt\nBestill time hos resepsjonisten på 406 12 342.",
  title="Ukeplan – Massasjesenter Sentrum", loc="Oslo", ph=["+4740612342"], f="tp mp nat c")
A("nb", "skumring-test", "Hun snakker ikke norsk eller engelsk, så skriv til meg, så ordner jeg alt for henne. Hun er 23, veldig søt og bor sammen med oss i Kristiansand. Sms 406 12 343.",
  title="Søt jente 23 – Kristiansand", age=23, loc="Kristiansand", ph=["+4740612343"], f="tp c")
A("nb", "citylights-test", "UKENS JENTER\n– Diana, tjueen år, 1,68, Ungarn\n– Elena, tjueto år, 1,72, Romania\n– Lin, tjuefire år, 1,60, Thailand\nAlle snakker litt engelsk. Booking: +47 406 12 344",
  title="Ukens jenter – Oslo", loc="Oslo", ph=["+4740612344"], f="tp mp nat c")
A("nb", "skumring-test", "ESCORT BERGEN\nVi har jenter fra Øst-Europa klare for deg hver eneste dag og natt. Alle er håndplukket, diskrete og pålitelige. Vi kommer til hotell og hjem, 24/7.\nRing bookingen: 406 12 345",
  title="Escort Bergen – hele døgnet", loc="Bergen", ph=["+4740612345"], f="tp mp nat 247 tr c", hd=True, ft=True)
A("nb", "skumring-test", "Ny jente komme fra Romania, veldig ung og frisk, bare 2 dager i Bergen. Hun er veldig snill og gjøre alt for du er fornøyd. Ring for henne nå 406 12 346.",
  title="NY JENTE FRA ROMANIA", loc="Bergen", ph=["+4740612346"], f="tp yt nat mv c")
A("nb", "citylights-test", "Møt Bella 🌸 She is 21, just arrived in Norway and she only speaks English. Hun tar imot i Trondheim denne uken. WhatsApp +40 712 034 347.",
  title="Bella 21 – Trondheim", name="Bella", age=21, loc="Trondheim", ph=["+40712034347"], f="tp mv c")
A("nb", "skumring-test", "🍑🍑 NYE JENTER HVER MANDAG 🍑🍑\n1🌹 = 1500 kr\n👑 VIP-rom 👑\nRing 4️⃣0️⃣6️⃣ 1️⃣2️⃣ 3️⃣4️⃣8️⃣",
  title="🍑 Nye jenter Oslo 🍑", loc="Oslo", ph=["+4740612348"], dis=["+4740612348"], f="tp mp em c")
A("nb", "midnatsforum-demo", "Jeg skriver for ei venninne som er ny i byen og ikke skjønner seg på forumet ennå. Hun heter Katja, er 22 og kommer fra Litauen. Send meg PM, så gir jeg dere nummeret hennes.",
  title="Re: Ny i Drammen", name="Katja", age=22, loc="Drammen", f="tp nat mv c", hd=True)
A("nb", "skumring-test", "Spør etter Laura når du ringer: førti, seksti, tolv, tre – fire – ni. Hun er 24, spansk og tar imot på Grønland i Oslo.",
  title="Laura 24 Oslo", name="Laura", age=24, loc="Oslo", ph=["+4740612349"], dis=["+4740612349"], f="tp nat c")
A("nb", "skumring-test", "Helt ny og uerfaren – hun har akkurat fylt atten og har aldri vært på siden før. Storesøsteren hennes tar telefonen: 406 12 350.",
  title="Helt ny, 18", age=18, loc="Fredrikstad", ph=["+4740612350"], f="tp yt c")
A("nb", "skumring-test", "Hei, jeg er Nora, 30, og tar imot i Tønsberg. Kjæresten min tar telefonen og avtaler tidene for meg, så bare ring ham på 406 12 351.",
  title="Nora 30", name="Nora", age=30, loc="Tønsberg", ph=["+4740612351"], f="c")
A("nb", "citylights-test", "Turné: Oslo 1.–6. desember, Bergen 7.–10., Stavanger 11.–14., Trondheim 15.–19. Jentene er fra Colombia og Venezuela. Kontakt manageren deres: +34 612 345 352.",
  title="Latinas på turné i Norge", ph=["+34612345352"], f="tp mp nat mv c")
A("nb", "skumring-test", "Døgnåpent på Furuset. Alle tjenester, også uten beskyttelse. Tre jenter på jobb, ring 406 – spør etter Mama – 12 353.",
  title="Døgnåpent Oslo øst", loc="Oslo", ph=["+4740612353"], dis=["+4740612353"], f="tp mp 247 rs c")
A("nb", "citylights-test", "Våre jenter reiser mellom Oslo og Göteborg hver uke. De er unge, blide og snakker engelsk. Svensk nummer: 070-123 45 41.",
  title="Jenter Oslo / Göteborg", loc="Oslo", ph=["+46701234541"], f="tp mp yt mv c")


# ================================================================ Swedish (sv)
A("sv", "skumring-test", "Lotta 46 Västerås. Massage och mys, bara bokade tider. Sms 070-123 45 61.",
  title="Lotta, Västerås", name="Lotta", age=46, loc="Västerås", ph=["+46701234561"])
A("sv", "massagepunkt-demo", "Välkommen till min lilla mottagning i Linköping. Jag heter Eva, 50, och har masserat i tjugo år.\n★★★★★ \"Hon lyssnar verkligen och hon hittar varje knut.\" – Peter\n★★★★★ \"Hon är lugn och proffsig.\" – Mats\nBoka på 0701234562.",
  title="Massage Linköping", name="Eva", age=50, loc="Linköping", ph=["+46701234562"], f="tr")
A("sv", "skumring-test", "Vi är ett par i Malmö, hon 41 och han 44, som söker en trevlig man för middag och umgänge. Hon bestämmer, han diskar 😄 Ring oss på +46 70 123 45 63.",
  title="Par i Malmö", loc="Malmö", ph=["+46701234563"])
A("sv", "massagepunkt-demo", "Jag erbjuder klassisk svensk massage, japansk shiatsu och koppning. Legitimerad massageterapeut med egen klinik på Södermalm. Boka tid: 0046 70 123 45 64.",
  title="Svensk massage & shiatsu – Sthlm", name="Karin", age=48, loc="Stockholm", ph=["+46701234564"], f="tr")
A("sv", "skumring-test", "Hej, Annika 39 här. Jag pratar svenska, finska och engelska. Tar emot i Haparanda och ibland i Luleå. Ring 070 123 45 65.",
  title="Annika 39", name="Annika", age=39, loc="Haparanda", ph=["+46701234565"])
A("sv", "skumring-test", "61 år och ung i själen. Jag gillar långa samtal, jazz och män som vet vad de vill. Tar emot i Örebro dagtid. Ring +46701234566.",
  title="Mogen kvinna Örebro", name="Birgitta", age=61, loc="Örebro", ph=["+46701234566"])
A("sv", "midnatsforum-demo", "Hej! Nyinflyttad i Umeå sedan oktober, kommer från Gävle. Jag har öppnat en liten massagemottagning på Ålidhem och letar också efter en bra frisör 😊 Mitt nummer: 070-123 45 73.",
  title="Re: Ny i Umeå", name="Malin", age=45, loc="Umeå", ph=["+46701234573"], f="mv", hd=True, ft=True)
A("sv", "skumring-test", "Jag heter Jessica, 38, och tar emot i Helsingborg. Unga killar under 25 tar jag inte emot, jag föredrar mogna män. Ring eller sms 070-123 45 74.",
  title="Jessica – Helsingborg", name="Jessica", age=38, loc="Helsingborg", ph=["+46701234574"], hd=True, ft=True)
A("sv", "skumring-test", "ÄKTA BILDER, INGEN BYRÅ, INGA MELLANHÄNDER!! JAG ÄR SANNA, 44, OCH JAG SVARAR SJÄLV. GÖTEBORG, MAJORNA. RING 070-123 45 75!!!",
  title="SANNA 44 GBG", name="Sanna", age=44, loc="Gbg", ph=["+46701234575"], f="tr")
A("sv", "skumring-test", "🌷☕️ Maria 36 ☕️🌷\nMysig dam i Jönköping 🏡 Fika, prat och avslappnande massage 💆‍♀️\n📲 070 123 45 76",
  title="🌷 Maria 36", name="Maria", age=36, loc="Jönköping", ph=["+46701234576"])
A("sv", "skumring-test", "Jag är Ulrika, 47, och jobbar helt på egen hand. Mitt nummer: noll sju noll – ett två tre – fyrtiofem – sextioåtta. Inga dolda nummer tack.",
  title="Ulrika – Norrköping", name="Ulrika", age=47, loc="Norrköping", ph=["+46701234568"], dis=["+46701234568"])
A("sv", "skumring-test", "Sofia här, 40 🙂 Lund, vardagar.\nRing 070-123\n45 69\nså bokar vi en tid.",
  title="Sofia 40 Lund", name="Sofia", age=40, loc="Lund", ph=["+46701234569"], dis=["+46701234569"])
A("sv", "massagepunkt-demo", "Lugn massage hos Helena (52) i Karlstad. Telefon: 0 7 0 1 2 3 4 5 7 0. Jag svarar 9–18.",
  title="Massage Karlstad", name="Helena", age=52, loc="Karlstad", ph=["+46701234570"])
A("sv", "massagepunkt-demo", "Hej, jag heter Petra, 37, och tar emot i min lägenhet i Hammarby Sjöstad. Jag är lugn och glad och tar god tid på mig. Jag bokar själv och jobbar när det passar mig. Ring 070-123 45 71.",
  title="Petra 37 – Hammarby", name="Petra", age=37, loc="Stockholm", ph=["+46701234571"], share="sv-petra")
A("sv", "skumring-test", "Petra är 37 och tar emot i Hammarby Sjöstad, Sthlm. Hon är lugn och glad och tar alltid god tid på sig. Kontakta oss så bokar vi in dig hos henne: 070-123 45 sju ett. Endast sms.",
  title="Petra 37 – Sthlm", name="Petra", age=37, loc="Sthlm", ph=["+46701234571"], dis=["+46701234571"], f="tp c", share="sv-petra")
A("sv", "skumring-test", "Jag delar lägenhet med en väninna, men hon har inget med min verksamhet att göra och hon är aldrig hemma när jag tar emot. Bara jag, Camilla 42, Uppsala. 070-123 45 77.",
  title="Camilla 42 Uppsala", name="Camilla", age=42, loc="Uppsala", ph=["+46701234577"])
A("sv", "skumring-test", "Linda, 43, Sundsvall. Ring O7O-l23 45 78, jag svarar alltid själv.",
  title="Linda Sundsvall", name="Linda", age=43, loc="Sundsvall", ph=["+46701234578"], dis=["+46701234578"])
A("sv", "massagepunkt-demo", "Hej jag är Bruna, brasiliansk kvinna bor i Göteborg sedan 2015. Jag ge bra massage med varma stenar, du blir mycket avslappnad och glad. Jag prata svenska lite, engelska och portugisiska bra. Ring mig 070-123 45 79.",
  title="Bruna massage Gothenburg", name="Bruna", age=41, loc="Gothenburg", ph=["+46701234579"], f="nat")
A("sv", "skumring-test", "Hej! Jag heter Therese, 39. Quick note in English: I receive in Malmo near Triangeln, relaxed and discreet, text me first. Resten på svenska: inga drop-in. +46 70 123 45 80",
  title="Therese 39 – Malmö/Malmo", name="Therese", age=39, loc="Malmo", ph=["+46701234580"], f="tr")
A("sv", "massagepunkt-demo", "En timme kostar ungefär 1200 kr, och då ingår fräscha handdukar, dusch och en kopp te. Jag heter Åsa, 55, och har min mottagning i Falun. Boka 070-123 45 81.",
  title="Massage Falun", name="Åsa", age=55, loc="Falun", ph=["+46701234581"])
A("sv", "skumring-test", "Jag har inte öppet dygnet runt – jag har barnbarn också 😄 Men vardagar 10–17 är du välkommen till mig i Växjö. Gun, 58: 070-123 45 82.",
  title="Gun 58 Växjö", name="Gun", age=58, loc="Växjö", ph=["+46701234582"])
A("sv", "skumring-test", "Ung tjej på 24 som pluggar i Uppsala och vill dryga ut CSN:en. Jag skriver själv alla meddelanden. Sms 070-123 45 83.",
  title="Student 24 Uppsala", name="Ida", age=24, loc="Uppsala", ph=["+46701234583"], f="yt")
A("sv", "skumring-test", "Vi är två väninnor, Lena och Carina (46 och 49), som tar emot tillsammans i Gävle. Inga hallickar, ingen byrå – vi sköter allt själva. Ring 070-123 45 84.",
  title="Två väninnor i Gävle", loc="Gävle", ph=["+46701234584"], f="mp tr")
A("sv", "skumring-test", "Jag heter Agneta, 50, och bor i Kalmar. Jag skriver inte ut mitt nummer här, skicka ett meddelande via sidan så svarar jag samma dag.",
  title="Agneta Kalmar", name="Agneta", age=50, loc="Kalmar", hd=True, ft=True)
A("sv", "citylights-test", "Jag är en polsk kvinna, 34, och jag är i Stockholm bara den här veckan, sedan åker jag hem till Gdańsk igen. Jag bokar själv och svarar själv. +48 512 345 685.",
  title="Polska i Sthlm denna vecka", name="Kasia", age=34, loc="Stockholm", ph=["+48512345685"], f="nat mv")
A("sv", "citylights-test", "Vår chaufför kör tjejerna till ditt hotell i Stockholm city och hämtar dem efteråt. Du behöver inte göra något, bara ringa vår växel 070-123 45 86.",
  title="Hotellbesök Sthlm", loc="Stockholm", ph=["+46701234586"], f="tp mp c")
A("sv", "skumring-test", "Prata med chefen, inte med tjejerna – de vet inte priserna. Han svarar på 070-123 45 87 från lunch till sent.",
  title="Malmö – ring chefen", loc="Malmö", ph=["+46701234587"], f="tp mp c")
A("sv", "massagepunkt-demo", "Schema v. 50 – Thaimassage Centrum\n10–16 Anja\n16–22 Mei\n22–04 Rosa\nBoka hos receptionen, 070-123 45 88. Tjejerna tar inte emot samtal själva.",
  title="Schema vecka 50", loc="Göteborg", ph=["+46701234588"], f="tp mp c")
A("sv", "skumring-test", "Hon pratar inte svenska, så skriv till mig. Hon är tjugo år, smal och blyg och har bara varit här en vecka. Jag bestämmer tider åt henne. Sms 070-123 45 89.",
  title="Blyg tjej, tjugo – Borås", loc="Borås", ph=["+46701234589"], f="tp mv c")
A("sv", "citylights-test", "VECKANS DAMER\n~ Oksana – tjugotvå år – 172 cm – Ukraina\n~ Joy – tjugofem år – 158 cm – Filippinerna\n~ Raluca – tjugoett år – 168 cm – Rumänien\nBokning: +46 70 123 45 90",
  title="Veckans damer – Sthlm", loc="Sthlm", ph=["+46701234590"], f="tp mp nat c")
A("sv", "skumring-test", "EXCLUSIVE ESCORTS STOCKHOLM\nVåra damer kommer från Östeuropa, Sydamerika och Asien. Alla är noga utvalda, diskreta och pålitliga, och vi hämtar dem och lämnar dem där du vill.\nNina – 23 – blond\nMiriam – 27 – brunett\nChen – 24 – mörk\nRing bokningen: 070-123 45 91",
  title="Exclusive Escorts Stockholm", loc="Stockholm", ph=["+46701234591"], f="tp mp nat tr c", hd=True, ft=True)
A("sv", "skumring-test", "Ny flicka kom från Ukraina, hon mycket ung och söt, endast 4 dagar i Gbg. Hon gör allt så du blir nöjd och glad. Ring för henne nu 070-123 45 92.",
  title="NY FLICKA I GBG", loc="Gbg", ph=["+46701234592"], f="tp yt nat mv c")
A("sv", "citylights-test", "Möt Viktoria 💫 She is fresh, only 19 and new in Sweden. Hon kan bara lite engelska. Booking via Telegram +40 712 034 293.",
  title="Viktoria 19 – new in Malmö", name="Viktoria", age=19, loc="Malmö", ph=["+40712034293"], f="tp yt mv c")
A("sv", "skumring-test", "🍒🍒 ÖPPET DYGNET RUNT 🍒🍒\n1🌹 = 1500 kr\nNya tjejer varje vecka!\nRing 0️⃣7️⃣0️⃣ 1️⃣2️⃣3️⃣ 4️⃣5️⃣ 9️⃣4️⃣",
  title="🍒 Dygnet runt Sthlm", loc="Stockholm", ph=["+46701234594"], dis=["+46701234594"], f="tp mp 247 em c")
A("sv", "midnatsforum-demo", "Skriver för en kompis som är ny i stan och inte fattar hur forumet funkar. Hon heter Dasha, är 21 och från Vitryssland. Skicka PM till mig så får ni hennes nummer.",
  title="Re: Ny i Västerås", name="Dasha", age=21, loc="Västerås", f="tp nat mv c", hd=True)
A("sv", "skumring-test", "Fråga efter Elena när du ringer: noll sjuttio, hundratjugotre, fyrtiofem, nittiofem. Hon är 25, rumänska och tar emot nära Centralen.",
  title="Elena 25", name="Elena", age=25, loc="Stockholm", ph=["+46701234595"], dis=["+46701234595"], f="tp nat c")
A("sv", "skumring-test", "Precis fyllda 18 och ser mycket yngre ut! Helt ny på sidan. Hennes kusin svarar: 070-123 45 96.",
  title="Precis 18!", age=18, loc="Eskilstuna", ph=["+46701234596"], f="tp yt c")
A("sv", "skumring-test", "Hej, jag är Amanda, 31, och tar emot i Södertälje. Min bror svarar i telefon och bokar tiderna åt mig, så ring honom på 070-123 45 97.",
  title="Amanda 31", name="Amanda", age=31, loc="Södertälje", ph=["+46701234597"], f="c")
A("sv", "citylights-test", "Turné i december: Malmö 2–5, Göteborg 6–9, Stockholm 10–18. Två polska väninnor, båda 22. Kontakta managern Marek: +48 512 345 698 (pratar engelska).",
  title="Polska väninnor på turné", ph=["+48512345698"], f="tp mp nat mv c")
A("sv", "skumring-test", "Fyra tjejer på plats i Hisingen. Allt ingår, även utan skydd. Låga priser. Ring 070-123 – fråga efter Sergej – 45 99.",
  title="Hisingen – fyra tjejer", loc="Göteborg", ph=["+46701234599"], dis=["+46701234599"], f="tp mp rs c")
A("sv", "citylights-test", "Våra flickor byts ut varje söndag, så det finns alltid någon ny att träffa i Malmö. Dansk kontakt: +45 3441 2360.",
  title="Alltid nya flickor Malmö", loc="Malmö", ph=["+4534412360"], f="tp mp c")


# ================================================================ English (en)
A("en", "citylights-test", "Jen 38, Leeds. Relaxing massage, appointments only. Text 07400 123401.",
  title="Jen – Leeds", name="Jen", age=38, loc="Leeds", ph=["+447400123401"])
A("en", "citylights-test", "Hi, I'm Claire, 44, independent and based in Didsbury.\nReviews (3)\n\"She was warm and funny and put me at ease straight away.\" ★★★★★\n\"She really listens. Lovely flat too.\" ★★★★★\nThank you all! Call me on 07400 123402.",
  title="Claire – Manchester", name="Claire", age=44, loc="Manchester", ph=["+447400123402"], ft=True)
A("en", "citylights-test", "We're a married couple in Bristol (she's 42, he's 46) looking for a gentleman for dinners and good company. She makes the rules, he pours the wine. Message us on +44 7400 123403.",
  title="Couple in Bristol", loc="Bristol", ph=["+447400123403"])
A("en", "massagepunkt-demo", "Swedish, Thai and Lomi Lomi massage in a calm studio in Clifton. Fully qualified therapist (ITEC diploma) with twelve years' experience. Booking: 07400-123-404.",
  title="Swedish & Thai massage – Bristol", name="Rachel", age=47, loc="Bristol", ph=["+447400123404"], f="tr")
A("en", "citylights-test", "Marta, 36, Birmingham city centre. I speak English, Polish and a little Russian, so feel free to write in any of them. Call 0044 7400 123 405.",
  title="Marta – Birmingham", name="Marta", age=36, loc="Birmingham", ph=["+447400123405"])
A("en", "citylights-test", "I'm not young anymore and I don't pretend to be – 54, curvy and happy in my skin. Tea, a chat and a proper massage in Norwich. Ring 07400 123406.",
  title="Mature lady Norwich", name="Sue", age=54, loc="Norwich", ph=["+447400123406"])
A("en", "midnatsforum-demo", "Hello all! New in town – moved to Edinburgh from Carlisle in September for my partner's job. I've set up a little massage room at home in Leith. Any tips for a good café nearby? My number is 07400 123407.",
  title="Re: New in Edinburgh", name="Fiona", age=43, loc="Edinburgh", ph=["+447400123407"], f="mv", hd=True, ft=True)
A("en", "citylights-test", "Hi, I'm Gina, 41, and I work from my own flat in Newcastle. Young professionals and older gents equally welcome – manners matter more than age. Text 07400 123408.",
  title="Gina – Newcastle", name="Gina", age=41, loc="Newcastle", ph=["+447400123408"], hd=True, ft=True)
A("en", "citylights-test", "GENUINE BRITISH LADY, 49, NO AGENCY, NO DRIVER, NO NONSENSE!! I RECEIVE IN CROYDON, APPOINTMENTS ONLY. CALL 07400 123409 – NO WITHHELD NUMBERS!!",
  title="GENUINE BRITISH LADY CROYDON", name="Tracy", age=49, loc="London", ph=["+447400123409"], f="nat tr")
A("en", "citylights-test", "🌹 Roses are red, my sofa is blue 🌹\nCome for a cuppa, I'll be waiting for you ☕️😊\nLaura, 39, Cardiff 📱 07400 123410",
  title="🌹 Laura 39 Cardiff", name="Laura", age=39, loc="Cardiff", ph=["+447400123410"])
A("en", "citylights-test", "Independent lady, 45, Sheffield. My number: oh seven four double oh, one two three, four one one. No texts after 10pm please.",
  title="Sheffield – independent", name="Helen", age=45, loc="Sheffield", ph=["+447400123411"], dis=["+447400123411"])
A("en", "citylights-test", "Kim here, 40 🙂 Nottingham, weekdays.\nCall 07400\n123412\nand we'll sort a time.",
  title="Kim 40 Nottingham", name="Kim", age=40, loc="Nottingham", ph=["+447400123412"], dis=["+447400123412"])
A("en", "massagepunkt-demo", "Gentle massage with Anne (52), Reading. Phone: 0 7 4 0 0 1 2 3 4 1 3. I answer between 9 and 6.",
  title="Massage Reading", name="Anne", age=52, loc="Reading", ph=["+447400123413"])
A("en", "citylights-test", "Hi, I'm Gemma, 35, and I see people in my flat in Glasgow's West End. I'm chatty, calm and never in a rush. I do my own bookings and choose my own hours. Ring me on 07400 123414.",
  title="Gemma 35 – West End", name="Gemma", age=35, loc="Glasgow", ph=["+447400123414"], share="en-gemma")
A("en", "midnatsforum-demo", "Posting this for Gemma, 35, West End of Glasgow. She's chatty, calm and never in a rush with her guests. Drop us a message to book her in: 07400 123 – four one four. Texts only.",
  title="Gemma – Glasgow West End", name="Gemma", age=35, loc="Glasgow", ph=["+447400123414"], dis=["+447400123414"], f="tp c", share="en-gemma")
A("en", "citylights-test", "I share a flat with a friend, but she has nothing to do with my work and she is never in when I have guests. Just me: Nicola, 42, Liverpool. 07400 123415.",
  title="Nicola 42 Liverpool", name="Nicola", age=42, loc="Liverpool", ph=["+447400123415"])
A("en", "citylights-test", "Debbie, 46, Leicester. Ring O74OO l23 4l6, I always pick up myself.",
  title="Debbie Leicester", name="Debbie", age=46, loc="Leicester", ph=["+447400123416"], dis=["+447400123416"])
A("en", "massagepunkt-demo", "Hello I am Ploy, I am Thai lady live in UK 10 year. I give very good massage with hot oil, no rush, you feel happy after. My shop is near Brixton station. I speak English ok. Call me 07400 123417.",
  title="Ploy massage Brixton", name="Ploy", age=45, loc="London", ph=["+447400123417"], f="nat")
A("en", "citylights-test", "¡Hola! Soy Carmen – sorry, I mean: hi, I'm Carmen, 40, and I live in Southampton. Hablo español e inglés. I receive near the docks, relaxed and discreet. Llámame / call me: 07400 123418.",
  title="Carmen 40 Southampton", name="Carmen", age=40, loc="Southampton", ph=["+447400123418"], f="tr")
A("en", "massagepunkt-demo", "Fresh towels and a fresh pot of tea for every guest, and parking right outside. Deep tissue and sports massage by Jo, 50, in Cheltenham. Book 07400 123419.",
  title="Massage Cheltenham", name="Jo", age=50, loc="Cheltenham", ph=["+447400123419"])
A("en", "citylights-test", "Not 24/7 – I'm a human being with a dog and a garden 😄 Weekdays 10 till 5 in Oxford. Wendy, 57: 07400 123420.",
  title="Wendy 57 Oxford", name="Wendy", age=57, loc="Oxford", ph=["+447400123420"])
A("en", "citylights-test", "Young professional, 26, working in the city and seeing a few gentlemen on the side. I answer every message myself. Text 07400 123421.",
  title="Young professional – London", name="Amy", age=26, loc="London", ph=["+447400123421"], f="yt")
A("en", "citylights-test", "We're two friends, Dawn and Lisa (47 and 50), seeing guests together in Plymouth. No manager, no driver – we book ourselves and keep our own money. Ring 07400 123422.",
  title="Two friends in Plymouth", loc="Plymouth", ph=["+447400123422"], f="mp tr")
A("en", "citylights-test", "Karen, 48, York. I don't post my number here – send me a message through the site and I'll reply the same evening.",
  title="Karen – York", name="Karen", age=48, loc="York", hd=True, ft=True)
A("en", "citylights-test", "Brazilian girl, 33, touring the UK on my own – London this week, Manchester next. I plan my trips and take my own bookings. WhatsApp +44 7400 123423.",
  title="Brazilian on tour", name="Bia", age=33, loc="London", ph=["+447400123423"], f="nat mv")
A("en", "citylights-test", "Night owl 🦉 Available 24/7 for overnight and dinner dates, I live alone and keep my own diary. Sasha, 37, Kensington. 07400 123424.",
  title="Sasha – overnights", name="Sasha", age=37, loc="London", ph=["+447400123424"], f="247")
A("en", "citylights-test", "Call Tony, he's the driver – he brings the girls to your hotel or house anywhere in Greater Manchester and waits outside. 07400 123430.",
  title="Outcalls Greater Manchester", loc="Manchester", ph=["+447400123430"], f="tp mp c")
A("en", "citylights-test", "All bookings go through the boss. Don't ask the ladies about money, they don't handle it. Birmingham, Hagley Road. 07400 123431.",
  title="Hagley Road", loc="Birmingham", ph=["+447400123431"], f="tp mp c")
A("en", "massagepunkt-demo", "This week's rota – Golden Hands Spa, Coventry\nMon/Tue: Lily\nWed: Nok (Thailand)\nThu–Sat: Ana & Ioana\nReception takes all calls on 07400 123432. The therapists do not answer the phone.",
  title="Rota – Golden Hands Spa", loc="Coventry", ph=["+447400123432"], f="tp mp nat c")
A("en", "citylights-test", "She doesn't speak English, so message me and I'll arrange everything for her. Twenty-two, slim, shy, staying with us in Luton. Text 07400 123433.",
  title="Shy girl, twenty-two – Luton", loc="Luton", ph=["+447400123433"], f="tp c")
A("en", "citylights-test", "MEET THE GIRLS\n* Daria – nineteen – 5'6\" – Ukraine\n* Ewa – twenty-three – 5'8\" – Poland\n* Mai – twenty-one – 5'2\" – Vietnam\nBookings 07400 123434 (we reply fast)",
  title="Meet the girls – Leeds", loc="Leeds", ph=["+447400123434"], f="tp mp nat c")
A("en", "citylights-test", "VELVET ROOMS LONDON\nOur ladies come from Eastern Europe, Latin America and Asia. Every one of them is hand-picked, discreet and reliable. We collect them and drop them wherever you are.\n– Anya, 23, blonde\n– Lucía, 26, brunette\n– Yuki, 24, petite\nCall our bookings team: 07400 123435",
  title="Velvet Rooms London", loc="London", ph=["+447400123435"], f="tp mp nat tr c", hd=True, ft=True)
A("en", "citylights-test", "New girl arrive from Vietnam, she very young and sweet, only 3 day in Leeds. She do everything for make you happy. Call for her now 07400 123436.",
  title="NEW GIRL LEEDS", loc="Leeds", ph=["+447400123436"], f="tp yt nat mv c")
A("en", "citylights-test", "Say hello to Denisa 💫 Are doar 20 de ani si e noua in Londra. She only speaks a few words of English, so write to me. WhatsApp +40 712 034 437.",
  title="Denisa 20 – new in London", name="Denisa", age=20, loc="London", ph=["+40712034437"], f="tp mv c")
A("en", "citylights-test", "🍒🍒 NEW GIRLS EVERY WEEK 🍒🍒\n1🌹 = £150\n👑 VIP room 👑\nCall 0️⃣7️⃣4️⃣0️⃣0️⃣ 1️⃣2️⃣3️⃣ 4️⃣3️⃣8️⃣",
  title="🍒 New girls Soho 🍒", loc="London", ph=["+447400123438"], dis=["+447400123438"], f="tp mp em c")
A("en", "midnatsforum-demo", "Writing for a mate who's new in town and can't get her head round this forum yet. She's Olga, 21, from Moldova. PM me and I'll pass you her number.",
  title="Re: New in Bristol", name="Olga", age=21, loc="Bristol", f="tp nat mv c", hd=True)
A("en", "citylights-test", "Ask for Bianca when you ring: oh seven four hundred, one two three, four three nine. She's 24, Romanian and stays near Paddington.",
  title="Bianca 24 Paddington", name="Bianca", age=24, loc="London", ph=["+447400123439"], dis=["+447400123439"], f="tp nat c")
A("en", "citylights-test", "Only just eighteen and this is her first job ever – she has never done this before. Her auntie takes the calls: 07400 123440.",
  title="First time, eighteen", age=18, loc="Slough", ph=["+447400123440"], f="tp yt c")
A("en", "citylights-test", "Hi, I'm Chloe, 30, Milton Keynes. My partner answers the phone and sorts my diary, so just ring him on 07400 123441.",
  title="Chloe 30 MK", name="Chloe", age=30, loc="Milton Keynes", ph=["+447400123441"], f="c")
A("en", "citylights-test", "Tour dates: Glasgow 2–4 Dec, Edinburgh 5–8, Newcastle 9–12, Leeds 13–17. Two Nigerian ladies, both 23. Contact their manager on +234 802 123 4542.",
  title="Ladies on tour – North", ph=["+2348021234542"], f="tp mp nat mv c")
A("en", "citylights-test", "Open round the clock in Ilford. Everything included, also bare. Five girls working. Call 07400 – ask for Mama – 123443.",
  title="Ilford – open all night", loc="London", ph=["+447400123443"], dis=["+447400123443"], f="tp mp 247 rs c")
A("en", "citylights-test", "Our ladies change every Monday, so there is always someone new to meet in Leicester. Ukrainian contact number: +380 50 123 4544.",
  title="Always new ladies", loc="Leicester", ph=["+380501234544"], f="tp mp c")


# ================================================================ German (de)
A("de", "sternchen-test", "Moni 45, Kiel. Entspannende Massage, nur nach Termin. SMS an 0151/23456701.",
  title="Moni in Kiel", name="Moni", age=45, loc="Kiel", ph=["+4915123456701"])
A("de", "sternchen-test", "Hallo, ich bin Steffi, 43, und empfange privat in Hamburg-Eimsbüttel.\nAus meinem Gästebuch: „Sie ist herzlich, lustig und nimmt sich wirklich Zeit. Bei ihr fühlt man sich sofort wohl.“ – Jens\nDanke dir! Ruf mich an: +49 151 23456702.",
  title="Steffi – Eimsbüttel", name="Steffi", age=43, loc="Hamburg", ph=["+4915123456702"], ft=True)
A("de", "sternchen-test", "Wir sind ein Paar aus Köln (sie 39, er 46) und suchen einen netten Herrn für gemeinsame Abende. Sie gibt den Ton an, er kocht. Schreibt uns: 01512 3456703.",
  title="Paar aus Köln", loc="Köln", ph=["+4915123456703"])
A("de", "massagepunkt-demo", "Klassische Massage, Thai-Massage und Lomi Lomi in meiner kleinen Praxis in Düsseldorf-Bilk. Staatlich geprüfte Masseurin mit 18 Jahren Erfahrung. Termine: 0049 1512 3456704.",
  title="Thai-Massage & klassische Massage – Duesseldorf", name="Sabine", age=51, loc="Duesseldorf", ph=["+4915123456704"], f="tr")
A("de", "sternchen-test", "Jana, 37, Leipzig-Zentrum. Ich spreche Deutsch, Tschechisch und Englisch. Gäste aus aller Welt willkommen. Tel. 0151 23456705.",
  title="Jana – Leipzig", name="Jana", age=37, loc="Leipzig", ph=["+4915123456705"])
A("de", "sternchen-test", "Nicht mehr ganz jung, aber dafür mit Erfahrung und Humor: 55 Jahre, mollig und gut gelaunt. Kaffee, Gespräch und Massage in Bremen. Ruf an: 0151 23456706.",
  title="Reife Frau Bremen", name="Gabi", age=55, loc="Bremen", ph=["+4915123456706"])
A("de", "midnatsforum-demo", "Hallo zusammen! Neu in der Stadt – ich bin im Oktober wegen meines neuen Jobs von Kassel nach Freiburg gezogen und biete abends Massagen in meiner Wohnung an. Kennt jemand einen guten Bäcker in der Wiehre? 😄 Meine Nummer: 0151 23456707.",
  title="Re: Neu in Freiburg", name="Katrin", age=44, loc="Freiburg", ph=["+4915123456707"], f="mv", hd=True, ft=True)
A("de", "sternchen-test", "Hallo, ich bin Conny, 42, und empfange in meiner eigenen Wohnung in Hannover-List. Jungs unter 25 empfange ich nicht – ich mag gestandene Männer. SMS an 0151 23456708.",
  title="Conny – Hannover", name="Conny", age=42, loc="Hannover", ph=["+4915123456708"], hd=True, ft=True)
A("de", "sternchen-test", "ECHTE FOTOS, KEINE AGENTUR, KEIN FAHRER!! ICH BIN DORIS, 48, UND ICH MACHE ALLES SELBST. NÜRNBERG SÜDSTADT. RUF AN: 0151 23456709!!!",
  title="DORIS 48 NÜRNBERG", name="Doris", age=48, loc="Nürnberg", ph=["+4915123456709"], f="tr")
A("de", "sternchen-test", "🌹☕️ Petra, 40 ☕️🌹\nGemütliche Frau in Dortmund 🏡 Kaffee, Plaudern und Wohlfühlmassage 💆‍♀️\n📲 0151 23456710",
  title="🌹 Petra 40", name="Petra", age=40, loc="Dortmund", ph=["+4915123456710"])
A("de", "sternchen-test", "Ich bin Heike, 47, und arbeite ganz allein. Meine Nummer: null eins fünf eins – zwei drei vier fünf sechs – sieben eins eins. Bitte keine unterdrückten Nummern.",
  title="Heike – Kassel", name="Heike", age=47, loc="Kassel", ph=["+4915123456711"], dis=["+4915123456711"])
A("de", "sternchen-test", "Hier ist Tanja, 41 🙂 Mainz, werktags.\nRuf an: 0151 234\n56712\ndann machen wir einen Termin.",
  title="Tanja 41 Mainz", name="Tanja", age=41, loc="Mainz", ph=["+4915123456712"], dis=["+4915123456712"])
A("de", "massagepunkt-demo", "Sanfte Massage bei Ute (53) in Augsburg. Telefon: 0 1 5 1 2 3 4 5 6 7 1 3. Ich bin von 9 bis 18 Uhr erreichbar.",
  title="Massage Augsburg", name="Ute", age=53, loc="Augsburg", ph=["+4915123456713"])
A("de", "sternchen-test", "Hallo, ich heiße Melanie, 36, und empfange in meiner Wohnung in Berlin-Friedrichshain. Ich bin ruhig, fröhlich und habe immer Zeit. Termine mache ich selbst, und ich arbeite, wann es mir passt. Ruf mich an: 0151 23456714.",
  title="Melanie 36 – Friedrichshain", name="Melanie", age=36, loc="Berlin", ph=["+4915123456714"], share="de-melanie")
A("de", "massagepunkt-demo", "Melanie ist 36 und empfängt in Berlin-Friedrichshain. Sie ist ruhig und fröhlich und nimmt sich immer Zeit für ihre Gäste. Meldet euch bei uns, dann buchen wir euch bei ihr ein: 0151 2345 – sieben eins vier. Nur SMS.",
  title="Melanie 36 – Berlin", name="Melanie", age=36, loc="Berlin", ph=["+4915123456714"], dis=["+4915123456714"], f="tp c", share="de-melanie")
A("de", "sternchen-test", "Ich wohne mit einer Freundin zusammen, aber sie hat mit meiner Arbeit nichts zu tun und ist nie da, wenn ich Gäste habe. Nur ich: Nicole, 44, Bochum. 0151 23456715.",
  title="Nicole 44 Bochum", name="Nicole", age=44, loc="Bochum", ph=["+4915123456715"])
A("de", "sternchen-test", "Silke, 46, Osnabrück. Ruf an: Ol5l 23456 7l6 – ich gehe immer selbst ran.",
  title="Silke Osnabrück", name="Silke", age=46, loc="Osnabrück", ph=["+4915123456716"], dis=["+4915123456716"])
A("de", "massagepunkt-demo", "Hallo ich bin Lin, ich bin Chinesin und lebe schon 15 Jahre in Deutschland. Ich mache gute Massage mit warmem Öl, keine Eile, du gehst entspannt nach Hause. Mein Studio ist nahe Hauptbahnhof Stuttgart. Ich sprechen Deutsch gut. Ruf mich 0151 23456717.",
  title="Lin Massage Stuttgart", name="Lin", age=49, loc="Stuttgart", ph=["+4915123456717"], f="nat")
A("de", "sternchen-test", "Hallo! Ich bin Anja, 39. For my English-speaking guests: I receive in Munich-Schwabing, discreet and relaxed, please text first. Auf Deutsch: kein Drop-in. +49 151 23456718",
  title="Anja 39 – München/Munich", name="Anja", age=39, loc="München", ph=["+4915123456718"], f="tr")
A("de", "massagepunkt-demo", "Frische Handtücher, frisch gebrühter Tee und ein Parkplatz direkt vor der Tür. Sportmassage und Fußreflexzonen bei Birgit, 52, in Münster. Termin: 0151 23456719.",
  title="Massage Münster", name="Birgit", age=52, loc="Münster", ph=["+4915123456719"])
A("de", "sternchen-test", "Nicht rund um die Uhr – ich habe auch einen Hund und einen Garten 😄 Aber werktags 10 bis 17 Uhr in Würzburg. Renate, 58: 0151 23456720.",
  title="Renate 58", name="Renate", age=58, loc="Würzburg", ph=["+4915123456720"])
A("de", "sternchen-test", "Junge Studentin, 23, aus Heidelberg, die sich etwas dazuverdient. Ich schreibe alle Nachrichten selbst. SMS 0151 23456721.",
  title="Studentin 23 Heidelberg", name="Lea", age=23, loc="Heidelberg", ph=["+4915123456721"], f="yt")
A("de", "sternchen-test", "Wir sind zwei Freundinnen, Karin und Elke (46 und 50), und empfangen gemeinsam in Lübeck. Kein Chef, kein Zuhälter – wir machen alles selbst und behalten unser Geld. Ruf an: 0151 23456722.",
  title="Zwei Freundinnen in Lübeck", loc="Lübeck", ph=["+4915123456722"], f="mp tr")
A("de", "sternchen-test", "Ich bin Andrea, 45, aus Rostock. Meine Nummer stelle ich nicht online – schreib mir über das Nachrichtensystem der Seite, ich antworte am selben Abend.",
  title="Andrea Rostock", name="Andrea", age=45, loc="Rostock", hd=True, ft=True)
A("de", "sternchen-test", "Echte Polin, 35, diese Woche auf eigene Faust in Frankfurt, danach wieder in Posen. Ich organisiere alles selbst. +48 512 345 723.",
  title="Polin diese Woche in Frankfurt", name="Ola", age=35, loc="Frankfurt", ph=["+48512345723"], f="nat mv")
A("de", "sternchen-test", "Ruf Dieter an, er ist der Fahrer – er bringt die Damen zu dir ins Hotel oder nach Hause, überall im Ruhrgebiet, und wartet draußen. 0151 23456730.",
  title="Haus- und Hotelbesuche Ruhrgebiet", loc="Essen", ph=["+4915123456730"], f="tp mp c")
A("de", "sternchen-test", "Alle Termine laufen über den Chef. Fragt die Mädels nicht nach Geld, damit haben sie nichts zu tun. Flensburg, Hafennähe. 0151 23456731.",
  title="Flensburg Hafen", loc="Flensburg", ph=["+4915123456731"], f="tp mp c")
A("de", "massagepunkt-demo", "Dienstplan diese Woche – Lotus Massage, Köln-Ehrenfeld\nMo/Di: Lili\nMi: Ploy (Thailand)\nDo–Sa: Roxana und Ioana\nAlle Anrufe nimmt die Rezeption an: 0151 23456732. Die Damen gehen nicht selbst ans Telefon.",
  title="Dienstplan Lotus Massage", loc="Koeln", ph=["+4915123456732"], f="tp mp nat c")
A("de", "sternchen-test", "Sie spricht kein Deutsch, also schreib mir, ich kümmere mich um alles für sie. Zweiundzwanzig, schlank, schüchtern, wohnt bei uns in Offenbach. SMS 0151 23456733.",
  title="Schüchtern, zweiundzwanzig", loc="Offenbach", ph=["+4915123456733"], f="tp c")
A("de", "sternchen-test", "UNSERE DAMEN DIESE WOCHE\n– Alina · neunzehn · 1,66 · Rumänien\n– Vika · dreiundzwanzig · 1,72 · Ukraine\n– Nam · einundzwanzig · 1,58 · Vietnam\nTermine: 0151 23456734",
  title="Modelwohnung Kiel – diese Woche", loc="Kiel", ph=["+4915123456734"], f="tp mp nat c")
A("de", "sternchen-test", "HAUS ROSA – HAMBURG ST. GEORG\nBei uns arbeiten Damen aus Osteuropa, Lateinamerika und Asien. Alle sorgfältig ausgewählt, diskret und zuverlässig. Täglich wechselnde Besetzung.\n• Irina, 24, blond\n• Paola, 27, brünett\n• Mai, 22, zierlich\nTelefon Rezeption: 0151 23456735",
  title="Haus Rosa Hamburg", loc="Hamburg", ph=["+4915123456735"], f="tp mp nat tr c", hd=True, ft=True)
A("de", "sternchen-test", "Neue Mädchen angekommen aus Bulgarien, sie sehr jung und süß, nur 3 Tage in Köln. Sie machen alles für dich zufrieden. Jetzt anrufen für sie 0151 23456736.",
  title="NEU IN KÖLN", loc="Köln", ph=["+4915123456736"], f="tp mp yt nat mv c")
A("de", "sternchen-test", "Das ist Andreea 💫 Are doar 19 ani si e noua in Germania. Sie spricht kaum Deutsch, also schreib mir. WhatsApp +40 712 034 737.",
  title="Andreea 19 – neu in Berlin", name="Andreea", age=19, loc="Berlin", ph=["+40712034737"], f="tp mv c")
A("de", "sternchen-test", "🍒🍒 JEDE WOCHE NEUE GIRLS 🍒🍒\n1🌹 = 150 €\n👑 VIP-Zimmer 👑\nRuf an: 0️⃣1️⃣5️⃣1️⃣ 2️⃣3️⃣4️⃣5️⃣6️⃣ 7️⃣3️⃣8️⃣",
  title="🍒 Neue Girls Frankfurt", loc="Frankfurt", ph=["+4915123456738"], dis=["+4915123456738"], f="tp mp em c")
A("de", "midnatsforum-demo", "Schreibe für eine Bekannte, die neu in der Stadt ist und mit dem Forum noch nicht klarkommt. Sie heißt Oxana, ist 21 und kommt aus Moldawien. Schickt mir eine PN, dann gebe ich euch ihre Nummer.",
  title="Re: Neu in Dresden", name="Oxana", age=21, loc="Dresden", f="tp nat mv c", hd=True)
A("de", "sternchen-test", "Frag nach Roxy, wenn du anrufst: null eins fünf eins, dreiundzwanzig, fünfundvierzig, siebenundsechzig, neununddreißig. Sie ist 24, Ungarin und wohnt nahe Hauptbahnhof Düsseldorf.",
  title="Roxy 24 Düsseldorf", name="Roxy", age=24, loc="Düsseldorf", ph=["+4915123456739"], dis=["+4915123456739"], f="tp nat c")
A("de", "sternchen-test", "Gerade erst achtzehn geworden und zum allerersten Mal dabei – sie hat so etwas noch nie gemacht. Ihre Tante nimmt die Anrufe entgegen: 0151 23456740.",
  title="Zum ersten Mal, achtzehn", age=18, loc="Saarbrücken", ph=["+4915123456740"], f="tp yt c")
A("de", "sternchen-test", "Hallo, ich bin Jenny, 30, aus Magdeburg. Mein Freund geht ans Telefon und macht die Termine für mich, ruf also einfach ihn an: 0151 23456741.",
  title="Jenny 30", name="Jenny", age=30, loc="Magdeburg", ph=["+4915123456741"], f="c")
A("de", "sternchen-test", "Tourdaten: München 1.–4.12., Stuttgart 5.–8.12., Frankfurt 9.–12.12., Hamburg 13.–17.12. Zwei Spanierinnen, beide 23. Kontakt über ihren Manager: +34 612 345 742.",
  title="Spanierinnen auf Tour", ph=["+34612345742"], f="tp mp nat mv c")
A("de", "sternchen-test", "Rund um die Uhr geöffnet in Berlin-Lichtenberg. Alles inklusive, auch ohne. Fünf Frauen im Haus. Ruf an: 0151 – frag nach Mama – 23456743.",
  title="Lichtenberg – Tag und Nacht", loc="Berlin", ph=["+4915123456743"], dis=["+4915123456743"], f="tp mp 247 rs c")


# ================================================================ Polish (pl)
A("pl", "anonse-nocne-demo", "Iwona 44, Szczecin. Relaksujący masaż, tylko po umówieniu. SMS 512 345 601.",
  title="Iwona – Szczecin", name="Iwona", age=44, loc="Szczecin", ph=["+48512345601"])
A("pl", "anonse-nocne-demo", "Cześć, jestem Ewa, 42 lata, przyjmuję prywatnie w Gdańsku-Wrzeszczu.\nZ opinii klientów: „Jest ciepła, zabawna i nigdy się nie spieszy. Przy niej od razu się odpoczywa.” – Tomek\nDziękuję! Zadzwoń: 512-345-602.",
  title="Ewa – Gdańsk Wrzeszcz", name="Ewa", age=42, loc="Gdańsk", ph=["+48512345602"], ft=True)
A("pl", "anonse-nocne-demo", "Jesteśmy parą z Poznania (ona 38, on 45) i szukamy miłego pana na wspólne wieczory. Ona decyduje, on gotuje. Pisz: +48 512 345 603.",
  title="Para z Poznania", loc="Poznań", ph=["+48512345603"])
A("pl", "massagepunkt-demo", "Masaż klasyczny, masaż tajski i masaż lomi lomi w moim gabinecie na Mokotowie. Dyplomowana masażystka z 15-letnim doświadczeniem. Zapisy: 0048 512345604.",
  title="Masaż tajski i klasyczny – Wawa", name="Agnieszka", age=47, loc="Wawa", ph=["+48512345604"], f="tr")
A("pl", "anonse-nocne-demo", "Kasia, 36, Wrocław Rynek. Mówię po polsku, angielsku i niemiecku, więc zapraszam też turystów. Tel. 512345605.",
  title="Kasia Wrocław", name="Kasia", age=36, loc="Wrocław", ph=["+48512345605"])
A("pl", "anonse-nocne-demo", "Nie jestem już młoda i nie udaję – 53 lata, krągła i pogodna. Kawa, rozmowa i porządny masaż w Lublinie. Dzwoń: 512 345 606.",
  title="Dojrzała pani Lublin", name="Grażyna", age=53, loc="Lublin", ph=["+48512345606"])
A("pl", "midnatsforum-demo", "Cześć wszystkim! Nowa w mieście – we wrześniu przeprowadziłam się z Opola do Krakowa za pracą męża… to znaczy byłego męża 😅 Otworzyłam mały gabinet masażu na Kazimierzu. Polecicie dobrą kawiarnię w okolicy? Mój numer: 512 345 607.",
  title="Re: Nowa w Krakowie", name="Beata", age=45, loc="Kraków", ph=["+48512345607"], f="mv", hd=True, ft=True)
A("pl", "anonse-nocne-demo", "Dzień dobry, jestem Marzena, 41, przyjmuję we własnym mieszkaniu w Łodzi. Młodszych panów poniżej 25 lat nie przyjmuję, wolę dojrzałych. SMS 512 345 608.",
  title="Marzena – Lodz", name="Marzena", age=41, loc="Lodz", ph=["+48512345608"], hd=True, ft=True)
A("pl", "anonse-nocne-demo", "PRAWDZIWE ZDJĘCIA, BEZ AGENCJI, BEZ KIEROWCY!! JESTEM DOROTA, 48, WSZYSTKO ROBIĘ SAMA. BYDGOSZCZ CENTRUM. DZWOŃ 512 345 609!!!",
  title="DOROTA 48 BYDGOSZCZ", name="Dorota", age=48, loc="Bydgoszcz", ph=["+48512345609"], f="tr")
A("pl", "anonse-nocne-demo", "🌹☕️ Monika, 39 ☕️🌹\nSympatyczna kobieta w Katowicach 🏡 Kawa, pogaduszki i masaż na rozluźnienie 💆‍♀️\n📲 512 345 610",
  title="🌹 Monika 39", name="Monika", age=39, loc="Katowice", ph=["+48512345610"])
A("pl", "anonse-nocne-demo", "Jestem Halina, 47, pracuję zupełnie sama. Mój numer: pięćset dwanaście, trzysta czterdzieści pięć, sześćset jedenaście. Bez zastrzeżonych numerów proszę.",
  title="Halina – Rzeszów", name="Halina", age=47, loc="Rzeszów", ph=["+48512345611"], dis=["+48512345611"])
A("pl", "anonse-nocne-demo", "Tu Aneta, 40 🙂 Toruń, w tygodniu.\nZadzwoń 512 345\n612\nto się umówimy.",
  title="Aneta 40 Toruń", name="Aneta", age=40, loc="Toruń", ph=["+48512345612"], dis=["+48512345612"])
A("pl", "massagepunkt-demo", "Delikatny masaż u Teresy (52) w Olsztynie. Telefon: 5 1 2 3 4 5 6 1 3. Odbieram od 9 do 18.",
  title="Masaż Olsztyn", name="Teresa", age=52, loc="Olsztyn", ph=["+48512345613"])
A("pl", "anonse-nocne-demo", "Cześć, mam na imię Magda, 35 lat, przyjmuję w swoim mieszkaniu na Pradze. Jestem spokojna i wesoła, zawsze mam czas. Sama się umawiam i pracuję, kiedy chcę. Zadzwoń: 512 345 614.",
  title="Magda 35 – Praga", name="Magda", age=35, loc="Warszawa", ph=["+48512345614"], share="pl-magda")
A("pl", "massagepunkt-demo", "Magda ma 35 lat i przyjmuje na warszawskiej Pradze. Jest spokojna i wesoła i zawsze ma czas dla gości. Napisz do nas, a umówimy cię do niej: 512 345 – sześć jeden cztery. Tylko SMS.",
  title="Magda 35 – Warszawa", name="Magda", age=35, loc="Warsaw", ph=["+48512345614"], dis=["+48512345614"], f="tp c", share="pl-magda")
A("pl", "anonse-nocne-demo", "Mieszkam z koleżanką, ale ona nie ma nic wspólnego z moją pracą i nigdy jej nie ma, kiedy przyjmuję. Tylko ja: Renata, 43, Gdynia. 512 345 615.",
  title="Renata 43 Gdynia", name="Renata", age=43, loc="Gdynia", ph=["+48512345615"])
A("pl", "anonse-nocne-demo", "Bożena, 46, Kielce. Dzwoń 5l2 34S 6l6, zawsze odbieram sama.",
  title="Bożena Kielce", name="Bożena", age=46, loc="Kielce", ph=["+48512345616"], dis=["+48512345616"])
A("pl", "massagepunkt-demo", "Dzień dobry jestem Mai, jestem Wietnamka mieszkam w Polsce 14 lat. Robię dobry masaż ciepłym olejkiem, bez pośpiechu, pan wyjdzie zrelaksowany. Gabinet koło Dworca Centralnego. Mówię po polsku dobrze. Dzwoń 512 345 617.",
  title="Mai masaż Warszawa", name="Mai", age=48, loc="Warszawa", ph=["+48512345617"], f="nat")
A("pl", "anonse-nocne-demo", "Cześć! Jestem Ola, 39. For foreign guests: I receive in Krakow near the Old Town, discreet and relaxed, text me first. Po polsku: bez wizyt z ulicy. +48 512 345 618",
  title="Ola 39 – Kraków/Krakow", name="Ola", age=39, loc="Krakow", ph=["+48512345618"], f="tr")
A("pl", "massagepunkt-demo", "Świeże ręczniki, świeżo parzona herbata i parking pod domem. Masaż sportowy i refleksologia u Jadwigi, 55, w Białymstoku. Zapisy: 512 345 619.",
  title="Masaż Białystok", name="Jadwiga", age=55, loc="Białystok", ph=["+48512345619"])
A("pl", "anonse-nocne-demo", "Nie przez całą dobę – mam psa i ogródek 😄 Ale w dni robocze od 10 do 17 w Zielonej Górze. Krystyna, 58: 512 345 620.",
  title="Krystyna 58", name="Krystyna", age=58, loc="Zielona Góra", ph=["+48512345620"])
A("pl", "anonse-nocne-demo", "Młoda studentka, 23 lata, z Poznania, dorabiam sobie do stypendium. Wszystkie wiadomości piszę sama. SMS 512 345 621.",
  title="Studentka 23 Poznań", name="Natalia", age=23, loc="Poznań", ph=["+48512345621"], f="yt")
A("pl", "anonse-nocne-demo", "Jesteśmy dwiema koleżankami, Basia i Ela (45 i 49), przyjmujemy razem w Gliwicach. Bez szefa, bez alfonsa – wszystko robimy same i same trzymamy pieniądze. Dzwoń 512 345 622.",
  title="Dwie koleżanki Gliwice", loc="Gliwice", ph=["+48512345622"], f="mp tr")
A("pl", "anonse-nocne-demo", "Jestem Wioletta, 44, z Opola. Nie podaję numeru w internecie – napisz przez system wiadomości na stronie, odpiszę tego samego wieczoru.",
  title="Wioletta Opole", name="Wioletta", age=44, loc="Opole", hd=True, ft=True)
A("pl", "citylights-test", "Polka, 34 lata, w Kopenhadze tylko w tym tygodniu, potem wracam do Gdańska. Sama wszystko organizuję i sama odbieram. +48 512 345 623.",
  title="Polka w Kopenhadze", name="Justyna", age=34, loc="København", ph=["+48512345623"], f="nat mv")
A("pl", "anonse-nocne-demo", "Dzwoń do Mirka, to kierowca – przywiezie dziewczyny do hotelu albo do domu w całym Trójmieście i poczeka przed budynkiem. 512 345 630.",
  title="Wyjazdy Trójmiasto", loc="Gdańsk", ph=["+48512345630"], f="tp mp c")
A("pl", "anonse-nocne-demo", "Wszystkie wizyty ustala szef. Nie pytajcie dziewczyn o pieniądze, one się tym nie zajmują. Wrocław, Krzyki. 512 345 631.",
  title="Wrocław Krzyki", loc="Wrocław", ph=["+48512345631"], f="tp mp c")
A("pl", "massagepunkt-demo", "Grafik na ten tydzień – Salon Orchidea, Łódź\nPon/wt: Lena\nŚr: Nok (Tajlandia)\nCzw–sob: Oksana i Wika\nWszystkie telefony odbiera recepcja: 512 345 632. Masażystki same nie odbierają.",
  title="Grafik Salon Orchidea", loc="Łódź", ph=["+48512345632"], f="tp mp nat c")
A("pl", "citylights-test", "Ona nie mówi po norwesku ani po angielsku, więc pisz do mnie, wszystko za nią załatwię. Dwadzieścia dwa lata, szczupła, nieśmiała, mieszka u nas w Oslo. SMS +47 406 12 660.",
  title="Nieśmiała, dwadzieścia dwa – Oslo", loc="Oslo", ph=["+4740612660"], f="tp c")
A("pl", "anonse-nocne-demo", "NASZE PANIE W TYM TYGODNIU\n– Alina · dziewiętnaście · 166 cm · Ukraina\n– Vika · dwadzieścia trzy · 172 cm · Białoruś\n– Lan · dwadzieścia jeden · 158 cm · Wietnam\nRezerwacje: 512 345 634",
  title="Nasze panie – Szczecin", loc="Szczecin", ph=["+48512345634"], f="tp mp nat c")
A("pl", "anonse-nocne-demo", "AGENCJA PERŁA – WARSZAWA\nU nas pracują panie z Ukrainy, Białorusi i Ameryki Łacińskiej. Każda starannie wybrana, dyskretna i godna zaufania. Dowozimy je tam, gdzie jesteś.\n• Irina, 24, blondynka\n• Camila, 27, brunetka\n• Dasza, 22, drobna\nRecepcja: 512 345 635",
  title="Agencja Perła Warszawa", loc="Warszawa", ph=["+48512345635"], f="tp mp nat tr c", hd=True, ft=True)
A("pl", "anonse-nocne-demo", "Nowa dziewczyna przyjechać z Mołdawii, ona bardzo młoda i słodka, tylko 3 dni w Krakowie. Ona zrobić wszystko żeby ty zadowolony. Dzwoń po nią teraz 512 345 636.",
  title="NOWA W KRAKOWIE", loc="Kraków", ph=["+48512345636"], f="tp yt nat mv c")
A("pl", "anonse-nocne-demo", "Poznajcie Ioanę 💫 Are doar 20 de ani si e noua in Polonia. Ona prawie nie mówi po polsku, więc piszcie do mnie. WhatsApp +40 712 034 637.",
  title="Ioana 20 – nowa w Poznaniu", name="Ioana", age=20, loc="Poznań", ph=["+40712034637"], f="tp mv c")
A("pl", "anonse-nocne-demo", "🍒🍒 CO TYDZIEŃ NOWE DZIEWCZYNY 🍒🍒\n1🌹 = 400 zł\n👑 Pokój VIP 👑\nDzwoń 5️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣ 6️⃣3️⃣8️⃣",
  title="🍒 Nowe dziewczyny Wawa", loc="Wawa", ph=["+48512345638"], dis=["+48512345638"], f="tp mp em c")
A("pl", "midnatsforum-demo", "Piszę za koleżankę, która jest nowa w mieście i jeszcze nie ogarnia forum. Ma na imię Tania, 21 lat, jest z Ukrainy. Napiszcie do mnie na PW, to dam wam jej numer.",
  title="Re: Nowa w Lublinie", name="Tania", age=21, loc="Lublin", f="tp nat mv c", hd=True)
A("pl", "anonse-nocne-demo", "Pytaj o Nikolę, jak dzwonisz: pięć jeden dwa – trzy cztery pięć – sześć trzy dziewięć. Ma 24 lata, jest Bułgarką i mieszka przy Dworcu Głównym we Wrocławiu.",
  title="Nikola 24 Wrocław", name="Nikola", age=24, loc="Wrocław", ph=["+48512345639"], dis=["+48512345639"], f="tp nat c")
A("pl", "anonse-nocne-demo", "Dopiero co skończyła osiemnaście lat i to jej pierwszy raz – nigdy wcześniej tego nie robiła. Telefony odbiera jej ciocia: 512 345 640.",
  title="Pierwszy raz, osiemnaście", age=18, loc="Radom", ph=["+48512345640"], f="tp yt c")
A("pl", "anonse-nocne-demo", "Cześć, jestem Paulina, 30, z Częstochowy. Mój chłopak odbiera telefon i umawia mi wizyty, więc dzwoń po prostu do niego: 512 345 641.",
  title="Paulina 30", name="Paulina", age=30, loc="Częstochowa", ph=["+48512345641"], f="c")
A("pl", "citylights-test", "Trasa: Kopenhaga 1–4.12, Aarhus 5–7.12, Malmö 8–11.12, Sztokholm 12–16.12. Dwie Polki, obie po 22 lata. Kontakt przez menedżera: +48 512 345 642.",
  title="Polki w trasie po Skandynawii", ph=["+48512345642"], f="tp mp nat mv c")
A("pl", "anonse-nocne-demo", "Czynne całą dobę na Woli. Wszystko w cenie, także bez zabezpieczenia. Pięć dziewczyn na miejscu. Dzwoń 512 – pytaj o mamę – 345 643.",
  title="Wola – całą dobę", loc="Warszawa", ph=["+48512345643"], dis=["+48512345643"], f="tp mp 247 rs c")


# ================================================================ Romanian (ro)
A("ro", "fluture-demo", "Mirela 44, Brasov. Masaj de relaxare, doar cu programare. SMS 0712 034 501.",
  title="Mirela – Brasov", name="Mirela", age=44, loc="Brasov", ph=["+40712034501"])
A("ro", "fluture-demo", "Buna, sunt Daniela, 42 de ani, primesc la mine acasa in Cluj, zona Manastur.\nDin recenzii: \"E calda, amuzanta si nu se grabeste niciodata. Langa ea te relaxezi imediat.\" – Vlad\nMultumesc! Suna-ma: 0712.034.502.",
  title="Daniela – Cluj", name="Daniela", age=42, loc="Cluj-Napoca", ph=["+40712034502"], ft=True)
A("ro", "fluture-demo", "Suntem un cuplu din Timisoara (ea 38, el 45) si cautam un domn dragut pentru seri linistite. Ea decide, el gateste. Scrieti-ne: +40 712 034 503.",
  title="Cuplu Timisoara", loc="Timisoara", ph=["+40712034503"])
A("ro", "massagepunkt-demo", "Masaj suedez, masaj thailandez si reflexoterapie in cabinetul meu din Iasi. Maseuza autorizata, cu diploma si 14 ani de experienta. Programari: 0040 712034504.",
  title="Masaj suedez si thai – Iasi", name="Camelia", age=46, loc="Iasi", ph=["+40712034504"], f="tr")
A("ro", "fluture-demo", "Roxana, 36, Constanta. Vorbesc romana, engleza si italiana, deci sunt bineveniti si turistii. Tel 0712034505.",
  title="Roxana Constanta", name="Roxana", age=36, loc="Constanta", ph=["+40712034505"])
A("ro", "fluture-demo", "Nu mai sunt tanara si nici nu ma prefac – 53 de ani, plinuta si veselă. Cafea, o poveste si un masaj bun in Sibiu. Suna la 0712 034 506.",
  title="Doamna matura Sibiu", name="Viorica", age=53, loc="Sibiu", ph=["+40712034506"])
A("ro", "midnatsforum-demo", "Salutare tuturor! Noua in oras – m-am mutat in octombrie din Bacau la Oradea pentru un job nou si fac masaj seara la mine acasa. Stie cineva o cafenea buna langa centru? Numarul meu: 0712 034 507.",
  title="Re: Noua in Oradea", name="Carmen", age=45, loc="Oradea", ph=["+40712034507"], f="mv", hd=True, ft=True)
A("ro", "fluture-demo", "Buna ziua, sunt Gabriela, 41, primesc in apartamentul meu din Ploiesti. Pe baietii sub 25 de ani nu ii primesc, prefer domnii maturi. SMS 0712 034 508.",
  title="Gabriela – Ploiesti", name="Gabriela", age=41, loc="Ploiesti", ph=["+40712034508"], hd=True, ft=True)
A("ro", "fluture-demo", "POZE REALE, FARA AGENTIE, FARA SOFER!! SUNT LUMINITA, 48, FAC TOTUL SINGURA. CRAIOVA CENTRU. SUNA 0712 034 509!!!",
  title="LUMINITA 48 CRAIOVA", name="Luminita", age=48, loc="Craiova", ph=["+40712034509"], f="tr")
A("ro", "fluture-demo", "🌹☕️ Simona, 39 ☕️🌹\nFemeie simpatica in Galati 🏡 Cafea, povesti si masaj de relaxare 💆‍♀️\n📲 0712 034 510",
  title="🌹 Simona 39", name="Simona", age=39, loc="Galati", ph=["+40712034510"])
A("ro", "fluture-demo", "Sunt Elena, 47, lucrez complet singura. Numarul meu: zero sapte sute doisprezece, zero treizeci si patru, cinci sute unsprezece. Fara numere ascunse, va rog.",
  title="Elena – Pitesti", name="Elena", age=47, loc="Pitesti", ph=["+40712034511"], dis=["+40712034511"])
A("ro", "fluture-demo", "Aici Alina, 40 🙂 Arad, in timpul saptamanii.\nSuna 0712 034\n512\nsi stabilim.",
  title="Alina 40 Arad", name="Alina", age=40, loc="Arad", ph=["+40712034512"], dis=["+40712034512"])
A("ro", "massagepunkt-demo", "Masaj bland la Rodica (52) in Suceava. Telefon: 0 7 1 2 0 3 4 5 1 3. Raspund intre 9 si 18.",
  title="Masaj Suceava", name="Rodica", age=52, loc="Suceava", ph=["+40712034513"])
A("ro", "fluture-demo", "Buna, ma numesc Ioana, am 35 de ani si primesc in apartamentul meu din Bucuresti, zona Titan. Sunt linistita si vesela si am mereu timp. Ma programez singura si lucrez cand vreau eu. Suna-ma: 0712 034 514.",
  title="Ioana 35 – Titan", name="Ioana", age=35, loc="Bucuresti", ph=["+40712034514"], share="ro-ioana")
A("ro", "citylights-test", "Ioana are 35 de ani si primeste in Bucuresti, zona Titan. E linistita si vesela si are mereu timp pentru clientii ei. Scrieti-ne si va programam la ea: 0712 034 – cinci unu patru. Doar SMS.",
  title="Ioana 35 – Bucharest", name="Ioana", age=35, loc="Bucharest", ph=["+40712034514"], dis=["+40712034514"], f="tp c", share="ro-ioana")
A("ro", "fluture-demo", "Stau cu o prietena in apartament, dar ea nu are nicio legatura cu ce fac eu si nu e niciodata acasa cand primesc. Doar eu: Corina, 43, Buzau. 0712 034 515.",
  title="Corina 43 Buzau", name="Corina", age=43, loc="Buzau", ph=["+40712034515"])
A("ro", "fluture-demo", "Mihaela, 46, Deva. Suna la O7l2 O34 5l6, raspund mereu eu.",
  title="Mihaela Deva", name="Mihaela", age=46, loc="Deva", ph=["+40712034516"], dis=["+40712034516"])
A("ro", "citylights-test", "Buna, sunt Ramona, romanca, 44 de ani, locuiesc de 11 ani in Aarhus. Fac masaj de relaxare acasa la mine, fara graba. Vorbesc daneza destul de bine. Suna-ma la +45 3441 2517.",
  title="Ramona masaj Aarhus", name="Ramona", age=44, loc="Aarhus", ph=["+4534412517"], f="nat")
A("ro", "fluture-demo", "Salut! Sunt Adina, 39. For foreign guests: I receive in Cluj near the centre, discreet and relaxed, please text first. In romana: fara vizite neanuntate. +40 712 034 518",
  title="Adina 39 – Cluj", name="Adina", age=39, loc="Cluj", ph=["+40712034518"], f="tr")
A("ro", "massagepunkt-demo", "Prosoape curate si proaspete, ceai proaspat si parcare in fata blocului. Masaj sportiv si reflexoterapie la Doina, 55, in Targu Mures. Programari: 0712 034 519.",
  title="Masaj Targu Mures", name="Doina", age=55, loc="Targu Mures", ph=["+40712034519"])
A("ro", "fluture-demo", "Nu non-stop – am si eu un caine si o gradina 😄 Dar in zilele lucratoare de la 10 la 17 in Baia Mare. Marioara, 58: 0712 034 520.",
  title="Marioara 58", name="Marioara", age=58, loc="Baia Mare", ph=["+40712034520"])
A("ro", "fluture-demo", "Studenta tanara, 23 de ani, din Iasi, imi mai rotunjesc bursa. Toate mesajele le scriu eu. SMS 0712 034 521.",
  title="Studenta 23 Iasi", name="Bianca", age=23, loc="Iasi", ph=["+40712034521"], f="yt")
A("ro", "fluture-demo", "Suntem doua prietene, Lia si Dana (45 si 49), primim impreuna in Brasov. Fara sef, fara peste – facem totul singure si ne tinem banii noi. Sunati la 0712 034 522.",
  title="Doua prietene Brasov", loc="Brasov", ph=["+40712034522"], f="mp tr")
A("ro", "fluture-demo", "Sunt Cristina, 44, din Alba Iulia. Nu pun numarul pe internet – scrie-mi prin mesageria site-ului si iti raspund in aceeasi seara.",
  title="Cristina Alba Iulia", name="Cristina", age=44, loc="Alba Iulia", hd=True, ft=True)
A("ro", "citylights-test", "Moldoveanca, 34 de ani, in Oslo doar saptamana asta, apoi ma intorc la Chisinau. Imi organizez singura totul si raspund singura. +47 406 12 523.",
  title="Moldoveanca in Oslo", name="Aurica", age=34, loc="Oslo", ph=["+4740612523"], f="nat mv")
A("ro", "fluture-demo", "Sunati-l pe Nelu, e soferul – aduce fetele la hotel sau acasa oriunde in Bucuresti si asteapta afara. 0712 034 530.",
  title="Deplasari Bucuresti", loc="Bucuresti", ph=["+40712034530"], f="tp mp c")
A("ro", "fluture-demo", "Toate programarile le face sefu'. Nu le intrebati pe fete de bani, ele nu se ocupa de asta. Constanta, Mamaia. 0712 034 531.",
  title="Mamaia", loc="Constanta", ph=["+40712034531"], f="tp mp c")
A("ro", "massagepunkt-demo", "Programul saptamanii – Salon Lotus, Timisoara\nLuni/marti: Cami\nMiercuri: Mei (China)\nJoi–sambata: Olga si Vika\nToate apelurile le preia receptia: 0712 034 532. Maseuzele nu raspund singure.",
  title="Program Salon Lotus", loc="Timisoara", ph=["+40712034532"], f="tp mp nat c")
A("ro", "citylights-test", "Ea nu vorbeste engleza sau suedeza, asa ca scrieti-mi mie si aranjez eu totul pentru ea. Douazeci si doi de ani, slaba, timida, sta la noi in Göteborg. SMS +46 70 123 45 33.",
  title="Timida, douazeci si doi – Göteborg", loc="Göteborg", ph=["+46701234533"], f="tp c")
A("ro", "fluture-demo", "FETELE NOASTRE SAPTAMANA ASTA\n– Alina · nouasprezece · 1,66 · Moldova\n– Vika · douazeci si trei · 1,72 · Ucraina\n– Hoa · douazeci si unu · 1,58 · Vietnam\nRezervari: 0712 034 534",
  title="Fetele noastre – Cluj", loc="Cluj", ph=["+40712034534"], f="tp mp nat c")
A("ro", "fluture-demo", "AGENTIA DIAMOND – BUCURESTI\nLa noi lucreaza doamne din Moldova, Ucraina si America Latina. Fiecare e aleasa cu grija, discreta si de incredere. Le ducem noi unde esti tu, zi si noapte.\n• Irina, 24, blonda\n• Paola, 27, bruneta\n• Masha, 22, micuta\nReceptie: 0712 034 535",
  title="Agentia Diamond", loc="Bucuresti", ph=["+40712034535"], f="tp mp nat 247 tr c", hd=True, ft=True)
A("ro", "fluture-demo", "Fata noua venit din Ucraina, ea foarte tinerica si dulce, numai 3 zile in Iasi. Ea face tot pentru tu multumit. Suna pentru ea acum 0712 034 536.",
  title="NOUA IN IASI", loc="Iasi", ph=["+40712034536"], f="tp yt nat mv c")
A("ro", "citylights-test", "Va prezentam pe Larisa 💫 She is only 19 and new in Copenhagen. Nu vorbeste engleza, scrieti-mi mie. WhatsApp +40 712 034 537.",
  title="Larisa 19 – new in Copenhagen", name="Larisa", age=19, loc="Copenhagen", ph=["+40712034537"], f="tp yt mv c")
A("ro", "fluture-demo", "🍒🍒 FETE NOI IN FIECARE SAPTAMANA 🍒🍒\n1🌹 = 300 lei\n👑 Camera VIP 👑\nSuna 0️⃣7️⃣1️⃣2️⃣ 0️⃣3️⃣4️⃣ 5️⃣3️⃣8️⃣",
  title="🍒 Fete noi Bucuresti", loc="Bucuresti", ph=["+40712034538"], dis=["+40712034538"], f="tp mp em c")
A("ro", "midnatsforum-demo", "Scriu pentru o prietena care e noua in oras si inca nu se descurca pe forum. O cheama Nadia, are 21 de ani si e din Republica Moldova. Trimiteti-mi mesaj privat si va dau numarul ei.",
  title="Re: Noua in Sibiu", name="Nadia", age=21, loc="Sibiu", f="tp nat mv c", hd=True)
A("ro", "fluture-demo", "Intrebati de Sabina cand sunati: zero sapte unu doi – zero trei patru – cinci trei noua. Are 24 de ani, e bulgaroaica si sta langa Gara de Nord.",
  title="Sabina 24 Gara de Nord", name="Sabina", age=24, loc="Bucuresti", ph=["+40712034539"], dis=["+40712034539"], f="tp nat c")
A("ro", "fluture-demo", "Abia a implinit optsprezece ani si e prima ei data – n-a mai facut asa ceva niciodata. Telefonul il raspunde matusa ei: 0712 034 540.",
  title="Prima data, optsprezece", age=18, loc="Focsani", ph=["+40712034540"], f="tp yt c")
A("ro", "fluture-demo", "Buna, sunt Alexandra, 30, din Ramnicu Valcea. Prietenul meu raspunde la telefon si imi face programarile, deci sunati-l direct pe el: 0712 034 541.",
  title="Alexandra 30", name="Alexandra", age=30, loc="Ramnicu Valcea", ph=["+40712034541"], f="c")
A("ro", "citylights-test", "Turneu: Copenhaga 1–4.12, Odense 5–7.12, Oslo 8–11.12, Bergen 12–16.12. Doua romance, amandoua de 22 de ani. Contact prin manager: +40 712 034 542.",
  title="Romance in turneu in Nord", ph=["+40712034542"], f="tp mp nat mv c")
A("ro", "fluture-demo", "Deschis non-stop in Pantelimon. Totul inclus, si fara protectie. Cinci fete la locatie. Suna 0712 – intreaba de mami – 034 543.",
  title="Pantelimon non-stop", loc="Bucuresti", ph=["+40712034543"], dis=["+40712034543"], f="tp mp 247 rs c")


# ================================================================ Spanish (es)
A("es", "besito-test", "Nuria 44, Zaragoza. Masaje relajante, solo con cita. WhatsApp 612 345 601.",
  title="Nuria – Zaragoza", name="Nuria", age=44, loc="Zaragoza", ph=["+34612345601"])
A("es", "besito-test", "Hola, soy Marisa, 42 años, recibo en mi piso de Valencia, barrio de Ruzafa.\nDe mis opiniones: \"Es cálida, divertida y nunca tiene prisa. Con ella te relajas enseguida.\" – Jorge\n¡Gracias! Llámame: 612-34-56-02.",
  title="Marisa – Ruzafa", name="Marisa", age=42, loc="Valencia", ph=["+34612345602"], ft=True)
A("es", "besito-test", "Somos una pareja de Sevilla (ella 38, él 45) y buscamos un caballero simpático para cenas tranquilas. Ella decide, él cocina. Escríbenos: +34 612 345 603.",
  title="Pareja en Sevilla", loc="Sevilla", ph=["+34612345603"])
A("es", "massagepunkt-demo", "Masaje sueco, masaje tailandés y masaje californiano en mi gabinete de Chamberí. Fisioterapeuta colegiada con 16 años de experiencia. Citas: 0034 612345604.",
  title="Masaje sueco y tailandés – Madrid", name="Pilar", age=48, loc="Madrid", ph=["+34612345604"], f="tr")
A("es", "besito-test", "Lucía, 36, Málaga centro. Hablo español, inglés y francés, así que los turistas también son bienvenidos. Tel. 612345605.",
  title="Lucía Málaga", name="Lucía", age=36, loc="Málaga", ph=["+34612345605"])
A("es", "besito-test", "Ya no soy joven y no lo disimulo – 53 años, rellenita y alegre. Un café, una charla y un buen masaje en Valladolid. Llama al 612 345 606.",
  title="Señora madura Valladolid", name="Conchi", age=53, loc="Valladolid", ph=["+34612345606"])
A("es", "midnatsforum-demo", "¡Hola a todos! Nueva en la ciudad – en octubre me mudé de Cáceres a Bilbao por un trabajo nuevo y doy masajes por las tardes en casa. ¿Alguien conoce una buena cafetería por Indautxu? Mi número: 612 345 607.",
  title="Re: Nueva en Bilbao", name="Amaia", age=45, loc="Bilbao", ph=["+34612345607"], f="mv", hd=True, ft=True)
A("es", "besito-test", "Buenas, soy Rocío, 41, recibo en mi propio piso en Granada. A chicos menores de 25 no los recibo, prefiero señores maduros. SMS 612 345 608.",
  title="Rocío – Granada", name="Rocío", age=41, loc="Granada", ph=["+34612345608"], hd=True, ft=True)
A("es", "besito-test", "FOTOS REALES, SIN AGENCIA, SIN CHÓFER!! SOY MAITE, 48, LO HAGO TODO YO SOLA. ALICANTE CENTRO. LLAMA AL 612 345 609!!!",
  title="MAITE 48 ALICANTE", name="Maite", age=48, loc="Alicante", ph=["+34612345609"], f="tr")
A("es", "besito-test", "🌹☕️ Sonia, 39 ☕️🌹\nMujer simpática en Murcia 🏡 Café, charla y masaje relajante 💆‍♀️\n📲 612 345 610",
  title="🌹 Sonia 39", name="Sonia", age=39, loc="Murcia", ph=["+34612345610"])
A("es", "besito-test", "Soy Encarna, 47, trabajo completamente sola. Mi número: seiscientos doce, trescientos cuarenta y cinco, seiscientos once. Sin números ocultos, por favor.",
  title="Encarna – Córdoba", name="Encarna", age=47, loc="Córdoba", ph=["+34612345611"], dis=["+34612345611"])
A("es", "besito-test", "Aquí Vanesa, 40 🙂 Gijón, entre semana.\nLlama al 612 345\n612\ny quedamos.",
  title="Vanesa 40 Gijón", name="Vanesa", age=40, loc="Gijón", ph=["+34612345612"], dis=["+34612345612"])
A("es", "massagepunkt-demo", "Masaje suave con Rosa (52) en Santander. Teléfono: 6 1 2 3 4 5 6 1 3. Contesto de 9 a 18.",
  title="Masaje Santander", name="Rosa", age=52, loc="Santander", ph=["+34612345613"])
A("es", "besito-test", "Hola, me llamo Raquel, tengo 35 años y recibo en mi piso de Barcelona, en Gràcia. Soy tranquila y alegre y siempre tengo tiempo. Yo misma llevo mi agenda y trabajo cuando quiero. Llámame: 612 345 614.",
  title="Raquel 35 – Gràcia", name="Raquel", age=35, loc="Barcelona", ph=["+34612345614"], share="es-raquel")
A("es", "citylights-test", "Raquel tiene 35 años y recibe en Gràcia, BCN. Es tranquila y alegre y siempre tiene tiempo para sus clientes. Escríbenos y te damos cita con ella: 612 345 – seis uno cuatro. Solo WhatsApp.",
  title="Raquel 35 – BCN", name="Raquel", age=35, loc="BCN", ph=["+34612345614"], dis=["+34612345614"], f="tp c", share="es-raquel")
A("es", "besito-test", "Comparto piso con una amiga, pero ella no tiene nada que ver con lo mío y nunca está cuando recibo. Solo yo: Elena, 43, Tarragona. 612 345 615.",
  title="Elena 43 Tarragona", name="Elena", age=43, loc="Tarragona", ph=["+34612345615"])
A("es", "besito-test", "Mercedes, 46, Salamanca. Llama al 6l2 34S 6l6, siempre contesto yo.",
  title="Mercedes Salamanca", name="Mercedes", age=46, loc="Salamanca", ph=["+34612345616"], dis=["+34612345616"])
A("es", "massagepunkt-demo", "Hola yo soy Sunee, soy tailandesa vivo en España 13 años. Yo hacer buen masaje con aceite caliente, sin prisa, usted sale relajado. Mi local cerca de la estación de Atocha. Hablo español bien. Llámame 612 345 617.",
  title="Sunee masaje Madrid", name="Sunee", age=47, loc="Madrid", ph=["+34612345617"], f="nat")
A("es", "besito-test", "¡Hola! Soy Marta, 39. For foreign visitors: I receive in Palma near the cathedral, discreet and relaxed, text me first. En español: sin visitas sin cita. +34 612 345 618",
  title="Marta 39 – Palma", name="Marta", age=39, loc="Palma", ph=["+34612345618"], f="tr")
A("es", "massagepunkt-demo", "Toallas limpias y frescas, té recién hecho y aparcamiento en la puerta. Masaje deportivo y reflexología con Begoña, 55, en Vitoria. Citas: 612 345 619.",
  title="Masaje Vitoria", name="Begoña", age=55, loc="Vitoria", ph=["+34612345619"])
A("es", "besito-test", "No 24 horas – yo también tengo un perro y un huerto 😄 Pero entre semana de 10 a 17 en Logroño. Carmen, 58: 612 345 620.",
  title="Carmen 58", name="Carmen", age=58, loc="Logroño", ph=["+34612345620"])
A("es", "besito-test", "Estudiante joven, 23 años, de Salamanca, me saco un dinero extra para la matrícula. Todos los mensajes los escribo yo. WhatsApp 612 345 621.",
  title="Estudiante 23", name="Irene", age=23, loc="Salamanca", ph=["+34612345621"], f="yt")
A("es", "besito-test", "Somos dos amigas, Loli y Paqui (45 y 49), recibimos juntas en Cádiz. Sin jefe, sin chulo – lo hacemos todo nosotras y nos quedamos con nuestro dinero. Llama al 612 345 622.",
  title="Dos amigas en Cádiz", loc="Cádiz", ph=["+34612345622"], f="mp tr")
A("es", "besito-test", "Soy Inma, 44, de Huelva. No pongo mi número en internet – escríbeme por la mensajería de la web y te contesto esa misma tarde.",
  title="Inma Huelva", name="Inma", age=44, loc="Huelva", hd=True, ft=True)
A("es", "citylights-test", "Colombiana, 34 años, en Estocolmo solo esta semana, luego vuelvo a Madrid. Me organizo todo yo sola y contesto yo. +34 612 345 623.",
  title="Colombiana en Estocolmo", name="Yuli", age=34, loc="Stockholm", ph=["+34612345623"], f="nat mv")
A("es", "besito-test", "Llama a Paco, es el chófer – lleva a las chicas a tu hotel o a tu casa en toda la Costa del Sol y espera fuera. 612 345 630.",
  title="Salidas Costa del Sol", loc="Marbella", ph=["+34612345630"], f="tp mp c")
A("es", "besito-test", "Todas las citas las lleva el jefe. No preguntéis a las chicas por el dinero, ellas no se ocupan de eso. Madrid, Usera. 612 345 631.",
  title="Usera", loc="Madrid", ph=["+34612345631"], f="tp mp c")
A("es", "massagepunkt-demo", "Turnos de esta semana – Centro Loto, Valencia\nLunes/martes: Yeni\nMiércoles: Mei (China)\nJueves–sábado: Andreea y Katia\nTodas las llamadas las atiende la recepción: 612 345 632. Las masajistas no contestan ellas mismas.",
  title="Turnos Centro Loto", loc="Valencia", ph=["+34612345632"], f="tp mp nat c")
A("es", "citylights-test", "Ella no habla inglés ni danés, así que escríbeme a mí y yo lo arreglo todo por ella. Veintidós años, delgada, tímida, vive con nosotros en Copenhague. SMS +45 3441 2633.",
  title="Tímida, veintidós – Copenhague", loc="København", ph=["+4534412633"], f="tp c")
A("es", "besito-test", "NUESTRAS CHICAS ESTA SEMANA\n– Camila · diecinueve · 1,66 · Venezuela\n– Yessica · veintitrés · 1,72 · Colombia\n– Ana · veintiuno · 1,58 · Paraguay\nReservas: 612 345 634",
  title="Nuestras chicas – Sevilla", loc="Seville", ph=["+34612345634"], f="tp mp nat c")
A("es", "besito-test", "AGENCIA ESMERALDA – MADRID\nCon nosotros trabajan señoritas de Latinoamérica, Europa del Este y Asia. Cada una elegida con cuidado, discreta y de confianza. Te las llevamos donde estés, las 24 horas.\n• Daniela, 24, rubia\n• Valentina, 27, morena\n• Lin, 22, menudita\nRecepción: 612 345 635",
  title="Agencia Esmeralda", loc="Madrid", ph=["+34612345635"], f="tp mp nat 247 tr c", hd=True, ft=True)
A("es", "besito-test", "Chica nueva llegar de Paraguay, ella muy jovencita y dulce, solo 3 días en Valencia. Ella hace todo para tú contento. Llama por ella ahora 612 345 636.",
  title="NUEVA EN VALENCIA", loc="Valencia", ph=["+34612345636"], f="tp yt nat mv c")
A("es", "citylights-test", "Os presentamos a Dayana 💫 She is only 19 and new in Oslo. No habla inglés, escribidme a mí. WhatsApp +34 612 345 637.",
  title="Dayana 19 – new in Oslo", name="Dayana", age=19, loc="Oslo", ph=["+34612345637"], f="tp yt mv c")
A("es", "besito-test", "🍒🍒 CHICAS NUEVAS CADA SEMANA 🍒🍒\n1🌹 = 100 €\n👑 Sala VIP 👑\nLlama 6️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣ 6️⃣3️⃣8️⃣",
  title="🍒 Chicas nuevas BCN", loc="Barcelona", ph=["+34612345638"], dis=["+34612345638"], f="tp mp em c")
A("es", "midnatsforum-demo", "Escribo por una amiga que es nueva en la ciudad y todavía no se aclara con el foro. Se llama Kenia, tiene 21 años y es dominicana. Mandadme un privado y os paso su número.",
  title="Re: Nueva en Alicante", name="Kenia", age=21, loc="Alicante", f="tp nat mv c", hd=True)
A("es", "besito-test", "Pregunta por Brenda cuando llames: seis uno dos – tres cuatro cinco – seis tres nueve. Tiene 24 años, es brasileña y vive cerca de la estación de Sants.",
  title="Brenda 24 Sants", name="Brenda", age=24, loc="Barcelona", ph=["+34612345639"], dis=["+34612345639"], f="tp nat c")
A("es", "besito-test", "Acaba de cumplir dieciocho y es su primera vez – nunca ha hecho algo así. El teléfono lo coge su tía: 612 345 640.",
  title="Primera vez, dieciocho", age=18, loc="Almería", ph=["+34612345640"], f="tp yt c")
A("es", "besito-test", "Hola, soy Noelia, 30, de Badajoz. Mi novio contesta el teléfono y me organiza las citas, así que llámale directamente a él: 612 345 641.",
  title="Noelia 30", name="Noelia", age=30, loc="Badajoz", ph=["+34612345641"], f="c")
A("es", "citylights-test", "Gira: Copenhague 1–4/12, Aarhus 5–7/12, Gotemburgo 8–11/12, Oslo 12–16/12. Dos venezolanas, las dos de 22 años. Contacto a través de su mánager: +34 612 345 642.",
  title="Venezolanas de gira por el norte", ph=["+34612345642"], f="tp mp nat mv c")
A("es", "besito-test", "Abierto 24 horas en Carabanchel. Todo incluido, también sin protección. Cinco chicas en el piso. Llama al 612 – pregunta por la mami – 345 643.",
  title="Carabanchel 24h", loc="Madrid", ph=["+34612345643"], dis=["+34612345643"], f="tp mp 247 rs c")


# ---------------------------------------------------------------- main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: %s OUT.jsonl" % PROG)
    out = sys.argv[1]
    urls = set()
    phone_ads = defaultdict(list)
    recs = []
    for k, a in enumerate(ADS):
        text = full_text(a)
        check(a, text)
        url = "https://%s.example/ad/%s" % (a["site"], a["id"])
        if url in urls:
            die(a["id"], "duplicate url %s" % url)
        urls.add(url)
        ts = posted_at(k)
        if not RFC3339.match(ts):
            die(a["id"], "posted_at %r not RFC 3339" % ts)
        datetime.fromisoformat(ts)
        for p in a["ph"]:
            phone_ads[p].append(a)
        flags = {SHORT[c] for c in a["f"]}
        labels = {"id": a["id"], "lang": a["lang"]}
        for fl in FLAGS:
            labels[fl] = bool(a["dis"]) if fl == "obfuscated_phone" else fl in flags
        labels["phones"] = a["ph"]
        labels["disguised_phones"] = a["dis"]
        recs.append({"url": url, "site": a["site"], "text": text,
                     "title": a["title"], "name": a["name"], "age": a["age"],
                     "location": a["loc"], "posted_at": ts, "labels": labels})
    # a number may only be shared by ads that carry the same share= tag
    for p, ads in phone_ads.items():
        if len(ads) > 1:
            tags = {x["share"] for x in ads}
            if len(tags) != 1 or None in tags:
                die(ads[1]["id"], "phone %s is shared with %s without a share tag" % (p, ads[0]["id"]))
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    bylang = Counter(r["labels"]["lang"] for r in recs)
    print("%d ads written to %s" % (len(recs), out))
    print("%-22s %5s %6s " % ("label", "pos", "share") + " ".join("%4s" % l for l in LANGS))
    print("%-22s %5d %6s " % ("ads", len(recs), "") + " ".join("%4d" % bylang[l] for l in LANGS))
    for fl in FLAGS:
        pos = [r for r in recs if r["labels"][fl]]
        pl = Counter(r["labels"]["lang"] for r in pos)
        print("%-22s %5d %5.1f%% " % (fl, len(pos), 100.0 * len(pos) / len(recs)) + " ".join("%4d" % pl[l] for l in LANGS))
    nph = sum(len(r["labels"]["phones"]) for r in recs)
    ndis = sum(len(r["labels"]["disguised_phones"]) for r in recs)
    print("phones labelled: %d, disguised: %d, ads without phone: %d, ads with no positive flag: %d" % (
        nph, ndis, sum(1 for r in recs if not r["labels"]["phones"]),
        sum(1 for r in recs if not any(r["labels"][f] for f in FLAGS))))
    cc = Counter("+" + str(phonenumbers.parse(p).country_code) for r in recs for p in r["labels"]["phones"])
    print("phones by country code: " + ", ".join("%s %d" % kv for kv in cc.most_common()))
    print("shared numbers: %d" % sum(1 for p, ads in phone_ads.items() if len(ads) > 1))


if __name__ == "__main__":
    main()
