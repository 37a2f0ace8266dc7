package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Subscription;
import io.adeplatform.consumption.persistence.SubscriptionRepository;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Cloud subscriptions mapped to customers: usage is attributed to a customer through its subscription. */
@ApplicationScoped
public class SubscriptionService extends CustomerRecordUseCase {

    @Inject
    SubscriptionRepository subscriptions;

    /** Customer must be visible (else 404) and active (else 422); the id must be new (else 409). */
    @Transactional
    public Subscription create(String id, String name, UUID customerId, UUID engagementId, String creator) {
        requireActiveCustomer(customerId);
        requireEngagement(engagementId, customerId);
        if (subscriptions.findByIdOptional(id.strip()).isPresent()) {
            throw new Conflict("subscription-exists", "subscription " + id + " is already registered");
        }
        Subscription subscription = Subscription.register(id, name, customerId, engagementId, now(), creator);
        subscriptions.persist(subscription);
        return subscription;
    }

    @Transactional
    public Subscription update(String id, ExpectedVersion expected, String name, UUID engagementId) {
        return revise(get(id), expected, subscriptions, subscription -> {
            requireEngagement(engagementId, subscription.customerId);
            subscription.change(name, engagementId);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(String id) {
        return visible("subscription", id, subscriptions.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Subscription> list(UUID customerId, UUID engagementId, PageRequest page) {
        if (customerId != null) {
            access.requireVisible(customerId);
        }
        return Page.fromOverfetch(subscriptions.page(customerId, engagementId, access.visibleCustomers(), page), page,
                Function.identity());
    }

    /** The subscriptions whose usage this caller may load, with their customers (all for admins and feeds). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, UUID> loadable(Optional<Set<UUID>> visibleCustomers) {
        Map<String, UUID> loadable = new HashMap<>();
        subscriptions.ofActiveCustomers().forEach((subscription, customer) -> {
            if (visibleCustomers.isEmpty() || visibleCustomers.get().contains(customer)) {
                loadable.put(subscription, customer);
            }
        });
        return loadable;
    }
}
