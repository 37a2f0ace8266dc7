package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.RaidTarget;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a RAID entry: to a status, or {@code issue} (a risk that materialised). */
public record RaidTransitionRequest(
        @Schema(description = "open, in-progress or closed: the new status; issue: turn this risk into an issue",
                example = "closed")
        @NotNull RaidTarget to,
        @Schema(description = "Why, written to the entry's history with the move", example = "mitigated by the "
                + "vendor's penalty clause")
        @Size(max = 500) String reason) {
}
