package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateGoalRequest(
        @Schema(description = "The calendar month (yyyy-MM)", example = "2026-11")
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2026-11") String month,
        @Schema(description = "The month's consumption target (positive)",
                example = "{\"amount\": \"12000.00\", \"currency\": \"USD\"}")
        @NotNull @Valid Money target) {
}
