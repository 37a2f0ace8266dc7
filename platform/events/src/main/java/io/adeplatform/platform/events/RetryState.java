package io.adeplatform.platform.events;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a {@link TransientRetry} needs to know of its application: the backoff cap and whether the application began
 * stopping. One per application start ({@link ConsumerRetries}); a test builds its own, so it never stops the retries
 * of an application running in the same JVM.
 */
final class RetryState {

    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Duration maxBackoff;

    RetryState(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    Duration maxBackoff() {
        return maxBackoff;
    }

    void stop() {
        stopping.countDown();
    }

    boolean stopping() {
        return stopping.getCount() == 0;
    }

    /** Waits the backoff; false when the application began stopping (or the thread was interrupted) meanwhile. */
    boolean pause(Duration backoff) {
        try {
            return !stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
