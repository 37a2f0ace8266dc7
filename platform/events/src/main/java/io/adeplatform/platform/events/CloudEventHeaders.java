package io.adeplatform.platform.events;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes in {@code ce_*} headers, the payload as
 * the plain JSON record value, the aggregate id as the record key (so one aggregate's events share a partition).
 * The writer's trace travels in the W3C {@code traceparent}/{@code tracestate} headers, which the consumers'
 * OpenTelemetry Kafka instrumentation reads.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static ProducerRecord<String, String> toRecord(PendingEvent event, String domain, String source) {
        List<Header> headers = new ArrayList<>(List.of(
                header(ID, event.id().toString()),
                header(TYPE, event.type()),
                header(SOURCE, source),
                header(SUBJECT, event.aggregateId()),
                header(TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.timestamp())),
                header(SPEC_VERSION, "1.0"),
                header(CONTENT_TYPE, "application/json")));
        OutboxSpanContext.headers(event.tracingSpanContext()).forEach((name, value) -> headers.add(header(name, value)));
        return new ProducerRecord<>(EventTypes.topic(domain, event.aggregateType()), null, event.aggregateId(),
                event.payload(), headers);
    }

    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
