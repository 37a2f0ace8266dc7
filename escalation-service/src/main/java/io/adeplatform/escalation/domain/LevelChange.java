package io.adeplatform.escalation.domain;

import java.time.OffsetDateTime;

/** A raise or lowering of an escalation's level: who, why, when, and the timeline entry recording it. */
public record LevelChange(Level from, Level to, String reason, Actor by, OffsetDateTime at, TimelineEntry entry) {

    /** Raised by the system (an SLA breach) rather than by a person. */
    public boolean isAutomatic() {
        return by.isSystem();
    }
}
