package io.adeplatform.billing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

public enum BillingMethod {
    TIME_AND_MATERIALS, FIXED_FEE, MILESTONE;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static BillingMethod fromWire(String value) {
        return Wire.parse(BillingMethod.class, value);
    }
}
