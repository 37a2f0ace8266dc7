package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.quality.GateStanding;
import io.adeplatform.portfolio.domain.quality.GateWaiver;
import io.adeplatform.portfolio.domain.quality.QualityFinding;
import io.adeplatform.portfolio.domain.quality.QualityGate;
import io.adeplatform.portfolio.domain.quality.QualityReview;
import io.adeplatform.portfolio.domain.quality.ReviewFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 20: the quality dimension from reviews and findings, a review's pass rule and where a gate stands. */
class QualityReviewRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00Z");
    private static final UUID ENGAGEMENT = UUID.randomUUID();

    private static RagRules.Dimension quality(ReviewFacts reviews) {
        RagRules.Input in = new RagRules.Input(LocalDate.parse("2026-11-27"), List.of(), null, null,
                Money.of("100", "USD"), Money.of("0", "USD"), Money.of("0", "USD"), List.of(), List.of(), List.of(),
                new QualityRules.Facts(List.of(), List.of(), List.of(), reviews));
        return RagRules.assess(in).quality();
    }

    private static QualityGate gate() {
        QualityGate g = new QualityGate();
        g.code = "solution-review";
        g.name = "Solution review";
        g.targetStage = Stage.DELIVERY_PLANNING;
        g.checklist = List.of("Design reviewed", "Estimates validated");
        return g;
    }

    private static QualityFinding finding(QualityReview review, FindingSeverity severity) {
        return QualityFinding.raise(review, severity, severity.name() + " finding", null, UUID.randomUUID(), NOW, "dave");
    }

    @Test
    void failedReviewsAndOpenFindingsRateQuality() {
        assertThat(quality(ReviewFacts.NONE).rag()).isEqualTo(Health.GREEN);
        assertThat(quality(new ReviewFacts(List.of(), List.of(new ReviewFacts.OpenFinding(FindingSeverity.LOW, "Typos")))).rag())
                .isEqualTo(Health.GREEN);
        assertThat(quality(new ReviewFacts(List.of(), List.of(new ReviewFacts.OpenFinding(FindingSeverity.MEDIUM, "Logs")))))
                .isEqualTo(new RagRules.Dimension(Health.AMBER, List.of("open medium review finding: Logs")));
        assertThat(quality(new ReviewFacts(List.of(), List.of(new ReviewFacts.OpenFinding(FindingSeverity.HIGH, "No DR")))).rag())
                .isEqualTo(Health.RED);
        assertThat(quality(new ReviewFacts(List.of("Solution review"), List.of())))
                .isEqualTo(new RagRules.Dimension(Health.RED, List.of("quality review 'Solution review' failed")));
    }

    @Test
    void aReviewPassesOnlyWithItsChecklistDoneAndNoBlockingFinding() {
        QualityReview review = QualityReview.start(ENGAGEMENT, gate(), null, "erin", NOW, "erin");
        assertThat(review.title).isEqualTo("Solution review");
        assertThatThrownBy(() -> review.decide(ReviewOutcome.PASSED, List.of(), NOW, "erin"))
                .isInstanceOf(Conflict.class).hasMessageContaining("checklist item not done: Design reviewed");
        review.check(Set.of("Design reviewed", "Estimates validated"));
        List<QualityFinding> findings = List.of(finding(review, FindingSeverity.CRITICAL), finding(review, FindingSeverity.MEDIUM));
        assertThatThrownBy(() -> review.decide(ReviewOutcome.PASSED, findings, NOW, "erin"))
                .isInstanceOf(Conflict.class).hasMessageContaining("open critical finding: CRITICAL finding");
        findings.get(0).moveTo(FindingStatus.RESOLVED, NOW, "erin");
        review.decide(ReviewOutcome.PASSED, findings, NOW, "erin");
        assertThat(review.outcome).isEqualTo(ReviewOutcome.PASSED);
        assertThatThrownBy(() -> review.decide(ReviewOutcome.FAILED, findings, NOW, "erin"))
                .isInstanceOf(Conflict.class).hasMessageContaining("allowed: pending");
    }

    @Test
    void aGateStandsPassedByAnyPassedReviewWaivedByAWaiverElseByTheLatestReview() {
        QualityGate gate = gate();
        assertThat(GateStanding.of(gate, List.of(), List.of(), null).status()).isEqualTo(GateStatus.NOT_REVIEWED);
        QualityReview failed = QualityReview.start(ENGAGEMENT, gate, "first", "erin", NOW, "erin");
        failed.decide(ReviewOutcome.FAILED, List.of(), NOW, "erin");
        GateStanding standing = GateStanding.of(gate, List.of(failed), List.of(), null);
        assertThat(standing.status()).isEqualTo(GateStatus.FAILED);
        assertThat(standing.open()).startsWith("review 'first' failed");
        assertThatThrownBy(standing::requireLetThrough).isInstanceOf(Conflict.class)
                .hasMessageStartingWith("the Solution review gate (solution-review) must pass before delivery-planning");
        GateWaiver waiver = GateWaiver.of(ENGAGEMENT, gate, "accepted risk", NOW, "erin");
        GateStanding waived = GateStanding.of(gate, List.of(failed), List.of(), waiver);
        assertThat(waived.status()).isEqualTo(GateStatus.WAIVED);
        waived.requireLetThrough();
        QualityReview second = QualityReview.start(ENGAGEMENT, gate, "second", "erin", NOW, "erin");
        second.check(Set.copyOf(gate.checklist));
        second.decide(ReviewOutcome.PASSED, List.of(), NOW, "erin");
        assertThat(GateStanding.of(gate, List.of(failed, second), List.of(), null).status()).isEqualTo(GateStatus.PASSED);
    }
}
