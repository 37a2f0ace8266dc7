package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceLimit;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.LineMilestone;
import io.adeplatform.billing.domain.MilestoneBilling;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.MilestoneBillingRepository;
import io.adeplatform.platform.references.CustomerReferences;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.CrossCustomerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Milestone invoicing from contract terms: an accepted milestone becomes a draft invoice only when a milestone line of
 * a signed or active contract of the customer names it, for that line milestone's amount in the contract's currency
 * (portfolio's amount is not used), and within the not-to-exceed limits. Otherwise nothing is invoiced and the reason
 * is kept ({@link MilestoneBilling}) and logged: a refused milestone is not poison.
 */
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
    MilestoneBillingRepository billings;

    @Inject
    ContractLimits limits;

    @Inject
    CustomerReferences references;

    @Inject
    AccountAccess access;

    @Inject
    Clock clock;

    /** At most one draft invoice per milestone; the matching line milestone is marked accepted (revenue recognition). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onMilestoneAccepted(AcceptedMilestone accepted) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        MilestoneBilling billing = billings.findById(accepted.milestoneId());
        if (billing != null && billing.isInvoiced() || invoices.existsForMilestone(accepted.milestoneId())) {
            LOG.infof("milestone %s already invoiced", accepted.milestoneId());
            return;
        }
        if (billing == null) { // stored once decided (its outcome is required)
            billing = MilestoneBilling.of(accepted.milestoneId(), accepted.customerId(), accepted.engagementId(),
                    accepted.name());
        }
        List<Contract> candidates = candidates(accepted);
        Optional<LineMilestone> matched = match(candidates.stream().filter(Contract::inDelivery).toList(), accepted);
        if (matched.isEmpty()) {
            skip(billing, accepted, candidates, now);
            keep(billing);
            return;
        }
        LineMilestone milestone = matched.get();
        milestone.accept(accepted.acceptedAt() != null ? accepted.acceptedAt() : now);
        milestone.bindTo(accepted.milestoneId()); // a milestone matched by name answers to this id from now on
        Contract contract = contracts.lock(milestone.line.contract.id);
        String description = "Milestone: " + milestone.name;
        Invoice invoice = Invoice.draft(accepted.customerId(), contract.id, InvoiceSource.MILESTONE, contract.currency,
                description, SYSTEM, now);
        invoice.milestoneId = accepted.milestoneId();
        invoice.addLine(description, accepted.engagementId(), milestone.line.id, milestone.amount);
        Optional<InvoiceLimit.Breach> stopped = limits.stopped(contract, invoice);
        if (stopped.isPresent()) {
            billing.skipped("not-to-exceed", stopped.get().detail(), contract.id, now);
            LOG.warnf("milestone %s accepted: not invoiced, %s", accepted.milestoneId(), billing.detail);
            keep(billing);
            return;
        }
        invoices.persist(invoice);
        billing.invoiced(contract.id, invoice.id, now);
        keep(billing);
        invoices.flush();
    }

    private void keep(MilestoneBilling billing) {
        if (!billings.isPersistent(billing)) {
            billings.persist(billing);
        }
    }

    /** The engagement's accepted milestones as billing decided them; the 404 of a missing one unless visible. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MilestoneBilling> outcomes(UUID engagementId, PageRequest page) {
        access.visible("engagement", engagementId, references.ownerOf(CustomerReferences.ENGAGEMENT, engagementId),
                Function.identity());
        return Page.fromOverfetch(billings.ofEngagement(engagementId, page), page, billing -> billing);
    }

    /** No contract in delivery names the milestone: why, kept and logged. */
    private void skip(MilestoneBilling billing, AcceptedMilestone accepted, List<Contract> candidates, OffsetDateTime now) {
        Optional<LineMilestone> elsewhere = match(candidates, accepted);
        if (elsewhere.isPresent()) {
            Contract contract = elsewhere.get().line.contract;
            billing.skipped("contract-not-billable", "contract " + contract.id + " names milestone '" + accepted.name()
                    + "' but is " + contract.status.wireName() + ", not signed or active", contract.id, now);
        } else {
            billing.skipped("no-milestone-line", "no contract of the customer on engagement " + accepted.engagementId()
                    + " has a milestone line naming milestone " + accepted.milestoneId() + " ('" + accepted.name()
                    + "')", null, now);
        }
        LOG.infof("milestone %s accepted: not invoiced, %s", accepted.milestoneId(), billing.detail);
    }

    /**
     * The contract the event names (if it is the customer's), then the engagement's contracts of the same customer (a
     * contract of another customer on that engagement is never matched; the mismatch is logged).
     */
    private List<Contract> candidates(AcceptedMilestone accepted) {
        List<Contract> candidates = new ArrayList<>();
        referencedContract(accepted).ifPresent(candidates::add);
        contracts.forEngagement(accepted.engagementId()).stream()
                .filter(c -> !candidates.contains(c))
                .filter(c -> CrossCustomerEvents.sameCustomer("milestone " + accepted.milestoneId() + " accepted",
                        "contract", c.id, c.customerId, accepted.customerId()))
                .forEach(candidates::add);
        return candidates;
    }

    private static Optional<LineMilestone> match(List<Contract> contracts, AcceptedMilestone accepted) {
        return contracts.stream()
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
