package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.domain.PlanOpportunity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanOpportunityRepository implements PanacheRepositoryBase<PlanOpportunity, UUID> {

    public List<PlanOpportunity> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by createdAt, id", customerId);
    }

    /** Oldest first; one page plus one row. A null stage does not filter. */
    public List<PlanOpportunity> page(UUID customerId, OpportunityStage stage, PageRequest page) {
        return PlanPartQueries.page(this, customerId, "stage", stage, page);
    }
}
