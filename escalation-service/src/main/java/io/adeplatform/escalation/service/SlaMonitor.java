package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.SlaClock;
import io.adeplatform.escalation.domain.SlaTarget;
import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.escalation.domain.TimelineKind;
import io.adeplatform.escalation.domain.Visibility;
import io.adeplatform.escalation.messaging.EscalationEvents;
import io.adeplatform.escalation.persistence.EscalationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Evaluates the SLA timers of active escalations against the injected Clock and announces crossings: a warning when
 * a running target reaches 50 % and again at 75 % (only the highest newly reached threshold when several were passed
 * between two checks), a breach at 100 % — each at most once per target — and on a breach raises the level by one
 * (L1 → L2 → L3) with the reason on the timeline. Each escalation is evaluated in its own transaction under a row
 * lock, so several replicas running the check at once still announce every crossing exactly once.
 */
@ApplicationScoped
public class SlaMonitor {

    private static final Logger LOG = Logger.getLogger(SlaMonitor.class);

    @Inject
    EscalationRepository escalations;

    @Inject
    EscalationService service;

    @Inject
    io.adeplatform.platform.events.OutboxWriter outbox;

    @Inject
    Clock clock;

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
        if (!e.status.isActive()) {
            return 0;
        }
        Instant now = clock.instant();
        int published = 0;
        if (e.acknowledgedAt == null) {
            published += check(e, SlaTarget.ACKNOWLEDGE, now);
        }
        if (e.resolvedAt == null) {
            published += check(e, SlaTarget.RESOLVE, now);
        }
        if (published > 0) {
            escalations.flush();
        }
        return published;
    }

    private int check(Escalation e, SlaTarget target, Instant now) {
        SlaClock.Measure m = e.measure(target, now);
        int reached = m.thresholdReached();
        boolean breached = target == SlaTarget.ACKNOWLEDGE ? e.acknowledgeBreached : e.resolveBreached;
        int warned = target == SlaTarget.ACKNOWLEDGE ? e.acknowledgeWarned : e.resolveWarned;
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String what = target == SlaTarget.ACKNOWLEDGE ? "time to acknowledge" : "time to resolve";
        int targetMinutes = (int) m.targetDuration().toMinutes();
        if (reached == 100 && !breached) {
            if (target == SlaTarget.ACKNOWLEDGE) {
                e.acknowledgeBreached = true;
                e.acknowledgeWarned = 75;
            } else {
                e.resolveBreached = true;
                e.resolveWarned = 75;
            }
            service.record(e, TimelineEntry.of(e.id, at, TimelineKind.SLA_EVENT, Visibility.INTERNAL, Actor.SYSTEM.username(),
                    "SLA breached: " + what + " (" + targetMinutes + " min) exceeded").change(null, "breached"));
            outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.SlaBreached.NAME, new EscalationEvents.SlaBreached(
                    e.id, e.customerId, e.engagementId, e.severity, target, targetMinutes, m.percentUsed(), at));
            if (e.level != e.level.next()) {
                service.setLevel(e, e.level.next(), "automatic raise: SLA breached, " + what + " of " + targetMinutes
                        + " min exceeded", Actor.SYSTEM, at);
            }
            return 1;
        }
        if ((reached == 50 || reached == 75) && reached > warned) {
            if (target == SlaTarget.ACKNOWLEDGE) {
                e.acknowledgeWarned = reached;
            } else {
                e.resolveWarned = reached;
            }
            service.record(e, TimelineEntry.of(e.id, at, TimelineKind.SLA_EVENT, Visibility.INTERNAL, Actor.SYSTEM.username(),
                    "SLA warning: " + reached + " % of " + what + " (" + targetMinutes + " min) used, due "
                            + m.dueAt()).change(null, "warning-" + reached));
            outbox.append(EscalationEvents.AGGREGATE, e.id, EscalationEvents.SlaWarning.NAME, new EscalationEvents.SlaWarning(
                    e.id, e.customerId, e.engagementId, e.severity, target, reached, m.percentUsed(),
                    m.dueAt() == null ? null : m.dueAt().atOffset(ZoneOffset.UTC), at));
            return 1;
        }
        return 0;
    }
}
