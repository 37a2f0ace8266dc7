package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.CreditNote;
import io.adeplatform.billing.domain.Invoice;
import io.adeplatform.billing.domain.InvoiceSource;
import io.adeplatform.billing.domain.InvoiceStatus;
import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class InvoiceApi {

    private InvoiceApi() {
    }

    /** Draft invoices for every installment of the contract's fixed-fee lines due on or before {@code asOf}. */
    public record FromSchedule(@NotNull UUID contractId, @NotNull LocalDate asOf) {
    }

    /** One draft invoice for the contract's approved, billable, not yet invoiced time entries dated from..to. */
    public record FromTime(@NotNull UUID contractId, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record CreditNoteRequest(@NotNull @Valid Money amount, @NotBlank @Size(max = 1000) String reason) {
    }

    public record Line(int position, String description, UUID engagementId, UUID contractLineId, Money amount) {
    }

    public record CreditNoteResponse(UUID id, UUID invoiceId, String number, Money amount, String reason,
                                     String issuedBy, OffsetDateTime issuedAt) {
        public static CreditNoteResponse of(CreditNote note, String currency) {
            return new CreditNoteResponse(note.id, note.invoiceId, note.number,
                    ContractResponse.moneyOf(note.amount, currency), note.reason, note.issuedBy, note.issuedAt);
        }
    }

    public record Response(UUID id, UUID customerId, UUID contractId, UUID engagementId, InvoiceSource source,
                           UUID milestoneId, String description, InvoiceStatus status, String number, Money total,
                           Money credited, Money openAmount, LocalDate periodFrom, LocalDate periodTo,
                           OffsetDateTime issuedAt, LocalDate invoiceDate, LocalDate dueDate, OffsetDateTime paidAt, List<Line> lines,
                           List<CreditNoteResponse> creditNotes, String createdBy, OffsetDateTime createdAt, long version) {

        public static Response of(Invoice i, List<CreditNote> notes) {
            String cur = i.currency;
            return new Response(i.id, i.customerId, i.contractId, i.engagementId, i.source, i.milestoneId, i.description,
                    i.status, i.number, money(i.total, cur), money(i.credited, cur), i.openAmount().rounded(),
                    i.periodFrom, i.periodTo, i.issuedAt, i.invoiceDate, i.dueDate, i.paidAt,
                    i.lines.stream().map(l -> new Line(l.position, l.description, l.engagementId, l.contractLineId,
                            money(l.amount, cur))).toList(),
                    notes.stream().map(n -> CreditNoteResponse.of(n, cur)).toList(),
                    i.createdBy, i.createdAt, i.version);
        }

        private static Money money(BigDecimal amount, String currency) {
            return ContractResponse.moneyOf(amount, currency);
        }
    }

    /** Optional body of {@code /issue}: the invoice date when it is not today (backdating within the allowed window). */
    public record IssueRequest(LocalDate invoiceDate) {
    }

    public record Created(List<Response> items) {
    }
}
