package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.MilestoneStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A milestone; {@code version} is its ETag, the If-Match of its next transition. */
public record MilestoneResponse(
        UUID id, UUID engagementId, String name, LocalDate dueDate,
        @Schema(description = "What accepting it bills; null when it is not billable") Money amount,
        MilestoneStatus status, OffsetDateTime achievedAt, OffsetDateTime acceptedAt, String acceptedBy,
        @Schema(description = "How often the customer rejected it at acceptance (a quality signal)") int rejections,
        @Schema(description = "When it was last rejected") OffsetDateTime rejectedAt,
        @Schema(description = "The version; the ETag is this number in quotes") long version) implements Versioned {

    public static MilestoneResponse from(Milestone m) {
        return new MilestoneResponse(m.id, m.engagementId, m.name, m.dueDate, m.amount(), m.status, m.achievedAt,
                m.acceptedAt, m.acceptedBy, m.rejections, m.rejectedAt, m.version);
    }
}
