"""Side-by-side baseline for adscreen's linking: the same work with the usual
Python toolkit (datasketch MinHash + MinHashLSH, phonenumbers, union-find).

Reads the corpus JSONL written by `linking_corpus --jsonl`, and does what the
Rust linker does: normalise texts (numbers, own name and city masked), word
3-shingles, MinHash (128 permutations) with LSH (32 bands of 4 rows), exact
Jaccard verification of every candidate, image near-duplicates by Hamming
distance <= 8 (the rules default) through a 4 x 16-bit block index, phone postings (each number
parsed and formatted to E.164 with phonenumbers) with a simple block-list,
and connected components. Prints one JSON line with the stage timings.

Usage: python_linking.py CORPUS.jsonl
"""
import json
import re
import sys
import time
from collections import defaultdict

import phonenumbers
from datasketch import MinHash, MinHashLSH

TOKEN = re.compile(r"\w+", re.UNICODE)
NUM_PERM, BANDS, ROWS, JACCARD, HAMMING, K = 128, 32, 4, 0.8, 8, 3


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


def main(path):
    t0 = time.perf_counter()
    ads = [json.loads(line) for line in open(path, encoding="utf-8")]
    t_load = time.perf_counter() - t0

    t = time.perf_counter()
    phones = defaultdict(list)
    for ad in ads:
        for raw in ad["phones"]:
            e164 = phonenumbers.format_number(phonenumbers.parse(raw, "DK"), phonenumbers.PhoneNumberFormat.E164)
            phones[e164].append(ad["ad_id"])
    t_phones = time.perf_counter() - t

    t = time.perf_counter()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    sets = {}
    text_links = []
    for ad in ads:
        toks = tokens(ad["text"], ad.get("name"), ad.get("location"))
        if len(toks) < 12:
            continue
        sh = shingles(toks)
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([s.encode("utf-8") for s in sh])
        for other in lsh.query(m):
            o = sets[other]
            j = len(sh & o) / len(sh | o)
            if j >= JACCARD:
                text_links.append((other, ad["ad_id"], j))
        key = ad["ad_id"]
        lsh.insert(key, m)
        sets[key] = sh
    t_text = time.perf_counter() - t

    t = time.perf_counter()
    tables = [defaultdict(list) for _ in range(4)]
    hashes = []
    image_links = []
    flips = [0] + [1 << b for b in range(16)] + [(1 << a) | (1 << b) for a in range(16) for b in range(a + 1, 16)]
    for ad in ads:
        for h in ad["image_hashes"]:
            found = set()
            for b in range(4):
                block = (h >> (16 * b)) & 0xFFFF
                for f in flips:
                    for i in tables[b].get(block ^ f, ()):
                        if bin(hashes[i][0] ^ h).count("1") <= HAMMING:
                            found.add(i)
            for i in found:
                if hashes[i][1] != ad["ad_id"]:
                    image_links.append((hashes[i][1], ad["ad_id"]))
            idx = len(hashes)
            hashes.append((h, ad["ad_id"]))
            for b in range(4):
                tables[b][(h >> (16 * b)) & 0xFFFF].append(idx)
    t_image = time.perf_counter() - t

    t = time.perf_counter()
    uf = UnionFind()
    blocked = set()
    for e164, ids in phones.items():
        if len(ids) > 200:
            blocked.add(e164)
            continue
        for other in ids[1:]:
            uf.union(ids[0], other)
    for a, b, _ in text_links:
        uf.union(a, b)
    for a, b in image_links:
        uf.union(a, b)
    comps = defaultdict(list)
    for ad in ads:
        comps[uf.find(ad["ad_id"])].append(ad["ad_id"])
    networks = [c for c in comps.values() if len(c) > 1]
    t_net = time.perf_counter() - t

    link_s = t_phones + t_text + t_image + t_net
    print(json.dumps({
        "ads": len(ads), "load_s": t_load, "phones_s": t_phones, "text_s": t_text,
        "image_s": t_image, "network_s": t_net, "link_s": link_s,
        "link_without_phonenumbers_s": link_s - t_phones,
        "text_links": len(text_links), "image_links": len(image_links),
        "networks": len(networks), "blocked": len(blocked),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
