package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Calculations;
import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.messaging.BillingEvents;
import io.adeplatform.billing.persistence.EngagementBudgets;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.core.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.UUID;

/** Raises BudgetThresholdCrossed at 80 % and 100 % of an engagement's budget, once each. */
@ApplicationScoped
public class BudgetAlerts {

    @Inject
    EngagementBudgets budgets;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    OutboxWriter outbox;

    /** Compares the engagement's cost with its budget; the budget row is locked so two writers alert once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(UUID engagementId, String costCurrency) {
        EngagementBudget budget = budgets.lock(engagementId);
        if (budget == null || budget.budgetAmount == null
                || (costCurrency != null && !costCurrency.equals(budget.budgetCurrency))) {
            return;
        }
        BigDecimal spent = timeEntries.costOfEngagement(engagementId);
        for (int threshold : Calculations.newlyCrossed(spent, budget.budgetAmount, budget.alerted80, budget.alerted100)) {
            if (threshold == 80) {
                budget.alerted80 = true;
            } else {
                budget.alerted100 = true;
            }
            outbox.append(BillingEvents.INVOICE, engagementId, BillingEvents.BudgetThresholdCrossed.NAME,
                    new BillingEvents.BudgetThresholdCrossed(engagementId, budget.customerId, threshold,
                            new Money(spent, budget.budgetCurrency).rounded(),
                            new Money(budget.budgetAmount, budget.budgetCurrency).rounded()));
        }
    }
}
