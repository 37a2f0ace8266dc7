package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Creates or replaces a commitment's terms (the currency of an existing one cannot change). */
public record CommitmentRequest(
        @Schema(description = "What the customer committed to consume over the term (positive)",
                example = "{\"amount\": \"250000.00\", \"currency\": \"USD\"}") @NotNull @Valid Money amount,
        @Schema(description = "First day of the term", example = "2026-01-01") @NotNull LocalDate startDate,
        @Schema(description = "Last day of the term (after the first)", example = "2028-12-31") @NotNull LocalDate endDate) {
}
