package io.adeplatform.consumption.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The customer of a subscription never changes: usage is attributed through it. */
public record UpdateSubscriptionRequest(@NotBlank @Size(max = 200) String name, UUID engagementId) {
}
