package io.adeplatform.relationship.api;

import io.adeplatform.platform.core.AccountRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a user to a customer's account team with a role. */
public record TeamMemberRequest(@NotBlank @Size(max = 200) String username, @NotNull AccountRole role) {
}
