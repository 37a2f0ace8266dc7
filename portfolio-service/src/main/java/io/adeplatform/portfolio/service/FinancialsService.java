package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Actual costs of an engagement and the earned-value figures computed from them. */
@ApplicationScoped
public class FinancialsService {

    @Inject
    CostEntryRepository costs;

    @Inject
    EngagementRepository engagements;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /** Records an actual cost in the engagement's currency (a negative amount corrects an earlier entry). */
    @Transactional
    public CostEntry record(UUID id, LocalDate date, Money amount, String description, String actor) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        e.requireOpen();
        CostEntry c = CostEntry.record(e, date, amount, description, OffsetDateTime.now(clock), actor);
        costs.persist(c);
        health.refresh(e);
        costs.flush();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CostEntry> list(UUID id) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        return costs.ofEngagement(e.id);
    }

    /** The figures as of a date (today when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EarnedValue.Figures financials(UUID id, LocalDate asOf) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        return health.financials(e, asOf == null ? health.today() : asOf);
    }
}
