package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Level;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LevelChangeRequest(@NotNull Level to, @NotBlank @Size(max = 1000) String reason) {
}
