package io.adeplatform.relationship.domain;

/** Where an account-plan objective stands. */
public enum ObjectiveStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, ACHIEVED, DROPPED
}
