package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.billing.service.InvoiceView;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An invoice with its lines and credit notes; {@code openAmount} is what the customer still owes. */
public record InvoiceResponse(UUID id, UUID customerId, UUID contractId,
                              @Schema(description = "Set when every line bills one engagement.") UUID engagementId,
                              InvoiceSource source,
                              @Schema(description = "Portfolio's milestone a milestone invoice bills.") UUID milestoneId,
                              String description, InvoiceStatus status,
                              @Schema(description = "Set when issued; gap-free per year.", example = "INV-2026-000042")
                              String number,
                              Money total,
                              @Schema(description = "The sum of its credit notes.") Money credited,
                              @Schema(description = "What the customer still owes: total − credited; 0 for a draft, a "
                                      + "paid or a void invoice.") Money openAmount,
                              @Schema(description = "The period a time invoice covers.") LocalDate periodFrom,
                              LocalDate periodTo, OffsetDateTime issuedAt,
                              @Schema(description = "The document date: the issue day or an earlier one (backdated).")
                              LocalDate invoiceDate,
                              @Schema(description = "The invoice date plus the payment terms.") LocalDate dueDate,
                              OffsetDateTime paidAt, List<Line> lines, List<CreditNoteResponse> creditNotes,
                              String createdBy, OffsetDateTime createdAt,
                              @Schema(description = "The invoice's version: its ETag, sent back in If-Match.")
                              long version) implements Versioned {

    @Schema(name = "InvoiceLine", description = "One billed amount: a time entry, an installment or a milestone, "
            + "with the contract line it bills.")
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
