package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.FollowUpAction;
import io.adeplatform.relationship.domain.FollowUpStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowUpActionRepository implements PanacheRepositoryBase<FollowUpAction, UUID> {

    /** Soonest due first; one page plus one row. Null filters (status, owner) do not filter. */
    public List<FollowUpAction> page(UUID customerId, FollowUpStatus status, String owner, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).equal("status", status).equal("owner", owner)
                .page(this, Sort.by("dueDate").and("createdAt").and("id"), page);
    }
}
