package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

import java.util.List;

public enum ContractStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SIGNED, ACTIVE, CLOSED;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    /**
     * The moves the state machine allows; anything else is a 409. A rejected contract stays rejected: what follows it
     * is a new revision, a new contract ({@link Contract#nextRevision}).
     */
    public boolean canMoveTo(ContractStatus target) {
        return switch (this) {
            case DRAFT -> target == PENDING_APPROVAL;
            case PENDING_APPROVAL -> target == APPROVED || target == REJECTED;
            case APPROVED -> target == SIGNED;
            case SIGNED -> target == ACTIVE;
            case ACTIVE -> target == CLOSED;
            case REJECTED, CLOSED -> false;
        };
    }

    /** Where a contract in this status may move (empty when the status is final). */
    public List<ContractStatus> allowedTargets() {
        return Transitions.allowedFrom(this, ContractStatus.class, ContractStatus::canMoveTo);
    }

    /** Until signature (and unless rejected) the compliance checklist can still be worked on. */
    public boolean checklistOpen() {
        return this == DRAFT || this == PENDING_APPROVAL || this == APPROVED;
    }
}
