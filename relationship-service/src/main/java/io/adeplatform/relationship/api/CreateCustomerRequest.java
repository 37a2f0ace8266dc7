package io.adeplatform.relationship.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CreateCustomerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String segment) {
}
