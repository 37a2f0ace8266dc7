package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** How a stakeholder stands towards us, best first. On the wire lower-case with hyphens (JSON input accepts the same form). */
public enum Stance {
    CHAMPION, SUPPORTER, NEUTRAL, SKEPTIC, DETRACTOR;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
