package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract line: a rate card for time and materials, an installment schedule for a fixed fee, or milestones
 * ({@link ContractTermsMapper} maps it to the domain's terms).
 */
public record ContractLineRequest(
        @Schema(description = "What the line sells.", example = "Solution architecture", maxLength = 500)
        @NotBlank @Size(max = 500) String description,
        @Schema(description = "How the line bills: `time-and-materials` needs `rateCard`, `fixed-fee` needs "
                + "`schedule`, `milestone` needs `milestones`.", example = "time-and-materials")
        @NotNull BillingMethod billingMethod,
        @Schema(description = "The engagement the line bills (added to the contract's engagements).",
                example = "0b9e7a3c-41d2-4c55-8f0e-6a2d9b1c7e44")
        UUID engagementId,
        @Schema(description = "The line's value, more than 0: the estimate of a time-and-materials line; what the "
                + "schedule or the milestones of the other methods sum to exactly.",
                example = "{\"amount\": \"200000.00\", \"currency\": \"USD\"}")
        @NotNull @Valid Money value,
        @Schema(description = "The most the line may bill.", example = "{\"amount\": \"150000.00\", \"currency\": \"USD\"}")
        @Valid Money notToExceed,
        @Schema(description = "Time and materials: bill and cost rate per role (roles unique).")
        @Size(max = 100) List<@Valid @NotNull Rate> rateCard,
        @Schema(description = "Fixed fee: the installments, summing exactly to `value`.")
        @Size(max = 120) List<@Valid @NotNull Installment> schedule,
        @Schema(description = "Milestone: the milestones, summing exactly to `value`.")
        @Size(max = 100) List<@Valid @NotNull Milestone> milestones) {

    /** One role of a rate card. */
    @Schema(name = "RateCardEntryRequest")
    public record Rate(
            @Schema(description = "The role time entries name.", example = "architect", maxLength = 100)
            @NotBlank @Size(max = 100) String role,
            @Schema(description = "What an hour is billed at.", example = "{\"amount\": \"200.00\", \"currency\": \"USD\"}")
            @NotNull @Valid Money billRate,
            @Schema(description = "What an hour costs (profitability, portfolio's cost ledger).",
                    example = "{\"amount\": \"120.00\", \"currency\": \"USD\"}")
            @NotNull @Valid Money costRate) {
    }

    /** One installment of a fixed fee. */
    @Schema(name = "InstallmentRequest")
    public record Installment(
            @Schema(description = "When the installment may be invoiced.", example = "2026-01-31")
            @NotNull LocalDate dueDate,
            @Schema(description = "The installment's amount.", example = "{\"amount\": \"40000.00\", \"currency\": \"USD\"}")
            @NotNull @Valid Money amount) {
    }

    /** One milestone of a milestone line; {@code milestoneId}: portfolio's id, when known (else matched by name). */
    @Schema(name = "LineMilestoneRequest")
    public record Milestone(
            @Schema(description = "The milestone's name (matched with portfolio's when no id is given).",
                    example = "Go-live", maxLength = 200)
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "What its acceptance bills.", example = "{\"amount\": \"60000.00\", \"currency\": \"USD\"}")
            @NotNull @Valid Money amount,
            @Schema(description = "Portfolio's milestone id, a milestone of the contract's customer.",
                    example = "9a4e2c7b-1f3d-4b8a-a6e5-0c2d7f9b3e81")
            UUID milestoneId) {
    }
}
