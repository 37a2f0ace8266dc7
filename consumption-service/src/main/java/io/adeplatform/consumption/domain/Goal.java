package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/** A customer's consumption target for one calendar month ({@code month} is the first day of that month). */
@Entity
@Table(name = "consumption_goal")
public class Goal extends CustomerRecord {

    public LocalDate month;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(columnDefinition = "bpchar")
    public String currency;

    public static Goal create(UUID customerId, YearMonth month, Money target, OffsetDateTime now, String creator) {
        Goal goal = new Goal();
        goal.created(customerId, now, creator);
        goal.month = month.atDay(1);
        goal.changeTarget(target);
        return goal;
    }

    public void changeTarget(Money target) {
        PositiveAmount.require(target, "target");
        amount = target.amount();
        currency = target.currency();
    }

    public String currencyCode() {
        return currency.strip();
    }

    public Money target() {
        return new Money(amount, currencyCode());
    }
}
