package io.adeplatform.relationship.persistence;

import io.adeplatform.relationship.domain.PlanObjective;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanObjectiveRepository implements PanacheRepositoryBase<PlanObjective, UUID> {

    public List<PlanObjective> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by createdAt, id", customerId);
    }
}
