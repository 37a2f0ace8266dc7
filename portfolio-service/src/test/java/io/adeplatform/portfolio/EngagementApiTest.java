package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.ADMIN;
import static io.adeplatform.portfolio.Fixtures.DM;
import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.OUTSIDER;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.adeplatform.portfolio.Fixtures.VIEWER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Runs first (see the surefire configuration): its first customer also waits out the consumers' start-up. */
@QuarkusTest
@Order(1)
class EngagementApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void createsReadsListsAndPublishesCreated() throws Exception {
        String customer = Fixtures.customer();
        String name = "Eligibility modernisation " + UUID.randomUUID();
        String id = given().header("Authorization", EXEC).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(customer, name))
                .post("/api/engagements")
                .then().statusCode(201)
                .header("Location", containsString("/api/engagements/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("stage", equalTo("envisioning"))
                .body("health", equalTo("green"))
                .body("budget.currency", equalTo("USD"))
                .body("budget.amount", equalTo("100000.00"))
                .body("createdBy", equalTo("erin.exec"))
                .extract().path("id");
        given().header("Authorization", DM).get("/api/engagements/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("customerId", equalTo(customer));

        String other = Fixtures.engagement(customer);
        Fixtures.moveTo(other, "solution-development");
        given().header("Authorization", EXEC).queryParam("customerId", customer).get("/api/engagements")
                .then().statusCode(200).body("items", hasSize(2)).body("hasMore", equalTo(false));
        given().header("Authorization", EXEC).queryParam("customerId", customer).queryParam("stage", "solution-development")
                .get("/api/engagements").then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(other));
        given().header("Authorization", EXEC).queryParam("customerId", customer).queryParam("health", "red")
                .get("/api/engagements").then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", EXEC).queryParam("customerId", customer).queryParam("deliveryManager", "dave.dm")
                .queryParam("limit", 1).get("/api/engagements")
                .then().statusCode(200).body("items", hasSize(1)).body("hasMore", equalTo(true));
        given().header("Authorization", EXEC).queryParam("stage", "nonsense").get("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("stage"));

        ConsumerRecord<String, String> created = one(id, "io.adeplatform.portfolio.engagement.created.v1");
        assertThat(TestKafka.header(created, "ce_source")).isEqualTo("/portfolio-service");
        assertThat(TestKafka.header(created, "ce_subject")).isEqualTo(id);
        JsonNode payload = JSON.readTree(created.value());
        assertThat(payload.get("customerId").asText()).isEqualTo(customer);
        assertThat(payload.get("stage").asText()).isEqualTo("envisioning");
        assertThat(payload.get("budget").get("amount").decimalValue()).isEqualByComparingTo("100000");
        assertThat(EventContracts.violations(TestKafka.header(created, "ce_type"), created.value())).isEmpty();
    }

    @Test
    void invalidRequestsAndUnknownCustomersAreProblemsAndStoreNothing() {
        String customer = Fixtures.customer();
        long before = count();
        Map<String, Object> unknown = Fixtures.engagementBody(UUID.randomUUID().toString(), "Ghost");
        // a customer nobody's team holds answers like another team's customer (no existence oracle) ...
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(unknown).post("/api/engagements")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://adeplatform.io/problems/not-found"));
        // ... while an admin, who sees every customer, learns that it is unknown
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(unknown).post("/api/engagements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://adeplatform.io/problems/unknown-customer"));
        Map<String, Object> blank = Fixtures.engagementBody(customer, " ");
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(blank).post("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        Map<String, Object> backwards = Fixtures.engagementBody(customer, "Backwards");
        backwards.put("endDate", "2020-01-01");
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(backwards).post("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("endDate"));
        Map<String, Object> currency = Fixtures.engagementBody(customer, "Currency");
        currency.put("budget", Map.of("amount", "10.00", "currency", "usd"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(currency).post("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("budget.currency"));
        Map<String, Object> numeric = Fixtures.engagementBody(customer, "Numeric amount");
        numeric.put("budget", Map.of("amount", 100000, "currency", "USD")); // money amounts are decimal strings
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(numeric).post("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> sneaky = Fixtures.engagementBody(customer, "Sneaky");
        sneaky.put("stage", "delivery");
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(sneaky).post("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("stage"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body("{\"name\": ").post("/api/engagements")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void updatesNeedIfMatchAndPublishBudgetChanged() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        Map<String, Object> body = Fixtures.engagementBody(customer, "Renamed");
        body.remove("customerId");
        body.put("budget", Map.of("amount", "120000.50", "currency", "USD"));
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(body).put("/api/engagements/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", EXEC).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(body)
                .put("/api/engagements/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag("/api/engagements/" + id))
                .contentType(ContentType.JSON).body(body).put("/api/engagements/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Renamed"))
                .body("budget.amount", equalTo("120000.50"));
        ConsumerRecord<String, String> changed = one(id, "io.adeplatform.portfolio.engagement.budget-changed.v1");
        assertThat(JSON.readTree(changed.value()).get("budget").get("amount").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(EventContracts.violations(TestKafka.header(changed, "ce_type"), changed.value())).isEmpty();
        body.put("customerId", customer); // not a field an update may set
        given().header("Authorization", EXEC).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .put("/api/engagements/" + id).then().statusCode(400).body("errors.field", hasItem("customerId"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstCreate() {
        String customer = Fixtures.customer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.engagementBody(customer, "Once " + key);
        String first = given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/engagements").then().statusCode(201).extract().path("id");
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/engagements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("name", "Other " + key);
        given().header("Authorization", EXEC).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/engagements")
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select count(e) from Engagement e where e.customerId = :c", Long.class)
                .setParameter("c", UUID.fromString(customer)).getSingleResult())).isEqualTo(1L);
    }

    @Test
    void nonMembersGet404AndViewersCannotWrite() {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        given().header("Authorization", OUTSIDER).get("/api/engagements/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", OUTSIDER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "solution-development"))
                .post("/api/engagements/" + id + "/transitions").then().statusCode(404);
        given().header("Authorization", OUTSIDER).get("/api/engagements/" + id + "/milestones").then().statusCode(404);
        given().header("Authorization", OUTSIDER).get("/api/engagements/" + id + "/financials").then().statusCode(404);
        given().header("Authorization", OUTSIDER).queryParam("customerId", customer).get("/api/engagements")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", OUTSIDER).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(customer, "Intruder")).post("/api/engagements").then().statusCode(404);
        given().header("Authorization", ADMIN).get("/api/engagements/" + id).then().statusCode(200);

        given().header("Authorization", VIEWER).get("/api/engagements/" + id).then().statusCode(200);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON)
                .body(Fixtures.engagementBody(customer, "Viewer")).post("/api/engagements")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", VIEWER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "solution-development"))
                .post("/api/engagements/" + id + "/transitions").then().statusCode(403);
        given().header("Authorization", VIEWER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("percentComplete", 10)).put("/api/engagements/" + id + "/progress").then().statusCode(403);
        Map<String, Object> update = Fixtures.engagementBody(customer, "Viewer rename");
        update.remove("customerId");
        given().header("Authorization", VIEWER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(update)
                .put("/api/engagements/" + id).then().statusCode(403);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON)
                .body(Map.of("name", "M", "dueDate", Fixtures.today().toString()))
                .post("/api/engagements/" + id + "/milestones").then().statusCode(403);
        given().header("Authorization", VIEWER).contentType(ContentType.JSON)
                .body(Map.of("type", "assumption", "title", "A", "owner", "vic.viewer"))
                .post("/api/engagements/" + id + "/raid").then().statusCode(403);
        given().header("Authorization", OUTSIDER).contentType(ContentType.JSON)
                .body(Map.of("type", "assumption", "title", "A", "owner", "mallory"))
                .post("/api/engagements/" + id + "/raid").then().statusCode(404);
        given().header("Authorization", OUTSIDER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(update)
                .put("/api/engagements/" + id).then().statusCode(404);
        given().get("/api/engagements/" + id).then().statusCode(401);
        for (String list : List.of("milestones", "raid", "raid/overdue-actions", "status-reports", "steering-meetings",
                "costs")) {
            given().header("Authorization", EXEC).get("/api/engagements/" + id + "/" + list).then().statusCode(200)
                    .body("items", hasSize(0)).body("page", equalTo(0)).body("limit", equalTo(50))
                    .body("hasMore", equalTo(false));
            given().header("Authorization", OUTSIDER).get("/api/engagements/" + id + "/" + list).then().statusCode(404);
        }
    }

    @Test
    void lifecycleMilestonesAndClosure() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String engagement = "/api/engagements/" + id;
        String transitions = engagement + "/transitions";
        // If-Match is required: 428 without, 412 when stale, and nothing moves
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("to", "solution-development"))
                .post(transitions).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", EXEC).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                .body(Map.of("to", "solution-development")).post(transitions)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", EXEC).get(engagement).then().body("stage", equalTo("envisioning"));
        Fixtures.transition(engagement, transitions, "delivery")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://adeplatform.io/problems/illegal-transition"))
                .body("from", equalTo("envisioning")).body("to", equalTo("delivery"))
                .body("allowed", equalTo(List.of("solution-development")));
        Fixtures.transition(engagement, transitions, "finished").then().statusCode(400);
        Fixtures.moveTo(id, "solution-development", "delivery-planning", "delivery");

        String billable = given().header("Authorization", DM).contentType(ContentType.JSON)
                .body(Map.of("name", "Design sign-off", "dueDate", Fixtures.today().plusDays(30).toString(),
                        "amount", Map.of("amount", "25000.00", "currency", "USD")))
                .post("/api/engagements/" + id + "/milestones")
                .then().statusCode(201).body("status", equalTo("planned")).body("amount.amount", equalTo("25000.00"))
                .header("ETag", equalTo("\"0\"")).extract().path("id");
        String free = given().header("Authorization", DM).contentType(ContentType.JSON)
                .body(Map.of("name", "Kick-off", "dueDate", Fixtures.today().plusDays(20).toString()))
                .post("/api/engagements/" + id + "/milestones")
                .then().statusCode(201).body("amount", nullValue()).extract().path("id");
        String milestoneKey = UUID.randomUUID().toString();
        Map<String, Object> kickOffTwin = Map.of("name", "Kick-off", "dueDate", Fixtures.today().plusDays(20).toString());
        given().header("Authorization", DM).header("Idempotency-Key", milestoneKey).contentType(ContentType.JSON)
                .body(kickOffTwin).post("/api/engagements/" + id + "/milestones").then().statusCode(201);
        String twin = given().header("Authorization", DM).header("Idempotency-Key", milestoneKey).contentType(ContentType.JSON)
                .body(kickOffTwin).post("/api/engagements/" + id + "/milestones")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        milestone(id, twin, "waived");
        given().header("Authorization", DM).contentType(ContentType.JSON)
                .body(Map.of("name", "Euro", "dueDate", Fixtures.today().toString(), "amount", Map.of("amount", "5.00", "currency", "EUR")))
                .post("/api/engagements/" + id + "/milestones").then().statusCode(422);
        given().header("Authorization", DM).contentType(ContentType.JSON).body(Map.of("name", "No date"))
                .post("/api/engagements/" + id + "/milestones").then().statusCode(400).body("errors.field", hasItem("dueDate"));
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/milestones").then().statusCode(200)
                .body("items.name", equalTo(List.of("Kick-off", "Kick-off", "Design sign-off")))
                .body("hasMore", equalTo(false));
        given().header("Authorization", EXEC).queryParam("limit", 2).queryParam("page", 1)
                .get("/api/engagements/" + id + "/milestones").then().statusCode(200)
                .body("items.name", equalTo(List.of("Design sign-off"))).body("page", equalTo(1))
                .body("limit", equalTo(2)).body("hasMore", equalTo(false));
        given().header("Authorization", EXEC).queryParam("limit", 2).get("/api/engagements/" + id + "/milestones")
                .then().statusCode(200).body("items", hasSize(2)).body("hasMore", equalTo(true));
        given().header("Authorization", EXEC).queryParam("limit", 201).get("/api/engagements/" + id + "/milestones")
                .then().statusCode(400).body("errors.field", hasItem("limit"));

        QualityFixtures.passGatesInto(id, "closure");
        Fixtures.transition(engagement, transitions, "closure")
                .then().statusCode(409).body("type", equalTo("https://adeplatform.io/problems/milestones-not-settled"));
        String billablePath = engagement + "/milestones/" + billable;
        Fixtures.transition(billablePath, billablePath + "/transitions", "accepted")
                .then().statusCode(409).body("type", equalTo("https://adeplatform.io/problems/illegal-transition"))
                .body("from", equalTo("planned")).body("to", equalTo("accepted"))
                .body("allowed", equalTo(List.of("achieved", "waived")));
        // a milestone's transition needs the milestone's own ETag
        given().header("Authorization", EXEC).contentType(ContentType.JSON).body(Map.of("to", "achieved"))
                .post(billablePath + "/transitions").then().statusCode(428);
        given().header("Authorization", EXEC).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("to", "achieved")).post(billablePath + "/transitions").then().statusCode(412);
        given().header("Authorization", EXEC).get(billablePath).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("planned"));
        milestone(id, billable, "achieved");
        milestone(id, billable, "accepted");
        milestone(id, free, "waived");

        List<ConsumerRecord<String, String>> planned = TestKafka.await(TOPIC, r -> id.equals(r.key())
                && "io.adeplatform.portfolio.engagement.milestone-planned.v1".equals(TestKafka.header(r, "ce_type"))
                && r.value().contains(billable), 1, Duration.ofSeconds(30));
        assertThat(planned).as("milestone-planned of the billable milestone").hasSize(1);
        JsonNode plannedPayload = JSON.readTree(planned.get(0).value());
        assertThat(plannedPayload.get("customerId").asText()).isNotBlank();
        assertThat(plannedPayload.get("amount").get("amount").decimalValue()).isEqualByComparingTo("25000");
        assertThat(EventContracts.violations(TestKafka.header(planned.get(0), "ce_type"), planned.get(0).value())).isEmpty();

        ConsumerRecord<String, String> accepted = one(id, "io.adeplatform.portfolio.engagement.milestone-accepted.v1");
        JsonNode payload = JSON.readTree(accepted.value());
        assertThat(payload.get("milestoneId").asText()).isEqualTo(billable);
        assertThat(payload.get("amount").get("amount").decimalValue()).isEqualByComparingTo("25000");
        assertThat(payload.get("contractRef").asText()).isEqualTo("SOW-1");
        assertThat(payload.get("acceptedBy").asText()).isEqualTo("erin.exec");
        assertThat(EventContracts.violations(TestKafka.header(accepted, "ce_type"), accepted.value())).isEmpty();

        Fixtures.transition(engagement, transitions, "closure").then().statusCode(200).body("stage", equalTo("closure"));
        Fixtures.transition(engagement, transitions, "delivery").then().statusCode(409)
                .body("type", equalTo("https://adeplatform.io/problems/illegal-transition")).body("allowed", hasSize(0));
        given().header("Authorization", EXEC).header("If-Match", Fixtures.etag("/api/engagements/" + id))
                .contentType(ContentType.JSON).body(Map.of("percentComplete", 100))
                .put("/api/engagements/" + id + "/progress").then().statusCode(409);

        List<ConsumerRecord<String, String>> stages = TestKafka.await(TOPIC, r -> id.equals(r.key())
                && "io.adeplatform.portfolio.engagement.stage-changed.v1".equals(TestKafka.header(r, "ce_type")), 4, Duration.ofSeconds(20));
        assertThat(stages).hasSize(4);
        JsonNode last = JSON.readTree(stages.get(3).value());
        assertThat(last.get("from").asText()).isEqualTo("delivery");
        assertThat(last.get("to").asText()).isEqualTo("closure");
        assertThat(last.get("changedBy").asText()).isEqualTo("erin.exec");
        for (ConsumerRecord<String, String> r : stages) {
            assertThat(EventContracts.violations(TestKafka.header(r, "ce_type"), r.value())).isEmpty();
        }
        ConsumerRecord<String, String> closed = one(id, "io.adeplatform.portfolio.engagement.closed.v1");
        assertThat(EventContracts.violations(TestKafka.header(closed, "ce_type"), closed.value())).isEmpty();
    }

    @Test
    void contractExamplesConformToTheirSchemas() throws Exception {
        for (String event : List.of("created", "stage-changed", "health-changed", "milestone-planned", "milestone-accepted", "closed", "budget-changed")) {
            String example = Files.readString(EventContracts.contractsDirectory()
                    .resolve("events/portfolio/engagement-" + event + ".v1.example.json"));
            assertThat(EventContracts.violations("io.adeplatform.portfolio.engagement." + event + ".v1", example))
                    .as(event).isEmpty();
        }
        assertThat(EventContracts.violations("io.adeplatform.portfolio.engagement.created.v1", "{\"engagementId\":1}"))
                .isNotEmpty();
    }

    private static void milestone(String engagement, String milestone, String to) {
        String path = "/api/engagements/" + engagement + "/milestones/" + milestone;
        String before = Fixtures.etag(path);
        Fixtures.transition(path, path + "/transitions", to)
                .then().statusCode(200).body("status", equalTo(to)).header("ETag", not(equalTo(before)));
    }

    static ConsumerRecord<String, String> one(String key, String type) {
        List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC,
                r -> key.equals(r.key()) && type.equals(TestKafka.header(r, "ce_type")), 1, Duration.ofSeconds(20));
        assertThat(records).as(type).hasSize(1);
        return records.get(0);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(e) from Engagement e", Long.class).getSingleResult());
    }
}
