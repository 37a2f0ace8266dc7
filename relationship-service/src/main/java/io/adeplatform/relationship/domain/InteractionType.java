package io.adeplatform.relationship.domain;

/** The kind of contact. */
public enum InteractionType {
    MEETING, EXECUTIVE_BRIEFING, QBR, STEERING_COMMITTEE, EMAIL, CALL
}
