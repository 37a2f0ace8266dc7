package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A milestone; without an amount it is not billable. */
public record MilestoneRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate dueDate,
                               @Valid Money amount) {
}
