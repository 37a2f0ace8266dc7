package io.adeplatform.escalation;

import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestCustomers;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.adeplatform.platform.testing.TestCustomers.member;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Escalations the system opens from real events of portfolio and consumption, without duplicates. */
@QuarkusTest
class AutomaticEscalationTest {

    private static final String ENGAGEMENT_TOPIC = "portfolio.engagement.events";
    private static final String COMMITMENT_TOPIC = "consumption.commitment.events";
    private static final String HEALTH_CHANGED = "io.adeplatform.portfolio.engagement.health-changed.v1";
    private static final String AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String execName = "exec." + UUID.randomUUID();
    private final String exec = TestTokens.bearer(execName, "executive");

    private UUID customer(String name) {
        return TestCustomers.register(Escalations.CUSTOMERS, name + " " + UUID.randomUUID(), member(execName, "executive"));
    }

    /** Built like portfolio's health-changed example (the agreed contract). */
    private static String healthChanged(UUID engagement, UUID customer, String previous, String current, String reason) {
        return "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer + "\",\"name\":\"ERP rollout\","
                + "\"previous\":" + (previous == null ? "null" : "\"" + previous + "\"") + ",\"current\":\"" + current + "\","
                + "\"reasons\":[\"" + reason + "\"],\"changedAt\":\"2026-11-27T09:15:00Z\"}";
    }

    private static String atRisk(UUID commitment, UUID customer) {
        return "{\"commitmentId\":\"" + commitment + "\",\"customerId\":\"" + customer + "\","
                + "\"commitment\":{\"amount\":1200000.00,\"currency\":\"USD\"},\"projected\":{\"amount\":950000.00,\"currency\":\"USD\"},"
                + "\"shortfall\":{\"amount\":250000.00,\"currency\":\"USD\"},\"requiredDailyRate\":{\"amount\":4100.50,\"currency\":\"USD\"},"
                + "\"endDate\":\"2027-06-30\",\"detectedAt\":\"2026-11-27T09:15:00Z\"}";
    }

    @Test
    void engagementTurningRedOpensOneSystemEscalation() {
        UUID customer = customer("Lakeshore Schools");
        UUID engagement = UUID.randomUUID();
        UUID firstEvent = UUID.randomUUID();
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, firstEvent, HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red", "schedule slipped 3 weeks"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", exec)
                .queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(1)));
        String id = given().header("Authorization", exec).queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().body("items[0].source", equalTo("system")).body("items[0].severity", equalTo("high"))
                .body("items[0].category", equalTo("delivery")).body("items[0].owner", equalTo(execName))
                .body("items[0].engagementId", equalTo(engagement.toString())).body("items[0].level", equalTo("L1"))
                .body("items[0].title", containsString("ERP rollout"))
                .body("items[0].description", containsString("schedule slipped 3 weeks"))
                .extract().path("items[0].id");
        assertThat(Escalations.field(Escalations.assertPublished(id, "opened", 1).get(0), "source")).isEqualTo("system");

        // the same event again (redelivery), then a new red report for the same engagement, then amber
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, firstEvent, HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red", "schedule slipped 3 weeks"));
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "red", "red", "budget overrun 18 %"));
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), "io.adeplatform.portfolio.engagement.closed.v1",
                engagement.toString(), "{\"engagementId\":\"" + engagement + "\",\"customerId\":\"" + customer + "\"}");
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "red", "amber", "recovery plan agreed"));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", exec).queryParam("kind", "signal")
                .get("/api/escalations/" + id + "/timeline").then().body("items", hasSize(2)));
        given().header("Authorization", exec).queryParam("kind", "signal").get("/api/escalations/" + id + "/timeline")
                .then().body("items[0].text", containsString("budget overrun 18 %"))
                .body("items[1].text", containsString("from red to amber"));
        given().header("Authorization", exec).queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().body("items", hasSize(1));
        Escalations.assertPublished(id, "opened", 1);
    }

    @Test
    void redWhileTheEscalationIsResolvedIsANoteAndOnlyRedAfterItClosedOpensANewOne() {
        UUID customer = customer("Metro Transit");
        UUID engagement = UUID.randomUUID();
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "green", "red", "key architect left"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(escalations(customer)).hasSize(1));
        String first = escalations(customer).get(0);
        Escalations.transition(exec, first, "acknowledged");
        Escalations.transition(exec, first, "investigating");
        Escalations.resolve(exec, first);

        // resolved is not closed: the same problem, so the trigger is a note on the resolved escalation
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red", "red while resolved"));
        awaitSignals(first, 1);
        assertThat(escalations(customer)).containsExactly(first);
        given().header("Authorization", exec).queryParam("kind", "signal").get("/api/escalations/" + first + "/timeline")
                .then().body("items[0].text", containsString("red while resolved"));

        Escalations.transition(exec, first, "closed");
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red", "red again"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(escalations(customer)).hasSize(2));
        String second = escalations(customer).get(0);
        given().header("Authorization", exec).get("/api/escalations/" + second)
                .then().body("status", equalTo("open")).body("description", containsString("red again"));

        // the closed one cannot come back beside it: one problem, one escalation
        Escalations.change(exec, first, "transitions", java.util.Map.of("to", "investigating", "note", "not fixed after all"))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(second));
        given().header("Authorization", exec).get("/api/escalations/" + first).then().body("status", equalTo("closed"));
    }

    @Test
    void anEngagementRegisteredRedOpensOneLikeATurnToRed() {
        UUID customer = customer("Harbor Port Authority");
        UUID engagement = UUID.randomUUID();
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, null, "red", "budget: CPI 0.7100 is below 0.80"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(escalations(customer)).hasSize(1));
        String id = escalations(customer).get(0);
        given().header("Authorization", exec).get("/api/escalations/" + id).then()
                .body("source", equalTo("system")).body("engagementId", equalTo(engagement.toString()))
                .body("description", containsString("registered red: budget: CPI 0.7100 is below 0.80"));
        Escalations.assertPublished(id, "opened", 1);
    }

    @Test
    void redCausedByACriticalEscalationOpensNone() {
        UUID customer = customer("Riverton Water");
        UUID engagement = UUID.randomUUID();
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red",
                        "schedule: critical-escalation " + UUID.randomUUID() + ": Go-live blocked"));
        // a later event of the same engagement (same partition) proves the first one was handled
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "red", "amber", "critical escalation resolved"));
        UUID marker = UUID.randomUUID();
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red", "scope: marker " + marker));
        await().atMost(WAIT).untilAsserted(() -> assertThat(escalations(customer)).hasSize(1));
        String id = escalations(customer).get(0);
        given().header("Authorization", exec).get("/api/escalations/" + id)
                .then().body("description", containsString("marker " + marker));
        // red again because of a critical escalation: noted on the engagement's escalation, no second one
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                healthChanged(engagement, customer, "amber", "red", "schedule: critical-escalation: Data centre down"));
        awaitSignals(id, 1);
        assertThat(escalations(customer)).containsExactly(id);
        // a word that merely contains the code is no such reason
        assertThat(new io.adeplatform.escalation.service.EngagementHealthChange(engagement, customer, null, "amber",
                io.adeplatform.escalation.service.EngagementHealthChange.Health.RED,
                List.of("schedule: non-critical-escalations pending")).causedByCriticalEscalation()).isFalse();
    }

    private List<String> escalations(UUID customer) {
        return given().header("Authorization", exec).queryParam("customerId", customer.toString())
                .get("/api/escalations").then().statusCode(200).extract().path("items.id");
    }

    private void awaitSignals(String id, int count) {
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", exec).queryParam("kind", "signal")
                .get("/api/escalations/" + id + "/timeline").then().body("items", hasSize(count)));
    }

    @Test
    void commitmentAtRiskOpensAConsumptionEscalationOnce() {
        UUID customer = customer("State DOT");
        UUID commitment = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        TestKafka.sendCloudEvent(COMMITMENT_TOPIC, event, AT_RISK, commitment.toString(), atRisk(commitment, customer));
        TestKafka.sendCloudEvent(COMMITMENT_TOPIC, event, AT_RISK, commitment.toString(), atRisk(commitment, customer));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", exec)
                .queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().statusCode(200).body("items", hasSize(1)));
        String id = given().header("Authorization", exec).queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().body("items[0].category", equalTo("consumption")).body("items[0].source", equalTo("system"))
                .body("items[0].title", containsString("250000.00 USD"))
                .body("items[0].description", containsString("4100.50 USD"))
                .extract().path("items[0].id");
        // a marker on the same partition proves the redelivery has been handled: one escalation, no signal
        UUID marker = UUID.randomUUID();
        TestKafka.sendCloudEvent(COMMITMENT_TOPIC, UUID.randomUUID(), AT_RISK, commitment.toString(), atRisk(commitment, customer));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", exec).queryParam("kind", "signal")
                .get("/api/escalations/" + id + "/timeline").then().body("items", hasSize(1)));
        given().header("Authorization", exec).queryParam("customerId", customer.toString()).get("/api/escalations")
                .then().body("items", hasSize(1));
        assertThat(marker).isNotNull();
    }

    @Test
    void unusableEventsGoToTheDeadLetterTopic() {
        UUID engagement = UUID.randomUUID();
        TestKafka.sendCloudEvent(ENGAGEMENT_TOPIC, UUID.randomUUID(), HEALTH_CHANGED, engagement.toString(),
                "{\"engagementId\":\"" + engagement + "\",\"current\":\"red\"}");
        // both of this service's consumers of the topic refuse it (the escalation reactions and the reference
        // projection, platform/reference-projection), each into its own dead-letter topic <topic>.<group>.dlq: one
        // dead letter in each, so each consumer's dead letters can be replayed to that consumer alone
        for (String group : List.of("escalation-service.engagement-health", "escalation-service.engagement-references")) {
            var dead = TestKafka.await(ENGAGEMENT_TOPIC + "." + group + ".dlq",
                    r -> engagement.toString().equals(r.key()), 1, WAIT);
            assertThat(dead).as(group).hasSize(1).allSatisfy(record -> assertThat(new String(
                    record.headers().lastHeader("dead-letter-reason").value(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("without required field 'customerId'"));
            assertThat(TestKafka.collect(ENGAGEMENT_TOPIC + "." + group + ".dlq",
                    r -> engagement.toString().equals(r.key()), Duration.ofSeconds(2))).as(group + ": once").hasSize(1);
        }
        assertThat(TestKafka.collect(ENGAGEMENT_TOPIC + ".escalation-service.dlq",
                r -> engagement.toString().equals(r.key()), Duration.ofSeconds(1))).as("the old shared topic").isEmpty();
    }
}
