package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.BlockerCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The goal and commitment, when named, must be the customer's. */
public record CreateBlockerRequest(
        @Schema(description = "What blocks the consumption", example = "Landing zone not approved by security")
        @NotBlank @Size(max = 2000) String description,
        @Schema(example = "technical") @NotNull BlockerCategory category,
        @Schema(description = "Who works on removing it", example = "dana.dm") @NotBlank @Size(max = 200) String owner,
        @Schema(description = "An engagement of the customer that removes it (optional)",
                example = "6f1c2a7e-4b1d-4e8a-9c3f-2d5b7e9a1c04") UUID engagementId,
        @Schema(description = "The customer's goal it stands against (optional)",
                example = "0b6d3e52-8f2a-4c11-a7d9-5e4f1c3b2a90") UUID goalId,
        @Schema(description = "The customer's commitment it stands against (optional)",
                example = "c2a9f0e1-3d4b-4a6c-8e7f-1b2c3d4e5f60") UUID commitmentId) {
}
