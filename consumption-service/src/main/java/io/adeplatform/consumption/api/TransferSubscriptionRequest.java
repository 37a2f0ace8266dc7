package io.adeplatform.consumption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The customer that holds the subscription from now on, and why (kept in the audit). */
public record TransferSubscriptionRequest(
        @Schema(description = "The customer that holds the subscription from now on (known, not archived)",
                example = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d") @NotNull UUID customerId,
        @Schema(description = "Why, kept in the audit", example = "Subscription moved to the subsidiary's enrolment")
        @NotBlank @Size(max = 500) String reason) {
}
