package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerProfile;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.events.CustomerEventPayloads.CustomerArchived;
import io.adeplatform.relationship.events.CustomerEventPayloads.CustomerRegistered;
import io.adeplatform.relationship.events.CustomerEventPayloads.CustomerUpdated;
import io.adeplatform.relationship.persistence.CustomerFilter;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/** Registering, changing, archiving and reading customers; each change publishes its event in the same commit. */
@ApplicationScoped
public class CustomerService extends CustomerUseCase {

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerOutbox outbox;

    @Inject
    HealthRecorder health;

    /** Stores the customer, its creator as executive on the account team, and CustomerRegistered, in one commit. */
    @Transactional
    public Customer register(CustomerProfile profile, String creator) {
        Customer customer = Customer.register(profile, creator, now());
        customers.persist(customer);
        outbox.publish(customer, CustomerRegistered.NAME, CustomerRegistered.of(customer), customer.createdAt);
        health.factsChanged(customer.id);
        return customer;
    }

    /** Replaces the profile; publishes CustomerUpdated when something changed (otherwise no new version either). */
    @Transactional
    public Customer update(UUID id, ExpectedVersion expected, CustomerProfile profile, String editor) {
        Customer customer = access.changeable(id);
        expected.check(customer.version);
        if (customer.changeProfile(profile)) {
            customers.flush(); // bumps the version now, so the response and the event carry the new one
            OffsetDateTime at = now();
            outbox.publish(customer, CustomerUpdated.NAME, CustomerUpdated.of(customer, editor, at), at);
        }
        return customer;
    }

    /**
     * Moves the status (the one move: active → archived, after which the customer is read-only) and publishes
     * CustomerArchived. A move the status does not allow is a 409 to whoever may see the customer; only a legal one
     * checks the caller's account role and the version.
     */
    @Transactional
    public Customer transition(UUID id, ExpectedVersion expected, CustomerStatus to, String by) {
        Customer customer = access.visible(id);
        if (customer.status.canMoveTo(to)) {
            access.requireEditor(customer);
            expected.check(customer.version);
        }
        customer.moveTo(to);
        customers.flush();
        OffsetDateTime at = now();
        outbox.publish(customer, CustomerArchived.NAME, new CustomerArchived(customer.id, customer.version, by, at), at);
        return customer;
    }

    /** The caller's customers (all for admins), by name; null filters do not filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Customer> list(String segment, String tier, String region, CustomerStatus status, String nameContains,
                               PageRequest page) {
        CustomerFilter filter = new CustomerFilter(segment, tier, region, status, nameContains);
        return Page.fromOverfetch(customers.list(filter, access.visibleCustomers(), page), page, Function.identity());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Customer get(UUID id) {
        return access.visible(id);
    }
}
