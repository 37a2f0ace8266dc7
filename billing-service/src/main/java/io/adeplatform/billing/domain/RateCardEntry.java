package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** What an hour of a role is billed at, and what it costs us. */
@Embeddable
public class RateCardEntry {

    @Column(nullable = false)
    public String role;

    @Column(name = "bill_rate", nullable = false)
    public BigDecimal billRate;

    @Column(name = "cost_rate", nullable = false)
    public BigDecimal costRate;

    protected RateCardEntry() {
    }

    public RateCardEntry(String role, BigDecimal billRate, BigDecimal costRate) {
        this.role = role;
        this.billRate = billRate;
        this.costRate = costRate;
    }
}
