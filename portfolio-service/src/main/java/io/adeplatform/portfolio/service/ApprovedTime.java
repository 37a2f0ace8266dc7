package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A time entry billing-service approved: its cost (hours × the rate card's cost rate) is an actual cost; {@code hours}
 * only describes it (null when the event does not say).
 */
public record ApprovedTime(UUID timeEntryId, UUID contractId, UUID customerId, UUID engagementId, String person,
                           String role, LocalDate workDate, BigDecimal hours, Money cost, String approvedBy) {
}
