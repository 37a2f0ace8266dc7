package io.adeplatform.relationship.persistence.cadence;

import io.adeplatform.relationship.domain.cadence.CadencePolicy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The policies customers have set (a customer without one has the defaults). */
@ApplicationScoped
public class CadencePolicyRepository implements PanacheRepositoryBase<CadencePolicy, UUID> {

    /** The set policies of these customers, by customer. */
    public Map<UUID, CadencePolicy> of(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<CadencePolicy> policies = list("customerId in ?1", customerIds);
        return policies.stream().collect(Collectors.toMap(p -> p.customerId, Function.identity()));
    }
}
