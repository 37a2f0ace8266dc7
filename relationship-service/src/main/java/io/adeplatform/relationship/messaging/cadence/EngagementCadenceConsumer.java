package io.adeplatform.relationship.messaging.cadence;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.relationship.service.cadence.SteeringCadenceService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The steering cadence from portfolio.engagement.events (channel and inbox {@code cadence-engagements}): engagements
 * created (with their start), closed (the closed event, or a stage change to closure) and steering committee meetings
 * held. Other types are skipped; an event without its ids or dates is poison.
 */
@ApplicationScoped
public class EngagementCadenceConsumer {

    static final String ENGAGEMENT = "io.adeplatform.portfolio.engagement.";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    SteeringCadenceService cadence;

    @Inject
    Clock clock;

    private final EventHandlers handlers = EventHandlers
            .on(ENGAGEMENT + "created.v1", this::created)
            .on(ENGAGEMENT + "closed.v1", this::closed)
            .on(ENGAGEMENT + "stage-changed.v1", this::stageChanged)
            .on(ENGAGEMENT + "steering-meeting-held.v1", this::steeringMeetingHeld)
            .build();

    @Incoming("cadence-engagements")
    @Blocking
    public void onEngagementEvent(ConsumerRecord<String, String> record) {
        consumer.consume("cadence-engagements", record, handlers);
    }

    private void created(IncomingEvent event) {
        cadence.engagementCreated(event.type(), event.requiredUuid("engagementId"), event.requiredUuid("customerId"),
                event.requiredDate("startDate"));
    }

    private void closed(IncomingEvent event) {
        cadence.engagementClosed(event.type(), event.requiredUuid("engagementId"), event.requiredUuid("customerId"));
    }

    private void stageChanged(IncomingEvent event) {
        if ("closure".equals(event.requiredText("to"))) {
            closed(event);
        }
    }

    private void steeringMeetingHeld(IncomingEvent event) {
        cadence.steeringMeetingHeld(event.type(), event.requiredUuid("meetingId"), event.requiredUuid("engagementId"),
                event.requiredUuid("customerId"), event.requiredDate("meetingDate"),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
