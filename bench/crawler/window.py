"""Reads a serve_fixture request log (seconds<TAB>status<TAB>target) and prints
the request count, the span, and the highest number of requests in any
1-second window (sliding: every window starting at a request)."""

import sys
from bisect import bisect_left

times = sorted(float(line.split("\t", 1)[0]) for line in open(sys.argv[1]) if line.strip())
if not times:
    print("requests=0")
    sys.exit(0)
best = 0
for i, t in enumerate(times):
    # requests in [t, t + 1)
    j = bisect_left(times, t + 1.0)
    best = max(best, j - i)
print(f"requests={len(times)} span={times[-1] - times[0]:.2f}s max_in_any_1s_window={best}")
