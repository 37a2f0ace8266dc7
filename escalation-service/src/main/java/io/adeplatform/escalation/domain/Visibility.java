package io.adeplatform.escalation.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import io.adeplatform.platform.core.WireEnums;

/** Who may read a timeline entry: internal work notes, or customer-visible entries (the only ones a customer-facing client may show). On the wire: lower-case with hyphens. */
public enum Visibility {
    INTERNAL,
    CUSTOMER;

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
