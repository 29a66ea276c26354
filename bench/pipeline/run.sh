#!/usr/bin/env bash
# The whole pipeline end to end at 100k-1M ads: `crawler import` (parse, store,
# per-ad analysis, linking, networks) on a fresh store, `review stats` (and
# `stats --json`) on it, then 1,000 new ads into the same store (the
# incremental figure), with wall time, CPU time and peak RSS of every step, the
# networks found (scored against the planted families), and the Python toolkit
# side by side on the 100,000 file (only when 100000 is among the sizes).
#
# Usage: bench/pipeline/run.sh [--bin DIR] [--sizes "100000 300000 1000000"]
#                              [--no-python] [--no-build] [--breakdown] [--seed S]
#   --bin DIR    where `crawler` and `review` are (default: target/release,
#                built first with cargo unless --no-build)
#   --sizes      corpus sizes (default: "100000 300000 1000000")
#   --no-python  skip the Python toolkit run
#   --breakdown  also split the import on a second fresh store: `import
#                --no-analyze` (parse + store) and `crawler analyze` (per-ad
#                analysis + linking + storing links and networks)
# Corpora are generated once into bench/pipeline/out/ (git-ignored) and reused
# while gen.py / lexicon.py are unchanged. Results: bench/pipeline/out/results.md.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
OUT="$HERE/out"
BIN=""
SIZES="100000 300000 1000000"
PYTHON_RUN=1
BUILD=1
BREAKDOWN=0
SEED=1
INC=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) BIN="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --no-python) PYTHON_RUN=0; shift ;;
    --no-build) BUILD=0; shift ;;
    --breakdown) BREAKDOWN=1; shift ;;
    --seed) SEED="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$HERE/run.sh"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$BIN" ]; then
  BIN="$ROOT/target/release"
  if [ "$BUILD" = 1 ]; then
    cargo build --release --bin crawler --bin review
  fi
fi
BIN="$(cd "$BIN" && pwd)"
for b in crawler review; do
  [ -x "$BIN/$b" ] || { echo "no $BIN/$b" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 1; }
mkdir -p "$OUT"
PY=python3
load() { cut -d' ' -f1-3 /proc/loadavg; }
report() { "$PY" "$HERE/report.py" "$@"; }
STAMP="$(cat "$HERE/gen.py" "$HERE/lexicon.py" | sha256sum | cut -c1-16) seed=$SEED"
printf '{"bin": "%s", "date": "%s", "host": "%s, %s cores, %s GiB RAM"}\n' "$BIN" "$(date -u +%Y-%m-%dT%H:%MZ)" \
  "$(uname -sr)" "$(nproc)" "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)" >"$OUT/meta.json"

# gen N FILE [START]: generate unless cached with the same generator and seed.
gen() {
  local n="$1" file="$2" start="${3:-1}"
  if [ -s "$file" ] && [ "$(cat "$file.stamp" 2>/dev/null)" = "$STAMP start=$start" ]; then
    return
  fi
  "$PY" "$HERE/gen.py" "$n" "$file" --seed "$SEED" --start-id "$start"
  echo "$STAMP start=$start" >"$file.stamp"
}

# timed NAME NOTE CMD...: run CMD under /usr/bin/time -v, stdout to out/NAME.out,
# stderr + time to out/NAME.time, figures to out/NAME.json; never aborts the run.
timed() {
  local name="$1" note="$2"; shift 2
  local l; l="$(load)"
  /usr/bin/time -v "$@" >"$OUT/$name.out" 2>"$OUT/$name.time" || true
  report time "$OUT/$name.time" "$l" "$note" >"$OUT/$name.json"
  "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); print("   wall %.2f s, CPU %.2f s (user %.2f + sys %.2f), peak RSS %.1f MiB, exit %s (load before: %s)" % (d["wall_s"], d["cpu_s"], d["user_s"], d["sys_s"], d["rss_mib"], d["exit"], d["load"]))' "$OUT/$name.json"
  if [ "$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["exit"])' "$OUT/$name.json")" != 0 ]; then
    echo "   !! non-zero exit; last lines of $OUT/$name.time:"
    grep -v -E '^\s+(Command|User|System|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File|Socket|Signals|Page|Exit)' "$OUT/$name.time" | tail -5 | sed 's/^/      /'
  fi
}

HAS_STATS_JSON=0
"$BIN/review" stats --help 2>/dev/null | grep -q -- '--json' && HAS_STATS_JSON=1

for n in $SIZES; do
  echo "== $n ads (load: $(load))"
  # The table shows this run only.
  rm -f "$OUT/$n".{import,inc,stats,stats_json,store,analyze,db,db_inc}.json "$OUT/python_$n".{json,time,time.json}
  gen "$n" "$OUT/$n.jsonl"
  gen "$INC" "$OUT/$n-inc.jsonl" "$((n + 1))"
  echo "   corpus $(du -h "$OUT/$n.jsonl" | cut -f1), $(wc -l <"$OUT/$n.jsonl") lines"
  rm -f "$OUT/$n.db" "$OUT/$n.db-wal" "$OUT/$n.db-shm"
  echo "-- crawler import $n.jsonl into a fresh store"
  timed "$n.import" "" "$BIN/crawler" --db "$OUT/$n.db" import "$OUT/$n.jsonl" --default-region DK
  tail -1 "$OUT/$n.import.out" | sed 's/^/   /'
  report db "$OUT/$n.db" >"$OUT/$n.db.json" || echo "   !! could not read the store"
  echo "-- review stats"
  timed "$n.stats" "" "$BIN/review" --db "$OUT/$n.db" stats
  if [ "$HAS_STATS_JSON" = 1 ]; then
    echo "-- review stats --json"
    timed "$n.stats_json" "" "$BIN/review" --db "$OUT/$n.db" stats --json
  fi
  echo "-- crawler import $INC new ads (ids $((n + 1))..$((n + INC))) into the same store"
  timed "$n.inc" "" "$BIN/crawler" --db "$OUT/$n.db" import "$OUT/$n-inc.jsonl" --default-region DK
  tail -1 "$OUT/$n.inc.out" | sed 's/^/   /'
  report db "$OUT/$n.db" >"$OUT/$n.db_inc.json" || echo "   !! could not read the store"
  "$PY" -c 'import json,sys
for f in sys.argv[1:]:
    d=json.load(open(f)); v=d["network_vs_truth"]; p=d["phones"]
    print("   %s: %d networks, largest %d, %d ads in networks; links %s; blocked %d; network P/R/F1 %s/%s/%s; numbers found %s/%s" % (f.rsplit("/",1)[1], d["networks"], d["largest_network"], d["ads_in_networks"], d["links"], d["blocked_phones"], v["precision"], v["recall"], v["f1"], p["found"], p["written"]))' \
    "$OUT/$n.db.json" "$OUT/$n.db_inc.json" 2>/dev/null || true

  if [ "$BREAKDOWN" = 1 ]; then
    rm -f "$OUT/$n-split.db" "$OUT/$n-split.db-wal" "$OUT/$n-split.db-shm"
    echo "-- breakdown: crawler import --no-analyze (parse + store only), fresh store"
    timed "$n.store" "" "$BIN/crawler" --db "$OUT/$n-split.db" import "$OUT/$n.jsonl" --default-region DK --no-analyze
    echo "-- breakdown: crawler analyze (analysis + linking)"
    timed "$n.analyze" "" "$BIN/crawler" --db "$OUT/$n-split.db" analyze
    tail -1 "$OUT/$n.analyze.out" | sed 's/^/   /'
    rm -f "$OUT/$n-split.db" "$OUT/$n-split.db-wal" "$OUT/$n-split.db-shm"
  fi

  if [ "$PYTHON_RUN" = 1 ] && [ "$n" = 100000 ]; then
    VENV=""
    for v in "$HERE/.venv" "$ROOT/bench/linking/.venv"; do
      if [ -x "$v/bin/python" ] && "$v/bin/python" -c 'import datasketch, phonenumbers' 2>/dev/null; then VENV="$v"; break; fi
    done
    if [ -z "$VENV" ]; then
      VENV="$HERE/.venv"
      python3 -m venv "$VENV"
      "$VENV/bin/pip" install --quiet datasketch phonenumbers
    fi
    echo "-- Python toolkit on the same $n ads ($VENV)"
    l="$(load)"
    /usr/bin/time -v "$VENV/bin/python" "$HERE/python_toolkit.py" "$OUT/$n.jsonl" \
      >"$OUT/python_$n.json" 2>"$OUT/python_$n.time" || echo "   !! Python toolkit failed (see $OUT/python_$n.time)"
    report time "$OUT/python_$n.time" "$l" >"$OUT/python_$n.time.json"
    cat "$OUT/python_$n.json" | sed 's/^/   /'
    grep -E "Elapsed|Maximum resident" "$OUT/python_$n.time" | sed 's/^\s*/   /'
  fi
done

echo
echo "== results (also in $OUT/results.md)"
# shellcheck disable=SC2086
report table "$OUT" $SIZES
