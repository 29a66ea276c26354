#!/usr/bin/env python3
"""Scores bench/phones (see run.sh).

  score.py split PHONES.jsonl DIR      one region_<R>.jsonl per site_region
  score.py score PHONES.jsonl EXPORT.json CITIES.tsv WRITTEN.tsv CANON.tsv [--summary OUT]

Phones: the set of E.164 numbers per ad against `labels.phones`, precision
and recall overall, per site region and per country of the labelled number,
and recall on `labels.disguised_phones`. Places: the export's `place` of
each ad against `labels.place` ({name, country}), and the `probe places`
reading of every written name of cities.tsv against its canonical city. A
place is right when the country is the same and the names are the same
city: equal once case, diacritics and punctuation are dropped, or the
canonical name read by the gazetteer gives the same city. A "-" (no place)
is right only when adscreen names no city either. Every miss is listed.
Exit status 2 when the run is broken (files unreadable, ads missing).
"""

import argparse
import json
import sys
import unicodedata
from collections import defaultdict

try:
    import phonenumbers
except ImportError:  # checked by run.sh
    phonenumbers = None


def broken(msg):
    print(f"BROKEN RUN: {msg}", file=sys.stderr)
    sys.exit(2)


def key(s):
    s = (s or "").lower().replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if c.isalnum())
    return s.replace("aa", "a")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    return p, r


def fmt(x):
    return "  n/a" if x is None else f"{x:5.3f}"


def country_of(e164):
    if phonenumbers is None:
        return "?"
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or "?"
    except Exception:  # noqa: BLE001
        return "?"


def split(args):
    rows = [json.loads(l) for l in open(args.phones, encoding="utf-8") if l.strip()]
    groups = defaultdict(list)
    for r in rows:
        if not r.get("site_region"):
            broken(f"ad {r.get('url')} has no site_region")
        ad = {k: v for k, v in r.items() if k not in ("labels", "site_region")}
        groups[r["site_region"]].append(ad)
    for region, ads in groups.items():
        with open(f"{args.dir}/region_{region}.jsonl", "w", encoding="utf-8") as f:
            for a in ads:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(rows)} ads in {len(groups)} site regions", file=sys.stderr)


def read_probe(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            out[parts[0]] = (parts[1], parts[2])
    return out


def same_place(got_name, got_country, want_name, want_country, canon):
    if want_name in (None, "-"):
        return got_name in (None, "-")
    if got_name in (None, "-") or got_country != want_country:
        return False
    if key(got_name) == key(want_name):
        return True
    return canon.get(want_name, ("-", "-")) == (got_name, got_country)


def score(args):
    try:
        rows = [json.loads(l) for l in open(args.phones, encoding="utf-8") if l.strip()]
        export = json.load(open(args.export, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        broken(f"cannot read input: {e}")
    by_url = {a["source"]["url"]: a for a in export.get("ads", [])}
    missing = [r["url"] for r in rows if r["url"] not in by_url]
    if missing:
        broken(f"{len(missing)} ads missing from the export: {missing[:10]}")
    canon = read_probe(args.canonical)
    written = read_probe(args.written)

    total = [0, 0, 0]
    per_region = defaultdict(lambda: [0, 0, 0])
    per_country = defaultdict(lambda: [0, 0, 0])
    dis = [0, 0]
    misses = []
    place_ok = place_n = 0
    for r in rows:
        lab = r["labels"]
        ad = by_url[r["url"]]
        got = {p["e164"]: p for p in ad.get("phones", []) if p.get("e164")}
        want = set(lab.get("phones", []))
        reg = r["site_region"]
        for e in want & set(got):
            for t in (total, per_region[reg], per_country[country_of(e)]):
                t[0] += 1
        for e in set(got) - want:
            for t in (total, per_region[reg], per_country[country_of(e)]):
                t[1] += 1
            misses.append(("phone_fp", lab.get("id"), reg, e, repr(got[e].get("raw")), r["text"]))
        for e in want - set(got):
            for t in (total, per_region[reg], per_country[country_of(e)]):
                t[2] += 1
            kind = "phone_fn_disguised" if e in lab.get("disguised_phones", []) else "phone_fn"
            misses.append((kind, lab.get("id"), reg, e, ", ".join(sorted(got)) or "none", r["text"]))
        for e in lab.get("disguised_phones", []):
            dis[1] += 1
            dis[0] += e in got
        wp = lab.get("place")
        gp = ad.get("place")
        place_n += 1
        ok = same_place(
            gp.get("name") if gp and gp.get("country") else None,
            gp.get("country") if gp else None,
            wp.get("name") if wp else None,
            wp.get("country") if wp else None,
            canon,
        )
        place_ok += ok
        if not ok:
            misses.append(("ad_place", lab.get("id"), reg, json.dumps(wp, ensure_ascii=False),
                           json.dumps(gp, ensure_ascii=False), r.get("location") or ""))

    city_ok = city_n = 0
    city_misses = []
    lines = open(args.cities, encoding="utf-8").read().splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        w, c, cc = line.split("\t")
        g = written.get(w, ("-", "-"))
        city_n += 1
        ok = same_place(g[0], g[1], c if c != "-" else None, cc if cc != "-" else None, canon)
        city_ok += ok
        if not ok:
            city_misses.append((w, f"{c} {cc}", f"{g[0]} {g[1]}"))

    p, r_ = prf(*total)
    print(f"adscreen blind phones/places evaluation: {len(rows)} ads, {city_n} written places")
    gen = export.get("generator", {})
    print(f"generator: {gen.get('name')} {gen.get('version')}, rules {gen.get('rules_version')}")
    print()
    print("== Phone numbers (set of E.164 per ad)")
    print(f"  all    tp {total[0]:4} fp {total[1]:4} fn {total[2]:4}  precision {fmt(p)}  recall {fmt(r_)}")
    print(f"  disguised recall {dis[0]}/{dis[1]} = {fmt(dis[0] / dis[1] if dis[1] else None)}")
    print("  per site region:")
    for k in sorted(per_region):
        a, b = prf(*per_region[k])
        print(f"    {k:3} tp {per_region[k][0]:3} fp {per_region[k][1]:3} fn {per_region[k][2]:3}  P {fmt(a)}  R {fmt(b)}")
    print("  per country of the number:")
    for k in sorted(per_country):
        a, b = prf(*per_country[k])
        print(f"    {k:3} tp {per_country[k][0]:3} fp {per_country[k][1]:3} fn {per_country[k][2]:3}  P {fmt(a)}  R {fmt(b)}")
    print()
    print("== Places")
    print(f"  ads: export place = label place   {place_ok}/{place_n} = {fmt(place_ok / place_n)}")
    print(f"  cities.tsv: written -> canonical  {city_ok}/{city_n} = {fmt(city_ok / city_n)}")
    print()
    aims = [
        ("phone precision >= 0.96", p is not None and p >= 0.96),
        ("phone recall >= 0.92", r_ is not None and r_ >= 0.92),
        ("place normalisation >= 0.98 (cities.tsv)", city_ok / city_n >= 0.98),
    ]
    print("== Aims")
    for name, ok in aims:
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    print()
    print("== Misses")
    for m in misses:
        print(f"  {m[0]:18} {m[1]} [{m[2]}] want {m[3]} got {m[4]} | {' '.join(m[5].split())[:160]}")
    for w, want, got in city_misses:
        print(f"  city               {w!r}: want {want}, got {got}")
    if args.summary:
        json.dump({
            "phones": {"tp": total[0], "fp": total[1], "fn": total[2], "precision": p, "recall": r_},
            "disguised_recall": dis[0] / dis[1] if dis[1] else None,
            "ad_place_accuracy": place_ok / place_n,
            "cities_accuracy": city_ok / city_n,
        }, open(args.summary, "w"), indent=2)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("split")
    s.add_argument("phones")
    s.add_argument("dir")
    s = sub.add_parser("score")
    for a in ("phones", "export", "cities", "written", "canonical"):
        s.add_argument(a)
    s.add_argument("--summary")
    args = ap.parse_args()
    split(args) if args.cmd == "split" else score(args)


if __name__ == "__main__":
    main()
