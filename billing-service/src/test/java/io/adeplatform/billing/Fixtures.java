package io.adeplatform.billing;

import io.adeplatform.platform.references.CustomerReferences;
import io.adeplatform.platform.testing.TestEngagements;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Test data: customers through the real projection topic, engagements through portfolio's topic, contract bodies. */
public final class Fixtures {

    public static final String EXEC = "ada.exec";
    public static final String EXEC2 = "eli.exec";
    public static final String FINANCE = "fay.finance";
    public static final String FINANCE2 = "fin.second";
    public static final String DM = "dan.delivery";
    public static final String VIEWER = "vic.viewer";
    public static final String OUTSIDER = "olga.outsider";

    public static final String PROJECTION = "/api/billing/customer-projections";

    private Fixtures() {
    }

    /** An event payload as a tree (the outbox stores jsonb, so the published text is normalized by PostgreSQL). */
    public static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String user) {
        return switch (user) {
            case EXEC, EXEC2 -> TestTokens.bearer(user, "executive");
            case FINANCE, FINANCE2 -> TestTokens.bearer(user, "finance");
            case DM -> TestTokens.bearer(user, "delivery-manager");
            case VIEWER -> TestTokens.bearer(user, "viewer");
            case "root" -> TestTokens.bearer(user, "admin");
            default -> TestTokens.bearer(user, "executive", "finance");
        };
    }

    public static RequestSpecification as(String user) {
        return given().header("Authorization", bearer(user)).contentType(ContentType.JSON);
    }

    /** Registers a customer of this segment (the compliance checklist depends on it) whose account team holds every
     * test user but the outsider, through the platform's fixture, and waits for the projection. */
    public static UUID customer(String segment) {
        return TestCustomers.register(PROJECTION, "Customer " + segment, segment, member(EXEC, "executive"),
                member(EXEC2, "executive"), member(FINANCE, "finance"), member(FINANCE2, "finance"),
                member(DM, "delivery-manager"), member(VIEWER, "viewer"));
    }

    /** Publishes portfolio's EngagementCreated, in the shape of its agreed contract. */
    public static void engagementCreated(UUID engagementId, UUID customerId, String budget) {
        TestEngagements.created(engagementId, customerId, budget);
    }

    /** Publishes portfolio's actual-cost-changed: the engagement's cost ledger now totals {@code actualCost} USD. */
    public static void actualCostChanged(UUID engagementId, UUID customerId, String actualCost, String changedAt) {
        TestKafka.sendCloudEvent("portfolio.engagement.events", UUID.randomUUID(),
                "io.adeplatform.portfolio.engagement.actual-cost-changed.v1", engagementId.toString(),
                "{\"engagementId\":\"" + engagementId + "\",\"customerId\":\"" + customerId
                        + "\",\"actualCost\":{\"amount\":" + actualCost + ",\"currency\":\"USD\"},\"costEntryId\":\""
                        + UUID.randomUUID() + "\",\"source\":\"manual\",\"changedAt\":\"" + changedAt + "\"}");
    }

    /** Money as a request states it: the amount a decimal string (a JSON number is a 400). */
    public static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    /** The item's current ETag, read by an admin (who sees every customer) just before a change needs it. */
    public static String etag(String item) {
        return as("root").get(item).then().statusCode(200).extract().header("ETag");
    }

    /** {@code POST <item>/transitions {"to": to}} with the item's current ETag in If-Match. */
    public static Response transition(RequestSpecification caller, String item, String to) {
        return transition(caller, item, Map.of("to", to));
    }

    /** {@code POST <item>/transitions} with this body (the move's own fields) and the item's current ETag. */
    public static Response transition(RequestSpecification caller, String item, Map<String, Object> body) {
        return caller.header("If-Match", etag(item)).body(body).post(item + "/transitions");
    }

    /** Completes a compliance checklist item of the contract, with its current ETag. */
    public static Response comply(RequestSpecification caller, String contractId, String item, String note) {
        String contract = "/api/contracts/" + contractId;
        return caller.header("If-Match", etag(contract)).body(note == null ? Map.of() : Map.of("note", note))
                .post(contract + "/compliance/" + item);
    }

    public static Map<String, Object> tmLine(UUID engagementId, String value, String nte) {
        Map<String, Object> line = line("Consulting services", "time-and-materials", engagementId, value);
        if (nte != null) {
            line.put("notToExceed", money(nte));
        }
        line.put("rateCard", List.of(
                Map.of("role", "architect", "billRate", money("200"), "costRate", money("120")),
                Map.of("role", "engineer", "billRate", money("150"), "costRate", money("90"))));
        return line;
    }

    public static Map<String, Object> fixedLine(UUID engagementId, String value, List<Map<String, Object>> schedule) {
        Map<String, Object> line = line("Fixed-fee assessment", "fixed-fee", engagementId, value);
        line.put("schedule", schedule);
        return line;
    }

    public static Map<String, Object> installment(String date, String amount) {
        return Map.of("dueDate", date, "amount", money(amount));
    }

    public static Map<String, Object> milestoneLine(UUID engagementId, String value, List<Map<String, Object>> milestones) {
        Map<String, Object> line = line("Milestone delivery", "milestone", engagementId, value);
        line.put("milestones", milestones);
        return line;
    }

    /** What every line states; the billing method's own part is added by the caller. */
    private static Map<String, Object> line(String description, String billingMethod, UUID engagementId, String value) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("description", description);
        line.put("billingMethod", billingMethod);
        line.put("engagementId", engagementId);
        line.put("value", money(value));
        return line;
    }

    public static Map<String, Object> contract(UUID customerId, String nte, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("title", "Master services " + UUID.randomUUID());
        body.put("currency", "USD");
        if (nte != null) {
            body.put("notToExceed", money(nte));
        }
        body.put("lines", new ArrayList<>(lines));
        return body;
    }

    public static String create(Map<String, Object> body) {
        return as(EXEC).body(body).post("/api/contracts").then().statusCode(201).extract().path("id");
    }

    /** Drives a contract from draft to active: submit (exec), approve (finance, and exec2 when needed), compliance, sign, activate. */
    public static void activate(String id) {
        String contract = "/api/contracts/" + id;
        transition(as(EXEC), contract, "pending-approval").then().statusCode(200);
        transition(as(FINANCE), contract, "approved").then().statusCode(200);
        String status = as(EXEC).get(contract).path("status");
        if (!"approved".equals(status)) {
            transition(as(EXEC2), contract, "approved").then().statusCode(200);
        }
        List<String> items = as(EXEC).get(contract).path("compliance.item");
        for (String item : items) {
            comply(as(EXEC), id, item, "done").then().statusCode(200);
        }
        transition(as(EXEC), contract, "signed").then().statusCode(200);
        transition(as(EXEC), contract, "active").then().statusCode(200);
    }

    /** A new engagement of this customer, once this service's reference projection knows whose it is. */
    public static UUID engagement(UUID customer) {
        return TestEngagements.created(customer, id -> known(CustomerReferences.ENGAGEMENT, id));
    }

    /** A new milestone of this customer's engagement, once this service's reference projection knows whose it is. */
    public static UUID milestone(UUID engagement, UUID customer) {
        return TestEngagements.milestonePlanned(engagement, customer, id -> known(CustomerReferences.MILESTONE, id));
    }

    private static boolean known(String kind, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(CustomerReferences.class).get().ownerOf(kind, id)) != null;
    }
}
