package io.adeplatform.escalation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** What an escalation is about. On the wire: lower-case with hyphens. */
public enum Category {
    DELIVERY,
    QUALITY,
    COMMERCIAL,
    TECHNICAL,
    CONSUMPTION;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** The wire name, so messages (e.g. the allowed values of a 400) read as clients write them. */
    @Override
    public String toString() {
        return wireName();
    }
}
