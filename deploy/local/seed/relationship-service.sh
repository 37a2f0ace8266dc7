# Demo data of relationship-service: for the state agency, the university and the city of the demo customers,
# tier/industry/region, stakeholders with an org chart, interactions and satisfaction survey answers (detractors open
# follow-ups) over the past months and an account plan
# (objectives, initiatives, opportunities beyond the current contract), and one kept status pack (stored as the
# reporting identity, client ade-reporter, as only it may). Sourced by `./platform.sh seed` with
# GATEWAY_URL and TOKEN (ada.exec, executive on the demo customers) exported. Safe to run again: every create carries
# an Idempotency-Key (same key + same body replays; a key reused with another body, e.g. an interaction date that
# moved with the calendar, answers 422 and is skipped), and the attribute update is a no-op when nothing changed.

RS_BODY=$(mktemp)
RS_HEADERS=$(mktemp)
trap 'rm -f "$RS_BODY" "$RS_HEADERS"' EXIT

rs_field() { # rs_field NAME FILE: the first string value of "NAME" in a JSON file
  { grep -o "\"$1\"[[:space:]]*:[[:space:]]*\"[^\"]*\"" "$2" || true; } | head -n 1 | sed 's/.*:[[:space:]]*"\(.*\)"$/\1/'
}

rs_call() { # rs_call METHOD PATH [BODY [EXTRA-HEADER]]: HTTP status; body in $RS_BODY, headers in $RS_HEADERS
  local args=(-sS --max-time 30 -o "$RS_BODY" -D "$RS_HEADERS" -w '%{http_code}' -X "$1" "$GATEWAY_URL$2"
    -H "Authorization: Bearer $TOKEN")
  if [[ $# -ge 3 ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$3"); fi
  if [[ $# -ge 4 ]]; then args+=(-H "$4"); fi
  curl "${args[@]}" || echo 000
}

rs_create() { # rs_create PATH KEY BODY: POST with an Idempotency-Key; prints the new (or replayed) id
  local status
  status=$(rs_call POST "$1" "$3" "Idempotency-Key: seed-relationship-$2")
  if [[ "$status" == 422 ]] && grep -q 'idempotency-key-reused' "$RS_BODY"; then
    return 0 # created by an earlier seed with a date relative to that day
  fi
  if [[ "$status" != 2?? ]]; then
    echo "relationship seed: POST $1 ($2) answered $status: $(head -c 400 "$RS_BODY")" >&2
    return 1
  fi
  rs_field id "$RS_BODY"
}

rs_days_ago() { # rs_days_ago N: the UTC date N days ago (GNU or BSD date)
  date -u -d "-$1 days" +%F 2>/dev/null || date -u -v-"$1"d +%F
}

rs_customer() { # rs_customer NAME: the id of a demo customer
  local query id
  query=$(printf '%s' "$1" | sed 's/ /%20/g')
  rs_call GET "/api/customers?q=$query" >/dev/null
  id=$(rs_field id "$RS_BODY")
  [[ -n "$id" ]] || { echo "relationship seed: customer '$1' not found" >&2; return 1; }
  printf '%s' "$id"
}

rs_attributes() { # rs_attributes ID NAME SEGMENT TIER INDUSTRY REGION: PUT with the current ETag (no-op when equal)
  local etag status
  rs_call GET "/api/customers/$1" >/dev/null
  etag=$(sed -n 's/^[Ee][Tt]ag:[[:space:]]*\([^[:space:]]*\).*/\1/p' "$RS_HEADERS" | head -n 1)
  status=$(rs_call PUT "/api/customers/$1" \
    "{\"name\": \"$2\", \"segment\": \"$3\", \"tier\": \"$4\", \"industry\": \"$5\", \"region\": \"$6\"}" "If-Match: $etag")
  [[ "$status" == 200 ]] || { echo "relationship seed: PUT /api/customers/$1 answered $status: $(head -c 400 "$RS_BODY")" >&2; return 1; }
}

rs_stakeholder() { # rs_stakeholder CUSTOMER KEY NAME TITLE ROLE INFLUENCE STANCE REPORTS-TO EMAIL
  local reports=null
  [[ -n "$8" ]] && reports="\"$8\""
  rs_create "/api/customers/$1/stakeholders" "$2" "{\"name\": \"$3\", \"title\": \"$4\", \"roleType\": \"$5\",
    \"influence\": $6, \"stance\": \"$7\", \"reportsToId\": $reports, \"email\": \"$9\"}"
}

rs_interaction() { # rs_interaction CUSTOMER KEY TYPE DAYS-AGO STAKEHOLDER-IDS(json list) SUMMARY OUTCOME NEXT-STEP
  rs_create "/api/customers/$1/interactions" "$2" "{\"type\": \"$3\", \"date\": \"$(rs_days_ago "$4")\",
    \"stakeholderIds\": $5, \"summary\": \"$6\", \"outcome\": \"$7\", \"nextStep\": \"$8\"}" >/dev/null
}

rs_survey() { # rs_survey CUSTOMER KEY STAKEHOLDER CSAT NPS DAYS-AGO VERBATIM: a satisfaction answer (a detractor opens a follow-up)
  rs_create "/api/customers/$1/satisfaction-surveys" "$2" "{\"stakeholderId\": \"$3\", \"csat\": $4, \"nps\": $5,
    \"respondedOn\": \"$(rs_days_ago "$6")\", \"verbatim\": \"$7\"}" >/dev/null
}

rs_plan() { # rs_plan CUSTOMER KIND KEY BODY
  rs_create "/api/customers/$1/account-plan/$2" "$3" "$4"
}

rs_win() { # rs_win CUSTOMER OPPORTUNITY: moves it on to won (billing drafts a contract from it); no-op once won
  local path="/api/customers/$1/account-plan/opportunities/$2" next stage etag status
  for next in qualified proposed won; do
    rs_call GET "$path" >/dev/null
    stage=$(rs_field stage "$RS_BODY")
    etag=$(sed -n 's/^[Ee][Tt]ag:[[:space:]]*\([^[:space:]]*\).*/\1/p' "$RS_HEADERS" | head -n 1)
    case "$stage:$next" in identified:qualified | qualified:proposed | proposed:won) ;; *) continue ;; esac
    status=$(rs_call POST "$path/transitions" "{\"to\": \"$next\"}" "If-Match: $etag")
    [[ "$status" == 200 ]] || { echo "relationship seed: $path → $next answered $status" >&2; return 1; }
  done
}

rs_reporter_token() { # rs_reporter_token: an access token of the reporting identity (client ade-reporter, client credentials)
  curl -sS --max-time 10 -d grant_type=client_credentials -d client_id=ade-reporter -d client_secret=ade-reporter-secret \
    "${TOKEN_URL:-http://localhost:8180/realms/ade/protocol/openid-connect/token}" 2>/dev/null \
    | { grep -o '"access_token"[[:space:]]*:[[:space:]]*"[^"]*"' || true; } | sed 's/.*:[[:space:]]*"\(.*\)"$/\1/'
}

rs_demo_pdf() { # rs_demo_pdf TITLE LINE: a one-page PDF (ASCII text) with a correct cross-reference table
  local objects=() offsets=() pdf body i stream
  stream="BT /F1 18 Tf 72 740 Td ($1) Tj /F1 11 Tf 0 -28 Td ($2) Tj ET"
  objects+=("<< /Type /Catalog /Pages 2 0 R >>")
  objects+=("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
  objects+=("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
  objects+=("<< /Length ${#stream} >>"$'\n'"stream"$'\n'"$stream"$'\n'"endstream")
  objects+=("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
  pdf="%PDF-1.4"$'\n'
  for i in "${!objects[@]}"; do
    offsets+=("${#pdf}")
    pdf+="$((i + 1)) 0 obj"$'\n'"${objects[$i]}"$'\n'"endobj"$'\n'
  done
  body="xref"$'\n'"0 $(( ${#objects[@]} + 1 ))"$'\n'"0000000000 65535 f "$'\n'
  for i in "${offsets[@]}"; do body+=$(printf '%010d 00000 n ' "$i")$'\n'; done
  printf '%s%strailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' "$pdf" "$body" \
    $(( ${#objects[@]} + 1 )) "${#pdf}"
}

rs_status_pack() { # rs_status_pack CUSTOMER KEY AS-OF TITLE LINE: keeps a demo pack as the reporter (once per key)
  local reporter status pdf
  reporter=$(rs_reporter_token)
  [[ -n "$reporter" ]] || { echo "relationship seed: no token for client ade-reporter; no status pack kept" >&2; return 0; }
  pdf=$(mktemp)
  rs_demo_pdf "$4" "$5" >"$pdf"
  status=$(curl -sS --max-time 30 -o "$RS_BODY" -w '%{http_code}' -X POST \
    "$GATEWAY_URL/api/customers/$1/status-packs?asOf=$3&requestedBy=ada.exec" -H "Authorization: Bearer $reporter" \
    -H 'Content-Type: application/pdf' -H "Idempotency-Key: seed-relationship-$2" --data-binary "@$pdf" || echo 000)
  rm -f "$pdf"
  [[ "$status" == 2?? ]] || [[ "$status" == 422 ]] \
    || echo "relationship seed: status pack $2 answered $status: $(head -c 400 "$RS_BODY")" >&2
}

# ---- Cascadia State Department of Health Services (state agency)
STATE_NAME="Cascadia State Department of Health Services"
STATE=$(rs_customer "$STATE_NAME")
rs_attributes "$STATE" "$STATE_NAME" state-government tier-1 public-health us-west
s_cio=$(rs_stakeholder "$STATE" state-cio "Maria Okafor" "Chief Information Officer" cio 5 champion "" maria.okafor@dhs.cascadia.gov)
s_cto=$(rs_stakeholder "$STATE" state-cto "James Whitfield" "Chief Technology Officer" cto 4 supporter "$s_cio" james.whitfield@dhs.cascadia.gov)
s_dir=$(rs_stakeholder "$STATE" state-dir "Priya Raman" "Director, Infrastructure and Operations" it-director 3 neutral "$s_cto" priya.raman@dhs.cascadia.gov)
s_lob=$(rs_stakeholder "$STATE" state-lob "Robert Chen" "Deputy Director, Medicaid Programs" lob-leader 4 skeptic "" robert.chen@dhs.cascadia.gov)
s_pro=$(rs_stakeholder "$STATE" state-procurement "Linda Alvarez" "Contracts Manager" procurement 2 neutral "$s_lob" linda.alvarez@dhs.cascadia.gov)
rs_interaction "$STATE" state-i1 executive-briefing 150 "[\"$s_cio\", \"$s_cto\"]" "Cloud strategy briefing for the eligibility platform" "CIO sponsors a modernisation roadmap" "Draft roadmap workshop"
rs_interaction "$STATE" state-i2 steering-committee 95 "[\"$s_cio\", \"$s_lob\", \"$s_dir\"]" "Steering committee: eligibility release 2" "Release approved with a data-migration risk" "Migration rehearsal in four weeks"
rs_interaction "$STATE" state-i3 qbr 60 "[\"$s_cio\", \"$s_cto\", \"$s_lob\"]" "Quarterly business review" "Delivery on track; Medicaid team worried about call-centre load" "Propose contact-centre analytics"
rs_interaction "$STATE" state-i4 meeting 21 "[\"$s_cto\", \"$s_dir\"]" "Landing zone design review" "Design accepted" "Security sign-off by the CISO office"
rs_interaction "$STATE" state-i5 call 6 "[\"$s_cio\"]" "Check-in on budget for next fiscal year" "Budget request includes analytics" "Send opportunity sizing"
rs_survey "$STATE" state-s1 "$s_cio" 4 8 140 "Strong architects; status reports could be shorter"
rs_survey "$STATE" state-s2 "$s_cto" 4 9 100 "The landing zone work was excellent"
rs_survey "$STATE" state-s3 "$s_lob" 3 7 62 "Release 2 landed, but call-centre impact was underestimated"
rs_survey "$STATE" state-s4 "$s_cio" 5 10 20 "Best delivery partner we have this year"
o1=$(rs_plan "$STATE" objectives state-o1 '{"title": "Become the strategic cloud partner for eligibility and Medicaid systems", "status": "on-track", "targetDate": "2027-06-30"}')
rs_plan "$STATE" objectives state-o2 '{"title": "Win over the Medicaid programme leadership", "status": "at-risk", "targetDate": "2027-03-31"}' >/dev/null
[[ -n "$o1" ]] && rs_plan "$STATE" initiatives state-n1 "{\"name\": \"Executive roadmap workshop with the CIO and CTO\", \"objectiveId\": \"$o1\", \"owner\": \"ada.exec\", \"status\": \"in-progress\", \"dueDate\": \"2027-01-31\"}" >/dev/null
rs_plan "$STATE" opportunities state-p1 '{"name": "Contact-centre analytics for Medicaid", "description": "Call-volume forecasting and agent assist", "estimatedValue": {"amount": "1850000.00", "currency": "USD"}, "expectedCloseDate": "2027-04-30"}' >/dev/null
rs_plan "$STATE" opportunities state-p2 '{"name": "Data platform for public-health surveillance", "estimatedValue": {"amount": "3200000.00", "currency": "USD"}, "expectedCloseDate": "2027-09-30"}' >/dev/null
# issue 21: probability and close month weigh the pipeline (GET /api/customers/{id}/pipeline, /api/pipeline)
rs_plan "$STATE" opportunities state-p3 '{"name": "Eligibility-system cloud migration", "estimatedValue": {"amount": "1200000.00", "currency": "USD"}, "expectedCloseDate": "2027-03-31", "probability": 60, "expectedCloseMonth": "2027-02"}' >/dev/null
# issue 21: one kept status pack (the archive; the gateway renders and keeps real ones on each cadence and on demand)
rs_status_pack "$STATE" state-pack1 2026-11-30 "Cascadia DHS - executive status pack (demo)" \
  "Seeded archive entry; packs rendered by the gateway replace it as the cadence comes due."

# ---- Northbridge State University
UNI_NAME="Northbridge State University"
UNI=$(rs_customer "$UNI_NAME")
rs_attributes "$UNI" "$UNI_NAME" education tier-2 higher-education us-midwest
u_cio=$(rs_stakeholder "$UNI" uni-cio "Dr. Helen Park" "Vice President and CIO" cio 5 supporter "" hpark@northbridge.edu)
u_dir=$(rs_stakeholder "$UNI" uni-dir "Tom Becker" "Director, Research Computing" it-director 4 champion "$u_cio" tbecker@northbridge.edu)
u_lob=$(rs_stakeholder "$UNI" uni-lob "Prof. Amara Diallo" "Vice Provost for Research" lob-leader 5 neutral "" adiallo@northbridge.edu)
u_tech=$(rs_stakeholder "$UNI" uni-tech "Kevin O'Neill" "Lead Cloud Architect" technology-professional 2 champion "$u_dir" koneill@northbridge.edu)
rs_interaction "$UNI" uni-i1 meeting 120 "[\"$u_dir\", \"$u_tech\"]" "HPC burst-to-cloud pilot kickoff" "Pilot scope agreed" "Benchmark genomics workload"
rs_interaction "$UNI" uni-i2 executive-briefing 45 "[\"$u_cio\", \"$u_lob\"]" "Research cloud briefing for the provost office" "Interest in a campus-wide research platform" "Share grant-funding models"
rs_interaction "$UNI" uni-i3 email 12 "[\"$u_cio\"]" "Follow-up on grant-funding models" "CIO forwarded to finance" "Meet the CFO office"
rs_survey "$UNI" uni-s1 "$u_dir" 5 9 90 "The HPC pilot beat our on-premises benchmark"
rs_survey "$UNI" uni-s2 "$u_lob" 3 6 30 "Promising, but the provost office needs a funding model first"
rs_plan "$UNI" objectives uni-o1 '{"title": "Research computing runs on our platform", "status": "on-track", "targetDate": "2027-08-31"}' >/dev/null
rs_plan "$UNI" opportunities uni-p1 '{"name": "Campus research cloud platform", "estimatedValue": {"amount": "950000.00", "currency": "USD"}, "expectedCloseDate": "2027-05-31"}' >/dev/null
rs_plan "$UNI" opportunities uni-p2 '{"name": "Exchange-programme analytics (EU campus)", "estimatedValue": {"amount": "400000.00", "currency": "EUR"}, "expectedCloseDate": "2027-06-30", "probability": 40, "expectedCloseMonth": "2027-05"}' >/dev/null

# ---- City of Riverton
CITY_NAME="City of Riverton"
CITY=$(rs_customer "$CITY_NAME")
rs_attributes "$CITY" "$CITY_NAME" local-government tier-3 municipal us-east
c_cio=$(rs_stakeholder "$CITY" city-cio "Angela Brooks" "Chief Information Officer" cio 4 neutral "" abrooks@riverton.gov)
c_lob=$(rs_stakeholder "$CITY" city-lob "Marcus Lee" "Director of Public Works" lob-leader 3 supporter "" mlee@riverton.gov)
c_dir=$(rs_stakeholder "$CITY" city-dir "Sofia Martinez" "IT Operations Manager" it-director 3 detractor "$c_cio" smartinez@riverton.gov)
rs_interaction "$CITY" city-i1 qbr 170 "[\"$c_cio\", \"$c_dir\"]" "Quarterly review of the permitting system" "Outage in August still resented" "Root-cause report to IT operations"
rs_interaction "$CITY" city-i2 meeting 100 "[\"$c_lob\"]" "Smart-streets sensor discussion" "Public Works interested" "Invite to innovation day"
rs_survey "$CITY" city-s1 "$c_dir" 2 3 150 "The August outage cost us a week of permits"
rs_survey "$CITY" city-s2 "$c_cio" 3 6 40 "Better since the root-cause report; still cautious"
rs_survey "$CITY" city-s3 "$c_lob" 4 9 10 "Public Works likes the smart-streets idea"
rs_plan "$CITY" objectives city-o1 '{"title": "Restore trust with IT operations after the permitting outage", "status": "at-risk", "targetDate": "2027-02-28"}' >/dev/null
rs_plan "$CITY" opportunities city-p1 '{"name": "Smart-streets IoT pilot", "estimatedValue": {"amount": "240000.00", "currency": "USD"}, "expectedCloseDate": "2027-06-30"}' >/dev/null
rs_plan "$CITY" opportunities city-p2 '{"name": "Permit-portal modernisation", "estimatedValue": {"amount": "180000.00", "currency": "USD"}, "expectedCloseDate": "2027-04-30", "probability": 75}' >/dev/null
city_won=$(rs_plan "$CITY" opportunities city-p3 '{"name": "Traffic-signal analytics", "estimatedValue": {"amount": "320000.00", "currency": "USD"}, "expectedCloseDate": "2027-01-31", "probability": 90}')
[[ -z "$city_won" ]] || rs_win "$CITY" "$city_won" # won: billing-service drafts its contract (opportunityId links them)

# ---- issue 21: executive cadence (GET /api/customers/{id}/cadence-policy, …/cadence, /api/cadence/due). The state
# agency sets its own policy and had a briefing 12 days ago; the others keep the defaults (QBR 90, briefing 30,
# steering committee 30 days), so the city's QBR of 170 days ago is overdue and shows on the due list.
rs_cadence_policy() { # rs_cadence_policy CUSTOMER BODY: sets the policy once (left alone when one is already set)
  local etag status
  rs_call GET "/api/customers/$1/cadence-policy" >/dev/null
  grep -q '"defaults"[[:space:]]*:[[:space:]]*false' "$RS_BODY" && return 0
  etag=$(sed -n 's/^[Ee][Tt]ag:[[:space:]]*\([^[:space:]]*\).*/\1/p' "$RS_HEADERS" | head -n 1)
  status=$(rs_call PUT "/api/customers/$1/cadence-policy" "$2" "If-Match: $etag")
  [[ "$status" == 200 ]] || { echo "relationship seed: PUT /api/customers/$1/cadence-policy answered $status: $(head -c 400 "$RS_BODY")" >&2; return 1; }
}
rs_interaction "$STATE" state-i6 executive-briefing 12 "[\"$s_cio\", \"$s_lob\"]" "Monthly executive briefing: eligibility roadmap" "Medicaid leadership joins the roadmap workshop" "Send workshop agenda" >/dev/null
rs_cadence_policy "$STATE" '{"qbrIntervalDays": 91, "executiveBriefingIntervalDays": 30, "steeringCommitteeIntervalDays": 21}'

echo "relationship seed: stakeholders, interactions, satisfaction surveys and account plans for $STATE_NAME, $UNI_NAME and $CITY_NAME"
