package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/** The severity escalation-service gives an escalation (its wire names: critical, high, medium, low). */
public enum EscalationSeverity {
    CRITICAL, HIGH, MEDIUM, LOW;

    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** Critical and high escalations rate a dimension red, medium and low amber. */
    public boolean isSevere() {
        return this == CRITICAL || this == HIGH;
    }
}
