package io.adeplatform.escalation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * SLA arithmetic, plain Java. A timer runs from {@code start} until {@code stop} (or now while not stopped); the
 * time inside pause intervals does not count. Percent used = elapsed / target; warning from 50 % and again from 75 %,
 * breached at 100 %. The due time ("breach at") is now + remaining while the timer runs, i.e. the nominal due time
 * pushed back by every pause.
 */
public final class SlaClock {

    private SlaClock() {
    }

    /** A pause from start to end; end null while it lasts. */
    public record Interval(Instant start, Instant end) {
    }

    /** One target measured at one instant. */
    public record Measure(SlaTarget target, Duration targetDuration, Duration elapsed, Duration paused, Duration remaining,
                          BigDecimal percentUsed, SlaState state, Integer warningThreshold, TimerState timer, Instant dueAt) {

        /** The highest threshold reached: 0, 50, 75 or 100. */
        public int thresholdReached() {
            if (state == SlaState.BREACHED) {
                return 100;
            }
            return warningThreshold == null ? 0 : warningThreshold;
        }
    }

    /** Time between start and (stop or now), minus the parts of pauses that fall inside it. Never negative. */
    public static Duration elapsed(Instant start, Instant stop, List<Interval> pauses, Instant now) {
        Instant end = stop != null ? stop : now;
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration total = Duration.between(start, end).minus(pausedWithin(start, end, pauses, now));
        return total.isNegative() ? Duration.ZERO : total;
    }

    /** How much of [from, to] the pauses cover (an open pause lasts until now). Overlapping pauses count once. */
    public static Duration pausedWithin(Instant from, Instant to, List<Interval> pauses, Instant now) {
        List<Interval> clipped = pauses.stream()
                .map(p -> new Interval(max(p.start(), from), min(p.end() == null ? now : p.end(), to)))
                .filter(p -> p.end().isAfter(p.start()))
                .sorted((a, b) -> a.start().compareTo(b.start()))
                .toList();
        Duration total = Duration.ZERO;
        Instant coveredUntil = from;
        for (Interval p : clipped) {
            Instant begin = max(p.start(), coveredUntil);
            if (p.end().isAfter(begin)) {
                total = total.plus(Duration.between(begin, p.end()));
                coveredUntil = p.end();
            }
        }
        return total;
    }

    public static Measure measure(SlaTarget target, Duration targetDuration, Instant start, Instant stop,
                                  List<Interval> pauses, Instant now) {
        Duration elapsed = elapsed(start, stop, pauses, now);
        Instant end = stop != null ? stop : now;
        Duration paused = end.isAfter(start) ? pausedWithin(start, end, pauses, now) : Duration.ZERO;
        Duration remaining = targetDuration.minus(elapsed);
        BigDecimal percent = BigDecimal.valueOf(elapsed.toMillis()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(targetDuration.toMillis()), 1, RoundingMode.DOWN);
        SlaState state;
        Integer threshold = null;
        if (elapsed.compareTo(targetDuration) >= 0) {
            state = SlaState.BREACHED;
        } else if (elapsed.multipliedBy(4).compareTo(targetDuration.multipliedBy(3)) >= 0) {
            state = SlaState.WARNING;
            threshold = 75;
        } else if (elapsed.multipliedBy(2).compareTo(targetDuration) >= 0) {
            state = SlaState.WARNING;
            threshold = 50;
        } else {
            state = SlaState.OK;
        }
        TimerState timer;
        if (stop != null) {
            timer = TimerState.STOPPED;
        } else if (pauses.stream().anyMatch(p -> p.end() == null && !p.start().isAfter(now))) {
            timer = TimerState.PAUSED;
        } else {
            timer = TimerState.RUNNING;
        }
        Instant dueAt = timer == TimerState.RUNNING ? now.plus(remaining) : null;
        return new Measure(target, targetDuration, elapsed, paused, remaining, percent, state, threshold, timer, dueAt);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
