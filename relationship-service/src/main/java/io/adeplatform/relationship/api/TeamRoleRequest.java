package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.AccountRole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes an account-team member's role. */
public record TeamRoleRequest(
        @NotNull @Schema(description = "The member's new role on this account", example = "finance") AccountRole role) {
}
