package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.service.CreditNoteView;
import io.adeplatform.platform.core.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A credit note: a numbered document lowering what its invoice still owes. It never changes once issued. */
public record CreditNoteResponse(UUID id, UUID invoiceId,
                                 @Schema(description = "Gap-free per year.", example = "CN-2026-000001") String number,
                                 @Schema(description = "What it credits, in the invoice's currency.") Money amount,
                                 String reason, String issuedBy, OffsetDateTime issuedAt) {

    public static CreditNoteResponse from(CreditNoteView view) {
        return from(view.note(), view.currency());
    }

    /** {@code currency}: the invoice's. */
    public static CreditNoteResponse from(CreditNote note, String currency) {
        return new CreditNoteResponse(note.id, note.invoiceId, note.number, new Money(note.amount, currency).rounded(),
                note.reason, note.issuedBy, note.issuedAt);
    }
}
