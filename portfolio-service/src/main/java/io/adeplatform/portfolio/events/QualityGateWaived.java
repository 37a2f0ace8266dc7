package io.adeplatform.portfolio.events;

import io.adeplatform.portfolio.domain.Stage;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An executive let an engagement through a stage gate without a passed review: who, when and why. */
public record QualityGateWaived(UUID engagementId, UUID customerId, String gate, Stage stage, String reason,
                                OffsetDateTime waivedAt, String waivedBy) {
    public static final String NAME = "quality-gate-waived";
}
