package io.adeplatform.escalation.service;

import io.adeplatform.escalation.domain.Actor;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.Level;
import io.adeplatform.platform.core.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** A person raises or lowers an escalation's level with a reason (who may lower is {@link Escalation}'s rule). */
@ApplicationScoped
public class LevelChangeService extends EscalationUseCase {

    @Transactional
    public Escalation changeLevel(UUID id, ExpectedVersion expected, Level to, String reason, Actor by) {
        Escalation e = changeable(id);
        expected.check(e.version);
        journal.levelChanged(e, e.changeLevel(to, reason, by, now()));
        escalations.flush();
        return e;
    }
}
