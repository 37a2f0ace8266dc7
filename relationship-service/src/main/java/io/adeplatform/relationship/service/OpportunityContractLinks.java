package io.adeplatform.relationship.service;

import io.adeplatform.platform.security.CrossCustomerEvents;
import io.adeplatform.relationship.domain.PlanOpportunity;
import io.adeplatform.relationship.persistence.PlanOpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Links a won opportunity to the draft contract billing-service made from it: the link reads both ways. */
@ApplicationScoped
public class OpportunityContractLinks {

    private static final Logger LOG = Logger.getLogger(OpportunityContractLinks.class);

    @Inject
    PlanOpportunityRepository opportunities;

    /**
     * The first contract stays the opportunity's (a second event changes nothing); an opportunity unknown here or of
     * another customer than the event names is logged and dropped, not retried.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onContractDrafted(UUID opportunityId, UUID customerId, UUID contractId) {
        PlanOpportunity opportunity = opportunities.findById(opportunityId);
        if (opportunity == null) {
            LOG.infof("contract %s was drafted from opportunity %s, which is not in any account plan", contractId,
                    opportunityId);
            return;
        }
        if (CrossCustomerEvents.sameCustomer("contract drafted-from-opportunity", "opportunity", opportunityId,
                opportunity.customerId, customerId)) {
            opportunities.linkContract(opportunityId, contractId);
        }
    }
}
