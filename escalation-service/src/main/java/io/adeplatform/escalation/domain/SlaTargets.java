package io.adeplatform.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;

/**
 * An escalation's SLA targets, copied from the policy of its severity when it opens (and when its severity changes),
 * and which thresholds of each were already announced, so every warning and breach is announced once.
 */
@Embeddable
public class SlaTargets {

    @Column(name = "acknowledge_target_minutes")
    public int acknowledgeMinutes;

    @Column(name = "resolve_target_minutes")
    public int resolveMinutes;

    /** The highest warning threshold already announced per target (0, 50, 75), and whether the breach was. */
    public int acknowledgeWarned;

    public boolean acknowledgeBreached;

    public int resolveWarned;

    public boolean resolveBreached;

    void copyFrom(SlaPolicy policy) {
        acknowledgeMinutes = policy.acknowledgeMinutes;
        resolveMinutes = policy.resolveMinutes;
    }

    public Duration duration(SlaTarget target) {
        return Duration.ofMinutes(target == SlaTarget.ACKNOWLEDGE ? acknowledgeMinutes : resolveMinutes);
    }

    public boolean isBreached() {
        return acknowledgeBreached || resolveBreached;
    }

    /** The highest threshold already announced for the target: 0, 50, 75, or 100 once breached. */
    int announced(SlaTarget target) {
        boolean breached = target == SlaTarget.ACKNOWLEDGE ? acknowledgeBreached : resolveBreached;
        return breached ? 100 : target == SlaTarget.ACKNOWLEDGE ? acknowledgeWarned : resolveWarned;
    }

    /** Records a newly reached threshold (50, 75 or 100); a breach counts as the 75 % warning too. */
    void markAnnounced(SlaTarget target, int threshold) {
        int warned = Math.min(threshold, 75);
        if (target == SlaTarget.ACKNOWLEDGE) {
            acknowledgeWarned = warned;
            acknowledgeBreached = threshold == 100;
        } else {
            resolveWarned = warned;
            resolveBreached = threshold == 100;
        }
    }

    public String text() {
        return acknowledgeMinutes + " min to acknowledge, " + resolveMinutes + " min to resolve";
    }
}
