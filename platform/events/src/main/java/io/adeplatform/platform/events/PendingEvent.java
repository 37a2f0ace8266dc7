package io.adeplatform.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox row not yet handed to Kafka. */
public record PendingEvent(UUID id, String aggregateType, String aggregateId, String type, String payload,
                           OffsetDateTime timestamp, long seq) {
}
