package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * The kinds of RAID log entries.
 * JSON reads and writes the wire name (lower case with hyphens) through the platform's one enum mapping.
 */
public enum RaidType {
    RISK, ASSUMPTION, ISSUE, DEPENDENCY, DECISION, ACTION;

    /** The wire name, for messages that quote the value as clients see it. */
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
