package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Where an account-plan initiative stands. On the wire lower-case with hyphens (JSON input accepts the same form). */
public enum InitiativeStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
