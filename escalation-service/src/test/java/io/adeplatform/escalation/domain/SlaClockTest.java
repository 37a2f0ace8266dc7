package io.adeplatform.escalation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SLA arithmetic with worked examples; "now" is always passed in, as the service's Clock would. */
class SlaClockTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void runningTimerWithoutPauses() {
        // critical, 60 min to acknowledge, 20 min after opening: 20/60 = 33.3 %, 40 min left, due at 10:00
        SlaClock.Measure m = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, List.of(), at(20));
        assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(20));
        assertThat(m.remaining()).isEqualTo(Duration.ofMinutes(40));
        assertThat(m.percentUsed()).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(m.state()).isEqualTo(SlaState.OK);
        assertThat(m.warningThreshold()).isNull();
        assertThat(m.timer()).isEqualTo(TimerState.RUNNING);
        assertThat(m.dueAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void warningAtFiftyAndSeventyFivePercentAndBreachAtHundred() {
        // 29:59 of 60 min is still ok; 30:00 is exactly 50 %; 45:00 is 75 %; 60:00 is the breach
        assertThat(SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, List.of(), at(30).minusSeconds(1)).state())
                .isEqualTo(SlaState.OK);
        SlaClock.Measure half = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, List.of(), at(30));
        assertThat(half.state()).isEqualTo(SlaState.WARNING);
        assertThat(half.warningThreshold()).isEqualTo(50);
        assertThat(half.thresholdReached()).isEqualTo(50);
        SlaClock.Measure threeQuarters = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, List.of(), at(45));
        assertThat(threeQuarters.warningThreshold()).isEqualTo(75);
        assertThat(threeQuarters.percentUsed()).isEqualByComparingTo("75.0");
        SlaClock.Measure breached = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, List.of(), at(90));
        assertThat(breached.state()).isEqualTo(SlaState.BREACHED);
        assertThat(breached.thresholdReached()).isEqualTo(100);
        assertThat(breached.percentUsed()).isEqualByComparingTo("150.0");
        assertThat(breached.remaining()).isEqualTo(Duration.ofMinutes(-30));
        // running and overdue: the due time lies in the past, at 10:00
        assertThat(breached.dueAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void closedPauseIsExcludedAndPushesTheDueTimeBack() {
        // opened 09:00, paused 09:10-09:40 (waiting for customer), now 10:00:
        // elapsed = 60 - 30 = 30 min of 60 → 50 %, due at 10:30 (nominal 10:00 + 30 min paused)
        List<SlaClock.Interval> pauses = List.of(new SlaClock.Interval(at(10), at(40)));
        SlaClock.Measure m = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, pauses, at(60));
        assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(m.paused()).isEqualTo(Duration.ofMinutes(30));
        assertThat(m.percentUsed()).isEqualByComparingTo("50.0");
        assertThat(m.state()).isEqualTo(SlaState.WARNING);
        assertThat(m.dueAt()).isEqualTo(Instant.parse("2026-11-27T10:30:00Z"));
    }

    @Test
    void openPauseFreezesTheTimer() {
        // paused since 09:20, now 11:00: elapsed stays 20 min; no due time while paused
        List<SlaClock.Interval> pauses = List.of(new SlaClock.Interval(at(20), null));
        SlaClock.Measure m = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, null, pauses, at(120));
        assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(20));
        assertThat(m.paused()).isEqualTo(Duration.ofMinutes(100));
        assertThat(m.timer()).isEqualTo(TimerState.PAUSED);
        assertThat(m.dueAt()).isNull();
        assertThat(m.state()).isEqualTo(SlaState.OK);
    }

    @Test
    void severalAndOverlappingPausesCountOnce() {
        // resolve target 24 h; pauses 1h-3h and 2h-4h overlap (3 h paused in all), and 10h-11h (1 h); now 12 h:
        // elapsed = 12 - 4 = 8 h of 24 → 33.3 %, remaining 16 h
        Duration day = Duration.ofHours(24);
        List<SlaClock.Interval> pauses = List.of(
                new SlaClock.Interval(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(3))),
                new SlaClock.Interval(T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(4))),
                new SlaClock.Interval(T0.plus(Duration.ofHours(10)), T0.plus(Duration.ofHours(11))));
        SlaClock.Measure m = SlaClock.measure(SlaTarget.RESOLVE, day, T0, null, pauses, T0.plus(Duration.ofHours(12)));
        assertThat(m.elapsed()).isEqualTo(Duration.ofHours(8));
        assertThat(m.remaining()).isEqualTo(Duration.ofHours(16));
        assertThat(m.percentUsed()).isEqualByComparingTo("33.3");
    }

    @Test
    void stoppedTimerKeepsItsValueAndIgnoresLaterPauses() {
        // acknowledged at 09:50 after a 09:05-09:15 pause: 40 of 60 min used (66.6 %), whatever happens afterwards
        List<SlaClock.Interval> pauses = List.of(new SlaClock.Interval(at(5), at(15)), new SlaClock.Interval(at(70), null));
        SlaClock.Measure m = SlaClock.measure(SlaTarget.ACKNOWLEDGE, HOUR, T0, at(50), pauses, at(300));
        assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(40));
        assertThat(m.percentUsed()).isEqualByComparingTo("66.6");
        assertThat(m.timer()).isEqualTo(TimerState.STOPPED);
        assertThat(m.state()).isEqualTo(SlaState.WARNING);
        assertThat(m.warningThreshold()).isEqualTo(50);
        assertThat(m.dueAt()).isNull();
    }

    @Test
    void pauseBeforeStartOrPartlyOutsideIsClipped() {
        // a pause from 08:30 to 09:10 only covers 10 min of the timer; now 09:30 → 20 min elapsed
        List<SlaClock.Interval> pauses = List.of(new SlaClock.Interval(T0.minus(Duration.ofMinutes(30)), at(10)));
        assertThat(SlaClock.elapsed(T0, null, pauses, at(30))).isEqualTo(Duration.ofMinutes(20));
        // a clock behind the start never yields negative time
        assertThat(SlaClock.elapsed(T0, null, List.of(), T0.minusSeconds(5))).isEqualTo(Duration.ZERO);
    }
}
