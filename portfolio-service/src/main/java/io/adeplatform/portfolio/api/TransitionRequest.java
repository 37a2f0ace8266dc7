package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TransitionRequest(@NotNull Stage to, @Size(max = 500) String reason) {
}
