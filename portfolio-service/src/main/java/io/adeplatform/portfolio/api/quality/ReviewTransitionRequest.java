package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.domain.ReviewOutcome;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review's outcome. */
public record ReviewTransitionRequest(
        @Schema(description = "passed (every checklist item done and no open high or critical finding), failed, or "
                + "pending (re-review)", example = "passed")
        @NotNull ReviewOutcome to) {
}
