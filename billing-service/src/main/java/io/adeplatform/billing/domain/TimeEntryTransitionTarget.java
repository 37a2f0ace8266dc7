package io.adeplatform.billing.domain;

/** The status a client may ask a time entry to move to: approved, its only move. */
public enum TimeEntryTransitionTarget {
    APPROVED;

    public TimeEntryStatus status() {
        return TimeEntryStatus.valueOf(name());
    }
}
