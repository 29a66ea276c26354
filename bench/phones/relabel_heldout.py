#!/usr/bin/env python3
"""Relabels a bench/heldout corpus for issue 14's phone-region rule.

The held-out corpora B and C (and one ad of A) label a number written
without a country code in a Norwegian ad as +47, though the corpora are
imported with --default-region DK. Issue 14 says such a number is dialled,
and so read, as Danish whenever it is valid in DK. This writes a copy whose
labels follow that rule (+47 -> +45 when no +47/0047 is written and the
digits are a valid Danish number); nothing else changes.

Usage: relabel_heldout.py CORPUS.jsonl OUT.jsonl
"""
import json
import sys

import phonenumbers


def written_with_code(text):
    flat = text.replace(" ", "")
    return any(s in flat for s in ("+47", "0047", "＋４７", "+4️⃣7️⃣"))


def main():
    src, dst = sys.argv[1], sys.argv[2]
    changed = 0
    with open(dst, "w", encoding="utf-8") as out:
        for line in open(src, encoding="utf-8"):
            ad = json.loads(line)
            text = " ".join([ad.get("text", ""), ad.get("title") or ""] + ad.get("phones", []))
            lab = ad["labels"]
            if not written_with_code(text):
                def fix(e):
                    if not e.startswith("+47"):
                        return e
                    dk = phonenumbers.parse(e[3:], "DK")
                    return "+45" + e[3:] if phonenumbers.is_valid_number(dk) else e
                new = [fix(e) for e in lab["phones"]]
                changed += sum(a != b for a, b in zip(new, lab["phones"]))
                lab["phones"] = new
                lab["disguised_phones"] = [fix(e) for e in lab["disguised_phones"]]
            out.write(json.dumps(ad, ensure_ascii=False) + "\n")
    print(f"relabelled {changed} numbers", file=sys.stderr)


if __name__ == "__main__":
    main()
