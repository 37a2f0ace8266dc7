package io.adeplatform.billing.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One draft invoice for the contract's approved, billable, not yet invoiced time entries dated from..to. */
public record InvoiceFromTimeRequest(
        @Schema(description = "The signed or active contract whose time is invoiced.",
                example = "6f1c2f9e-8a51-4a5e-9d0c-2b7e4c1d9a10")
        @NotNull UUID contractId,
        @Schema(description = "First work date of the period (inclusive).", example = "2026-03-01")
        @NotNull LocalDate from,
        @Schema(description = "Last work date of the period (inclusive), not before `from`.", example = "2026-03-31")
        @NotNull LocalDate to) {
}
