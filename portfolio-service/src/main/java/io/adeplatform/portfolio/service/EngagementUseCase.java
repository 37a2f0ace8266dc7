package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.events.EngagementEvents;
import io.adeplatform.portfolio.persistence.EngagementRecordRepository;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the engagement use cases share: finding one (the caller sees it, or gets the 404 of a missing one) and its
 * records, locking it for a change, storing what changed with its health refreshed, and publishing its events.
 */
public abstract class EngagementUseCase {

    @Inject
    protected EngagementRepository engagements;

    @Inject
    protected AccountAccess access;

    @Inject
    protected HealthService health;

    @Inject
    protected OutboxWriter outbox;

    @Inject
    protected Clock clock;

    /** To read: the engagement when the caller may see it. */
    protected Engagement visible(UUID id) {
        return access.visible("engagement", id, engagements.findById(id), e -> e.customerId);
    }

    /**
     * To change: as {@link #visible}, and the caller's account role writes (else 403), locked to the end of the
     * transaction, so changes to one engagement serialise.
     */
    protected Engagement locked(UUID id) {
        return access.writable("engagement", id, engagements.findForUpdate(id), e -> e.customerId);
    }

    /** To add to or change what hangs off an engagement: locked, and refused once it is closed. */
    protected Engagement open(UUID id) {
        Engagement e = locked(id);
        e.requireOpen();
        return e;
    }

    /** One of the engagement's records ({@code what}, e.g. "milestone"), or the 404 of a missing one. */
    protected <T> T recordOn(Engagement e, EngagementRecordRepository<T> records, String what, UUID recordId) {
        return records.findOn(e.id, recordId).orElseThrow(() -> new NotFound(what, recordId));
    }

    protected OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Stores a new record of the engagement, see {@link #changed}. */
    protected <T> T store(Engagement e, PanacheRepositoryBase<T, UUID> repository, T record) {
        repository.persist(record);
        changed(e);
        return record;
    }

    /** After a change the health rules read: the stored health refreshed, and everything written before answering. */
    protected void changed(Engagement e) {
        health.refresh(e);
        engagements.flush();
    }

    protected void publish(Engagement e, String type, Object payload) {
        outbox.append(EngagementEvents.AGGREGATE, e.id, type, payload);
    }
}
