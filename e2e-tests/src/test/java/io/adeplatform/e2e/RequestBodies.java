package io.adeplatform.e2e;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.adeplatform.e2e.MatrixFixtures.money;
import static java.util.Map.entry;

/**
 * A valid request body for every operation of the documents that takes one, built from the fixtures of the customer
 * it is sent for (so a body names the member's or the non-member's customer, engagement, contract …). An operation
 * with a body but no entry here fails the matrix with the name of the missing entry.
 */
final class RequestBodies {

    private static final LocalDate TODAY = LocalDate.now();
    /** Goals are unique per customer and month: every created goal gets a month of its own. */
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger(1);

    private static final Map<String, Function<CustomerFixtures, Object>> BODIES = Map.ofEntries(
            // relationship-service
            entry("POST /api/customers", f -> Map.of("name", "Matrix created " + UUID.randomUUID(), "segment", "city")),
            entry("PUT /api/customers/{id}", f -> Map.of("name", "Matrix " + f.label + " " + UUID.randomUUID(),
                    "segment", "state-government", "region", "west")),
            entry("POST /api/customers/{customerId}/account-team", f -> Map.of("username", "matrix.extra-" + UUID.randomUUID(),
                    "role", "viewer")),
            entry("PUT /api/customers/{customerId}/account-team/{username}", f -> Map.of("role", "finance")),
            entry("POST /api/customers/{customerId}/stakeholders", f -> Map.of("name", "Robin Ruiz", "roleType", "cto",
                    "influence", 3, "stance", "neutral")),
            entry("PUT /api/stakeholders/{id}", f -> Map.of("name", "Casey Chen", "title", "CIO", "roleType", "cio",
                    "influence", 4, "stance", "supporter")),
            entry("POST /api/customers/{customerId}/interactions", f -> Map.of("type", "call", "date", TODAY.toString(),
                    "stakeholderIds", List.of(f.id("stakeholder")), "summary", "Weekly call")),
            entry("POST /api/customers/{customerId}/account-plan/objectives", f -> Map.of("title", "Reduce backlog")),
            entry("PUT /api/customers/{customerId}/account-plan/objectives/{id}", f -> Map.of("title", "Modernise tax filing",
                    "status", "on-track")),
            entry("POST /api/customers/{customerId}/account-plan/initiatives", f -> Map.of("name", "Data lake")),
            entry("PUT /api/customers/{customerId}/account-plan/initiatives/{id}", f -> Map.of("name", "Cloud landing zone",
                    "status", "in-progress")),
            entry("POST /api/customers/{customerId}/account-plan/opportunities", f -> opportunity()),
            entry("PUT /api/customers/{customerId}/account-plan/opportunities/{id}", f -> opportunity()),
            entry("POST /api/customers/{customerId}/account-plan/opportunities/{id}/transitions", f -> Map.of("to", "qualified")),
            entry("POST /api/customers/{id}/transitions", f -> Map.of("to", "archived")),
            entry("POST /api/customers/{customerId}/satisfaction-surveys", f -> Map.of("stakeholderId", f.id("stakeholder"),
                    "csat", 4, "nps", 9, "respondedOn", TODAY.toString(), "verbatim", "Clear status reports")),
            entry("POST /api/customers/{customerId}/satisfaction-follow-ups/{id}/transitions", f -> Map.of("to", "in-progress")),
            entry("POST /api/customers/{customerId}/status-packs", f -> MatrixFixtures.TINY_PDF),
            entry("POST /api/billing/revenue-targets", f -> Map.of("customerId", f.id("customer"), "fiscalYear", 2028,
                    "target", money(900000))),
            entry("PUT /api/billing/revenue-targets/{customerId}/{fiscalYear}", f -> Map.of("target", money(1200000))),
            entry("PUT /api/customers/{customerId}/cadence-policy", f -> Map.of("qbrIntervalDays", 90,
                    "executiveBriefingIntervalDays", 30, "steeringCommitteeIntervalDays", 21,
                    "steeringCommitteeOverrides", List.of())),
            // portfolio-service
            entry("POST /api/engagements", f -> engagement(Map.of("customerId", f.id("customer")))),
            entry("PUT /api/engagements/{id}", f -> engagement(Map.of())),
            entry("POST /api/engagements/{id}/transitions", f -> Map.of("to", "solution-development", "reason", "scoped")),
            entry("PUT /api/engagements/{id}/progress", f -> Map.of("percentComplete", 20)),
            entry("POST /api/engagements/{id}/resource-requests", f -> Map.of("role", "Data engineer", "fte", 0.5,
                    "costRate", money(80), "startDate", TODAY.toString(), "endDate", TODAY.plusDays(30).toString())),
            entry("POST /api/engagements/{id}/resource-requests/{requestId}/transitions", f -> Map.of("to", "cancelled")),
            entry("POST /api/engagements/{id}/quality-gates/{gate}/waiver", f -> Map.of(
                    "reason", "The customer accepted the risk in writing")),
            entry("POST /api/engagements/{id}/quality-reviews", f -> Map.of("gate", "solution-review",
                    "reviewer", DemoCaller.EXECUTIVE.username)),
            entry("PUT /api/engagements/{id}/quality-reviews/{reviewId}/checklist", f -> Map.of(
                    "done", List.of("Architecture and solution design reviewed"))),
            entry("POST /api/engagements/{id}/quality-reviews/{reviewId}/transitions", f -> Map.of("to", "failed")),
            entry("POST /api/engagements/{id}/quality-findings", f -> Map.of("reviewId", f.id("qualityReview"),
                    "severity", "low", "title", "Log retention unclear", "remediation",
                    Map.of("owner", DemoCaller.DELIVERY_MANAGER.username, "dueDate", TODAY.plusDays(14).toString()))),
            entry("POST /api/engagements/{id}/quality-findings/{findingId}/transitions", f -> Map.of("to", "resolved")),
            // a username of its own each time: the same person twice at 10 % is fine, but runs add up
            entry("POST /api/engagements/{id}/resource-requests/{requestId}/assignments", f -> Map.of(
                    "username", "matrix.person-" + UUID.randomUUID(), "allocationPercent", 10,
                    "startDate", TODAY.toString(), "endDate", TODAY.plusDays(10).toString())),
            entry("POST /api/engagements/{id}/milestones", f -> Map.of("name", "Pilot live",
                    "dueDate", TODAY.plusDays(60).toString(), "amount", money(25000))),
            entry("POST /api/engagements/{id}/milestones/{milestoneId}/transitions", f -> Map.of("to", "achieved")),
            entry("POST /api/engagements/{id}/raid", f -> Map.of("type", "issue", "title", "Firewall rules missing",
                    "owner", DemoCaller.DELIVERY_MANAGER.username)),
            entry("PUT /api/engagements/{id}/raid/{itemId}", f -> Map.of("title", "Key staff leave",
                    "owner", DemoCaller.DELIVERY_MANAGER.username, "probability", 3, "impact", 4)),
            entry("POST /api/engagements/{id}/raid/{itemId}/transitions", f -> Map.of("to", "in-progress")),
            entry("POST /api/engagements/{id}/status-reports", f -> Map.of("summary", "Steady")),
            entry("POST /api/engagements/{id}/steering-meetings", f -> Map.of("date", TODAY.toString(),
                    "attendees", List.of("Casey Chen"))),
            entry("POST /api/engagements/{id}/costs", f -> Map.of("date", TODAY.toString(), "amount", money(1200),
                    "description", "Travel")),
            // consumption-service
            entry("POST /api/consumption/subscriptions", f -> Map.of("id", "sub-" + UUID.randomUUID(), "name", "Test",
                    "customerId", f.id("customer"))),
            entry("PUT /api/consumption/subscriptions/{id}", f -> Map.of("name", "Production",
                    "engagementId", f.id("engagement"))),
            entry("POST /api/consumption/customers/{customerId}/goals", f -> Map.of("month",
                    YearMonth.now().plusMonths(NEXT_MONTH.getAndIncrement()).toString(), "target", money(12000))),
            entry("PUT /api/consumption/customers/{customerId}/goals/{goalId}", f -> Map.of("target", money(11000))),
            entry("POST /api/consumption/customers/{customerId}/commitments", f -> commitment()),
            entry("PUT /api/consumption/customers/{customerId}/commitments/{commitmentId}", f -> commitment()),
            entry("POST /api/consumption/customers/{customerId}/blockers", f -> Map.of("description", "Quota too low",
                    "category", "capacity", "owner", DemoCaller.DELIVERY_MANAGER.username)),
            entry("PUT /api/consumption/customers/{customerId}/blockers/{blockerId}", f -> Map.of(
                    "description", "Landing zone not approved", "category", "technical",
                    "owner", DemoCaller.DELIVERY_MANAGER.username)),
            entry("POST /api/consumption/customers/{customerId}/blockers/{blockerId}/transitions", f -> Map.of("to", "in-progress")),
            entry("POST /api/consumption/usage", f -> "date,subscriptionId,serviceName,meter,resourceGroup,quantity,unit,cost,currency\n"
                    + TODAY.minusDays(1) + "," + f.id("subscription") + ",Virtual Machines,D4s v5,rg-matrix,24,Hours,19.20,USD\n"),
            // escalation-service
            entry("POST /api/escalations", f -> Map.of("customerId", f.id("customer"), "title", "Report late",
                    "description", "The monthly report was late", "severity", "low", "category", "quality", "source", "internal")),
            entry("PUT /api/escalations/{id}", f -> Map.of("title", "Cut-over slipped", "description", "The cut-over weekend was missed",
                    "severity", "medium", "category", "delivery", "owner", DemoCaller.DELIVERY_MANAGER.username)),
            entry("POST /api/escalations/{id}/transitions", f -> Map.of("to", "acknowledged", "note", "on it")),
            entry("POST /api/escalations/{id}/level/transitions", f -> Map.of("to", "L2", "reason", "customer asked for the ADE")),
            entry("POST /api/escalations/{id}/sla/transitions", f -> Map.of("to", "paused", "reason", "waiting for the customer")),
            entry("POST /api/escalations/{id}/timeline", f -> Map.of("text", "Root cause found", "visibility", "internal",
                    "trend", "improving")),
            // the policy of the severity no fixture escalation has; values are the platform's defaults for 'low'
            entry("PUT /api/escalations/sla-policies/{severity}", f -> Map.of("acknowledgeMinutes", 1440, "resolveMinutes", 14400)),
            // the holder itself: a 422 the admin is authorized for, without moving the shared fixture's subscription
            entry("POST /api/consumption/subscriptions/{id}/transfers", f -> Map.of("customerId", f.id("customer"),
                    "reason", "matrix: transfer to its own holder")),
            // billing-service
            entry("POST /api/contracts", f -> contract(Map.of("customerId", f.id("customer")))),
            entry("PUT /api/contracts/{id}", f -> contract(Map.of())),
            entry("POST /api/contracts/{id}/transitions", f -> Map.of("to", "approved", "comment", "fine")),
            entry("POST /api/contracts/{id}/compliance/{item}", f -> Map.of("note", "reviewed")),
            entry("PUT /api/contracts/{id}/lines/{lineId}/progress", f -> Map.of("percentComplete", 25)),
            entry("POST /api/billing/time-entries", f -> Map.of("engagementId", f.id("engagement"),
                    "person", DemoCaller.DELIVERY_MANAGER.username, "role", "consultant",
                    "date", TODAY.minusDays(2).toString(), "hours", 1)),
            entry("POST /api/invoices/from-schedule", f -> Map.of("contractId", f.id("contract"), "asOf", TODAY.toString())),
            entry("POST /api/invoices/from-time", f -> Map.of("contractId", f.id("contract"),
                    "from", TODAY.minusDays(7).toString(), "to", TODAY.toString())),
            entry("POST /api/invoices/{id}/transitions", f -> Map.of("to", "issued", "invoiceDate", TODAY.toString())),
            entry("POST /api/billing/time-entries/{id}/transitions", f -> Map.of("to", "approved")),
            entry("POST /api/invoices/{id}/credit-notes", f -> Map.of("amount", money(100), "reason", "goodwill")));

    private RequestBodies() {
    }

    static Object body(ApiOperation operation, CustomerFixtures fixtures) {
        Function<CustomerFixtures, Object> body = BODIES.get(operation.key());
        if (body == null) {
            throw new AssertionError(operation.key() + " (" + operation.service() + ") takes a "
                    + operation.requestMediaType().orElseThrow() + " body but RequestBodies has none: add a valid one");
        }
        return body.apply(fixtures);
    }

    private static Map<String, Object> opportunity() {
        return Map.of("name", "Data platform", "estimatedValue", money(300000),
                "expectedCloseDate", TODAY.plusDays(120).toString());
    }

    private static Map<String, Object> commitment() {
        return Map.of("amount", money(1000000), "startDate", TODAY.minusDays(30).toString(),
                "endDate", TODAY.plusDays(700).toString());
    }

    private static Map<String, Object> engagement(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Tax platform migration", "offering", "Cloud migration",
                "deliveryManager", DemoCaller.DELIVERY_MANAGER.username, "startDate", TODAY.minusDays(30).toString(),
                "endDate", TODAY.plusDays(300).toString(), "budget", money(500000)));
        body.putAll(extra);
        return body;
    }

    private static Map<String, Object> contract(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Change request", "currency", "USD",
                "lines", List.of(Map.of("description", "Fixed fee", "billingMethod", "fixed-fee", "value", money(10000),
                        "schedule", List.of(Map.of("dueDate", TODAY.plusDays(30).toString(), "amount", money(10000)))))));
        body.putAll(extra);
        return body;
    }
}
