package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.MilestoneStatus;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An engagement's milestones: planned, achieved, accepted (published, for billing) or waived. */
@ApplicationScoped
public class MilestoneService extends EngagementUseCase {

    @Inject
    MilestoneRepository milestones;

    @Transactional
    public Milestone add(UUID id, String name, LocalDate dueDate, Money amount) {
        Engagement e = open(id);
        Milestone m = store(e, milestones, Milestone.plan(e, name, dueDate, amount, now()));
        publish(e, EngagementEvents.MilestonePlanned.NAME, EngagementEvents.MilestonePlanned.of(e, m));
        return m;
    }

    @Transactional
    public Milestone transition(UUID id, UUID milestoneId, MilestoneStatus to, String actor) {
        Engagement e = open(id);
        Milestone m = recordOn(e, milestones, "milestone", milestoneId);
        OffsetDateTime now = now();
        m.moveTo(to, now, actor);
        if (to == MilestoneStatus.ACCEPTED) {
            publish(e, EngagementEvents.MilestoneAccepted.NAME, new EngagementEvents.MilestoneAccepted(e.id,
                    e.customerId, m.id, m.name, m.amount(), e.contractRef, now, actor));
        }
        changed(e);
        return m;
    }

    /** By due date, then name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> list(UUID id) {
        return milestones.ofEngagement(visible(id).id);
    }
}
