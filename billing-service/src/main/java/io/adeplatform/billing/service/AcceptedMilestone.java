package io.adeplatform.billing.service;

import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A milestone portfolio-service reports accepted. {@code amount}: null or zero when it is not billable;
 * {@code contractRef}: the contract the engagement names, possibly another system's reference; {@code acceptedAt}:
 * null when the event does not say.
 */
public record AcceptedMilestone(UUID engagementId, UUID customerId, UUID milestoneId, String name, Money amount,
                                String contractRef, OffsetDateTime acceptedAt) {
}
