package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * On the invoice's key: {@code openAmount} and {@code outstanding} (the same figure, under the name the consumers
 * agreed) are what the invoice still owes after the note; {@code fullyCredited} when the notes brought it to zero.
 */
public record CreditNoteIssued(UUID invoiceId, UUID customerId, UUID creditNoteId, String number, String invoiceNumber,
                               Money amount, Money openAmount, String reason, OffsetDateTime issuedAt,
                               boolean fullyCredited, Money outstanding) implements InvoiceEvent {

    public static CreditNoteIssued of(Invoice invoice, CreditNote note) {
        Money open = invoice.openAmount().rounded();
        return new CreditNoteIssued(invoice.id, invoice.customerId, note.id, note.number, invoice.number,
                new Money(note.amount, invoice.currency).rounded(), open, note.reason, note.issuedAt,
                open.amount().signum() == 0, open);
    }
}
