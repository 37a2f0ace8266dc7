package io.adeplatform.relationship.service;

import io.adeplatform.relationship.domain.Quarter;
import io.adeplatform.relationship.domain.WeightedPipeline;
import io.adeplatform.relationship.domain.WeightedPipeline.QuarterPipeline;
import io.adeplatform.relationship.persistence.PlanOpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The weighted pipeline by quarter of one customer, or of every customer the caller's account teams see. */
@ApplicationScoped
public class PipelineService extends CustomerUseCase {

    @Inject
    PlanOpportunityRepository opportunities;

    /** From {@code from} (the current quarter when null), {@code quarters} quarters; 404 for a customer not visible. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuarterPipeline> ofCustomer(UUID customerId, Quarter from, int quarters) {
        access.visible(customerId);
        return pipeline(Optional.of(Set.of(customerId)), from, quarters);
    }

    /** Across the customers the caller sees (all for admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuarterPipeline> ofVisibleCustomers(Quarter from, int quarters) {
        return pipeline(access.visibleCustomers(), from, quarters);
    }

    /** The quarter a pipeline starts at when the caller names none: today's. */
    public Quarter currentQuarter() {
        return Quarter.of(YearMonth.from(now()));
    }

    private List<QuarterPipeline> pipeline(Optional<Set<UUID>> customers, Quarter from, int quarters) {
        Quarter last = from.plus(quarters - 1);
        return WeightedPipeline.of(from, quarters,
                opportunities.openClosing(customers, from.firstMonth(), last.lastMonth()));
    }
}
