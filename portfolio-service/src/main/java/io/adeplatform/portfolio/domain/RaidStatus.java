package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * Where a RAID entry stands.
 * JSON reads and writes the wire name (lower case with hyphens) through the platform's one enum mapping.
 */
public enum RaidStatus {
    OPEN, IN_PROGRESS, CLOSED;

    /** The wire name, for messages that quote the value as clients see it. */
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
