#!/usr/bin/env bash
# A personal data breach in a region told to every organization hosted there: how long the staff
# request takes, how long until every organization is told (its notice, its mails, its in-app
# message and its trail entry stored), how the progress shows along the way, and how many mails
# reach an SMTP server within a bounded time. Starts the packaged jar on PostgreSQL (a scratch
# database, dropped at the end) with the demo data, adds ORGS organizations in SQL (each with a DPO,
# an owner and one app in region osc-fr1, so two mails and one in-app message each), starts
# GreenMail as the SMTP server, declares an incident as security@nimbus.example, assesses it as a
# breach of osc-fr1, asks for the customers to be told with
# POST /api/v1/incidents/{id}/notifications and polls GET /api/v1/incidents/{id}/notifications
# about every second until the request is DONE. Figures are printed, not asserted.
# Needs: a built jar (mvn -q package -DskipTests), PostgreSQL 13+ reachable with psql (trust auth),
# the GreenMail standalone jar (mvn -q dependency:get -Dartifact=com.icegreen:greenmail-standalone:2.1.13),
# curl, jq.
# Settings: ORGS (50000), PORT (8099), SMTP_PORT (3099), PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres), QUEUE_TIMEOUT (900 s), DELIVERY_TIMEOUT (120 s: mails are counted for that
# long once everything is queued; 0 skips it), JAR, GREENMAIL_JAR, JAVA_OPTS and APP_ARGS (JVM
# options and extra arguments of the application), EMULATE_AUTOVACUUM (1),
# AUTOVACUUM_NAPTIME (60 s), KEEP_LOGS (a directory that receives the logs and the samples of the run).
set -euo pipefail
cd "$(dirname "$0")/.."
ORGS=${ORGS:-50000}
PORT=${PORT:-8099}
SMTP_PORT=${SMTP_PORT:-3099}
QUEUE_TIMEOUT=${QUEUE_TIMEOUT:-900}
DELIVERY_TIMEOUT=${DELIVERY_TIMEOUT:-120}
REGION=osc-fr1
# shellcheck source=bench/lib.sh
. bench/lib.sh
prepare
start_greenmail
start_app SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT"

# Each organization: a DPO and an owner (two mails), one app in the region of the breach.
log "seeding $ORGS organizations with one app each in $REGION"
t=$(now_ms)
psql_ -d "$DB" -v orgs="$ORGS" -v region="$REGION" > /dev/null << 'SQL'
\i bench/organizations.sql
insert into hosted_app (id, organization_id, name, region_code, contact_url, created_at)
  select gen_random_uuid(), id, 'bench-app-' || lpad(n::text, 6, '0'), :'region',
         'https://org' || n || '.bench.example/privacy', now()
  from bench_org;
commit;
analyze;
SQL
log "seeded in $(seconds $(($(now_ms) - t))) s"

await_outbox_empty
TOKEN=$(api_token security@nimbus.example)
api() { # METHOD PATH [BODY]: the body of the answer on stdout, fails on any status but 2xx
  local method=$1 path=$2 body=${3:-}
  curl -sf --max-time 600 -X "$method" "http://127.0.0.1:$PORT$path" -H "Authorization: Bearer $TOKEN" \
    ${body:+-H 'Content-Type: application/json' -d "$body"}
}

DETECTED=$(date -u -d '-3 hours' +%FT%TZ)
AWARE=$(date -u -d '-2 hours' +%FT%TZ)
INCIDENT=$(api POST /api/v1/incidents "$(jq -n --arg d "$DETECTED" --arg a "$AWARE" '{
  title: "Benchmark: unauthorised read access to a managed database", severity: "HIGH",
  description: "A leaked support credential gave read access to the databases of a region (benchmark).",
  detectedAt: $d, awareAt: $a}')" | jq -r .id) || fail "the incident could not be declared"
api POST "/api/v1/incidents/$INCIDENT/breach" "$(jq -n --arg region "$REGION" --arg from "$DETECTED" \
  --arg to "$AWARE" '{breach: true, regions: [$region], apps: [], dataStores: ["managed PostgreSQL"],
  windowFrom: $from, windowTo: $to, dataCategories: ["contact data"], approximatePeople: 1000,
  consequences: "Contact data of end users may have been read.",
  measures: "The credential was revoked and access logs are being reviewed."}')" > /dev/null \
  || fail "the breach could not be assessed"
log "incident $INCIDENT assessed as a breach of $REGION"

RSS_PEAK=0
rss() {
  local kb
  kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP/status" 2> /dev/null || echo 0)
  [ "${kb:-0}" -gt "$RSS_PEAK" ] && RSS_PEAK=$kb
  return 0
}

log "asking for every organization of $REGION to be told"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
T0=$(now_ms)
read -r STATUS POST_S < <(curl -s -o "$WORK/post.json" -w '%{http_code} %{time_total}\n' --max-time 600 \
  -X POST "http://127.0.0.1:$PORT/api/v1/incidents/$INCIDENT/notifications" -H "Authorization: Bearer $TOKEN")
POST_MS=$(awk -v s="$POST_S" 'BEGIN { printf "%d", s * 1000 }')
[ "$STATUS" = 202 ] || fail "POST /api/v1/incidents/$INCIDENT/notifications answered $STATUS: $(cat "$WORK/post.json")"
REQUEST=$(jq -r .id "$WORK/post.json")
KEY="breach-notification:$REQUEST:%"
log "request $REQUEST accepted in $POST_MS ms: $(jq -c '{status, organizations, told}' "$WORK/post.json")"

# Progress as staff see it: one GET about every second (the next one starts a second after the
# previous one started, or at once if it took longer), with the time the GET itself took.
echo "# s_after_post get_ms status told organizations queued delivered failed" > "$WORK/progress.txt"
# With autovacuum off (as on the server these figures were taken on) the statistics of the outbox
# stay those of the seeding, a few dozen rows, and a statement a connection has cached a generic
# plan for keeps it: the notifier's check of the idempotency keys of each 500 notifications
# (select ... where idempotency_key in (...)) can then scan the whole outbox, each time longer.
# Autovacuum would analyze the tables within its naptime (60 s) and the plans would be made again:
# the script runs that ANALYZE every AUTOVACUUM_NAPTIME seconds while the request runs
# (EMULATE_AUTOVACUUM=0: never, to see the worst case).
AUTOVACUUM_NAPTIME=${AUTOVACUUM_NAPTIME:-60}
EMULATE=
if [ "$(q 'show autovacuum')" = off ] && [ "${EMULATE_AUTOVACUUM:-1}" = 1 ]; then EMULATE=1; fi
LAST_ANALYZE=$T0
ANALYZES=0
ANALYZE_PIDS=
DONE_MS=
FIRST_TOLD_MS=
GET_MS_MAX=0
while :; do
  t=$(now_ms)
  if [ -n "$EMULATE" ] && [ $((t - LAST_ANALYZE)) -ge $((AUTOVACUUM_NAPTIME * 1000)) ]; then
    q "analyze" > /dev/null &
    ANALYZE_PIDS="$ANALYZE_PIDS $!"
    LAST_ANALYZE=$t
    ANALYZES=$((ANALYZES + 1))
    echo "$(seconds $((t - T0))) analyze" >> "$WORK/analyze.txt"
  fi
  read -r GET_STATUS GET_S < <(curl -s -o "$WORK/get.json" -w '%{http_code} %{time_total}\n' --max-time 600 \
    "http://127.0.0.1:$PORT/api/v1/incidents/$INCIDENT/notifications" -H "Authorization: Bearer $TOKEN")
  [ "$GET_STATUS" = 200 ] || fail "GET /api/v1/incidents/$INCIDENT/notifications answered $GET_STATUS"
  GET_MS=$(awk -v s="$GET_S" 'BEGIN { printf "%d", s * 1000 }')
  [ "$GET_MS" -gt "$GET_MS_MAX" ] && GET_MS_MAX=$GET_MS
  read -r P_STATUS P_TOLD P_ORGS P_QUEUED P_DELIVERED P_FAILED < <(jq -r --arg id "$REQUEST" \
    '.[] | select(.id == $id) | [.status, .told, (.organizations // "-"), .delivery.queued, .delivery.delivered,
     .delivery.failed] | map(tostring) | join(" ")' "$WORK/get.json")
  rss
  ELAPSED=$(($(now_ms) - T0))
  echo "$(seconds "$ELAPSED") $GET_MS $P_STATUS $P_TOLD $P_ORGS $P_QUEUED $P_DELIVERED $P_FAILED" >> "$WORK/progress.txt"
  [ -z "$FIRST_TOLD_MS" ] && [ "$P_TOLD" -gt 0 ] && FIRST_TOLD_MS=$ELAPSED
  if [ "$P_STATUS" = DONE ]; then DONE_MS=$ELAPSED; break; fi
  [ "$ELAPSED" -gt $((QUEUE_TIMEOUT * 1000)) ] && break
  left=$((1000 - ($(now_ms) - t)))
  [ "$left" -gt 0 ] && sleep "$(seconds "$left")"
done
for pid in $ANALYZE_PIDS; do wait "$pid" || true; done
if [ -z "$DONE_MS" ]; then
  log "the request is still $P_STATUS after $QUEUE_TIMEOUT s: $P_TOLD of $P_ORGS told"
else
  log "every organization told ($P_TOLD of $P_ORGS) after $(seconds "$DONE_MS") s"
fi
GETS=$(($(wc -l < "$WORK/progress.txt") - 1))
GET_MS_MEAN=$(awk 'NR > 1 { n++; s += $2 } END { printf "%d", n ? s / n : 0 }' "$WORK/progress.txt")

# What the outbox holds for the request, by channel; what it should hold: per organization told,
# one mail per distinct address (its DPO and its owners), one in-app message, one webhook call
# where a webhook is set.
TOLD=$(q "select count(*) from breach_notice where incident_id = '$INCIDENT'")
read -r EMAILS INAPP WEBHOOKS < <(q "select count(*) filter (where channel = 'EMAIL'),
  count(*) filter (where channel = 'IN_APP'), count(*) filter (where channel = 'WEBHOOK')
  from notification where idempotency_key like '$KEY'" | tr '|' ' ')
EXPECTED_EMAILS=$(expected_mails breach_notice "n.incident_id = '$INCIDENT'")
EXPECTED_WEBHOOKS=$(expected_webhooks breach_notice "n.incident_id = '$INCIDENT'")
TRAIL=$(q "select count(*) from trail_entry where action = 'breach.notified'" 2> /dev/null || echo '?')
log "outbox: $EMAILS mails (expected $EXPECTED_EMAILS), $INAPP in-app (expected $TOLD), $WEBHOOKS webhooks (expected $EXPECTED_WEBHOOKS)"

# Then once more for the delivery job's claims (see subprocessor-change.sh).
if [ -n "$EMULATE" ]; then
  q "analyze" > /dev/null
  ANALYZED="autovacuum is off on this server: ANALYZE run $ANALYZES times while organizations were told (every $AUTOVACUUM_NAPTIME s), once more when all were"
  log "$ANALYZED"
fi

# A sample of the delivery, not its end: mails sent within DELIVERY_TIMEOUT seconds of DONE.
SENT=0
FAILED=0
if [ -n "$DONE_MS" ] && [ "$DELIVERY_TIMEOUT" -gt 0 ]; then
  log "counting the mails delivered in the next $DELIVERY_TIMEOUT s"
  D0=$(now_ms)
  while :; do
    read -r SENT FAILED < <(q "select count(*) filter (where status = 'SENT'), count(*) filter (where status = 'FAILED')
      from notification where idempotency_key like '$KEY' and channel = 'EMAIL'" | tr '|' ' ')
    rss
    [ $((SENT + FAILED)) -ge "$EMAILS" ] && break
    [ $(($(now_ms) - D0)) -ge $((DELIVERY_TIMEOUT * 1000)) ] && break
    sleep 2
  done
  DELIVERY_MS=$(($(now_ms) - D0))
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "== A breach of $REGION told to $TOLD organizations ($ORGS seeded + demo)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GB, $(psql_ -d "$DB" -At -c 'show server_version' | cut -d' ' -f1) PostgreSQL on $PGHOST, $(java -version 2>&1 | head -1)"
echo "load average (1, 5, 15 min): $LOAD_BEFORE at the POST, $LOAD_AFTER at the end (other processes included)"
[ -n "${ANALYZED:-}" ] && echo "$ANALYZED"
echo "outbox: $EMAILS mails + $INAPP in-app + $WEBHOOKS webhooks (expected $EXPECTED_EMAILS + $TOLD + $EXPECTED_WEBHOOKS); $TRAIL breach.notified trail entries"
echo "progress: $GETS GETs, ${GET_MS_MEAN} ms on average, ${GET_MS_MAX} ms at most; first organization told $( [ -n "$FIRST_TOLD_MS" ] && echo "$(seconds "$FIRST_TOLD_MS") s after the POST" || echo never)"
echo
printf '| %s | %s | %s | %s | %s | %s |\n' organizations notifications "POST ms" "all told s" "orgs/s" \
  "mails delivered"
printf '| --- | --- | --- | --- | --- | --- |\n'
printf '| %s | %s | %s | %s | %s | %s |\n' "$TOLD" "$EMAILS mails + $INAPP in-app" "$POST_MS" \
  "${DONE_MS:+$(seconds "$DONE_MS")}" \
  "$(awk -v n="$TOLD" -v ms="${DONE_MS:-0}" 'BEGIN { printf "%.0f", (ms > 0 ? n * 1000 / ms : 0) }')" \
  "$( [ -n "${DELIVERY_MS:-}" ] && echo "$SENT in $(seconds "$DELIVERY_MS") s ($FAILED failed)" || echo -)"
echo "(all told: seconds after the POST was sent until the GET said DONE; mails delivered: counted from then on)"
echo
# The progress samples, thinned to about 20 lines.
echo "progress samples (s after the POST, GET ms, status, told / organizations, delivery queued / delivered):"
awk -v n="$GETS" 'NR > 1 { i++; step = n > 20 ? int(n / 20) : 1
  if (i == 1 || i == n || i % step == 0) printf "  %6s s %6s ms  %-7s %6s / %-6s  %7s / %s\n", $1, $2, $3, $4, $5, $6, $7 }' \
  "$WORK/progress.txt"
# Whether telling slows down as the run goes on: the organizations told per second in the first
# and in the second half of the count, from the samples.
awk 'NR > 1 && $5 != "-" { if (!total) total = $5; if ($4 > 0 && !t1) { t1 = $1; n1 = $4 }
  if (!half && $4 >= total / 2) { half = $1; nh = $4 } last = $1; nl = $4 }
  END { if (half && last > half && half > t1)
    printf "organizations told per second: %.0f from the first sample with any to half, %.0f from half to the end\n",
      (nh - n1) / (half - t1), (nl - nh) / (last - half) }' "$WORK/progress.txt"
q "select to_char(date_trunc('second', recorded_at), 'HH24:MI:SS'), count(*) from trail_entry
  where action = 'breach.notified' group by 1 order by 1" > "$WORK/told-per-second.txt" 2> /dev/null || true
SINCE=$(date -u -d "@$((T0 / 1000))" +%Y-%m-%dT%H:%M:%S)
awk -v since="$SINCE" '$1 >= since && ($2 == "ERROR" || $2 == "WARN")' "$WORK/app.log" > "$WORK/problems.txt"
echo "application log since the POST: $(wc -l < "$WORK/problems.txt") ERROR/WARN lines"
head -10 "$WORK/problems.txt" | cut -c1-400
grep 'Breach notification .* organizations told' "$WORK/app.log" | cut -c1-300 || true
awk '/Pause/ { if (match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/)) { s = substr($0, RSTART, RLENGTH);
  split(s, a, /M->|M\(|M\)/); if (a[1] > peak) peak = a[1]; if (a[3] > max) max = a[3]; after = a[2] } }
  END { printf "heap: peak %d MB before a collection, %d MB after the last one, %d MB committed at most; ", peak, after, max }' \
  "$WORK/gc.log"
echo "process RSS peak $((RSS_PEAK / 1024)) MB"
