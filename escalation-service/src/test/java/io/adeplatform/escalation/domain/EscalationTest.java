package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.NotPermitted;
import io.adeplatform.platform.core.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate's lifecycle rules and side effects, plain Java, with time passed in. */
class EscalationTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-27T09:00:00Z");
    private static final Actor DM = new Actor("dm", Authority.DELIVERY_MANAGER);
    private static final Actor EXEC = new Actor("exec", Authority.EXECUTIVE);

    private static SlaPolicy policy(Severity severity, int acknowledge, int resolve) {
        SlaPolicy policy = new SlaPolicy();
        policy.severity = severity;
        policy.acknowledgeMinutes = acknowledge;
        policy.resolveMinutes = resolve;
        return policy;
    }

    private static Escalation critical() {
        EscalationDetails details = new EscalationDetails(null, " Cut-over slipped ", "twice", Severity.CRITICAL,
                Category.DELIVERY, null, List.of(" zoe ", "zoe", "al"));
        return Escalation.open(UUID.randomUUID(), Source.CUSTOMER, details, policy(Severity.CRITICAL, 60, 1440), DM, T0);
    }

    private static RootCause rootCause() {
        return new RootCause(CauseCategory.CAPACITY, " engineers pulled ", "returned", "staffing locked");
    }

    private static OffsetDateTime at(int minutes) {
        return T0.plusMinutes(minutes);
    }

    @Test
    void opensAtL1WithTheTargetsOfItsSeverityAndTheOpenerAsOwner() {
        Escalation e = critical();
        assertThat(e.status).isEqualTo(EscalationStatus.OPEN);
        assertThat(e.level).isEqualTo(Level.L1);
        assertThat(e.levelSetBy).isEqualTo(Authority.DELIVERY_MANAGER);
        assertThat(e.owner).isEqualTo("dm");
        assertThat(e.title).isEqualTo("Cut-over slipped");
        assertThat(e.watchers).containsExactlyInAnyOrder("zoe", "al");
        assertThat(e.sla.acknowledgeMinutes).isEqualTo(60);
        assertThat(e.openingEntry().text).isEqualTo("Escalation opened (critical, customer) at L1, owner dm; "
                + "SLA 60 min to acknowledge, 1440 min to resolve");
    }

    @Test
    void recordedAfterTheFactWithinThirtyDaysOnly() {
        assertThat(Escalation.openedAt(null, T0)).isEqualTo(T0);
        assertThat(Escalation.openedAt(at(-48), T0)).isEqualTo(at(-48));
        assertThatThrownBy(() -> Escalation.openedAt(at(60), T0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Escalation.openedAt(T0.minusDays(31), T0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void resolvingNeedsTheRootCauseAndReopeningTurnsTheResolvedTimeIntoAPause() {
        Escalation e = critical();
        assertThatThrownBy(() -> e.moveTo(EscalationStatus.RESOLVED, "x", rootCause(), DM, at(1)))
                .isInstanceOf(Conflict.class).hasMessage("cannot move from open to resolved; allowed: acknowledged")
                .extracting(t -> ((Conflict) t).details())
                .isEqualTo(java.util.Map.of("from", "open", "to", "resolved", "allowed", java.util.List.of("acknowledged")));
        e.moveTo(EscalationStatus.ACKNOWLEDGED, "on it", null, DM, at(10));
        e.moveTo(EscalationStatus.INVESTIGATING, "looking", null, DM, at(20));
        assertThatThrownBy(() -> e.moveTo(EscalationStatus.RESOLVED, "x", null, DM, at(30)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> e.moveTo(EscalationStatus.MITIGATED, "x", rootCause(), DM, at(30)))
                .isInstanceOf(InvalidInput.class);
        SlaPause.pauseTimers(e, "waiting for customer", DM, at(30));

        StatusChange resolved = e.moveTo(EscalationStatus.RESOLVED, " fixed ", rootCause(), DM, at(40));
        assertThat(resolved.entry().text).isEqualTo("fixed");
        assertThat(e.acknowledgedAt).isEqualTo(at(10));
        assertThat(e.resolvedAt).isEqualTo(at(40));
        assertThat(e.rootCause.description).isEqualTo("engineers pulled");
        assertThat(e.openPause()).isEmpty(); // resolving ended the pause

        StatusChange reopened = e.moveTo(EscalationStatus.INVESTIGATING, "failed again", null, EXEC, at(100));
        assertThat(reopened.isReopening()).isTrue();
        assertThat(e.resolvedAt).isNull();
        assertThat(e.rootCause).isNull();
        SlaPause resolvedTime = e.pauses.get(1);
        assertThat(resolvedTime.reason).isEqualTo("resolved until reopened");
        assertThat(Duration.between(resolvedTime.startedAt, resolvedTime.endedAt)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void loweringNeedsTheAuthorityThatSetTheLevel() {
        Escalation e = critical();
        LevelChange raise = e.changeLevel(Level.L3, " CIO involved ", EXEC, at(5));
        assertThat(raise.entry().text).isEqualTo("Raised from L1 to L3: CIO involved");
        assertThat(raise.isAutomatic()).isFalse();
        assertThatThrownBy(() -> e.changeLevel(Level.L3, "again", EXEC, at(6))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> e.changeLevel(Level.L2, "calmer", DM, at(6)))
                .isInstanceOf(NotPermitted.class).hasMessageContaining("executive");
        assertThat(e.changeLevel(Level.L1, "back to the team", EXEC, at(7)).entry().text).startsWith("Lowered from L3 to L1");
        assertThat(e.raiseAutomatically("breach", at(8)).orElseThrow().by()).isEqualTo(Actor.SYSTEM);
        assertThat(e.levelSetBy).isEqualTo(Authority.SYSTEM);
    }

    @Test
    void pausesOnlyOnceAndOnlyWhileActive() {
        Escalation e = critical();
        assertThatThrownBy(() -> SlaPause.resumeTimers(e, null, DM, at(1))).isInstanceOf(Conflict.class);
        SlaPause.pauseTimers(e, " waiting ", DM, at(10));
        assertThatThrownBy(() -> SlaPause.pauseTimers(e, "again", DM, at(11))).isInstanceOf(Conflict.class);
        assertThat(SlaPause.resumeTimers(e, "answered", DM, at(40)).text)
                .isEqualTo("SLA timers resumed after 30 min paused (waiting): answered");
    }

    @Test
    void slaCrossingsAreFoundOnceAndABreachAlsoMarksTheWarning() {
        Escalation e = critical();
        assertThat(SlaCrossing.detect(e, at(29).toInstant())).isEmpty();
        assertThat(SlaCrossing.detect(e, at(31).toInstant())).extracting(SlaCrossing::threshold).containsExactly(50);
        assertThat(SlaCrossing.detect(e, at(32).toInstant())).isEmpty();
        List<SlaCrossing> breach = SlaCrossing.detect(e, at(61).toInstant()); // 75 % was skipped: only the breach
        assertThat(breach).extracting(SlaCrossing::threshold).containsExactly(100);
        assertThat(breach.get(0).raiseReason())
                .isEqualTo("automatic raise: SLA breached, time to acknowledge of 60 min exceeded");
        assertThat(e.sla.acknowledgeWarned).isEqualTo(75);
        assertThat(e.sla.isBreached()).isTrue();
        assertThat(SlaCrossing.detect(e, at(90).toInstant())).isEmpty();
    }

    @Test
    void aNewSeverityRetargetsTheSlaAndClosedEscalationsAcceptNoChange() {
        Escalation e = critical();
        EscalationDetails same = new EscalationDetails(null, "t", "d", Severity.CRITICAL, Category.QUALITY, "al", null);
        assertThat(e.revise(same, "no change", policy(Severity.CRITICAL, 30, 600), DM, at(1))).isEmpty();
        assertThat(e.sla.acknowledgeMinutes).isEqualTo(60); // only a severity change copies the policy again
        assertThat(e.watchers).isEmpty();
        EscalationDetails low = new EscalationDetails(null, "t", "d", Severity.LOW, Category.QUALITY, "al", null);
        SeverityChange change = e.revise(low, "  workaround in place  ", policy(Severity.LOW, 1440, 14400), DM, at(2))
                .orElseThrow();
        assertThat(change.from()).isEqualTo(Severity.CRITICAL);
        assertThat(change.to()).isEqualTo(Severity.LOW);
        assertThat(change.reason()).isEqualTo("workaround in place");
        assertThat(change.at()).isEqualTo(at(2));
        assertThat(change.entry().to).isEqualTo("low");
        assertThat(change.entry().text).contains("from critical to low: workaround in place");
        assertThat(e.sla.resolveMinutes).isEqualTo(14400);
        e.moveTo(EscalationStatus.ACKNOWLEDGED, "a", null, DM, at(3));
        e.moveTo(EscalationStatus.INVESTIGATING, "i", null, DM, at(4));
        e.moveTo(EscalationStatus.RESOLVED, "r", rootCause(), DM, at(5));
        e.moveTo(EscalationStatus.CLOSED, "c", null, DM, at(6));
        assertThatThrownBy(() -> e.revise(low, null, policy(Severity.LOW, 1, 2), DM, at(7))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> e.addUpdate("late", Visibility.INTERNAL, null, DM, at(7))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> e.changeLevel(Level.L2, "x", DM, at(7))).isInstanceOf(Conflict.class);
    }
}
