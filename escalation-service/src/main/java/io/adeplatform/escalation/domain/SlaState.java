package io.adeplatform.escalation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Where a target stands: ok below 50 %, warning from 50 % (and again from 75 %), breached at 100 %. On the wire: lower-case with hyphens. */
public enum SlaState {
    OK,
    WARNING,
    BREACHED;

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
