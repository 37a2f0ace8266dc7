package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.OUTSIDER;
import static io.adeplatform.portfolio.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RaidStatusSteeringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    private static Map<String, Object> risk(String title, int probability, int impact) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "risk");
        body.put("title", title);
        body.put("owner", "dave.dm");
        body.put("probability", probability);
        body.put("impact", impact);
        return body;
    }

    private static Response post(String path, Object body) {
        return given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void riskExposureHealthChangeAndConversionKeepingHistory() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String raid = "/api/engagements/" + id + "/raid";
        long before = count();
        Map<String, Object> incomplete = risk("No impact", 3, 3);
        incomplete.remove("impact");
        post(raid, incomplete).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("impact"));
        post(raid, risk("Too likely", 6, 3)).then().statusCode(400).body("errors.field", hasItem("probability"));
        post(raid, Map.of("type", "action", "title", "No due date", "owner", "dave.dm"))
                .then().statusCode(400).body("errors.field", hasItem("dueDate"));
        post(raid, Map.of("type", "gossip", "title", "x", "owner", "y")).then().statusCode(400);
        assertThat(count()).isEqualTo(before);

        String key = UUID.randomUUID().toString();
        Map<String, Object> vendor = risk("Vendor insolvency", 4, 4);
        String riskId = given().header("Authorization", DM).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(vendor).post(raid)
                .then().statusCode(201).body("exposure", equalTo(16)).body("status", equalTo("open"))
                .extract().path("id");
        given().header("Authorization", DM).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(vendor).post(raid).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(riskId));
        assertThat(count()).isEqualTo(before + 1);

        // exposure 16 >= 15: the risk dimension is red, but since issue 16 overall is DESIGN's schedule, budget,
        // scope and quality: the engagement stays green and nothing is published
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then().statusCode(200)
                .body("risk.rag", equalTo("red")).body("risk.reasons", hasItem("risk 'Vendor insolvency' has exposure 16"))
                .body("overall.rag", equalTo("green"));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().statusCode(200)
                .body("health", equalTo("green"));

        // three open quality issues (any spelling of the category) turn quality and overall red, and
        // EngagementHealthChanged says why
        List<String> issues = new ArrayList<>();
        for (String spelling : List.of("Quality", "quality", " QUALITY ")) {
            issues.add(post(raid, Map.of("type", "issue", "title", "Defect " + spelling.strip(), "owner", "dave.dm",
                    "category", spelling)).then().statusCode(201).body("category", equalTo("quality")).extract().path("id"));
        }
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().statusCode(200)
                .body("health", equalTo("red"))
                .body("healthReasons", hasItem("quality: 3 open quality issues: Defect QUALITY, Defect Quality, Defect quality"));
        // one issue turned it amber, the third red
        List<ConsumerRecord<String, String>> changes = TestKafka.await(Fixtures.TOPIC, r -> id.equals(r.key())
                && "io.adeplatform.portfolio.engagement.health-changed.v1".equals(TestKafka.header(r, "ce_type")), 2, Duration.ofSeconds(20));
        assertThat(changes).hasSize(2);
        ConsumerRecord<String, String> changed = changes.get(1);
        JsonNode payload = JSON.readTree(changed.value());
        assertThat(payload.get("previous").asText()).isEqualTo("amber");
        assertThat(payload.get("current").asText()).isEqualTo("red");
        assertThat(payload.get("causes").get(0).get("code").asText()).isEqualTo("quality-issues");
        assertThat(EventContracts.violations(TestKafka.header(changed, "ce_type"), changed.value())).isEmpty();
        for (String issue : issues) {
            Fixtures.transition(raid + "/" + issue, raid + "/" + issue + "/transitions", "closed").then().statusCode(200)
                    .body("status", equalTo("closed"));
        }

        post(raid, Map.of("type", "assumption", "title", "Data is clean", "owner", "erin.exec")).then().statusCode(201);
        given().header("Authorization", EXEC).queryParam("type", "risk").get(raid).then().statusCode(200)
                .body("items.id", equalTo(List.of(riskId))).body("hasMore", equalTo(false));
        given().header("Authorization", EXEC).queryParam("status", "closed").queryParam("limit", 2).get(raid).then()
                .statusCode(200).body("items.id", equalTo(issues.subList(0, 2))).body("hasMore", equalTo(true));
        given().header("Authorization", EXEC).queryParam("status", "closed").queryParam("limit", 2).queryParam("page", 1)
                .get(raid).then().statusCode(200).body("items.id", equalTo(issues.subList(2, 3)))
                .body("hasMore", equalTo(false));

        // convert is the transition to issue: same entry, now an issue, history kept and extended; If-Match required
        String risk = raid + "/" + riskId;
        given().header("Authorization", VIEWER).header("If-Match", Fixtures.etag(risk)).contentType(ContentType.JSON)
                .body(Map.of("to", "issue")).post(risk + "/transitions").then().statusCode(403);
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("to", "issue"))
                .post(risk + "/transitions").then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"9\"").contentType(ContentType.JSON)
                .body(Map.of("to", "issue")).post(risk + "/transitions").then().statusCode(412);
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag(risk)).contentType(ContentType.JSON)
                .body(Map.of("to", "issue", "reason", "the vendor filed for insolvency")).post(risk + "/transitions")
                .then().statusCode(200).body("id", equalTo(riskId)).body("type", equalTo("issue"))
                .body("convertedFrom", equalTo("risk")).body("history", hasSize(2))
                .body("history[0].what", equalTo("created as risk"))
                .body("history[1].what", equalTo("converted from risk to issue (the risk materialised) "
                        + "(the vendor filed for insolvency)"));
        Fixtures.transition(risk, risk + "/transitions", "issue")
                .then().statusCode(409).body("type", equalTo("https://adeplatform.io/problems/not-a-risk"))
                .body("allowed", equalTo(List.of("in-progress", "closed")));
        // the same status again is an illegal move, naming the allowed targets
        Fixtures.transition(risk, risk + "/transitions", "open")
                .then().statusCode(409).body("type", equalTo("https://adeplatform.io/problems/illegal-transition"))
                .body("from", equalTo("open")).body("to", equalTo("open"))
                .body("allowed", equalTo(List.of("in-progress", "closed")));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then().body("health", equalTo("green"));

        // update with If-Match; the status is no longer a field of the update (it moves by transitions)
        Map<String, Object> update = new HashMap<>(Map.of("title", "Vendor insolvency", "owner", "erin.exec",
                "category", "change"));
        Map<String, Object> withStatus = new HashMap<>(update);
        withStatus.put("status", "in-progress");
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag(raid + "/" + riskId))
                .contentType(ContentType.JSON).body(withStatus).put(raid + "/" + riskId)
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(update).put(raid + "/" + riskId)
                .then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"99\"").contentType(ContentType.JSON).body(update)
                .put(raid + "/" + riskId).then().statusCode(412);
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag(raid + "/" + riskId))
                .contentType(ContentType.JSON).body(update).put(raid + "/" + riskId)
                .then().statusCode(200).body("owner", equalTo("erin.exec")).body("status", equalTo("open"))
                .body("history", hasSize(3));
        Fixtures.transition(risk, risk + "/transitions", "in-progress").then().statusCode(200)
                .body("status", equalTo("in-progress")).body("history", hasSize(4))
                .body("history[3].what", equalTo("status: open → in-progress"));
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then().statusCode(200)
                .body("scope.rag", equalTo("amber")).body("scope.reasons[0]", equalTo("1 open change issue: Vendor insolvency"));

        given().header("Authorization", OUTSIDER).get(raid).then().statusCode(404);
        given().header("Authorization", OUTSIDER).get(raid + "/" + riskId).then().statusCode(404);
    }

    @Test
    void overdueActionsAreListed() {
        String id = Fixtures.engagement(Fixtures.customer());
        String raid = "/api/engagements/" + id + "/raid";
        String late = post(raid, Map.of("type", "action", "title", "Send plan", "owner", "dave.dm",
                "dueDate", Fixtures.today().minusDays(2).toString())).then().statusCode(201)
                .body("overdue", equalTo(true)).extract().path("id");
        post(raid, Map.of("type", "action", "title", "Book room", "owner", "dave.dm",
                "dueDate", Fixtures.today().plusDays(2).toString())).then().statusCode(201).body("overdue", equalTo(false));
        post(raid, Map.of("type", "issue", "title", "Old issue", "owner", "dave.dm",
                "dueDate", Fixtures.today().minusDays(9).toString())).then().statusCode(201);
        given().header("Authorization", VIEWER).get(raid + "/overdue-actions").then().statusCode(200)
                .body("items.id", equalTo(List.of(late))).body("hasMore", equalTo(false));
        // closing the action takes it off the list
        Fixtures.transition(raid + "/" + late, raid + "/" + late + "/transitions", "closed").then().statusCode(200)
                .body("overdue", equalTo(false));
        given().header("Authorization", VIEWER).get(raid + "/overdue-actions").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void statusReportsFreezeComputedRagWithOverrideBeside() {
        String customer = Fixtures.customer();
        Map<String, Object> body = Fixtures.engagementBody(customer, "Late one");
        body.put("startDate", Fixtures.today().minusDays(60).toString());
        String id = Fixtures.createEngagement(body).path("id");
        String base = "/api/engagements/" + id;
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag(base)).contentType(ContentType.JSON)
                .body(Map.of("percentComplete", 50)).put(base + "/progress").then().statusCode(200);
        post(base + "/milestones", Map.of("name", "Blueprint", "dueDate", Fixtures.today().minusDays(20).toString()))
                .then().statusCode(201);
        post(base + "/raid", Map.of("type", "issue", "title", "Extra interface", "owner", "dave.dm", "category", "change"))
                .then().statusCode(201);

        given().header("Authorization", VIEWER).contentType(ContentType.JSON).body(Map.of()).post(base + "/status-reports")
                .then().statusCode(403);
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("override", Map.of("rag", "purple", "reason", "x"))).post(base + "/status-reports")
                .then().statusCode(400);
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("override", Map.of("rag", "amber"))).post(base + "/status-reports")
                .then().statusCode(400).body("errors.field", hasItem("override.reason"));

        String key = UUID.randomUUID().toString();
        Map<String, Object> request = Map.of("summary", "Blueprint slipped",
                "override", Map.of("rag", "amber", "reason", "customer agreed the new blueprint date"));
        Response first = given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(request).post(base + "/status-reports");
        first.then().statusCode(201)
                .body("asOf", equalTo(Fixtures.today().toString()))
                .body("stage", equalTo("envisioning"))
                .body("schedule.rag", equalTo("red"))
                .body("schedule.reasons", hasItem("milestone 'Blueprint' is 20 days late"))
                .body("scope.rag", equalTo("amber"))
                .body("risk.rag", equalTo("green"))
                .body("overall.computed", equalTo("red"))
                .body("overall.override.rag", equalTo("amber"))
                .body("overall.override.by", equalTo("erin.exec"))
                .body("overall.override.reason", equalTo("customer agreed the new blueprint date"))
                .body("overall.effective", equalTo("amber"))
                .body("financials.percentComplete", equalTo(50.0f));
        String reportId = first.path("id");
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(request).post(base + "/status-reports").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(reportId));
        String frozen = given().header("Authorization", EXEC).get(base + "/status-reports/" + reportId)
                .then().statusCode(200).extract().asString();

        // facts change; the old report does not
        given().header("Authorization", EXEC).get(base + "/milestones").then().statusCode(200);
        String milestone = base + "/milestones/" + given().header("Authorization", EXEC).get(base + "/milestones")
                .path("items[0].id");
        Fixtures.transition(milestone, milestone + "/transitions", "achieved").then().statusCode(200);
        given().header("Authorization", EXEC).contentType(ContentType.JSON).post(base + "/status-reports")
                .then().statusCode(201).body("schedule.rag", equalTo("green")).body("overall.override", nullValue())
                .body("overall.effective", equalTo("amber"));
        assertThat(given().header("Authorization", EXEC).get(base + "/status-reports/" + reportId).asString()).isEqualTo(frozen);
        given().header("Authorization", EXEC).get(base + "/status-reports").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].id", equalTo(reportId)).body("items[0].financials.bac.amount", equalTo("100000.00"));
        given().header("Authorization", EXEC).queryParam("limit", 1).get(base + "/status-reports").then().statusCode(200)
                .body("items.id", equalTo(List.of(reportId))).body("hasMore", equalTo(true));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE status_report SET summary = 'rewritten' WHERE id = ?1").setParameter(1, UUID.fromString(reportId))
                .executeUpdate())).hasStackTraceContaining("frozen");
        given().header("Authorization", OUTSIDER).get(base + "/status-reports/" + reportId).then().statusCode(404);
    }

    @Test
    void steeringDecisionsSettleRaidItemsAndActionsBecomeRaidActions() {
        String id = Fixtures.engagement(Fixtures.customer());
        String base = "/api/engagements/" + id;
        String riskId = post(base + "/raid", risk("Budget freeze", 2, 3)).then().statusCode(201).extract().path("id");
        String issueId = post(base + "/raid", Map.of("type", "issue", "title", "Test environment missing", "owner", "dave.dm"))
                .then().statusCode(201).extract().path("id");
        long before = count();

        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("date", Fixtures.today().toString(), "attendees", List.of()))
                .post(base + "/steering-meetings").then().statusCode(400).body("errors.field", hasItem("attendees"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Map.of("date", Fixtures.today().toString(), "attendees", List.of("CIO"),
                        "decisions", List.of(Map.of("text", "x", "raidItemIds", List.of(UUID.randomUUID().toString()), "effect", "close")),
                        "actions", List.of(Map.of("title", "Should not exist", "owner", "dave.dm", "dueDate", "2030-01-01"))))
                .post(base + "/steering-meetings").then().statusCode(422);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON)
                .body(Map.of("date", Fixtures.today().toString(), "attendees", List.of("CIO")))
                .post(base + "/steering-meetings").then().statusCode(403);
        assertThat(count()).isEqualTo(before);

        Map<String, Object> meeting = Map.of(
                "date", Fixtures.today().toString(),
                "attendees", List.of("Jane Doe (CIO)", "ada.exec"),
                "agenda", List.of("Budget", "Environments"),
                "decisions", List.of(
                        Map.of("text", "Budget confirmed for FY27", "raidItemIds", List.of(riskId), "effect", "close"),
                        Map.of("text", "Customer provides test environment", "raidItemIds", List.of(issueId),
                                "effect", "update", "status", "in-progress", "dueDate", Fixtures.today().plusDays(14).toString())),
                "actions", List.of(Map.of("title", "Order environment", "owner", "cio.office",
                        "dueDate", Fixtures.today().plusDays(7).toString())));
        Response created = given().header("Authorization", DM).contentType(ContentType.JSON).body(meeting)
                .post(base + "/steering-meetings");
        created.then().statusCode(201).body("attendees", hasSize(2)).body("decisions", hasSize(2))
                .body("actions[0].owner", equalTo("cio.office"));
        String actionId = created.path("actions[0].raidItemId");

        given().header("Authorization", EXEC).get(base + "/raid/" + riskId).then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("history[1].what", equalTo("steering committee " + Fixtures.today() + " decided: Budget confirmed for FY27 → closed"));
        given().header("Authorization", EXEC).get(base + "/raid/" + issueId).then().statusCode(200)
                .body("status", equalTo("in-progress")).body("dueDate", equalTo(Fixtures.today().plusDays(14).toString()));
        given().header("Authorization", EXEC).get(base + "/raid/" + actionId).then().statusCode(200)
                .body("type", equalTo("action")).body("owner", equalTo("cio.office")).body("status", equalTo("open"));
        given().header("Authorization", VIEWER).get(base + "/steering-meetings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].agenda", equalTo(List.of("Budget", "Environments")))
                .body("hasMore", equalTo(false));
        given().header("Authorization", OUTSIDER).get(base + "/steering-meetings").then().statusCode(404);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(r) from RaidItem r", Long.class).getSingleResult());
    }
}
