package io.adeplatform.consumption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The customer of a subscription never changes: usage is attributed through it. */
public record UpdateSubscriptionRequest(
        @Schema(description = "A name people recognise", example = "Production EU (migrated)")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "An engagement of the holder it serves; null to drop the link",
                example = "6f1c2a7e-4b1d-4e8a-9c3f-2d5b7e9a1c04") UUID engagementId) {
}
