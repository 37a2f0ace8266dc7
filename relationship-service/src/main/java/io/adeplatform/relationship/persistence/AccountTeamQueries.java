package io.adeplatform.relationship.persistence;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.security.AccountTeamDirectory;
import io.adeplatform.relationship.domain.Customer;
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

    /**
     * From the customer itself, which arrives with its team in one query: a request checks the customer it has just
     * loaded (the session already holds it, so no round trip at all), or loads the one it is about to use anyway.
     */
    @Override
    public Optional<AccountRole> roleOf(UUID customerId, String username) {
        return Optional.ofNullable(em.find(Customer.class, customerId))
                .flatMap(customer -> customer.member(username))
                .map(member -> member.role);
    }

    @Override
    public Set<UUID> customersOf(String username) {
        return new HashSet<>(em.createQuery(
                        "select m.customer.id from AccountTeamMember m where m.username = :username", UUID.class)
                .setParameter("username", username)
                .getResultList());
    }
}
