package io.adeplatform.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.adeplatform.relationship.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Coverage and health computed from real stakeholders, interactions and signals consumed from Kafka. */
@QuarkusTest
class RelationshipHealthTest {

    private static final String HEALTH_CHANGED = "io.adeplatform.relationship.customer.health-changed.v1";
    private final String owner = "hana." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(owner, "executive");

    @Test
    void healthExplainsItselfKeepsHistoryAndReactsToSignals() throws Exception {
        String customer = Api.customer(exec, "Lakeshore Schools " + UUID.randomUUID());
        // nothing known yet: coverage 0, no executive contact, stance drops out; the cadence (a QBR due in 90 days, a
        // briefing in 30) is on schedule (issue 21): 10 of 70 → 14, red
        as(exec).get("/api/customers/" + customer + "/health").then().statusCode(200)
                .body("score", equalTo(14)).body("band", equalTo("red")).body("totalWeight", equalTo(70))
                .body("factors.name", contains("key-role-coverage", "executive-contact-recency", "executive-contact-frequency",
                        "executive-cadence"));
        as(exec).get("/api/customers/" + customer + "/coverage").then().statusCode(200)
                .body("covered", empty()).body("missing", contains("cio", "cto", "it-director", "lob-leader"));

        String cio = Api.addStakeholder(exec, customer, Api.stakeholder("Ann Cio", "cio", 5, "champion", null));
        String cto = Api.addStakeholder(exec, customer, Api.stakeholder("Ben Cto", "cto", 4, "champion", cio));
        String dir = Api.addStakeholder(exec, customer, Api.stakeholder("Cy Director", "it-director", 3, "champion", cio));
        String lob = Api.addStakeholder(exec, customer, Api.stakeholder("Di Lob", "lob-leader", 4, "champion", null));
        String old = Api.addStakeholder(exec, customer, Api.stakeholder("Ed Old", "procurement", 2, "champion", null));
        Api.addInteraction(exec, customer, LocalDate.now(java.time.ZoneOffset.UTC).minusDays(200), List.of(old));
        // stance all champions → 20; that briefing 200 days ago was due 170 days ago, the QBR is not due yet: cadence
        // 1 of 2 → 5; 25 of 90 → 27.78 → 28, red
        as(exec).get("/api/customers/" + customer + "/health").then().body("score", equalTo(28));
        Api.addInteraction(exec, customer, LocalDate.now(java.time.ZoneOffset.UTC), List.of(cio, cto, dir, lob));
        // coverage 1 → 30, recency today → 15, frequency 1/6 → 2.5, stance 1 → 20, cadence (briefing today) 1 → 10:
        // 77.5 / 90 = 86.11 → 86 green
        as(exec).get("/api/customers/" + customer + "/health").then().statusCode(200)
                .body("score", equalTo(86)).body("band", equalTo("green"))
                .body("factors.find { it.name == 'executive-contact-frequency' }.contribution", equalTo(2.78f))
                .body("factors.find { it.name == 'key-role-coverage' }.weight", equalTo(30));
        as(exec).get("/api/customers/" + customer + "/coverage").then().statusCode(200)
                .body("covered", hasSize(4)).body("missing", empty())
                .body("staleContacts", hasSize(1)).body("staleContacts[0].stakeholderId", equalTo(old))
                .body("staleContacts[0].daysSinceContact", equalTo(200));

        JsonNode greenEvent = new ObjectMapper().readTree(Api.awaitEvent(customer, HEALTH_CHANGED, 1).value());
        assertThat(greenEvent.get("previousBand").asText()).isEqualTo("red");
        assertThat(greenEvent.get("band").asText()).isEqualTo("green");
        assertThat(greenEvent.get("score").asInt()).isEqualTo(86);

        // two critical escalations and two overdue invoices arrive from the other services
        List<String> escalations = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (int i = 0; i < 2; i++) {
            String escalation = escalations.get(i);
            TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(),
                    "io.adeplatform.escalation.escalation.opened.v1", escalation, """
                            {"escalationId": "%s", "customerId": "%s", "engagementId": null, "title": "Outage",
                             "severity": "critical", "category": "delivery", "source": "customer", "level": "L2",
                             "openedAt": "%s"}""".formatted(escalation, customer, Instant.now()));
            String invoice = UUID.randomUUID().toString();
            TestKafka.sendCloudEvent("billing.invoice.events", UUID.randomUUID(),
                    "io.adeplatform.billing.invoice.overdue.v1", invoice, """
                            {"invoiceId": "%s", "customerId": "%s", "number": "INV-%d",
                             "openAmount": {"amount": 1200.00, "currency": "USD"}, "dueDate": "2026-10-31"}"""
                            .formatted(invoice, customer, i));
        }
        // 77.5 / (90 + 10 + 5) = 73.81 → 74 amber
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(exec).get("/api/customers/" + customer + "/health").then()
                        .body("score", equalTo(74)).body("band", equalTo("amber"))
                        .body("factors.name", hasItem("open-escalations")).body("factors.name", hasItem("overdue-invoices")));
        JsonNode amberEvent = new ObjectMapper().readTree(Api.awaitEvent(customer, HEALTH_CHANGED, 2).value());
        assertThat(amberEvent.get("previousBand").asText()).isEqualTo("green");
        assertThat(amberEvent.get("band").asText()).isEqualTo("amber");

        // a commitment at risk joins as the eighth factor: 77.5 + 5 × 0.5 = 80 of 110 → 72.73 → 73
        String commitment = UUID.randomUUID().toString();
        TestKafka.sendCloudEvent("consumption.commitment.events", UUID.randomUUID(),
                "io.adeplatform.consumption.commitment.at-risk.v1", commitment, """
                        {"commitmentId": "%s", "customerId": "%s", "commitment": {"amount": 1000000, "currency": "USD"},
                         "projected": {"amount": 800000, "currency": "USD"}, "shortfall": {"amount": 200000, "currency": "USD"},
                         "requiredDailyRate": {"amount": 3000, "currency": "USD"}, "endDate": "2027-06-30",
                         "detectedAt": "%s"}""".formatted(commitment, customer, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(exec).get("/api/customers/" + customer + "/health").then().body("score", equalTo(73))
                        .body("totalWeight", equalTo(110)));

        as(exec).get("/api/customers/" + customer + "/health/history").then().statusCode(200)
                .body("items[0].score", equalTo(14)).body("items[-1].score", equalTo(73))
                .body("items.band", hasItem("green")).body("items[-1].factors", hasSize(8));

        // one critical escalation resolved: escalations 0.5 → 5; 77.5 + 5 + 0 + 2.5 = 85 of 110 → 77.27 → 77 green again
        TestKafka.sendCloudEvent("escalation.escalation.events", UUID.randomUUID(),
                "io.adeplatform.escalation.escalation.resolved.v1", escalations.get(0), """
                        {"escalationId": "%s", "customerId": "%s", "engagementId": null, "severity": "critical",
                         "resolvedAt": "%s"}""".formatted(escalations.get(0), customer, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(exec).get("/api/customers/" + customer + "/health").then().body("score", equalTo(77))
                        .body("band", equalTo("green")));
        JsonNode backToGreen = new ObjectMapper().readTree(Api.awaitEvent(customer, HEALTH_CHANGED, 3).value());
        assertThat(backToGreen.get("previousBand").asText()).isEqualTo("amber");
        assertThat(backToGreen.get("score").asInt()).isEqualTo(77);

        String stranger = TestTokens.bearer("stranger", "executive");
        for (String path : List.of("/health", "/health/history", "/coverage")) {
            as(stranger).get("/api/customers/" + customer + path).then().statusCode(404).contentType("application/problem+json");
        }
        as(TestTokens.bearer("root", "admin")).get("/api/customers/" + customer + "/health").then().statusCode(200);
    }
}
