package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.AccountRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a user to a customer's account team with a role. */
public record TeamMemberRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The user's username in the realm", example = "dan.dm")
        String username,
        @NotNull @Schema(description = "The user's role on this account", example = "delivery-manager") AccountRole role) {
}
