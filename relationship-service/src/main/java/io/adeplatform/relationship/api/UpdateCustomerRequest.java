package io.adeplatform.relationship.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields a client may change (a full replacement: an omitted tier, industry or region is cleared); id, status,
 * team and audit fields are not among them.
 */
public record UpdateCustomerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String segment,
        @Size(max = 50) String tier,
        @Size(max = 100) String industry,
        @Size(max = 100) String region) {
}
