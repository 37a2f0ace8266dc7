package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.RootCause;
import io.adeplatform.escalation.domain.StatusChange;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Moves an escalation through its lifecycle (the rules are {@link Escalation#moveTo}'s) and tells partners. */
@ApplicationScoped
public class StatusTransitionService extends EscalationUseCase {

    /** {@code rootCause} is required for resolved and refused otherwise. */
    @Transactional
    public Escalation transition(UUID id, ExpectedVersion expected, EscalationStatus to, String note, RootCause rootCause,
                                 Actor by) {
        Escalation e = changeable(id);
        expected.check(e.version);
        if (e.causeKey != null && e.status == EscalationStatus.CLOSED && to == EscalationStatus.INVESTIGATING) {
            requireCauseFree(e);
        }
        StatusChange change = e.moveTo(to, note, rootCause, by, now());
        escalations.flush();
        journal.statusChanged(e, change);
        return e;
    }

    /** A closed system escalation comes back only while its cause has no other escalation that is not closed. */
    private void requireCauseFree(Escalation e) {
        escalations.lockCause(e.causeKey);
        escalations.notClosedForCause(e.causeKey).ifPresent(newer -> {
            throw new Conflict("cause-already-escalated", "escalation " + newer.id + " is open for the same cause ("
                    + e.causeKey + "); add to that one instead of reopening this one", Map.of("escalationId", newer.id));
        });
    }
}
