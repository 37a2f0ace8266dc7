package io.adeplatform.portfolio.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a steering committee meeting produced, kept as JSON on {@link SteeringMeeting}. */
public record MeetingContent(List<String> attendees, List<String> agenda, List<Decision> decisions,
                             List<Action> actions) {

    /** A decision, and what it does to the RAID entries it names (an effect is required when it names any). */
    public record Decision(String text, List<UUID> raidItemIds, DecisionEffect effect, RaidStatus status,
                           LocalDate dueDate) {
    }

    /** An action item; it becomes an open RAID action, whose id is {@code raidItemId}. */
    public record Action(String title, String owner, LocalDate dueDate, UUID raidItemId) {
    }
}
