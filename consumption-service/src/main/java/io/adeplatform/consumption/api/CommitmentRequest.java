package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Creates or replaces a commitment's terms (the currency of an existing one cannot change). */
public record CommitmentRequest(@NotNull @Valid Money amount, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
}
