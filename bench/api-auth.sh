#!/usr/bin/env bash
# Throughput of one API read with HTTP Basic (a password hash per request) against a personal
# token (one SHA-256 per request). Starts the packaged jar on the demo data in a scratch directory,
# drives it from wrk on loopback for a bounded time, and prints requests per second.
# Needs: a built jar (mvn -q package -DskipTests), wrk (apt-get install wrk), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8099}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
JAR=$(ls target/article28-*.jar | grep -v original | head -1)
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

(cd "$WORK" && exec java -jar "$OLDPWD/$JAR" --demo --server.port=$PORT > app.log 2>&1) &
APP=$!
for _ in $(seq 1 60); do
  curl -sf "http://localhost:$PORT/actuator/health" | grep -q UP && break
  sleep 1
done

USER='alice@acme-health.example:article28-demo'
TOKEN=$(curl -sf -u "$USER" -X POST "http://localhost:$PORT/api/v1/me/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"bench"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
BASIC=$(printf '%s' "$USER" | base64 -w0)
URL="http://localhost:$PORT/api/v1/me"

# Warm up the JIT on both paths before measuring.
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Basic $BASIC" "$URL" > /dev/null

echo "== HTTP Basic (password hash per request), $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Authorization: Basic $BASIC" "$URL" | grep -E 'Requests/sec|Latency|Non-2xx'
echo "== Personal token (SHA-256 per request), $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Authorization: Bearer $TOKEN" "$URL" | grep -E 'Requests/sec|Latency|Non-2xx'
