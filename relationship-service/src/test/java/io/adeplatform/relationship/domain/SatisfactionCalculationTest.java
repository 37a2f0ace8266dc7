package io.adeplatform.relationship.domain;

import io.adeplatform.relationship.domain.HealthCalculator.EscalationSignal;
import io.adeplatform.relationship.domain.HealthCalculator.Inputs;
import io.adeplatform.relationship.domain.HealthCalculator.StakeholderWeight;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAT, NPS, the monthly trend and the customer-satisfaction health factor, every number computed by hand. */
class SatisfactionCalculationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        // CSAT 5, 4, 2 → 11 / 3 = 3.666… → 3.67; NPS 10, 9 promoters, 3 detractor → (2 − 1) / 3 × 100 = 33.33
        SatisfactionSummary s = SatisfactionSummary.of(List.of(new SurveyScore(DAY, 5, 10), new SurveyScore(DAY, 4, 9),
                new SurveyScore(DAY, 2, 3)));
        assertThat(s.responses()).isEqualTo(3);
        assertThat(s.averageCsat()).isEqualByComparingTo("3.67");
        assertThat(s.nps()).isEqualByComparingTo("33.33");
        assertThat(List.of(s.promoters(), s.passives(), s.detractors())).containsExactly(2, 0, 1);
        // boundaries: 6 is a detractor, 7 and 8 passives, 9 a promoter; all detractors → −100
        assertThat(List.of(NpsCategory.of(6), NpsCategory.of(7), NpsCategory.of(8), NpsCategory.of(9)))
                .containsExactly(NpsCategory.DETRACTOR, NpsCategory.PASSIVE, NpsCategory.PASSIVE, NpsCategory.PROMOTER);
        assertThat(SatisfactionSummary.of(List.of(new SurveyScore(DAY, 1, 0))).nps()).isEqualByComparingTo("-100");
        assertThat(SatisfactionSummary.of(List.of()).averageCsat()).isNull();
    }

    @Test
    void trendHasEveryMonthOldestFirst() {
        List<SurveyScore> scores = List.of(new SurveyScore(LocalDate.of(2026, 9, 3), 3, 7),
                new SurveyScore(LocalDate.of(2026, 9, 28), 4, 8), new SurveyScore(LocalDate.of(2026, 11, 1), 5, 10));
        List<SatisfactionTrend.Month> months = SatisfactionTrend.monthly(scores, YearMonth.of(2026, 9), YearMonth.of(2026, 11));
        assertThat(months).extracting(SatisfactionTrend.Month::month)
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        // September: CSAT (3 + 4) / 2 = 3.5, two passives → NPS 0
        assertThat(months.get(0).summary().averageCsat()).isEqualByComparingTo("3.50");
        assertThat(months.get(0).summary().nps()).isEqualByComparingTo("0");
        assertThat(months.get(1).summary().responses()).isZero();
        assertThat(months.get(2).summary().nps()).isEqualByComparingTo("100");
    }

    @Test
    void satisfactionFactorJoinsTheWorkedExample() {
        // the README's worked example: 67.5 points of 95 (two critical escalations, two overdue invoices) → 71
        // answers CSAT 5 and 3 → average 4 → (4 − 1) / 4 = 0.75; NPS 10 (promoter) and 5 (detractor) → 0 → (0 + 100) / 200
        // = 0.5; value ½ × 0.75 + ½ × 0.5 = 0.625 → 10 × 0.625 = 6.25 points
        // 67.5 + 6.25 = 73.75 of 95 + 10 = 105 → 70.238… → 70 amber; its contribution 6.25 / 105 × 100 = 5.95
        SatisfactionSummary answers = SatisfactionSummary.of(List.of(new SurveyScore(DAY, 5, 10), new SurveyScore(DAY, 3, 5)));
        List<StakeholderWeight> champions = List.of(new StakeholderWeight(5, Stance.CHAMPION));
        HealthCalculator.Assessment a = HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions,
                new EscalationSignal(2, 0), 2, null, answers));
        assertThat(a.score()).isEqualTo(70);
        assertThat(a.band()).isEqualTo(HealthBand.AMBER);
        assertThat(a.totalWeight()).isEqualTo(105);
        HealthCalculator.Factor factor = a.factors().get(a.factors().size() - 1);
        assertThat(factor.name()).isEqualTo("customer-satisfaction");
        assertThat(factor.value()).isEqualTo(new BigDecimal("0.6250"));
        assertThat(factor.weight()).isEqualTo(10);
        assertThat(factor.contribution()).isEqualTo(new BigDecimal("5.95"));
        assertThat(factor.detail()).isEqualTo("2 survey answers in the last 180 days: average CSAT 4.00, NPS 0.00");
        // without the two signals: 73.75 of 90 → 81.94 → 82 green
        assertThat(HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions, null, null, null, answers)).score())
                .isEqualTo(82);
        // all eight factors present weigh 110
        assertThat(HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions, new EscalationSignal(0, 0), 0, 0, answers))
                .totalWeight()).isEqualTo(110);
    }

    @Test
    void onlyAnswersOfTheLast180DaysCount() {
        OffsetDateTime now = DAY.atStartOfDay().atOffset(ZoneOffset.UTC);
        HealthFacts facts = new HealthFacts(List.of(), Map.of(), List.of(), List.of(),
                List.of(new SurveyScore(DAY.minusDays(181), 1, 0), new SurveyScore(DAY.minusDays(180), 5, 10)));
        SatisfactionSummary counted = facts.inputs(now).satisfaction();
        assertThat(counted.responses()).isEqualTo(1);
        assertThat(counted.nps()).isEqualByComparingTo("100");
        assertThat(new HealthFacts(List.of(), Map.of(), List.of(), List.of(),
                List.of(new SurveyScore(DAY.minusDays(181), 5, 10))).inputs(now).satisfaction()).isNull();
    }
}
