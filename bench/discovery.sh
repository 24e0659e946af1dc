#!/usr/bin/env bash
# Discovery and classification of a generated customer schema: TABLES tables of 10 to 40 columns
# (ROWS rows in all, seeded by the table's number, so that every run is the same) on PostgreSQL and
# on MariaDB, read by the application as a data store of the demo's Acme. Prints, per engine, the
# seconds of the catalog read and of the sampling, the rows the sampling read, the peak heap, and,
# as the reference measured in the same run, the time of a plain catalog query of the same columns.
# Run: mvn -q package -DskipTests && bash bench/discovery.sh
# Settings: TABLES (1000), ROWS (10000000), ENGINES ("postgres mariadb"), PORT (8093), KEEP_LOGS,
# DISCOVERY_TIMEOUT (seconds, 900); MariaDB on 127.0.0.1:3306 as root without a password.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8093}
TABLES=${TABLES:-1000}
ROWS=${ROWS:-10000000}
ENGINES=${ENGINES:-postgres mariadb}
DISCOVERY_TIMEOUT=${DISCOVERY_TIMEOUT:-900}
source bench/lib.sh
CUSTOMER=article28_bench_shop_$(rand_hex 6)
maria() { mariadb -h 127.0.0.1 -P 3306 -u root "$@"; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

drop_customer() {
  set +e
  psql_ -d postgres -c "drop database if exists $CUSTOMER with (force)" > /dev/null 2>&1
  maria -e "drop database if exists $CUSTOMER; drop user if exists 'bench_reader'@'127.0.0.1'" > /dev/null 2>&1
}
trap 'drop_customer; cleanup' EXIT

# The generated schema, the same on both engines: t0001 … with an id, text and number columns named
# from a vocabulary (some personal, most not), every fourth table pointing at another, and ROWS rows
# spread over the tables (from a tenth to twice the average).
schema_sql() {
  local engine=$1
  awk -v tables="$TABLES" -v rows="$ROWS" -v engine="$engine" 'BEGIN {
    split("email phone first_name last_name city note status amount code label street ip_address comment quantity reference total", vocab, " ")
    for (i = 1; i <= tables; i++) {
      t = sprintf("t%04d", i)
      columns = 10 + (i * 7) % 31
      ddl = "create table " t " (id bigint not null primary key"
      select = (engine == "postgres") ? "g" : "seq"
      for (j = 2; j <= columns; j++) {
        name = vocab[1 + (i * 13 + j) % 16] "_" j
        if (j % 3 == 0) { ddl = ddl ", " name " bigint"; value = "(" (engine == "postgres" ? "g" : "seq") " % 1000)" }
        else {
          ddl = ddl ", " name " varchar(100)"
          g = (engine == "postgres") ? "g" : "seq"
          if (name ~ /^email/) value = "concat(\x27u\x27, " g ", \x27@example.org\x27)"
          else value = "concat(\x27v\x27, " g " % 997)"
        }
        select = select ", " value
      }
      if (i % 4 == 0) ddl = ddl ", parent_id bigint references " sprintf("t%04d", int(i / 2)) " (id)"
      print ddl ");"
      n = int(2 * rows / tables * ((i % 10) + 1) / 11); if (n < 1) n = 1
      if (engine == "postgres") print "insert into " t " select " select (i % 4 == 0 ? ", null" : "") " from generate_series(1, " n ") g;"
      else print "insert into " t " select " select (i % 4 == 0 ? ", null" : "") " from seq_1_to_" n ";"
    }
  }'
}

prepare
for engine in $ENGINES; do
  start=$(now_ms)
  case $engine in
    postgres)
      psql_ -d postgres -c "create database $CUSTOMER" > /dev/null
      schema_sql postgres | psql_ -d "$CUSTOMER" > /dev/null
      psql_ -d "$CUSTOMER" -c "analyze" > /dev/null ;;
    mariadb)
      maria -e "create database $CUSTOMER; create user 'bench_reader'@'127.0.0.1' identified by 'bench-secret';
        grant select on $CUSTOMER.* to 'bench_reader'@'127.0.0.1'"
      schema_sql mariadb | maria "$CUSTOMER"
      maria "$CUSTOMER" -e "analyze table $(seq -f 't%04g' -s, 1 "$TABLES")" > /dev/null ;;
  esac
  log "$engine: $TABLES tables, $ROWS rows generated in $(seconds $(( $(now_ms) - start ))) s"
done

start_app DATASTORE_ALLOWED_HOSTS=127.0.0.1/32 DATASTORE_STATEMENT_TIMEOUT=300s
API=http://127.0.0.1:$PORT/api/v1
TOKEN=$(api_token ops@nimbus.example)
auth=(-H "Authorization: Bearer $TOKEN")
ORG=$(curl -sf "${auth[@]}" "$API/organizations?size=200" | jq -r '.items[] | select(.name == "Acme Health SAS") | .id')
APP_ID=$(curl -sf "${auth[@]}" "$API/organizations/$ORG/apps?size=200" | jq -r '.items[] | select(.name == "acme-website") | .id')
[ -n "$ORG" ] && [ -n "$APP_ID" ] || fail "no Acme or no acme-website"

printf '\n%s, load average %s\n' "$(date +%F)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| engine | tables | columns | catalog | sampling | rows read | requested → completed | peak heap | reference query | catalog / reference |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for engine in $ENGINES; do
  store=$(cat /proc/sys/kernel/random/uuid)
  case $engine in
    postgres) body='{"label":"Bench","engine":"POSTGRESQL","host":"127.0.0.1","database":"'$CUSTOMER'","username":"'$PGUSER'","password":"unused","tlsMode":"DISABLE"}'
      reference_ms=$(psql_ -d "$CUSTOMER" -c '\timing on' \
        -c "select count(*) from information_schema.columns where table_schema = 'public'" \
        | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1) ;;
    mariadb) body='{"label":"Bench","engine":"MARIADB","host":"127.0.0.1","database":"'$CUSTOMER'","username":"bench_reader","password":"bench-secret","tlsMode":"DISABLE"}'
      reference_ms=$(maria -vvv -e "select count(*) from information_schema.columns where table_schema = '$CUSTOMER'" \
        | sed -n 's/.*(\([0-9.]*\) sec).*/\1/p' | awk '{ print $1 * 1000 }' | tail -1) ;;
  esac
  curl -sf "${auth[@]}" -X PUT "$API/organizations/$ORG/apps/$APP_ID/data-stores/$store" \
    -H 'Content-Type: application/json' -d "$body" > /dev/null || fail "the $engine store was refused"
  jstat -gc "$APP" 200 > "$WORK/jstat-$engine.txt" &
  SAMPLER=$!
  began=$(now_ms)
  discovery=$(curl -sf "${auth[@]}" -X POST "$API/organizations/$ORG/data-stores/$store/discoveries" | jq -r .id)
  status=QUEUED
  for _ in $(seq 1 $(( DISCOVERY_TIMEOUT * 2 ))); do
    status=$(curl -sf "${auth[@]}" "$API/organizations/$ORG/data-stores/$store/discoveries/$discovery" | jq -r .discovery.status)
    [ "$status" = COMPLETED ] || [ "$status" = FAILED ] && break
    sleep 0.5
  done
  total_ms=$(( $(now_ms) - began ))
  kill "$SAMPLER" 2> /dev/null; wait "$SAMPLER" 2> /dev/null || true; SAMPLER=
  [ "$status" = COMPLETED ] || fail "the $engine discovery ended $status"
  detail=$(curl -sf "${auth[@]}" "$API/organizations/$ORG/data-stores/$store/discoveries/$discovery")
  line=$(grep "Discovery $discovery of data store" "$WORK/app.log" | grep 'catalog read in' | tail -1)
  catalog_ms=$(sed -n 's/.*catalog read in \([0-9]*\) ms.*/\1/p' <<< "$line")
  sampling_ms=$(sed -n 's/.*sampling in \([0-9]*\) ms.*/\1/p' <<< "$line")
  rows_read=$(sed -n 's/.*(\([0-9]*\) rows read).*/\1/p' <<< "$line")
  # S0U S1U EU OU (KB) of each sample: the most the heap held
  peak_mb=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$WORK/jstat-$engine.txt")
  printf '| %s | %s | %s | %s s | %s s | %s | %s s | %s MB | %s ms | %s |\n' "$engine" \
    "$(jq -r .discovery.tables <<< "$detail")" "$(jq -r .discovery.columns <<< "$detail")" \
    "$(secs "$catalog_ms")" "$(secs "$sampling_ms")" "$rows_read" "$(secs "$total_ms")" "$peak_mb" \
    "$reference_ms" "$(awk -v a="$catalog_ms" -v b="$reference_ms" 'BEGIN { printf "%.1f", a / b }')"
done
