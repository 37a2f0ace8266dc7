package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    public UUID id;

    public UUID invoiceId;

    public String number;

    public BigDecimal amount;

    public String reason;

    public String issuedBy;

    public OffsetDateTime issuedAt;

    /** A credit note against an invoice that {@link Invoice#credit} has already lowered by its amount. */
    public static CreditNote of(Invoice invoice, String number, BigDecimal amount, String reason, String by,
                                OffsetDateTime at) {
        CreditNote note = new CreditNote();
        note.id = UUID.randomUUID();
        note.invoiceId = invoice.id;
        note.number = number;
        note.amount = amount;
        note.reason = reason.strip();
        note.issuedBy = by;
        note.issuedAt = at;
        return note;
    }
}
