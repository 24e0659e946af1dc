#!/usr/bin/env bash
# A change of sub-processor announced to many customers: how long the staff request takes, how
# long until every notification of the change is in the outbox, how long until every mail of it
# has reached an SMTP server, and at what rate. Starts the packaged jar on PostgreSQL (a scratch
# database, dropped at the end) with the demo data, adds ORGS organizations bound by a DPA in SQL
# (90% on '2022-03', an objection window; 10% on '2018-05', prior written consent; each with a DPO
# and an owner, so two mails each), starts GreenMail as the SMTP server, announces one change with
# POST /api/v1/subprocessor-changes and polls the notification table. Figures are printed, not
# asserted.
# Needs: a built jar (mvn -q package -DskipTests), PostgreSQL 13+ reachable with psql (trust auth),
# the GreenMail standalone jar (mvn -q dependency:get -Dartifact=com.icegreen:greenmail-standalone:2.1.13),
# curl, jq.
# Settings: ORGS (10000), PORT (8098), SMTP_PORT (3098), PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres), QUEUE_TIMEOUT (600 s), DELIVERY_TIMEOUT (1800 s), JAR, GREENMAIL_JAR,
# JAVA_OPTS and APP_ARGS (JVM options and extra arguments of the application, such as
# --spring.mail.properties.mail.smtp.ehlo=false), EMULATE_AUTOVACUUM (1), KEEP_LOGS (a directory
# that receives the logs and the tables of the run).
set -euo pipefail
cd "$(dirname "$0")/.."
ORGS=${ORGS:-10000}
PORT=${PORT:-8098}
SMTP_PORT=${SMTP_PORT:-3098}
QUEUE_TIMEOUT=${QUEUE_TIMEOUT:-600}
DELIVERY_TIMEOUT=${DELIVERY_TIMEOUT:-1800}
# shellcheck source=bench/lib.sh
. bench/lib.sh
prepare
start_greenmail
start_app SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT"

log "seeding $ORGS organizations"
t=$(now_ms)
psql_ -d "$DB" -v orgs="$ORGS" > /dev/null << 'SQL'
\i bench/organizations.sql
\i bench/signatures.sql
commit;
analyze;
SQL
log "seeded in $(seconds $(($(now_ms) - t))) s"

await_outbox_empty
TOKEN=$(api_token ops@nimbus.example)

EFFECTIVE=$(TZ=Europe/Paris date -d '+30 days' +%F)
NAME="Bench Mailer $(rand_hex 6)"
BODY=$(jq -n --arg name "$NAME" --arg on "$EFFECTIVE" '{type: "ADD",
  summary: "Transactional email moves to a new provider (benchmark).", effectiveOn: $on,
  subprocessor: {name: $name, contact: "dpo@mailer.example", purpose: "Transactional email",
    legalBasis: "Contract", dataCategories: "Email addresses", country: "FR", location: "Paris",
    safeguard: "NONE", platformRegions: [], audits: []}}')

log "announcing the change"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
T0=$(now_ms)
read -r STATUS POST_S < <(curl -s -o "$WORK/post.json" -w '%{http_code} %{time_total}\n' --max-time 1800 \
  -X POST "http://127.0.0.1:$PORT/api/v1/subprocessor-changes" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY")
POST_MS=$(awk -v s="$POST_S" 'BEGIN { printf "%d", s * 1000 }')
[ "$STATUS" = 201 ] || fail "POST /api/v1/subprocessor-changes answered $STATUS: $(cat "$WORK/post.json")"
CHANGE=$(jq -r .id "$WORK/post.json")
KEY="subprocessor-change:$CHANGE:%"
log "change $CHANGE announced in $POST_MS ms"

# What the outbox should hold: per organization told, one mail per distinct address (its DPO and
# its owners), one in-app message, one webhook call where a webhook is set.
NOTIFIED=$(q "select count(*) from subprocessor_change_notice where change_id = '$CHANGE'")
EMAILS=$(expected_mails subprocessor_change_notice "n.change_id = '$CHANGE'")
WEBHOOKS=$(expected_webhooks subprocessor_change_notice "n.change_id = '$CHANGE'")
EXPECTED=$((EMAILS + NOTIFIED + WEBHOOKS))
log "$NOTIFIED organizations told: expecting $EMAILS mails, $NOTIFIED in-app, $WEBHOOKS webhooks"

RSS_PEAK=0
rss() {
  local kb
  kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP/status" 2> /dev/null || echo 0)
  [ "${kb:-0}" -gt "$RSS_PEAK" ] && RSS_PEAK=$kb
  return 0
}

QUEUED=0
QUEUED_MS=
while :; do
  QUEUED=$(q "select count(*) from notification where idempotency_key like '$KEY'")
  rss
  if [ "$QUEUED" -ge "$EXPECTED" ]; then QUEUED_MS=$(($(now_ms) - T0)); break; fi
  [ $(($(now_ms) - T0)) -gt $((QUEUE_TIMEOUT * 1000)) ] && break
  sleep 0.5
done
if [ -z "$QUEUED_MS" ]; then
  log "only $QUEUED of $EXPECTED notifications queued after $QUEUE_TIMEOUT s"
else
  log "all $QUEUED notifications queued after $(seconds "$QUEUED_MS") s"
fi

# The statistics of the notification table date from the seeding, when it held a few rows. With
# autovacuum on, an ANALYZE follows such a burst of inserts within a minute and the statements the
# connections have prepared are planned again; a server with autovacuum off (like the one these
# figures were taken on) keeps the first plans: a sequential scan of the whole outbox for each mail
# claimed. The script then runs the ANALYZE that autovacuum would (EMULATE_AUTOVACUUM=0: never).
if [ "$(q 'show autovacuum')" = off ] && [ "${EMULATE_AUTOVACUUM:-1}" = 1 ]; then
  q "analyze" > /dev/null
  ANALYZED="autovacuum is off on this server: ANALYZE run once the queue was full"
  log "$ANALYZED"
fi

SENT=0
FAILED=0
DELIVERED_MS=
LAST_REPORT=$(now_ms)
if [ -n "$QUEUED_MS" ]; then
  while :; do
    read -r SENT FAILED < <(q "select count(*) filter (where status = 'SENT'), count(*) filter (where status = 'FAILED')
      from notification where idempotency_key like '$KEY' and channel = 'EMAIL'" | tr '|' ' ')
    rss
    if [ $((SENT + FAILED)) -ge "$EMAILS" ]; then DELIVERED_MS=$(($(now_ms) - T0)); break; fi
    [ $(($(now_ms) - T0)) -gt $((DELIVERY_TIMEOUT * 1000)) ] && break
    if [ $(($(now_ms) - LAST_REPORT)) -ge 60000 ]; then
      log "$SENT of $EMAILS mails sent after $(seconds $(($(now_ms) - T0))) s"
      LAST_REPORT=$(now_ms)
    fi
    sleep 1
  done
fi
END_MS=${DELIVERED_MS:-$(($(now_ms) - T0))}
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# The rate over the delivery phase: from the moment everything was queued to the last mail.
RATE=$(awk -v n="$SENT" -v ms="$((END_MS - ${QUEUED_MS:-0}))" 'BEGIN { printf "%.1f", (ms > 0 ? n * 1000 / ms : 0) }')

echo
echo "== Sub-processor change announced to $NOTIFIED organizations ($ORGS seeded + demo)"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GB, $(psql_ -d "$DB" -At -c 'show server_version' | cut -d' ' -f1) PostgreSQL on $PGHOST, $(java -version 2>&1 | head -1)"
echo "load average (1, 5, 15 min): $LOAD_BEFORE at the POST, $LOAD_AFTER at the end (other processes included)"
[ -n "${ANALYZED:-}" ] && echo "$ANALYZED"
echo "notifications: $EMAILS mails, $NOTIFIED in-app, $WEBHOOKS webhooks = $EXPECTED expected, $QUEUED queued"
echo
printf '| %s | %s | %s | %s | %s | %s | %s |\n' ORGS mails "POST ms" "queued s" "delivered s" "mails/s" failed
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$ORGS" "$SENT/$EMAILS" "$POST_MS" \
  "${QUEUED_MS:+$(seconds "$QUEUED_MS")}" "${DELIVERED_MS:+$(seconds "$DELIVERED_MS")}" "$RATE" "$FAILED"
[ -z "$DELIVERED_MS" ] && echo "(delivery incomplete: stopped after $(seconds "$END_MS") s; the rate is over the partial run)"
echo "(queued and delivered: seconds after the POST was sent; mails/s: mails sent / (delivered - queued))"
echo

# Where the time goes: the delivery job's runs, as the application logged them.
grep 'Notification delivery: [0-9]* tried' "$WORK/app.log" \
  | sed -E 's/^([0-9T:.-]+)[^ ]* .*Notification delivery: ([0-9]+) tried.*/\1 \2/' > "$WORK/runs.txt" || true
echo "delivery runs logged: $(wc -l < "$WORK/runs.txt"), $(awk '{ n += $2 } END { print n + 0 }' "$WORK/runs.txt") tried; first and last runs (time, tried):"
if [ "$(wc -l < "$WORK/runs.txt")" -le 10 ]; then sed 's/^/  /' "$WORK/runs.txt"
else head -5 "$WORK/runs.txt" | sed 's/^/  /'; echo '  ...'; tail -5 "$WORK/runs.txt" | sed 's/^/  /'; fi
# How the delivery runs split the time: a run stamps its mails with the instant it started, and
# logs how many it tried when it ends; between two runs the job waits (fixed delay, then polling).
q "select extract(epoch from delivered_at), count(*) from notification
  where idempotency_key like '$KEY' and channel = 'EMAIL' and status = 'SENT' group by 1 order by 1" \
  | tr '|' ' ' > "$WORK/starts.txt"
while read -r stamp _; do echo "$(date -d "${stamp}Z" +%s.%N 2> /dev/null || echo 0)"; done < "$WORK/runs.txt" > "$WORK/ends.txt"
awk -v t0="$T0" -v queued="${QUEUED_MS:-0}" 'NR == FNR { end[++m] = $1; next }
  { start = $1; for (j = 1; j <= m && end[j] < start; j++); if (j > m) next
    if (!first) first = start; busy += end[j] - start; last = end[j]; runs++ }
  END { if (runs) printf "runs that sent the change: %d; first started %.1f s after the queue was full; " \
    "%.0f s spent in runs, %.0f s waiting between them\n", runs, first - (t0 + queued) / 1000, busy, last - first - busy }' \
  "$WORK/ends.txt" "$WORK/starts.txt"
# Errors and warnings logged from the announcement on (the start-up warnings are left out).
SINCE=$(date -u -d "@$((T0 / 1000))" +%Y-%m-%dT%H:%M:%S)
awk -v since="$SINCE" '$1 >= since && ($2 == "ERROR" || $2 == "WARN")' "$WORK/app.log" > "$WORK/problems.txt"
echo "application log since the POST: $(wc -l < "$WORK/problems.txt") ERROR/WARN lines"
head -10 "$WORK/problems.txt" | cut -c1-400
awk '/Pause/ { if (match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/)) { s = substr($0, RSTART, RLENGTH);
  split(s, a, /M->|M\(|M\)/); if (a[1] > peak) peak = a[1]; if (a[3] > max) max = a[3]; after = a[2] } }
  END { printf "heap: peak %d MB before a collection, %d MB after the last one, %d MB committed at most; ", peak, after, max }' \
  "$WORK/gc.log"
echo "process RSS peak $((RSS_PEAK / 1024)) MB"
