package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.relationship.domain.HealthCalculator.CadenceSignal;
import io.adeplatform.relationship.domain.HealthCalculator.EscalationSignal;
import io.adeplatform.relationship.domain.HealthCalculator.Inputs;
import io.adeplatform.relationship.domain.HealthCalculator.StakeholderWeight;
import io.adeplatform.relationship.domain.cadence.CadenceCustomer;
import io.adeplatform.relationship.domain.cadence.CadenceEngagement;
import io.adeplatform.relationship.domain.cadence.CadenceIntervals;
import io.adeplatform.relationship.domain.cadence.CadenceItem;
import io.adeplatform.relationship.domain.cadence.CadenceSchedule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Next-due arithmetic and the executive-cadence health factor, computed by hand (issue 21). */
class CadenceCalculationTest {

    private static final LocalDate TODAY = LocalDate.parse("2030-03-01");
    private static final CadenceCustomer CUSTOMER = new CadenceCustomer(UUID.randomUUID(), "Harbor County",
            LocalDate.parse("2030-01-02"));

    @Test
    void nextDueIsLastHeldPlusTheIntervalOrTheStartPlusTheIntervalWhenNeverHeld() {
        UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        CadenceIntervals policy = new CadenceIntervals(90, 30, 21, Map.of(b, 14));
        List<CadenceItem> items = CadenceSchedule.items(CUSTOMER, policy,
                Map.of(CadenceKind.QBR, LocalDate.parse("2030-01-15")),
                List.of(new CadenceEngagement(a, CUSTOMER.id(), LocalDate.parse("2030-01-10"), LocalDate.parse("2030-02-01")),
                        new CadenceEngagement(b, CUSTOMER.id(), LocalDate.parse("2030-01-05"), null)),
                TODAY);

        // soonest due first: B never held, 2030-01-05 + 14 (its override) = 01-19, 41 days overdue on 03-01
        assertThat(items).extracting(CadenceItem::kind).containsExactly(CadenceKind.STEERING_COMMITTEE,
                CadenceKind.EXECUTIVE_BRIEFING, CadenceKind.STEERING_COMMITTEE, CadenceKind.QBR);
        assertThat(items.get(0)).isEqualTo(new CadenceItem(CUSTOMER.id(), "Harbor County", CadenceKind.STEERING_COMMITTEE,
                b, 14, null, LocalDate.parse("2030-01-19"), true, 41));
        // briefing never held: registration 2030-01-02 + 30 = 02-01, 28 days overdue (February 2030 has 28 days)
        assertThat(items.get(1)).isEqualTo(new CadenceItem(CUSTOMER.id(), "Harbor County", CadenceKind.EXECUTIVE_BRIEFING,
                null, 30, null, LocalDate.parse("2030-02-01"), true, 28));
        // A held 02-01 + 21 (the policy's steering interval) = 02-22, 7 days overdue
        assertThat(items.get(2)).isEqualTo(new CadenceItem(CUSTOMER.id(), "Harbor County", CadenceKind.STEERING_COMMITTEE,
                a, 21, LocalDate.parse("2030-02-01"), LocalDate.parse("2030-02-22"), true, 7));
        // QBR held 01-15 + 90 = 04-15, not overdue
        assertThat(items.get(3)).isEqualTo(new CadenceItem(CUSTOMER.id(), "Harbor County", CadenceKind.QBR,
                null, 90, LocalDate.parse("2030-01-15"), LocalDate.parse("2030-04-15"), false, 0));
    }

    @Test
    void dueTodayIsNotOverdueTheDayAfterIs() {
        CadenceItem dueToday = CadenceItem.of(CUSTOMER, CadenceKind.QBR, null, 30, LocalDate.parse("2030-01-30"),
                CUSTOMER.registeredOn(), TODAY);
        assertThat(dueToday.nextDue()).isEqualTo(TODAY);
        assertThat(dueToday.overdue()).isFalse();
        assertThat(dueToday.daysOverdue()).isZero();
        CadenceItem dueYesterday = CadenceItem.of(CUSTOMER, CadenceKind.QBR, null, 30, LocalDate.parse("2030-01-29"),
                CUSTOMER.registeredOn(), TODAY);
        assertThat(dueYesterday.overdue()).isTrue();
        assertThat(dueYesterday.daysOverdue()).isEqualTo(1);
    }

    @Test
    void theDefaultsAreQuarterlyMonthlyMonthlyAndIntervalsAreOneToThreeHundredSixtySixDays() {
        assertThat(CadenceIntervals.DEFAULTS).isEqualTo(new CadenceIntervals(90, 30, 30, Map.of()));
        assertThat(new CadenceIntervals(1, 366, 7, Map.of()).days(CadenceKind.EXECUTIVE_BRIEFING, null)).isEqualTo(366);
        assertThatThrownBy(() -> new CadenceIntervals(0, 30, 30, Map.of())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new CadenceIntervals(90, 367, 30, Map.of())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new CadenceIntervals(90, 30, 30, Map.of(UUID.randomUUID(), 0)))
                .isInstanceOf(InvalidInput.class);
    }

    /** The README's worked example: four key roles engaged, executive contact today, one in 90 days, champions. */
    @Test
    void theCadenceFactorInTheWorkedExample() {
        List<StakeholderWeight> champions = List.of(new StakeholderWeight(5, Stance.CHAMPION));
        // every item on schedule: 67.5 + 10 = 77.5 of 90 → 86.11 → 86 green
        HealthCalculator.Assessment onTime = HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions, null, null, null,
                null, new CadenceSignal(3, List.of())));
        assertThat(onTime.score()).isEqualTo(86);
        assertThat(onTime.totalWeight()).isEqualTo(90);
        HealthCalculator.Factor factor = onTime.factors().get(onTime.factors().size() - 1);
        assertThat(factor.name()).isEqualTo("executive-cadence");
        assertThat(factor.detail()).isEqualTo("none of 3 cadence items overdue");
        assertThat(factor.value()).isEqualByComparingTo("1");
        assertThat(factor.contribution()).isEqualByComparingTo("11.11");

        // one of three overdue: 2/3 × 10 = 6.67, so 74.17 of 90 → 82.41 → 82 green
        HealthCalculator.Assessment late = HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions, null, null, null,
                null, new CadenceSignal(3, List.of("qbr by 12 days"))));
        assertThat(late.score()).isEqualTo(82);
        HealthCalculator.Factor lateFactor = late.factors().get(late.factors().size() - 1);
        assertThat(lateFactor.detail()).isEqualTo("1 of 3 cadence items overdue: qbr by 12 days");
        assertThat(lateFactor.value()).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(lateFactor.contribution()).isEqualByComparingTo("7.41");

        // with two critical escalations and two overdue invoices (both 0): 74.17 of 105 → 70.63 → 71 amber
        assertThat(HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions, new EscalationSignal(2, 0), 2, null,
                null, new CadenceSignal(3, List.of("qbr by 12 days")))).score()).isEqualTo(71);
        // no cadence facts (null): the factor drops out and the score is as before issue 21, 84
        assertThat(HealthCalculator.assess(new Inputs(4, 4, 0L, 1, champions, null, null, null)).score()).isEqualTo(84);
    }
}
