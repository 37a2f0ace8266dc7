package io.adeplatform.portfolio.domain.staffing;

import io.adeplatform.platform.core.WireEnums;

/** Where a resource request stands; JSON reads and writes the wire name (lower case with hyphens). */
public enum RequestStatus {
    DRAFT, SUBMITTED, PARTIALLY_FILLED, FILLED, CANCELLED;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** Still wanting people: neither filled nor cancelled. */
    public boolean isUnfilled() {
        return this == DRAFT || this == SUBMITTED || this == PARTIALLY_FILLED;
    }

    /** People may be assigned once it is submitted, until it is filled or cancelled. */
    public boolean isAssignable() {
        return this == SUBMITTED || this == PARTIALLY_FILLED;
    }
}
