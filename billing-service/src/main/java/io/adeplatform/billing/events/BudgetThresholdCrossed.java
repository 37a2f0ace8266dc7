package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.util.UUID;

/** A fiscal-limit alert on billing.invoice.events, keyed by the engagement: its cost reached 80 or 100 % of its budget. */
public record BudgetThresholdCrossed(UUID engagementId, UUID customerId, int threshold, Money spent, Money budget)
        implements BillingEvent {

    public static BudgetThresholdCrossed of(EngagementBudget b, int threshold, BigDecimal spent) {
        return new BudgetThresholdCrossed(b.engagementId, b.customerId, threshold,
                new Money(spent, b.budgetCurrency).rounded(), new Money(b.budgetAmount, b.budgetCurrency).rounded());
    }

    @Override
    public String aggregateType() {
        return InvoiceEvent.AGGREGATE_TYPE;
    }

    @Override
    public UUID aggregateId() {
        return engagementId;
    }
}
