package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record TimeEntryResponse(UUID id, UUID customerId, UUID contractId, UUID lineId, UUID engagementId, String person,
                                String role, LocalDate date, BigDecimal hours, boolean billable, Money billAmount,
                                Money costAmount, boolean approved, String approvedBy, OffsetDateTime approvedAt,
                                UUID invoiceId, String createdBy, OffsetDateTime createdAt) {

    public static TimeEntryResponse from(TimeEntry t) {
        return new TimeEntryResponse(t.id, t.customerId, t.contractId, t.lineId, t.engagementId, t.person, t.role, t.date,
                t.hours, t.billable, new Money(t.billAmount, t.currency).rounded(),
                new Money(t.costAmount, t.currency).rounded(), t.approvedAt != null, t.approvedBy, t.approvedAt,
                t.invoiceId, t.createdBy, t.createdAt);
    }
}
