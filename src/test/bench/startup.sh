#!/usr/bin/env bash
# Start-up of the application against a stock Camunda 7.24 Spring Boot application (stock-app/: webapps, REST API,
# H2 file database, one process, the same parent and versions), both started with the README's command
# (`java -jar`). For each: a first start on an empty directory, then a second start on what the first left, RUNS
# times each, alternating the two applications so that the machine's other load falls on both. Measured from the
# launch to the first 200 of every page listed (the application: its public home and its login page; the stock
# application: the webapps' welcome page): wall time, and the CPU time the JVM used until then (steadier than the
# wall time when the machine is shared). The application's first start also waits for its demo to end (all of PAN3's
# co-creation started, in the background), and prints how long that took. Run from the repository root:
#   bash src/test/bench/startup.sh
# Builds both jars offline from the local Maven repository first (SKIP_BUILD=1 reuses them). RUNS (default 3),
# PORT (default 8171; the stock application gets PORT+1). Sends traffic to localhost only.
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${RUNS:-3}
PORT=${PORT:-8171}
STOCK_PORT=$((PORT + 1))
JAVA_OPTS=${JAVA_OPTS:-}
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi; rm -rf "$work"' EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -q -B -o -DskipTests package
  mvn -q -B -o -DskipTests -f src/test/bench/stock-app/pom.xml package
fi
app_jar=$(ls "$PWD"/target/pan-cocreation-*.jar | grep -v original | head -1)
stock_jar=$(ls "$PWD"/src/test/bench/stock-app/target/stock-camunda-app-*.jar | grep -v original | head -1)
ticks=$(getconf CLK_TCK)

# CPU seconds (user + system) the process has used so far
cpu() { awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' "/proc/$1/stat"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }
# the middle value; of an even count, the mean of the two middle ones
median() { sort -n | awk '{a[NR]=$1} END {printf "%.1f", NR == 0 ? 0 : (a[int((NR+1)/2)] + a[int(NR/2)+1]) / 2}'; }

# start NAME DIR: launches the jar in DIR (its ./data/ is the database), waits for every page to answer 200, sets
# $measured to "wall cpu" and leaves the JVM running as $pid
start() {
  local name=$1 dir=$2 port urls t0 url
  if [ "$name" = app ]; then
    port=$PORT; urls="/ /login"
    (cd "$dir" && exec java $JAVA_OPTS -jar "$app_jar" --server.port=$port >> "$dir/$name.log" 2>&1) &
  else
    port=$STOCK_PORT; urls="/camunda/app/welcome/default/"
    (cd "$dir" && exec java $JAVA_OPTS -jar "$stock_jar" --server.port=$port >> "$dir/$name.log" 2>&1) &
  fi
  pid=$!
  t0=$(now)
  for url in $urls; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$url")" = 200 ]; do
      kill -0 "$pid" 2>/dev/null || { echo "$name died, see its log:" >&2; tail -30 "$dir/$name.log" >&2; exit 1; }
      sleep 0.1
    done
  done
  measured="$(elapsed "$t0" "$(now)") $(cpu "$pid")"
  start_time=$t0
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# the demo's co-creation is all started once the log says so
wait_demo() {
  until grep -q "Co-creation of PAN3 started" "$1/app.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "app died, see its log" >&2; tail -30 "$1/app.log" >&2; exit 1; }
    sleep 0.2
  done
  elapsed "$start_time" "$(now)"
}

: > "$work/results"
for run in $(seq 1 "$RUNS"); do
  for name in stock app; do
    dir="$work/$name-$run"; mkdir -p "$dir"
    start "$name" "$dir"; first=$measured
    demo=-
    if [ "$name" = app ]; then demo=$(wait_demo "$dir"); fi
    stop
    start "$name" "$dir"; second=$measured
    stop
    echo "$name $run first $first demo $demo second $second $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/results"
  done
done

col() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$work/results" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b == 0 ? 0 : a / b}'; }
echo
echo "medians of $RUNS runs (wall s / CPU s to the first 200; load average 1 min at each run's end: $(awk '{print $NF}' "$work/results" | tr '\n' ' '))"
printf '%-28s %10s %10s %10s %10s\n' "" "first wall" "first CPU" "second wall" "second CPU"
for name in stock app; do
  printf '%-28s %10s %10s %10s %10s\n' "$name" "$(col $name 4)" "$(col $name 5)" "$(col $name 9)" "$(col $name 10)"
done
printf '%-28s %10s %10s %10s %10s\n' "ratio app / stock" \
  "$(ratio "$(col app 4)" "$(col stock 4)")" "$(ratio "$(col app 5)" "$(col stock 5)")" \
  "$(ratio "$(col app 9)" "$(col stock 9)")" "$(ratio "$(col app 10)" "$(col stock 10)")"
echo "app: demo's co-creation all started $(col app 7) s after the launch (median)"
