# What the benchmarks share: a scratch PostgreSQL database, the packaged jar started on it with
# the demo data, GreenMail as the SMTP server when mail is measured, and the clean-up. Sourced by
# each script after its own settings, from the repository's root:
#   PORT (the application's), SMTP_PORT (only with start_greenmail), PGHOST, PGPORT, PGUSER, JAR,
#   GREENMAIL_JAR, KEEP_LOGS (a directory that receives the logs and the *.txt of the run),
#   JAVA_OPTS (the java options of the application), APP_ARGS (its extra arguments),
#   START_TIMEOUT (seconds for the demo data to load, 180).
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
JAR=${JAR:-$(ls target/article28-*.jar | grep -v original | head -1)}
GREENMAIL_JAR=${GREENMAIL_JAR:-$HOME/.m2/repository/com/icegreen/greenmail-standalone/2.1.13/greenmail-standalone-2.1.13.jar}
KEEP_LOGS=${KEEP_LOGS:-}
START_TIMEOUT=${START_TIMEOUT:-180}

# N random hex digits (no tr | head: under pipefail the broken pipe would end the script).
rand_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n' | cut -c1-"$1"; }
DB=article28_bench_$(rand_hex 8)
WORK=$(mktemp -d)
APP=
GREENMAIL=
# A background process of the script (a sampler), stopped at the end.
SAMPLER=

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
now_ms() { date +%s%3N; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
psql_() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -X -q -v ON_ERROR_STOP=1 "$@"; }
q() { psql_ -d "$DB" -At -c "$1"; }
port_free() { ! (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

cleanup() {
  set +e
  if [ -n "$KEEP_LOGS" ]; then
    mkdir -p "$KEEP_LOGS" && cp "$WORK"/*.log "$WORK"/*.txt "$KEEP_LOGS"/ 2> /dev/null
  fi
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2> /dev/null
  [ -n "$APP" ] && kill "$APP" 2> /dev/null && wait "$APP" 2> /dev/null
  [ -n "$GREENMAIL" ] && kill "$GREENMAIL" 2> /dev/null && wait "$GREENMAIL" 2> /dev/null
  psql_ -d postgres -c "drop database if exists $DB with (force)" > /dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  set +e
  log "FAILED: $*"
  [ -f "$WORK/app.log" ] && { echo "--- app.log, errors and last lines:" >&2;
    grep -E ' (ERROR|WARN) ' "$WORK/app.log" | head -20 >&2; tail -20 "$WORK/app.log" >&2; }
  exit 1
}

# Checks the jar and the port, copies the jar (a rebuild of target/ during the run must not pull
# classes from under the JVM) and creates the scratch database.
prepare() {
  [ -f "$JAR" ] || fail "no jar: run mvn -q package -DskipTests"
  port_free "$PORT" || fail "port $PORT is taken (set PORT)"
  cp "$JAR" "$WORK/app.jar"
  psql_ -d postgres -c "create database $DB" > /dev/null
}

# GreenMail on SMTP_PORT: it accepts mail for any address and keeps it in memory.
start_greenmail() {
  [ -f "$GREENMAIL_JAR" ] || fail "no GreenMail jar at $GREENMAIL_JAR"
  port_free "$SMTP_PORT" || fail "port $SMTP_PORT is taken (set SMTP_PORT)"
  java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
    -jar "$GREENMAIL_JAR" > "$WORK/greenmail.log" 2>&1 &
  GREENMAIL=$!
}

# Starts the application on the scratch database with the demo data and waits until it is up and
# its demo data loaded. Arguments are more environment (SMTP_HOST=127.0.0.1 ...). APP is the
# JVM's process id (the subshell and env exec into it).
start_app() {
  log "starting the application on database $DB${JAVA_OPTS:+ ($JAVA_OPTS)}"
  (cd "$WORK" && exec env DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USERNAME="$PGUSER" \
    PORT="$PORT" DATA_DIR="$WORK/data" EXPORTS_DIR="$WORK/exports" ADMIN_PASSWORD="bench-$(rand_hex 16)" "$@" \
    java ${JAVA_OPTS:-} -Xlog:gc:file=gc.log -jar app.jar --demo ${APP_ARGS:-} > app.log 2>&1) &
  APP=$!
  for _ in $(seq 1 "$START_TIMEOUT"); do
    grep -q 'Demo data loaded' "$WORK/app.log" 2> /dev/null && break
    kill -0 "$APP" 2> /dev/null || fail "the application stopped"
    sleep 1
  done
  grep -q 'Demo data loaded' "$WORK/app.log" || fail "the demo data did not load within $START_TIMEOUT s"
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q UP && break; sleep 1; done
  if [ -n "$GREENMAIL" ]; then
    (exec 3<> "/dev/tcp/127.0.0.1/$SMTP_PORT") 2> /dev/null || fail "GreenMail is not listening on $SMTP_PORT"
  fi
}

# Waits (60 s at most) until the outbox has nothing left to send: the demo data's own mails go
# first, so that only what the benchmark causes is measured.
await_outbox_empty() {
  for _ in $(seq 1 60); do
    [ "$(q "select count(*) from notification where status in ('PENDING', 'SENDING')")" = 0 ] && return
    sleep 1
  done
}

# A personal API token for the demo user EMAIL (password article28-demo), on stdout.
api_token() {
  local token
  token=$(curl -sf -u "$1:article28-demo" -X POST "http://127.0.0.1:$PORT/api/v1/me/tokens" \
    -H 'Content-Type: application/json' -d '{"name":"bench"}' | jq -r .token || true)
  [ -n "$token" ] && [ "$token" != null ] || fail "no API token for $1"
  echo "$token"
}

# What the outbox should hold for the organizations of a notice table (TABLE, then a WHERE clause
# on it, aliased n): one mail per distinct address of each (its DPO and its owners)...
expected_mails() {
  q "select count(*) from (
    select n.organization_id, lower(o.dpo_email) from $1 n
      join organization o on o.id = n.organization_id where $2 and o.dpo_name is not null
    union
    select n.organization_id, lower(u.email) from $1 n
      join app_user u on u.organization_id = n.organization_id and u.organization_role = 'OWNER'
    where $2) recipients"
}

# ... and one webhook call for each that set a webhook.
expected_webhooks() {
  q "select count(*) from $1 n join webhook w using (organization_id) where $2"
}
