package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.SubscriptionTransfer;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionTransferRepository implements PanacheRepositoryBase<SubscriptionTransfer, UUID> {

    /** One page (overfetched by one) of the subscription's transfers, oldest first. */
    public List<SubscriptionTransfer> page(String subscriptionId, PageRequest page) {
        return new ListQuery().equal("subscriptionId", subscriptionId).page(this, Sort.by("transferredAt").and("id"), page);
    }
}
