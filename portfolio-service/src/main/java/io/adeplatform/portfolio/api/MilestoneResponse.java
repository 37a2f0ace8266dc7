package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.http.Versioned;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.MilestoneStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record MilestoneResponse(UUID id, UUID engagementId, String name, LocalDate dueDate, Money amount,
                                MilestoneStatus status, OffsetDateTime achievedAt, OffsetDateTime acceptedAt,
                                String acceptedBy, int rejections, OffsetDateTime rejectedAt,
                                long version) implements Versioned {

    public static MilestoneResponse from(Milestone m) {
        return new MilestoneResponse(m.id, m.engagementId, m.name, m.dueDate, m.amount(), m.status, m.achievedAt,
                m.acceptedAt, m.acceptedBy, m.rejections, m.rejectedAt, m.version);
    }
}
