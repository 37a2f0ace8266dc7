package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Invoice;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The invoice was voided: owed no more ({@code invoiceNumber} null for a draft, never numbered). */
public record InvoiceVoided(UUID invoiceId, UUID customerId, UUID engagementId, String invoiceNumber, String voidedBy,
                            OffsetDateTime voidedAt) implements InvoiceEvent {

    public static InvoiceVoided of(Invoice i, String voidedBy, OffsetDateTime voidedAt) {
        return new InvoiceVoided(i.id, i.customerId, i.engagementId, i.number, voidedBy, voidedAt);
    }
}
