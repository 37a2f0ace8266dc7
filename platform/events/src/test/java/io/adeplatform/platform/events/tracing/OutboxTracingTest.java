package io.adeplatform.platform.events.tracing;

import io.adeplatform.platform.testing.PlatformTestResource;
import io.adeplatform.platform.testing.TestKafka;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
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
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the request that wrote an event, through the outbox and Kafka, to the consumer that applied it,
 * against a real PostgreSQL and Kafka.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "events_tracing"))
class OutboxTracingTest {

    private static final String TOPIC = "eventstest.probe.events";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ProbeService probes;

    @Inject
    ProbeConsumer consumer;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    DataSource dataSource;

    @Test
    void anEventWrittenInATracedRequestIsPublishedAndConsumedInThatTrace() throws Exception {
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);
        UUID probeId = UUID.randomUUID();

        UUID eventId = UUID.fromString(given().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .post("/probes/" + probeId)
                .then().statusCode(200).extract().asString());

        // the row keeps the request's span context, in the form Debezium's outbox router reads
        assertThat(storedSpanContext(eventId)).hasValueSatisfying(stored ->
                assertThat(stored).startsWith("traceparent=00-" + traceId + "-"));

        // the record carries it as traceparent: same trace, the request's server span as parent
        ConsumerRecord<String, String> record = published(probeId);
        Matcher traceparent = TRACEPARENT.matcher(String.valueOf(TestKafka.header(record, "traceparent")));
        assertThat(traceparent.matches()).as("traceparent header " + TestKafka.header(record, "traceparent")).isTrue();
        assertThat(traceparent.group(1)).isEqualTo(traceId);
        String producerSpanId = traceparent.group(2);
        assertThat(producerSpanId).isNotEqualTo(callerSpanId);
        SpanData serverSpan = awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
        assertThat(serverSpan.getSpanId()).isEqualTo(producerSpanId);
        assertThat(serverSpan.getParentSpanId()).isEqualTo(callerSpanId);

        // the consumer applies the event inside a span of the same trace, child of the record's traceparent
        await().atMost(WAIT).until(() -> consumer.spanOf(eventId) != null);
        SpanContext appliedIn = consumer.spanOf(eventId);
        assertThat(appliedIn.getTraceId()).isEqualTo(traceId);
        SpanData consumerSpan = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(traceId));
        assertThat(consumerSpan.getParentSpanId()).isEqualTo(producerSpanId);
        assertThat(consumerSpan.getName()).contains(TOPIC);
    }

    @Test
    void anEventWrittenOutsideAnyTraceIsPublishedWithoutTraceHeaders() throws Exception {
        UUID probeId = UUID.randomUUID();
        UUID eventId = probes.write(probeId, "untraced"); // the test thread has no span

        assertThat(storedSpanContext(eventId)).isEmpty();
        ConsumerRecord<String, String> record = published(probeId);
        assertThat(TestKafka.header(record, "traceparent")).isNull();
        assertThat(TestKafka.header(record, "tracestate")).isNull();
        // still consumed, in a trace of its own
        await().atMost(WAIT).until(() -> consumer.spanOf(eventId) != null);
        assertThat(consumer.spanOf(eventId).isValid()).isTrue();
    }

    @Test
    void rowsWithoutOrWithAnUnreadableSpanContextAreStillPublished() throws Exception {
        // as written before the column existed, and as a hand-written row with a broken escape
        String legacyAggregate = UUID.randomUUID().toString();
        String brokenAggregate = UUID.randomUUID().toString();
        insertRaw(legacyAggregate, null);
        insertRaw(brokenAggregate, "traceparent=\\uZZZZ");

        for (String aggregate : List.of(legacyAggregate, brokenAggregate)) {
            List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC, r -> aggregate.equals(r.key()), 1, WAIT);
            assertThat(records).as("published: " + aggregate).hasSize(1);
            assertThat(TestKafka.header(records.get(0), "traceparent")).isNull();
        }
    }

    private ConsumerRecord<String, String> published(UUID probeId) {
        List<ConsumerRecord<String, String>> records = TestKafka.await(TOPIC, r -> probeId.toString().equals(r.key()), 1, WAIT);
        assertThat(records).as("event of probe " + probeId + " on " + TOPIC).hasSize(1);
        return records.get(0);
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> filter) {
        return await().atMost(WAIT).until(
                () -> spans.getFinishedSpanItems().stream().filter(filter).findFirst(), Optional::isPresent).get();
    }

    private Optional<String> storedSpanContext(UUID eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT tracingspancontext FROM outbox_event WHERE id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("outbox row " + eventId).isTrue();
                return Optional.ofNullable(row.getString(1));
            }
        }
    }

    private void insertRaw(String aggregateId, String spanContext) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp, tracingspancontext) "
                        + "VALUES (?, 'probe', ?, 'io.adeplatform.eventstest.probe.written.v1', CAST(? AS jsonb), ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, aggregateId);
            insert.setString(3, "{\"probeId\": \"" + aggregateId + "\", \"name\": \"raw\"}");
            insert.setObject(4, OffsetDateTime.now());
            insert.setString(5, spanContext);
            insert.executeUpdate();
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which W3C reserves as invalid
        return HexFormat.of().formatHex(random);
    }
}
