package io.adeplatform.platform.events.relay;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.events.tracing.ProbeConsumer;
import io.adeplatform.platform.infra.KafkaBroker;
import io.adeplatform.platform.testing.PlatformTestResource;
import io.adeplatform.platform.testing.SharedInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay as operations see it, in the probe application against a real PostgreSQL and Kafka: the service stays
 * ready through a broker outage while its events wait in the outbox, health and metrics show the relay's state, and
 * a record the broker refuses for good is quarantined without holding back the events after it.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class RelayOperationsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OutboxWriter outbox;

    @Inject
    ProbeConsumer consumer;

    @Test
    void duringABrokerOutageTheServiceStaysReadyAndEventsWaitInTheOutbox() {
        KafkaBroker broker = SharedInfrastructure.kafka();
        UUID eventId;
        broker.stop();
        try {
            given().get("/q/health/ready").then().statusCode(200);
            eventId = UUID.fromString(given().post("/probes/" + UUID.randomUUID()).then().statusCode(200)
                    .extract().asString());

            await().atMost(WAIT).untilAsserted(() -> {
                JsonPath relay = relayCheck();
                assertThat(relay.getString("status")).isEqualTo("DOWN");
                assertThat(relay.getString("data.state")).isEqualTo("backing-off");
                assertThat(relay.getString("data.lastError")).isNotBlank();
                assertThat(relay.getLong("data.pending")).isPositive();
            });
            assertThat(metric("ade_outbox_relay_failures_total")).isPositive();
            assertThat(metric("ade_outbox_pending")).isPositive();
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.start();
        }

        await().atMost(WAIT).until(() -> consumer.spanOf(eventId) != null);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath relay = relayCheck();
            assertThat(relay.getString("status")).isEqualTo("UP");
            assertThat(relay.getString("data.state")).isEqualTo("running");
            assertThat(relay.getLong("data.pending")).isZero();
            assertThat(metric("ade_outbox_oldest_pending_age_seconds")).isZero();
        });
    }

    @Test
    void aRecordTheBrokerRefusesIsQuarantinedAndLaterEventsOfItsAggregateFlow() {
        double quarantinedBefore = metric("ade_outbox_quarantined_total");
        double publishedBefore = metric("ade_outbox_published_total");
        UUID probeId = UUID.randomUUID();
        // over the producer's max.request.size (1 MB): Kafka will never take it
        UUID refused = QuarkusTransaction.requiringNew().call(() ->
                outbox.append("probe", probeId, "written", Map.of("probeId", probeId.toString(), "name", "x".repeat(1_100_000))));
        UUID later = QuarkusTransaction.requiringNew().call(() ->
                outbox.append("probe", probeId, "written", Map.of("probeId", probeId.toString(), "name", "after")));

        await().atMost(WAIT).until(() -> consumer.spanOf(later) != null);
        assertThat(consumer.spanOf(refused)).isNull();
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(metric("ade_outbox_quarantined_total")).isEqualTo(quarantinedBefore + 1);
            assertThat(metric("ade_outbox_quarantined_rows")).isPositive();
            assertThat(metric("ade_outbox_published_total")).isGreaterThan(publishedBefore);
            assertThat(relayCheck().getLong("data.quarantined")).isPositive();
        });
    }

    private static JsonPath relayCheck() {
        return given().get("/q/health/well").then().extract().jsonPath()
                .setRootPath("checks.find { it.name == 'Outbox relay' }");
    }

    /** The value of an unlabelled metric in /q/metrics. */
    private static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no metric " + name + " in /q/metrics"));
    }
}
