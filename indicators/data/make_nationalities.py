#!/usr/bin/env python3
"""Generates indicators/data/nationalities.tsv: nationality adjectives
(demonyms, with their inflections as prefixes) and country names for the
eight lexicon languages, from the Unicode CLDR data shipped in the `babel`
package (pip install babel; read offline, nothing is fetched).

Source and credit: Unicode CLDR (Common Locale Data Repository), Unicode
License v3, via babel (BSD-3-Clause). CLDR has no demonym table, but its
currency names are "<nationality adjective> <currency>" in nearly every
locale ("brasiliansk real", "Rumänischer Leu", "lej rumuński", "peso
colombiano"), and its language names are the adjective in the Scandinavian
languages ("polsk"). A word of a country's current or historical currency
names (or of its main languages' names) that shares its first letters with
the country's name in that locale, and is not itself a word of that name
("New Zealand Dollar"), is taken as the nationality adjective.

Inflections: Danish, Norwegian and Swedish adjectives in -sk and German
ones in -isch become prefixes (`polsk*`: polske; `rumänisch*`: rumänische,
rumänischen); Polish ones lose the ending (`rumuńsk*`: rumuńska, rumuńskiej);
Romanian ones their suffix (`român*`: româncă, românce; `columbi*`:
columbiană, columbiene); Spanish ones their gender vowel (`colombian*`);
English ones are exact, with a plural. Prefixes shorter than five letters
stay exact words. Country names are folded for the "from X" pairs, with
the Polish genitive after "z" ("z Polski", "z Ukrainy").

Country names cover every territory (the language's own too: "from X" is
explicit) and a few world regions ("fra Asien", "din Europa de Est").
Flags of every territory but GB and US (mostly a language spoken) are the
language-free lexicon's nationality terms. Cities (CLDR's time-zone exemplar
cities) join the country names after "from".
Left out on purpose from the adjectives: each language's own country (Danish "dansk" in a Danish
ad is mostly the language spoken; the lexicons' hand-written pairs such as
"dansk pige" cover it), and words that also mean something else.

Usage: python3 indicators/data/make_nationalities.py [OUT.tsv]
Output format, one line per language and kind:
    LANG <TAB> adj|country <TAB> term|term|...
"""

import datetime
import os
import sys
import unicodedata

from babel import Locale
from babel.core import get_global

# Each language's own countries (the Scandinavian lexicons are applied to each
# other's ads, so each leaves out all three).
LANGS = {"da": ["DK", "NO", "SE"], "nb": ["DK", "NO", "SE"], "sv": ["DK", "NO", "SE"], "en": ["GB"], "de": ["DE", "AT", "CH"],
         "pl": ["PL"], "ro": ["RO"], "es": ["ES"]}
# World regions whose names follow "from" as a country's do: Africa, Asia,
# Eastern Europe, Latin America, South America, Eastern / South-East Asia,
# the Caribbean.
REGIONS = {"002", "142", "151", "419", "005", "030", "035", "029"}
# Cities that are also women's names ("I am Diana from Sofia").
NAME_CITIES = {"sofia", "victoria", "florence", "paris", "lima", "santiago", "regina",
               "adelaide", "alexandria", "marie", "louisville", "eva", "santa isabel",
               "maria", "isabel", "luanda", "monaco", "nicosia", "lucia", "helena", "mariehamn",
               "sydney", "chicago", "dakar", "asmara", "almaty", "darwin"}
# Words that a rule would take for a nationality but that are common words.
STOP = {"south", "north", "new", "east", "west", "sud", "nord", "syd", "central", "saint",
        "united", "island", "isla", "islas", "dollar", "franc", "peso", "real", "mark",
        "oro", "gold", "guinea", "cook", "chad", "jordan", "georgia", "lett", "mali",
        "india", "oman", "latin", "polish", "turkey", "china", "papua", "cuba", "nieder",
        "zentral", "mittel", "costa", "puerto", "santa", "san", "sao", "vest", "øst",
        "kong", "sri", "sierra", "saudi", "dominica", "salvador", "marshall",
        # currency nouns and country-name inflections that share a country's first letters
        "litas", "boliviano", "afghani", "falkland", "kaiman", "macao", "libra", "frank",
        "bissau", "papu", "ksiazecej", "rownikowej", "mauritiusa", "bosni", "hercegowin",
        "boliviansiche", "marshallese", "azer", "kirguis", "litu", "fines", "georgian",
        "georgiana", "indiana", "arabe"}
# Languages whose own nationality adjective is kept: their ads on Danish
# sites are written abroad, where "polska dziewczyna" sells an origin.
KEEP_OWN = {"pl", "ro", "es"}
# Flags left out: they mostly mark a language spoken ("🇬🇧 English").
NO_FLAGS = {"GB", "US"}


def fold(s):
    out = []
    for c in s.lower():
        c = {"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "’": "'"}.get(c, c)
        out.append("".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d)))
    return "".join(out)


def words(s):
    s = s.split("(")[0]
    return [w for w in s.replace("-", " ").replace(",", " ").split() if w.isalpha()]


def common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


# Stems that start common words ("romantic", "Piata Romana"): exact forms.
UNSAFE_STEMS = {"roman": ["roman", "romanca", "romance", "romani", "romanesc", "romaneasca", "romanesti"]}


def forms(lang, w):
    """Match terms (folded; `*` marks a prefix) for adjective `w`."""
    out = forms_of(lang, w)
    return [x for t in out for x in (UNSAFE_STEMS.get(t[:-1], [t]) if t.endswith("*") else [t])]


def forms_of(lang, w):
    f = fold(w)
    def pre(stem, exact):
        return [stem + "*"] if len(stem) >= 5 else exact
    if lang in ("da", "nb", "sv"):
        return pre(f, [f, f + "e"]) if f.endswith("sk") else [f, f + "e"]
    if lang == "de":
        for end in ("er", "es", "en", "e"):
            if f.endswith("isch" + end):
                f = f[: -len(end)]
                break
        return pre(f, [f]) if f.endswith("isch") else [f, f + "e", f + "en", f + "er"]
    if lang == "en":
        return [f, f + "s"]
    if lang == "pl":
        for end in ("iej", "ie", "ego", "a", "i", "y"):
            if f.endswith(end) and (f[: -len(end)].endswith(("sk", "ck", "zk")) or end in ("i", "y")):
                return pre(f[: -len(end)], [f])
        return [f]
    if lang == "ro":
        if f.endswith("esc"):
            return pre(f[:-3], [f])
        if f.endswith("easca"):
            return pre(f[:-5], [f])
        if f.endswith("ez"):
            return pre(f, [f])
        g = f[:-1] if f[-1] in "aei" else f
        if g.endswith("ian") or g.endswith("ean"):
            # columbian, columbiana, columbiene, columbieni
            return pre(g, [f]) + [g[:-2] + "ene", g[:-2] + "eni"]
        return pre(g, [f])
    if lang == "es":
        if f.endswith("es"):
            return pre(f, [f])
        if f[-1] in "oa":
            return pre(f[:-1], [f])
        return [f, f + "s"]
    return [f]


def polish_genitive(name):
    f = fold(name)
    for end, rep in (("ia", "ii"), ("ja", "ji"), ("ka", "ki"), ("ga", "gi"), ("a", "y")):
        if f.endswith(end):
            return [f, f[: -len(end)] + rep]
    return [f]


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "nationalities.tsv")
    tc = get_global("territory_currencies")
    tl = get_global("territory_languages")
    zone_terr = get_global("zone_territories")
    flags = set()
    lines = []
    for lang, own in LANGS.items():
        loc = Locale.parse(lang)
        adjs, countries = set(), set()
        # Cities (the CLDR time-zone exemplar cities, localised where CLDR
        # has a local name) also follow "from": "from Bangkok", "din Chisinau".
        for zone, terr in zone_terr.items():
            if terr in ("DK", "NO", "SE") or terr in own or "/" not in zone:
                continue
            city = (loc.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            if len(city) >= 4 and fold(city) not in NAME_CITIES:
                countries.update(polish_genitive(city) if lang == "pl" else [fold(city)])
        for cc, name in loc.territories.items():
            if cc in REGIONS:
                countries.update(polish_genitive(name) if lang == "pl" else [fold(name)])
                continue
            if len(cc) != 2 or not cc.isalpha() or cc in ("EU", "EZ", "UN", "ZZ", "XA", "XB", "QO", "AQ"):
                continue
            name_words = [fold(w) for w in words(name)]
            if not name_words:
                continue
            # "from X" names every country, the language's own too ("z Polski").
            if lang == "pl":
                countries.update(polish_genitive(name))
            else:
                countries.add(fold(name))
            if cc not in NO_FLAGS:
                flags.add("".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in cc))
            if cc in own and lang not in KEEP_OWN:
                continue
            cands = set()
            for code, *_ in tc.get(cc, []):
                cands.update(words(loc.currencies.get(code, "")))
            langs = tl.get(cc, {})
            for lcode, info in langs.items():
                if info.get("population_percent", 0) >= 50:
                    cands.update(words(loc.languages.get(lcode, "")))
            for c in cands:
                fc = fold(c)
                if len(fc) < 4 or fc in STOP or fc in name_words:
                    continue
                if any(common_prefix(fc, nw) >= 3 for nw in name_words):
                    adjs.update(forms(lang, c))
        adjs = {a for a in adjs if a.rstrip("*") not in STOP}
        lines.append(f"{lang}\tadj\t" + "|".join(sorted(adjs)))
        lines.append(f"{lang}\tcountry\t" + "|".join(sorted(countries)))
    lines.append("*\tadj\t" + "|".join(sorted(flags)))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Generated by indicators/data/make_nationalities.py from Unicode CLDR (via babel); do not edit.\n")
        f.write("\n".join(lines) + "\n")
    for l in lines:
        lang, kind, terms = l.split("\t")
        print(lang, kind, len(terms.split("|")))


if __name__ == "__main__":
    main()
