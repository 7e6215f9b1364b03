#!/usr/bin/env bash
# Load test of a live guide page against an anchor: nginx serving the very same bytes from disk.
#
#   tools/load/run.sh            # defaults: 200 guides, 10 s runs, 2 rounds, 64 and 256 connections
#   tools/load/run.sh --smoke    # 2 s runs, 1 round: checks that everything still runs
#   DURATION=20 ROUNDS=3 GUIDES=1000 tools/load/run.sh
#
# It publishes the site in Release (or uses APP_DIR), writes GUIDES synthetic guides, starts the
# site three times in Production on loopback: as shipped (appsettings.json: a console line for every
# failed, refused or slow request and for one in 100 quick successes), logging every request
# (RequestLog__SampleEvery=1), and with request logs off (Serilog at Warning), fetches one guide page and has nginx (2 workers, access_log off) serve those bytes
# with the site's own response headers. Then wrk (2 threads) runs against nginx and each site in
# turn, round after round, for each connection count, and the script prints requests/s, p50 and
# p99 of every run, the medians over rounds and the ratio site/nginx. Everything it started is
# stopped and its temporary folder deleted on exit. Loopback only. See docs/performance.md.
#
# Environment: DURATION (s, default 10), ROUNDS (2), GUIDES (200), CONNECTIONS ("64 256"),
# WARMUP (s, 10: a published site starts on precompiled code and reaches its fastest code after some seconds of load), QUIET_MAX (%, 10) and QUIET_WAIT (s, 60; 5 in --smoke): before each run, wait at
# most QUIET_WAIT for other processes to use at most QUIET_MAX % of the CPUs (the machine is
# shared), APP_DIR (a published site to use instead of publishing), KEEP_WORK (keep the folder).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ "${1:-}" = "--smoke" ]; then
  DURATION="${DURATION:-2}" ROUNDS="${ROUNDS:-1}" WARMUP="${WARMUP:-1}" QUIET_WAIT="${QUIET_WAIT:-5}"
elif [ -n "${1:-}" ]; then
  sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-2}"
GUIDES="${GUIDES:-200}"
CONNECTIONS="${CONNECTIONS:-64 256}"
WARMUP="${WARMUP:-10}"
for value in "$DURATION" "$ROUNDS" "$GUIDES" "$WARMUP"; do
  [[ "$value" =~ ^[0-9]+$ ]] || die "DURATION, ROUNDS, GUIDES and WARMUP are whole numbers"
done
[ "$DURATION" -ge 1 ] && [ "$DURATION" -le 300 ] || die "DURATION must be 1-300 s"
[ "$ROUNDS" -ge 1 ] && [ "$ROUNDS" -le 10 ] || die "ROUNDS must be 1-10"
[ "$GUIDES" -ge 2 ] || die "GUIDES must be at least 2"

need_command curl curl
need_command wrk wrk
need_command nginx nginx
init_work load
log "machine: $(machine_line)"

publish_app
generate_guides "$GUIDES" "$WORK/content"

# The three sites (as shipped: quick successes logged 1 in 100; every request logged; request logs
# off), all up for the whole run; the idle ones sleep while one is measured. All
# have Guide:BaseUrl set, as in production, so their pages do not depend on the port they listen on.
BASE_URL="https://guides.example.org"
declare -A URL
LOGS_PORT="$(free_port)"
start_app app-logs "$LOGS_PORT" "$WORK/content" Guide__BaseUrl="$BASE_URL"
LOGS_PID=$APP_PID
QUIET_PORT="$(free_port)"
start_app app-quiet "$QUIET_PORT" "$WORK/content" Guide__BaseUrl="$BASE_URL" Serilog__MinimumLevel__Default=Warning
QUIET_PID=$APP_PID
EVERY_PORT="$(free_port)"
start_app app-every "$EVERY_PORT" "$WORK/content" Guide__BaseUrl="$BASE_URL" RequestLog__SampleEvery=1
EVERY_PID=$APP_PID
wait_for_200 "http://127.0.0.1:$LOGS_PORT/" 120 "$LOGS_PID" || { tail -n 20 "$WORK/app-logs.log" >&2; die "the site (request logs on) did not start"; }
wait_for_200 "http://127.0.0.1:$QUIET_PORT/" 120 "$QUIET_PID" || { tail -n 20 "$WORK/app-quiet.log" >&2; die "the site (request logs off) did not start"; }
wait_for_200 "http://127.0.0.1:$EVERY_PORT/" 120 "$EVERY_PID" || { tail -n 20 "$WORK/app-every.log" >&2; die "the site (every request logged) did not start"; }

PAGE="/guides/$(printf 'guide-%04d' $((GUIDES / 2)))"
mkdir -p "$WORK/www" "$WORK/nginx"
curl -sf -D "$WORK/page.headers" -o "$WORK/www/page.html" "http://127.0.0.1:$LOGS_PORT$PAGE" || die "could not fetch $PAGE"
curl -sf -o "$WORK/page-quiet.html" "http://127.0.0.1:$QUIET_PORT$PAGE" || die "could not fetch $PAGE from the quiet site"
cmp -s "$WORK/www/page.html" "$WORK/page-quiet.html" || die "the two sites answered different bytes for $PAGE"
PAGE_BYTES="$(stat -c %s "$WORK/www/page.html")"
log "page $PAGE: $PAGE_BYTES bytes"

# nginx sends the site's own headers (Cache-Control, CSP, ...) besides its standard ones, so the
# responses differ only in Server, Date, ETag and Last-Modified values.
{
  tr -d '\r' <"$WORK/page.headers" | awk -F': ' 'NR > 1 && NF >= 2 {
      name = tolower($1)
      if (name ~ /^(date|server|content-length|content-type|etag|last-modified|connection|keep-alive|transfer-encoding)$/) next
      value = substr($0, length($1) + 3)
      gsub(/["$\\]/, "\\\\&", value)
      printf "      add_header %s \"%s\" always;\n", $1, value
    }'
} >"$WORK/nginx/headers.conf"
NGINX_PORT="$(free_port)"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  open_file_cache max=16 inactive=60s;
  open_file_cache_valid 60s;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = $PAGE {
      default_type "text/html; charset=utf-8";
      alias $WORK/www/page.html;
      include $WORK/nginx/headers.conf;
    }
  }
}
NGINX
nginx -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" 2>"$WORK/nginx/test.log" || { cat "$WORK/nginx/test.log" >&2; die "bad nginx configuration"; }
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
STARTED_PIDS+=("$NGINX_PID")
wait_for_200 "http://127.0.0.1:$NGINX_PORT$PAGE" 30 "$NGINX_PID" || { cat "$WORK/nginx/error.log" >&2; die "nginx did not start"; }
curl -sf -o "$WORK/page-nginx.html" "http://127.0.0.1:$NGINX_PORT$PAGE"
cmp -s "$WORK/www/page.html" "$WORK/page-nginx.html" || die "nginx does not serve the same bytes"
log "nginx serves the same $PAGE_BYTES bytes"

URL[nginx]="http://127.0.0.1:$NGINX_PORT$PAGE"
URL[app-logs]="http://127.0.0.1:$LOGS_PORT$PAGE"
URL[app-quiet]="http://127.0.0.1:$QUIET_PORT$PAGE"
URL[app-every]="http://127.0.0.1:$EVERY_PORT$PAGE"
TARGETS=(nginx app-logs app-every app-quiet)
declare -A LABEL=([nginx]="nginx (same bytes)" [app-logs]="site, as shipped" [app-every]="site, log every request" [app-quiet]="site, request logs off")

log "warm-up: ${WARMUP} s per server"
for target in "${TARGETS[@]}"; do
  run_wrk "$WORK/warmup-$target.txt" 64 "$WARMUP" "${URL[$target]}"
done

RESULTS="$WORK/results.tsv"
: >"$RESULTS"
declare -A PID_OF=([nginx]="$NGINX_PID" [app-logs]="$LOGS_PID" [app-every]="$EVERY_PID" [app-quiet]="$QUIET_PID")
printf '\n%-6s %-5s %-24s %12s %10s %10s %7s %8s %7s  %s\n' round conns server "requests/s" "p50 ms" "p99 ms" errors "others%" "before" "load before"
for round in $(seq 1 "$ROUNDS"); do
  for connections in $CONNECTIONS; do
    for target in "${TARGETS[@]}"; do
      quiet="$(wait_for_quiet)"
      load="$(load_avg)"
      out="$WORK/wrk-$round-$connections-$target.txt"
      cpu_mark "${PID_OF[$target]}"
      run_wrk "$out" "$connections" "$DURATION" "${URL[$target]}"
      others="$(cpu_others "${PID_OF[$target]}")"
      read -r rps p50 p99 errors < <(parse_wrk "$out")
      [ "$errors" -ge 0 ] || { cat "$out" >&2; die "wrk did not run against $target"; }
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$connections" "$target" "$rps" "$p50" "$p99" "$errors" "$others" >>"$RESULTS"
      printf '%-6s %-5s %-24s %12s %10s %10s %7s %8s %7s  %s\n' "$round" "$connections" "${LABEL[$target]}" "$rps" "$p50" "$p99" "$errors" "$others" "$quiet" "$load"
    done
  done
done

status=0
printf '\nothers%%: CPU used by processes other than the server and wrk during the run, in %% of all %s CPUs;\n' "$(nproc)"
printf 'before: the same in the last second before the run, which waits up to %s s for it to fall to %s%% (QUIET_WAIT, QUIET_MAX).\n' "${QUIET_WAIT:-60}" "${QUIET_MAX:-10}"
printf '\nMedians of %s round(s) of %s s, page %s (%s bytes), %s guides\n' "$ROUNDS" "$DURATION" "$PAGE" "$PAGE_BYTES" "$GUIDES"
printf '%-5s %-24s %12s %10s %10s %9s  %s\n' conns server "requests/s" "p50 ms" "p99 ms" "x nginx" "target"
for connections in $CONNECTIONS; do
  declare -A RPS=() P50=() P99=()
  for target in "${TARGETS[@]}"; do
    RPS[$target]="$(awk -v c="$connections" -v t="$target" '$2 == c && $3 == t { print $4 }' "$RESULTS" | median)"
    P50[$target]="$(awk -v c="$connections" -v t="$target" '$2 == c && $3 == t { print $5 }' "$RESULTS" | median)"
    P99[$target]="$(awk -v c="$connections" -v t="$target" '$2 == c && $3 == t { print $6 }' "$RESULTS" | median)"
  done
  case "$connections" in 64) wanted=0.85 ;; 256) wanted=0.70 ;; *) wanted="" ;; esac
  for target in "${TARGETS[@]}"; do
    ratio="$(awk -v a="${RPS[$target]}" -v b="${RPS[nginx]}" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')"
    verdict=""
    if [ "$target" != nginx ] && [ -n "$wanted" ]; then
      verdict="$(awk -v r="$ratio" -v w="$wanted" -v p="${P99[$target]}" -v n="${P99[nginx]}" \
        'BEGIN { printf "%s >= %.2fx, p99 %s nginx", ((r >= w) ? "met" : "MISSED"), w, ((p <= n) ? "<=" : ">") }')"
    fi
    printf '%-5s %-24s %12.0f %10.3f %10.3f %9s  %s\n' "$connections" "${LABEL[$target]}" "${RPS[$target]}" "${P50[$target]}" "${P99[$target]}" "$ratio" "$verdict"
  done
done
if awk '$7 != 0 { found = 1 } END { exit !found }' "$RESULTS"; then
  log "some runs had socket errors or non-2xx answers (errors column)"
  status=1
fi
printf '\nRequest log written: as shipped (quick successes sampled 1 in 100) %s lines, %s KiB; every request %s lines, %s KiB\n' \
  "$(grep -c 'HTTP GET' "$WORK/app-logs.log" || true)" "$(($(stat -c %s "$WORK/app-logs.log") / 1024))" \
  "$(grep -c 'HTTP GET' "$WORK/app-every.log" || true)" "$(($(stat -c %s "$WORK/app-every.log") / 1024))"
printf 'Working set after the runs: as shipped %s MiB, every request logged %s MiB, request logs off %s MiB\n' "$(rss_mib "$LOGS_PID")" "$(rss_mib "$EVERY_PID")" "$(rss_mib "$QUIET_PID")"
printf 'Load average at the end: %s\n' "$(load_avg)"
exit "$status"
