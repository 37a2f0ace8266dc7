package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.events.BudgetThresholdCrossed;
import io.adeplatform.billing.persistence.EngagementBudgetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Raises BudgetThresholdCrossed when the engagement's actual cost (portfolio's ledger) reaches 80 % and 100 % of its
 * budget, once each per budget.
 */
@ApplicationScoped
public class BudgetAlerts {

    @Inject
    EngagementBudgetRepository budgets;

    @Inject
    BillingOutbox outbox;

    /** Compares the engagement's actual cost with its budget; the row is locked so two writers alert once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(UUID engagementId) {
        EngagementBudget budget = budgets.lock(engagementId);
        if (budget == null || !budget.limitsActualCost()) {
            return;
        }
        BigDecimal spent = budget.actualCostAmount;
        for (int threshold : budget.crossedBy(spent)) {
            outbox.write(BudgetThresholdCrossed.of(budget, threshold, spent));
        }
    }
}
