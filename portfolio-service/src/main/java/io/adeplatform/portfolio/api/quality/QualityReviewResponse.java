package io.adeplatform.portfolio.api.quality;

import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.ReviewOutcome;
import io.adeplatform.portfolio.domain.quality.QualityReview;
import io.adeplatform.portfolio.service.quality.ReviewView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A quality review with its checklist and findings; {@code version} is its ETag. */
public record QualityReviewResponse(
        UUID id, UUID engagementId,
        @Schema(description = "The gate reviewed", example = "solution-review") String gate,
        String title, String reviewer, ReviewOutcome outcome,
        @Schema(description = "When and by whom it passed or failed; null while pending") OffsetDateTime decidedAt,
        String decidedBy,
        @Schema(description = "The gate's checklist as of the review's start") List<Item> checklist,
        @Schema(description = "Its findings, oldest first") List<QualityFindingResponse> findings,
        OffsetDateTime createdAt, String createdBy,
        @Schema(description = "The version; the ETag is this number in quotes") long version) implements Versioned {

    public record Item(@Schema(example = "Estimates and assumptions validated") String item, boolean done) {
    }

    public static QualityReviewResponse from(ReviewView view) {
        QualityReview r = view.review();
        return new QualityReviewResponse(r.id, r.engagementId, r.gateCode, r.title, r.reviewer, r.outcome,
                r.decidedAt, r.decidedBy, r.checklist.stream().map(i -> new Item(i.item, i.done)).toList(),
                view.findings().stream().map(QualityFindingResponse::from).toList(), r.createdAt, r.createdBy,
                r.version);
    }
}
