package io.adeplatform.portfolio.service;

import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.persistence.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/** What a contract billing-service signed does to the engagements it covers (called in the inbox transaction). */
@ApplicationScoped
public class ContractLinkService {

    private static final Logger LOG = Logger.getLogger(ContractLinkService.class);
    /** Who a stage move caused by a signed contract is attributed to. */
    static final String BILLING = "billing-service";

    @Inject
    EngagementRepository engagements;

    @Inject
    EngagementLifecycle lifecycle;

    /**
     * A signed contract links each engagement it covers (contract id; contract reference when none was set) and
     * moves an engagement still in solution development on to delivery planning.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(UUID contractId, UUID customerId, List<UUID> engagementIds) {
        for (UUID id : engagementIds) {
            Engagement e = engagements.findForUpdate(id);
            if (e == null) {
                LOG.infof("contract %s signed for engagement %s, unknown here: skipped", contractId, id);
                continue;
            }
            if (!CrossCustomerEvents.sameCustomer("contract " + contractId + " signed", "engagement", id, e.customerId,
                    customerId)) {
                continue;
            }
            e.linkContract(contractId);
            if (e.stage == Stage.SOLUTION_DEVELOPMENT) {
                lifecycle.moveTo(e, Stage.DELIVERY_PLANNING, BILLING);
            }
        }
    }
}
