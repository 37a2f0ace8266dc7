package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples computed by hand (figures in the comments). */
class EarnedValueTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void halfwayThroughTheDatesFortyPercentDoneAndFiftyThousandSpent() {
        // 2026-01-01 .. 2026-12-31 = 364 days; 2026-07-02 is day 182 → planned 50 %
        // BAC 100,000; PV = 100,000 × 182/364 = 50,000.00; EV = 40 % × 100,000 = 40,000.00; AC = 50,000.00
        // CV = 40,000 − 50,000 = −10,000; SV = 40,000 − 50,000 = −10,000; CPI = 0.8; SPI = 0.8
        // EAC = 100,000 / 0.8 = 125,000; ETC = 125,000 − 50,000 = 75,000; VAC = 100,000 − 125,000 = −25,000
        EarnedValue.Figures f = EarnedValue.compute(usd("100000"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"), LocalDate.parse("2026-07-02"), new BigDecimal("40"), usd("50000"));
        assertThat(f.pv()).isEqualTo(usd("50000.00"));
        assertThat(f.ev()).isEqualTo(usd("40000.00"));
        assertThat(f.ac()).isEqualTo(usd("50000.00"));
        assertThat(f.cv()).isEqualTo(usd("-10000.00"));
        assertThat(f.sv()).isEqualTo(usd("-10000.00"));
        assertThat(f.cpi()).isEqualByComparingTo("0.8");
        assertThat(f.spi()).isEqualByComparingTo("0.8");
        assertThat(f.eac()).isEqualTo(usd("125000.00"));
        assertThat(f.etc()).isEqualTo(usd("75000.00"));
        assertThat(f.vac()).isEqualTo(usd("-25000.00"));
        assertThat(f.plannedPercent()).isEqualByComparingTo("50");
    }

    @Test
    void exactDecimalsWithRounding() {
        // 30-day engagement, day 10: PV = 90,000 × 10/30 = 30,000.00
        // EV = 33.33 % × 90,000 = 29,997.00; AC = 31,000.00; CV = −1,003.00; SV = −3.00
        // CPI = 29,997 / 31,000 = 0.96764… → 0.9676; SPI = 29,997 / 30,000 = 0.9999
        // EAC = 90,000 × 31,000 / 29,997 = 93,009.3009… → 93,009.30; ETC = 62,009.30; VAC = −3,009.30
        EarnedValue.Figures f = EarnedValue.compute(usd("90000"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31"), LocalDate.parse("2026-01-11"), new BigDecimal("33.33"), usd("31000"));
        assertThat(f.pv()).isEqualTo(usd("30000.00"));
        assertThat(f.ev()).isEqualTo(usd("29997.00"));
        assertThat(f.cv()).isEqualTo(usd("-1003.00"));
        assertThat(f.sv()).isEqualTo(usd("-3.00"));
        assertThat(f.cpi()).isEqualTo(new BigDecimal("0.9676"));
        assertThat(f.spi()).isEqualTo(new BigDecimal("0.9999"));
        assertThat(f.eac()).isEqualTo(usd("93009.30"));
        assertThat(f.etc()).isEqualTo(usd("62009.30"));
        assertThat(f.vac()).isEqualTo(usd("-3009.30"));
    }

    @Test
    void beforeTheStartNothingIsPlannedAndNothingSpentKeepsEacAtBudget() {
        EarnedValue.Figures f = EarnedValue.compute(usd("500000"), LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-09-01"), LocalDate.parse("2026-02-01"), BigDecimal.ZERO, Money.zero("USD"));
        assertThat(f.pv()).isEqualTo(usd("0.00"));
        assertThat(f.spi()).isNull();
        assertThat(f.cpi()).isNull();
        assertThat(f.eac()).isEqualTo(usd("500000.00"));
        assertThat(f.etc()).isEqualTo(usd("500000.00"));
        assertThat(f.vac()).isEqualTo(usd("0.00"));
    }

    @Test
    void afterTheEndEverythingIsPlannedAndSpendingWithoutProgressHasNoEstimate() {
        // PV = BAC after the end date; EV = 0, AC = 1,000 → CPI 0, EAC unbounded (null)
        EarnedValue.Figures f = EarnedValue.compute(usd("80000"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-06-30"), LocalDate.parse("2026-08-01"), BigDecimal.ZERO, usd("1000"));
        assertThat(f.pv()).isEqualTo(usd("80000.00"));
        assertThat(f.spi()).isEqualByComparingTo("0");
        assertThat(f.cpi()).isEqualByComparingTo("0");
        assertThat(f.eac()).isNull();
        assertThat(f.etc()).isNull();
        assertThat(f.vac()).isNull();
        assertThat(f.plannedPercent()).isEqualByComparingTo("100");
    }
}
