package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.events.CreditNoteIssued;
import io.adeplatform.billing.persistence.CreditNoteRepository;
import io.adeplatform.billing.persistence.DocumentNumberRepository;
import io.adeplatform.platform.core.Money;
import jakarta.enterprise.context.ApplicationScoped;
import io.adeplatform.platform.security.AccountAction;
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

    /** A credit note against the invoice, never above its open amount. */
    @Transactional
    public InvoiceView credit(UUID invoiceId, Money amount, String reason) {
        Invoice invoice = invoices.locked(invoiceId, AccountAction.INVOICE);
        invoice.credit(amount);
        OffsetDateTime now = actor.now();
        CreditNote note = CreditNote.of(invoice, numbers.next("CN", now.getYear()), amount.amount(), reason,
                actor.name(), now);
        creditNotes.persist(note);
        InvoiceView view = invoices.saved(invoice);
        outbox.write(CreditNoteIssued.of(invoice, note));
        return view;
    }
}
