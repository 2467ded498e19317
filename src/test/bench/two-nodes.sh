#!/usr/bin/env bash
# The same load on one node, then on two nodes on one (embedded) PostgreSQL, each node a JVM of its own: the wave of
# jobs and mails once the demo's time moves past the review deadline, then CLIENTS visitors posting comments for
# LOAD_SECONDS seconds spread over the nodes. Prints each run's throughput, the ratio two/one and the duplicates (jobs
# run twice, mails sent twice, comments stored twice: must be 0). Run from the repository root:
#   bash src/test/bench/two-nodes.sh
# CLIENTS (default 8) and LOAD_SECONDS (default 30) change the comment load. Both nodes share this machine's cores.
set -euo pipefail
cd "$(dirname "$0")/../../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q test -Pbench -Dtest=TwoNodesBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.clients="${CLIENTS:-8}" -Dbench.seconds="${LOAD_SECONDS:-30}" > "$log" 2>&1 \
  || { tail -60 "$log"; exit 1; }
sed -n '/=== One node and two nodes/,/^machine:/p' "$log" || cat "$log"
