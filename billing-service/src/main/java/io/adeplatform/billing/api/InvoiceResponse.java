package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.service.InvoiceView;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An invoice with its lines and credit notes; {@code openAmount} is what the customer still owes. */
public record InvoiceResponse(UUID id, UUID customerId, UUID contractId, UUID engagementId, InvoiceSource source,
                              UUID milestoneId, String description, InvoiceStatus status, String number, Money total,
                              Money credited, Money openAmount, LocalDate periodFrom, LocalDate periodTo,
                              OffsetDateTime issuedAt, LocalDate invoiceDate, LocalDate dueDate, OffsetDateTime paidAt,
                              List<Line> lines, List<CreditNoteResponse> creditNotes, String createdBy,
                              OffsetDateTime createdAt, long version) implements Versioned {

    public record Line(int position, String description, UUID engagementId, UUID contractLineId, Money amount) {
    }

    public static InvoiceResponse from(InvoiceView view) {
        Invoice i = view.invoice();
        String cur = i.currency;
        return new InvoiceResponse(i.id, i.customerId, i.contractId, i.engagementId, i.source, i.milestoneId, i.description,
                i.status, i.number, money(i.total, cur), money(i.credited, cur), i.openAmount().rounded(),
                i.periodFrom, i.periodTo, i.issuedAt, i.invoiceDate, i.dueDate, i.paidAt,
                i.lines.stream().map(l -> new Line(l.position, l.description, l.engagementId, l.contractLineId,
                        money(l.amount, cur))).toList(),
                view.creditNotes().stream().map(n -> CreditNoteResponse.from(n, cur)).toList(),
                i.createdBy, i.createdAt, i.version);
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency).rounded();
    }
}
