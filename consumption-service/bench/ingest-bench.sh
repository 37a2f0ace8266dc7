#!/usr/bin/env bash
# Benchmark (not a test): CSV ingestion through the API against raw PostgreSQL COPY of the same file into the same
# table, in the same run; then p95 latency of the summary endpoint.
#
#   ROWS=1000000 ./consumption-service/bench/ingest-bench.sh
#
# Needs a running consumption-service (CONSUMPTION_URL, default http://localhost:8083), its database reachable with
# psql (PGHOST/PGPORT/PGUSER/PGPASSWORD, database PGDATABASE=consumption) and a bearer token of an admin or of a
# member of the customer's account team (TOKEN, e.g. from ./platform.sh's token_for). CUSTOMER_ID must be a customer
# already in the service's projection (any demo customer). The script registers subscription "bench-<run>" for it.
#
# Method: one generated file whose columns are those of usage_record (the API ignores the extra customerId and
# uploadId columns and derives them itself). Raw COPY runs first inside a transaction that is rolled back (so the
# same keys are free for the API run); then the same file is POSTed to /api/consumption/usage. Both are timed
# end to end on this machine; rows/s and the ratio API / raw are printed.
set -euo pipefail

ROWS=${ROWS:-1000000}
URL=${CONSUMPTION_URL:-http://localhost:8083}
: "${TOKEN:?TOKEN (bearer token) required}"
: "${CUSTOMER_ID:?CUSTOMER_ID required}"
export PGDATABASE=${PGDATABASE:-consumption}
RUN=$(date +%s)
SUB="bench-$RUN"
UPLOAD_ID=$(cat /proc/sys/kernel/random/uuid)
FILE=$(mktemp --suffix=.csv)
trap 'rm -f "$FILE"' EXIT

echo "generating $ROWS rows into $FILE"
# distinct natural keys: days x meters, from 2023-01-01, at least 500 meters a day
awk -v rows="$ROWS" -v subs="$SUB" -v customer="$CUSTOMER_ID" -v upload="$UPLOAD_ID" 'BEGIN {
  print "date,subscriptionId,meter,resourceGroup,customerId,serviceName,quantity,unit,cost,currency,uploadId";
  srand(42); split("Virtual Machines,Storage,SQL Database,Networking,App Service", services, ",");
  perday = rows / 1500 > 500 ? int(rows / 1500) + 1 : 500; epoch = 1672531200;  # from 2023-01-01, at most ~4 years
  for (i = 0; i < rows; i++) {
    day = strftime("%Y-%m-%d", epoch + int(i / perday) * 86400, 1);
    m = i % perday;
    printf "%s,%s,meter-%03d,rg-%02d,%s,%s,%.3f,Hours,%.4f,USD,%s\n", day, subs, m, m % 20, customer, services[m % 5 + 1], rand() * 100, rand() * 50, upload;
  }
}' >"$FILE"
ls -lh "$FILE"

curl -fsS -o /dev/null -X POST "$URL/api/consumption/subscriptions" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' --data-binary "{\"id\":\"$SUB\",\"name\":\"benchmark\",\"customerId\":\"$CUSTOMER_ID\"}"

echo "raw COPY (rolled back afterwards)"
raw_start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy usage_record (usage_date, subscription_id, meter, resource_group, customer_id, service, quantity, unit, cost, currency, upload_id) FROM '$FILE' WITH (FORMAT csv, HEADER true)
ROLLBACK;
SQL
raw_end=$(date +%s.%N)

echo "API upload"
api_start=$(date +%s.%N)
curl -fsS -X POST "$URL/api/consumption/usage" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary "@$FILE" | head -c 300; echo
api_end=$(date +%s.%N)

awk -v rows="$ROWS" -v r0="$raw_start" -v r1="$raw_end" -v a0="$api_start" -v a1="$api_end" 'BEGIN {
  raw = rows / (r1 - r0); api = rows / (a1 - a0);
  printf "raw COPY: %.1f s, %.0f rows/s\nAPI:      %.1f s, %.0f rows/s\nratio API/raw: %.0f %%\n", r1 - r0, raw, a1 - a0, api, 100 * api / raw;
}'

echo "summary latency (200 requests)"
for i in $(seq 1 200); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL/api/consumption/customers/$CUSTOMER_ID/summary"
done | sort -n | awk '{ t[NR] = $1 } END { printf "summary p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", t[int(NR*0.5)]*1000, t[int(NR*0.95)]*1000, t[NR]*1000 }'
psql -qtA -c "SELECT 'usage_record rows stored: ' || count(*) FROM usage_record"
