package io.adeplatform.relationship.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What another service told us about one item (an escalation, an invoice, a commitment) of a customer; the latest
 * state per item counts. {@code active}: open, overdue, at risk. {@code severity} only for escalations.
 */
public record HealthSignal(SignalSource source, UUID itemId, UUID customerId, String severity, boolean active,
                           OffsetDateTime occurredAt) {
}
