package io.adeplatform.platform.events;

import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The platform's one retry policy for consumers: work that fails transiently (a lost connection, a lock conflict, a
 * serialization failure: {@link Failures}) is tried again with backoff; anything else, or retries used up, is rethrown
 * at once, so the Kafka connector's dead-letter-queue strategy moves the record to {@code <topic>.<consumer>.dlq} and
 * the partition goes on. Also for consumers of plain (non-CloudEvents) records, which have no inbox.
 */
public final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);
    /** About a minute of retries (backoff doubling to 10 s) rides out a database failover or restart. */
    private static final int MAX_ATTEMPTS = 10;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private TransientRetry() {
    }

    /** Runs {@code work}, again while it fails transiently; {@code what} names it in the log. */
    public static void run(String what, Runnable work) {
        Duration backoff = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) || attempt == MAX_ATTEMPTS) {
                    LOG.warnf("%s failed for good: %s", what, e);
                    throw e;
                }
                LOG.infof("%s failed (%s), attempt %d of %d", what, e, attempt, MAX_ATTEMPTS);
                Pause.sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
