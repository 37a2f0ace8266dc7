# Demo data of consumption-service, sourced by `./platform.sh seed` with GATEWAY_URL and TOKEN (ada.exec) exported.
# For each demo customer: one subscription, twelve months of daily usage (three services, weekly pattern, growth),
# a commitment over two years and this month's goal. Northbridge State University trends below its commitment;
# Cascadia has one planted spike (Virtual Machines, 20 days ago) that the anomaly detector reports.
# Safe to run again: subscriptions and goals answer 409 when they exist, usage rows are idempotent by natural key,
# and a commitment is only created when the customer has none.

consumption_api() { # consumption_api METHOD PATH [curl args...] -> prints "HTTP_STATUS BODY"
  local method=$1 path=$2; shift 2
  local out status
  out=$(mktemp)
  status=$(curl -sS --max-time 120 -o "$out" -w '%{http_code}' -X "$method" "$GATEWAY_URL$path" \
    -H "Authorization: Bearer $TOKEN" "$@") || status=000
  printf '%s %s' "$status" "$(cat "$out")"
  rm -f "$out"
}

consumption_customer_id() { # the id of a demo customer, from relationship-service's list
  local q
  q=$(printf '%s' "$1" | sed 's/ /%20/g')
  curl -sS --max-time 30 -H "Authorization: Bearer $TOKEN" "$GATEWAY_URL/api/customers?q=$q" \
    | grep -o '"id"[[:space:]]*:[[:space:]]*"[0-9a-f-]\{36\}"' | head -n 1 | grep -o '[0-9a-f-]\{36\}'
}

consumption_seed_customer() { # NAME BASE_DAILY GROWTH COMMITMENT SPIKE(yes|no)
  local name=$1 base=$2 growth=$3 commitment=$4 spike=$5
  local id slug sub csv start end today reply
  id=$(consumption_customer_id "$name")
  if [[ -z "$id" ]]; then echo "    consumption: customer '$name' not found, skipped" >&2; return 1; fi
  # wait until the customer reached consumption-service's projection
  for _ in $(seq 1 60); do
    reply=$(consumption_api GET "/api/consumption/customer-projections/$id")
    [[ "$reply" == 200* ]] && break
    sleep 1
  done
  [[ "$reply" == 200* ]] || { echo "    consumption: '$name' never reached the projection" >&2; return 1; }

  slug=$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]' | sed 's/[^a-z0-9]\{1,\}/-/g; s/^-//; s/-$//')
  sub="demo-$slug-prod"
  reply=$(consumption_api POST /api/consumption/subscriptions -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-consumption-sub-$slug" \
    --data-binary "{\"id\":\"$sub\",\"name\":\"$name production\",\"customerId\":\"$id\"}")
  case "$reply" in 201*|409*|422*) ;; *) echo "    consumption: subscription for '$name' failed: $reply" >&2; return 1 ;; esac

  # twelve months of daily usage up to yesterday, three services, weekends at 70 %
  today=$(date -u +%F)
  start=$(date -u -d "$today - 365 days" +%F)
  csv=$(mktemp)
  printf 'date,subscriptionId,serviceName,meter,resourceGroup,quantity,unit,cost,currency\n' >"$csv"
  for i in $(seq 0 364); do
    local day dow
    day=$(date -u -d "$start + $i days" +%F)
    dow=$(date -u -d "$day" +%u)
    awk -v d="$day" -v s="$sub" -v i="$i" -v dow="$dow" -v base="$base" -v g="$growth" -v spike="$spike" 'BEGIN {
      f = (1 + g * i / 365) * (dow >= 6 ? 0.7 : 1.0) * (1 + 0.03 * sin(i));
      vm = base * 0.55 * f; if (spike == "yes" && i == 345) vm = vm * 6;
      printf "%s,%s,Virtual Machines,\"D4s v5, Linux\",rg-app,%.2f,Hours,%.2f,USD\n", d, s, vm / 0.19, vm;
      printf "%s,%s,Storage,LRS Data Stored,rg-data,%.2f,GB/Month,%.2f,USD\n", d, s, base * 0.15 * f / 0.02, base * 0.15 * f;
      printf "%s,%s,SQL Database,vCore,rg-data,%.2f,vCore Hours,%.2f,USD\n", d, s, base * 0.30 * f / 0.5, base * 0.30 * f;
    }' >>"$csv"
  done
  reply=$(consumption_api POST /api/consumption/usage -H 'Content-Type: text/csv' --data-binary "@$csv")
  rm -f "$csv"
  [[ "$reply" == 200* ]] || { echo "    consumption: usage upload for '$name' failed: $reply" >&2; return 1; }
  echo "    consumption: $name usage ${reply#200 }"

  # a commitment from a year ago to a year ahead, unless one exists
  reply=$(consumption_api GET "/api/consumption/customers/$id/commitments?limit=1")
  if [[ "$reply" == '200 {"items":[],'* ]]; then
    end=$(date -u -d "$today + 365 days" +%F)
    reply=$(consumption_api POST "/api/consumption/customers/$id/commitments" -H 'Content-Type: application/json' \
      --data-binary "{\"amount\":{\"amount\":\"$commitment\",\"currency\":\"USD\"},\"startDate\":\"$start\",\"endDate\":\"$end\"}")
    [[ "$reply" == 201* ]] || { echo "    consumption: commitment for '$name' failed: $reply" >&2; return 1; }
  fi
  # this month's goal: 10 % above the current daily level
  local month goal
  month=$(date -u +%Y-%m)
  goal=$(awk -v b="$base" -v g="$growth" 'BEGIN { printf "%.2f", b * (1 + g) * 30 * 1.1 }')
  reply=$(consumption_api POST "/api/consumption/customers/$id/goals" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: seed-consumption-goal-$slug-$month" \
    --data-binary "{\"month\":\"$month\",\"target\":{\"amount\":\"$goal\",\"currency\":\"USD\"}}")
  case "$reply" in 201*|409*) ;; *) echo "    consumption: goal for '$name' failed: $reply" >&2; return 1 ;; esac
  # a blocker on the customer that falls short (created once: same Idempotency-Key and body)
  if [[ "$name" == "Northbridge State University" ]]; then
    reply=$(consumption_api POST "/api/consumption/customers/$id/blockers" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: seed-consumption-blocker-$slug" \
      --data-binary '{"description":"Research data platform migration waits for the landing-zone security review","category":"organisational","owner":"ada.exec"}')
    case "$reply" in 201*) ;; *) echo "    consumption: blocker for '$name' failed: $reply" >&2; return 1 ;; esac
  fi
}

# name                                          base/day growth commitment  spike
consumption_seed_customer "Cascadia State Department of Health Services" 1800 0.25 1100000 yes
consumption_seed_customer "Northbridge State University"                  600 -0.10  900000 no
consumption_seed_customer "City of Riverton"                              450 0.15   300000 no
consumption_seed_customer "Lakeshore County Public Schools"               300 0.20   220000 no
