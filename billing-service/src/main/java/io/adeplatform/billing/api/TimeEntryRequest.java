package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.WorkedTime;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's hours on an engagement in a role. {@code nonBillableIfExceeded}: when the entry would pass a
 * not-to-exceed limit, record it as non-billable instead of rejecting it.
 */
public record TimeEntryRequest(
        @Schema(description = "The engagement worked on; an active contract's time-and-materials line on it prices the role.",
                example = "0b9e7a3c-41d2-4c55-8f0e-6a2d9b1c7e44")
        @NotNull UUID engagementId,
        @Schema(description = "Who worked the hours (they may not approve them).", example = "pat.person", maxLength = 200)
        @NotBlank @Size(max = 200) String person,
        @Schema(description = "The rate card role the hours are priced at.", example = "architect", maxLength = 100)
        @NotBlank @Size(max = 100) String role,
        @Schema(description = "The work date.", example = "2026-03-10")
        @NotNull LocalDate date,
        @Schema(description = "Hours worked, more than 0 and at most 24, two decimals at most.", example = "7.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal hours,
        @Schema(description = "When the entry would pass a not-to-exceed limit: true records it as non-billable (bill "
                + "amount 0, cost counted) instead of the 422 `not-to-exceed-exceeded`.", example = "false")
        Boolean nonBillableIfExceeded) {

    public WorkedTime work() {
        return new WorkedTime(engagementId, person, role, date, hours, Boolean.TRUE.equals(nonBillableIfExceeded));
    }
}
