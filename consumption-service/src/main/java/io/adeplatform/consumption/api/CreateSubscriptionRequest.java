package io.adeplatform.consumption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** {@code id} is the cloud's own subscription id. */
public record CreateSubscriptionRequest(
        @Schema(description = "The cloud's own subscription id (letters, digits and . _ : / -)",
                example = "8f3b2c1d-5e6f-4a7b-9c8d-0e1f2a3b4c5d")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "letters, digits and . _ : / - only") String id,
        @Schema(description = "A name people recognise", example = "Production EU") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The customer that holds it (the usage billed on it is this customer's)",
                example = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a") @NotNull UUID customerId,
        @Schema(description = "An engagement of the same customer it serves (optional)",
                example = "6f1c2a7e-4b1d-4e8a-9c3f-2d5b7e9a1c04") UUID engagementId) {
}
