#!/usr/bin/env bash
# adscreen vs Scrapy on a static site served by Debian's nginx on loopback:
# ADS ads, 40 per listing page, rel=next pagination, detail pages in
# windows-1252, robots.txt with disallowed decoys. Both crawlers at the same
# concurrency in one run; then adscreen at R requests/s for politeness.
# Not a test: prints figures for BENCHMARKS.md.
#
#   bench/crawler/nginx.sh [ADS=20000] [CONCURRENCY=16] [R=20] [POLITE_PAGES=400]
#   SPANS=1 bench/crawler/nginx.sh   # also: where adscreen's time goes
#
# It installs nginx if missing (apt-get), runs it in the foreground with its
# own config in a temporary folder (no system service is touched) and stops
# it at the end. adscreen runs `bench_crawl --profile`, i.e. one crawl pass
# exactly as `crawler crawl` makes it (robots.txt, host pool, frontier in
# SQLite, extraction), without image hashing and analysis, which Scrapy
# does not do either.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
ADS=${1:-20000}; C=${2:-16}; R=${3:-20}; PP=${4:-400}
PORT=${PORT:-18089}

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1} cargo build --release -q -p crawler --example bench_crawl
bash bench/crawler/setup_venv.sh >/dev/null
bin=target/release/examples/bench_crawl

out=$(mktemp -d /tmp/nginx-bench.XXXXXX)
chmod 755 "$out"
echo "results in $out"
python3 bench/crawler/gen_nginx_site.py "$out/site" "$ADS" 40
chmod -R a+rX "$out/site"
mkdir -p "$out/nginx/tmp" "$out/profiles"

nginx_pid=""
start_nginx() { # $1: access log
  cat >"$out/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log warn;
events { worker_connections 1024; }
http {
  types { text/html html; text/plain txt; }
  default_type application/octet-stream;
  log_format bench '\$msec\t\$status\t\$request_uri';
  access_log $1 bench;
  client_body_temp_path $out/nginx/tmp/body;
  proxy_temp_path $out/nginx/tmp/proxy;
  fastcgi_temp_path $out/nginx/tmp/fastcgi;
  uwsgi_temp_path $out/nginx/tmp/uwsgi;
  scgi_temp_path $out/nginx/tmp/scgi;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$PORT;
    root $out/site;
  }
}
EOF
  "$NGINX" -c "$out/nginx/nginx.conf" -p "$out/nginx" -e "$out/nginx/error.log" &
  nginx_pid=$!
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/__ready" && break
    sleep 0.05
  done
}
stop_nginx() {
  kill -QUIT "$nginx_pid" 2>/dev/null || true
  wait "$nginx_pid" 2>/dev/null || true
  nginx_pid=""
}
trap '[ -n "$nginx_pid" ] && kill -TERM "$nginx_pid" 2>/dev/null || true' EXIT

profile() { # $1 rps, $2 max pages
  cat >"$out/profiles/nginxboard.toml" <<EOF
name = "nginxboard"
base_url = "http://127.0.0.1:$PORT/"
start_urls = ["/list/1.html"]
default_region = "DK"
languages = ["da"]
max_depth = 100000
max_pages = $2
requests_per_second = $1
concurrency = $C

[selectors]
ad_links = "a.ad-link@href"
next_page = "a[rel=next]@href"
title = "h1.title"
text = ".text"
name = ".name"
age = ".age"
location = "dd.city"
phone = "a.phone"
price = ".price"
images = "img.photo@src"
posted_at = "time@datetime"
poster_id = ".poster@data-user"
external_id = "article.ad@data-id"
EOF
}

summary() { # $1 name, $2 time -v file, $3 access log
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
secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
rss = int(grab(r"Maximum resident set size \(kbytes\): (\d+)"))
lines = [l.rstrip("\n").split("\t") for l in open(log) if l.strip()]
lines = [l for l in lines if l[2] != "/__ready"]  # the script's own readiness probe
pages = len(lines)
ok = sum(1 for l in lines if l[1] == "200")
decoys = sum(1 for l in lines if l[2].startswith(("/private/", "/ads/draft-")))
dups = pages - len({l[2] for l in lines})
cpu = user + sys_
print(f"{name}: requests={pages} (200: {ok}, disallowed fetched: {decoys}, repeated: {dups}) "
      f"wall={secs:.2f}s pages/s={pages / secs:.1f} cpu={cpu:.2f}s (user {user:.2f} + sys {sys_:.2f}) "
      f"cpu_s_per_1000_pages={1000 * cpu / pages:.3f} peak_rss={rss / 1024:.1f}MiB")
PY
}

# 1. adscreen, concurrency C, the loopback allowance instead of a rate cap.
profile 100000 1000000
start_nginx "$out/adscreen.log"
/usr/bin/time -v "$bin" --profile "$out/profiles/nginxboard.toml" --db "$out/adscreen.db" \
  >"$out/adscreen.txt" 2>"$out/adscreen.time"
stop_nginx
cat "$out/adscreen.txt"
echo "adscreen ads stored: $(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from ads').fetchone()[0])" "$out/adscreen.db")"
summary adscreen "$out/adscreen.time" "$out/adscreen.log"

# 2. Scrapy, same site, same concurrency, robots obeyed.
start_nginx "$out/scrapy.log"
/usr/bin/time -v bench/out/scrapy-venv/bin/scrapy runspider bench/crawler/nginxboard_spider.py \
  -a base="http://127.0.0.1:$PORT/" -s CONCURRENT_REQUESTS="$C" -s CONCURRENT_REQUESTS_PER_DOMAIN="$C" \
  -O "$out/scrapy-items.jsonl" >"$out/scrapy.txt" 2>"$out/scrapy.time"
stop_nginx
echo "scrapy items: $(wc -l <"$out/scrapy-items.jsonl")"
summary scrapy "$out/scrapy.time" "$out/scrapy.log"

# 3. Politeness: adscreen at R requests/s.
profile "$R" "$PP"
start_nginx "$out/polite.log"
"$bin" --profile "$out/profiles/nginxboard.toml" --db "$out/polite.db" >"$out/polite.txt"
stop_nginx
cat "$out/polite.txt"
grep -v "/__ready" "$out/polite.log" >"$out/polite.clean.log"
echo "politeness at R=$R requests/s: $(python3 bench/crawler/window.py "$out/polite.clean.log")"

# 4. Where adscreen's time goes (SPANS=1): span times, in a separate,
# untimed run (logging every span costs time of its own).
if [ "${SPANS:-0}" = 1 ]; then
  profile 100000 1000000
  start_nginx "$out/spans.log"
  ADSCREEN_SPAN_TIMES=1 RUST_LOG=crawler=debug NO_COLOR=1 "$bin" --profile "$out/profiles/nginxboard.toml" \
    --db "$out/spans.db" >"$out/spans.txt" 2>"$out/spans.err"
  stop_nginx
  cat "$out/spans.txt"
  python3 bench/crawler/spans.py "$out/spans.err"
fi
