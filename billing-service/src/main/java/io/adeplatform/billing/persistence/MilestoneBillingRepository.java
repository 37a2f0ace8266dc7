package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.MilestoneBilling;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneBillingRepository implements PanacheRepositoryBase<MilestoneBilling, UUID> {

    /** The engagement's accepted milestones as billing decided them, latest first. */
    public List<MilestoneBilling> ofEngagement(UUID engagementId) {
        return list("engagementId", Sort.by("decidedAt").descending().and("milestoneId"), engagementId);
    }
}
