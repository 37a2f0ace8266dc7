package io.adeplatform.relationship.api;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.relationship.domain.FollowUpAction;
import io.adeplatform.relationship.domain.FollowUpStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record FollowUpResponse(
        UUID id, UUID customerId,
        @Schema(description = "The detractor answer that opened it") UUID surveyId,
        UUID engagementId, UUID stakeholderId,
        @Schema(example = "NPS 4 (detractor), CSAT 2 (dissatisfied)") String reason,
        @Schema(description = "Who calls the stakeholder back: the account's first executive, or the configured owner",
                example = "ada.exec") String owner,
        @Schema(description = "7 days (configurable) after the answer was recorded", example = "2026-11-27")
        LocalDate dueDate,
        @Schema(description = "open → in-progress → done; open or in-progress → cancelled") FollowUpStatus status,
        String note, OffsetDateTime closedAt, String closedBy, OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version, sent back as ETag; a transition names it in If-Match") long version)
        implements Versioned {

    public static FollowUpResponse from(FollowUpAction f) {
        return new FollowUpResponse(f.id, f.customerId, f.surveyId, f.engagementId, f.stakeholderId, f.reason,
                f.owner, f.dueDate, f.status, f.note, f.closedAt, f.closedBy, f.createdAt, f.createdBy, f.version);
    }
}
