package io.adeplatform.consumption.domain;

import io.adeplatform.consumption.domain.ConsumptionForecast.CommitmentOutlook;
import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RiskAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final RiskAssessment.Rules RULES = new RiskAssessment.Rules(7, 5);

    private static CommitmentOutlook outlook(String shortfall, long daysLeft) {
        Money zero = Money.of("0", "USD");
        return new CommitmentOutlook(Money.of("1000", "USD"), TODAY, TODAY.plusDays(daysLeft), zero, zero, daysLeft,
                null, daysLeft, zero, Money.of(shortfall, "USD"), zero, List.of());
    }

    private static UsageHistory usage(LocalDate first, LocalDate last) {
        return new UsageHistory(TODAY, first, last, last);
    }

    @Test
    void noUsageAtAllIsInsufficientDataNotAtRisk() {
        RiskAssessment assessment = RiskAssessment.of(outlook("1000", 100), UsageHistory.none(TODAY), RULES);
        assertThat(assessment.state()).isEqualTo(RiskState.INSUFFICIENT_DATA);
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void fewerThanSevenCompleteDaysSinceTheFirstUsageIsInsufficientData() {
        // first usage 14 March: 14..19 = 6 complete days
        assertThat(RiskAssessment.of(outlook("900", 100), usage(LocalDate.of(2026, 3, 14), TODAY), RULES).state())
                .isEqualTo(RiskState.INSUFFICIENT_DATA);
        // 13 March: 7 complete days, judged
        assertThat(RiskAssessment.of(outlook("900", 100), usage(LocalDate.of(2026, 3, 13), TODAY), RULES))
                .isEqualTo(new RiskAssessment(RiskState.AT_RISK, Set.of(RiskReason.PROJECTED_SHORTFALL)));
    }

    @Test
    void onTrackWithoutShortfallAndWithRecentUsage() {
        assertThat(RiskAssessment.of(outlook("0", 100), usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 19)), RULES))
                .isEqualTo(new RiskAssessment(RiskState.ON_TRACK, Set.of()));
    }

    @Test
    void fiveCompleteDaysWithoutUsageIsARiskOfItsOwn() {
        // last usage 15 March: 16..19 = 4 quiet days -> on track; 14 March: 5 -> at risk
        assertThat(RiskAssessment.of(outlook("0", 100), usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 15)), RULES)
                .state()).isEqualTo(RiskState.ON_TRACK);
        assertThat(RiskAssessment.of(outlook("0", 100), usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 14)), RULES))
                .isEqualTo(new RiskAssessment(RiskState.AT_RISK, Set.of(RiskReason.NO_RECENT_USAGE)));
        assertThat(RiskAssessment.of(outlook("10", 100), usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)), RULES)
                .reasons()).containsExactlyInAnyOrder(RiskReason.NO_RECENT_USAGE, RiskReason.PROJECTED_SHORTFALL);
    }

    @Test
    void anEndedCommitmentIsNeverAtRisk() {
        assertThat(RiskAssessment.of(outlook("500", 0), usage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), RULES)
                .state()).isEqualTo(RiskState.ON_TRACK);
    }
}
