package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.platform.core.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class TimeEntryApi {

    private TimeEntryApi() {
    }

    /**
     * One person's hours on an engagement in a role. {@code nonBillableIfExceeded}: when the entry would pass a
     * not-to-exceed limit, record it as non-billable instead of rejecting it.
     */
    public record Create(@NotNull UUID engagementId,
                         @NotBlank @Size(max = 200) String person,
                         @NotBlank @Size(max = 100) String role,
                         @NotNull LocalDate date,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
                         Boolean nonBillableIfExceeded) {
    }

    public record Response(UUID id, UUID customerId, UUID contractId, UUID lineId, UUID engagementId, String person,
                           String role, LocalDate date, BigDecimal hours, boolean billable, Money billAmount,
                           Money costAmount, boolean approved, String approvedBy, OffsetDateTime approvedAt,
                           UUID invoiceId, String createdBy, OffsetDateTime createdAt) {

        public static Response of(TimeEntry t) {
            return new Response(t.id, t.customerId, t.contractId, t.lineId, t.engagementId, t.person, t.role, t.date,
                    t.hours, t.billable, ContractResponse.moneyOf(t.billAmount, t.currency),
                    ContractResponse.moneyOf(t.costAmount, t.currency), t.approvedAt != null, t.approvedBy, t.approvedAt,
                    t.invoiceId, t.createdBy, t.createdAt);
        }
    }
}
