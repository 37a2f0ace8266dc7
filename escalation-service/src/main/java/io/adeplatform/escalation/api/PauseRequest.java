package io.adeplatform.escalation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PauseRequest(
        @Schema(description = "why the timers stop, e.g. waiting for customer") @NotBlank @Size(max = 500) String reason) {
}
