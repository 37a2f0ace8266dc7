package io.adeplatform.portfolio.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Where a RAID entry stands. Wire names are lower case with hyphens; Jackson reads them back through the same @JsonValue. */
public enum RaidStatus {
    OPEN, IN_PROGRESS, CLOSED;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
