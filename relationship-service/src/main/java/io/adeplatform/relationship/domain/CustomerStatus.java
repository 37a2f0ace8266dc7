package io.adeplatform.relationship.domain;

/** Active customers can be changed; archived ones are read-only. */
public enum CustomerStatus {
    ACTIVE, ARCHIVED
}
