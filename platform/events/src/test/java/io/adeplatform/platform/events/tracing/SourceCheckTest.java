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

import static io.adeplatform.platform.events.tracing.ProbeEvents.DEAD_LETTERS;
import static io.adeplatform.platform.events.tracing.ProbeEvents.SOURCE;
import static io.adeplatform.platform.events.tracing.ProbeEvents.TOPIC;
import static io.adeplatform.platform.events.tracing.ProbeEvents.TYPE;
import static io.adeplatform.platform.events.tracing.ProbeEvents.inboxRows;
import static io.adeplatform.platform.events.tracing.ProbeEvents.payload;

/**
 * A consumer applies only events whose {@code ce_source} is the topic's owner (here the probe application itself,
 * whose domain is eventstest); any other source, or none, goes to the dead-letter topic and is never applied.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class SourceCheckTest {

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
        TestKafka.sendCloudEvent(TOPIC, forged, TYPE, key, payload(key, "source check"), "/billing-service");
        TestKafka.send(TOPIC, key, payload(key, "source check"), Map.of("ce_id", anonymous.toString(), "ce_type", TYPE,
                "ce_subject", key, "ce_time", Instant.now().toString(), "ce_specversion", "1.0"));
        TestKafka.sendCloudEvent(TOPIC, genuine, TYPE, key, payload(key, "source check"), "/events-test");

        // the owner's event after them is applied, so both were handled before it
        await().atMost(WAIT).until(() -> consumer.spanOf(genuine) != null);
        assertThat(consumer.spanOf(forged)).isNull();
        assertThat(consumer.spanOf(anonymous)).isNull();
        assertThat(inboxRows(dataSource, forged) + inboxRows(dataSource, anonymous)).as("no inbox row: nothing was applied").isZero();
        assertThat(inboxRows(dataSource, genuine)).isEqualTo(1);

        List<ConsumerRecord<String, String>> dead = TestKafka.await(DEAD_LETTERS, r -> key.equals(r.key()), 2, WAIT);
        assertThat(dead).extracting(r -> TestKafka.header(r, "ce_id"))
                .containsExactly(forged.toString(), anonymous.toString());
        assertThat(TestKafka.header(dead.get(0), "dead-letter-reason"))
                .contains("ce_source /billing-service").contains("only /events-test publishes there");
        assertThat(TestKafka.header(dead.get(1), "dead-letter-reason")).contains("ce_source null");
    }


}
