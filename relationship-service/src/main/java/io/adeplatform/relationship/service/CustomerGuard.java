package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.relationship.domain.AccountRole;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The object-level rules every use case applies to a customer's data: non-members get 404 (admins see all); writes
 * need an account role other than viewer and a customer that is not archived.
 */
@ApplicationScoped
public class CustomerGuard {

    @Inject
    AccountAccess access;

    @Inject
    CurrentUser user;

    @Inject
    CustomerRepository customers;

    /** The customer when the caller may see it; otherwise the same 404 a missing customer gets. */
    public Customer readable(UUID customerId) {
        access.requireVisible(customerId);
        return customers.findByIdOptional(customerId).orElseThrow(() -> new NotFound("customer", customerId));
    }

    /** The customer when the caller may change its data: visible, not a viewer on the account, not archived. */
    public Customer writable(UUID customerId) {
        Customer customer = readable(customerId);
        if (!user.isAdmin() && customer.member(user.username()).map(m -> m.role == AccountRole.VIEWER).orElse(false)) {
            throw new NotPermitted("viewers on the account team cannot change its data");
        }
        if (customer.isArchived()) {
            throw new Conflict("customer-archived", "customer " + customerId + " is archived and read-only");
        }
        return customer;
    }
}
