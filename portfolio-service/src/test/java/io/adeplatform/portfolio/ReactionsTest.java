package io.adeplatform.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.EventContracts;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.adeplatform.portfolio.Fixtures.EXEC;
import static io.adeplatform.portfolio.Fixtures.TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Each reaction driven by a real event on the producer's topic, built like the producer's example payload. */
@QuarkusTest
class ReactionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESCALATIONS = "escalation.escalation.events";
    private static final String SEVERITY_CHANGED = "io.adeplatform.escalation.escalation.severity-changed.v1";

    @Inject
    EngagementEscalationRepository escalations;

    private static String field(String engagementId, String path) {
        return given().header("Authorization", EXEC).get("/api/engagements/" + engagementId).then().statusCode(200)
                .extract().path(path);
    }

    @Test
    void signedContractLinksEngagementsAndMovesThemOn() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        Fixtures.moveTo(id, "solution-development");
        String stranger = UUID.randomUUID().toString();
        String contractId = UUID.randomUUID().toString();
        String signed = """
                {"contractId": "%s", "customerId": "%s", "engagementIds": ["%s", "%s"],
                 "total": {"amount": 100000.00, "currency": "USD"}, "signedAt": "2026-11-27T09:15:00Z", "signedBy": "ada.exec"}
                """.formatted(contractId, customer, id, stranger);
        // an unrelated contract event type first: skipped
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), "io.adeplatform.billing.contract.approved.v1",
                contractId, "{\"contractId\": \"" + contractId + "\", \"customerId\": \"" + customer + "\"}");
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), "io.adeplatform.billing.contract.signed.v1",
                contractId, signed);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> contractId.equals(field(id, "contractId")));
        assertThat(field(id, "stage")).isEqualTo("delivery-planning");
        assertThat(field(id, "contractRef")).isEqualTo("SOW-1"); // an existing reference is kept

        List<ConsumerRecord<String, String>> stages = TestKafka.await(TOPIC, r -> id.equals(r.key())
                && "io.adeplatform.portfolio.engagement.stage-changed.v1".equals(TestKafka.header(r, "ce_type")), 2, Duration.ofSeconds(20));
        JsonNode moved = JSON.readTree(stages.get(1).value());
        assertThat(moved.get("to").asText()).isEqualTo("delivery-planning");
        assertThat(moved.get("changedBy").asText()).isEqualTo("billing-service");
        assertThat(EventContracts.violations(TestKafka.header(stages.get(1), "ce_type"), stages.get(1).value())).isEmpty();
    }

    @Test
    void criticalEscalationForcesRedUntilResolved() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String minor = UUID.randomUUID().toString();
        String critical = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(), "io.adeplatform.escalation.escalation.opened.v1",
                minor, opened(minor, customer, id, "high", "Slow responses"));
        TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(), "io.adeplatform.escalation.escalation.opened.v1",
                critical, opened(critical, customer, id, "critical", "Go-live blocked"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "red".equals(field(id, "health")));
        given().header("Authorization", EXEC).get("/api/engagements/" + id).then()
                .body("healthReasons", equalTo(List.of("schedule: critical escalation open: Go-live blocked (critical-escalation "
                        + critical + ")")));
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then()
                .body("schedule.rag", equalTo("red"))
                .body("schedule.reasons", hasItem("critical escalation open: Go-live blocked (critical-escalation " + critical + ")"));

        ConsumerRecord<String, String> red = EngagementApiTest.one(id, "io.adeplatform.portfolio.engagement.health-changed.v1");
        JsonNode payload = JSON.readTree(red.value());
        assertThat(payload.get("current").asText()).isEqualTo("red");
        assertThat(payload.get("previous").asText()).isEqualTo("green");
        assertThat(payload.get("customerId").asText()).isEqualTo(customer);
        assertThat(payload.get("causes").get(0).get("code").asText()).isEqualTo("critical-escalation");
        assertThat(payload.get("causes").get(0).get("escalationId").asText()).isEqualTo(critical);
        assertThat(EventContracts.violations(TestKafka.header(red, "ce_type"), red.value())).isEmpty();

        TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(), "io.adeplatform.escalation.escalation.resolved.v1",
                critical, """
                        {"escalationId": "%s", "customerId": "%s", "engagementId": "%s", "severity": "critical",
                         "resolvedAt": "2026-11-27T10:00:00Z"}
                        """.formatted(critical, customer, id));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "green".equals(field(id, "health")));
        List<ConsumerRecord<String, String>> changes = TestKafka.await(TOPIC, r -> id.equals(r.key())
                && "io.adeplatform.portfolio.engagement.health-changed.v1".equals(TestKafka.header(r, "ce_type")), 2, Duration.ofSeconds(20));
        assertThat(JSON.readTree(changes.get(1).value()).get("current").asText()).isEqualTo("green");
    }

    @Test
    void severityChangesMoveAnEscalationInAndOutOfForcingRed() throws Exception {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String escalation = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(ESCALATIONS, UUID.randomUUID(), "io.adeplatform.escalation.escalation.opened.v1",
                escalation, opened(escalation, customer, id, "high", "Cut-over at risk"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalationTracked(escalation));
        assertThat(field(id, "health")).isEqualTo("green"); // high, delivery: no effect on health

        // high → critical: forced red like a critical escalation opened, the event naming the escalation
        TestKafka.sendCloudEvent(ESCALATIONS, UUID.randomUUID(), SEVERITY_CHANGED, escalation,
                severityChanged(escalation, customer, id, "high", "critical"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "red".equals(field(id, "health")));
        ConsumerRecord<String, String> red = EngagementApiTest.one(id, "io.adeplatform.portfolio.engagement.health-changed.v1");
        JsonNode payload = JSON.readTree(red.value());
        assertThat(payload.get("reasons").get(0).asText())
                .isEqualTo("schedule: critical escalation open: Cut-over at risk (critical-escalation " + escalation + ")");
        assertThat(payload.get("causes").get(0).get("code").asText()).isEqualTo("critical-escalation");
        assertThat(payload.get("causes").get(0).get("escalationId").asText()).isEqualTo(escalation);
        assertThat(EventContracts.violations(TestKafka.header(red, "ce_type"), red.value())).isEmpty();

        // critical → medium: the forcing is lifted
        TestKafka.sendCloudEvent(ESCALATIONS, UUID.randomUUID(), SEVERITY_CHANGED, escalation,
                severityChanged(escalation, customer, id, "critical", "medium"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "green".equals(field(id, "health")));
    }

    @Test
    void qualityEscalationsRateQualityWithTheirCategoryKept() {
        String customer = Fixtures.customer();
        String id = Fixtures.engagement(customer);
        String escalation = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent(ESCALATIONS, UUID.randomUUID(), "io.adeplatform.escalation.escalation.opened.v1",
                escalation, opened(escalation, customer, id, "medium", "Defect backlog").replace("\"delivery\"", "\"quality\""));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "amber".equals(field(id, "health")));
        given().header("Authorization", EXEC).get("/api/engagements/" + id + "/health").then()
                .body("quality.rag", equalTo("amber"))
                .body("quality.reasons", equalTo(List.of("medium quality escalation open: Defect backlog")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> escalations.findById(UUID.fromString(escalation)).category))
                .isEqualTo("quality");
        // medium → high: quality red
        TestKafka.sendCloudEvent(ESCALATIONS, UUID.randomUUID(), SEVERITY_CHANGED, escalation,
                severityChanged(escalation, customer, id, "medium", "high").replace("\"delivery\"", "\"quality\""));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "red".equals(field(id, "health")));
    }

    private boolean escalationTracked(String escalationId) {
        return QuarkusTransaction.requiringNew().call(() -> escalations.findById(UUID.fromString(escalationId)) != null);
    }

    private static String severityChanged(String escalationId, String customer, String engagement, String from, String to) {
        return """
                {"escalationId": "%s", "customerId": "%s", "engagementId": "%s", "category": "delivery",
                 "source": "customer", "previousSeverity": "%s", "severity": "%s", "reason": "customer escalated",
                 "changedBy": "ada.exec", "changedAt": "2026-11-27T10:00:00Z"}
                """.formatted(escalationId, customer, engagement, from, to);
    }

    @Test
    void unusableContractEventGoesToTheDeadLetterTopic() {
        String contractId = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("billing.contract.events", UUID.randomUUID(), "io.adeplatform.billing.contract.signed.v1",
                contractId, "{\"contractId\": \"" + contractId + "\", \"customerId\": \"" + UUID.randomUUID() + "\"}");
        List<ConsumerRecord<String, String>> dead = TestKafka.await("billing.contract.events.portfolio-service.contract-links.dlq",
                r -> contractId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason")).contains("engagementIds");
    }

    private static String opened(String escalationId, String customer, String engagement, String severity, String title) {
        return """
                {"escalationId": "%s", "customerId": "%s", "engagementId": "%s", "title": "%s", "severity": "%s",
                 "category": "delivery", "source": "customer", "level": "L2", "openedAt": "2026-11-27T09:15:00Z"}
                """.formatted(escalationId, customer, engagement, title, severity);
    }
}
