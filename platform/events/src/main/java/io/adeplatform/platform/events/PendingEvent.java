package io.adeplatform.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An outbox row not yet handed to Kafka. {@code tracingSpanContext} is the writer's span context in
 * {@link OutboxSpanContext} form, null when the row was written outside a trace (or before the column existed).
 */
public record PendingEvent(UUID id, String aggregateType, String aggregateId, String type, String payload,
                           OffsetDateTime timestamp, long seq, String tracingSpanContext) {
}
