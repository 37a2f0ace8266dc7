package io.adeplatform.relationship.service;

import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CurrentUser;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.platform.core.CustomerRecord;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The object-level rules every use case applies to a customer's data. This service owns the account teams, so a
 * customer is scoped by its own id: a caller off its team gets the 404 of a missing customer (admins see all).
 */
@ApplicationScoped
public class CustomerAccess {

    @Inject
    AccountAccess access;

    @Inject
    CurrentUser user;

    @Inject
    CustomerRepository customers;

    /** The customer when the caller may see it; otherwise the very 404 a missing customer gets. */
    public Customer visible(UUID customerId) {
        return access.visible("customer", customerId, customers.findById(customerId), customer -> customer.id);
    }

    /** A record kept about a customer, when the caller may see that customer; otherwise the 404 of a missing one. */
    public <T extends CustomerRecord> T visible(String what, UUID id, T found) {
        return access.visible(what, id, found, record -> record.customerId);
    }

    /** The customer when the caller may change its data: visible, not a viewer on its team, not archived. */
    public Customer changeable(UUID customerId) {
        Customer customer = visible(customerId);
        requireEditor(customer);
        customer.requireActive();
        return customer;
    }

    /** The customers a list may show: empty means all of them (admins), otherwise those of the caller's teams. */
    public Optional<Set<UUID>> visibleCustomers() {
        return access.visibleCustomers();
    }

    /** 403 for a viewer on the customer's account team. */
    public void requireEditor(Customer customer) {
        customer.requireEditor(user.username(), user.isAdmin());
    }
}
