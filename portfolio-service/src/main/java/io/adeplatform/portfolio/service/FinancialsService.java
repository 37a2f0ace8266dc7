package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
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

    /** By date, then when recorded; paged by the query, as billing's approved time adds an entry per time entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CostEntry> list(UUID id, PageRequest page) {
        return Page.fromOverfetch(costs.ofEngagement(visible(id).id, page), page, entry -> entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostEntry get(UUID id, UUID entryId) {
        return recordOn(visible(id), costs, "cost entry", entryId);
    }

    /** The figures as of a date (today when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EarnedValue.Figures financials(UUID id, LocalDate asOf) {
        return health.financials(visible(id), asOf == null ? health.today() : asOf);
    }
}
