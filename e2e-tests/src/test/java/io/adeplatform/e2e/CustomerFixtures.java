package io.adeplatform.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The ids of everything created for one customer through the API (customer, engagement, contract, invoice, …), and
 * how the path parameters of the OpenAPI documents map onto them.
 */
final class CustomerFixtures {

    /**
     * Path parameter, qualified by the path segment before it (a bare {@code {id}} means something else under
     * {@code /contracts} than under {@code /engagements}) → the fixture whose id it takes.
     */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            entry("customers/{id}", "customer"),
            entry("customers/{customerId}", "customer"),
            entry("customer-projections/{customerId}", "customer"),
            entry("accounts/{customerId}", "customer"),
            entry("customer-projections/{id}", "customer"),
            entry("account-team/{username}", "teamMember"),
            entry("stakeholders/{id}", "stakeholder"),
            entry("interactions/{id}", "interaction"),
            entry("objectives/{id}", "objective"),
            entry("initiatives/{id}", "initiative"),
            entry("opportunities/{id}", "opportunity"),
            entry("satisfaction-surveys/{id}", "satisfactionSurvey"),
            entry("satisfaction-follow-ups/{id}", "satisfactionFollowUp"),
            entry("status-packs/{packId}", "statusPack"),
            entry("engagements/{id}", "engagement"),
            entry("engagements/{engagementId}", "engagement"),
            entry("milestones/{milestoneId}", "milestone"),
            entry("raid/{itemId}", "raidRisk"),
            entry("status-reports/{reportId}", "statusReport"),
            entry("steering-meetings/{meetingId}", "steeringMeeting"),
            entry("resource-requests/{requestId}", "resourceRequest"),
            entry("quality-gates/{gate}", "qualityGate"),
            entry("quality-reviews/{reviewId}", "qualityReview"),
            entry("quality-findings/{findingId}", "qualityFinding"),
            entry("costs/{entryId}", "cost"),
            entry("credit-notes/{creditNoteId}", "creditNote"),
            entry("subscriptions/{id}", "subscription"),
            entry("goals/{goalId}", "goal"),
            entry("commitments/{commitmentId}", "commitment"),
            entry("blockers/{blockerId}", "blocker"),
            entry("escalations/{id}", "escalation"),
            entry("timeline/{entryId}", "timelineEntry"),
            entry("sla-policies/{severity}", "severity"),
            entry("contracts/{id}", "contract"),
            entry("lines/{lineId}", "fixedFeeLine"),
            entry("compliance/{item}", "complianceItem"),
            entry("time-entries/{id}", "timeEntry"),
            entry("invoices/{id}", "invoice"),
            entry("revenue-forecast/{customerId}", "customer"),
            entry("revenue-attainment/{customerId}", "customer"),
            entry("revenue-targets/{customerId}", "customer"),
            entry("{customerId}/{fiscalYear}", "fiscalYear"));

    final String label;
    private final Map<String, String> ids = new LinkedHashMap<>();

    CustomerFixtures(String label) {
        this.label = label;
    }

    void put(String fixture, String id) {
        ids.put(fixture, id);
    }

    String id(String fixture) {
        String id = ids.get(fixture);
        if (id == null) {
            throw new IllegalStateException("the " + label + " fixtures have no '" + fixture + "'; create it in MatrixFixtures");
        }
        return id;
    }

    /** The same fixtures with every id replaced by one that exists nowhere: what a non-member must not tell apart. */
    CustomerFixtures ghost() {
        CustomerFixtures ghost = new CustomerFixtures(label + " (ids that do not exist)");
        ids.forEach((fixture, id) -> ghost.put(fixture, id.length() >= 20
                ? (id.startsWith("sub-") ? "sub-" : "") + java.util.UUID.randomUUID() : id));
        return ghost;
    }

    /** The same fixtures with one replaced, e.g. a contract in another state under {@code contracts/{id}}. */
    CustomerFixtures with(String fixture, String id) {
        CustomerFixtures changed = new CustomerFixtures(label + " (" + fixture + " " + id + ")");
        changed.ids.putAll(ids);
        changed.put(fixture, id);
        return changed;
    }

    /** Every id, to check that a list answered to a non-member shows none of them. */
    Map<String, String> all() {
        return Map.copyOf(ids);
    }

    /** The path with each {parameter} replaced by its fixture's id; an unmapped parameter fails with what to add. */
    String resolve(String path) {
        String[] segments = path.split("/");
        StringBuilder resolved = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String fixture = PARAMETERS.get(segments[i - 1] + "/" + segment);
                if (fixture == null) {
                    throw new AssertionError("path parameter " + segment + " of " + path + " has no fixture: create one in"
                            + " MatrixFixtures and map '" + segments[i - 1] + "/" + segment + "' in CustomerFixtures.PARAMETERS");
                }
                segment = id(fixture);
            }
            resolved.append('/').append(segment);
        }
        return resolved.toString();
    }
}
