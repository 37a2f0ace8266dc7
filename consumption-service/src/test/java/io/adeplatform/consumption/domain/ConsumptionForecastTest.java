package io.adeplatform.consumption.domain;

import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.domain.ConsumptionForecast.MonthOutlook;
import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumptionForecastTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void monthEndForecastAndGapToGoal() {
        // as of 20 June: 10 days left. MTD 2,000; last 7 days 700 -> 100/day; last 30 days 2,500 -> 83.33/day.
        // forecast = 2,000 + 100 x 10 = 3,000; goal 3,500 -> gap 500 (short).
        MonthOutlook month = ConsumptionForecast.month(LocalDate.of(2026, 6, 20), "USD",
                new BigDecimal("2000"), new BigDecimal("700"), new BigDecimal("2500"), usd("3500"));
        assertThat(month.daysLeft()).isEqualTo(10);
        assertThat(month.runRate7()).isEqualTo(usd("100.00"));
        assertThat(month.runRate30()).isEqualTo(usd("83.33"));
        assertThat(month.forecast()).isEqualTo(usd("3000.00"));
        assertThat(month.gapToGoal()).isEqualTo(usd("500.00"));
    }

    @Test
    void noGoalMeansNoGap() {
        MonthOutlook month = ConsumptionForecast.month(LocalDate.of(2026, 2, 28), "USD",
                new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO, null);
        assertThat(month.daysLeft()).isZero();
        assertThat(month.forecast()).isEqualTo(usd("10.00"));
        assertThat(month.gapToGoal()).isNull();
    }

    @Test
    void commitmentProjectionShortfallAndRequiredRate() {
        // 50,000 from 1 May to 31 Dec 2026, as of 20 June. Consumed: May 550 + June 2,000 = 2,550.
        // Days left: 21..30 June (10) + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 = 194.
        // Run-rate(30) = 2,500 / 30 = 83.3333333333; projected = 2,550 + 83.3333333333 x 194 = 18,716.67.
        // Shortfall = 50,000 - 18,716.67 = 31,283.33; required = (50,000 - 2,550) / 194 = 244.5876... = 244.59.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(LocalDate.of(2026, 6, 20), usd("50000"),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31),
                Map.of(YearMonth.of(2026, 5), new BigDecimal("550"), YearMonth.of(2026, 6), new BigDecimal("2000")),
                new BigDecimal("2500"));
        assertThat(outlook.consumed()).isEqualTo(usd("2550.00"));
        assertThat(outlook.remaining()).isEqualTo(usd("47450.00"));
        assertThat(outlook.daysLeft()).isEqualTo(194);
        assertThat(outlook.projected()).isEqualTo(usd("18716.67"));
        assertThat(outlook.shortfall()).isEqualTo(usd("31283.33"));
        assertThat(outlook.requiredDailyRate()).isEqualTo(usd("244.59"));
        assertThat(outlook.atRisk()).isTrue();
        assertThat(outlook.burnDown()).hasSize(2);
        assertThat(outlook.burnDown().get(0).cumulative()).isEqualTo(usd("550.00"));
        assertThat(outlook.burnDown().get(0).remaining()).isEqualTo(usd("49450.00"));
        assertThat(outlook.burnDown().get(1).consumed()).isEqualTo(usd("2000.00"));
        assertThat(outlook.burnDown().get(1).remaining()).isEqualTo(usd("47450.00"));
    }

    @Test
    void commitmentOnTrackHasNoShortfall() {
        // 1,000 over 10 days (1..10 Jan), as of 5 Jan: consumed 600, 5 days left at 3,000/30 = 100/day -> 1,100.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(LocalDate.of(2026, 1, 5), usd("1000"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10), Map.of(YearMonth.of(2026, 1), new BigDecimal("600")),
                new BigDecimal("3000"));
        assertThat(outlook.daysLeft()).isEqualTo(5);
        assertThat(outlook.projected()).isEqualTo(usd("1100.00"));
        assertThat(outlook.shortfall()).isEqualTo(usd("0.00"));
        assertThat(outlook.requiredDailyRate()).isEqualTo(usd("80.00"));
        assertThat(outlook.atRisk()).isFalse();
    }

    @Test
    void commitmentNotStartedCountsTheWholeTerm() {
        // starts 1 Mar, ends 10 Mar (10 days), as of 15 Feb: nothing consumed, 10 days at 30/30 = 1/day -> 10.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(LocalDate.of(2026, 2, 15), usd("100"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), Map.of(), new BigDecimal("30"));
        assertThat(outlook.daysLeft()).isEqualTo(10);
        assertThat(outlook.projected()).isEqualTo(usd("10.00"));
        assertThat(outlook.shortfall()).isEqualTo(usd("90.00"));
        assertThat(outlook.requiredDailyRate()).isEqualTo(usd("10.00"));
        assertThat(outlook.burnDown()).isEmpty();
    }
}
