package io.adeplatform.consumption.events;

import io.adeplatform.consumption.domain.UsageSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * consumption.usage.events, one per CSV upload (counts and date range, never rows); key = uploadId.
 * Schema: contracts/events/consumption/usage-ingested.v1.schema.json.
 */
public record UsageIngested(UUID uploadId, List<UUID> customerIds, long accepted, long duplicates, long updated,
                            long rejected, LocalDate fromDate, LocalDate toDate, UsageSource source, String format) {
    public static final String AGGREGATE = "usage";
    public static final String NAME = "ingested";
}
