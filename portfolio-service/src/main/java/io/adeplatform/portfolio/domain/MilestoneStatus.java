package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * Where a milestone stands.
 * JSON reads and writes the wire name (lower case with hyphens) through the platform's one enum mapping.
 */
public enum MilestoneStatus {
    PLANNED, ACHIEVED, ACCEPTED, WAIVED, REJECTED;

    /** The wire name, for messages that quote the value as clients see it. */
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
