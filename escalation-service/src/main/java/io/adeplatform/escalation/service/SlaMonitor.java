package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.SlaCrossing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Evaluates the SLA timers of active escalations against the injected Clock and announces each crossing once (see
 * {@link SlaCrossing}); a breach also raises the level by one (L1 → L2 → L3) with the reason on the timeline. Each
 * escalation is evaluated in its own transaction under a row lock, so several replicas running the check at once
 * still announce every crossing exactly once.
 */
@ApplicationScoped
public class SlaMonitor extends EscalationUseCase {

    private static final Logger LOG = Logger.getLogger(SlaMonitor.class);

    /** Evaluates every active escalation now; returns how many SLA events (warnings and breaches) were published. */
    public int evaluateAll() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(escalations::activeIds);
        int published = 0;
        for (UUID id : ids) {
            try {
                published += evaluate(id);
            } catch (RuntimeException e) {
                LOG.warnf("SLA evaluation of escalation %s failed: %s", id, e);
            }
        }
        return published;
    }

    /** Evaluates one escalation in its own transaction; returns how many SLA events it published. */
    public int evaluate(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> escalations.lock(id).map(this::evaluate).orElse(0));
    }

    private int evaluate(Escalation e) {
        List<SlaCrossing> crossings = SlaCrossing.detect(e, clock.instant());
        for (SlaCrossing crossing : crossings) {
            journal.slaCrossed(e, crossing);
            if (crossing.isBreach()) {
                e.raiseAutomatically(crossing.raiseReason(), crossing.at()).ifPresent(raise -> journal.levelChanged(e, raise));
            }
        }
        if (!crossings.isEmpty()) {
            escalations.flush();
        }
        return crossings.size();
    }
}
