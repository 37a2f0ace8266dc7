package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

public record UpdateGoalRequest(@NotNull @Valid Money target) {
}
