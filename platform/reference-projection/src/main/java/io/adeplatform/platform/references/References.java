package io.adeplatform.platform.references;

import io.adeplatform.platform.security.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.UUID;

/**
 * The request side: an id of another service's thing inside a request body must be known here as a thing of the
 * customer the request is about (and visible to the caller), else the answer of an id that exists nowhere
 * ({@link AccountAccess#requireSameCustomer}: 422 {@code unknown-engagement} "engagement &lt;id&gt; does not exist").
 */
@ApplicationScoped
public class References {

    @Inject
    CustomerReferences references;

    @Inject
    AccountAccess access;

    /** An optional engagement id of the request (null passes). */
    public void requireEngagement(UUID engagementId, UUID customerId) {
        require(CustomerReferences.ENGAGEMENT, engagementId, customerId);
    }

    public void requireEngagements(Collection<UUID> engagementIds, UUID customerId) {
        if (engagementIds != null) {
            engagementIds.forEach(id -> requireEngagement(id, customerId));
        }
    }

    /** An optional milestone id of the request (null passes): 422 {@code unknown-milestone} unless the customer's. */
    public void requireMilestone(UUID milestoneId, UUID customerId) {
        require(CustomerReferences.MILESTONE, milestoneId, customerId);
    }

    private void require(String kind, UUID id, UUID customerId) {
        if (id != null) {
            access.requireSameCustomer(kind, id, references.ownerOf(kind, id), customerId);
        }
    }
}
