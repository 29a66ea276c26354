#!/usr/bin/env python3
"""Blind corpus F for adscreen: hand-written sex-trade-style classified ads
(non-explicit, invented) in da, nb, sv, en, de, pl, ro, es with labels.

Usage: python3 make_corpus_f.py OUT.jsonl

Every ad below is written by hand as literal data. The script checks each
labelled phone number with `phonenumbers` and aborts on any error.
"""
import json
import re
import sys
from collections import Counter, defaultdict

import phonenumbers as pn
from phonenumbers import Leniency, PhoneNumberFormat

LANGS = ["da", "nb", "sv", "en", "de", "pl", "ro", "es"]
LANG_REGION = {"da": "DK", "nb": "NO", "sv": "SE", "en": "GB", "de": "DE",
               "pl": "PL", "ro": "RO", "es": "ES"}
SITES = {"velvetnord-test", "massagekort-demo", "kontaktbazar-test",
         "eurocompanion-demo", "rotlicht-test", "ogloszenia-demo",
         "noapte-demo", "lunaroja-test"}
# short flag codes used in the literal data -> label names
FLAG = {"tp": "third_person", "mp": "multiple_persons", "yt": "youth_terms",
        "na": "nationality_stated", "mv": "movement_terms",
        "247": "available_24_7", "rs": "risky_services", "em": "emoji_codes",
        "tw": "trustworthy_language", "c": "concerning"}
LABEL_ORDER = ["obfuscated_phone", "third_person", "multiple_persons",
               "youth_terms", "nationality_stated", "movement_terms",
               "available_24_7", "risky_services", "emoji_codes",
               "trustworthy_language", "concerning"]

# Site boilerplate: stock sentences that a site appends to many ads.
FOOT = {
    "velvetnord-test": "\n\n— Velvetnord: Alle annoncører har bekræftet, at de er fyldt 18 år. Se en mistænkelig annonce? Klik på 'Anmeld'.",
    "kontaktbazar-test/sv": "\n\n*** Kontaktbazar — annonsen är publicerad av annonsören själv. Rapportera missbruk via länken nedan. ***",
    "kontaktbazar-test/en": "\n\n*** Kontaktbazar — this ad was published by the advertiser. Report abuse via the link below. ***",
    "massagekort-demo": "\n\n[massagekort] Annoncen er oprettet af annoncøren selv. Husk at nævne massagekort ved opkald.",
    "kontaktbazar-test": "\n\n*** Kontaktbazar — annonsen er publisert av annonsøren. Rapporter misbruk via lenken under. ***",
    "eurocompanion-demo": "\n\n--\nEuroCompanion: all advertisers confirm they are 18+ and advertise of their own free will. Report an ad.",
    "rotlicht-test": "\n\nRotlicht-Test Hinweis: Alle Inserenten sind volljährig. Anzeige melden, falls etwas nicht stimmt.",
    "ogloszenia-demo": "\n\nOgloszenia-demo: ogłoszeniodawca oświadcza, że jest pełnoletni. Zgłoś nadużycie.",
    "noapte-demo": "\n\nNoapte-demo: toți utilizatorii au peste 18 ani. Raportează anunțul dacă ceva nu e în regulă.",
    "lunaroja-test": "\n\nLunaroja: todos los anunciantes son mayores de edad. Denuncia este anuncio si algo no cuadra.",
}

ADS = []
_count = Counter()


def err(msg):
    sys.stderr.write("make_corpus_f.py: ERROR: " + msg + "\n")
    sys.exit(1)


def A(lang, site, text, title=None, name=None, age=None, loc=None,
      ph=(), dis=(), f="", foot=False, ign=(), when=None):
    """One ad. ph: labelled phones (E.164). dis: those written disguised.
    f: space-separated flag codes (see FLAG). foot: append site boilerplate.
    ign: digit strings in the text that are knowingly not phones."""
    _count[lang] += 1
    n = _count[lang]
    aid = "f-%s%03d" % (lang, n)
    if foot:
        text = text + FOOT[foot if isinstance(foot, str) else site]
    flags = f.split()
    for c in flags:
        if c not in FLAG:
            err("%s: unknown flag code %r" % (aid, c))
    if when is None:
        day = 1 + (n * 7 + LANGS.index(lang) * 3) % 30
        hh = (n * 5 + LANGS.index(lang)) % 24
        mm = (n * 13) % 60
        when = "2026-11-%02dT%02d:%02d:00Z" % (day, hh, mm)
    labels = {"id": aid, "lang": lang, "phones": list(ph),
              "disguised_phones": list(dis),
              "obfuscated_phone": bool(dis)}
    for code, name_ in FLAG.items():
        labels[name_] = code in flags
    ADS.append({"url": "https://example.invalid/%s/%s/%s" % (site, lang, aid),
                "site": site, "text": text, "title": title, "name": name,
                "age": age, "location": loc, "posted_at": when,
                "labels": labels, "_ign": list(ign)})


def found(text, region, leniency):
    out = set()
    for m in pn.PhoneNumberMatcher(text, region, leniency=leniency):
        out.add(pn.format_number(m.number, PhoneNumberFormat.E164))
    return out


def validate():
    seen = set()
    for ad in ADS:
        lab = ad["labels"]
        aid = lab["id"]
        if ad["url"] in seen:
            err("%s: duplicate url" % aid)
        seen.add(ad["url"])
        if ad["site"] not in SITES:
            err("%s: unknown site %s" % (aid, ad["site"]))
        if lab["lang"] not in LANGS:
            err("%s: bad lang" % aid)
        if not re.match(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$", ad["posted_at"]):
            err("%s: bad posted_at %s" % (aid, ad["posted_at"]))
        if not ad["text"].strip():
            err("%s: empty text" % aid)
        full = (ad["title"] or "") + "\n" + ad["text"]
        phones = lab["phones"]
        if len(set(phones)) != len(phones):
            err("%s: duplicate phone label" % aid)
        for d in lab["disguised_phones"]:
            if d not in phones:
                err("%s: disguised phone %s not in phones" % (aid, d))
        regions = {LANG_REGION[lab["lang"]]}
        for e in phones:
            try:
                num = pn.parse(e, None)
            except pn.NumberParseException as ex:
                err("%s: phone %s does not parse: %s" % (aid, e, ex))
            if not pn.is_valid_number(num):
                err("%s: phone %s is not valid" % (aid, e))
            if pn.format_number(num, PhoneNumberFormat.E164) != e:
                err("%s: phone %s is not in E.164 form" % (aid, e))
            reg = pn.region_code_for_number(num)
            regions.add(reg)
            if e in lab["disguised_phones"]:
                # must not be findable as a plain number, even leniently
                if e in found(full, reg, Leniency.POSSIBLE):
                    err("%s: phone %s is marked disguised but parses plainly from the text" % (aid, e))
                nsn = pn.national_significant_number(num)
                squashed = re.sub(r"[ .\-/()\u00a0]", "", full)
                if nsn in squashed:
                    err("%s: phone %s is marked disguised but its digits %s appear together" % (aid, e, nsn))
            else:
                if e not in found(full, reg, Leniency.VALID):
                    err("%s: phone %s is marked plain but does not parse from the text" % (aid, e))
        # no unlabelled plain phone numbers
        for reg in regions:
            for e in found(full, reg, Leniency.VALID):
                if e in phones:
                    continue
                nsn = pn.national_significant_number(pn.parse(e, None))
                if any(re.sub(r"\D", "", i).endswith(nsn) for i in ad["_ign"]):
                    continue
                err("%s: text contains unlabelled number %s (region %s)" % (aid, e, reg))


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 make_corpus_f.py OUT.jsonl\n")
        sys.exit(2)
    validate()
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        for ad in ADS:
            rec = {k: v for k, v in ad.items() if not k.startswith("_")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_lang = Counter(a["labels"]["lang"] for a in ADS)
    print("ads: %d  (%s)" % (len(ADS), ", ".join("%s %d" % (l, by_lang[l]) for l in LANGS)))
    print("%-22s %5s %6s  " % ("label", "pos", "share") + " ".join("%4s" % l for l in LANGS))
    for name_ in LABEL_ORDER:
        per = Counter(a["labels"]["lang"] for a in ADS if a["labels"][name_])
        tot = sum(per.values())
        print("%-22s %5d %5.1f%%  " % (name_, tot, 100.0 * tot / len(ADS)) + " ".join("%4d" % per[l] for l in LANGS))
    none = sum(1 for a in ADS if not any(a["labels"][k] for k in LABEL_ORDER))
    nph = sum(len(a["labels"]["phones"]) for a in ADS)
    ndis = sum(len(a["labels"]["disguised_phones"]) for a in ADS)
    print("phones labelled: %d, disguised: %d, ads without phone: %d, ads with no positive label: %d"
          % (nph, ndis, sum(1 for a in ADS if not a["labels"]["phones"]), none))
    print("sites: " + ", ".join("%s %d" % kv for kv in sorted(Counter(a["site"] for a in ADS).items())))


# ---------------------------------------------------------------- Danish (da)
A("da", "velvetnord-test",
  "Hej 🙂 Jeg hedder Mette, 42 år og ung til sindet. Jeg tager imod i min egen lejlighed på Nørrebro, hyggeligt og roligt. Jeg taler dansk, engelsk og lidt tysk. Ring eller sms: 34 41 21 07. Ingen skjulte numre.",
  "Mette – moden og glad", "Mette", 42, "København N", ph=["+4534412107"], f="", foot=True)
A("da", "massagekort-demo",
  "Thaimassage og klassisk svensk massage i Valby. Jeg er uddannet massør med 12 års erfaring. Tid efter aftale, tlf 3441 2118. Hverdage 10-18.",
  "Thaimassage Valby", None, None, "Valby", ph=["+4534412118"], f="tw", foot=True)
A("da", "kontaktbazar-test",
  "Ny på kontoret: Lina. Lina er 21, ung, slank og frisk og taler lidt engelsk. Hendes skema for denne uge ligger hos receptionen – skriv til os på sms 34 41 23 09, så finder vi en tid til dig. Kun forudbestilling.",
  "Lina hos os", "Lina", 21, "Kbh", ph=["+4534412309"], f="tp yt c")
A("da", "velvetnord-test",
  "UGENS PIGER hos Studio Amager\n• Nicole – 19 år – 165 cm – rumænsk\n• Daria – 22 – 170 cm – ukrainsk\n• Kim – 24 – 158 cm – thai\n• Bianca – 20 – 168 cm – rumænsk\n100% diskret. Booking kun via manager: +45 34 41 22 80 (også WhatsApp). Åbent alle dage 10-02.",
  "UGENS PIGER – Studio Amager", None, None, "Amager", ph=["+4534412280"], f="tp mp na tw c", foot=True)
A("da", "kontaktbazar-test",
  "UGENS PIGER hos Studio Amager\n• Nicole 19 / 165 / Rumænien\n• Daria 22 / 170 / Ukraine\n• Mai 23 / 156 / Thailand\n• Bianca 20 / 168 / Rumænien\nRing til manager 0045 34412280 – alle dage 10–02.",
  "Studio Amager piger", None, None, "København S", ph=["+4534412280"], f="tp mp na c")
A("da", "velvetnord-test",
  "Jeg er Camilla, 38, selvstændig og har været det i mange år. Fra mine gæster:\n»Hun er præcis, sød og lytter – kommer igen« (Thomas)\n»Hun fik mig til at slappe helt af« (J.)\nBook på 34 41 24 52, jeg svarer selv.",
  "Camilla 38 – Frederiksberg", "Camilla", 38, "Frederiksberg", ph=["+4534412452"], f="")
A("da", "kontaktbazar-test",
  "Vi er et par (hun 35, han 40) fra Aarhus, der søger en herre til hyggeligt samvær. Hun bestemmer, han laver kaffen. Skriv til os på sms 34 41 23 66.",
  "Par i Aarhus", None, None, "Aarhus", ph=["+4534412366"], f="")
A("da", "velvetnord-test",
  "Sød Sofie 26 i Odense 💋 Ring tre fire – fire en – to tre – fem otte. Ingen sms.",
  "Sofie 26", "Sofie", 26, "Odense", ph=["+4534412358"], dis=["+4534412358"], f="")
A("da", "kontaktbazar-test",
  "Helt ny pige, kun 18 år og meget frisk 😇 Hun er lidt genert men sød. Hun snakker ikke dansk, så skriv til chaufføren på +45 34 41 21 90.",
  "NY PIGE 18", None, 18, "Kbh V", ph=["+4534412190"], f="tp yt c")
A("da", "massagekort-demo",
  "Ny i Aalborg! 👋 Jeg hedder Jeanett, 45, og er lige flyttet hertil fra Vejle. Jeg har min egen lille klinik med afspændingsmassage. Ring 34 41 20 14.",
  "Jeanett – ny i Aalborg", "Jeanett", 45, "Aalborg", ph=["+4534412014"], f="mv", foot=True)
A("da", "velvetnord-test",
  "TURNÉ 🚗 Anastasia & Vika (20 og 21) – unge og friske\nman–tir: Odense\nons–tor: Kolding\nfre–søn: Esbjerg\nKun få dage i hver by! Booking: +40 712 034 611 (kun WhatsApp, engelsk)",
  "Anastasia & Vika på turné", None, None, "Odense / Kolding / Esbjerg", ph=["+40712034611"], f="tp mp yt mv c")
A("da", "kontaktbazar-test",
  "NY NY NY!!! 100% ÆGTE BILLEDER 👍 DISKRET OG SIKKER ADRESSE I HERNING. RING 34.41.22.03 ☎",
  "NY I HERNING", None, None, "Herning", ph=["+4534412203"], f="tw")
A("da", "velvetnord-test",
  "Hej gentleman, jeg er Lara fra Brasilien, første gang i Danmark 🇧🇷 Jeg er meget kærlig og glad for at møde dig. Ring mig 34 41 23 77 jeg er tilgængelig 24 timer.",
  "Lara brasiliansk", "Lara", 25, "København", ph=["+4534412377"], f="na mv 247 c")
A("da", "massagekort-demo",
  "Kontakt vores receptionist for at høre om Emilies ledige tider. Emilie er 27 og har et varmt smil. Vi garanterer diskretion og rene lokaler. Tlf. 3441 2245 (kl. 11-23).",
  "Emilie – massage", "Emilie", 27, "Glostrup", ph=["+4534412245"], f="tp tw c", foot=True)
A("da", "kontaktbazar-test",
  "Kira, 31. Privat i Vanløse. Nummer: 3441 23OO (ja, det er nuller 😉)",
  "Kira privat", "Kira", 31, "Vanløse", ph=["+4534412300"], dis=["+4534412300"], f="")
A("da", "massagekort-demo",
  "Ikke ung længere, men stadig frisk på livet 😄 Jeg er Birgitte, 54, og tilbyder hyggelig massage i Roskilde. Sms 34 41 20 88.",
  "Birgitte 54 Roskilde", "Birgitte", 54, "Roskilde", ph=["+4534412088"], f="")
A("da", "velvetnord-test",
  "Vi er to veninder, Maja og Ronja (29 og 33), som arbejder sammen i egen lejlighed. Vi styrer selv vores tider og priser, og vi er seriøse og pålidelige. Ring til Maja: 34 41 24 19.",
  "Maja & Ronja", "Maja og Ronja", None, "Aarhus C", ph=["+4534412419"], f="mp tw")
A("da", "kontaktbazar-test",
  "Frida 🌸 36\nrolig, moden, sød\nring 34 41\n24 70\nikke før kl 10",
  "Frida", "Frida", 36, "Køge", ph=["+4534412470"], dis=["+4534412470"], f="")
A("da", "velvetnord-test",
  "Ring 34 41 – spørg efter Laila – 22 61. Laila er 24 og fra Thailand, ny i Danmark. Hendes kusine tager telefonen og aftaler tid.",
  "Laila thai 24", "Laila", 24, "Vejle", ph=["+4534412261"], dis=["+4534412261"], f="tp na mv c")
A("da", "massagekort-demo",
  "Traditionel thaimassage i Vejle hos Noi. Jeg har lært det i Bangkok og har haft klinik her i 15 år. Olie eller tør massage. 34 41 21 55",
  "Noi thaimassage", "Noi", None, "Vejle", ph=["+4534412155"], f="", foot=True)
A("da", "velvetnord-test",
  "Klinik Rosa – nye piger hver uge 🌹 Unge, søde og friske asiatiske massøser. Vi har åbent døgnet rundt, diskret indgang i gården. Ring 0045 34 41 23 30.",
  "Klinik Rosa", None, None, "Esbjerg", ph=["+4534412330"], f="tp mp yt na 247 tw c", foot=True)
A("da", "kontaktbazar-test",
  "🍒🍒 Juliane 23 🍒🍒 1 🌹 = 1500. Ring 34-41-22-47.",
  "Juliane 🍒", "Juliane", 23, "Kbh", ph=["+4534412247"], f="em")
A("da", "velvetnord-test",
  "Sasha 25, kan også det meste uden beskyttelse mod ekstra betaling. Sms 34 41 21 33, ingen opkald.",
  "Sasha 25", "Sasha", 25, "Hvidovre", ph=["+4534412133"], f="rs")
A("da", "kontaktbazar-test",
  "Hej jeg er Nora 🥰 min kæreste tager telefonen når jeg arbejder, så bare ring 34 41 20 59, så booker han dig ind.",
  "Nora", "Nora", 22, "Kolding", ph=["+4534412059"], f="c")
A("da", "kontaktbazar-test",
  "Kontakt vores receptionist og hør om Emilies tider. Emilie, 27 år, varmt smil. Diskretion garanteret. 3441 22 fire fem",
  "Emilie 27", "Emilie", 27, "Glostrup", ph=["+4534412245"], dis=["+4534412245"], f="tp tw c")
A("da", "velvetnord-test",
  "Godmorgen alle sammen ☕ Så er jeg tilbage efter en uge i sommerhus med mine børn. Jeg er Tina, 47, lidt fyldig og meget snakkesalig. Jeg gør det her, fordi jeg kan lide det, og fordi det giver mig frihed. Jeg arbejder kun tirsdag-torsdag, og jeg vælger selv, hvem jeg ser. Mine faste kunder ved, at jeg elsker en god kop kaffe først 😂 Skriv en sms til 34 41 22 92 med dit navn og hvornår du ønsker tid. Jeg svarer ikke på skjulte numre.",
  "Tina er tilbage", "Tina", 47, "Slagelse", ph=["+4534412292"], f="", foot=True)
A("da", "massagekort-demo",
  "Sensuel afspændingsmassage. Pris: 30 min 600 kr, 60 min 1000 kr. Adresse: Vesterbro, 5 min fra Hovedbanegården. MobilePay. Diskret indgang. Kontakt: +45 3441 2016. CVR 34 41 27 90.",
  "Afspændingsmassage Vesterbro", None, None, "Vesterbro", ph=["+4534412016"], f="tw", ign=["34 41 27 90"])
A("da", "velvetnord-test",
  "Amira 29 🌙 arabisk skønhed. Ring 3️⃣4️⃣4️⃣1️⃣2️⃣2️⃣1️⃣8️⃣",
  "Amira", "Amira", 29, "Nørrebro", ph=["+4534412218"], dis=["+4534412218"], f="na")
A("da", "kontaktbazar-test",
  "Mature Danish lady, young at heart ❤️ Moden dansk kvinde, 58, ung til sindet. Jeg taler også engelsk og tager gerne imod turister. 34 41 20 40",
  "Moden dansk kvinde", "Hanne", 58, "Helsingør", ph=["+4534412040"], f="na")
A("da", "velvetnord-test",
  "Vi har fornøjelsen at præsentere Chanel – 20 år, lækker og helt uerfaren 😇 Kun for gentlemen. Send os en besked, så sender vi hendes tider: 34 41 23 13",
  "Vi præsenterer: Chanel", "Chanel", 20, "København", ph=["+4534412313"], f="tp yt c", foot=True)
A("da", "kontaktbazar-test",
  "Vi hygger os altid – mine gæster og jeg 😄 Lotte, 40, Horsens. Kaffe på kanden og god tid. 34 41 21 71",
  "Lotte 40", "Lotte", 40, "Horsens", ph=["+4534412171"], f="")
A("da", "velvetnord-test",
  "Ich spreche Deutsch ☺ – jeg er Anke, 44, bor i Padborg tæt på grænsen. Tyske og danske gæster er velkomne. Ring 34 41 24 83.",
  "Anke ved grænsen", "Anke", 44, "Padborg", ph=["+4534412483"], f="")
A("da", "kontaktbazar-test",
  "ring 34x41x23x94 (Julie 32, Silkeborg) – jeg tager ikke imod før kl 12",
  None, "Julie", 32, "Silkeborg", ph=["+4534412394"], dis=["+4534412394"], f="")
A("da", "velvetnord-test",
  "Escort Service Kbh 24/7 – vi sender pigen til dit hotel på 30 min. Søde østeuropæiske piger, alle tjenester også uden. Diskret og sikker service. Ring vores booking: +45 34 41 22 55",
  "ESCORT KBH 24/7", None, None, "København", ph=["+4534412255"], f="tp mp na 247 rs tw c")
A("da", "kontaktbazar-test",
  "Kun 3 dage i Esbjerg 🌊 Jeg er Sabina, 30, fra Polen, og jeg rejser selv rundt. Ring på mit polske nummer +48 512 345 602 eller sms.",
  "Sabina kun 3 dage", "Sabina", 30, "Esbjerg", ph=["+48512345602"], f="na mv")
A("da", "velvetnord-test",
  "Hej skat, jeg er Denisa ny pige i by, meget søde og ung. Jeg gøre alle du vil. Kun opkald ingen sms. 0040 712 034 655",
  "Denisa ny", "Denisa", 19, "Kbh", ph=["+40712034655"], f="yt mv c")
A("da", "kontaktbazar-test",
  "Skriv gennem sitets beskedsystem. Jeg er Ditte, 33, og tager kun imod faste kunder for tiden. Nye kunder må vente til januar.",
  "Ditte – kun faste", "Ditte", 33, "Aarhus", f="")
A("da", "massagekort-demo",
  "Frisk luft, frisk kaffe og en rolig massage i mit sommerhus ved Hornbæk. Hanne, 51. 34 41 23 51.",
  "Massage i Hornbæk", "Hanne", 51, "Hornbæk", ph=["+4534412351"], f="")
A("da", "velvetnord-test",
  "👑 Beautiful Lily er tilbage i byen 👑 Hun er kun her til søndag. Lily is very sweet and young, speaks English. Book hende på 34 41 22 09 (ring eller skriv)",
  "LILY tilbage", "Lily", None, "Köpenhamn", ph=["+4534412209"], f="tp yt mv em c")
A("da", "kontaktbazar-test",
  "Rikke, 39, Randers. Jeg skriver nummeret sådan her pga. spam: fireogtredive – enogfyrre – treogtyve – niogtres.",
  "Rikke 39", "Rikke", 39, "Randers", ph=["+4534412369"], dis=["+4534412369"], f="")
A("da", "velvetnord-test",
  "Tvillingerne Ida og Ea, 28, danske piger 🇩🇰🇩🇰 vi arbejder sammen og selvstændigt. 34 41 24 28",
  "Tvillinger", "Ida og Ea", 28, "Odense", ph=["+4534412428"], f="mp na")
A("da", "kontaktbazar-test",
  "Unge nye piger fra Letland 🇱🇻 – 19 og 20 år – i privat lejlighed i Kolding. Pigerne taler kun lidt engelsk. Ring til Ivan: tre fire fire en, to to, syv seks",
  "Lettiske piger", None, None, "Kolding", ph=["+4534412276"], dis=["+4534412276"], f="tp mp yt na c")
A("da", "velvetnord-test",
  "Lille Sandra 19 🎀 ser yngre ud end jeg er, sød og genert. Sms 34 41 21 19",
  "Lille Sandra", "Sandra", 19, "Næstved", ph=["+4534412119"], f="yt c")
A("da", "massagekort-demo",
  "Anja 35, Svendborg. Afslappende massage i hyggelige rammer. Tlf: 344l 2l 4O",
  "Anja massage", "Anja", 35, "Svendborg", ph=["+4534412140"], dis=["+4534412140"], f="")
A("da", "kontaktbazar-test",
  "Duo Stine & Louise (begge 30+) – vi bestemmer selv, og vi gør det kun sammen. Ring: 34 41 • 20 • 77",
  "Duo Stine & Louise", "Stine og Louise", None, "Kbh Ø", ph=["+4534412077"], dis=["+4534412077"], f="mp")
A("da", "massagekort-demo",
  "Massageklinik Lotus, Kbh NV: 3 søde thailandske massøser – Nok, Ploy og Joy. Vi har åbent alle dage 10-22. Ring til klinikken: 34 41 25 79. Kontant eller MobilePay.",
  "Klinik Lotus", None, None, "København NV", ph=["+4534412579"], f="tp mp na c", foot=True)
A("da", "kontaktbazar-test",
  "We present Chanel 🌟 20 år, sweet and uerfaren. Kun gentlemen. Message os, så sender vi hendes tider: tre fire fire en to tre en tre",
  "Chanel 20", "Chanel", 20, "Copenhagen", ph=["+4534412313"], dis=["+4534412313"], f="tp yt c")
A("da", "kontaktbazar-test",
  "Vi er 3 piger fra Litauen, der bor sammen i Aarhus 🇱🇹 og vi tager imod hver for sig eller sammen. Ring til Greta 34 41 25 91",
  "3 litauiske piger", None, None, "Aarhus", ph=["+4534412591"], f="mp na c")
# ---------------------------------------------------- Norwegian bokmål (nb)
A("nb", "kontaktbazar-test",
  "Hei! Jeg heter Kari, 44, ung til sinns og glad i å prate. Jeg tar imot i egen leilighet på Grünerløkka. Ring 406 12 410.",
  "Kari 44 – Grünerløkka", "Kari", 44, "Oslo", ph=["+4740612410"], f="", foot=True)
A("nb", "massagekort-demo",
  "Thaimassasje og svensk massasje på Majorstuen. Autorisert massør, 20 år i yrket. Timebestilling: 40 61 24 22.",
  "Massasje Majorstuen", None, None, "Oslo", ph=["+4740612422"], f="tw")
A("nb", "kontaktbazar-test",
  "Resepsjonen vår tar imot bestillinger for Mia fra kl 12. Mia er 23 år, blid, ung og uskyldig. Send sms til 40 61 24 35 med ønsket tidspunkt, så bekrefter vi.",
  "Mia – bestill hos oss", "Mia", 23, "Oslo", ph=["+4740612435"], f="tp yt c")
A("nb", "eurocompanion-demo",
  "DAMENE VÅRE DENNE UKA – Bergen sentrum\nAlina | 21 | 168 cm | Romania\nSweet | 25 | 155 cm | Thailand\nNatasha | 19 | 172 cm | Ukraina\nMarta | 23 | 164 cm | Polen\nKun denne uka i Bergen! Ta kontakt med manager på WhatsApp +48 512 345 633",
  "Damene våre – Bergen", None, None, "Bergen", ph=["+48512345633"], f="tp mp na mv c", foot=True)
A("nb", "kontaktbazar-test",
  "Turnéplan for Jessica & Bella 🇧🇷🇧🇷\n3.–5. des: Stavanger\n6.–8. des: Bergen\n9.–11. des: Trondheim\nBestill hos oss før de kommer: 40 61 24 58",
  "Jessica & Bella på turné", None, None, "Stavanger / Bergen / Trondheim", ph=["+4740612458"], f="tp mp na mv c")
A("nb", "kontaktbazar-test",
  "Linn, 33, Drammen. Ring fire null seks en to fire seks ni – ikke sms.",
  "Linn 33", "Linn", 33, "Drammen", ph=["+4740612469"], dis=["+4740612469"], f="")
A("nb", "massagekort-demo",
  "Ung til sinns, moden av år 😉 Jeg er Solveig, 61, og tilbyr avslappende massasje i Tromsø. 406 12 477",
  "Solveig – massasje", "Solveig", 61, "Tromsø", ph=["+4740612477"], f="")
A("nb", "kontaktbazar-test",
  "Helt ny og ung jente, bare 18 år! Hun er sjenert og snakker bare litt engelsk. Sjåføren hennes svarer på 40 61 24 81.",
  "NY JENTE 18", None, 18, "Oslo", ph=["+4740612481"], f="tp yt c")
A("nb", "kontaktbazar-test",
  "Vi er et par fra Fredrikstad (hun 41, han 45). Vi søker hyggelige menn til kaffe og mer. Hun velger. Skriv til oss: 406 12 495",
  "Par i Fredrikstad", None, None, "Fredrikstad", ph=["+4740612495"], f="")
A("nb", "kontaktbazar-test",
  "Jeg er Hilde, 49, og jobber alene. Trygg og ærlig. Det sier kundene: «Hun er varm og morsom» – «Hilde hører faktisk etter». Ring meg på 40 61 25 03.",
  "Hilde 49", "Hilde", 49, "Lillestrøm", ph=["+4740612503"], f="tw", foot=True)
A("nb", "massagekort-demo",
  "Ny i Kristiansand! Jeg har flyttet hit fra Oslo og åpnet min lille massasjestue. Jeg heter Tone, 52. Velkommen – 406 12 517.",
  "Tone – ny i byen", "Tone", 52, "Kristiansand", ph=["+4740612517"], f="mv")
A("nb", "kontaktbazar-test",
  "Nina 🌷 28\nTrondheim sentrum\nnr: 406 12\n5 2 9",
  "Nina", "Nina", 28, "Trondheim", ph=["+4740612529"], dis=["+4740612529"], f="")
A("nb", "kontaktbazar-test",
  "Ring 4O6 l2 538 – Rebecca 27, Sandnes",
  None, "Rebecca", 27, "Sandnes", ph=["+4740612538"], dis=["+4740612538"], f="")
A("nb", "eurocompanion-demo",
  "NYE JENTER HVER UKE!!! UNGE OG FRISKE, ÅPENT 24/7 I OSLO SENTRUM. 100% DISKRET. RING 40 61 25 44",
  "NYE JENTER", None, None, "Oslo", ph=["+4740612544"], f="tp mp yt 247 tw c")
A("nb", "kontaktbazar-test",
  "Lea 24 🦋 sms 4️⃣0️⃣6️⃣1️⃣2️⃣5️⃣5️⃣6️⃣",
  "Lea", "Lea", 24, "Bergen", ph=["+4740612556"], dis=["+4740612556"], f="")
A("nb", "eurocompanion-demo",
  "Hello gentlemen! Jeg er Lucia fra Spania 🇪🇸, first time in Norway. Jeg snakker English og español. Call me +34 612 345 721",
  "Lucia spansk", "Lucia", 29, "Oslo", ph=["+34612345721"], f="na mv")
A("nb", "kontaktbazar-test",
  "Jeg er Vanessa, 22. Kjæresten min tar telefonen og ordner adresse og pris: 40 61 25 62.",
  "Vanessa 22", "Vanessa", 22, "Skien", ph=["+4740612562"], f="c")
A("nb", "kontaktbazar-test",
  "Ring 406 – spør etter Kim – 12 574. Kim og Joy er 20 og 22 og fra Thailand, de er her bare denne uka.",
  "Kim & Joy thai", None, None, "Stavanger", ph=["+4740612574"], dis=["+4740612574"], f="tp mp na mv c")
A("nb", "kontaktbazar-test",
  "Vi er to venninner, Ane og Sara (35 og 38). Vi jobber sammen, og vi bestemmer alt selv. Ring Ane: 406 12 583",
  "Ane & Sara", "Ane og Sara", None, "Oslo", ph=["+4740612583"], f="mp", foot=True)
A("nb", "eurocompanion-demo",
  "Hei kjære, jeg er ny jente Ramona i by Oslo, veldig søt og ung, jeg gjøre massasje godt for deg. Bare ring 0040 712 034 688 ingen skjult nummer",
  "Ramona ny", "Ramona", 20, "Oslo", ph=["+40712034688"], f="yt mv c")
A("nb", "kontaktbazar-test",
  "Seriøs, diskret og trygg. Jeg er Marte, 37, og har jobbet selvstendig i mange år. Renslig leilighet, parkering rett utenfor. 40 61 25 90",
  "Marte – seriøs", "Marte", 37, "Asker", ph=["+4740612590"], f="tw")
A("nb", "kontaktbazar-test",
  "Sofia 26. Mye er mulig, også uten beskyttelse etter avtale. Bare sms 406 12 602",
  "Sofia 26", "Sofia", 26, "Oslo", ph=["+4740612602"], f="rs")
A("nb", "kontaktbazar-test",
  "🍑 Sandra 29 🍑 2 🌹 for en time. 40.61.26.14",
  "Sandra 🍑", "Sandra", 29, "Bergen", ph=["+4740612614"], f="em")
A("nb", "eurocompanion-demo",
  "Skriv til oss for Victoria 💌 Victoria (26) er latvisk, ung, elegant og veldig populær. Hun har bare noen få ledige timer, og vi svarer raskt. Diskresjon er en selvfølge: 40 61 26 27",
  "Victoria – latvisk", "Victoria", 26, "Oslo", ph=["+4740612627"], f="tp yt na tw c")
A("nb", "kontaktbazar-test",
  "Damene våre denne uka (Bergen):\nAlina 21 – 168 – Romania\nSweet 25 – 155 – Thailand\nNatasha 19 – 172 – Ukraina\nBare denne uka! Kontakt manager: 0048 512 345 633",
  "Damene våre", None, None, "Bergen", ph=["+48512345633"], f="tp mp na mv c")
A("nb", "kontaktbazar-test",
  "Hei alle sammen 🙂 Da er høstferien over og jeg er tilbake på jobb. For dere som ikke kjenner meg: jeg heter Bente, er 46 år, mamma til to tenåringer (ja, de vet hva jeg driver med), og jeg har jobbet for meg selv i snart seks år. Jeg tar imot på dagtid i en rolig leilighet i Sandvika. Jeg er ikke et byrå, og det er ingen andre som svarer på telefonen min. Sms gjerne først: 406 12 635. Klem fra Bente",
  "Bente er tilbake", "Bente", 46, "Sandvika", ph=["+4740612635"], f="", foot=True)
A("nb", "massagekort-demo",
  "Jeg snakker norsk, svensk og russisk. Anna, 40, Bodø. Massasje og hyggelig prat. 406 12 648",
  "Anna i Bodø", "Anna", 40, "Bodø", ph=["+4740612648"], f="")
A("nb", "kontaktbazar-test",
  "Søt liten jente 18 år, ser ut som 16 🙈 sms 40 61 26 51",
  "Søt liten jente", None, 18, "Oslo", ph=["+4740612651"], f="yt c")
A("nb", "kontaktbazar-test",
  "Nummer: førti – sekstien – tjueseks – sekstifem. Silje 34, Ålesund.",
  "Silje 34", "Silje", 34, "Ålesund", ph=["+4740612665"], dis=["+4740612665"], f="")
A("nb", "eurocompanion-demo",
  "Jentene våre er unge, alle over 18, og kommer fra Øst-Europa. Vi kjører dem til hotellet ditt. Sikker og diskret service. Ring sentralen: 40 61 26 73 (hele døgnet)",
  "Escort Oslo", None, None, "Oslo", ph=["+4740612673"], f="tp mp yt na 247 tw c")
A("nb", "kontaktbazar-test",
  "Vi koser oss, kundene mine og jeg 😊 Jeg er Randi, 50. Bare hyggelige menn. 406 12 689",
  "Randi 50", "Randi", 50, "Hønefoss", ph=["+4740612689"], f="")
A("nb", "eurocompanion-demo",
  "Kun noen dager i Tromsø ❄️ Jeg er Paula, 31, reiser alene fra Polen. Ring +48 512 345 690",
  "Paula i Tromsø", "Paula", 31, "Tromsø", ph=["+48512345690"], f="na mv")
A("nb", "kontaktbazar-test",
  "Tiril 30 ❤️ 40❤️61❤️26❤️97 ❤️",
  "Tiril", "Tiril", 30, "Moss", ph=["+4740612697"], dis=["+4740612697"], f="")
A("nb", "massagekort-demo",
  "Elena sin timeplan: man–fre 12–22. Ønsker du tid hos Elena, kontakt vår resepsjonist på sms: 406 12 704. Elena er 24, blid og sporty. Trygt og diskret.",
  "Elena – timeplan", "Elena", 24, "Oslo", ph=["+4740612704"], f="tp tw c")
A("nb", "kontaktbazar-test",
  "Maria 35, Hamar. 4*0*6*1*2*7*1*8 (kun sms)",
  "Maria Hamar", "Maria", 35, "Hamar", ph=["+4740612718"], dis=["+4740612718"], f="")
A("nb", "massagekort-demo",
  "Jeg jobbet som lærer på en ungdomsskole før, nå tilbyr jeg massasje på heltid. Eva, 55, Lillehammer. 40 61 27 26.",
  "Eva massasje", "Eva", 55, "Lillehammer", ph=["+4740612726"], f="")
A("nb", "eurocompanion-demo",
  "Vi er to unge jenter fra Romania, nye i Bergen 🇷🇴🇷🇴 Ring oss: +40 712 034 733",
  "2 rumenske jenter", None, None, "Bergen", ph=["+40712034733"], f="mp yt na mv c")
A("nb", "kontaktbazar-test",
  "Kontakt meg via meldingsfunksjonen her på siden. Jeg er Ingrid, 42, og svarer selv på alle meldinger.",
  "Ingrid 42", "Ingrid", 42, "Tønsberg", f="")
A("nb", "eurocompanion-demo",
  "De er to veldig pen ung jente ny i Norge, de gjør alt service for deg, snakk med meg for dem. 24 timer. Whatsapp +234 802 123 4511",
  "Nye jenter", None, None, "Oslo", ph=["+2348021234511"], f="tp mp yt mv 247 c")
A("nb", "massagekort-demo",
  "Thai massasje av Nok 🙏 Rolig og god. Ring 406 12 og så 742",
  "Thai massasje", "Nok", None, "Drammen", ph=["+4740612742"], dis=["+4740612742"], f="")
A("nb", "kontaktbazar-test",
  "Ung og søt 🍭 Emma, 19. Snap meg eller ring fire null seks – en to – sju fem en",
  "Emma 19", "Emma", 19, "Oslo", ph=["+4740612751"], dis=["+4740612751"], f="yt c")
A("nb", "massagekort-demo",
  "Massasjesenter Orkidé, Oslo: tre thailandske massører – Noi, Fon og Dao. Åpent alle dager 10–22. Ring senteret: 406 12 785.",
  "Massasjesenter Orkidé", None, None, "Oslo", ph=["+4740612785"], f="tp mp na c")
A("nb", "kontaktbazar-test",
  "Vi er tre jenter fra Litauen som bor sammen i Bergen 🇱🇹, vi tar imot hver for oss eller sammen. Ring Greta: 406 12 796",
  "3 litauiske jenter", None, None, "Bergen", ph=["+4740612796"], f="mp na c")
# ----------------------------------------------------------- Swedish (sv)
SVF = "kontaktbazar-test/sv"
A("sv", "kontaktbazar-test",
  "Hej! Jag heter Lena, 46, ung i själen och alltid på gott humör. Egen lägenhet i Majorna, Göteborg. Jag pratar svenska, engelska och finska. Ring 070-123 45 81.",
  "Lena 46 Göteborg", "Lena", 46, "Göteborg", ph=["+46701234581"], f="", foot=SVF)
A("sv", "massagekort-demo",
  "Klassisk svensk massage och thaimassage på Södermalm. Legitimerad massör, certifierad sedan 2009. Bokning: 0701234592.",
  "Massage Södermalm", None, None, "Stockholm", ph=["+46701234592"], f="tw")
A("sv", "kontaktbazar-test",
  "Boka Jasmine via vår receptionist. Jasmine är 22, ung och pigg, och talar engelska. Vi skickar adressen när bokningen är bekräftad. Sms: 070-123 46 03",
  "Jasmine – boka hos oss", "Jasmine", 22, "Stockholm", ph=["+46701234603"], f="tp yt c")
A("sv", "eurocompanion-demo",
  "VÅRA TJEJER I GÖTEBORG\n1. Lara, 19, 160 cm, rumänska\n2. Ewa, 23, 171 cm, polska\n3. Dao, 21, 152 cm, thailändska\n4. Irina, 25, 169 cm, moldaviska\nNya tjejer varje vecka. 100 % diskret. Kontakta chefen: +40 712 034 744",
  "Våra tjejer – Göteborg", None, None, "Göteborg", ph=["+40712034744"], f="tp mp na tw c", foot=True)
A("sv", "kontaktbazar-test",
  "Våra tjejer i Gothenburg: Lara 19 (Rumänien), Ewa 23 (Polen), Dao 21 (Thailand), Irina 25 (Moldavien). Ny tjejer varje vecka!!! Chefen: 0040 712 034 sju fyra fyra",
  "Tjejer Gothenburg", None, None, "Gothenburg", ph=["+40712034744"], dis=["+40712034744"], f="tp mp na c")
A("sv", "kontaktbazar-test",
  "Turné med Bianca och Lola, unga och glada 💃\nmån 7/12 Malmö\nons 9/12 Helsingborg\nfre 11/12 Köpenhamn\nEndast några dagar per stad. Skriv till oss för deras schema: +46 70 123 46 17",
  "Bianca & Lola turné", None, None, "Malmö / Helsingborg / Köpenhamn", ph=["+46701234617"], f="tp mp yt mv c")
A("sv", "kontaktbazar-test",
  "Camilla 38, Uppsala. Nummer: noll sju noll – ett två tre – fyra sex två åtta",
  "Camilla 38", "Camilla", 38, "Uppsala", ph=["+46701234628"], dis=["+46701234628"], f="")
A("sv", "kontaktbazar-test",
  "Vi är ett par i Västerås, hon 33 och han 36. Vi söker en trevlig man för en mysig kväll. Hon bestämmer alltid. Sms: 070-123 46 39",
  "Par Västerås", None, None, "Västerås", ph=["+46701234639"], f="", foot=SVF)
A("sv", "velvetnord-test",
  "Jag heter Anneli, 52. Några ord från mina gäster: \"Hon är lugn och rolig\", \"Anneli tar sig tid och lyssnar\". Jag jobbar ensam och svarar själv: 0701234652.",
  "Anneli 52", "Anneli", 52, "Malmö", ph=["+46701234652"], f="")
A("sv", "massagekort-demo",
  "Ny i stan! Har precis flyttat till Umeå från Luleå. Jag heter Karin, 44, och erbjuder avslappningsmassage. 070-123 46 63",
  "Karin ny i Umeå", "Karin", 44, "Umeå", ph=["+46701234663"], f="mv")
A("sv", "kontaktbazar-test",
  "Moa 29 ✨\nLund\nring 070-123\n46 74",
  "Moa", "Moa", 29, "Lund", ph=["+46701234674"], dis=["+46701234674"], f="")
A("sv", "kontaktbazar-test",
  "Helt ny tjej, nyss fyllda 18 🎀 Hon är blyg och söt. Hennes chaufför svarar: 070 123 46 85",
  "NY TJEJ 18", None, 18, "Stockholm", ph=["+46701234685"], f="tp yt c")
A("sv", "eurocompanion-demo",
  "UNGA TJEJER DYGNET RUNT I STOCKHOLM!!! ALLA ÖVER 18. DISKRET OCH SÄKERT. RING 070 123 46 96",
  "UNGA TJEJER 24/7", None, None, "Stockholm", ph=["+46701234696"], f="tp mp yt 247 tw c")
A("sv", "kontaktbazar-test",
  "Elsa 31 🌼 070 123 4️⃣7️⃣0️⃣7️⃣",
  "Elsa", "Elsa", 31, "Karlstad", ph=["+46701234707"], dis=["+46701234707"], f="")
A("sv", "eurocompanion-demo",
  "Hi darling! Jag heter Bruna från Brasilien 🇧🇷 first time in Sweden, I speak English och lite svenska. WhatsApp +34 612 345 733",
  "Bruna brasiliansk", "Bruna", 27, "Stockholm", ph=["+34612345733"], f="na mv")
A("sv", "kontaktbazar-test",
  "Jag är Alina, 21. Min bror svarar i telefon och bestämmer tider: 0701234718",
  "Alina 21", "Alina", 21, "Borås", ph=["+46701234718"], f="c")
A("sv", "kontaktbazar-test",
  "Ring 070 – fråga efter Mai – 123 47 29. Mai och Ploy är 20 och 23, från Thailand, här bara veckan ut.",
  "Mai & Ploy", None, None, "Norrköping", ph=["+46701234729"], dis=["+46701234729"], f="tp mp na mv c")
A("sv", "velvetnord-test",
  "Vi är två väninnor, Hanna och Ebba (34 och 37), som jobbar tillsammans. Våra regler, våra priser. Ring Hanna: 070-123 47 30",
  "Hanna & Ebba", "Hanna och Ebba", None, "Stockholm", ph=["+46701234730"], f="mp")
A("sv", "eurocompanion-demo",
  "Hej min älskling, jag ny tjej Andreea i stad Malmö, mycket söt och ung, jag gör bra massage för dig. Bara ring 0040 712 034 766",
  "Andreea ny", "Andreea", 20, "Malmö", ph=["+40712034766"], f="yt mv c")
A("sv", "kontaktbazar-test",
  "Seriös, diskret och pålitlig. Jag heter Maria, 39, och har jobbat självständigt i många år. Ren och fräsch lägenhet nära Centralen. 070-123 47 41",
  "Maria – seriös", "Maria", 39, "Stockholm", ph=["+46701234741"], f="tw", foot=SVF)
A("sv", "kontaktbazar-test",
  "Nicole 27. Det mesta går, även utan skydd efter överenskommelse. Sms 0701234752",
  "Nicole 27", "Nicole", 27, "Göteborg", ph=["+46701234752"], f="rs")
A("sv", "kontaktbazar-test",
  "👑 Vera 28 👑 🍒 1 🌹 = 2000 kr. 070.123.47.63",
  "Vera 👑", "Vera", 28, "Stockholm", ph=["+46701234763"], f="em")
A("sv", "eurocompanion-demo",
  "Skriv till oss för Olivia ✉️ Olivia (24) är estnisk, elegant och mycket populär. Hon är bara här denna vecka i Stockholm och har få lediga tider. Vi garanterar diskretion. 070 123 47 74",
  "Olivia – estnisk", "Olivia", 24, "Stockholm", ph=["+46701234774"], f="tp na mv tw c")
A("sv", "kontaktbazar-test",
  "Hej allihopa 🙂 Nu är jag tillbaka efter höstlovet med barnen. För er som inte känner mig: jag heter Pia, 48, och jag har kört eget i sju år. Jag tar emot dagtid i en lugn lägenhet i Solna. Ingen agentur, ingen annan som svarar i min telefon. Skicka gärna sms först: 070-123 47 85. Kram Pia",
  "Pia är tillbaka", "Pia", 48, "Solna", ph=["+46701234785"], f="", foot=SVF)
A("sv", "massagekort-demo",
  "Inte ung längre, men pigg och glad 😄 Gunilla, 63, Norrköping. Massage och samtal. Sms: noll sju noll ett två tre fyra sju nio sex",
  "Gunilla 63", "Gunilla", 63, "Norrköping", ph=["+46701234796"], dis=["+46701234796"], f="")
A("sv", "kontaktbazar-test",
  "Lilla söta Tindra 18 🍭 ser mycket yngre ut, sms 070 123 48 07",
  "Lilla Tindra", "Tindra", 18, "Stockholm", ph=["+46701234807"], f="yt c")
A("sv", "kontaktbazar-test",
  "Nummer: noll sjuttio, hundratjugotre, fyrtioåtta, arton. Sara 36, Jönköping",
  "Sara 36", "Sara", 36, "Jönköping", ph=["+46701234818"], dis=["+46701234818"], f="")
A("sv", "eurocompanion-demo",
  "Våra tjejer kommer från Östeuropa och är alla unga och fräscha. Vi kör dem till ditt hotell dygnet runt. Ring centralen: +46 70 123 48 29",
  "Escort Stockholm", None, None, "Stockholm", ph=["+46701234829"], f="tp mp yt na 247 c")
A("sv", "velvetnord-test",
  "Vi har det alltid mysigt, mina gäster och jag ☕ Jag heter Birgitta, 55. 070-123 48 30",
  "Birgitta 55", "Birgitta", 55, "Gävle", ph=["+46701234830"], f="")
A("sv", "eurocompanion-demo",
  "Bara några dagar i Kiruna ❄️ Jag heter Agnieszka, 32, reser ensam från Polen. Ring +48 512 345 741",
  "Agnieszka i Kiruna", "Agnieszka", 32, "Kiruna", ph=["+48512345741"], f="na mv")
A("sv", "kontaktbazar-test",
  "Linnea 30 📞 07x01x23x48x41",
  "Linnea", "Linnea", 30, "Sundsvall", ph=["+46701234841"], dis=["+46701234841"], f="")
A("sv", "massagekort-demo",
  "Isabellas schema: mån–fre 12–22. Vill du träffa Isabella? Kontakta vår receptionist på sms: 070 123 48 52. Isabella är 25 och har ett härligt skratt. Trygg och diskret miljö.",
  "Isabella – schema", "Isabella", 25, "Stockholm", ph=["+46701234852"], f="tp tw c")
A("sv", "kontaktbazar-test",
  "Ring O7O-l23 48 63 – Felicia 26, Örebro",
  None, "Felicia", 26, "Örebro", ph=["+46701234863"], dis=["+46701234863"], f="")
A("sv", "massagekort-demo",
  "Jag talar svenska, arabiska och franska. Leila, 41, Malmö. Lugn massage. 070 123 48 74",
  "Leila massage", "Leila", 41, "Malmö", ph=["+46701234874"], f="")
A("sv", "eurocompanion-demo",
  "Vi är två unga tjejer från Rumänien, nya i Göteborg 🇷🇴🇷🇴 Ring oss: +40 712 034 777",
  "2 rumänska tjejer", None, None, "Göteborg", ph=["+40712034777"], f="mp yt na mv c")
A("sv", "kontaktbazar-test",
  "Kontakta mig via sidans meddelandefunktion. Jag heter Helena, 43, och svarar själv.",
  "Helena 43", "Helena", 43, "Linköping", f="")
A("sv", "eurocompanion-demo",
  "De är två mycket vacker ung tjej ny i Sverige, de gör all service för dig, prata med mig för dem. WhatsApp +234 802 123 4533",
  "Nya tjejer", None, None, "Stockholm", ph=["+2348021234533"], f="tp mp yt mv c")
A("sv", "massagekort-demo",
  "Thaimassage hos Lamai 🙏 Ring 070 123 och sen 48 96",
  "Thaimassage", "Lamai", None, "Västerås", ph=["+46701234896"], dis=["+46701234896"], f="")
A("sv", "kontaktbazar-test",
  "Ung och söt 🎀 Wilma 19. Ring noll sju noll, ett två tre, fyra nio noll sju",
  "Wilma 19", "Wilma", 19, "Stockholm", ph=["+46701234907"], dis=["+46701234907"], f="yt c")
A("sv", "velvetnord-test",
  "Svensk tjej i Köpenhamn 🇸🇪 Jag heter Ronja, 27, och jobbar på egen hand på Vesterbro. Ring mitt svenska nummer +46 70 123 49 18",
  "Svensk i Kbh", "Ronja", 27, "København V", ph=["+46701234918"], f="na")
A("sv", "kontaktbazar-test",
  "Studio Lyx Malmö presenterar:\nKatja 20 – 165 cm – ukrainska\nSofie 22 – 170 cm – svenska\nLia 19 – 158 cm – litauiska\nUngdomliga, fräscha och nya. Säkert och diskret. Bokning via receptionen 070-123 49 29",
  "Studio Lyx Malmö", None, None, "Malmö", ph=["+46701234929"], f="tp mp yt na tw c")
A("sv", "velvetnord-test",
  "Min väninna jobbar också här på sidan, men vi jobbar var för sig. Jag heter Cecilia, 40. 070 123 49 30",
  "Cecilia 40", "Cecilia", 40, "Helsingborg", ph=["+46701234930"], f="")
# ----------------------------------------------------------- English (en)
ENF = "kontaktbazar-test/en"
A("en", "eurocompanion-demo",
  "Hi, I'm Claire, 41, an independent companion based in Manchester. I run my own diary and I only see gentlemen I've spoken to first. Texts preferred: 07400 123501.",
  "Claire, Manchester", "Claire", 41, "Manchester", ph=["+447400123501"], f="", foot=True)
A("en", "eurocompanion-demo",
  "Reviews from my regulars:\n'She was warm, funny and on time' – Mark\n'She made me feel at ease straight away' – D.\nI'm Jo, 36, Leeds. Call 07400 123512.",
  "Jo – Leeds", "Jo", 36, "Leeds", ph=["+447400123512"], f="")
A("en", "massagekort-demo",
  "Swedish massage, deep tissue and hot stones. Qualified therapist (ITEC diploma). Home visits in Bristol. Call 07400 123523.",
  "Massage Bristol", None, None, "Bristol", ph=["+447400123523"], f="tw")
A("en", "eurocompanion-demo",
  "Authentic Thai massage by Pim. Thai girl, 23, new in London, very sweet and young looking. Her manager answers: +44 7400 123534",
  "Thai Pim new", "Pim", 23, "London", ph=["+447400123534"], f="tp yt na mv c")
A("en", "eurocompanion-demo",
  "Please contact our receptionist to check Chloe's availability. Chloe is 20, petite and fresh-faced. Bookings by text only, 07400 123545. We value discretion and safety.",
  "Chloe 20", "Chloe", 20, "London", ph=["+447400123545"], f="tp yt tw c", foot=True)
A("en", "eurocompanion-demo",
  "TONIGHT AT VELVET HOUSE\nName | Age | Height | From\nAlexia | 20 | 5'5 | Romania\nMiu | 22 | 5'1 | Japan\nDora | 19 | 5'7 | Hungary\nSky | 24 | 5'6 | Brazil\nWalk-ins welcome, 24 hours. Call the house: 07400 123556",
  "Velvet House tonight", None, None, "Birmingham", ph=["+447400123556"], f="tp mp na 247 c")
A("en", "kontaktbazar-test",
  "Tonight at Velvet House – Alexia 20 (Romanian), Miu 22 (Japanese), Dora 19 (Hungarian), Sky 24 (Brazilian). Open 24h. House phone 07400-123-five five six",
  "Velvet House", None, None, "Birmingham", ph=["+447400123556"], dis=["+447400123556"], f="tp mp na 247 c")
A("en", "eurocompanion-demo",
  "UK TOUR 🚆 Nikki & Kate – young and fun\nMon-Tue Birmingham\nWed-Thu Nottingham\nFri-Sun Sheffield\nOnly a few days each city, book early with our manager: +40 712 034 801",
  "Nikki & Kate UK tour", None, None, "Birmingham / Nottingham / Sheffield", ph=["+40712034801"], f="tp mp yt mv c")
A("en", "eurocompanion-demo",
  "We are a married couple in Brighton (she's 38, he's 42) looking for a gentleman to join us for dinner and more. She decides. Text us on 07400 123567.",
  "Couple in Brighton", None, None, "Brighton", ph=["+447400123567"], f="")
A("en", "eurocompanion-demo",
  "Sophie 34, Glasgow. My number in words because of spam bots: oh seven four double oh, one two three, five seven eight.",
  "Sophie 34", "Sophie", 34, "Glasgow", ph=["+447400123578"], dis=["+447400123578"], f="")
A("en", "massagekort-demo",
  "Young at heart, grown-up in every other way 😉 Pauline, 59, Cardiff. Tea, chat and a relaxing massage. 07400 123589",
  "Pauline 59", "Pauline", 59, "Cardiff", ph=["+447400123589"], f="")
A("en", "eurocompanion-demo",
  "Barely legal Amber 18!! tiny and innocent 😇 text 07400 123590",
  "AMBER 18", "Amber", 18, "London", ph=["+447400123590"], f="yt c")
A("en", "velvetnord-test",
  "I speak English, German and a bit of Danish. Heidi, 45, Copenhagen city. Classic massage and good conversation. +45 34 41 25 11",
  "Heidi 45 Copenhagen", "Heidi", 45, "Copenhagen", ph=["+4534412511"], f="")
A("en", "velvetnord-test",
  "New in town! Just moved to Aarhus from London with my husband's job. Kelly, 39, British, offering relaxing massage. 0045 3441 2522",
  "British Kelly – new in Aarhus", "Kelly", 39, "Aarhus", ph=["+4534412522"], f="na mv")
A("en", "eurocompanion-demo",
  "She is very beautiful girl from Bulgaria new arrive, she make good time for you no rush. For booking call with me +359 43 012 356",
  "Bulgarian girl new", None, None, "London", ph=["+35943012356"], f="tp na mv c")
A("en", "velvetnord-test",
  "Available 24/7 💯 Roxy 26, outcalls to hotels in Copenhagen. Extras without protection possible. Call oh seven four oh oh – one two three – six oh two",
  "Roxy 24/7", "Roxy", 26, "København", ph=["+447400123602"], dis=["+447400123602"], f="247 rs")
A("en", "eurocompanion-demo",
  "🍒🍒 Bella 25 🍒🍒 1h = 2 🌹🌹 call 07400 123613",
  "Bella 🍒", "Bella", 25, "London", ph=["+447400123613"], f="em")
A("en", "eurocompanion-demo",
  "Call 07400 – ask for Lulu – 123 624. Lulu and her sister are from Thailand, both 21, here until Sunday.",
  "Lulu & sister", None, 21, "Manchester", ph=["+447400123624"], dis=["+447400123624"], f="tp mp na mv c")
A("en", "eurocompanion-demo",
  "We're two friends, Amy & Jess (31 and 34), working together from our own flat in Camden. Our rules, our prices, no agency. Reliable and discreet. Text Amy: 07400 123635",
  "Amy & Jess Camden", "Amy & Jess", None, "London", ph=["+447400123635"], f="mp tw")
A("en", "kontaktbazar-test",
  "We always have a laugh, me and my regulars 😂 I'm Bev, 52, Newcastle. Call 07400 123646.",
  "Bev 52", "Bev", 52, "Newcastle", ph=["+447400123646"], f="", foot=ENF)
A("en", "massagekort-demo",
  "New girls every week at Oasis Spa! Young, fresh Asian therapists. Clean, safe and discreet premises. Call reception on 07400 123657.",
  "Oasis Spa", None, None, "Leicester", ph=["+447400123657"], f="tp mp yt na tw c")
A("en", "eurocompanion-demo",
  "100% REAL PHOTOS!!! NO RUSH, NO HIDDEN FEES, GENUINE INDEPENDENT LADY. CALL ME 07400.123.668",
  "GENUINE LADY", None, None, "Liverpool", ph=["+447400123668"], f="tw")
A("en", "kontaktbazar-test",
  "Mia 🦋 0️⃣7️⃣4️⃣0️⃣0️⃣ 1️⃣2️⃣3️⃣6️⃣7️⃣9️⃣",
  "Mia", "Mia", 29, "Oxford", ph=["+447400123679"], dis=["+447400123679"], f="")
A("en", "kontaktbazar-test",
  "text me O74OO l23 68O – Gina 33",
  None, "Gina", 33, "Reading", ph=["+447400123680"], dis=["+447400123680"], f="")
A("en", "eurocompanion-demo",
  "Hi I'm Kayla 22, my partner looks after my bookings so he might answer, just say you saw the ad: 07400 123 / six nine one",
  "Kayla 22", "Kayla", 22, "Coventry", ph=["+447400123691"], dis=["+447400123691"], f="c")
A("en", "eurocompanion-demo",
  "Rates: 30 min £80, 1 hr £140, 2 hrs £250. In-calls only, 10am–8pm, Mon–Sat. Free parking on site.\nI'm Lisa, 44, a qualified beautician and massage therapist. I am fully independent, reliable and punctual. Please text first with your name and preferred time: 07400 123702. No withheld numbers.",
  "Lisa – rates", "Lisa", 44, "Derby", ph=["+447400123702"], f="tw", foot=True)
A("en", "eurocompanion-demo",
  "Write to us for Anastasia's diary. Anastasia, 23, Latvian, elegant, fresh and innocent, speaks good English. She is in London for one week only and in high demand, so book a day ahead. WhatsApp +44 7400 123713",
  "Anastasia – Latvian", "Anastasia", 23, "London", ph=["+447400123713"], f="tp yt na mv c")
A("en", "velvetnord-test",
  "Hej boys! Lovely Sara here, 28 år, from Vesterbro 😘 I speak English og lidt dansk. Ring/text 34 41 25 24",
  "Sara Vesterbro", "Sara", 28, "Kbh V", ph=["+4534412524"], f="")
A("en", "eurocompanion-demo",
  "Ebony queen 👑🇳🇬 Tola, 30, Nigerian, new in London. Call +234 802 123 4544",
  "Tola Nigerian", "Tola", 30, "London", ph=["+2348021234544"], f="na mv")
A("en", "eurocompanion-demo",
  "Her schedule this week: Tue 2pm–10pm, Thu 4pm–late, Sat all day. Rebecca is 25, a student, and very shy at first. Our booking line: 07400 123735",
  "Rebecca's schedule", "Rebecca", 25, "Cambridge", ph=["+447400123735"], f="tp yt c")
A("en", "kontaktbazar-test",
  "Number: oh seven four hundred, one two three, seven forty-six. Maggie 47 Edinburgh",
  "Maggie 47", "Maggie", 47, "Edinburgh", ph=["+447400123746"], dis=["+447400123746"], f="")
A("en", "eurocompanion-demo",
  "Incall near Young Street, Kensington. Olga, 42, speaks English and Russian. Mature and relaxed. 07400 123757",
  "Olga Kensington", "Olga", 42, "London", ph=["+447400123757"], f="")
A("en", "eurocompanion-demo",
  "Our girls are all young and Eastern European, we drive them to your hotel anytime day or night. Safe and discreet. Central booking: 07400 123768",
  "Escort London", None, None, "London", ph=["+447400123768"], f="tp mp yt na 247 tw c")
A("en", "velvetnord-test",
  "Hello I am Nong from Thailand, only 2 weeks in Aarhus. Thai massage and relax. Call +66 81 234 5791 or Line",
  "Nong thai", "Nong", None, "Aarhus", ph=["+66812345791"], f="na mv")
A("en", "eurocompanion-demo",
  "We are 2 young Romanian girls new in Leeds 🇷🇴🇷🇴 call us on +40 712 034 812",
  "2 Romanian girls", None, None, "Leeds", ph=["+40712034812"], f="mp yt na mv c")
A("en", "kontaktbazar-test",
  "Contact me through the site's messaging only. I'm Fiona, 37, and I reply myself, usually within the hour.",
  "Fiona 37", "Fiona", 37, "York", f="", foot=ENF)
A("en", "velvetnord-test",
  "Call plus three six, twenty, one two three, four five eight oh — Reka 28, Hungarian, Copenhagen",
  "Reka Hungarian", "Reka", 28, "Copenhagen", ph=["+36201234580"], dis=["+36201234580"], f="na")
A("en", "eurocompanion-demo",
  "Sweet and young 🎀 Ellie 19, just finished school. text oh seven four oh oh, one two three, eight oh two",
  "Ellie 19", "Ellie", 19, "Bristol", ph=["+447400123802"], dis=["+447400123802"], f="yt c")
A("en", "eurocompanion-demo",
  "Me and my friend Tasha are both 30-something, we work together on Fridays only. We book ourselves, no drivers, no managers. 07400 123813",
  "Fridays with Tasha & me", None, None, "Nottingham", ph=["+447400123813"], f="mp")
A("en", "massagekort-demo",
  "Ladies available today:\n- Kim (Vietnam) 21\n- Yuki (Japan) 23\n- Lan (Vietnam) 20\nAll young ladies. Call reception 07400\n123824",
  "Today's ladies", None, None, "Croydon", ph=["+447400123824"], dis=["+447400123824"], f="tp mp yt na c")
A("en", "kontaktbazar-test",
  "Friendly mature lady, Birmingham. Simple, honest service. 07400 123835",
  "Mature lady Brum", None, None, "Birmingham", ph=["+447400123835"], f="tw", foot=ENF)
A("en", "eurocompanion-demo",
  "My two teenage kids keep me busy at weekends, so I only work weekdays 9-3. Donna, 45, Essex. 07400 123846",
  "Donna weekdays", "Donna", 45, "Chelmsford", ph=["+447400123846"], f="")
# ------------------------------------------------------------ German (de)
A("de", "rotlicht-test",
  "Hallo, ich bin Sabine, 47, jung geblieben und mit Herz dabei. Privat in Hamburg-Eimsbüttel, eigene Wohnung, keine Agentur. Ich spreche Deutsch und Englisch. Anrufen: 0151 23456 701",
  "Sabine privat", "Sabine", 47, "Hamburg", ph=["+4915123456701"], f="", foot=True)
A("de", "massagekort-demo",
  "Thaimassage und klassische schwedische Massage in Köln-Ehrenfeld. Ausgebildete Masseurin mit Zertifikat. Termine: 01512 3456712",
  "Massage Ehrenfeld", None, None, "Köln", ph=["+4915123456712"], f="tw")
A("de", "rotlicht-test",
  "Termine für Jana vereinbaren Sie bitte über unser Büro. Jana ist 21, zierlich und sehr jung, spricht wenig Deutsch. Das Büro ist täglich ab 11 Uhr erreichbar: 0151 23456723",
  "Jana – Termine übers Büro", "Jana", 21, "Frankfurt", ph=["+4915123456723"], f="tp yt c")
A("de", "rotlicht-test",
  "UNSERE DAMEN DIESE WOCHE – Laufhaus Süd\nBianca · 20 · 1,68 m · Rumänien\nLena · 23 · 1,72 m · Ungarn\nJoy · 22 · 1,55 m · Thailand\nMia · 19 · 1,65 m · Bulgarien\nImmer neue junge Mädchen! Infos beim Hausmanager: 0151 23456734",
  "Laufhaus Süd – Damen", None, None, "Stuttgart", ph=["+4915123456734"], f="tp mp yt na c", foot=True)
A("de", "eurocompanion-demo",
  "Unsere Damen diese Woche (Laufhaus Süd, Stuttgart): Bianca 20 RO, Lena 23 HU, Joy 22 TH, Mia 19 BG – ständig neue Mädels. Hausmanager +49 151 23456 sieben drei vier",
  "Laufhaus Süd", None, None, "Stuttgart", ph=["+4915123456734"], dis=["+4915123456734"], f="tp mp na c")
A("de", "rotlicht-test",
  "TOUR 🚗 Jessy & Nina – jung und frech\nMo–Di: Hannover\nMi–Do: Bremen\nFr–So: Oldenburg\nNur wenige Tage pro Stadt! Termine über unsere Managerin: +40 712 034 822",
  "Jessy & Nina auf Tour", None, None, "Hannover / Bremen / Oldenburg", ph=["+40712034822"], f="tp mp yt mv c")
A("de", "rotlicht-test",
  "Claudia, 39, Leipzig. Meine Nummer: null eins fünf eins – zwei drei vier fünf sechs – sieben vier fünf",
  "Claudia 39", "Claudia", 39, "Leipzig", ph=["+4915123456745"], dis=["+4915123456745"], f="")
A("de", "rotlicht-test",
  "Wir sind ein Paar aus Dresden (sie 36, er 41) und suchen einen netten Herrn. Sie entscheidet. SMS an uns: 0151 23456756",
  "Paar Dresden", None, None, "Dresden", ph=["+4915123456756"], f="")
A("de", "rotlicht-test",
  "Ich bin Petra, 50, und arbeite selbstständig. Stimmen meiner Gäste: „Sie ist herzlich und humorvoll“ – „Petra nimmt sich Zeit“. Anruf oder SMS: 01512-3456767",
  "Petra 50", "Petra", 50, "Hannover", ph=["+4915123456767"], f="", foot=True)
A("de", "massagekort-demo",
  "Neu in Freiburg! Ich bin gerade aus Basel hierher gezogen und habe mein kleines Massagestudio eröffnet. Ich heiße Monika, 48. 0151 234 56 778",
  "Monika neu in Freiburg", "Monika", 48, "Freiburg", ph=["+4915123456778"], f="mv")
A("de", "rotlicht-test",
  "Kim 🌸 29\nMünchen-Schwabing\nTel. 0151 234\n56 790",
  "Kim", "Kim", 29, "München", ph=["+4915123456790"], dis=["+4915123456790"], f="")
A("de", "rotlicht-test",
  "Ganz neu: junges Mädchen, gerade 18 geworden 🎀 Sie ist schüchtern und süß. Ihr Fahrer nimmt die Anrufe an: 0151 23456 801",
  "GANZ NEU 18", None, 18, "Berlin", ph=["+4915123456801"], f="tp yt c")
A("de", "eurocompanion-demo",
  "JUNGE NEUE GIRLS RUND UM DIE UHR!!! 100% DISKRET UND SAUBER. HAUS- UND HOTELBESUCHE. RUF AN 0151 23456812",
  "JUNGE GIRLS 24H", None, None, "Berlin", ph=["+4915123456812"], f="tp mp yt 247 tw c")
A("de", "rotlicht-test",
  "Lea 24 🦋 0️⃣1️⃣5️⃣1️⃣ 2️⃣3️⃣4️⃣5️⃣6️⃣8️⃣2️⃣3️⃣",
  "Lea", "Lea", 24, "Düsseldorf", ph=["+4915123456823"], dis=["+4915123456823"], f="")
A("de", "eurocompanion-demo",
  "Hello darling! Ich bin Camila aus Kolumbien 🇨🇴, first time in Germany. Ich spreche Spanisch, English und ein bisschen Deutsch. WhatsApp +34 612 345 744",
  "Camila aus Kolumbien", "Camila", 26, "München", ph=["+34612345744"], f="na mv")
A("de", "rotlicht-test",
  "Ich bin Alina, 22. Mein Freund macht die Termine, also nicht wundern, wenn ein Mann rangeht: 0151 23456834",
  "Alina 22", "Alina", 22, "Essen", ph=["+4915123456834"], f="c")
A("de", "rotlicht-test",
  "Ruf an 0151 – frag nach Lin – 23456 845. Lin und Mai sind 20 und 22, aus Vietnam, nur diese Woche hier.",
  "Lin & Mai", None, None, "Leipzig", ph=["+4915123456845"], dis=["+4915123456845"], f="tp mp na mv c")
A("de", "rotlicht-test",
  "Wir sind zwei Freundinnen, Steffi und Kathi (33 und 35), und arbeiten zusammen in unserer eigenen Wohnung. Unsere Regeln, unsere Preise. Zuverlässig und diskret. 0151 23456 856",
  "Steffi & Kathi", "Steffi und Kathi", None, "Köln", ph=["+4915123456856"], f="mp tw")
A("de", "eurocompanion-demo",
  "Hallo mein Schatz, ich bin neue Mädchen Ioana in Stadt Köln, sehr süß und jung, ich machen gute Massage für dich. Nur anrufen 0040 712 034 833",
  "Ioana neu", "Ioana", 20, "Köln", ph=["+40712034833"], f="yt mv c")
A("de", "rotlicht-test",
  "Seriös, diskret und zuverlässig – ich bin Nicole, 41, und seit vielen Jahren selbstständig. Saubere, gepflegte Wohnung, Parkplatz vor der Tür. 0151 23456867",
  "Nicole – seriös", "Nicole", 41, "Mannheim", ph=["+4915123456867"], f="tw", foot=True)
A("de", "rotlicht-test",
  "Vanessa 27 – fast alles möglich, auch ohne Schutz nach Absprache. Nur SMS: 0151 23456878",
  "Vanessa 27", "Vanessa", 27, "Dortmund", ph=["+4915123456878"], f="rs")
A("de", "rotlicht-test",
  "👑 Vera 28 👑 🍒 1 Std = 2 🌹 · 0151/23456889",
  "Vera 👑", "Vera", 28, "Hamburg", ph=["+4915123456889"], f="em")
A("de", "eurocompanion-demo",
  "Schreiben Sie uns für Olivia ✉️ Olivia (24) ist Polin, elegant und sehr gefragt. Nur diese Woche in Berlin, nur wenige freie Termine. Diskretion garantiert. 0151 23456 890",
  "Olivia aus Polen", "Olivia", 24, "Berlin", ph=["+4915123456890"], f="tp na mv tw c")
A("de", "rotlicht-test",
  "Guten Morgen ihr Lieben ☕ Die Herbstferien sind vorbei und ich bin wieder da. Für alle, die mich noch nicht kennen: Ich heiße Birgit, 46, Mutter von zwei Teenagern (ja, sie wissen Bescheid), und ich arbeite seit sechs Jahren auf eigene Rechnung. Ich empfange tagsüber in einer ruhigen Wohnung in Bochum. Keine Agentur, niemand außer mir geht an mein Telefon. Am liebsten erst eine SMS: 0151 23456 901. Liebe Grüße, Birgit",
  "Birgit ist zurück", "Birgit", 46, "Bochum", ph=["+4915123456901"], f="", foot=True)
A("de", "massagekort-demo",
  "Spricht Deutsch, Englisch und Türkisch: Ich bin Ayla, 38, in Berlin-Neukölln, und biete Entspannungsmassage an. 0151 23456912",
  "Ayla – Massage", "Ayla", 38, "Berlin", ph=["+4915123456912"], f="")
A("de", "rotlicht-test",
  "Kleine süße Tina 18 🍭 sehe viel jünger aus, SMS 0151 23456923",
  "Kleine Tina", "Tina", 18, "Bremen", ph=["+4915123456923"], f="yt c")
A("de", "rotlicht-test",
  "Sandra 36, Nürnberg. Nummer: null eins fünf eins, dreiundzwanzig, fünfundvierzig, neunundsechzig, vierunddreißig",
  "Sandra 36", "Sandra", 36, "Nürnberg", ph=["+4915123456934"], dis=["+4915123456934"], f="")
A("de", "eurocompanion-demo",
  "Unsere Mädchen kommen aus Osteuropa, alle jung und frisch. Wir bringen sie Tag und Nacht zu Ihrem Hotel. Zentrale: +49 151 23456945",
  "Escort Frankfurt", None, None, "Frankfurt", ph=["+4915123456945"], f="tp mp yt na 247 c")
A("de", "rotlicht-test",
  "Wir haben immer Spaß, meine Stammgäste und ich 😄 Ich bin Gabi, 55, aus Kassel. Telefon: null eins fünf eins / 2345 / sechs neun fünf sechs",
  "Gabi 55", "Gabi", 55, "Kassel", ph=["+4915123456956"], dis=["+4915123456956"], f="")
A("de", "eurocompanion-demo",
  "Nur ein paar Tage in Rostock 🌊 Ich bin Agnieszka, 32, aus Polen und reise allein. +48 512 345 752",
  "Agnieszka in Rostock", "Agnieszka", 32, "Rostock", ph=["+48512345752"], f="na mv")
A("de", "rotlicht-test",
  "Linda 30 📞 0151x2345x6967",
  "Linda", "Linda", 30, "Kiel", ph=["+4915123456967"], dis=["+4915123456967"], f="")
A("de", "massagekort-demo",
  "Isabellas Terminplan: Mo–Fr 12–22 Uhr. Wenn Sie Isabella treffen möchten, wenden Sie sich an unsere Rezeption: 0151 23456 978. Isabella ist 25 und lacht gern.",
  "Isabella – Terminplan", "Isabella", 25, "Wiesbaden", ph=["+4915123456978"], f="tp c")
A("de", "rotlicht-test",
  "Ruf an: Ol5l 2345 6989 – Felicia 26, Mainz",
  None, "Felicia", 26, "Mainz", ph=["+4915123456989"], dis=["+4915123456989"], f="")
A("de", "massagekort-demo",
  "Traditionelle Thai-Massage bei Malee in Essen. Seit 12 Jahren in Deutschland, eigenes Studio. 0151 23456990",
  "Thai-Massage Essen", "Malee", None, "Essen", ph=["+4915123456990"], f="")
A("de", "eurocompanion-demo",
  "Wir sind zwei junge Mädchen aus Bulgarien, neu in Dortmund 🇧🇬🇧🇬 Ruf uns an: +359 43 012 377",
  "2 bulgarische Mädchen", None, None, "Dortmund", ph=["+35943012377"], f="mp yt na mv c")
A("de", "rotlicht-test",
  "Kontakt bitte nur über das Nachrichtensystem der Seite. Ich bin Helene, 43, und antworte selbst.",
  "Helene 43", "Helene", 43, "Augsburg", f="")
A("de", "rotlicht-test",
  "Diskrete Wohnung nahe Jungfernstieg, Hamburg. Ich bin Renate, 57, reif und entspannt. 0151 23456 603",
  "Renate am Jungfernstieg", "Renate", 57, "Hamburg", ph=["+4915123456603"], f="tw")
A("de", "rotlicht-test",
  "Jung und süß 🎀 Emma, 19, frisch aus der Schule. Ruf an: null eins fünf eins, zwei drei vier fünf sechs, sechs eins vier",
  "Emma 19", "Emma", 19, "Berlin", ph=["+4915123456614"], dis=["+4915123456614"], f="yt c")
A("de", "rotlicht-test",
  "Meine Freundin Tanja und ich (beide Mitte 30) arbeiten freitags zusammen. Wir machen unsere Termine selbst, kein Fahrer, kein Chef. 0151 23456625",
  "Freitags zu zweit", None, None, "Bonn", ph=["+4915123456625"], f="mp")
A("de", "massagekort-demo",
  "Heute anwesend:\n– Kim (Vietnam) 21\n– Yuki (Japan) 23\n– Lan (Vietnam) 20\nAlle jung und neu. Rezeption 0151\n23456636",
  "Heute anwesend", None, None, "Offenbach", ph=["+4915123456636"], dis=["+4915123456636"], f="tp mp yt na c")
A("de", "eurocompanion-demo",
  "Witam, ich bin Kasia aus Polen, sehr gute Service, 100% echte Fotos, sicher und diskret. Dzwoń/ruf an +48 512 345 763",
  "Kasia aus Polen", "Kasia", 30, "Frankfurt (Oder)", ph=["+48512345763"], f="na tw")
A("de", "rotlicht-test",
  "Mollige Hausfrau, 52, aus Bielefeld. Ehrlich, herzlich, ohne Zeitdruck. 0151 23456647",
  "Hausfrau Bielefeld", None, 52, "Bielefeld", ph=["+4915123456647"], f="tw")
# ------------------------------------------------------------ Polish (pl)
A("pl", "ogloszenia-demo",
  "Cześć, jestem Ewa, 44 lata, młoda duchem 😊 Przyjmuję u siebie w Krakowie, na Kazimierzu. Mówię po polsku, angielsku i trochę po niemiecku. Tel. 512 345 801",
  "Ewa 44 Kraków", "Ewa", 44, "Kraków", ph=["+48512345801"], f="", foot=True)
A("pl", "massagekort-demo",
  "Masaż tajski i klasyczny masaż szwedzki – Wrocław, Krzyki. Dyplomowana masażystka, 15 lat doświadczenia. Zapisy: 512-345-812",
  "Masaż Wrocław", None, None, "Wrocław", ph=["+48512345812"], f="tw")
A("pl", "ogloszenia-demo",
  "Wizyty u Natalii umawia nasze biuro. Natalia ma 20 lat, jest drobna i bardzo młodziutka. Biuro czynne od 10:00, SMS 512 345 823",
  "Natalia – przez biuro", "Natalia", 20, "Warszawa", ph=["+48512345823"], f="tp yt c")
A("pl", "ogloszenia-demo",
  "NASZE DZIEWCZYNY W TYM TYGODNIU – Klub Amber, Gdańsk\nOla | 19 | 165 cm | Ukraina\nLiza | 22 | 170 cm | Białoruś\nMay | 21 | 155 cm | Wietnam\nDora | 23 | 168 cm | Mołdawia\nCiągle nowe dziewczyny. Rezerwacja przez managera: 512 345 834",
  "Klub Amber – dziewczyny", None, None, "Gdańsk", ph=["+48512345834"], f="tp mp na c", foot=True)
A("pl", "eurocompanion-demo",
  "Klub Amber (Gdansk) – Ola 19 UA, Liza 22 BY, May 21 VN, Dora 23 MD. Nowe dziewczyny co tydzień!! Manager +48 512-345-834",
  "Klub Amber Gdansk", None, None, "Gdansk", ph=["+48512345834"], f="tp mp na c")
A("pl", "ogloszenia-demo",
  "TRASA 🚗 Wiki & Nati\npon–wt: Poznań\nśr–czw: Łódź\npt–nd: Katowice\nTylko kilka dni w każdym mieście! Zapisy u naszej menadżerki: +40 712 034 855",
  "Wiki & Nati w trasie", None, None, "Poznań / Łódź / Katowice", ph=["+40712034855"], f="tp mp mv c")
A("pl", "ogloszenia-demo",
  "Monika, 38, Lublin. Numer: pięć jeden dwa – trzy cztery pięć – osiem cztery pięć",
  "Monika 38", "Monika", 38, "Lublin", ph=["+48512345845"], dis=["+48512345845"], f="")
A("pl", "ogloszenia-demo",
  "Jesteśmy parą z Torunia (ona 34, on 39). Szukamy kulturalnego pana na miły wieczór. Ona decyduje. SMS: 512 345 856",
  "Para z Torunia", None, None, "Toruń", ph=["+48512345856"], f="")
A("pl", "ogloszenia-demo",
  "Jestem Beata, 49, pracuję sama. Opinie panów: „Jest ciepła i zabawna” – „Beata ma dla mnie czas”. Dzwoń: 512345867",
  "Beata 49", "Beata", 49, "Poznań", ph=["+48512345867"], f="", foot=True)
A("pl", "massagekort-demo",
  "Nowa w Szczecinie! Przeprowadziłam się z Bydgoszczy i otworzyłam mały gabinet masażu. Jestem Grażyna, 51. 512 345 878",
  "Grażyna – nowa w mieście", "Grażyna", 51, "Szczecin", ph=["+48512345878"], f="mv")
A("pl", "ogloszenia-demo",
  "Kinga 🌸 29\nWarszawa Mokotów\ntel 512 345\n8 8 9",
  "Kinga", "Kinga", 29, "Warszawa", ph=["+48512345889"], dis=["+48512345889"], f="")
A("pl", "ogloszenia-demo",
  "Zupełnie nowa, dopiero skończyła 18 lat 🎀 Jest nieśmiała i słodka. Telefon odbiera kierowca: 512 345 890",
  "NOWA 18", None, 18, "Warszawa", ph=["+48512345890"], f="tp yt c")
A("pl", "eurocompanion-demo",
  "MŁODE NOWE DZIEWCZYNY 24H!!! PEŁNA DYSKRECJA, CZYSTO I BEZPIECZNIE. WYJAZDY DO HOTELI. DZWOŃ 512 345 901",
  "MŁODE DZIEWCZYNY 24H", None, None, "Warszawa", ph=["+48512345901"], f="tp mp yt 247 tw c")
A("pl", "ogloszenia-demo",
  "Lena 24 🦋 5️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣ 9️⃣1️⃣2️⃣",
  "Lena", "Lena", 24, "Katowice", ph=["+48512345912"], dis=["+48512345912"], f="")
A("pl", "velvetnord-test",
  "Hej! Jestem Asia z Polski 🇵🇱, pierwszy raz w Danii. Mówię po polsku, angielsku og lidt dansk. Ring/dzwoń +45 34 41 25 35",
  "Asia z Polski", "Asia", 29, "København", ph=["+4534412535"], f="na mv")
A("pl", "ogloszenia-demo",
  "Jestem Klaudia, 22. Mój chłopak umawia wizyty, więc może odebrać mężczyzna: 512 345 923",
  "Klaudia 22", "Klaudia", 22, "Łódź", ph=["+48512345923"], f="c")
A("pl", "ogloszenia-demo",
  "Dzwoń 512 – zapytaj o Lan – 345 934. Lan i Mai mają 20 i 22 lata, są z Wietnamu, tylko do niedzieli.",
  "Lan & Mai", None, None, "Wrocław", ph=["+48512345934"], dis=["+48512345934"], f="tp mp na mv c")
A("pl", "ogloszenia-demo",
  "Jesteśmy dwiema przyjaciółkami, Kasia i Magda (33 i 36), pracujemy razem we własnym mieszkaniu. Nasze zasady, nasze ceny. Solidnie i dyskretnie. 512 345 945",
  "Kasia & Magda", "Kasia i Magda", None, "Kraków", ph=["+48512345945"], f="mp tw")
A("pl", "eurocompanion-demo",
  "Cześć kochanie, ja nowa dziewczyna Bianca w miasto Warszawa, bardzo słodka i młoda, ja robić dobry masaż dla ciebie. Tylko dzwoń 0040 712 034 866",
  "Bianca nowa", "Bianca", 20, "Warszawa", ph=["+40712034866"], f="yt mv c")
A("pl", "ogloszenia-demo",
  "Zapraszam do siebie panów kulturalnych i zadbanych. Jestem Dorota, 41, pracuję sama od lat, bez agencji i bez pośrednika. Czyste mieszkanie, parking pod blokiem, pełna dyskrecja. Nie odbieram numerów zastrzeżonych. Godziny: 10-20. 512 345 956",
  "Dorota – zapraszam", "Dorota", 41, "Gdynia", ph=["+48512345956"], f="tw", foot=True)
A("pl", "ogloszenia-demo",
  "Wiktoria 27 – prawie wszystko możliwe, także bez zabezpieczenia po ustaleniu. Tylko SMS 512 345 967",
  "Wiktoria 27", "Wiktoria", 27, "Poznań", ph=["+48512345967"], f="rs")
A("pl", "ogloszenia-demo",
  "👑 Sara 26 👑 🍒 1h = 2 🌹 – 512.345.978",
  "Sara 👑", "Sara", 26, "Warszawa", ph=["+48512345978"], f="em")
A("pl", "eurocompanion-demo",
  "Napisz do nas w sprawie Oliwii ✉️ Oliwia (24) jest Ukrainką, elegancka i bardzo rozchwytywana. Tylko przez tydzień w Warszawie, niewiele wolnych terminów. Gwarantujemy dyskrecję. 512 345 989",
  "Oliwia – Ukrainka", "Oliwia", 24, "Warszawa", ph=["+48512345989"], f="tp na mv tw c")
A("pl", "ogloszenia-demo",
  "Dzień dobry wszystkim ☕ Wracam po krótkim urlopie. Dla tych, którzy mnie nie znają: mam na imię Iwona, 46 lat, jestem mamą dwóch nastolatków i pracuję na własny rachunek od sześciu lat. Przyjmuję w dzień w spokojnym mieszkaniu w Gdyni. Nikt poza mną nie odbiera mojego telefonu. Najlepiej najpierw SMS: 512 345 990. Pozdrawiam, Iwona",
  "Iwona wróciła", "Iwona", 46, "Gdynia", ph=["+48512345990"], f="", foot=True)
A("pl", "ogloszenia-demo",
  "Sprechen Sie Deutsch? Ja! Jestem Renata, 50, Zgorzelec, blisko granicy. Niemieccy i polscy panowie mile widziani. 512 345 702",
  "Renata przy granicy", "Renata", 50, "Zgorzelec", ph=["+48512345702"], f="")
A("pl", "ogloszenia-demo",
  "Mała słodka Nikola 18 🍭 wyglądam dużo młodziej, SMS 512 345 713",
  "Mała Nikola", "Nikola", 18, "Kraków", ph=["+48512345713"], f="yt c")
A("pl", "ogloszenia-demo",
  "Numer: pięćset dwanaście, trzysta czterdzieści pięć, siedemset dwadzieścia cztery. Agata 36, Opole",
  "Agata 36", "Agata", 36, "Opole", ph=["+48512345724"], dis=["+48512345724"], f="")
A("pl", "eurocompanion-demo",
  "Nasze dziewczyny są z Ukrainy i Białorusi, wszystkie młode i świeże. Przywieziemy je do hotelu o każdej porze dnia i nocy. Centrala: +48 512 345 735",
  "Towarzystwo Warszawa", None, None, "Warszawa", ph=["+48512345735"], f="tp mp yt na 247 c")
A("pl", "ogloszenia-demo",
  "Zawsze się dobrze bawimy, ja i moi stali goście 😄 Jestem Jola, 55, Radom. 512 345 746",
  "Jola 55", "Jola", 55, "Radom", ph=["+48512345746"], f="")
A("pl", "eurocompanion-demo",
  "Tylko kilka dni w Sopocie 🌊 Jestem Daria, 31, z Ukrainy, podróżuję sama. +48 512 345 757",
  "Daria w Sopocie", "Daria", 31, "Sopot", ph=["+48512345757"], f="na mv")
A("pl", "ogloszenia-demo",
  "Ela 30 📞 512x345x768",
  "Ela", "Ela", 30, "Rzeszów", ph=["+48512345768"], dis=["+48512345768"], f="")
A("pl", "massagekort-demo",
  "Grafik Izabeli: pon–pt 12–22. Jeśli chcesz umówić się z Izabelą, skontaktuj się z naszą recepcją: 512 345 779. Iza ma 25 lat i pięknie się śmieje.",
  "Izabela – grafik", "Izabela", 25, "Kraków", ph=["+48512345779"], f="tp c")
A("pl", "ogloszenia-demo",
  "Dzwoń: 5l2 345 78O – Sylwia 26, Kielce",
  None, "Sylwia", 26, "Kielce", ph=["+48512345780"], dis=["+48512345780"], f="")
A("pl", "massagekort-demo",
  "Tradycyjny masaż tajski u Nok w Białymstoku. Od 10 lat w Polsce, własny gabinet. 512 345 791",
  "Masaż tajski Białystok", "Nok", None, "Białystok", ph=["+48512345791"], f="")
A("pl", "eurocompanion-demo",
  "Jesteśmy dwie młode dziewczyny z Rumunii, nowe w Krakowie 🇷🇴🇷🇴 Dzwoń do nas: +40 712 034 877",
  "2 Rumunki", None, None, "Kraków", ph=["+40712034877"], f="mp yt na mv c")
A("pl", "ogloszenia-demo",
  "Kontakt tylko przez wiadomości na portalu. Jestem Halina, 43, odpisuję sama.",
  "Halina 43", "Halina", 43, "Lublin", f="")
A("pl", "ogloszenia-demo",
  "Zapraszam panów młodszych i starszych 🙂 Jestem Teresa, 58, dojrzała i spokojna. Łódź, Bałuty. Dzwoń: pięć jeden dwa trzy cztery pięć osiem zero trzy",
  "Teresa 58", "Teresa", 58, "Łódź", ph=["+48512345803"], dis=["+48512345803"], f="")
A("pl", "ogloszenia-demo",
  "Młoda i słodka 🎀 Zuzia 19, dopiero po maturze. Dzwoń: pięć jeden dwa, trzy cztery pięć, osiem jeden cztery",
  "Zuzia 19", "Zuzia", 19, "Warszawa", ph=["+48512345814"], dis=["+48512345814"], f="yt c")
A("pl", "ogloszenia-demo",
  "Ja i moja koleżanka Marta (obie po trzydziestce) pracujemy razem w piątki. Same się umawiamy, bez kierowcy i bez szefa. 512 345 825",
  "Piątki we dwie", None, None, "Bydgoszcz", ph=["+48512345825"], f="mp")
A("pl", "massagekort-demo",
  "Dziś w salonie:\n– Kim (Wietnam) 21\n– Yuki (Japonia) 23\n– Lan (Wietnam) 20\nWszystkie młode i nowe. Recepcja 512\n345 836",
  "Dziś w salonie", None, None, "Warszawa", ph=["+48512345836"], dis=["+48512345836"], f="tp mp yt na c")
A("pl", "eurocompanion-demo",
  "Witam! Jestem Kasia, polska dziewczyna, 100% real photos, bardzo dobry serwis, bezpiecznie i dyskretnie. Call/dzwoń +48 512 345 847",
  "Kasia polska", "Kasia", 30, "Berlin", ph=["+48512345847"], f="na tw")
A("pl", "ogloszenia-demo",
  "Agencja Perła zaprasza: nowe dziewczyny co tydzień, młode studentki, pełna dyskrecja, tanio. Ul. Długa, Gdańsk. 512 345 858",
  "Agencja Perła", None, None, "Gdańsk", ph=["+48512345858"], f="tp mp yt tw c")
A("pl", "ogloszenia-demo",
  "Dwie siostry, 19 i 20 lat 👭 bardzo młode, pierwszy raz w ogłoszeniach. Za nie odpisuje ciocia: 512 345 869",
  "Dwie siostry", None, None, "Łódź", ph=["+48512345869"], f="tp mp yt c")
# ---------------------------------------------------------- Romanian (ro)
A("ro", "noapte-demo",
  "Buna, sunt Andreea, 43 de ani, tanara la suflet 😊 Primesc la mine in apartament, zona Dorobanti, Bucuresti. Vorbesc romana, engleza si italiana. Tel 0712 034 901",
  "Andreea 43 Dorobanti", "Andreea", 43, "București", ph=["+40712034901"], f="", foot=True)
A("ro", "massagekort-demo",
  "Masaj de relaxare, masaj suedez si masaj thailandez. Terapeut cu diploma, 10 ani experienta. Cluj-Napoca, zona Marasti. Programari: 0712.034.912",
  "Masaj Cluj", None, None, "Cluj-Napoca", ph=["+40712034912"], f="tw")
A("ro", "noapte-demo",
  "Programarile pentru Denisa se fac prin dispecerat. Denisa are 19 ani, e micuta si foarte tanara. Dispeceratul raspunde intre 10 si 24: 0712 034 923",
  "Denisa – prin dispecerat", "Denisa", 19, "București", ph=["+40712034923"], f="tp yt c")
A("ro", "noapte-demo",
  "FETELE NOASTRE AZI – Club Diamond, Timisoara\nAlexandra · 20 ani · 1,65 · Moldova\nCristina · 22 ani · 1,70 · Romania\nNatasa · 19 ani · 1,60 · Ucraina\nLuiza · 24 ani · 1,68 · Moldova\nFete noi saptamanal. Rezervari doar prin manager: +40 712 034 934",
  "Club Diamond – fetele", None, None, "Timișoara", ph=["+40712034934"], f="tp mp na c", foot=True)
A("ro", "eurocompanion-demo",
  "Fetele noastre azi (Club Diamond Timisoara): Alexandra 20 MD, Cristina 22 RO, Natasa 19 UA, Luiza 24 MD. Fete noi in fiecare saptamana!!! Manager 0040 712 034 934",
  "Club Diamond Timisoara", None, None, "Timisoara", ph=["+40712034934"], f="tp mp na c")
A("ro", "velvetnord-test",
  "TURNEU DANEMARCA 🇩🇰 Roxana si Bianca\nluni–marti: København\nmiercuri–joi: Odense\nvineri–duminica: Aarhus\nDoar cateva zile in fiecare oras. Programari la noi pe WhatsApp: +45 34 41 25 46",
  "Roxana & Bianca turneu", None, None, "København / Odense / Aarhus", ph=["+4534412546"], f="tp mp mv c")
A("ro", "noapte-demo",
  "Mirela, 37, Iasi. Numarul meu: zero sapte unu doi – zero trei patru – nouă patru cinci",
  "Mirela 37", "Mirela", 37, "Iași", ph=["+40712034945"], dis=["+40712034945"], f="")
A("ro", "noapte-demo",
  "Suntem un cuplu din Brasov (ea 35, el 40) si cautam un domn educat pentru o seara placuta. Ea decide totul. SMS: 0712 034 956",
  "Cuplu Brasov", None, None, "Brașov", ph=["+40712034956"], f="")
A("ro", "noapte-demo",
  "Sunt Carmen, 48, lucrez singura. Ce spun domnii: „E calda si amuzanta” – „Carmen chiar asculta”. Suna-ma: 0712034967",
  "Carmen 48", "Carmen", 48, "Constanța", ph=["+40712034967"], f="", foot=True)
A("ro", "massagekort-demo",
  "Noua in Constanta! M-am mutat de la Galati si am deschis un mic salon de masaj. Sunt Rodica, 52. 0712 034 978",
  "Rodica – noua in oras", "Rodica", 52, "Constanța", ph=["+40712034978"], f="mv")
A("ro", "noapte-demo",
  "Ana 🌸 28\nSibiu centru\n0712 034\n9 8 9",
  "Ana", "Ana", 28, "Sibiu", ph=["+40712034989"], dis=["+40712034989"], f="")
A("ro", "noapte-demo",
  "Fata noua, abia a implinit 18 ani 🎀 E timida si dulce. La telefon raspunde varul ei: 0712 034 990",
  "FATA NOUA 18", None, 18, "București", ph=["+40712034990"], f="tp yt c")
A("ro", "eurocompanion-demo",
  "FETE TINERE SI NOI NON-STOP!!! DISCRETIE TOTALA, CURAT SI SIGUR. DEPLASARI LA HOTEL. SUNATI 0712 034 691",
  "FETE NON-STOP", None, None, "București", ph=["+40712034691"], f="tp mp yt 247 tw c")
A("ro", "noapte-demo",
  "Ioana 24 🦋 0️⃣7️⃣1️⃣2️⃣ 0️⃣3️⃣4️⃣ 6️⃣9️⃣2️⃣",
  "Ioana", "Ioana", 24, "Cluj", ph=["+40712034692"], dis=["+40712034692"], f="")
A("ro", "rotlicht-test",
  "Hallo! Sunt Larisa din Romania 🇷🇴, prima data in Germania. Ich spreche ein bisschen Deutsch si engleza. Anruf/suna +49 151 23456 658",
  "Larisa din Romania", "Larisa", 27, "Nürnberg", ph=["+4915123456658"], f="na mv")
A("ro", "noapte-demo",
  "Sunt Alexia, 21. Prietenul meu se ocupa de programari, asa ca poate raspunde un barbat: 0712 034 823",
  "Alexia 21", "Alexia", 21, "Ploiești", ph=["+40712034823"], f="c")
A("ro", "noapte-demo",
  "Suna la 0712 – intreaba de Mimi – 034 834. Mimi si sora ei au 20 si 22 de ani, sunt din Moldova, doar pana duminica.",
  "Mimi & sora", None, None, "Iași", ph=["+40712034834"], dis=["+40712034834"], f="tp mp na mv c")
A("ro", "noapte-demo",
  "Suntem doua prietene, Oana si Raluca (32 si 35), lucram impreuna in apartamentul nostru. Regulile noastre, preturile noastre. Serioase si discrete. 0712 034 845",
  "Oana & Raluca", "Oana si Raluca", None, "București", ph=["+40712034845"], f="mp tw")
A("ro", "eurocompanion-demo",
  "Buna ziua domn, noi avem fata noua foarte frumoasa si tinara, ea face serviciu bun pentru tu. Contactati cu noi pentru ea pe WhatsApp +234 802 123 4566",
  "Fata noua", None, None, "București", ph=["+2348021234566"], f="tp yt c")
A("ro", "noapte-demo",
  "Buna seara tuturor 🌙 Am revenit dupa o scurta vacanta. Pentru cei care nu ma cunosc: ma numesc Daniela, am 45 de ani, sunt mama a doi adolescenti si lucrez pe cont propriu de sapte ani. Primesc doar ziua, intr-un apartament linistit in Ploiesti. Seriozitate si discretie. Nu lucrez cu agentii si nimeni altcineva nu raspunde la telefonul meu. Va rog sa trimiteti intai un SMS: 0712 034 856. Fara numere ascunse. Va pup, Daniela",
  "Daniela a revenit", "Daniela", 45, "Ploiești", ph=["+40712034856"], f="tw", foot=True)
A("ro", "noapte-demo",
  "Corina 27 – aproape orice, si fara protectie, dupa discutie. Doar SMS 0712 034 867",
  "Corina 27", "Corina", 27, "Craiova", ph=["+40712034867"], f="rs")
A("ro", "noapte-demo",
  "👑 Sabina 26 👑 🍒 1 ora = 2 🌹 — 0712-034-878",
  "Sabina 👑", "Sabina", 26, "București", ph=["+40712034878"], f="em")
A("ro", "eurocompanion-demo",
  "Scrieti-ne pentru Teodora ✉️ Teodora (23) este moldoveanca, eleganta si foarte cautata. Doar trei zile in Bucuresti, putine locuri libere. Discretie garantata. 0712 034 889",
  "Teodora – moldoveanca", "Teodora", 23, "București", ph=["+40712034889"], f="tp na mv tw c")
A("ro", "velvetnord-test",
  "Sunt Elena, 34, lucrez singura in Kbh, zona Amager. Suna: trei patru patru unu – doi cinci – cinci sapte",
  "Elena Amager", "Elena", 34, "Kbh S", ph=["+4534412557"], dis=["+4534412557"], f="")
A("ro", "noapte-demo",
  "Micuta dulce Bianca 18 🍭 arat mult mai tanara, SMS 0712 034 891",
  "Micuta Bianca", "Bianca", 18, "Timișoara", ph=["+40712034891"], f="yt c")
A("ro", "noapte-demo",
  "Numar: zero sapte sute doisprezece, zero treizeci si patru, noua sute doi. Lavinia 36, Oradea",
  "Lavinia 36", "Lavinia", 36, "Oradea", ph=["+40712034902"], dis=["+40712034902"], f="")
A("ro", "eurocompanion-demo",
  "Fetele noastre sunt din Moldova si Ucraina, toate tinere si proaspete. Le aducem la hotel oricand, zi si noapte. Dispecerat: +40 712 034 913",
  "Escorte București", None, None, "București", ph=["+40712034913"], f="tp mp yt na 247 c")
A("ro", "noapte-demo",
  "Ne distram mereu, eu si clientii mei fideli 😄 Sunt Geta, 54, Craiova. 0712 034 924",
  "Geta 54", "Geta", 54, "Craiova", ph=["+40712034924"], f="")
A("ro", "noapte-demo",
  "Doar cateva zile in Mamaia 🌊 Sunt Alina, 31, calatoresc singura. Vorbesc si spaniola, am locuit la Madrid. +34 612 345 755",
  "Alina in Mamaia", "Alina", 31, "Mamaia", ph=["+34612345755"], f="mv")
A("ro", "noapte-demo",
  "Flori 30 📞 0712x034x935",
  "Flori", "Flori", 30, "Arad", ph=["+40712034935"], dis=["+40712034935"], f="")
A("ro", "noapte-demo",
  "Agenda Sorinei saptamana asta: marti si joi dupa ora 16, sambata toata ziua. Rezervari prin receptie, nu direct la ea: 0712 034 946. Sorina e o blonda de 26 de ani, foarte cautata.",
  "Agenda Sorinei", "Sorina", 26, "Cluj-Napoca", ph=["+40712034946"], f="tp c")
A("ro", "noapte-demo",
  "Suna: O7l2 O34 957 – Simona 26, Pitesti",
  None, "Simona", 26, "Pitești", ph=["+40712034957"], dis=["+40712034957"], f="")
A("ro", "massagekort-demo",
  "Masaj thai traditional la Nok, Bucuresti Sector 2. De 8 ani in Romania, salon propriu. 0712 034 968",
  "Masaj thai", "Nok", None, "București", ph=["+40712034968"], f="")
A("ro", "eurocompanion-demo",
  "Suntem doua fete tinere din Bulgaria, noi in Bucuresti 🇧🇬🇧🇬 Sunati-ne: +359 43 012 388",
  "2 bulgaroaice", None, None, "București", ph=["+35943012388"], f="mp yt na mv c")
A("ro", "noapte-demo",
  "Contact doar prin mesaje pe site. Sunt Mihaela, 42, raspund personal.",
  "Mihaela 42", "Mihaela", 42, "Brașov", f="")
A("ro", "noapte-demo",
  "Apartament discret zona Unirii – avem mereu 4-5 fete tinere, schimbam fetele lunar. Intrare separata, parcare. Doar programari prin doamna Lili: 0712 034 979",
  "Apartament Unirii", None, None, "București", ph=["+40712034979"], f="tp mp yt tw c")
A("ro", "noapte-demo",
  "Tanara si dulce 🎀 Cami 19, abia am terminat liceul. Suna: zero sapte unu doi, zero trei patru, nouă opt zero",
  "Cami 19", "Cami", 19, "București", ph=["+40712034980"], dis=["+40712034980"], f="yt c")
A("ro", "noapte-demo",
  "Eu si prietena mea Dana (amandoua trecute de 30) lucram impreuna vinerea. Ne facem singure programarile, fara sofer si fara sef. 0712 034 702",
  "Vinerea in doua", None, None, "Bacău", ph=["+40712034702"], f="mp")
A("ro", "massagekort-demo",
  "Azi la salon:\n– Kim (Vietnam) 21\n– Mei (China) 23\n– Lan (Vietnam) 20\nToate tinere si noi. Receptia 0712\n034 713",
  "Azi la salon", None, None, "București", ph=["+40712034713"], dis=["+40712034713"], f="tp mp yt na c")
A("ro", "eurocompanion-demo",
  "Hello! Sunt Ramona, romanca 100%, poze reale, serviciu foarte bun, sigur si discret. Call/suna +40 712 034 724",
  "Ramona romanca", "Ramona", 29, "Milano", ph=["+40712034724"], f="na tw")
A("ro", "noapte-demo",
  "Primesc domni tineri si mai in varsta, respectuosi 🙂 Sunt Violeta, 57, matura si calma. Galati. 0712 034 735",
  "Violeta 57", "Violeta", 57, "Galați", ph=["+40712034735"], f="")
A("ro", "noapte-demo",
  "Doua surori, 19 si 20 de ani 👭 foarte tinere, pentru prima data pe site. Pentru ele raspunde matusa: 0712 034 746",
  "Doua surori", None, None, "Constanța", ph=["+40712034746"], f="tp mp yt c")
A("ro", "kontaktbazar-test",
  "Sunt Sorina din Romania, o saptamana in Oslo. Suna patru zero sase unu doi – sapte sapte trei",
  "Sorina in Oslo", "Sorina", 33, "Oslo", ph=["+4740612773"], dis=["+4740612773"], f="na mv")
# ----------------------------------------------------------- Spanish (es)
A("es", "lunaroja-test",
  "Hola, soy Pilar, 46 años, joven de espíritu 😊 Recibo en mi piso en Chamberí, Madrid. Hablo español, inglés y algo de francés. Llámame: 612 34 58 01",
  "Pilar 46 Chamberí", "Pilar", 46, "Madrid", ph=["+34612345801"], f="", foot=True)
A("es", "massagekort-demo",
  "Masaje tailandés, masaje sueco y drenaje linfático en Valencia. Fisioterapeuta titulada y colegiada. Cita previa: 612-345-812",
  "Masajes Valencia", None, None, "Valencia", ph=["+34612345812"], f="tw")
A("es", "lunaroja-test",
  "Las citas con Valeria se gestionan a través de la encargada. Valeria tiene 19 añitos, es menudita y muy jovencita. La encargada atiende de 11 a 23: 612 345 823",
  "Valeria – cita con la encargada", "Valeria", 19, "Madrid", ph=["+34612345823"], f="tp yt c")
A("es", "lunaroja-test",
  "CHICAS ESTA SEMANA – Casa Jazmín, Málaga\nYuli · 20 · 1,62 · colombiana\nKarla · 23 · 1,70 · venezolana\nNadia · 19 · 1,66 · rumana\nMey · 22 · 1,55 · china\nPlazas libres para chicas nuevas. Reservas con el encargado: 612 345 834",
  "Casa Jazmín – chicas", None, None, "Málaga", ph=["+34612345834"], f="tp mp na c", foot=True)
A("es", "eurocompanion-demo",
  "Casa Jazmín (Málaga): Yuli 20 COL, Karla 23 VEN, Nadia 19 RUM, Mey 22 CHN. ¡¡Chicas nuevas cada semana!! Encargado +34 612-345-834",
  "Casa Jazmín Malaga", None, None, "Malaga", ph=["+34612345834"], f="tp mp na c")
A("es", "lunaroja-test",
  "GIRA 🚗 Daniela y Sofía\nlun–mar: Bilbao\nmié–jue: San Sebastián\nvie–dom: Pamplona\n¡Solo unos días en cada ciudad! Citas con nuestra manager: +40 712 034 757",
  "Daniela y Sofía de gira", None, None, "Bilbao / Donostia / Pamplona", ph=["+40712034757"], f="tp mp mv c")
A("es", "lunaroja-test",
  "Marisa, 39, Sevilla. Mi número: seis uno dos – tres cuatro cinco – ocho cuatro cinco",
  "Marisa 39", "Marisa", 39, "Sevilla", ph=["+34612345845"], dis=["+34612345845"], f="")
A("es", "lunaroja-test",
  "Somos pareja en Zaragoza (ella 37, él 42), buscamos caballero educado para una cena y lo que surja. Ella decide. WhatsApp: 612 345 856",
  "Pareja Zaragoza", None, None, "Zaragoza", ph=["+34612345856"], f="")
A("es", "lunaroja-test",
  "Soy Lucía, 50, trabajo sola. Lo que dicen mis clientes: «Es cariñosa y divertida» – «Lucía te escucha de verdad». Llama: 612345867",
  "Lucía 50", "Lucía", 50, "Bilbao", ph=["+34612345867"], f="", foot=True)
A("es", "massagekort-demo",
  "¡Nueva en Alicante! Me acabo de mudar desde Murcia y he abierto mi pequeño centro de masajes. Soy Encarna, 53. 612 345 878",
  "Encarna – nueva en Alicante", "Encarna", 53, "Alicante", ph=["+34612345878"], f="mv")
A("es", "lunaroja-test",
  "Nerea 🌸 29\nGranada centro\n612 345\n8 8 9",
  "Nerea", "Nerea", 29, "Granada", ph=["+34612345889"], dis=["+34612345889"], f="")
A("es", "lunaroja-test",
  "Chica nueva, acaba de cumplir 18 🎀 Es tímida y dulce. Al teléfono contesta su primo: 612 345 890",
  "CHICA NUEVA 18", None, 18, "Madrid", ph=["+34612345890"], f="tp yt c")
A("es", "eurocompanion-demo",
  "CHICAS JÓVENES Y NUEVAS LAS 24 HORAS!!! MÁXIMA DISCRECIÓN, LIMPIEZA Y SEGURIDAD. SALIDAS A HOTEL. LLAMA 612 345 901",
  "CHICAS 24 HORAS", None, None, "Barcelona", ph=["+34612345901"], f="tp mp yt 247 tw c")
A("es", "lunaroja-test",
  "Alba 24 🦋 6️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣ 9️⃣1️⃣2️⃣",
  "Alba", "Alba", 24, "Valencia", ph=["+34612345912"], dis=["+34612345912"], f="")
A("es", "lunaroja-test",
  "Hola mi amor, soy Camila, latina colombiana 🇨🇴 recién llegada a Barcelona, solo por una semana. Llámame +34 612 345 923",
  "Camila colombiana", "Camila", 25, "Barcelona", ph=["+34612345923"], f="na mv")
A("es", "lunaroja-test",
  "Soy Tania, 22. Mi novio lleva mis citas, así que puede contestar un hombre: 612 345 934",
  "Tania 22", "Tania", 22, "Murcia", ph=["+34612345934"], f="c")
A("es", "lunaroja-test",
  "Llama al 612 – pregunta por Lin – 345 945. Lin y Mei tienen 20 y 22, son chinas, solo hasta el domingo.",
  "Lin y Mei", None, None, "Madrid", ph=["+34612345945"], dis=["+34612345945"], f="tp mp na mv c")
A("es", "lunaroja-test",
  "Somos dos amigas, Marta y Rocío (33 y 36), trabajamos juntas en nuestro propio piso. Nuestras normas, nuestros precios. Serias y de confianza. 612 345 956",
  "Marta y Rocío", "Marta y Rocío", None, "Sevilla", ph=["+34612345956"], f="mp tw")
A("es", "eurocompanion-demo",
  "Hola cariño, yo chica nueva Roxana en ciudad Madrid, muy dulce y joven, yo hacer buen masaje para tu. Solo llamar 0040 712 034 768",
  "Roxana nueva", "Roxana", 20, "Madrid", ph=["+40712034768"], f="yt mv c")
A("es", "lunaroja-test",
  "Buenos días a todos ☕ Vuelvo después de unas pequeñas vacaciones. Para quien no me conozca: me llamo Inma, tengo 47 años, soy madre de dos adolescentes y trabajo por mi cuenta desde hace seis años. Recibo solo por la mañana en un piso tranquilo en Getafe. No trabajo con agencias y nadie más contesta mi teléfono. Mejor primero un WhatsApp: 612 345 967. Besos, Inma",
  "Inma ha vuelto", "Inma", 47, "Getafe", ph=["+34612345967"], f="", foot=True)
A("es", "lunaroja-test",
  "Noelia 27 – casi todo posible, también sin protección según lo hablado. Solo WhatsApp 612 345 978",
  "Noelia 27", "Noelia", 27, "Valencia", ph=["+34612345978"], f="rs")
A("es", "lunaroja-test",
  "👑 Sara 26 👑 🍒 1 hora = 2 🌹 · 612.345.989",
  "Sara 👑", "Sara", 26, "Madrid", ph=["+34612345989"], f="em")
A("es", "eurocompanion-demo",
  "Escríbenos para reservar con Olivia ✉️ Olivia (24) es venezolana, elegante y muy solicitada. Solo esta semana en Madrid, pocas horas libres. Discreción garantizada. 612 345 990",
  "Olivia venezolana", "Olivia", 24, "Madrid", ph=["+34612345990"], f="tp na mv tw c")
A("es", "lunaroja-test",
  "Spricht Deutsch 🇩🇪 – hablo alemán e inglés, tengo muchos clientes extranjeros de la costa. Soy Gisela, 51, Marbella. 612 345 601",
  "Gisela Marbella", "Gisela", 51, "Marbella", ph=["+34612345601"], f="")
A("es", "lunaroja-test",
  "Pequeña y dulce Abril 18 🍭 parezco mucho más joven, WhatsApp 612 345 612",
  "Pequeña Abril", "Abril", 18, "Madrid", ph=["+34612345612"], f="yt c")
A("es", "lunaroja-test",
  "Número: seiscientos doce, trescientos cuarenta y cinco, seiscientos veintitrés. Beatriz 36, Córdoba",
  "Beatriz 36", "Beatriz", 36, "Córdoba", ph=["+34612345623"], dis=["+34612345623"], f="")
A("es", "eurocompanion-demo",
  "Nuestras chicas son latinas y del este, todas jóvenes y frescas. Las llevamos a tu hotel a cualquier hora, día y noche. Central: +34 612 345 634",
  "Escorts Madrid", None, None, "Madrid", ph=["+34612345634"], f="tp mp yt na 247 c")
A("es", "lunaroja-test",
  "Siempre lo pasamos bien, mis clientes fijos y yo 😄 Soy Maite, 55, Vigo. 612 345 645",
  "Maite 55", "Maite", 55, "Vigo", ph=["+34612345645"], f="")
A("es", "lunaroja-test",
  "Solo unos días en Tarragona 🌊 Soy Ana, 31, viajo sola. Hablo castellano y catalán. +34 612 345 656",
  "Ana en Tarragona", "Ana", 31, "Tarragona", ph=["+34612345656"], f="mv")
A("es", "lunaroja-test",
  "Vera 30 📞 612x345x667",
  "Vera", "Vera", 30, "Gijón", ph=["+34612345667"], dis=["+34612345667"], f="")
A("es", "lunaroja-test",
  "Agenda de Julia esta semana: martes y jueves desde las 16, sábado todo el día. Las reservas se hacen por recepción, no con ella directamente: 612 345 678. Julia es rubia, 26 años, muy solicitada.",
  "Agenda de Julia", "Julia", 26, "Valencia", ph=["+34612345678"], f="tp c")
A("es", "lunaroja-test",
  "Llama: 6l2 345 68O – Silvia 26, Cádiz",
  None, "Silvia", 26, "Cádiz", ph=["+34612345680"], dis=["+34612345680"], f="")
A("es", "massagekort-demo",
  "Masaje tailandés tradicional con Nok en Palma. Llevo 9 años en España, centro propio. 612 345 691",
  "Masaje tailandés Palma", "Nok", None, "Palma", ph=["+34612345691"], f="")
A("es", "lunaroja-test",
  "Somos dos chicas jóvenes paraguayas, nuevas en Valladolid 🇵🇾🇵🇾 Llámanos: 612 345 702",
  "2 paraguayas", None, None, "Valladolid", ph=["+34612345702"], f="mp yt na mv c")
A("es", "lunaroja-test",
  "Contacto solo por mensajes de la web. Soy Mercedes, 42, respondo yo misma.",
  "Mercedes 42", "Mercedes", 42, "Santander", f="")
A("es", "lunaroja-test",
  "Piso discreto en zona Usera – siempre 5 o 6 chicas jóvenes, cambiamos de chicas cada mes. Entrada independiente. Citas solo a través de la señora Rosa: 612 345 713",
  "Piso Usera", None, None, "Madrid", ph=["+34612345713"], f="tp mp yt tw c")
A("es", "lunaroja-test",
  "Jovencita y dulce 🎀 Dani 19, recién salida del instituto. Llama: seis uno dos, tres cuatro cinco, siete dos cuatro",
  "Dani 19", "Dani", 19, "Madrid", ph=["+34612345724"], dis=["+34612345724"], f="yt c")
A("es", "lunaroja-test",
  "Mi amiga Laura y yo (las dos pasamos de los 30) trabajamos juntas los viernes. Nos organizamos solas, sin chófer y sin jefe. 612 345 735",
  "Viernes a dos", None, None, "Logroño", ph=["+34612345735"], f="mp")
A("es", "massagekort-demo",
  "Hoy en el centro:\n– Kim (Vietnam) 21\n– Mei (China) 23\n– Lan (Vietnam) 20\nTodas jóvenes y nuevas. Recepción 612\n345 746",
  "Hoy en el centro", None, None, "Madrid", ph=["+34612345746"], dis=["+34612345746"], f="tp mp yt na c")
A("es", "eurocompanion-demo",
  "Hello guys! Soy Paola, brasileña 100%, fotos reales, muy buen servicio, segura y discreta. Call/llama +34 612 345 757",
  "Paola brasileña", "Paola", 29, "Ibiza", ph=["+34612345757"], f="na tw")
A("es", "lunaroja-test",
  "Recibo a caballeros jóvenes y mayores, siempre respetuosos 🙂 Soy Amparo, 58, madura y tranquila. Oviedo. 612 345 768",
  "Amparo 58", "Amparo", 58, "Oviedo", ph=["+34612345768"], f="")
A("es", "lunaroja-test",
  "Dos hermanas, 19 y 20 años 👭 muy jovencitas, primera vez en la web. Por ellas contesta su tía: 612 345 779",
  "Dos hermanas", None, None, "Almería", ph=["+34612345779"], f="tp mp yt c")
A("es", "velvetnord-test",
  "¡Hola! Soy Carmen, española, vivo en København hace 10 años. Ring/llama: tres cuatro cuatro uno – dos cinco – seis ocho",
  "Carmen española", "Carmen", 41, "København", ph=["+4534412568"], dis=["+4534412568"], f="na")
A("es", "eurocompanion-demo",
  "Chicas africanas muy bonitas disponibles 24 horas, nuevas en Madrid, hablar conmigo para ellas. WhatsApp +234 802 123 4577",
  "Chicas africanas", None, None, "Madrid", ph=["+2348021234577"], f="tp mp na mv 247 c")
A("es", "lunaroja-test",
  "Chica joven universitaria 🎓 20 años, Salamanca. Mi número con letras por el spam: seis-uno-dos / tres-cuatro-cinco / siete-ocho-nueve",
  "Universitaria 20", None, 20, "Salamanca", ph=["+34612345789"], dis=["+34612345789"], f="yt")

if __name__ == "__main__":
    main()
