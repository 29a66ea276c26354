#!/usr/bin/env python3
"""Known plaintext for the encryption and erasure checks.

needles.py pick CORPUS N OUT      N distinct strings from a generated corpus:
                                  URLs, numbers (E.164 and as written), names,
                                  and a 40-character slice of each ad's text
needles.py count NEEDLES FILE...  how many needles occur in the bytes of the
                                  files together (prints "found F of N")
"""
import json
import sys


def pick(corpus, n, out):
    seen, picked = set(), []
    kinds = [
        lambda a: a["url"],
        lambda a: (a.get("truth_phones") or [None])[0],
        lambda a: a["text"][20:60],
        lambda a: a.get("name") and f'{a["name"]}, ' + a["text"][:12],
    ]
    with open(corpus, encoding="utf-8") as f:
        ads = [json.loads(line) for line in f]
    for i in range(len(ads) * len(kinds)):
        if len(picked) >= n:
            break
        ad, kind = ads[i // len(kinds)], kinds[i % len(kinds)]
        s = kind(ad)
        if s and len(s) >= 8 and s not in seen and "\n" not in s:
            seen.add(s)
            picked.append(s)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(picked) + "\n")
    print(f"picked {len(picked)} strings")


def count(needles, files):
    data = b"".join(open(p, "rb").read() for p in files)
    with open(needles, encoding="utf-8") as f:
        ns = [line.rstrip("\n") for line in f if line.strip()]
    found = [n for n in ns if n.encode("utf-8") in data]
    print(f"found {len(found)} of {len(ns)}")
    for n in found[:5]:
        print(f"  e.g. {n!r}")


if __name__ == "__main__":
    if sys.argv[1] == "pick":
        pick(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        count(sys.argv[2], sys.argv[3:])
