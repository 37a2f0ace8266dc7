package io.adeplatform.relationship.service;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.http.ProblemException;
import io.adeplatform.relationship.api.CustomerResponse;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.CustomerUpdated;
import io.adeplatform.relationship.persistence.CustomerFilter;
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
    public CustomerResponse register(String name, String segment, String creator) {
        Customer customer = Customer.register(name.strip(), segment.strip(), creator, OffsetDateTime.now(clock));
        customers.persist(customer);
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, CustomerRegistered.NAME, CustomerRegistered.of(customer));
        return CustomerResponse.of(customer);
    }

    /** Changes name and segment when the caller's If-Match names the current version; publishes CustomerUpdated. */
    @Transactional
    public CustomerResponse update(UUID id, String ifMatch, String name, String segment, String editor) {
        Customer customer = find(id);
        EntityVersions.requireMatch(ifMatch, customer.version);
        if (customer.name.equals(name.strip()) && customer.segment.equals(segment.strip())) {
            return CustomerResponse.of(customer); // nothing changed: no new version, no event
        }
        customer.name = name.strip();
        customer.segment = segment.strip();
        customers.flush(); // bumps the version now, so the response and the event carry the new one
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, CustomerUpdated.NAME, new CustomerUpdated(
                customer.id, customer.name, customer.segment, customer.status, editor, OffsetDateTime.now(clock)));
        return CustomerResponse.of(customer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CustomerResponse> list(String segment, CustomerStatus status, String nameContains, PageRequest page) {
        CustomerFilter filter = new CustomerFilter(segment, status, nameContains, access.visibleCustomers());
        return Page.fromOverfetch(customers.list(filter, page), page, CustomerResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerResponse get(UUID id) {
        return CustomerResponse.of(find(id));
    }

    private Customer find(UUID id) {
        access.requireVisible(id);
        return customers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("customer", id));
    }
}
