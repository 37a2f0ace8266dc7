package io.adeplatform.relationship.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.relationship.api.CustomerResponse;
import io.adeplatform.relationship.domain.AccountRole;
import io.adeplatform.relationship.domain.AccountTeamMember;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.domain.CustomerStatus;
import io.adeplatform.relationship.messaging.CustomerEventPayloads;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.AccountTeamChanged;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.CustomerArchived;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.CustomerRegistered;
import io.adeplatform.relationship.messaging.CustomerEventPayloads.CustomerUpdated;
import io.adeplatform.relationship.persistence.CustomerFilter;
import io.adeplatform.relationship.persistence.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
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
    CustomerGuard guard;

    @Inject
    HealthService health;

    @Inject
    Clock clock;

    public record Attributes(String name, String segment, String tier, String industry, String region) {

        Attributes normalised() {
            return new Attributes(name.strip(), segment.strip(), blankToNull(tier), blankToNull(industry), blankToNull(region));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @Transactional
    public CustomerResponse register(String name, String segment, String creator) {
        return register(new Attributes(name, segment, null, null, null), creator);
    }

    /** Stores the customer, its creator as executive on the account team, and CustomerRegistered, in one commit. */
    @Transactional
    public CustomerResponse register(Attributes attributes, String creator) {
        Attributes a = attributes.normalised();
        Customer customer = Customer.register(a.name(), a.segment(), a.tier(), a.industry(), a.region(), creator,
                OffsetDateTime.now(clock));
        customers.persist(customer);
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, CustomerRegistered.NAME, CustomerRegistered.of(customer));
        customers.flush();
        health.refresh(customer.id);
        return CustomerResponse.of(customer);
    }

    /** Changes the attributes when the caller's If-Match names the current version; publishes CustomerUpdated. */
    @Transactional
    public CustomerResponse update(UUID id, String ifMatch, Attributes attributes, String editor) {
        Customer customer = guard.writable(id);
        EntityVersions.requireMatch(ifMatch, customer.version);
        Attributes a = attributes.normalised();
        if (customer.name.equals(a.name()) && customer.segment.equals(a.segment()) && Objects.equals(customer.tier, a.tier())
                && Objects.equals(customer.industry, a.industry()) && Objects.equals(customer.region, a.region())) {
            return CustomerResponse.of(customer); // nothing changed: no new version, no event
        }
        customer.name = a.name();
        customer.segment = a.segment();
        customer.tier = a.tier();
        customer.industry = a.industry();
        customer.region = a.region();
        customers.flush(); // bumps the version now, so the response and the event carry the new one
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, CustomerUpdated.NAME,
                CustomerUpdated.of(customer, editor, OffsetDateTime.now(clock)));
        return CustomerResponse.of(customer);
    }

    /** active → archived; the customer becomes read-only. Archiving twice is an illegal transition (409). */
    @Transactional
    public CustomerResponse archive(UUID id, String ifMatch, String by) {
        Customer customer = guard.readable(id);
        if (customer.isArchived()) {
            throw Conflict.illegalTransition(CustomerStatus.ARCHIVED.wireName(), CustomerStatus.ARCHIVED.wireName());
        }
        guard.writable(id);
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, customer.version);
        }
        customer.status = CustomerStatus.ARCHIVED;
        customers.flush();
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, CustomerArchived.NAME,
                new CustomerArchived(customer.id, by, OffsetDateTime.now(clock)));
        return CustomerResponse.of(customer);
    }

    @Transactional
    public CustomerResponse addMember(UUID id, String username, AccountRole role, String by) {
        Customer customer = guard.writable(id);
        String name = username.strip();
        if (customer.member(name).isPresent()) {
            throw new Conflict("already-a-member", name + " is already on the account team");
        }
        customer.accountTeam.add(new AccountTeamMember(customer, name, role));
        return teamChanged(customer, by);
    }

    @Transactional
    public CustomerResponse changeRole(UUID id, String username, String ifMatch, AccountRole role, String by) {
        Customer customer = guard.writable(id);
        EntityVersions.requireMatch(ifMatch, customer.version);
        AccountTeamMember member = customer.member(username)
                .orElseThrow(() -> new NotFound("account-team member", username));
        if (member.role == role) {
            return CustomerResponse.of(customer);
        }
        member.role = role;
        requireExecutive(customer);
        return teamChanged(customer, by);
    }

    @Transactional
    public CustomerResponse removeMember(UUID id, String username, String ifMatch, String by) {
        Customer customer = guard.writable(id);
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, customer.version);
        }
        AccountTeamMember member = customer.member(username)
                .orElseThrow(() -> new NotFound("account-team member", username));
        customer.accountTeam.remove(member);
        requireExecutive(customer);
        return teamChanged(customer, by);
    }

    private static void requireExecutive(Customer customer) {
        if (customer.accountTeam.stream().noneMatch(m -> m.role == AccountRole.EXECUTIVE)) {
            throw new Conflict("last-executive", "the account team must keep at least one executive");
        }
    }

    private CustomerResponse teamChanged(Customer customer, String by) {
        customers.flush();
        customers.getEntityManager().lock(customer, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, AccountTeamChanged.NAME,
                AccountTeamChanged.of(customer, by, OffsetDateTime.now(clock)));
        return CustomerResponse.of(customer);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CustomerResponse> list(CustomerFilter filter, PageRequest page) {
        CustomerFilter scoped = new CustomerFilter(filter.segment(), filter.tier(), filter.region(), filter.status(),
                filter.nameContains(), access.visibleCustomers());
        return Page.fromOverfetch(customers.list(scoped, page), page, CustomerResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerResponse get(UUID id) {
        return CustomerResponse.of(guard.readable(id));
    }
}
