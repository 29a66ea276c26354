#!/usr/bin/env bash
# Blind evaluation of phone numbers and places in real-world-style ads
# (issue 14): phones.jsonl (written blind by another helper with
# make_phones.py; ads with `site_region` and labels `phones`,
# `disguised_phones`, `place`) and cities.tsv (written<TAB>canonical<TAB>country,
# "-" for non-places).
#
# Each site_region group is imported with `crawler import --default-region R`
# into one fresh store, then `review export --all --yes`; score.py joins by
# URL. Places on cities.tsv go through the `probe places` example.
#
# Usage: bench/phones/run.sh [--no-build]
# Output: figures on stdout; export and logs in bench/phones/out/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=bench/phones
OUT=$HERE/out
mkdir -p "$OUT"
if [ "${1:-}" != "--no-build" ]; then
  cargo build --release --bin crawler --bin review >"$OUT/build.log" 2>&1 &&
  cargo build --release -p indicators --example probe >>"$OUT/build.log" 2>&1 || {
    tail -40 "$OUT/build.log" >&2; echo "BROKEN RUN: build failed" >&2; exit 2; }
fi
python3 -c 'import phonenumbers' 2>/dev/null || {
  echo "BROKEN RUN: needs the python phonenumbers package (pip install phonenumbers)" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB=$TMP/phones.db
python3 "$HERE/score.py" split "$HERE/phones.jsonl" "$TMP"
: >"$OUT/import.log"
for f in "$TMP"/region_*.jsonl; do
  R=$(basename "$f" .jsonl); R=${R#region_}
  target/release/crawler import "$f" --db "$DB" --default-region "$R" >>"$OUT/import.log" 2>&1 || {
    cat "$OUT/import.log" >&2; echo "BROKEN RUN: import of $R failed" >&2; exit 2; }
done
target/release/review --db "$DB" --reviewer phones-bench export --all --yes --out "$OUT/export.json" \
  >"$OUT/export.log" 2>&1 || { cat "$OUT/export.log" >&2; echo "BROKEN RUN: export failed" >&2; exit 2; }
tail -n +2 "$HERE/cities.tsv" | cut -f1 >"$TMP/written.txt"
tail -n +2 "$HERE/cities.tsv" | cut -f2 | grep -vx -- '-' | sort -u >"$TMP/canonical.txt"
target/release/examples/probe places <"$TMP/written.txt" >"$OUT/places_written.tsv"
target/release/examples/probe places <"$TMP/canonical.txt" >"$OUT/places_canonical.tsv"
echo "git: $(git rev-parse --short HEAD) ($(git status --porcelain -- indicators crawler store | wc -l) changed files under indicators/ crawler/ store/)"
python3 "$HERE/score.py" score "$HERE/phones.jsonl" "$OUT/export.json" "$HERE/cities.tsv" \
  "$OUT/places_written.tsv" "$OUT/places_canonical.tsv" --summary "$OUT/summary.json"
