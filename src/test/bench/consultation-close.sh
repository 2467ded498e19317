# Part of ideas-moderation-benchmark.sh (sourced): closing a consultation of 22 drafts x COMMENTS approved comments
# in the co-creation process itself. A second application on its own database runs the PAN3 demo on its clock: the
# committee accepts the 22 drafts, the secretariat opens the consultation, the comments are inserted once it is
# open, then the demo clock passes its end. Figure: the close step's own duration (history), and the wall time from
# moving the clock to the assessment tasks (includes the job executor picking the timer up).
DB2=panbench_close
PORT2=$((PORT + 1))
as_pg "psql -q -p $pg_port -c \"DROP DATABASE IF EXISTS $DB2\" -c \"CREATE DATABASE $DB2\""
SPRING_PROFILES_ACTIVE=postgres PAN_DB_URL="jdbc:postgresql://localhost:$pg_port/$DB2" PAN_DB_USER=postgres \
PAN_DB_PASSWORD=bench PAN_ADMIN_PASSWORD=bench PAN_DEMO_ENABLED=true PAN_DEMO_PASSWORD=bench \
  java -Xmx512m -jar target/pan-cocreation-*.jar --server.port=$PORT2 --logging.level.root=WARN > "$work/app2.log" 2>&1 &
app2=$!
base2="http://localhost:$PORT2"
for _ in $(seq 1 180); do curl -sf "$base2/actuator/health" >/dev/null && break; sleep 1; done
# the demo's co-creation starts in the background once the application is ready (DemoCoCreation)
for _ in $(seq 1 180); do curl -s -u oelmoustamide:bench "$base2/actuator/health" | grep -q 'en cours de d' || break; sleep 1; done
sec=(-u oelmoustamide:bench -H 'Content-Type: application/json')
sql2() { as_pg "psql -tA -q -p $pg_port -d $DB2" <<<"$1"; }
advance() {
  local j="$work/clock" tok
  tok=$(curl -s -c "$j" -b "$j" -u oelmoustamide:bench "$base2/app/demo/horloge" | csrf)
  curl -s -o /dev/null -c "$j" -b "$j" -u oelmoustamide:bench -d "heures=$1&_csrf=$tok" "$base2/app/demo/horloge"
}
task_ids() {  # open tasks of the secretariat's groups with this key
  curl -s "${sec[@]}" -d "{\"candidateUser\":\"oelmoustamide\",\"taskDefinitionKey\":\"$1\"}" \
    "$base2/engine-rest/task?maxResults=1000" | grep -o '"id":"[^"]*"' | cut -d'"' -f4
}
wait_tasks() {
  for _ in $(seq 1 120); do [ "$(task_ids "$1" | wc -l)" -ge "$2" ] && return; sleep 1; done
  echo "no $2 tasks $1"; exit 1
}
submit() { curl -sf -o /dev/null "${sec[@]}" -d "{\"variables\":{$2}}" "$base2/engine-rest/task/$1/submit-form"; }

advance 120   # past 26 Feb: the review window closes, one consolidation per draft
wait_tasks Task_ConsolidateReview 22
for t in $(task_ids Task_ConsolidateReview); do submit "$t" '"decision":{"value":"ACCEPT"}'; done
advance 168   # past 4 March: the revision round closes
wait_tasks Task_PrepareConsultation 1
submit "$(task_ids Task_PrepareConsultation | head -1)" '"opensOn":{"value":"2024-03-11"},"closesOn":{"value":"2024-03-31"}'
advance 168   # 12 March: open
sql2 "INSERT INTO pan_public_comment (consultation_id, commitment_id, body, author_name, language, status,
        submitted_at, moderated_by, moderated_at)
      SELECT k.consultation_id, k.commitment_id, 'Contribution n° ' || g || ' : ' || repeat('publier le calendrier des guichets ', 10),
             'Banc', 'fr', 'APPROVED', TIMESTAMPTZ '2024-03-12 10:00Z' + g * interval '1 second', 'oelmoustamide', now()
      FROM pan_consultation_commitment k CROSS JOIN generate_series(1, $COMMENTS) g; ANALYZE pan_public_comment;"
drafts=$(sql2 "SELECT COUNT(*) FROM pan_consultation_commitment")
# a popular draft's public page while the consultation is open: a first visit (no cookie), its first and last page
draft=$(sql2 "SELECT c.reference FROM pan_consultation_commitment k JOIN pan_commitment c ON c.id = k.commitment_id
              ORDER BY c.reference LIMIT 1")
visit() {
  curl -s -o /dev/null "$base2/consultation/$draft?page=$1"
  for _ in $(seq 1 10); do curl -s -o /dev/null -w '%{time_total}\n' "$base2/consultation/$draft?page=$1"; done | median
}
draft_first=$(visit 1)
draft_last=$(visit 1000000)
curl -s "$base2/consultation/$draft" > "$work/draft.html"
draft_bytes=$(wc -c < "$work/draft.html")
grep -q 'id="body"' "$work/draft.html" || { echo "the draft page has no comment form"; exit 1; }
start=$(date +%s.%N)
advance 504   # 2 April: past the close (31 March 23:59)
for _ in $(seq 1 300); do
  [ "$(sql2 "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Task_CloseConsultation' AND END_TIME_ IS NOT NULL")" = 1 ] && break
  sleep 0.2
done
wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
close_ms=$(sql2 "SELECT DURATION_ FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'Task_CloseConsultation'")
consolidated=$(sql2 "SELECT COUNT(*) || ' drafts, ' || SUM(approved_count) || ' comments, longest summary ' || MAX(LENGTH(summary)) FROM pan_comment_consolidation")
incidents=$(sql2 "SELECT COUNT(*) FROM ACT_RU_INCIDENT")
echo "consultation_close drafts=$drafts comments_per_draft=$COMMENTS close_step_ms=$close_ms wall_from_clock_move_seconds=$wall"
echo "draft_page approved_comments=$COMMENTS first_visit_page1_median_seconds=$draft_first last_page_median_seconds=$draft_last page_bytes=$draft_bytes (comment form present)"
echo "consultation_close consolidated: $consolidated; incidents=$incidents"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
