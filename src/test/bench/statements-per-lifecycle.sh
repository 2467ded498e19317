#!/usr/bin/env bash
# SQL statements for one commitment from submission to adoption (3 reviews, an ACCEPT consolidation, the
# consultation's close, the final fiche), against a bare BPMN with the same wait states on the same engine. Counted by
# a JDBC proxy (datasource-proxy) around the application's data source, on the tests' in-memory H2. Run from the
# repository root:
#   bash src/test/bench/statements-per-lifecycle.sh
# Prints both counts per step, their ratio, and the statements by kind and table.
set -euo pipefail
cd "$(dirname "$0")/../../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q test -Pbench -Dtest=StatementsPerLifecycleBench -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1 \
  || { tail -60 "$log"; exit 1; }
sed -n '/=== SQL statements per commitment lifecycle/,/^$/p;/by kind and table/,/^[^ ]/p' "$log" | grep -v '^\s*$' || cat "$log"
