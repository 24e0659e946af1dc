#!/usr/bin/env bash
# The register of processing for many customers: what does each export cost in time and heap?
# Starts the packaged jar on a scratch PostgreSQL database (dropped at the end) with the demo data
# and a bounded heap (-Xmx512m by default), adds ORGS organizations in SQL (a DPO each, APPS apps
# spread over the demo regions, 90% bound by the current DPA, 10% by the 2018 one), then downloads
# GET /api/v1/register?format=json|csv|pdf as a DPO, ROUNDS times each, and reports per format: the
# status, the time to the first byte and to the last, the size, the Register-Contents-SHA256 header
# (or trailer file) and the heap: the peak of `jcmd GC.heap_info` samples during the download
# (garbage included) and, from the GC log, the most the heap held right after a collection (live).
# Figures are printed, not asserted.
# Needs: a built jar (mvn -q package -DskipTests), PostgreSQL 13+ reachable with psql (trust auth),
# curl, jcmd (the JDK's).
# Settings: ORGS (10000), APPS (3 per organization), ROUNDS (2), FORMATS ("json csv pdf"), HEAP
# (512m), PORT (8098), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), JAR, KEEP_LOGS (a
# directory that receives the logs of the run), TIMEOUT (600 s per download).
set -euo pipefail
cd "$(dirname "$0")/.."
ORGS=${ORGS:-10000}
APPS=${APPS:-3}
ROUNDS=${ROUNDS:-2}
FORMATS=${FORMATS:-"json csv pdf"}
HEAP=${HEAP:-512m}
PORT=${PORT:-8098}
TIMEOUT=${TIMEOUT:-600}
DPO='dpo@nimbus.example:article28-demo'
API="http://127.0.0.1:$PORT/api/v1"
JAVA_OPTS="-Xmx$HEAP ${JAVA_OPTS:-}"
# shellcheck source=bench/lib.sh
. bench/lib.sh
heap_used_mb() {
  jcmd "$APP" GC.heap_info 2> /dev/null | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") {
    sub("K,?", "", $(i+1)); print int($(i+1) / 1024); exit } }'
}
prepare
start_app

log "seeding $ORGS organizations with $APPS apps each"
psql_ -d "$DB" -v orgs="$ORGS" -v apps="$APPS" > /dev/null << 'SQL'
\i bench/organizations.sql
create temporary table bench_region on commit drop as
  select row_number() over (order by code) - 1 as i, code, count(*) over () as total from region;
insert into hosted_app (id, organization_id, name, region_code, contact_url, created_at)
  select gen_random_uuid(), o.id, 'bench-app-' || lpad(o.n::text, 6, '0') || '-' || a, r.code,
         'https://org' || o.n || '.bench.example/privacy', now()
  from bench_org o cross join generate_series(1, :apps) a
  join bench_region r on r.i = (o.n + a) % r.total;
\i bench/signatures.sql
commit;
analyze;
SQL
TOTAL_ORGS=$(psql_ -d "$DB" -At -c 'select count(*) from organization')
TOTAL_APPS=$(psql_ -d "$DB" -At -c 'select count(*) from hosted_app')

jcmd "$APP" GC.run > /dev/null 2>&1 || true
BASELINE=$(heap_used_mb)

echo "== Register of processing, $TOTAL_ORGS organizations, $TOTAL_APPS apps, -Xmx$HEAP, PostgreSQL" \
  "$(psql_ -d "$DB" -At -c 'show server_version' | cut -d' ' -f1), $(nproc) cores, $(java -version 2>&1 | head -1)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg); heap after a full GC before the downloads: ${BASELINE:-?} MB"
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' format round status "first byte s" "total s" MB \
  "contents hash" "heap used, peak sampled (MB)" "live heap after GC, max (MB)"
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for format in $FORMATS; do
  for round in $(seq 1 "$ROUNDS"); do
    GC_FROM=$(wc -l < "$WORK/gc.log")
    : > "$WORK/heap-$format-$round.txt"
    (while :; do heap_used_mb >> "$WORK/heap-$format-$round.txt"; sleep 0.3; done) &
    SAMPLER=$!
    out=$(curl -s -u "$DPO" --max-time "$TIMEOUT" -D "$WORK/headers.txt" -o "$WORK/register.$format" \
      -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$API/register?format=$format") || true
    kill "$SAMPLER" 2> /dev/null; wait "$SAMPLER" 2> /dev/null || true
    SAMPLER=
    read -r code first total size <<< "$out"
    hash=$(awk 'tolower($1) == "register-contents-sha256:" { print substr($2, 1, 12) "… (header)" }' "$WORK/headers.txt" | tr -d '\r')
    if [ -z "$hash" ] && grep -qi '^trailer:' "$WORK/headers.txt"; then hash="trailer"; fi
    [ -n "$hash" ] || hash="none"
    peak=$(sort -n "$WORK/heap-$format-$round.txt" | tail -1)
    GC_TO=$(wc -l < "$WORK/gc.log")
    live=$(sed -n "$((GC_FROM + 1)),${GC_TO}p" "$WORK/gc.log" | awk '/Pause/ { if (match($0, /[0-9]+M->[0-9]+M\(/)) {
      s = substr($0, RSTART, RLENGTH); split(s, a, /M->|M\(/); if (a[2] > max) max = a[2] } } END { print max + 0 }')
    awk -v f="$format" -v r="$round" -v c="$code" -v first="$first" -v total="$total" -v size="$size" -v h="$hash" \
      -v peak="${peak:-0}" -v live="$live" 'BEGIN {
      printf "| %s | %d | %s | %.2f | %.2f | %.1f | %s | %d | %d |\n", f, r, c, first, total, size / 1048576, h, peak, live }'
    [ "$code" = 200 ] || head -c 600 "$WORK/register.$format" | sed 's/^/    /' >&2
    cp "$WORK/headers.txt" "$WORK/headers-$format-$round.txt"
  done
done
echo "application log: $(grep -cE ' (ERROR|WARN) ' "$WORK/app.log") ERROR/WARN lines;" \
  "$(grep -c 'OutOfMemoryError' "$WORK/app.log") OutOfMemoryError"
