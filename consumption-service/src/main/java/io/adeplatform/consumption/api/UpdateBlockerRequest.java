package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record UpdateBlockerRequest(@NotBlank @Size(max = 2000) String description, @NotNull BlockerCategory category,
                                   @NotBlank @Size(max = 200) String owner, @NotNull BlockerStatus status,
                                   UUID engagementId) {
}
