package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.AccountRole;
import jakarta.validation.constraints.NotNull;

/** Changes an account-team member's role. */
public record TeamRoleRequest(@NotNull AccountRole role) {
}
