"""Sums the span timings a crawl logs with ADSCREEN_SPAN_TIMES=1 and
RUST_LOG=crawler=debug (tracing's `close time.busy=… time.idle=…` lines):
per span name, how many closed, total busy time (CPU on the span's task)
and total idle time (waiting: network, limiter, locks).

    python3 spans.py crawl-stderr.log
"""

import re
import sys
from collections import defaultdict

UNIT = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
line_re = re.compile(r"(\w+)\{[^}]*\}: \S+: close time\.busy=([\d.]+)(\S+?) time\.idle=([\d.]+)(\S+)")
# ANSI colour codes, if any
ansi = re.compile(r"\x1b\[[0-9;]*m")
stats = defaultdict(lambda: [0, 0.0, 0.0])
for raw in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = line_re.search(ansi.sub("", raw))
    if not m:
        continue
    name, busy, bu, idle, iu = m.groups()
    s = stats[name]
    s[0] += 1
    s[1] += float(busy) * UNIT.get(bu, 0)
    s[2] += float(idle) * UNIT.get(iu, 0)
print("| span | count | busy s (total) | idle s (total) | busy ms per span |")
print("|---|---|---|---|---|")
for name, (n, busy, idle) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
    print(f"| {name} | {n} | {busy:.2f} | {idle:.2f} | {1000 * busy / n:.3f} |")
