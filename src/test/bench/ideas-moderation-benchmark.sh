#!/usr/bin/env bash
# Benchmark of the secretariat's heavy paths on PostgreSQL: a 10,000-row ideas import, the ideas' open data, and
# the moderation page at 100,000 pending comments (pages, filters, approving a whole filter). Run from the
# repository root:
#   bash src/test/bench/ideas-moderation-benchmark.sh
# Needs Debian's postgresql and a JDK with Maven; builds the jar first (SKIP_BUILD=1 to reuse it). Sends traffic to
# localhost only. ROWS and PENDING change the sizes. Last, closing a consultation of 22 drafts x COMMENTS approved
# comments in the co-creation process itself (ONLY=close runs that part alone).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROWS=${ROWS:-10000}
PENDING=${PENDING:-100000}
COMMENTS=${COMMENTS:-1000}
PORT=${PORT:-18081}
DB=panbench_ideas
work=$(mktemp -d)
trap 'kill "${app:-0}" "${app2:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
pg_ctlcluster $cluster start 2>/dev/null || true
pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
as_pg() { su postgres -c "$*"; }
as_pg "psql -q -p $pg_port -c \"ALTER USER postgres PASSWORD 'bench'\""
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
seconds() { awk -v s="$1" 'BEGIN {printf "%.3f", s}'; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }

if [ "${ONLY:-}" != close ]; then
as_pg "psql -q -p $pg_port -c \"DROP DATABASE IF EXISTS $DB\" -c \"CREATE DATABASE $DB\""

SPRING_PROFILES_ACTIVE=postgres PAN_DB_URL="jdbc:postgresql://localhost:$pg_port/$DB" PAN_DB_USER=postgres \
PAN_DB_PASSWORD=bench PAN_ADMIN_PASSWORD=bench PAN_DEMO_ENABLED=true PAN_DEMO_PASSWORD=bench PAN_DEMO_CLOCK_START= \
  java -Xmx512m -jar target/pan-cocreation-*.jar --server.port=$PORT --pan.demo.start-co-creation=false \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do curl -sf "localhost:$PORT/" >/dev/null && break; sleep 1; done
base="http://localhost:$PORT"
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=oelmoustamide&password=bench&_csrf=$token" "$base/login"

# the ideas: ROWS rows, each taken up by one or two of PAN3's 22 drafts
awk -v n="$ROWS" 'BEGIN {
  print "reference,title,description,organisation,theme,email,submitted_on,commitments"
  for (i = 1; i <= n; i++)
    printf "B%05d,Idée %d du banc d'\''essai,\"Description, sur\ndeux lignes\",Association %d,Thème %d,a%d@exemple.ma,2024-01-%02d,PAN3-%02d|PAN3-%02d\n",
      i, i, i % 50, i % 12, i, 1 + i % 28, 1 + i % 11, 12 + i % 11
}' > "$work/idees.csv"
token=$(curl -s -b "$jar" "$base/app/plans/PAN3/idees" | csrf)
import=$(curl -s -o "$work/import.html" -w '%{http_code} %{time_total}' -b "$jar" -F "_csrf=$token" \
  -F "file=@$work/idees.csv;type=text/csv" "$base/app/plans/PAN3/idees/import")
grep -o '[0-9]* idée(s) importée(s)' "$work/import.html" || { echo "import refused: $import"; exit 1; }
curl -s -o /dev/null "$base/donnees/PAN3/idees.json"   # first request: JIT and caches
json=$(for _ in $(seq 1 10); do curl -s -o /dev/null -w '%{time_total}\n' "$base/donnees/PAN3/idees.json"; done | median)
json_bytes=$(curl -s "$base/donnees/PAN3/idees.json" | wc -c)

# PENDING comments on PAN3's drafts under an open consultation, over 20 days, in the three languages
as_pg "psql -q -p $pg_port -d $DB" <<SQL
INSERT INTO pan_deadline (plan_id, kind, due_at, initial_due_at)
  SELECT id, 'PUBLIC_CONSULTATION', now() + interval '7 days', now() + interval '7 days' FROM pan_action_plan WHERE code = 'PAN3';
INSERT INTO pan_consultation (plan_id, opens_at) SELECT id, now() - interval '20 days' FROM pan_action_plan WHERE code = 'PAN3';
INSERT INTO pan_consultation_commitment (consultation_id, commitment_id)
  SELECT k.id, c.id FROM pan_consultation k JOIN pan_commitment c ON c.plan_id = k.plan_id;
INSERT INTO pan_public_comment (consultation_id, commitment_id, body, author_name, language, status, submitted_at)
  SELECT k.consultation_id, k.commitment_id, 'Contribution n° ' || g || ' : publier le calendrier des guichets.',
         'Banc', (ARRAY['fr', 'ar', 'en'])[1 + g % 3], 'PENDING', now() - interval '20 days' + g * interval '17 seconds'
  FROM generate_series(1, $PENDING) g
  JOIN LATERAL (SELECT consultation_id, commitment_id FROM pan_consultation_commitment
                ORDER BY commitment_id OFFSET g % 22 LIMIT 1) k ON true;
ANALYZE pan_public_comment;
SQL
page() {
  curl -s -o /dev/null -b "$jar" "$base/app/consultation/moderation?$1"
  for _ in $(seq 1 10); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base/app/consultation/moderation?$1"; done | median
}
first=$(page "page=1")
last=$(page "page=$((PENDING / 50))")
day=$(date -u -d '-10 days' +%F)
filtered=$(page "langue=ar&du=$day&au=$day&engagement=PAN3-07")
page_bytes=$(curl -s -b "$jar" "$base/app/consultation/moderation?page=1" | wc -c)
token=$(curl -s -b "$jar" "$base/app/consultation/moderation" | csrf)
approve=$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" -d "_csrf=$token&action=approve-filter&du=$day&au=$day" \
  "$base/app/consultation/moderation")
approved=$(as_pg "psql -tA -p $pg_port -d $DB -c \"SELECT COUNT(*) FROM pan_public_comment WHERE status = 'APPROVED'\"")

echo "== result"
echo "ideas_import rows=$ROWS http_status_and_seconds=$import"
echo "ideas_json median_seconds=$json bytes=$json_bytes"
echo "moderation pending=$PENDING page1_median_seconds=$first last_page_median_seconds=$last filtered_median_seconds=$filtered page_bytes=$page_bytes"
echo "moderation approve_one_day_filter seconds=$approve approved=$approved"
kill "$app"; wait "$app" 2>/dev/null || true
fi
. src/test/bench/consultation-close.sh
