package io.adeplatform.platform.references;

import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Learns who owns portfolio's engagements and milestones from portfolio.engagement.events: every engagement event
 * names its engagement and customer, and a milestone event (planned, accepted) its milestone too. Each event is
 * applied once (inbox {@code <application>.engagement-references}); an event without the two ids is poison.
 */
@ApplicationScoped
public class EngagementReferenceConsumer {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CustomerReferences references;

    @Incoming("engagement-references")
    @Blocking
    public void onEngagementEvent(ConsumerRecord<String, String> record) {
        consumer.consume("engagement-references", record, this::apply);
    }

    void apply(IncomingEvent event) {
        UUID customerId = event.requiredUuid("customerId");
        references.record(event.type(), CustomerReferences.ENGAGEMENT, event.requiredUuid("engagementId"), customerId);
        UUID milestoneId = event.optionalUuid("milestoneId");
        if (milestoneId != null) {
            references.record(event.type(), CustomerReferences.MILESTONE, milestoneId, customerId);
        }
    }
}
