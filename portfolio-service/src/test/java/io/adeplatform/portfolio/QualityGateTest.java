package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.OUTSIDER;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.adeplatform.portfolio.Fixtures.VIEWER;
import static io.adeplatform.portfolio.QualityFixtures.gatesPath;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Issue 20, quality: stage gates refusing moves, reviews passing them, waivers by executives, findings into RAID. */
@QuarkusTest
class QualityGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATE_NOT_PASSED = "https://adeplatform.io/problems/gate-not-passed";

    private static Response post(String token, String path, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response move(String engagementId, String to) {
        String engagement = "/api/engagements/" + engagementId;
        return Fixtures.transition(engagement, engagement + "/transitions", to);
    }

    private static Map<String, Object> finding(String review, String severity, String title, Map<String, Object> fix) {
        Map<String, Object> body = new HashMap<>();
        body.put("reviewId", review.substring(review.lastIndexOf('/') + 1));
        body.put("severity", severity);
        body.put("title", title);
        body.put("remediation", fix);
        return body;
    }

    private static Map<String, Object> newAction() {
        return Map.of("owner", "dave.dm", "dueDate", Fixtures.today().plusDays(7).toString());
    }

    private static String findingsPath(String engagementId) {
        return "/api/engagements/" + engagementId + "/quality-findings";
    }

    private static ConsumerRecord<String, String> event(String key, String type, String containing) {
        List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC, r -> key.equals(r.key())
                && type.equals(TestKafka.header(r, "ce_type")) && r.value().contains(containing), 1,
                Duration.ofSeconds(20));
        assertThat(records).as(type).hasSize(1);
        assertThat(EventContracts.violations(type, records.get(0).value())).isEmpty();
        return records.get(0);
    }

    @Test
    void stageMoveIsRefusedUntilTheSolutionReviewPasses() throws Exception {
        String id = Fixtures.engagement(Fixtures.customer());
        Fixtures.moveTo(id, "solution-development");
        move(id, "delivery-planning").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(GATE_NOT_PASSED)).body("gate", equalTo("solution-review"))
                .body("stage", equalTo("delivery-planning")).body("status", equalTo("not-reviewed"))
                .body("open", equalTo(List.of("no review of the gate yet")));

        String review = QualityFixtures.startReview(id, "solution-review");
        given().header("Authorization", EXEC).get(review).then().statusCode(200).body("outcome", equalTo("pending"))
                .body("checklist", hasSize(3)).body("checklist.done", equalTo(List.of(false, false, false)))
                .body("title", equalTo("Solution review"));
        move(id, "delivery-planning").then().statusCode(409).body("type", equalTo(GATE_NOT_PASSED))
                .body("status", equalTo("pending")).body("reviewId", notNullValue())
                .body("open", hasItem("checklist item not done: Estimates and assumptions validated"));
        // the checklist needs If-Match and names only its own items
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("done", List.of()))
                .put(review + "/checklist").then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag(review)).contentType(ContentType.JSON)
                .body(Map.of("done", List.of("Lunch ordered"))).put(review + "/checklist").then().statusCode(422)
                .body("type", equalTo("https://adeplatform.io/problems/unknown-checklist-item"));
        Fixtures.transition(review, review + "/transitions", "passed").then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/review-incomplete"));
        String before = Fixtures.etag(review);
        QualityFixtures.checkAll(review);
        given().header("Authorization", EXEC).get(review).then().header("ETag", not(equalTo(before)))
                .body("checklist.done", equalTo(List.of(true, true, true)));

        // a high finding keeps the review from passing; its remediation becomes a RAID action of category quality
        String findingId = post(DM, findingsPath(id), finding(review, "high", "No disaster recovery design", newAction()))
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("status", equalTo("open"))
                .extract().path("id");
        String finding = findingsPath(id) + "/" + findingId;
        String action = given().header("Authorization", EXEC).get(finding).then().statusCode(200)
                .extract().path("raidItemId");
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/raid/" + action).then().statusCode(200)
                .body("type", equalTo("action")).body("category", equalTo("quality")).body("owner", equalTo("dave.dm"))
                .body("title", equalTo("Remediate: No disaster recovery design")).body("status", equalTo("open"));
        Fixtures.transition(review, review + "/transitions", "passed").then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/review-incomplete"))
                .body("open", equalTo(List.of("open high finding: No disaster recovery design")));
        Fixtures.transition(finding, finding + "/transitions", "resolved").then().statusCode(200)
                .body("status", equalTo("resolved")).body("resolvedBy", equalTo("erin.exec"));

        Fixtures.transition(review, review + "/transitions", "passed").then().statusCode(200)
                .body("outcome", equalTo("passed")).body("decidedBy", equalTo("erin.exec"));
        given().header("Authorization", EXEC).get(gatesPath(id) + "/solution-review").then().statusCode(200)
                .body("status", equalTo("passed")).body("open", hasSize(0)).body("waiver", nullValue());
        move(id, "delivery-planning").then().statusCode(200).body("stage", equalTo("delivery-planning"));
        // a move back for rework is not held, and the passed gate still lets the engagement forward again
        move(id, "solution-development").then().statusCode(200);
        move(id, "delivery-planning").then().statusCode(200);

        ConsumerRecord<String, String> decided = event(id,
                "io.adeplatform.portfolio.engagement.quality-review-decided.v1", "passed");
        JsonNode payload = JSON.readTree(decided.value());
        assertThat(payload.get("gate").asText()).isEqualTo("solution-review");
        assertThat(payload.get("decidedBy").asText()).isEqualTo("erin.exec");
    }

    @Test
    void onlyAnExecutiveMayWaiveAGateAndTheWaiverIsRecorded() throws Exception {
        String id = Fixtures.engagement(Fixtures.customer());
        Fixtures.moveTo(id, "solution-development");
        String waiver = gatesPath(id) + "/solution-review/waiver";
        Map<String, Object> why = Map.of("reason", "customer accepted the design risk in writing");
        post(DM, waiver, why).then().statusCode(403);
        post(VIEWER, waiver, why).then().statusCode(403);
        post(OUTSIDER, waiver, why).then().statusCode(404);
        post(EXEC, waiver, Map.of()).then().statusCode(400);
        post(EXEC, gatesPath(id) + "/no-such-gate/waiver", why).then().statusCode(404);
        move(id, "delivery-planning").then().statusCode(409).body("type", equalTo(GATE_NOT_PASSED));

        post(EXEC, waiver, why).then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("waived")).body("waiver.by", equalTo("erin.exec"))
                .body("waiver.reason", equalTo("customer accepted the design risk in writing"))
                .body("waiver.at", notNullValue());
        post(EXEC, waiver, why).then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/gate-let-through"));
        given().header("Authorization", DM).header("If-Match", Fixtures.etag("/api/engagements/" + id))
                .contentType(ContentType.JSON).body(Map.of("to", "delivery-planning"))
                .post("/api/engagements/" + id + "/transitions").then().statusCode(200);
        given().header("Authorization", EXEC).get(gatesPath(id)).then().statusCode(200)
                .body("items.gate", equalTo(List.of("solution-review", "deliverable-acceptance")))
                .body("items.status", equalTo(List.of("waived", "not-reviewed")));

        JsonNode payload = JSON.readTree(event(id, "io.adeplatform.portfolio.engagement.quality-gate-waived.v1",
                "solution-review").value());
        assertThat(payload.get("waivedBy").asText()).isEqualTo("erin.exec");
        assertThat(payload.get("stage").asText()).isEqualTo("delivery-planning");
    }

    @Test
    void theQualityDimensionFollowsReviewOutcomesAndOpenFindings() throws Exception {
        String id = Fixtures.engagement(Fixtures.customer());
        String health = "/api/engagements/" + id + "/health";
        String review = QualityFixtures.startReview(id, "solution-review");
        String risk = post(DM, "/api/engagements/" + id + "/raid", Map.of("type", "risk", "title", "Thin DR budget",
                "owner", "dave.dm", "probability", 2, "impact", 2)).then().statusCode(201).extract().path("id");

        // a medium finding linked to the existing risk: amber
        post(DM, findingsPath(id), finding(review, "medium", "Logging incomplete", Map.of("raidItemId", risk)))
                .then().statusCode(201).body("raidItemId", equalTo(risk));
        given().header("Authorization", EXEC).get(health).then().statusCode(200)
                .body("quality.rag", equalTo("amber"))
                .body("quality.reasons", equalTo(List.of("open medium review finding: Logging incomplete")));
        // a low one does not rate; a critical one turns it red
        post(DM, findingsPath(id), finding(review, "low", "Typos in the runbook", newAction())).then().statusCode(201);
        String critical = findingsPath(id) + "/" + post(DM, findingsPath(id),
                finding(review, "critical", "Data not encrypted at rest", newAction())).then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", EXEC).get(health).then().body("quality.rag", equalTo("red"))
                .body("overall.rag", equalTo("red"));
        Fixtures.transition(critical, critical + "/transitions", "resolved").then().statusCode(200);
        given().header("Authorization", EXEC).get(health).then().body("quality.rag", equalTo("amber"));
        given().header("Authorization", EXEC).queryParam("status", "open").get(findingsPath(id)).then()
                .statusCode(200).body("items.title", equalTo(List.of("Logging incomplete", "Typos in the runbook")));

        // a failed review is red until it is re-reviewed
        Fixtures.transition(review, review + "/transitions", "failed").then().statusCode(200);
        given().header("Authorization", EXEC).get(health).then().body("quality.rag", equalTo("red"))
                .body("quality.reasons", equalTo(List.of("quality review 'Solution review' failed")));
        ConsumerRecord<String, String> red = event(id, "io.adeplatform.portfolio.engagement.health-changed.v1",
                "review-failed");
        assertThat(JSON.readTree(red.value()).get("current").asText()).isEqualTo("red");
        Fixtures.transition(review, review + "/transitions", "failed").then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/illegal-transition"))
                .body("allowed", equalTo(List.of("pending", "passed")));
        Fixtures.transition(review, review + "/transitions", "pending").then().statusCode(200);
        given().header("Authorization", EXEC).get(health).then().body("quality.rag", equalTo("amber"));
    }

    @Test
    void badReferencesAndRolesAreRefused() {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String other = Fixtures.engagement(customer);
        String reviews = QualityFixtures.reviewsPath(id);
        post(EXEC, reviews, Map.of("gate", "no-such-gate", "reviewer", "erin.exec")).then().statusCode(422)
                .body("type", equalTo("https://adeplatform.io/problems/unknown-quality-gate"));
        post(EXEC, reviews, Map.of("gate", "solution-review")).then().statusCode(400);
        post(VIEWER, reviews, Map.of("gate", "solution-review", "reviewer", "vic")).then().statusCode(403);
        post(OUTSIDER, reviews, Map.of("gate", "solution-review", "reviewer", "m")).then().statusCode(404);
        String review = QualityFixtures.startReview(id, "solution-review");
        String otherReview = QualityFixtures.startReview(other, "solution-review");
        String otherRisk = post(DM, "/api/engagements/" + other + "/raid", Map.of("type", "action", "title", "Fix",
                "owner", "dave.dm", "dueDate", Fixtures.today().toString())).then().statusCode(201).extract().path("id");

        post(DM, findingsPath(id), finding(otherReview, "low", "Elsewhere", newAction())).then().statusCode(422)
                .body("type", equalTo("https://adeplatform.io/problems/unknown-quality-review"));
        post(DM, findingsPath(id), finding(review, "low", "Other's RAID", Map.of("raidItemId", otherRisk)))
                .then().statusCode(422).body("type", equalTo("https://adeplatform.io/problems/unknown-raid-item"));
        post(DM, findingsPath(id), finding(review, "low", "No remediation", Map.of())).then().statusCode(400);
        post(DM, findingsPath(id), finding(review, "severe", "Bad severity", newAction())).then().statusCode(400);
        given().header("Authorization", EXEC).get(findingsPath(id)).then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", EXEC).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("to", "failed")).post(review + "/transitions").then().statusCode(412);
        given().header("Authorization", OUTSIDER).get(reviews).then().statusCode(404);
        given().header("Authorization", VIEWER).get(reviews).then().statusCode(200).body("items", hasSize(1));
    }
}
