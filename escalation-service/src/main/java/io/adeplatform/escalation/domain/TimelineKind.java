package io.adeplatform.escalation.domain;

/** What a timeline entry records. On the wire: lower-case with hyphens. */
public enum TimelineKind {
    OPENED,
    UPDATE,
    STATUS_CHANGE,
    LEVEL_CHANGE,
    SLA_EVENT,
    SIGNAL
}
