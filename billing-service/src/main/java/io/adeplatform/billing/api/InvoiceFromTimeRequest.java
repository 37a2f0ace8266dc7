package io.adeplatform.billing.api;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** One draft invoice for the contract's approved, billable, not yet invoiced time entries dated from..to. */
public record InvoiceFromTimeRequest(@NotNull UUID contractId, @NotNull LocalDate from, @NotNull LocalDate to) {
}
