package io.adeplatform.escalation.domain;

/** A move of an escalation's status, with the note that explains it and the timeline entry recording it. */
public record StatusChange(EscalationStatus from, EscalationStatus to, String note, Actor by, TimelineEntry entry) {

    public boolean isReopening() {
        return from.isReopening(to);
    }
}
