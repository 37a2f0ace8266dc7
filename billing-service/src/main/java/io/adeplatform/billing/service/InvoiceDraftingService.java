package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.BillingMethod;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.billing.domain.ContractLine;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.ScheduleItem;
import io.adeplatform.billing.domain.TimeEntry;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Draft invoices a caller raises on a signed or active contract: from its fixed-fee schedule, or from approved time. */
@ApplicationScoped
public class InvoiceDraftingService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    ContractLookup contracts;

    @Inject
    ContractLimits limits;

    @Inject
    Actor actor;

    /**
     * One draft per fixed-fee installment due on or before {@code asOf} and not invoiced yet; refused as a whole (422)
     * when one would pass a not-to-exceed limit.
     */
    @Transactional
    public List<InvoiceView> fromSchedule(UUID contractId, LocalDate asOf) {
        Contract contract = billable(contractId);
        List<InvoiceView> created = new ArrayList<>();
        for (ContractLine line : contract.lines) {
            if (line.billingMethod != BillingMethod.FIXED_FEE) {
                continue;
            }
            for (ScheduleItem item : line.schedule) {
                if (item.isInvoiceable(asOf)) {
                    String description = line.description + " — installment due " + item.dueDate;
                    Invoice invoice = draft(contract, InvoiceSource.SCHEDULE, description);
                    invoice.addLine(description, line.invoicedEngagement(), line.id, item.amount);
                    limits.requireWithin(contract, invoice);
                    invoices.persist(invoice);
                    invoices.flush(); // the next installment's limit check counts this one
                    item.invoiceId = invoice.id;
                    created.add(InvoiceView.of(invoice));
                }
            }
        }
        invoices.flush();
        return created;
    }

    /**
     * One draft with the contract's approved, billable, not yet invoiced time entries dated {@code from}..{@code to},
     * within the not-to-exceed limits (422 otherwise).
     */
    @Transactional
    public InvoiceView fromTime(UUID contractId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("the period is empty",
                    List.of(new FieldError("to", "must not be before from")));
        }
        Contract contract = billable(contractId);
        List<TimeEntry> entries = timeEntries.invoiceable(contract.id, from, to);
        if (entries.isEmpty()) {
            throw new RuleViolation("nothing-to-invoice",
                    "no approved, billable, uninvoiced time entries from " + from + " to " + to);
        }
        Invoice invoice = draft(contract, InvoiceSource.TIME, "Time and materials " + from + " to " + to);
        invoice.periodFrom = from;
        invoice.periodTo = to;
        entries.forEach(entry -> entry.billOn(invoice));
        limits.requireWithin(contract, invoice);
        invoices.persist(invoice);
        invoices.flush();
        return InvoiceView.of(invoice);
    }

    private Contract billable(UUID contractId) {
        Contract contract = contracts.referenced(contractId);
        contract.requireBillable();
        return contract;
    }

    private Invoice draft(Contract contract, InvoiceSource source, String description) {
        return Invoice.draft(contract.customerId, contract.id, source, contract.currency, description, actor.name(),
                actor.now());
    }
}
