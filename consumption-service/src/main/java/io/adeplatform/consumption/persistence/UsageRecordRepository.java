package io.adeplatform.consumption.persistence;

import io.adeplatform.consumption.domain.StoredDay;
import io.adeplatform.consumption.domain.UsageRow;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk storage of usage facts, in chunks of {@value #CHUNK_ROWS} rows held in memory (so memory stays flat). Each
 * chunk is first COPYed straight into the partitioned usage_record inside a savepoint, row by row as it is added:
 * new data, the common case, goes in at raw COPY speed and its daily rollup is summed in {@link UsageDailyRepository}.
 * When the chunk meets a row already stored (a re-upload, a restated export, an overlap, a key twice in the file, or a
 * concurrent upload of the same rows) the COPY fails on the natural key, the savepoint is rolled back, and the chunk
 * takes the careful path of {@link UsageStagingRepository} (restated rows replace stored ones there). Must run inside the caller's transaction (the connection is the one the
 * transaction enlisted).
 */
@ApplicationScoped
public class UsageRecordRepository {

    static final int CHUNK_ROWS = 20_000;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DIRECT_COPY =
            "COPY usage_record (" + UsageCopyRepository.COLUMNS + ", upload_id) FROM STDIN WITH (FORMAT csv)";

    @Inject
    AgroalDataSource dataSource;

    public Load open(UUID uploadId) throws SQLException {
        return new Load(dataSource.getConnection(), uploadId);
    }

    /** An open load: {@link #add} rows, then {@link #finish} (or {@link #abort}). */
    public static final class Load {

        /** What {@link StoredDay} counts per. */
        private record DayKey(UUID customerId, String currency, LocalDate date) {
        }

        /** Rows inserted and updated on one day. */
        private static final class DayCount {
            long inserted;
            long updated;
        }

        private final Connection connection;
        private final String uploadColumn;
        private final List<UsageRow> chunk = new ArrayList<>(CHUNK_ROWS);
        private final UsageDailyRepository directRollup = new UsageDailyRepository();
        private final UsageStagingRepository staging;
        private final Map<DayKey, DayCount> storedPerDay = new LinkedHashMap<>();
        private long staged;
        /** The current chunk's COPY straight into usage_record, written row by row while the file is parsed. */
        private UsageCopyRepository directCopy;
        /** The current chunk met a stored key: it will take the staging path. */
        private boolean directFailed;

        private Load(Connection connection, UUID uploadId) {
            this.connection = connection;
            this.uploadColumn = "," + uploadId;
            this.staging = new UsageStagingRepository(connection, uploadColumn);
        }

        public void add(UsageRow row) throws SQLException {
            chunk.add(row);
            staged++;
            if (!directFailed) {
                try {
                    if (directCopy == null) {
                        execute("SAVEPOINT usage_chunk");
                        directCopy = UsageCopyRepository.start(connection, DIRECT_COPY, uploadColumn);
                    }
                    directCopy.write(row);
                } catch (SQLException e) {
                    directCopyFailed(e);
                }
            }
            if (chunk.size() >= CHUNK_ROWS) {
                storeChunk();
            }
        }

        /** Rows added so far: stored now or found stored already. */
        public long staged() {
            return staged;
        }

        /** Stores the last chunk and the rollup; returns what changed (rows stored already with the same values are left out). */
        public List<StoredDay> finish() throws SQLException {
            storeChunk();
            directRollup.write(connection);
            staging.drop();
            connection.close(); // hands the handle back; the transaction keeps the physical connection until it ends
            List<StoredDay> stored = new ArrayList<>();
            storedPerDay.forEach((day, count) -> stored.add(
                    new StoredDay(day.customerId(), day.currency(), day.date(), count.inserted, count.updated)));
            return stored;
        }

        /** Gives the connection back; the transaction rolls back anyway. */
        public void abort() {
            if (directCopy != null) {
                directCopy.cancel();
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the transaction is being rolled back
            }
        }

        /** A stored key ends the chunk's direct COPY (the chunk goes to staging); any other failure ends the load. */
        private void directCopyFailed(SQLException e) throws SQLException {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            directFailed = true;
            if (directCopy != null) {
                directCopy.cancel();
            }
        }

        private void storeChunk() throws SQLException {
            if (chunk.isEmpty()) {
                return;
            }
            if (!directFailed) {
                try {
                    directCopy.end();
                } catch (SQLException e) {
                    directCopyFailed(e);
                }
            }
            if (directFailed) {
                execute("ROLLBACK TO SAVEPOINT usage_chunk");
                execute("RELEASE SAVEPOINT usage_chunk");
                for (StoredDay day : staging.store(chunk)) {
                    count(day.customerId(), day.currency(), day.date(), day.rows(), day.updated());
                }
            } else {
                execute("RELEASE SAVEPOINT usage_chunk");
                for (UsageRow row : chunk) {
                    directRollup.add(row);
                    count(row.customerId(), row.currency(), row.date(), 1, 0);
                }
            }
            chunk.clear();
            directCopy = null;
            directFailed = false;
        }

        private void count(UUID customerId, String currency, LocalDate date, long inserted, long updated) {
            DayCount count = storedPerDay.computeIfAbsent(new DayKey(customerId, currency, date), key -> new DayCount());
            count.inserted += inserted;
            count.updated += updated;
        }

        private void execute(String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
