package io.adeplatform.platform.security;

import io.adeplatform.platform.core.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Object-level authorization: a caller sees a customer's data only when on its account team (admins see all).
 * Everyone else gets the same 404 a missing customer gets, so the existence of data does not leak.
 */
@RequestScoped
public class AccountAccess {

    @Inject
    CurrentUser user;

    @Inject
    AccountTeamDirectory directory;

    /** Every customer this request's answers depended on, so a stored answer can be checked again on replay. */
    private final Set<UUID> checked = new LinkedHashSet<>();

    public boolean canSee(UUID customerId) {
        checked.add(customerId);
        return user.isAdmin() || directory.isMember(customerId, user.username());
    }

    /**
     * The customers whose visibility this request has checked so far: an Idempotency-Key replay
     * (IdempotentCreates) checks them again, so a caller removed from the team since cannot fetch the stored answer.
     */
    public Set<UUID> customersChecked() {
        return Collections.unmodifiableSet(checked);
    }

    /** Passes for members and admins; a 404 problem naming the customer for everyone else. */
    public void requireVisible(UUID customerId) {
        if (!canSee(customerId)) {
            throw new NotFound("customer", customerId);
        }
    }

    /**
     * The one lookup of a customer-owned thing: {@code found} when the caller may see its customer, else the very
     * {@link NotFound} a missing id gets ("contract &lt;id&gt; does not exist"), so an outsider learns nothing, not
     * even that the id exists or which customer owns it.
     */
    public <T> T visible(String what, Object id, T found, Function<T, UUID> customerOf) {
        if (found == null || !canSee(customerOf.apply(found))) {
            throw new NotFound(what, id);
        }
        return found;
    }

    /**
     * The customers a list may show: empty means "no restriction" (admin); otherwise the caller's customers.
     */
    public Optional<Set<UUID>> visibleCustomers() {
        return user.isAdmin() ? Optional.empty() : Optional.of(directory.customersOf(user.username()));
    }
}
