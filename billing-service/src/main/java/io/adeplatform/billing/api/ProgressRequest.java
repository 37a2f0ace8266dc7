package io.adeplatform.billing.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Percent complete of a fixed-fee line: its recognized revenue is the line's value × this / 100. */
public record ProgressRequest(
        @Schema(description = "Percent complete, 0 to 100.", example = "37.5", minimum = "0", maximum = "100")
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete) {
}
