# Demo data of portfolio-service: engagements in every lifecycle stage for the demo customers, with milestones,
# RAID entries, steering committee meetings, costs, progress, status history, resource plans (roles requested, people
# assigned), quality reviews (stage gates passed on the way, a failed solution review with findings, a pending
# deliverable acceptance) and an executive's gate waiver. Sourced by `./platform.sh seed` with GATEWAY_URL and TOKEN
# (ada.exec) exported, after the demo customers exist. Safe to run again: every create carries an Idempotency-Key
# (same key + same body replays), dates are fixed, and stage/milestone moves that were already made (409) are skipped.

PF_BODY=$(mktemp)
PF_HEADERS=$(mktemp)
trap 'rm -f "$PF_BODY" "$PF_HEADERS"' EXIT

pf_field() { # pf_field NAME FILE: the first string value of "NAME" in a JSON file
  { grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" "$2" || true; } | head -n 1 | sed 's/.*:[[:space:]]*"\(.*\)"$/\1/'
}

pf_call() { # pf_call METHOD PATH [BODY [EXTRA-HEADER]]: HTTP status; body in $PF_BODY
  local args=(-sS --max-time 30 -o "$PF_BODY" -D "$PF_HEADERS" -w '%{http_code}' -X "$1" "$GATEWAY_URL$2"
    -H "Authorization: Bearer $TOKEN")
  if [[ $# -ge 3 ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$3"); fi
  if [[ $# -ge 4 ]]; then args+=(-H "$4"); fi
  curl "${args[@]}" || echo 000
}

pf_create() { # pf_create PATH KEY BODY: POST with an Idempotency-Key; prints the new (or replayed) id
  local status
  status=$(pf_call POST "$1" "$3" "Idempotency-Key: seed-portfolio-$2")
  if [[ "$status" != 2?? ]]; then
    echo "portfolio seed: POST $1 ($2) answered $status: $(head -c 400 "$PF_BODY")" >&2
    return 1
  fi
  pf_field id "$PF_BODY"
}

pf_allow_done() { # pf_allow_done METHOD PATH BODY: a move that may have been made by an earlier seed (409 is fine)
  local status
  # transitions need If-Match; the seed moves whatever version is current
  status=$(pf_call "$1" "$2" "$3" 'If-Match: *')
  if [[ "$status" != 2?? && "$status" != 409 ]]; then
    echo "portfolio seed: $1 $2 answered $status: $(head -c 400 "$PF_BODY")" >&2
    return 1
  fi
}

pf_customer() { # pf_customer NAME: the id of a demo customer, once portfolio-service's projection knows it
  local name=$1 query id i
  query=$(printf '%s' "$name" | sed 's/ /%20/g')
  pf_call GET "/api/customers?q=$query" >/dev/null
  id=$(pf_field id "$PF_BODY")
  [[ -n "$id" ]] || { echo "portfolio seed: customer '$name' not found" >&2; return 1; }
  for i in $(seq 1 60); do
    [[ "$(pf_call GET "/api/portfolio/customer-projections/$id")" == 200 ]] && { printf '%s' "$id"; return 0; }
    sleep 0.5
  done
  echo "portfolio seed: customer '$name' ($id) has not reached portfolio-service" >&2
  return 1
}

pf_gate_checklist() { # pf_gate_checklist GATE: the default checklist of a gate (migration V20_2__quality.sql), as JSON
  case "$1" in
    solution-review) echo '["Architecture and solution design reviewed", "Estimates and assumptions validated",
      "Delivery risks recorded in the RAID log"]' ;;
    deliverable-acceptance) echo '["Deliverables accepted by the customer", "Acceptance criteria evidenced",
      "Handover to support agreed"]' ;;
  esac
}

pf_review() { # pf_review ENGAGEMENT GATE KEY TITLE: starts a review of the gate (issue 20); prints its id
  pf_create "/api/engagements/$1/quality-reviews" "$3" \
    "{\"gate\": \"$2\", \"title\": \"$4\", \"reviewer\": \"ada.exec\"}"
}

pf_pass_gate() { # pf_pass_gate ENGAGEMENT GATE: a review of the gate with its checklist done, passed (unless it lets through)
  local e=$1 gate=$2 review
  pf_call GET "/api/engagements/$e/quality-gates/$gate" >/dev/null
  [[ "$(pf_field status "$PF_BODY")" == passed || "$(pf_field status "$PF_BODY")" == waived ]] && return 0
  review=$(pf_review "$e" "$gate" "gate-$e-$gate" "Stage gate review") || return 1
  pf_allow_done PUT "/api/engagements/$e/quality-reviews/$review/checklist" "{\"done\": $(pf_gate_checklist "$gate")}"
  pf_allow_done POST "/api/engagements/$e/quality-reviews/$review/transitions" '{"to": "passed"}'
}

pf_finding() { # pf_finding ENGAGEMENT REVIEW KEY SEVERITY TITLE OWNER DUE: a finding with a new RAID remediation action
  pf_create "/api/engagements/$1/quality-findings" "$3" "{\"reviewId\": \"$2\", \"severity\": \"$4\",
    \"title\": \"$5\", \"remediation\": {\"owner\": \"$6\", \"dueDate\": \"$7\"}}" >/dev/null
}

pf_stage() { # pf_stage ENGAGEMENT TARGET: walk the lifecycle forward from the current stage to TARGET
  local id=$1 target=$2 stage current walking=no
  pf_call GET "/api/engagements/$id" >/dev/null
  current=$(pf_field stage "$PF_BODY")
  [[ "$current" == "$target" || "$current" == closure ]] && return 0
  for stage in envisioning solution-development delivery-planning delivery closure; do
    if [[ "$walking" == yes ]]; then
      case "$stage" in # the stage gates (issue 20): passed by a review before the move
        delivery-planning) pf_pass_gate "$id" solution-review ;;
        closure) pf_pass_gate "$id" deliverable-acceptance ;;
      esac
      pf_allow_done POST "/api/engagements/$id/transitions" "{\"to\": \"$stage\"}"
      [[ "$stage" == "$target" ]] && return 0
    fi
    [[ "$stage" == "$current" ]] && walking=yes
  done
  return 0
}

pf_engagement() { # pf_engagement KEY CUSTOMER NAME OFFERING REF START END BUDGET: prints the id
  local ref=null
  [[ -n "$5" ]] && ref="\"$5\""
  pf_create /api/engagements "$1" "{\"customerId\": \"$2\", \"name\": \"$3\", \"offering\": \"$4\",
    \"contractRef\": $ref, \"deliveryManager\": \"dan.delivery\", \"startDate\": \"$6\", \"endDate\": \"$7\",
    \"budget\": {\"amount\": \"$8\", \"currency\": \"USD\"}}"
}

pf_milestone() { # pf_milestone ENGAGEMENT KEY NAME DUE AMOUNT|"" [achieved|accepted|waived]
  local e=$1 amount=null id
  [[ -n "$5" ]] && amount="{\"amount\": \"$5\", \"currency\": \"USD\"}"
  id=$(pf_create "/api/engagements/$e/milestones" "$2" "{\"name\": \"$3\", \"dueDate\": \"$4\", \"amount\": $amount}")
  case "${6:-}" in
    achieved) pf_allow_done POST "/api/engagements/$e/milestones/$id/transitions" '{"to": "achieved"}' ;;
    accepted) pf_allow_done POST "/api/engagements/$e/milestones/$id/transitions" '{"to": "achieved"}'
              pf_allow_done POST "/api/engagements/$e/milestones/$id/transitions" '{"to": "accepted"}' ;;
    waived) pf_allow_done POST "/api/engagements/$e/milestones/$id/transitions" '{"to": "waived"}' ;;
  esac
}

pf_progress() { # pf_progress ENGAGEMENT PERCENT
  local status
  status=$(pf_call PUT "/api/engagements/$1/progress" "{\"percentComplete\": $2}" 'If-Match: *')
  [[ "$status" == 2?? || "$status" == 409 ]] || { echo "portfolio seed: progress answered $status" >&2; return 1; }
}

pf_cost() { # pf_cost ENGAGEMENT KEY DATE AMOUNT DESCRIPTION
  pf_create "/api/engagements/$1/costs" "$2" \
    "{\"date\": \"$3\", \"amount\": {\"amount\": \"$4\", \"currency\": \"USD\"}, \"description\": \"$5\"}" >/dev/null
}

pf_raid() { # pf_raid ENGAGEMENT KEY JSON-BODY: prints the id
  pf_create "/api/engagements/$1/raid" "$2" "$3"
}

pf_role() { # pf_role ENGAGEMENT KEY ROLE SKILLS-JSON FTE RATE START END [submitted]: a resource request; prints the id
  local id
  id=$(pf_create "/api/engagements/$1/resource-requests" "$2" "{\"role\": \"$3\", \"skills\": $4, \"fte\": $5,
    \"costRate\": {\"amount\": \"$6\", \"currency\": \"USD\"}, \"startDate\": \"$7\", \"endDate\": \"$8\"}")
  if [[ "${9:-}" == submitted ]]; then
    pf_allow_done POST "/api/engagements/$1/resource-requests/$id/transitions" '{"to": "submitted"}'
  fi
  printf '%s' "$id"
}

pf_assign() { # pf_assign ENGAGEMENT REQUEST KEY USERNAME PERCENT START END
  pf_create "/api/engagements/$1/resource-requests/$2/assignments" "$3" "{\"username\": \"$4\",
    \"allocationPercent\": $5, \"startDate\": \"$6\", \"endDate\": \"$7\"}" >/dev/null
}

health=$(pf_customer "Cascadia State Department of Health Services")
university=$(pf_customer "Northbridge State University")
riverton=$(pf_customer "City of Riverton")
lakeshore=$(pf_customer "Lakeshore County Public Schools")

# --- Cascadia DHS: a large programme in delivery (amber/red signals), and a new idea in envisioning
e=$(pf_engagement cascadia-eligibility "$health" "Medicaid eligibility modernisation" "Cloud migration" "SOW-2026-014" \
  2026-03-02 2027-06-30 2400000)
pf_stage "$e" delivery
pf_milestone "$e" cascadia-m1 "Discovery complete" 2026-04-15 240000 accepted
pf_milestone "$e" cascadia-m2 "Landing zone live" 2026-07-31 360000 accepted
pf_milestone "$e" cascadia-m3 "Pilot county migrated" 2026-11-13 480000 achieved
pf_milestone "$e" cascadia-m4 "Statewide cut-over" 2027-04-30 720000
pf_progress "$e" 38
pf_cost "$e" cascadia-c1 2026-04-30 "310000.00" "Discovery and design labour"
pf_cost "$e" cascadia-c2 2026-07-31 "420000.00" "Landing zone build labour"
pf_cost "$e" cascadia-c3 2026-10-31 "395000.00" "Pilot migration labour and tooling"
risk=$(pf_raid "$e" cascadia-r1 '{"type": "risk", "title": "Legacy MMIS interface vendor may not deliver on time", "owner": "dan.delivery", "dueDate": "2027-01-15", "probability": 3, "impact": 5}')
pf_raid "$e" cascadia-r2 '{"type": "assumption", "title": "County offices provide test users for pilot", "owner": "ada.exec"}' >/dev/null
pf_raid "$e" cascadia-r3 '{"type": "issue", "title": "Additional reporting interface requested by CMS", "category": "change", "owner": "dan.delivery", "dueDate": "2026-12-15"}' >/dev/null
pf_raid "$e" cascadia-r4 '{"type": "dependency", "title": "State network team opens ExpressRoute", "owner": "dan.delivery", "dueDate": "2026-12-01"}' >/dev/null
pf_raid "$e" cascadia-r5 '{"type": "action", "title": "Send revised cut-over plan to CIO", "owner": "dan.delivery", "dueDate": "2026-11-20"}' >/dev/null
pf_create "/api/engagements/$e/steering-meetings" cascadia-sc1 "{\"date\": \"2026-10-05\",
  \"attendees\": [\"Maria Lopez (CIO)\", \"Tom Reed (Medicaid director)\", \"ada.exec\", \"dan.delivery\"],
  \"agenda\": [\"Pilot readiness\", \"Interface vendor risk\", \"Change request for CMS reporting\"],
  \"decisions\": [{\"text\": \"Vendor gets a penalty clause; weekly checkpoint until delivery\", \"raidItemIds\": [\"$risk\"],
                   \"effect\": \"update\", \"status\": \"in-progress\"}],
  \"actions\": [{\"title\": \"Draft penalty clause amendment\", \"owner\": \"ada.exec\", \"dueDate\": \"2026-10-19\"}]}" >/dev/null
# two data migration engineers wanted for the cut-over, one found so far
r=$(pf_role "$e" cascadia-role1 "Data migration engineer" '["SQL Server", "Azure Data Factory"]' 2 "95.00" 2027-01-04 2027-04-30 submitted)
pf_assign "$e" "$r" cascadia-a1 sam.migration 100 2027-01-04 2027-04-30
pf_create "/api/engagements/$e/status-reports" cascadia-sr1 \
  '{"summary": "Pilot county migrated; interface vendor is the main risk.", "override": {"rag": "amber", "reason": "Vendor committed to the new date in the steering committee"}}' >/dev/null

e=$(pf_engagement cascadia-analytics "$health" "Public health analytics platform" "Data and AI" "" 2027-01-11 2027-09-30 650000)

# --- Northbridge State University: solution development, and a closed engagement
e=$(pf_engagement northbridge-sis "$university" "Student information system to cloud" "Application modernisation" "" \
  2026-10-01 2027-08-31 1100000)
pf_stage "$e" solution-development
pf_raid "$e" northbridge-r1 '{"type": "risk", "title": "Registrar peak season blocks migration window", "owner": "dan.delivery", "probability": 2, "impact": 4}' >/dev/null
pf_raid "$e" northbridge-r2 '{"type": "decision", "title": "Use phased migration by faculty", "owner": "ada.exec"}' >/dev/null
# a solution review that failed (quality red, gate closed) with findings whose remediation are RAID actions
review=$(pf_review "$e" solution-review northbridge-q1 "Solution review with the registrar's office")
pf_allow_done PUT "/api/engagements/$e/quality-reviews/$review/checklist" \
  '{"done": ["Architecture and solution design reviewed", "Delivery risks recorded in the RAID log"]}'
pf_finding "$e" "$review" northbridge-f1 high "No rollback plan for the grade book migration" dan.delivery 2026-12-11
pf_finding "$e" "$review" northbridge-f2 medium "Estimate omits the accessibility audit" dan.delivery 2026-12-18
pf_allow_done POST "/api/engagements/$e/quality-reviews/$review/transitions" '{"to": "failed"}'

e=$(pf_engagement northbridge-identity "$university" "Campus identity consolidation" "Security" "SOW-NSU-2025-3" \
  2025-09-01 2026-06-30 420000)
pf_milestone "$e" northbridge-m1 "Directory design approved" 2025-10-15 120000
pf_milestone "$e" northbridge-m2 "All campuses migrated" 2026-05-29 300000
pf_milestone "$e" northbridge-m3 "Hypercare report" 2026-06-30 ""
pf_stage "$e" delivery
for m in $(pf_call GET "/api/engagements/$e/milestones" >/dev/null; grep -o '"id"[[:space:]]*:[[:space:]]*"[^"]*"' "$PF_BODY" | sed 's/.*"\([^"]*\)"$/\1/'); do
  pf_allow_done POST "/api/engagements/$e/milestones/$m/transitions" '{"to": "achieved"}'
  pf_allow_done POST "/api/engagements/$e/milestones/$m/transitions" '{"to": "accepted"}'
done
pf_progress "$e" 100
pf_cost "$e" northbridge-c1 2026-06-30 "405000.00" "Delivery labour, whole engagement"
pf_create "/api/engagements/$e/status-reports" northbridge-sr1 '{"summary": "All campuses live; closing."}' >/dev/null
pf_stage "$e" closure

# --- City of Riverton: delivery planning, and delivery behind schedule
e=$(pf_engagement riverton-311 "$riverton" "311 contact centre replatforming" "Contact centre" "SOW-RIV-2026-1" \
  2026-12-01 2027-07-31 780000)
pf_stage "$e" solution-development
# the executive waived the solution review (recorded: who, when, why) to start planning before the review board met
pf_call GET "/api/engagements/$e/quality-gates/solution-review" >/dev/null
if [[ "$(pf_field status "$PF_BODY")" != waived && "$(pf_field status "$PF_BODY")" != passed ]]; then
  pf_create "/api/engagements/$e/quality-gates/solution-review/waiver" riverton-w1 \
    '{"reason": "Solution reused unchanged from the Riverton 2025 pilot; review board meets after planning starts"}' >/dev/null
fi
pf_stage "$e" delivery-planning
pf_milestone "$e" riverton-m1 "Delivery plan baselined" 2026-12-18 ""
# its resource plan: one role filled, one half filled, one still a draft
r=$(pf_role "$e" riverton-role1 "Contact centre architect" '["Amazon Connect", "IVR design"]' 1 "110.00" 2026-12-01 2027-03-31 submitted)
pf_assign "$e" "$r" riverton-a1 priya.architect 100 2026-12-01 2027-03-31
r=$(pf_role "$e" riverton-role2 "Telephony engineer" '["SIP trunking"]' 0.5 "85.00" 2026-12-14 2027-05-31 submitted)
pf_assign "$e" "$r" riverton-a2 tom.telephony 25 2026-12-14 2027-05-31
pf_role "$e" riverton-role3 "Test lead" '["Contact centre testing"]' 0.75 "75.00" 2027-02-01 2027-07-31 >/dev/null

e=$(pf_engagement riverton-permits "$riverton" "Online permits portal" "Digital services" "SOW-RIV-2025-7" \
  2026-02-02 2026-12-18 560000)
pf_stage "$e" delivery
pf_milestone "$e" riverton-m2 "Citizen portal beta" 2026-09-30 140000
pf_progress "$e" 55
pf_cost "$e" riverton-c1 2026-08-31 "390000.00" "Build labour"
pf_raid "$e" riverton-r1 '{"type": "issue", "title": "Payment gateway certification delayed", "owner": "dan.delivery", "dueDate": "2026-10-15"}' >/dev/null
pf_create "/api/engagements/$e/status-reports" riverton-sr1 '{"summary": "Beta milestone missed; payment gateway certification delayed."}' >/dev/null

# --- Lakeshore County Public Schools: envisioning, and delivery on track
e=$(pf_engagement lakeshore-devices "$lakeshore" "Student device management" "Modern workplace" "" 2027-02-01 2027-08-31 310000)

e=$(pf_engagement lakeshore-network "$lakeshore" "School network refresh" "Infrastructure" "SOW-LCPS-2026-2" \
  2026-06-01 2027-03-31 890000)
pf_stage "$e" delivery
pf_milestone "$e" lakeshore-m1 "Wave 1 schools" 2026-09-30 220000 accepted
pf_milestone "$e" lakeshore-m2 "Wave 2 schools" 2027-01-29 330000
pf_progress "$e" 62
pf_cost "$e" lakeshore-c1 2026-10-31 "480000.00" "Waves 1-2 labour and equipment staging"
pf_create "/api/engagements/$e/steering-meetings" lakeshore-sc1 '{"date": "2026-11-02",
  "attendees": ["Dr. Amy Chen (Superintendent)", "Raj Patel (IT director)", "ada.exec"],
  "agenda": ["Wave 1 retrospective", "Wave 2 schedule"],
  "decisions": [{"text": "Wave 2 keeps its date"}],
  "actions": [{"title": "Publish wave 2 school calendar", "owner": "Raj Patel", "dueDate": "2026-11-30"}]}' >/dev/null
pf_create "/api/engagements/$e/status-reports" lakeshore-sr1 '{"summary": "Wave 1 accepted; wave 2 on track."}' >/dev/null
# deliverable acceptance under way during delivery: a pending review with a medium finding (quality amber)
review=$(pf_review "$e" deliverable-acceptance lakeshore-q1 "Wave 1 deliverable acceptance")
pf_allow_done PUT "/api/engagements/$e/quality-reviews/$review/checklist" '{"done": ["Deliverables accepted by the customer"]}'
pf_finding "$e" "$review" lakeshore-f1 medium "Wi-Fi survey evidence missing for two schools" "Raj Patel" 2026-12-04

echo "portfolio seed: 10 engagements across 4 customers, with stage gate reviews, findings and a waiver"
