package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.Health;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Everything optional: an empty body freezes today's snapshot as it is. */
public record StatusReportRequest(@Size(max = 4000) String summary, @Valid OverrideRequest override) {

    /** A manual overall rating, with the reason; shown beside the computed one. */
    public record OverrideRequest(@NotNull Health rag, @NotBlank @Size(max = 2000) String reason) {
    }
}
