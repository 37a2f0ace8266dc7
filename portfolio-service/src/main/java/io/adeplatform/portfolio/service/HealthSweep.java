package io.adeplatform.portfolio.service;

import io.adeplatform.platform.persistence.RowSweep;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Re-evaluates the health of every engagement not yet closed as of the clock's today, for what changes with time
 * alone (a milestone slipping past its due date, planned value overtaking earned value). Each engagement is
 * refreshed in its own transaction under a SKIP LOCKED row lock (platform/persistence {@link RowSweep}): a change is
 * stored and its health-changed written to the outbox in that transaction, exactly as a write does; replicas running
 * the pass at once skip the rows another holds, and find no difference in those it already refreshed.
 */
@ApplicationScoped
public class HealthSweep {

    @Inject
    EngagementRepository engagements;

    @Inject
    HealthService health;

    /** One pass; answers how many engagements changed health (each published one health-changed). */
    public int run() {
        return RowSweep.run("engagement health check", engagements::openIds,
                id -> engagements.lockOpenIfFree(id).map(this::refresh).orElse(false));
    }

    private boolean refresh(Engagement e) {
        boolean changed = health.refresh(e);
        engagements.flush();
        return changed;
    }
}
