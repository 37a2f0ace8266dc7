package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
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

    /** One page (overfetched by one) of the customer's goals, newest month first. */
    public List<Goal> page(UUID customerId, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).page(this, Sort.descending("month"), page);
    }
}
