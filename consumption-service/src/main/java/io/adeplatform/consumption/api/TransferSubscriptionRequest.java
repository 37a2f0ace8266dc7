package io.adeplatform.consumption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The customer that holds the subscription from now on, and why (kept in the audit). */
public record TransferSubscriptionRequest(@NotNull UUID customerId, @NotBlank @Size(max = 500) String reason) {
}
