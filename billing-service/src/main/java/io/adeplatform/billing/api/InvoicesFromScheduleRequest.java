package io.adeplatform.billing.api;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** Draft invoices for every installment of the contract's fixed-fee lines due on or before {@code asOf}. */
public record InvoicesFromScheduleRequest(@NotNull UUID contractId, @NotNull LocalDate asOf) {
}
