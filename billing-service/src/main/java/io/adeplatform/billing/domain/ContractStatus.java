package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

public enum ContractStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, SIGNED, ACTIVE, CLOSED;

    public String wireName() {
        return WireEnums.wireName(this);
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
