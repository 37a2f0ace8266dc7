package io.adeplatform.portfolio.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

public record ProgressRequest(
        @Schema(description = "Percent complete, 0 to 100 with at most 2 decimals (the EV of the financials)",
                example = "38.5")
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percentComplete) {
}
