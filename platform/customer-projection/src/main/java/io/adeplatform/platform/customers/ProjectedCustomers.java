package io.adeplatform.platform.customers;

import io.adeplatform.platform.security.AccountTeamDirectory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Reads of the projection, and the account-team directory every consuming service authorizes with. */
@ApplicationScoped
public class ProjectedCustomers implements PanacheRepositoryBase<ProjectedCustomer, UUID>, AccountTeamDirectory {

    @Override
    public boolean isMember(UUID customerId, String username) {
        return getEntityManager().createQuery(
                        "select count(m) from ProjectedTeamMember m where m.customer.id = :customer and m.username = :username",
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("username", username)
                .getSingleResult() > 0;
    }

    @Override
    public Set<UUID> customersOf(String username) {
        return new HashSet<>(getEntityManager().createQuery(
                        "select m.customer.id from ProjectedTeamMember m where m.username = :username", UUID.class)
                .setParameter("username", username)
                .getResultList());
    }

    /** True when the customer is known here and not archived: the test for "unknown customer → 422". */
    public boolean isActive(UUID customerId) {
        ProjectedCustomer customer = findById(customerId);
        return customer != null && !"archived".equals(customer.status);
    }
}
