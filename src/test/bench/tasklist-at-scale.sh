#!/usr/bin/env bash
# Tasklist's own queries at scale: the task count and first page of 15 by assignee, and the count and first page of
# each Tasklist filter, through /engine-rest as a committee member (HTTP Basic), on embedded PostgreSQL with 1,000
# then COMMITMENTS commitments in review (one task per member of the PAN3 committee each). Run from the repository
# root:
#   bash src/test/bench/tasklist-at-scale.sh
# COMMITMENTS (default 5000) and RUNS (timed calls per query, default 20) change the sizes; prints p50/p95 in ms.
set -euo pipefail
cd "$(dirname "$0")/../../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q test -Pbench -Dtest=TasklistAtScaleBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.commitments="${COMMITMENTS:-5000}" -Dbench.runs="${RUNS:-20}" > "$log" 2>&1 || { tail -60 "$log"; exit 1; }
sed -n '/=== Tasklist at scale/,/^$/p' "$log" | grep -v '^\s*$' || cat "$log"
