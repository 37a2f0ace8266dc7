package io.adeplatform.portfolio.api.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an executive lets the engagement through a gate without a passed review. */
public record GateWaiverRequest(
        @Schema(description = "Why (kept with who and when)", example = "customer accepted the risk in writing")
        @NotBlank @Size(max = 2000) String reason) {
}
