package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lifecycle move of an engagement. */
public record TransitionRequest(
        @Schema(description = "The stage to move to: one forward, or one back for rework",
                example = "solution-development")
        @NotNull Stage to,
        @Schema(description = "Why (at most 500 characters); accepted for the caller's records, not stored",
                example = "scope agreed with the CIO")
        @Size(max = 500) String reason) {
}
