package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** What an hour of a role is billed at, and what it costs us. */
@Embeddable
public class RateCardEntry {

    public String role;

    public BigDecimal billRate;

    public BigDecimal costRate;

    protected RateCardEntry() {
    }

    public RateCardEntry(String role, BigDecimal billRate, BigDecimal costRate) {
        this.role = role;
        this.billRate = billRate;
        this.costRate = costRate;
    }
}
