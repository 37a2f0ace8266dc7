package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.consumption.api.SubscriptionRequests.SubscriptionResponse;
import io.adeplatform.consumption.domain.Subscription;
import io.adeplatform.consumption.persistence.SubscriptionRepository;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.http.EntityVersions;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.adeplatform.platform.security.AccountAccess;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionService {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ProjectedCustomers customers;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    /** Customer must be visible (else 404) and active (else 422); the id must be new (else 409). */
    @Transactional
    public SubscriptionResponse create(String id, String name, UUID customerId, UUID engagementId, String creator) {
        requireActiveCustomer(customerId, access, customers);
        if (subscriptions.findByIdOptional(id.strip()).isPresent()) {
            throw new Conflict("subscription-exists", "subscription " + id + " is already registered");
        }
        Subscription subscription = new Subscription();
        subscription.id = id.strip();
        subscription.name = name.strip();
        subscription.customerId = customerId;
        subscription.engagementId = engagementId;
        subscription.createdAt = OffsetDateTime.now(clock);
        subscription.createdBy = creator;
        subscriptions.persist(subscription);
        return SubscriptionResponse.of(subscription);
    }

    @Transactional
    public SubscriptionResponse update(String id, String ifMatch, String name, UUID engagementId) {
        Subscription subscription = find(id);
        EntityVersions.requireMatch(ifMatch, subscription.version);
        subscription.name = name.strip();
        subscription.engagementId = engagementId;
        subscriptions.flush();
        return SubscriptionResponse.of(subscription);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionResponse get(String id) {
        return SubscriptionResponse.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubscriptionResponse> list(UUID customerId, UUID engagementId, PageRequest page) {
        if (customerId != null) {
            access.requireVisible(customerId);
        }
        List<Subscription> rows = new ListQuery()
                .equal("customerId", customerId)
                .equal("engagementId", engagementId)
                .visibleTo(access.visibleCustomers())
                .page(subscriptions, Sort.by("id"), page);
        return Page.fromOverfetch(rows, page, SubscriptionResponse::of);
    }

    /** The subscriptions whose usage this caller may load, with their customers (all for admins and feeds). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, UUID> loadable(Optional<Set<UUID>> visibleCustomers) {
        List<Object[]> rows = subscriptions.getEntityManager().createQuery(
                        "select s.id, s.customerId from Subscription s, ProjectedCustomer c "
                                + "where c.id = s.customerId and c.status <> 'archived'", Object[].class)
                .getResultList();
        Map<String, UUID> result = new HashMap<>();
        for (Object[] row : rows) {
            UUID customer = (UUID) row[1];
            if (visibleCustomers.isEmpty() || visibleCustomers.get().contains(customer)) {
                result.put((String) row[0], customer);
            }
        }
        return result;
    }

    private Subscription find(String id) {
        Subscription subscription = subscriptions.findByIdOptional(id)
                .orElseThrow(() -> new NotFound("subscription", id));
        if (!access.canSee(subscription.customerId)) {
            throw new NotFound("subscription", id);
        }
        return subscription;
    }

    static void requireActiveCustomer(UUID customerId, AccountAccess access, ProjectedCustomers customers) {
        access.requireVisible(customerId);
        if (!customers.isActive(customerId)) {
            throw new RuleViolation("unknown-customer", "customer " + customerId + " is unknown or archived");
        }
    }
}
