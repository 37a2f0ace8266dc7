package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.events.DeadLetterReplayRetention;
import io.adeplatform.platform.events.InboxRetention;
import io.adeplatform.platform.persistence.IdempotencyKeyPurge;
import io.adeplatform.platform.testing.PlatformTestResource;
import io.adeplatform.platform.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention jobs on the real database: inbox rows go once older than their topic's retention on the real broker
 * (the probe topic keeps the broker default, 7 days) plus the 1-day margin; expired Idempotency-Keys go after their
 * 24 h; replayed dead letters once their dead-letter topic no longer holds them; in batches, and three "replicas"
 * purging at once delete every row exactly once between them.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class RetentionJobsTest {

    private static final String TOPIC = "eventstest.probe.events";
    private static final String CONSUMER = "retention-test-" + UUID.randomUUID();

    @Inject
    InboxRetention inboxRetention;

    @Inject
    IdempotencyKeyPurge idempotencyKeyPurge;

    @Inject
    DeadLetterReplayRetention replayRetention;

    @Inject
    DataSource dataSource;

    @Test
    void inboxRowsOlderThanTheirTopicsRetentionPlusTheMarginGo() throws Exception {
        UUID old = inbox(TOPIC, "9 days");
        UUID young = inbox(TOPIC, "7 days 12 hours");
        UUID oldWithoutTopic = inbox(null, "9 days");
        UUID otherTopic = inbox("some.unconsumed.events", "400 days");

        inboxRetention.purge();

        assertThat(inboxExists(old)).as("9 days > 7 days + 1 day").isFalse();
        assertThat(inboxExists(oldWithoutTopic)).as("no topic: the longest consumed topic's keep time").isFalse();
        assertThat(inboxExists(young)).as("still within the topic's retention plus the margin").isTrue();
        assertThat(inboxExists(otherTopic)).as("a topic no channel reads: its retention is unknown, kept").isTrue();
    }

    @Test
    void aReplayedDeadLetterIsForgottenOnceItsTopicNoLongerHoldsIt() throws Exception {
        String deadLetters = TOPIC + "." + CONSUMER + ".dlq";
        TestKafka.send(deadLetters, "k", "{}", Map.of());   // the broker creates it with its default 7 days
        String unknownTopic = "gone." + CONSUMER + ".dlq";
        long old = replayed(deadLetters, 0, "9 days");
        long young = replayed(deadLetters, 1, "7 days 12 hours");
        long ofUnknownTopic = replayed(unknownTopic, 2, "400 days");

        replayRetention.purge();

        assertThat(replayedExists(deadLetters, old)).as("9 days > 7 days + 1 day").isFalse();
        assertThat(replayedExists(deadLetters, young)).as("the topic may still hold the record").isTrue();
        assertThat(replayedExists(unknownTopic, ofUnknownTopic)).as("retention unknown: kept").isTrue();
    }

    @Test
    void expiredIdempotencyKeysGoOnceWhenReplicasPurgeTogether() throws Exception {
        String scope = "retention-test-" + UUID.randomUUID();
        for (int i = 0; i < 2500; i++) {
            idempotencyKey(scope, "expired-" + i, "25 hours");
        }
        idempotencyKey(scope, "fresh", "23 hours");

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        List<Future<Integer>> purged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            purged.add(replicas.submit((Callable<Integer>) idempotencyKeyPurge::purgeExpired));
        }
        int total = 0;
        for (Future<Integer> each : purged) {
            total += each.get();
        }
        replicas.shutdown();

        assertThat(total).as("each expired key deleted by exactly one replica (other tests' keys may expire too)")
                .isGreaterThanOrEqualTo(2500);
        assertThat(count("SELECT count(*) FROM idempotency_key WHERE scope = ?", scope)).isEqualTo(1);
    }

    private UUID inbox(String topic, String age) throws Exception {
        UUID id = UUID.randomUUID();
        update("INSERT INTO inbox_event (consumer, event_id, event_type, topic, received_at) "
                + "VALUES (?, ?, 'probe', ?, now() - ?::interval)", CONSUMER, id, topic, age);
        return id;
    }

    private long replayed(String topic, long offset, String age) throws Exception {
        update("INSERT INTO dead_letter_replay (dead_letter_topic, dead_letter_partition, dead_letter_offset, "
                + "replayed_at, replayed_by) VALUES (?, 0, ?, now() - ?::interval, 'admin')", topic, offset, age);
        return offset;
    }

    private boolean replayedExists(String topic, long offset) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM dead_letter_replay "
                     + "WHERE dead_letter_topic = ? AND dead_letter_offset = ?")) {
            query.setString(1, topic);
            query.setLong(2, offset);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }

    private void idempotencyKey(String scope, String key, String age) throws Exception {
        update("INSERT INTO idempotency_key (scope, key, request_hash, status, created_at) "
                + "VALUES (?, ?, repeat('0', 64), 201, now() - ?::interval)", scope, key, age);
    }

    private boolean inboxExists(UUID id) throws Exception {
        return count("SELECT count(*) FROM inbox_event WHERE event_id = ?", id) == 1;
    }

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private int count(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
