package io.adeplatform.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The state {@link TransientRetry} (static, so plain consumers can use it too) needs from the application: the
 * backoff cap ({@code ade.consumer.retry-max-backoff}, 10 s) and whether the service is stopping, so a record retried
 * without limit does not hold up the shutdown: its retry ends at once ({@link RetryAbandonedException}) and the record
 * is left uncommitted. Reset at every start (tests start several applications in one JVM).
 */
@ApplicationScoped
public class ConsumerRetries {

    private static volatile CountDownLatch stopping = new CountDownLatch(1);
    private static volatile Duration maxBackoff = Duration.ofSeconds(10);

    @ConfigProperty(name = "ade.consumer.retry-max-backoff", defaultValue = "10s")
    Duration configuredMaxBackoff;

    void onStart(@Observes StartupEvent event) {
        started(configuredMaxBackoff);
    }

    /** First of the shutdown observers, before the messaging connectors wait for in-flight records. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopped();
    }

    static void started(Duration backoffCap) {
        maxBackoff = backoffCap;
        stopping = new CountDownLatch(1);
    }

    static void stopped() {
        stopping.countDown();
    }

    static Duration maxBackoff() {
        return maxBackoff;
    }

    /** True once the service began stopping. */
    static boolean stopping() {
        return stopping.getCount() == 0;
    }

    /** Waits the backoff; false when the service began stopping (or the thread was interrupted) meanwhile. */
    static boolean pause(Duration backoff) {
        try {
            return !stopping.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
