package io.adeplatform.billing.service;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.billing.config.InvoicingConfig;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceDating;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.events.InvoiceIssued;
import io.adeplatform.billing.events.InvoiceOverdue;
import io.adeplatform.billing.events.InvoicePaid;
import io.adeplatform.billing.events.InvoiceVoided;
import io.adeplatform.billing.persistence.ContractRepository;
import io.adeplatform.billing.persistence.DocumentNumberRepository;
import io.adeplatform.billing.persistence.InvoiceFilter;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.billing.persistence.TimeEntryRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.AccountAction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One invoice's life after drafting — issued (numbered and dated), paid, overdue or void — and reading invoices. */
@ApplicationScoped
public class InvoiceService {

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceLookup lookup;

    @Inject
    ContractRepository contracts;

    @Inject
    TimeEntryRepository timeEntries;

    @Inject
    DocumentNumberRepository numbers;

    @Inject
    BillingOutbox outbox;

    @Inject
    AccountAccess access;

    @Inject
    InvoicingConfig config;

    @Inject
    Actor actor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceView get(UUID id) {
        return lookup.view(lookup.visible(id));
    }

    /** Newest first, only invoices of the caller's customers; {@code statuses}: any of them (empty: all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvoiceView> list(UUID customerId, UUID contractId, Set<InvoiceStatus> statuses, PageRequest page) {
        var filter = new InvoiceFilter(customerId, contractId, statuses, access.visibleCustomers());
        return Page.fromOverfetch(invoices.list(filter, page), page, lookup::view);
    }

    /**
     * Every move a client asks of an invoice ({@code POST /api/invoices/{id}/transitions {to}}): issued (with an
     * optional earlier {@code invoiceDate}), paid or void; overdue is the overdue job's alone.
     */
    @Transactional
    public InvoiceView move(UUID id, ExpectedVersion expected, InvoiceStatus to, LocalDate invoiceDate) {
        if (invoiceDate != null && to != InvoiceStatus.ISSUED) {
            throw InvalidInput.field("invoiceDate", "an invoice date is given only when issuing");
        }
        return switch (to) {
            case ISSUED -> issue(id, expected, invoiceDate);
            case PAID -> pay(id, expected);
            case VOID -> voidInvoice(id, expected);
            case DRAFT, OVERDUE -> {
                Invoice invoice = lookup.visible(id);
                throw Conflict.illegalTransition(invoice.status, to, invoice.status.allowedTargets());
            }
        };
    }

    /**
     * Numbers and issues a draft. The invoice date defaults to today; an earlier one (at most the configured number of
     * days back, and not before the last invoice numbered in that year, so numbers follow dates) backdates it, and an
     * invoice whose due date has then already passed is overdue at once.
     */
    @Transactional
    public InvoiceView issue(UUID id, ExpectedVersion expected, LocalDate requestedDate) {
        Invoice invoice = lookup.locked(id, AccountAction.INVOICE, expected);
        invoice.requireDraft();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate invoiceDate = InvoiceDating.invoiceDate(requestedDate, today, config.maxBackdatingDays());
        // taking the number locks the year's counter, so the sequence check below cannot race another issuer
        String number = numbers.next("INV", invoiceDate.getYear());
        InvoiceDating.requireInSequence(invoiceDate, invoices.latestInvoiceDate(invoiceDate.getYear()));
        invoice.issue(number, invoiceDate, config.paymentTermsDays(), now);
        invoices.flush();
        outbox.write(InvoiceIssued.of(invoice));
        if (invoice.isPastDue(today)) {
            markOverdue(invoice);
        }
        return lookup.saved(invoice);
    }

    @Transactional
    public InvoiceView pay(UUID id, ExpectedVersion expected) {
        Invoice invoice = lookup.locked(id, AccountAction.WRITE, expected);
        invoice.pay(OffsetDateTime.now(clock));
        InvoiceView view = lookup.saved(invoice);
        outbox.write(InvoicePaid.of(invoice));
        return view;
    }

    /**
     * Voids a draft or an uncredited issued invoice; its time entries and installments become billable again, and
     * {@code InvoiceVoided} tells who tracked it as owed (an overdue signal) that it is not.
     */
    @Transactional
    public InvoiceView voidInvoice(UUID id, ExpectedVersion expected) {
        Invoice invoice = lookup.locked(id, AccountAction.INVOICE, expected);
        invoice.markVoid();
        timeEntries.releaseInvoiced(invoice.id);
        contracts.releaseInstallments(invoice.id);
        InvoiceView view = lookup.saved(invoice);
        outbox.write(InvoiceVoided.of(invoice, actor.name(), actor.now()));
        return view;
    }

    /** Marks issued invoices whose due date has passed (before {@code today}) and that are still open as overdue. */
    public int markOverdue(LocalDate today) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> invoices.dueForOverdue(today));
        int marked = 0;
        for (UUID id : due) {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                Invoice invoice = invoices.lock(id);
                if (!invoice.isPastDue(today)) {
                    return false; // paid, credited or moved meanwhile
                }
                markOverdue(invoice);
                return true;
            });
            if (done) {
                marked++;
            }
        }
        return marked;
    }

    private void markOverdue(Invoice invoice) {
        invoice.markOverdue();
        invoices.flush();
        outbox.write(InvoiceOverdue.of(invoice));
    }
}
