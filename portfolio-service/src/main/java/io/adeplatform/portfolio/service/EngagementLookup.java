package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/** Finds an engagement the caller may see; a non-member gets the same 404 as for a missing engagement. */
@ApplicationScoped
public class EngagementLookup {

    @Inject
    EngagementRepository engagements;

    @Inject
    AccountAccess access;

    public Engagement visible(UUID id) {
        Engagement engagement = engagements.findById(id);
        if (engagement == null || !access.canSee(engagement.customerId)) {
            throw new NotFound("engagement", id);
        }
        return engagement;
    }

    /** The same, locked for the rest of the transaction, so changes to one engagement (and its events) serialise. */
    public Engagement visibleForUpdate(UUID id) {
        Engagement engagement = visible(id);
        engagements.getEntityManager().lock(engagement, LockModeType.PESSIMISTIC_WRITE);
        return engagement;
    }
}
