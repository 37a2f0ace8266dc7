package io.adeplatform.platform.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void exactDecimalArithmeticInOneCurrency() {
        Money total = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));
        assertThat(total.amount()).isEqualByComparingTo("0.30");
        assertThat(Money.of("100.00", "USD").times(new BigDecimal("0.125")).rounded().amount()).isEqualByComparingTo("12.50");
        assertThat(Money.of("2.345", "USD").rounded().amount()).isEqualByComparingTo("2.34");
        assertThat(Money.of("5", "EUR").compareTo(Money.of("4.99", "EUR"))).isPositive();
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.slug()).isEqualTo("currency-mismatch"));
    }

    @Test
    void isoCurrenciesAreKnownAndAnAmountIsRequired() {
        assertThat(Money.isIsoCurrency("USD")).isTrue();
        assertThat(Money.isIsoCurrency("XXQ")).isFalse();
        assertThat(Money.isIsoCurrency("usd")).isFalse();
        assertThat(Money.of("1", "XXQ").isKnownCurrency()).isFalse();
        assertThat(new IsoCurrency.Check().isValid("XXQ", null)).isFalse();
        assertThat(new IsoCurrency.Check().isValid("EUR", null)).isTrue();
        assertThatThrownBy(() -> new Money(null, "USD")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("amount")));
    }

    @Test
    void amountsBeyondTheColumnAreARuleViolationNamingTheAmount() {
        assertThat(Money.storable("the total", Money.MAX_STORABLE)).isEqualTo(Money.MAX_STORABLE);
        assertThat(Money.of("-999999999999999.9999", "USD").storable("the total").amount()).isEqualByComparingTo("-999999999999999.9999");
        BigDecimal tooLarge = Money.MAX_STORABLE.multiply(new BigDecimal("24"));
        assertThatThrownBy(() -> Money.storable("the bill amount", tooLarge)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.slug()).isEqualTo("amount-out-of-range");
            assertThat(e.getMessage()).startsWith("the bill amount would be 23999999999999999.9976");
        });
        assertThatThrownBy(() -> Money.of("1000000000000000", "USD").storable("the total")).isInstanceOf(RuleViolation.class);
    }
}
