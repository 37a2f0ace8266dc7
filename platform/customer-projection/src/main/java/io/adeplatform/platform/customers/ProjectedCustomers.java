package io.adeplatform.platform.customers;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.security.AccountTeamDirectory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads of the projection, and the account-team directory every consuming service authorizes with. */
@ApplicationScoped
public class ProjectedCustomers implements PanacheRepositoryBase<ProjectedCustomer, UUID>, AccountTeamDirectory {

    /** The projected role (its wire name as relationship-service published it); empty for non-members. */
    @Override
    public Optional<AccountRole> roleOf(UUID customerId, String username) {
        return getEntityManager().createQuery(
                        "select m.accountRole from ProjectedTeamMember m where m.customer.id = :customer and m.username = :username",
                        String.class)
                .setParameter("customer", customerId)
                .setParameter("username", username)
                .getResultStream().findFirst().map(AccountRole::ofWireName);
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
