package io.adeplatform.relationship.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** name and segment are required; tier, industry and region are optional free text. */
public record CreateCustomerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String segment,
        @Size(max = 50) String tier,
        @Size(max = 100) String industry,
        @Size(max = 100) String region) {
}
