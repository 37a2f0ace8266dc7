package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An actual cost of an engagement; a correction is a new entry with a negative amount. */
public record CostRequest(
        @Schema(description = "When the cost was incurred (the AC of the financials as of a date counts it from then)",
                example = "2026-04-30") @NotNull LocalDate date,
        @Schema(description = "In the engagement's budget currency (else 422 currency-mismatch); negative corrects an "
                + "earlier entry, zero is refused", example = "{\"amount\": \"310000.00\", \"currency\": \"USD\"}")
        @NotNull @Valid Money amount,
        @Schema(example = "Discovery and design labour") @NotBlank @Size(max = 500) String description) {
}
