package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.BlockerCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a blocker says; its status moves through {@code POST …/transitions}. */
public record UpdateBlockerRequest(
        @Schema(description = "What blocks the consumption", example = "Landing zone approved; waiting on quota")
        @NotBlank @Size(max = 2000) String description,
        @Schema(example = "technical") @NotNull BlockerCategory category,
        @Schema(description = "Who works on removing it", example = "dana.dm") @NotBlank @Size(max = 200) String owner,
        @Schema(description = "An engagement of the customer that removes it; null to drop the link",
                example = "6f1c2a7e-4b1d-4e8a-9c3f-2d5b7e9a1c04") UUID engagementId) {
}
