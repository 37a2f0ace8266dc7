package io.adeplatform.escalation.domain;

/** What an escalation is about. On the wire: lower-case with hyphens. */
public enum Category {
    DELIVERY,
    QUALITY,
    COMMERCIAL,
    TECHNICAL,
    CONSUMPTION
}
