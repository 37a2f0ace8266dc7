package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.QualityRules;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.RaidItem;
import io.adeplatform.portfolio.domain.RaidType;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import io.adeplatform.portfolio.persistence.RaidItemRepository;
import io.adeplatform.portfolio.config.staffing.StaffingSettings;
import io.adeplatform.portfolio.persistence.staffing.ResourceRequestRepository;
import io.adeplatform.portfolio.service.quality.ReviewHealthFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
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
    ProgressHistory progress;

    @Inject
    ResourceRequestRepository resourceRequests;

    @Inject
    StaffingSettings staffing;

    @Inject
    ReviewHealthFacts reviews;

    @Inject
    OutboxWriter outbox;

    @Inject
    JsonColumns json;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every cost entry whatever its date (to tell whether costs exist at all). */
    public Money actualCost(Engagement e) {
        return sum(e, costs.ofEngagement(e.id));
    }

    /** AC as of a date: the cost entries dated on or before it. */
    public Money actualCost(Engagement e, LocalDate asOf) {
        return sum(e, costs.ofEngagementUpTo(e.id, asOf));
    }

    private static Money sum(Engagement e, List<CostEntry> entries) {
        Money total = Money.zero(e.budgetCurrency);
        for (CostEntry cost : entries) {
            total = total.plus(cost.money());
        }
        return total;
    }

    /** Every figure as of the date: cost entries dated by then, the percent complete recorded by then, PV then. */
    public EarnedValue.Figures financials(Engagement e, LocalDate asOf) {
        return EarnedValue.compute(e.budget(), e.startDate, e.endDate, asOf, progress.percentAsOf(e, asOf, today()),
                actualCost(e, asOf));
    }

    public RagRules.Assessment assess(Engagement e, LocalDate asOf) {
        return assess(e, asOf, financials(e, asOf));
    }

    public RagRules.Assessment assess(Engagement e, LocalDate asOf, EarnedValue.Figures f) {
        List<Milestone> all = milestones.ofEngagement(e.id);
        List<RagRules.MilestoneFact> ms = all.stream()
                .map(m -> new RagRules.MilestoneFact(m.name, m.dueDate, m.isDone())).toList();
        List<RaidItem> open = raid.openOn(e.id);
        List<RagRules.RiskFact> risks = open.stream()
                .filter(r -> r.type == RaidType.RISK && r.exposure() != null)
                .map(r -> new RagRules.RiskFact(r.title, r.exposure())).toList();
        List<EngagementEscalation> unresolved = escalations.unresolvedOn(e.id);
        QualityRules.Facts quality = new QualityRules.Facts(
                all.stream().filter(Milestone::isRejectedAndOpen)
                        .map(m -> new QualityRules.RejectedMilestone(m.name, m.rejections)).toList(),
                facts(unresolved.stream().filter(EngagementEscalation::isQuality).toList()),
                openIssues(open, RaidItem.QUALITY), reviews.of(e.id));
        return RagRules.assess(new RagRules.Input(asOf, ms, f.spi(), f.cpi(), f.bac(), f.pv(), f.ac(),
                openIssues(open, RaidItem.CHANGE), risks,
                facts(unresolved.stream().filter(EngagementEscalation::isCritical).toList()), quality,
                unfilledRoles(e, asOf)));
    }

    /** Roles of the resource plan unfilled within the warning days before their start, or since (issue 20). */
    private List<RagRules.UnfilledRoleFact> unfilledRoles(Engagement e, LocalDate asOf) {
        return resourceRequests.unfilledOn(e.id, asOf, staffing.unfilledWarningDays()).stream()
                .map(r -> new RagRules.UnfilledRoleFact(r.role, r.startDate)).toList();
    }

    private static List<String> openIssues(List<RaidItem> open, String category) {
        return open.stream().filter(r -> r.type == RaidType.ISSUE && category.equalsIgnoreCase(r.category))
                .map(r -> r.title).sorted().toList();
    }

    private static List<RagRules.EscalationFact> facts(List<EngagementEscalation> escalations) {
        return escalations.stream().map(x -> new RagRules.EscalationFact(x.escalationId, x.title, x.severity))
                .sorted(Comparator.comparing(RagRules.EscalationFact::title).thenComparing(RagRules.EscalationFact::id))
                .toList();
    }

    /**
     * Recomputes the overall health as of today and stores it; when it changed, publishes EngagementHealthChanged
     * in the caller's transaction. Called at the end of every use case that changes a fact the rules read, and by
     * the scheduled {@link HealthSweep} for what changes with time alone. Answers whether health-changed was
     * published.
     */
    public boolean refresh(Engagement e) {
        RagRules.Assessment a = assess(e, today());
        RagRules.Dimension overall = a.overall();
        String reasons = json.write(overall.reasons());
        Health previous = e.health;
        if (previous == overall.rag() && reasons.equals(e.healthReasons)) {
            return false;
        }
        e.health = overall.rag();
        e.healthReasons = reasons;
        if (previous == overall.rag()) {
            return false;
        }
        publishChange(e, previous, a);
        return true;
    }

    /** Sets the initial health of a new engagement; EngagementCreated announces it. */
    public void initialise(Engagement e) {
        RagRules.Dimension overall = assess(e, today()).overall();
        e.health = overall.rag();
        e.healthReasons = json.write(overall.reasons());
    }

    /**
     * After EngagementCreated: an engagement registered already red also publishes health-changed (previous null),
     * so it escalates like one that turns red.
     */
    public void announceIfRegisteredRed(Engagement e) {
        if (e.health == Health.RED) {
            publishChange(e, null, assess(e, today()));
        }
    }

    private void publishChange(Engagement e, Health previous, RagRules.Assessment a) {
        outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.HealthChanged.NAME,
                new EngagementEvents.HealthChanged(e.id, e.customerId, e.name, previous, a.overall().rag(),
                        a.overall().reasons(), a.causes(), OffsetDateTime.now(clock)));
    }

    /** The engagement with the reasons of its stored health. */
    public EngagementView view(Engagement e) {
        return new EngagementView(e, json.strings(e.healthReasons));
    }
}
