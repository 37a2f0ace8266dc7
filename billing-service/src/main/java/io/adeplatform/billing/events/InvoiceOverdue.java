package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.util.UUID;

public record InvoiceOverdue(UUID invoiceId, UUID customerId, String number, Money openAmount, LocalDate dueDate)
        implements InvoiceEvent {

    public static InvoiceOverdue of(Invoice i) {
        return new InvoiceOverdue(i.id, i.customerId, i.number, i.openAmount().rounded(), i.dueDate);
    }
}
