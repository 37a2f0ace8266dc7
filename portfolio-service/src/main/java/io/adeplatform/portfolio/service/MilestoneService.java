package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
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

    /** A move of the milestone at the version the client saw (If-Match); the engagement must still be open. */
    @Transactional
    public Milestone transition(UUID id, UUID milestoneId, ExpectedVersion expected, MilestoneStatus to, String actor) {
        Engagement e = locked(id);
        Milestone m = milestone(e, milestoneId);
        expected.check(m.version);
        e.requireOpen();
        OffsetDateTime now = now();
        m.moveTo(to, now, actor);
        if (to == MilestoneStatus.ACCEPTED) {
            publish(e, EngagementEvents.MilestoneAccepted.NAME, new EngagementEvents.MilestoneAccepted(e.id,
                    e.customerId, m.id, m.name, m.amount(), e.contractRef, now, actor));
        }
        changed(e);
        return m;
    }

    /** By due date, then name: an engagement has few, so they are paged in memory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Milestone> list(UUID id, PageRequest page) {
        return Page.slice(milestones.ofEngagement(visible(id).id), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone get(UUID id, UUID milestoneId) {
        return milestone(visible(id), milestoneId);
    }

    private Milestone milestone(Engagement e, UUID milestoneId) {
        return recordOn(e, milestones, "milestone", milestoneId);
    }
}
