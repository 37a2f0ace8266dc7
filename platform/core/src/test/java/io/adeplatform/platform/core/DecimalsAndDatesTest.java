package io.adeplatform.platform.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsAndDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1E-999999999", "1e999999999", "1E-100", "NaN", "Infinity", "0x10", "1,5", "", " ", "--1",
            "1.2.3", "12345678901234567890123456789012345678901234567890"})
    void refusesWhatIsNotABoundedPlainDecimal(String text) {
        assertThat(Decimals.parse(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-12.50", "+3", ".5", "1.", "1.5E+3", "2e-4", "123456789012345.1234", " 42 "})
    void acceptsPlainDecimalsAndShortExponents(String text) {
        assertThat(Decimals.parse(text)).as(text).isPresent();
    }

    @Test
    void datesOutsideTheDocumentedRangeAreRefused() {
        assertThat(Dates.inRange(LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(Dates.inRange(Dates.EARLIEST)).isTrue();
        assertThat(Dates.inRange(Dates.LATEST)).isTrue();
        assertThat(Dates.inRange(LocalDate.of(0, 1, 1))).isFalse();
        assertThat(Dates.inRange(LocalDate.MAX)).isFalse();
        assertThat(Dates.inRange(Dates.LATEST.plusDays(1))).isFalse();
    }
}
