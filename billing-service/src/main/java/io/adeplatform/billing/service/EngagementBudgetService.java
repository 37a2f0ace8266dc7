package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.EngagementBudget;
import io.adeplatform.billing.persistence.EngagementBudgetRepository;
import io.adeplatform.platform.core.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The engagements portfolio-service publishes, as far as billing needs them: their customer (who may see their
 * profitability) and budget (fiscal-limit alerts).
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

    /** A new budget may put the cost already spent over a threshold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onBudgetChanged(UUID engagementId, UUID customerId, Money budget) {
        known(engagementId, customerId).budget(budget);
        budgets.flush();
        alerts.check(engagementId, null);
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
