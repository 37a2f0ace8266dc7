package io.adeplatform.billing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

public enum InvoiceStatus {
    DRAFT, ISSUED, PAID, OVERDUE, VOID;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static InvoiceStatus fromWire(String value) {
        return Wire.parse(InvoiceStatus.class, value);
    }

    /** Issued and not settled: payable, creditable, can turn overdue. */
    public boolean isOpen() {
        return this == ISSUED || this == OVERDUE;
    }

    public boolean countsAsBilled() {
        return this == ISSUED || this == PAID || this == OVERDUE;
    }
}
