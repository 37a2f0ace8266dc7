package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.WorkedTime;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's hours on an engagement in a role. {@code nonBillableIfExceeded}: when the entry would pass a
 * not-to-exceed limit, record it as non-billable instead of rejecting it.
 */
public record TimeEntryRequest(@NotNull UUID engagementId,
                               @NotBlank @Size(max = 200) String person,
                               @NotBlank @Size(max = 100) String role,
                               @NotNull LocalDate date,
                               @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
                               Boolean nonBillableIfExceeded) {

    public WorkedTime work() {
        return new WorkedTime(engagementId, person, role, date, hours, Boolean.TRUE.equals(nonBillableIfExceeded));
    }
}
