package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.events.BudgetThresholdCrossed;
import io.adeplatform.billing.persistence.EngagementBudgetRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/** Raises BudgetThresholdCrossed at 80 % and 100 % of an engagement's budget, once each. */
@ApplicationScoped
public class BudgetAlerts {

    @Inject
    EngagementBudgetRepository budgets;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    BillingOutbox outbox;

    /**
     * Compares the engagement's cost with its budget ({@code costCurrency} null: the budget's currency); the budget
     * row is locked so two writers alert once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(UUID engagementId, String costCurrency) {
        EngagementBudget budget = budgets.lock(engagementId);
        if (budget == null || !budget.limits(costCurrency)) {
            return;
        }
        BigDecimal spent = timeEntries.costOfEngagement(engagementId);
        for (int threshold : budget.crossedBy(spent)) {
            outbox.write(BudgetThresholdCrossed.of(budget, threshold, spent));
        }
    }
}
