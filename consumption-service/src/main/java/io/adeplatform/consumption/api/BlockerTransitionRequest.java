package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.BlockerStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A blocker's move: resolve it, start on it, or reopen it. */
public record BlockerTransitionRequest(
        @Schema(description = "The status to move to: in-progress or resolved from open, resolved from in-progress, "
                + "open from resolved", example = "resolved")
        @NotNull BlockerStatus to) {
}
