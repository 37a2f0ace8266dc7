package io.adeplatform.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is on which customer's account team. relationship-service answers from its own tables; every other service
 * answers from its local projection of {@code relationship.customer.events}.
 */
public interface AccountTeamDirectory {

    boolean isMember(UUID customerId, String username);

    /** Customers whose account team includes this user, for filtering lists. */
    Set<UUID> customersOf(String username);
}
