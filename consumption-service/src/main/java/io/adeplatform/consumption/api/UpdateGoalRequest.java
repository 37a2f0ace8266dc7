package io.adeplatform.consumption.api;

import io.adeplatform.platform.core.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UpdateGoalRequest(
        @Schema(description = "The month's consumption target (positive)",
                example = "{\"amount\": \"15000.00\", \"currency\": \"USD\"}")
        @NotNull @Valid Money target) {
}
