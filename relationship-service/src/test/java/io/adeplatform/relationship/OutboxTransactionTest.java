package io.adeplatform.relationship;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.infra.KafkaBroker;
import io.adeplatform.platform.testing.SharedInfrastructure;
import io.adeplatform.platform.testing.TestKafka;
import io.adeplatform.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox guarantees against a real broker: nothing from rolled-back work, nothing lost or reordered in an outage. */
@QuarkusTest
class OutboxTransactionTest {

    private static final String TOPIC = "relationship.customer.events";

    @Inject
    FailingRegistration failingRegistration;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Test
    void rolledBackTransactionPublishesNothing() {
        String name = "Rolled Back " + UUID.randomUUID();
        assertThatThrownBy(() -> failingRegistration.registerThenFail(name)).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from customer where name = ?1", name)).isZero();
        assertThat(count("select count(*) from outbox_event where payload ->> 'name' = ?1", name)).isZero();
        // a committed registration after it is published, so the relay did run meanwhile
        String later = register("Committed " + UUID.randomUUID());
        assertThat(TestKafka.await(TOPIC, r -> later.equals(r.key()), 1, Duration.ofSeconds(20))).hasSize(1);
        assertThat(TestKafka.collect(TOPIC, r -> r.value().contains(name), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void eventsWaitInTheOutboxWhileKafkaIsDownAndArriveInOrderWhenItIsBack() {
        KafkaBroker broker = SharedInfrastructure.kafka();
        String aggregateId = UUID.randomUUID().toString();
        String customerId;
        broker.stop();
        try {
            customerId = register("During Outage " + UUID.randomUUID());
            for (int sequence = 1; sequence <= 5; sequence++) {
                int value = sequence;
                QuarkusTransaction.requiringNew().run(() ->
                        outbox.append("customer", aggregateId, "outage-probe", Map.of("sequence", value)));
            }
            sleep(Duration.ofSeconds(3));
            assertThat(count("select count(*) from outbox_event where aggregateid = ?1 and published_at is null", aggregateId))
                    .isEqualTo(5);
            // the registration and the customer's state (relationship.customer-state.events) both wait
            assertThat(count("select count(*) from outbox_event where aggregateid = ?1 and published_at is null", customerId))
                    .isEqualTo(2);
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, String>> probes = TestKafka.await(TOPIC, r -> aggregateId.equals(r.key()), 5, Duration.ofSeconds(60));
        assertThat(probes).extracting(ConsumerRecord::value)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 5).mapToObj(i -> "{\"sequence\": " + i + "}").toList());
        String registered = customerId;
        assertThat(TestKafka.await(TOPIC, r -> registered.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(TestKafka.await(CustomerStateTest.STATE_TOPIC, r -> registered.equals(r.key()), 1, Duration.ofSeconds(30)))
                .hasSize(1);        assertThat(count("select count(*) from outbox_event where aggregateid = ?1 and published_at is null", aggregateId))
                .isZero();
    }

    private String register(String name) {
        return given().header("Authorization", TestTokens.bearer("erin.exec", "executive")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "segment", "city"))
                .post("/api/customers").then().statusCode(201).extract().path("id");
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
