package io.adeplatform.escalation.domain;

/** Where a target stands: ok below 50 %, warning from 50 % (and again from 75 %), breached at 100 %. On the wire: lower-case with hyphens. */
public enum SlaState {
    OK,
    WARNING,
    BREACHED
}
