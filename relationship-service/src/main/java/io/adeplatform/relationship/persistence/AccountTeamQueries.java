package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.security.AccountTeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** relationship-service owns the account teams, so it authorizes from its own table rather than a projection. */
@ApplicationScoped
public class AccountTeamQueries implements AccountTeamDirectory {

    @Inject
    EntityManager em;

    @Override
    public boolean isMember(UUID customerId, String username) {
        return em.createQuery("select count(m) from AccountTeamMember m "
                        + "where m.customer.id = :customer and m.username = :username", Long.class)
                .setParameter("customer", customerId)
                .setParameter("username", username)
                .getSingleResult() > 0;
    }

    @Override
    public Set<UUID> customersOf(String username) {
        return new HashSet<>(em.createQuery(
                        "select m.customer.id from AccountTeamMember m where m.username = :username", UUID.class)
                .setParameter("username", username)
                .getResultList());
    }
}
