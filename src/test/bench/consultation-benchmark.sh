#!/usr/bin/env bash
# Benchmark of the public consultation: comments posted over HTTP by wrk (a second process) against the app on
# PostgreSQL, and, on the same PostgreSQL, pgbench's single-row insert rate. Run from the repository root:
#   bash src/test/bench/consultation-benchmark.sh
# Needs Debian's postgresql, wrk (installed here when missing) and a JDK with Maven. Sends traffic to localhost only.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION=${DURATION:-20s}
# the JIT needs about two minutes of this load on 2 cores before the rate stops climbing (C2 still compiling)
WARMUP=${WARMUP:-120s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18080}
DB=panbench
work=$(mktemp -d)
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v wrk >/dev/null || ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
pg_ctlcluster $cluster start 2>/dev/null || true
pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
as_pg() { su postgres -c "$*"; }
as_pg "psql -q -p $pg_port -c \"DROP DATABASE IF EXISTS $DB\" -c \"CREATE DATABASE $DB\""
as_pg "psql -q -p $pg_port -c \"ALTER USER postgres PASSWORD 'bench'\""

ls target/pan-cocreation-*.jar >/dev/null 2>&1 || mvn -q -B -DskipTests package
SPRING_PROFILES_ACTIVE=postgres PAN_DB_URL="jdbc:postgresql://localhost:$pg_port/$DB" PAN_DB_USER=postgres \
PAN_DB_PASSWORD=bench PAN_ADMIN_PASSWORD=bench PAN_DEMO_ENABLED=true PAN_DEMO_CLOCK_START= \
  java -Xmx512m -jar target/pan-cocreation-*.jar --server.port=$PORT --pan.demo.start-co-creation=false \
  --pan.consultation.comments-per-window=1000000000 --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/" >/dev/null && break; sleep 1; done

# a consultation on PAN3's 22 drafts, open for a week
as_pg "psql -q -p $pg_port -d $DB" <<'SQL'
INSERT INTO pan_deadline (plan_id, kind, due_at, initial_due_at)
  SELECT id, 'PUBLIC_CONSULTATION', now() + interval '7 days', now() + interval '7 days' FROM pan_action_plan WHERE code = 'PAN3';
INSERT INTO pan_consultation (plan_id, opens_at) SELECT id, now() - interval '1 hour' FROM pan_action_plan WHERE code = 'PAN3';
INSERT INTO pan_consultation_commitment (consultation_id, commitment_id)
  SELECT k.id, c.id FROM pan_consultation k JOIN pan_commitment c ON c.plan_id = k.plan_id;
SQL

# one visitor's session and CSRF token, reused by every request of the load
page=$(curl -s -c "$work/cookies" "localhost:$PORT/consultation/PAN3-01")
token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"//')
session=$(awk '$6 == "JSESSIONID" {print $7}' "$work/cookies")
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "JSESSIONID=$session"
wrk.body = "_csrf=$token&body=Publier+le+calendrier+des+guichets+et+les+indicateurs+de+suivi.&name=Banc+d%27essai&consent=true&website="
function response(status, headers, body)
  if status ~= 302 then io.stderr:write("unexpected status " .. status .. "\n") end
end
LUA
# warm-up to the steady state (JIT, pools), then the measured run
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$work/post.lua" "http://localhost:$PORT/consultation/PAN3-01/commentaires" >/dev/null 2>&1
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/post.lua" "http://localhost:$PORT/consultation/PAN3-01/commentaires" \
  > "$work/wrk.txt" 2> "$work/wrk.err"
stored=$(as_pg "psql -tA -p $pg_port -d $DB -c 'SELECT COUNT(*) FROM pan_public_comment'")

# the same PostgreSQL's single-row insert rate, same clients, same duration: into a bare table, and the app's own
# INSERT into pan_public_comment (its two foreign keys and three indexes), which isolates the web stack's cost
as_pg "psql -q -p $pg_port -d $DB -c 'CREATE TABLE bench_insert (id BIGSERIAL PRIMARY KEY, body VARCHAR(5000), created_at TIMESTAMPTZ)'"
echo "INSERT INTO bench_insert (body, created_at) VALUES ('Publier le calendrier des guichets et les indicateurs de suivi.', now());" > "$work/insert.sql"
as_pg "psql -tA -p $pg_port -d $DB" > "$work/comment.sql" <<'SQL'
SELECT format('INSERT INTO pan_public_comment (consultation_id, commitment_id, body, author_name, language, status,'
  ' submitted_at) VALUES (%s, %s, ''Publier le calendrier des guichets et les indicateurs de suivi.'', ''Banc'','
  ' ''fr'', ''PENDING'', now());', k.consultation_id, k.commitment_id)
FROM pan_consultation_commitment k JOIN pan_commitment c ON c.id = k.commitment_id WHERE c.reference = 'PAN3-01';
SQL
chmod a+rx "$work" && chmod a+r "$work/insert.sql" "$work/comment.sql"
as_pg "pgbench -n -p $pg_port -c $CONNECTIONS -j 2 -T ${DURATION%s} -f $work/insert.sql $DB" > "$work/pgbench.txt" 2>&1
as_pg "pgbench -n -p $pg_port -c $CONNECTIONS -j 2 -T ${DURATION%s} -f $work/comment.sql $DB" > "$work/pgbench-comment.txt" 2>&1

rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
tps=$(awk '/^tps/ {print $3; exit}' "$work/pgbench.txt")
tps_comment=$(awk '/^tps/ {print $3; exit}' "$work/pgbench-comment.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "== wrk: POST /consultation/{ref}/commentaires, $CONNECTIONS connections, $DURATION after $WARMUP of warm-up"
grep -E "Latency|Requests/sec|requests in|Non-2xx" "$work/wrk.txt" || true
echo "== pgbench: single-row INSERT, $CONNECTIONS clients, $DURATION: bare table, then the app's comment INSERT"
grep -E "^tps|latency average" "$work/pgbench.txt" "$work/pgbench-comment.txt" || true
echo "== result"
echo "comments/s=$rps p50=$p50 p99=$p99 stored=$stored"
echo "pgbench_inserts/s=$tps ratio=$(ratio "$rps" "$tps") pgbench_comment_inserts/s=$tps_comment ratio=$(ratio "$rps" "$tps_comment")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -m)"
