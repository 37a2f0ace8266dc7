package io.adeplatform.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** What the relay thread is doing, for the health check: written by the relay, read by anyone. */
@ApplicationScoped
public class RelayStatus {

    public enum State { STARTING, RUNNING, BACKING_OFF, STOPPED, DISABLED }

    private volatile State state = State.STARTING;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastPublishedAt;

    public State state() {
        return state;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    void running() {
        state = State.RUNNING;
    }

    void published() {
        lastPublishedAt = Instant.now();
        state = State.RUNNING;
    }

    void failed(Throwable error) {
        lastError = String.valueOf(error);
        lastErrorAt = Instant.now();
        state = State.BACKING_OFF;
    }

    void stopped() {
        state = State.STOPPED;
    }

    void disabled() {
        state = State.DISABLED;
    }
}
