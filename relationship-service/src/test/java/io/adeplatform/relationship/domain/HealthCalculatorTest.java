package io.adeplatform.relationship.domain;

import io.adeplatform.relationship.domain.HealthCalculator.EscalationSignal;
import io.adeplatform.relationship.domain.HealthCalculator.Inputs;
import io.adeplatform.relationship.domain.HealthCalculator.StakeholderWeight;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples; every expected number is computed by hand in the comments. */
class HealthCalculatorTest {

    @Test
    void internalFactorsOnlyRenormaliseToEighty() {
        // coverage 3/4 = 0.75 → 30 × 0.75 = 22.5
        // recency 45 days → (120 − 45) / 90 = 0.8333 → 15 × 0.8333 = 12.5
        // frequency 3 contacts → 3 / 6 = 0.5 → 15 × 0.5 = 7.5
        // stance (5 × champion 1 + 3 × neutral 0.5 + 2 × detractor 0) / (5 + 3 + 2) = 6.5 / 10 = 0.65 → 20 × 0.65 = 13
        // no signals: total weight 30 + 15 + 15 + 20 = 80; score = (22.5 + 12.5 + 7.5 + 13) / 80 × 100 = 69.375 → 69 amber
        HealthCalculator.Assessment a = HealthCalculator.assess(new Inputs(3, 4, 45L, 3,
                List.of(new StakeholderWeight(5, Stance.CHAMPION), new StakeholderWeight(3, Stance.NEUTRAL),
                        new StakeholderWeight(2, Stance.DETRACTOR)), null, null, null));
        assertThat(a.score()).isEqualTo(69);
        assertThat(a.band()).isEqualTo(HealthBand.AMBER);
        assertThat(a.factors()).extracting(HealthCalculator.Factor::name)
                .containsExactly("key-role-coverage", "executive-contact-recency", "executive-contact-frequency", "stance-mix");
        // contributions: 22.5 / 80 × 100 = 28.125 → 28.13; 12.5 / 80 × 100 = 15.625 → 15.63; 7.5 / 80 × 100 = 9.375 → 9.38;
        // 13 / 80 × 100 = 16.25
        assertThat(a.factors()).extracting(HealthCalculator.Factor::contribution).containsExactly(
                new BigDecimal("28.13"), new BigDecimal("15.63"), new BigDecimal("9.38"), new BigDecimal("16.25"));
        assertThat(a.factors().get(1).value()).isEqualTo(new BigDecimal("0.8333"));
        assertThat(a.factors().get(3).value()).isEqualTo(new BigDecimal("0.6500"));
    }

    @Test
    void allSignalsPresentWeighOneHundred() {
        // coverage 4/4 = 1 → 30; recency 10 days → 1 → 15; frequency 8 → capped at 6/6 = 1 → 15; stance all champions → 20
        // escalations 1 critical open → 1 − 0.5 = 0.5 → 10 × 0.5 = 5; invoices 0 overdue → 1 → 5
        // commitments 1 at risk → 1 − 0.5 = 0.5 → 5 × 0.5 = 2.5
        // total weight 100; score = 30 + 15 + 15 + 20 + 5 + 5 + 2.5 = 92.5 → 93 (half up) green
        HealthCalculator.Assessment a = HealthCalculator.assess(new Inputs(4, 4, 10L, 8,
                List.of(new StakeholderWeight(4, Stance.CHAMPION)), new EscalationSignal(1, 0), 0, 1));
        assertThat(a.score()).isEqualTo(93);
        assertThat(a.band()).isEqualTo(HealthBand.GREEN);
        assertThat(a.factors()).hasSize(7);
        assertThat(a.factors().get(4).name()).isEqualTo("open-escalations");
        assertThat(a.factors().get(4).contribution()).isEqualTo(new BigDecimal("5.00"));
        assertThat(a.factors().get(6).contribution()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void signalsPullAGreenRelationshipToAmber() {
        // coverage 1 → 30; recency today → 15; frequency 1 contact → 1/6 → 2.5; stance champions → 20: 67.5
        // escalations 2 critical → 1 − min(1, 1.0) = 0 → 0; invoices 2 overdue → 1 − min(1, 1.0) = 0 → 0
        // total weight 30 + 15 + 15 + 20 + 10 + 5 = 95; score = 67.5 / 95 × 100 = 71.05 → 71 amber
        HealthCalculator.Assessment a = HealthCalculator.assess(new Inputs(4, 4, 0L, 1,
                List.of(new StakeholderWeight(5, Stance.CHAMPION)), new EscalationSignal(2, 0), 2, null));
        assertThat(a.score()).isEqualTo(71);
        assertThat(a.band()).isEqualTo(HealthBand.AMBER);
        // without the signals: 67.5 / 80 × 100 = 84.375 → 84 green
        assertThat(HealthCalculator.assess(new Inputs(4, 4, 0L, 1,
                List.of(new StakeholderWeight(5, Stance.CHAMPION)), null, null, null)).score()).isEqualTo(84);
    }

    @Test
    void nothingKnownIsZeroAndStanceDropsOut() {
        // no stakeholders: coverage 0, recency never → 0, frequency 0; stance drops out; weights 60; score 0 red
        HealthCalculator.Assessment a = HealthCalculator.assess(new Inputs(0, 4, null, 0, List.of(), null, null, null));
        assertThat(a.score()).isZero();
        assertThat(a.band()).isEqualTo(HealthBand.RED);
        assertThat(a.factors()).extracting(HealthCalculator.Factor::name).doesNotContain("stance-mix");
    }

    @Test
    void recencyIsLinearBetweenThirtyAndOneHundredTwentyDaysAndHighEscalationsCountHalf() {
        // recency 75 days → (120 − 75) / 90 = 0.5 → 15 × 0.5 = 7.5; 130 days → 0
        // coverage 2/4 = 0.5 → 15; frequency 0 → 0; stance one skeptic (0.25) → 5
        // escalations 0 critical, 2 high → 1 − 0.5 = 0.5 → 5; total weight 90
        // score = (15 + 7.5 + 0 + 5 + 5) / 90 × 100 = 36.11 → 36 red
        HealthCalculator.Assessment a = HealthCalculator.assess(new Inputs(2, 4, 75L, 0,
                List.of(new StakeholderWeight(3, Stance.SKEPTIC)), new EscalationSignal(0, 2), null, null));
        assertThat(a.score()).isEqualTo(36);
        assertThat(a.band()).isEqualTo(HealthBand.RED);
        assertThat(a.factors().get(1).value()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(HealthCalculator.assess(new Inputs(0, 4, 130L, 0, List.of(), null, null, null))
                .factors().get(1).value()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void bandsAreRedBelowFiftyAmberBelowSeventyFive() {
        assertThat(HealthCalculator.band(49)).isEqualTo(HealthBand.RED);
        assertThat(HealthCalculator.band(50)).isEqualTo(HealthBand.AMBER);
        assertThat(HealthCalculator.band(74)).isEqualTo(HealthBand.AMBER);
        assertThat(HealthCalculator.band(75)).isEqualTo(HealthBand.GREEN);
    }

    @Test
    void coverageNeedsAnActiveChampionOrSupporterContactedWithinNinetyDays() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        UUID cio = UUID.randomUUID(), cto = UUID.randomUUID(), director = UUID.randomUUID(), lob = UUID.randomUUID(),
                other = UUID.randomUUID();
        Coverage.Result r = Coverage.of(List.of(
                new Coverage.Contact(cio, "Cio", RoleType.CIO, Stance.CHAMPION, 5, true, today.minusDays(90)),
                new Coverage.Contact(cto, "Cto", RoleType.CTO, Stance.SUPPORTER, 4, true, today.minusDays(91)),
                new Coverage.Contact(director, "Dir", RoleType.IT_DIRECTOR, Stance.NEUTRAL, 3, true, today),
                new Coverage.Contact(lob, "Lob", RoleType.LOB_LEADER, Stance.CHAMPION, 4, false, today),
                new Coverage.Contact(other, "Pro", RoleType.PROCUREMENT, Stance.NEUTRAL, 2, true, null)), today);
        assertThat(r.covered()).containsExactly(RoleType.CIO);
        assertThat(r.missing()).containsExactly(RoleType.CTO, RoleType.IT_DIRECTOR, RoleType.LOB_LEADER);
        assertThat(r.keyRoles().get(1).reason()).isEqualTo("not-contacted-in-90-days");
        assertThat(r.keyRoles().get(2).reason()).isEqualTo("no-champion-or-supporter");
        assertThat(r.keyRoles().get(3).reason()).isEqualTo("no-stakeholder");
        assertThat(r.stale()).extracting(Coverage.StaleContact::stakeholderId).containsExactly(cto, other);
        assertThat(r.stale().get(0).daysSinceContact()).isEqualTo(91L);
    }

    @Test
    void opportunityStagesMoveForwardAndEndInWonOrLost() {
        assertThat(OpportunityStage.IDENTIFIED.canMoveTo(OpportunityStage.QUALIFIED)).isTrue();
        assertThat(OpportunityStage.IDENTIFIED.canMoveTo(OpportunityStage.PROPOSED)).isFalse();
        assertThat(OpportunityStage.QUALIFIED.canMoveTo(OpportunityStage.LOST)).isTrue();
        assertThat(OpportunityStage.PROPOSED.canMoveTo(OpportunityStage.WON)).isTrue();
        assertThat(OpportunityStage.WON.canMoveTo(OpportunityStage.LOST)).isFalse();
        assertThat(OpportunityStage.LOST.canMoveTo(OpportunityStage.IDENTIFIED)).isFalse();
    }
}
