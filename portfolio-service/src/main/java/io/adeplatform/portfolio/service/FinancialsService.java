package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Actual costs of an engagement and the earned-value figures computed from them. */
@ApplicationScoped
public class FinancialsService extends EngagementUseCase {

    @Inject
    CostEntryRepository costs;

    @Inject
    ActualCostLedger ledger;

    /**
     * Records an actual cost in the engagement's currency (a negative amount corrects an earlier entry); the ledger
     * publishes the engagement's new actual cost.
     */
    @Transactional
    public CostEntry record(UUID id, LocalDate date, Money amount, String description, String actor) {
        Engagement e = open(id);
        CostEntry entry = store(e, costs, CostEntry.record(e, date, amount, description, now(), actor));
        ledger.published(e, entry);
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CostEntry> list(UUID id) {
        return costs.ofEngagement(visible(id).id);
    }

    /** The figures as of a date (today when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EarnedValue.Figures financials(UUID id, LocalDate asOf) {
        return health.financials(visible(id), asOf == null ? health.today() : asOf);
    }
}
