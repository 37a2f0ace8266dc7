package io.adeplatform.platform.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * An exact decimal amount in an ISO 4217 currency, as every API of the platform writes money:
 * {@code {"amount": 1250000.00, "currency": "USD"}}. Never floating point. Arithmetic refuses to mix currencies.
 */
public record Money(
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotNull @IsoCurrency String currency) {

    /** The largest amount a {@code numeric(19,4)} column (every money column of the platform) holds. */
    public static final BigDecimal MAX_STORABLE = new BigDecimal("999999999999999.9999");
    public static final String CURRENCY_MESSAGE = "must be an ISO 4217 code such as USD";

    /**
     * A money value is never without amount or currency (in a JSON body: a 400 naming the member). Whether the
     * currency is a real one is checked by Bean Validation ({@link IsoCurrency}), so a request's other field errors
     * are reported with it.
     */
    public Money {
        if (amount == null) {
            throw InvalidInput.field("amount", "must not be null");
        }
        if (currency == null) {
            throw InvalidInput.field("currency", "must not be null");
        }
    }

    /** True for an ISO 4217 code the JDK knows ({@code USD}); {@code XXQ} or {@code usd} are not. */
    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The amount, when a {@code numeric(19,4)} column can hold it; otherwise a {@link RuleViolation}
     * ({@code amount-out-of-range}, 422) naming {@code what}. Called where computed amounts (products, sums) are
     * stored, so an overflow is the client's answer and not a database error.
     */
    public static BigDecimal storable(String what, BigDecimal amount) {
        if (amount != null && amount.abs().compareTo(MAX_STORABLE) > 0) {
            throw new RuleViolation("amount-out-of-range", what + " would be " + amount.stripTrailingZeros().toPlainString()
                    + ", beyond the largest amount that can be stored (" + MAX_STORABLE.toPlainString() + ")",
                    Map.of("amount", what));
        }
        return amount;
    }

    /** This money, when it can be stored ({@link #storable(String, BigDecimal)}). */
    public Money storable(String what) {
        storable(what, amount);
        return this;
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
        return isIsoCurrency(currency);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new RuleViolation("currency-mismatch", "cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }
}
