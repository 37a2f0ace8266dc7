package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.SlaPause;
import io.adeplatform.escalation.domain.TimelineEntry;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Pausing and resuming an escalation's SLA timers (see {@link SlaPause}), and reading them now. */
@ApplicationScoped
public class SlaTimerService extends EscalationUseCase {

    @Transactional
    public Escalation pause(UUID id, ExpectedVersion expected, String reason, Actor by) {
        Escalation e = changeable(id);
        expected.check(e.version);
        return changed(e, SlaPause.pauseTimers(e, reason, by, now()));
    }

    /** {@code note} may be null. */
    @Transactional
    public Escalation resume(UUID id, ExpectedVersion expected, String note, Actor by) {
        Escalation e = changeable(id);
        expected.check(e.version);
        return changed(e, SlaPause.resumeTimers(e, note, by, now()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaView sla(UUID id) {
        return new SlaView(find(id), clock.instant());
    }

    private Escalation changed(Escalation e, TimelineEntry entry) {
        journal.record(entry);
        escalations.touch(e);
        escalations.flush();
        return e;
    }
}
