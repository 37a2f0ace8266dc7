package io.adeplatform.relationship.domain;

/** The cadence item a cadence pack was rendered for (the kinds of the cadence to-do list). */
public enum PackCadenceKind {
    QBR, EXECUTIVE_BRIEFING, STEERING_COMMITTEE
}
