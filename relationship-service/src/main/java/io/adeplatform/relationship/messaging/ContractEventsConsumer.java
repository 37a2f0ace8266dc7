package io.adeplatform.relationship.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.relationship.service.OpportunityContractLinks;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * billing.contract.events (group relationship-service.opportunity-contracts): a contract drafted from a won
 * opportunity links the opportunity to it. Every other type on the topic is skipped.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    static final String DRAFTED = "io.adeplatform.billing.contract.drafted-from-opportunity.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    OpportunityContractLinks links;

    private final EventHandlers handlers = EventHandlers.on(DRAFTED, this::onDrafted).build();

    @Incoming("opportunity-contracts")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume("opportunity-contracts", record, handlers);
    }

    private void onDrafted(IncomingEvent event) {
        links.onContractDrafted(event.requiredUuid("opportunityId"), event.requiredUuid("customerId"),
                event.requiredUuid("contractId"));
    }
}
