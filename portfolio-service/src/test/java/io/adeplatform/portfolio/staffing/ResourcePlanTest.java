package io.adeplatform.portfolio.staffing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.portfolio.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.adeplatform.portfolio.Fixtures.VIEWER;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.assign;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.move;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.postRequest;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.request;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.requests;
import static io.adeplatform.portfolio.staffing.StaffingFixtures.role;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The resource plan: the request state machine, filling by assignments, its events, and its cost vs the budget. */
@QuarkusTest
class ResourcePlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBMITTED = StaffingFixtures.TYPE_PREFIX + "resource-request-submitted.v1";
    private static final String FILLED = StaffingFixtures.TYPE_PREFIX + "resource-request-filled.v1";

    @Test
    void aRequestMovesDraftSubmittedPartiallyFilledFilledAndRefusesIllegalMoves() throws Exception {
        String e = StaffingFixtures.engagement(Fixtures.customer(), "2031-01-01", "2031-12-31", "100000.00");
        String r = request(e, role("Cloud architect", "2031-01-01", "2031-03-31", "100.00"));
        String path = requests(e) + "/" + r;
        given().header("Authorization", EXEC).get(path).then().statusCode(200)
                .header("ETag", "\"0\"").body("status", equalTo("draft")).body("fte", equalTo(1.0f))
                .body("hoursPerMonth", equalTo(160.0f)).body("allowedTransitions", equalTo(List.of("submitted", "cancelled")));

        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("to", "submitted"))
                .post(path + "/transitions").then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("to", "submitted")).post(path + "/transitions").then().statusCode(412);
        given().header("Authorization", VIEWER).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("to", "submitted")).post(path + "/transitions").then().statusCode(403);
        move(e, r, "filled").then().statusCode(409).body("type", equalTo("https://adeplatform.io/problems/illegal-transition"))
                .body("from", equalTo("draft")).body("to", equalTo("filled"))
                .body("allowed", equalTo(List.of("submitted", "cancelled")));
        String user = "alex." + UUID.randomUUID();
        assign(EXEC, e, r, user, 50, "2031-01-01", "2031-03-31", null).then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/request-not-assignable"));

        move(e, r, "submitted").then().statusCode(200).body("status", equalTo("submitted"))
                .body("allowedTransitions", equalTo(List.of("cancelled")));
        assign(EXEC, e, r, user, 50, "2026-12-01", "2031-03-31", null).then().statusCode(400);
        assign(DM, e, r, user, 50, "2031-01-01", "2031-03-31", null).then().statusCode(201)
                .body("username", equalTo(user)).body("overAllocationAllowed", equalTo(false));
        given().header("Authorization", EXEC).get(path).then().body("status", equalTo("partially-filled"))
                .body("allocatedPercent", equalTo(50));
        String other = "sam." + UUID.randomUUID();
        assign(EXEC, e, r, other, 50, "2031-02-01", "2031-03-31", null).then().statusCode(201);
        given().header("Authorization", EXEC).get(path).then().body("status", equalTo("filled"))
                .body("allocatedPercent", equalTo(100)).body("assignments.username", equalTo(List.of(user, other)))
                .body("allowedTransitions", equalTo(List.of()));
        move(e, r, "cancelled").then().statusCode(409).body("from", equalTo("filled")).body("allowed", equalTo(List.of()));
        assign(EXEC, e, r, "late." + UUID.randomUUID(), 10, "2031-01-01", "2031-01-31", null).then().statusCode(409);

        List<ConsumerRecord<String, String>> events = TestKafka.await(TOPIC, rec -> e.equals(rec.key())
                && TestKafka.header(rec, "ce_type").contains("resource-request"), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(rec -> TestKafka.header(rec, "ce_type")).containsExactly(SUBMITTED, FILLED);
        assertThat(EventContracts.violations(SUBMITTED, events.get(0).value())).isEmpty();
        assertThat(EventContracts.violations(FILLED, events.get(1).value())).isEmpty();
        JsonNode filled = JSON.readTree(events.get(1).value());
        assertThat(filled.get("requestId").asText()).isEqualTo(r);
        assertThat(filled.get("usernames").toString()).contains(user, other);
        assertThat(JSON.readTree(events.get(0).value()).get("role").asText()).isEqualTo("Cloud architect");
    }

    @Test
    void cancellingIsAllowedUntilFilledAndIsFinal() {
        String e = StaffingFixtures.engagement(Fixtures.customer(), "2031-01-01", "2031-12-31", "100000.00");
        String draft = request(e, role("Analyst", "2031-01-01", "2031-03-31", "80.00"));
        move(e, draft, "cancelled").then().statusCode(200).body("status", equalTo("cancelled"));
        move(e, draft, "submitted").then().statusCode(409).body("from", equalTo("cancelled"));
        String partial = StaffingFixtures.submitted(e, role("Tester", "2031-01-01", "2031-03-31", "80.00"));
        assign(EXEC, e, partial, "pat." + UUID.randomUUID(), 30, "2031-01-01", "2031-01-31", null).then().statusCode(201);
        move(e, partial, "cancelled").then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void thePlanIsCostedAtItsCostRatesAgainstTheBudget() {
        String e = StaffingFixtures.engagement(Fixtures.customer(), "2031-01-01", "2031-12-31", "100000.00");
        // 160 h × 3 whole months × 100 = 48,000
        request(e, role("Architect", "2031-01-01", "2031-03-31", "100.00"));
        // 0.5 FTE = 80 h a month, half of February 2027 (14 of 28 days) = 40 h × 150 = 6,000
        Map<String, Object> half = role("Engineer", "2031-02-01", "2031-02-14", "150.00");
        half.put("fte", 0.5);
        request(e, half);
        // cancelled: costs nothing
        Map<String, Object> dropped = role("Designer", "2031-04-01", "2031-04-30", "200.00");
        dropped.remove("fte");
        dropped.put("hoursPerMonth", 100);
        move(e, request(e, dropped), "cancelled").then().statusCode(200);

        given().header("Authorization", Fixtures.VIEWER).get("/api/engagements/" + e + "/staffing-cost").then()
                .statusCode(200).body("budget.amount", equalTo("100000.00"))
                .body("planCost.amount", equalTo("54000.00")).body("remaining.amount", equalTo("46000.00"))
                .body("percentOfBudget", equalTo(54.0f)).body("overBudget", equalTo(false))
                .body("lines.hours", equalTo(List.of(480.0f, 40.0f)))
                .body("lines.cost.amount", equalTo(List.of("48000.00", "6000.00")));

        // 160 h × 4 months × 100 = 64,000 more: 118,000 against 100,000
        request(e, role("Architect", "2031-05-01", "2031-08-31", "100.00"));
        given().header("Authorization", EXEC).get("/api/engagements/" + e + "/staffing-cost").then()
                .body("planCost.amount", equalTo("118000.00")).body("remaining.amount", equalTo("-18000.00"))
                .body("percentOfBudget", equalTo(118.0f)).body("overBudget", equalTo(true));
    }

    @Test
    void badPlanLinesAreRefusedAsProblems() {
        String e = StaffingFixtures.engagement(Fixtures.customer(), "2031-01-01", "2031-12-31", "100000.00");
        Map<String, Object> both = role("Architect", "2031-01-01", "2031-03-31", "100.00");
        both.put("hoursPerMonth", 80);
        postRequest(e, both).then().statusCode(400);
        Map<String, Object> euro = role("Architect", "2031-01-01", "2031-03-31", "100.00");
        euro.put("costRate", Map.of("amount", "100.00", "currency", "EUR"));
        postRequest(e, euro).then().statusCode(422).body("type", equalTo("https://adeplatform.io/problems/currency-mismatch"));
        postRequest(e, role("Architect", "2026-12-01", "2031-03-31", "100.00")).then().statusCode(422)
                .body("type", equalTo("https://adeplatform.io/problems/outside-engagement"));
        postRequest(e, role("Architect", "2031-03-01", "2031-02-01", "100.00")).then().statusCode(400);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON)
                .body(role("Architect", "2031-01-01", "2031-03-31", "100.00")).post(requests(e)).then().statusCode(403);
        given().header("Authorization", Fixtures.OUTSIDER).get(requests(e)).then().statusCode(404);
        given().header("Authorization", EXEC).get(requests(e) + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
