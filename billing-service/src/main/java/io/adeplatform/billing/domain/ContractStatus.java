package io.adeplatform.billing.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

public enum ContractStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, SIGNED, ACTIVE, CLOSED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    @JsonCreator
    public static ContractStatus fromWire(String value) {
        return Wire.parse(ContractStatus.class, value);
    }

    /** The moves the state machine allows; anything else is a 409. */
    public boolean canMoveTo(ContractStatus target) {
        return switch (this) {
            case DRAFT -> target == PENDING_APPROVAL;
            case PENDING_APPROVAL -> target == APPROVED || target == DRAFT;
            case APPROVED -> target == SIGNED;
            case SIGNED -> target == ACTIVE;
            case ACTIVE -> target == CLOSED;
            case CLOSED -> false;
        };
    }
}
