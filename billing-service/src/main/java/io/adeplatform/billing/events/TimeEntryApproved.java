package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An approved time entry, on the contract's key: its cost (hours × the rate card's cost rate, billable or not) is an
 * actual cost of the engagement, which portfolio-service records in its ledger once per {@code timeEntryId}.
 */
public record TimeEntryApproved(UUID timeEntryId, UUID contractId, UUID customerId, UUID engagementId, String person,
                                String role, LocalDate workDate, BigDecimal hours, boolean billable, Money cost,
                                String approvedBy, OffsetDateTime approvedAt) implements ContractEvent {

    public static TimeEntryApproved of(TimeEntry t) {
        return new TimeEntryApproved(t.id, t.contractId, t.customerId, t.engagementId, t.person, t.role, t.date, t.hours,
                t.billable, new Money(t.costAmount, t.currency).rounded(), t.approvedBy, t.approvedAt);
    }
}
