#!/usr/bin/env bash
# Side-by-side crawl benchmark: the adscreen crawler and Scrapy against the
# large generated fixture site on loopback, then the politeness-precision run.
# Not a test: prints figures for bench/results/crawler.md.
#
#   bench/crawler/run.sh [ADS=20000] [CONCURRENCY=8] [RPS=20] [PRECISION_PAGES=600]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
ADS=${1:-20000}; C=${2:-8}; R=${3:-20}; PP=${4:-600}
cargo build --release -q -p crawler --examples
bash bench/crawler/setup_venv.sh >/dev/null
bin=target/release/examples
out=$(mktemp -d /tmp/crawler-bench.XXXXXX)
echo "results in $out"

server_pid=""
start_server() { # $1: request log file
  "$bin/serve_fixture" --ads "$ADS" --seed 7 --log "$1" >"$out/server.url" 2>>"$out/server.err" &
  server_pid=$!
  for _ in $(seq 100); do [ -s "$out/server.url" ] && break; sleep 0.05; done
  base=$(head -n1 "$out/server.url")
}
stop_server() {
  kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""
}
trap '[ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null || true' EXIT

summary() { # $1 name, $2 time -v file, $3 request log
  python3 - "$1" "$2" "$3" <<'PY'
import sys, re
name, tfile, log = sys.argv[1:4]
t = open(tfile).read()
def grab(pat):
    m = re.search(pat, t)
    return m.group(1) if m else "0"
user = float(grab(r"User time \(seconds\): ([\d.]+)"))
sys_ = float(grab(r"System time \(seconds\): ([\d.]+)"))
wall = grab(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)")
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss = int(grab(r"Maximum resident set size \(kbytes\): (\d+)"))
lines = [l.split("\t") for l in open(log) if l.strip()]
pages = len(lines)
ok = sum(1 for l in lines if l[1] == "200")
cpu = user + sys_
print(f"{name}: requests={pages} (200: {ok}) wall={secs:.2f}s pages/s={pages/secs:.1f} "
      f"cpu={cpu:.2f}s (user {user:.2f} + sys {sys_:.2f}) cpu_s_per_1000_pages={1000*cpu/pages:.3f} "
      f"peak_rss={rss/1024:.1f}MiB")
PY
}

# 1. adscreen crawler, no rate limiter, concurrency C.
start_server "$out/adscreen.log"
/usr/bin/time -v "$bin/bench_crawl" --base "$base" --db "$out/adscreen.db" --concurrency "$C" --rps 0 \
  >"$out/adscreen.txt" 2>"$out/adscreen.time"
stop_server
cat "$out/adscreen.txt"
summary adscreen "$out/adscreen.time" "$out/adscreen.log"

# 2. Scrapy, same site, same concurrency, no autothrottle, robots obeyed.
start_server "$out/scrapy.log"
/usr/bin/time -v bench/out/scrapy-venv/bin/scrapy runspider bench/crawler/largeboard_spider.py \
  -a base="$base" -s CONCURRENT_REQUESTS="$C" -s CONCURRENT_REQUESTS_PER_DOMAIN="$C" \
  -O "$out/scrapy-items.jsonl" >"$out/scrapy.txt" 2>"$out/scrapy.time"
stop_server
echo "scrapy items: $(wc -l <"$out/scrapy-items.jsonl")"
summary scrapy "$out/scrapy.time" "$out/scrapy.log"

# 3. Politeness precision: per-host limit R requests/s.
start_server "$out/polite.log"
"$bin/bench_crawl" --base "$base" --db "$out/polite.db" --concurrency "$C" --rps "$R" --max-pages "$PP" \
  >"$out/polite.txt"
stop_server
cat "$out/polite.txt"
echo "politeness at R=$R requests/s: $(python3 bench/crawler/window.py "$out/polite.log")"
