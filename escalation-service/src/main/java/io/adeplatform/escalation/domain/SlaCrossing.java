package io.adeplatform.escalation.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A threshold an escalation's running SLA timer newly crossed: a warning at 50 or 75 % (only the highest when both
 * were passed since the last check) or the breach at 100 %. Each is found once per target: finding it marks it
 * announced on the escalation.
 */
public record SlaCrossing(SlaTarget target, int threshold, SlaClock.Measure measure, OffsetDateTime at,
                          TimelineEntry entry) {

    /** The crossings of the escalation's running timers at {@code now}; none once it is resolved or closed. */
    public static List<SlaCrossing> detect(Escalation e, Instant now) {
        List<SlaCrossing> crossings = new ArrayList<>();
        if (e.status.isActive()) {
            if (e.acknowledgedAt == null) {
                detect(e, SlaTarget.ACKNOWLEDGE, now, crossings);
            }
            if (e.resolvedAt == null) {
                detect(e, SlaTarget.RESOLVE, now, crossings);
            }
        }
        return crossings;
    }

    private static void detect(Escalation e, SlaTarget target, Instant now, List<SlaCrossing> crossings) {
        SlaClock.Measure m = e.measure(target, now);
        int reached = m.thresholdReached();
        if (reached <= e.sla.announced(target)) {
            return;
        }
        e.sla.markAnnounced(target, reached);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String what = what(target) + " (" + m.targetDuration().toMinutes() + " min)";
        TimelineEntry entry = reached == 100
                ? TimelineEntry.internal(e.id, at, TimelineKind.SLA_EVENT, Actor.SYSTEM.username(),
                "SLA breached: " + what + " exceeded").change(null, "breached")
                : TimelineEntry.internal(e.id, at, TimelineKind.SLA_EVENT, Actor.SYSTEM.username(),
                "SLA warning: " + reached + " % of " + what + " used, due " + m.dueAt()).change(null, "warning-" + reached);
        crossings.add(new SlaCrossing(target, reached, m, at, entry));
    }

    public boolean isBreach() {
        return threshold == 100;
    }

    public int targetMinutes() {
        return (int) measure.targetDuration().toMinutes();
    }

    /** Why a breach raises the level, as the timeline and the level-changed event tell it. */
    public String raiseReason() {
        return "automatic raise: SLA breached, " + what(target) + " of " + targetMinutes() + " min exceeded";
    }

    private static String what(SlaTarget target) {
        return target == SlaTarget.ACKNOWLEDGE ? "time to acknowledge" : "time to resolve";
    }
}
