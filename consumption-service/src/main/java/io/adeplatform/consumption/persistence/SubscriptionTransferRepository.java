package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.SubscriptionTransfer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionTransferRepository implements PanacheRepositoryBase<SubscriptionTransfer, UUID> {

    /** The transfers of one subscription, oldest first. */
    public List<SubscriptionTransfer> of(String subscriptionId) {
        return list("subscriptionId", Sort.by("transferredAt").and("id"), subscriptionId);
    }
}
