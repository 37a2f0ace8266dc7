package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.MilestoneRepository;
import io.adeplatform.portfolio.service.quality.StageGates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Stage moves of an engagement, asked for by a client or caused by a signed contract. */
@ApplicationScoped
public class EngagementLifecycle extends EngagementUseCase {

    @Inject
    MilestoneRepository milestones;

    @Inject
    StageGates gates;

    /**
     * A client's move, at the version it saw (If-Match); a move forward into a gated stage needs its gates passed or
     * waived (issue 20). A signed contract's move ({@link #moveTo} from ContractLinkService) is not held.
     */
    @Transactional
    public EngagementView transition(UUID id, ExpectedVersion expected, Stage to, String actor) {
        Engagement e = locked(id);
        expected.check(e.version);
        gates.requirePassed(e, to);
        moveTo(e, to, actor);
        engagements.flush();
        return health.view(e);
    }

    /** Moves an engagement to another stage by the lifecycle rules, publishing StageChanged (and Closed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(Engagement e, Stage to, String actor) {
        Stage from = e.moveTo(to, milestones.ofEngagement(e.id));
        OffsetDateTime now = now();
        publish(e, EngagementEvents.StageChanged.NAME,
                new EngagementEvents.StageChanged(e.id, e.customerId, from, to, now, actor));
        if (to == Stage.CLOSURE) {
            publish(e, EngagementEvents.Closed.NAME, new EngagementEvents.Closed(e.id, e.customerId, now));
        }
    }
}
