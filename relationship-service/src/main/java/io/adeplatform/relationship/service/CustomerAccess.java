package io.adeplatform.relationship.service;

import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.AccountAction;
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
    CustomerRepository customers;

    /** The customer when the caller may see it; otherwise the very 404 a missing customer gets. */
    public Customer visible(UUID customerId) {
        return access.visible("customer", customerId, customers.findById(customerId), customer -> customer.id);
    }

    /** A record kept about a customer, when the caller may see that customer; otherwise the 404 of a missing one. */
    public <T extends CustomerRecord> T visible(String what, UUID id, T found) {
        return access.visible(what, id, found, record -> record.customerId);
    }

    /** The customer when the caller may change its data: visible, a writing account role (not viewer), not archived. */
    public Customer changeable(UUID customerId) {
        return active(AccountAction.WRITE, customerId);
    }

    /** The customer when the caller may manage its account team (an executive on it, or admin), not archived. */
    public Customer teamManageable(UUID customerId) {
        return active(AccountAction.MANAGE_TEAM, customerId);
    }

    private Customer active(AccountAction action, UUID customerId) {
        Customer customer = visible(customerId);
        access.require(action, customerId);
        customer.requireActive();
        return customer;
    }

    /**
     * A record of this customer that an id inside a request body names (a stakeholder, an objective): the 422
     * {@code unknown-<what>} of an id that exists nowhere when it is missing or another customer's.
     */
    public <T extends CustomerRecord> T referenced(String what, UUID id, T found, UUID customerId) {
        return access.sameCustomer(what, id, found, record -> record.customerId, customerId);
    }

    /** The customers a list may show: empty means all of them (admins), otherwise those of the caller's teams. */
    public Optional<Set<UUID>> visibleCustomers() {
        return access.visibleCustomers();
    }

    /** 403 for a viewer on the customer's account team. */
    public void requireEditor(Customer customer) {
        access.writable(customer.id);
    }
}
