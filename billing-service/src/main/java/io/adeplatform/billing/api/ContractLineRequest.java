package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.ContractTerms;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract line: a rate card for time and materials, an installment schedule for a fixed fee, or milestones.
 * Which parts a billing method needs, and that amounts add up, is the domain's rule ({@code ContractTermsValidator}).
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

    /** The contract terms a create or update request states. */
    static ContractTerms terms(String title, String currency, List<UUID> engagementIds, Money notToExceed,
                               List<ContractLineRequest> lines) {
        return new ContractTerms(title, currency, engagementIds, notToExceed,
                lines.stream().map(ContractLineRequest::terms).toList());
    }

    ContractTerms.Line terms() {
        return new ContractTerms.Line(description, billingMethod, engagementId, value, notToExceed,
                rateCard == null ? null : rateCard.stream().map(r -> new ContractTerms.Rate(r.role, r.billRate, r.costRate)).toList(),
                schedule == null ? null : schedule.stream().map(s -> new ContractTerms.Installment(s.dueDate, s.amount)).toList(),
                milestones == null ? null : milestones.stream()
                        .map(m -> new ContractTerms.Milestone(m.name, m.amount, m.milestoneId)).toList());
    }
}
