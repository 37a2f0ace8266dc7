package io.adeplatform.billing.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Draft invoices for every installment of the contract's fixed-fee lines due on or before {@code asOf}. */
public record InvoicesFromScheduleRequest(
        @Schema(description = "The signed or active contract whose fixed-fee installments are invoiced.",
                example = "6f1c2f9e-8a51-4a5e-9d0c-2b7e4c1d9a10")
        @NotNull UUID contractId,
        @Schema(description = "Installments due on or before this day and not yet invoiced get a draft each.",
                example = "2026-02-15")
        @NotNull LocalDate asOf) {
}
