package io.adeplatform.relationship.domain;

/** Where an account-plan initiative stands. */
public enum InitiativeStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
