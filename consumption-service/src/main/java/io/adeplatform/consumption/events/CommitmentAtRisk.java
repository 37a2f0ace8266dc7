package io.adeplatform.consumption.events;

import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * consumption.commitment.events, when a commitment's projected shortfall turns positive; key = commitmentId.
 * Schema: contracts/events/consumption/commitment-at-risk.v1.schema.json.
 */
public record CommitmentAtRisk(UUID commitmentId, UUID customerId, Money commitment, Money projected,
                               Money shortfall, Money requiredDailyRate, LocalDate endDate, OffsetDateTime detectedAt) {
    public static final String AGGREGATE = "commitment";
    public static final String NAME = "at-risk";
}
