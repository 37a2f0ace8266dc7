package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.BlockerCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The goal and commitment, when named, must be the customer's. */
public record CreateBlockerRequest(@NotBlank @Size(max = 2000) String description, @NotNull BlockerCategory category,
                                   @NotBlank @Size(max = 200) String owner, UUID engagementId, UUID goalId,
                                   UUID commitmentId) {
}
