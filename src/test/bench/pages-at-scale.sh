#!/usr/bin/env bash
# The public and staff pages of a plan of COMMITMENTS (5,000) drafts under an open consultation, on PostgreSQL: a
# page of /consultation, of /api/plans/PAN3/commitments and of /rapport (first and last), p50/p95 of RUNS requests
# each after a warm-up; then engagements.csv, time to first byte and total. Run from the repository root:
#   bash src/test/bench/pages-at-scale.sh
# Needs Debian's postgresql and a JDK with Maven; builds the jar first (SKIP_BUILD=1 to reuse it). Sends traffic to
# localhost only. COMMITMENTS, RUNS (default 50) and PORT (default 8147) change the sizes and the port.
set -euo pipefail
cd "$(dirname "$0")/../../.."
COMMITMENTS=${COMMITMENTS:-5000}
RUNS=${RUNS:-50}
PORT=${PORT:-8147}
DB=panbench_pages
work=$(mktemp -d)
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
pg_ctlcluster $cluster start 2>/dev/null || true
pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
as_pg() { su postgres -c "$*"; }
as_pg "psql -q -p $pg_port -c \"ALTER USER postgres PASSWORD 'bench'\""
as_pg "psql -q -p $pg_port -c \"DROP DATABASE IF EXISTS $DB\" -c \"CREATE DATABASE $DB\""
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests package
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }

SPRING_PROFILES_ACTIVE=postgres PAN_DB_URL="jdbc:postgresql://localhost:$pg_port/$DB" PAN_DB_USER=postgres \
PAN_DB_PASSWORD=bench PAN_ADMIN_PASSWORD=bench PAN_DEMO_ENABLED=true PAN_DEMO_PASSWORD=bench PAN_DEMO_CLOCK_START= \
  java -Xmx512m -jar target/pan-cocreation-*.jar --server.port=$PORT --pan.demo.start-co-creation=false \
  --logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do curl -sf "localhost:$PORT/" >/dev/null && break; sleep 1; done
base="http://localhost:$PORT"
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=oelmoustamide&password=bench&_csrf=$token" "$base/login"

# PAN3's 22 drafts copied up to COMMITMENTS (same lead institutions, titles, OGP values), all under an open
# consultation; a quarter of them adopted, one in ten merged, one in twenty cancelled
as_pg "psql -q -p $pg_port -d $DB" <<SQL
INSERT INTO pan_commitment (plan_id, reference, number, lead_institution_id, status, status_reason, created_at)
  SELECT c.plan_id, 'PAN3-' || lpad(g::text, 4, '0'), g, c.lead_institution_id,
         CASE WHEN g % 20 = 0 THEN 'CANCELLED' WHEN g % 10 = 0 THEN 'MERGED' WHEN g % 4 = 0 THEN 'ADOPTED' ELSE 'ACCEPTED' END,
         CASE WHEN g % 10 = 0 THEN 'Motif du banc d''essai n° ' || g END, now()
  FROM generate_series(23, $COMMITMENTS) g
  JOIN pan_commitment c ON c.reference = 'PAN3-' || lpad((1 + g % 22)::text, 2, '0');
INSERT INTO pan_commitment_version (commitment_id, version_no, title, problem, proposed_solution, submitted_by, submitted_at)
  SELECT n.id, 1, v.title || ' (copie ' || n.number || ')', v.problem, v.proposed_solution, v.submitted_by, now()
  FROM pan_commitment n
  JOIN pan_commitment c ON c.reference = 'PAN3-' || lpad((1 + n.number % 22)::text, 2, '0')
  JOIN pan_commitment_version v ON v.commitment_id = c.id AND v.version_no = 1
  WHERE n.number > 22 AND n.reference LIKE 'PAN3-%';
INSERT INTO pan_version_ogp_value (version_id, ogp_value)
  SELECT nv.id, ov.ogp_value FROM pan_commitment n
  JOIN pan_commitment_version nv ON nv.commitment_id = n.id
  JOIN pan_commitment c ON c.reference = 'PAN3-' || lpad((1 + n.number % 22)::text, 2, '0')
  JOIN pan_commitment_version v ON v.commitment_id = c.id AND v.version_no = 1
  JOIN pan_version_ogp_value ov ON ov.version_id = v.id
  WHERE n.number > 22 AND n.reference LIKE 'PAN3-%';
UPDATE pan_commitment n SET merged_into_id = (SELECT id FROM pan_commitment WHERE reference = 'PAN3-01')
  WHERE n.status = 'MERGED';
INSERT INTO pan_deadline (plan_id, kind, due_at, initial_due_at)
  SELECT id, 'PUBLIC_CONSULTATION', now() + interval '7 days', now() + interval '7 days' FROM pan_action_plan WHERE code = 'PAN3'
  ON CONFLICT DO NOTHING;
INSERT INTO pan_consultation (plan_id, opens_at) SELECT id, now() - interval '1 day' FROM pan_action_plan WHERE code = 'PAN3'
  ON CONFLICT DO NOTHING;
INSERT INTO pan_consultation_commitment (consultation_id, commitment_id)
  SELECT k.id, c.id FROM pan_consultation k JOIN pan_commitment c ON c.plan_id = k.plan_id ON CONFLICT DO NOTHING;
ANALYZE;
SQL
drafts=$(as_pg "psql -tA -p $pg_port -d $DB -c \"SELECT COUNT(*) FROM pan_commitment c JOIN pan_action_plan p ON p.id = c.plan_id WHERE p.code = 'PAN3'\"")

# p50 and p95 (ms) of RUNS requests after 20 of warm-up, and the page's size
timed() {
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$base$1"; done
  for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$1"; done \
    | sort -n | awk '{a[NR] = $1 * 1000} END {printf "p50 %6.1f ms  p95 %6.1f ms", a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.999)]}'
  printf "  %8d bytes  %s\n" "$(curl -s -b "$jar" "$base$1" | wc -c)" "$1"
}
last=$(( (drafts + 49) / 50 ))
echo "== pages at scale: PAN3 with $drafts drafts under an open consultation, PostgreSQL, $(nproc) cores"
timed "/consultation?plan=PAN3"
timed "/consultation?plan=PAN3&page=$last"
timed "/api/plans/PAN3/commitments"
timed "/rapport?plan=PAN3"
timed "/rapport?plan=PAN3&page=$last"
csv="/donnees/PAN3/engagements.csv"
for _ in $(seq 1 5); do curl -s -o /dev/null "$base$csv"; done
for _ in $(seq 1 10); do curl -s -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}\n' "$base$csv"; done \
  | sort -n -k2 | awk '{f[NR] = $1 * 1000; t[NR] = $2 * 1000; b = $3}
      END {m = int((NR + 1) / 2); printf "median of %d: first byte %6.1f ms  total %6.1f ms  %8d bytes  %s\n", NR, f[m], t[m], b, "'"$csv"'"}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
