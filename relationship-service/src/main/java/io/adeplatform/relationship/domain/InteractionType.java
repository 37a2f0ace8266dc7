package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** The kind of contact. On the wire lower-case with hyphens (JSON input accepts the same form). */
public enum InteractionType {
    MEETING, EXECUTIVE_BRIEFING, QBR, STEERING_COMMITTEE, EMAIL, CALL;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
