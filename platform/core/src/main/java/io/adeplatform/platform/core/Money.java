package io.adeplatform.platform.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact decimal amount in an ISO 4217 currency, as every API of the platform writes money:
 * {@code {"amount": 1250000.00, "currency": "USD"}}. Never floating point. Arithmetic refuses to mix currencies.
 */
public record Money(
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(2), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Rounded to the currency's minor unit (cents for USD), half-even as accounting does. */
    public Money rounded() {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @JsonIgnore // a check, not part of the money's JSON
    public boolean isKnownCurrency() {
        try {
            Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new RuleViolation("currency-mismatch", "cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }
}
