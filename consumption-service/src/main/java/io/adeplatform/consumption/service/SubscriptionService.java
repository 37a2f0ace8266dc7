package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.Subscription;
import io.adeplatform.consumption.persistence.SubscriptionRepository;
import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Cloud subscriptions mapped to customers: usage is attributed to a customer through its subscription. */
@ApplicationScoped
public class SubscriptionService extends CustomerRecordUseCase {

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);
    /** What a cloud subscription id looks like (as the create request validates it); anything else is unknown. */
    private static final Pattern SUBSCRIPTION_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

    @Inject
    SubscriptionRepository subscriptions;

    /**
     * Customer must be visible (else 404) and active (else 422); the id must be new. An id the caller can already see
     * registered is a 409; an id held by a customer the caller cannot see gets {@link #notRegistrable}, which says
     * nothing about who holds it (only an admin's transfer moves a subscription).
     */
    @Transactional
    public Subscription create(String id, String name, UUID customerId, UUID engagementId, String creator) {
        requireActiveCustomer(customerId);
        requireEngagement(engagementId, customerId);
        Subscription existing = subscriptions.findById(id.strip());
        if (existing != null && access.canSee(existing.customerId)) {
            throw new Conflict("subscription-exists", "subscription " + id + " is already registered"
                    + (existing.customerId.equals(customerId) ? "" : " for another customer (an admin can transfer it)"));
        }
        if (existing != null) {
            LOG.warnf("%s tried to register subscription %s for customer %s; another customer holds it", creator, id,
                    customerId);
            throw notRegistrable(id);
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
        return visible("subscription", id, SUBSCRIPTION_ID.matcher(id).matches() ? subscriptions.findById(id) : null);
    }

    /**
     * The answer to a registration the caller may not make because a customer it cannot see holds the id. A 422 like
     * an unknown customer's, with a text that fits a free id as well: it neither says that the id exists nor whose
     * it is.
     */
    private static RuleViolation notRegistrable(String id) {
        return new RuleViolation("subscription-not-registrable", "subscription " + id + " cannot be registered for "
                + "this customer; if the cloud subscription is the customer's, an administrator can transfer it");
    }

    /**
     * Restricted to the customers the caller sees, so a filter naming a customer or engagement the caller cannot see
     * (or that does not exist) gives an empty page, as every filtered list of the platform does, not a 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Subscription> list(UUID customerId, UUID engagementId, PageRequest page) {
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
