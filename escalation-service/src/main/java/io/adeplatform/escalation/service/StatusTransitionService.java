package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.RootCause;
import io.adeplatform.escalation.domain.StatusChange;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
        StatusChange change = e.moveTo(to, note, rootCause, by, now());
        escalations.flush();
        journal.statusChanged(e, change);
        return e;
    }
}
