package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Goal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    /** The customer's goal for the month, or null. */
    public Goal forMonth(UUID customerId, YearMonth month) {
        return find("customerId = ?1 and month = ?2", customerId, month.atDay(1)).firstResult();
    }

    public boolean existsForMonth(UUID customerId, YearMonth month) {
        return count("customerId = ?1 and month = ?2", customerId, month.atDay(1)) > 0;
    }

    /** Newest month first. */
    public List<Goal> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by month desc", customerId);
    }
}
