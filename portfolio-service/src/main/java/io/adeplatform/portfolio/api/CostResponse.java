package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.CostEntry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record CostResponse(UUID id, UUID engagementId, LocalDate date, Money amount, String description,
                           OffsetDateTime createdAt, String createdBy) {

    public static CostResponse from(CostEntry c) {
        return new CostResponse(c.id, c.engagementId, c.date, c.money(), c.description, c.createdAt, c.createdBy);
    }
}
