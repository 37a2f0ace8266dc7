package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.SlaPause;
import io.adeplatform.escalation.domain.SlaTimersState;
import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Moving an escalation's SLA timers between running and paused (see {@link SlaPause}), and reading them now. */
@ApplicationScoped
public class SlaTimerService extends EscalationUseCase {

    /**
     * Pauses (a {@code reason} is required) or resumes (the reason, optional, is noted) both SLA timers; the rules are
     * {@link SlaPause}'s.
     */
    @Transactional
    public Escalation transition(UUID id, ExpectedVersion expected, SlaTimersState to, String reason, Actor by) {
        Escalation e = changeable(id);
        expected.check(e.version);
        TimelineEntry entry = to == SlaTimersState.PAUSED ? SlaPause.pauseTimers(e, reason, by, now())
                : SlaPause.resumeTimers(e, reason, by, now());
        journal.record(entry);
        escalations.touch(e);
        escalations.flush();
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaView sla(UUID id) {
        return new SlaView(find(id), clock.instant());
    }
}
