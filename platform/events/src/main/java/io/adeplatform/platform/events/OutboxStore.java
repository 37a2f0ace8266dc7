package io.adeplatform.platform.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's SQL on the outbox table, on a connection whose transaction the relay controls. */
final class OutboxStore {

    /*
     * Locks the oldest pending rows, skipping rows another relay replica holds. A locked row is only published
     * when no older pending row of the same aggregate lies outside this batch: otherwise another replica is
     * publishing that aggregate's earlier events right now, and publishing ours first would reorder them.
     */
    private static final String LOCK_BATCH = """
            WITH batch AS (
                SELECT seq FROM outbox_event
                WHERE published_at IS NULL AND failed_at IS NULL
                ORDER BY seq
                LIMIT ?
                FOR UPDATE SKIP LOCKED
            )
            SELECT o.id, o.aggregatetype, o.aggregateid, o.type, o.payload::text, o.timestamp, o.seq, o.tracingspancontext
            FROM outbox_event o JOIN batch b ON b.seq = o.seq
            WHERE NOT EXISTS (
                SELECT 1 FROM outbox_event e
                WHERE e.published_at IS NULL AND e.failed_at IS NULL
                  AND e.aggregatetype = o.aggregatetype AND e.aggregateid = o.aggregateid
                  AND e.seq < o.seq
                  AND e.seq NOT IN (SELECT seq FROM batch))
            ORDER BY o.seq
            """;

    private static final String STATISTICS = """
            SELECT (SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND failed_at IS NULL),
                   (SELECT timestamp FROM outbox_event WHERE published_at IS NULL AND failed_at IS NULL
                    ORDER BY seq LIMIT 1),
                   (SELECT count(*) FROM outbox_event WHERE failed_at IS NOT NULL)
            """;
    private static final int REASON_LENGTH = 1000;

    private OutboxStore() {
    }

    static List<PendingEvent> lockNextBatch(Connection connection, int batchSize) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_BATCH)) {
            statement.setInt(1, batchSize);
            try (ResultSet rows = statement.executeQuery()) {
                List<PendingEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new PendingEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class), rows.getLong(7),
                            rows.getString(8)));
                }
                return events;
            }
        }
    }

    static void markPublished(Connection connection, List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            Array ids = connection.createArrayOf("uuid", events.stream().map(PendingEvent::id).toArray());
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }

    /** Takes rows the broker refused for good out of the pending set, with the broker's reason. */
    static void quarantine(Connection connection, List<BatchOutcome.Quarantined> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET failed_at = now(), failure_reason = ? WHERE id = ?")) {
            for (BatchOutcome.Quarantined row : rows) {
                statement.setString(1, abbreviate(row.reason(), REASON_LENGTH));
                statement.setObject(2, row.event().id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Pending rows, the writer's time of the oldest of them, and quarantined rows; each from a partial index. */
    static OutboxStatistics.Snapshot statistics(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(STATISTICS);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return new OutboxStatistics.Snapshot(row.getLong(1), row.getObject(2, OffsetDateTime.class), row.getLong(3));
        }
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    static int deletePublishedOlderThan(Connection connection, Duration retention) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            statement.setLong(1, retention.toSeconds());
            return statement.executeUpdate();
        }
    }
}
