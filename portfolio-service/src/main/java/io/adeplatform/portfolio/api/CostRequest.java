package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record CostRequest(@NotNull LocalDate date, @NotNull @Valid Money amount,
                          @NotBlank @Size(max = 500) String description) {
}
