package io.adeplatform.billing.service;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;

import java.util.List;

/** An invoice as the use cases answer it, with the credit notes issued against it. */
public record InvoiceView(Invoice invoice, List<CreditNote> creditNotes) {

    /** A new invoice: no credit notes yet. */
    static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice, List.of());
    }
}
