package io.adeplatform.relationship.service;

import io.adeplatform.relationship.domain.HealthCalculator;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's relationship health as computed at {@code computedAt}. */
public record HealthView(UUID customerId, HealthCalculator.Assessment assessment, OffsetDateTime computedAt) {
}
