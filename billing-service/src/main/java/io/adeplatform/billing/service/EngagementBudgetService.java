package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.persistence.EngagementBudgetRepository;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The engagements portfolio-service publishes, as far as billing needs them: their customer (who may see their
 * profitability), budget and actual cost (profitability, fiscal-limit alerts).
 */
@ApplicationScoped
public class EngagementBudgetService {

    @Inject
    EngagementBudgetRepository budgets;

    @Inject
    BudgetAlerts alerts;

    /** {@code budget}: null keeps the current one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEngagementCreated(UUID engagementId, UUID customerId, String name, Money budget) {
        EngagementBudget engagement = known(engagementId, customerId);
        engagement.name = name;
        engagement.budget(budget);
    }

    /** A new budget re-arms the alerts, and may put the cost already spent over a threshold of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onBudgetChanged(UUID engagementId, UUID customerId, Money budget) {
        known(engagementId, customerId).budget(budget);
        budgets.flush();
        alerts.check(engagementId);
    }

    /**
     * Portfolio's new actual cost of the engagement (its cost ledger's total): kept for profitability, and checked
     * against the budget. A report older than the one kept, or about another customer's engagement, changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onActualCostChanged(UUID engagementId, UUID customerId, Money actualCost, OffsetDateTime changedAt) {
        EngagementBudget engagement = known(engagementId, customerId);
        if (!CrossCustomerEvents.sameCustomer("actual cost changed", "engagement", engagementId, engagement.customerId,
                customerId) || !engagement.actualCost(actualCost, changedAt)) {
            return;
        }
        budgets.flush();
        alerts.check(engagementId);
    }

    private EngagementBudget known(UUID engagementId, UUID customerId) {
        EngagementBudget engagement = budgets.findById(engagementId);
        if (engagement == null) {
            engagement = EngagementBudget.of(engagementId, customerId);
            budgets.persist(engagement);
        }
        return engagement;
    }
}
