package io.adeplatform.platform.events;

import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The platform's one retry policy for consumers: work that fails transiently (a lost connection, the database down,
 * a lock conflict, a serialization failure: {@link Failures}) is tried again, without limit, with backoff doubling from
 * 200 ms to at most {@code ade.consumer.retry-max-backoff} (10 s), so an outage of any length delays the record and never dead-letters it. Anything else is
 * rethrown at once: the channel's failure strategy ({@link DeadLetterStrategy}) moves the record to its dead-letter
 * topic and the partition goes on. When the service is shutting down the retry stops with
 * {@link RetryAbandonedException}, which is never dead-lettered: the offset stays uncommitted and the record comes
 * again after the restart; so does any failure once the shutdown has begun. Also for consumers of plain (non-CloudEvents) records, which have no inbox.
 */
public final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    /** After this many attempts a still-failing record is logged at WARN (once), then every tenth attempt. */
    private static final int WARN_AFTER = 5;

    private TransientRetry() {
    }

    /** Runs {@code work}, again while it fails transiently; {@code what} names it in the log. */
    public static void run(String what, Runnable work) {
        run(what, work, ConsumerRetries.state());
    }

    static void run(String what, Runnable work, RetryState state) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                if (attempt > 1) {
                    LOG.infof("%s succeeded at attempt %d", what, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (state.stopping()) {
                    // the shutdown closes the persistence unit under records still in flight ("EntityManagerFactory
                    // is closed"): such a failure says nothing about the record, which comes again after the restart
                    throw new RetryAbandonedException(what + ": failed while the service is shutting down", e);
                }
                if (!Failures.isTransient(e)) {
                    LOG.warnf("%s failed for good: %s", what, e);
                    throw e;
                }
                if (attempt >= WARN_AFTER && attempt % 10 == WARN_AFTER % 10) {
                    LOG.warnf("%s still failing transiently after %d attempts (%s); retrying every %d ms until it "
                            + "succeeds", what, attempt, e, backoff.toMillis());
                } else {
                    LOG.infof("%s failed transiently (%s), attempt %d; retrying in %d ms", what, e, attempt,
                            backoff.toMillis());
                }
                if (!state.pause(backoff)) {
                    throw new RetryAbandonedException(what + ": the service is shutting down", e);
                }
                Duration cap = state.maxBackoff();
                backoff = backoff.multipliedBy(2).compareTo(cap) > 0 ? cap : backoff.multipliedBy(2);
            }
        }
    }
}
