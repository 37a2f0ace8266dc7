package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.ProjectedOpportunity;
import io.adeplatform.billing.persistence.OpportunityProjectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Keeps relationship's opportunities as their latest opportunity-changed stated them (the weighted pipeline). */
@ApplicationScoped
public class OpportunityProjectionService {

    @Inject
    OpportunityProjectionRepository opportunities;

    /** Applies a state newer than the kept one; an older or repeated one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onOpportunityChanged(ProjectedOpportunity.State state) {
        ProjectedOpportunity kept = opportunities.findById(state.id());
        if (kept == null) {
            opportunities.persist(ProjectedOpportunity.of(state));
        } else {
            kept.apply(state);
        }
    }
}
