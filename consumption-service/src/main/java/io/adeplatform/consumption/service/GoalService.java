package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Goal;
import io.adeplatform.consumption.persistence.GoalRepository;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Function;

/** Monthly consumption goals of a customer. */
@ApplicationScoped
public class GoalService extends CustomerRecordUseCase {

    @Inject
    GoalRepository goals;

    /** One goal per customer and month: a second is a 409 (update the first instead). */
    @Transactional
    public Goal create(UUID customerId, YearMonth month, Money target, String creator) {
        requireActiveCustomer(customerId);
        Goal goal = Goal.create(customerId, month, target, now(), creator);
        if (goals.existsForMonth(customerId, month)) {
            throw new Conflict("goal-exists", "customer " + customerId + " already has a goal for " + month);
        }
        goals.persist(goal);
        return goal;
    }

    @Transactional
    public Goal update(UUID customerId, UUID goalId, ExpectedVersion expected, Money target) {
        return revise(get(customerId, goalId), expected, goals, goal -> goal.changeTarget(target));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Goal get(UUID customerId, UUID goalId) {
        return find("goal", customerId, goalId, goals);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Goal> list(UUID customerId, PageRequest page) {
        access.requireVisible(customerId);
        return Page.fromOverfetch(goals.page(customerId, page), page, Function.identity());
    }
}
