#!/usr/bin/env bash
# Runs the whole test suite: restores, builds and runs every test project, then prints
# one closing line "N passed, N failed" from the test results. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

# The browser tests drive the system's Chromium (Playwright never downloads one): install
# Debian's package on a fresh machine.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "CHROMIUM_PATH is set to $chromium, which is not an executable; the browser tests need Chromium there" >&2
    exit 1
  elif [ "$(id -u)" -eq 0 ]; then
    echo "Chromium is missing: installing Debian's chromium package for the browser tests"
    if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } || [ ! -x "$chromium" ]; then
      echo "could not install chromium at $chromium" >&2
      exit 1
    fi
  else
    echo "The browser tests need Chromium at $chromium. Install it as root: apt-get update && apt-get install -y chromium" >&2
    echo "(or point CHROMIUM_PATH at a Chromium binary), then run ./test.sh again." >&2
    exit 1
  fi
fi

# The tools' smoke tests run the load scripts, which measure against nginx and Hugo with wrk and
# curl: install Debian's packages of those that are missing.
missing=()
for tool in wrk:wrk nginx:nginx hugo:hugo curl:curl; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's ${missing[*]} for the tools' smoke tests"
    if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"; }; then
      echo "could not install ${missing[*]}" >&2
      exit 1
    fi
  else
    echo "The tools' smoke tests need ${missing[*]}. Install them as root: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
touch "$results/.started"

# Each test project writes <project>.trx (Directory.Build.props), so no result can overwrite another's.
dotnet test FrameworkGuide.sln --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test results were found in $results" >&2
  status=1
fi
for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name wrote no test results ($results/$name.trx)" >&2
    failed=$((failed + 1))
  fi
done
# Name every failed test (and the first line of its message) above the closing line, so that a
# log cut to its last lines still says what failed. A result with a message ends with
# </UnitTestResult>, so each record read up to that tag ends with one; results without a body
# (passed tests) come before it in the same record.
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  awk 'BEGIN { RS = "</UnitTestResult>" }
    {
      at = 0
      for (rest = $0; (i = index(rest, "<UnitTestResult ")) > 0; rest = substr(rest, i + 1)) at += i
      if (at == 0) next
      result = substr($0, at)
      tag = substr(result, 1, index(result, ">"))
      if (tag !~ /outcome="(Failed|Error|Timeout|Aborted)"/) next
      match(tag, /testName="[^"]*"/)
      print "FAILED " substr(tag, RSTART + 10, RLENGTH - 11)
      if ((m = index(result, "<Message>")) > 0) {
        message = substr(result, m + 9)
        sub(/[\r\n].*/, "", message)
        sub(/<\/Message>.*/, "", message)
        print "  " substr(message, 1, 300)
      }
    }' "$trx" >&2
done
screenshots=$(find "$(pwd)/artifacts/screenshots" -mindepth 1 -maxdepth 1 -type d -newer "$results/.started" 2>/dev/null | sort | tail -n 1)
if [ -n "$screenshots" ]; then
  echo "screenshots: $screenshots"
fi
echo "$passed passed, $failed failed"
if [ "$failed" -gt 0 ]; then
  status=1
fi
exit "$status"
