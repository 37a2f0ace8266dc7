package io.adeplatform.portfolio.api.quality;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.FindingSeverity;
import io.adeplatform.portfolio.domain.FindingStatus;
import io.adeplatform.portfolio.domain.quality.QualityFinding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A review finding; {@code version} is its ETag, the If-Match of its next transition. */
public record QualityFindingResponse(
        UUID id, UUID engagementId, UUID reviewId, FindingSeverity severity, String title, String description,
        FindingStatus status,
        @Schema(description = "The RAID entry tracking the remediation") UUID raidItemId,
        OffsetDateTime resolvedAt, String resolvedBy, OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version; the ETag is this number in quotes") long version) implements Versioned {

    public static QualityFindingResponse from(QualityFinding f) {
        return new QualityFindingResponse(f.id, f.engagementId, f.reviewId, f.severity, f.title, f.description,
                f.status, f.raidItemId, f.resolvedAt, f.resolvedBy, f.createdAt, f.createdBy, f.version);
    }
}
