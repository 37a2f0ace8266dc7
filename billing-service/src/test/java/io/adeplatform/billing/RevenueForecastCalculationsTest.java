package io.adeplatform.billing;

import io.adeplatform.billing.domain.FiscalYear;
import io.adeplatform.billing.domain.ForecastEntry;
import io.adeplatform.billing.domain.ForecastPart;
import io.adeplatform.billing.domain.RevenueForecast;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain unit tests of the forecast's arithmetic and of fiscal years, figures by hand. */
class RevenueForecastCalculationsTest {

    @ParameterizedTest
    @CsvSource({"2026-07, 7, 2027, 2026-07, 2027-06", "2027-06, 7, 2027, 2026-07, 2027-06",
            "2027-01, 1, 2027, 2027-01, 2027-12", "2026-12, 10, 2027, 2026-10, 2027-09"})
    void fiscalYearsAreNamedByTheYearTheyEndIn(String month, int firstMonth, int year, String first, String last) {
        FiscalYear fy = FiscalYear.containing(YearMonth.parse(month), firstMonth);
        assertThat(fy.year()).isEqualTo(year);
        assertThat(fy.firstMonth()).isEqualTo(YearMonth.parse(first));
        assertThat(fy.lastMonth()).isEqualTo(YearMonth.parse(last));
    }

    @Test
    void partsAreRoundedApartAndTheTotalIsTheirSumPerCurrency() {
        YearMonth may = YearMonth.of(2032, 5);
        RevenueForecast f = RevenueForecast.of(may, 2, may, List.of(
                // 0.005 + 0.005 = 0.01 within one part (summed before rounding); 0.125 → 0.12 half-even
                new ForecastEntry(ForecastPart.TIME_AND_MATERIALS, "USD", may, new BigDecimal("0.005")),
                new ForecastEntry(ForecastPart.TIME_AND_MATERIALS, "USD", may, new BigDecimal("0.005")),
                new ForecastEntry(ForecastPart.WEIGHTED_PIPELINE, "USD", may, new BigDecimal("0.125")),
                new ForecastEntry(ForecastPart.RECOGNISED, "EUR", may.plusMonths(1), new BigDecimal("10")),
                // outside the range: left out
                new ForecastEntry(ForecastPart.MILESTONES, "USD", may.plusMonths(2), new BigDecimal("99"))),
                Map.of("GBP", new BigDecimal("5")), Map.of());
        assertThat(f.series()).extracting(RevenueForecast.Series::currency).containsExactly("EUR", "GBP", "USD");
        RevenueForecast.Month usdMay = f.series().get(2).months().get(0);
        assertThat(usdMay.part(ForecastPart.TIME_AND_MATERIALS)).isEqualByComparingTo("0.01");
        assertThat(usdMay.part(ForecastPart.WEIGHTED_PIPELINE)).isEqualByComparingTo("0.12");
        assertThat(usdMay.total()).isEqualByComparingTo("0.13");
        assertThat(f.series().get(2).months().get(1).total()).isEqualByComparingTo("0");
        assertThat(f.series().get(0).months().get(1).part(ForecastPart.RECOGNISED)).isEqualByComparingTo("10");
        assertThat(f.series().get(1).backlog()).isEqualByComparingTo("5");
    }
}
