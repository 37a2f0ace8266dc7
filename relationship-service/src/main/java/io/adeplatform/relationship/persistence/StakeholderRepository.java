package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.relationship.domain.RoleType;
import io.adeplatform.relationship.domain.Stakeholder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, UUID> {

    public List<Stakeholder> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by createdAt, id", customerId);
    }

    /** Reads the stakeholder again from the database (after a lock, to check what is committed, not what was read). */
    public void reread(Stakeholder stakeholder) {
        getEntityManager().refresh(stakeholder);
    }

    /** By name; one page plus one row. A null roleType or active does not filter. */
    public List<Stakeholder> list(UUID customerId, RoleType roleType, Boolean active, PageRequest page) {
        return new ListQuery().equal("customerId", customerId).equal("roleType", roleType).equal("active", active)
                .page(this, Sort.by("name").and("id"), page);
    }
}
