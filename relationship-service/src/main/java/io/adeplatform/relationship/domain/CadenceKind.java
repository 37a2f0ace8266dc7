package io.adeplatform.relationship.domain;

/**
 * The executive meetings a customer's cadence policy asks for (issue 21); steering committees are per engagement.
 * In domain itself, where the platform's OpenAPI filter finds enums to write their wire names.
 */
public enum CadenceKind {
    QBR, EXECUTIVE_BRIEFING, STEERING_COMMITTEE
}
