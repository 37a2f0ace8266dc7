package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.MilestoneBilling;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneBillingRepository implements PanacheRepositoryBase<MilestoneBilling, UUID> {

    /** One page of the engagement's accepted milestones as billing decided them, latest first (plus one row: more?). */
    public List<MilestoneBilling> ofEngagement(UUID engagementId, PageRequest page) {
        return new ListQuery().equal("engagementId", engagementId)
                .page(this, Sort.by("decidedAt").descending().and("milestoneId"), page);
    }
}
