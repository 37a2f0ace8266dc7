package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The editable terms of a contract as a caller states them: title, currency, engagements, limit and lines. A draft
 * takes them as a whole ({@link Contract#revise}); {@link ContractTermsValidator} holds the rules they must meet.
 */
public record ContractTerms(String title, String currency, List<UUID> engagementIds, Money notToExceed, List<Line> lines) {

    public record Line(String description, BillingMethod billingMethod, UUID engagementId, Money value, Money notToExceed,
                       List<Rate> rateCard, List<Installment> schedule, List<Milestone> milestones) {
    }

    public record Rate(String role, Money billRate, Money costRate) {
    }

    public record Installment(LocalDate dueDate, Money amount) {
    }

    /** {@code milestoneId}: portfolio's milestone id when known; otherwise an accepted milestone matches by name. */
    public record Milestone(String name, Money amount, UUID milestoneId) {
    }
}
