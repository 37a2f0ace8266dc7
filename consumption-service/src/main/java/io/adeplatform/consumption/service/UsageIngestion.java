package io.adeplatform.consumption.service;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.consumption.domain.UsageFields;
import io.adeplatform.consumption.domain.UsageFields.Column;
import io.adeplatform.consumption.domain.UsageRow;
import io.adeplatform.consumption.messaging.ConsumptionEvents;
import io.adeplatform.consumption.messaging.ConsumptionEvents.Source;
import io.adeplatform.consumption.messaging.ConsumptionEvents.UsageIngested;
import io.adeplatform.consumption.persistence.UsageStore;
import io.adeplatform.consumption.persistence.UsageStore.StoredDay;
import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.platform.http.ProblemException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Loads usage facts: a CSV cost export streamed record by record from the request body into COPY (never the whole
 * file in memory), or one partner-feed record; both through the same idempotent staging path, followed by anomaly
 * detection and the commitment risk check, all in one transaction.
 */
@ApplicationScoped
public class UsageIngestion {

    public static final int MAX_REPORTED_REJECTIONS = 100;

    public record Rejection(long line, String reason) {
    }

    public record Result(UUID uploadId, long accepted, long duplicates, long rejected, List<Rejection> rejections,
                         LocalDate fromDate, LocalDate toDate) {
    }

    @Inject
    UsageStore store;

    @Inject
    EntityManager em;

    @Inject
    OutboxWriter outbox;

    @Inject
    ConsumptionAnalytics analytics;

    @Inject
    Clock clock;

    @Inject
    SubscriptionService subscriptions;

    /** @param subscriptions the subscriptions the caller may load usage for, with their customer */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Result ingestCsv(InputStream body, Map<String, UUID> subscriptions, String username) {
        UUID uploadId = UUID.randomUUID();
        List<Rejection> rejections = new ArrayList<>();
        long rejected = 0;
        UsageStore.Load load = null;
        try (Reader reader = withoutBom(body);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw invalidHeader("the file is empty: a header row naming the columns is required");
            }
            CSVRecord headerRow = records.next();
            Map<Column, Integer> columns = header(headerRow);
            int width = headerRow.size();
            long lineBefore = parser.getCurrentLineNumber();
            load = store.open(uploadId);
            while (true) {
                CSVRecord record;
                long line = lineBefore + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rejected++;
                    if (rejections.size() < MAX_REPORTED_REJECTIONS) {
                        rejections.add(new Rejection(line, "malformed CSV from here on (unbalanced quotes?): "
                                + rootMessage(e)));
                    }
                    break;
                }
                lineBefore = parser.getCurrentLineNumber();
                String reason = null;
                if (record.size() != width) {
                    reason = "expected " + width + " columns, found " + record.size();
                } else {
                    try {
                        load.add(UsageFields.validate(column -> {
                            Integer index = columns.get(column);
                            return index == null ? null : record.get(index);
                        }, subscriptions));
                    } catch (UsageFields.InvalidRow invalid) {
                        reason = invalid.getMessage();
                    }
                }
                if (reason != null) {
                    rejected++;
                    if (rejections.size() < MAX_REPORTED_REJECTIONS) {
                        rejections.add(new Rejection(line, reason));
                    }
                }
            }
            List<StoredDay> stored = load.finish();
            long staged = load.staged();
            load = null;
            return finish(uploadId, Source.CSV, username, stored, staged, rejected, rejections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed", e);
        } finally {
            if (load != null) {
                load.abort();
            }
        }
    }

    /**
     * One record of the partner feed, through the same staging path; {@code fields} gives the raw value of each
     * column. A record that can never be stored is a {@link PoisonEventException}.
     */
    @Transactional
    public Result ingestRecord(Function<Column, String> fields) {
        UsageRow row;
        try {
            row = UsageFields.validate(fields, subscriptions.loadable(Optional.empty()));
        } catch (UsageFields.InvalidRow invalid) {
            throw new PoisonEventException("unusable usage record: " + invalid.getMessage());
        }
        UUID uploadId = UUID.randomUUID();
        try {
            UsageStore.Load load = store.open(uploadId);
            load.add(row);
            List<StoredDay> stored = load.finish();
            return finish(uploadId, Source.KAFKA, "kafka", stored, 1, 0, List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("storing a partner usage record failed", e);
        }
    }

    private Result finish(UUID uploadId, Source source, String username, List<StoredDay> stored, long staged,
                          long rejected, List<Rejection> rejections) {
        long accepted = stored.stream().mapToLong(StoredDay::rows).sum();
        LocalDate from = stored.stream().map(StoredDay::date).min(LocalDate::compareTo).orElse(null);
        LocalDate to = stored.stream().map(StoredDay::date).max(LocalDate::compareTo).orElse(null);
        Set<UUID> customers = new TreeSet<>();
        stored.forEach(day -> customers.add(day.customerId()));
        em.createNativeQuery("INSERT INTO usage_upload (id, source, uploaded_by, uploaded_at, accepted, duplicates, "
                        + "rejected, from_date, to_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, uploadId).setParameter(2, source.wireName()).setParameter(3, username)
                .setParameter(4, OffsetDateTime.now(clock)).setParameter(5, accepted)
                .setParameter(6, staged - accepted).setParameter(7, rejected)
                .setParameter(8, from).setParameter(9, to)
                .executeUpdate();
        if (source == Source.CSV) {
            outbox.append(ConsumptionEvents.USAGE, uploadId, UsageIngested.NAME, new UsageIngested(uploadId,
                    List.copyOf(customers), accepted, staged - accepted, rejected, from, to, source));
        }
        analytics.afterIngestion(stored);
        return new Result(uploadId, accepted, staged - accepted, rejected, rejections, from, to);
    }

    private Map<Column, Integer> header(CSVRecord header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.byHeader(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (!columns.containsKey(column)) {
                missing.add(column.name().toLowerCase().replace('_', ' '));
            }
        }
        if (!missing.isEmpty()) {
            throw invalidHeader("the first row is not a valid header: missing column(s) " + String.join(", ", missing));
        }
        return columns;
    }

    private static ProblemException invalidHeader(String detail) {
        return new InvalidInput(detail, List.of(new FieldError("header", detail)));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** UTF-8 reader that skips a leading byte-order mark. */
    private static Reader withoutBom(InputStream body) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
