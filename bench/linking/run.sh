#!/usr/bin/env bash
# Linking throughput and peak memory on generated corpora of 100,000 and
# 1,000,000 synthetic ads, and the Python side-by-side on the 100,000 corpus.
# Usage: bench/linking/run.sh [sizes...]   (default: 100000 1000000)
# Writes raw results to bench/linking/out/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/linking/out
mkdir -p "$OUT"
SIZES=("${@:-100000 1000000}")
[ $# -eq 0 ] && SIZES=(100000 1000000)

cargo build --release -p indicators --bench linking_corpus
BIN=$(ls -t target/release/deps/linking_corpus-* | grep -v '\.d$' | head -1)

for n in "${SIZES[@]}"; do
  echo "== Rust, $n ads (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -v "$BIN" --ads "$n" >"$OUT/rust_$n.json" 2>"$OUT/rust_$n.time"
  cat "$OUT/rust_$n.json"
  grep -E "Elapsed|Maximum resident|User time|System time" "$OUT/rust_$n.time"
done

# Python side-by-side on the same 100,000-ad corpus.
"$BIN" --ads 100000 --jsonl "$OUT/corpus_100000.jsonl"
if [ ! -x bench/linking/.venv/bin/python ]; then
  python3 -m venv bench/linking/.venv
  bench/linking/.venv/bin/pip install --quiet datasketch phonenumbers
fi
echo "== Python (datasketch + phonenumbers), 100000 ads (load: $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -v bench/linking/.venv/bin/python bench/linking/python_linking.py "$OUT/corpus_100000.jsonl" \
  >"$OUT/python_100000.json" 2>"$OUT/python_100000.time"
cat "$OUT/python_100000.json"
grep -E "Elapsed|Maximum resident|User time" "$OUT/python_100000.time"
