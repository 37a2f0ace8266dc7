package io.adeplatform.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.adeplatform.platform.references.CustomerReferences;
import io.adeplatform.platform.testing.TestEngagements;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Satisfaction surveys, their trend, the health factor and detractor follow-ups, on PostgreSQL and Kafka. */
@QuarkusTest
class SatisfactionTest {

    private static final String TOPIC = "relationship.satisfaction.events";
    private static final String RECORDED = "io.adeplatform.relationship.satisfaction.survey-recorded.v1";
    private static final String FOLLOW_UP = "io.adeplatform.relationship.satisfaction.detractor-follow-up-created.v1";

    private final String owner = "sam." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private static Map<String, Object> answer(String stakeholderId, Object csat, Object nps, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("stakeholderId", stakeholderId);
        body.put("csat", csat);
        body.put("nps", nps);
        body.put("verbatim", "Solid delivery, slow reporting");
        body.put("respondedOn", on.toString());
        return body;
    }

    private String record(String token, String customer, Map<String, Object> body) {
        return as(token).body(body).post("/api/customers/" + customer + "/satisfaction-surveys")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void badScoresUnknownStakeholdersAndFutureAnswersAreRefusedAndNothingIsStored() {
        String customer = Api.customer(exec, "Pine County " + UUID.randomUUID());
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Pat Cio", "cio", 5, "supporter", null));
        String other = Api.customer(exec, "Elm City " + UUID.randomUUID());
        String foreign = Api.addStakeholder(exec, other, Api.stakeholder("Fay Cto", "cto", 3, "neutral", null));
        String surveys = "/api/customers/" + customer + "/satisfaction-surveys";
        for (Object[] scores : new Object[][]{{0, 5}, {6, 5}, {3, -1}, {3, 11}, {null, 5}, {3, null}, {3, 4.5}, {"3", 5}}) {
            as(exec).body(answer(cio, scores[0], scores[1], today)).post(surveys).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as(exec).body(answer(UUID.randomUUID().toString(), 3, 5, today)).post(surveys).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("unknown-stakeholder"));
        as(exec).body(answer(foreign, 3, 5, today)).post(surveys).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("unknown-stakeholder"));
        as(exec).body(answer(cio, 3, 5, today.plusDays(1))).post(surveys).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("survey-in-future"));
        // an engagement this service does not know as this customer's (here: one that exists nowhere) is refused
        Map<String, Object> unknownEngagement = answer(cio, 3, 5, today);
        unknownEngagement.put("engagementId", UUID.randomUUID().toString());
        as(exec).body(unknownEngagement).post(surveys).then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("unknown-engagement"));
        as(exec).get(surveys).then().statusCode(200).body("items", empty());
        as(exec).get("/api/customers/" + customer + "/satisfaction-follow-ups").then().statusCode(200).body("items", empty());
        as(exec).queryParam("months", 0).get("/api/customers/" + customer + "/satisfaction-trend").then().statusCode(400);
        as(exec).queryParam("months", 37).get("/api/customers/" + customer + "/satisfaction-trend").then().statusCode(400);
        as(exec).queryParam("engagementId", "nope").get(surveys).then().statusCode(400);
    }

    @Test
    void trendAveragesCsatAndComputesNpsPerMonth() {
        String customer = Api.customer(exec, "Birch University " + UUID.randomUUID());
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Kim Cio", "cio", 5, "supporter", null));
        // an engagement of this customer, once the reference projection has read its created event
        String engagement = TestEngagements.created(UUID.fromString(customer), id -> QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(CustomerReferences.class).get()
                        .ownerOf(CustomerReferences.ENGAGEMENT, id)) != null).toString();
        LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(15);
        Map<String, Object> aboutEngagement = answer(cio, 5, 10, today);
        aboutEngagement.put("engagementId", engagement);
        record(exec, customer, aboutEngagement);
        record(exec, customer, answer(cio, 4, 9, today));
        record(exec, customer, answer(cio, 2, 3, today));
        record(exec, customer, answer(cio, 3, 7, lastMonth));
        record(exec, customer, answer(cio, 4, 8, lastMonth));

        // this month: CSAT (5 + 4 + 2) / 3 = 3.67, NPS (2 promoters − 1 detractor) / 3 = 33.33
        // last month: CSAT (3 + 4) / 2 = 3.50, two passives → NPS 0; overall: CSAT 18 / 5 = 3.60, NPS (2 − 1) / 5 = 20.00
        as(exec).queryParam("months", 3).get("/api/customers/" + customer + "/satisfaction-trend").then().statusCode(200)
                .body("months", hasSize(3)).body("to", equalTo(YearMonth.from(today).toString()))
                .body("months[0].satisfaction.responses", equalTo(0))
                .body("months[0].satisfaction.averageCsat", nullValue())
                .body("months[1].satisfaction.responses", equalTo(2))
                .body("months[1].satisfaction.averageCsat", equalTo(3.5f))
                .body("months[1].satisfaction.nps", equalTo(0f))
                .body("months[2].satisfaction.responses", equalTo(3))
                .body("months[2].satisfaction.averageCsat", equalTo(3.67f))
                .body("months[2].satisfaction.nps", equalTo(33.33f))
                .body("months[2].satisfaction.detractors", equalTo(1))
                .body("overall.averageCsat", equalTo(3.6f)).body("overall.nps", equalTo(20f));
        // one engagement: the one answer about it, a promoter: NPS 100
        as(exec).queryParam("engagementId", engagement).get("/api/customers/" + customer + "/satisfaction-trend")
                .then().statusCode(200).body("months", hasSize(12)).body("overall.responses", equalTo(1))
                .body("overall.nps", equalTo(100f)).body("engagementId", equalTo(engagement));
        as(exec).queryParam("engagementId", engagement).get("/api/customers/" + customer + "/satisfaction-surveys")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].npsCategory", equalTo("promoter"));
        as(exec).queryParam("limit", 2).get("/api/customers/" + customer + "/satisfaction-surveys").then().statusCode(200)
                .body("items", hasSize(2)).body("hasMore", equalTo(true)).body("items[0].respondedOn", equalTo(today.toString()));
    }

    @Test
    void satisfactionMovesHealthAsDocumented() {
        String customer = Api.customer(exec, "Cedar Transit " + UUID.randomUUID());
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Ann Cio", "cio", 5, "champion", null));
        String cto = Api.addStakeholder(exec, customer, Api.stakeholder("Ben Cto", "cto", 4, "champion", cio));
        String dir = Api.addStakeholder(exec, customer, Api.stakeholder("Cy Director", "it-director", 3, "champion", cio));
        String lob = Api.addStakeholder(exec, customer, Api.stakeholder("Di Lob", "lob-leader", 4, "champion", null));
        Api.addInteraction(exec, customer, today, List.of(cio, cto, dir, lob));
        String health = "/api/customers/" + customer + "/health";
        // 77.5 of 90 → 86 (RelationshipHealthTest: with the cadence on schedule); an answer older than 180 days does
        // not count
        record(exec, customer, answer(cio, 1, 0, today.minusDays(181)));
        as(exec).get(health).then().body("score", equalTo(86)).body("totalWeight", equalTo(90));
        // CSAT 5 and 3 → 0.75, NPS 10 and 5 → 0 → 0.5: value 0.625, 6.25 points; 83.75 of 100 → 84
        record(exec, customer, answer(cio, 5, 10, today));
        record(exec, customer, answer(cto, 3, 5, today.minusDays(180)));
        as(exec).get(health).then().statusCode(200).body("score", equalTo(84)).body("band", equalTo("green"))
                .body("totalWeight", equalTo(100))
                .body("factors.find { it.name == 'customer-satisfaction' }.value", equalTo(0.625f))
                .body("factors.find { it.name == 'customer-satisfaction' }.weight", equalTo(10))
                .body("factors.find { it.name == 'customer-satisfaction' }.contribution", equalTo(6.25f));
        // a third answer, all detractor: CSAT 1, NPS 0 → CSAT 9 / 3 = 3 → 0.5; NPS (1 − 2) / 3 = −33.33 → 0.3333;
        // value 0.4167, 4.17 points; 81.67 of 100 → 82
        record(exec, customer, answer(dir, 1, 0, today));
        as(exec).get(health).then().body("score", equalTo(82));
        as(exec).get(health + "/history").then().body("items[-1].factors.name", org.hamcrest.Matchers.hasItem("customer-satisfaction"));
    }

    @Test
    void aDetractorAnswerOpensOneFollowUpForTheExecutiveThatCanBeClosed() throws Exception {
        String customer = Api.customer(exec, "Maple Schools " + UUID.randomUUID());
        String dm = "dora." + UUID.randomUUID();
        as(exec).body(Map.of("username", dm, "role", "delivery-manager"))
                .post("/api/customers/" + customer + "/account-team").then().statusCode(201);
        String delivery = TestTokens.bearer(dm, "delivery-manager");
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Lee Cio", "cio", 5, "neutral", null));
        String surveys = "/api/customers/" + customer + "/satisfaction-surveys";
        String followUps = "/api/customers/" + customer + "/satisfaction-follow-ups";

        // NPS 6 is a detractor (CSAT 4 fine); a retry with the same key replays and opens nothing more
        Map<String, Object> detractor = answer(cio, 4, 6, today);
        String first = as(delivery).header("Idempotency-Key", "csat-1").body(detractor).post(surveys).then()
                .statusCode(201).body("detractor", equalTo(true)).body("npsCategory", equalTo("detractor"))
                .header("Location", org.hamcrest.Matchers.containsString(surveys + "/")).extract().path("id");
        as(delivery).header("Idempotency-Key", "csat-1").body(detractor).post(surveys).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        record(delivery, customer, answer(cio, 3, 7, today));  // passive, CSAT 3: no follow-up
        String second = record(delivery, customer, answer(cio, 2, 9, today));  // promoter but CSAT 2: a follow-up
        as(exec).get(surveys + "/" + first).then().statusCode(200).body("csat", equalTo(4));

        as(exec).get(followUps).then().statusCode(200).body("items", hasSize(2))
                .body("items.surveyId", org.hamcrest.Matchers.containsInAnyOrder(first, second))
                .body("items.owner", contains(owner, owner)).body("items.status", contains("open", "open"))
                .body("items.dueDate", contains(today.plusDays(7).toString(), today.plusDays(7).toString()))
                .body("items.find { it.surveyId == '" + first + "' }.reason", equalTo("NPS 6 (detractor), CSAT 4"))
                .body("items.find { it.surveyId == '" + second + "' }.reason", equalTo("NPS 9, CSAT 2 (dissatisfied)"));

        List<ConsumerRecord<String, String>> recorded = Api.awaitRecords(TOPIC, customer, RECORDED, 3);
        List<ConsumerRecord<String, String>> opened = Api.awaitRecords(TOPIC, customer, FOLLOW_UP, 2);
        JsonNode firstOpened = new ObjectMapper().readTree(opened.get(0).value());
        assertThat(firstOpened.get("surveyId").asText()).isEqualTo(first);
        assertThat(firstOpened.get("dueDate").asText()).isEqualTo(today.plusDays(7).toString());
        assertThat(opened.get(0).value()).doesNotContain(owner).doesNotContain(dm);
        assertThat(new ObjectMapper().readTree(recorded.get(0).value()).get("detractor").asBoolean()).isTrue();

        String id = as(exec).queryParam("status", "open").get(followUps).then().extract().path("items[0].id");
        String item = followUps + "/" + id;
        as(exec).get(item).then().statusCode(200).header("ETag", "\"0\"");
        as(exec).body(Map.of("to", "in-progress")).post(item + "/transitions").then().statusCode(428);
        as(exec).header("If-Match", "\"7\"").body(Map.of("to", "in-progress")).post(item + "/transitions").then().statusCode(412);
        as(delivery).header("If-Match", "\"0\"").body(Map.of("to", "in-progress")).post(item + "/transitions")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("in-progress"));
        as(exec).header("If-Match", "\"1\"").body(Map.of("to", "open")).post(item + "/transitions").then().statusCode(409)
                .body("allowed", contains("done", "cancelled"));
        as(exec).header("If-Match", "\"1\"").body(Map.of("to", "done", "note", "Called back; weekly review agreed"))
                .post(item + "/transitions").then().statusCode(200).body("status", equalTo("done"))
                .body("closedBy", equalTo(owner)).body("closedAt", notNullValue())
                .body("note", equalTo("Called back; weekly review agreed"));
        as(exec).header("If-Match", "\"2\"").body(Map.of("to", "cancelled")).post(item + "/transitions").then()
                .statusCode(409).body("allowed", empty());
        as(exec).queryParam("status", "open").get(followUps).then().body("items", hasSize(1));
        as(exec).queryParam("status", "nope").get(followUps).then().statusCode(400);
    }

    @Test
    void viewersCannotWriteAndOutsidersSeeNothing() {
        String customer = Api.customer(exec, "Aspen Health " + UUID.randomUUID());
        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Max Cio", "cio", 5, "neutral", null));
        String survey = record(exec, customer, answer(cio, 1, 2, today));
        String base = "/api/customers/" + customer;
        String followUp = as(exec).get(base + "/satisfaction-follow-ups").then().extract().path("items[0].id");
        String accountViewer = "vic." + UUID.randomUUID();
        as(exec).body(Map.of("username", accountViewer, "role", "viewer")).post(base + "/account-team").then().statusCode(201);
        Map<String, Object> body = answer(cio, 4, 9, today);
        Map<String, String> done = Map.of("to", "done");
        // a realm viewer, and an executive who is only a viewer on this account: reads yes, writes 403
        for (String reader : List.of(TestTokens.bearer(accountViewer, "viewer"), TestTokens.bearer(accountViewer, "executive"))) {
            as(reader).get(base + "/satisfaction-surveys").then().statusCode(200).body("items", hasSize(1));
            as(reader).get(base + "/satisfaction-trend").then().statusCode(200);
            as(reader).body(body).post(base + "/satisfaction-surveys").then().statusCode(403);
            as(reader).header("If-Match", "\"0\"").body(done).post(base + "/satisfaction-follow-ups/" + followUp + "/transitions")
                    .then().statusCode(403);
        }
        String stranger = TestTokens.bearer("stranger." + UUID.randomUUID(), "executive");
        for (String path : List.of("/satisfaction-surveys", "/satisfaction-surveys/" + survey, "/satisfaction-trend",
                "/satisfaction-follow-ups", "/satisfaction-follow-ups/" + followUp)) {
            as(stranger).get(base + path).then().statusCode(404).contentType("application/problem+json");
        }
        as(stranger).body(body).post(base + "/satisfaction-surveys").then().statusCode(404);
        as(stranger).header("If-Match", "\"0\"").body(done).post(base + "/satisfaction-follow-ups/" + followUp + "/transitions")
                .then().statusCode(404);
        // a survey of another customer under this customer's path is a 404 too
        String other = Api.customer(exec, "Other " + UUID.randomUUID());
        as(exec).get("/api/customers/" + other + "/satisfaction-surveys/" + survey).then().statusCode(404);
        as(exec).get(base + "/satisfaction-follow-ups").then().body("items", hasSize(1)).body("items[0].status", equalTo("open"));
        as(TestTokens.bearer("root", "admin")).get(base + "/satisfaction-surveys/" + survey).then().statusCode(200);
    }
}
