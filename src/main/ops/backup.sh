#!/usr/bin/env bash
# Backs up a pan-cocreation database: the application's pan_* tables and the engine's ACT_* tables in one file.
# pg_dump reads the whole database in one repeatable-read transaction, so the dump is one consistent moment of
# both (a job half done is in neither) and the application may keep running meanwhile.
#
# Usage: backup.sh FILE
# Connection: the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD (or ~/.pgpass).
# PG_BIN: folder of a pg_dump of the server's major version or newer (default: the one on PATH); an older
# pg_dump refuses a newer server.
set -euo pipefail
file=${1:?usage: backup.sh FILE}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed)}"
bin=${PG_BIN:+$PG_BIN/}

# written aside and renamed once complete and readable: a file named FILE is always a whole dump
"${bin}pg_dump" --no-password --format=custom --file="$file.partial"
"${bin}pg_restore" --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
echo "backup.sh: $PGDATABASE dumped to $file"
