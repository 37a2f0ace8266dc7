package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.events.CreditNoteIssued;
import io.adeplatform.billing.persistence.CreditNoteRepository;
import io.adeplatform.billing.persistence.DocumentNumberRepository;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.NotFound;
import io.adeplatform.platform.http.Page;
import io.adeplatform.platform.http.PageRequest;
import io.adeplatform.platform.security.AccountAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Credit notes: numbered documents that lower what an issued or overdue invoice still owes. */
@ApplicationScoped
public class CreditNoteService {

    @Inject
    InvoiceLookup invoices;

    @Inject
    CreditNoteRepository creditNotes;

    @Inject
    DocumentNumberRepository numbers;

    @Inject
    BillingOutbox outbox;

    @Inject
    Actor actor;

    /** A credit note against the invoice, never above its open amount; the invoice gets a new version. */
    @Transactional
    public CreditNoteView credit(UUID invoiceId, Money amount, String reason) {
        Invoice invoice = invoices.locked(invoiceId, AccountAction.INVOICE);
        invoice.credit(amount);
        OffsetDateTime now = actor.now();
        CreditNote note = CreditNote.of(invoice, numbers.next("CN", now.getYear()), amount.amount(), reason,
                actor.name(), now);
        creditNotes.persist(note);
        invoices.saved(invoice);
        outbox.write(CreditNoteIssued.of(invoice, note));
        return new CreditNoteView(note, invoice.currency);
    }

    /** The visible invoice's credit notes, oldest first (an invoice has a handful: paged in memory). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CreditNoteView> list(UUID invoiceId, PageRequest page) {
        Invoice invoice = invoices.visible(invoiceId);
        return Page.slice(creditNotes.ofInvoice(invoice.id), page).map(note -> new CreditNoteView(note, invoice.currency));
    }

    /** One credit note of the visible invoice; a note of another invoice is not found here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CreditNoteView get(UUID invoiceId, UUID creditNoteId) {
        Invoice invoice = invoices.visible(invoiceId);
        CreditNote note = creditNotes.findByIdOptional(creditNoteId).filter(n -> n.invoiceId.equals(invoice.id))
                .orElseThrow(() -> new NotFound("credit note", creditNoteId));
        return new CreditNoteView(note, invoice.currency);
    }
}
