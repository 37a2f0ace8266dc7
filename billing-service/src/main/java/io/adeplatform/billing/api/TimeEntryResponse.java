package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.billing.domain.TimeEntryStatus;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Hours priced from the rate card of the contract line that bills them; {@code version} is the ETag. */
public record TimeEntryResponse(UUID id, UUID customerId, UUID contractId,
                                @Schema(description = "The time-and-materials line whose rate card priced the hours.")
                                UUID lineId,
                                UUID engagementId, String person, String role, LocalDate date, BigDecimal hours,
                                @Schema(description = "False when recorded beyond a not-to-exceed limit "
                                        + "(`nonBillableIfExceeded`): bill amount 0, cost counted.")
                                boolean billable,
                                @Schema(description = "hours × bill rate, rounded half-even to cents.") Money billAmount,
                                @Schema(description = "hours × cost rate, rounded half-even to cents.") Money costAmount,
                                @Schema(description = "`recorded`, then `approved` (recognized as revenue, invoiceable).")
                                TimeEntryStatus status,
                                @Schema(description = "The same as `status` = approved.") boolean approved,
                                String approvedBy, OffsetDateTime approvedAt,
                                @Schema(description = "The invoice that bills the hours, when invoiced.") UUID invoiceId,
                                String createdBy, OffsetDateTime createdAt,
                                @Schema(description = "The entry's version: its ETag, sent back in If-Match.") long version)
        implements Versioned {

    public static TimeEntryResponse from(TimeEntry t) {
        return new TimeEntryResponse(t.id, t.customerId, t.contractId, t.lineId, t.engagementId, t.person, t.role, t.date,
                t.hours, t.billable, new Money(t.billAmount, t.currency).rounded(),
                new Money(t.costAmount, t.currency).rounded(), t.status(), t.approvedAt != null, t.approvedBy,
                t.approvedAt, t.invoiceId, t.createdBy, t.createdAt, t.version);
    }
}
