package io.adeplatform.platform.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consumer's failure becomes: retried, rethrown for the dead-letter topic, or abandoned for the restart. */
class TransientRetryTest {

    @BeforeEach
    void start() {
        ConsumerRetries.started(Duration.ofMillis(400));
    }

    @AfterEach
    void restart() {
        ConsumerRetries.started(Duration.ofSeconds(10));
    }

    @Test
    void aTransientFailureIsRetriedUntilTheWorkSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        TransientRetry.run("test", () -> {
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
        assertThatThrownBy(() -> TransientRetry.run("test", () -> {
            attempts.incrementAndGet();
            throw rule;
        })).isSameAs(rule);
        assertThat(attempts).hasValue(1);
        assertThat(RetryAbandonedException.in(rule)).isFalse();
    }

    @Test
    void aFailureOnceTheShutdownBeganIsAbandonedNotDeadLettered() {
        // what Quarkus does to a record still in flight: the persistence unit is closed under it
        ConsumerRetries.stopped();
        IllegalStateException closed = new IllegalStateException("EntityManagerFactory is closed");
        assertThatThrownBy(() -> TransientRetry.run("test", () -> {
            throw closed;
        })).isInstanceOf(RetryAbandonedException.class).hasCause(closed)
                .satisfies(abandoned -> assertThat(RetryAbandonedException.in(abandoned)).isTrue());
    }

    @Test
    void aTransientRetryEndsWhenTheShutdownBegins() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientRetry.run("test", () -> {
            if (attempts.incrementAndGet() == 2) {
                ConsumerRetries.stopped();
            }
            throw new RuntimeException(new SQLTransientConnectionException("database gone"));
        })).isInstanceOf(RetryAbandonedException.class);
        assertThat(attempts).hasValue(2);
    }
}
