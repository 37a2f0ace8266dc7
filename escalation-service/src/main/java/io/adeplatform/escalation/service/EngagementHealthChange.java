package io.adeplatform.escalation.service;

import java.util.List;
import java.util.regex.Pattern;
import java.util.UUID;

/**
 * Portfolio's report that an engagement's health (RAG) changed, with the reasons it gives. {@code previous} is null
 * when the engagement was registered with this health.
 */
public record EngagementHealthChange(UUID engagementId, UUID customerId, String name, String previous, Health current,
                                     List<String> reasons) {

    /**
     * The reason code portfolio gives when a critical escalation made the engagement red (e.g. "schedule:
     * critical-escalation 3b0e…: Go-live blocked"); matched as a whole word anywhere in a reason.
     */
    static final Pattern CRITICAL_ESCALATION = Pattern.compile("(?<![\\w-])critical-escalation(?![\\w-])");

    /** Red now, and not red before (amber, green, or registered red). */
    public boolean turnedRed() {
        return current == Health.RED && !"red".equalsIgnoreCase(previous);
    }

    /** A reason says a critical escalation made it red: that escalation already stands for the problem. */
    public boolean causedByCriticalEscalation() {
        return current == Health.RED && reasons.stream().anyMatch(r -> CRITICAL_ESCALATION.matcher(r).find());
    }

    /** The RAG colours portfolio reports. */
    public enum Health {
        GREEN, AMBER, RED
    }
}
