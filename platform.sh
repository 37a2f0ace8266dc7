#!/usr/bin/env bash
# ./platform.sh up|down|status|logs NAME|seed|dlq list|replay TOPIC
#
# Runs the whole ADE Platform on this machine without Docker and without root:
# PostgreSQL, Kafka and Keycloak (one supervisor JVM, io.adeplatform.platform.infra.LocalPlatform) plus the five
# services and the gateway, each a `java -jar .../quarkus-run.jar`. State, pid files and logs live in .local/.
# (The name is platform.sh because platform/ is the folder of the shared modules.)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

SELF=./platform.sh
LOCAL="$ROOT/.local"
RUN="$LOCAL/run"
LOGS="$LOCAL/logs"
DOWNLOADS="$LOCAL/downloads"
KEYCLOAK_VERSION=26.5.6
KEYCLOAK_ZIP="$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
REALM_FILE="$ROOT/deploy/local/keycloak/ade-realm.json"
SEED_CUSTOMERS="$ROOT/deploy/local/seed/customers.json"
INFRA_CLASSPATH="$LOCAL/infra.classpath"
INFRA_READY="$LOCAL/infra.ready"
SUPERVISOR_MAIN=io.adeplatform.platform.infra.LocalPlatform
SUPERVISOR_CLASS="$ROOT/platform/local-infra/target/classes/io/adeplatform/platform/infra/LocalPlatform.class"

KEYCLOAK_URL=http://localhost:8180
TOKEN_URL="$KEYCLOAK_URL/realms/ade/protocol/openid-connect/token"
GATEWAY_URL=http://localhost:8080

# module:port, in start order; the gateway last
SERVICES=(relationship-service:8081 portfolio-service:8082 consumption-service:8083 escalation-service:8084
          billing-service:8085 gateway:8080)
SERVICE_TIMEOUT=120
INFRA_TIMEOUT=360
SERVICE_JAVA_OPTS=${ADE_SERVICE_JAVA_OPTS:--Xms32m -Xmx256m}
SERVICE_CDS=${ADE_SERVICE_CDS:-true}   # class-data sharing archives per service (cds_options); false: none
SERVICE_JIT=${ADE_SERVICE_JIT:-quick}  # quick: the JIT's first tier only (jit_options); full: as in production

# ---------------------------------------------------------------------------------------------------- helpers

say()  { printf '%s\n' "$*"; }
info() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
usage: $SELF COMMAND

  up [--build]   build what is missing or stale (--build: always), start PostgreSQL, Kafka, Keycloak,
                 the five services and the gateway in the background, wait until all are ready
  down           stop the services, then the infrastructure
  status         one line per process: name, pid, port, ready, RSS (exit 3 when something is not ready)
  logs NAME      follow a log: infra, postgres, kafka, keycloak, build, gateway, relationship, portfolio,
                 consumption, escalation, billing (with or without -service)
  seed           load demo customers through the gateway's API as ada.exec (safe to repeat)
  dlq list [TOPIC]
                 every service's dead-letter topics with their counts, or one topic's dead letters (as
                 alice.admin, through the gateway: /api/admin/<domain>/dead-letters)
  dlq replay TOPIC
                 hand the topic's dead letters not replayed yet to their consumer again, after a fix
                 (the inbox absorbs repeats; a replayed dead letter is never replayed again)

State, data, pid files and logs live in .local/ (delete .local/postgres, .local/kafka or .local/keycloak while
everything is down to start that server afresh; a changed deploy/local/keycloak/ade-realm.json is re-imported
automatically on the next up).
EOF
}

module_of()  { printf '%s' "${1%%:*}"; }
port_of()    { printf '%s' "${1##*:}"; }
jar_of()     { printf '%s' "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

read_pid() { # first line of a pid file, or nothing
  [[ -f "$1" ]] || return 0
  head -n 1 "$1" 2>/dev/null | tr -dc '0-9' || true
}

# pid alive and its command line contains the pattern (guards against recycled pids)
alive() {
  local pid=$1 pattern=${2:-}
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  [[ -z "$pattern" ]] && return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern"
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

descendants() {
  local pid=$1 child
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null || true); do
    printf '%s\n' "$child"
    descendants "$child"
  done
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true; }

tree_rss_mb() { # VmRSS of a process and all its descendants, in MB
  local total=0 pid kb
  for pid in "$1" $(descendants "$1"); do
    kb=$(rss_kb "$pid")
    total=$(( total + ${kb:-0} ))
  done
  printf '%s' $(( total / 1024 ))
}

# signal (TERM by default), wait up to $3 seconds, then SIGKILL the process and what it had started
stop_process() {
  local name=$1 pid=$2 timeout=$3 signal=${4:-TERM} waited=0 tree
  tree="$pid $(descendants "$pid" | tr '\n' ' ')"
  kill -s "$signal" "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && (( waited < timeout * 10 )); do
    sleep 0.1
    waited=$(( waited + 1 ))
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) did not stop within ${timeout}s; killing it"
  fi
  local leftover
  for leftover in $tree; do
    if kill -0 "$leftover" 2>/dev/null; then kill -KILL "$leftover" 2>/dev/null || true; fi
  done
}

supervisor_pid() { local pid; pid=$(read_pid "$RUN/infra.pid"); if alive "$pid" "$SUPERVISOR_MAIN"; then printf '%s' "$pid"; fi; }
service_pid()    { local pid; pid=$(read_pid "$RUN/$1.pid"); if alive "$pid" "$(jar_of "$1")"; then printf '%s' "$pid"; fi; }
postgres_pid()   { local pid; pid=$(read_pid "$LOCAL/postgres/postmaster.pid"); if alive "$pid" "$LOCAL/postgres"; then printf '%s' "$pid"; fi; }
kafka_pid()      { local pid; pid=$(read_pid "$LOCAL/kafka/broker.pid"); if alive "$pid" "kafka.Kafka"; then printf '%s' "$pid"; fi; }
# kc.sh, or the JVM it exec'ed after a re-augmentation: either way the command line names the Keycloak home
keycloak_pid()   { local pid; pid=$(read_pid "$LOCAL/keycloak/keycloak.pid"); if alive "$pid" "$LOCAL/keycloak/"; then printf '%s' "$pid"; fi; }

service_ready()  { http_ok "http://localhost:$(port_of "$1")/q/health/ready"; }
keycloak_ready() { http_ok "$KEYCLOAK_URL/realms/ade/.well-known/openid-configuration"; }

present_services() { # services whose module exists in this checkout
  local entry
  for entry in "${SERVICES[@]}"; do
    if [[ -f "$ROOT/$(module_of "$entry")/pom.xml" ]]; then printf '%s\n' "$entry"; fi
  done
}

missing_reactor_modules() { # modules the root pom lists that are not in this checkout
  local module
  for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' "$ROOT/pom.xml"); do
    if [[ ! -f "$ROOT/$module/pom.xml" ]]; then printf '%s\n' "$module"; fi
  done
}

# true when the target file is missing or any file under the given paths is newer than it
stale() {
  local target=$1; shift
  [[ -e "$target" ]] || return 0
  local existing=() path
  for path in "$@"; do
    if [[ -e "$path" ]]; then existing+=("$path"); fi
  done
  (( ${#existing[@]} )) || return 1
  [[ -n "$(find "${existing[@]}" -type f -newer "$target" -print -quit 2>/dev/null)" ]]
}

shared_sources() { # what every service jar is built from besides its own module (not the test/infra helpers)
  printf '%s\n' "$ROOT/pom.xml"
  local dir
  for dir in "$ROOT"/platform/*/; do
    case "$dir" in */local-infra/|*/kafka-broker/|*/testing/) continue ;; esac
    if [[ -d "$dir/src/main" ]]; then printf '%s\n' "$dir/src/main"; fi
    if [[ -f "$dir/pom.xml" ]]; then printf '%s\n' "$dir/pom.xml"; fi
  done
}

# launch CMD... in the background, in its own session (immune to the terminal's Ctrl-C and hang-up), output
# appended to LOG; the process writes its own pid (setsid may fork, so $! is not reliable)
launch() { # launch PIDFILE LOG CMD...
  local pidfile=$1 log=$2 waited=0; shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" >>"$log" 2>&1 </dev/null &
  until [[ -s "$pidfile" ]]; do
    (( waited++ < 100 )) || die "could not launch $* (no pid in $pidfile)"
    sleep 0.05
  done
}

mvn_quiet() { # ./mvnw -q ARGS, output kept in .local/logs/build.log and shown on failure
  printf '\n---- %s ./mvnw -q %s\n' "$(date '+%F %T')" "$*" >>"$LOGS/build.log"
  if ! ./mvnw -q "$@" >>"$LOGS/build.log" 2>&1; then
    tail -n 40 "$LOGS/build.log" >&2
    die "build failed: ./mvnw -q $* (full output in .local/logs/build.log)"
  fi
}

# ------------------------------------------------------------------------------------------------------ build

build_if_needed() {
  local force=$1 entry module jar infra_reason="" service_reason="" missing
  local -a shared
  mapfile -t shared < <(shared_sources)
  missing=$(missing_reactor_modules | tr '\n' ' ')

  if [[ "$force" == true ]]; then
    infra_reason="--build"
  elif stale "$SUPERVISOR_CLASS" "$ROOT/platform/local-infra/src/main" "$ROOT/platform/local-infra/pom.xml" \
      "$ROOT/platform/kafka-broker/pom.xml"; then
    infra_reason="platform/local-infra is missing or older than its sources"
  fi
  while read -r entry; do
    [[ -n "$entry" ]] || continue
    module=$(module_of "$entry")
    jar=$(jar_of "$module")
    if stale "$jar" "$ROOT/$module/src/main" "$ROOT/$module/pom.xml" "${shared[@]}"; then
      service_reason="$module/target/quarkus-app/quarkus-run.jar is missing or older than its sources"
      break
    fi
  done < <(present_services)

  local t0=$SECONDS
  if [[ -z "$missing" ]]; then
    local reason=${infra_reason:-$service_reason}
    [[ -n "$reason" ]] || return 0
    info "building ($reason): ./mvnw -q -DskipTests install (output in .local/logs/build.log)"
    mvn_quiet -DskipTests install
  else
    # the reactor cannot be built as a whole yet: build what the infrastructure needs, run the jars there are
    if [[ -n "$service_reason" ]]; then
      warn "not building the services: the root pom lists modules not in this checkout yet (${missing% })"
      warn "$service_reason"
    fi
    [[ -n "$infra_reason" ]] || return 0
    info "building the local infrastructure ($infra_reason; output in .local/logs/build.log)"
    mvn_quiet -DskipTests install -f platform/kafka-broker/pom.xml
    mvn_quiet -DskipTests install -f platform/local-infra/pom.xml
  fi
  info "built in $(( SECONDS - t0 )) s"
}

fetch_downloads() {
  mkdir -p "$DOWNLOADS"
  if [[ ! -f "$KEYCLOAK_ZIP" ]]; then
    info "fetching Keycloak $KEYCLOAK_VERSION (org.keycloak:keycloak-quarkus-dist zip, about 160 MB, once)"
    mvn_quiet -N dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      "-DoutputDirectory=$DOWNLOADS"
  fi
}

classpath_valid() {
  [[ -s "$INFRA_CLASSPATH" ]] || return 1
  if stale "$INFRA_CLASSPATH" "$ROOT/pom.xml" "$ROOT/platform/local-infra/pom.xml" "$ROOT/platform/kafka-broker/pom.xml"; then
    return 1
  fi
  local entry
  while IFS= read -r entry; do
    [[ -z "$entry" || -e "$entry" ]] || return 1
  done < <(tr ':' '\n' <"$INFRA_CLASSPATH")
}

supervisor_classpath() {
  if ! classpath_valid; then
    info "resolving the infrastructure classpath (cached in .local/infra.classpath)" >&2
    mvn_quiet -f platform/local-infra/pom.xml dependency:build-classpath "-Dmdep.outputFile=$INFRA_CLASSPATH"
  fi
  local cp slf4j_version
  cp="$(cat "$INFRA_CLASSPATH"):$ROOT/platform/local-infra/target/classes"
  # a logging binding for the supervisor only, so PostgreSQL's log lines (passed on through SLF4J) are kept
  slf4j_version=$(tr ':' '\n' <"$INFRA_CLASSPATH" | sed -n 's:.*/slf4j-api-\([0-9.]*\)\.jar$:\1:p' | head -n 1)
  if [[ -n "$slf4j_version" ]]; then
    local binding="$DOWNLOADS/slf4j-simple-$slf4j_version.jar"
    if [[ ! -f "$binding" ]]; then
      mvn_quiet -N dependency:copy "-Dartifact=org.slf4j:slf4j-simple:$slf4j_version" "-DoutputDirectory=$DOWNLOADS"
    fi
    cp="$cp:$binding"
  fi
  printf '%s' "$cp"
}

# --------------------------------------------------------------------------------------------------------- up

require_free_ports() { # fail early, before any build, when a port that nothing of ours holds is taken
  local entry port what
  local -a wanted=()
  if [[ -z "$(supervisor_pid)" ]]; then wanted+=(5432:PostgreSQL 9092:Kafka 8180:Keycloak); fi
  while read -r entry; do
    [[ -n "$entry" ]] || continue
    if [[ -z "$(service_pid "$(module_of "$entry")")" ]]; then wanted+=("$(port_of "$entry"):$(module_of "$entry")"); fi
  done < <(present_services)
  for entry in ${wanted[@]+"${wanted[@]}"}; do
    port=${entry%%:*}; what=${entry#*:}
    if listening "$port"; then
      die "port $port (for $what) is already in use by another process; stop it first (an earlier run? $SELF down; or find it: ss -ltnp 'sport = :$port')"
    fi
  done
}

start_supervisor() {
  local pid
  pid=$(supervisor_pid)
  if [[ -n "$pid" ]]; then
    info "infrastructure supervisor already running (pid $pid)"
  else
    local cp
    cp=$(supervisor_classpath)
    rm -f "$INFRA_READY"
    info "starting PostgreSQL :5432, Kafka :9092, Keycloak :8180 (log: $SELF logs infra)"
    printf '\n---- %s %s up\n' "$(date '+%F %T')" "$SELF" >>"$LOGS/infra.log"
    launch "$RUN/infra.pid" "$LOGS/infra.log" java -Xms32m -Xmx256m \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      -Dorg.slf4j.simpleLogger.showShortLogName=true -Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn \
      -cp "$cp" "$SUPERVISOR_MAIN" "$LOCAL" "$KEYCLOAK_ZIP" "$REALM_FILE"
    pid=$(read_pid "$RUN/infra.pid")
  fi
  local t0=$SECONDS
  if [[ ! -f "$INFRA_READY" ]]; then
    say "    waiting for the infrastructure (Keycloak's first start takes about a minute)..."
  fi
  until [[ -f "$INFRA_READY" ]]; do
    if ! alive "$pid" "$SUPERVISOR_MAIN"; then
      rm -f "$RUN/infra.pid"
      tail -n 25 "$LOGS/infra.log" >&2
      die "the infrastructure did not start (full log: .local/logs/infra.log)"
    fi
    if (( SECONDS - t0 > INFRA_TIMEOUT )); then
      tail -n 25 "$LOGS/infra.log" >&2
      die "the infrastructure was not ready after ${INFRA_TIMEOUT}s ($SELF logs infra; $SELF down)"
    fi
    sleep 1
  done
  info "infrastructure ready ($(( SECONDS - t0 )) s)"
}

# Class-data sharing (the JDK's dynamic CDS archive): the first start of a service after its jar was built records the
# classes it loaded into .local/run/<module>.jsa when it stops (down); later starts map that archive instead of
# loading, parsing and verifying those classes again: relationship-service alone started in 7.5 s instead of 12.3 s
# (issue 19, bench/README.md). An archive older than its jar is dropped; a JDK that cannot use one ignores it.
cds_options() { # cds_options MODULE JAR
  [[ "$SERVICE_CDS" == true ]] || return 0
  local archive="$RUN/$1.jsa"
  if [[ -f "$archive" && "$archive" -nt "$2" ]]; then
    printf -- '-XX:SharedArchiveFile=%s' "$archive"
  else
    rm -f "$archive"
    # the JDK lists every class it cannot archive as a warning: not worth a service log full of them
    printf -- '-XX:ArchiveClassesAtExit=%s -Xlog:cds=off,cds+dynamic=off' "$archive"
  fi
}

# The JIT: a local platform is started far more often than it is loaded, and on two cores the optimising compiler's
# work is a third of a service's start. "quick" stops at the first tier (C1), as Spring Boot's bootRun does: a warm
# up took 38.6 and 47.3 s instead of 53.6 and 71.6 s, alternating (issue 19, bench/README.md); the code it compiles
# is slower at peak, so the benchmark suite runs the platform with ADE_SERVICE_JIT=full, as production does.
jit_options() { [[ "$SERVICE_JIT" == full ]] || printf -- '-XX:TieredStopAtLevel=1'; }

start_services() {
  local entry module port jar pid
  local -a started=() skipped=()
  while read -r entry; do
    [[ -n "$entry" ]] || continue
    module=$(module_of "$entry"); port=$(port_of "$entry"); jar=$(jar_of "$module")
    pid=$(service_pid "$module")
    if [[ -n "$pid" ]]; then
      started+=("$entry")
      continue
    fi
    if [[ ! -f "$jar" ]]; then
      skipped+=("$module (no $module/target/quarkus-app/quarkus-run.jar)")
      continue
    fi
    if listening "$port"; then
      die "port $port (for $module) is already in use by another process; stop it first (ss -ltnp 'sport = :$port')"
    fi
    printf '\n---- %s %s up\n' "$(date '+%F %T')" "$SELF" >>"$LOGS/$module.log"
    # shellcheck disable=SC2086
    launch "$RUN/$module.pid" "$LOGS/$module.log" java $SERVICE_JAVA_OPTS $(jit_options) $(cds_options "$module" "$jar") \
      -jar "$jar"
    started+=("$entry")
  done < <(present_services)

  for entry in "${SERVICES[@]}"; do
    module=$(module_of "$entry")
    if [[ ! -f "$ROOT/$module/pom.xml" ]]; then skipped+=("$module (module not in this checkout yet)"); fi
  done

  if (( ${#started[@]} )); then
    info "starting ${#started[@]} service(s), waiting for /q/health/ready (up to ${SERVICE_TIMEOUT}s)"
  fi
  local t0=$SECONDS failed=""
  for entry in ${started[@]+"${started[@]}"}; do
    module=$(module_of "$entry"); port=$(port_of "$entry")
    until service_ready "$entry"; do
      pid=$(service_pid "$module")
      if [[ -z "$pid" ]]; then
        failed="$module exited during start"
        break
      fi
      if (( SECONDS - t0 > SERVICE_TIMEOUT )); then
        failed="$module not ready on http://localhost:$port/q/health/ready after ${SERVICE_TIMEOUT}s"
        break
      fi
      sleep 1
    done
    if [[ -n "$failed" ]]; then
      say "---- last lines of .local/logs/$module.log" >&2
      tail -n 30 "$LOGS/$module.log" >&2
      die "$failed ($SELF logs $module; $SELF down stops the rest)"
    fi
    say "    $module ready on http://localhost:$port"
  done
  for entry in ${skipped[@]+"${skipped[@]}"}; do
    warn "skipped $entry"
  done
}

print_summary() {
  cat <<EOF

ADE Platform
  Cockpit      $GATEWAY_URL/   the web front-end: sign in with a demo login below
  Gateway      $GATEWAY_URL   API /api/**, OpenAPI $GATEWAY_URL/q/openapi, Swagger UI $GATEWAY_URL/q/swagger-ui
  Services     relationship :8081  portfolio :8082  consumption :8083  escalation :8084  billing :8085
  Keycloak     $KEYCLOAK_URL   realm ade; admin console $KEYCLOAK_URL/admin (admin / admin)
  PostgreSQL   localhost:5432   user postgres, no password; databases relationship portfolio consumption escalation billing
  Kafka        127.0.0.1:9092

Demo logins (the cockpit, or the client ade-frontend: public, password grant allowed for scripts):
  ada.exec / ada (executive)    dan.delivery / dan (delivery-manager)    fiona.finance / fiona (finance)
  victor.viewer / victor (viewer)    alice.admin / alice (admin)
Partner system: client ade-partner / ade-partner-secret (client credentials, role partner)
Reporting: client ade-reporter / ade-reporter-secret (client credentials, role reporter: reads all, stores status packs)

Get a token and call the API:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=ade-frontend -d username=ada.exec -d password=ada \\
      $TOKEN_URL | sed -n 's/.*"access_token":"\\([^"]*\\)".*/\\1/p')
  curl -H "Authorization: Bearer \$TOKEN" $GATEWAY_URL/api/customers/<id>

Next: $SELF seed | status | logs NAME | down
EOF
}

everything_running() {
  [[ -n "$(supervisor_pid)" && -f "$INFRA_READY" ]] || return 1
  local entry module
  while read -r entry; do
    [[ -n "$entry" ]] || continue
    module=$(module_of "$entry")
    [[ -f "$(jar_of "$module")" ]] || continue
    [[ -n "$(service_pid "$module")" ]] || return 1
    service_ready "$entry" || return 1
  done < <(present_services)
}

cmd_up() {
  local force=false arg
  for arg in "$@"; do
    case "$arg" in
      --build) force=true ;;
      *) die "unknown option for up: $arg" ;;
    esac
  done
  command -v java >/dev/null || die "java (JDK 17 or newer) is not on the PATH"
  command -v curl >/dev/null || die "curl is not installed"
  [[ "$SERVICE_JIT" == quick || "$SERVICE_JIT" == full ]] || die "ADE_SERVICE_JIT is quick or full, not '$SERVICE_JIT'"
  mkdir -p "$RUN" "$LOGS" "$DOWNLOADS"

  if [[ "$force" == false ]] && everything_running; then
    info "the ADE Platform is already running"
    cmd_status || true
    return 0
  fi

  require_free_ports
  local t0=$SECONDS running_services="" entry
  while read -r entry; do
    [[ -n "$entry" ]] || continue
    if [[ -n "$(service_pid "$(module_of "$entry")")" ]]; then running_services+="$(module_of "$entry") "; fi
  done < <(present_services)
  if [[ -n "$running_services" ]]; then
    [[ "$force" == false ]] || die "--build while services run ($running_services); $SELF down first"
    info "already running: ${running_services}(not rebuilt; $SELF down && $SELF up picks up changes)"
  else
    build_if_needed "$force"
  fi
  [[ -f "$SUPERVISOR_CLASS" ]] || die "platform/local-infra is not built ($SELF up --build)"
  fetch_downloads
  start_supervisor
  start_services
  print_summary
  info "up in $(( SECONDS - t0 )) s"
}

# ------------------------------------------------------------------------------------------------------- down

cmd_down() {
  mkdir -p "$RUN"
  local entry module pid stopped_any=false
  local -a pids=() names=()
  for entry in "${SERVICES[@]}"; do
    module=$(module_of "$entry")
    pid=$(service_pid "$module")
    if [[ -n "$pid" ]]; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid"); names+=("$module")
    fi
  done
  if (( ${#pids[@]} )); then
    info "stopping ${names[*]}"
    local i
    for i in "${!pids[@]}"; do
      stop_process "${names[$i]}" "${pids[$i]}" 30
    done
    stopped_any=true
  fi
  for entry in "${SERVICES[@]}"; do rm -f "$RUN/$(module_of "$entry").pid"; done

  pid=$(supervisor_pid)
  if [[ -n "$pid" ]]; then
    info "stopping Keycloak, Kafka and PostgreSQL (supervisor pid $pid)"
    stop_process "infrastructure supervisor" "$pid" 120
    stopped_any=true
  fi
  rm -f "$RUN/infra.pid" "$INFRA_READY"

  # left-overs of a supervisor that was killed hard
  pid=$(keycloak_pid)
  if [[ -n "$pid" ]]; then
    info "stopping a left-over Keycloak (pid $pid)"; stop_process keycloak "$pid" 30; stopped_any=true
  fi
  pid=$(kafka_pid)
  if [[ -n "$pid" ]]; then
    info "stopping a left-over Kafka (pid $pid)"; stop_process kafka "$pid" 30; stopped_any=true
  fi
  pid=$(postgres_pid)
  if [[ -n "$pid" ]]; then
    info "stopping a left-over PostgreSQL (pid $pid)"
    stop_process postgres "$pid" 30 INT # SIGINT = fast shutdown
    stopped_any=true
  fi
  [[ -n "$(keycloak_pid)" ]] || rm -f "$LOCAL/keycloak/keycloak.pid"
  [[ -n "$(kafka_pid)" ]] || rm -f "$LOCAL/kafka/broker.pid"

  if [[ "$stopped_any" == true ]]; then info "stopped"; else info "nothing was running"; fi
}

# ----------------------------------------------------------------------------------------------------- status

STATUS_TOTAL=0
STATUS_ALL_READY=true

status_row() { printf '%-22s %-8s %-6s %-6s %s\n' "$@"; }

status_line() { # name pid port check-command... (RSS of the process tree; set STATUS_OWN_RSS=1 for the process alone)
  local name=$1 pid=$2 port=$3; shift 3
  local ready=no rss=- kb
  if [[ -n "$pid" ]]; then
    if [[ -n "${STATUS_OWN_RSS:-}" ]]; then
      kb=$(rss_kb "$pid"); rss=$(( ${kb:-0} / 1024 ))
    else
      rss=$(tree_rss_mb "$pid")
    fi
    STATUS_TOTAL=$(( STATUS_TOTAL + rss ))
    if "$@"; then ready=yes; fi
  fi
  [[ "$ready" == yes ]] || STATUS_ALL_READY=false
  status_row "$name" "${pid:--}" "$port" "$ready" "$rss"
}

infra_ready() { [[ -f "$INFRA_READY" ]]; }

cmd_status() {
  STATUS_TOTAL=0
  STATUS_ALL_READY=true
  status_row NAME PID PORT READY "RSS(MB)"
  # the supervisor alone: Kafka and Keycloak are its children and get their own lines
  STATUS_OWN_RSS=1 status_line infra-supervisor "$(supervisor_pid)" - infra_ready
  status_line postgres "$(postgres_pid)" 5432 listening 5432
  status_line kafka "$(kafka_pid)" 9092 listening 9092
  status_line keycloak "$(keycloak_pid)" 8180 keycloak_ready
  local entry module
  for entry in "${SERVICES[@]}"; do
    module=$(module_of "$entry")
    if [[ ! -f "$ROOT/$module/pom.xml" ]]; then
      status_row "$module" - "$(port_of "$entry")" - "(not in this checkout)"
    elif [[ ! -f "$(jar_of "$module")" ]]; then
      status_row "$module" - "$(port_of "$entry")" no "(not built)"
      STATUS_ALL_READY=false
    else
      status_line "$module" "$(service_pid "$module")" "$(port_of "$entry")" service_ready "$entry"
    fi
  done
  status_row total "" "" "" "$STATUS_TOTAL"
  say "(RSS: VmRSS from /proc, in MB, of each process with its children, e.g. all PostgreSQL backends, which share"
  say " memory; the supervisor's line counts the supervisor JVM alone)"
  [[ "$STATUS_ALL_READY" == true ]] || return 3
}

# ------------------------------------------------------------------------------------------------------- logs

cmd_logs() {
  local name=${1:-}
  [[ -n "$name" ]] || die "usage: $SELF logs NAME (infra, postgres, kafka, keycloak, build, gateway, relationship, ...)"
  local file
  case "$name" in
    infra|supervisor|postgres|postgresql) file="$LOGS/infra.log" ;;
    kafka) file="$LOCAL/kafka/broker.log" ;;
    keycloak) file="$LOCAL/keycloak/keycloak.log" ;;
    build) file="$LOGS/build.log" ;;
    gateway) file="$LOGS/gateway.log" ;;
    *-service) file="$LOGS/$name.log" ;;
    *) file="$LOGS/$name-service.log" ;;
  esac
  [[ -f "$file" ]] || die "no log ${file#"$ROOT"/} yet"
  exec tail -n 100 -F "$file"
}

# ------------------------------------------------------------------------------------------------------- seed

json_field() { # json_field NAME <<<'{"NAME": "value", ...}' -> value of the first such string field
  { grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" || true; } | head -n 1 | sed 's/.*:[[:space:]]*"\(.*\)"$/\1/'
}

token_for() { # token_for USER PASSWORD: an access token from the password grant of ade-frontend
  local response token
  response=$(curl -sS --max-time 10 -d grant_type=password -d client_id=ade-frontend \
    --data-urlencode "username=$1" --data-urlencode "password=$2" "$TOKEN_URL") \
    || die "Keycloak does not answer on $KEYCLOAK_URL ($SELF up)"
  token=$(json_field access_token <<<"$response")
  [[ -n "$token" ]] || die "no token for $1 from Keycloak: $response"
  printf '%s' "$token"
}

slug() { tr '[:upper:]' '[:lower:]' <<<"$1" | sed 's/[^a-z0-9]\{1,\}/-/g; s/^-//; s/-$//'; }

cmd_seed() {
  [[ -f "$SEED_CUSTOMERS" ]] || die "no seed data: ${SEED_CUSTOMERS#"$ROOT"/}"
  http_ok "$GATEWAY_URL/q/health/ready" || die "the gateway is not ready on $GATEWAY_URL ($SELF up; $SELF status)"
  local token
  token=$(token_for ada.exec ada)
  info "seeding through $GATEWAY_URL as ada.exec"

  local body name key status id location created=0 replayed=0 failed=0 headers response
  headers=$(mktemp)
  response=$(mktemp)
  # The seed file is a JSON array of flat objects (request bodies); each is sent as it is, with an
  # Idempotency-Key made from its name, so a second seed replays instead of creating twice.
  while IFS= read -r body; do
    [[ -n "$body" ]] || continue
    name=$(json_field name <<<"$body")
    if [[ -z "$name" ]]; then warn "seed entry without a name skipped: $body"; continue; fi
    key="seed-customer-$(slug "$name")"
    status=$(curl -sS --max-time 30 -o "$response" -D "$headers" -w '%{http_code}' \
      -X POST "$GATEWAY_URL/api/customers" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
      --data-binary "$body") || status=000
    id=$(json_field id <"$response" | head -n 1)
    location=$(sed -n 's/^[Ll]ocation:[[:space:]]*\([^[:space:]]*\).*/\1/p' "$headers" | head -n 1)
    if [[ "$status" == 2?? && -n "$id" ]]; then
      seed_account_team "$token" "$id" "$(slug "$name")"
    fi
    if [[ "$status" == 2?? ]] && grep -qi '^idempotent-replayed:[[:space:]]*true' "$headers"; then
      say "    exists   $name  (id ${id:-?})"
      replayed=$(( replayed + 1 ))
    elif [[ "$status" == 2?? ]]; then
      say "    created  $name  (id ${id:-?}) ${location}"
      created=$(( created + 1 ))
    else
      say "    FAILED   $name: HTTP $status $(head -c 400 "$response")" >&2
      failed=$(( failed + 1 ))
    fi
  done < <(tr -d '\n\r' <"$SEED_CUSTOMERS" | grep -o '{[^{}]*}' || true)
  rm -f "$headers" "$response"
  info "customers: $created created, $replayed already there, $failed failed"
  (( failed == 0 )) || return 1
  seed_extensions "$token"
}

# The demo users of the other roles join every demo customer's account team (ada.exec created it), so each of
# them sees the demo data: dan.delivery as delivery manager, fiona.finance for approvals, victor.viewer read-only.
seed_account_team() {
  local token=$1 customer=$2 slug=$3 member status
  for member in dan.delivery:delivery-manager fiona.finance:finance victor.viewer:viewer; do
    status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -X POST \
      "$GATEWAY_URL/api/customers/$customer/account-team" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: seed-team-$slug-${member%%:*}" \
      --data-binary "{\"username\": \"${member%%:*}\", \"role\": \"${member##*:}\"}") || status=000
    [[ "$status" == 2?? || "$status" == 409 ]] || warn "adding ${member%%:*} to $slug answered HTTP $status"
  done
}

# Each service's demo data: deploy/local/seed/<name>.sh, run in a subshell with GATEWAY_URL and TOKEN (ada.exec)
# exported and this script's helpers (json_field, token_for, …) defined. It must be safe to run again.
seed_extensions() {
  local token=$1 extension
  # relationship first: the others build on its customers; then alphabetical
  for extension in "$ROOT"/deploy/local/seed/relationship-service.sh "$ROOT"/deploy/local/seed/*.sh; do
    [[ "$extension" == */relationship-service.sh && -n "${seeded_relationship:-}" ]] && continue
    [[ "$extension" == */relationship-service.sh ]] && seeded_relationship=1
    [[ -f "$extension" ]] || continue
    info "seeding $(basename "$extension" .sh)"
    ( export GATEWAY_URL TOKEN="$token"; set -euo pipefail; source "$extension" ) \
      || die "seeding failed in ${extension#"$ROOT"/}"
  done
}

# -------------------------------------------------------------------------------------------------------- dlq

DLQ_DOMAINS=(relationship portfolio consumption escalation billing)

# dlq_domain TOPIC: the domain whose service owns a dead-letter topic <topic>.<application>.<purpose>.dlq
dlq_domain() {
  local domain
  for domain in "${DLQ_DOMAINS[@]}"; do
    if [[ "$1" == *".$domain-service."*".dlq" ]]; then printf '%s' "$domain"; return 0; fi
  done
  die "not a dead-letter topic of an ADE service: $1 (expected <topic>.<service>.<purpose>.dlq; $SELF dlq list)"
}

dlq_call() { # dlq_call METHOD PATH: calls the admin endpoint through the gateway, prints the JSON answer
  local status response
  response=$(mktemp)
  status=$(curl -sS --max-time 300 -o "$response" -w '%{http_code}' -X "$1" "$GATEWAY_URL$2" \
    -H "Authorization: Bearer $DLQ_TOKEN") || status=000
  cat "$response"; printf '\n'
  rm -f "$response"
  [[ "$status" == 2?? ]] || die "$1 $2 answered HTTP $status"
}

cmd_dlq() {
  local action=${1:-} topic=${2:-} domain
  http_ok "$GATEWAY_URL/q/health/ready" || die "the gateway is not ready on $GATEWAY_URL ($SELF up; $SELF status)"
  DLQ_TOKEN=$(token_for alice.admin alice)
  case "$action" in
    list)
      if [[ -n "$topic" ]]; then
        dlq_call GET "/api/admin/$(dlq_domain "$topic")/dead-letters/$topic"
      else
        for domain in "${DLQ_DOMAINS[@]}"; do
          info "$domain-service"
          dlq_call GET "/api/admin/$domain/dead-letters"
        done
      fi ;;
    replay)
      [[ -n "$topic" ]] || die "usage: $SELF dlq replay TOPIC"
      dlq_call POST "/api/admin/$(dlq_domain "$topic")/dead-letters/$topic/replay" ;;
    *) die "usage: $SELF dlq list [TOPIC] | dlq replay TOPIC" ;;
  esac
}

# ------------------------------------------------------------------------------------------------------- main

command=${1:-}
if [[ $# -gt 0 ]]; then shift; fi
case "$command" in
  up) cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  logs) cmd_logs "$@" ;;
  seed) cmd_seed ;;
  dlq) cmd_dlq "$@" ;;
  ""|-h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
