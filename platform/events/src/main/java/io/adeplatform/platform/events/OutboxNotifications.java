package io.adeplatform.platform.events;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A dedicated connection that LISTENs on the outbox channel, so the relay wakes as soon as an event commits.
 * Any trouble with it only costs latency: the relay then falls back to polling.
 */
final class OutboxNotifications implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    private static final String CHANNEL = "outbox_event";

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private Connection connection;

    OutboxNotifications(String jdbcUrl, String username, String password) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    /** Returns when a notification arrives or the timeout passes, whichever comes first. */
    void await(Duration timeout) {
        try {
            PGConnection listener = listener();
            var notifications = listener.getNotifications((int) Math.max(1, timeout.toMillis()));
            if (notifications == null || notifications.length == 0) {
                return;
            }
        } catch (SQLException e) {
            LOG.debugf("outbox LISTEN connection failed (%s); polling instead", e.getMessage());
            close();
            Pause.sleep(timeout);
        }
    }

    private PGConnection listener() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl, username, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
            connection = null;
        }
    }
}
