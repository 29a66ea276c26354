#!/usr/bin/env python3
"""Blind link-evaluation corpus for adscreen: edited templates, shared phones,
hard negatives.

Writes 1,480 invented, non-explicit ads in eight languages (da, sv, nb,
en, de, pl, ro, es) in the ad input format (docs/ad-input.schema.json), one
JSON object per line, with the ground truth in extra fields:

  truth_lang      language the body was written in (ISO 639-1)
  truth_kind      "family" (a copy of one manager's template), "phone_only"
                  (own text, but its number is shared with other ads) or
                  "singleton" (an independent advertiser)
  truth_family    template family id "F017", or null
  truth_network   network id "N005", or null (see README.md: connected
                  components of "same family" and "same phone number", the
                  site's own support line excluded)
  truth_phones    E.164 numbers of the advertiser in the ad (text and field),
                  the site support line excluded
  truth_footer    true when the site's boilerplate footer was appended
  truth_twin      for family copies: the family that was written to share
                  footer, site and stock phrases with this one (hard negative)

Every template text, stock phrase, footer and sentence frame below was written
by hand for this file (blind: without looking at adscreen's linking code,
lexicons or rules). Names, sites and numbers are invented: sites use the
.example TLD; phone numbers come only from the libphonenumber example ranges
the bench/heldout generators use (last two digits varied) and the Swedish
regulator's range reserved for fiction (070-174 06 05..99); each is checked
with the python `phonenumbers` package.

Deterministic: the same seed gives the same file byte for byte.

Usage: python3 bench/linkeval/make_corpus.py [OUT.jsonl] [--seed N] [--stats]
(default: bench/linkeval/corpus.jsonl next to this script).
"""

import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

try:
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None

SEED = 20250517
LANG_ORDER = ["da", "sv", "nb", "en", "de", "pl", "ro", "es"]
LANGS = {}


def register(code, **data):
    LANGS[code] = data


def fam(text, emoji="", short=False):
    """A template family written by hand: one sentence per line; a line that
    starts with '+' is a spare sentence the manager uses in some copies only.
    `emoji`: the emoji the template itself uses (after some sentences)."""
    base, spare = [], []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("+"):
            spare.append(line[1:].strip())
        else:
            base.append(line)
    return {"base": base, "spare": spare, "emoji": emoji, "short": short}


# ---------------------------------------------------------------- phone numbers
# (country, e164 prefix, national prefix as dialled, how many trailing digits vary)
POOLS = {
    # libphonenumber example numbers, two trailing digits varied (as bench/heldout)
    "DK": ["+45201234", "+45321234"],
    "SE": ["+467012345", "+467017406"],  # second: PTS range for fiction 070-1740605..99
    "NO": ["+47406123", "+47212345"],
    "UK": ["+4474001234"],
    "DE": ["+49151234567"],
    "PL": ["+485123456"],
    "RO": ["+407120345"],
    "ES": ["+346123456"],
}
HOME = {"da": "DK", "sv": "SE", "nb": "NO", "en": "UK", "de": "DE", "pl": "PL", "ro": "RO", "es": "ES"}
CC = {"DK": "45", "SE": "46", "NO": "47", "UK": "44", "DE": "49", "PL": "48", "RO": "40", "ES": "34"}
# The site support line in natlys.example's footer (excluded from truth).
SUPPORT_LINE = "+4532123499"
SUPPORT_RAW = "32 12 34 99"


class PhonePool:
    def __init__(self, rng):
        self.rng = rng
        self.free = {}
        for country, prefixes in POOLS.items():
            nums = []
            for p in prefixes:
                lo = 5 if p == "+467017406" else 0
                for i in range(lo, 100):
                    nums.append(f"{p}{i:02d}")
            nums = [n for n in nums if n != SUPPORT_LINE]
            rng.shuffle(nums)
            self.free[country] = nums

    def take(self, country):
        order = [country] + [c for c in ["PL", "RO", "ES", "UK", "NO", "DE", "SE", "DK"] if c != country]
        for c in order:
            if self.free[c]:
                return self.free[c].pop()
        raise SystemExit("phone pool exhausted")

    def left(self):
        return {c: len(v) for c, v in self.free.items()}


def country_of(e164):
    for c, cc in CC.items():
        if e164.startswith("+" + cc):
            return c
    raise ValueError(e164)


DA_UNITS = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
DA_TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
DA_TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def da_words(two):
    n = int(two)
    if two[0] == "0":
        return f"nul {DA_UNITS[int(two[1])]}"
    if n < 10:
        return DA_UNITS[n]
    if n < 20:
        return DA_TEENS[n - 10]
    t, u = divmod(n, 10)
    return DA_TENS[t] if u == 0 else f"{DA_UNITS[u] if u != 1 else 'en'}og{DA_TENS[t]}"


def letters_for_digits(s, rng, k=2):
    """Write 0 as O and 1 as l in up to k places (a common trick)."""
    idx = [i for i, ch in enumerate(s) if ch in "01"]
    rng.shuffle(idx)
    out = list(s)
    for i in idx[:k]:
        out[i] = "O" if out[i] == "0" else "l"
    return "".join(out)


def write_phone(e164, rng, lang, obf_rate=0.12):
    """The number as a person would write it in an ad. Returns (raw, disguised)."""
    c = country_of(e164)
    nat = e164[1 + len(CC[c]):]
    cc = CC[c]
    disguise = rng.random() < obf_rate
    if c == "DK":
        p = [nat[0:2], nat[2:4], nat[4:6], nat[6:8]]
        if disguise:
            k = rng.randrange(5)
            if k == 0:
                return " ".join(da_words(x) for x in p), True
            if k == 1:
                return f"{da_words(p[0])} {da_words(p[1])} {p[2]} {p[3]}", True
            if k == 2:
                return letters_for_digits(" ".join(p), rng), True
            if k == 3:
                return " ".join(nat), True
            return "-".join(p[:2]) + " * " + "-".join(p[2:]), True
        forms = [" ".join(p), nat, f"+45 {nat}", "+45 " + " ".join(p), "0045 " + " ".join(p),
                 f"{nat[:4]} {nat[4:]}", "-".join(p), ".".join(p), "(+45) " + " ".join(p), f"+45-{nat[:4]}-{nat[4:]}"]
        return rng.choice(forms), False
    if c == "SE":
        a, b, d, e = nat[0:2], nat[2:5], nat[5:7], nat[7:9]
        forms = [f"+46 {a} {b} {d} {e}", f"+46 (0){a}-{b} {d} {e}", f"0046 {a} {b} {d} {e}", f"+46{nat}",
                 f"+46 {a}-{b}{d}{e}", f"+46 (0){a} {b} {d} {e}"]
    elif c == "NO":
        forms = [f"+47 {nat[:3]} {nat[3:5]} {nat[5:]}", f"+47 {nat[:2]} {nat[2:4]} {nat[4:6]} {nat[6:]}",
                 f"0047 {nat}", f"+47 {nat}", f"+47{nat}"]
    elif c == "UK":
        forms = [f"+44 {nat[:4]} {nat[4:]}", f"+44 (0){nat[:4]} {nat[4:7]} {nat[7:]}", f"0044 {nat[:4]} {nat[4:]}",
                 f"+44{nat}", f"+44 {nat[:4]} {nat[4:7]} {nat[7:]}"]
    elif c == "DE":
        forms = [f"+49 {nat[:4]} {nat[4:]}", f"+49 (0){nat[:4]} {nat[4:7]} {nat[7:9]} {nat[9:]}",
                 f"0049 {nat[:4]} {nat[4:]}", f"+49 {nat[:3]} {nat[3:7]} {nat[7:]}", f"+49-{nat[:4]}-{nat[4:]}", f"+49{nat}"]
    elif c == "PL":
        forms = [f"+48 {nat[:3]} {nat[3:6]} {nat[6:]}", f"+48 {nat[:3]}-{nat[3:6]}-{nat[6:]}",
                 f"0048 {nat[:3]} {nat[3:6]} {nat[6:]}", f"+48{nat}", f"(+48) {nat[:3]} {nat[3:6]} {nat[6:]}"]
    elif c == "RO":
        forms = [f"+40 {nat[:3]} {nat[3:6]} {nat[6:]}", f"0040 {nat[:3]} {nat[3:6]} {nat[6:]}",
                 f"+40 (0){nat[:3]} {nat[3:6]} {nat[6:]}", f"+40{nat}", f"+40 {nat[:3]}-{nat[3:6]}-{nat[6:]}"]
    elif c == "ES":
        forms = [f"+34 {nat[:3]} {nat[3:5]} {nat[5:7]} {nat[7:]}", f"+34 {nat[:3]} {nat[3:6]} {nat[6:]}",
                 f"0034 {nat}", f"+34{nat}", f"+34 {nat[:3]}.{nat[3:6]}.{nat[6:]}"]
    else:  # pragma: no cover
        raise ValueError(c)
    raw = rng.choice(forms)
    if disguise:
        k = rng.randrange(3)
        if k == 0:
            head, tail = raw[: raw.index(" ") + 1] if " " in raw else "", raw[raw.index(" ") + 1:] if " " in raw else raw
            return head + letters_for_digits(tail, rng), True
        if k == 1:
            return f"+{cc} " + " ".join(nat), True
        if c == "UK" and lang == "en":
            return f"+44 {' '.join(EN_DIGITS[int(d)] for d in nat[:4])} {nat[4:]}", True
        return f"+{cc} " + "-".join(nat[i:i + 3] for i in range(0, len(nat), 3)), True
    return raw, False


# ---------------------------------------------------------------- text editing
EMOJI = ["💋", "✨", "🌸", "😘", "❤️", "🔥", "😊", "💕", "🥂", "🌙", "⭐", "🌺", "💫", "😉"]
EMOJI_RE = re.compile("[" + "".join(sorted(set("".join(EMOJI).replace("\ufe0f", "")))) + "]\ufe0f?")


def strip_emoji(s):
    return re.sub(r"\s+([.!?,])", r"\1", re.sub(r" ?" + EMOJI_RE.pattern, "", s)).strip()


def typo(word, rng):
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    k = rng.randrange(4)
    if k == 0:  # swap two letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:  # drop a letter
        return word[:i] + word[i + 1:]
    if k == 2:  # double a letter
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i + 1:]  # replace by its neighbour


def add_typos(sentence, rng, n):
    if n <= 0 or "{" in sentence and sentence.count(" ") < 3:
        return sentence
    toks = sentence.split(" ")
    cand = [i for i, t in enumerate(toks) if t.isalpha() and len(t) >= 5 and "{" not in t]
    rng.shuffle(cand)
    for i in cand[:n]:
        toks[i] = typo(toks[i], rng)
    return " ".join(toks)


def apply_synonyms(text, pairs, rng, rate):
    for a, b in pairs:
        for src, dst in ((a, b), (b, a)):
            pat = re.compile(r"(?<![\w{])" + re.escape(src) + r"(?![\w}])", re.IGNORECASE)
            if pat.search(text) and rng.random() < rate:
                def rep(m, dst=dst):
                    s = m.group(0)
                    return dst[0].upper() + dst[1:] if s[0].isupper() else dst
                text = pat.sub(rep, text)
                break
    return text


def edit_words(texts, pairs, rng, rate=0.3, cap=3):
    """A few words changed: up to `cap` synonym swaps over the whole copy."""
    order = list(pairs)
    rng.shuffle(order)
    done = 0
    for a, b in order:
        if done >= cap:
            break
        if rng.random() >= rate:
            continue
        joined = "\n".join(texts)
        new = apply_synonyms(joined, [(a, b)], rng, 1.0)
        if new != joined:
            texts = new.split("\n")
            done += 1
    return texts


def layout(sentences, rng, style):
    if style == "one":
        return " ".join(sentences)
    if style == "lines":
        return "\n".join(sentences)
    if style == "paras":
        out, i = [], 0
        while i < len(sentences):
            k = rng.choice([2, 2, 3])
            out.append(" ".join(sentences[i:i + k]))
            i += k
        return "\n\n".join(out)
    # mixed
    out = sentences[0]
    for s in sentences[1:]:
        out += rng.choice([" ", " ", "\n", "\n\n"]) + s
    return out


def fill(s, slots):
    for k, v in slots.items():
        s = s.replace("{" + k + "}", str(v))
    return s


def grammar(lang, s):
    """Number agreement the slot filling would get wrong."""
    if lang == "pl":  # 22 lata, 25 lat
        s = re.sub(r"\b(\d+) lat\b", lambda m: m.group(1) + (
            " lata" if int(m.group(1)) % 10 in (2, 3, 4) and int(m.group(1)) % 100 not in (12, 13, 14) else " lat"), s)
    if lang == "ro":  # 19 ani, 23 de ani
        s = re.sub(r"\b(1\d) de ani\b", r"\1 ani", s)
    return s


def norm_tokens(text):
    t = EMOJI_RE.sub(" ", text.lower())
    t = re.sub(r"\d", "0", t)
    return re.findall(r"[^\W_]+", t)


def shingles(text, k=3):
    toks = norm_tokens(text)
    return {" ".join(toks[i:i + k]) for i in range(max(1, len(toks) - k + 1))} if toks else set()


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


# ---------------------------------------------------------------- generation
COPIES = [2] * 22 + [3] * 20 + [4] * 16 + [5] * 12 + [6] * 9 + [7] * 7 + [8] * 6 + [9] * 4 + [10] * 4
SHORT_COPIES = [2] * 5 + [3] * 5 + [4] * 4 + [5] * 2 + [6] * 1


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.pool = PhonePool(random.Random(seed + 1))
        self.ads = []
        self.families = []
        self.used_names = set()
        self.single_keys = set()

    # -- helpers
    def country_lang(self, lang):
        """Which country's cities and sites an ad uses: its own, or Denmark for
        visitors (the NGO's own country)."""
        if lang in ("en", "pl", "ro", "es") and self.rng.random() < 0.25:
            return "da"
        return lang

    def pick_site(self, where, forced=None):
        if forced:
            return forced
        sites = LANGS[where]["sites"]
        return self.rng.choices(sites, weights=[s["weight"] for s in sites])[0]

    def city(self, where, idx=None):
        cities = LANGS[where]["cities"]
        if idx is None:
            idx = self.rng.randrange(len(cities))
        return idx, self.rng.choice(cities[idx])

    def price(self, where):
        lo, hi, step = LANGS[where]["price_range"]
        p = self.rng.randrange(lo, hi + 1, step)
        return self.rng.choice(LANGS[where]["price_fmt"]).format(p=p)

    def contact_line(self, lang, frame, e164):
        raw, disg = write_phone(e164, self.rng, lang)
        return frame.replace("{phone}", raw), raw, disg

    def finish(self, lang, site, parts, slots, title, phones_field, truth):
        """parts: list of sentences (slots unfilled)."""
        L = LANGS[lang]
        rng = self.rng
        parts = [grammar(lang, fill(p, slots)) for p in parts]
        text = layout(parts, rng, truth.pop("_layout"))
        if site["footer"]:
            text += rng.choice(["\n\n", "\n\n", "\n", " "]) + site["footer"]
        ad = {"url": None, "site": site["name"], "text": text}
        if title:
            ad["title"] = grammar(lang, fill(title, slots))
        if rng.random() < 0.85:
            ad["name"] = slots["name"]
        if rng.random() < 0.7:
            ad["age"] = slots["age"] if rng.random() < 0.6 else grammar(lang, rng.choice(L["age_fmt"]).format(age=slots["age"]))
        if rng.random() < 0.8:
            ad["location"] = slots["city_field"]
        if phones_field:
            ad["phones"] = phones_field
        ad["_host"] = site["host"]
        ad["_path"] = site["path"]
        ad["truth_lang"] = lang
        ad.update(truth)
        ad["truth_footer"] = bool(site["footer"])
        self.ads.append(ad)
        return ad

    def slots(self, where, lang, ages, city_idx=None, avoid_names=()):
        L = LANGS[lang]
        names = [n for n in L["names"] if n not in avoid_names] or L["names"]
        name = self.rng.choice(names)
        ci, cname = self.city(where, city_idx)
        _, cfield = self.city(where, ci)
        forms = cname if isinstance(cname, tuple) else (cname, cname, cname)
        return {
            "name": name,
            "age": self.rng.randint(*ages),
            "city": forms[0],
            "city_gen": forms[1],
            "city_loc": forms[2],
            "city_field": cfield[0] if isinstance(cfield, tuple) else cfield,
            "price": self.price(where),
        }, ci

    # -- families
    def build_families(self):
        rng = self.rng
        n = 0
        for lang in [l for l in LANG_ORDER if l in LANGS]:
            L = LANGS[lang]
            for t in L["families"]:
                n += 1
                where = self.country_lang(lang)
                units = [("b%d" % i, s) for i, s in enumerate(t["base"])]
                # the template's own emoji after some sentences
                if t["emoji"]:
                    for i in range(len(units)):
                        if rng.random() < 0.35:
                            units[i] = (units[i][0], units[i][1] + " " + rng.choice(list(t["emoji"].split())))
                k = rng.choice([2, 2, 3])
                stock = rng.sample(range(len(L["stock"])), k)
                F = {
                    "id": f"F{n:03d}", "lang": lang, "where": where, "t": t, "units": units,
                    "stock": stock, "n": rng.choice(SHORT_COPIES if t["short"] else COPIES),
                    "site": self.pick_site(where), "contact": rng.randrange(len(L["contact"])),
                    "title": rng.randrange(len(L["titles"])), "layout": rng.choice(["one", "lines", "paras", "mixed"]),
                    "ages": t.get("ages") or (20, 38), "twin": None, "extra_numbers": {},
                    "spare_pos": [rng.randrange(len(units) + 1) for _ in t["spare"]],
                    "stock_pos": [rng.randrange(len(units) + 1) for _ in stock],
                }
                self.families.append(F)
        # hard negative (d): pairs of families on the same footer site with the
        # same stock phrases and the same contact wording, nothing else shared
        by_lang = defaultdict(list)
        for F in self.families:
            by_lang[F["lang"]].append(F)
        self.twins = []
        for lang in [l for l in LANG_ORDER if l in LANGS]:
            fs = [F for F in by_lang[lang] if F["where"] == lang]
            rng.shuffle(fs)
            footer_sites = [s for s in LANGS[lang]["sites"] if s["footer"]]
            for a, b in [(fs[0], fs[1]), (fs[2], fs[3])]:
                site = footer_sites[0]
                for F in (a, b):
                    F["site"] = site
                    F["pin_site"] = True
                stock = rng.sample(range(len(LANGS[lang]["stock"])), 3)
                a["stock"] = b["stock"] = stock
                a["stock_pos"] = [rng.randrange(len(a["units"]) + 1) for _ in stock]
                b["stock_pos"] = [rng.randrange(len(b["units"]) + 1) for _ in stock]
                b["contact"] = a["contact"]
                a["twin"], b["twin"] = b["id"], a["id"]
                self.twins.append((a["id"], b["id"]))
        # phone numbers
        for F in self.families:
            home = HOME[F["lang"]]
            r = rng.random()
            if r < 0.5 or F["n"] == 2:
                F["numbers"] = [self.pool.take(home)]
            elif r < 0.85 or F["n"] > 4:
                F["numbers"] = [self.pool.take(home) for _ in range(min(3, rng.choice([2, 2, 3]), F["n"] - 1))]
            else:
                F["numbers"] = [self.pool.take(home) for _ in range(F["n"])]
        # families joined by a shared number: one or two copies of B carry a number of A
        self.family_links = []
        fams = list(self.families)
        for i in range(18):
            a = rng.choice(fams)
            same_lang = [F for F in fams if F["lang"] == a["lang"] and F is not a and not F["extra_numbers"]]
            other = [F for F in fams if F is not a and not F["extra_numbers"]]
            b = rng.choice(same_lang if rng.random() < 0.75 and same_lang else other)
            num = rng.choice(a["numbers"])
            for c in rng.sample(range(b["n"]), 1 if b["n"] < 4 else rng.choice([1, 2])):
                b["extra_numbers"][c] = num
            self.family_links.append((a["id"], b["id"], num))

    def make_copies(self):
        rng = self.rng
        for F in self.families:
            lang, where, L = F["lang"], F["where"], LANGS[F["lang"]]
            t = F["t"]
            # canonical order: base sentences with stock phrases and spares placed
            canon = list(F["units"])
            ins = [(p, ("s%d" % j, L["stock"][j])) for p, j in zip(F["stock_pos"], F["stock"])]
            ins += [(p, ("x%d" % j, s)) for j, (p, s) in enumerate(zip(F["spare_pos"], t["spare"]))]
            for p, u in sorted(ins, key=lambda x: -x[0]):
                canon.insert(p, u)
            spare_ids = {"x%d" % j for j in range(len(t["spare"]))}
            names_used = set()
            city_idx = None
            nums = list(F["numbers"])
            rng.shuffle(nums)
            F["kept"] = []
            for c in range(F["n"]):
                units = [u for u in canon if u[0] not in spare_ids or rng.random() < 0.5]
                # drop sentences: up to a quarter of the template's own sentences
                # (at least three kept) and some of its stock phrases
                base_i = [i for i, u in enumerate(units) if u[0][0] == "b"]
                stock_i = [i for i, u in enumerate(units) if u[0][0] == "s"]
                kb = rng.choice([0, 1, 1, 2, 2, 3])
                kb = min(kb, len(base_i) // 4, max(0, len(base_i) - 3))
                ks = rng.choice([0, 0, 1]) if stock_i else 0
                drop = set(rng.sample(base_i, kb)) | set(rng.sample(stock_i, ks))
                units = [u for i, u in enumerate(units) if i not in drop]
                if len(units) >= 3 and rng.random() < 0.35:
                    i = rng.randrange(len(units) - 1)
                    units[i], units[i + 1] = units[i + 1], units[i]
                if len(units) >= 4 and rng.random() < 0.2:
                    u = units.pop(rng.randrange(len(units)))
                    units.insert(rng.randrange(len(units) + 1), u)
                F["kept"].append([u[0] for u in units])
                texts = [u[1] for u in units]
                # word-level edits
                texts = edit_words(texts, L["synonyms"], rng)
                for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])):
                    i = rng.randrange(len(texts))
                    texts[i] = add_typos(texts[i], rng, 1)
                # slots, always varied between copies
                if city_idx is None or rng.random() < 0.7:
                    city_idx = None
                s, city_idx = self.slots(where, lang, F["ages"], city_idx, names_used)
                names_used.add(s["name"])
                texts = [fill(x, s) for x in texts]
                r = rng.random()
                if r < 0.3:
                    texts = [strip_emoji(s) for s in texts]
                elif r < 0.65:
                    for _ in range(rng.choice([1, 2])):
                        i = rng.randrange(len(texts))
                        texts[i] = texts[i] + " " + rng.choice(EMOJI)
                r = rng.random()
                if r < 0.12:
                    texts[0] = texts[0].upper()
                elif r < 0.2:
                    i = rng.randrange(len(texts))
                    texts[i] = texts[i].upper()
                elif r < 0.25:
                    texts = [s.lower() for s in texts]
                # contact
                number = F["extra_numbers"].get(c) or nums[c % len(nums)]
                frame = L["contact"][F["contact"] if rng.random() < 0.7 else rng.randrange(len(L["contact"]))]
                field = None
                line, raw, disg = self.contact_line(lang, frame, number)
                if rng.random() < 0.12:
                    field = [write_phone(number, rng, lang, 0.0)[0]]
                else:
                    if rng.random() < 0.85:
                        texts.append(line)
                    else:
                        texts.insert(0, line)
                    if rng.random() < 0.4:
                        field = [rng.choice([raw, write_phone(number, rng, lang, 0.0)[0]])]
                ti = F["title"] if rng.random() < 0.7 else rng.randrange(len(L["titles"]))
                title = None if rng.random() < 0.15 else L["titles"][ti]
                if title and rng.random() < 0.2:
                    title += " " + rng.choice(EMOJI)
                site = F["site"] if F.get("pin_site") or rng.random() < 0.8 else self.pick_site(where)
                lay = F["layout"] if rng.random() < 0.5 else rng.choice(["one", "lines", "paras", "mixed"])
                self.finish(lang, site, texts, s, title, field, {
                    "truth_kind": "family", "truth_family": F["id"], "truth_twin": F["twin"],
                    "truth_phones": [number], "_layout": lay, "_disguised": disg,
                })

    # -- singletons and phone-only networks
    def single_parts(self, lang, where):
        L, rng = LANGS[lang], self.rng
        parts = [rng.choice(L["sopen"])]
        frames = rng.sample(L["sframes"], rng.choice([2, 3, 3, 4, 4, 5]))
        stock = rng.sample(L["stock"], rng.choice([2, 2, 3, 3, 4]))
        mid = frames + stock
        rng.shuffle(mid)
        parts += mid
        fills = {}
        for k, opts in L["sfill"].items():
            fills[k] = rng.choice(opts)
        parts = [fill(p, fills) for p in parts]
        return parts

    def single(self, lang, number, kind, used_names=(), guard=None):
        rng, L = self.rng, LANGS[lang]
        where = self.country_lang(lang)
        for attempt in range(60):
            parts = self.single_parts(lang, where)
            s, ci = self.slots(where, lang, (20, 45), None, used_names)
            if (lang, s["name"], ci) in self.single_keys:
                continue  # same name in the same city: would look like one woman
            parts = [fill(p, s) for p in parts]
            field = None
            disg = False
            if number:
                frame = rng.choice(L["contact"])
                line, raw, disg = self.contact_line(lang, frame, number)
                if rng.random() < 0.15:
                    field = [write_phone(number, rng, lang, 0.0)[0]]
                else:
                    parts.append(line) if rng.random() < 0.85 else parts.insert(0, line)
                    if rng.random() < 0.4:
                        field = [rng.choice([raw, write_phone(number, rng, lang, 0.0)[0]])]
            else:
                parts.append(rng.choice(L["nocontact"]))
            sh = shingles(" ".join(parts))
            if guard is None or guard(sh, lang):
                break
        else:
            raise SystemExit("could not write a distinct singleton")
        self.single_keys.add((lang, s["name"], ci))
        r = rng.random()
        if r < 0.4:
            for _ in range(rng.choice([1, 2, 3])):
                i = rng.randrange(len(parts))
                parts[i] += " " + rng.choice(EMOJI)
        if rng.random() < 0.3:
            i = rng.randrange(len(parts))
            parts[i] = add_typos(parts[i], rng, 1)
        if rng.random() < 0.1:
            parts[0] = parts[0].upper()
        title = rng.choice(L["titles"]) if rng.random() < 0.7 else None
        site = self.pick_site(where)
        ad = self.finish(lang, site, parts, s, title, field, {
            "truth_kind": kind, "truth_family": None, "truth_twin": None,
            "truth_phones": [number] if number else [], "_layout": rng.choice(["one", "one", "lines", "paras", "mixed"]),
            "_disguised": disg,
        })
        return ad, s["name"]


# ================================================================ language data
# Everything below was written by hand for this corpus. Slots: {name} {age}
# {city} {price}; {phone} only in contact lines.

# ---------------------------------------------------------------- Danish
register(
    "da",
    sites=[
        {"name": "natlys", "host": "natlys.example", "path": "annonce", "weight": 0.28,
         "footer": "Alle annoncer på Natlys er indrykket af annoncøren selv, og Natlys.example tager ikke ansvar "
                   "for annoncernes indhold. Det er ikke tilladt at annoncere for personer under 18 år, og "
                   "overtrædelser bliver politianmeldt. Oplever du noget mistænkeligt, så kontakt vores support på "
                   + SUPPORT_RAW + " (hverdage kl. 9-15). Kun for personer over 18."},
        {"name": "rosenhave", "host": "rosenhave.example", "path": "profil", "weight": 0.64, "footer": None},
        {"name": "kbh-kontakt", "host": "kbh-kontakt.invalid", "path": "a", "weight": 0.08,
         "footer": "Annoncen er oprettet af brugeren. Kbh-kontakt formidler ikke kontakt og modtager ingen betaling "
                   "fra annoncørerne. Husk at du skal være fyldt 18 år for at bruge siden."},
    ],
    stock=[
        "Kun seriøse henvendelser.", "Diskret og hygiejnisk.", "Ring eller skriv.", "Ingen sms, kun opkald.",
        "Jeg svarer ikke skjulte numre.", "Jeg taler dansk og engelsk.", "Gratis parkering lige ved døren.",
        "Bruser og rene håndklæder er klar.", "Kun efter aftale.", "Respekt er en selvfølge.",
        "Hurtigt svar på sms.", "Ingen stress, masser af tid.", "Altid rent og pænt.",
        "Ring i god tid.", "Velkommen til en hyggelig stund.", "Ingen hastværk.",
    ],
    contact=["Ring eller skriv på {phone}.", "Tlf. {phone}", "Ring {phone}", "Kontakt mig på {phone}.",
             "SMS eller opkald: {phone}", "Book tid på {phone}.", "Mit nummer er {phone}.", "☎ {phone}"],
    nocontact=["Skriv til mig her på siden.", "Kontakt via beskedfunktionen.", "Send en besked gennem profilen."],
    titles=["{name} – ny i {city}", "Sød pige i {city}", "{name}, {age} år", "Hyggelige stunder i {city}",
            "Massage og hygge", "Ny på siden", "{name} venter på dig", "Diskret i {city}"],
    names=["Sofie", "Mille", "Camilla", "Julie", "Nanna", "Freja", "Ida", "Laura", "Emma", "Clara", "Signe",
           "Maja", "Astrid", "Line", "Rikke", "Tanja", "Bella", "Lulu", "Mette", "Karina", "Stine", "Louise",
           "Bianca", "Natasja", "Vivi", "Jasmin", "Nadia", "Pernille", "Helle", "Trine"],
    cities=[["København", "Copenhagen", "Kbh", "CPH", "Kbh. K", "Købehavn"], ["Aarhus", "Århus", "Aarhus C"],
            ["Odense", "Odense C"], ["Aalborg", "Ålborg"], ["Esbjerg"], ["Vejle"], ["Kolding"], ["Roskilde"],
            ["Herning"], ["Horsens"], ["Frederiksberg", "Frb."], ["Næstved"]],
    age_fmt=["{age} år", "{age} år gammel", "{age}"],
    price_range=(800, 2400, 100),
    price_fmt=["{p} kr", "{p},-", "kr. {p}", "{p} DKK"],
    synonyms=[("søde", "dejlige"), ("hyggelig", "rar"), ("lejlighed", "bolig"), ("glæder mig", "ser frem"),
              ("smuk", "flot"), ("rolig", "afslappet"), ("gerne", "bare"), ("pæn", "lækker"), ("altid", "hele tiden"),
              ("lidt", "en smule"), ("kom", "kig"), ("meget", "rigtig"), ("nye", "friske"), ("centrum", "midtbyen"),
              ("ledig", "fri"), ("book", "bestil"), ("elsker", "holder af"), ("kun", "udelukkende")],
    families=[
        fam("""
Hej søde mand, jeg hedder {name} og er lige kommet til {city}.
Jeg er {age} år, slank og har langt mørkt hår, der går ned over skuldrene.
Hos mig kan du slappe helt af efter en lang dag på arbejdet.
Min lejlighed ligger stille og roligt, tæt på stationen.
Jeg elsker at grine, og jeg tager mig altid god tid til hver gæst.
+Der står altid en kop kaffe eller et glas vand klar til dig.
Pris: {price} for en time.
+Jeg glæder mig til at høre fra dig.
""", emoji="💋 😘"),
        fam("""
Vi præsenterer {name}, en charmerende pige på {age} år fra udlandet.
Hun er kun i {city} i en kort periode, så skynd dig at booke.
{name} er venlig, smilende og taler lidt engelsk.
Hun tager imod i en pæn og diskret lejlighed i centrum.
+Hun bliver glad for en høflig gentleman med gode manerer.
Ring til receptionen for at høre om ledige tider.
Pris fra {price}.
"""),
        fam("""
Afslappende helkropsmassage i rolige omgivelser i {city}.
Jeg hedder {name} og har arbejdet med massage i mange år.
Jeg bruger varme olier og blød musik, så du kan koble helt fra.
Behandlingen tilpasses dine ønsker, og du bestemmer tempoet.
+Der er mulighed for brusebad før og efter.
Tider kan bookes fra formiddag til sen aften.
En time koster {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, ny i {city} og klar til hyggelige stunder.
Smuk, sød og altid i godt humør.
+Jeg bliver her kun kort tid.
""", emoji="🔥", short=True),
        dict(fam("""
Moden og elegant kvinde på {age} søger pæne herrer til hyggelige stunder.
Jeg hedder {name} og bor i et hus med have lidt uden for {city}.
Mange af mine gæster kommer igen, fordi de føler sig hjemme hos mig.
Jeg er nærværende, lyttende og har masser af livserfaring.
+Om sommeren sidder vi gerne på terrassen med en kold drik.
Jeg tager kun imod i dagtimerne på hverdage.
Gave: {price}.
"""), ages=(42, 58)),
        fam("""
Endelig tilbage i {city}! Jeg er {name}, {age} år, og jeg har savnet Danmark.
Denne gang bliver jeg kun en uge, så book i god tid.
Jeg rejser rundt i Norden og elsker at møde nye mennesker.
Jeg bor på et pænt hotel midt i byen, og jeg kan også komme ud til dig.
+Sidste gang var mine tider udsolgt allerede efter to dage.
Skriv hvilken dag og tid du ønsker, så bekræfter jeg hurtigt.
""", emoji="✨ 😘"),
        fam("""
To søde veninder, {name} og hendes bedste ven, tager imod sammen i {city}.
Vi er begge {age} år og elsker at have det sjovt.
Kom alene eller sammen med en ven – vi finder altid ud af det.
Vores lejlighed ligger på første sal med egen indgang.
+Vi har åbent de fleste aftener til midnat.
Pris for en time med os begge: {price}.
""", emoji="💕"),
        fam("""
Hej, jeg er {name}, {age} år og studerer ved siden af.
Jeg er nysgerrig, lidt genert i starten og meget glad for at snakke.
Jeg har ikke lavet det her så længe, så vær sød og tålmodig.
Jeg tager imod i en lille hyggelig lejlighed nær {city} centrum.
+Mine weekender er næsten altid ledige.
Send gerne en kort besked om dig selv først.
"""),
        fam("""
Velkommen til vores klinik i {city} – nye piger hver uge.
Vi har altid tre til fire søde damer på arbejde.
Alle vores piger er smilende, venlige og velplejede.
Klinikken har fire rum med bruser og dæmpet lys.
+Der serveres kaffe, te og vand i venteværelset.
Vi har åbent fra kl. 10 til 23 alle dage.
Priser fra {price}.
+Se billeder af dagens piger på vores profil.
"""),
        fam("""
Sød blondine i {city}, {name}, {age} år.
Kom forbi til en rolig aften, jeg har god tid.
Tager også imod sent.
""", emoji="🌸", short=True),
        fam("""
{name} er en smuk pige fra Østeuropa, kun {age} år gammel.
Hun er lige ankommet til {city} og bliver her et par uger.
Hun er sød og stille og har et dejligt smil.
Hun taler ikke meget dansk, så skriv gerne på engelsk.
+Hendes veninde er også tilgængelig, spørg bare.
Kontakt os for at høre mere om hende.
Pris: {price} for en halv time.
"""),
        fam("""
Elegant ledsager til middage, events og rejser i hele Danmark.
Jeg er {name}, {age} år, velklædt og glad for god mad og vin.
Jeg kan både være festens midtpunkt og en stille samtalepartner.
Mit udgangspunkt er {city}, men jeg rejser gerne.
+Længere aftaler og weekender efter ønske.
Honorar fra {price} pr. time plus transport.
Jeg lægger vægt på gensidig respekt og diskretion.
""", emoji="🥂"),
        fam("""
Lækker latina på {age} år er landet i {city}.
Jeg hedder {name} og har varmt blod og et stort hjerte.
Jeg danser salsa og elsker musik, sol og sjove samtaler.
Min lejlighed er lille men ren og hyggelig med stearinlys.
+Jeg bliver kun til slutningen af måneden.
Kom og mød mig, du fortryder det ikke.
Prisen er {price}.
""", emoji="🔥 💋"),
        fam("""
Trænger du til en pause fra hverdagen?
Jeg er {name}, en afslappet kvinde på {age}, som tager imod i {city}.
Hos mig er der ingen stress og intet tidspres.
Vi kan starte med en snak og en kop te, og så ser vi, hvor aftenen fører os hen.
Jeg har et stort hjerte for generte mænd og førstegangsgæster.
+Du er også velkommen, hvis du bare vil snakke.
{price} for en time.
"""),
        fam("""
Ny pige i {city}! {name}, {age} år, slank og sød.
Kun i denne uge, så ring hurtigt.
""", emoji="😘", short=True),
        fam("""
Jeg bor på hotel i {city} resten af ugen og tager imod dag og nat.
Jeg er {name}, {age} år, med grønne øjne og krøllet hår.
Hotellet ligger centralt, og det er nemt at finde parkering.
Jeg giver dig værelsesnummeret, når du ringer.
+Om morgenen er jeg mest udhvilet, så kom gerne tidligt.
En time koster {price}, en halv time lidt mindre.
"""),
        fam("""
Thaimassage ved {name} i {city} – traditionel og afslappende.
Jeg har lært massage i Bangkok og arbejdet i Danmark i flere år.
Klinikken er lille, ren og ligger i stueetagen.
Du kan vælge mellem olie-massage, fodmassage og ryg-nakke.
+Gavekort kan købes til venner og familie.
Åbent mandag til lørdag fra 11 til 21.
60 minutter: {price}.
""", emoji="🌺"),
        fam("""
Jeg er {name}, en glad og naturlig pige fra Jylland på {age} år.
Jeg har lyse fletninger, fregner og et smil, der kan smelte is.
Til hverdag arbejder jeg i en butik, og om aftenen hygger jeg mig her.
Jeg tager imod i {city} i min egen lille lejlighed.
+Jeg har en sød kat, så sig til, hvis du er allergisk.
Jeg foretrækker mænd, der er høflige og har humor.
{price} for en time sammen.
""", emoji="😊"),
        fam("""
Vores nye pige {name} er netop startet hos os i {city}.
Hun er {age} år, har lange ben og en blød stemme.
Hun tager imod hver dag fra middag til sen aften.
Vi sørger for, at alt er trygt, ordentligt og diskret.
+Spørg også efter hendes søde kolleger.
Book hende i dag, hun bliver hurtigt populær.
"""),
        dict(fam("""
Moden dame i {city} med tid og ro til dig.
Ingen jag, kun nærvær og god stemning.
{name}, {age}, tager imod i eget hjem.
""", short=True), ages=(45, 60)),
        fam("""
Savner du selskab til en middag eller en tur i byen?
Jeg hedder {name} og er en velformuleret kvinde på {age} fra {city}.
Jeg er uddannet sygeplejerske og har rejst meget i Asien og Sydamerika.
Jeg kan lide lange samtaler, god rødvin og stille jazz.
+Jeg er også glad for udendørsliv og lange gåture langs vandet.
Mødet starter altid med en drink, så vi kan lære hinanden at kende.
Pris efter aftale, typisk {price} for aftenen.
"""),
        fam("""
Sexet og sød pige på {age} år søger nye venner i {city}.
Mit navn er {name}, og jeg er lige blevet single.
Jeg har mørke øjne, blød hud og masser af energi.
Jeg er meget sportslig og træner fitness fire gange om ugen.
+Efter træning trænger jeg altid til selskab.
Kom og se, om kemien passer.
{price} for en time.
""", emoji="🔥"),
        fam("""
Rundrejse i Danmark: {name} besøger Aalborg, Aarhus, Odense og {city}.
Hun er {age} år, sød og nem at tale med.
Hun bliver to dage i hver by og tager imod på hotel.
Send en besked med by og tidspunkt, så vender vi tilbage.
+Datoerne opdateres hver mandag.
Pris: {price}.
"""),
        fam("""
Godaften og velkommen til min lille side.
Jeg er {name}, en kvinde på {age} år med et roligt temperament.
Jeg bor i en lys lejlighed på Nørrebro, men tager også imod i {city}.
Jeg har en uddannelse inden for musik og spiller klaver, når jeg har fri.
Mine gæster beskriver mig som varm, charmerende og lidt fræk.
Jeg kan lide mænd med gode manerer og et åbent sind.
+Jeg holder fri om søndagen og på helligdage.
Hvis du ringer og jeg ikke svarer, ringer jeg tilbage inden for en time.
Pris: {price} for en time, to timer efter aftale.
""", emoji="🌙"),
        fam("""
{name} i {city}: smilende, blid og nybadet.
Ring og hør, om jeg er ledig lige nu.
""", emoji="💋", short=True),
        fam("""
Hej! Jeg er {name} fra Rumænien, {age} år, og jeg arbejder alene.
Jeg har lyst hår og blå øjne og taler godt engelsk.
Jeg bor i en pæn lejlighed i {city} med elevator.
Jeg tager kun imod efter en kort samtale i telefonen først.
+Jeg har boet i Danmark i tre år og elsker landet.
Du betaler {price} for en time.
"""),
    ],
    sopen=["Hej, jeg hedder {name} og er {age} år.", "Mit navn er {name}, jeg er {age} og bor i {city}.",
           "{name} her, {age} år, fra {city}.", "Hejsa! Jeg er {name}.", "Velkommen til min profil, jeg er {name}.",
           "Sød pige i {city} søger selskab.", "Godmorgen {city}!", "Hej med dig, {name} her.",
           "Jeg er {name}, en kvinde på {age}."],
    sframes=["Jeg er {adj} og {adj2}.", "Jeg har {hair} hår og {eyes} øjne.", "I min fritid elsker jeg {hobby}.",
             "Jeg tager imod {where}.", "Jeg er ledig {when}.", "Jeg er {height} cm høj.",
             "Mine gæster siger, at jeg er {adj2}.", "Jeg drømmer om {dream}.", "Jeg er oprindeligt fra {origin}.",
             "Jeg kan godt lide mænd, der er {madj}.", "Jeg har {pet} derhjemme.", "Min yndlingsmad er {food}.",
             "Til daglig arbejder jeg som {job}.", "Om aftenen {evening}.", "Jeg lytter mest til {music}.",
             "Prisen er {price}.", "Du finder mig {place}.", "Jeg har været på siden i {years}."],
    sfill={
        "adj": ["sød", "sjov", "rolig", "kærlig", "spontan", "nysgerrig", "blid", "livlig", "eventyrlysten"],
        "adj2": ["omsorgsfuld", "charmerende", "let at tale med", "fræk", "romantisk", "glad", "varm", "rar"],
        "hair": ["langt lyst", "kort mørkt", "rødt", "krøllet brunt", "glat sort", "askeblondt"],
        "eyes": ["blå", "brune", "grønne", "grå", "mørke"],
        "hobby": ["at bage", "yoga", "at læse krimier", "lange gåture", "at danse", "at svømme", "havearbejde",
                  "at male", "koncerter"],
        "where": ["i min egen lejlighed", "på hotel", "i et lille hus", "i en stille gade", "i stueetagen",
                  "hjemme hos mig selv"],
        "when": ["om aftenen", "i weekenden", "de fleste dage", "om formiddagen", "efter kl. 18", "mandag til fredag"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["at rejse til Italien", "et hus ved havet", "at åbne en café", "at lære at sejle", "en tur til Japan"],
        "origin": ["Sønderjylland", "Fyn", "Bornholm", "Polen", "Brasilien", "Litauen", "Thailand", "Spanien"],
        "madj": ["høflige", "rolige", "velsoignerede", "humoristiske", "ærlige", "modne"],
        "pet": ["en lille hund", "to katte", "en papegøje", "et akvarium"],
        "food": ["pasta", "sushi", "frikadeller", "thaimad", "pizza", "tapas"],
        "job": ["frisør", "sælger", "kok", "pædagog", "tjener", "bogholder"],
        "evening": ["slapper jeg af med en film", "går jeg ofte en tur", "laver jeg mad til venner",
                    "træner jeg", "ser jeg serier"],
        "music": ["pop", "jazz", "klassisk musik", "rock", "soul", "elektronisk musik"],
        "place": ["tæt på stationen", "ved havnen", "nær centrum", "i et roligt kvarter", "lige ved motorvejen"],
        "years": ["et halvt år", "to måneder", "et år", "tre uger"],
    },
)

# ---------------------------------------------------------------- Swedish
register(
    "sv",
    sites=[
        {"name": "nattfjaril", "host": "nattfjaril.example", "path": "annons", "weight": 0.33,
         "footer": "Alla annonser på Nattfjäril publiceras av annonsören själv och Nattfjäril.example ansvarar inte "
                   "för innehållet. Annonsering av personer under 18 år är förbjuden och anmäls alltid till polisen. "
                   "Genom att använda sajten intygar du att du har fyllt 18 år."},
        {"name": "rodlykta", "host": "rodlykta.example", "path": "profil", "weight": 0.67, "footer": None},
    ],
    stock=[
        "Endast seriösa förfrågningar.", "Diskret och hygienisk.", "Ring eller skriv.", "Inga sms, bara samtal.",
        "Dolda nummer besvaras inte.", "Jag pratar svenska och engelska.", "Gratis parkering utanför.",
        "Dusch och rena handdukar finns.", "Endast efter överenskommelse.", "Respekt är en självklarhet.",
        "Snabbt svar på sms.", "Ingen stress, gott om tid.", "Alltid rent och fräscht.", "Hör av dig i god tid.",
        "Välkommen till en mysig stund.",
    ],
    contact=["Ring eller sms:a {phone}.", "Tel: {phone}", "Ring {phone}", "Kontakta mig på {phone}.",
             "Sms eller samtal: {phone}", "Boka tid på {phone}.", "Mitt nummer: {phone}", "📞 {phone}"],
    nocontact=["Skriv till mig här på sajten.", "Kontakta mig via meddelandefunktionen.", "Skicka ett meddelande via profilen."],
    titles=["{name} – ny i {city}", "Söt tjej i {city}", "{name}, {age} år", "Mysiga stunder i {city}",
            "Massage och avkoppling", "Ny på sajten", "{name} väntar på dig", "Diskret i {city}"],
    names=["Elin", "Moa", "Ebba", "Wilma", "Alva", "Saga", "Linnea", "Tilda", "Felicia", "Hanna", "Josefin",
           "Matilda", "Frida", "Klara", "Vendela", "Sanna", "Nellie", "Agnes", "Isabelle", "Lova", "Tova", "Ronja",
           "Malin", "Jenny", "Therese"],
    cities=[["Stockholm", "Sthlm", "Stockholm city"], ["Göteborg", "Gothenburg", "Gbg", "Goteborg"],
            ["Malmö", "Malmo", "Malmö C"], ["Uppsala"], ["Västerås", "Vasteras"], ["Örebro", "Orebro"],
            ["Linköping", "Linkoping"], ["Helsingborg"], ["Norrköping"], ["Lund"]],
    age_fmt=["{age} år", "{age} år gammal", "{age}"],
    price_range=(1000, 3000, 100),
    price_fmt=["{p} kr", "{p}:-", "{p} SEK", "kr {p}"],
    synonyms=[("söt", "gullig"), ("mysig", "trevlig"), ("lägenhet", "våning"), ("vacker", "snygg"),
              ("lugn", "avslappnad"), ("alltid", "jämt"), ("gärna", "bara"), ("lite", "en aning"),
              ("kom", "titta"), ("mycket", "väldigt"), ("nya", "fräscha"), ("centrum", "stan"),
              ("ledig", "tillgänglig"), ("boka", "beställ"), ("älskar", "gillar"), ("bara", "enbart"),
              ("snabbt", "fort"), ("trevliga", "härliga")],
    families=[
        fam("""
Hej snygging, jag heter {name} och har precis flyttat till {city}.
Jag är {age} år, smal och har långt brunt hår som når ner till midjan.
Hos mig kan du varva ner efter en lång arbetsdag.
Min lägenhet ligger lugnt till, bara fem minuter från tunnelbanan.
Jag skrattar gärna och tar mig alltid gott om tid för varje gäst.
+Det finns alltid kaffe eller kallt vatten framställt.
Pris: {price} för en timme.
""", emoji="💋 😘"),
        fam("""
Vi presenterar {name}, en charmig tjej på {age} år från Baltikum.
Hon är bara i {city} en kort tid, så passa på att boka.
{name} är vänlig, leende och talar lite engelska.
Hon tar emot i en fin och diskret lägenhet nära centrum.
+Hon uppskattar artiga herrar med god hygien.
Ring receptionen för lediga tider.
Pris från {price}.
"""),
        fam("""
Avslappnande helkroppsmassage i lugn miljö i {city}.
Jag heter {name} och har jobbat med massage i över tio år.
Jag använder varma oljor och mjuk musik så att du kan koppla av helt.
Behandlingen anpassas efter dina önskemål och du bestämmer tempot.
+Möjlighet till dusch före och efter finns.
Tider går att boka från förmiddag till sen kväll.
En timme kostar {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, ny i {city} och redo för trevliga stunder.
Vacker, glad och alltid på gott humör.
+Stannar bara några dagar.
""", emoji="🔥", short=True),
        dict(fam("""
Mogen och elegant kvinna på {age} söker trevliga herrar.
Jag heter {name} och bor i en villa med trädgård strax utanför {city}.
Många av mina gäster kommer tillbaka eftersom de känner sig hemma hos mig.
Jag är närvarande, lyssnar gärna och har mycket livserfarenhet.
+På sommaren sitter vi gärna på altanen med något kallt att dricka.
Jag tar bara emot dagtid på vardagar.
Gåva: {price}.
"""), ages=(43, 58)),
        fam("""
Äntligen tillbaka i {city}! Jag är {name}, {age} år, och jag har saknat Sverige.
Den här gången stannar jag bara en vecka, så boka i tid.
Jag reser runt i Norden och tycker om att träffa nya människor.
Jag bor på ett fint hotell mitt i stan och kan även komma hem till dig.
+Förra gången var alla tider bokade redan efter två dagar.
Skriv vilken dag och tid du vill ha så bekräftar jag snabbt.
""", emoji="✨"),
        fam("""
Två söta väninnor, {name} och hennes bästa vän, tar emot tillsammans i {city}.
Vi är båda {age} år och älskar att ha roligt.
Kom själv eller med en kompis, vi löser det alltid.
Vår lägenhet ligger en trappa upp med egen ingång från gården.
+Vi har öppet de flesta kvällar till midnatt.
Pris för en timme med oss båda: {price}.
""", emoji="💕"),
        fam("""
Hej, jag är {name}, {age} år och pluggar vid sidan om.
Jag är nyfiken, lite blyg i början och pratar väldigt gärna.
Jag har inte hållit på med det här så länge, så var snäll och tålmodig.
Jag tar emot i en liten mysig etta nära {city} centrum.
+Helgerna är nästan alltid lediga.
Skicka gärna ett kort meddelande om dig själv först.
"""),
        fam("""
Välkommen till vår salong i {city} – nya tjejer varje vecka.
Vi har alltid tre eller fyra trevliga damer på plats.
Alla våra tjejer är glada, vänliga och välvårdade.
Salongen har fyra rum med dusch och dämpad belysning.
+Kaffe, te och vatten serveras i väntrummet.
Öppet klockan 10 till 23 alla dagar.
Priser från {price}.
"""),
        fam("""
Blond och gullig i {city}, {name}, {age} år.
Titta förbi för en lugn kväll, jag har gott om tid.
Tar även emot sent.
""", emoji="🌸", short=True),
        fam("""
{name} är en vacker tjej från Östeuropa, bara {age} år gammal.
Hon har precis kommit till {city} och stannar ett par veckor.
Hon är söt och stillsam och har ett underbart leende.
Hon pratar inte svenska, så skriv gärna på engelska.
+Hennes väninna finns också tillgänglig, fråga bara.
Kontakta oss för att höra mer om henne.
Pris: {price} för en halvtimme.
"""),
        fam("""
Elegant sällskap till middagar, evenemang och resor i hela Sverige.
Jag är {name}, {age} år, välklädd och förtjust i god mat och vin.
Jag kan vara både festens medelpunkt och en stillsam samtalspartner.
Jag utgår från {city} men reser gärna.
+Längre träffar och helger enligt önskemål.
Arvode från {price} per timme plus resa.
Ömsesidig respekt och diskretion är viktigt för mig.
""", emoji="🥂"),
        fam("""
Behöver du en paus från vardagen?
Jag är {name}, en avslappnad kvinna på {age} som tar emot i {city}.
Hos mig finns ingen stress och ingen tidspress.
Vi kan börja med att prata över en kopp te och se vart kvällen tar oss.
Jag har ett stort hjärta för blyga män och förstagångsbesökare.
+Du är också välkommen om du bara vill prata.
{price} för en timme.
"""),
        fam("""
Ny tjej i {city}! {name}, {age} år, smal och söt.
Bara den här veckan, så ring snart.
""", emoji="😘", short=True),
        fam("""
Jag bor på hotell i {city} resten av veckan och tar emot dag som natt.
Jag är {name}, {age} år, med gröna ögon och lockigt hår.
Hotellet ligger centralt och det är lätt att hitta parkering.
Du får rumsnumret när du ringer.
+På morgonen är jag som piggast, så kom gärna tidigt.
En timme kostar {price}, en halvtimme lite mindre.
"""),
        fam("""
Thaimassage hos {name} i {city} – traditionell och avslappnande.
Jag lärde mig massage i Chiang Mai och har arbetat i Sverige i många år.
Salongen är liten, ren och ligger i gatuplan.
Du kan välja mellan oljemassage, fotmassage och rygg och nacke.
+Presentkort finns att köpa.
Öppet måndag till lördag 11–21.
60 minuter: {price}.
""", emoji="🌺"),
        fam("""
Jag är {name}, en glad och naturlig tjej från Norrland på {age} år.
Jag har ljusa flätor, fräknar och ett leende som kan smälta is.
Till vardags jobbar jag i en klädbutik och på kvällarna kopplar jag av här.
Jag tar emot i {city} i min egen lilla lägenhet.
+Jag har en katt, så säg till om du är allergisk.
Jag föredrar män som är artiga och har humor.
{price} för en timme tillsammans.
""", emoji="😊"),
        fam("""
Vår nya tjej {name} har precis börjat hos oss i {city}.
Hon är {age} år, har långa ben och en mjuk röst.
Hon tar emot varje dag från lunch till sen kväll.
Vi ser till att allt är tryggt, ordnat och diskret.
+Fråga också efter hennes trevliga kolleger.
Boka henne i dag, hon blir snabbt populär.
"""),
        fam("""
Saknar du sällskap till en middag eller en kväll på stan?
Jag heter {name} och är en välformulerad kvinna på {age} från {city}.
Jag är utbildad sjuksköterska och har rest mycket i Asien och Sydamerika.
Jag tycker om långa samtal, gott rödvin och lugn jazz.
+Jag gillar också friluftsliv och långa promenader längs vattnet.
Träffen börjar alltid med en drink så att vi lär känna varandra.
Pris efter överenskommelse, oftast {price} för kvällen.
"""),
        fam("""
Turné i Sverige: {name} besöker Luleå, Umeå, Sundsvall och {city}.
Hon är {age} år, söt och lätt att prata med.
Hon stannar två dagar i varje stad och tar emot på hotell.
Skicka ett meddelande med stad och tid så hör vi av oss.
+Datumen uppdateras varje måndag.
Pris: {price}.
"""),
    ],
    sopen=["Hej, jag heter {name} och är {age} år.", "Mitt namn är {name}, jag är {age} och bor i {city}.",
           "{name} här, {age} år, från {city}.", "Hejsan! Jag är {name}.", "Välkommen till min profil, jag är {name}.",
           "Söt tjej i {city} söker sällskap.", "God morgon {city}!", "Hej på dig, {name} här.",
           "Jag är {name}, en kvinna på {age}."],
    sframes=["Jag är {adj} och {adj2}.", "Jag har {hair} hår och {eyes} ögon.", "På fritiden älskar jag {hobby}.",
             "Jag tar emot {where}.", "Jag är ledig {when}.", "Jag är {height} cm lång.",
             "Mina gäster säger att jag är {adj2}.", "Jag drömmer om {dream}.", "Jag kommer ursprungligen från {origin}.",
             "Jag gillar män som är {madj}.", "Jag har {pet} hemma.", "Min favoritmat är {food}.",
             "Till vardags jobbar jag som {job}.", "På kvällarna {evening}.", "Jag lyssnar mest på {music}.",
             "Priset är {price}.", "Du hittar mig {place}.", "Jag har funnits på sajten i {years}."],
    sfill={
        "adj": ["söt", "rolig", "lugn", "kärleksfull", "spontan", "nyfiken", "mjuk", "livlig", "äventyrlig"],
        "adj2": ["omtänksam", "charmig", "lätt att prata med", "busig", "romantisk", "glad", "varm", "snäll"],
        "hair": ["långt blont", "kort mörkt", "rött", "lockigt brunt", "rakt svart", "askblont"],
        "eyes": ["blå", "bruna", "gröna", "grå", "mörka"],
        "hobby": ["att baka", "yoga", "att läsa deckare", "långa promenader", "att dansa", "att simma",
                  "trädgårdsarbete", "att måla", "konserter"],
        "where": ["i min egen lägenhet", "på hotell", "i ett litet hus", "på en lugn gata", "i bottenvåningen",
                  "hemma hos mig"],
        "when": ["på kvällarna", "på helgerna", "de flesta dagar", "på förmiddagen", "efter klockan 18",
                 "måndag till fredag"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["att resa till Italien", "ett hus vid havet", "att öppna ett kafé", "att lära mig segla",
                  "en resa till Japan"],
        "origin": ["Skåne", "Dalarna", "Gotland", "Polen", "Brasilien", "Litauen", "Thailand", "Finland"],
        "madj": ["artiga", "lugna", "välvårdade", "humoristiska", "ärliga", "mogna"],
        "pet": ["en liten hund", "två katter", "en papegoja", "ett akvarium"],
        "food": ["pasta", "sushi", "köttbullar", "thaimat", "pizza", "tapas"],
        "job": ["frisör", "säljare", "kock", "förskollärare", "servitris", "ekonomiassistent"],
        "evening": ["kopplar jag av med en film", "tar jag ofta en promenad", "lagar jag mat till vänner",
                    "tränar jag", "tittar jag på serier"],
        "music": ["pop", "jazz", "klassisk musik", "rock", "soul", "elektronisk musik"],
        "place": ["nära stationen", "vid hamnen", "nära centrum", "i ett lugnt område", "precis vid motorvägen"],
        "years": ["ett halvår", "två månader", "ett år", "tre veckor"],
    },
)

# ---------------------------------------------------------------- Norwegian Bokmål
register(
    "nb",
    sites=[
        {"name": "nattsvermer", "host": "nattsvermer.example", "path": "annonse", "weight": 0.33,
         "footer": "Nattsvermer.example er kun en annonseplattform. Annonsørene er selv ansvarlige for innholdet i "
                   "sine annonser. Vi aksepterer ikke annonser for personer under 18 år. Ved å bruke tjenesten "
                   "bekrefter du at du er over 18 år."},
        {"name": "lykteveien", "host": "lykteveien.invalid", "path": "vis", "weight": 0.67, "footer": None},
    ],
    stock=[
        "Kun seriøse henvendelser.", "Diskret og hygienisk.", "Ring eller send melding.", "Ingen sms, bare anrop.",
        "Skjulte nummer besvares ikke.", "Jeg snakker norsk og engelsk.", "Gratis parkering rett utenfor.",
        "Dusj og rene håndklær står klare.", "Kun etter avtale.", "Respekt er en selvfølge.", "Rask respons på sms.",
        "Ingen stress, god tid.", "Alltid rent og ryddig.", "Ta kontakt i god tid.", "Velkommen innom.",
    ],
    contact=["Ring eller send sms til {phone}.", "Tlf: {phone}", "Ring {phone}", "Kontakt meg på {phone}.",
             "Sms eller anrop: {phone}", "Bestill time på {phone}.", "Nummeret mitt er {phone}.", "📱 {phone}"],
    nocontact=["Send meg en melding her på siden.", "Kontakt meg via meldingsfunksjonen.", "Skriv via profilen min."],
    titles=["{name} – ny i {city}", "Søt jente i {city}", "{name}, {age} år", "Koselige stunder i {city}",
            "Massasje og velvære", "Ny på siden", "{name} venter", "Diskret i {city}"],
    names=["Ingrid", "Thea", "Nora", "Sofie", "Emilie", "Vilde", "Tiril", "Ida", "Hedda", "Sigrid", "Kaja",
           "Mathilde", "Silje", "Marte", "Live", "Tuva", "Helene", "Oda", "Synne", "Ragnhild", "Camilla",
           "Julie", "Eline", "Karoline", "Mari"],
    cities=[["Oslo", "Oslo sentrum"], ["Bergen"], ["Trondheim", "Tr.heim", "Trondhjem"], ["Stavanger"],
            ["Tromsø", "Tromso"], ["Kristiansand", "Kr.sand"], ["Drammen"], ["Fredrikstad"], ["Bodø", "Bodo"],
            ["Ålesund", "Aalesund"]],
    age_fmt=["{age} år", "{age} år gammel", "{age}"],
    price_range=(1200, 3500, 100),
    price_fmt=["{p} kr", "{p},-", "{p} NOK", "kr {p}"],
    synonyms=[("koselig", "hyggelig"), ("leilighet", "bolig"), ("vakker", "pen"), ("rolig", "avslappet"),
              ("alltid", "hele tiden"), ("gjerne", "bare"), ("litt", "en smule"), ("veldig", "svært"),
              ("nye", "ferske"), ("sentrum", "byen"), ("ledig", "tilgjengelig"), ("bestill", "book"),
              ("elsker", "liker"), ("raskt", "fort"), ("deilig", "herlig"), ("jente", "dame")],
    families=[
        fam("""
God kveld, jeg heter {name} og har nettopp kommet til {city} fra vestkysten.
Jeg er {age} år, har kastanjebrunt hår og et varmt og åpent smil.
Jeg liker å ta imot i ro og fred, uten å se på klokken.
Leiligheten min har utsikt over fjorden og en stor, myk sofa.
Jeg setter pris på gode samtaler og litt latter underveis.
+Ta gjerne med deg godt humør, resten ordner jeg.
En time hos meg koster {price}.
""", emoji="🌙 💋"),
        fam("""
Vi har gleden av å presentere {name}, en nydelig dame på {age} år.
Hun er på besøk i {city} bare noen få dager før hun reiser videre til Bergen.
{name} er sjenert i starten, men blir fort varm i trøya.
Hun møter deg på et sentralt hotell med egen inngang.
+Hun snakker litt norsk og flytende engelsk.
Kontakt sjåføren hennes for å avtale tid.
Fra {price} for en halvtime.
"""),
        fam("""
Profesjonell svensk massasje i lyse lokaler midt i {city}.
Massøren {name} har over åtte års erfaring og sertifikat fra massasjeskole.
Behandlingen løser opp stive skuldre og gir ny energi.
Vi bruker kun varm, uparfymert olje av god kvalitet.
+Kvittering kan skrives ut på forespørsel.
Åpningstider: hverdager 10–20, lørdag 12–18.
Halvannen time: {price}.
"""),
        fam("""
Blid og leken {name} ({age}) tar imot i {city} hele helgen.
Rask på telefonen, treg på klokken.
""", emoji="😉", short=True),
        dict(fam("""
Voksen og stilfull kvinne i {city} ønsker å bli kjent med kultiverte menn.
Jeg heter {name}, er {age} år og har vært enke i noen år.
Jeg liker opera, lange middager og reiser til Provence.
Min villa ligger skjermet til, og naboene er langt unna.
+Om vinteren tenner jeg alltid i peisen når jeg får besøk.
Jeg tar kun imot på dagtid og helst med et døgns varsel.
Gave fra {price}.
"""), ages=(45, 60)),
        fam("""
Endelig i Norge igjen! Jeg heter {name}, er {age} og kommer fra Brasil.
Jeg har reist gjennom hele Europa, men {city} er favorittbyen min.
Jeg danser samba, lager verdens beste caipirinha og ler høyt.
Denne turen varer bare ti dager, så ikke vent for lenge.
+Jeg kan også møte deg på ditt hotell hvis du ønsker det.
Skriv på engelsk eller portugisisk, så svarer jeg med en gang.
""", emoji="🔥 😘"),
        fam("""
Søstrene {name} og Maja tar imot sammen eller hver for seg i {city}.
Vi er tvillinger på {age} år og ligner nesten ikke på hverandre.
Den ene er rolig og drømmende, den andre er full av fart.
Leiligheten vår ligger i tredje etasje med heis helt opp.
+Vi er tilgjengelige fra ettermiddag til sent på natt.
En time med oss begge koster {price}.
""", emoji="💕"),
        fam("""
Hei du! Jeg heter {name}, jeg er {age} og jobber som frisør på dagtid.
Jeg er nysgjerrig på folk og elsker å høre historier fra andre.
Jeg gjør dette for å spare til min egen salong.
Du finner meg i en liten hybel noen minutter fra {city} stasjon.
+Jeg er mest ledig på søndager og mandager.
Fortell litt om deg selv i første melding.
"""),
        fam("""
Klubb Nordlys i {city} har åpnet dørene igjen etter oppussing.
Hver kveld møter du fem til seks sjarmerende damer fra hele verden.
Baren serverer alkoholfrie drinker og lett mat til alle gjester.
Rommene er nye, lydisolerte og har eget bad.
+Inngang for gjester over 25 år.
Vi holder åpent fra klokken 18 til 04 torsdag til lørdag.
Entré og første drink: {price}.
"""),
        fam("""
Rødhårete {name} i {city} med fregner og store grønne øyne.
Koselig prat, god musikk og ingen hastverk.
""", emoji="🌺", short=True),
        fam("""
{name} er ei ung dame fra Romania på {age} år som akkurat har kommet til {city}.
Hun bor hos oss i en trygg leilighet nær jernbanestasjonen.
Hun er snill, rolig og liker å lage mat til gjestene sine.
Hun forstår ikke norsk ennå, så skriv enkelt på engelsk.
+Vi har også flere jenter som kan komme samtidig.
Send oss en sms, så får du svar innen en halvtime.
Pris: {price} for tretti minutter.
"""),
        fam("""
Diskré ledsager for forretningsreisende i {city} og omegn.
Jeg er {name}, {age} år, med bakgrunn fra økonomi og flytende i tre språk.
Jeg passer like godt inn på en konferansemiddag som på en jazzklubb.
Kledd i svart eller i rødt, du velger.
+Overnatting og helgeturer avtales i god tid.
Honorar {price} i timen, minimum to timer.
"""),
        fam("""
Tenk deg en kveld der alt bare handler om deg.
Jeg er {name}, {age}, og jeg lager den perfekte stemningen i {city}.
Stearinlys, rolig musikk og et glass vin venter når du kommer.
Jeg lytter mer enn jeg snakker, og jeg dømmer aldri.
Mange av mine faste gjester kom første gang fordi de var ensomme.
+Førstegangsbesøkende får ekstra god tid.
{price} for en time.
"""),
        fam("""
Helt ny i {city}! {name}, {age}, ringer deg tilbake raskt.
Bare her til fredag.
""", emoji="✨", short=True),
        fam("""
Jeg har leid et hotellrom i {city} denne uken og tar imot nesten døgnet rundt.
Jeg er {name}, {age} år, høy og atletisk med kort, lyst hår.
Hotellet har garasje under bakken og heis rett opp til etasjen min.
Du får romnummeret i en sms når du er i resepsjonen.
+Tidlige morgener er helt greit for meg.
Prisen er {price} for en time.
"""),
        fam("""
Tradisjonell thaimassasje hos {name} på Grünerløkka og i {city}.
Jeg er født i Udon Thani og har drevet min egen klinikk i seks år.
Du ligger på en tykk madrass på gulvet, helt påkledd i løse klær.
Massasjen kombinerer trykk, tøying og varme urteposer.
+Gavekort selges i resepsjonen.
Stengt på søndager og røde dager.
En time og et kvarter: {price}.
"""),
        fam("""
Jeg heter {name}, er {age} år og er en ekte jente fra Nord-Norge.
Jeg har lange lyse fletter, og jeg går på ski hele vinteren.
Jeg jobber i en barnehage, men om kveldene er jeg her for deg.
Du finner meg i en liten leilighet i {city} med utsikt mot havna.
+Jeg har to katter, så si fra hvis du er allergisk.
Jeg liker høflige menn som ikke har dårlig tid.
{price} for en time sammen med meg.
""", emoji="😊"),
        fam("""
Vår nyeste dame {name} har startet i vårt private studio i {city}.
Hun er {age} år, slank, med lange mørke krøller og en mild stemme.
Hun jobber hver dag fra klokken tolv til midnatt.
Alle våre gjester blir tatt imot med respekt og full diskresjon.
+Spør også etter hennes søte venninne fra Litauen.
Bestill time i dag, hun blir fort fullbooket.
"""),
        fam("""
Er du på jakt etter selskap til kino, middag eller en tur på byen?
Mitt navn er {name}, jeg er {age} år og bor i {city}.
Jeg har studert historie og kan fortelle om alt fra vikinger til jugendstil.
Jeg elsker sushi, god musikk og lange samtaler om natten.
+Om sommeren tar jeg deg gjerne med på båttur.
Vi starter alltid med en kaffe for å se om kjemien stemmer.
Pris {price} for kvelden, lengre avtaler etter ønske.
"""),
        fam("""
Norgesturné: {name} kommer til Bodø, Tromsø, Ålesund og {city} i løpet av måneden.
Hun er {age} år, blid og lett å snakke med.
Hun blir to netter i hver by og bor på sentrale hoteller.
Send melding med by og ønsket tidspunkt, så bekrefter vi.
+Ny reiseplan legges ut hver søndag.
Pris: {price}.
"""),
    ],
    sopen=["Hei, jeg heter {name} og er {age} år.", "Navnet mitt er {name}, jeg er {age} og bor i {city}.",
           "{name} her, {age} år, fra {city}.", "Heisann! Jeg er {name}.", "Velkommen til profilen min, jeg er {name}.",
           "Søt jente i {city} søker selskap.", "God morgen {city}!", "Hei på deg, {name} her.",
           "Jeg er {name}, ei dame på {age}."],
    sframes=["Jeg er {adj} og {adj2}.", "Jeg har {hair} hår og {eyes} øyne.", "På fritiden elsker jeg {hobby}.",
             "Jeg tar imot {where}.", "Jeg er ledig {when}.", "Jeg er {height} cm høy.",
             "Gjestene mine sier at jeg er {adj2}.", "Jeg drømmer om {dream}.", "Jeg kommer opprinnelig fra {origin}.",
             "Jeg liker menn som er {madj}.", "Jeg har {pet} hjemme.", "Favorittmaten min er {food}.",
             "Til vanlig jobber jeg som {job}.", "Om kveldene {evening}.", "Jeg hører mest på {music}.",
             "Prisen er {price}.", "Du finner meg {place}.", "Jeg har vært på siden i {years}."],
    sfill={
        "adj": ["søt", "morsom", "rolig", "kjærlig", "spontan", "nysgjerrig", "myk", "livlig", "eventyrlysten"],
        "adj2": ["omsorgsfull", "sjarmerende", "lett å prate med", "frekk", "romantisk", "glad", "varm", "snill"],
        "hair": ["langt lyst", "kort mørkt", "rødt", "krøllete brunt", "glatt svart", "askeblondt"],
        "eyes": ["blå", "brune", "grønne", "grå", "mørke"],
        "hobby": ["å bake", "yoga", "å lese krim", "lange turer i skogen", "å danse", "å svømme", "hagearbeid",
                  "å male", "konserter"],
        "where": ["i min egen leilighet", "på hotell", "i et lite hus", "i en rolig gate", "i første etasje",
                  "hjemme hos meg selv"],
        "when": ["om kveldene", "i helgene", "de fleste dager", "på formiddagen", "etter klokken 18",
                 "mandag til fredag"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["å reise til Italia", "et hus ved sjøen", "å åpne en kafé", "å lære å seile", "en tur til Japan"],
        "origin": ["Vestlandet", "Finnmark", "Telemark", "Polen", "Brasil", "Litauen", "Thailand", "Spania"],
        "madj": ["høflige", "rolige", "velstelte", "morsomme", "ærlige", "modne"],
        "pet": ["en liten hund", "to katter", "en papegøye", "et akvarium"],
        "food": ["pasta", "sushi", "kjøttkaker", "thaimat", "pizza", "tapas"],
        "job": ["frisør", "selger", "kokk", "barnehagelærer", "servitør", "regnskapsfører"],
        "evening": ["slapper jeg av med en film", "går jeg ofte en tur", "lager jeg mat til venner",
                    "trener jeg", "ser jeg serier"],
        "music": ["pop", "jazz", "klassisk musikk", "rock", "soul", "elektronisk musikk"],
        "place": ["nær stasjonen", "ved havna", "nær sentrum", "i et rolig strøk", "like ved motorveien"],
        "years": ["et halvt år", "to måneder", "ett år", "tre uker"],
    },
)

# ---------------------------------------------------------------- English
register(
    "en",
    sites=[
        {"name": "velvetnights", "host": "velvetnights.example", "path": "ad", "weight": 0.33,
         "footer": "All advertisements on Velvet Nights are placed by the advertisers themselves. VelvetNights.example "
                   "does not check, endorse or take responsibility for their content. Advertising anyone under the "
                   "age of 18 is strictly forbidden and will be reported. By using this site you confirm that you "
                   "are 18 or older."},
        {"name": "companionboard", "host": "companionboard.invalid", "path": "listing", "weight": 0.67, "footer": None},
    ],
    stock=[
        "Only serious inquiries.", "Discreet and clean.", "No SMS, only calls.", "No withheld numbers.",
        "Call or text.", "I speak English and a little Spanish.", "Free parking nearby.",
        "Shower and fresh towels available.", "By appointment only.", "Respect is a must.", "Quick reply by text.",
        "No rush, plenty of time.", "Always clean and tidy.", "Please book in advance.", "Genuine photos.",
        "Time wasters will be blocked.",
    ],
    contact=["Call or text {phone}.", "Tel: {phone}", "Call {phone}", "Contact me on {phone}.",
             "Text or call: {phone}", "Book on {phone}.", "My number is {phone}.", "WhatsApp {phone}"],
    nocontact=["Message me through the site.", "Contact me via the message button.", "Send me a message on my profile."],
    titles=["{name} – new in {city}", "Sweet girl in {city}", "{name}, {age}", "Lovely company in {city}",
            "Relaxing massage", "New on the site", "{name} is waiting", "Discreet in {city}"],
    names=["Chloe", "Amber", "Jade", "Kelly", "Daisy", "Holly", "Ruby", "Poppy", "Megan", "Lauren", "Stacey",
           "Gemma", "Leah", "Bethany", "Sasha", "Crystal", "Angel", "Tiffany", "Scarlett", "Isla", "Rosie",
           "Natalie", "Jessica", "Victoria", "Eve"],
    cities=[["London", "Central London", "LDN"], ["Manchester", "Manc"], ["Birmingham", "Brum"], ["Leeds"],
            ["Liverpool"], ["Bristol"], ["Glasgow"], ["Edinburgh", "Edinburgh city"], ["Cardiff"], ["Newcastle"]],
    age_fmt=["{age} years", "{age} yrs", "{age}"],
    price_range=(80, 300, 10),
    price_fmt=["£{p}", "{p} GBP", "£{p} per hour", "{p} pounds"],
    synonyms=[("sweet", "lovely"), ("flat", "apartment"), ("beautiful", "gorgeous"), ("relaxed", "laid-back"),
              ("cosy", "snug"), ("really", "truly"), ("a little", "a bit"), ("very", "super"), ("new", "fresh"),
              ("centre", "center"), ("available", "free"), ("book", "reserve"), ("love", "adore"),
              ("quickly", "fast"), ("gentlemen", "gents"), ("friendly", "warm")],
    families=[
        fam("""
Hi there, I'm {name}, a bubbly brunette who has just moved to {city}.
I'm {age}, petite and curvy with a cheeky smile and soft skin.
My flat is warm and private, with a big comfy sofa and low lights.
I love good conversation and I never watch the clock.
+Tea, coffee or a cold drink is always waiting for you.
Prices start at {price} for an hour.
""", emoji="💋 😘"),
        fam("""
We are proud to introduce {name}, a stunning {age} year old model.
She is visiting {city} for one week only before she flies back home.
{name} is elegant, well spoken and loves to dress up.
She sees gentlemen at a luxury hotel a short walk from the station.
+Outcalls to your hotel are possible on request.
Please call our receptionist to check her diary.
Rates from {price}.
"""),
        fam("""
Deep tissue and relaxing massage in a quiet studio near {city} centre.
My name is {name} and I trained as a sports therapist.
I work out the knots in your shoulders and back with warm oil and calm music.
Each session is tailored to how you feel on the day.
+Towels, robe and a private shower are provided.
Open seven days from 10am until late.
One hour costs {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, just arrived in {city} and ready to meet you.
Sweet smile, great company, zero drama.
""", emoji="🔥", short=True),
        dict(fam("""
Mature, classy lady in {city} looking for well mannered gentlemen.
I'm {name}, {age}, a retired teacher with a love for books and red wine.
My cottage has a garden full of roses and a fireplace for the winter.
Many of my visitors return because they feel at home with me.
+In summer we can sit outside on the terrace.
I only see visitors during the day on weekdays.
My gift is {price}.
"""), ages=(45, 62)),
        fam("""
Back in {city} by popular demand! I'm {name}, {age}, from Sao Paulo.
I am touring the UK this month and can only stay a few days in each city.
I love dancing, cocktails and laughing until late.
I'm staying in a nice hotel in the city centre and can also visit you.
+Last time my diary was full within two days.
Text me the day and time you would like and I will confirm quickly.
""", emoji="✨ 😘"),
        fam("""
Two best friends, {name} and her bubbly blonde friend, now seeing guests together in {city}.
We are both {age} and love to have fun.
Come alone or bring a friend, we will make it work.
Our apartment is on the first floor with its own private entrance.
+We are open most evenings until midnight.
One hour with both of us is {price}.
""", emoji="💕"),
        fam("""
Hello, I'm {name}, {age}, a university student working part time.
I'm curious, a bit shy at first, and I really love to chat.
I haven't been doing this for long, so please be kind and patient.
I host in a small cosy studio flat close to {city} centre.
+My weekends are usually free.
Please send a short message about yourself first.
"""),
        fam("""
Welcome to our parlour in {city} – new ladies every week.
There are always three or four lovely ladies on shift.
All our ladies are smiley, friendly and well groomed.
We have four rooms with en-suite showers and mood lighting.
+Coffee, tea and water are served in the lounge.
Open from 10am until 11pm every day.
Prices from {price}.
"""),
        fam("""
Blonde, sweet and easy going in {city}. {name}, {age}.
Pop by for a relaxed evening, I have plenty of time.
Late visits welcome.
""", emoji="🌸", short=True),
        fam("""
{name} is a lovely girl from Eastern Europe, only {age} years old.
She has just arrived in {city} and will stay for a couple of weeks.
She is quiet and sweet with a beautiful smile.
She doesn't speak much English, so please keep messages simple.
+Her friend is also available, just ask.
Contact us to find out more about her.
Price: {price} for half an hour.
"""),
        fam("""
Elegant companion for dinners, events and travel across the country.
I'm {name}, {age}, well dressed and passionate about good food and wine.
I can be the life of the party or a quiet conversation partner.
I'm based in {city} but happy to travel.
+Longer dates and weekends on request.
My fee starts at {price} per hour plus travel.
Mutual respect and discretion matter a lot to me.
""", emoji="🥂"),
        fam("""
Fancy a break from the daily grind?
I'm {name}, a laid-back woman of {age} seeing guests in {city}.
With me there is no stress and no pressure at all.
We can start with a chat and a cup of tea and see where the evening takes us.
I have a soft spot for shy men and first timers.
+You are also welcome if you just want to talk.
{price} for an hour.
"""),
        fam("""
New girl in {city}! {name}, {age}, slim and sweet.
This week only, so call soon.
""", emoji="😘", short=True),
        fam("""
I'm staying in a hotel in {city} for the rest of the week and see guests day and night.
I'm {name}, {age}, with green eyes and curly hair.
The hotel is central and parking is easy to find.
I will give you the room number when you call.
+Mornings are when I feel most fresh, so come early if you like.
An hour is {price}, half an hour a little less.
"""),
        fam("""
Authentic Thai massage by {name} in {city}, traditional and relaxing.
I learned massage in Bangkok and have worked in Britain for many years.
The clinic is small, spotless and on the ground floor.
Choose between oil massage, foot massage and back and neck.
+Gift vouchers are available.
Open Monday to Saturday from 11 to 9.
60 minutes: {price}.
""", emoji="🌺"),
        fam("""
I'm {name}, a cheerful country girl from Yorkshire, {age} years young.
I have long blonde plaits, freckles and a smile that can melt ice.
By day I work in a bakery, and in the evenings I relax here.
I see guests in {city} in my own little flat.
+I have a cat, so let me know if you are allergic.
I prefer men who are polite and have a sense of humour.
{price} for an hour together.
""", emoji="😊"),
        fam("""
Our new girl {name} has just started with us in {city}.
She is {age}, with long legs and a soft voice.
She sees guests every day from midday until late evening.
We make sure everything is safe, tidy and discreet.
+Ask about her lovely colleagues too.
Book her today, she will be popular fast.
"""),
        fam("""
Looking for company for dinner or a night on the town?
My name is {name}, an articulate woman of {age} from {city}.
I trained as a nurse and have travelled widely in Asia and South America.
I enjoy long conversations, good red wine and quiet jazz.
+I also love the outdoors and long walks by the sea.
Every date starts with a drink so we can get to know each other.
Price by arrangement, usually {price} for the evening.
"""),
        fam("""
UK tour: {name} is visiting Leeds, York, Sheffield and {city} this month.
She is {age}, sweet and easy to talk to.
She stays two days in each city and sees guests at her hotel.
Send a message with city and time and we will get back to you.
+Dates are updated every Monday.
Price: {price}.
"""),
        fam("""
Good evening and welcome to my little page.
I'm {name}, a calm and gentle woman of {age} living in {city}.
I studied music and I still play the piano every free afternoon.
Regulars describe me as warm, witty and a little bit naughty.
I enjoy the company of men with good manners and an open mind.
+I take Sundays and bank holidays off.
If I miss your call I will ring you back within the hour.
Rates: {price} for one hour, longer bookings by arrangement.
""", emoji="🌙"),
        fam("""
Hi! I'm {name} from Romania, {age}, and I work alone.
I have fair hair and blue eyes and my English is good.
I live in a tidy apartment in {city} with a lift.
I only meet people after a short phone call first.
+I have lived in this country for three years and I love it here.
You pay {price} for one hour.
"""),
    ],
    sopen=["Hi, my name is {name} and I'm {age}.", "I'm {name}, {age}, living in {city}.",
           "{name} here, {age}, from {city}.", "Hiya! I'm {name}.", "Welcome to my profile, I'm {name}.",
           "Sweet girl in {city} looking for company.", "Good morning {city}!", "Hey you, {name} here.",
           "I'm {name}, a woman of {age}."],
    sframes=["I'm {adj} and {adj2}.", "I have {hair} hair and {eyes} eyes.", "In my free time I love {hobby}.",
             "I see guests {where}.", "I'm available {when}.", "I'm {height} cm tall.",
             "My guests say I'm {adj2}.", "I dream of {dream}.", "I'm originally from {origin}.",
             "I like men who are {madj}.", "I have {pet} at home.", "My favourite food is {food}.",
             "By day I work as a {job}.", "In the evenings {evening}.", "I mostly listen to {music}.",
             "My rate is {price}.", "You'll find me {place}.", "I've been on this site for {years}."],
    sfill={
        "adj": ["sweet", "funny", "calm", "affectionate", "spontaneous", "curious", "gentle", "lively", "adventurous"],
        "adj2": ["caring", "charming", "easy to talk to", "cheeky", "romantic", "happy", "warm", "kind"],
        "hair": ["long blonde", "short dark", "red", "curly brown", "straight black", "ash blonde"],
        "eyes": ["blue", "brown", "green", "grey", "dark"],
        "hobby": ["baking", "yoga", "reading crime novels", "long walks", "dancing", "swimming", "gardening",
                  "painting", "live music"],
        "where": ["in my own flat", "at a hotel", "in a little house", "on a quiet street", "on the ground floor",
                  "at my place"],
        "when": ["in the evenings", "at weekends", "most days", "in the mornings", "after 6pm", "Monday to Friday"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["travelling to Italy", "a house by the sea", "opening a cafe", "learning to sail", "a trip to Japan"],
        "origin": ["Cornwall", "Wales", "Ireland", "Poland", "Brazil", "Lithuania", "Thailand", "Spain"],
        "madj": ["polite", "calm", "well groomed", "funny", "honest", "mature"],
        "pet": ["a little dog", "two cats", "a parrot", "a fish tank"],
        "food": ["pasta", "sushi", "a Sunday roast", "Thai food", "pizza", "tapas"],
        "job": ["hairdresser", "shop assistant", "cook", "nursery nurse", "waitress", "bookkeeper"],
        "evening": ["I relax with a film", "I often go for a walk", "I cook for friends", "I go to the gym",
                    "I watch box sets"],
        "music": ["pop", "jazz", "classical music", "rock", "soul", "dance music"],
        "place": ["near the station", "by the harbour", "close to the centre", "in a quiet area",
                  "right by the motorway"],
        "years": ["six months", "two months", "a year", "three weeks"],
    },
)

# ---------------------------------------------------------------- German
register(
    "de",
    sites=[
        {"name": "nachtfalter", "host": "nachtfalter.example", "path": "anzeige", "weight": 0.33,
         "footer": "Alle Anzeigen auf Nachtfalter werden von den Inserenten selbst eingestellt. Nachtfalter.example "
                   "übernimmt keine Haftung für den Inhalt der Anzeigen. Anzeigen mit Personen unter 18 Jahren sind "
                   "verboten und werden zur Anzeige gebracht. Mit der Nutzung dieser Seite bestätigst du, dass du "
                   "volljährig bist."},
        {"name": "rotlicht-kompass", "host": "rotlicht-kompass.invalid", "path": "inserat", "weight": 0.67,
         "footer": None},
    ],
    stock=[
        "Nur ernst gemeinte Anfragen.", "Diskret und hygienisch.", "Keine SMS, nur Anrufe.",
        "Keine unterdrückten Nummern.", "Ruf an oder schreib mir.", "Ich spreche Deutsch und Englisch.",
        "Parkplätze vor der Tür.", "Dusche und frische Handtücher vorhanden.", "Nur mit Termin.",
        "Respekt ist selbstverständlich.", "Schnelle Antwort per SMS.", "Kein Zeitdruck.", "Immer sauber und gepflegt.",
        "Bitte rechtzeitig anmelden.", "Echte Fotos.", "Ich freue mich auf deinen Anruf.",
    ],
    contact=["Ruf an oder schreib: {phone}", "Tel.: {phone}", "Anrufen unter {phone}", "Erreichbar unter {phone}.",
             "SMS oder Anruf: {phone}", "Termine unter {phone}.", "Meine Nummer: {phone}", "Handy {phone}"],
    nocontact=["Schreib mir über die Nachrichtenfunktion.", "Kontakt nur über die Seite.",
               "Schick mir eine Nachricht über mein Profil."],
    titles=["{name} – neu in {city}", "Süße Lady in {city}", "{name}, {age} Jahre", "Schöne Stunden in {city}",
            "Massage und Entspannung", "Neu hier", "{name} wartet auf dich", "Diskret in {city}"],
    names=["Lena", "Mia", "Hannah", "Lea", "Laura", "Anna", "Julia", "Nina", "Sarah", "Vanessa", "Jessica",
           "Melanie", "Sandra", "Katrin", "Tanja", "Bianca", "Jasmin", "Franziska", "Miriam", "Svenja", "Kim",
           "Larissa", "Alina", "Nicole", "Sabine"],
    cities=[["München", "Muenchen", "Munich"], ["Köln", "Koeln", "Cologne"], ["Berlin", "Berlin-Mitte"],
            ["Hamburg", "HH"], ["Frankfurt", "Frankfurt am Main", "Ffm"], ["Stuttgart"], ["Düsseldorf", "Duesseldorf"],
            ["Leipzig"], ["Hannover"], ["Nürnberg", "Nuernberg"]],
    age_fmt=["{age} Jahre", "{age} J.", "{age}"],
    price_range=(100, 300, 10),
    price_fmt=["{p} Euro", "{p} €", "€ {p}", "{p} EUR"],
    synonyms=[("schöne", "wunderbare"), ("gemütlich", "kuschelig"), ("Wohnung", "Apartment"), ("hübsch", "attraktiv"),
              ("entspannt", "locker"), ("immer", "stets"), ("gerne", "gern"), ("ein bisschen", "etwas"),
              ("sehr", "echt"), ("neue", "frische"), ("Zentrum", "Innenstadt"), ("buchen", "reservieren"),
              ("liebe", "mag"), ("schnell", "zügig"), ("Herren", "Männer"), ("freundlich", "nett")],
    families=[
        fam("""
Hallo mein Lieber, ich bin {name} und neu in {city}.
Ich bin {age} Jahre jung, schlank, mit langen dunklen Haaren und sanften braunen Augen.
Bei mir kannst du den Alltag vergessen und einfach abschalten.
Meine Wohnung liegt ruhig in einem Hinterhaus, nur wenige Minuten von der S-Bahn.
Ich nehme mir für jeden Gast viel Zeit und lache gerne.
+Ein Glas Sekt oder ein Kaffee steht immer für dich bereit.
Eine Stunde kostet {price}.
""", emoji="💋 😘"),
        fam("""
Unsere Agentur stellt vor: {name}, ein bezauberndes Model mit {age} Jahren.
Sie ist nur kurze Zeit in {city} und danach wieder in Wien.
{name} ist charmant, gebildet und spricht fließend Englisch und Französisch.
Sie empfängt gepflegte Herren in einem Boutique-Hotel in der Altstadt.
+Haus- und Hotelbesuche sind nach Absprache möglich.
Termine vereinbart unsere Rezeption täglich ab 11 Uhr.
Honorar ab {price}.
"""),
        fam("""
Wohltuende Ganzkörpermassage in angenehmer Atmosphäre in {city}.
Ich heiße {name} und bin ausgebildete Masseurin mit eigener kleiner Praxis.
Mit warmem Öl und ruhiger Musik lösen wir gemeinsam deine Verspannungen.
Jede Behandlung stimme ich vorher in einem kurzen Gespräch mit dir ab.
+Auf Wunsch gibt es vorher und nachher eine heiße Dusche.
Termine von Montag bis Samstag zwischen 9 und 21 Uhr.
60 Minuten für {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, frisch in {city} eingetroffen und gut gelaunt.
Zärtlich, verspielt und immer pünktlich.
+Nur bis Sonntag hier.
""", emoji="🔥", short=True),
        dict(fam("""
Reife, gepflegte Dame aus {city} verwöhnt den anspruchsvollen Herrn.
Ich bin {name}, {age} Jahre, verwitwet und lebe in einem Haus am Stadtrand.
Viele meiner Besucher kommen seit Jahren regelmäßig wieder.
Ich bin eine gute Zuhörerin und habe viel Lebenserfahrung.
+Im Sommer sitzen wir gern im Wintergarten bei einem kühlen Getränk.
Besuche nur werktags und tagsüber nach Vereinbarung.
Taschengeld {price}.
"""), ages=(44, 60)),
        fam("""
Endlich wieder in {city}! Ich bin {name}, {age}, und komme ursprünglich aus Kolumbien.
Ich bin diesen Monat auf Deutschlandreise und bleibe nur wenige Tage pro Stadt.
Ich tanze leidenschaftlich gern, koche scharf und lache laut.
Ich wohne in einem eleganten Apartment direkt am Hauptbahnhof.
+Letztes Mal war ich nach zwei Tagen komplett ausgebucht.
Schreib mir Tag und Uhrzeit, dann bestätige ich dir den Termin.
""", emoji="✨ 😘"),
        fam("""
Zwei beste Freundinnen, {name} und ihre lustige Kollegin, empfangen gemeinsam in {city}.
Wir sind beide {age} und lieben gute Laune.
Du kannst allein kommen oder einen Freund mitbringen.
Unser Apartment liegt im zweiten Stock mit separatem Eingang.
+Wir sind fast jeden Abend bis Mitternacht da.
Eine Stunde mit uns beiden kostet {price}.
""", emoji="💕"),
        fam("""
Hi, ich bin {name}, {age} und studiere nebenbei Architektur.
Ich bin neugierig, am Anfang etwas schüchtern und rede sehr gern.
Ich mache das erst seit kurzem, also sei bitte geduldig mit mir.
Ich empfange in einer kleinen WG-freien Wohnung nahe {city} Zentrum.
+An den Wochenenden habe ich meistens Zeit.
Schreib mir bitte zuerst ein paar Zeilen über dich.
"""),
        fam("""
Herzlich willkommen im Studio Sonnenschein in {city} – jede Woche neue Damen.
Bei uns arbeiten täglich drei bis fünf nette Frauen.
Alle Damen sind gepflegt, freundlich und gut gelaunt.
Das Studio hat vier Zimmer mit eigener Dusche und gedämpftem Licht.
+Getränke sind im Preis inbegriffen.
Geöffnet täglich von 10 bis 24 Uhr, auch an Feiertagen.
Preise ab {price}.
"""),
        fam("""
Süße Blondine in {city}, {name}, {age}.
Komm vorbei auf einen entspannten Abend, ich habe viel Zeit.
Auch spät noch erreichbar.
""", emoji="🌸", short=True),
        fam("""
{name} ist ein hübsches Mädchen aus Osteuropa, erst {age} Jahre alt.
Sie ist gerade in {city} angekommen und bleibt zwei Wochen.
Sie ist lieb, ruhig und hat ein wunderschönes Lächeln.
Sie spricht kaum Deutsch, bitte schreibt einfach auf Englisch.
+Ihre Freundin ist ebenfalls verfügbar.
Meldet euch bei uns für weitere Informationen.
Preis: {price} für eine halbe Stunde.
"""),
        fam("""
Stilvolle Begleitung für Geschäftsessen, Events und Reisen in ganz Deutschland.
Ich bin {name}, {age}, mit Sinn für Mode, gutes Essen und guten Wein.
Auf jedem Parkett fühle ich mich sicher, vom Opernball bis zum Biergarten.
Mein Wohnort ist {city}, aber ich reise gern.
+Wochenendbuchungen nach Absprache.
Honorar ab {price} pro Stunde zuzüglich Anfahrt.
Gegenseitiger Respekt und Diskretion sind mir wichtig.
""", emoji="🥂"),
        fam("""
Brauchst du eine Pause vom Stress?
Ich bin {name}, eine entspannte Frau mit {age}, und empfange in {city}.
Bei mir gibt es keine Hektik und keinen Zeitdruck.
Wir fangen mit einem Tee an und schauen dann, wohin uns der Abend führt.
Schüchterne Männer und Anfänger sind bei mir besonders willkommen.
+Auch wenn du nur reden möchtest, bist du willkommen.
{price} für eine Stunde.
"""),
        fam("""
Neu in {city}! {name}, {age}, zierlich und lieb.
Nur diese Woche, also ruf schnell an.
""", emoji="😘", short=True),
        fam("""
Diese Woche wohne ich im Hotel in {city} und bin Tag und Nacht für dich da.
Ich bin {name}, {age}, mit grünen Augen und rotblonden Locken.
Das Hotel liegt zentral, eine Tiefgarage ist direkt nebenan.
Die Zimmernummer bekommst du, wenn du unten an der Rezeption anrufst.
+Morgens bin ich am ausgeschlafensten, komm also gern früh.
Eine Stunde {price}, eine halbe Stunde etwas weniger.
"""),
        fam("""
Original Thai-Massage bei {name} in {city} – traditionell und wohltuend.
Ich habe in Bangkok gelernt und arbeite seit zwölf Jahren in Deutschland.
Die kleine Praxis ist sauber, hell und liegt im Erdgeschoss.
Zur Auswahl stehen Ölmassage, Fußreflexzonen und Rücken-Nacken.
+Gutscheine gibt es auch zum Verschenken.
Montag bis Samstag von 10 bis 20 Uhr geöffnet.
75 Minuten: {price}.
""", emoji="🌺"),
        fam("""
Ich bin {name}, ein fröhliches Mädel vom Land aus dem Allgäu, {age} Jahre.
Ich habe blonde Zöpfe, Sommersprossen und ein ansteckendes Lachen.
Tagsüber arbeite ich in einer Bäckerei, abends bin ich hier für dich da.
Ich empfange in {city} in meiner eigenen kleinen Wohnung.
+Ich habe einen Hund, sag Bescheid, falls du allergisch bist.
Ich mag höfliche Männer mit Humor.
{price} für eine gemeinsame Stunde.
""", emoji="😊"),
        fam("""
Unser neues Mädchen {name} hat gerade bei uns in {city} angefangen.
Sie ist {age}, hat lange Beine und eine sanfte Stimme.
Sie empfängt täglich von mittags bis spät abends.
Wir sorgen dafür, dass alles sicher, ordentlich und diskret abläuft.
+Frag auch nach ihren netten Kolleginnen.
Buch sie noch heute, sie ist schnell ausgebucht.
"""),
        fam("""
Suchst du Begleitung für ein Abendessen oder einen Theaterbesuch?
Mein Name ist {name}, ich bin eine wortgewandte Frau von {age} aus {city}.
Ich bin Krankenschwester und bin viel durch Asien und Südamerika gereist.
Ich mag lange Gespräche, kräftigen Rotwein und leisen Jazz.
+Ich wandere auch gern und liebe lange Spaziergänge am Rhein.
Jedes Treffen beginnt mit einem Drink, damit wir uns kennenlernen.
Preis nach Absprache, meist {price} für den Abend.
"""),
        fam("""
Deutschlandtour: {name} besucht diesen Monat Bremen, Kassel, Dresden und {city}.
Sie ist {age}, lieb und unkompliziert.
Sie bleibt zwei Tage pro Stadt und empfängt im Hotel.
Schick eine Nachricht mit Stadt und Uhrzeit, wir melden uns.
+Die Termine werden jeden Montag aktualisiert.
Preis: {price}.
"""),
        fam("""
Guten Abend und willkommen auf meiner kleinen Seite.
Ich bin {name}, eine ruhige und sanfte Frau von {age}, wohnhaft in {city}.
Ich habe Musik studiert und spiele jeden freien Nachmittag Klavier.
Stammgäste beschreiben mich als warmherzig, witzig und ein bisschen frech.
Ich genieße die Gesellschaft von Männern mit guten Manieren.
+Sonntags und an Feiertagen habe ich frei.
Wenn ich deinen Anruf verpasse, rufe ich innerhalb einer Stunde zurück.
{price} für eine Stunde, länger nach Absprache.
""", emoji="🌙"),
    ],
    sopen=["Hallo, ich heiße {name} und bin {age}.", "Ich bin {name}, {age}, und wohne in {city}.",
           "{name} hier, {age}, aus {city}.", "Hallöchen! Ich bin {name}.", "Willkommen auf meinem Profil, ich bin {name}.",
           "Süße Frau in {city} sucht Gesellschaft.", "Guten Morgen {city}!", "Hey du, hier ist {name}.",
           "Ich bin {name}, eine Frau von {age}."],
    sframes=["Ich bin {adj} und {adj2}.", "Ich habe {hair} Haare und {eyes} Augen.", "In meiner Freizeit liebe ich {hobby}.",
             "Ich empfange {where}.", "Ich habe {when} Zeit.", "Ich bin {height} cm groß.",
             "Meine Gäste sagen, ich sei {adj2}.", "Ich träume von {dream}.", "Ich komme ursprünglich aus {origin}.",
             "Ich mag Männer, die {madj} sind.", "Ich habe {pet} zu Hause.", "Mein Lieblingsessen ist {food}.",
             "Tagsüber arbeite ich als {job}.", "Abends {evening}.", "Ich höre am liebsten {music}.",
             "Mein Preis ist {price}.", "Du findest mich {place}.", "Ich bin seit {years} auf der Seite."],
    sfill={
        "adj": ["süß", "lustig", "ruhig", "liebevoll", "spontan", "neugierig", "sanft", "lebhaft", "abenteuerlustig"],
        "adj2": ["fürsorglich", "charmant", "leicht zu reden", "frech", "romantisch", "fröhlich", "warmherzig", "lieb"],
        "hair": ["lange blonde", "kurze dunkle", "rote", "lockige braune", "glatte schwarze", "aschblonde"],
        "eyes": ["blaue", "braune", "grüne", "graue", "dunkle"],
        "hobby": ["Backen", "Yoga", "Krimis", "lange Spaziergänge", "Tanzen", "Schwimmen", "Gartenarbeit",
                  "Malen", "Konzerte"],
        "where": ["in meiner eigenen Wohnung", "im Hotel", "in einem kleinen Haus", "in einer ruhigen Straße",
                  "im Erdgeschoss", "bei mir zu Hause"],
        "when": ["abends", "am Wochenende", "an den meisten Tagen", "vormittags", "ab 18 Uhr", "montags bis freitags"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["einer Reise nach Italien", "einem Haus am Meer", "einem eigenen Café", "einem Segelschein",
                  "einer Reise nach Japan"],
        "origin": ["Bayern", "Sachsen", "Österreich", "Polen", "Brasilien", "Litauen", "Thailand", "Spanien"],
        "madj": ["höflich", "ruhig", "gepflegt", "witzig", "ehrlich", "reif"],
        "pet": ["einen kleinen Hund", "zwei Katzen", "einen Papagei", "ein Aquarium"],
        "food": ["Pasta", "Sushi", "Schnitzel", "Thai-Curry", "Pizza", "Tapas"],
        "job": ["Friseurin", "Verkäuferin", "Köchin", "Erzieherin", "Kellnerin", "Buchhalterin"],
        "evening": ["entspanne ich mit einem Film", "gehe ich oft spazieren", "koche ich für Freunde",
                    "gehe ich ins Fitnessstudio", "schaue ich Serien"],
        "music": ["Pop", "Jazz", "Klassik", "Rock", "Soul", "elektronische Musik"],
        "place": ["nahe dem Bahnhof", "am Hafen", "nahe der Innenstadt", "in einer ruhigen Gegend",
                  "direkt an der Autobahn"],
        "years": ["einem halben Jahr", "zwei Monaten", "einem Jahr", "drei Wochen"],
    },
)

# ---------------------------------------------------------------- Polish
register(
    "pl",
    sites=[
        {"name": "nocnemotyle", "host": "nocnemotyle.example", "path": "ogloszenie", "weight": 0.33,
         "footer": "Wszystkie ogłoszenia w serwisie Nocne Motyle są zamieszczane przez samych ogłoszeniodawców. "
                   "NocneMotyle.example nie ponosi odpowiedzialności za ich treść. Ogłoszenia dotyczące osób "
                   "poniżej 18 roku życia są zabronione i zgłaszane na policję. Korzystając z serwisu, potwierdzasz, "
                   "że jesteś pełnoletni."},
        {"name": "czerwonalatarnia", "host": "czerwonalatarnia.invalid", "path": "anons", "weight": 0.67,
         "footer": None},
    ],
    stock=[
        "Tylko poważne oferty.", "Dyskretnie i higienicznie.", "Bez SMS, tylko telefony.",
        "Nie odbieram zastrzeżonych numerów.", "Zadzwoń lub napisz.", "Mówię po polsku i angielsku.",
        "Parking pod domem.", "Prysznic i czyste ręczniki na miejscu.", "Tylko po wcześniejszym umówieniu.",
        "Szacunek to podstawa.", "Szybko odpisuję na SMS.", "Bez pośpiechu.", "Zawsze czysto i schludnie.",
        "Umów się wcześniej.", "Prawdziwe zdjęcia.",
    ],
    contact=["Zadzwoń lub napisz: {phone}", "Tel. {phone}", "Dzwoń {phone}", "Kontakt: {phone}",
             "SMS lub telefon: {phone}", "Rezerwacje pod numerem {phone}.", "Mój numer: {phone}", "📞 {phone}"],
    nocontact=["Napisz do mnie przez serwis.", "Kontakt tylko przez wiadomości.", "Wyślij wiadomość przez profil."],
    titles=["{name} – nowa w {city_loc}", "Słodka dziewczyna, {city}", "{name}, {age} lat", "Miłe chwile {city}",
            "Masaż i relaks", "Nowa w serwisie", "{name} czeka na Ciebie", "Dyskretnie {city}"],
    names=["Kasia", "Ola", "Magda", "Natalia", "Monika", "Agnieszka", "Paulina", "Ewelina", "Justyna", "Karolina",
           "Marta", "Iwona", "Dominika", "Weronika", "Patrycja", "Sylwia", "Joanna", "Zuzanna", "Gosia", "Basia",
           "Emilia", "Klaudia", "Aneta", "Roksana", "Wiktoria"],
    # (nominative, genitive, locative): "do Warszawy", "w Warszawie"
    cities=[[("Warszawa", "Warszawy", "Warszawie"), ("Wawa", "Wawy", "Wawie"), ("W-wa", "W-wy", "W-wie")],
            [("Kraków", "Krakowa", "Krakowie"), ("Krakow", "Krakowa", "Krakowie")],
            [("Wrocław", "Wrocławia", "Wrocławiu"), ("Wroclaw", "Wroclawia", "Wroclawiu")],
            [("Gdańsk", "Gdańska", "Gdańsku"), ("Gdansk", "Gdanska", "Gdansku"), ("Trójmiasto", "Trójmiasta", "Trójmieście")],
            [("Poznań", "Poznania", "Poznaniu"), ("Poznan", "Poznania", "Poznaniu")],
            [("Łódź", "Łodzi", "Łodzi"), ("Lodz", "Lodzi", "Lodzi")], [("Katowice", "Katowic", "Katowicach")],
            [("Szczecin", "Szczecina", "Szczecinie")], [("Lublin", "Lublina", "Lublinie")],
            [("Bydgoszcz", "Bydgoszczy", "Bydgoszczy")]],
    age_fmt=["{age} lat", "{age} l.", "{age}"],
    price_range=(200, 800, 50),
    price_fmt=["{p} zł", "{p} PLN", "{p} zl", "{p},-"],
    synonyms=[("miła", "sympatyczna"), ("przytulne", "klimatyczne"), ("mieszkanie", "apartament"),
              ("piękna", "śliczna"), ("spokojna", "wyluzowana"), ("zawsze", "stale"), ("chętnie", "z przyjemnością"),
              ("trochę", "nieco"), ("bardzo", "naprawdę"), ("nowe", "świeże"), ("centrum", "śródmieście"),
              ("kocham", "uwielbiam"), ("szybko", "prędko"), ("panów", "mężczyzn"), ("zapraszam", "serdecznie zapraszam")],
    families=[
        fam("""
Cześć, mam na imię {name} i od niedawna mieszkam w {city_loc}.
Mam {age} lat, jestem szczupłą brunetką o ciepłym spojrzeniu.
U mnie odpoczniesz od pracy i codziennych obowiązków.
Mieszkanie jest przytulne, ciche i blisko przystanku tramwajowego.
Lubię się śmiać i nigdy nie patrzę na zegarek.
+Kawa albo herbata zawsze czeka na gościa.
Godzina kosztuje {price}.
""", emoji="💋 😘"),
        fam("""
Przedstawiamy nową dziewczynę: {name}, urocza i zadbana, {age} lat.
Jest w {city_loc} tylko przez kilka dni, potem wraca do Gdańska.
{name} jest elegancka, uśmiechnięta i dobrze mówi po angielsku.
Przyjmuje kulturalnych panów w dyskretnym apartamencie w centrum.
+Wyjazdy do hotelu są możliwe po ustaleniu.
Zadzwoń do naszej recepcji, aby poznać wolne terminy.
Cena od {price}.
"""),
        fam("""
Relaksujący masaż całego ciała w spokojnym gabinecie w {city_loc}.
Nazywam się {name} i od ośmiu lat zajmuję się masażem.
Używam ciepłych olejków i łagodnej muzyki, żebyś mógł się całkowicie wyciszyć.
Każdy zabieg dopasowuję do Twoich potrzeb.
+Przed i po masażu możesz skorzystać z prysznica.
Terminy od rana do późnego wieczora.
Godzina masażu: {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, nowa w {city_loc}, zawsze uśmiechnięta.
Ciepła, delikatna i bardzo punktualna.
+Tylko do niedzieli.
""", emoji="🔥", short=True),
        dict(fam("""
Dojrzała, zadbana pani z {city_gen} zaprasza kulturalnych panów.
Jestem {name}, mam {age} lat i mieszkam w domu z ogrodem na obrzeżach miasta.
Wielu moich gości wraca, bo czują się u mnie jak w domu.
Umiem słuchać i mam duże doświadczenie życiowe.
+Latem siadamy na tarasie przy zimnej lemoniadzie.
Przyjmuję tylko w dni robocze, w ciągu dnia.
Prezent: {price}.
"""), ages=(42, 58)),
        fam("""
Wróciłam do {city_gen}! Jestem {name}, mam {age} lat i pochodzę z Ukrainy.
W tym miesiącu podróżuję po Polsce i w każdym mieście jestem tylko kilka dni.
Uwielbiam tańczyć, gotować pierogi i długo rozmawiać.
Mieszkam w ładnym hotelu w centrum, mogę też przyjechać do Ciebie.
+Ostatnio wszystkie terminy rozeszły się w dwa dni.
Napisz, który dzień i godzina Ci pasują, a szybko potwierdzę.
""", emoji="✨"),
        fam("""
Dwie przyjaciółki, {name} i jej wesoła koleżanka, przyjmują razem w {city_loc}.
Obie mamy po {age} lat i lubimy dobrą zabawę.
Możesz przyjść sam albo z kolegą, zawsze się dogadamy.
Nasze mieszkanie jest na pierwszym piętrze z osobnym wejściem.
+Jesteśmy dostępne prawie każdego wieczoru do północy.
Godzina z nami dwiema kosztuje {price}.
""", emoji="💕"),
        fam("""
Hej, jestem {name}, mam {age} lat i studiuję zaocznie.
Jestem ciekawa świata, na początku trochę nieśmiała i bardzo gadatliwa.
Robię to od niedawna, więc proszę o cierpliwość i wyrozumiałość.
Przyjmuję w małej kawalerce niedaleko centrum {city_gen}.
+W weekendy prawie zawsze mam czas.
Napisz najpierw kilka słów o sobie.
"""),
        fam("""
Zapraszamy do naszego salonu w {city_loc} – co tydzień nowe dziewczyny.
Codziennie pracują u nas trzy lub cztery miłe panie.
Wszystkie są zadbane, uśmiechnięte i sympatyczne.
Salon ma cztery pokoje z prysznicem i przyciemnionym światłem.
+W poczekalni czeka kawa, herbata i woda.
Czynne codziennie od 10 do 23.
Ceny od {price}.
"""),
        fam("""
Słodka blondynka z {city_gen}, {name}, {age} lat.
Wpadnij na spokojny wieczór, mam dużo czasu.
Przyjmuję też późno.
""", emoji="🌸", short=True),
        fam("""
{name} to śliczna dziewczyna ze Wschodu, ma dopiero {age} lat.
Właśnie przyjechała do {city_gen} i zostanie tu dwa tygodnie.
Jest miła, cicha i ma piękny uśmiech.
Słabo mówi po polsku, więc piszcie prosto po angielsku.
+Jej koleżanka też jest dostępna, wystarczy zapytać.
Skontaktuj się z nami, żeby dowiedzieć się więcej.
Cena: {price} za pół godziny.
"""),
        fam("""
Elegancka towarzyszka na kolacje, bankiety i podróże po całym kraju.
Jestem {name}, mam {age} lat, dbam o styl i lubię dobrą kuchnię.
Potrafię być duszą towarzystwa albo spokojną rozmówczynią.
Mieszkam w {city_loc}, ale chętnie podróżuję.
+Dłuższe spotkania i weekendy po uzgodnieniu.
Honorarium od {price} za godzinę plus dojazd.
Wzajemny szacunek i dyskrecja są dla mnie najważniejsze.
""", emoji="🥂"),
        fam("""
Potrzebujesz chwili oddechu od codzienności?
Jestem {name}, spokojna kobieta w wieku {age} lat, przyjmuję w {city_loc}.
U mnie nie ma stresu ani pośpiechu.
Zaczniemy od rozmowy przy herbacie i zobaczymy, dokąd nas zaprowadzi wieczór.
Szczególnie ciepło witam nieśmiałych panów i debiutantów.
+Możesz też przyjść tylko porozmawiać.
{price} za godzinę.
"""),
        fam("""
Nowa dziewczyna w {city_loc}! {name}, {age} lat, drobna i słodka.
Tylko w tym tygodniu, dzwoń szybko.
""", emoji="😘", short=True),
        fam("""
Do końca tygodnia mieszkam w hotelu w {city_loc} i przyjmuję o każdej porze.
Jestem {name}, mam {age} lat, zielone oczy i kręcone włosy.
Hotel jest w centrum, a parking łatwo znaleźć.
Numer pokoju podam, gdy zadzwonisz z recepcji.
+Rano jestem najbardziej wypoczęta, więc zapraszam wcześnie.
Godzina {price}, pół godziny trochę mniej.
"""),
        fam("""
Tradycyjny masaż tajski w {city_loc}, zaprasza {name}.
Uczyłam się masażu w Bangkoku i od lat pracuję w Polsce.
Gabinet jest mały, czysty i znajduje się na parterze.
Do wyboru masaż olejkiem, masaż stóp albo pleców i karku.
+Można kupić bony podarunkowe.
Otwarte od poniedziałku do soboty w godzinach 11–21.
60 minut: {price}.
""", emoji="🌺"),
        fam("""
Jestem {name}, wesoła dziewczyna z Podhala, mam {age} lat.
Mam jasne warkocze, piegi i uśmiech, który roztapia lody.
Na co dzień pracuję w piekarni, a wieczorami odpoczywam tutaj.
Przyjmuję w {city_loc} w swoim małym mieszkaniu.
+Mam kota, więc daj znać, jeśli masz alergię.
Lubię uprzejmych mężczyzn z poczuciem humoru.
{price} za wspólną godzinę.
""", emoji="😊"),
        fam("""
Nasza nowa dziewczyna {name} właśnie zaczęła u nas w {city_loc}.
Ma {age} lat, długie nogi i łagodny głos.
Przyjmuje codziennie od południa do późnego wieczora.
Dbamy o to, żeby wszystko było bezpieczne, czyste i dyskretne.
+Zapytaj też o jej miłe koleżanki.
Zarezerwuj ją już dziś, szybko robi się popularna.
"""),
        fam("""
Szukasz towarzystwa na kolację albo wieczór w mieście?
Nazywam się {name}, jestem elokwentną kobietą w wieku {age} lat z {city_gen}.
Z zawodu jestem pielęgniarką i dużo podróżowałam po Azji i Ameryce Południowej.
Lubię długie rozmowy, czerwone wino i spokojny jazz.
+Kocham też góry i długie spacery nad morzem.
Każde spotkanie zaczynamy od drinka, żeby się poznać.
Cena do uzgodnienia, zwykle {price} za wieczór.
"""),
        fam("""
Trasa po Polsce: {name} odwiedza w tym miesiącu Toruń, Olsztyn i Rzeszów, a potem przyjeżdża do {city_gen}.
Ma {age} lat, jest miła i łatwo się z nią rozmawia.
W każdym mieście zostaje dwa dni i przyjmuje w hotelu.
Wyślij wiadomość z miastem i godziną, a odezwiemy się.
+Terminy aktualizujemy w każdy poniedziałek.
Cena: {price}.
"""),
    ],
    sopen=["Cześć, mam na imię {name} i mam {age} lat.", "Jestem {name}, mam {age} lat i mieszkam w {city_loc}.",
           "{name}, {age} lat, {city}.", "Hej! Tu {name}.", "Witaj na moim profilu, jestem {name}.",
           "Miła dziewczyna z {city_gen} szuka towarzystwa.", "Dzień dobry, {city}!", "Hej, tu {name}.",
           "Jestem {name}, kobieta w wieku {age} lat."],
    sframes=["Jestem {adj} i {adj2}.", "Mam {hair} włosy i {eyes} oczy.", "W wolnym czasie uwielbiam {hobby}.",
             "Przyjmuję {where}.", "Jestem dostępna {when}.", "Mam {height} cm wzrostu.",
             "Goście mówią, że jestem {adj2}.", "Marzę o {dream}.", "Pochodzę z {origin}.",
             "Lubię mężczyzn, którzy są {madj}.", "W domu mam {pet}.", "Moje ulubione jedzenie to {food}.",
             "Na co dzień pracuję jako {job}.", "Wieczorami {evening}.", "Najczęściej słucham {music}.",
             "Moja cena to {price}.", "Znajdziesz mnie {place}.", "Jestem w serwisie od {years}."],
    sfill={
        "adj": ["słodka", "zabawna", "spokojna", "czuła", "spontaniczna", "ciekawa świata", "delikatna", "energiczna"],
        "adj2": ["opiekuńcza", "urocza", "otwarta", "zadziorna", "romantyczna", "wesoła", "ciepła", "miła"],
        "hair": ["długie jasne", "krótkie ciemne", "rude", "kręcone brązowe", "proste czarne", "popielate"],
        "eyes": ["niebieskie", "brązowe", "zielone", "szare", "ciemne"],
        "hobby": ["pieczenie", "jogę", "kryminały", "długie spacery", "taniec", "pływanie", "ogród",
                  "malowanie", "koncerty"],
        "where": ["we własnym mieszkaniu", "w hotelu", "w małym domku", "przy cichej ulicy", "na parterze",
                  "u siebie"],
        "when": ["wieczorami", "w weekendy", "prawie codziennie", "przed południem", "po 18", "od poniedziałku do piątku"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["podróży do Włoch", "domu nad morzem", "własnej kawiarni", "nauce żeglowania", "wycieczce do Japonii"],
        "origin": ["Mazur", "Śląska", "Pomorza", "Ukrainy", "Brazylii", "Litwy", "Tajlandii", "Hiszpanii"],
        "madj": ["uprzejmi", "spokojni", "zadbani", "zabawni", "szczerzy", "dojrzali"],
        "pet": ["małego psa", "dwa koty", "papugę", "akwarium"],
        "food": ["makaron", "sushi", "pierogi", "kuchnia tajska", "pizza", "tapas"],
        "job": ["fryzjerka", "sprzedawczyni", "kucharka", "przedszkolanka", "kelnerka", "księgowa"],
        "evening": ["odpoczywam przy filmie", "chodzę na spacery", "gotuję dla znajomych", "chodzę na siłownię",
                    "oglądam seriale"],
        "music": ["popu", "jazzu", "muzyki klasycznej", "rocka", "soulu", "muzyki elektronicznej"],
        "place": ["blisko dworca", "przy porcie", "blisko centrum", "w spokojnej okolicy", "tuż przy autostradzie"],
        "years": ["pół roku", "dwóch miesięcy", "roku", "trzech tygodni"],
    },
)

# ---------------------------------------------------------------- Romanian
register(
    "ro",
    sites=[
        {"name": "fluturidenoapte", "host": "fluturidenoapte.example", "path": "anunt", "weight": 0.33,
         "footer": "Toate anunțurile de pe Fluturi de Noapte sunt publicate de către autorii lor. "
                   "FluturiDeNoapte.example nu își asumă răspunderea pentru conținutul anunțurilor. Anunțurile cu "
                   "persoane sub 18 ani sunt interzise și vor fi raportate autorităților. Folosind site-ul, confirmi "
                   "că ai împlinit 18 ani."},
        {"name": "felinarulrosu", "host": "felinarulrosu.invalid", "path": "profil", "weight": 0.67, "footer": None},
    ],
    stock=[
        "Doar persoane serioase.", "Discreție și igienă.", "Fără SMS, doar apeluri.", "Nu răspund la numere ascunse.",
        "Sună sau scrie.", "Vorbesc română și engleză.", "Parcare gratuită în apropiere.",
        "Duș și prosoape curate la dispoziție.", "Doar cu programare.", "Respectul e obligatoriu.",
        "Răspund repede la mesaje.", "Fără grabă.", "Mereu curat și ordonat.", "Te rog sună din timp.",
        "Poze reale.",
    ],
    contact=["Sună sau scrie la {phone}.", "Tel: {phone}", "Sună la {phone}", "Contact: {phone}",
             "SMS sau apel: {phone}", "Programări la {phone}.", "Numărul meu: {phone}", "WhatsApp {phone}"],
    nocontact=["Scrie-mi prin site.", "Contact doar prin mesaje.", "Trimite-mi un mesaj din profil."],
    titles=["{name} – nouă în {city}", "Fată dulce în {city}", "{name}, {age} ani", "Momente plăcute în {city}",
            "Masaj și relaxare", "Nouă pe site", "{name} te așteaptă", "Discret în {city}"],
    names=["Ioana", "Andreea", "Elena", "Alexandra", "Maria", "Bianca", "Cristina", "Diana", "Roxana", "Larisa",
           "Denisa", "Alina", "Raluca", "Simona", "Mădălina", "Oana", "Ana", "Georgiana", "Daria", "Carmen",
           "Irina", "Florentina", "Loredana", "Sorina", "Corina"],
    cities=[["București", "Bucuresti", "Bucharest", "Buc"], ["Cluj-Napoca", "Cluj"], ["Timișoara", "Timisoara"],
            ["Iași", "Iasi"], ["Constanța", "Constanta"], ["Brașov", "Brasov"], ["Craiova"], ["Sibiu"],
            ["Oradea"], ["Galați", "Galati"]],
    age_fmt=["{age} ani", "{age}"],
    price_range=(200, 800, 50),
    price_fmt=["{p} lei", "{p} RON", "{p} de lei", "{p} ron"],
    synonyms=[("dulce", "drăguță"), ("apartament", "garsonieră"), ("frumoasă", "superbă"), ("liniștit", "calm"),
              ("mereu", "întotdeauna"), ("puțin", "un pic"), ("foarte", "super"), ("noi", "proaspete"),
              ("centru", "zona centrală"), ("iubesc", "ador"), ("repede", "rapid"), ("domni", "bărbați"),
              ("te aștept", "te aștept cu drag"), ("plăcută", "simpatică")],
    families=[
        fam("""
Bună, mă numesc {name} și m-am mutat de curând în {city}.
Am {age} de ani, sunt o brunetă suplă cu ochi căprui și zâmbet cald.
La mine te poți relaxa după o zi lungă de muncă.
Apartamentul meu e liniștit, curat și aproape de stația de metrou.
Îmi place să râd și nu mă uit niciodată la ceas.
+Te așteaptă mereu o cafea sau un pahar cu apă rece.
O oră costă {price}.
""", emoji="💋 😘"),
        fam("""
Vă prezentăm pe {name}, o tânără fermecătoare de {age} de ani.
Este în {city} doar câteva zile, apoi pleacă la Constanța.
{name} este elegantă, zâmbitoare și vorbește bine engleza.
Primește domni politicoși într-un apartament discret din centru.
+Deplasări la hotel sunt posibile la cerere.
Sunați la recepție pentru intervalele libere.
Tarif de la {price}.
"""),
        fam("""
Masaj de relaxare pe tot corpul într-un cabinet liniștit din {city}.
Mă numesc {name} și lucrez ca maseuză de peste șapte ani.
Folosesc uleiuri calde și muzică lină ca să te poți deconecta complet.
Fiecare ședință o adaptez după cum te simți în ziua respectivă.
+Înainte și după masaj poți face un duș.
Programări de dimineața până seara târziu.
O oră de masaj: {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, nouă în {city}, veselă și cochetă.
Caldă, delicată și mereu punctuală.
+Doar până duminică.
""", emoji="🔥", short=True),
        dict(fam("""
Doamnă matură și elegantă din {city} primește domni manierați.
Sunt {name}, am {age} de ani și locuiesc într-o casă cu grădină la marginea orașului.
Mulți dintre vizitatorii mei revin pentru că se simt ca acasă.
Știu să ascult și am multă experiență de viață.
+Vara stăm pe terasă la o limonadă rece.
Primesc doar în timpul zilei, în zilele lucrătoare.
Cadou: {price}.
"""), ages=(42, 58)),
        fam("""
M-am întors în {city}! Sunt {name}, am {age} de ani și vin din Republica Moldova.
Luna aceasta călătoresc prin țară și stau doar câteva zile în fiecare oraș.
Ador să dansez, să gătesc sarmale și să povestesc până târziu.
Stau la un hotel frumos în centru și pot veni și la tine.
+Data trecută toate orele au fost ocupate în două zile.
Scrie-mi ziua și ora dorită și îți confirm imediat.
""", emoji="✨"),
        fam("""
Două prietene, {name} și colega ei veselă, primesc împreună în {city}.
Amândouă avem {age} de ani și ne place distracția.
Poți veni singur sau cu un prieten, ne înțelegem mereu.
Apartamentul nostru e la etajul unu, cu intrare separată.
+Suntem disponibile aproape în fiecare seară până la miezul nopții.
O oră cu amândouă costă {price}.
""", emoji="💕"),
        fam("""
Salut, sunt {name}, am {age} de ani și sunt studentă la drept.
Sunt curioasă, puțin timidă la început și foarte vorbăreață.
Fac asta de puțin timp, așa că te rog să fii răbdător.
Primesc într-o garsonieră mică aproape de centrul orașului {city}.
+În weekend am aproape mereu timp.
Scrie-mi mai întâi câteva cuvinte despre tine.
"""),
        fam("""
Bine ați venit la salonul nostru din {city} – fete noi în fiecare săptămână.
Zilnic lucrează la noi trei sau patru doamne simpatice.
Toate sunt îngrijite, zâmbitoare și prietenoase.
Salonul are patru camere cu duș și lumină difuză.
+În sala de așteptare servim cafea, ceai și apă.
Deschis zilnic între orele 10 și 23.
Prețuri de la {price}.
"""),
        fam("""
Blondă dulce în {city}, {name}, {age} de ani.
Treci pe la mine pentru o seară liniștită, am timp berechet.
Primesc și târziu.
""", emoji="🌸", short=True),
        fam("""
{name} este o fată frumoasă din est, are doar {age} de ani.
Tocmai a sosit în {city} și rămâne aici două săptămâni.
Este blândă, tăcută și are un zâmbet minunat.
Nu vorbește bine limba, așa că scrieți simplu în engleză.
+Și prietena ei este disponibilă, întrebați.
Contactați-ne pentru mai multe detalii despre ea.
Preț: {price} pentru o jumătate de oră.
"""),
        fam("""
Însoțitoare elegantă pentru cine, evenimente și călătorii în toată țara.
Sunt {name}, am {age} de ani, mă îmbrac cu stil și iubesc mâncarea bună.
Pot fi sufletul petrecerii sau o parteneră de conversație liniștită.
Locuiesc în {city}, dar călătoresc cu plăcere.
+Întâlniri mai lungi și weekenduri la cerere.
Onorariu de la {price} pe oră plus transportul.
Respectul reciproc și discreția sunt foarte importante pentru mine.
""", emoji="🥂"),
        fam("""
Ai nevoie de o pauză de la agitația de zi cu zi?
Sunt {name}, o femeie relaxată de {age} de ani și primesc în {city}.
La mine nu există stres și nici grabă.
Începem cu o discuție la un ceai și vedem unde ne duce seara.
Îi primesc cu drag pe bărbații timizi și pe cei aflați la prima experiență.
+Poți veni și doar să stăm de vorbă.
{price} pentru o oră.
"""),
        fam("""
Fată nouă în {city}! {name}, {age} de ani, micuță și dulce.
Doar săptămâna aceasta, sună repede.
""", emoji="😘", short=True),
        fam("""
Până la sfârșitul săptămânii stau la hotel în {city} și primesc zi și noapte.
Sunt {name}, am {age} de ani, ochi verzi și păr creț.
Hotelul e central și se găsește ușor loc de parcare.
Îți dau numărul camerei când mă suni de la recepție.
+Dimineața sunt cea mai odihnită, așa că poți veni devreme.
O oră {price}, jumătate de oră puțin mai puțin.
"""),
        fam("""
Masaj thailandez tradițional la {name} în {city}.
Am învățat masajul la Bangkok și lucrez de mulți ani în România.
Cabinetul este mic, curat și se află la parter.
Poți alege masaj cu ulei, masaj la picioare sau spate și ceafă.
+Avem și vouchere cadou.
Deschis de luni până sâmbătă între 11 și 21.
60 de minute: {price}.
""", emoji="🌺"),
        fam("""
Sunt {name}, o fată veselă de la munte, din Maramureș, am {age} de ani.
Am codițe blonde, pistrui și un zâmbet care topește gheața.
Ziua lucrez la o brutărie, iar seara mă relaxez aici.
Primesc în {city}, în apartamentul meu mic.
+Am o pisică, spune-mi dacă ești alergic.
Îmi plac bărbații politicoși și cu simțul umorului.
{price} pentru o oră împreună.
""", emoji="😊"),
        fam("""
Noua noastră fată, {name}, tocmai a început la noi în {city}.
Are {age} de ani, picioare lungi și o voce blândă.
Primește zilnic de la prânz până seara târziu.
Avem grijă ca totul să fie sigur, curat și discret.
+Întreabă și de colegele ei simpatice.
Rezerv-o chiar azi, devine repede foarte căutată.
"""),
        fam("""
Cauți companie pentru o cină sau o seară în oraș?
Mă numesc {name}, sunt o femeie elocventă de {age} de ani din {city}.
Sunt asistentă medicală de meserie și am călătorit mult prin Asia și America de Sud.
Îmi plac discuțiile lungi, vinul roșu și jazzul liniștit.
+Iubesc și muntele și plimbările lungi pe malul mării.
Fiecare întâlnire începe cu un pahar, ca să ne cunoaștem.
Preț negociabil, de obicei {price} pentru o seară.
"""),
        fam("""
Turneu prin țară: {name} vizitează luna aceasta Arad, Pitești, Suceava și {city}.
Are {age} de ani, e dulce și se vorbește ușor cu ea.
Stă două zile în fiecare oraș și primește la hotel.
Trimite un mesaj cu orașul și ora, iar noi revenim.
+Datele se actualizează în fiecare luni.
Preț: {price}.
"""),
    ],
    sopen=["Bună, mă numesc {name} și am {age} de ani.", "Sunt {name}, am {age} de ani și locuiesc în {city}.",
           "{name} aici, {age} de ani, din {city}.", "Salut! Sunt {name}.", "Bine ai venit pe profilul meu, sunt {name}.",
           "Fată drăguță din {city} caută companie.", "Bună dimineața, {city}!", "Hei, aici e {name}.",
           "Sunt {name}, o femeie de {age} de ani."],
    sframes=["Sunt {adj} și {adj2}.", "Am părul {hair} și ochii {eyes}.", "În timpul liber îmi place {hobby}.",
             "Primesc {where}.", "Sunt disponibilă {when}.", "Am {height} cm înălțime.",
             "Musafirii spun că sunt {adj2}.", "Visez la {dream}.", "Sunt originară din {origin}.",
             "Îmi plac bărbații {madj}.", "Acasă am {pet}.", "Mâncarea mea preferată este {food}.",
             "Ziua lucrez ca {job}.", "Seara {evening}.", "Ascult mai ales {music}.",
             "Tariful meu este {price}.", "Mă găsești {place}.", "Sunt pe site de {years}."],
    sfill={
        "adj": ["dulce", "amuzantă", "calmă", "afectuoasă", "spontană", "curioasă", "blândă", "plină de viață"],
        "adj2": ["grijulie", "fermecătoare", "ușor de abordat", "jucăușă", "romantică", "veselă", "caldă", "cuminte"],
        "hair": ["lung și blond", "scurt și închis", "roșcat", "creț și castaniu", "drept și negru", "cenușiu"],
        "eyes": ["albaștri", "căprui", "verzi", "gri", "negri"],
        "hobby": ["să fac prăjituri", "yoga", "să citesc romane polițiste", "să mă plimb", "să dansez", "să înot",
                  "grădinăritul", "să pictez", "concertele"],
        "where": ["în apartamentul meu", "la hotel", "într-o căsuță", "pe o stradă liniștită", "la parter",
                  "la mine acasă"],
        "when": ["seara", "în weekend", "aproape zilnic", "dimineața", "după ora 18", "de luni până vineri"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["o călătorie în Italia", "o casă la mare", "o cafenea a mea", "o vacanță în Japonia",
                  "o plimbare cu barca"],
        "origin": ["Banat", "Oltenia", "Bucovina", "Republica Moldova", "Brazilia", "Ungaria", "Thailanda", "Spania"],
        "madj": ["politicoși", "calmi", "îngrijiți", "amuzanți", "sinceri", "maturi"],
        "pet": ["un cățel", "două pisici", "un papagal", "un acvariu"],
        "food": ["paste", "sushi", "sarmalele", "mâncarea thailandeză", "pizza", "tapas"],
        "job": ["coafeză", "vânzătoare", "bucătăreasă", "educatoare", "ospătăriță", "contabilă"],
        "evening": ["mă relaxez cu un film", "ies la plimbare", "gătesc pentru prieteni", "merg la sală",
                    "mă uit la seriale"],
        "music": ["pop", "jazz", "muzică clasică", "rock", "soul", "muzică electronică"],
        "place": ["lângă gară", "lângă port", "aproape de centru", "într-un cartier liniștit", "lângă autostradă"],
        "years": ["o jumătate de an", "două luni", "un an", "trei săptămâni"],
    },
)

# ---------------------------------------------------------------- Spanish
register(
    "es",
    sites=[
        {"name": "mariposanocturna", "host": "mariposanocturna.example", "path": "anuncio", "weight": 0.33,
         "footer": "Todos los anuncios de Mariposa Nocturna son publicados por los propios anunciantes. "
                   "MariposaNocturna.example no se hace responsable de su contenido. Están prohibidos los anuncios "
                   "de personas menores de 18 años y serán denunciados. Al usar esta web confirmas que eres mayor "
                   "de edad."},
        {"name": "farolrojo", "host": "farolrojo.invalid", "path": "perfil", "weight": 0.67, "footer": None},
    ],
    stock=[
        "Solo personas serias.", "Discreción e higiene.", "Sin SMS, solo llamadas.", "No atiendo números ocultos.",
        "Llama o escribe.", "Hablo español e inglés.", "Aparcamiento fácil en la zona.",
        "Ducha y toallas limpias disponibles.", "Solo con cita previa.", "El respeto es lo primero.",
        "Respondo rápido por WhatsApp.", "Sin prisas.", "Siempre limpio y ordenado.", "Reserva con antelación.",
        "Fotos reales.",
    ],
    contact=["Llama o escribe al {phone}.", "Tel: {phone}", "Llámame al {phone}", "Contacto: {phone}",
             "WhatsApp o llamada: {phone}", "Citas en el {phone}.", "Mi número: {phone}", "📞 {phone}"],
    nocontact=["Escríbeme por la web.", "Contacto solo por mensaje privado.", "Mándame un mensaje desde el perfil."],
    titles=["{name} – nueva en {city}", "Chica dulce en {city}", "{name}, {age} años", "Momentos agradables en {city}",
            "Masaje y relax", "Nueva en la web", "{name} te espera", "Discreta en {city}"],
    names=["Lucía", "Carla", "Paula", "Marta", "Sara", "Andrea", "Valeria", "Daniela", "Sofía", "Alba", "Nerea",
           "Irene", "Claudia", "Noelia", "Rocío", "Lorena", "Yolanda", "Esther", "Paloma", "Natalia", "Ainhoa",
           "Celia", "Jimena", "Aitana", "Mónica"],
    cities=[["Madrid", "Madrid centro"], ["Barcelona", "BCN", "Barna"], ["Valencia", "València"],
            ["Sevilla", "Seville"], ["Málaga", "Malaga"], ["Bilbao", "Bilbo"], ["Zaragoza"], ["Alicante", "Alacant"],
            ["Palma", "Palma de Mallorca"], ["Granada"]],
    age_fmt=["{age} años", "{age}"],
    price_range=(60, 250, 10),
    price_fmt=["{p} €", "{p} euros", "{p}€", "€{p}"],
    synonyms=[("dulce", "cariñosa"), ("acogedor", "agradable"), ("piso", "apartamento"), ("guapa", "preciosa"),
              ("tranquila", "relajada"), ("siempre", "en todo momento"), ("un poco", "algo"), ("muy", "súper"),
              ("nuevas", "distintas"), ("centro", "casco antiguo"), ("me encanta", "adoro"), ("rápido", "pronto"),
              ("caballeros", "señores"), ("simpática", "maja")],
    families=[
        fam("""
Hola guapo, me llamo {name} y acabo de llegar a {city}.
Tengo {age} años, soy morena, delgada y con una sonrisa que no se olvida.
Conmigo puedes desconectar después de un día largo de trabajo.
Mi piso es acogedor, tranquilo y está al lado del metro.
Me encanta reír y nunca miro el reloj.
+Siempre tengo un café o un refresco preparado para ti.
Una hora cuesta {price}.
""", emoji="💋 😘"),
        fam("""
Os presentamos a {name}, una joven encantadora de {age} años.
Está en {city} solo unos días antes de volver a Lisboa.
{name} es elegante, risueña y habla bien inglés y portugués.
Recibe a caballeros educados en un apartamento discreto del centro.
+Salidas a hotel posibles bajo petición.
Llamad a recepción para consultar los huecos libres.
Tarifa desde {price}.
"""),
        fam("""
Masaje relajante de cuerpo entero en un gabinete tranquilo de {city}.
Me llamo {name} y llevo más de seis años dedicándome al masaje.
Uso aceites templados y música suave para que desconectes del todo.
Cada sesión la adapto a cómo te encuentres ese día.
+Puedes ducharte antes y después del masaje.
Citas desde media mañana hasta la noche.
Una hora de masaje: {price}.
""", emoji="🌸"),
        fam("""
{name}, {age}, recién llegada a {city}, alegre y coqueta.
Cariñosa, delicada y siempre puntual.
+Solo hasta el domingo.
""", emoji="🔥", short=True),
        dict(fam("""
Señora madura y elegante de {city} recibe a caballeros educados.
Soy {name}, tengo {age} años y vivo en un chalet con jardín a las afueras.
Muchos de mis visitantes repiten porque se sienten como en casa.
Sé escuchar y tengo mucha experiencia de la vida.
+En verano nos sentamos en la terraza con una limonada fría.
Recibo solo de día y entre semana.
Regalo: {price}.
"""), ages=(42, 58)),
        fam("""
¡He vuelto a {city}! Soy {name}, tengo {age} años y soy de Medellín.
Este mes estoy de gira por España y me quedo pocos días en cada ciudad.
Me encanta bailar salsa, cocinar arepas y charlar hasta tarde.
Me alojo en un hotel bonito del centro y también puedo ir a verte.
+La última vez se llenó la agenda en dos días.
Escríbeme el día y la hora que prefieras y te confirmo enseguida.
""", emoji="✨"),
        fam("""
Dos amigas, {name} y su compañera divertida, reciben juntas en {city}.
Las dos tenemos {age} años y nos encanta pasarlo bien.
Puedes venir solo o con un amigo, siempre nos apañamos.
Nuestro piso está en la primera planta con entrada independiente.
+Estamos casi todas las noches hasta medianoche.
Una hora con las dos cuesta {price}.
""", emoji="💕"),
        fam("""
Hola, soy {name}, tengo {age} años y estudio enfermería.
Soy curiosa, algo tímida al principio y muy habladora.
Llevo poco tiempo en esto, así que te pido paciencia.
Recibo en un estudio pequeño cerca del centro de {city}.
+Los fines de semana casi siempre tengo hueco.
Escríbeme primero unas palabras sobre ti.
"""),
        fam("""
Bienvenido a nuestro centro en {city}, con chicas nuevas cada semana.
Cada día trabajan aquí tres o cuatro señoritas muy simpáticas.
Todas son cuidadas, sonrientes y amables.
El centro tiene cuatro habitaciones con ducha y luz tenue.
+En la sala de espera ofrecemos café, té y agua.
Abierto todos los días de 10 a 23 horas.
Precios desde {price}.
"""),
        fam("""
Rubia dulce en {city}, {name}, {age} años.
Pásate para una tarde tranquila, tengo todo el tiempo del mundo.
También recibo tarde.
""", emoji="🌸", short=True),
        fam("""
{name} es una chica preciosa del este, tiene solo {age} años.
Acaba de llegar a {city} y se queda aquí dos semanas.
Es dulce, callada y tiene una sonrisa preciosa.
No habla bien español, así que escribidle sencillo en inglés.
+Su amiga también está disponible, preguntad.
Contactad con nosotros para saber más de ella.
Precio: {price} la media hora.
"""),
        fam("""
Acompañante elegante para cenas, eventos y viajes por toda España.
Soy {name}, tengo {age} años, visto con estilo y adoro la buena cocina.
Puedo ser el alma de la fiesta o una compañera de charla tranquila.
Vivo en {city}, pero viajo con gusto.
+Citas largas y fines de semana bajo petición.
Honorarios desde {price} la hora más desplazamiento.
El respeto mutuo y la discreción son muy importantes para mí.
""", emoji="🥂"),
        fam("""
¿Necesitas un respiro del día a día?
Soy {name}, una mujer tranquila de {age} años y recibo en {city}.
Conmigo no hay estrés ni prisa.
Empezamos con una charla y un té y vemos adónde nos lleva la tarde.
Recibo con mucho cariño a los chicos tímidos y a los primerizos.
+También puedes venir solo a charlar.
{price} la hora.
"""),
        fam("""
¡Chica nueva en {city}! {name}, {age} años, menudita y dulce.
Solo esta semana, llama pronto.
""", emoji="😘", short=True),
        fam("""
Hasta el fin de semana me alojo en un hotel de {city} y recibo día y noche.
Soy {name}, tengo {age} años, ojos verdes y pelo rizado.
El hotel es céntrico y es fácil aparcar cerca.
Te doy el número de habitación cuando me llames desde recepción.
+Por la mañana estoy más descansada, así que puedes venir temprano.
Una hora {price}, media hora un poco menos.
"""),
        fam("""
Masaje tailandés tradicional con {name} en {city}.
Aprendí masaje en Bangkok y llevo muchos años trabajando en España.
El local es pequeño, limpio y está a pie de calle.
Puedes elegir masaje con aceite, reflexología podal o espalda y cuello.
+También tenemos tarjetas regalo.
Abierto de lunes a sábado de 11 a 21.
60 minutos: {price}.
""", emoji="🌺"),
        fam("""
Soy {name}, una chica alegre de pueblo, de Asturias, y tengo {age} años.
Tengo trenzas rubias, pecas y una sonrisa que derrite el hielo.
De día trabajo en una panadería y por la noche me relajo aquí.
Recibo en {city}, en mi pequeño piso.
+Tengo un gato, avísame si eres alérgico.
Me gustan los hombres educados y con sentido del humor.
{price} por una hora juntos.
""", emoji="😊"),
        fam("""
Nuestra nueva chica {name} acaba de empezar con nosotros en {city}.
Tiene {age} años, piernas largas y una voz suave.
Recibe todos los días desde el mediodía hasta la noche.
Nos aseguramos de que todo sea seguro, limpio y discreto.
+Pregunta también por sus simpáticas compañeras.
Resérvala hoy, enseguida tiene la agenda llena.
"""),
        fam("""
¿Buscas compañía para una cena o una noche por la ciudad?
Me llamo {name}, soy una mujer conversadora de {age} años de {city}.
Soy enfermera de profesión y he viajado mucho por Asia y Sudamérica.
Me gustan las charlas largas, el vino tinto y el jazz tranquilo.
+También me encanta la montaña y pasear por la playa.
Cada cita empieza con una copa para conocernos.
Precio a convenir, normalmente {price} por la noche.
"""),
        fam("""
Gira por España: {name} visita este mes Vigo, Murcia, Córdoba y {city}.
Tiene {age} años, es dulce y se habla fácil con ella.
Se queda dos días en cada ciudad y recibe en hotel.
Manda un mensaje con ciudad y hora y te respondemos.
+Las fechas se actualizan cada lunes.
Precio: {price}.
"""),
    ],
    sopen=["Hola, me llamo {name} y tengo {age} años.", "Soy {name}, tengo {age} años y vivo en {city}.",
           "{name} por aquí, {age} años, de {city}.", "¡Holaa! Soy {name}.", "Bienvenido a mi perfil, soy {name}.",
           "Chica maja de {city} busca compañía.", "¡Buenos días, {city}!", "Hola tú, aquí {name}.",
           "Soy {name}, una mujer de {age} años."],
    sframes=["Soy {adj} y {adj2}.", "Tengo el pelo {hair} y los ojos {eyes}.", "En mi tiempo libre me encanta {hobby}.",
             "Recibo {where}.", "Estoy disponible {when}.", "Mido {height} cm.",
             "Mis visitas dicen que soy {adj2}.", "Sueño con {dream}.", "Soy originaria de {origin}.",
             "Me gustan los hombres {madj}.", "En casa tengo {pet}.", "Mi comida favorita es {food}.",
             "De día trabajo de {job}.", "Por las noches {evening}.", "Escucho sobre todo {music}.",
             "Mi tarifa es {price}.", "Me encuentras {place}.", "Llevo {years} en la web."],
    sfill={
        "adj": ["dulce", "divertida", "tranquila", "cariñosa", "espontánea", "curiosa", "suave", "muy vital"],
        "adj2": ["atenta", "encantadora", "fácil de tratar", "pícara", "romántica", "alegre", "cálida", "buena"],
        "hair": ["largo y rubio", "corto y oscuro", "pelirrojo", "rizado y castaño", "liso y negro", "ceniza"],
        "eyes": ["azules", "marrones", "verdes", "grises", "negros"],
        "hobby": ["hacer pasteles", "el yoga", "leer novela negra", "pasear", "bailar", "nadar", "la jardinería",
                  "pintar", "ir a conciertos"],
        "where": ["en mi propio piso", "en hotel", "en una casita", "en una calle tranquila", "en un bajo",
                  "en mi casa"],
        "when": ["por las tardes", "los fines de semana", "casi todos los días", "por la mañana", "a partir de las 18",
                 "de lunes a viernes"],
        "height": ["158", "162", "165", "168", "170", "173", "176"],
        "dream": ["viajar a Italia", "una casa junto al mar", "abrir una cafetería", "aprender a navegar",
                  "un viaje a Japón"],
        "origin": ["Galicia", "Andalucía", "Canarias", "Colombia", "Brasil", "Rumanía", "Tailandia", "Venezuela"],
        "madj": ["educados", "tranquilos", "aseados", "graciosos", "sinceros", "maduros"],
        "pet": ["un perrito", "dos gatos", "un loro", "un acuario"],
        "food": ["la pasta", "el sushi", "la tortilla de patatas", "la comida tailandesa", "la pizza", "las tapas"],
        "job": ["peluquera", "dependienta", "cocinera", "educadora infantil", "camarera", "contable"],
        "evening": ["me relajo con una peli", "salgo a pasear", "cocino para mis amigos", "voy al gimnasio",
                    "veo series"],
        "music": ["pop", "jazz", "música clásica", "rock", "soul", "música electrónica"],
        "place": ["cerca de la estación", "junto al puerto", "cerca del centro", "en una zona tranquila",
                  "al lado de la autovía"],
        "years": ["medio año", "dos meses", "un año", "tres semanas"],
    },
)


# ================================================================ main
class UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def content_of(ad):
    t = ad["text"]
    for s in LANGS[ad["truth_lang"]]["sites"] + [s for L in LANGS.values() for s in L["sites"]]:
        if s["footer"] and t.endswith(s["footer"]):
            return t[: -len(s["footer"])]
    return t


def generate(seed):
    g = Gen(seed)
    rng = g.rng
    g.build_families()
    g.make_copies()
    n_family_ads = len(g.ads)
    content = [shingles(content_of(a)) for a in g.ads]
    lang_of = [a["truth_lang"] for a in g.ads]

    def guard(sh, lang, limit=0.2):
        for c, l in zip(content, lang_of):
            if len(sh & c) > limit * len(sh | c):
                return False
        return True

    def add(ad):
        content.append(shingles(content_of(ad)))
        lang_of.append(ad["truth_lang"])

    langs = [l for l in LANG_ORDER if l in LANGS]
    weights = [len(LANGS[l]["families"]) for l in langs]
    # phone-only networks: own texts, one number, different names
    po = 0
    for i in range(22):
        lang = rng.choices(langs, weights=weights)[0]
        number = g.pool.take(HOME[lang])
        names = set()
        for j in range(rng.choice([2, 2, 3, 3, 4])):
            l2 = "en" if j and rng.random() < 0.15 and "en" in LANGS else lang
            ad, name = g.single(l2, number, "phone_only", names, guard)
            names.add(name)
            add(ad)
            po += 1
    # independent-looking ads that carry a number of a family
    for i in range(8):
        F = rng.choice(g.families)
        ad, _ = g.single(F["lang"], rng.choice(F["numbers"]), "phone_only", (), guard)
        add(ad)
        po += 1
        g.family_links.append((F["id"], "ad", ad["truth_phones"][0]))
    # singletons: about 45% of all ads
    n_single = round(0.45 / 0.55 * (n_family_ads + po))
    counts = Counter(rng.choices(langs, weights=weights, k=n_single))
    for lang in langs:
        for _ in range(counts[lang]):
            number = g.pool.take(HOME[lang]) if rng.random() < 0.6 else None
            ad, _ = g.single(lang, number, "singleton", (), guard)
            add(ad)
    ads = g.ads
    rng.shuffle(ads)
    # URLs, posting times
    ids = rng.sample(range(100000, 999999), len(ads))
    for ad, i in zip(ads, ids):
        ad["url"] = f"https://{ad.pop('_host')}/{ad.pop('_path')}/{i}"
        day = rng.randrange(1, 46)
        ad["posted_at"] = (f"2025-{3 + (day - 1) // 31:02d}-{(day - 1) % 31 + 1:02d}T"
                           f"{rng.randrange(7, 24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z")
    # truth networks: components of same family + same number
    uf = UF(len(ads))
    first = {}
    for i, ad in enumerate(ads):
        keys = [("f", ad["truth_family"])] if ad["truth_family"] else []
        keys += [("p", p) for p in ad["truth_phones"]]
        for k in keys:
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
    comp = defaultdict(list)
    for i in range(len(ads)):
        comp[uf.find(i)].append(i)
    nid = {}
    for i in range(len(ads)):
        r = uf.find(i)
        if len(comp[r]) >= 2 and r not in nid:
            nid[r] = f"N{len(nid) + 1:03d}"
    for i, ad in enumerate(ads):
        ad["truth_network"] = nid.get(uf.find(i))
    return g, ads


KEY_ORDER = ["url", "site", "title", "text", "name", "age", "location", "posted_at", "phones",
             "truth_lang", "truth_kind", "truth_family", "truth_network", "truth_phones", "truth_footer", "truth_twin"]


def clean(ad):
    return {k: ad[k] for k in KEY_ORDER if k in ad}


def self_check(g, ads):
    """Checks the corpus against its own truth (not against adscreen)."""
    problems = []
    urls = Counter(a["url"] for a in ads)
    problems += [f"duplicate url {u}" for u, n in urls.items() if n > 1]
    fam_sizes = Counter(a["truth_family"] for a in ads if a["truth_family"])
    problems += [f"family {f} has {n} copies" for f, n in fam_sizes.items() if not 2 <= n <= 10]
    for a in ads:
        for p in a["truth_phones"]:
            if phonenumbers is not None and not phonenumbers.is_valid_number(phonenumbers.parse(p)):
                problems.append(f"invalid number {p}")
            if p == SUPPORT_LINE:
                problems.append("support line used as an advertiser number")
        if phonenumbers is not None and not a["_disguised"]:
            found = set()
            for fld in [a["text"], a.get("title") or ""] + list(a.get("phones") or []):
                for m in phonenumbers.PhoneNumberMatcher(fld, "DK"):
                    found.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
            found.discard(SUPPORT_LINE)
            if found != set(a["truth_phones"]):
                problems.append(f"{a['url']}: numbers written {sorted(found)} != truth {a['truth_phones']}: "
                                f"{a['text'][-120:]!r} {a.get('phones')}")
    # network truth consistency
    by_net = defaultdict(list)
    for a in ads:
        if a["truth_network"]:
            by_net[a["truth_network"]].append(a)
    for n, members in by_net.items():
        if len(members) < 2:
            problems.append(f"network {n} has one member")
    for f in fam_sizes:
        nets = {a["truth_network"] for a in ads if a["truth_family"] == f}
        if len(nets) != 1 or None in nets:
            problems.append(f"family {f} spans networks {nets}")
    phone_net = defaultdict(set)
    for a in ads:
        for p in a["truth_phones"]:
            phone_net[p].add(a["truth_network"])
    for p, nets in phone_net.items():
        n_ads = sum(1 for a in ads if p in a["truth_phones"])
        if n_ads > 1 and (len(nets) != 1 or None in nets):
            problems.append(f"phone {p} spans networks {nets}")
    for a in ads:
        if a["truth_network"] is None and (a["truth_family"] or sum(1 for b in ads if set(b["truth_phones"]) & set(a["truth_phones"])) > 1):
            problems.append(f"{a['url']} should be in a network")
    return problems


def stats(g, ads, out=sys.stdout):
    P = lambda *x: print(*x, file=out)  # noqa: E731
    n = len(ads)
    kinds = Counter(a["truth_kind"] for a in ads)
    fams = Counter(a["truth_family"] for a in ads if a["truth_family"])
    nets = Counter(a["truth_network"] for a in ads if a["truth_network"])
    P(f"ads {n}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    P(f"families {len(fams)} (copies: min {min(fams.values())}, max {max(fams.values())}, "
      f"mean {sum(fams.values()) / len(fams):.2f}); twin pairs {len(g.twins)}")
    P(f"networks {len(nets)}: sizes " + ", ".join(f"{s}x{c}" for s, c in sorted(Counter(nets.values()).items())))
    multi = sum(1 for net in nets if len({a['truth_family'] for a in ads if a['truth_network'] == net and a['truth_family']}) > 1)
    po_only = sum(1 for net in nets if not any(a['truth_family'] for a in ads if a['truth_network'] == net))
    P(f"  networks joining several families: {multi}; phone-only networks (no family): {po_only}")
    P(f"with site footer: {sum(a['truth_footer'] for a in ads)} ({sum(a['truth_footer'] for a in ads) / n:.1%})")
    P(f"with a phone number: {sum(1 for a in ads if a['truth_phones'])}; written disguised: "
      f"{sum(1 for a in ads if a['_disguised'])}")
    P("per language: " + ", ".join(
        f"{l} {sum(1 for a in ads if a['truth_lang'] == l)}/{len({a['truth_family'] for a in ads if a['truth_lang'] == l and a['truth_family']})}f"
        for l in LANG_ORDER if l in LANGS))
    words = [len(content_of(a).split()) for a in ads if a["truth_kind"] == "family"]
    words.sort()
    P(f"family copy length in words (footer excluded): min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    P(f"phone pool left: {g.pool.left()}")
    # sentence overlap between copies of one family (Dice over template sentence ids)
    dice = []
    jac_pos = []
    by_f = defaultdict(list)
    for a in ads:
        if a["truth_family"]:
            by_f[a["truth_family"]].append(a)
    for F in g.families:
        k = F["kept"]
        for i in range(len(k)):
            for j in range(i + 1, len(k)):
                a, b = set(k[i]), set(k[j])
                dice.append(2 * len(a & b) / (len(a) + len(b)))
        m = by_f[F["id"]]
        for i in range(len(m)):
            for j in range(i + 1, len(m)):
                jac_pos.append(jaccard(shingles(content_of(m[i])), shingles(content_of(m[j]))))

    def q(xs):
        xs = sorted(xs)
        return " ".join(f"p{p}={xs[min(len(xs) - 1, int(p / 100 * len(xs)))]:.2f}" for p in (10, 25, 50, 75, 90))
    P(f"same-family pairs {len(dice)}: share of template sentences (Dice) {q(dice)}")
    P(f"  share of pairs with Dice < 0.85: {sum(1 for d in dice if d < 0.85) / len(dice):.1%}; < 0.7: "
      f"{sum(1 for d in dice if d < 0.7) / len(dice):.1%}")
    P(f"  word-3-shingle Jaccard of copies (footer excluded): {q(jac_pos)}")
    # hardest negatives: highest similarity between ads of different families (full text)
    sh = [shingles(a["text"]) for a in ads]
    shc = [shingles(content_of(a)) for a in ads]
    neg_full, neg_content = [], []
    by_lang = defaultdict(list)
    for i, a in enumerate(ads):
        by_lang[a["truth_lang"]].append(i)
    for l, idx in by_lang.items():
        for x in range(len(idx)):
            i = idx[x]
            for y in range(x + 1, len(idx)):
                j = idx[y]
                fa, fb = ads[i]["truth_family"], ads[j]["truth_family"]
                if fa and fa == fb:
                    continue
                neg_full.append(jaccard(sh[i], sh[j]))
                neg_content.append(jaccard(shc[i], shc[j]))
    neg_full.sort()
    neg_content.sort()
    P(f"different-template pairs (same language) {len(neg_full)}: full-text Jaccard max {neg_full[-1]:.2f}, "
      f"p99.9 {neg_full[int(0.999 * len(neg_full))]:.2f}, pairs >= 0.2: {sum(1 for x in neg_full if x >= 0.2)}")
    P(f"  footer excluded: max {neg_content[-1]:.2f}, p99.9 {neg_content[int(0.999 * len(neg_content))]:.2f}")
    tw = []
    for a_id, b_id in g.twins:
        A = [i for i, a in enumerate(ads) if a["truth_family"] == a_id]
        B = [i for i, a in enumerate(ads) if a["truth_family"] == b_id]
        tw += [jaccard(sh[i], sh[j]) for i in A for j in B]
    P(f"twin-family pairs {len(tw)} (shared footer + stock phrases): full-text Jaccard {q(tw)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true", help="print corpus statistics and hardness figures")
    args = ap.parse_args()
    if phonenumbers is None:
        print("note: python phonenumbers package missing, numbers not checked", file=sys.stderr)
    g, ads = generate(args.seed)
    problems = self_check(g, ads)
    if problems:
        for p in problems[:50]:
            print("SELF-CHECK:", p, file=sys.stderr)
        sys.exit(f"{len(problems)} self-check problems")
    with open(args.out, "w", encoding="utf-8") as f:
        for ad in ads:
            f.write(json.dumps(clean(ad), ensure_ascii=False) + "\n")
    print(f"wrote {len(ads)} ads to {args.out}", file=sys.stderr)
    if args.stats:
        stats(g, ads)


if __name__ == "__main__":
    main()
