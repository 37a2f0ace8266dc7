# Demo data of billing-service, sourced by ./platform.sh seed with GATEWAY_URL and TOKEN (ada.exec) exported.
# Safe to run again: creating POSTs carry Idempotency-Keys (a rerun replays them) and a move that was already made
# answers 409, which is accepted here. Moves are POST <item>/transitions {"to": ...} with the item's ETag in If-Match.
#
# Contracts in every state on the first demo customer (state government: public-procurement in the checklist) and
# on the second; invoices paid, overdue (the first customer) and open (the second). Approval needs a finance user who is not the submitter (ada.exec), so
# contracts go beyond "pending-approval" only when fiona.finance is on the customer's account team. alice.admin
# submits, so ada.exec can give the executive approval of deals above the threshold.

BILLING_BODY=$(mktemp)
trap 'rm -f "$BILLING_BODY"' EXIT

# billing_call TOKEN METHOD PATH [BODY] [IDEMPOTENCY-KEY] [IF-MATCH] -> prints the HTTP status, body in $BILLING_BODY
billing_call() {
  local token=$1 method=$2 path=$3 body=${4:-} key=${5:-} if_match=${6:-}
  local args=(-sS --max-time 30 -o "$BILLING_BODY" -w '%{http_code}' -X "$method" "$GATEWAY_URL$path"
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  [[ -n "$key" ]] && args+=(-H "Idempotency-Key: $key")
  [[ -n "$if_match" ]] && args+=(-H "If-Match: $if_match")
  [[ -n "$body" ]] && args+=(--data-binary "$body")
  curl "${args[@]}" || echo 000
}

# billing_etag TOKEN PATH -> the item's current ETag (the If-Match of its next change)
billing_etag() {
  curl -sS --max-time 30 -o /dev/null -D - -H "Authorization: Bearer $1" "$GATEWAY_URL$2" | tr -d '\r' \
    | sed -n 's/^[Ee][Tt][Aa][Gg]:[[:space:]]*//p'
}

# billing_move TOKEN ITEM BODY: POST ITEM/transitions with the item's current ETag; 200 and 409 (already done) are fine
billing_move() {
  local status
  status=$(billing_call "$1" POST "$2/transitions" "$3" "" "$(billing_etag "$1" "$2")")
  if [[ "$status" != 200 && "$status" != 409 ]]; then
    echo "    FAILED POST $2/transitions $3: HTTP $status $(head -c 300 "$BILLING_BODY")" >&2
    return 1
  fi
}

billing_customer_id() { # billing_customer_id NAME -> id of the demo customer
  curl -sS --max-time 30 -G -H "Authorization: Bearer $TOKEN" --data-urlencode "q=$1" "$GATEWAY_URL/api/customers" \
    | grep -o '"id"[[:space:]]*:[[:space:]]*"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'
}

billing_money() { printf '{"amount": "%s", "currency": "USD"}' "$1"; }  # amounts are decimal strings

# billing_contract CUSTOMER-ID KEY TITLE VALUE -> id of a contract with a T&M line and a fixed-fee line
billing_contract() {
  local customer=$1 key=$2 title=$3 fixed=$4 status id
  local half
  half=$(( fixed / 2 ))
  local body
  body=$(cat <<JSON
{"customerId": "$customer", "title": "$title", "currency": "USD", "notToExceed": $(billing_money $(( fixed + 400000 ))),
 "lines": [
  {"description": "Architecture and engineering (T&M)", "billingMethod": "time-and-materials",
   "value": $(billing_money 300000), "notToExceed": $(billing_money 350000),
   "rateCard": [{"role": "architect", "billRate": $(billing_money 225), "costRate": $(billing_money 140)},
                {"role": "engineer", "billRate": $(billing_money 165), "costRate": $(billing_money 95)}]},
  {"description": "Fixed-fee assessment and roadmap", "billingMethod": "fixed-fee", "value": $(billing_money "$fixed"),
   "schedule": [{"dueDate": "2026-01-31", "amount": $(billing_money "$half")},
                {"dueDate": "2026-03-31", "amount": $(billing_money $(( fixed - half )))}]}
 ]}
JSON
)
  status=$(billing_call "$TOKEN" POST /api/contracts "$body" "seed-billing-$key")
  if [[ "$status" != 2?? ]]; then
    echo "    FAILED contract $title: HTTP $status $(head -c 300 "$BILLING_BODY")" >&2
    return 1
  fi
  id=$(json_field id <"$BILLING_BODY")
  echo "    contract $title ($id)" >&2
  printf '%s' "$id"
}

# billing_to STATE ID: drives a contract forward to STATE (pending-approval, approved, signed, active, closed)
billing_to() {
  local target=$1 contract=/api/contracts/$2 item
  billing_move "$ADMIN_TOKEN" "$contract" '{"to": "pending-approval"}'
  [[ "$target" == pending-approval ]] && return 0
  billing_move "$FINANCE_TOKEN" "$contract" '{"to": "approved", "comment": "demo: margin and rates checked"}'
  billing_move "$TOKEN" "$contract" '{"to": "approved", "comment": "demo: executive approval"}' || true  # only above the threshold
  [[ "$target" == approved ]] && return 0
  for item in legal-review security-review data-protection public-procurement; do
    billing_call "$TOKEN" POST "$contract/compliance/$item" '{"note": "demo"}' "" "$(billing_etag "$TOKEN" "$contract")" >/dev/null
  done
  billing_move "$TOKEN" "$contract" '{"to": "signed"}'
  [[ "$target" == signed ]] && return 0
  billing_move "$TOKEN" "$contract" '{"to": "active"}'
  [[ "$target" == active ]] && return 0
  billing_move "$TOKEN" "$contract" '{"to": "closed"}'
}

FINANCE_TOKEN=$(token_for fiona.finance fiona)
# alice.admin submits, so that ada.exec (executive) and fiona.finance may approve: the submitter never approves
ADMIN_TOKEN=$(token_for alice.admin alice)

billing_seed_customer() {
  local name=$1 prefix=$2 open_invoice=$3 customer can_approve status invoice ids  # $4: revenue target (USD)
  customer=$(billing_customer_id "$name")
  if [[ -z "$customer" ]]; then
    echo "    no customer '$name': skipped" >&2
    return 0
  fi
  status=$(billing_call "$FINANCE_TOKEN" GET "/api/billing/customer-projections/$customer")
  can_approve=$([[ "$status" == 200 ]] && echo yes || echo no)

  billing_contract "$customer" "$prefix-draft" "$name — extension (draft)" 120000 >/dev/null
  billing_to pending-approval "$(billing_contract "$customer" "$prefix-pending" "$name — phase 2 (pending approval)" 800000)"
  if [[ "$can_approve" != yes ]]; then
    echo "    fiona.finance is not on the account team of $name: contracts stop at pending-approval" >&2
    return 0
  fi
  billing_to approved "$(billing_contract "$customer" "$prefix-approved" "$name — security uplift (approved)" 200000)"
  billing_to signed "$(billing_contract "$customer" "$prefix-signed" "$name — data platform (signed)" 450000)"
  billing_to closed "$(billing_contract "$customer" "$prefix-closed" "$name — discovery (closed)" 60000)"
  local active
  active=$(billing_contract "$customer" "$prefix-active" "$name — modernization (active)" 1400000)
  billing_to active "$active"

  # invoices: both installments of the active contract. The first is dated 45 days ago, so it was overdue (30 days'
  # terms) before it was paid; the second is dated 45 days ago as well and stays overdue, or is dated today and open
  # when the customer's OPEN_INVOICE argument says so. Issued in date order: numbers must follow invoice dates.
  status=$(billing_call "$TOKEN" POST /api/invoices/from-schedule "{\"contractId\": \"$active\", \"asOf\": \"2026-03-31\"}" \
    "seed-billing-$prefix-invoices")
  ids=$(grep -o '"id"[[:space:]]*:[[:space:]]*"[^"]*"[[:space:]]*,[[:space:]]*"customerId"' "$BILLING_BODY" \
    | sed 's/"id"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/' || true)
  local first=yes backdated
  backdated="{\"to\": \"issued\", \"invoiceDate\": \"$(date -u -d '45 days ago' +%F)\"}"
  for invoice in $ids; do
    if [[ "$first" == yes ]]; then
      billing_move "$TOKEN" "/api/invoices/$invoice" "$backdated"
      billing_move "$TOKEN" "/api/invoices/$invoice" '{"to": "paid"}'
      first=no
    elif [[ "$open_invoice" == open ]]; then
      billing_move "$TOKEN" "/api/invoices/$invoice" '{"to": "issued"}'
    else
      billing_move "$TOKEN" "/api/invoices/$invoice" "$backdated"
    fi
    echo "    invoice $invoice" >&2
  done

  billing_seed_outlook "$customer" "$active" "$4"
}

# Revenue outlook (issue 21): progress on the active contract's fixed-fee line (recognized revenue this month) and a
# revenue target for the current fiscal year (July to June, named by the year it ends in). A rerun replays the create
# (its Idempotency-Key). The weighted pipeline comes from relationship's seeded opportunities.
billing_seed_outlook() {
  local customer=$1 active=/api/contracts/$2 target=$3 line status fiscal_year
  line=$(curl -sS --max-time 30 -H "Authorization: Bearer $TOKEN" "$GATEWAY_URL$active" \
    | grep -o '"id"[[:space:]]*:[[:space:]]*"[^"]*"[[:space:]]*,[[:space:]]*"position"[[:space:]]*:[[:space:]]*2' \
    | sed 's/"id"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/')
  if [[ -n "$line" ]]; then
    billing_call "$TOKEN" PUT "$active/lines/$line/progress" '{"percentComplete": 30}' "" \
      "$(billing_etag "$TOKEN" "$active")" >/dev/null
  fi
  fiscal_year=$(( $(date -u +%Y) + ( 10#$(date -u +%m) >= 7 ? 1 : 0 ) ))
  status=$(billing_call "$FINANCE_TOKEN" POST /api/billing/revenue-targets \
    "{\"customerId\": \"$customer\", \"fiscalYear\": $fiscal_year, \"target\": $(billing_money "$target")}" \
    "seed-billing-target-$customer-$fiscal_year")
  echo "    revenue target FY$fiscal_year $target USD: HTTP $status" >&2
}

billing_seed_customer "Cascadia State Department of Health Services" cascadia overdue 2500000
billing_seed_customer "Northbridge State University" northbridge open 900000
