package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Where an account-plan objective stands. On the wire lower-case with hyphens (JSON input accepts the same form). */
public enum ObjectiveStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, ACHIEVED, DROPPED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
