package io.adeplatform.escalation;

import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.adeplatform.escalation.Escalations.body;
import static io.adeplatform.escalation.Escalations.create;
import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Create, read, list and update escalations: validation, idempotency, optimistic concurrency, authorization. */
@QuarkusTest
class EscalationApiTest extends WithAccountTeam {

    private final String viewerName = "viewer." + UUID.randomUUID();
    private final String viewer = TestTokens.bearer(viewerName, "viewer");
    private final String outsider = TestTokens.bearer("outsider." + UUID.randomUUID(), "executive");

    @Inject
    EntityManager em;

    /** The writes on one escalation that take a body: sub-path and a valid body. */
    private static final List<Map.Entry<String, Map<String, Object>>> WRITES = List.of(
            Map.entry("transitions", Map.of("to", "acknowledged", "note", "x")),
            Map.entry("level/transitions", Map.of("to", "L2", "reason", "x")),
            Map.entry("sla/transitions", Map.of("to", "paused", "reason", "x")),
            Map.entry("timeline", Map.of("text", "x", "visibility", "internal")));

    /** Each of {@link #WRITES} on the escalation, by this caller, answers {@code status}. */
    private static void writesAnswer(String token, String id, int status) {
        for (Map.Entry<String, Map<String, Object>> write : WRITES) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(write.getValue())
                    .post("/api/escalations/" + id + "/" + write.getKey()).then().statusCode(status);
        }
    }

    private UUID customer() {
        return customer("Cascadia Health", member(viewerName, "viewer"));
    }

    @Test
    void opensReadsAndPublishesEscalationOpened() {
        UUID customer = customer();
        Map<String, Object> body = body(customer, "critical");
        UUID engagement = Escalations.engagement(customer);
        body.put("engagementId", engagement.toString());
        body.put("watchers", List.of("zoe.pm", "al.cto"));
        String id = given().header("Authorization", exec).contentType(ContentType.JSON).body(body)
                .post("/api/escalations")
                .then().statusCode(201)
                .header("Location", containsString("/api/escalations/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("open")).body("level", equalTo("L1")).body("severity", equalTo("critical"))
                .body("owner", equalTo(execName)).body("source", equalTo("customer"))
                .body("watchers", equalTo(List.of("al.cto", "zoe.pm")))
                .body("engagementId", equalTo(engagement.toString()))
                .body("slaBreached", equalTo(false)).body("paused", equalTo(false))
                .body("rootCause", nullValue())
                .extract().path("id");

        given().header("Authorization", viewer).get("/api/escalations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("title", equalTo(body.get("title")));
        given().header("Authorization", exec).get("/api/escalations/" + id + "/sla")
                .then().statusCode(200)
                .body("acknowledge.targetMinutes", equalTo(60)).body("resolve.targetMinutes", equalTo(1440))
                .body("acknowledge.state", equalTo("ok")).body("acknowledge.timer", equalTo("running"));
        given().header("Authorization", exec).get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].kind", equalTo("opened"));

        ConsumerRecord<String, String> opened = Escalations.assertPublished(id, "opened", 1).get(0);
        assertThat(Escalations.field(opened, "customerId")).isEqualTo(customer.toString());
        assertThat(Escalations.field(opened, "level")).isEqualTo("L1");
        assertThat(Escalations.field(opened, "engagementId")).isEqualTo(engagement.toString());
    }

    @Test
    void escalationRecordedAfterTheFactStartsItsSlaWhenItWasRaised() {
        UUID customer = customer();
        Map<String, Object> body = body(customer, "critical");
        java.time.OffsetDateTime raised = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(48).withNano(0);
        body.put("raisedAt", raised.toString());
        String id = given().header("Authorization", exec).contentType(ContentType.JSON).body(body).post("/api/escalations")
                .then().statusCode(201).extract().path("id");
        String openedAt = given().header("Authorization", exec).get("/api/escalations/" + id).then().statusCode(200)
                .extract().path("openedAt");
        assertThat(java.time.OffsetDateTime.parse(openedAt).toInstant()).isEqualTo(raised.toInstant());
        // 48 of 60 minutes to acknowledge are used: 80 %, past the 75 % warning
        given().header("Authorization", exec).get("/api/escalations/" + id + "/sla").then().statusCode(200)
                .body("acknowledge.state", equalTo("warning")).body("acknowledge.warningThreshold", equalTo(75));
    }

    @Test
    void invalidRequestsAreProblemsAndStoreNothing() {
        UUID customer = customer();
        Map<String, Object> blankTitle = body(customer, "high");
        blankTitle.put("title", " ");
        given().header("Authorization", exec).contentType(ContentType.JSON).body(blankTitle).post("/api/escalations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("title"));
        given().header("Authorization", exec).contentType(ContentType.JSON).body(body(customer, "urgent")).post("/api/escalations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("severity"));
        Map<String, Object> system = body(customer, "high");
        system.put("source", "system");
        given().header("Authorization", exec).contentType(ContentType.JSON).body(system).post("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("source"));
        Map<String, Object> sneaky = body(customer, "high");
        sneaky.put("level", "L3");
        given().header("Authorization", exec).contentType(ContentType.JSON).body(sneaky).post("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("level"));
        Map<String, Object> noCustomer = body(customer, "high");
        noCustomer.remove("customerId");
        given().header("Authorization", exec).contentType(ContentType.JSON).body(noCustomer).post("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("customerId"));
        given().header("Authorization", exec).contentType(ContentType.JSON).body("{\"title\": ").post("/api/escalations")
                .then().statusCode(400).contentType("application/problem+json");
        // an admin sees every customer, but one this service does not know is unprocessable
        given().header("Authorization", TestTokens.bearer("root", "admin")).contentType(ContentType.JSON)
                .body(body(UUID.randomUUID(), "high")).post("/api/escalations")
                .then().statusCode(422).body("type", containsString("unknown-customer"));
        Map<String, Object> future = body(customer, "high");
        future.put("raisedAt", java.time.OffsetDateTime.now().plusHours(1).toString());
        given().header("Authorization", exec).contentType(ContentType.JSON).body(future).post("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("raisedAt"));
        Map<String, Object> ancient = body(customer, "high");
        ancient.put("raisedAt", java.time.OffsetDateTime.now().minusDays(31).toString());
        given().header("Authorization", exec).contentType(ContentType.JSON).body(ancient).post("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("raisedAt"));
        given().header("Authorization", exec).get("/api/escalations/not-a-uuid").then().statusCode(404);
        given().header("Authorization", exec).queryParam("status", "pending").get("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", exec).queryParam("level", "L7").get("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("level"));
        given().header("Authorization", exec).queryParam("breached", "maybe").get("/api/escalations")
                .then().statusCode(400).body("errors.field", hasItem("breached"));
        assertThat(count(customer)).isZero();
    }

    @Test
    void accountTeamAndRolesDecideWhoSeesAndWrites() {
        UUID customer = customer();
        String id = create(exec, customer, "medium");
        // not on the account team: as if neither customer nor escalation existed
        given().header("Authorization", outsider).contentType(ContentType.JSON).body(body(customer, "high"))
                .post("/api/escalations").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", outsider).get("/api/escalations/" + id).then().statusCode(404);
        given().header("Authorization", outsider).get("/api/escalations/" + id + "/sla").then().statusCode(404);
        given().header("Authorization", outsider).get("/api/escalations/" + id + "/timeline").then().statusCode(404);
        writesAnswer(outsider, id, 404);
        given().header("Authorization", outsider).queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(0)).body("hasMore", equalTo(false));
        // a filter naming a customer that exists nowhere is the same empty page, never a 404
        given().header("Authorization", exec).queryParam("customerId", UUID.randomUUID().toString()).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(0)).body("page", equalTo(0)).body("hasMore", equalTo(false));
        given().header("Authorization", exec).queryParam("engagementId", UUID.randomUUID().toString()).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(0));
        // viewers read but never write
        given().header("Authorization", viewer).get("/api/escalations/" + id).then().statusCode(200);
        given().header("Authorization", viewer).contentType(ContentType.JSON).body(body(customer, "high"))
                .post("/api/escalations").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", viewer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(update(customer, "medium")).put("/api/escalations/" + id).then().statusCode(403);
        writesAnswer(viewer, id, 403);
        given().header("Authorization", viewer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("to", "running")).post("/api/escalations/" + id + "/sla/transitions").then().statusCode(403);
        // with the current If-Match too: the role decides, not the missing header
        for (Map.Entry<String, Map<String, Object>> write : WRITES) {
            given().header("Authorization", viewer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body(write.getValue()).post("/api/escalations/" + id + "/" + write.getKey()).then().statusCode(403);
        }
        given().get("/api/escalations/" + id).then().statusCode(401);
        // an admin sees everything
        given().header("Authorization", TestTokens.bearer("root", "admin")).get("/api/escalations/" + id).then().statusCode(200);
        given().header("Authorization", exec).get("/api/escalations/" + id).then().statusCode(200).body("status", equalTo("open"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstEscalation() {
        UUID customer = customer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(customer, "low");
        String first = given().header("Authorization", exec).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/escalations").then().statusCode(201).extract().path("id");
        given().header("Authorization", exec).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/escalations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first))
                .header("Location", containsString(first));
        body.put("title", "something else");
        given().header("Authorization", exec).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/escalations").then().statusCode(422).contentType("application/problem+json");
        assertThat(count(customer)).isEqualTo(1L);
        Escalations.assertPublished(first, "opened", 1);
    }

    @Test
    void updateNeedsTheCurrentETagAndReclassifiesTheSla() {
        UUID customer = customer();
        String id = create(exec, customer, "medium");
        Map<String, Object> change = update(customer, "critical");
        given().header("Authorization", dm).contentType(ContentType.JSON).body(change)
                .put("/api/escalations/" + id).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", dm).header("If-Match", "\"5\"").contentType(ContentType.JSON).body(change)
                .put("/api/escalations/" + id).then().statusCode(412);
        Map<String, Object> invalid = update(customer, "critical");
        invalid.put("owner", "");
        given().header("Authorization", dm).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(invalid)
                .put("/api/escalations/" + id).then().statusCode(400).body("errors.field", hasItem("owner"));
        given().header("Authorization", dm).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change)
                .put("/api/escalations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("severity", equalTo("critical")).body("owner", equalTo(dmName))
                .body("watchers", equalTo(List.of("cio.office"))).body("category", equalTo("technical"));
        given().header("Authorization", dm).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change)
                .put("/api/escalations/" + id).then().statusCode(412);
        // medium (8 h / 5 d) became critical (1 h / 24 h)
        given().header("Authorization", dm).get("/api/escalations/" + id + "/sla").then().statusCode(200)
                .body("acknowledge.targetMinutes", equalTo(60)).body("resolve.targetMinutes", equalTo(1440));
        given().header("Authorization", dm).queryParam("kind", "update").get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items[0].from", equalTo("medium")).body("items[0].to", equalTo("critical"));
    }

    @Test
    void aSeverityChangePublishesSeverityChangedWithTheChangeOnly() {
        UUID customer = customer();
        String id = create(exec, customer, "high");
        Map<String, Object> same = update(customer, "high");
        given().header("Authorization", dm).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(same)
                .put("/api/escalations/" + id).then().statusCode(200);
        Map<String, Object> critical = update(customer, "critical");
        critical.put("severityReason", "go-live blocked");
        // a stale version changes nothing and publishes nothing
        given().header("Authorization", dm).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(critical)
                .put("/api/escalations/" + id).then().statusCode(412);
        given().header("Authorization", dm).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(critical)
                .put("/api/escalations/" + id).then().statusCode(200).body("severity", equalTo("critical"));
        Map<String, Object> low = update(customer, "low");
        given().header("Authorization", exec).header("If-Match", "\"2\"").contentType(ContentType.JSON).body(low)
                .put("/api/escalations/" + id).then().statusCode(200).body("severity", equalTo("low"));

        List<ConsumerRecord<String, String>> events = Escalations.assertPublished(id, "severity-changed", 2);
        ConsumerRecord<String, String> up = events.get(0);
        assertThat(Escalations.field(up, "previousSeverity")).isEqualTo("high");
        assertThat(Escalations.field(up, "severity")).isEqualTo("critical");
        assertThat(Escalations.field(up, "reason")).isEqualTo("go-live blocked");
        assertThat(Escalations.field(up, "changedBy")).isEqualTo(dmName);
        assertThat(Escalations.field(up, "customerId")).isEqualTo(customer.toString());
        assertThat(Escalations.field(up, "category")).isEqualTo("technical");
        assertThat(Escalations.field(up, "source")).isEqualTo("customer");
        ConsumerRecord<String, String> down = events.get(1);
        assertThat(Escalations.field(down, "previousSeverity")).isEqualTo("critical");
        assertThat(Escalations.field(down, "severity")).isEqualTo("low");
        assertThat(Escalations.field(down, "reason")).isEqualTo("null");
        given().header("Authorization", dm).queryParam("kind", "update").get("/api/escalations/" + id + "/timeline")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[0].text", containsString("from high to critical: go-live blocked"));
    }

    @Test
    void everyEscalationThatIsNotClosedIsListedWithAStatusList() {
        UUID customer = customer();
        String open = create(exec, customer, "low");
        String acknowledged = create(exec, customer, "low");
        Escalations.transition(exec, acknowledged, "acknowledged");
        String investigating = create(exec, customer, "low");
        Escalations.transition(exec, investigating, "acknowledged");
        Escalations.transition(exec, investigating, "investigating");
        String mitigated = create(exec, customer, "low");
        Escalations.transition(exec, mitigated, "acknowledged");
        Escalations.transition(exec, mitigated, "investigating");
        Escalations.transition(exec, mitigated, "mitigated");
        String resolved = create(exec, customer, "low");
        Escalations.transition(exec, resolved, "acknowledged");
        Escalations.transition(exec, resolved, "investigating");
        Escalations.resolve(exec, resolved);
        String closed = create(exec, customer, "low");
        Escalations.transition(exec, closed, "acknowledged");
        Escalations.transition(exec, closed, "investigating");
        Escalations.resolve(exec, closed);
        Escalations.transition(exec, closed, "closed");

        // the query the gateway's Account 360 sends: comma-separated, repeated parameters work the same
        given().header("Authorization", exec).queryParam("customerId", customer.toString())
                .queryParam("status", "open,acknowledged,investigating,mitigated,resolved").get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(5))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(open, acknowledged, investigating, mitigated, resolved));
        given().header("Authorization", exec).queryParam("customerId", customer.toString())
                .queryParam("status", "closed").queryParam("status", "open").get("/api/escalations")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.containsInAnyOrder(open, closed));
        given().header("Authorization", exec).queryParam("customerId", customer.toString())
                .queryParam("status", "open,shelved").get("/api/escalations")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
    }

    @Test
    void listFiltersAndPages() {
        UUID customer = customer();
        String critical = create(exec, customer, "critical");
        String high = create(exec, customer, "high");
        String low = create(dm, customer, "low");
        Escalations.transition(exec, high, "acknowledged");
        Escalations.change(exec, critical, "level/transitions", Map.of("to", "L2", "reason", "CIO asked")).statusCode(200);

        String c = customer.toString();
        given().header("Authorization", exec).queryParam("customerId", c).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(3)).body("items.customerId", everyItem(equalTo(c)));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("severity", "critical").get("/api/escalations")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(critical));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("status", "acknowledged").get("/api/escalations")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(high));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("level", "L2").get("/api/escalations")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(critical));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("level", "l2").get("/api/escalations")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(critical));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("owner", dmName).get("/api/escalations")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo(low));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("breached", "false").get("/api/escalations")
                .then().body("items", hasSize(3));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("breached", "true").get("/api/escalations")
                .then().body("items", hasSize(0));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("engagementId", UUID.randomUUID().toString())
                .get("/api/escalations").then().body("items", hasSize(0));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("limit", 2).get("/api/escalations")
                .then().body("items", hasSize(2)).body("hasMore", equalTo(true));
        given().header("Authorization", exec).queryParam("customerId", c).queryParam("limit", 2).queryParam("page", 1)
                .get("/api/escalations").then().body("items", hasSize(1)).body("hasMore", equalTo(false));
        given().header("Authorization", exec).queryParam("limit", 500).get("/api/escalations").then().statusCode(400);
        // the caller's own customers only, without a customer filter too
        given().header("Authorization", viewer).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(3)).body("items[0].id", notNullValue());
    }

    private Map<String, Object> update(UUID customer, String severity) {
        Map<String, Object> change = body(customer, severity);
        change.remove("customerId");
        change.remove("source");
        change.put("category", "technical");
        change.put("owner", dmName);
        change.put("watchers", List.of("cio.office"));
        return change;
    }

    private long count(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(e) from Escalation e where e.customerId = :c", Long.class).setParameter("c", customer).getSingleResult());
    }
}
