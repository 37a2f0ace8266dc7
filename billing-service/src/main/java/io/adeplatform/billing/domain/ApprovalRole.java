package io.adeplatform.billing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

public enum ApprovalRole {
    FINANCE, EXECUTIVE;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static ApprovalRole fromWire(String value) {
        return Wire.parse(ApprovalRole.class, value);
    }
}
