#!/usr/bin/env bash
# Restores a dump made by backup.sh into an EMPTY database, with the application stopped; start it afterwards.
# The empty database is made beforehand by its owner, e.g. `dropdb --force pan && createdb -T template0 -O pan pan`.
# Everything is restored in one transaction: on any error nothing is left half restored.
#
# Usage: restore.sh FILE
# Connection and PG_BIN: as for backup.sh (a pg_restore of the dump's pg_dump version or newer).
set -euo pipefail
file=${1:?usage: restore.sh FILE}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed)}"
bin=${PG_BIN:+$PG_BIN/}

tables=$("${bin}psql" --no-password --no-psqlrc --tuples-only --no-align --command \
  "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
if [ "$tables" != 0 ]; then
  echo "restore.sh: $PGDATABASE already holds $tables tables; restore into a new, empty database" >&2
  exit 1
fi
# objects and rights go to the restoring user: the dump may come from a server with other role names
"${bin}pg_restore" --no-password --exit-on-error --single-transaction --no-owner --no-privileges \
  --dbname="$PGDATABASE" "$file"
# a dump carries no planner statistics: without them the first queries on large tables plan badly
"${bin}psql" --no-password --no-psqlrc --quiet --command "ANALYZE"
echo "restore.sh: $file restored into $PGDATABASE"
