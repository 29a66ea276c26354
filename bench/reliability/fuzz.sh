#!/usr/bin/env bash
# Fuzzes every parser that sees outside data (issue 8) with libFuzzer on the
# stable toolchain: the sanitizer-coverage flags cargo-fuzz uses are stable
# `-C` options, so no nightly is needed (ASan is not used: the crates forbid
# unsafe code). Targets: extract robots phone charset import profile rules.
# Usage: bench/reliability/fuzz.sh [SECONDS_PER_TARGET=10] [TARGET...]
# Crashes are written to fuzz/artifacts/TARGET/ and make the script fail.
set -euo pipefail
SECS=${1:-10}
shift || true
TARGETS=${*:-extract robots phone charset import profile rules}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FUZZ=$ROOT/fuzz
TRIPLE=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# The fuzz package has its own lock file; start from the workspace's so the
# same dependency versions are fuzzed.
[ -f "$FUZZ/Cargo.lock" ] || cp "$ROOT/Cargo.lock" "$FUZZ/Cargo.lock"
cargo build --release -q --manifest-path "$FUZZ/Cargo.toml" --target "$TRIPLE" \
  --target-dir "$FUZZ/target" --bins
# Seed corpora from the repository's own inputs.
mkdir -p "$FUZZ/corpus"/{extract,robots,phone,charset,import,profile,rules}
cp "$ROOT"/fixtures/profiles/*.toml "$FUZZ/corpus/profile/" 2>/dev/null || true
cp "$ROOT"/indicators/rules/default.toml "$FUZZ/corpus/rules/" 2>/dev/null || true
printf 'escorts/page/1/\nUser-agent: *\nDisallow: /private/\nAllow: /*.html$\nCrawl-delay: 2\n' >"$FUZZ/corpus/robots/seed"
printf 'Ring 20 12 34 56 eller to nul en to tre fire fem seks, +46 70 123 45 67\n' >"$FUZZ/corpus/phone/seed"
printf '{"url":"https://a.invalid/1","site":"a","text":"Hej","age":"23 \xc3\xa5r","phones":["20 12 34 56"]}\n{bad\n' >"$FUZZ/corpus/import/seed"
printf 'text/html; charset=windows-1252\0<meta charset="iso-8859-1"><p>K\xf8benhavn</p>' >"$FUZZ/corpus/charset/seed"
printf '<div class="about">Hun er ny</div><a class="card-link" href="/ad/1">x</a><nav class="pager"><a class="next" href="/p/2">n</a></nav>' >"$FUZZ/corpus/extract/seed"
status=0
for t in $TARGETS; do
  mkdir -p "$FUZZ/artifacts/$t"
  log=$FUZZ/artifacts/$t/last.log
  if "$FUZZ/target/$TRIPLE/release/$t" -max_total_time="$SECS" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$FUZZ/artifacts/$t/" \
      "$FUZZ/corpus/$t" >"$log" 2>&1; then
    runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    peak=$(grep -m1 -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    echo "fuzz $t: ${SECS}s, $runs runs, $cov, peak RSS ${peak} MB, no crash"
  else
    echo "fuzz $t: FAILED (see $log and $FUZZ/artifacts/$t/)"
    tail -20 "$log"
    status=1
  fi
done
exit $status
