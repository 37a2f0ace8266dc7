package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.WireEnums;

/** Who raised an escalation: the customer, someone internal, or the system from another service's event. On the wire: lower-case with hyphens. */
public enum Source {
    CUSTOMER,
    INTERNAL,
    SYSTEM;

    public String wireName() {
        return WireEnums.wireName(this);
    }
}
