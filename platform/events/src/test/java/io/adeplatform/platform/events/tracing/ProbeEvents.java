package io.adeplatform.platform.events.tracing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** What the consumer tests of the probe application share: its topic, event type, dead letters and inbox. */
final class ProbeEvents {

    static final String TOPIC = "eventstest.probe.events";
    /** {@code <topic>.<consumer group>.dlq}, the group being {@code events-test.probe-events}. */
    static final String DEAD_LETTERS = TOPIC + ".events-test.probe-events.dlq";
    static final String TYPE = "io.adeplatform.eventstest.probe.written.v1";
    /** The probe application publishes its own domain's topic. */
    static final String SOURCE = "/events-test";

    private ProbeEvents() {
    }

    static String payload(String key, String name) {
        return "{\"probeId\": \"" + key + "\", \"name\": \"" + name + "\"}";
    }

    /** The inbox rows of one event: 1 once applied, whatever the redeliveries. */
    static int inboxRows(DataSource dataSource, UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM inbox_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
