package io.adeplatform.escalation.domain;

/** Who may read a timeline entry: internal work notes, or customer-visible entries (the only ones a customer-facing client may show). On the wire: lower-case with hyphens. */
public enum Visibility {
    INTERNAL,
    CUSTOMER
}
