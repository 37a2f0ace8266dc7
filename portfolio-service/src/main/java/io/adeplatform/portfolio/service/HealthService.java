package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Computes an engagement's RAG and earned value from its facts, and keeps its stored overall health current. */
@ApplicationScoped
public class HealthService {

    @Inject
    MilestoneRepository milestones;

    @Inject
    RaidItemRepository raid;

    @Inject
    CostEntryRepository costs;

    @Inject
    EngagementEscalationRepository escalations;

    @Inject
    OutboxWriter outbox;

    @Inject
    JsonColumns json;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Money actualCost(Engagement e) {
        Money total = Money.zero(e.budgetCurrency);
        for (CostEntry cost : costs.ofEngagement(e.id)) {
            total = total.plus(cost.money());
        }
        return total;
    }

    public EarnedValue.Figures financials(Engagement e, LocalDate asOf) {
        return EarnedValue.compute(e.budget(), e.startDate, e.endDate, asOf, e.percentComplete, actualCost(e));
    }

    public RagRules.Assessment assess(Engagement e, LocalDate asOf) {
        return assess(e, asOf, financials(e, asOf));
    }

    public RagRules.Assessment assess(Engagement e, LocalDate asOf, EarnedValue.Figures f) {
        List<RagRules.MilestoneFact> ms = milestones.ofEngagement(e.id).stream()
                .map(m -> new RagRules.MilestoneFact(m.name, m.dueDate, m.isDone())).toList();
        List<RaidItem> open = raid.openOn(e.id);
        List<String> changes = open.stream()
                .filter(r -> r.type == RaidType.ISSUE && "change".equalsIgnoreCase(r.category))
                .map(r -> r.title).sorted().toList();
        List<RagRules.RiskFact> risks = open.stream()
                .filter(r -> r.type == RaidType.RISK && r.exposure() != null)
                .map(r -> new RagRules.RiskFact(r.title, r.exposure())).toList();
        List<String> critical = escalations.unresolvedOn(e.id).stream().map(x -> x.title).sorted().toList();
        return RagRules.assess(new RagRules.Input(asOf, ms, f.spi(), f.cpi(), f.bac(), f.pv(), f.ac(), changes,
                risks, critical));
    }

    /**
     * Recomputes the overall health as of today and stores it; when it changed, publishes EngagementHealthChanged
     * in the caller's transaction. Called at the end of every use case that changes a fact the rules read.
     */
    public void refresh(Engagement e) {
        RagRules.Dimension overall = assess(e, today()).overall();
        String reasons = json.write(overall.reasons());
        Health previous = e.health;
        if (previous == overall.rag() && reasons.equals(e.healthReasons)) {
            return;
        }
        e.health = overall.rag();
        e.healthReasons = reasons;
        if (previous != overall.rag()) {
            outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.HealthChanged.NAME,
                    new EngagementEvents.HealthChanged(e.id, e.customerId, e.name, previous, overall.rag(),
                            overall.reasons(), OffsetDateTime.now(clock)));
        }
    }

    /** Sets the initial health of a new engagement (no event: EngagementCreated announces it). */
    public void initialise(Engagement e) {
        RagRules.Dimension overall = assess(e, today()).overall();
        e.health = overall.rag();
        e.healthReasons = json.write(overall.reasons());
    }

    /** The engagement with the reasons of its stored health. */
    public EngagementView view(Engagement e) {
        return new EngagementView(e, json.strings(e.healthReasons));
    }
}
