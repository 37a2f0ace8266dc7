package io.adeplatform.escalation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Who raised an escalation: the customer, someone internal, or the system from another service's event. On the wire: lower-case with hyphens. */
public enum Source {
    CUSTOMER,
    INTERNAL,
    SYSTEM;

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
