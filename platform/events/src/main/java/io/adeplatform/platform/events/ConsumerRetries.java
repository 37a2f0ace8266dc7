package io.adeplatform.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The state {@link TransientRetry} (static, so plain consumers can use it too) needs from the application: the
 * backoff cap ({@code ade.consumer.retry-max-backoff}, 10 s) and whether the service is stopping, so a record retried
 * without limit does not hold up the shutdown: its retry ends at once ({@link RetryAbandonedException}) and the record
 * is left uncommitted. Reset at every start (tests start several applications in one JVM).
 */
@ApplicationScoped
public class ConsumerRetries {

    private static volatile RetryState state = new RetryState(Duration.ofSeconds(10));

    @ConfigProperty(name = "ade.consumer.retry-max-backoff", defaultValue = "10s")
    Duration configuredMaxBackoff;

    void onStart(@Observes StartupEvent event) {
        state = new RetryState(configuredMaxBackoff);
    }

    /** First of the shutdown observers, before the messaging connectors wait for in-flight records. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        state.stop();
    }

    /** The running application's state. */
    static RetryState state() {
        return state;
    }
}
