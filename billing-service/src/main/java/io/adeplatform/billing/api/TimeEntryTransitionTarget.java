package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.TimeEntryStatus;

/** The status a client may ask a time entry to move to: approved, its only move. */
public enum TimeEntryTransitionTarget {
    APPROVED;

    TimeEntryStatus status() {
        return TimeEntryStatus.valueOf(name());
    }
}
