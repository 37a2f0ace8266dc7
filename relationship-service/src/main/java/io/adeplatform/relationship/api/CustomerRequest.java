package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.CustomerProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer as a client registers it (POST) or replaces it (PUT: an omitted tier, industry or region is cleared);
 * id, status, team and audit fields are not among its fields.
 */
public record CustomerRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "The customer's name", example = "State Department of Transportation") String name,
        @NotBlank @Size(max = 100) @Schema(description = "The market segment (free text)", example = "state-government")
        String segment,
        @Size(max = 50) @Schema(description = "The account tier (free text)", example = "tier-1") String tier,
        @Size(max = 100) @Schema(description = "The industry (free text)", example = "transportation") String industry,
        @Size(max = 100) @Schema(description = "The region (free text)", example = "us-west") String region) {

    public CustomerProfile profile() {
        return new CustomerProfile(name, segment, tier, industry, region);
    }
}
