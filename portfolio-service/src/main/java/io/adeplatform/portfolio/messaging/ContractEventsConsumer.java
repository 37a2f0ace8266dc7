package io.adeplatform.portfolio.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.portfolio.service.ContractLinkService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.UUID;

/** billing.contract.events: a signed contract links the engagements it covers; other types are skipped. */
@ApplicationScoped
public class ContractEventsConsumer {

    @Inject
    IdempotentConsumer inbox;


    public static final String CONTRACT_SIGNED = "io.adeplatform.billing.contract.signed.v1";

    @Inject
    ContractLinkService links;

    private final EventHandlers handlers = EventHandlers.on(CONTRACT_SIGNED, this::onContractSigned).build();

    @Incoming("contract-events")
    @Blocking
    public void onContractEvent(ConsumerRecord<String, String> record) {
        inbox.consume("contract-links", record, handlers);
    }

    void onContractSigned(IncomingEvent event) {
        List<UUID> engagementIds = event.requiredUuids("engagementIds");
        links.contractSigned(event.requiredUuid("contractId"), event.requiredUuid("customerId"), engagementIds);
    }
}
