package io.adeplatform.gateway.statuspack;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** What the stand-in services answer for the status-pack tests, in their documented shapes (contracts/openapi). */
final class FakeData {

    static final String CUSTOMER = "11111111-1111-4111-8111-111111111111";
    /** A customer whose consumption service never answers and whose escalation service fails. */
    static final String DEGRADED = "22222222-2222-4222-8222-222222222222";
    static final String OTHER_CUSTOMER = "33333333-3333-4333-8333-333333333333";
    static final String MIGRATION = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String PLATFORM = "aaaaaaaa-0000-4000-8000-000000000002";
    static final String OTHERS_ENGAGEMENT = "aaaaaaaa-0000-4000-8000-000000000003";
    static final String ESCALATION_1 = "eeeeeeee-0000-4000-8000-000000000001";
    static final String ESCALATION_2 = "eeeeeeee-0000-4000-8000-000000000002";
    static final int MILESTONES = 45;

    private FakeData() {
    }

    static JsonObject customer(String id) {
        String name = id.equals(DEGRADED) ? "Degraded Industries" : id.equals(OTHER_CUSTOMER) ? "Other Corp" : "Contoso Steering AG";
        return new JsonObject().put("id", id).put("name", name).put("industry", "Manufacturing").put("segment", "enterprise")
                .put("region", "EMEA").put("tier", "strategic").put("status", "active");
    }

    static JsonObject health(String customerId) {
        return new JsonObject().put("customerId", customerId).put("band", "amber").put("score", 62).put("totalWeight", 100)
                .put("factors", new JsonArray()
                        .add(new JsonObject().put("name", "escalations").put("value", 40).put("weight", 30)
                                .put("contribution", 12).put("detail", "two escalations open"))
                        .add(new JsonObject().put("name", "consumption").put("value", 80).put("weight", 40)
                                .put("contribution", 32).put("detail", "on track")));
    }

    static JsonObject engagement(String id) {
        String name = id.equals(MIGRATION) ? "Cloud Migration" : id.equals(PLATFORM) ? "Data Platform" : "Other Work";
        String customer = id.equals(OTHERS_ENGAGEMENT) ? OTHER_CUSTOMER : CUSTOMER;
        return new JsonObject().put("id", id).put("customerId", customer).put("name", name).put("stage", "delivery")
                .put("health", id.equals(MIGRATION) ? "red" : "green").put("percentComplete", 40)
                .put("deliveryManager", "dora").put("startDate", "2026-01-01").put("endDate", "2026-12-31")
                .put("healthReasons", new JsonArray());
    }

    static JsonObject page(JsonArray items) {
        return new JsonObject().put("items", items).put("page", 0).put("limit", 50).put("hasMore", false);
    }

    static JsonObject engagementHealth(String id) {
        boolean red = id.equals(MIGRATION);
        JsonObject green = new JsonObject().put("rag", "green").put("reasons", new JsonArray());
        return new JsonObject().put("engagementId", id).put("asOf", "2026-06-30")
                .put("overall", red ? new JsonObject().put("rag", "red").put("reasons", new JsonArray().add("milestone Cutover is 12 days late")) : green)
                .put("schedule", red ? new JsonObject().put("rag", "red").put("reasons", new JsonArray().add("milestone Cutover is 12 days late")) : green)
                .put("budget", green).put("scope", green).put("quality", green).put("risk", green);
    }

    static JsonArray milestones(String id) {
        JsonArray items = new JsonArray();
        int count = id.equals(MIGRATION) ? MILESTONES : 1;
        for (int i = 1; i <= count; i++) {
            items.add(new JsonObject().put("id", "m" + i).put("name", "Milestone number " + i + " of a long plan")
                    .put("dueDate", String.format("2026-%02d-%02d", 1 + i % 12, 1 + i % 28)).put("status", "planned")
                    .put("amount", new JsonObject().put("amount", "1000.00").put("currency", "USD")));
        }
        return items;
    }

    static JsonArray raid(String type) {
        JsonArray items = new JsonArray();
        if (type.equals("risk")) {
            for (int i = 1; i <= 8; i++) {
                items.add(new JsonObject().put("type", "risk").put("title", "Risk " + i + (i == 8 ? " 東京 data centre ✓ emoji 🚀" : ""))
                        .put("probability", i).put("impact", 3).put("exposure", 3 * i).put("owner", "rita")
                        .put("status", i == 7 ? "closed" : "open"));
            }
        } else {
            items.add(new JsonObject().put("type", "decision").put("title", "Approve the cutover weekend")
                    .put("owner", "ed").put("dueDate", "2026-07-10").put("status", "open").put("overdue", false));
        }
        return items;
    }

    static JsonObject financials(String asOf) {
        return new JsonObject().put("asOf", asOf)
                .put("pv", money("120000.00")).put("ev", money("100000.00")).put("ac", money("125000.00"))
                .put("bac", money("300000.00")).put("eac", money("375000.00")).put("cpi", 0.8).put("spi", 0.83);
    }

    static JsonArray staffing(String id) {
        if (!id.equals(MIGRATION)) {
            return new JsonArray();
        }
        return new JsonArray().add(new JsonObject().put("role", "Solution architect").put("fte", 1.5).put("status", "filled")
                .put("assignments", new JsonArray().add(new JsonObject().put("username", "sam").put("allocationPercent", 100))));
    }

    static JsonObject consumption(String customerId) {
        JsonObject outlook = new JsonObject().put("commitment", money("1200000.00")).put("consumed", money("500000.00"))
                .put("remaining", money("700000.00")).put("projected", money("1100000.00")).put("shortfall", money("100000.00"))
                .put("startDate", "2026-01-01").put("endDate", "2026-12-31")
                .put("burnDown", new JsonArray()
                        .add(point("2026-01", "1100000.00")).add(point("2026-02", "950000.00"))
                        .add(point("2026-03", "850000.00")).add(point("2026-04", "700000.00")));
        return new JsonObject().put("customerId", customerId).put("currency", "USD").put("asOf", "2026-06-30")
                .put("commitments", new JsonArray().add(new JsonObject().put("commitmentId", "c1")
                        .put("riskState", "at-risk").put("atRisk", true).put("outlook", outlook)));
    }

    static JsonArray escalations() {
        return new JsonArray()
                .add(new JsonObject().put("id", ESCALATION_1).put("title", "Outage of the order API").put("severity", "critical")
                        .put("level", "L2").put("status", "investigating").put("owner", "olga").put("slaBreached", false))
                .add(new JsonObject().put("id", ESCALATION_2).put("title", "Slow reports").put("severity", "medium")
                        .put("level", "L1").put("status", "open").put("owner", "olga").put("slaBreached", true));
    }

    static JsonObject sla(String escalationId) {
        boolean first = escalationId.equals(ESCALATION_1);
        return new JsonObject().put("escalationId", escalationId).put("paused", false)
                .put("acknowledge", new JsonObject().put("state", "ok").put("timer", "stopped"))
                .put("resolve", new JsonObject().put("state", first ? "warning" : "breached").put("timer", "running")
                        .put("remaining", first ? "PT2H" : "PT0S"));
    }

    private static JsonObject point(String month, String remaining) {
        return new JsonObject().put("month", month).put("remaining", money(remaining));
    }

    private static JsonObject money(String amount) {
        return new JsonObject().put("amount", amount).put("currency", "USD");
    }
}
