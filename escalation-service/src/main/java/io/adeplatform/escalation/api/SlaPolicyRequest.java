package io.adeplatform.escalation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record SlaPolicyRequest(
        @NotNull @Min(1) @Max(525600) Integer acknowledgeMinutes,
        @NotNull @Min(1) @Max(525600) Integer resolveMinutes) {
}
