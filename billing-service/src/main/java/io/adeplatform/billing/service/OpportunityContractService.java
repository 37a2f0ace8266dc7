package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractTerms;
import io.adeplatform.billing.events.ContractDraftedFromOpportunity;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.platform.customers.ProjectedCustomer;
import io.adeplatform.platform.customers.ProjectedCustomers;
import io.adeplatform.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A won opportunity becomes one draft contract for finance to complete: its title the opportunity's name, one
 * fixed-fee line of the won value invoiced at once at the end of the expected close month (a placeholder schedule,
 * revised with the real terms before the draft is submitted), and the segment's compliance checklist. The draft is
 * announced (contract drafted-from-opportunity), so relationship links the opportunity to it.
 */
@ApplicationScoped
public class OpportunityContractService {

    private static final Logger LOG = Logger.getLogger(OpportunityContractService.class);
    /** The author of what the service does on its own, from events. */
    private static final String SYSTEM = "billing-service";
    private static final int TITLE_MAX = 200;

    @Inject
    ContractRepository contracts;

    @Inject
    ProjectedCustomers customers;

    @Inject
    Clock clock;

    @Inject
    BillingOutbox outbox;

    /**
     * Drafts the contract once per opportunity (a second event for it changes nothing). A customer not projected yet
     * is poison (dead letter, replayed once the projection has it): its segment decides the compliance checklist.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onOpportunityWon(WonOpportunity won) {
        if (contracts.byOpportunity(won.opportunityId()).isPresent()) {
            return;
        }
        if (won.value().amount().signum() <= 0) {
            LOG.infof("opportunity %s was won at no value: no contract to draft", won.opportunityId());
            return;
        }
        ProjectedCustomer customer = customers.findById(won.customerId());
        if (customer == null) {
            throw new PoisonEventException("customer " + won.customerId() + " of won opportunity "
                    + won.opportunityId() + " is not projected yet");
        }
        Contract contract = Contract.draft(won.customerId(), customer.segment, terms(won), SYSTEM,
                OffsetDateTime.now(clock));
        contract.opportunityId = won.opportunityId();
        contracts.persist(contract);
        outbox.write(ContractDraftedFromOpportunity.of(contract, contract.createdAt));
    }

    private static ContractTerms terms(WonOpportunity won) {
        String title = won.name().strip();
        title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        ContractTerms.Line line = new ContractTerms.Line("Won opportunity: " + title, BillingMethod.FIXED_FEE, null,
                won.value(), null, List.of(), List.of(new ContractTerms.Installment(won.closeMonth().atEndOfMonth(),
                won.value())), List.of());
        return new ContractTerms(title, won.value().currency(), List.of(), null, List.of(line));
    }
}
