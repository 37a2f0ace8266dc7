package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.portfolio.api.WorkDtos.CostRequest;
import io.adeplatform.portfolio.api.WorkDtos.CostResponse;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FinancialsService {

    @Inject
    CostEntryRepository costs;

    @Inject
    EngagementLookup lookup;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /** Records an actual cost in the engagement's currency (a negative amount corrects an earlier entry). */
    @Transactional
    public CostResponse record(UUID engagementId, CostRequest r, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        MilestoneService.requireOpen(e);
        if (r.amount().amount().signum() == 0) {
            throw new InvalidInput("the request has invalid fields",
                    List.of(new FieldError("amount.amount", "must not be zero")));
        }
        if (!r.amount().currency().equals(e.budgetCurrency)) {
            throw new RuleViolation("currency-mismatch",
                    "costs must be in the engagement's currency " + e.budgetCurrency);
        }
        CostEntry c = new CostEntry();
        c.id = UUID.randomUUID();
        c.engagementId = e.id;
        c.date = r.date();
        c.amount = r.amount().amount();
        c.currency = r.amount().currency();
        c.description = r.description().strip();
        c.createdAt = OffsetDateTime.now(clock);
        c.createdBy = actor;
        costs.persist(c);
        health.refresh(e);
        costs.flush();
        return CostResponse.of(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CostResponse> list(UUID engagementId) {
        Engagement e = lookup.visible(engagementId);
        return costs.list("engagementId", Sort.by("date").and("createdAt"), e.id).stream().map(CostResponse::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EarnedValue.Figures financials(UUID engagementId, LocalDate asOf) {
        Engagement e = lookup.visible(engagementId);
        return health.financials(e, asOf == null ? health.today() : asOf);
    }
}
