package io.adeplatform.consumption.events;

import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * consumption.commitment.events, when a commitment turns at risk; key = commitmentId. {@code reasons}: the wire
 * names of every reason that holds ({@code projected-shortfall}, {@code no-recent-usage}); {@code lastUsageDate}: the
 * customer's last day with usage in the commitment's currency (null: none).
 * Schema: contracts/events/consumption/commitment-at-risk.v1.schema.json.
 */
public record CommitmentAtRisk(UUID commitmentId, UUID customerId, Money commitment, Money projected,
                               Money shortfall, Money requiredDailyRate, LocalDate endDate, List<String> reasons,
                               LocalDate lastUsageDate, OffsetDateTime detectedAt) {
    public static final String AGGREGATE = "commitment";
    public static final String NAME = "at-risk";
}
