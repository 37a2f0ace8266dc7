package io.adeplatform.platform.security;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.WireEnums;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Object-level authorization, the one place that decides it for every service:
 * <ul>
 * <li>a caller sees a customer's data only when on its account team (admins and the machine role {@code reporter}
 * see all); everyone else gets the same 404 a missing customer gets, so the existence of data does not leak
 * ({@link #visible}, {@link #requireVisible});</li>
 * <li>a member acts on the account only as far as their account role allows ({@link AccountAction}): writes
 * ({@link #writable}), team management and approvals ({@link #require}) answer 403 otherwise; {@code reporter}
 * reads only, so every action answers it 403;</li>
 * <li>an id inside a request body must name a thing of the customer the request is about
 * ({@link #sameCustomer}, {@link #requireSameCustomer}); anything else gets the 422 of an id that exists nowhere.</li>
 * </ul>
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
        return seesAll() || directory.isMember(customerId, user.username());
    }

    /**
     * The customers whose visibility this request has checked so far: an Idempotency-Key replay
     * (IdempotentCreates) checks them again, so a caller removed from the team since cannot fetch the stored answer.
     */
    public Set<UUID> customersChecked() {
        return Collections.unmodifiableSet(checked);
    }

    /** Admins, and the reporting machine identity for reads: no account team limits what they see. */
    private boolean seesAll() {
        return user.isAdmin() || user.isReporter();
    }

    /** Passes for members, admins and reporter; a 404 problem naming the customer for everyone else. */
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
     * The customers a list may show: empty means "no restriction" (admin, reporter); otherwise the caller's customers.
     */
    public Optional<Set<UUID>> visibleCustomers() {
        return seesAll() ? Optional.empty() : Optional.of(directory.customersOf(user.username()));
    }

    /**
     * The customers where the caller may do {@code action} (a bulk write touching several customers, such as a usage
     * upload, acts only on these): empty means "no restriction" (admin); none at all for reporter, who reads only.
     */
    public Optional<Set<UUID>> customersFor(AccountAction action) {
        if (user.isReporter()) {
            return Optional.of(Set.of());
        }
        return visibleCustomers().map(visible -> visible.stream()
                .filter(customer -> action.allows(directory.roleOf(customer, user.username()).orElse(null)))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The caller may do {@code action} on the customer's account: visible (else the 404 of a missing customer), and
     * an admin or a member whose account role allows it (else 403 {@code forbidden} naming the role and the action).
     * The reporter role reads every account and acts on none: 403 for every action, before the admin pass.
     */
    public void require(AccountAction action, UUID customerId) {
        requireVisible(customerId);
        if (user.isReporter()) {
            throw new NotPermitted("the reporter role reads only; it may not " + action.description());
        }
        if (user.isAdmin()) {
            return;
        }
        AccountRole role = directory.roleOf(customerId, user.username()).orElse(null);
        if (!action.allows(role)) {
            String as = role == null ? "this account role" : "a " + WireEnums.wireName(role)
                    + " on the account team";
            throw new NotPermitted(as + " may not " + action.description());
        }
    }

    /** {@link #require} for {@link AccountAction#WRITE}: viewers on the account team never write. */
    public void writable(UUID customerId) {
        require(AccountAction.WRITE, customerId);
    }

    /** {@link #visible}, and the caller may write on its customer's account (else 403): the lookup of every change. */
    public <T> T writable(String what, Object id, T found, Function<T, UUID> customerOf) {
        return acting(AccountAction.WRITE, what, id, found, customerOf);
    }

    /** {@link #visible}, and the caller may do {@code action} on its customer's account (else 403). */
    public <T> T acting(AccountAction action, String what, Object id, T found, Function<T, UUID> customerOf) {
        T visible = visible(what, id, found, customerOf);
        require(action, customerOf.apply(visible));
        return visible;
    }

    /**
     * A thing an id inside a request body names ({@code what}: "engagement", "objective", ...): {@code found} when
     * it belongs to {@code customerId} (the customer the request is about) and the caller sees that customer; else
     * the very answer of an id that exists nowhere, whether it is missing or another customer's: 422
     * {@code unknown-<what>} "&lt;what&gt; &lt;id&gt; does not exist" (the body, not the URL, is at fault, so not a 404).
     */
    public <T> T sameCustomer(String what, Object id, T found, Function<T, UUID> customerOf, UUID customerId) {
        if (found == null || !customerId.equals(customerOf.apply(found)) || !canSee(customerId)) {
            throw unknownReference(what, id);
        }
        return found;
    }

    /** The answer to an id inside a body that names nothing the request's customer has. */
    public static RuleViolation unknownReference(String what, Object id) {
        return new RuleViolation("unknown-" + what.replace(' ', '-'), what + " " + id + " does not exist");
    }

    /** {@link #sameCustomer} when only the owner is known ({@code owner} null: the id is unknown here). */
    public void requireSameCustomer(String what, Object id, UUID owner, UUID customerId) {
        sameCustomer(what, id, owner, Function.identity(), customerId);
    }
}
