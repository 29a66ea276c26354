#!/usr/bin/env python3
"""Scores a `review export --all` document against the link-evaluation corpus.

Usage: python3 bench/linkeval/score.py CORPUS.jsonl EXPORT.json [--summary OUT.json] [--misses N]

Joins export ads to corpus ads by `source.url` and prints pairwise precision,
recall and F1, per language (truth_lang; a pair counts for a language when
both ads are in it) and overall (every pair):

  * text pairs:    predicted linked = same non-null `clusters.text`;
                   truth linked     = same non-null `truth_family`;
  * network pairs: predicted linked = same non-null `network_id`;
                   truth linked     = same non-null `truth_network`;

then the largest predicted network and text cluster, what the false
positives are made of (hard-negative kinds), and the worst misses:
false-negative families / networks (most missed pairs, how the build split
them) and false-positive pairs (both texts' first 80 characters).

Exit status: 0 when the run could be scored (whatever the figures), 2 when
the input is broken (unreadable files, wrong shape, corpus ads missing from
the export, duplicate URLs).
"""

import argparse
import json
import sys
from collections import Counter, defaultdict

LANGS = ["da", "sv", "nb", "en", "de", "pl", "ro", "es"]


def broken(msg):
    print(f"BROKEN RUN: {msg}", file=sys.stderr)
    sys.exit(2)


def c2(n):
    return n * (n - 1) // 2


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return p, r, f


def fmt(x):
    return "  n/a" if x is None else f"{x:5.3f}"


def short(s, n=80):
    s = " ".join((s or "").split())
    return s[:n]


def pair_counts(rows):
    """rows: (pred, truth) per ad, None = not linked. Returns truth pairs,
    predicted pairs, true positives (pairs linked in both)."""
    pred = Counter(p for p, _ in rows if p is not None)
    truth = Counter(t for _, t in rows if t is not None)
    both = Counter((p, t) for p, t in rows if p is not None and t is not None)
    tp = sum(c2(n) for n in both.values())
    return sum(c2(n) for n in truth.values()), sum(c2(n) for n in pred.values()), tp


def load(args):
    corpus = []
    try:
        with open(args.corpus, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                if line.strip():
                    ad = json.loads(line)
                    if not isinstance(ad, dict) or "url" not in ad or "truth_family" not in ad \
                            or "truth_network" not in ad or "truth_lang" not in ad:
                        broken(f"corpus line {no} is not a labelled ad")
                    corpus.append(ad)
    except (OSError, ValueError) as e:
        broken(f"cannot read corpus {args.corpus}: {e}")
    if not corpus:
        broken("empty corpus")
    dup = [u for u, n in Counter(a["url"] for a in corpus).items() if n > 1]
    if dup:
        broken(f"duplicate URLs in the corpus: {dup[:5]}")
    try:
        with open(args.export, encoding="utf-8") as f:
            export = json.load(f)
    except (OSError, ValueError) as e:
        broken(f"cannot read export {args.export}: {e}")
    if not isinstance(export, dict) or not isinstance(export.get("ads"), list):
        broken("export has no `ads` list (an aggregate or JSON Lines export cannot be scored)")
    by_url = {}
    for a in export["ads"]:
        try:
            url = a["source"]["url"]
            clusters = a["clusters"]
            _ = clusters["text"], a["network_id"]
        except (KeyError, TypeError):
            broken(f"export ad without source.url / clusters.text / network_id: {str(a)[:200]}")
        if url in by_url:
            broken(f"URL twice in the export: {url}")
        by_url[url] = a
    missing = [c["url"] for c in corpus if c["url"] not in by_url]
    if missing:
        broken(f"{len(missing)} corpus ads missing from the export, e.g. {missing[:5]}")
    extra = len(by_url) - len(corpus)
    return corpus, export, by_url, extra


def table(title, corpus, pred_of, truth_key, out):
    """Prints one P/R/F1 table; returns the summary dict."""
    P = lambda *x: print(*x, file=out)  # noqa: E731
    P(f"== {title}")
    P(f"  {'lang':5} {'ads':>5} {'truth':>7} {'pred':>7} {'tp':>7} {'fp':>7} {'fn':>7}   {'prec':>5}  {'rec':>5}  {'F1':>5}")
    summary = {}
    groups = [(L, [c for c in corpus if c["truth_lang"] == L]) for L in LANGS]
    groups = [(L, g) for L, g in groups if g] + [("all", corpus)]
    for L, group in groups:
        truth, pred, tp = pair_counts([(pred_of(c), c[truth_key]) for c in group])
        p, r, f = prf(tp, pred - tp, truth - tp)
        summary[L] = {"ads": len(group), "truth_pairs": truth, "pred_pairs": pred, "tp": tp,
                      "fp": pred - tp, "fn": truth - tp, "precision": p, "recall": r, "f1": f}
        if L == "all":
            P("  " + "-" * 78)
        P(f"  {L:5} {len(group):5} {truth:7} {pred:7} {tp:7} {pred - tp:7} {truth - tp:7}   {fmt(p)}  {fmt(r)}  {fmt(f)}")
    P()
    return summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("export")
    ap.add_argument("--summary", help="also write the figures as JSON here")
    ap.add_argument("--misses", type=int, default=12, help="how many of the worst misses to list per kind")
    args = ap.parse_args()
    corpus, export, by_url, extra = load(args)
    out = sys.stdout
    P = lambda *x: print(*x, file=out)  # noqa: E731

    def text_of(c):
        return by_url[c["url"]]["clusters"]["text"]

    def net_of(c):
        return by_url[c["url"]]["network_id"]

    gen = export.get("generator") or {}
    P(f"adscreen link evaluation: {len(corpus)} corpus ads, export {args.export}"
      + (f" ({extra} export ads not in the corpus, ignored)" if extra else ""))
    P(f"generator: {gen.get('name')} {gen.get('version')}, rules {gen.get('rules_version')}")
    fams = Counter(c["truth_family"] for c in corpus if c["truth_family"])
    nets = Counter(c["truth_network"] for c in corpus if c["truth_network"])
    P(f"truth: {len(fams)} template families, {len(nets)} networks, "
      f"{sum(1 for c in corpus if not c['truth_network'])} ads in no network")
    P()
    summary = {"ads": len(corpus), "generator": gen}
    summary["text"] = table("Text pairs (same clusters.text vs same truth_family)", corpus, text_of, "truth_family", out)
    summary["network"] = table("Network pairs (same network_id vs same truth_network)", corpus, net_of,
                               "truth_network", out)

    # ------------------------------------------------------------ sizes
    pnet = defaultdict(list)
    ptext = defaultdict(list)
    for c in corpus:
        if net_of(c) is not None:
            pnet[net_of(c)].append(c)
        if text_of(c) is not None:
            ptext[text_of(c)].append(c)
    largest = max(pnet.values(), key=len) if pnet else []
    largest_text = max(ptext.values(), key=len) if ptext else []
    P("== Sizes")
    P(f"  predicted networks: {len(pnet)} (truth {len(nets)}); largest predicted network: {len(largest)} ads"
      + (f" spanning {len({c['truth_network'] for c in largest})} truth networks/none "
         f"({sum(1 for c in largest if not c['truth_network'])} ads in no truth network); "
         f"largest truth network: {max(nets.values()) if nets else 0}" if largest else ""))
    P(f"  predicted text clusters: {len(ptext)} (truth families {len(fams)}); largest: {len(largest_text)} ads"
      + (f" from {len({c['truth_family'] for c in largest_text})} families/none" if largest_text else ""))
    fam_members = defaultdict(list)
    for c in corpus:
        if c["truth_family"]:
            fam_members[c["truth_family"]].append(c)
    exact = 0
    for f, members in fam_members.items():
        ids = {text_of(c) for c in members}
        if len(ids) == 1 and None not in ids and len(ptext[next(iter(ids))]) == len(members):
            exact += 1
    P(f"  families recovered exactly (one text cluster, all copies, nothing else): {exact}/{len(fam_members)}")
    summary["largest_network"] = len(largest)
    summary["largest_text_cluster"] = len(largest_text)
    summary["predicted_networks"] = len(pnet)
    summary["predicted_text_clusters"] = len(ptext)
    summary["families_exact"] = exact
    P()

    # ------------------------------------------------------------ phones: how much of the network truth they carry
    P("== Phone numbers (what the network links can rest on)")
    found = total = 0
    for c in corpus:
        got = {p.get("e164") for p in by_url[c["url"]].get("phones") or [] if isinstance(p, dict)}
        for e in c.get("truth_phones") or []:
            total += 1
            found += e in got
    parent = list(range(len(corpus)))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    first = {}
    for i, c in enumerate(corpus):
        for e in c.get("truth_phones") or []:
            if e in first:
                parent[root(i)] = root(first[e])
            else:
                first[e] = i
    tn_pairs = summary["network"]["all"]["truth_pairs"]
    # pairs joined by a chain of shared truth numbers (an ad alone adds no pair)
    _, _, ceiling = pair_counts([(root(i), c["truth_network"]) for i, c in enumerate(corpus)])
    P(f"  advertiser numbers found in the export (E.164, text and field): {found}/{total}")
    P(f"  network recall reachable from shared numbers alone (truth numbers, no text links): "
      f"{ceiling}/{tn_pairs} = {fmt(ceiling / tn_pairs if tn_pairs else None)}")
    summary["phones_found"] = found
    summary["phones_total"] = total
    summary["network_recall_from_numbers_alone"] = ceiling / tn_pairs if tn_pairs else None
    P()

    # ------------------------------------------------------------ what false positives are made of
    def fp_pairs(groups, truth_key):
        for members in groups.values():
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    a, b = members[i], members[j]
                    if a[truth_key] is None or a[truth_key] != b[truth_key]:
                        yield a, b

    def kind(a, b):
        if a.get("truth_twin") and a.get("truth_twin") == b.get("truth_family"):
            return "twin families (same footer + stock phrases)"
        ks = "-".join(sorted([a.get("truth_kind") or "?", b.get("truth_kind") or "?"]))
        same_footer = a.get("truth_footer") and b.get("truth_footer") and a["site"] == b["site"]
        return f"{ks}{', same site footer' if same_footer else ''}{', different languages' if a['truth_lang'] != b['truth_lang'] else ''}"

    P("== What the false-positive text pairs are")
    text_fp = Counter(kind(a, b) for a, b in fp_pairs(ptext, "truth_family"))
    for k, n in text_fp.most_common():
        P(f"  {n:7}  {k}")
    if not text_fp:
        P("  none")
    summary["text_fp_kinds"] = dict(text_fp)
    P()

    # ------------------------------------------------------------ worst misses
    N = args.misses
    P(f"== Worst false-negative families (most same-family pairs not in one text cluster; top {N})")
    rows = []
    for f, members in fam_members.items():
        split = Counter(text_of(c) for c in members)
        kept = sum(c2(n) for k, n in split.items() if k is not None)
        missed = c2(len(members)) - kept
        if missed:
            parts = sorted((n for k, n in split.items() if k is not None), reverse=True)
            parts += ["-"] * split.get(None, 0)
            rows.append((missed, f, members, parts))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for missed, f, members, parts in rows[:N]:
        P(f"  {f} {members[0]['truth_lang']} {len(members):2} copies, {missed:3} pairs missed, split "
          f"[{', '.join(map(str, parts))}] | {short(members[0]['text'])}")
    P(f"  ({len(rows)} families with missed pairs; '-' = copy in no text cluster)")
    summary["text_fn_families"] = [{"family": f, "copies": len(m), "missed_pairs": x, "split": p}
                                   for x, f, m, p in rows]
    P()

    P(f"== False-positive text pairs (from the clusters with most wrong pairs; up to {N})")
    cl_rows = []
    for cid, members in ptext.items():
        wrong = list(fp_pairs({cid: members}, "truth_family"))
        if wrong:
            cl_rows.append((len(wrong), cid, members, wrong))
    cl_rows.sort(key=lambda r: (-r[0], str(r[1])))
    shown = 0
    fp_list = []
    for nwrong, cid, members, wrong in cl_rows:
        comp = Counter(c["truth_family"] or "none" for c in members)
        P(f"  cluster {cid}: {len(members)} ads, {nwrong} wrong pairs, families "
          + ", ".join(f"{k}x{v}" for k, v in comp.most_common(6)))
        seen = set()
        for a, b in wrong:
            key = (a["truth_family"] or a["url"], b["truth_family"] or b["url"])
            if key in seen:
                continue
            seen.add(key)
            if shown < N:
                P(f"    {a['truth_family'] or a['truth_kind']:>10} | {short(a['text'])}")
                P(f"    {b['truth_family'] or b['truth_kind']:>10} | {short(b['text'])}")
                shown += 1
            fp_list.append({"cluster": cid, "a": a["url"], "b": b["url"], "a_family": a["truth_family"],
                            "b_family": b["truth_family"], "a_text": short(a["text"]), "b_text": short(b["text"])})
            if len(seen) >= 3:
                break
    if not cl_rows:
        P("  none")
    summary["text_fp_pairs"] = fp_list[:200]
    P()

    P(f"== Worst false-negative networks (top {N})")
    net_members = defaultdict(list)
    for c in corpus:
        if c["truth_network"]:
            net_members[c["truth_network"]].append(c)
    rows = []
    for n, members in net_members.items():
        split = Counter(net_of(c) for c in members)
        kept = sum(c2(k) for p, k in split.items() if p is not None)
        missed = c2(len(members)) - kept
        if missed:
            parts = sorted((k for p, k in split.items() if p is not None), reverse=True) + ["-"] * split.get(None, 0)
            fam_n = len({c["truth_family"] for c in members if c["truth_family"]})
            rows.append((missed, n, members, parts, fam_n))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for missed, n, members, parts, fam_n in rows[:N]:
        P(f"  {n} {len(members):3} ads ({fam_n} families, {len({p for c in members for p in c['truth_phones']})} numbers), "
          f"{missed:4} pairs missed, split [{', '.join(map(str, parts[:12]))}{', …' if len(parts) > 12 else ''}]")
    P(f"  ({len(rows)} networks with missed pairs; '-' = ad in no predicted network)")
    summary["network_fn"] = [{"network": n, "ads": len(m), "missed_pairs": x, "split": p} for x, n, m, p, _ in rows]
    P()

    P(f"== Predicted networks that merge truth networks / unrelated ads (most wrong pairs; top {N})")
    rows = []
    for pid, members in pnet.items():
        wrong = c2(len(members)) - sum(c2(k) for t, k in Counter(c["truth_network"] for c in members).items() if t)
        if wrong:
            rows.append((wrong, pid, members))
    rows.sort(key=lambda r: (-r[0], str(r[1])))
    for wrong, pid, members in rows[:N]:
        comp = Counter(c["truth_network"] or "none" for c in members)
        P(f"  network {pid}: {len(members)} ads, {wrong} wrong pairs, truth " +
          ", ".join(f"{k}x{v}" for k, v in comp.most_common(8)) + (" …" if len(comp) > 8 else ""))
        a = members[0]
        b = next((c for c in members[1:] if c["truth_network"] != a["truth_network"] or not a["truth_network"]), None)
        if b is not None:
            P(f"    {a['truth_network'] or 'none':>6} | {short(a['text'])}")
            P(f"    {b['truth_network'] or 'none':>6} | {short(b['text'])}")
    if not rows:
        P("  none")
    summary["network_fp"] = [{"network": pid, "ads": len(m), "wrong_pairs": w} for w, pid, m in rows]

    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
