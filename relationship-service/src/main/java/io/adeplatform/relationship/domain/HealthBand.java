package io.adeplatform.relationship.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Relationship health band: red below 50, amber below 75, green from 75. On the wire lower-case with hyphens (JSON input accepts the same form). */
public enum HealthBand {
    RED, AMBER, GREEN;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
