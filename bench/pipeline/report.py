#!/usr/bin/env python3
"""Helpers of bench/pipeline/run.sh (standard library only).

  report.py time FILE.time [LOAD [NOTE]]  wall, user+sys CPU and peak RSS from `/usr/bin/time -v` output
  report.py db FILE.db                networks, links, phones of a store (opened read-only), scored
                                      against the planted truth kept in the ads' extra fields
  report.py table OUTDIR N1 N2 ...    the results table (markdown) from OUTDIR's *.json files
"""
import json
import os
import re
import sqlite3
import sys
from collections import defaultdict


def parse_time(path):
    txt = open(path, encoding="utf-8", errors="replace").read()

    def grab(label):
        m = re.search(re.escape(label) + r"\s*(.+)", txt)
        return m.group(1).strip() if m else None

    wall = grab("Elapsed (wall clock) time (h:mm:ss or m:ss):")
    secs = None
    if wall:
        parts = [float(p) for p in wall.split(":")]
        secs = 0.0
        for p in parts:
            secs = secs * 60 + p
    user = float(grab("User time (seconds):") or 0)
    sys_ = float(grab("System time (seconds):") or 0)
    rss = int(grab("Maximum resident set size (kbytes):") or 0)
    status = grab("Exit status:")
    return {"wall_s": secs, "cpu_s": round(user + sys_, 2), "user_s": user, "sys_s": sys_,
            "rss_mib": round(rss / 1024, 1), "exit": int(status) if status is not None else None}


def open_ro(path):
    try:
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        con.execute("SELECT count(*) FROM ads").fetchone()
        return con
    except sqlite3.Error:
        return sqlite3.connect("file:%s?immutable=1" % path, uri=True)


def pairs(n):
    return n * (n - 1) // 2


def db_stats(path):
    con = open_ro(path)
    q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
    out = {"ads": q("SELECT count(*) FROM ads")[0][0]}
    out["networks"] = q("SELECT count(*) FROM networks WHERE size >= 2")[0][0]
    out["largest_network"] = q("SELECT coalesce(max(size), 0) FROM networks")[0][0]
    out["ads_in_networks"] = q("SELECT coalesce(sum(size), 0) FROM networks WHERE size >= 2")[0][0]
    out["network_sizes_top5"] = [r[0] for r in q("SELECT size FROM networks ORDER BY size DESC LIMIT 5")]
    out["links"] = {k: n for k, n in q("SELECT kind, count(*) FROM links GROUP BY kind")}
    out["blocked_phones"] = q("SELECT count(*) FROM blocked_phones")[0][0]
    # Networks against the planted families (pairwise; unlinked ads are singletons).
    rows = q("SELECT a.id, json_extract(a.extra_json, '$.truth_network'), m.network_id "
             "FROM ads a LEFT JOIN network_members m ON m.ad_id = a.id")
    cells, pc, tc = defaultdict(int), defaultdict(int), defaultdict(int)
    for ad, t, n in rows:
        p = n if n is not None else -ad
        pc[p] += 1
        if t is not None:
            tc[t] += 1
            cells[(p, t)] += 1
    tp = sum(pairs(v) for v in cells.values())
    pp = sum(pairs(v) for v in pc.values())
    tt = sum(pairs(v) for v in tc.values())
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    out["network_vs_truth"] = {"precision": round(p, 4), "recall": round(r, 4),
                               "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    # Numbers found against the numbers written (disguised ones included).
    found = defaultdict(set)
    for ad, e in q("SELECT ad_id, e164 FROM phones"):
        found[ad].add(e)
    written = 0
    hit = 0
    extra = 0
    for ad, tp_json in q("SELECT id, json_extract(extra_json, '$.truth_phones') FROM ads"):
        truth = set(json.loads(tp_json)) if tp_json else set()
        f = found.get(ad, set())
        written += len(truth)
        hit += len(truth & f)
        extra += len(f - truth)
    out["phones"] = {"written": written, "found": hit, "recall": round(hit / written, 4) if written else None,
                     "not_written": extra}
    return out


def load(path):
    try:
        return json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError):
        return None


def fmt(v, nd=1):
    if v is None:
        return "–"
    if isinstance(v, float):
        return ("%%.%df" % nd) % v
    return str(v)


def table(outdir, sizes):
    lines = []
    meta = load(os.path.join(outdir, "meta.json")) or {}
    lines.append("bin: `%s`; %s; %s" % (meta.get("bin", "?"), meta.get("date", ""), meta.get("host", "")))
    lines.append("")
    lines.append("| step | ads | wall s | CPU s (user+sys) | peak RSS MiB | load before | note |")
    lines.append("|---|---|---|---|---|---|---|")
    walls = {}
    for n in sizes:
        steps = [("import (fresh store)", "import", n), ("import 1,000 new ads (incremental)", "inc", 1000),
                 ("review stats", "stats", n), ("review stats --json", "stats_json", n),
                 ("breakdown: import --no-analyze (parse + store)", "store", n),
                 ("breakdown: crawler analyze (analysis + linking)", "analyze", n)]
        for label, key, ads in steps:
            t = load(os.path.join(outdir, "%s.%s.json" % (n, key)))
            if t is None:
                continue
            note = t.get("note", "")
            if t.get("exit") not in (0, None):
                note = ("exit %s; " % t["exit"]) + note
            lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                label + ("" if key == "inc" else ""), "{:,}".format(ads) + ("" if key != "inc" else " (store: {:,})".format(n)),
                fmt(t.get("wall_s"), 2), fmt(t.get("cpu_s"), 2), fmt(t.get("rss_mib")), t.get("load", ""), note))
            if key == "import":
                walls[n] = t.get("wall_s")
        p = load(os.path.join(outdir, "python_%s.time.json" % n))
        if p is not None:
            pj = load(os.path.join(outdir, "python_%s.json" % n)) or {}
            note = "phones %.0f s, text %.0f s" % (pj.get("phones_s", 0), pj.get("text_s", 0)) if pj else "failed"
            lines.append("| Python toolkit (phonenumbers + datasketch + union-find) | %s | %s | %s | %s | %s | %s |" % (
                "{:,}".format(n), fmt(p.get("wall_s"), 2), fmt(p.get("cpu_s"), 2), fmt(p.get("rss_mib")),
                p.get("load", ""), note))
    lines.append("")
    lines.append("| ads | networks (≥ 2 ads) | largest | ads in networks | links (phone / text / image) | blocked numbers | "
                 "network pairwise P / R / F1 vs planted | numbers found / written |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        for tag, suffix in (("", "db"), (" + 1,000", "db_inc")):
            d = load(os.path.join(outdir, "%s.%s.json" % (n, suffix)))
            if d is None:
                continue
            lk = d.get("links", {})
            nv = d.get("network_vs_truth", {})
            ph = d.get("phones", {})
            lines.append("| %s%s | %s | %s | %s | %s / %s / %s | %s | %s / %s / %s | %s / %s (%s) |" % (
                "{:,}".format(n), tag, d["networks"], d["largest_network"], d["ads_in_networks"],
                lk.get("phone", 0), lk.get("text", 0), lk.get("image", 0), d["blocked_phones"],
                nv.get("precision"), nv.get("recall"), nv.get("f1"), ph.get("found"), ph.get("written"), ph.get("recall")))
        pj = load(os.path.join(outdir, "python_%s.json" % n))
        if pj:
            nv = pj.get("network_vs_truth", {})
            lines.append("| %s (Python) | %s | %s | – | – / %s / – | %s | %s / %s / %s | %s found |" % (
                "{:,}".format(n), pj["networks"], pj["largest_network"], pj["text_links"], pj["blocked_phones"],
                nv.get("precision"), nv.get("recall"), nv.get("f1"), pj.get("phones_found")))
    lines.append("")
    for n in sizes:
        p = load(os.path.join(outdir, "python_%s.time.json" % n))
        if p and walls.get(n):
            lines.append("- Python toolkit wall / adscreen import wall at {:,} ads: {:.1f}× ({:.0f} s / {:.1f} s)".format(
                n, p["wall_s"] / walls[n], p["wall_s"], walls[n]))
    ns = sorted(k for k, v in walls.items() if v)
    for a, b in zip(ns, ns[1:]):
        lines.append("- import time({:,}) / time({:,}): {:.2f} (ads ×{:.1f})".format(b, a, walls[b] / walls[a], b / a))
    return "\n".join(lines) + "\n"


def main():
    cmd = sys.argv[1]
    if cmd == "time":
        d = parse_time(sys.argv[2])
        if len(sys.argv) > 3:
            d["load"] = sys.argv[3]
        if len(sys.argv) > 4:
            d["note"] = sys.argv[4]
        print(json.dumps(d))
    elif cmd == "db":
        print(json.dumps(db_stats(sys.argv[2])))
    elif cmd == "table":
        outdir = sys.argv[2]
        sizes = [int(s) for s in sys.argv[3:]]
        t = table(outdir, sizes)
        sys.stdout.write(t)
        with open(os.path.join(outdir, "results.md"), "w", encoding="utf-8") as f:
            f.write(t)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
