package io.adeplatform.consumption.domain;

import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.consumption.domain.ConsumptionForecast.MonthOutlook;
import io.adeplatform.consumption.domain.ConsumptionForecast.RunRate;
import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumptionForecastTest {

    private static final LocalDate JUNE_20 = LocalDate.of(2026, 6, 20);
    private static final LocalDate JUNE_19 = LocalDate.of(2026, 6, 19);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static RunRate rate(String cost, long days) {
        return new RunRate(new BigDecimal(cost), days);
    }

    @Test
    void monthEndForecastExtendsTheLastCompleteDayWithData() {
        // 21..31 May at 50/day (550), 1..19 June at 100/day (1,900); as of 20 June, nothing today yet (exports rarely
        // hold it). L = 19 June. run-rate(7) = 13..19 June = 700 / 7 = 100; run-rate(30) = 21 May..19 June = 2,450 / 30.
        // forecast = 1,900 + 100 x 11 (20..30 June) = 3,000, the true month-end at 100/day. Counting today as zero
        // gave 1,900 + 600/7 x 10 = 2,757.14: 8 % low.
        MonthOutlook month = ConsumptionForecast.month(JUNE_20, "USD", JUNE_19, new BigDecimal("1900"),
                new BigDecimal("1900"), rate("700", 7), rate("2450", 30), usd("3500"));
        assertThat(month.daysLeft()).isEqualTo(10);
        assertThat(month.completeThrough()).isEqualTo(JUNE_19);
        assertThat(month.projectedDays()).isEqualTo(11);
        assertThat(month.runRate7()).isEqualTo(usd("100.00"));
        assertThat(month.runRate30()).isEqualTo(usd("81.67"));
        assertThat(month.forecast()).isEqualTo(usd("3000.00"));
        assertThat(month.gapToGoal()).isEqualTo(usd("500.00"));
    }

    @Test
    void todaysPartialUsageCountsInMonthToDateButNotInTheForecast() {
        // 30 of today's usage arrived (partial): month to date shows it; the forecast fills today at the run-rate.
        MonthOutlook month = ConsumptionForecast.month(JUNE_20, "USD", JUNE_19, new BigDecimal("1930"),
                new BigDecimal("1900"), rate("700", 7), rate("2450", 30), null);
        assertThat(month.monthToDate()).isEqualTo(usd("1930.00"));
        assertThat(month.forecast()).isEqualTo(usd("3000.00"));
        assertThat(month.gapToGoal()).isNull();
    }

    @Test
    void daysAfterTheLastDataAreForecastNotCountedAsZero() {
        // the export lags: data through 17 June only. 1..17 June = 1,700, run-rate(7) = 11..17 June = 100/day:
        // forecast = 1,700 + 100 x 13 (18..30 June) = 3,000.
        MonthOutlook month = ConsumptionForecast.month(JUNE_20, "USD", LocalDate.of(2026, 6, 17),
                new BigDecimal("1700"), new BigDecimal("1700"), rate("700", 7), rate("2250", 30), null);
        assertThat(month.projectedDays()).isEqualTo(13);
        assertThat(month.forecast()).isEqualTo(usd("3000.00"));
    }

    @Test
    void withoutCompleteDataTheForecastIsWhatIsKnown() {
        MonthOutlook month = ConsumptionForecast.month(LocalDate.of(2026, 2, 28), "USD", null,
                new BigDecimal("10"), BigDecimal.ZERO, RunRate.NONE, RunRate.NONE, null);
        assertThat(month.daysLeft()).isZero();
        assertThat(month.runRate7()).isEqualTo(usd("0.00"));
        assertThat(month.forecast()).isEqualTo(usd("0.00"));
    }

    @Test
    void commitmentProjectionShortfallAndRequiredRate() {
        // 50,000 from 1 May to 31 Dec 2026, as of 20 June (30 of today's usage in). Consumed: May 550 + June 1,930 =
        // 2,480. Days left after today: 21..30 June (10) + 31 + 31 + 30 + 31 + 30 + 31 = 194.
        // Projected: 2,450 (term through L = 19 June) + 2,450/30 x 195 (20 June..31 Dec) = 2,450 + 15,925 = 18,375.
        // Shortfall = 31,625; required = (50,000 - 2,480) / 194 = 244.948... = 244.95.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(JUNE_20, usd("50000"),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31),
                Map.of(YearMonth.of(2026, 5), new BigDecimal("550"), YearMonth.of(2026, 6), new BigDecimal("1930")),
                JUNE_19, new BigDecimal("2450"), rate("2450", 30));
        assertThat(outlook.consumed()).isEqualTo(usd("2480.00"));
        assertThat(outlook.remaining()).isEqualTo(usd("47520.00"));
        assertThat(outlook.daysLeft()).isEqualTo(194);
        assertThat(outlook.projectedDays()).isEqualTo(195);
        assertThat(outlook.projected()).isEqualTo(usd("18375.00"));
        assertThat(outlook.shortfall()).isEqualTo(usd("31625.00"));
        assertThat(outlook.requiredDailyRate()).isEqualTo(usd("244.95"));
        assertThat(outlook.hasShortfall()).isTrue();
        assertThat(outlook.burnDown()).hasSize(2);
        assertThat(outlook.burnDown().get(0).cumulative()).isEqualTo(usd("550.00"));
        assertThat(outlook.burnDown().get(0).remaining()).isEqualTo(usd("49450.00"));
        assertThat(outlook.burnDown().get(1).consumed()).isEqualTo(usd("1930.00"));
        assertThat(outlook.burnDown().get(1).remaining()).isEqualTo(usd("47520.00"));
    }

    @Test
    void commitmentOnTrackHasNoShortfall() {
        // 1,000 over 1..10 Jan, as of 5 Jan: 1..4 Jan = 600 (a 4-day window: 150/day); 5..10 Jan = 6 days -> 1,500.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(LocalDate.of(2026, 1, 5), usd("1000"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10), Map.of(YearMonth.of(2026, 1), new BigDecimal("600")),
                LocalDate.of(2026, 1, 4), new BigDecimal("600"), rate("600", 4));
        assertThat(outlook.daysLeft()).isEqualTo(5);
        assertThat(outlook.projected()).isEqualTo(usd("1500.00"));
        assertThat(outlook.shortfall()).isEqualTo(usd("0.00"));
        assertThat(outlook.requiredDailyRate()).isEqualTo(usd("80.00"));
        assertThat(outlook.hasShortfall()).isFalse();
    }

    @Test
    void projectionIsNeverBelowWhatIsConsumed() {
        // 1,000 over March, as of 10 March: 90 through 9 March at 10/day; 3,010 arrived today (partial).
        // 90 + 10 x 22 = 310 < consumed 3,100 -> projected 3,100, no shortfall.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(LocalDate.of(2026, 3, 10), usd("1000"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Map.of(YearMonth.of(2026, 3), new BigDecimal("3100")),
                LocalDate.of(2026, 3, 9), new BigDecimal("90"), rate("90", 9));
        assertThat(outlook.projected()).isEqualTo(usd("3100.00"));
        assertThat(outlook.shortfall()).isEqualTo(usd("0.00"));
    }

    @Test
    void commitmentNotStartedCountsTheWholeTerm() {
        // starts 1 Mar, ends 10 Mar (10 days), as of 15 Feb: nothing consumed, 10 days at 30/30 = 1/day -> 10.
        CommitmentOutlook outlook = ConsumptionForecast.commitment(LocalDate.of(2026, 2, 15), usd("100"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), Map.of(), LocalDate.of(2026, 2, 14),
                BigDecimal.ZERO, rate("30", 30));
        assertThat(outlook.daysLeft()).isEqualTo(10);
        assertThat(outlook.projectedDays()).isEqualTo(10);
        assertThat(outlook.projected()).isEqualTo(usd("10.00"));
        assertThat(outlook.shortfall()).isEqualTo(usd("90.00"));
        assertThat(outlook.requiredDailyRate()).isEqualTo(usd("10.00"));
        assertThat(outlook.burnDown()).isEmpty();
    }
}
