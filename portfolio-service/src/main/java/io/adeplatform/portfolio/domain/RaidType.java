package io.adeplatform.portfolio.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** The kinds of RAID log entries. Wire names are lower case with hyphens; Jackson reads them back through the same @JsonValue. */
public enum RaidType {
    RISK, ASSUMPTION, ISSUE, DEPENDENCY, DECISION, ACTION;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }
}
