package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.EngagementEscalation;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.persistence.EngagementEscalationRepository;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What portfolio-service does when other services' events arrive (called inside the inbox transaction). */
@ApplicationScoped
public class ReactionService {

    private static final Logger LOG = Logger.getLogger(ReactionService.class);
    public static final String BILLING = "billing-service";

    @Inject
    EngagementRepository engagements;

    @Inject
    EngagementEscalationRepository escalations;

    @Inject
    EngagementService engagementService;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    /**
     * A signed contract links each engagement it covers (contract id; contract reference when none was set) and
     * moves an engagement still in solution development on to delivery planning.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(UUID contractId, UUID customerId, List<UUID> engagementIds) {
        for (UUID id : engagementIds) {
            Engagement e = engagements.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !e.customerId.equals(customerId)) {
                LOG.infof("contract %s signed for engagement %s, which is not a portfolio engagement of customer %s: skipped",
                        contractId, id, customerId);
                continue;
            }
            e.contractId = contractId;
            if (e.contractRef == null) {
                e.contractRef = contractId.toString();
            }
            if (e.stage == Stage.SOLUTION_DEVELOPMENT) {
                engagementService.moveTo(e, Stage.DELIVERY_PLANNING, BILLING);
            }
        }
    }

    /** A critical escalation on an engagement forces schedule and overall red until it is resolved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void criticalEscalationOpened(UUID escalationId, UUID engagementId, String title, OffsetDateTime openedAt) {
        Engagement e = engagements.findById(engagementId, LockModeType.PESSIMISTIC_WRITE);
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalationResolved(UUID escalationId, OffsetDateTime resolvedAt) {
        EngagementEscalation x = escalations.findById(escalationId);
        if (x == null || x.resolvedAt != null) {
            return;
        }
        Engagement e = engagements.findById(x.engagementId, LockModeType.PESSIMISTIC_WRITE);
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
        Engagement e = engagements.findById(x.engagementId, LockModeType.PESSIMISTIC_WRITE);
        x.resolvedAt = null;
        escalations.flush();
        health.refresh(e);
    }
}
