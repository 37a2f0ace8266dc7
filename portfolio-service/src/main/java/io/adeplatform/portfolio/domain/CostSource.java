package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.WireEnums;

/** Where an actual cost came from: recorded through the API, or an approved time entry of billing-service. */
public enum CostSource {
    MANUAL, BILLING_TIME_ENTRY;

    public String wireName() {
        return WireEnums.wireName(this);
    }
}
