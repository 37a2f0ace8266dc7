# Helpers of bench/run.sh (sourced): the comparison apps of bench/apps and the start-time section (c).
# shellcheck shell=bash

MODULES=(relationship-service portfolio-service consumption-service escalation-service billing-service gateway)
declare -A APP_PIDS=()

app_jar() { printf '%s' "$BENCH_DIR/apps/$1/target/quarkus-app/quarkus-run.jar"; }

build_app() { # build_app NAME: bench/apps/NAME with the repository's Maven wrapper, when missing or stale
  local dir="$BENCH_DIR/apps/$1" jar
  jar=$(app_jar "$1")
  if [[ -f "$jar" && -z "$(find "$dir/src" "$dir/pom.xml" -newer "$jar" -print -quit)" ]]; then return 0; fi
  info "building bench/apps/$1"
  "$ROOT/mvnw" -B -q -o -f "$dir/pom.xml" package >"$OUT_DIR/build-$1.log" 2>&1 \
    || "$ROOT/mvnw" -B -q -f "$dir/pom.xml" package >"$OUT_DIR/build-$1.log" 2>&1 \
    || { tail -n 30 "$OUT_DIR/build-$1.log" >&2; die "could not build bench/apps/$1"; }
}

# launch NAME JAR PORT READY_URL: starts a JVM as ./platform.sh starts a service (same heap), on PORT; waits until
# READY_URL answers; prints "<seconds from launch to ready> <RSS MB> <Quarkus's own 'started in' seconds>"
launch_app() {
  local name=$1 jar=$2 port=$3 url=$4 log="$OUT_DIR/$1.log" t0 t1 cds=""
  [[ "$BENCH_CDS" != true ]] || cds="-XX:SharedArchiveFile=$(cds_archive "$name" "$jar" "$port" "$url")"
  : >"$log"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  setsid java $SERVICE_JAVA_OPTS $cds -Dquarkus.http.port="$port" -jar "$jar" >>"$log" 2>&1 </dev/null &
  APP_PIDS[$name]=$!
  # launch_app often runs in a command substitution, whose variables the caller never sees: stop_app reads this file
  printf '%s' "$!" >"$OUT_DIR/$name.pid"
  wait_ready "$url" 180 || { tail -n 20 "$log" >&2; stop_app "$name"; die "$name did not become ready on $url"; }
  t1=$(date +%s.%N)
  sleep 0.5 # the start log line is written right after the port opens
  printf '%.2f %s %s\n' "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" "$(rss_mb "${APP_PIDS[$name]}")" \
    "$(started_in "$log")"
}

# cds_archive NAME JAR PORT READY_URL: the application's class-data sharing archive, as ./platform.sh keeps one per
# service; recorded by one unmeasured start (-XX:ArchiveClassesAtExit, written when it stops) when missing or older
# than the jar. Hello world gets one too, so the comparison stays like for like.
cds_archive() {
  local archive="$OUT_DIR/cds/$1.jsa" pid
  mkdir -p "$OUT_DIR/cds"
  if [[ ! -f "$archive" || "$2" -nt "$archive" ]]; then
    rm -f "$archive"
    info "recording the class-data sharing archive of $1"
    # shellcheck disable=SC2086
    setsid java $SERVICE_JAVA_OPTS -XX:ArchiveClassesAtExit="$archive" -Dquarkus.http.port="$3" -jar "$2" \
      >"$OUT_DIR/$1-cds.log" 2>&1 </dev/null &
    pid=$!
    wait_ready "$4" 180 || { kill -KILL "$pid"; die "$1 did not become ready on $4 ($OUT_DIR/$1-cds.log)"; }
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  printf '%s' "$archive"
}

# Quarkus's own 'started in' of the newest start in a log (./platform.sh appends every start to the same file)
started_in() { grep -o 'started in [0-9.]*s' "$1" | tail -n 1 | tr -dc '0-9.'; }

app_pid() { cat "$OUT_DIR/$1.pid" 2>/dev/null || printf '%s' "${APP_PIDS[$1]:-}"; }

start_app() { launch_app "$1" "$(app_jar "$1")" "$2" "$3"; }

stop_app() {
  local pid
  pid=$(app_pid "$1")
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  unset "APP_PIDS[$1]"
  rm -f "$OUT_DIR/$1.pid"
}

declare -A ALONE_SECONDS=() ALONE_RSS=()
declare -A REFERENCE_APPS=([hello]="hello world (Quarkus REST)"
  [stack-floor]="stack floor (the services' extensions, no business code)")

# Each application started by itself, one at a time, START_ROUNDS times (hello world, then every service, per
# round): a second instance of each service on port 9xxx beside the running platform (its database, broker and
# Keycloak are there; the platform's own instance keeps serving).
starts_alone() {
  local round name port
  declare -A seconds=() rss=()
  say ""
  say "(c) start to ready (s) and RSS at ready (MB), each application alone (JVM $SERVICE_JAVA_OPTS, class-data sharing: $BENCH_CDS), $START_ROUNDS rounds"
  printf '%-22s %s\n' application "round: seconds to ready / RSS MB / Quarkus's own 'started in'"
  for (( round = 1; round <= START_ROUNDS; round++ )); do
    start_alone hello "$(app_jar hello)" "$HELLO_PORT" "http://localhost:$HELLO_PORT/hello"
    start_alone stack-floor "$(app_jar stack-floor)" "$FLOOR_PORT" "http://localhost:$FLOOR_PORT/q/health/ready"
    for name in "${MODULES[@]}"; do
      port=$(( 9000 + $(sed -n "s/^quarkus.http.port=//p" "$ROOT/$name/src/main/resources/application.properties") % 1000 ))
      start_alone "$name" "$ROOT/$name/target/quarkus-app/quarkus-run.jar" "$port" "http://localhost:$port/q/health/ready"
    done
  done
  for name in hello stack-floor "${MODULES[@]}"; do
    ALONE_SECONDS[$name]=$(tr ' ' '\n' <<<"${seconds[$name]}" | grep . | median)
    ALONE_RSS[$name]=$(tr ' ' '\n' <<<"${rss[$name]}" | grep . | median)
  done
}

# start_alone NAME JAR PORT READY_URL (within starts_alone, whose seconds and rss it appends to): one timed start and
# stop
start_alone() {
  local result
  result=$(launch_app "$1" "$2" "$3" "$4")
  stop_app "$1"
  seconds[$1]+="${result%% *} "; rss[$1]+="$(cut -d' ' -f2 <<<"$result") "
  printf '%-22s %s: %s s / %s MB / %s s\n' "$1" "$round" $result
}

# All together: UP_ROUNDS pairs of timed warm ./platform.sh up (infrastructure and the six JVMs, which start at once),
# a down before each, alternating the JIT a developer's up gets (ADE_SERVICE_JIT=quick, ./platform.sh's default) and
# the full JIT production and the other sections run with; each service's Quarkus 'started in' from its log and its
# RSS once all are ready come from the last up (full).
starts_together() {
  local t0 name round jit
  declare -A ups=() up=()
  say ""
  say "(c) all together: ./platform.sh down && time ./platform.sh up, $UP_ROUNDS × (ADE_SERVICE_JIT=quick, full) (warm: build, data and class-data archives reused)"
  "$ROOT/platform.sh" down >/dev/null
  # an unmeasured up first: the down before the first timed up records any missing class-data sharing archive
  "$ROOT/platform.sh" up >/dev/null
  for (( round = 1; round <= UP_ROUNDS; round++ )); do
    for jit in quick full; do
      "$ROOT/platform.sh" down >/dev/null
      t0=$SECONDS
      ADE_SERVICE_JIT=$jit "$ROOT/platform.sh" up >/dev/null
      ups[$jit]+="$(( SECONDS - t0 )) "
    done
  done
  for jit in quick full; do
    up[$jit]=$(tr ' ' '\n' <<<"${ups[$jit]}" | grep . | median)
    say "warm ./platform.sh up, ADE_SERVICE_JIT=$jit: ${ups[$jit]% } s, median ${up[$jit]} s (target ≤ 60 s)"
  done
  printf '%-22s %14s %8s %8s %18s %18s\n' application "alone: ready s" "× hello" "× floor" "together: start s" \
    "RSS alone/together"
  for name in hello stack-floor "${MODULES[@]}"; do
    local together=- rss=- label=${REFERENCE_APPS[$name]:-$name} per_hello per_floor
    if [[ "$label" == "$name" ]]; then # a platform service: it runs now, started together with the others
      together=$(started_in "$ROOT/.local/logs/$name.log")
      rss=$(rss_mb "$(pid_of "$name")")
    fi
    per_hello=$(times_of "$name" hello); per_floor=$(times_of "$name" stack-floor)
    printf '%-22s %14s %8s %8s %18s %18s\n' "$name" "${ALONE_SECONDS[$name]}" "$per_hello" "$per_floor" "$together" \
      "${ALONE_RSS[$name]}/$rss"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "${ALONE_SECONDS[$name]}" "$per_hello" "$per_floor" \
      "${ALONE_RSS[$name]}" "$together" "$rss" >>"$SUMMARY_FILE.start"
  done
  printf '| warm `./platform.sh up` (infrastructure and all six), the default JIT (quick; runs: %s s) | | | | | %s | |\n' \
    "${ups[quick]% }" "${up[quick]}" >>"$SUMMARY_FILE.start"
  printf '| warm `./platform.sh up`, ADE_SERVICE_JIT=full (runs: %s s) | | | | | %s | |\n' \
    "${ups[full]% }" "${up[full]}" >>"$SUMMARY_FILE.start"
}

# times_of NAME REFERENCE: NAME's median start alone as a multiple of REFERENCE's
times_of() { awk -v a="${ALONE_SECONDS[$1]}" -v b="${ALONE_SECONDS[$2]}" 'BEGIN { printf "%.2f", a / b }'; }
