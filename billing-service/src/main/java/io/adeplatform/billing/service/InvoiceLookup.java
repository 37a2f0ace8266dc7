package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.persistence.CreditNoteRepository;
import io.adeplatform.billing.persistence.InvoiceRepository;
import io.adeplatform.platform.core.ExpectedVersion;
import io.adeplatform.platform.security.AccountAccess;
import io.adeplatform.platform.security.AccountAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** How the invoice use cases reach an invoice, and how they answer with one. */
@ApplicationScoped
public class InvoiceLookup {

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditNoteRepository creditNotes;

    @Inject
    AccountAccess access;

    /** The invoice, when the caller may see its customer; else the very 404 a missing id gets. */
    public Invoice visible(UUID id) {
        return access.visible("invoice", id, invoices.findById(id), i -> i.customerId);
    }

    /**
     * {@link #visible}, with a row lock, so concurrent actions on one invoice run one after the other, for an
     * {@code action} the caller's account role must allow (else 403): {@link AccountAction#INVOICE} to issue, void
     * or credit, {@link AccountAction#WRITE} to record a payment.
     */
    public Invoice locked(UUID id, AccountAction action) {
        return access.acting(action, "invoice", id, invoices.lock(id), i -> i.customerId);
    }

    /** {@link #locked}, changed only from the version the caller based the change on (428 without, 412 when stale). */
    public Invoice locked(UUID id, AccountAction action, ExpectedVersion expected) {
        Invoice invoice = locked(id, action);
        expected.check(invoice.version);
        return invoice;
    }

    /** Flushes the use case's changes (so the version is current) and answers with the invoice. */
    public InvoiceView saved(Invoice invoice) {
        invoices.flush();
        return view(invoice);
    }

    public InvoiceView view(Invoice invoice) {
        return new InvoiceView(invoice, creditNotes.ofInvoice(invoice.id));
    }
}
