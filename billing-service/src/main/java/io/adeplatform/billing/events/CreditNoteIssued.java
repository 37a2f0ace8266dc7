package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.UUID;

/** On the invoice's key: {@code openAmount} is what the invoice still owes after the note. */
public record CreditNoteIssued(UUID invoiceId, UUID customerId, UUID creditNoteId, String number, String invoiceNumber,
                               Money amount, Money openAmount, String reason, OffsetDateTime issuedAt)
        implements InvoiceEvent {

    public static CreditNoteIssued of(Invoice invoice, CreditNote note) {
        return new CreditNoteIssued(invoice.id, invoice.customerId, note.id, note.number, invoice.number,
                new Money(note.amount, invoice.currency).rounded(), invoice.openAmount().rounded(), note.reason,
                note.issuedAt);
    }
}
