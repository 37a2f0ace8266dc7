package io.adeplatform.portfolio.service;

import io.adeplatform.platform.security.CrossCustomerEvents;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.CostSource;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.events.ActualCostChanged;
import io.adeplatform.portfolio.persistence.CostEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;


/**
 * The one actual-cost ledger: the engagement's cost entries, recorded through the API or from billing's approved time
 * entries (once per time entry). Every entry recorded publishes the engagement's new actual cost, which billing's
 * profitability and budget alerts use, so EVM, RAG and billing read one figure.
 */
@ApplicationScoped
public class ActualCostLedger extends EngagementUseCase {

    private static final Logger LOG = Logger.getLogger(ActualCostLedger.class);
    /** Who cost entries from billing's time entries are recorded by. */
    static final String BILLING = "billing-service";
    private static final int MAX_DESCRIPTION = 500;

    @Inject
    CostEntryRepository costs;

    /**
     * Records an approved time entry's cost on its engagement (in the inbox transaction), once per time entry. Skipped,
     * and logged, when the engagement is unknown here, another customer's, the cost is zero, or it is in another
     * currency than the engagement's budget (the ledger keeps one currency per engagement): none of these is poison.
     * A closed engagement still takes it: the hours were worked before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timeEntryApproved(ApprovedTime time) {
        Engagement e = engagements.findForUpdate(time.engagementId());
        String what = "time entry " + time.timeEntryId() + " approved";
        if (e == null) {
            LOG.infof("%s for engagement %s, unknown here: skipped", what, time.engagementId());
            return;
        }
        if (!CrossCustomerEvents.sameCustomer(what, "engagement", e.id, e.customerId, time.customerId())) {
            return;
        }
        if (costs.recorded(CostSource.BILLING_TIME_ENTRY, time.timeEntryId())) {
            LOG.infof("%s: already in the ledger", what);
            return;
        }
        if (time.cost().amount().signum() == 0) {
            LOG.infof("%s: no cost (cost rate 0), nothing recorded", what);
            return;
        }
        if (!time.cost().currency().equals(e.budgetCurrency)) {
            LOG.warnf("%s: cost in %s, engagement %s keeps its costs in %s: not recorded", what,
                    time.cost().currency(), e.id, e.budgetCurrency);
            return;
        }
        CostEntry entry = CostEntry.fromTimeEntry(e, time.timeEntryId(), time.workDate(), time.cost(),
                description(time), now(), BILLING);
        store(e, costs, entry); // the actual cost is an input of the cost performance the RAG reads
        published(e, entry);
    }

    /** Publishes the engagement's new actual cost after {@code entry} was stored, in the caller's transaction. */
    public void published(Engagement e, CostEntry entry) {
        publish(e, ActualCostChanged.NAME, new ActualCostChanged(e.id, e.customerId, health.actualCost(e), entry.id,
                entry.source, now()));
    }

    private static String description(ApprovedTime t) {
        String hours = t.hours() == null ? "" : " " + t.hours().stripTrailingZeros().toPlainString() + " h";
        String text = "Time: " + t.person() + " (" + t.role() + ")" + hours + " on " + t.workDate() + ", approved by "
                + t.approvedBy();
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
    }
}
