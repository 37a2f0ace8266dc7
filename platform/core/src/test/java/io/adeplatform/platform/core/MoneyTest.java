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
        assertThat(Money.of("1", "XYZ").isKnownCurrency()).isFalse();
    }
}
