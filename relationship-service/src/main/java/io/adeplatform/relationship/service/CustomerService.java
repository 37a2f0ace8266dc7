package io.adeplatform.relationship.service;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.messaging.CustomerEventPayloads;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.CustomerRegistered;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class CustomerService {

    @Inject
    CustomerRepository customers;

    @Inject
    OutboxWriter outbox;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    /** Stores the customer, its creator as executive on the account team, and CustomerRegistered, in one commit. */
    @Transactional
    public Customer register(String name, String segment, String creator) {
        Customer customer = Customer.register(name.strip(), segment.strip(), creator, OffsetDateTime.now(clock));
        customers.persist(customer);
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, CustomerRegistered.NAME, CustomerRegistered.of(customer));
        return customer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Customer get(UUID id) {
        access.requireVisible(id);
        return customers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("customer", id));
    }
}
