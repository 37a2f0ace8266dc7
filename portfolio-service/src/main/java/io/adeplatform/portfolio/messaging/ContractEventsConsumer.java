package io.adeplatform.portfolio.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import io.adeplatform.platform.events.IncomingEvent;
import io.adeplatform.platform.events.PoisonEventException;
import io.adeplatform.portfolio.service.ContractLinkService;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.UUID;

/** billing.contract.events: a signed contract links the engagements it covers; other types are skipped. */
@ApplicationScoped
public class ContractEventsConsumer {

    public static final String CONTRACT_SIGNED = "io.adeplatform.billing.contract.signed.v1";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ContractLinkService links;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private EventHandlers handlers;

    @PostConstruct
    void routes() {
        handlers = EventHandlers.on(CONTRACT_SIGNED, this::onContractSigned).build();
    }

    @Incoming("contract-events")
    @Blocking
    public void onContractEvent(ConsumerRecord<String, String> record) {
        // the inbox consumer name is what keeps an event applied once: it must not change
        consumer.consume(applicationName + ".contract-links", record, handlers);
    }

    void onContractSigned(IncomingEvent event) {
        if (!event.data().path("engagementIds").isArray()) {
            throw new PoisonEventException(event.type() + " without engagementIds array");
        }
        List<UUID> engagementIds = event.texts("engagementIds").stream().map(id -> uuid(event, id)).toList();
        links.contractSigned(event.requiredUuid("contractId"), event.requiredUuid("customerId"), engagementIds);
    }

    private static UUID uuid(IncomingEvent event, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + ": engagementIds holds a non-UUID " + id);
        }
    }
}
