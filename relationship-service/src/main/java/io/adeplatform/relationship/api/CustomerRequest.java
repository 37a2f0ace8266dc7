package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.CustomerProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer as a client registers it (POST) or replaces it (PUT: an omitted tier, industry or region is cleared);
 * id, status, team and audit fields are not among its fields.
 */
public record CustomerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String segment,
        @Size(max = 50) String tier,
        @Size(max = 100) String industry,
        @Size(max = 100) String region) {

    public CustomerProfile profile() {
        return new CustomerProfile(name, segment, tier, industry, region);
    }
}
