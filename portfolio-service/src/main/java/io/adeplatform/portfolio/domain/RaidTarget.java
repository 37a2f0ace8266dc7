package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/**
 * Where a RAID entry's transition goes: a status ({@code open}, {@code in-progress}, {@code closed}), or
 * {@code issue}, which turns an open risk into an issue (the risk materialised; the status stays).
 * JSON reads and writes the wire name (lower case with hyphens) through the platform's one enum mapping.
 */
public enum RaidTarget {
    OPEN(RaidStatus.OPEN), IN_PROGRESS(RaidStatus.IN_PROGRESS), CLOSED(RaidStatus.CLOSED), ISSUE(null);

    /** The status this target sets; null for {@code issue}, which changes the type. */
    final RaidStatus status;

    RaidTarget(RaidStatus status) {
        this.status = status;
    }

    public String wireName() {
        return WireEnums.wireName(this);
    }
}
