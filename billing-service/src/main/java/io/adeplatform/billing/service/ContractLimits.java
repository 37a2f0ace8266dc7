package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceLimit;
import io.adeplatform.billing.events.ContractLimitReached;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.platform.core.RuleViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The not-to-exceed limits on every new invoice (time, schedule, milestone), checked with the contract row locked by
 * the caller, and the {@code limit-reached} event, published once per contract.
 */
@ApplicationScoped
public class ContractLimits {

    private static final Logger LOG = Logger.getLogger(ContractLimits.class);

    @Inject
    InvoiceRepository invoices;

    @Inject
    ContractRepository contracts;

    @Inject
    BillingOutbox outbox;

    @Inject
    Clock clock;

    /** The limit the draft would pass, if any (nothing announced). */
    private Optional<InvoiceLimit.Breach> breach(Contract contract, Invoice draft) {
        return InvoiceLimit.check(contract, draft, invoices.chargedOnContract(contract.id), invoices::chargedOnLine);
    }

    /**
     * For a request: refuses the draft with 422 {@code not-to-exceed-exceeded} when it would pass a limit. The refusal
     * rolls the request back, so the limit reached is announced in a transaction of its own first.
     */
    public void requireWithin(Contract contract, Invoice draft) {
        Optional<InvoiceLimit.Breach> breach = breach(contract, draft);
        if (breach.isEmpty()) {
            return;
        }
        ContractLimitReached reached = ContractLimitReached.of(contract, breach.get(), draft.source, OffsetDateTime.now(clock));
        QuarkusTransaction.requiringNew().run(() -> announce(reached));
        throw new RuleViolation("not-to-exceed-exceeded", breach.get().detail(), Map.of("contractId",
                contract.id.toString(), "scope", breach.get().scope()));
    }

    /** For an event: the limit the draft would pass, announced in this transaction; empty when it stays within. */
    public Optional<InvoiceLimit.Breach> stopped(Contract contract, Invoice draft) {
        Optional<InvoiceLimit.Breach> breach = breach(contract, draft);
        breach.ifPresent(b -> announce(ContractLimitReached.of(contract, b, draft.source, OffsetDateTime.now(clock))));
        return breach;
    }

    /** Publishes the event unless the contract's limit was announced before. */
    private void announce(ContractLimitReached reached) {
        if (contracts.markLimitReached(reached.contractId(), reached.reachedAt())) {
            outbox.write(reached);
        } else {
            LOG.infof("contract %s: limit reached again (%s); announced before", reached.contractId(), reached.reason());
        }
    }
}
