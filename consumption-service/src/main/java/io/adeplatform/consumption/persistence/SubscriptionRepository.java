package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.Subscription;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.persistence.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, String> {

    /** One page (overfetched by one) of the subscriptions matching the filters, within the visible customers. */
    public List<Subscription> page(UUID customerId, UUID engagementId, Optional<Set<UUID>> visibleCustomers,
                                   PageRequest page) {
        return new ListQuery()
                .equal("customerId", customerId)
                .equal("engagementId", engagementId)
                .visibleTo(visibleCustomers)
                .page(this, Sort.by("id"), page);
    }

    /** Every subscription whose customer is known and not archived, with that customer. */
    public Map<String, UUID> ofActiveCustomers() {
        List<Object[]> rows = getEntityManager().createQuery(
                        "select s.id, s.customerId from Subscription s, ProjectedCustomer c "
                                + "where c.id = s.customerId and c.status <> 'archived'", Object[].class)
                .getResultList();
        Map<String, UUID> customers = new HashMap<>();
        for (Object[] row : rows) {
            customers.put((String) row[0], (UUID) row[1]);
        }
        return customers;
    }
}
