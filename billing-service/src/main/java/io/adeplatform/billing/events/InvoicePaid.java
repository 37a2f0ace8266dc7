package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record InvoicePaid(UUID invoiceId, UUID customerId, String number, Money total, LocalDate dueDate,
                          OffsetDateTime paidAt) implements InvoiceEvent {

    public static InvoicePaid of(Invoice i) {
        return new InvoicePaid(i.id, i.customerId, i.number, i.totalMoney().rounded(), i.dueDate, i.paidAt);
    }
}
