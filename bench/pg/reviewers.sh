#!/usr/bin/env bash
# Several reviewers at once on one PostgreSQL store (issue 16): REVIEWERS
# `review` processes, each its own database role in one of two
# organisations, add notes, change statuses and page the queue for SECS
# seconds. At the end every note and status change a process saw succeed
# must be in the database (0 lost events), and `review list` latency is
# reported (p50, p95, max, as each process measured it, process start
# included).
#
# Usage: bench/pg/reviewers.sh OWNER_URL [SECS] [REVIEWERS] [REVIEW_BIN]
#   OWNER_URL  postgres://OWNER@HOST:PORT/DB?sslmode=disable of a store with
#              ads (e.g. after `crawler import`); the owner must be allowed
#              to CREATE ROLE (the roles are made here, named bench_r1 ...).
#   SECS       how long (default 300).
#   REVIEWERS  how many processes (default 6).
#   REVIEW_BIN the review binary (default target/release/review).
# Needs psql. Prints the figures; exit status 1 when an event was lost.
set -euo pipefail
URL=${1:?usage: $0 OWNER_URL [SECS] [REVIEWERS] [REVIEW_BIN]}
SECS=${2:-300}
N=${3:-6}
BIN=${4:-target/release/review}
command -v psql >/dev/null || { echo "needs psql" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
as_role() { echo "$URL" | sed -E "s#(postgres(ql)?://)[^@/]*@#\1$1@#"; }
MAXID=$(psql "$URL" -Atc "SELECT max(id) FROM ads")
"$BIN" --db "$URL" orgs add reden >/dev/null
"$BIN" --db "$URL" orgs add amiami >/dev/null
for i in $(seq 1 "$N"); do
  org=reden; [ $((i % 2)) = 0 ] && org=amiami
  psql "$URL" -qc "DO \$\$ BEGIN CREATE ROLE bench_r$i LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" >/dev/null
  "$BIN" --db "$URL" orgs reviewer "bench_r$i" --org "$org" >/dev/null
done
BEFORE=$(psql "$URL" -Atc "SELECT count(*) FROM review_events WHERE reviewer LIKE 'bench_r%'")
END=$(( $(date +%s) + SECS ))
for i in $(seq 1 "$N"); do
  (
    db=$(as_role "bench_r$i")
    ok=0; stale=0; k=0
    statuses=(needs_outreach contacted referred dismissed independent)
    while [ "$(date +%s)" -lt "$END" ]; do
      k=$((k + 1))
      id=$(( (RANDOM * 32768 + RANDOM) % MAXID + 1 ))
      if "$BIN" --db "$db" note "$id" "bench note $i/$k" >/dev/null 2>>"$OUT/err$i"; then ok=$((ok + 1)); fi
      # Ten cases shared by everyone, so colleagues change the same case.
      hot=$(( k % 10 + 1 ))
      if "$BIN" --db "$db" mark "$hot" "${statuses[$((k % 5))]}" >/dev/null 2>"$OUT/mark$i"; then
        ok=$((ok + 1))
      elif grep -q "since you read it" "$OUT/mark$i"; then
        stale=$((stale + 1))
      else
        cat "$OUT/mark$i" >>"$OUT/err$i"
      fi
      t0=$(date +%s%N)
      "$BIN" --db "$db" list --limit 50 --json >/dev/null 2>>"$OUT/err$i"
      echo $(( ($(date +%s%N) - t0) / 1000000 )) >>"$OUT/list$i"
    done
    echo "$ok $stale" >"$OUT/done$i"
  ) &
done
wait
OKS=0; STALE=0
for i in $(seq 1 "$N"); do read -r o s <"$OUT/done$i"; OKS=$((OKS + o)); STALE=$((STALE + s)); done
AFTER=$(psql "$URL" -Atc "SELECT count(*) FROM review_events WHERE reviewer LIKE 'bench_r%'")
STORED=$((AFTER - BEFORE))
ERRS=$(cat "$OUT"/err* 2>/dev/null | wc -l)
LEAK=$(psql "$(as_role bench_r1)" -Atc "SELECT count(*) FROM review_events WHERE org NOT IN ('reden', '')")
sort -n "$OUT"/list* >"$OUT/all"
LISTS=$(wc -l <"$OUT/all")
pct() { awk -v p="$1" '{a[NR]=$1} END {i=int((NR-1)*p)+1; print a[i]}' "$OUT/all"; }
echo "reviewers: $N processes for ${SECS}s on $(echo "$URL" | sed -E 's#//[^@]*@#//#'), $MAXID ads"
echo "events the processes saw succeed: $OKS; stored: $STORED; lost: $((OKS - STORED))"
echo "stale status changes refused (a colleague changed the case since it was read): $STALE"
echo "other errors: $ERRS"
echo "rows of another organisation visible to bench_r1: $LEAK"
echo "review list --limit 50 (process start included), $LISTS runs: p50 $(pct 0.5) ms, p95 $(pct 0.95) ms, max $(tail -1 "$OUT/all") ms"
[ "$OKS" = "$STORED" ] && [ "$LEAK" = 0 ]
