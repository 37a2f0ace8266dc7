package io.adeplatform.platform.events;

import io.adeplatform.platform.testing.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several relay replicas on one outbox, against a real PostgreSQL and Kafka: every event is published exactly once
 * and each aggregate's events reach the topic in the order they were written.
 */
class OutboxReplicasTest {

    private static final int AGGREGATES = 10;
    private static final int EVENTS_EACH = 30;

    @Test
    void threeReplicasPublishEveryEventOnceInOrderPerAggregate() throws Exception {
        TestOutbox outbox = new TestOutbox("outbox_replicas");
        PGSimpleDataSource dataSource = outbox.dataSource;
        String domain = "replicas" + UUID.randomUUID().toString().substring(0, 8);
        writeInterleavedEvents(dataSource);

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        List<Future<Integer>> published = new ArrayList<>();
        for (int replica = 0; replica < 3; replica++) {
            published.add(replicas.submit(() -> relayUntilEmpty(outbox, domain)));
        }
        int total = 0;
        for (Future<Integer> count : published) {
            total += count.get();
        }
        replicas.shutdown();
        assertThat(total).isEqualTo(AGGREGATES * EVENTS_EACH);

        List<ConsumerRecord<String, String>> records = TestKafka.await(EventTypes.topic(domain, "probe"), r -> true,
                AGGREGATES * EVENTS_EACH, Duration.ofSeconds(60));
        assertThat(records).hasSize(AGGREGATES * EVENTS_EACH);
        Map<String, List<String>> byAggregate = new LinkedHashMap<>();
        records.forEach(r -> byAggregate.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
        assertThat(byAggregate).hasSize(AGGREGATES);
        List<String> expectedOrder = IntStream.rangeClosed(1, EVENTS_EACH).mapToObj(n -> "{\"n\": " + n + "}").toList();
        byAggregate.values().forEach(values -> assertThat(values).containsExactlyElementsOf(expectedOrder));
        assertThat(outbox.pending()).isZero();
    }

    private static int relayUntilEmpty(TestOutbox outbox, String domain) throws Exception {
        OutboxBatchPublisher publisher = new OutboxBatchPublisher(outbox.dataSource, domain, "/replica-test", 7);
        int published = 0;
        int failures = 0;
        try (RelayProducer producer = new RelayProducer(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            while (outbox.pending() > 0) {
                int count;
                try {
                    count = publisher.publishNext(producer).published().size();
                } catch (Exception e) {
                    if (e instanceof OutboxBatchPublisher.RelayFailure failure) {
                        published += failure.outcome().published().size(); // committed before the failure
                    }
                    // as OutboxRelay does: the batch rolled back, rebuild the producer and try again. On a loaded
                    // machine the first send to the new topic can outlast the producer's 5 s metadata wait.
                    if (++failures > 5) {
                        throw e;
                    }
                    producer.reset();
                    Thread.sleep(200L * failures);
                    continue;
                }
                published += count;
                if (count == 0) {
                    Thread.sleep(5); // the rest is held by another replica right now
                }
            }
        }
        return published;
    }

    /** Event n of every aggregate before event n+1 of any, so batches always mix aggregates. */
    private static void writeInterleavedEvents(PGSimpleDataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp) "
                        + "VALUES (?, 'probe', ?, 'io.adeplatform.test.probe.written.v1', CAST(? AS jsonb), ?)")) {
            for (int n = 1; n <= EVENTS_EACH; n++) {
                for (int aggregate = 0; aggregate < AGGREGATES; aggregate++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "aggregate-" + aggregate);
                    insert.setString(3, "{\"n\": " + n + "}");
                    insert.setObject(4, OffsetDateTime.now());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
