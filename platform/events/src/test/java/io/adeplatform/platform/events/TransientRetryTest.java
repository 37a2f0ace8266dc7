package io.adeplatform.platform.events;

import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consumer's failure becomes: retried, rethrown for the dead-letter topic, or abandoned for the restart. */
class TransientRetryTest {

    /** Its own application state: stopping it must not stop an application another test runs in this JVM. */
    private final RetryState state = new RetryState(Duration.ofMillis(400));

    @Test
    void aTransientFailureIsRetriedUntilTheWorkSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        run(() -> {
            if (attempts.incrementAndGet() < 4) {
                throw new RuntimeException(new SQLTransientConnectionException("database gone"));
            }
        });
        assertThat(attempts).hasValue(4);
    }

    @Test
    void anyOtherFailureIsRethrownAtOnceForTheDeadLetterTopic() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException rule = new IllegalArgumentException("a rule that never passes");
        assertThatThrownBy(() -> run(() -> {
            attempts.incrementAndGet();
            throw rule;
        })).isSameAs(rule);
        assertThat(attempts).hasValue(1);
        assertThat(RetryAbandonedException.in(rule)).isFalse();
    }

    @Test
    void aFailureOnceTheShutdownBeganIsAbandonedNotDeadLettered() {
        // what Quarkus does to a record still in flight: the persistence unit is closed under it
        state.stop();
        IllegalStateException closed = new IllegalStateException("EntityManagerFactory is closed");
        assertThatThrownBy(() -> run(() -> {
            throw closed;
        })).isInstanceOf(RetryAbandonedException.class).hasCause(closed)
                .satisfies(abandoned -> assertThat(RetryAbandonedException.in(abandoned)).isTrue());
    }

    @Test
    void aTransientRetryEndsWhenTheShutdownBegins() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> run(() -> {
            if (attempts.incrementAndGet() == 2) {
                state.stop();
            }
            throw new RuntimeException(new SQLTransientConnectionException("database gone"));
        })).isInstanceOf(RetryAbandonedException.class);
        assertThat(attempts).hasValue(2);
    }

    private void run(Runnable work) {
        TransientRetry.run("test", work, state);
    }
}
