package io.adeplatform.platform.events;

import io.adeplatform.platform.testing.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records the broker refuses for good are quarantined and hold nothing back, against a real PostgreSQL and Kafka:
 * one over the topic's max.message.bytes (refused by the broker), one over the producer's max.request.size
 * (refused by the client) and one whose topic name cannot exist. Every other event, including the later events of
 * the refused rows' own aggregate, is published in order.
 */
class OutboxQuarantineTest {

    /**
     * The topic's limit, below the producer's max.request.size (1 MB) so the broker is the one refusing. Kept above
     * the producer's batch.size (16 KB): below it the producer would split a refused batch of small records again
     * and again without end (a Kafka producer limitation; real topics keep the 1 MB default).
     */
    private static final int TOPIC_MAX_MESSAGE_BYTES = 20_000;

    @Test
    void permanentlyRefusedRowsAreQuarantinedAndLaterEventsFlow() throws Exception {
        TestOutbox outbox = new TestOutbox("outbox_quarantine");
        String domain = "quarantine" + UUID.randomUUID().toString().substring(0, 8);
        String topic = EventTypes.topic(domain, "probe");
        createTopic(topic);

        outbox.insert("probe", "a", "{\"n\": 1}");
        UUID overTopicLimit = outbox.insert("probe", "a", "{\"blob\": \"" + "x".repeat(30_000) + "\"}");
        outbox.insert("probe", "b", "{\"n\": 1}");
        UUID overRequestSize = outbox.insert("probe", "b", "{\"blob\": \"" + "y".repeat(1_100_000) + "\"}");
        UUID invalidTopic = outbox.insert("no such topic!", "c", "{\"n\": 1}");
        outbox.insert("probe", "a", "{\"n\": 2}");
        outbox.insert("probe", "b", "{\"n\": 2}");

        OutboxBatchPublisher publisher = new OutboxBatchPublisher(outbox.dataSource, domain, "/quarantine-test", 200);
        List<BatchOutcome.Quarantined> quarantined = new ArrayList<>();
        try (RelayProducer producer = new RelayProducer(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            for (int step = 0; step < 20 && outbox.pending() > 0; step++) {
                try {
                    quarantined.addAll(publisher.publishNext(producer).quarantined());
                } catch (OutboxBatchPublisher.RelayFailure e) {
                    // the records after a refused one were aborted with it: sent again by the next step
                    quarantined.addAll(e.outcome().quarantined());
                }
            }
        }

        assertThat(outbox.pending()).isZero();
        assertThat(quarantined).extracting(row -> row.event().id())
                .containsExactlyInAnyOrder(overTopicLimit, overRequestSize, invalidTopic);
        assertThat(reason(outbox, overTopicLimit)).startsWith("RecordTooLargeException: ");
        assertThat(reason(outbox, overRequestSize)).startsWith("RecordTooLargeException: ");
        assertThat(reason(outbox, invalidTopic)).startsWith("InvalidTopicException: ");
        assertThat(outbox.count("failed_at IS NOT NULL AND published_at IS NULL")).isEqualTo(3);
        assertThat(outbox.count("published_at IS NOT NULL")).isEqualTo(4);

        // records acknowledged just as a refusal closed the producer count as aborted and go again: at-least-once,
        // as after any failure (consumers' inboxes absorb repeats); per aggregate the order holds
        TestKafka.await(topic, r -> true, 4, Duration.ofSeconds(30));
        Map<String, List<String>> byAggregate = new LinkedHashMap<>();
        TestKafka.collect(topic, r -> true, Duration.ofSeconds(3)).forEach(r -> {
            List<String> values = byAggregate.computeIfAbsent(r.key(), k -> new ArrayList<>());
            if (values.isEmpty() || !values.get(values.size() - 1).equals(r.value())) {
                values.add(r.value());
            }
        });
        assertThat(byAggregate).containsOnly(Map.entry("a", List.of("{\"n\": 1}", "{\"n\": 2}")),
                Map.entry("b", List.of("{\"n\": 1}", "{\"n\": 2}")));
    }

    @Test
    void onlyRecordOrTopicSpecificFailuresArePermanent() {
        assertThat(PermanentRefusals.reason(new org.apache.kafka.common.errors.RecordTooLargeException("big"))).isPresent();
        assertThat(PermanentRefusals.reason(new java.util.concurrent.ExecutionException(
                new org.apache.kafka.common.errors.TopicAuthorizationException("no")))).isPresent();
        assertThat(PermanentRefusals.reason(new org.apache.kafka.common.errors.TimeoutException("slow"))).isEmpty();
        assertThat(PermanentRefusals.reason(new org.apache.kafka.common.errors.ClusterAuthorizationException("no")))
                .isEmpty();
        assertThat(PermanentRefusals.reason(new org.apache.kafka.common.errors.NotEnoughReplicasException("few")))
                .isEmpty();
        assertThat(PermanentRefusals.reason(new IllegalStateException("closed"))).isEmpty();
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(TOPIC_MAX_MESSAGE_BYTES))))).all().get();
        }
    }

    private static String reason(TestOutbox outbox, UUID id) throws Exception {
        try (Connection connection = outbox.dataSource.getConnection(); PreparedStatement query =
                connection.prepareStatement("SELECT failure_reason FROM outbox_event WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
