package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.InvoiceTransitionTarget;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A move of an invoice: where to, and when issuing, an optional earlier invoice date. */
public record InvoiceTransitionRequest(
        @Schema(description = "The status to move to: `issued` numbers and dates a draft; `paid` settles an issued or "
                + "overdue invoice; `void` cancels a draft, issued or overdue invoice without credit notes.",
                example = "issued")
        @NotNull InvoiceTransitionTarget to,
        @Schema(description = "Only with `issued`: the invoice date when it is not today (backdating, at most "
                + "`ade.billing.invoicing.max-backdating-days` back, never before the last invoice numbered that year).",
                example = "2026-03-31")
        LocalDate invoiceDate) {
}
