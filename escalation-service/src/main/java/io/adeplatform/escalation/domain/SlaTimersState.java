package io.adeplatform.escalation.domain;

/**
 * Where a person moves an escalation's SLA timers (both at once): paused (e.g. waiting for the customer) or running
 * again. Each target's own {@link TimerState} adds stopped, which only the status machine sets.
 */
public enum SlaTimersState {
    RUNNING,
    PAUSED
}
