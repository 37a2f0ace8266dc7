package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of the RAG rules, each with the figures that decide it. */
class RagRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private static RagRules.Input input(List<RagRules.MilestoneFact> milestones, String spi, String cpi,
                                        String bac, String pv, String ac, List<String> changes,
                                        List<RagRules.RiskFact> risks, List<RagRules.EscalationFact> escalations) {
        return new RagRules.Input(TODAY, milestones, spi == null ? null : new BigDecimal(spi),
                cpi == null ? null : new BigDecimal(cpi), Money.of(bac, "USD"), Money.of(pv, "USD"),
                Money.of(ac, "USD"), changes, risks, escalations, QualityRules.Facts.NONE);
    }

    /** On track in every other dimension, with these quality facts. */
    private static RagRules.Input quality(QualityRules.Facts facts) {
        RagRules.Input h = healthy();
        return new RagRules.Input(h.asOf(), h.milestones(), h.spi(), h.cpi(), h.bac(), h.pv(), h.ac(),
                h.openChangeIssues(), h.openRisks(), h.openCriticalEscalations(), facts);
    }

    private static final UUID BLOCKED = UUID.fromString("7d0c6a0e-5b1f-4c3a-9e2d-8f4b1a6c3e21");

    private static RagRules.Input healthy() {
        return input(List.of(new RagRules.MilestoneFact("Kick-off", TODAY.minusDays(30), true)), "1.0000", "1.0000",
                "100000", "50000", "50000", List.of(), List.of(new RagRules.RiskFact("Minor", 6)), List.of());
    }

    @Test
    void everythingOnTrackIsGreenWithReasons() {
        RagRules.Assessment a = RagRules.assess(healthy());
        assertThat(a.overall().rag()).isEqualTo(Health.GREEN);
        assertThat(a.schedule().reasons()).containsExactly("no milestone late, SPI 1.0000");
        assertThat(a.budget().reasons()).containsExactly("spending within plan, CPI 1.0000");
        assertThat(a.scope().reasons()).containsExactly("no open change issue");
        assertThat(a.risk().rag()).isEqualTo(Health.GREEN); // exposure 6 < 10
        assertThat(a.quality()).isEqualTo(new RagRules.Dimension(Health.GREEN,
                List.of("no milestone rejected, no open quality escalation or quality issue")));
        assertThat(a.overall().reasons()).containsExactly("schedule, budget, scope and quality are green");
        assertThat(a.causes()).isEmpty();
    }

    @Test
    void scheduleByLateMilestonesAndSpi() {
        // due 5 days ago, not achieved → amber
        RagRules.Input late5 = input(List.of(new RagRules.MilestoneFact("Design", TODAY.minusDays(5), false)),
                "1.0", null, "100", "0", "0", List.of(), List.of(), List.of());
        assertThat(RagRules.assess(late5).schedule())
                .isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("milestone 'Design' is 5 days late")));
        // due 15 days ago → red (more than 14)
        RagRules.Input late15 = input(List.of(new RagRules.MilestoneFact("Build", TODAY.minusDays(15), false),
                        new RagRules.MilestoneFact("Design", TODAY.minusDays(5), false)),
                "1.0", null, "100", "0", "0", List.of(), List.of(), List.of());
        assertThat(RagRules.assess(late15).schedule())
                .isEqualTo(new RagRules.Dimension(Health.RED, List.of("milestone 'Build' is 15 days late")));
        // exactly 14 days late is still amber; an achieved late milestone does not count
        RagRules.Input late14 = input(List.of(new RagRules.MilestoneFact("Test", TODAY.minusDays(14), false),
                        new RagRules.MilestoneFact("Done", TODAY.minusDays(40), true)),
                null, null, "100", "0", "0", List.of(), List.of(), List.of());
        assertThat(RagRules.assess(late14).schedule().rag()).isEqualTo(Health.AMBER);
        // SPI 0.92 (0.90 <= SPI < 0.95) amber, SPI 0.85 red, 0.95 green
        assertThat(RagRules.assess(input(List.of(), "0.92", null, "100", "0", "0", List.of(), List.of(), List.of()))
                .schedule()).isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("SPI 0.92 is below 0.95")));
        assertThat(RagRules.assess(input(List.of(), "0.85", null, "100", "0", "0", List.of(), List.of(), List.of()))
                .schedule()).isEqualTo(new RagRules.Dimension(Health.RED, List.of("SPI 0.85 is below 0.90")));
        assertThat(RagRules.assess(input(List.of(), "0.95", null, "100", "0", "0", List.of(), List.of(), List.of()))
                .schedule().rag()).isEqualTo(Health.GREEN);
    }

    @Test
    void budgetByCpiOverrunAndBurn() {
        // CPI 0.93 → amber
        assertThat(RagRules.assess(input(List.of(), null, "0.93", "100000", "50000", "50000", List.of(), List.of(), List.of()))
                .budget().rag()).isEqualTo(Health.AMBER);
        // CPI 0.89 → red
        assertThat(RagRules.assess(input(List.of(), null, "0.89", "100000", "50000", "50000", List.of(), List.of(), List.of()))
                .budget().rag()).isEqualTo(Health.RED);
        // AC 110,000 > BAC 100,000 → red
        assertThat(RagRules.assess(input(List.of(), null, "1.00", "100000", "100000", "110000", List.of(), List.of(), List.of()))
                .budget()).isEqualTo(new RagRules.Dimension(Health.RED, List.of("actual cost 110000 exceeds the budget 100000")));
        // burn: AC 12,000 = 12 % of BAC against PV 10,000 = 10 % planned; 12,000 > 1.10 × 10,000 = 11,000 → amber
        assertThat(RagRules.assess(input(List.of(), null, null, "100000", "10000", "12000", List.of(), List.of(), List.of()))
                .budget()).isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("burn 12.0% of budget against 10.0% planned")));
        // AC 11,000 = exactly 1.10 × PV → still green
        assertThat(RagRules.assess(input(List.of(), null, null, "100000", "10000", "11000", List.of(), List.of(), List.of()))
                .budget().rag()).isEqualTo(Health.GREEN);
    }

    @Test
    void scopeByOpenChangeIssues() {
        assertThat(RagRules.assess(input(List.of(), null, null, "1", "0", "0", List.of("New interface"), List.of(), List.of()))
                .scope()).isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("1 open change issue: New interface")));
        assertThat(RagRules.assess(input(List.of(), null, null, "1", "0", "0", List.of("A", "B", "C"), List.of(), List.of()))
                .scope()).isEqualTo(new RagRules.Dimension(Health.RED, List.of("3 open change issues: A, B, C")));
    }

    @Test
    void riskByExposure() {
        // 4 × 4 = 16 ≥ 15 → red; 3 × 4 = 12 ≥ 10 → amber; 3 × 3 = 9 → green
        RagRules.Input red = input(List.of(), null, null, "1", "0", "0", List.of(),
                List.of(new RagRules.RiskFact("Vendor", 16), new RagRules.RiskFact("Staffing", 12)), List.of());
        assertThat(RagRules.assess(red).risk())
                .isEqualTo(new RagRules.Dimension(Health.RED, List.of("risk 'Vendor' has exposure 16")));
        RagRules.Input amber = input(List.of(), null, null, "1", "0", "0", List.of(),
                List.of(new RagRules.RiskFact("Staffing", 12), new RagRules.RiskFact("Weather", 9)), List.of());
        assertThat(RagRules.assess(amber).risk())
                .isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("risk 'Staffing' has exposure 12")));
        RagRules.Input green = input(List.of(), null, null, "1", "0", "0", List.of(),
                List.of(new RagRules.RiskFact("Weather", 9)), List.of());
        assertThat(RagRules.assess(green).risk().rag()).isEqualTo(Health.GREEN);
        // exactly 15 (3 × 5) is red
        assertThat(RagRules.assess(input(List.of(), null, null, "1", "0", "0", List.of(),
                List.of(new RagRules.RiskFact("Edge", 15)), List.of())).risk().rag()).isEqualTo(Health.RED);
    }

    @Test
    void criticalEscalationForcesScheduleAndOverallRedNamingTheEscalation() {
        RagRules.Input in = input(List.of(), "1.0", "1.0", "100", "50", "50", List.of(), List.of(),
                List.of(new RagRules.EscalationFact(BLOCKED, "Go-live blocked", EscalationSeverity.CRITICAL)));
        RagRules.Assessment a = RagRules.assess(in);
        String reason = "critical escalation open: Go-live blocked (critical-escalation " + BLOCKED + ")";
        assertThat(a.schedule()).isEqualTo(new RagRules.Dimension(Health.RED, List.of(reason)));
        assertThat(a.overall()).isEqualTo(new RagRules.Dimension(Health.RED, List.of("schedule: " + reason)));
        assertThat(a.causes()).containsExactly(new HealthCause("schedule", "critical-escalation", Health.RED, BLOCKED));
    }

    @Test
    void qualityFromRejectedMilestonesQualityEscalationsAndQualityIssues() {
        // one rejection at acceptance → amber; two → red
        RagRules.Assessment once = RagRules.assess(quality(new QualityRules.Facts(
                List.of(new QualityRules.RejectedMilestone("UAT sign-off", 1)), List.of(), List.of())));
        assertThat(once.quality()).isEqualTo(new RagRules.Dimension(Health.AMBER,
                List.of("milestone 'UAT sign-off' was rejected at acceptance")));
        assertThat(once.overall().rag()).isEqualTo(Health.AMBER);
        assertThat(once.causes()).containsExactly(new HealthCause("quality", "milestone-rejected", Health.AMBER, null));
        assertThat(RagRules.assess(quality(new QualityRules.Facts(
                List.of(new QualityRules.RejectedMilestone("UAT sign-off", 2)), List.of(), List.of()))).quality())
                .isEqualTo(new RagRules.Dimension(Health.RED, List.of("milestone 'UAT sign-off' was rejected at acceptance 2 times")));
        // an open quality escalation: medium → amber, high → red (naming the escalation)
        UUID defects = UUID.randomUUID();
        assertThat(RagRules.assess(quality(new QualityRules.Facts(List.of(),
                List.of(new RagRules.EscalationFact(defects, "Defect backlog", EscalationSeverity.MEDIUM)), List.of())))
                .quality()).isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("medium quality escalation open: Defect backlog")));
        RagRules.Assessment high = RagRules.assess(quality(new QualityRules.Facts(List.of(),
                List.of(new RagRules.EscalationFact(defects, "Defect backlog", EscalationSeverity.HIGH)), List.of())));
        assertThat(high.quality().rag()).isEqualTo(Health.RED);
        assertThat(high.overall().reasons()).containsExactly("quality: high quality escalation open: Defect backlog");
        assertThat(high.causes()).containsExactly(new HealthCause("quality", "quality-escalation", Health.RED, defects));
        // open quality issues in RAID: 2 → amber, 3 → red
        assertThat(RagRules.assess(quality(new QualityRules.Facts(List.of(), List.of(), List.of("A", "B")))).quality())
                .isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("2 open quality issues: A, B")));
        assertThat(RagRules.assess(quality(new QualityRules.Facts(List.of(), List.of(), List.of("A", "B", "C"))))
                .quality().rag()).isEqualTo(Health.RED);
    }

    @Test
    void riskIsShownButNoLongerCountsInOverall() {
        RagRules.Input in = input(List.of(), "1.0", "1.0", "100", "50", "50", List.of(),
                List.of(new RagRules.RiskFact("Data migration", 20)), List.of());
        RagRules.Assessment a = RagRules.assess(in);
        assertThat(a.risk().rag()).isEqualTo(Health.RED);
        assertThat(a.overall().rag()).isEqualTo(Health.GREEN);
    }

    @Test
    void overallIsTheWorstWithEveryNonGreenReason() {
        // schedule amber (SPI 0.93), quality red (3 open quality issues), budget/scope green → overall red with both
        RagRules.Input base = input(List.of(), "0.93", "1.0", "100", "50", "50", List.of(), List.of(), List.of());
        RagRules.Input in = new RagRules.Input(base.asOf(), base.milestones(), base.spi(), base.cpi(), base.bac(),
                base.pv(), base.ac(), base.openChangeIssues(), base.openRisks(), base.openCriticalEscalations(),
                new QualityRules.Facts(List.of(), List.of(), List.of("A", "B", "C")));
        RagRules.Assessment a = RagRules.assess(in);
        assertThat(a.overall().rag()).isEqualTo(Health.RED);
        assertThat(a.overall().reasons()).containsExactly("schedule: SPI 0.93 is below 0.95",
                "quality: 3 open quality issues: A, B, C");
        assertThat(a.causes()).containsExactly(new HealthCause("schedule", "spi-low", Health.AMBER, null),
                new HealthCause("quality", "quality-issues", Health.RED, null));
    }
}
