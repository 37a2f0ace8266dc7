package io.adeplatform.portfolio.events;

import io.adeplatform.portfolio.domain.ReviewOutcome;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A quality review passed or failed (a gate's review: partners learn that a stage gate was decided, and how). */
public record QualityReviewDecided(UUID engagementId, UUID customerId, UUID reviewId, String gate, String title,
                                   ReviewOutcome outcome, OffsetDateTime decidedAt, String decidedBy) {
    public static final String NAME = "quality-review-decided";
}
