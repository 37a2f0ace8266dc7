package io.adeplatform.escalation.domain;

/** The two SLA targets of an escalation. On the wire: lower-case with hyphens. */
public enum SlaTarget {
    ACKNOWLEDGE,
    RESOLVE
}
