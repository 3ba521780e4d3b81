#!/usr/bin/env bash
# The load program of issue 17, with wrk (installed from Debian when missing) and workload.lua: the mixed workload
# at 1, 4 and 8 clients, lookups idle, lookups during a wave of hostile requests, lookups after it, the mixed
# workload after it, and a rejected request against a trivial one. Prints one JSON line per phase and the ratios
# the issue's targets are about; asserts nothing. Usage: run.sh [BASE_URL] [SECONDS]
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
seconds="${2:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v wrk >/dev/null; then
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi
ids="$(mktemp)"
graphql() { curl -sf -H 'Content-Type: application/json' -d "{\"query\":\"$1\"}" "$base/graphql"; }
graphql '{ clusters(first: 100) { nodes { id } } }' | grep -o '"id":"[^"]*"' | cut -d'"' -f4 > "$ids"
echo "--" >> "$ids"
graphql '{ companies(first: 100) { nodes { id } } }' | grep -o '"id":"[^"]*"' | cut -d'"' -f4 >> "$ids"

phase() { # name workload clients seconds
  local line
  line="$(WORKLOAD="$2" IDS="$ids" wrk -t"$3" -c"$3" -d"$4s" --timeout 30s -s "$here/workload.lua" "$base/graphql" \
    | grep '^{')"
  echo "{\"phase\":\"$1\",\"clients\":$3,${line#\{}"
}
field() { echo "$1" | grep -o "\"$2\":[0-9.]*" | cut -d: -f2; }

phase "warm-up" mixed 4 10 >/dev/null
m1="$(phase mixed mixed 1 "$seconds")"; echo "$m1"
m4="$(phase mixed mixed 4 "$seconds")"; echo "$m4"
m8="$(phase mixed mixed 8 "$seconds")"; echo "$m8"
idle="$(phase "lookups, idle" lookups 1 "$seconds")"; echo "$idle"
wave="$(mktemp)"
phase "hostile wave" hostile 4 "$seconds" > "$wave" &
during="$(phase "lookups, during the wave" lookups 1 "$seconds")"
wait
cat "$wave"; echo "$during"
after="$(phase "lookups, after the wave" lookups 1 "$seconds")"; echo "$after"
phase "mixed, after the wave" mixed 8 "$seconds"
trivial="$(phase "trivial query" trivial 1 10)"; echo "$trivial"
rejected="$(phase "rejected query (cost)" rejected 1 10)"; echo "$rejected"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "throughput 8 clients / 1 client (target >= 1.6):  $(ratio "$(field "$m8" rps)" "$(field "$m1" rps)")"
echo "mixed p99 / p50 at 8 clients (target <= 5):       $(ratio "$(field "$m8" p99)" "$(field "$m8" p50)")"
echo "mixed errors at 1, 4, 8 clients (target 0):       $(( $(field "$m1" non2xx) + $(field "$m1" graphqlErrors) + $(field "$m1" socketErrors) + $(field "$m4" non2xx) + $(field "$m4" graphqlErrors) + $(field "$m4" socketErrors) + $(field "$m8" non2xx) + $(field "$m8" graphqlErrors) + $(field "$m8" socketErrors) ))"
echo "lookup p99 during the wave / idle (target <= 3):  $(ratio "$(field "$during" p99)" "$(field "$idle" p99)")"
echo "lookup p99 after the wave / idle (target <= 1.2): $(ratio "$(field "$after" p99)" "$(field "$idle" p99)")"
echo "rejected / trivial mean latency (target <= 5):    $(ratio "$(field "$rejected" mean)" "$(field "$trivial" mean)")"
rm -f "$ids" "$wave"
