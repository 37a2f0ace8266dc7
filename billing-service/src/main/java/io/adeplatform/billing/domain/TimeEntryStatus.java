package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

import java.util.List;

/** A time entry is recorded, then approved (recognized as revenue, invoiceable); approval is its only move. */
public enum TimeEntryStatus {
    RECORDED, APPROVED;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    public boolean canMoveTo(TimeEntryStatus target) {
        return this == RECORDED && target == APPROVED;
    }

    /** Where an entry in this status may move (empty once approved). */
    public List<TimeEntryStatus> allowedTargets() {
        return Transitions.allowedFrom(this, TimeEntryStatus.class, TimeEntryStatus::canMoveTo);
    }
}
