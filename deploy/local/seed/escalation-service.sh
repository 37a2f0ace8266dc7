# Demo escalations for the demo customers (sourced by ./platform.sh seed with GATEWAY_URL and TOKEN of ada.exec).
# Safe to run again: every create carries an Idempotency-Key, and follow-up steps (status, level and SLA transitions,
# updates) only run for an escalation this run created.

esc_auth=(-H "Authorization: Bearer $TOKEN")
esc_json=(-H 'Content-Type: application/json')

esc_customer_id() { # esc_customer_id NAME -> the customer's id, once escalation-service's projection knows it
  local name=$1 id attempt
  id=$(curl -sS --max-time 10 -G "${esc_auth[@]}" "$GATEWAY_URL/api/customers" --data-urlencode "q=$name" | json_field id)
  [[ -n "$id" ]] || { echo "    customer not found: $name" >&2; return 1; }
  for attempt in $(seq 1 30); do
    if [[ $(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "${esc_auth[@]}" \
        "$GATEWAY_URL/api/escalations/customer-projections/$id") == 200 ]]; then
      printf '%s' "$id"
      return 0
    fi
    sleep 1
  done
  echo "    escalation-service does not know $name ($id) yet" >&2
  return 1
}

esc_create() { # esc_create KEY BODY -> prints "<id> created" or "<id> exists" (id may be "-" when unknown)
  local key=$1 body=$2 headers response status id created=exists
  headers=$(mktemp); response=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$response" -D "$headers" -w '%{http_code}' -X POST "$GATEWAY_URL/api/escalations" \
    "${esc_auth[@]}" "${esc_json[@]}" -H "Idempotency-Key: seed-escalation-$key" --data-binary "$body") || status=000
  id=$(json_field id <"$response")
  if [[ "$status" == 201 ]] && ! grep -qi '^idempotent-replayed:[[:space:]]*true' "$headers"; then
    created=created
    echo "    created  escalation $key ($id)" >&2
  elif [[ "$status" == 201 ]]; then
    echo "    exists   escalation $key ($id)" >&2
  elif [[ "$status" == 422 ]] && grep -q 'idempotency-key-reused' "$response"; then
    # the body holds a time relative to the first run, so a later run differs: it was created before
    echo "    exists   escalation $key" >&2
  else
    echo "    FAILED   escalation $key: HTTP $status $(head -c 400 "$response")" >&2
    rm -f "$headers" "$response"
    return 1
  fi
  rm -f "$headers" "$response"
  printf '%s %s' "${id:--}" "$created"
}

esc_etag() { # esc_etag ID -> the escalation's current ETag, the If-Match every change of it needs
  curl -sS --max-time 10 -o /dev/null -D - "${esc_auth[@]}" "$GATEWAY_URL/api/escalations/$1" \
    | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]:[[:space:]]*//p'
}

esc_post() { # esc_post ID SUBPATH BODY (with the current If-Match; a timeline entry, a create, ignores it)
  local status response
  response=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$response" -w '%{http_code}' -X POST "$GATEWAY_URL/api/escalations/$1/$2" \
    "${esc_auth[@]}" "${esc_json[@]}" -H "If-Match: $(esc_etag "$1")" --data-binary "$3") || status=000
  if [[ "$status" != 2?? ]]; then
    echo "    FAILED   POST $2 on $1: HTTP $status $(head -c 400 "$response")" >&2
    rm -f "$response"
    return 1
  fi
  rm -f "$response"
}

esc_move() { esc_post "$1" transitions "{\"to\": \"$2\", \"note\": \"$3\"}"; }

esc_ago() { date -u -d "-$1" +%Y-%m-%dT%H:%M:%SZ; }

cascadia=$(esc_customer_id "Cascadia State Department of Health Services")
northbridge=$(esc_customer_id "Northbridge State University")
riverton=$(esc_customer_id "City of Riverton")
lakeshore=$(esc_customer_id "Lakeshore County Public Schools")

# 1. Cascadia: a critical customer escalation raised 48 minutes ago, not yet acknowledged: 80 % of its 1 h target
#    used, so it shows as an SLA warning and breaches (with an automatic raise to L2) 12 minutes after seeding.
result=$(esc_create cascadia-portal-outage "{\"customerId\": \"$cascadia\", \"title\": \"Medicaid enrollment portal outage\",
  \"description\": \"The enrollment portal returns errors for about 30 % of applicants since the weekend release; the CIO called the ADE.\",
  \"severity\": \"critical\", \"category\": \"technical\", \"source\": \"customer\", \"owner\": \"ada.exec\",
  \"watchers\": [\"dan.delivery\"], \"raisedAt\": \"$(esc_ago '48 minutes')\"}")
id=${result%% *}
if [[ "${result##* }" == created ]]; then
  esc_post "$id" timeline '{"text": "We are aware of the enrollment errors and have engaged the release team. Next update within the hour.", "visibility": "customer", "trend": "same"}'
fi

# 2. Cascadia: an internal escalation being investigated at L2, trend declining.
result=$(esc_create cascadia-cutover-slip "{\"customerId\": \"$cascadia\", \"title\": \"Data migration cut-over slipped twice\",
  \"description\": \"The claims data migration missed two cut-over windows; the go-live date is at risk.\",
  \"severity\": \"high\", \"category\": \"delivery\", \"source\": \"internal\", \"owner\": \"dan.delivery\",
  \"raisedAt\": \"$(esc_ago '3 hours')\"}")
id=${result%% *}
if [[ "${result##* }" == created ]]; then
  esc_move "$id" acknowledged "Owned by the delivery manager"
  esc_move "$id" investigating "Reviewing the migration runbook and staffing"
  esc_post "$id" level/transitions '{"to": "L2", "reason": "Go-live at risk: the ADE takes over the customer communication"}'
  esc_post "$id" timeline '{"text": "Two migration engineers were reassigned last month; requesting replacements.", "visibility": "internal", "trend": "declining"}'
fi

# 3. Northbridge: a resolved escalation with its root-cause analysis.
result=$(esc_create northbridge-api-latency "{\"customerId\": \"$northbridge\", \"title\": \"Student records API latency during registration\",
  \"description\": \"Registration week saw response times above 8 s on the student records API.\",
  \"severity\": \"medium\", \"category\": \"quality\", \"source\": \"customer\", \"owner\": \"ada.exec\",
  \"raisedAt\": \"$(esc_ago '2 days')\"}")
id=${result%% *}
if [[ "${result##* }" == created ]]; then
  esc_move "$id" acknowledged "Acknowledged with the registrar's office"
  esc_move "$id" investigating "Load test reproduces the latency"
  esc_move "$id" mitigated "Read replicas added; latency back under 1 s"
  esc_post "$id" transitions '{"to": "resolved", "note": "Stable through the end of registration week",
    "rootCause": {"category": "capacity", "description": "The database tier was sized for average load, not registration peaks",
    "correctiveActions": "Added two read replicas and connection pooling", "preventiveActions": "Peak-load test before every registration period"}}'
  esc_post "$id" timeline '{"text": "Registration latency is resolved; a peak-load test is now part of every registration period.", "visibility": "customer", "trend": "improving"}'
fi

# 4. Riverton: a commercial escalation resolved and closed.
result=$(esc_create riverton-invoice-format "{\"customerId\": \"$riverton\", \"title\": \"Invoices rejected by the city's finance system\",
  \"description\": \"City finance rejected three invoices because the PO reference was missing from the header.\",
  \"severity\": \"low\", \"category\": \"commercial\", \"source\": \"customer\", \"owner\": \"ada.exec\",
  \"raisedAt\": \"$(esc_ago '6 days')\"}")
id=${result%% *}
if [[ "${result##* }" == created ]]; then
  esc_move "$id" acknowledged "Billing team informed"
  esc_move "$id" investigating "Comparing the invoice template with the city's requirements"
  esc_post "$id" transitions '{"to": "resolved", "note": "Invoices reissued with PO references",
    "rootCause": {"category": "process", "description": "The invoice template did not carry the customer PO reference",
    "correctiveActions": "Reissued the three invoices", "preventiveActions": "PO reference made mandatory in the invoice template"}}'
  esc_move "$id" closed "City finance confirmed payment"
fi

# 5. Lakeshore: a high escalation whose SLA timers are paused while waiting for the customer.
result=$(esc_create lakeshore-network-window "{\"customerId\": \"$lakeshore\", \"title\": \"Network cut-over window not confirmed\",
  \"description\": \"The district has not confirmed the weekend window for the core network cut-over.\",
  \"severity\": \"high\", \"category\": \"delivery\", \"source\": \"internal\", \"owner\": \"dan.delivery\",
  \"raisedAt\": \"$(esc_ago '1 hour')\"}")
id=${result%% *}
if [[ "${result##* }" == created ]]; then
  esc_move "$id" acknowledged "Asked the district IT director for a window"
  esc_post "$id" sla/transitions '{"to": "paused", "reason": "waiting for customer: cut-over window confirmation"}'
fi
