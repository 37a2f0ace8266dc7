package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.LineMilestone;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.InvoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Milestone invoicing: an accepted billable milestone becomes a draft invoice, and its contract's revenue is recognized. */
@ApplicationScoped
public class MilestoneInvoicingService {

    private static final Logger LOG = Logger.getLogger(MilestoneInvoicingService.class);
    /** The author of what the service does on its own, from events. */
    private static final String SYSTEM = "billing-service";

    @Inject
    InvoiceRepository invoices;

    @Inject
    ContractRepository contracts;

    @Inject
    Clock clock;

    /**
     * A draft invoice for an accepted billable milestone, at most one per milestone. Marks the matching milestone of
     * a milestone line accepted (revenue recognition) when the engagement's contract has one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onMilestoneAccepted(AcceptedMilestone accepted) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<LineMilestone> matched = match(accepted);
        matched.ifPresent(m -> m.accept(accepted.acceptedAt() != null ? accepted.acceptedAt() : now));
        if (accepted.amount() == null || accepted.amount().amount().signum() <= 0) {
            return; // not billable
        }
        if (invoices.existsForMilestone(accepted.milestoneId())) {
            LOG.infof("milestone %s already invoiced", accepted.milestoneId());
            return;
        }
        String description = "Milestone: " + accepted.name();
        Invoice invoice = Invoice.draft(accepted.customerId(), matched.map(m -> m.line.contract.id).orElse(null),
                InvoiceSource.MILESTONE, accepted.amount().currency(), description, SYSTEM, now);
        invoice.milestoneId = accepted.milestoneId();
        invoice.addLine(description, accepted.engagementId(), matched.map(m -> m.line.id).orElse(null),
                accepted.amount().amount());
        invoices.persist(invoice);
        invoices.flush();
    }

    /**
     * The milestone on the contract the event names (if it is the customer's), else on the engagement's contracts of
     * the same customer (a contract of another customer on that engagement is never matched; the mismatch is logged).
     */
    private Optional<LineMilestone> match(AcceptedMilestone accepted) {
        List<Contract> candidates = new ArrayList<>();
        referencedContract(accepted).ifPresent(candidates::add);
        contracts.forEngagement(accepted.engagementId()).stream()
                .filter(c -> CrossCustomerEvents.sameCustomer("milestone " + accepted.milestoneId() + " accepted",
                        "contract", c.id, c.customerId, accepted.customerId()))
                .forEach(candidates::add);
        return candidates.stream()
                .map(c -> c.milestone(accepted.engagementId(), accepted.milestoneId(), accepted.name()))
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<Contract> referencedContract(AcceptedMilestone accepted) {
        if (accepted.contractRef() == null) {
            return Optional.empty();
        }
        try {
            return contracts.findByIdOptional(UUID.fromString(accepted.contractRef()))
                    .filter(c -> c.customerId.equals(accepted.customerId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a contract reference from another system: fall back to the engagement
        }
    }
}
