package io.adeplatform.consumption.service;

import io.adeplatform.consumption.domain.UsageColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.util.function.Function;

/**
 * Loads usage facts, then checks what they changed: the load ({@link UsageLoad}) commits on its own, and only then
 * anomaly detection and the commitment risk check run ({@link IngestFollowUp}), each in transactions of their own. So
 * two uploads that flip the same commitment can never roll one another back: a lost race only repeats the check.
 */
@ApplicationScoped
public class UsageIngestion {

    @Inject
    UsageLoad load;

    @Inject
    IngestFollowUp followUp;

    /** A CSV upload (see {@link UsageLoad#csv}); answers what was stored once it is committed and checked. */
    public IngestionSummary ingestCsv(InputStream body, String username) {
        UsageLoad.Loaded loaded = load.csv(body, username);
        followUp.run(loaded.changed());
        return loaded.summary();
    }

    /** One partner-feed record (see {@link UsageLoad#record}). */
    public IngestionSummary ingestRecord(Function<UsageColumn, String> fields) {
        UsageLoad.Loaded loaded = load.record(fields);
        followUp.run(loaded.changed());
        return loaded.summary();
    }
}
