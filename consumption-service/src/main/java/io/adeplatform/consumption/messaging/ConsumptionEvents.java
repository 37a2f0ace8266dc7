package io.adeplatform.consumption.messaging;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payloads of consumption.usage.events and consumption.commitment.events (schemas in contracts/events/consumption/). */
public final class ConsumptionEvents {

    public static final String USAGE = "usage";
    public static final String COMMITMENT = "commitment";

    private ConsumptionEvents() {
    }

    public enum Source {
        CSV, KAFKA;

        @JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    /** Aggregate usage, id = uploadId. */
    public record UsageIngested(UUID uploadId, List<UUID> customerIds, long accepted, long duplicates, long rejected,
                                LocalDate fromDate, LocalDate toDate, Source source) {
        public static final String NAME = "ingested";
    }

    /** Aggregate usage, id = customerId (so one customer's anomalies stay in order). */
    public record AnomalyDetected(UUID anomalyId, UUID customerId, String service, LocalDate date, Money cost,
                                  Money baseline, BigDecimal deviations, String direction) {
        public static final String NAME = "anomaly-detected";
    }

    /** Aggregate commitment, id = commitmentId. */
    public record CommitmentAtRisk(UUID commitmentId, UUID customerId, Money commitment, Money projected,
                                   Money shortfall, Money requiredDailyRate, LocalDate endDate, OffsetDateTime detectedAt) {
        public static final String NAME = "at-risk";
    }
}
