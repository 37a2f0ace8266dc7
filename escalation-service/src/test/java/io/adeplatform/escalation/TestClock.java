package io.adeplatform.escalation;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's Clock in tests: real time until a test freezes it, then only moving when the test advances it. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant frozen;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Instant.now();
    }

    public void freeze() {
        frozen = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public void advance(Duration duration) {
        frozen = instant().plus(duration);
    }

    /** Back to real time; call in a finally block. */
    public void release() {
        frozen = null;
    }
}
