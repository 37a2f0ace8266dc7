package io.adeplatform.escalation.domain;

/** Whether an SLA timer is counting. On the wire: lower-case with hyphens. */
public enum TimerState {
    RUNNING,
    PAUSED,
    STOPPED
}
