package io.adeplatform.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The outbox as metrics and health see it: pending rows, when the oldest of them was written, quarantined rows.
 * One query on partial indexes, cached for a few seconds, so scrapes and health calls cost the database little.
 */
@ApplicationScoped
public class OutboxStatistics {

    private static final Logger LOG = Logger.getLogger(OutboxStatistics.class);
    static final Duration CACHE = Duration.ofSeconds(5);

    @Inject
    DataSource dataSource;

    private volatile Snapshot last;
    private volatile Instant lastRead = Instant.MIN;

    /** The outbox a few seconds ago at most; empty while the database cannot be read. */
    public Optional<Snapshot> current() {
        if (Instant.now().isAfter(lastRead.plus(CACHE))) {
            refresh();
        }
        return Optional.ofNullable(last);
    }

    private synchronized void refresh() {
        if (!Instant.now().isAfter(lastRead.plus(CACHE))) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            last = OutboxStore.statistics(connection);
        } catch (Exception e) {
            LOG.debugf("cannot read outbox statistics (%s)", e.getMessage());
            last = null; // unknown rather than stale
        }
        lastRead = Instant.now();
    }

    /**
     * @param oldestPendingWrittenAt when the oldest pending row was written, null when none is pending
     */
    public record Snapshot(long pending, OffsetDateTime oldestPendingWrittenAt, long quarantined) {

        /** How long the oldest pending row has waited by now; zero when nothing is pending. */
        public Duration oldestPendingAge(Instant now) {
            if (oldestPendingWrittenAt == null) {
                return Duration.ZERO;
            }
            Duration age = Duration.between(oldestPendingWrittenAt.toInstant(), now);
            return age.isNegative() ? Duration.ZERO : age;
        }
    }
}
