package io.adeplatform.billing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

public enum Decision {
    APPROVED, REJECTED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static Decision fromWire(String value) {
        return Wire.parse(Decision.class, value);
    }
}
