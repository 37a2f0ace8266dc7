package io.adeplatform.portfolio.api.quality;

import io.adeplatform.portfolio.domain.FindingStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding resolved or reopened. */
public record FindingTransitionRequest(
        @Schema(description = "resolved, or open again", example = "resolved") @NotNull FindingStatus to) {
}
