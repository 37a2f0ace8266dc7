package io.adeplatform.portfolio.service.staffing;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.staffing.PlannedRole;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.adeplatform.portfolio.persistence.staffing.ResourceRequestRepository;
import io.adeplatform.portfolio.service.HealthService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How the staffing use cases reach an engagement, as the engagement use cases do: visible or the 404 of a missing one,
 * locked and writable for a change, health refreshed after it, events through the outbox.
 */
@ApplicationScoped
class StaffedEngagements {

    @Inject
    EngagementRepository engagements;

    @Inject
    ResourceRequestRepository requests;

    @Inject
    AccountAccess access;

    @Inject
    HealthService health;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    Engagement visible(UUID id) {
        return access.visible("engagement", id, engagements.findById(id), e -> e.customerId);
    }

    /** Locked to the end of the transaction (changes to one engagement serialise), writable, and not closed. */
    Engagement open(UUID id) {
        Engagement e = access.writable("engagement", id, engagements.findForUpdate(id), e2 -> e2.customerId);
        e.requireOpen();
        return e;
    }

    PlannedRole request(Engagement e, UUID requestId) {
        return requests.findOn(e.id, requestId).orElseThrow(() -> new NotFound("resource request", requestId));
    }

    void changed(Engagement e) {
        health.refresh(e);
        engagements.flush();
    }

    void publish(Engagement e, String type, Object payload) {
        outbox.append(EngagementEvents.AGGREGATE, e.id, type, payload);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
