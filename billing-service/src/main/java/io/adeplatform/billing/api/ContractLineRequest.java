package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract line: a rate card for time and materials, an installment schedule for a fixed fee, or milestones
 * ({@link ContractTermsMapper} maps it to the domain's terms).
 */
public record ContractLineRequest(
        @NotBlank @Size(max = 500) String description,
        @NotNull BillingMethod billingMethod,
        UUID engagementId,
        @NotNull @Valid Money value,
        @Valid Money notToExceed,
        @Size(max = 100) List<@Valid @NotNull Rate> rateCard,
        @Size(max = 120) List<@Valid @NotNull Installment> schedule,
        @Size(max = 100) List<@Valid @NotNull Milestone> milestones) {

    public record Rate(@NotBlank @Size(max = 100) String role, @NotNull @Valid Money billRate, @NotNull @Valid Money costRate) {
    }

    public record Installment(@NotNull LocalDate dueDate, @NotNull @Valid Money amount) {
    }

    /** {@code milestoneId}: portfolio's milestone id, when known (otherwise accepted milestones match by name). */
    public record Milestone(@NotBlank @Size(max = 200) String name, @NotNull @Valid Money amount, UUID milestoneId) {
    }
}
