# Shared by tools/load/run.sh and tools/load/scale.sh: the work folder and its clean-up, publishing
# the site from a snapshot of the sources, synthetic guides, starting and stopping servers on
# loopback, and reading wrk's output. Source it; it defines functions and a few variables only.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK=""
STARTED_PIDS=()

# Makes the work folder (world-readable, so nginx's workers can read the page) and the trap that
# stops every process started here and deletes the folder, however the script ends.
init_work() {
  WORK="$(mktemp -d "/tmp/frameworkguide-$1.XXXXXX")"
  chmod 755 "$WORK"
  trap cleanup EXIT
  trap 'echo "interrupted" >&2; exit 130' INT TERM HUP
}

cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ -n "$WORK" ] && [ -d "$WORK" ] && [ -z "${KEEP_WORK:-}" ]; then
    rm -rf "$WORK"
  fi
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() {
  log "error: $*"
  exit 2
}

now_ns() { date +%s%N; }

ms_since() { echo $((($(now_ns) - $1) / 1000000)); }

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

# Installs a Debian package when its command is missing (as root), else says how.
need_command() {
  local command="$1" package="$2"
  command -v "$command" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ]; then
    log "$command is missing: installing Debian's $package package"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; } \
      || die "could not install $package"
    command -v "$command" >/dev/null 2>&1 || die "$package did not bring $command"
  else
    die "$command is missing: install it as root with apt-get install $package"
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

# Publishes the site in Release into $WORK/app from a snapshot of the sources (other engineers'
# builds in the work tree are left alone), unless APP_DIR names a published site to use.
publish_app() {
  if [ -n "${APP_DIR:-}" ]; then
    [ -f "$APP_DIR/FrameworkGuide.Web.dll" ] || die "APP_DIR=$APP_DIR holds no FrameworkGuide.Web.dll"
    APP="$(cd "$APP_DIR" && pwd)"
    log "using the published site in $APP"
    return 0
  fi
  log "publishing the site (Release, ReadyToRun for linux-x64) from a snapshot of src/ ..."
  mkdir -p "$WORK/source"
  (cd "$REPO_ROOT" && tar --exclude=bin --exclude=obj -cf - src content Directory.Build.props Directory.Packages.props global.json .editorconfig) \
    | tar -xf - -C "$WORK/source"
  if ! timeout -k 15 900 dotnet publish -c Release -r linux-x64 --self-contained false "$WORK/source/src/FrameworkGuide.Web" -o "$WORK/app" --nologo -v q >"$WORK/publish.log" 2>&1; then
    tail -n 30 "$WORK/publish.log" >&2
    die "dotnet publish failed (see above)"
  fi
  APP="$WORK/app"
}

# generate_guides N FOLDER: N synthetic guides (tools/FrameworkGuide.Synthetic, seed 0).
generate_guides() {
  timeout -k 15 600 dotnet run -c Release --project "$REPO_ROOT/tools/FrameworkGuide.Synthetic" -- "$1" "$2" >&2 \
    || die "could not generate the guides"
}

# start_app NAME PORT CONTENT [VAR=VALUE ...]: the published site in Production on 127.0.0.1:PORT,
# its output in $WORK/NAME.log; sets APP_PID. Extra settings come as environment variables. Its parse
# cache is $WORK/parse-cache, so a second start of the same content reads what the first one wrote.
start_app() {
  local name="$1" port="$2" content="$3"
  shift 3
  (cd "$APP" && exec env ASPNETCORE_ENVIRONMENT=Production Guide__ContentPath="$content" Guide__ParseCachePath="$WORK/parse-cache" "$@" \
    dotnet FrameworkGuide.Web.dll --urls "http://127.0.0.1:$port") >"$WORK/$name.log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
}

# stop_pid PID: TERM, then KILL after 5 s.
stop_pid() {
  kill -TERM "$1" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$1" 2>/dev/null || true
}

# wait_for_200 URL SECONDS [PID]: polls every 10 ms; fails when the time is up or PID exits.
wait_for_200() {
  local url="$1" deadline=$(($(date +%s) + $2)) pid="${3:-}"
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; then
      return 0
    fi
    sleep 0.01
  done
  return 1
}

# VmRSS (working set) of PID in MiB.
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# VmHWM (peak working set) of PID in MiB.
hwm_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# CPU time (clock ticks) used so far: by the whole machine (user, nice, system, steal), by a process
# and its direct children (a server: nginx's master and workers), by this shell's finished children
# (wrk, curl). The difference is what other people's work took, which the load average cannot tell
# apart from the measured servers' own threads.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $9 }' /proc/stat; }

tree_ticks() {
  local pid total=0 ticks
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null); do
    ticks="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }')" || ticks=0
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}

children_ticks() { sed 's/^.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }'; }

# cpu_mark SERVER_PID: remembers the counters; cpu_others SERVER_PID: the other processes' share of
# the machine since the mark, in % of all CPUs.
cpu_mark() {
  MARK_MACHINE="$(machine_ticks)" MARK_SERVER="$(tree_ticks "$1")" MARK_CHILDREN="$(children_ticks)" MARK_NS="$(now_ns)"
}

cpu_others() {
  local machine server children
  machine=$(($(machine_ticks) - MARK_MACHINE))
  server=$(($(tree_ticks "$1") - MARK_SERVER))
  children=$(($(children_ticks) - MARK_CHILDREN))
  awk -v m="$machine" -v s="$server" -v c="$children" -v ns=$(($(now_ns) - MARK_NS)) -v hz="$(getconf CLK_TCK)" -v cpus="$(nproc)" \
    'BEGIN { other = m - s - c; if (other < 0) other = 0; printf "%.0f", 100 * other / (ns / 1e9 * hz * cpus) }'
}

# wait_for_quiet: waits (1 s samples, at most QUIET_WAIT s, default 60) until other people's work
# takes at most QUIET_MAX % of the machine (default 10), since this machine is shared; prints the
# last share seen, so a run that had to start anyway can be told apart.
wait_for_quiet() {
  local deadline=$(($(date +%s) + ${QUIET_WAIT:-60})) others
  while true; do
    cpu_mark $$
    sleep 1
    others="$(cpu_others $$)"
    if [ "$others" -le "${QUIET_MAX:-10}" ] || [ "$(date +%s)" -ge "$deadline" ]; then
      echo "$others"
      return 0
    fi
  done
}

# run_wrk OUTFILE CONNECTIONS SECONDS URL [wrk options...]: two threads, latency distribution,
# bounded by timeout(1) as well as by -d.
run_wrk() {
  local out="$1" connections="$2" seconds="$3" url="$4"
  shift 4
  timeout -k 5 $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency "$@" "$url" >"$out" 2>&1 || true
}

# parse_wrk FILE: prints "requests/s p50-ms p99-ms errors" (errors: socket errors plus non-2xx/3xx).
parse_wrk() {
  awk '
    function ms(value) {
      if (value ~ /us$/) { sub(/us$/, "", value); return value / 1000 }
      if (value ~ /ms$/) { sub(/ms$/, "", value); return value + 0 }
      if (value ~ /m$/) { sub(/m$/, "", value); return value * 60000 }
      if (value ~ /s$/) { sub(/s$/, "", value); return value * 1000 }
      return value + 0
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    END {
      if (rps == "") { print "0 0 0 -1"; exit }
      printf "%.0f %.3f %.3f %d\n", rps, p50, p99, errors
    }' "$1"
}

# median: the median of the numbers on standard input, one a line.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print 0 } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

machine_line() {
  printf '%s logical CPUs (%s), %s MiB RAM, %s, .NET %s, wrk %s, load average %s\n' \
    "$(nproc)" "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1024 }' /proc/meminfo)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(dotnet --version 2>/dev/null)" \
    "$(wrk -v 2>&1 | awk 'NR == 1 { print $2 }')" "$(load_avg)"
}
