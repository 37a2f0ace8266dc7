package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.MilestoneStatus;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An engagement's milestones: planned, achieved, accepted (published, for billing) or waived. */
@ApplicationScoped
public class MilestoneService {

    @Inject
    MilestoneRepository milestones;

    @Inject
    EngagementRepository engagements;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    @Transactional
    public Milestone add(UUID id, String name, LocalDate dueDate, Money amount) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        e.requireOpen();
        Milestone m = Milestone.plan(e, name, dueDate, amount, OffsetDateTime.now(clock));
        milestones.persist(m);
        health.refresh(e);
        milestones.flush();
        return m;
    }

    @Transactional
    public Milestone transition(UUID id, UUID milestoneId, MilestoneStatus to, String actor) {
        Engagement e = access.visible("engagement", id, engagements.findForUpdate(id), x -> x.customerId);
        e.requireOpen();
        Milestone m = milestones.findOn(e.id, milestoneId).orElseThrow(() -> new NotFound("milestone", milestoneId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        m.moveTo(to, now, actor);
        if (to == MilestoneStatus.ACCEPTED) {
            outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.MilestoneAccepted.NAME,
                    new EngagementEvents.MilestoneAccepted(e.id, e.customerId, m.id, m.name, m.amount(),
                            e.contractRef, now, actor));
        }
        health.refresh(e);
        milestones.flush();
        return m;
    }

    /** By due date, then name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> list(UUID id) {
        Engagement e = access.visible("engagement", id, engagements.findById(id), x -> x.customerId);
        return milestones.ofEngagement(e.id);
    }
}
