package io.adeplatform.billing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection says why. */
public record RejectionRequest(@NotBlank @Size(max = 1000) String comment) {
}
