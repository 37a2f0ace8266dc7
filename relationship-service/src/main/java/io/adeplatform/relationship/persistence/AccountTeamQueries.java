package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.security.AccountTeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** relationship-service owns the account teams, so it authorizes from its own table rather than a projection. */
@ApplicationScoped
public class AccountTeamQueries implements AccountTeamDirectory {

    @Inject
    EntityManager em;

    @Override
    public Optional<AccountRole> roleOf(UUID customerId, String username) {
        return em.createQuery("select m.role from AccountTeamMember m "
                        + "where m.customer.id = :customer and m.username = :username", AccountRole.class)
                .setParameter("customer", customerId)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Set<UUID> customersOf(String username) {
        return new HashSet<>(em.createQuery(
                        "select m.customer.id from AccountTeamMember m where m.username = :username", UUID.class)
                .setParameter("username", username)
                .getResultList());
    }
}
