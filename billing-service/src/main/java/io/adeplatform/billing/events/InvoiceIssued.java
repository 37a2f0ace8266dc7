package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.util.UUID;

public record InvoiceIssued(UUID invoiceId, UUID customerId, String number, Money total, LocalDate dueDate)
        implements InvoiceEvent {

    public static InvoiceIssued of(Invoice i) {
        return new InvoiceIssued(i.id, i.customerId, i.number, i.totalMoney().rounded(), i.dueDate);
    }
}
