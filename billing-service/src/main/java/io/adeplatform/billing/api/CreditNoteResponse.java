package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CreditNoteResponse(UUID id, UUID invoiceId, String number, Money amount, String reason,
                                 String issuedBy, OffsetDateTime issuedAt) {

    /** {@code currency}: the invoice's. */
    public static CreditNoteResponse from(CreditNote note, String currency) {
        return new CreditNoteResponse(note.id, note.invoiceId, note.number, new Money(note.amount, currency).rounded(),
                note.reason, note.issuedBy, note.issuedAt);
    }
}
