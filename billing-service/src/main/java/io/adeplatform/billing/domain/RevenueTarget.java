package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The revenue a customer is to bring in one fiscal year, in one currency; replaced as a whole. */
@Entity
@Table(name = "revenue_target")
@IdClass(RevenueTarget.Key.class)
public class RevenueTarget {

    public record Key(UUID customerId, int fiscalYear) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public UUID customerId;

    @Id
    public int fiscalYear;

    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    @Version
    public long version;

    public String setBy;

    public OffsetDateTime setAt;

    public static RevenueTarget of(UUID customerId, int fiscalYear, Money target, String by, OffsetDateTime at) {
        RevenueTarget t = new RevenueTarget();
        t.customerId = customerId;
        t.fiscalYear = fiscalYear;
        t.replace(target, by, at);
        return t;
    }

    /** A positive amount in an ISO currency (422 otherwise), stored as given. */
    public void replace(Money target, String by, OffsetDateTime at) {
        if (!target.isKnownCurrency()) {
            throw new RuleViolation("unknown-currency", target.currency() + " is not an ISO 4217 currency");
        }
        if (target.amount().signum() <= 0) {
            throw new RuleViolation("non-positive-target", "a revenue target must be above zero");
        }
        amount = Money.storable("the target", target.amount());
        currency = target.currency();
        setBy = by;
        setAt = at;
    }

    public Money target() {
        return new Money(amount, currency);
    }
}
