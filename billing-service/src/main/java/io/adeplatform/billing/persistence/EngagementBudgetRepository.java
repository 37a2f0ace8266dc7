package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.EngagementBudget;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
public class EngagementBudgetRepository implements PanacheRepositoryBase<EngagementBudget, UUID> {

    /** The row, locked and re-read, so a writer that waited on the lock sees the alerts raised meanwhile. */
    public EngagementBudget lock(UUID id) {
        EngagementBudget budget = findById(id);
        if (budget != null) {
            getEntityManager().refresh(budget, LockModeType.PESSIMISTIC_WRITE);
        }
        return budget;
    }
}
