#!/usr/bin/env bash
# Benchmark (not a test): CSV ingestion through the API against raw PostgreSQL COPY of the same file into the same
# table, in the same run; then p95 latency of the summary endpoint once the table holds FILL_TO rows.
#
#   ROWS=1000000 FILL_TO=10000000 [GATEWAY_URL=http://localhost:8080] ./consumption-service/bench/ingest-bench.sh
#
# Needs a running consumption-service (CONSUMPTION_URL, default http://localhost:8083), its database reachable with
# psql (PGHOST/PGPORT/PGUSER/PGPASSWORD, database PGDATABASE=consumption) and a bearer token of an admin or of a
# member of the customer's account team (TOKEN, e.g. from ./platform.sh's token_for). CUSTOMER_ID must be a customer
# already in the service's projection (any demo customer). The script registers subscriptions "bench-<run>-*" for it.
#
# Method: one generated file whose columns are those of usage_record (the API ignores the extra customerId and
# uploadId columns and derives them itself), with a resource id per row (part of the natural key since issue 16; the
# database computes the key digest row_key on both paths). Raw COPY runs first inside a transaction that is rolled back (so the
# same keys are free for the API run); then the same file is POSTed to /api/consumption/usage. Both are timed
# end to end on this machine; rows/s and the ratio API / raw are printed. Then more files of ROWS rows (each on a
# new subscription of the same customer) are uploaded through the API until usage_record holds FILL_TO rows, and the
# summary of that customer, which then owns all of them, is requested 200 times.
set -euo pipefail

ROWS=${ROWS:-1000000}
FILL_TO=${FILL_TO:-10000000}
URL=${CONSUMPTION_URL:-http://localhost:8083}
# TOKEN, or TOKEN_COMMAND printing a fresh one (the run outlasts a Keycloak access token's 15 minutes)
[[ -n "${TOKEN:-}" || -n "${TOKEN_COMMAND:-}" ]] || { echo "TOKEN or TOKEN_COMMAND required" >&2; exit 2; }
fresh_token() { if [[ -n "${TOKEN_COMMAND:-}" ]]; then TOKEN=$(eval "$TOKEN_COMMAND"); fi; }
: "${CUSTOMER_ID:?CUSTOMER_ID required}"
export PGDATABASE=${PGDATABASE:-consumption}
RUN=$(date +%s)
SUB="bench-$RUN"
UPLOAD_ID=$(cat /proc/sys/kernel/random/uuid)
FILE=$(mktemp --suffix=.csv)
trap 'rm -f "$FILE" "${WARM:-}"' EXIT

# generate SUBSCRIPTION FILE: ROWS rows with distinct natural keys (days x meters), ending yesterday, at least 500
# meters a day, at most ~4 years of days
generate() {
  awk -v rows="$ROWS" -v subs="$1" -v customer="$CUSTOMER_ID" -v upload="$UPLOAD_ID" 'BEGIN {
    print "date,subscriptionId,meter,resourceGroup,customerId,serviceName,quantity,unit,cost,currency,uploadId,resourceId";
    srand(42); split("Virtual Machines,Storage,SQL Database,Networking,App Service", services, ",");
    perday = rows / 1500 > 500 ? int(rows / 1500) + 1 : 500;
    days = int((rows + perday - 1) / perday); epoch = (int(systime() / 86400) - days) * 86400;
    for (i = 0; i < rows; i++) {
      day = strftime("%Y-%m-%d", epoch + int(i / perday) * 86400, 1);
      m = i % perday;
      printf "%s,%s,meter-%03d,rg-%02d,%s,%s,%.3f,Hours,%.4f,USD,%s,/subscriptions/%s/resourceGroups/rg-%02d/providers/Microsoft.Compute/virtualMachines/vm-%03d\n", day, subs, m, m % 20, customer, services[m % 5 + 1], rand() * 100, rand() * 50, upload, subs, m % 20, m;
    }
  }' >"$2"
}

subscription() { # subscription ID: registers it for the customer
  fresh_token
  curl -fsS -o /dev/null -X POST "$URL/api/consumption/subscriptions" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "{\"id\":\"$1\",\"name\":\"benchmark\",\"customerId\":\"$CUSTOMER_ID\"}"
}

upload() { # upload FILE: POST through the API, prints the start of the answer
  curl -fsS -X POST "$URL/api/consumption/usage" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary "@$1" | head -c 300; echo
}

stored() { psql -qtA -c "SELECT count(*) FROM usage_record"; }

echo "generating $ROWS rows into $FILE"
generate "$SUB" "$FILE"
ls -lh "$FILE"
subscription "$SUB"

# warm the service's JIT first, as a running service is: 200,000 rows on a subscription of their own
WARM=$(mktemp --suffix=.csv)
ROWS=200000 generate "$SUB-warm" "$WARM"
subscription "$SUB-warm"
echo "warm-up upload: $(upload "$WARM" | head -c 80)"
rm -f "$WARM"

echo "raw COPY (rolled back afterwards)"
raw_start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy usage_record (usage_date, subscription_id, meter, resource_group, customer_id, service, quantity, unit, cost, currency, upload_id, resource_id) FROM '$FILE' WITH (FORMAT csv, HEADER true)
ROLLBACK;
SQL
raw_end=$(date +%s.%N)

echo "API upload"
api_start=$(date +%s.%N)
upload "$FILE"
api_end=$(date +%s.%N)

awk -v rows="$ROWS" -v r0="$raw_start" -v r1="$raw_end" -v a0="$api_start" -v a1="$api_end" 'BEGIN {
  raw = rows / (r1 - r0); api = rows / (a1 - a0);
  printf "raw COPY: %.1f s, %.0f rows/s\nAPI:      %.1f s, %.0f rows/s\nratio API/raw: %.0f %%\n", r1 - r0, raw, a1 - a0, api, 100 * api / raw;
}'

if [[ -n "${GATEWAY_URL:-}" ]]; then
  # the same upload once more through the gateway (its large-body limit and proxy), on a new subscription
  generate "$SUB-gw" "$FILE"
  subscription "$SUB-gw"
  echo "API upload through the gateway ($GATEWAY_URL)"
  gw_start=$(date +%s.%N)
  URL="$GATEWAY_URL" upload "$FILE"
  gw_end=$(date +%s.%N)
  awk -v rows="$ROWS" -v r0="$raw_start" -v r1="$raw_end" -v g0="$gw_start" -v g1="$gw_end" 'BEGIN {
    printf "gateway:  %.1f s, %.0f rows/s, ratio gateway/raw: %.0f %%\n", g1 - g0, rows / (g1 - g0), 100 * (r1 - r0) / (g1 - g0);
  }'
fi

chunk=0
while (( FILL_TO > 0 && $(stored) < FILL_TO )); do
  chunk=$(( chunk + 1 ))
  generate "$SUB-f$chunk" "$FILE"
  subscription "$SUB-f$chunk"
  echo "fill $chunk: $(upload "$FILE" | head -c 120)"
done
echo "usage_record rows stored: $(stored); usage_daily rows: $(psql -qtA -c 'SELECT count(*) FROM usage_daily')"

echo "summary latency (200 requests, after 20 warm-up requests)"
fresh_token
summary() {
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL/api/consumption/customers/$CUSTOMER_ID/summary"
}
for i in $(seq 1 20); do summary >/dev/null; done
for i in $(seq 1 200); do summary; done | sort -n \
  | awk '{ t[NR] = $1 } END { printf "summary p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", t[int(NR*0.5)]*1000, t[int(NR*0.95)]*1000, t[NR]*1000 }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
