package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.WireEnums;

/** How bad an escalation is; it selects the SLA policy. On the wire: lower-case with hyphens. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    public String wireName() {
        return WireEnums.wireName(this);
    }
}
