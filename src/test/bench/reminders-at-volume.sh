#!/usr/bin/env bash
# Reminders at volume: 10,000 open review tasks due the same day (500 members, 500 drafts each reviewed by 20 of
# them), one deadline-notices instance per member; their timers come due at once and the job executor sends the
# reminders through real SMTP (GreenMail in the test JVM). Prints the time to the last reminder and checks that each
# member got exactly one. On embedded PostgreSQL. Run from the repository root:
#   bash src/test/bench/reminders-at-volume.sh
# MEMBERS (500), COMMITMENTS (500) and REVIEWERS (20 per draft) change the shape, e.g. PAN3's committee of 20 with
# 500 drafts each: MEMBERS=20 REVIEWERS=20.
set -euo pipefail
cd "$(dirname "$0")/../../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q test -Pbench -Dtest=RemindersAtVolumeBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.members="${MEMBERS:-500}" -Dbench.commitments="${COMMITMENTS:-500}" -Dbench.reviewers="${REVIEWERS:-20}" \
  > "$log" 2>&1 || { grep -v '^\s*at ' "$log" | tail -60; exit 1; }
grep -E '^set-up:' "$log" || true
sed -n '/=== Reminders at volume/,/^load average/p' "$log"
