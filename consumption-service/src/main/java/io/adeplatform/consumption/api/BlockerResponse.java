package io.adeplatform.consumption.api;

import io.adeplatform.consumption.domain.Blocker;
import io.adeplatform.consumption.domain.BlockerCategory;
import io.adeplatform.consumption.domain.BlockerStatus;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record BlockerResponse(UUID id, UUID customerId, String description, BlockerCategory category, String owner,
                              BlockerStatus status, UUID engagementId, UUID goalId, UUID commitmentId,
                              OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version, sent as the ETag; an update names it in If-Match", example = "0") long version) implements Versioned {

    public static BlockerResponse from(Blocker b) {
        return new BlockerResponse(b.id, b.customerId, b.description, b.category, b.owner, b.status, b.engagementId,
                b.goalId, b.commitmentId, b.createdAt, b.createdBy, b.version);
    }
}
