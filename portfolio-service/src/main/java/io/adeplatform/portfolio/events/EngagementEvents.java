package io.adeplatform.portfolio.events;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.HealthCause;
import io.adeplatform.portfolio.domain.Milestone;
import io.adeplatform.portfolio.domain.Stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payloads of portfolio.engagement.events; their JSON Schemas live in contracts/events/portfolio/. */
public final class EngagementEvents {

    public static final String AGGREGATE = "engagement";

    private EngagementEvents() {
    }

    public record Created(UUID engagementId, UUID customerId, String name, String offering, String contractRef,
                          String deliveryManager, LocalDate startDate, LocalDate endDate, Money budget, Stage stage) {
        public static final String NAME = "created";

        public static Created of(Engagement e) {
            return new Created(e.id, e.customerId, e.name, e.offering, e.contractRef, e.deliveryManager,
                    e.startDate, e.endDate, e.budget(), e.stage);
        }
    }

    public record StageChanged(UUID engagementId, UUID customerId, Stage from, Stage to, OffsetDateTime changedAt,
                               String changedBy) {
        public static final String NAME = "stage-changed";
    }

    /**
     * {@code previous} is null for an engagement registered already red; {@code causes} are the machine-readable
     * causes of the reasons (a critical escalation's carry code critical-escalation and its escalationId).
     */
    public record HealthChanged(UUID engagementId, UUID customerId, String name, Health previous, Health current,
                                List<String> reasons, List<HealthCause> causes, OffsetDateTime changedAt) {
        public static final String NAME = "health-changed";
    }

    /** A milestone was planned: other services learn its id and customer (billing's contract lines name it). */
    public record MilestonePlanned(UUID engagementId, UUID customerId, UUID milestoneId, String name, LocalDate dueDate,
                                   Money amount) {
        public static final String NAME = "milestone-planned";

        public static MilestonePlanned of(Engagement e, Milestone m) {
            return new MilestonePlanned(e.id, e.customerId, m.id, m.name, m.dueDate, m.amount());
        }
    }

    public record MilestoneAccepted(UUID engagementId, UUID customerId, UUID milestoneId, String name, Money amount,
                                    String contractRef, OffsetDateTime acceptedAt, String acceptedBy) {
        public static final String NAME = "milestone-accepted";
    }

    public record Closed(UUID engagementId, UUID customerId, OffsetDateTime closedAt) {
        public static final String NAME = "closed";
    }

    public record BudgetChanged(UUID engagementId, UUID customerId, Money budget) {
        public static final String NAME = "budget-changed";
    }

    /**
     * A steering committee meeting was recorded as held on {@code meetingDate} (issue 21: relationship-service tracks
     * the steering cadence of each engagement). No minutes and no names: the meeting's content stays here.
     */
    public record SteeringMeetingHeld(UUID engagementId, UUID customerId, UUID meetingId, LocalDate meetingDate,
                                      OffsetDateTime recordedAt) {
        public static final String NAME = "steering-meeting-held";
    }
}
