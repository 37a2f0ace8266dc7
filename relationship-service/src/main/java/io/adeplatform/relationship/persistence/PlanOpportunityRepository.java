package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.OpportunityStage;
import io.adeplatform.relationship.domain.PlanOpportunity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PlanOpportunityRepository implements PanacheRepositoryBase<PlanOpportunity, UUID> {

    public List<PlanOpportunity> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by createdAt, id", customerId);
    }

    /**
     * Open opportunities expected to close from {@code first} to {@code last} (months, inclusive) of the given
     * customers, or of all customers when {@code customers} is empty.
     */
    public List<PlanOpportunity> openClosing(Optional<Set<UUID>> customers, YearMonth first, YearMonth last) {
        String open = "stage not in ?1 and expectedCloseMonth between ?2 and ?3";
        List<OpportunityStage> closed = List.of(OpportunityStage.WON, OpportunityStage.LOST);
        if (customers.isEmpty()) {
            return list(open, closed, first.toString(), last.toString());
        }
        if (customers.get().isEmpty()) {
            return List.of();
        }
        return list(open + " and customerId in ?4", closed, first.toString(), last.toString(), customers.get());
    }

    /** Oldest first; one page plus one row. A null stage does not filter. */
    public List<PlanOpportunity> page(UUID customerId, OpportunityStage stage, PageRequest page) {
        return PlanPartQueries.page(this, customerId, "stage", stage, page);
    }

    /**
     * Links the opportunity to the contract drafted from it, once (false when it was linked already). No new version:
     * the link is billing's fact, not a change a client's next If-Match should have to know about.
     */
    public boolean linkContract(UUID opportunityId, UUID contractId) {
        return update("contractId = ?1 where id = ?2 and contractId is null", contractId, opportunityId) == 1;
    }
}
