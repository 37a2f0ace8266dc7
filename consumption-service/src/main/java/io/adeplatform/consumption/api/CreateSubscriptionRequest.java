package io.adeplatform.consumption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** {@code id} is the cloud's own subscription id. */
public record CreateSubscriptionRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+", message = "letters, digits and . _ : / - only") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID customerId,
        UUID engagementId) {
}
