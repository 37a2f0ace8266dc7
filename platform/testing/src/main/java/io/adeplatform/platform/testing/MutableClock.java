package io.adeplatform.platform.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The application's {@link Clock} in every service's tests: real time until a test pins it ({@link #set}) or
 * freezes it ({@link #freeze}), then moving only when the test {@link #advance}s it; {@link #reset} returns to real
 * time. It replaces the platform's default clock bean for the whole test run.
 */
@Singleton
@Alternative
@Priority(1)
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void freeze() {
        fixed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public void advance(Duration duration) {
        fixed = instant().plus(duration);
    }

    public void reset() {
        fixed = null;
    }

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
        Instant pinned = fixed;
        return pinned != null ? pinned : Instant.now();
    }
}
