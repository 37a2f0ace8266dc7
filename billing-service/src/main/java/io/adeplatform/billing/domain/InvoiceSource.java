package io.adeplatform.billing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

public enum InvoiceSource {
    MILESTONE, SCHEDULE, TIME;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static InvoiceSource fromWire(String value) {
        return Wire.parse(InvoiceSource.class, value);
    }
}
