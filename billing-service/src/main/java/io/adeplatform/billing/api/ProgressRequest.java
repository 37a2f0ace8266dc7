package io.adeplatform.billing.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

public record ProgressRequest(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete) {
}
