package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.AccountRole;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.events.CustomerEventPayloads.AccountTeamChanged;
import io.adeplatform.relationship.events.CustomerEventPayloads.TeamChange;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Changes of a customer's account team. Each one gives the customer a new version and publishes AccountTeamChanged
 * (v2: the one change and that version) with the customer's whole state; the team always keeps an executive.
 */
@ApplicationScoped
public class AccountTeamService extends CustomerUseCase {

    @Inject
    CustomerRepository customers;

    @Inject
    CustomerOutbox outbox;

    /** The customer when the caller may see it and {@code username} is on its team (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Customer withMember(UUID id, String username) {
        Customer customer = access.visible(id);
        customer.existingMember(username);
        return customer;
    }

    @Transactional
    public Customer addMember(UUID id, String username, AccountRole role, String by) {
        Customer customer = access.teamManageable(id);
        String member = username.strip();
        customer.addMember(member, role);
        return teamChanged(customer, TeamChange.MEMBER_ADDED, member, role, by);
    }

    @Transactional
    public Customer changeRole(UUID id, String username, ExpectedVersion expected, AccountRole role, String by) {
        Customer customer = access.teamManageable(id);
        expected.check(customer.version);
        return customer.changeRole(username, role)
                ? teamChanged(customer, TeamChange.ROLE_CHANGED, username, role, by) : customer;
    }

    @Transactional
    public Customer removeMember(UUID id, String username, ExpectedVersion expected, String by) {
        Customer customer = access.teamManageable(id);
        expected.check(customer.version);
        AccountRole had = customer.removeMember(username);
        return teamChanged(customer, TeamChange.MEMBER_REMOVED, username, had, by);
    }

    private Customer teamChanged(Customer customer, TeamChange change, String username, AccountRole role, String by) {
        customers.newVersion(customer);
        OffsetDateTime at = now();
        outbox.publish(customer, AccountTeamChanged.NAME, AccountTeamChanged.TYPE_VERSION,
                new AccountTeamChanged(customer.id, customer.version, change, username, role, by, at), at);
        return customer;
    }
}
