package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.CostEntry;
import io.adeplatform.portfolio.domain.CostSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code source}: manual, or billing-time-entry ({@code sourceRef} = billing's time entry id). */
public record CostResponse(
        UUID id, UUID engagementId, LocalDate date,
        @Schema(description = "In the engagement's budget currency; negative for a correction") Money amount,
        String description,
        @Schema(description = "manual, or billing-time-entry for billing's approved time") CostSource source,
        @Schema(description = "For billing-time-entry: billing's time entry id; null for manual entries")
        UUID sourceRef,
        OffsetDateTime createdAt, String createdBy) {

    public static CostResponse from(CostEntry c) {
        return new CostResponse(c.id, c.engagementId, c.date, c.money(), c.description, c.source, c.sourceRef,
                c.createdAt, c.createdBy);
    }
}
