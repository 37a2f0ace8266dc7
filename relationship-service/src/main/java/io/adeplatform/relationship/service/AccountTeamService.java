package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.events.CustomerEventPayloads;
import io.adeplatform.relationship.events.CustomerEventPayloads.AccountTeamChanged;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Changes of a customer's account team. Each one gives the customer a new version and publishes AccountTeamChanged
 * with the whole team; the team always keeps an executive.
 */
@ApplicationScoped
public class AccountTeamService extends CustomerUseCase {

    @Inject
    CustomerRepository customers;

    @Inject
    OutboxWriter outbox;

    @Transactional
    public Customer addMember(UUID id, String username, AccountRole role, String by) {
        Customer customer = access.teamManageable(id);
        customer.addMember(username.strip(), role);
        return teamChanged(customer, by);
    }

    @Transactional
    public Customer changeRole(UUID id, String username, ExpectedVersion expected, AccountRole role, String by) {
        Customer customer = access.teamManageable(id);
        expected.check(customer.version);
        return customer.changeRole(username, role) ? teamChanged(customer, by) : customer;
    }

    @Transactional
    public Customer removeMember(UUID id, String username, ExpectedVersion expected, String by) {
        Customer customer = access.teamManageable(id);
        expected.check(customer.version);
        customer.removeMember(username);
        return teamChanged(customer, by);
    }

    private Customer teamChanged(Customer customer, String by) {
        customers.newVersion(customer);
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, AccountTeamChanged.NAME,
                AccountTeamChanged.of(customer, by, now()));
        return customer;
    }
}
