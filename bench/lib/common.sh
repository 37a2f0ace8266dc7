# Helpers of bench/run.sh (sourced): the platform, tokens, wrk runs and the side-by-side tables.
# shellcheck shell=bash

ROOT=${ROOT:?}
LOCAL="$ROOT/.local"
KEYCLOAK_TOKEN_URL=http://localhost:8180/realms/ade/protocol/openid-connect/token
GATEWAY=http://localhost:8080
RELATIONSHIP=http://localhost:8081
SUMMARY_FILE=${SUMMARY_FILE:-$(mktemp)}

say()  { printf '%s\n' "$*"; }
info() { printf '==> %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

ensure_wrk() {
  command -v wrk >/dev/null && return 0
  info "installing wrk (Debian package) with apt-get"
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } \
    || die "could not install wrk (apt-get install wrk)"
}

# The reference reverse proxy of section (a): NGINX from Debian (nginx-light), two workers, keep-alive connections to
# relationship-service, the same X-Forwarded-* headers the gateway writes, no access log. It shows what a native proxy
# costs on this machine, measured beside the gateway in the same run.
NGINX_PORT=8089
start_nginx() {
  command -v nginx >/dev/null || command -v /usr/sbin/nginx >/dev/null || {
    info "installing nginx-light (Debian package) with apt-get"
    apt-get install -y -qq nginx-light >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; } \
      || die "could not install nginx-light (apt-get install nginx-light)"
  }
  local dir="$OUT_DIR/nginx"
  mkdir -p "$dir/logs"
  cat >"$dir/nginx.conf" <<CONF
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream relationship { server 127.0.0.1:${RELATIONSHIP##*:}; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://relationship;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
CONF
  stop_nginx
  PATH="$PATH:/usr/sbin" nginx -c "$dir/nginx.conf" -p "$dir" || die "could not start nginx ($dir/logs/error.log)"
}

stop_nginx() {
  local pid
  pid=$(cat "$OUT_DIR/nginx/nginx.pid" 2>/dev/null || true)
  [[ -n "$pid" ]] || return 0
  kill -QUIT "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

ensure_platform() {
  if pgrep -f -- '-XX:TieredStopAtLevel=1 .*quarkus-run.jar' >/dev/null; then
    info "the platform runs with ./platform.sh's quick JIT: restarting it with ADE_SERVICE_JIT=$ADE_SERVICE_JIT"
    "$ROOT/platform.sh" down >&2
  fi
  if "$ROOT/platform.sh" status >/dev/null 2>&1; then
    info "the platform is up (./platform.sh status)"
  else
    info "the platform is not up: ./platform.sh up"
    "$ROOT/platform.sh" up >&2
  fi
}

token() { # token USER PASSWORD: an access token of the demo user (password grant of ade-frontend)
  curl -fsS --max-time 10 -d grant_type=password -d client_id=ade-frontend \
    --data-urlencode "username=$1" --data-urlencode "password=$2" "$KEYCLOAK_TOKEN_URL" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

pid_of() { head -n 1 "$LOCAL/run/$1.pid" 2>/dev/null | tr -dc '0-9'; }

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || printf -- '-'; }

wait_ready() { # wait_ready URL SECONDS: until the URL answers 2xx; false when it did not in time
  local deadline=$(( SECONDS + $2 ))
  until curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; do
    (( SECONDS < deadline )) || return 1
    sleep 0.1
  done
}

# The gateway's per-user rate limit is lifted for the suite by starting the gateway with ADE_GATEWAY_RATE_LIMIT and
# ADE_GATEWAY_RATE_BURST (requests per second and burst per user) far above what wrk sends. A marker file remembers
# which gateway process has them, so a second run does not restart it again; ./platform.sh down/up restores the default.
lift_rate_limit() {
  local pid marker="$LOCAL/run/gateway.bench-limit"
  pid=$(pid_of gateway)
  if [[ -n "$pid" && -f "$marker" && "$(cat "$marker")" == "$pid" ]]; then
    info "the gateway (pid $pid) already runs with the lifted rate limit"
    return 0
  fi
  info "restarting the gateway with ADE_GATEWAY_RATE_LIMIT=$BENCH_RATE_LIMIT ADE_GATEWAY_RATE_BURST=$BENCH_RATE_LIMIT"
  stop_gateway
  ADE_GATEWAY_RATE_LIMIT=$BENCH_RATE_LIMIT ADE_GATEWAY_RATE_BURST=$BENCH_RATE_LIMIT \
    ADE_SERVICE_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms32m -Xmx256m}" "$ROOT/platform.sh" up >/dev/null
  pid_of gateway >"$marker"
}

restore_rate_limit() {
  local marker="$LOCAL/run/gateway.bench-limit"
  [[ -f "$marker" && "$(cat "$marker")" == "$(pid_of gateway)" ]] || return 0
  info "restarting the gateway with its default rate limit"
  stop_gateway
  "$ROOT/platform.sh" up >/dev/null
  rm -f "$marker"
}

stop_gateway() {
  local pid
  pid=$(pid_of gateway)
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

# CPU time (clock ticks) of every server process a request can pass through: the gateway, relationship-service,
# PostgreSQL (all its backends), the reference NGINX and the minimal app. Only the processes on a side's path work
# during its run, so the difference over a run, per request, is that side's CPU cost (wrk's own CPU is not in it).
server_cpu_ticks() {
  local pids pid total=0
  pids="$(pid_of gateway) $(pid_of relationship-service) $(pgrep -x postgres) $(pgrep -x nginx) $(app_pid minimal-read)"
  for pid in $pids; do
    total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  printf '%s' "$total"
}

# wrk_run URL CONNECTIONS DURATION [METHOD BODY TOKEN]: prints "rps p50 p99 errors requests cpu-ms-per-request"
wrk_run() {
  local out before after
  before=$(server_cpu_ticks)
  out=$(BENCH_METHOD=${4:-GET} BENCH_BODY=${5:-} BENCH_TOKEN=${6:-} \
    wrk -t "$THREADS" -c "$2" -d "$3" --timeout 10s -s "$BENCH_DIR/lib/wrk.lua" "$1" 2>&1) \
    || die "wrk failed: $out"
  after=$(server_cpu_ticks)
  grep '^RESULT ' <<<"$out" | cut -d' ' -f2- \
    | awk -v ticks=$(( after - before )) -v hz="$(getconf CLK_TCK)" '{ printf "%s %.3f\n", $0, $5 ? ticks * 1000 / hz / $5 : 0 }'
}

# warm_up RUN CONNECTIONS: unmeasured runs of WARMUP each until two in a row differ by less than 10 % in req/s (at most
# WARMUP_RUNS). A JVM just started (the gateway restarted to lift its limit) needs a minute of load on two shared
# cores before its JIT has compiled the hot path; a single short warm-up measured that, not the steady state.
warm_up() {
  local run=$1 conns=$2 previous=0 current i
  for (( i = 1; i <= WARMUP_RUNS; i++ )); do
    current=$("$run" "$conns" "$WARMUP" | awk '{ printf "%.0f", $1 }')
    info "warm-up $run: $current req/s"
    if (( previous > 0 )) && awk -v a="$previous" -v b="$current" 'BEGIN { d = (b - a) / a; exit !(d < 0.10 && d > -0.10) }'; then
      return 0
    fi
    previous=$current
  done
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ab TITLE LABEL_A LABEL_B CONNECTIONS DURATION RUN_A RUN_B: RUN_A/RUN_B are functions taking (connections, duration)
# and printing wrk_run's line. Both are warmed up, then run A, B, A, B, ... ROUNDS times; one row per round and the
# medians. A is the candidate, B the reference: the ratio is A's req/s over B's, the added p50 is A's minus B's.
ab() {
  local title=$1 label_a=$2 label_b=$3 conns=$4 duration=$5 run_a=$6 run_b=$7 round a b
  local rows
  rows=$(mktemp)
  warm_up "$run_a" "$conns"
  warm_up "$run_b" "$conns"
  for (( round = 1; round <= ROUNDS; round++ )); do
    a=$("$run_a" "$conns" "$duration")
    b=$("$run_b" "$conns" "$duration")
    say "$round $a $b" >>"$rows"
  done
  say ""
  say "$title — $conns connections, $THREADS wrk threads, $duration per run, A/B alternating, $ROUNDS rounds"
  printf '%-7s | %-42s | %-42s | %-6s %-9s\n' "" "A: $label_a" "B: $label_b" "A/B" "added p50"
  printf '%-7s | %9s %7s %7s %6s %7s | %9s %7s %7s %6s %7s | %6s %9s\n' round "req/s" "p50 ms" "p99 ms" errors \
    "CPU ms" "req/s" "p50 ms" "p99 ms" errors "CPU ms" "req/s" "ms"
  awk '{ printf "%-7s | %9.0f %7.2f %7.2f %6d %7.3f | %9.0f %7.2f %7.2f %6d %7.3f | %6.2f %9.2f\n",
          $1, $2, $3, $4, $5, $7, $8, $9, $10, $11, $13, $2 / $8, $3 - $9 }' "$rows"
  local ra pa qa ea ca rb pb qb eb cb
  ra=$(awk '{ print $2 }' "$rows" | median); pa=$(awk '{ print $3 }' "$rows" | median)
  qa=$(awk '{ print $4 }' "$rows" | median); ea=$(awk '{ s += $5 } END { print s }' "$rows")
  ca=$(awk '{ print $7 }' "$rows" | median)
  rb=$(awk '{ print $8 }' "$rows" | median); pb=$(awk '{ print $9 }' "$rows" | median)
  qb=$(awk '{ print $10 }' "$rows" | median); eb=$(awk '{ s += $11 } END { print s }' "$rows")
  cb=$(awk '{ print $13 }' "$rows" | median)
  local ratio added
  ratio=$(awk '{ print $2 / $8 }' "$rows" | median)
  added=$(awk '{ print $3 - $9 }' "$rows" | median)
  printf '%-7s | %9.0f %7.2f %7.2f %6d %7.3f | %9.0f %7.2f %7.2f %6d %7.3f | %6.2f %9.2f\n' median "$ra" "$pa" "$qa" \
    "$ea" "$ca" "$rb" "$pb" "$qb" "$eb" "$cb" "$ratio" "$added"
  say "(CPU ms: server CPU time per request, every process on the side's path: gateway, service, PostgreSQL, NGINX, app)"
  printf '| %s, %s conn. | %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors, %.3f CPU ms/req | %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors, %.3f CPU ms/req | **%.2f** | %+.2f ms |\n' \
    "$title" "$conns" "$ra" "$pa" "$qa" "$ea" "$ca" "$rb" "$pb" "$qb" "$eb" "$cb" "$ratio" "$added" >>"$SUMMARY_FILE.ab"
  rm -f "$rows"
}
