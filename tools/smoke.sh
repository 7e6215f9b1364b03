#!/usr/bin/env bash
# Checks that the measuring tools still run, in a few minutes, without judging any figure:
#   1. every BenchmarkDotNet benchmark once, in process (tools/FrameworkGuide.Benchmarks --smoke);
#   2. the load script in --smoke mode (tools/load/run.sh: publish, 200 guides, nginx and the site,
#      2 s per wrk run, 1 round).
# Exits non-zero when either fails to run. Not part of ./test.sh; CI may call it.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
bdn_log="$(mktemp /tmp/frameworkguide-smoke-bdn.XXXXXX)"
trap 'rm -f "$bdn_log"' EXIT
echo "== BenchmarkDotNet, smoke mode"
if ! timeout -k 15 900 dotnet run -c Release --project tools/FrameworkGuide.Benchmarks -- --smoke >"$bdn_log" 2>&1; then
  tail -n 40 "$bdn_log" >&2
  echo "benchmarks: FAILED" >&2
  status=1
else
  grep -E '^\| ' "$bdn_log" | grep -v -- '---' || true
  echo "benchmarks: ran"
fi

echo "== Load script, smoke mode"
if timeout -k 15 1200 tools/load/run.sh --smoke; then
  echo "load: ran"
else
  echo "load: FAILED" >&2
  status=1
fi
exit "$status"
