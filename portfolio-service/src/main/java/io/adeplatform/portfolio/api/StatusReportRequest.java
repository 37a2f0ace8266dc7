package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.Health;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything optional: an empty body freezes today's snapshot as it is. */
public record StatusReportRequest(
        @Schema(example = "Pilot county migrated; the interface vendor is the main risk.")
        @Size(max = 4000) String summary,
        @Schema(description = "A manual overall rating beside the computed one; absent: the computed one counts")
        @Valid OverrideRequest override) {

    /** A manual overall rating, with the reason; shown beside the computed one. */
    public record OverrideRequest(
            @Schema(description = "The overall rating that counts instead of the computed one", example = "amber")
            @NotNull Health rag,
            @Schema(description = "Why; stored with who gave it and when",
                    example = "Vendor committed to the new date in the steering committee")
            @NotBlank @Size(max = 2000) String reason) {
    }
}
