package io.adeplatform.platform.events;

import io.adeplatform.platform.testing.SharedInfrastructure;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An outbox table made by this module's migrations in a database of its own, for tests that drive the relay parts. */
final class TestOutbox {

    private static final List<String> MIGRATIONS = List.of("V0_2_0__outbox_event.sql",
            "V0_4_0__outbox_tracing_span_context.sql", "V0_15_0__outbox_quarantine.sql");

    final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    /** Drops and creates the outbox in the database {@code name}. */
    TestOutbox(String name) throws Exception {
        dataSource.setUrl(SharedInfrastructure.database(name));
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS outbox_event; DROP FUNCTION IF EXISTS outbox_event_notify()");
            for (String script : MIGRATIONS) {
                try (InputStream migration = TestOutbox.class.getResourceAsStream("/db/platform/" + script)) {
                    statement.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Inserts one row, as OutboxWriter does (without its lock), and returns its id. */
    UUID insert(String aggregateType, String aggregateId, String json) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp) "
                        + "VALUES (?, ?, ?, 'io.adeplatform.test.probe.written.v1', CAST(? AS jsonb), ?)")) {
            insert.setObject(1, id);
            insert.setString(2, aggregateType);
            insert.setString(3, aggregateId);
            insert.setString(4, json);
            insert.setObject(5, OffsetDateTime.now());
            insert.executeUpdate();
        }
        return id;
    }

    long count(String where) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE " + where)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    long pending() throws Exception {
        return count("published_at IS NULL AND failed_at IS NULL");
    }
}
