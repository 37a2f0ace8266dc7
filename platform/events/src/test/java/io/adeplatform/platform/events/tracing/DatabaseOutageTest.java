package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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
 * The database unreachable for 40 s (connections cut, new ones refused: {@link PostgresProxy}) while an event arrives: the consumer retries it without limit (here
 * with the backoff capped at 1 s, so well over the 10 attempts the old policy allowed before dead-lettering), and
 * applies it once when the database is back: never dead-lettered, one inbox row.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    /** About 3 s per attempt here (a 2 s connection attempt, then the 1 s backoff cap): over a dozen attempts. */
    private static final Duration OUTAGE = Duration.ofSeconds(40);

    @Inject
    ProbeConsumer consumer;

    @Inject
    DataSource dataSource;

    @Test
    void anEventArrivingWhileTheDatabaseIsDownIsAppliedOnceWhenItIsBack() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID before = UUID.randomUUID();
        TestKafka.sendCloudEvent(TOPIC, before, TYPE, key, payload(key, "outage"), SOURCE);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.applications(before) == 1);

        UUID during = UUID.randomUUID();
        PostgresProxy.databaseReachable(false);
        try {
            // the proxy's watcher notices the switch within 50 ms: the event must not be sent before the cut is real
            await().atMost(Duration.ofSeconds(30)).until(() -> !databaseAnswers());
            TestKafka.sendCloudEvent(TOPIC, during, TYPE, key, payload(key, "outage"), SOURCE);
            Thread.sleep(OUTAGE.toMillis());
            assertThat(consumer.applications(during)).as("nothing is applied while the database is down").isZero();
        } finally {
            PostgresProxy.databaseReachable(true);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.applications(during) == 1);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> inboxRows(dataSource, during) == 1);
        assertThat(TestKafka.collect(DEAD_LETTERS, r -> during.toString().equals(TestKafka.header(r, "ce_id")),
                Duration.ofSeconds(3))).as("not dead-lettered").isEmpty();
        assertThat(consumer.applications(during)).isEqualTo(1);
    }


    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT 1");
             ResultSet row = query.executeQuery()) {
            return row.next();
        } catch (Exception e) {
            return false;
        }
    }

}
