#!/usr/bin/env bash
# The performance benchmark (issue 6), rerunnable by anyone on any machine:
#   tests/bench/run.sh [--articles 10000|1000000|N] [--rounds 3] [--duration 8s] [--warmup 3s] [--reseed]
# Seeds (or reuses) a synthetic archive in .data/bench-<size>, starts the API in Release against it on a free loopback
# port — once with the output cache off ("uncached"), once on ("cached") — and drives wrk -t1 -c32 through the
# scenarios in interleaved rounds, next to two references measured in the same phase: R0 (pre-serialized bytes, the
# HTTP+JSON limit of the box) and R1 (the endpoints' SQL over raw Npgsql). Writes tests/bench/results/latest.md
# (and <size>.md/.json) and the README's bench section. Absolute numbers drift on shared machines: read the ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

articles=10000 rounds=3 duration=8s warmup=3s reseed=false
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --reseed) reseed=true; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$articles" in
  10000) label=10k ;;
  1000000) label=1m ;;
  *) label=$articles ;;
esac

data="$root/.data/bench-$label"
results="$root/tests/bench/results"
work="$results/run-$label.raw"   # git-ignored (*.raw): plan, wrk output, server logs
rm -rf "$work" && mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi

echo "Building (Release)..."
dotnet build -c Release -nologo -v q src/ContentApi >/dev/null
dotnet build -c Release -nologo -v q tests/bench/BenchTool >/dev/null
api_dll="$root/src/ContentApi/bin/Release/net10.0/ContentApi.dll"
tool_dll="$root/tests/bench/BenchTool/bin/Release/net10.0/BenchTool.dll"

marker="$data.seeded"
if $reseed || [ ! -f "$marker" ] || [ "$(cat "$marker")" != "articles=$articles" ]; then
  echo "Seeding $articles articles into $data..."
  rm -f "$marker"
  (cd "$(dirname "$api_dll")" && dotnet "$api_dll" seed --articles "$articles" --replace --Database:EmbeddedDataDirectory="$data") 2>&1 | tee "$data.seed.log"
  echo "articles=$articles" > "$marker"
  grep -v '^info:' "$data.seed.log" > "$results/seed-$label.log" || true
else
  echo "Reusing the dataset in $data (--reseed to build it again)."
fi
cp "$data.seed.log" "$work/seed.log" 2>/dev/null || true

api_pid=""
stop_api() {
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    kill -TERM "$api_pid"   # a graceful stop, which stops the embedded PostgreSQL too
    wait "$api_pid" 2>/dev/null || true
  fi
  api_pid=""
}
trap stop_api EXIT

start_api() {
  local phase=$1 cache=false log="$work/api-$1.log"
  [ "$phase" = cached ] && cache=true
  # From its own directory, so it reads its appsettings.json (the content root is the working directory).
  # wrk is one client address: the per-address rate limit is lifted so it measures the API, not the limiter.
  (cd "$(dirname "$api_dll")" && exec dotnet "$api_dll" --urls http://127.0.0.1:0 --Benchmark:Enabled=true --Demo:Seed=false \
    --Delivery:OutputCache=$cache --Database:EmbeddedDataDirectory="$data" --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information \
    --RateLimits:Anonymous:PermitLimit=2000000000 --RateLimits:Reader:PermitLimit=2000000000) >"$log" 2>&1 &
  api_pid=$!
  base=""
  for _ in $(seq 1 180); do
    kill -0 "$api_pid" 2>/dev/null || { echo "The API stopped during start-up:" >&2; tail -20 "$log" >&2; exit 1; }
    base=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$log" | head -1 | sed 's/Now listening on: //') || true
    if [ -n "$base" ] && curl -sf "$base/health/ready" >/dev/null 2>&1; then
      return
    fi
    sleep 1
  done
  echo "The API did not become ready within 3 minutes; see $log" >&2
  exit 1
}

for phase in uncached cached; do
  echo "Phase $phase: starting the API..."
  start_api "$phase"
  if [ ! -f "$work/plan.json" ]; then
    echo "Discovering scenario targets through the API at $base..."
    dotnet "$tool_dll" discover "$base" "$work"
  fi
  dotnet "$tool_dll" measure "$base" "$work" "$phase" "$rounds" "$duration" "$warmup"
  stop_api
done

BENCH_COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src 2>/dev/null || echo '+changes')" \
BENCH_SETTINGS="wrk -t1 -c32, $rounds rounds × $duration after a $warmup warm-up per scenario" \
  dotnet "$tool_dll" report "$work" "$label" "$results" "$root/README.md"
