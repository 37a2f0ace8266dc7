package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.EngagementDetails;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.EngagementFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/** Engagements themselves: create, change, progress, and read them (stage moves are {@link EngagementLifecycle}). */
@ApplicationScoped
public class EngagementService extends EngagementUseCase {

    @Inject
    ProjectedCustomers customers;

    @Inject
    ProgressHistory progressHistory;

    @Transactional
    public EngagementView create(UUID customerId, EngagementDetails details, String creator) {
        details.validate();
        // visibility first: a customer of another team must answer like one that does not exist (404), not 422;
        // then the account role: viewers on the team never write (403)
        access.writable(customerId);
        if (!customers.isActive(customerId)) {
            throw new RuleViolation("unknown-customer",
                    "customer " + customerId + " is not known to portfolio-service or is archived");
        }
        Engagement e = Engagement.open(customerId, details, now(), creator);
        health.initialise(e); // before persist, so the new row is inserted once with its health (version 0)
        engagements.persist(e);
        publish(e, EngagementEvents.Created.NAME, EngagementEvents.Created.of(e));
        health.announceIfRegisteredRed(e);
        engagements.flush();
        return health.view(e);
    }

    /** Changes the client-set fields; a budget change is published, a currency change refused once costs exist. */
    @Transactional
    public EngagementView update(UUID id, ExpectedVersion expected, EngagementDetails details) {
        return change(id, expected, e -> revise(e, details));
    }

    /** Sets the percent complete, keeping the change in the progress history (earned value as of a past date). */
    @Transactional
    public EngagementView progress(UUID id, ExpectedVersion expected, BigDecimal percentComplete, String actor) {
        return change(id, expected, e -> {
            BigDecimal previous = e.percentComplete;
            e.progress(percentComplete);
            progressHistory.record(e, previous, now(), actor);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EngagementView get(UUID id) {
        return health.view(visible(id));
    }

    /** The RAG computed now, not the stored health. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EngagementHealthView currentHealth(UUID id) {
        Engagement e = visible(id);
        LocalDate today = health.today();
        return new EngagementHealthView(e.id, today, health.assess(e, today));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EngagementView> list(UUID customerId, Stage stage, Health rag, String deliveryManager, PageRequest page) {
        EngagementFilter filter = new EngagementFilter(customerId, stage, rag, deliveryManager, access.visibleCustomers());
        return Page.fromOverfetch(engagements.list(filter, page), page, health::view);
    }

    /** A change of the engagement at the version the client saw (If-Match), its health refreshed after it. */
    private EngagementView change(UUID id, ExpectedVersion expected, Consumer<Engagement> change) {
        Engagement e = locked(id);
        expected.check(e.version);
        change.accept(e);
        changed(e);
        return health.view(e);
    }

    private void revise(Engagement e, EngagementDetails details) {
        details.validate();
        e.requireOpen();
        Money before = e.budget();
        e.revise(details);
        boolean currencyChanged = !before.currency().equals(e.budgetCurrency);
        if (currencyChanged && health.actualCost(e).amount().signum() != 0) {
            throw new RuleViolation("currency-mismatch",
                    "costs are recorded in " + before.currency() + "; the budget currency cannot change");
        }
        if (currencyChanged || before.amount().compareTo(e.budgetAmount) != 0) {
            publish(e, EngagementEvents.BudgetChanged.NAME,
                    new EngagementEvents.BudgetChanged(e.id, e.customerId, e.budget()));
        }
    }
}
