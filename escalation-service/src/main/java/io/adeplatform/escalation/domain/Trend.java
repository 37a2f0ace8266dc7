package io.adeplatform.escalation.domain;

/** How an escalation is developing, as its latest update judged it. On the wire: lower-case with hyphens. */
public enum Trend {
    IMPROVING,
    SAME,
    DECLINING
}
