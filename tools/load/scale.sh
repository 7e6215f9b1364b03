#!/usr/bin/env bash
# How the site holds up with 10,000 guides, and how its static export compares with Hugo.
#
#   tools/load/scale.sh
#   GUIDES=2000 LATENCY_DURATION=3 tools/load/scale.sh
#   tools/load/scale.sh --smoke  # 40 guides, 1 s runs, one Hugo build and one export: checks it all still runs
#
# It publishes the site in Release (or uses APP_DIR), writes GUIDES synthetic guides and measures,
# on loopback only:
#   1. start-up: from process start to the first 200 on a guide page, in a first start (no parse
#      cache) and in a start after `check` filled an empty parse cache (as a deploy step would),
#      and in a third start on /;
#   2. working set (VmRSS) after a warm-up, and after every guide page was requested once;
#   3. latency with wrk (2 threads, 16 connections): a guide page, /, a tag page, the largest tag page;
#   4. search p99 for a few queries, when /search answers (skipped, not failed, when it does not):
#      as shipped (repeated queries answered from the result cache), and after a restart with the
#      cache off (Search__ResultCacheQueries=0), so every request searches the index, each query
#      repeated and then 360 different queries in turn (tools/load/search-mix.lua);
#   5. one-file reload: a guide's title is edited and its page polled until the new title shows;
#   6. Hugo (Debian's package) building the same files with a minimal layout, twice, and the site's
#      static export of the same files (`FrameworkGuide.Web.dll export DIR`): once into an empty
#      folder, then again into the same folder after one guide's text was edited (an update).
# Everything it started is stopped and its temporary folder deleted on exit. See docs/performance.md.
#
# Environment: GUIDES (10000), LATENCY_DURATION (s per wrk run, 5), EDITS (one-file reloads, 5),
# EXPORT_TIMEOUT (s per export run, 600; a run that times out is reported with the files written
# so far, and the update is skipped), REQUEST_LOGS (off|on: the shipped request logging;
# default off), APP_DIR (a published site to use instead of publishing), KEEP_WORK (keep the
# folder). Other settings reach the site as environment variables (e.g. DOTNET_gcServer=0).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SMOKE=""
if [ "${1:-}" = "--smoke" ]; then
  # Checks that everything still runs (CI): few guides, short runs, one Hugo build and one export.
  SMOKE=1
  GUIDES="${GUIDES:-40}" LATENCY_DURATION="${LATENCY_DURATION:-1}" EDITS="${EDITS:-1}" QUIET_WAIT="${QUIET_WAIT:-2}"
elif [ -n "${1:-}" ]; then
  sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
GUIDES="${GUIDES:-10000}"
LATENCY_DURATION="${LATENCY_DURATION:-5}"
EDITS="${EDITS:-5}"
EXPORT_TIMEOUT="${EXPORT_TIMEOUT:-600}"
REQUEST_LOGS="${REQUEST_LOGS:-off}"
for value in "$GUIDES" "$LATENCY_DURATION" "$EDITS" "$EXPORT_TIMEOUT"; do
  [[ "$value" =~ ^[0-9]+$ ]] || die "GUIDES, LATENCY_DURATION, EDITS and EXPORT_TIMEOUT are whole numbers"
done
[ "$GUIDES" -ge 20 ] || die "GUIDES must be at least 20"
[ "$LATENCY_DURATION" -ge 1 ] && [ "$LATENCY_DURATION" -le 120 ] || die "LATENCY_DURATION must be 1-120 s"
[ "$EDITS" -ge 1 ] && [ "$EDITS" -le 50 ] || die "EDITS must be 1-50"

need_command curl curl
need_command wrk wrk
need_command hugo hugo
init_work scale
log "machine: $(machine_line)"

publish_app
generate_guides "$GUIDES" "$WORK/content"
CONTENT_KIB="$(du -sk --apparent-size "$WORK/content" | cut -f1)"

# The search rate limit (per client address) is lifted: wrk is one client, and the figures are to
# be those of search, not of 429 answers.
SITE_ENV=(Guide__BaseUrl=https://guides.example.org Security__PermitsPerSecond=1000000)
if [ "$REQUEST_LOGS" = off ]; then
  # Request logs off; the site's own lines (loaded, indexed, reloaded) stay.
  SITE_ENV+=(Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__FrameworkGuide.Web=Information)
fi
GUIDE="/guides/$(printf 'guide-%04d' $((GUIDES / 2)))"
TAG="/tags/python"
BIG_TAG="/tags/comparisons"
RESULTS="$WORK/results.txt"
: >"$RESULTS"
result() { printf '%s\t%s\n' "$1" "$2" >>"$RESULTS"; }
value() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$RESULTS"; }

# 1. Start-up, three times: a guide page first with no parse cache, the same after `check` filled
#    an empty parse cache (the deploy step of README.md), then / (the list of every guide) first.
start_and_time() {
  local name="$1" first="$2" then="$3" port begin
  port="$(free_port)"
  STARTUP_QUIET="$(wait_for_quiet)"
  begin="$(now_ns)"
  start_app "$name" "$port" "$WORK/content" "${SITE_ENV[@]}"
  wait_for_200 "http://127.0.0.1:$port$first" 120 "$APP_PID" || { tail -n 20 "$WORK/$name.log" >&2; die "the site did not answer $first"; }
  FIRST_MS="$(ms_since "$begin")"
  wait_for_200 "http://127.0.0.1:$port$then" 60 "$APP_PID" || die "the site did not answer $then"
  THEN_MS="$(ms_since "$begin")"
  PORT="$port"
}
log "start-up with $GUIDES guides: a guide page first, no parse cache"
rm -rf "$WORK/parse-cache"
start_and_time start-cold "$GUIDE" /
result "startup_cold_ms" "$FIRST_MS"
result "startup_cold_quiet" "$STARTUP_QUIET"
# The site writes its parse cache once loaded, while it answers; wait for it (a stop would too).
for _ in $(seq 1 600); do
  grep -q 'Parse cache written' "$WORK/start-cold.log" && break
  sleep 0.1
done
grep -q 'Parse cache written' "$WORK/start-cold.log" || die "the first start wrote no parse cache"
stop_pid "$APP_PID"
log "check with $GUIDES guides into an empty parse cache"
rm -rf "$WORK/parse-cache"
begin="$(now_ns)"
(cd "$APP" && timeout -k 15 600 env ASPNETCORE_ENVIRONMENT=Production Guide__ContentPath="$WORK/content" Guide__ParseCachePath="$WORK/parse-cache" "${SITE_ENV[@]}" \
  dotnet FrameworkGuide.Web.dll check) >"$WORK/check.log" 2>&1 || { tail -n 20 "$WORK/check.log" >&2; die "check failed"; }
result check_ms "$(ms_since "$begin")"
CHECK_LINE="$(grep -m1 '^Parse cache:' "$WORK/check.log" || true)"
case "$CHECK_LINE" in *written*) ;; *) die "check wrote no parse cache: $CHECK_LINE" ;; esac
log "start-up with $GUIDES guides: a guide page first, after check"
start_and_time start-guide "$GUIDE" /
result "startup_guide_ms" "$FIRST_MS"
result "startup_guide_quiet" "$STARTUP_QUIET"
result "startup_guide_then_index_ms" "$THEN_MS"
CACHE_LINE="$(grep -m1 'Parse cache:' "$WORK/start-guide.log" | sed 's/^\[[^]]*\] //' || true)"
stop_pid "$APP_PID"
log "start-up with $GUIDES guides: / first, restarted"
start_and_time site / "$GUIDE"
result "startup_index_ms" "$FIRST_MS"
result "startup_index_quiet" "$STARTUP_QUIET"
SITE_PID="$APP_PID"
BASE="http://127.0.0.1:$PORT"
LOADED_LINE="$(grep -m1 'Loaded [0-9]* guides' "$WORK/site.log" | sed 's/^\[[^]]*\] //' || true)"

# 2. Working set.
for path in / "$GUIDE" "$TAG" "$BIG_TAG" /tags "/search?q=flask"; do
  curl -s -o /dev/null "$BASE$path" || true
done
sleep 2
result rss_warm_mib "$(rss_mib "$SITE_PID")"
log "requesting all $GUIDES guide pages once (two clients, one per CPU) ..."
for index in $(seq 1 "$GUIDES"); do
  printf 'url = "%s/guides/guide-%04d"\noutput = "/dev/null"\n' "$BASE" "$index" >>"$WORK/all-guides-$((index % 2)).curl"
done
started="$(now_ns)"
clients=()
for half in 0 1; do
  timeout -k 5 1800 curl -s -K "$WORK/all-guides-$half.curl" -w '%{http_code}\n' >"$WORK/all-guides-$half.codes" &
  clients+=("$!")
  STARTED_PIDS+=("$!")
done
wait "${clients[@]}" || true
result all_pages_ms "$(ms_since "$started")"
ok="$(cat "$WORK"/all-guides-*.codes | grep -c '^200$' || true)"
result all_pages_ok "$ok"
# The site gives memory back once a whole second of its once-a-second check was quiet (Memory:TrimWhenIdle),
# up to 2.2 s after the last request: measured 3 s after it (at 2 s, one run of five measured before the trim).
sleep 3
result rss_all_mib "$(rss_mib "$SITE_PID")"
result hwm_all_mib "$(hwm_mib "$SITE_PID")"
awk '/^(RssAnon|RssFile|VmHWM):/ { printf "%s %.0f MiB  ", $1, $2 / 1024 } END { print "" }' "/proc/$SITE_PID/status" >"$WORK/rss-detail.txt"

# 3. Latency of pages, with wrk: 2 threads, 16 connections, no compression asked (browsers ask for
# br; / is also measured with it, since its plain size is what grows with the number of guides).
latency() {
  local key="$1" path="$2" out="$WORK/wrk-$1.txt" bytes
  shift 2
  bytes="$(curl -s -o /dev/null -w '%{size_download}' "$@" "$BASE$path")"
  quiet="$(wait_for_quiet)"
  cpu_mark "$SITE_PID"
  run_wrk "$out" 16 "$LATENCY_DURATION" "$BASE$path" ${WRK_SCRIPT:+-s "$WRK_SCRIPT"} "$@"
  others="$(cpu_others "$SITE_PID")"
  read -r rps p50 p99 errors < <(parse_wrk "$out")
  result "lat_$key" "$path|$bytes|$rps|$p50|$p99|$errors|$quiet / $others|$(load_avg)"
}
log "latency: ${LATENCY_DURATION} s per page"
latency guide "$GUIDE"
latency index /
latency index_br / -H 'Accept-Encoding: br'
latency tag "$TAG"
latency big_tag "$BIG_TAG"

# 4. Search, when it exists.
SEARCH_STATUS="$(curl -s -o /dev/null -w '%{http_code}' "$BASE/search?q=flask" || true)"
SEARCH_QUERIES=(flask "postgresql+mysql" "small+teams" "decision+table" "kafka+rabbitmq+messaging")
if [ "$SEARCH_STATUS" = 200 ]; then
  # Warm the search code up first, so the figures are not those of the JIT's tiers.
  run_wrk "$WORK/wrk-search-warmup.txt" 16 "$LATENCY_DURATION" "$BASE/search?q=warmup+guide"
  for query in "${SEARCH_QUERIES[@]}"; do
    latency "search_$query" "/search?q=$query"
  done
fi

# 5. One-file reload: a new marker in a guide's title, then its page is polled until it shows.
log "one-file reloads: $EDITS"
for edit in $(seq 1 "$EDITS"); do
  index=$((GUIDES / 3 + edit))
  file="$WORK/content/$(printf 'guide-%04d' "$index").md"
  marker="edit${edit}x$RANDOM"
  # Written beside the file and moved over it, as most editors save.
  sed "0,/^title: \"\(.*\)\"$/s//title: \"\1 ($marker)\"/" "$file" >"$WORK/staged.md"
  started="$(now_ns)"
  mv "$WORK/staged.md" "$file"
  seen=""
  for _ in $(seq 1 2000); do
    if curl -s "$BASE/guides/$(printf 'guide-%04d' "$index")" | grep -q "$marker"; then
      seen="$(ms_since "$started")"
      break
    fi
    [ "$(ms_since "$started")" -lt 10000 ] || break
  done
  result "reload_$edit" "${seen:-timeout}"
  sleep 0.5
done
RELOAD_LINES="$(grep 'Reloaded content' "$WORK/site.log" | sed 's/^\[[^]]*\] //' | tail -n "$EDITS" || true)"
stop_pid "$SITE_PID"

# 4b. Search again with no result cache: what a query nobody searched lately costs.
if [ "$SEARCH_STATUS" = 200 ]; then
  log "search with the result cache off"
  PORT="$(free_port)"
  BASE="http://127.0.0.1:$PORT"
  start_app site-uncached "$PORT" "$WORK/content" "${SITE_ENV[@]}" Search__ResultCacheQueries=0
  SITE_PID="$APP_PID"
  wait_for_200 "$BASE/search?q=flask" 120 "$SITE_PID" || die "the site without a result cache did not answer a search"
  run_wrk "$WORK/wrk-search-uncached-warmup.txt" 16 "$LATENCY_DURATION" "$BASE/search?q=warmup+guide"
  for query in "${SEARCH_QUERIES[@]}"; do
    latency "search_each_$query" "/search?q=$query"
  done
  # A different query on every request, as a site's searches come: one query repeated finds the
  # same hits each time. The size shown is that of the first query's page.
  WRK_SCRIPT="$REPO_ROOT/tools/load/search-mix.lua" latency search_mix "/search?q=flask+internal+dashboards"
  stop_pid "$SITE_PID"
fi

# 6. Hugo and the site's export, on the same files.
log "Hugo: building $GUIDES guides twice"
mkdir -p "$WORK/hugo/layouts/_default"
cat >"$WORK/hugo/hugo.toml" <<HUGO
baseURL = "https://guides.example.org/"
title = "FrameworkGuide"
contentDir = "$WORK/content"
disableKinds = ["RSS"]
HUGO
cat >"$WORK/hugo/layouts/_default/list.html" <<'HUGO'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
<ol>{{ range .Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
<p>{{ range .Params.options }}<span>{{ . }}</span> {{ end }}{{ range .Params.tags }}<a href="/tags/{{ . | urlize }}/">#{{ . }}</a> {{ end }}</p></li>
{{ end }}</ol></body></html>
HUGO
cat >"$WORK/hugo/layouts/_default/single.html" <<'HUGO'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="description" content="{{ .Params.summary }}"></head>
<body><article><h1>{{ .Title }}</h1>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
{{ .Content }}
<p>{{ range .Params.tags }}<a href="/tags/{{ . | urlize }}/">#{{ . }}</a> {{ end }}</p></article></body></html>
HUGO
HUGO_VERSION="$(hugo version 2>/dev/null | awk '{ print $2 }')"
RUNS="1 2"
[ -z "$SMOKE" ] || RUNS="1"
for run in $RUNS; do
  rm -rf "$WORK/hugo-out"
  started="$(now_ns)"
  if timeout -k 15 600 hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo-out" >"$WORK/hugo-$run.log" 2>&1; then
    result "hugo_$run" "$(ms_since "$started")"
  else
    result "hugo_$run" "failed"
    tail -n 5 "$WORK/hugo-$run.log" >&2
  fi
done
HUGO_FILES="$(find "$WORK/hugo-out" -type f 2>/dev/null | wc -l || true)"
HUGO_KIB="$(du -sk --apparent-size "$WORK/hugo-out" 2>/dev/null | cut -f1 || true)"

EXPORT_NOTE=""
if grep -rqs ExportCommand "$REPO_ROOT/src/FrameworkGuide.Web"; then
  log "export: $GUIDES guides into an empty folder, then an update after one edit (each run bounded to $EXPORT_TIMEOUT s)"
  rm -rf "$WORK/export-out"
  for run in fresh update; do
    if [ "$run" = update ]; then
      # A sentence added to one guide's opening paragraph (its first line with a capital letter:
      # front matter keys are lower case): its page and its data change.
      sed -i '0,/^[A-Z]/{s/^\([A-Z].*\)$/\1 This guide was revised./}' "$WORK/content/$(ls "$WORK/content" | head -n 1)"
    fi
    started="$(now_ns)"
    if (cd "$APP" && timeout -k 15 "$EXPORT_TIMEOUT" env ASPNETCORE_ENVIRONMENT=Production Guide__ContentPath="$WORK/content" Guide__ParseCachePath="$WORK/parse-cache" "${SITE_ENV[@]}" \
      dotnet FrameworkGuide.Web.dll export "$WORK/export-out") >"$WORK/export-$run.log" 2>&1; then
      result "export_$run" "$(ms_since "$started")"
      printf -v "EXPORT_SUMMARY_${run}" '%s' "$(grep -m1 '^Exported' "$WORK/export-$run.log" || true)"
    else
      code=$?
      result "export_$run" "failed"
      if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then
        EXPORT_NOTE="the $run export did not finish within $EXPORT_TIMEOUT s (EXPORT_TIMEOUT): $(find "$WORK/export-out" -type f 2>/dev/null | wc -l || true) files written by then"
      else
        EXPORT_NOTE="the $run export failed (exit $code): $(tail -n 3 "$WORK/export-$run.log" | tr '\n' ' ')"
      fi
      break
    fi
  done
  EXPORT_FILES="$(find "$WORK/export-out" -type f 2>/dev/null | wc -l || true)"
  EXPORT_KIB="$(du -sk --apparent-size "$WORK/export-out" 2>/dev/null | cut -f1 || true)"
else
  EXPORT_NOTE="no ExportCommand in src/FrameworkGuide.Web: the export is not built yet"
fi

# The report.
verdict() { awk "BEGIN { print (($1) ? \"met\" : \"MISSED\") }"; }
lat_field() { value "lat_$1" | cut -d'|' -f"$2"; }
echo
echo "FrameworkGuide at scale: $GUIDES guides ($CONTENT_KIB KiB of markdown), request logs $REQUEST_LOGS"
echo "Machine: $(machine_line)"
echo
echo "Start-up (process start to first 200)"
printf '  %-44s %8s ms   %s   (others %s%% before)\n' "guide page, first start (no parse cache)" "$(value startup_cold_ms)" "$(verdict "$(value startup_cold_ms) <= 2000") (<= 2 s)" "$(value startup_cold_quiet)"
printf '  %-44s %8s ms\n' "check, filling an empty parse cache" "$(value check_ms)"
printf '  %-44s %8s ms   %s   (others %s%% before)\n' "guide page, start after check" "$(value startup_guide_ms)" "$(verdict "$(value startup_guide_ms) <= 2000") (<= 2 s)" "$(value startup_guide_quiet)"
printf '  %-44s %8s ms   %s   (others %s%% before)\n' "/ (all $GUIDES guides), restart" "$(value startup_index_ms)" "$(verdict "$(value startup_index_ms) <= 2000") (<= 2 s)" "$(value startup_index_quiet)"
printf '  %-44s %8s ms\n' "/ right after the guide page" "$(value startup_guide_then_index_ms)"
# The first search index is built after the site answers: its line is read now, not at start.
INDEXED_LINE="$(grep -m1 'Indexed [0-9]* guides' "$WORK/site.log" | sed 's/^\[[^]]*\] //' || true)"
printf '  check: %s\n  site log: %s\n  site log: %s\n  site log: %s\n' "$CHECK_LINE" "$CACHE_LINE" "$LOADED_LINE" "$INDEXED_LINE"
echo
echo "Working set (VmRSS)"
printf '  %-44s %8s MiB\n' "after warm-up" "$(value rss_warm_mib)"
printf '  %-44s %8s MiB   %s\n' "after every guide page once" "$(value rss_all_mib)" "$(verdict "$(value rss_all_mib) * 1048576 <= 400000000") (<= 400 MB)"
printf '  %-44s %8s MiB\n' "peak (VmHWM)" "$(value hwm_all_mib)"
printf '  %s\n' "$(cat "$WORK/rss-detail.txt")"
printf '  all %s guide pages, by two clients in parallel: %s ms, %s answered 200\n' "$GUIDES" "$(value all_pages_ms)" "$(value all_pages_ok)"
echo
echo "Latency, wrk -t2 -c16 -d${LATENCY_DURATION}s"
printf '  %-34s %9s %11s %9s %9s %6s %10s %15s  %s\n' page bytes "requests/s" "p50 ms" "p99 ms" errors "p99/guide" "others% bef/run" "load before"
GUIDE_P99="$(lat_field guide 5)"
GUIDE_RPS="$(lat_field guide 3)"
for key in guide index index_br tag big_tag \
  $(for q in "${SEARCH_QUERIES[@]}"; do [ -n "$(value "lat_search_$q")" ] && echo "search_$q"; done) \
  $(for q in "${SEARCH_QUERIES[@]}"; do [ -n "$(value "lat_search_each_$q")" ] && echo "search_each_$q"; done) \
  $([ -n "$(value lat_search_mix)" ] && echo search_mix); do
  label="$(lat_field "$key" 1)"
  [ "$key" = index_br ] && label="/ (Accept-Encoding: br)"
  [[ "$key" == search_each_* ]] && label="$label (no cache)"
  [ "$key" = search_mix ] && label="/search, 360 queries in turn (no cache)"
  printf '  %-34s %9s %11s %9s %9s %6s %10s %15s  %s\n' "$label" "$(lat_field "$key" 2)" "$(lat_field "$key" 3)" "$(lat_field "$key" 4)" "$(lat_field "$key" 5)" "$(lat_field "$key" 6)" \
    "$(awk -v a="$(lat_field "$key" 5)" -v b="$GUIDE_P99" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')" "$(lat_field "$key" 7)" "$(lat_field "$key" 8)"
done
for key in index tag big_tag; do
  printf '  %-34s %s\n' "$(lat_field "$key" 1) as fast as a guide page" \
    "$(verdict "$(lat_field "$key" 5) <= 1.2 * $GUIDE_P99 && $(lat_field "$key" 3) >= 0.8 * $GUIDE_RPS") (p99 <= 1.2x and requests/s >= 0.8x the guide page's)"
done
if [ "$SEARCH_STATUS" = 200 ]; then
  worst="$(for q in "${SEARCH_QUERIES[@]}"; do lat_field "search_$q" 5; done | sort -g | tail -n 1)"
  printf '  %-34s %s ms   %s\n' "search, worst p99 of the queries" "$worst" "$(verdict "$worst <= 20") (<= 20 ms)"
  worst="$(for q in "${SEARCH_QUERIES[@]}"; do lat_field "search_each_$q" 5; done | sort -g | tail -n 1)"
  printf '  %-34s %s ms   %s\n' "... with no result cache" "$worst" "$(verdict "$worst <= 20") (<= 20 ms)"
  mix="$(lat_field search_mix 5)"
  printf '  %-34s %s ms   %s\n' "... a different query each request" "$mix" "$(verdict "$mix <= 20") (<= 20 ms)"
else
  printf '  search: skipped, /search?q=flask answered %s\n' "${SEARCH_STATUS:-nothing}"
fi
echo
echo "One-file reload (title edited, page polled until it shows)"
reloads="$(for edit in $(seq 1 "$EDITS"); do value "reload_$edit"; done | tr '\n' ' ')"
reload_median="$(for edit in $(seq 1 "$EDITS"); do value "reload_$edit"; done | grep -v timeout | median)"
printf '  each: %s ms; median %s ms   %s\n' "$reloads" "$reload_median" "$(verdict "$reload_median < 200 && $(grep -c timeout <<<"$reloads" || true) == 0") (< 200 ms)"
while IFS= read -r line; do [ -n "$line" ] && printf '  site log: %s\n' "$line"; done <<<"$RELOAD_LINES"
echo
echo "Static build of the same $GUIDES files"
printf '  Hugo %s (minimal list + single layout): %s ms, %s ms; %s files, %s KiB\n' "$HUGO_VERSION" "$(value hugo_1)" "$(value hugo_2)" "$HUGO_FILES" "$HUGO_KIB"
if [ -n "$(value export_fresh)" ]; then
  printf '  site export: %s ms into an empty folder, %s ms to update it after one edit; %s files, %s KiB\n' \
    "$(value export_fresh)" "$(value export_update)" "${EXPORT_FILES:-0}" "${EXPORT_KIB:-0}"
  [ -z "${EXPORT_SUMMARY_fresh:-}" ] || printf '  export log: %s\n' "$EXPORT_SUMMARY_fresh"
  [ -z "${EXPORT_SUMMARY_update:-}" ] || printf '  update log: %s\n' "$EXPORT_SUMMARY_update"
fi
if [ -n "$EXPORT_NOTE" ]; then
  printf '  %s\n' "$EXPORT_NOTE"
fi
if [[ "$(value export_fresh)$(value hugo_1)" =~ ^[0-9]+$ ]]; then
  hugo_runs="$(for run in $RUNS; do value "hugo_$run"; done | tr '\n' ' ')"
  for run in fresh update; do
    [[ "$(value "export_$run")" =~ ^[0-9]+$ ]] || continue
    ratio="$(awk -v e="$(value "export_$run")" -v h="$hugo_runs" 'BEGIN { n = split(h, t, " "); for (i = 1; i <= n; i++) s += t[i]; printf "%.2f", e / (s / n) }')"
    printf '  export (%s) / Hugo (mean of its runs): %sx   %s\n' "$run" "$ratio" "$(verdict "$ratio <= 0.5") (<= 0.5x)"
  done
fi
printf '\nLoad average at the end: %s\n' "$(load_avg)"
