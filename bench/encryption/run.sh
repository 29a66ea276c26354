#!/usr/bin/env bash
# Encryption at rest and erasure, measured on a generated corpus:
#   1. `crawler import` into a plain store and into an encrypted one (same
#      corpus, same binary, release build): wall time of each, and the ratio;
#   2. 1,000 known strings (URLs, numbers, names, text) grepped in the
#      encrypted main file and WAL (aim: 0 found), and in the plain one (the
#      control: the check can fail);
#   3. `review erase --phone` of the most frequent number in the plain store,
#      then the number grepped in the file, the WAL and a new export (aim: 0).
#
# Usage: bench/encryption/run.sh [--bin DIR] [--ads N] [--runs R]
#   --bin DIR  where `crawler` and `review` built with
#              `--features store/encryption` are (default: target/release)
#   --ads N    corpus size (default 20000)
#   --runs R   imports of each kind, alternating (default 2)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="$ROOT/target/release"
ADS=20000
RUNS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) BIN="$2"; shift 2 ;;
    --ads) ADS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
OUT="$HERE/out"
mkdir -p "$OUT"
CORPUS="$OUT/corpus-$ADS.jsonl"
[ -f "$CORPUS" ] || python3 "$ROOT/bench/pipeline/gen.py" "$ADS" "$CORPUS" --seed 1
KEY="$OUT/db.key"
[ -f "$KEY" ] || (umask 077; openssl rand -hex 32 > "$KEY")
export ADSCREEN_REVIEWER=bench
unset ADSCREEN_DB_KEY_FILE

import() { # import KIND DB [key args]
  local kind="$1" db="$2"; shift 2
  rm -f "$db" "$db-wal" "$db-shm"
  local t0 t1
  t0=$(date +%s.%N)
  "$BIN/crawler" --db "$db" "$@" import "$CORPUS" --default-region DK >/dev/null 2>"$OUT/$kind.log"
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}

echo "== import of $ADS ads, $RUNS runs each, alternating"
for r in $(seq 1 "$RUNS"); do
  p=$(import plain "$OUT/plain.db")
  e=$(import encrypted "$OUT/enc.db" --db-key-file "$KEY")
  echo "run $r: plain ${p}s, encrypted ${e}s, ratio $(echo "scale=3; $e / $p" | bc)"
done

echo "== 1,000 known strings"
python3 "$HERE/needles.py" pick "$CORPUS" 1000 "$OUT/needles.txt"
# Reopen the encrypted store so it has a WAL on disk too, then grep.
"$BIN/review" --db "$OUT/enc.db" --db-key-file "$KEY" list --limit 1 >/dev/null
files=("$OUT/enc.db"); [ -f "$OUT/enc.db-wal" ] && files+=("$OUT/enc.db-wal")
echo -n "encrypted store (${files[*]##*/}): "; python3 "$HERE/needles.py" count "$OUT/needles.txt" "${files[@]}"
files=("$OUT/plain.db"); [ -f "$OUT/plain.db-wal" ] && files+=("$OUT/plain.db-wal")
echo -n "plain store, the control: "; python3 "$HERE/needles.py" count "$OUT/needles.txt" "${files[@]}"
echo -n "wrong key: "
"$BIN/review" --db "$OUT/enc.db" --db-key-file <(echo "not the key") list 2>&1 | head -1 || true

echo "== erasure of the most frequent number (plain store)"
NUM=$(python3 -c "
import json,collections,sys
c=collections.Counter(p for l in open(sys.argv[1]) for p in (json.loads(l).get('truth_phones') or []))
print(c.most_common(1)[0][0])" "$CORPUS")
"$BIN/review" --db "$OUT/plain.db" subject --phone "$NUM" --json > "$OUT/subject.json"
# The number and every way it is written in those ads.
python3 - "$OUT/subject.json" "$OUT/number.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
forms = {r["e164"]} | {p["raw"] for a in r["ads"] for p in a["phones"] if p["e164"] == r["e164"]}
open(sys.argv[2], "w").write("\n".join(sorted(forms)) + "\n")
print(f"subject: {len(r['ads'])} ads hold {r['e164']}, written {len(forms)} ways")
PY
files=("$OUT/plain.db"); [ -f "$OUT/plain.db-wal" ] && files+=("$OUT/plain.db-wal")
echo -n "before: "; python3 "$HERE/needles.py" count "$OUT/number.txt" "${files[@]}"
/usr/bin/time -f "erase: %e s wall, %M KiB" "$BIN/review" --db "$OUT/plain.db" erase --phone "$NUM" --yes 2>&1 | tail -2
files=("$OUT/plain.db"); [ -f "$OUT/plain.db-wal" ] && files+=("$OUT/plain.db-wal")
echo -n "after, file + WAL: "; python3 "$HERE/needles.py" count "$OUT/number.txt" "${files[@]}"
rm -f "$OUT/after.json"
"$BIN/review" --db "$OUT/plain.db" export --all --yes --out "$OUT/after.json" 2>/dev/null
echo -n "after, new export: "; python3 "$HERE/needles.py" count "$OUT/number.txt" "$OUT/after.json"
