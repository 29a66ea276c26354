#!/usr/bin/env python3
"""Scores a `review export --all` document against the labelled held-out corpus.

Usage: python3 bench/heldout/score.py CORPUS.jsonl EXPORT.json [--summary OUT.json]
                                      [--reliability PREFIX]

Joins export ads to corpus ads by URL and prints
  * language accuracy, per language and overall (with the confusions);
  * phone numbers: precision / recall of the set of E.164 numbers per ad
    against the labels, overall and per language, and recall on the numbers
    that were written disguised;
  * per indicator (every DESIGN.md code that has labels): precision, recall
    and F1 overall and per language;
  * the judged targets with PASS / FAIL;
  * when the corpus labels `concerning` (corpora D and E): the calibration of
    the score ranking, i.e. the share of `concerning` ads and of lone
    first-person ads (not third_person, not multiple_persons, not concerning)
    in the top 10 % of the ads by score (ties at the cut shared out
    fractionally), and a reliability table of the score against `concerning`
    (binned score against the share concerning), written with
    `--reliability PREFIX` as PREFIX.md (and PREFIX.png when matplotlib is
    installed);
  * every miss: ad id, what, wanted / got, evidence excerpt or text excerpt.

Exit status: 0 when the run could be scored (whatever the figures), 2 when
the run is broken (unreadable files, ads missing from the export, ...).
"""

import argparse
import json
import sys
from collections import defaultdict

LANGS = ["da", "en", "sv", "nb", "de", "ro", "es", "pl"]
# Indicator codes of DESIGN.md, in its order.
CODES = [
    "obfuscated_phone", "shared_phone", "phone_multi_city", "third_person",
    "multiple_persons", "youth_terms", "nationality_stated", "text_template",
    "image_reuse", "movement_terms", "available_24_7", "risky_services",
    "low_price", "emoji_codes", "trustworthy_language",
]
# Targets the project is judged on: (label, kind, key, minimum).
TARGETS = [
    ("phones precision", "phones", "precision", 0.99),
    ("phones recall", "phones", "recall", 0.97),
    ("disguised numbers recall", "disguised", "recall", 0.90),
    ("language accuracy", "lang", "accuracy", 0.97),
    ("third_person F1", "ind", "third_person", 0.90),
    ("obfuscated_phone F1", "ind", "obfuscated_phone", 0.90),
    ("multiple_persons F1", "ind", "multiple_persons", 0.85),
    ("youth_terms F1", "ind", "youth_terms", 0.85),
    ("nationality_stated F1", "ind", "nationality_stated", 0.85),
]
# Score bins of the reliability table: (label, low inclusive, high exclusive).
BINS = [("< 0.5", -1e9, 0.5), ("0.5-1.5", 0.5, 1.5), ("1.5-2.5", 1.5, 2.5), ("2.5-3.5", 2.5, 3.5),
        ("3.5-4.5", 3.5, 4.5), ("4.5-6", 4.5, 6.0), (">= 6", 6.0, 1e9)]


def top_share(scored, pred, share=0.10):
    """Expected share of ads satisfying `pred` among the top `share` of
    `scored` (a list of (score, record)) by score; ads tied at the cut are
    shared out fractionally, so the figure does not depend on tie order."""
    n = len(scored)
    k = max(1, round(n * share))
    ranked = sorted(scored, key=lambda x: -x[0])
    cut = ranked[k - 1][0]
    above = [r for s_, r in ranked if s_ > cut]
    tied = [r for s_, r in ranked if s_ == cut]
    left = k - len(above)
    hits = sum(1 for r in above if pred(r)) + left * (sum(1 for r in tied if pred(r)) / len(tied))
    return hits / k, k, cut


def calibration(corpus, by_url, prefix):
    """Ranking calibration against `concerning`; returns the summary dict."""
    scored = [(float(by_url[c["url"]].get("score") or 0.0), c["labels"]) for c in corpus]
    lone = lambda l: not (l["third_person"] or l["multiple_persons"] or l["concerning"])  # noqa: E731
    conc = lambda l: bool(l["concerning"])  # noqa: E731
    base_c = sum(1 for _, l in scored if conc(l)) / len(scored)
    base_l = sum(1 for _, l in scored if lone(l)) / len(scored)
    c_share, k, cut = top_share(scored, conc)
    l_share, _, _ = top_share(scored, lone)
    out = {"top_k": k, "cut_score": cut, "concerning_top_decile": c_share, "concerning_base": base_c,
           "lone_first_person_top_decile": l_share, "lone_first_person_base": base_l, "bins": []}
    print("== Calibration of the score against `concerning`")
    print(f"  top 10 % = {k} ads (score >= {cut:g}, ties at the cut shared out fractionally)")
    print(f"  concerning in the top decile:        {c_share:6.1%}  (base rate {base_c:5.1%})")
    print(f"  lone first-person in the top decile: {l_share:6.1%}  (base rate {base_l:5.1%}; aim <= 1 %)")
    # Area under the ROC curve of the score for `concerning` (ties count half).
    pos = [s_ for s_, l in scored if conc(l)]
    neg = [s_ for s_, l in scored if not conc(l)]
    if pos and neg:
        auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))
        out["auc"] = auc
        print(f"  ROC AUC of the score for concerning: {auc:5.3f}")
    rows = []
    for name, lo, hi in BINS:
        inb = [l for s_, l in scored if lo <= s_ < hi]
        if not inb:
            continue
        mean = sum(s_ for s_, l in scored if lo <= s_ < hi) / len(inb)
        share = sum(1 for l in inb if conc(l)) / len(inb)
        rows.append((name, len(inb), mean, share))
        out["bins"].append({"bin": name, "n": len(inb), "mean_score": mean, "share_concerning": share})
    print(f"  {'score bin':10} {'ads':>5} {'mean score':>11} {'share concerning':>17}")
    for name, n, mean, share in rows:
        print(f"  {name:10} {n:5} {mean:11.2f} {share:17.1%}")
    print()
    if prefix:
        with open(prefix + ".md", "w", encoding="utf-8") as f:
            f.write("| score bin | ads | mean score | share concerning |\n|---|---|---|---|\n")
            for name, n, mean, share in rows:
                f.write(f"| {name} | {n} | {mean:.2f} | {share:.1%} |\n")
        try:
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
            fig, ax = plt.subplots(figsize=(5, 4))
            ax.bar(range(len(rows)), [r[3] for r in rows], color="#4a7bb7")
            for i, r in enumerate(rows):
                ax.text(i, r[3] + 0.02, f"n={r[1]}", ha="center", fontsize=8)
            ax.set_xticks(range(len(rows)), [r[0] for r in rows])
            ax.set_ylim(0, 1.1)
            ax.set_xlabel("score bin")
            ax.set_ylabel("share labelled concerning")
            ax.set_title(prefix.rsplit("/", 1)[-1])
            fig.tight_layout()
            fig.savefig(prefix + ".png", dpi=100)
        except ImportError:
            pass
    return out


def broken(msg):
    print(f"BROKEN RUN: {msg}", file=sys.stderr)
    sys.exit(2)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (0.0 if (p == 0 or r == 0) else None)
    return p, r, f


def fmt(x):
    return "  n/a" if x is None else f"{x:5.3f}"


def short(s, n=90):
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("export")
    ap.add_argument("--summary", help="also write the figures as JSON here")
    ap.add_argument("--reliability", help="write the reliability table (PREFIX.md, PREFIX.png) here")
    args = ap.parse_args()

    try:
        corpus = [json.loads(l) for l in open(args.corpus, encoding="utf-8") if l.strip()]
    except Exception as e:  # noqa: BLE001
        broken(f"cannot read corpus {args.corpus}: {e}")
    try:
        export = json.load(open(args.export, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        broken(f"cannot read export {args.export}: {e}")
    if not isinstance(export, dict) or not isinstance(export.get("ads"), list):
        broken("export has no `ads` list")
    by_url = {}
    for a in export["ads"]:
        try:
            by_url[a["source"]["url"]] = a
        except (KeyError, TypeError):
            broken(f"export ad without source.url: {str(a)[:200]}")
    missing = [c["labels"]["id"] for c in corpus if c["url"] not in by_url]
    if missing:
        broken(f"{len(missing)} corpus ads missing from the export: {missing[:20]}")
    if not corpus:
        broken("empty corpus")

    labelled_codes = [c for c in CODES if all(c in ad["labels"] for ad in corpus)]
    misses = []  # (cause-ish kind, id, what, want, got, excerpt)

    # ---------------------------------------------------------------- language
    lang_ok = defaultdict(int)
    lang_n = defaultdict(int)
    confusion = defaultdict(int)
    for c in corpus:
        lab = c["labels"]
        got = by_url[c["url"]].get("language")
        lang_n[lab["lang"]] += 1
        if got == lab["lang"]:
            lang_ok[lab["lang"]] += 1
        else:
            confusion[(lab["lang"], got)] += 1
            misses.append(("language", lab["id"], "language", lab["lang"], got, short((c.get("title") or "") + " " + c["text"])))

    # ------------------------------------------------------------------ phones
    ph = defaultdict(lambda: [0, 0, 0])  # lang -> tp fp fn
    dis = defaultdict(lambda: [0, 0])  # lang -> found, total
    dis_flag = [0, 0]  # found disguised numbers marked obfuscated, found disguised
    plain_flagged = [0, 0]  # found plain numbers marked obfuscated, found plain
    for c in corpus:
        lab = c["labels"]
        ad = by_url[c["url"]]
        got = {p.get("e164"): p for p in ad.get("phones", []) if p.get("e164")}
        want = set(lab["phones"])
        L = lab["lang"]
        for e in want & set(got):
            ph[L][0] += 1
        for e in set(got) - want:
            ph[L][1] += 1
            misses.append(("phone_fp", lab["id"], "phone", "-", f"{e} (raw {got[e].get('raw')!r})", short(c["text"])))
        for e in want - set(got):
            ph[L][2] += 1
            kind = "phone_fn_disguised" if e in lab["disguised_phones"] else "phone_fn_plain"
            gotlist = ", ".join(sorted(got)) or "none"
            misses.append((kind, lab["id"], "phone", e, gotlist, short(c["text"])))
        for e in lab["disguised_phones"]:
            dis[L][1] += 1
            if e in got:
                dis[L][0] += 1
                dis_flag[1] += 1
                if got[e].get("obfuscated"):
                    dis_flag[0] += 1
        for e in want - set(lab["disguised_phones"]):
            if e in got:
                plain_flagged[1] += 1
                if got[e].get("obfuscated"):
                    plain_flagged[0] += 1

    # -------------------------------------------------------------- indicators
    ind = {code: defaultdict(lambda: [0, 0, 0]) for code in labelled_codes}
    unlabelled_fired = defaultdict(list)
    for c in corpus:
        lab = c["labels"]
        ad = by_url[c["url"]]
        fired = {i["code"]: i for i in ad.get("indicators", [])}
        L = lab["lang"]
        for code in labelled_codes:
            want = bool(lab[code])
            got = code in fired
            if want and got:
                ind[code][L][0] += 1
            elif got and not want:
                ind[code][L][1] += 1
                ev = "; ".join(short(e.get("excerpt", ""), 60) + f" [{e.get('field')}]" for e in fired[code].get("evidence", [])[:3])
                misses.append(("ind_fp", lab["id"], code, "no", "yes", ev or "(no evidence)"))
            elif want and not got:
                ind[code][L][2] += 1
                misses.append(("ind_fn", lab["id"], code, "yes", "no", short((c.get("title") or "") + " | " + c["text"], 110)))
        for code in fired:
            if code not in labelled_codes:
                unlabelled_fired[code].append(lab["id"])

    # ------------------------------------------------------------------ report
    summary = {"ads": len(corpus), "languages": {}, "phones": {}, "indicators": {}}
    print(f"adscreen held-out evaluation: {len(corpus)} ads, export {args.export}")
    gen = export.get("generator", {})
    print(f"generator: {gen.get('name')} {gen.get('version')}, rules {gen.get('rules_version')}")
    print()

    print("== Language accuracy")
    print("  " + " ".join(f"{L:>6}" for L in LANGS) + "   overall")
    row = []
    for L in LANGS:
        acc = lang_ok[L] / lang_n[L] if lang_n[L] else None
        summary["languages"][L] = acc
        row.append(fmt(acc).rjust(6))
    overall_lang = sum(lang_ok.values()) / sum(lang_n.values())
    summary["languages"]["overall"] = overall_lang
    print("  " + " ".join(row) + f"   {overall_lang:5.3f}  ({sum(lang_ok.values())}/{sum(lang_n.values())})")
    if confusion:
        print("  confusions (want->got: n): " + ", ".join(f"{a}->{b}: {n}" for (a, b), n in sorted(confusion.items())))
    print()

    print("== Phone numbers (set of E.164 per ad)")
    print(f"  {'lang':5} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6}   disguised found/total")
    T = [0, 0, 0]
    for L in LANGS:
        tp, fp, fn = ph[L]
        T = [T[0] + tp, T[1] + fp, T[2] + fn]
        p, r, _ = prf(tp, fp, fn)
        print(f"  {L:5} {tp:4} {fp:4} {fn:4} {fmt(p):>6} {fmt(r):>6}   {dis[L][0]}/{dis[L][1]}")
    p, r, f = prf(*T)
    dfound = sum(v[0] for v in dis.values())
    dtotal = sum(v[1] for v in dis.values())
    drec = dfound / dtotal if dtotal else None
    print(f"  {'all':5} {T[0]:4} {T[1]:4} {T[2]:4} {fmt(p):>6} {fmt(r):>6}   {dfound}/{dtotal} = {fmt(drec)}")
    print(f"  found disguised numbers marked obfuscated in the export: {dis_flag[0]}/{dis_flag[1]}; "
          f"found plain numbers marked obfuscated: {plain_flagged[0]}/{plain_flagged[1]}")
    summary["phones"] = {"tp": T[0], "fp": T[1], "fn": T[2], "precision": p, "recall": r, "f1": f,
                         "disguised_found": dfound, "disguised_total": dtotal, "disguised_recall": drec}
    print()

    print("== Indicators (precision / recall / F1; positives labelled)")
    print(f"  {'code':20} {'pos':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} {'F1':>6}")
    for code in labelled_codes:
        tp = sum(v[0] for v in ind[code].values())
        fp = sum(v[1] for v in ind[code].values())
        fn = sum(v[2] for v in ind[code].values())
        p_, r_, f_ = prf(tp, fp, fn)
        summary["indicators"][code] = {"tp": tp, "fp": fp, "fn": fn, "precision": p_, "recall": r_, "f1": f_,
                                       "per_language": {}}
        print(f"  {code:20} {tp + fn:4} {tp:4} {fp:4} {fn:4} {fmt(p_):>6} {fmt(r_):>6} {fmt(f_):>6}")
    if unlabelled_fired:
        print("  fired but not labelled (not scored): " +
              ", ".join(f"{k} x{len(v)}" for k, v in sorted(unlabelled_fired.items())))
    print()
    print("== Indicator F1 per language (tp/fp/fn in brackets)")
    print(f"  {'code':20} " + " ".join(f"{L:>13}" for L in LANGS))
    for code in labelled_codes:
        cells = []
        for L in LANGS:
            tp, fp, fn = ind[code][L]
            _, _, f_ = prf(tp, fp, fn)
            summary["indicators"][code]["per_language"][L] = {"tp": tp, "fp": fp, "fn": fn, "f1": f_}
            cells.append(f"{fmt(f_)}({tp}/{fp}/{fn})".rjust(13))
        print(f"  {code:20} " + " ".join(cells))
    print()

    if all("concerning" in c["labels"] for c in corpus):
        summary["calibration"] = calibration(corpus, by_url, args.reliability)

    print("== Judged targets")
    results = []
    for name, kind, key, minimum in TARGETS:
        if kind == "phones":
            v = summary["phones"][key]
        elif kind == "disguised":
            v = drec
        elif kind == "lang":
            v = overall_lang
        else:
            v = summary["indicators"].get(key, {}).get("f1")
        ok = v is not None and v >= minimum
        results.append({"target": name, "value": v, "minimum": minimum, "pass": ok})
        print(f"  {'PASS' if ok else 'FAIL'}  {name:28} {fmt(v)}  (>= {minimum})")
    summary["targets"] = results
    print()

    print(f"== Misses ({len(misses)})")
    order = ["language", "phone_fn_plain", "phone_fn_disguised", "phone_fp", "ind_fn", "ind_fp"]
    titles = {
        "language": "Language wrong",
        "phone_fn_plain": "Phone numbers not found (written plainly)",
        "phone_fn_disguised": "Phone numbers not found (written disguised)",
        "phone_fp": "Phone numbers found that are not in the ad's labels",
        "ind_fn": "Indicators missed (labelled yes, not fired)",
        "ind_fp": "Indicators fired wrongly (labelled no, fired; evidence shown)",
    }
    for kind in order:
        rows = [m for m in misses if m[0] == kind]
        if not rows:
            continue
        print(f"-- {titles[kind]}: {len(rows)}")
        rows.sort(key=lambda m: (m[2], m[1]))
        for _, aid, what, want, got, ex in rows:
            print(f"  {aid:5} {what:18} want={want:<14} got={got:<14} | {ex}")
    summary["misses"] = [dict(zip(["kind", "id", "what", "want", "got", "excerpt"], m)) for m in misses]
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
