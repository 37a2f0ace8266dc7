package io.adeplatform.consumption.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnomalyDetectorTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    /** 28 days alternating 90 and 110: mean 100, sample std = sqrt(28 x 100 / 27) = 10.1835. */
    private static Map<LocalDate, BigDecimal> baseline() {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int i = 0; i < 28; i++) {
            daily.put(START.plusDays(i), BigDecimal.valueOf(i % 2 == 0 ? 90 : 110));
        }
        return daily;
    }

    @Test
    void spikeAboveThreeDeviationsIsFound() {
        Map<LocalDate, BigDecimal> daily = baseline();
        LocalDate day = START.plusDays(28);
        daily.put(day, new BigDecimal("140"));  // (140 - 100) / 10.1835 = 3.93
        List<AnomalyDetector.Finding> findings = AnomalyDetector.detect(daily, START, List.of(day));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).direction()).isEqualTo(AnomalyDetector.Direction.SPIKE);
        assertThat(findings.get(0).baseline()).isEqualByComparingTo("100");
        assertThat(findings.get(0).deviations()).isEqualByComparingTo("3.93");
    }

    @Test
    void withinThreeDeviationsIsNormal() {
        Map<LocalDate, BigDecimal> daily = baseline();
        LocalDate day = START.plusDays(28);
        daily.put(day, new BigDecimal("130"));  // 2.95 deviations
        assertThat(AnomalyDetector.detect(daily, START, List.of(day))).isEmpty();
    }

    @Test
    void dropIsFoundAndMissingDaysCountAsZero() {
        Map<LocalDate, BigDecimal> daily = baseline();
        LocalDate day = START.plusDays(28);
        daily.put(day, new BigDecimal("50"));  // -4.91
        assertThat(AnomalyDetector.detect(daily, START, List.of(day)).get(0).direction())
                .isEqualTo(AnomalyDetector.Direction.DROP);
    }

    @Test
    void needsTwentyEightDaysOfHistory() {
        Map<LocalDate, BigDecimal> daily = baseline();
        LocalDate day = START.plusDays(27);
        daily.put(day, new BigDecimal("10000"));
        assertThat(AnomalyDetector.detect(daily, START, List.of(day))).isEmpty();
    }

    @Test
    void flatBaselineUsesTheFivePercentFloor() {
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int i = 0; i < 28; i++) {
            daily.put(START.plusDays(i), BigDecimal.valueOf(100));
        }
        LocalDate day = START.plusDays(28);
        daily.put(day, new BigDecimal("114"));   // sigma floor 5 -> 2.8 deviations: normal
        assertThat(AnomalyDetector.detect(daily, START, List.of(day))).isEmpty();
        daily.put(day, new BigDecimal("116"));   // 3.2 deviations: spike
        assertThat(AnomalyDetector.detect(daily, START, List.of(day))).hasSize(1);
    }

    @Test
    void aStopIsReportedOnItsFirstDayOnly() {
        Map<LocalDate, BigDecimal> daily = baseline();
        LocalDate first = START.plusDays(28);
        LocalDate second = first.plusDays(1);   // no usage on either day: absent from the map
        List<AnomalyDetector.Finding> findings = AnomalyDetector.detect(daily, START, List.of(first, second));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).date()).isEqualTo(first);
        assertThat(findings.get(0).direction()).isEqualTo(AnomalyDetector.Direction.STOPPAGE);
        assertThat(findings.get(0).cost()).isEqualByComparingTo("0");
        assertThat(findings.get(0).deviations()).isEqualByComparingTo("-9.82");   // -100 / 10.1835
    }

    @Test
    void aZeroDayWithinTheUsualPatternIsNormal() {
        // a weekday-only series: zero on two days of every week; a zero Saturday after a Friday is no stoppage
        Map<LocalDate, BigDecimal> daily = new HashMap<>();
        for (int i = 0; i < 28; i++) {
            if (i % 7 < 5) {
                daily.put(START.plusDays(i), BigDecimal.valueOf(100));
            }
        }
        assertThat(AnomalyDetector.detect(daily, START, List.of(START.plusDays(33)))).isEmpty();
    }
}
