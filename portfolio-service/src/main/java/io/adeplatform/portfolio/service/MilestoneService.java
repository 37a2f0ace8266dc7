package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.portfolio.api.WorkDtos.MilestoneRequest;
import io.adeplatform.portfolio.api.WorkDtos.MilestoneResponse;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Lifecycle;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.MilestoneStatus;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.messaging.EngagementEvents;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneService {

    @Inject
    MilestoneRepository milestones;

    @Inject
    EngagementLookup lookup;

    @Inject
    HealthService health;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    @Transactional
    public MilestoneResponse add(UUID engagementId, MilestoneRequest r) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        requireOpen(e);
        if (r.amount() != null) {
            if (r.amount().amount().signum() <= 0) {
                throw new InvalidInput("the request has invalid fields",
                        List.of(new FieldError("amount.amount", "must be greater than zero")));
            }
            if (!r.amount().currency().equals(e.budgetCurrency)) {
                throw new RuleViolation("currency-mismatch",
                        "milestone amount must be in the engagement's currency " + e.budgetCurrency);
            }
        }
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.engagementId = e.id;
        m.name = r.name().strip();
        m.dueDate = r.dueDate();
        m.amount = r.amount() == null ? null : r.amount().amount();
        m.currency = r.amount() == null ? null : r.amount().currency();
        m.status = MilestoneStatus.PLANNED;
        m.createdAt = OffsetDateTime.now(clock);
        milestones.persist(m);
        health.refresh(e);
        milestones.flush();
        return MilestoneResponse.of(m);
    }

    @Transactional
    public MilestoneResponse transition(UUID engagementId, UUID milestoneId, MilestoneStatus to, String actor) {
        Engagement e = lookup.visibleForUpdate(engagementId);
        requireOpen(e);
        Milestone m = milestones.findById(milestoneId);
        if (m == null || !m.engagementId.equals(e.id)) {
            throw new NotFound("milestone", milestoneId);
        }
        if (!Lifecycle.isAllowed(m.status, to)) {
            throw Conflict.illegalTransition(m.status.wireName(), to.wireName());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        m.status = to;
        if (to == MilestoneStatus.ACHIEVED) {
            m.achievedAt = now;
        }
        if (to == MilestoneStatus.ACCEPTED) {
            m.acceptedAt = now;
            m.acceptedBy = actor;
            outbox.append(EngagementEvents.AGGREGATE, e.id, EngagementEvents.MilestoneAccepted.NAME,
                    new EngagementEvents.MilestoneAccepted(e.id, e.customerId, m.id, m.name, m.amount(),
                            e.contractRef, now, actor));
        }
        health.refresh(e);
        milestones.flush();
        return MilestoneResponse.of(m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneResponse> list(UUID engagementId) {
        Engagement e = lookup.visible(engagementId);
        return milestones.list("engagementId", Sort.by("dueDate").and("name"), e.id).stream().map(MilestoneResponse::of).toList();
    }

    static void requireOpen(Engagement e) {
        if (e.stage == Stage.CLOSURE) {
            throw new Conflict("engagement-closed", "engagement " + e.id + " is closed and can no longer change");
        }
    }
}
