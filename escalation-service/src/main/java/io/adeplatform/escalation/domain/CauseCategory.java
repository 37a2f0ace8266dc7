package io.adeplatform.escalation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** The root-cause category a resolution names. On the wire: lower-case with hyphens. */
public enum CauseCategory {
    PROCESS,
    PEOPLE,
    TECHNOLOGY,
    THIRD_PARTY,
    REQUIREMENTS,
    CAPACITY,
    COMMUNICATION,
    CUSTOMER_ENVIRONMENT,
    OTHER;

    @JsonValue
    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** The wire name, so messages (e.g. the allowed values of a 400) read as clients write them. */
    @Override
    public String toString() {
        return wireName();
    }
}
