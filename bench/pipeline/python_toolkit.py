"""The whole-pipeline side-by-side: the usual Python toolkit doing adscreen's
phone and text linking on ads in the ad input format (docs/ad-input.schema.json).

Adapted from bench/linking/python_linking.py for raw input ads:
  * phones: phonenumbers.PhoneNumberMatcher over the text (region DK, the
    default leniency) plus phonenumbers.parse of every structured `phones`
    entry (region DK), valid numbers only, as E.164;
  * text: normalisation (lower case, word tokens, numbers / the ad's own name
    and city masked), word 3-shingles, datasketch MinHash (128 permutations)
    and MinHashLSH (32 bands of 4 rows), exact Jaccard verification of every
    candidate at >= 0.8;
  * networks: union-find over phone postings (a number in more than 200 ads
    under at least 25 names is block-listed, as adscreen's rules do) and the
    verified text links; connected components of two or more ads.
No language identification, no text indicators, no storage: this is a lower
bound for the toolkit doing the same job.

Prints one JSON line with the stage timings, counts, and the pairwise
precision / recall / F1 of the networks against the planted `truth_network`.

Usage: python_toolkit.py ADS.jsonl
"""
import json
import re
import sys
import time
from collections import defaultdict

import phonenumbers
from datasketch import MinHash, MinHashLSH

TOKEN = re.compile(r"\w+", re.UNICODE)
NUM_PERM, BANDS, ROWS, JACCARD, K, MIN_WORDS = 128, 32, 4, 0.8, 3, 12
BLOCK_MAX_ADS, BLOCK_MIN_NAMES = 200, 25


def tokens(text, name, city):
    names = set(TOKEN.findall((name or "").lower()))
    cities = set(TOKEN.findall((city or "").lower()))
    out = []
    for t in TOKEN.findall(text.lower()):
        if any(c.isdigit() for c in t):
            if out and out[-1] == "<num>":
                continue
            t = "<num>"
        elif t in names:
            t = "<name>"
        elif t in cities:
            t = "<city>"
        out.append(t)
    return out


def shingles(toks):
    if len(toks) < K:
        return {" ".join(toks)}
    return {" ".join(toks[i:i + K]) for i in range(len(toks) - K + 1)}


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        p = self.parent.setdefault(x, x)
        while p != x:
            self.parent[x] = self.parent.setdefault(p, p)
            x, p = p, self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def pairs(n):
    return n * (n - 1) // 2


def pairwise(pred, truth):
    """Pairwise precision / recall / F1 of a clustering against the truth
    (dicts ad -> cluster id; ads missing from either are singletons)."""
    cells, pc, tc = defaultdict(int), defaultdict(int), defaultdict(int)
    for ad, p in pred.items():
        pc[p] += 1
        t = truth.get(ad)
        if t is not None:
            cells[(p, t)] += 1
    for t in truth.values():
        tc[t] += 1
    tp = sum(pairs(n) for n in cells.values())
    pp = sum(pairs(n) for n in pc.values())
    tt = sum(pairs(n) for n in tc.values())
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def main(path):
    t0 = time.perf_counter()
    ads = []
    for i, line in enumerate(open(path, encoding="utf-8")):
        ad = json.loads(line)
        ad["_id"] = i + 1
        ads.append(ad)
    t_load = time.perf_counter() - t0

    t = time.perf_counter()
    phones = defaultdict(list)
    names = defaultdict(set)
    found = 0
    for ad in ads:
        nums = set()
        for m in phonenumbers.PhoneNumberMatcher(ad["text"], "DK"):
            if phonenumbers.is_valid_number(m.number):
                nums.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
        field = ad.get("phones") or []
        if isinstance(field, str):
            field = [field]
        for raw in field:
            try:
                n = phonenumbers.parse(raw, "DK")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(n):
                nums.add(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))
        found += len(nums)
        for e in nums:
            phones[e].append(ad["_id"])
            names[e].add((ad.get("name") or "").lower())
    t_phones = time.perf_counter() - t

    t = time.perf_counter()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    sets = {}
    text_links = []
    candidates = 0
    for ad in ads:
        toks = tokens(ad["text"], ad.get("name"), ad.get("location"))
        if len(toks) < MIN_WORDS:
            continue
        sh = shingles(toks)
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([s.encode("utf-8") for s in sh])
        for other in lsh.query(m):
            candidates += 1
            o = sets[other]
            j = len(sh & o) / len(sh | o)
            if j >= JACCARD:
                text_links.append((other, ad["_id"]))
        lsh.insert(ad["_id"], m)
        sets[ad["_id"]] = sh
    t_text = time.perf_counter() - t

    t = time.perf_counter()
    uf = UnionFind()
    blocked = 0
    for e, ids in phones.items():
        if len(ids) > BLOCK_MAX_ADS and len(names[e]) >= BLOCK_MIN_NAMES:
            blocked += 1
            continue
        for other in ids[1:]:
            uf.union(ids[0], other)
    for a, b in text_links:
        uf.union(a, b)
    comps = defaultdict(list)
    for ad in ads:
        comps[uf.find(ad["_id"])].append(ad["_id"])
    networks = [c for c in comps.values() if len(c) > 1]
    t_net = time.perf_counter() - t

    pred = {}
    for c in networks:
        for a in c:
            pred[a] = c[0]
    for ad in ads:
        pred.setdefault(ad["_id"], -ad["_id"])
    truth = {ad["_id"]: ad["truth_network"] for ad in ads if ad.get("truth_network") is not None}
    work = t_phones + t_text + t_net
    print(json.dumps({
        "ads": len(ads), "load_s": round(t_load, 2), "phones_s": round(t_phones, 2), "text_s": round(t_text, 2),
        "network_s": round(t_net, 2), "work_s": round(work, 2), "phones_found": found,
        "text_candidates": candidates, "text_links": len(text_links), "networks": len(networks),
        "largest_network": max((len(c) for c in networks), default=0), "blocked_phones": blocked,
        "network_vs_truth": pairwise(pred, truth),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
