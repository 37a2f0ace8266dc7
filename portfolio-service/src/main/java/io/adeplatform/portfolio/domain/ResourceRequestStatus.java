package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * Where a resource request (staffing, {@code domain.staffing.PlannedRole}) stands; JSON reads and writes the wire name
 * (lower case with hyphens). It sits in {@code domain} itself because the platform's OpenAPI filter (WireEnumSchemas)
 * finds enums only in a service's top-level domain, api and events packages.
 */
public enum ResourceRequestStatus {
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
