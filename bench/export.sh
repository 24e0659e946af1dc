#!/usr/bin/env bash
# The account export at two sizes: does the heap stay flat while the export grows tenfold? Starts the
# packaged jar on a scratch PostgreSQL database (dropped at the end) with the demo data and a small
# heap (-Xmx256m by default), creates one organization per size through the API, seeds each in SQL
# with TRAIL entries of the trail and 10,000 notifications, then for each size starts an export of
# everything (POST /api/v1/organizations/{orgId}/exports), polls it until the job has written it,
# downloads the ZIP and checks its SHA-256. Reports the time the job took (started -> completed, as
# the application recorded them), the throughput (MB/s of ZIP, rows/s), and the heap during the
# export: the peak of samples of `jcmd GC.heap_info` (garbage included) and, from the GC log, the
# most the heap held after a collection (what is live). Figures are printed, not asserted.
# The trail rows are inserted pre-numbered, with placeholder hashes, and the head of the chain is
# moved past them: the export does not verify the chain, and this database is thrown away.
# Needs: a built jar (mvn -q package -DskipTests), PostgreSQL 13+ reachable with psql (trust auth),
# curl, jq, jcmd (the JDK's), sha256sum.
# Settings: SIZES ("100000 1000000" trail entries), NOTIFICATIONS (10000), HEAP (256m), PORT (8097),
# PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), TIMEOUT (1800 s per export), JAR, KEEP_LOGS
# (a directory that receives the logs of the run).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100000 1000000"}
NOTIFICATIONS=${NOTIFICATIONS:-10000}
HEAP=${HEAP:-256m}
PORT=${PORT:-8097}
TIMEOUT=${TIMEOUT:-1800}
STAFF='ops@nimbus.example:article28-demo'
API="http://127.0.0.1:$PORT/api/v1"
JAVA_OPTS="-Xmx$HEAP ${JAVA_OPTS:-}"
# shellcheck source=bench/lib.sh
. bench/lib.sh
epoch_ms() { date -d "$1" +%s%3N; }
prepare
start_app
# The JVM to sample is the java process itself (the subshell exec'd into it).
JVM=$APP

declare -A ORG OWNER
for size in $SIZES; do
  tag=$(rand_hex 6)
  ORG[$size]=$(curl -sf -u "$STAFF" -X POST "$API/organizations" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench Export $size $tag\",\"billingEmail\":\"billing@$tag.bench.example\"}" | jq -r .id)
  OWNER[$size]="owner@$tag.bench.example"
  curl -sf -u "$STAFF" -X POST "$API/organizations/${ORG[$size]}/members" -H 'Content-Type: application/json' \
    -d "{\"email\":\"${OWNER[$size]}\",\"name\":\"Bench Owner\",\"role\":\"OWNER\",\"canExport\":true,\"password\":\"bench-password-$tag\"}" \
    > /dev/null || fail "could not add the owner"
  OWNER[$size]="${OWNER[$size]}:bench-password-$tag"
  log "seeding organization ${ORG[$size]}: $size trail entries, $NOTIFICATIONS notifications"
  psql_ -d "$DB" -v org="${ORG[$size]}" -v size="$size" -v notifications="$NOTIFICATIONS" > /dev/null << 'SQL'
begin;
lock table trail_head;
insert into trail_entry (sequence, recorded_at, actor_type, actor_id, organization_id, action, object_type,
                         object_id, detail, previous_hash, hash)
  select h.sequence + n, now() - interval '1 day' + n * interval '1 millisecond', 'SYSTEM', 'bench',
         :'org', case n % 3 when 0 then 'member.added' when 1 then 'dpo-contact.changed' else 'app.registered' end,
         'bench', n::text, '{"n":"' || n || '"}', md5((n - 1)::text) || md5((n - 1)::text), md5(n::text) || md5(n::text)
  from trail_head h, generate_series(1, :size) n;
update trail_head set sequence = sequence + :size, hash = md5(:size::text) || md5(:size::text);
insert into notification (id, idempotency_key, organization_id, channel, kind, recipient, subject, body_text,
                          status, attempts, created_at, delivered_at)
  select gen_random_uuid(), 'bench:' || :'org' || ':' || n, :'org',
         case n % 3 when 0 then 'EMAIL' when 1 then 'IN_APP' else 'WEBHOOK' end, 'bench',
         'owner@bench.example', 'Benchmark notice ' || n, repeat('The body of a benchmark notification. ', 10),
         'SENT', 1, now() - interval '1 day' + n * interval '1 second', now()
  from generate_series(1, :notifications) n;
commit;
analyze;
SQL
done

echo "== Account export, -Xmx$HEAP, PostgreSQL $(psql_ -d "$DB" -At -c 'show server_version' | cut -d' ' -f1), $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "trail entries" "rows" "ZIP MB" "seconds" "MB/s" "rows/s" \
  "heap used, peak sampled (MB)" "live heap after GC, max (MB)"
printf '| --- | --- | --- | --- | --- | --- | --- | --- |\n'
for size in $SIZES; do
  GC_FROM=$(wc -l < "$WORK/gc.log")
  id=$(curl -sf -u "${OWNER[$size]}" -X POST "$API/organizations/${ORG[$size]}/exports" | jq -r .id)
  [ -n "$id" ] && [ "$id" != null ] || fail "the export did not start"
  peak=0
  : > "$WORK/progress-$size.txt"
  deadline=$(($(date +%s) + TIMEOUT))
  while :; do
    used=$(jcmd "$JVM" GC.heap_info 2> /dev/null | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub("K,?", "", $(i+1)); print int($(i+1) / 1024); exit } }')
    [ "${used:-0}" -gt "$peak" ] && peak=$used
    curl -sf -u "${OWNER[$size]}" "$API/organizations/${ORG[$size]}/exports/$id" > "$WORK/status.json"
    status=$(jq -r .status "$WORK/status.json")
    echo "$(date +%T) $status $(jq -r .progress "$WORK/status.json") % heap ${used:-?} MB" >> "$WORK/progress-$size.txt"
    [ "$status" = COMPLETED ] || [ "$status" = FAILED ] && break
    [ "$(date +%s)" -gt "$deadline" ] && fail "export of $size not written within $TIMEOUT s"
    sleep 0.5
  done
  [ "$status" = COMPLETED ] || fail "export of $size failed: $(cat "$WORK/status.json")"
  GC_TO=$(wc -l < "$WORK/gc.log")
  live=$(sed -n "$((GC_FROM + 1)),${GC_TO}p" "$WORK/gc.log" | awk '/Pause/ { if (match($0, /[0-9]+M->[0-9]+M\(/)) {
    s = substr($0, RSTART, RLENGTH); split(s, a, /M->|M\(/); if (a[2] > max) max = a[2] } } END { print max + 0 }')
  bytes=$(jq -r .sizeBytes "$WORK/status.json")
  ms=$(( $(epoch_ms "$(jq -r .completedAt "$WORK/status.json")") - $(epoch_ms "$(jq -r .startedAt "$WORK/status.json")") ))
  rows=$((size + NOTIFICATIONS))
  curl -sf -u "${OWNER[$size]}" -o "$WORK/export.zip" "$API/organizations/${ORG[$size]}/exports/$id/download"
  [ "$(sha256sum "$WORK/export.zip" | cut -d' ' -f1)" = "$(jq -r .sha256 "$WORK/status.json")" ] \
    || fail "the downloaded ZIP does not match its SHA-256"
  awk -v size="$size" -v rows="$rows" -v bytes="$bytes" -v ms="$ms" -v peak="$peak" -v live="$live" 'BEGIN {
    printf "| %d | %d | %.1f | %.1f | %.1f | %d | %d | %d |\n", size, rows, bytes / 1048576, ms / 1000,
      bytes / 1048576 / (ms / 1000), rows / (ms / 1000), peak, live }'
  rm -f "$WORK/export.zip"
done
echo "progress as polled (first and last lines of the largest export):"
last=${SIZES##* }
head -3 "$WORK/progress-$last.txt" | sed 's/^/  /'; echo '  ...'; tail -3 "$WORK/progress-$last.txt" | sed 's/^/  /'
echo "application log: $(grep -cE ' (ERROR|WARN) ' "$WORK/app.log") ERROR/WARN lines; $(grep -c 'Export .* written' "$WORK/app.log") exports written"
grep 'Export .* written' "$WORK/app.log" | sed -E 's/.*(Export .*)/  \1/'
