package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.testing.PlatformTestResource;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer applies only events whose {@code ce_source} is the topic's owner (here the probe application itself,
 * whose domain is eventstest); any other source, or none, goes to the dead-letter topic and is never applied.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class SourceCheckTest {

    private static final String TOPIC = "eventstest.probe.events";
    private static final String DEAD_LETTERS = TOPIC + ".events-test.probe-events.dlq";
    private static final String TYPE = "io.adeplatform.eventstest.probe.written.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ProbeConsumer consumer;

    @Inject
    DataSource dataSource;

    @Test
    void anEventFromAnotherSourceIsADeadLetterAndNeverApplied() throws Exception {
        String key = UUID.randomUUID().toString();   // one key: one partition, so the records are consumed in order
        UUID forged = UUID.randomUUID();
        UUID anonymous = UUID.randomUUID();
        UUID genuine = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, forged, TYPE, key, probe(key), "/billing-service");
        TestKafka.send(TOPIC, key, probe(key), Map.of("ce_id", anonymous.toString(), "ce_type", TYPE,
                "ce_subject", key, "ce_time", Instant.now().toString(), "ce_specversion", "1.0"));
        TestKafka.sendCloudEvent(TOPIC, genuine, TYPE, key, probe(key), "/events-test");

        // the owner's event after them is applied, so both were handled before it
        await().atMost(WAIT).until(() -> consumer.spanOf(genuine) != null);
        assertThat(consumer.spanOf(forged)).isNull();
        assertThat(consumer.spanOf(anonymous)).isNull();
        assertThat(inboxRows(forged) + inboxRows(anonymous)).as("no inbox row: nothing was applied").isZero();
        assertThat(inboxRows(genuine)).isEqualTo(1);

        List<ConsumerRecord<String, String>> dead = TestKafka.await(DEAD_LETTERS, r -> key.equals(r.key()), 2, WAIT);
        assertThat(dead).extracting(r -> TestKafka.header(r, "ce_id"))
                .containsExactly(forged.toString(), anonymous.toString());
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason"))
                .contains("ce_source /billing-service").contains("only /events-test publishes there");
        assertThat(TestKafka.header(dead.get(1), "dead-letter-reason")).contains("ce_source null");
    }

    private static String probe(String key) {
        return "{\"probeId\": \"" + key + "\", \"name\": \"source check\"}";
    }

    private int inboxRows(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM inbox_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
