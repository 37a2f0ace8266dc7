package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.adeplatform.portfolio.domain.EscalationSeverity;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The escalations escalation-service opened on an engagement, kept with severity and category (called in the inbox
 * transaction): while unresolved, a critical one forces schedule and overall health red, a quality one rates the
 * quality dimension. Severity changes move an escalation in or out of forcing red.
 */
@ApplicationScoped
public class EscalationHealthService extends EngagementUseCase {

    private static final Logger LOG = Logger.getLogger(EscalationHealthService.class);

    @Inject
    EngagementEscalationRepository escalations;

    /** An escalation as escalation-service announces it on an engagement. */
    public record EscalationOnEngagement(UUID escalationId, UUID customerId, UUID engagementId, String title,
                                         EscalationSeverity severity, String category) {
    }

    /**
     * Tracks the escalation against the engagement (again, when it was resolved before); skips unknown engagements
     * and drops (logged) an escalation of another customer than the engagement's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escalationOpened(EscalationOnEngagement x, OffsetDateTime openedAt) {
        Engagement e = engagementOf(x, "opened");
        if (e == null) {
            return;
        }
        EngagementEscalation tracked = escalations.findById(x.escalationId());
        if (tracked == null) {
            escalations.persist(EngagementEscalation.opened(x.escalationId(), e.id, x.title(), x.severity(),
                    x.category(), openedAt));
        } else {
            tracked.resolvedAt = null;
            tracked.severity = x.severity();
        }
        refresh(e);
    }

    /**
     * The escalation's severity changed: high → critical forces the engagement red like a critical escalation
     * opened, critical → lower lifts that. An escalation not tracked yet (opened before this service kept every
     * severity) is tracked from now on, titled by its id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void severityChanged(EscalationOnEngagement x) {
        Engagement e = engagementOf(x, "changed severity");
        if (e == null) {
            return;
        }
        EngagementEscalation tracked = escalations.findById(x.escalationId());
        if (tracked == null) {
            escalations.persist(EngagementEscalation.opened(x.escalationId(), e.id, x.title(), x.severity(),
                    x.category(), null));
        } else if (!tracked.engagementId.equals(e.id)) {
            LOG.warnf("escalation %s is tracked on engagement %s, not %s: skipped", x.escalationId(),
                    tracked.engagementId, e.id);
            return;
        } else {
            tracked.severity = x.severity();
            if (x.category() != null) {
                tracked.category = x.category();
            }
        }
        refresh(e);
    }

    /** The engagement locked, or null (logged) when unknown here or of another customer than the escalation's. */
    private Engagement engagementOf(EscalationOnEngagement x, String what) {
        Engagement e = engagements.findForUpdate(x.engagementId());
        if (e == null) {
            LOG.infof("escalation %s %s names unknown engagement %s: skipped", x.escalationId(), what, x.engagementId());
            return null;
        }
        if (!CrossCustomerEvents.sameCustomer("escalation " + x.escalationId() + " " + what, "engagement",
                x.engagementId(), e.customerId, x.customerId())) {
            return null;
        }
        return e;
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
