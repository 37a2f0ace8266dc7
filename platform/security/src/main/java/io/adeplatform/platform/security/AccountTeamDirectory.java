package io.adeplatform.platform.security;

import io.adeplatform.platform.core.AccountRole;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is on which customer's account team, with which role. relationship-service answers from its own tables; every
 * other service answers from its local projection of {@code relationship.customer.events}.
 */
public interface AccountTeamDirectory {

    /** The user's role on the customer's account team; empty when not a member (or the role is unknown here). */
    Optional<AccountRole> roleOf(UUID customerId, String username);

    default boolean isMember(UUID customerId, String username) {
        return roleOf(customerId, username).isPresent();
    }

    /** Customers whose account team includes this user, for filtering lists. */
    Set<UUID> customersOf(String username);
}
