package io.adeplatform.relationship.service.cadence;

import io.adeplatform.relationship.domain.cadence.CadenceCustomer;
import io.adeplatform.relationship.domain.cadence.CadenceEngagement;
import io.adeplatform.relationship.domain.cadence.CadenceIntervals;
import io.adeplatform.relationship.domain.cadence.CadenceItem;
import io.adeplatform.relationship.domain.CadenceKind;
import io.adeplatform.relationship.domain.cadence.CadencePolicy;
import io.adeplatform.relationship.domain.cadence.CadenceSchedule;
import io.adeplatform.relationship.persistence.cadence.CadencePolicyRepository;
import io.adeplatform.relationship.persistence.cadence.CadenceQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cadence items of customers as of a day, from their policies (or the defaults), the QBRs and briefings recorded
 * as interactions and the engagements and steering meetings learned from portfolio. No access checks: callers decide
 * which customers (the use cases through AccountAccess, health for the one customer it computes).
 */
@ApplicationScoped
public class CadenceCalculation {

    @Inject
    CadenceQueries queries;

    @Inject
    CadencePolicyRepository policies;

    /** One customer's items; none for an archived (or unknown) customer. */
    public List<CadenceItem> ofCustomer(UUID customerId, LocalDate today) {
        return of(Optional.of(Set.of(customerId)), today);
    }

    /** The items of these active customers ({@code customers} empty: every customer), in {@link CadenceItem#ORDER}. */
    public List<CadenceItem> of(Optional<Set<UUID>> customers, LocalDate today) {
        List<CadenceCustomer> active = queries.activeCustomers(customers);
        if (active.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = active.stream().map(CadenceCustomer::id).collect(Collectors.toSet());
        Optional<Set<UUID>> scope = customers.map(named -> ids);
        Map<UUID, CadencePolicy> set = policies.of(ids);
        Map<UUID, Map<CadenceKind, LocalDate>> lastHeld = queries.lastHeld(scope);
        Map<UUID, List<CadenceEngagement>> engagements = queries.openEngagements(scope, today).stream()
                .collect(Collectors.groupingBy(CadenceEngagement::customerId));
        List<CadenceItem> items = new ArrayList<>();
        for (CadenceCustomer customer : active) {
            CadencePolicy policy = set.get(customer.id());
            CadenceIntervals intervals = policy == null ? CadenceIntervals.DEFAULTS : policy.intervals();
            items.addAll(CadenceSchedule.items(customer, intervals, lastHeld.getOrDefault(customer.id(), Map.of()),
                    engagements.getOrDefault(customer.id(), List.of()), today));
        }
        items.sort(CadenceItem.ORDER);
        return items;
    }
}
