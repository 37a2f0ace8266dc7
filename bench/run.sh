#!/usr/bin/env bash
# The ADE Platform's benchmark suite (not a test): bench/README.md. Sections a b c d (default: all):
#   a  gateway vs direct: GET /api/customers/{id} and POST /api/customers, 8 and 32 connections
#   b  relationship-service's single-row read vs a minimal Quarkus REST + Hibernate ORM Panache app (bench/apps)
#   c  start time and RSS of every service vs a hello-world Quarkus app and the stack floor (the services' extensions
#      around one entity and one channel each way, no business code), alone and all together (./platform.sh up)
#   d  consumption-service's ingest and summary benchmark (consumption-service/bench/ingest-bench.sh)
#
#   bench/run.sh [a] [b] [c] [d]        e.g. ROUNDS=2 DURATION=10s bench/run.sh a b
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
cd "$ROOT"

ROUNDS=${ROUNDS:-3}                     # A/B pairs per comparison
DURATION=${DURATION:-15s}               # one wrk run
POST_DURATION=${POST_DURATION:-10s}     # one wrk run of the creating POST (each request registers a customer)
WARMUP=${WARMUP:-10s}                   # unmeasured runs of each side before the rounds, until steady (lib/common.sh)
WARMUP_RUNS=${WARMUP_RUNS:-8}           # at most this many warm-up runs per side
NGINX_REFERENCE=${NGINX_REFERENCE:-1}   # (a): also NGINX vs direct, the cost of a native reverse proxy here
CONNECTIONS=${CONNECTIONS:-8 32}
THREADS=${THREADS:-2}
START_ROUNDS=${START_ROUNDS:-2}         # starts of each application alone
UP_ROUNDS=${UP_ROUNDS:-2}               # (c): pairs of timed warm ./platform.sh up (quick JIT, full JIT); medians
BENCH_CDS=${BENCH_CDS:-true}            # (c): start every application with its class-data sharing archive
INGEST_ROWS=${INGEST_ROWS:-1000000}     # (d): rows of the ingest file, then usage_record topped up to INGEST_FILL_TO
INGEST_FILL_TO=${INGEST_FILL_TO:-10000000} # (consumption-service README: the targets are set at these sizes; a later run reuses the rows)
BENCH_RATE_LIMIT=${BENCH_RATE_LIMIT:-1000000}
MINIMAL_PORT=8091
HELLO_PORT=8092
FLOOR_PORT=8093
SERVICE_JAVA_OPTS="-Xms32m -Xmx256m"   # what ./platform.sh gives every service
OUT_DIR="$ROOT/.local/bench"
# the services run with the full JIT, as in production; ./platform.sh's quick default is for starting, not load
export ADE_SERVICE_JIT=full
mkdir -p "$OUT_DIR"
SUMMARY_FILE="$OUT_DIR/summary-$(date +%Y%m%d-%H%M%S)"
: >"$SUMMARY_FILE.ab"; : >"$SUMMARY_FILE.start"

# shellcheck source=lib/common.sh
source "$BENCH_DIR/lib/common.sh"
# shellcheck source=lib/apps.sh
source "$BENCH_DIR/lib/apps.sh"

sections=("$@")
(( ${#sections[@]} )) || sections=(a b c d)
wants() { [[ " ${sections[*]} " == *" $1 "* ]]; }

ensure_wrk
ensure_platform
say "ADE Platform benchmark $(date '+%F %T'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

ADA=$(token ada.exec ada)
[[ -n "$ADA" ]] || die "no token from Keycloak for ada.exec"
# the customer every read reads: ada.exec registers it once (the Idempotency-Key replays it on later runs)
CUSTOMER_ID=$(curl -fsS -X POST "$GATEWAY/api/customers" -H "Authorization: Bearer $ADA" \
  -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-read-customer' \
  -d '{"name": "Benchmark Read Customer", "segment": "state-government", "tier": "tier-1"}' \
  | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
[[ -n "$CUSTOMER_ID" ]] || die "could not register the benchmark customer"
say "benchmark customer $CUSTOMER_ID (ada.exec on its account team)"

# ------------------------------------------------------------------------------------------------------------ (a)
get_gateway() { wrk_run "$GATEWAY/api/customers/$CUSTOMER_ID" "$1" "$2" GET "" "$(token ada.exec ada)"; }
get_direct()  { wrk_run "$RELATIONSHIP/api/customers/$CUSTOMER_ID" "$1" "$2" GET "" "$(token ada.exec ada)"; }
get_nginx()   { wrk_run "http://127.0.0.1:$NGINX_PORT/api/customers/$CUSTOMER_ID" "$1" "$2" GET "" "$(token ada.exec ada)"; }
# alice.admin registers the customers, so no demo user's own list fills up with them
CREATE='{"name": "Benchmark Customer", "segment": "state-government", "region": "us-west"}'
post_gateway() { wrk_run "$GATEWAY/api/customers" "$1" "$2" POST "$CREATE" "$(token alice.admin alice)"; }
post_direct()  { wrk_run "$RELATIONSHIP/api/customers" "$1" "$2" POST "$CREATE" "$(token alice.admin alice)"; }

if wants a; then
  lift_rate_limit
  say ""
  say "(a) gateway (A) vs relationship-service directly (B), the same token and request"
  for conns in $CONNECTIONS; do
    ab "GET /api/customers/{id}" "gateway :8080" "direct :8081" "$conns" "$DURATION" get_gateway get_direct
  done
  for conns in $CONNECTIONS; do
    ab "POST /api/customers" "gateway :8080" "direct :8081" "$conns" "$POST_DURATION" post_gateway post_direct
  done
  if (( NGINX_REFERENCE )); then
    start_nginx
    say ""
    say "(a, reference) NGINX as a reverse proxy (A) vs relationship-service directly (B): what a native proxy costs here"
    for conns in $CONNECTIONS; do
      ab "GET /api/customers/{id} via NGINX" "nginx :$NGINX_PORT" "direct :8081" "$conns" "$DURATION" get_nginx get_direct
    done
    stop_nginx
  fi
fi

# ------------------------------------------------------------------------------------------------------------ (b)
get_minimal() { wrk_run "http://localhost:$MINIMAL_PORT/customers/$CUSTOMER_ID" "$1" "$2"; }

if wants b; then
  build_app minimal-read
  start_app minimal-read "$MINIMAL_PORT" "http://localhost:$MINIMAL_PORT/customers/$CUSTOMER_ID" >/dev/null
  say ""
  say "(b) relationship-service's GET /api/customers/{id} (A: token, account-team check, team, ETag) vs a minimal"
  say "    Quarkus REST + Hibernate ORM Panache app reading the same row of the same database (B: no token)"
  for conns in $CONNECTIONS; do
    ab "single-row read" "relationship-service" "minimal app :$MINIMAL_PORT" "$conns" "$DURATION" get_direct get_minimal
  done
  stop_app minimal-read
fi

# ------------------------------------------------------------------------------------------------------------ (c)
if wants c; then
  build_app hello
  build_app stack-floor
  starts_alone
  starts_together
fi

# ------------------------------------------------------------------------------------------------------------ (d)
if wants d; then
  say ""
  say "(d) consumption-service: ingest (API vs raw COPY) and summary, ROWS=$INGEST_ROWS FILL_TO=$INGEST_FILL_TO"
  for _ in $(seq 1 60); do # the customer reaches consumption-service's projection through Kafka
    curl -fsS -o /dev/null -H "Authorization: Bearer $(token ada.exec ada)" \
      "http://localhost:8083/api/consumption/customers/$CUSTOMER_ID/summary" && break
    sleep 1
  done
  # shellcheck disable=SC2016 # evaluated by ingest-bench.sh
  TOKEN_COMMAND='curl -s -d grant_type=password -d client_id=ade-frontend -d username=ada.exec -d password=ada '"$KEYCLOAK_TOKEN_URL"' | sed -n "s/.*\"access_token\":\"\([^\"]*\)\".*/\1/p"' \
    CUSTOMER_ID=$CUSTOMER_ID PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=postgres \
    ROWS=$INGEST_ROWS FILL_TO=$INGEST_FILL_TO GATEWAY_URL=$GATEWAY \
    "$ROOT/consumption-service/bench/ingest-bench.sh" 2>&1 | tee "$SUMMARY_FILE.ingest" | grep --line-buffered -v '^generating\|^-rw'
fi

# -------------------------------------------------------------------------------------------------------- summary
restore_rate_limit
say ""
say "Summary (markdown, for README.md › Measured; all of it in $SUMMARY_FILE.md)"
{
  if [[ -s "$SUMMARY_FILE.ab" ]]; then
    say "| comparison | A | B | A/B req/s | added p50 |"
    say "|---|---|---|---|---|"
    cat "$SUMMARY_FILE.ab"
  fi
  if [[ -s "$SUMMARY_FILE.start" ]]; then
    say ""
    say "| application | started alone (s, median) | × hello world | × stack floor | RSS alone (MB) | started together (s, full JIT) | RSS together (MB) |"
    say "|---|---|---|---|---|---|---|"
    cat "$SUMMARY_FILE.start"
  fi
  if [[ -s "$SUMMARY_FILE.ingest" ]]; then
    say ""
    grep -E '^(raw COPY|API|ratio|gateway|summary p50)' "$SUMMARY_FILE.ingest" | sed 's/^/    /'
  fi
} | tee "$SUMMARY_FILE.md"
