package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Critical escalations escalation-service opened on an engagement force its schedule and overall health red until
 * they are resolved (called in the inbox transaction).
 */
@ApplicationScoped
public class EscalationHealthService extends EngagementUseCase {

    private static final Logger LOG = Logger.getLogger(EscalationHealthService.class);

    @Inject
    EngagementEscalationRepository escalations;

    /**
     * Tracks the escalation against the engagement (again, when it was resolved before); skips unknown engagements
     * and drops (logged) an escalation of another customer than the engagement's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void criticalEscalationOpened(UUID escalationId, UUID customerId, UUID engagementId, String title,
                                         OffsetDateTime openedAt) {
        Engagement e = engagements.findForUpdate(engagementId);
        if (e == null) {
            LOG.infof("critical escalation %s names unknown engagement %s: skipped", escalationId, engagementId);
            return;
        }
        if (!CrossCustomerEvents.sameCustomer("escalation " + escalationId + " opened", "engagement", engagementId,
                e.customerId, customerId)) {
            return;
        }
        EngagementEscalation x = escalations.findById(escalationId);
        if (x == null) {
            escalations.persist(EngagementEscalation.opened(escalationId, engagementId, title, openedAt));
        } else {
            x.resolvedAt = null;
        }
        refresh(e);
    }

    /** A resolved or closed escalation no longer counts; without a time it counts as resolved now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalationResolved(UUID escalationId, OffsetDateTime resolvedAt) {
        resolve(escalationId, resolvedAt == null ? now() : resolvedAt);
    }

    /** A reopened escalation we tracked counts again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalationReopened(UUID escalationId) {
        resolve(escalationId, null);
    }

    /** Marks a tracked escalation resolved at a time (null: unresolved) unless it already is so. */
    private void resolve(UUID escalationId, OffsetDateTime resolvedAt) {
        EngagementEscalation x = escalations.findById(escalationId);
        if (x == null || (x.resolvedAt == null) == (resolvedAt == null)) {
            return;
        }
        Engagement e = engagements.findForUpdate(x.engagementId);
        x.resolvedAt = resolvedAt;
        refresh(e);
    }

    /** The escalation written first, so the health rules count it. */
    private void refresh(Engagement e) {
        escalations.flush();
        health.refresh(e);
    }
}
