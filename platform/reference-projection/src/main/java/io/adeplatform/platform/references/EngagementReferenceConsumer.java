package io.adeplatform.platform.references;

import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns who owns portfolio's engagements from portfolio.engagement.events: every engagement event names its
 * engagement and customer. Each event is applied once (inbox {@code <application>.engagement-references}); an event
 * without the two ids is poison.
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
        references.record(event.type(), CustomerReferences.ENGAGEMENT, event.requiredUuid("engagementId"),
                event.requiredUuid("customerId"));
    }
}
