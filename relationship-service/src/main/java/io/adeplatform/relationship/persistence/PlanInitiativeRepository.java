package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.InitiativeStatus;
import io.adeplatform.relationship.domain.PlanInitiative;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanInitiativeRepository implements PanacheRepositoryBase<PlanInitiative, UUID> {

    public List<PlanInitiative> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by createdAt, id", customerId);
    }

    /** Oldest first; one page plus one row. A null status does not filter. */
    public List<PlanInitiative> page(UUID customerId, InitiativeStatus status, PageRequest page) {
        return PlanPartQueries.page(this, customerId, "status", status, page);
    }
}
