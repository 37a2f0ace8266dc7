package io.adeplatform.billing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.adeplatform.billing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A contract, invoice, time entry or engagement of another account team answers exactly as a missing one: the same
 * problem type, title, status and detail (with the id in place of the missing id), so an outsider learns neither that
 * it exists nor which customer owns it.
 */
@QuarkusTest
class NotVisibleIsNotFoundTest {

    @Test
    void anotherTeamsThingsAnswerExactlyAsMissingOnes() {
        UUID customer = customer("enterprise");
        UUID engagement = engagement(customer);
        engagementCreated(engagement, customer, "5000");
        String contract = create(contract(customer, null, List.of(tmLine(engagement, "10000", null))));
        activate(contract);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(VIEWER)
                .get("/api/billing/engagements/" + engagement + "/profitability").then().body("budget.amount", equalTo("5000.00")));
        String entry = as(DM).body(hours(engagement)).post("/api/billing/time-entries").then().statusCode(201).extract().path("id");
        transition(as(FINANCE), "/api/billing/time-entries/" + entry, "approved").then().statusCode(200);
        String invoice = as(FINANCE).body(Map.of("contractId", contract, "from", "2026-06-01", "to", "2026-06-30"))
                .post("/api/invoices/from-time").then().statusCode(201).extract().path("id");
        Map<String, Object> revision = contract(customer, null, List.of(tmLine(engagement, "20000", null)));
        revision.remove("customerId");

        sameAsMissing(contract, id -> as(OUTSIDER).get("/api/contracts/" + id));
        sameAsMissing(contract, id -> as(OUTSIDER).get("/api/contracts/" + id + "/revenue"));
        sameAsMissing(contract, id -> as(OUTSIDER).header("If-Match", "\"0\"").body(revision).put("/api/contracts/" + id));
        sameAsMissing(contract, id -> move(id, "/api/contracts/", "closed"));
        sameAsMissing(contract, id -> as(OUTSIDER).header("If-Match", "\"0\"").body(Map.of())
                .post("/api/contracts/" + id + "/compliance/legal-review"));
        sameAsMissing(invoice, id -> as(OUTSIDER).get("/api/invoices/" + id));
        sameAsMissing(invoice, id -> move(id, "/api/invoices/", "issued"));
        sameAsMissing(invoice, id -> as(OUTSIDER).get("/api/invoices/" + id + "/credit-notes"));
        sameAsMissing(invoice, id -> as(OUTSIDER).body(Map.of("amount", money("10"), "reason", "x"))
                .post("/api/invoices/" + id + "/credit-notes"));
        sameAsMissing(entry, id -> as(OUTSIDER).get("/api/billing/time-entries/" + id));
        sameAsMissing(entry, id -> move(id, "/api/billing/time-entries/", "approved"));
        sameAsMissing(engagement.toString(), id -> as(OUTSIDER).get("/api/billing/engagements/" + id + "/profitability"));
        sameAsMissing(engagement.toString(), id -> as(OUTSIDER).body(hours(UUID.fromString(id))).post("/api/billing/time-entries"));
        sameAsMissing(engagement.toString(), id -> as(OUTSIDER).get("/api/billing/engagements/" + id + "/milestone-billing"));

        // and the team still sees every one of them
        as(VIEWER).get("/api/invoices/" + invoice).then().statusCode(200).body("status", equalTo("draft"));
        as(VIEWER).get("/api/billing/time-entries/" + entry).then().statusCode(200).body("invoiceId", equalTo(invoice));

        // a list filtered by what the caller may not see answers like one filtered by an id that exists nowhere: 200
        // with an empty page (a path naming it is the 404 above)
        for (String list : List.of("/api/contracts?customerId=" + customer, "/api/contracts?engagementId=" + engagement,
                "/api/invoices?customerId=" + customer, "/api/invoices?contractId=" + contract,
                "/api/billing/time-entries?engagementId=" + engagement, "/api/billing/time-entries?contractId=" + contract)) {
            as(VIEWER).get(list).then().statusCode(200).body("items", not(empty()));
            as(OUTSIDER).get(list).then().statusCode(200).body("items", empty()).body("page", equalTo(0))
                    .body("hasMore", equalTo(false));
            as(VIEWER).get(list.substring(0, list.indexOf('=') + 1) + UUID.randomUUID()).then().statusCode(200)
                    .body("items", empty());
        }
    }

    /** A move of the item by the outsider, with an If-Match (so the answer is about the item, not the header). */
    private static Response move(String id, String collection, String to) {
        return as(OUTSIDER).header("If-Match", "\"0\"").body(Map.of("to", to)).post(collection + id + "/transitions");
    }

    private static Map<String, Object> hours(UUID engagement) {
        return Map.of("engagementId", engagement, "person", "pat", "role", "architect", "date", "2026-06-01", "hours", 2);
    }

    /** The problem for {@code id} equals the one for a random id that exists nowhere, that id replaced by {@code id}. */
    private static void sameAsMissing(String id, Function<String, Response> call) {
        String missing = UUID.randomUUID().toString();
        Map<String, Object> hidden = call.apply(id).then().statusCode(404).contentType("application/problem+json")
                .extract().as(Map.class);
        Map<String, Object> absent = call.apply(missing).then().statusCode(404).extract().as(Map.class);
        assertThat(hidden.get("type")).isEqualTo(absent.get("type")).isEqualTo("https://adeplatform.io/problems/not-found");
        assertThat(hidden.get("title")).isEqualTo(absent.get("title"));
        assertThat(hidden.get("status")).isEqualTo(absent.get("status"));
        assertThat((String) hidden.get("detail")).isEqualTo(((String) absent.get("detail")).replace(missing, id))
                .contains(id);
    }
}
