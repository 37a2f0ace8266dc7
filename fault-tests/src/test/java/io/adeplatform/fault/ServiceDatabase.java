package io.adeplatform.fault;

import io.adeplatform.platform.infra.PostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Direct SQL on one service's database, for what no API shows: its outbox rows, its inbox, raw row counts. */
final class ServiceDatabase {

    private final String url;

    ServiceDatabase(FaultPlatform platform, String database) {
        this.url = platform.processes.postgres().jdbcUrl(database);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgresServer.USER, "postgres");
    }

    /** Appends a pending outbox row the way OutboxWriter does, with a payload of about {@code bytes} bytes. */
    UUID appendOutboxRow(String aggregateType, String type, int bytes) {
        UUID id = UUID.randomUUID();
        UUID aggregate = UUID.randomUUID();
        String payload = "{\"customerId\":\"" + aggregate + "\",\"padding\":\"" + "x".repeat(bytes) + "\"}";
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event"
                     + " (id, aggregatetype, aggregateid, type, payload, timestamp) VALUES (?, ?, ?, ?, ?::jsonb, now())")) {
            insert.setObject(1, id);
            insert.setString(2, aggregateType);
            insert.setString(3, aggregate.toString());
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append an outbox row", e);
        }
    }

    /** The row's {@code published_at} and {@code failed_at} (the quarantine mark of issue 15, part A), as text. */
    String outboxState(UUID id) {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT published_at, failed_at FROM outbox_event WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? "published_at=" + row.getString(1) + " failed_at=" + row.getString(2) : "no row";
            }
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    boolean quarantined(UUID id) {
        return outboxState(id).matches("published_at=null failed_at=(?!null).+");
    }

    long inboxRows(UUID eventId) {
        return count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId);
    }

    /** A {@code SELECT count(*)} with one parameter. */
    long count(String sql, Object parameter) {
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count: " + sql, e);
        }
    }
}
