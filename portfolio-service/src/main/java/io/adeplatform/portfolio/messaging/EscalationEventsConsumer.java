package io.adeplatform.portfolio.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.portfolio.domain.EscalationSeverity;
import io.adeplatform.portfolio.service.EscalationHealthService;
import io.adeplatform.portfolio.service.EscalationHealthService.EscalationOnEngagement;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * escalation.escalation.events: escalations on an engagement drive its health (critical ones force it red, quality
 * ones rate quality); other types are skipped.
 */
@ApplicationScoped
public class EscalationEventsConsumer {

    @Inject
    IdempotentConsumer inbox;


    public static final String ESCALATION_OPENED = "io.adeplatform.escalation.escalation.opened.v1";
    public static final String ESCALATION_RESOLVED = "io.adeplatform.escalation.escalation.resolved.v1";
    public static final String ESCALATION_CLOSED = "io.adeplatform.escalation.escalation.closed.v1";
    public static final String ESCALATION_REOPENED = "io.adeplatform.escalation.escalation.reopened.v1";
    public static final String SEVERITY_CHANGED = "io.adeplatform.escalation.escalation.severity-changed.v1";

    @Inject
    EscalationHealthService escalations;

    private final EventHandlers handlers = EventHandlers.on(ESCALATION_OPENED, this::onOpened)
            .on(ESCALATION_RESOLVED, event -> onEnded(event, "resolvedAt"))
            .on(ESCALATION_CLOSED, event -> onEnded(event, "closedAt"))
            .on(ESCALATION_REOPENED, this::onReopened)
            .on(SEVERITY_CHANGED, this::onSeverityChanged)
            .build();

    @Incoming("escalation-events")
    @Blocking
    public void onEscalationEvent(ConsumerRecord<String, String> record) {
        inbox.consume("escalation-health", record, handlers);
    }

    /** Every escalation on an engagement is kept (its severity and category decide what it does to health). */
    void onOpened(IncomingEvent event) {
        EscalationOnEngagement x = escalation(event);
        if (x != null) {
            escalations.escalationOpened(x, event.optionalTime("openedAt"));
        }
    }

    void onSeverityChanged(IncomingEvent event) {
        EscalationOnEngagement x = escalation(event);
        if (x != null) {
            escalations.severityChanged(x);
        }
    }

    /** The escalation the event names, or null when it is on no engagement (then it does not concern health). */
    private static EscalationOnEngagement escalation(IncomingEvent event) {
        UUID engagementId = event.optionalUuid("engagementId");
        if (engagementId == null) {
            return null;
        }
        UUID escalationId = event.requiredUuid("escalationId");
        String title = event.optionalText("title");
        return new EscalationOnEngagement(escalationId, event.requiredUuid("customerId"), engagementId,
                title == null ? "escalation " + escalationId : title,
                event.requiredEnum(EscalationSeverity.class, "severity"), event.optionalText("category"));
    }

    /** Resolved or closed: no longer counts (at the event's time; the service takes now when it has none). */
    void onEnded(IncomingEvent event, String timeField) {
        escalations.escalationResolved(event.requiredUuid("escalationId"), event.optionalTime(timeField));
    }

    void onReopened(IncomingEvent event) {
        escalations.escalationReopened(event.requiredUuid("escalationId"));
    }
}
