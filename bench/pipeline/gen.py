#!/usr/bin/env python3
"""Synthetic, boilerplate-heavy ads for the whole-pipeline benchmark.

Usage: gen.py N OUT.jsonl [--seed S] [--start-id K]

Writes N ads (ids K .. K+N-1, default K = 1) in the ad input format of
docs/ad-input.schema.json, one JSON object per line, and the planted truth in
extra fields. Deterministic: the same seed gives the same ads, and an ad's
content depends only on the seed and its id, so `--start-id 100001` writes
ads that continue the same sites, families and number allocation as a run of
100,000 ads from id 1 (the incremental test): some of them are new members of
families already in the first file, and unrelated ones get fresh numbers.

What the corpus is made of (see README.md):
  * 20 invented sites (da, sv, nb, en, de, pl, some mixed); each site appends
    a multi-sentence footer to most of its ads, three of them with the site's
    own hotline number in it (a number in thousands of ads, to be
    block-listed, not linked);
  * a shared pool of ~300 stock sentences and phrases in six languages, drawn
    Zipf-like, so unrelated ads overlap a lot; plus individual sentences
    (slot-filled templates and made-up words) per ad;
  * planted families of 2-30 ads on ~15 % of the ids: "template" (one text,
    edited per ad: sentences dropped, added, swapped, words changed; name,
    age, city, price and number varied), "phone" (independent texts, one to
    three shared numbers, different names) and "mixed" (both);
  * numbers written the way ads write them ("20 12 34 56", "+45 20123456",
    "2O12 3456", digit words, Danish pair words, separators); cities in
    several spellings (København / Copenhagen / Kbh / CPH ...).

Extra fields per ad: truth_network (family id, or null), truth_kind
(template / phone / mixed, or null), truth_phones (E.164 of every number
written in the ad, disguised ones included).

Numbers are fake in the sense of the held-out generators: libphonenumber
example numbers of 43 regions (two types each, plus +45 20 12 xx xx of the
project's fixtures) with only the last four digits varied: 87 blocks of
10,000 (each number checked valid with the phonenumbers package when the
table was made). Every unrelated ad gets its own number; when a region's
blocks are used up, numbers come from the other regions in turn, so at
1,000,000 ads most numbers are foreign (+45 has 30,000).
"""
import argparse
import bisect
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon import (CITIES, CONTACT, DIGITS, INDIV, INTRO, NAMES, NOPHONE,  # noqa: E402
                     PHRASES, PRICE, SLOTS, STOCK, SYLLABLES, TAGS, TITLES, da_pair)

FAMILY_SHARE = 0.15      # share of ids that are family slots
ACTIVE_FAMILIES = 150    # families being filled at any time (spreads members over ~1,000s of ids)
PHONE_SHARE = 0.82       # unrelated ads that carry a number
START_EPOCH = 1704067200  # 2024-01-01T00:00:00Z
SECONDS_PER_ID = 30

# (region, country code, national prefix, groups of the international format);
# the last four digits are varied. Generated with phonenumbers 9.0.43
# (example_number_for_type, MOBILE and FIXED_LINE; all 10,000 variants valid).
POOL_TABLE = [
    ('DK', 45, '2012', [2, 2, 2, 2]), ('DK', 45, '3441', [2, 2, 2, 2]), ('DK', 45, '3212', [2, 2, 2, 2]),
    ('SE', 46, '70123', [2, 3, 2, 2]), ('SE', 46, '812', [1, 2, 2, 2]),
    ('NO', 47, '4061', [2, 2, 2, 2]), ('NO', 47, '2123', [2, 2, 2, 2]),
    ('DE', 49, '1512345', [4, 7]), ('DE', 49, '3012', [2, 6]),
    ('PL', 48, '51234', [3, 3, 3]), ('PL', 48, '12345', [2, 3, 2, 2]),
    ('GB', 44, '740012', [4, 6]), ('GB', 44, '121234', [3, 3, 4]),
    ('FI', 358, '41234', [2, 7]), ('FI', 358, '13123', [2, 7]),
    ('NL', 31, '61234', [1, 8]), ('NL', 31, '10123', [2, 3, 4]),
    ('RO', 40, '71203', [3, 3, 3]), ('RO', 40, '21123', [2, 3, 4]),
    ('BG', 359, '4301', [2, 3, 3]), ('BG', 359, '212', [1, 3, 3]),
    ('HU', 36, '20123', [2, 3, 4]), ('HU', 36, '1234', [1, 3, 4]),
    ('LT', 370, '6123', [3, 5]), ('LT', 370, '3123', [3, 5]),
    ('LV', 371, '2123', [2, 3, 3]), ('LV', 371, '6312', [2, 3, 3]),
    ('EE', 372, '5123', [4, 4]), ('EE', 372, '321', [3, 4]),
    ('ES', 34, '61234', [3, 2, 2, 2]), ('ES', 34, '81012', [3, 2, 2, 2]),
    ('IT', 39, '312345', [3, 3, 4]),
    ('FR', 33, '61234', [1, 2, 2, 2, 2]), ('FR', 33, '12345', [1, 2, 2, 2, 2]),
    ('UA', 380, '50123', [2, 3, 4]), ('UA', 380, '31123', [4, 5]),
    ('CZ', 420, '60112', [3, 3, 3]), ('CZ', 420, '21234', [3, 3, 3]),
    ('SK', 421, '91212', [3, 3, 3]), ('SK', 421, '22123', [1, 3, 3, 2]),
    ('PT', 351, '91234', [3, 3, 3]), ('PT', 351, '21234', [2, 3, 4]),
    ('TH', 66, '81234', [2, 3, 4]), ('TH', 66, '2123', [1, 3, 4]),
    ('BR', 55, '1196123', [2, 5, 4]), ('BR', 55, '112345', [2, 4, 4]),
    ('CO', 57, '321123', [3, 7]), ('CO', 57, '601234', [3, 7]),
    ('AT', 43, '66412', [3, 6]), ('AT', 43, '123456', [1, 9]),
    ('CH', 41, '78123', [2, 3, 2, 2]), ('CH', 41, '21234', [2, 3, 2, 2]),
    ('BE', 32, '45000', [3, 2, 2, 2]), ('BE', 32, '1234', [2, 2, 2, 2]),
    ('IE', 353, '85012', [2, 3, 4]), ('IE', 353, '221', [2, 5]),
    ('GR', 30, '691234', [3, 3, 4]), ('GR', 30, '212345', [2, 4, 4]),
    ('HR', 385, '92123', [2, 3, 4]), ('HR', 385, '1234', [1, 4, 3]),
    ('RS', 381, '60123', [2, 7]), ('RS', 381, '1023', [2, 6]),
    ('MD', 373, '6211', [3, 2, 3]), ('MD', 373, '2221', [2, 3, 3]),
    ('IS', 354, '611', [3, 4]), ('IS', 354, '410', [3, 4]),
    ('SI', 386, '3123', [2, 3, 3]), ('SI', 386, '1234', [1, 3, 2, 2]),
    ('AL', 355, '67212', [2, 3, 4]), ('AL', 355, '2234', [2, 3, 3]),
    ('BA', 387, '6112', [2, 3, 3]), ('BA', 387, '3021', [2, 3, 3]),
    ('MK', 389, '7234', [2, 3, 3]), ('MK', 389, '2201', [1, 3, 4]),
    ('ME', 382, '6012', [2, 3, 3]), ('ME', 382, '3023', [2, 3, 3]),
    ('LU', 352, '62812', [3, 3, 3]), ('LU', 352, '2712', [2, 2, 2, 2]),
    ('MT', 356, '9696', [4, 4]), ('MT', 356, '2100', [4, 4]),
    ('CY', 357, '9612', [2, 6]), ('CY', 357, '2234', [2, 6]),
    ('VN', 84, '91234', [3, 3, 3]), ('VN', 84, '210123', [3, 4, 3]),
    ('PH', 63, '905123', [3, 3, 4]), ('PH', 63, '23234', [1, 4, 4]),
]
POOL = {}
for _r, _cc, _pre, _g in POOL_TABLE:
    POOL.setdefault(_r, []).append((_cc, _pre, _g))
REGIONS = sorted(POOL)

# Where the numbers of an ad in a language come from (weights); the rest of
# the world is the fallback once these run out.
_FOREIGN = [("RO", 5), ("PL", 4), ("TH", 3), ("LT", 2), ("LV", 2), ("BG", 2), ("HU", 2), ("ES", 2),
            ("UA", 2), ("BR", 1), ("CO", 1), ("VN", 1), ("PH", 1), ("CZ", 1), ("SK", 1)]
LANG_REGIONS = {
    "da": [("DK", 68), ("SE", 3), ("NO", 2)] + _FOREIGN,
    "sv": [("SE", 68), ("DK", 5), ("FI", 4)] + _FOREIGN,
    "nb": [("NO", 68), ("DK", 5), ("SE", 4)] + _FOREIGN,
    "en": [("DK", 25), ("GB", 10), ("NL", 3), ("IE", 2), ("FR", 3), ("IT", 3), ("PT", 2)] + _FOREIGN,
    "de": [("DE", 55), ("AT", 8), ("CH", 6), ("DK", 6)] + _FOREIGN,
    "pl": [("PL", 72), ("DK", 10), ("UA", 8), ("DE", 4)] + _FOREIGN[:8],
}

# name, languages (weights), market, footer share, footer, hotline in footer.
SITES = [
    ("nattergal", {"da": 80, "en": 15, "pl": 5}, "DK", 0.92,
     "Husk at nævne Nattergal, når du ringer. Alle annoncører har bekræftet, at de er over 18 år. "
     "Anmeld misbrug via formularen nederst på siden. Nattergal formidler kun kontakt og har intet ansvar for annoncernes indhold.", False),
    ("rosenhaven", {"da": 85, "en": 15}, "DK", 0.85,
     "Annoncen er oprettet på Rosenhaven. Rosenhaven kontrollerer ikke annoncernes indhold. "
     "Har du spørgsmål, så ring til vores kundeservice på {hotline} på hverdage.", True),
    ("hyggetid", {"da": 90, "sv": 5, "en": 5}, "DK", 0.75,
     "Læs vores sikkerhedsråd, før du mødes med nogen. Del aldrig dit kortnummer eller dine koder. Hyggetid ønsker dig en god dag.", False),
    ("kbh-selskab", {"da": 60, "en": 35, "de": 5}, "DK", 0.95,
     "Denne annonce vises på Kbh-Selskab. Priser og tider aftales direkte med annoncøren. "
     "Vi gemmer ingen samtaler. Husk at nævne Kbh-Selskab, når du tager kontakt.", False),
    ("jyllandsnet", {"da": 95, "de": 5}, "DK", 0.8,
     "Jyllandsnet er Jyllands største opslagstavle for massage og selskab. Alle billeder er godkendt af vores redaktion.", False),
    ("fynboer", {"da": 90, "en": 10}, "DK", 0.7,
     "Fynboer.invalid – annoncer fra hele Fyn. Fandt du annoncen her, så sig det gerne, når du ringer. "
     "Ved misbrug kontakt redaktionen på {hotline}.", True),
    ("massageguiden", {"da": 70, "en": 20, "pl": 10}, "DK", 0.9,
     "Massageguiden samler annoncer fra hele landet. Annoncøren er selv ansvarlig for sine oplysninger. "
     "Brug altid sund fornuft, og mød kun personer, du føler dig tryg ved. Tak fordi du bruger Massageguiden.", False),
    ("lygtemanden", {"da": 75, "en": 20, "sv": 5}, "DK", 0.65,
     "Ny på Lygtemanden? Opret en gratis profil og gem dine favoritter.", False),
    ("natsvala", {"sv": 85, "en": 10, "da": 5}, "SE", 0.9,
     "Nämn gärna Natsvala när du ringer. Alla annonsörer har intygat att de är över 18 år. Anmäl missbruk via formuläret längst ner.", False),
    ("sthlm-salong", {"sv": 80, "en": 20}, "SE", 0.85,
     "Sthlm Salong förmedlar endast kontakt. Priser och tider avtalas direkt med annonsören. Vi sparar inga samtal.", False),
    ("vastkust", {"sv": 70, "da": 20, "en": 10}, "SE", 0.7,
     "Västkust – annonser från Göteborg till Köpenhamn. Läs våra säkerhetsråd innan du träffar någon. "
     "Frågor? Ring vår kundtjänst {hotline} vardagar.", True),
    ("nordlys", {"nb": 85, "en": 15}, "NO", 0.9,
     "Husk å nevne Nordlys når du ringer. Alle annonsører har bekreftet at de er over 18 år. Meld fra om misbruk via skjemaet nederst på siden.", False),
    ("fjordvenn", {"nb": 80, "da": 10, "en": 10}, "NO", 0.8,
     "Fjordvenn formidler kun kontakt og er ikke ansvarlig for innholdet i annonsene. Les sikkerhetsrådene våre før du møter noen.", False),
    ("citylights", {"en": 85, "da": 10, "de": 5}, "DK", 0.9,
     "Please mention Citylights when you call. All advertisers have confirmed that they are over 18. "
     "Report abuse with the form at the bottom of the page. Citylights only passes on contact details.", False),
    ("nordic-companions", {"en": 70, "sv": 10, "nb": 10, "da": 10}, "DK", 0.85,
     "Nordic Companions lists independent advertisers across Scandinavia. Prices and times are agreed directly with the advertiser. "
     "We never store conversations. Stay safe and read our advice before meeting anyone.", False),
    ("eurodate", {"en": 60, "de": 15, "pl": 15, "da": 10}, "DK", 0.75,
     "Eurodate – international ads in Denmark. Found this ad here? Tell the advertiser.", False),
    ("kirschbluete", {"de": 85, "en": 10, "da": 5}, "DE", 0.9,
     "Bitte erwähne Kirschblüte beim Anruf. Alle Inserentinnen haben bestätigt, dass sie über 18 Jahre alt sind. "
     "Missbrauch bitte über das Formular am Seitenende melden.", False),
    ("nordsee-treff", {"de": 75, "da": 20, "en": 5}, "DE", 0.8,
     "Nordsee-Treff vermittelt nur Kontakte. Preise und Zeiten werden direkt mit der Inserentin vereinbart. Wir speichern keine Gespräche.", False),
    ("kawiarenka", {"pl": 85, "en": 10, "da": 5}, "PL", 0.85,
     "Powiedz, że znalazłeś ogłoszenie na Kawiarence. Wszystkie ogłoszeniodawczynie potwierdziły, że mają ukończone 18 lat. "
     "Nadużycia zgłaszaj przez formularz na dole strony.", False),
    ("scandiads", {"da": 30, "sv": 20, "nb": 15, "en": 20, "de": 8, "pl": 7}, "DK", 0.6,
     "Scandiads – one site, six languages. Read the safety advice before you meet.", False),
]
# The market a site's cities come from; some sites also show neighbouring cities.
SITE_MARKETS = {"DK": ["DK"] * 9 + ["SE"], "SE": ["SE"] * 4 + ["DK"], "NO": ["NO"] * 5 + ["DK"],
                "DE": ["DE"] * 4 + ["DK"], "PL": ["PL"] * 3 + ["DK"]}
SITE_WEIGHTS = [9, 7, 6, 6, 6, 4, 6, 4, 5, 4, 3, 4, 3, 6, 4, 4, 3, 2, 3, 3]
CURRENCY = {"da": ["{n} kr", "{n},-", "{n} DKK", "kr. {n}"], "sv": ["{n} kr", "{n} SEK"], "nb": ["{n} kr", "{n} NOK"],
            "en": ["{n} DKK", "€{n}", "{n} EUR", "{n} kr"], "de": ["{n} €", "{n} Euro", "{n} EUR"], "pl": ["{n} zł", "{n} PLN", "{n} DKK"]}
PRICE_LEVELS = {"da": [500, 800, 1000, 1200, 1500, 2000], "sv": [800, 1000, 1500, 2000], "nb": [1000, 1500, 2000, 2500],
                "en": [100, 150, 200, 1000, 1500], "de": [80, 100, 150, 200], "pl": [200, 300, 400, 500]}


def cumulative(weights):
    out, s = [], 0
    for w in weights:
        s += w
        out.append(s)
    return out


SITE_CUM = cumulative(SITE_WEIGHTS)
SITE_LANGS = [(list(s[1]), cumulative(list(s[1].values()))) for s in SITES]
LANG_REGION_CUM = {lang: ([r for r, _ in rs], cumulative([w for _, w in rs])) for lang, rs in LANG_REGIONS.items()}
CITY_LIST = {m: [(c, v) for c, v in cs.items()] for m, cs in CITIES.items()}
STOCK_L = {lang: s.split("\n") for lang, s in STOCK.items()}
PHRASES_L = {lang: s.split("|") for lang, s in PHRASES.items()}
VOCAB = {lang: sorted({w.strip(".,!?–") for s in STOCK_L[lang] for w in s.split() if len(w) > 3})
         for lang in STOCK_L}
LANGS = list(STOCK_L)
FAMILY_SIZES = list(range(2, 31))
FAMILY_SIZE_CUM = cumulative([s ** -1.5 for s in FAMILY_SIZES])


def pick(cum, r):
    """Index for a uniform r in [0, 1) on a cumulative weight list."""
    return bisect.bisect_right(cum, r * cum[-1])


class Numbers:
    """Allocates numbers: each (region, index) once, in a fixed order."""

    def __init__(self):
        self.used = {r: 0 for r in REGIONS}
        self.cap = {r: 10000 * len(POOL[r]) for r in REGIONS}
        self.fallback = 0
        self.wrapped = False

    def alloc(self, region):
        if self.used[region] >= self.cap[region]:
            for _ in range(len(REGIONS)):
                region = REGIONS[self.fallback % len(REGIONS)]
                self.fallback += 1
                if self.used[region] < self.cap[region]:
                    break
            else:  # every block used: reuse (only past ~860,000 numbers)
                self.wrapped = True
                region = REGIONS[self.fallback % len(REGIONS)]
                i = self.used[region]
                self.used[region] += 1
                return (region, i % self.cap[region])
        i = self.used[region]
        self.used[region] += 1
        return (region, i)


def number_digits(num):
    """(country code, national digits, groups) of an allocated number."""
    region, i = num
    blocks = POOL[region]
    cc, prefix, groups = blocks[i % len(blocks)]
    tail = ((i // len(blocks)) * 7919 + 1234) % 10000
    return cc, prefix + "%04d" % tail, groups


def grouped(national, groups):
    out, p = [], 0
    for g in groups:
        out.append(national[p:p + g])
        p += g
    return out


LETTERS = {"0": "O", "1": "l"}


def disguise_letters(s, rng):
    out = []
    for ch in s:
        if ch in LETTERS and rng.random() < 0.7:
            out.append(LETTERS[ch] if ch == "0" or rng.random() < 0.6 else "I")
        else:
            out.append(ch)
    return "".join(out)


def write_number(num, lang, rng, plain=False):
    """The number as an ad writes it; plain=True for the structured field."""
    cc, nat, groups = number_digits(num)
    r = rng.random() * (0.8 if plain else 1.0)
    if cc == 45:
        pairs = grouped(nat, groups)
        if r < 0.30:
            return " ".join(pairs)
        if r < 0.42:
            return nat
        if r < 0.50:
            return nat[:4] + " " + nat[4:]
        if r < 0.62:
            return "+45 " + " ".join(pairs)
        if r < 0.66:
            return "+45" + nat
        if r < 0.69:
            return "0045 " + " ".join(pairs)
        if r < 0.73:
            return "-".join(pairs)
        if r < 0.76:
            return ".".join(pairs)
        if r < 0.80:
            return "+45 " + nat[:4] + " " + nat[4:]
        if r < 0.86:
            s = disguise_letters(nat[:4] + " " + nat[4:], rng)
            if s != nat[:4] + " " + nat[4:]:
                return s
        if r < 0.91:
            return " ".join(DIGITS[lang][int(d)] for d in nat)
        if r < 0.95:
            if lang == "da":
                if rng.random() < 0.5:
                    return " ".join(da_pair(int(p)) for p in pairs)
                return " ".join(da_pair(int(p)) if rng.random() < 0.5 else p for p in pairs)
            return " ".join(DIGITS["en"][int(d)] for d in nat)
        sep = rng.choice(["*", " - ", "/", " "])
        if sep == " ":
            return " ".join(nat)
        return sep.join(pairs)
    g = grouped(nat, groups)
    if r < 0.55:
        return "+%d %s" % (cc, " ".join(g))
    if r < 0.70:
        return "+%d%s" % (cc, nat)
    if r < 0.82:
        return "00%d %s" % (cc, " ".join(g))
    if r < 0.87:
        return "+%d-%s" % (cc, "-".join(g))
    if r < 0.95:
        return disguise_letters("+%d %s" % (cc, " ".join(g)), rng)
    return "+%d %s" % (cc, " ".join(DIGITS["en"][int(d)] for d in nat))


def e164(num):
    cc, nat, _ = number_digits(num)
    return "+%d%s" % (cc, nat)


def rare_word(rng):
    w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return w.capitalize()


def fill(template, lang, rng):
    """Fill the {slot}s of an individual-sentence template."""
    slots = SLOTS[lang]
    out = template
    while "{" in out:
        a = out.index("{")
        b = out.index("}", a)
        key = out[a + 1:b]
        if key == "rare":
            val = rare_word(rng)
        elif key in ("hobby2", "adj2", "adj3"):
            val = rng.choice(slots[key[:-1]])
        elif key in slots:
            val = rng.choice(slots[key])
        else:
            val = rng.choice(SLOTS["*"][key])
        out = out[:a] + val + out[b + 1:]
    return out


def stock(lang, rng):
    s = STOCK_L[lang]
    return s[int(len(s) * rng.random() ** 2.2)]


def city_of(market, rng):
    canon, spellings = rng.choice(CITY_LIST[market])
    return canon, spellings


def price_text(lang, rng):
    n = rng.choice(PRICE_LEVELS[lang])
    if rng.random() < 0.3:
        n = n + rng.choice([-100, -50, 50, 100]) if n > 200 else n + rng.choice([-20, 20])
    s = str(n)
    if lang == "da" and n >= 1000 and rng.random() < 0.5:
        s = "%d.%03d" % (n // 1000, n % 1000)
    return rng.choice(CURRENCY[lang]).replace("{n}", s)


def body_parts(lang, rng, n_indiv, n_stock):
    parts = [fill(t, lang, rng) for t in rng.sample(INDIV[lang], min(n_indiv, len(INDIV[lang])))]
    parts += [stock(lang, rng) for _ in range(n_stock)]
    rng.shuffle(parts)
    return parts


class Family:
    __slots__ = ("fid", "kind", "size", "count", "lang", "sites", "market", "numbers", "one_name", "base", "seed")

    def __init__(self, fid, srng, numbers, seed):
        self.fid = fid
        self.seed = seed
        self.size = FAMILY_SIZES[pick(FAMILY_SIZE_CUM, srng.random())]
        r = srng.random()
        self.kind = "template" if r < 0.40 else ("phone" if r < 0.75 else "mixed")
        home = pick(SITE_CUM, srng.random())
        langs, cum = SITE_LANGS[home]
        self.lang = langs[pick(cum, srng.random())]
        # Members post on one to three sites that carry the family's language.
        same = [i for i, s in enumerate(SITES) if self.lang in s[1]]
        self.sites = [home] + [same[srng.randrange(len(same))] for _ in range(srng.randint(0, 2))]
        self.market = SITES[home][2]
        self.count = 0
        self.one_name = srng.random() < (0.3 if self.kind == "template" else 0.15)
        if self.kind == "template":
            self.numbers = []
        else:
            regions, rcum = LANG_REGION_CUM[self.lang]
            k = 1 if srng.random() < 0.5 else srng.randint(2, 3)
            self.numbers = [numbers.alloc(regions[pick(rcum, srng.random())]) for _ in range(k)]
        self.base = None

    def template(self):
        """The family's text: sentences with {name} {age} {city} {price} {phone} left open."""
        if self.base is None:
            rng = random.Random(self.seed * 1_000_003 + self.fid * 7 + 3)
            lang = self.lang
            parts = body_parts(lang, rng, rng.randint(4, 7), rng.randint(1, 3))
            self.base = ([rng.choice(INTRO[lang])] + parts + [rng.choice(PRICE[lang])]
                         + [rng.choice(CONTACT[lang])] + ([rng.choice(PHRASES_L[lang])] if rng.random() < 0.6 else []))
        return self.base


def edit(base, lang, rng):
    """One member's copy of a family text: sentences dropped, added, swapped, words changed."""
    s = list(base)
    body = range(1, len(s) - 2)  # not the intro, price or contact line
    r = rng.random()
    if r < 0.45 and len(s) > 6:
        del s[rng.choice(body)]
        if r < 0.12 and len(s) > 7:
            del s[rng.randrange(1, len(s) - 2)]
    if rng.random() < 0.35:
        s.insert(rng.randrange(1, len(s) - 1), stock(lang, rng) if rng.random() < 0.5 else fill(rng.choice(INDIV[lang]), lang, rng))
    if rng.random() < 0.3:
        i = rng.randrange(1, len(s) - 3)
        s[i], s[i + 1] = s[i + 1], s[i]
    n_words = rng.choice((0, 0, 1, 1, 1, 2, 2, 3, 4))
    for _ in range(n_words):
        i = rng.randrange(1, len(s) - 2)
        words = s[i].split(" ")
        j = rng.randrange(len(words))
        if "{" not in words[j]:
            words[j] = rng.choice(VOCAB[lang])
            s[i] = " ".join(words)
    return s


def place_number(num, lang, rng):
    """Where an ad writes its number: (text form or None, structured form or None)."""
    r = rng.random()
    text = write_number(num, lang, rng) if r < 0.80 else None
    field = write_number(num, lang, rng, plain=True) if r >= 0.45 else None
    return text, field


def render(k, seed, site_i, lang, fam, member_numbers, hotlines):
    """Ad number k as a JSON object (dict)."""
    rng = random.Random((seed << 40) ^ (k * 2654435761))
    site = SITES[site_i]
    market = SITE_MARKETS[site[2]][rng.randrange(len(SITE_MARKETS[site[2]]))]
    if fam is not None and fam.market and rng.random() < 0.5:
        market = fam.market
    canon, spellings = city_of(market, rng)
    city_text = rng.choice(spellings)
    city_field = rng.choice(spellings)
    if fam is not None and fam.one_name:
        name = NAMES[(fam.fid * 31) % len(NAMES)]
    else:
        name = rng.choice(NAMES)
    age = rng.randint(19, 32) if rng.random() < 0.7 else rng.randint(33, 52)
    phones_text, phones_field, truth = [], [], []
    for num in member_numbers:
        t, f = place_number(num, lang, rng)
        if t:
            phones_text.append(t)
        if f:
            phones_field.append(f)
        truth.append(e164(num))
    if fam is not None and fam.kind in ("template", "mixed"):
        sents = edit(fam.template(), lang, rng)
    else:
        sents = [rng.choice(INTRO[lang])] if rng.random() < 0.85 else []
        sents += body_parts(lang, rng, rng.randint(2, 5), rng.randint(1, 5))
        if rng.random() < 0.6:
            sents.append(rng.choice(PRICE[lang]))
        if phones_text:
            sents.append(rng.choice(CONTACT[lang]))
        elif rng.random() < 0.7:
            sents.append(rng.choice(NOPHONE[lang]))
        if rng.random() < 0.5:
            sents.append(rng.choice(PHRASES_L[lang]))
    text = " ".join(sents)
    phone_txt = " / ".join(phones_text) if phones_text else ""
    if "{phone}" in text and not phone_txt:
        text = text.replace(" {phone}", "").replace("{phone}", "")
    text = (text.replace("{name}", name).replace("{age}", str(age)).replace("{city}", city_text)
            .replace("{phone}", phone_txt))
    if "{price}" in text:
        text = text.replace("{price}", price_text(lang, rng))
    if rng.random() < site[3]:
        footer = site[4]
        if site[5]:
            footer = footer.replace("{hotline}", hotlines[site_i][0])
            truth.append(hotlines[site_i][1])
        text = text + " " + footer
    t = START_EPOCH + k * SECONDS_PER_ID + rng.randrange(600)
    ad = {
        "url": "https://example.invalid/%s/ad/%d" % (site[0], k),
        "site": site[0],
        "text": text,
    }
    if rng.random() < 0.9:
        ad["title"] = (rng.choice(TITLES[lang]).replace("{name}", name).replace("{age}", str(age))
                       .replace("{city}", city_text).replace("{tag}", rng.choice(TAGS[lang])))
    if rng.random() < 0.8:
        ad["name"] = name
    r = rng.random()
    if r < 0.6:
        ad["age"] = age
    elif r < 0.75:
        ad["age"] = "%d %s" % (age, {"da": "år", "sv": "år", "nb": "år", "de": "Jahre", "pl": "lat"}.get(lang, "years"))
    if rng.random() < 0.88:
        ad["location"] = city_field
    ad["posted_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))
    if phones_field:
        ad["phones"] = phones_field
    ad["truth_network"] = fam.fid if fam is not None else None
    ad["truth_kind"] = fam.kind if fam is not None else None
    ad["truth_phones"] = truth
    return ad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start-id", type=int, default=1)
    a = ap.parse_args()
    t0 = time.time()
    seed, start, end = a.seed, a.start_id, a.start_id + a.n  # ids [start, end)
    srng = random.Random(seed)
    numbers = Numbers()
    # Site hotlines (fixed numbers, in footers): allocated first.
    hotlines = {}
    hrng = random.Random(seed + 99)
    for i, s in enumerate(SITES):
        if s[5]:
            num = numbers.alloc({"DK": "DK", "SE": "SE"}.get(s[2], "DK"))
            hotlines[i] = (write_number(num, "da", hrng, plain=True), e164(num))
    fid = 0
    active = []
    for _ in range(ACTIVE_FAMILIES):
        fid += 1
        active.append(Family(fid, srng, numbers, seed))
    out = open(a.out, "w", encoding="utf-8")
    buf = []
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    families_seen = set()
    in_family = 0
    for k in range(1, end):
        if srng.random() < FAMILY_SHARE:
            j = srng.randrange(ACTIVE_FAMILIES)
            fam = active[j]
            fam.count += 1
            site_i = fam.sites[srng.randrange(len(fam.sites))]
            lang = fam.lang
            if fam.kind == "template":
                regions, rcum = LANG_REGION_CUM[lang]
                nums = [numbers.alloc(regions[pick(rcum, srng.random())])]
            else:
                r = srng.random()
                nums = [fam.numbers[0]] if r < 0.6 or len(fam.numbers) == 1 else \
                    ([fam.numbers[srng.randrange(len(fam.numbers))]] if r < 0.85 else fam.numbers[:2])
            if fam.count >= fam.size:
                fid += 1
                active[j] = Family(fid, srng, numbers, seed)
        else:
            fam = None
            site_i = pick(SITE_CUM, srng.random())
            langs, cum = SITE_LANGS[site_i]
            lang = langs[pick(cum, srng.random())]
            if srng.random() < PHONE_SHARE:
                regions, rcum = LANG_REGION_CUM[lang]
                nums = [numbers.alloc(regions[pick(rcum, srng.random())])]
            else:
                nums = []
        if k < start:
            continue
        if fam is not None:
            in_family += 1
            families_seen.add(fam.fid)
        buf.append(dumps(render(k, seed, site_i, lang, fam, nums, hotlines)))
        if len(buf) >= 5000:
            out.write("\n".join(buf) + "\n")
            buf.clear()
    if buf:
        out.write("\n".join(buf) + "\n")
    out.close()
    dk_used = numbers.used["DK"]
    print("wrote %d ads (ids %d..%d) to %s in %.1f s: %d in %d planted families; %d numbers allocated "
          "(+45: %d)%s" % (a.n, start, end - 1, a.out, time.time() - t0, in_family, len(families_seen),
                           sum(numbers.used.values()), dk_used,
                           "; number pool exhausted, numbers reused" if numbers.wrapped else ""),
          file=sys.stderr)


if __name__ == "__main__":
    main()
