package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record CreateGoalRequest(
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2026-11") String month,
        @NotNull @Valid Money target) {
}
