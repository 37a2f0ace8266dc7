package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Critical escalations escalation-service opened on an engagement force its schedule and overall health red until
 * they are resolved (called in the inbox transaction).
 */
@ApplicationScoped
public class EscalationHealthService {

    private static final Logger LOG = Logger.getLogger(EscalationHealthService.class);

    @Inject
    EngagementRepository engagements;

    @Inject
    EngagementEscalationRepository escalations;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /** Tracks the escalation against the engagement (again, when it was resolved before); skips unknown engagements. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void criticalEscalationOpened(UUID escalationId, UUID engagementId, String title, OffsetDateTime openedAt) {
        Engagement e = engagements.findForUpdate(engagementId);
        if (e == null) {
            LOG.infof("critical escalation %s names unknown engagement %s: skipped", escalationId, engagementId);
            return;
        }
        EngagementEscalation x = escalations.findById(escalationId);
        if (x == null) {
            x = new EngagementEscalation();
            x.escalationId = escalationId;
            x.engagementId = engagementId;
            x.title = title;
            x.openedAt = openedAt;
            escalations.persist(x);
        } else {
            x.resolvedAt = null;
        }
        escalations.flush();
        health.refresh(e);
    }

    /** A resolved or closed escalation no longer counts; without a time it counts as resolved now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalationResolved(UUID escalationId, OffsetDateTime resolvedAt) {
        EngagementEscalation x = escalations.findById(escalationId);
        if (x == null || x.resolvedAt != null) {
            return;
        }
        Engagement e = engagements.findForUpdate(x.engagementId);
        x.resolvedAt = resolvedAt == null ? OffsetDateTime.now(clock) : resolvedAt;
        escalations.flush();
        health.refresh(e);
    }

    /** A reopened escalation we tracked counts again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalationReopened(UUID escalationId) {
        EngagementEscalation x = escalations.findById(escalationId);
        if (x == null || x.resolvedAt == null) {
            return;
        }
        Engagement e = engagements.findForUpdate(x.engagementId);
        x.resolvedAt = null;
        escalations.flush();
        health.refresh(e);
    }
}
