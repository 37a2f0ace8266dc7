package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.UsageRow;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk storage of usage facts, in chunks of {@value #CHUNK_ROWS} rows held in memory (so memory stays flat). Each
 * chunk is first COPYed straight into the partitioned usage_record inside a savepoint: new data, the common case,
 * goes in at raw COPY speed and its daily rollup is summed here. When the chunk meets a row already stored (a
 * re-upload, an overlap, a key twice in the file, or a concurrent upload of the same rows) the COPY fails on the
 * natural key, the savepoint is rolled back, and the chunk takes the careful path: COPY into a temporary staging
 * table, then INSERT ... ON CONFLICT DO NOTHING, incrementing the rollup by exactly the rows that went in, in one
 * statement. Must run inside the caller's transaction (the connection is the one the transaction enlisted).
 */
@ApplicationScoped
public class UsageStore {

    static final int CHUNK_ROWS = 20_000;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS =
            "usage_date, subscription_id, meter, resource_group, customer_id, service, quantity, unit, cost, currency";

    /** Rows actually stored by one load, per customer, currency and day. */
    public record StoredDay(UUID customerId, String currency, LocalDate date, long rows) {
    }

    /** One row of usage_daily. */
    private record DailyKey(UUID customerId, LocalDate date, String subscriptionId, String service, String currency) {
    }

    /** What {@link StoredDay} counts per. */
    private record DayKey(UUID customerId, String currency, LocalDate date) {
    }

    private static final class DailySum {
        BigDecimal cost = BigDecimal.ZERO;
        long rows;
    }

    @Inject
    AgroalDataSource dataSource;

    /** An open load: add rows, then {@link #finish}. */
    public final class Load {
        private final Connection connection;
        private final UUID uploadId;
        private final List<UsageRow> chunk = new ArrayList<>(CHUNK_ROWS);
        /** Rollup of the rows COPYed straight in, written once at the end. */
        private final Map<DailyKey, DailySum> directDaily = new HashMap<>();
        private final Map<DayKey, Long> storedPerDay = new LinkedHashMap<>();
        private boolean stagingCreated;
        private long staged;
        /** The current chunk's COPY straight into usage_record, written row by row while the file is parsed. */
        private CopyIn directCopy;
        private final ByteArrayOutputStream directBuffer = new ByteArrayOutputStream(1 << 17);
        private final StringBuilder line = new StringBuilder(200);
        /** The current chunk met a stored key: it will take the staging path. */
        private boolean directFailed;

        Load(Connection connection, UUID uploadId) {
            this.connection = connection;
            this.uploadId = uploadId;
        }

        public void add(UsageRow row) throws SQLException {
            chunk.add(row);
            staged++;
            if (!directFailed) {
                try {
                    if (directCopy == null) {
                        execute("SAVEPOINT usage_chunk");
                        directCopy = connection.unwrap(PGConnection.class).getCopyAPI()
                                .copyIn("COPY usage_record (" + COLUMNS + ", upload_id) FROM STDIN WITH (FORMAT csv)");
                    }
                    line.setLength(0);
                    csvLine(line, row);
                    line.append(',').append(uploadId).append('\n');
                    directBuffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                    if (directBuffer.size() >= (1 << 16)) {
                        flushDirect();
                    }
                } catch (SQLException e) {
                    directCopyFailed(e);
                }
            }
            if (chunk.size() >= CHUNK_ROWS) {
                storeChunk();
            }
        }

        private void flushDirect() throws SQLException {
            directCopy.writeToCopy(directBuffer.toByteArray(), 0, directBuffer.size());
            directBuffer.reset();
        }

        /** A stored key ends the chunk's direct COPY (the chunk goes to staging); any other failure ends the load. */
        private void directCopyFailed(SQLException e) throws SQLException {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            directFailed = true;
            directBuffer.reset();
            if (directCopy != null && directCopy.isActive()) {
                try {
                    directCopy.cancelCopy();
                } catch (SQLException ignored) {
                    // already ended by the server's error
                }
            }
        }

        private void execute(String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        public long staged() {
            return staged;
        }

        /** Stores the last chunk and the rollup; returns what was stored (rows already there are left out). */
        public List<StoredDay> finish() throws SQLException {
            storeChunk();
            writeDirectRollup();
            if (stagingCreated) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE usage_staging");
                }
            }
            connection.close(); // hands the handle back; the transaction keeps the physical connection until it ends
            List<StoredDay> stored = new ArrayList<>();
            storedPerDay.forEach((day, rows) -> stored.add(new StoredDay(day.customerId(), day.currency(), day.date(), rows)));
            return stored;
        }

        /** Gives the connection back; the transaction rolls back anyway. */
        public void abort() {
            try {
                if (directCopy != null && directCopy.isActive()) {
                    directCopy.cancelCopy();
                }
                connection.close();
            } catch (SQLException ignored) {
                // the transaction is being rolled back
            }
        }

        private void storeChunk() throws SQLException {
            if (chunk.isEmpty()) {
                return;
            }
            if (!directFailed) {
                try {
                    flushDirect();
                    directCopy.endCopy();
                } catch (SQLException e) {
                    directCopyFailed(e);
                }
            }
            if (directFailed) {
                execute("ROLLBACK TO SAVEPOINT usage_chunk");
                execute("RELEASE SAVEPOINT usage_chunk");
                stageAndMove();
            } else {
                execute("RELEASE SAVEPOINT usage_chunk");
                chunk.forEach(this::countDirect);
            }
            chunk.clear();
            directCopy = null;
            directFailed = false;
        }

        private void countDirect(UsageRow row) {
            DailySum sum = directDaily.computeIfAbsent(
                    new DailyKey(row.customerId(), row.date(), row.subscriptionId(), row.service(), row.currency()),
                    key -> new DailySum());
            sum.cost = sum.cost.add(row.cost());
            sum.rows++;
            storedPerDay.merge(new DayKey(row.customerId(), row.currency(), row.date()), 1L, Long::sum);
        }

        private void stageAndMove() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                if (!stagingCreated) {
                    statement.execute("CREATE TEMP TABLE usage_staging (usage_date date, subscription_id varchar(100), "
                            + "meter varchar(200), resource_group varchar(200), customer_id uuid, service varchar(200), "
                            + "quantity numeric(19,6), unit varchar(50), cost numeric(19,4), currency char(3)) ON COMMIT DROP");
                    stagingCreated = true;
                } else {
                    statement.execute("TRUNCATE usage_staging");
                }
            }
            copyChunkToStaging();
            try (PreparedStatement move = connection.prepareStatement("""
                    WITH ins AS (
                      INSERT INTO usage_record (usage_date, subscription_id, meter, resource_group, customer_id, service,
                                                quantity, unit, cost, currency, upload_id)
                      SELECT usage_date, subscription_id, meter, resource_group, customer_id, service,
                             quantity, unit, cost, currency, ?
                      FROM usage_staging
                      ON CONFLICT DO NOTHING
                      RETURNING customer_id, usage_date, subscription_id, service, currency, cost),
                    roll AS (
                      INSERT INTO usage_daily (customer_id, usage_date, subscription_id, service, currency, cost, row_count)
                      SELECT customer_id, usage_date, subscription_id, service, currency, sum(cost), count(*)
                      FROM ins GROUP BY customer_id, usage_date, subscription_id, service, currency
                      ORDER BY customer_id, usage_date, subscription_id, service, currency -- one lock order for all
                      ON CONFLICT (customer_id, usage_date, subscription_id, service, currency) DO UPDATE
                        SET cost = usage_daily.cost + excluded.cost, row_count = usage_daily.row_count + excluded.row_count)
                    SELECT customer_id, currency, usage_date, count(*) FROM ins GROUP BY customer_id, currency, usage_date
                    """)) {
                move.setObject(1, uploadId);
                try (ResultSet rs = move.executeQuery()) {
                    while (rs.next()) {
                        storedPerDay.merge(new DayKey(rs.getObject(1, UUID.class), rs.getString(2).strip(),
                                rs.getObject(3, LocalDate.class)), rs.getLong(4), Long::sum);
                    }
                }
            }
        }

        private void writeDirectRollup() throws SQLException {
            if (directDaily.isEmpty()) {
                return;
            }
            // as text arrays, cast by PostgreSQL, which also orders the rows: one lock order for every load
            List<String[]> columns = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                columns.add(new String[directDaily.size()]);
            }
            int i = 0;
            for (Map.Entry<DailyKey, DailySum> entry : directDaily.entrySet()) {
                DailyKey key = entry.getKey();
                columns.get(0)[i] = key.customerId().toString();
                columns.get(1)[i] = key.date().toString();
                columns.get(2)[i] = key.subscriptionId();
                columns.get(3)[i] = key.service();
                columns.get(4)[i] = key.currency();
                columns.get(5)[i] = entry.getValue().cost.toPlainString();
                columns.get(6)[i] = Long.toString(entry.getValue().rows);
                i++;
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO usage_daily (customer_id, usage_date, subscription_id, service, currency, cost, row_count)
                    SELECT * FROM unnest(?::uuid[], ?::date[], ?::varchar[], ?::varchar[], ?::char(3)[], ?::numeric[],
                                         ?::bigint[])
                    ORDER BY 1, 2, 3, 4, 5
                    ON CONFLICT (customer_id, usage_date, subscription_id, service, currency) DO UPDATE
                      SET cost = usage_daily.cost + excluded.cost, row_count = usage_daily.row_count + excluded.row_count
                    """)) {
                for (int c = 0; c < 7; c++) {
                    upsert.setArray(c + 1, connection.createArrayOf("text", columns.get(c)));
                }
                upsert.executeUpdate();
            }
        }

        private void copyChunkToStaging() throws SQLException {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY usage_staging FROM STDIN WITH (FORMAT csv)");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
            for (UsageRow row : chunk) {
                line.setLength(0);
                csvLine(line, row);
                line.append('\n');
                buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                if (buffer.size() >= (1 << 16)) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            copy.endCopy();
        }
    }

    public Load open(UUID uploadId) throws SQLException {
        return new Load(dataSource.getConnection(), uploadId);
    }

    private static void csvLine(StringBuilder line, UsageRow row) {
        line.append(row.date()).append(',');
        quoted(line, row.subscriptionId()).append(',');
        quoted(line, row.meter()).append(',');
        quoted(line, row.resourceGroup()).append(',');
        line.append(row.customerId()).append(',');
        quoted(line, row.service()).append(',');
        line.append(row.quantity().toPlainString()).append(',');
        quoted(line, row.unit()).append(',');
        line.append(row.cost().toPlainString()).append(',');
        line.append(row.currency());
    }

    private static StringBuilder quoted(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        return line.append('"');
    }
}
