package io.adeplatform.portfolio.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.portfolio.service.EscalationHealthService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** escalation.escalation.events: critical escalations on an engagement drive its health; other types are skipped. */
@ApplicationScoped
public class EscalationEventsConsumer {

    @Inject
    IdempotentConsumer inbox;


    public static final String ESCALATION_OPENED = "io.adeplatform.escalation.escalation.opened.v1";
    public static final String ESCALATION_RESOLVED = "io.adeplatform.escalation.escalation.resolved.v1";
    public static final String ESCALATION_CLOSED = "io.adeplatform.escalation.escalation.closed.v1";
    public static final String ESCALATION_REOPENED = "io.adeplatform.escalation.escalation.reopened.v1";

    @Inject
    EscalationHealthService escalations;

    private final EventHandlers handlers = EventHandlers.on(ESCALATION_OPENED, this::onOpened)
            .on(ESCALATION_RESOLVED, event -> onEnded(event, "resolvedAt"))
            .on(ESCALATION_CLOSED, event -> onEnded(event, "closedAt"))
            .on(ESCALATION_REOPENED, this::onReopened)
            .build();

    @Incoming("escalation-events")
    @Blocking
    public void onEscalationEvent(ConsumerRecord<String, String> record) {
        inbox.consume("escalation-health", record, handlers);
    }

    /** Only a critical escalation on an engagement affects its health. */
    void onOpened(IncomingEvent event) {
        if (!"critical".equals(event.optionalText("severity"))) {
            return;
        }
        UUID engagementId = event.optionalUuid("engagementId");
        if (engagementId == null) {
            return;
        }
        UUID escalationId = event.requiredUuid("escalationId");
        String title = event.optionalText("title");
        escalations.criticalEscalationOpened(escalationId, event.requiredUuid("customerId"), engagementId,
                title == null ? "escalation " + escalationId : title, event.optionalTime("openedAt"));
    }

    /** Resolved or closed: no longer counts (at the event's time; the service takes now when it has none). */
    void onEnded(IncomingEvent event, String timeField) {
        escalations.escalationResolved(event.requiredUuid("escalationId"), event.optionalTime(timeField));
    }

    void onReopened(IncomingEvent event) {
        escalations.escalationReopened(event.requiredUuid("escalationId"));
    }
}
