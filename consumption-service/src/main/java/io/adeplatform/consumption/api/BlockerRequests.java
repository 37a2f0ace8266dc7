package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Blocker;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Request and response bodies of blockers. */
public final class BlockerRequests {

    private BlockerRequests() {
    }

    public record CreateBlocker(@NotBlank @Size(max = 2000) String description, @NotNull BlockerCategory category,
                                @NotBlank @Size(max = 200) String owner, UUID engagementId, UUID goalId,
                                UUID commitmentId) {
    }

    public record UpdateBlocker(@NotBlank @Size(max = 2000) String description, @NotNull BlockerCategory category,
                                @NotBlank @Size(max = 200) String owner, @NotNull BlockerStatus status,
                                UUID engagementId) {
    }

    public record BlockerResponse(UUID id, UUID customerId, String description, BlockerCategory category, String owner,
                                  BlockerStatus status, UUID engagementId, UUID goalId, UUID commitmentId,
                                  OffsetDateTime createdAt, String createdBy, long version) {
        public static BlockerResponse of(Blocker b) {
            return new BlockerResponse(b.id, b.customerId, b.description, b.category, b.owner, b.status, b.engagementId,
                    b.goalId, b.commitmentId, b.createdAt, b.createdBy, b.version);
        }
    }
}
