package io.adeplatform.escalation.messaging;

import io.adeplatform.escalation.service.AutomaticEscalationService;
import io.adeplatform.escalation.service.CommitmentAtRisk;
import io.adeplatform.escalation.service.EngagementHealthChange;
import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens escalations (source system) from other services' events: an engagement whose health turned red, and a
 * consumption commitment at risk. Other event types on these topics are skipped; a redelivered event has no effect
 * at all (inbox); an event without its required fields is poison (dead-letter topic).
 */
@ApplicationScoped
public class AutomaticEscalationConsumer {

    public static final String HEALTH_CHANGED = "io.adeplatform.portfolio.engagement.health-changed.v1";
    public static final String COMMITMENT_AT_RISK = "io.adeplatform.consumption.commitment.at-risk.v1";

    private final EventHandlers engagementEvents = EventHandlers.on(HEALTH_CHANGED, this::onHealthChanged).build();
    private final EventHandlers commitmentEvents = EventHandlers.on(COMMITMENT_AT_RISK, this::onCommitmentAtRisk).build();

    @Inject
    IdempotentConsumer consumer;

    @Inject
    AutomaticEscalationService automatic;


    @Incoming("engagement-events")
    @Blocking
    public void onEngagementEvent(ConsumerRecord<String, String> record) {
        consumer.consume("engagement-health", record, engagementEvents);
    }

    @Incoming("commitment-events")
    @Blocking
    public void onCommitmentEvent(ConsumerRecord<String, String> record) {
        consumer.consume("commitment-risk", record, commitmentEvents);
    }

    void onHealthChanged(IncomingEvent event) {
        automatic.engagementHealthChanged(new EngagementHealthChange(event.requiredUuid("engagementId"),
                event.requiredUuid("customerId"), event.optionalText("name"), event.optionalText("previous"),
                event.requiredEnum(EngagementHealthChange.Health.class, "current"), event.texts("reasons")));
    }

    void onCommitmentAtRisk(IncomingEvent event) {
        automatic.commitmentAtRisk(new CommitmentAtRisk(event.requiredUuid("commitmentId"), event.requiredUuid("customerId"),
                event.optionalMoney("commitment"), event.optionalMoney("projected"), event.optionalMoney("shortfall"),
                event.optionalMoney("requiredDailyRate"), event.optionalText("endDate")));
    }
}
