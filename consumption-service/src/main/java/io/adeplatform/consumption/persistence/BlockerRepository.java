package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Blocker;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BlockerRepository implements PanacheRepositoryBase<Blocker, UUID> {

    /** One page (overfetched by one) of the customer's blockers, oldest first, optionally of a status and category. */
    public List<Blocker> page(UUID customerId, BlockerStatus status, BlockerCategory category, PageRequest page) {
        return new ListQuery()
                .equal("customerId", customerId)
                .equal("status", status)
                .equal("category", category)
                .page(this, Sort.by("createdAt").and("id"), page);
    }
}
