package io.adeplatform.consumption.service;

import io.adeplatform.consumption.config.UsageUploadConfig;
import io.adeplatform.consumption.domain.CostExportFormat;
import io.adeplatform.consumption.domain.InvalidUsageRow;
import io.adeplatform.consumption.domain.StoredDay;
import io.adeplatform.consumption.domain.UsageColumn;
import io.adeplatform.consumption.domain.UsageRow;
import io.adeplatform.consumption.domain.UsageRowParser;
import io.adeplatform.consumption.domain.UsageSource;
import io.adeplatform.consumption.events.UsageIngested;
import io.adeplatform.consumption.persistence.UsageRecordRepository;
import io.adeplatform.consumption.persistence.UsageUploadRepository;
import io.adeplatform.consumption.service.IngestionSummary.RowRejection;
import io.adeplatform.consumption.service.UsageCsvReader.CsvRecord;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.security.AccountAction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores usage facts: a CSV cost export streamed record by record from the request body into COPY (never the whole
 * file in memory), or one partner-feed record; both through the same idempotent storage, with the upload row and the
 * UsageIngested event, in one transaction. The checks that follow ({@link IngestFollowUp}) run after it commits.
 */
@ApplicationScoped
public class UsageLoad extends ConsumptionUseCase {

    /** What a load stored (the answer) and what it changed per customer, currency and day (for the follow-up). */
    public record Loaded(IngestionSummary summary, List<StoredDay> changed) {
    }

    /** SQLSTATE numeric_value_out_of_range. */
    private static final String NUMERIC_OUT_OF_RANGE = "22003";

    @Inject
    UsageRecordRepository records;

    @Inject
    UsageUploadRepository uploads;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    OutboxWriter outbox;

    @Inject
    UsageUploadConfig config;

    /**
     * A CSV upload: bad rows are rejected with their line while good rows are stored; rows for subscriptions of
     * customers the caller cannot see, or sees only as a viewer on the account team, count as unknown. A file without
     * a valid header is an {@link InvalidInput}, a file that cannot be read or holds a value out of range a
     * {@link RefusedUsageFile}: either rolls back, so nothing is stored.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Loaded csv(InputStream body, String username) {
        Map<String, UUID> loadable = subscriptions.loadable(access.customersFor(AccountAction.WRITE));
        UUID uploadId = UUID.randomUUID();
        List<RowRejection> reported = new ArrayList<>();
        long rejected = 0;
        CostExportFormat format = null;
        UsageRecordRepository.Load load = null;
        try {
            UsageCsvReader csv = UsageCsvReader.open(body, config.maxRowLength());
            format = csv.format();
            load = records.open(uploadId);
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                String problem = record.problem() != null ? record.problem()
                        : store(load, record.line(), record.values(), loadable);
                if (problem != null) {
                    rejected++;
                    if (reported.size() < config.reportedRejections()) {
                        reported.add(new RowRejection(record.line(), problem));
                    }
                }
            }
            List<StoredDay> stored = load.finish();
            long staged = load.staged();
            load = null;
            return finish(uploadId, UsageSource.CSV, format, username, stored, staged, rejected, reported);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw storageFailure(e);
        } finally {
            if (load != null) {
                load.abort();
            }
        }
    }

    /**
     * One record of the partner feed, through the same idempotent storage; {@code fields} gives the raw value of each
     * column. A record that can never be stored is an {@link InvalidInput} (the consumer's dead-letter topic).
     */
    @Transactional
    public Loaded record(Function<UsageColumn, String> fields) {
        UsageRow row;
        try {
            row = UsageRowParser.parse(fields, subscriptions.loadable(Optional.empty()));
        } catch (InvalidUsageRow invalid) {
            throw new InvalidInput("unusable usage record: " + invalid.getMessage(), List.of());
        }
        UUID uploadId = UUID.randomUUID();
        try {
            UsageRecordRepository.Load load = records.open(uploadId);
            load.add(row);
            return finish(uploadId, UsageSource.KAFKA, CostExportFormat.NATIVE, "kafka", load.finish(), 1, 0, List.of());
        } catch (SQLException e) {
            throw storageFailure(e);
        }
    }

    /** Adds a valid row to the load; returns why the row is invalid, or null; a value out of range refuses the file. */
    private static String store(UsageRecordRepository.Load load, long line, Function<UsageColumn, String> values,
                                Map<String, UUID> loadable) throws SQLException {
        try {
            load.add(UsageRowParser.parse(values, loadable));
            return null;
        } catch (InvalidUsageRow invalid) {
            if (invalid.refusesFile()) {
                throw new RefusedUsageFile(line, invalid.getMessage());
            }
            return invalid.getMessage();
        }
    }

    /**
     * A daily total beyond what the rollup column holds is the client's doing (422, nothing stored, or poison on the
     * feed); anything else is the database's.
     */
    private static RuntimeException storageFailure(SQLException e) {
        if (NUMERIC_OUT_OF_RANGE.equals(e.getSQLState())) {
            return new RuleViolation("usage-total-out-of-range", "a daily usage total would exceed the largest amount "
                    + "stored (15 digits before the decimal point); nothing was stored");
        }
        return new IllegalStateException("storing usage failed", e);
    }

    private Loaded finish(UUID uploadId, UsageSource source, CostExportFormat format, String username,
                          List<StoredDay> stored, long staged, long rejected, List<RowRejection> rejections) {
        long accepted = stored.stream().mapToLong(StoredDay::rows).sum();
        long updated = stored.stream().mapToLong(StoredDay::updated).sum();
        long duplicates = staged - accepted - updated;
        LocalDate from = stored.stream().map(StoredDay::date).min(LocalDate::compareTo).orElse(null);
        LocalDate to = stored.stream().map(StoredDay::date).max(LocalDate::compareTo).orElse(null);
        uploads.record(uploadId, source, format, username, now(),
                new UsageUploadRepository.Counts(accepted, duplicates, updated, rejected), from, to);
        if (source == UsageSource.CSV) {
            Set<UUID> customers = new TreeSet<>();
            stored.forEach(day -> customers.add(day.customerId()));
            outbox.append(UsageIngested.AGGREGATE, uploadId, UsageIngested.NAME, new UsageIngested(uploadId,
                    List.copyOf(customers), accepted, duplicates, updated, rejected, from, to, source,
                    format.wireName()));
        }
        return new Loaded(new IngestionSummary(uploadId, format.wireName(), accepted, duplicates, updated, rejected,
                rejections, from, to), stored);
    }
}
