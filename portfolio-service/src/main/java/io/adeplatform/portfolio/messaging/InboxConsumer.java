package io.adeplatform.portfolio.messaging;

import io.adeplatform.platform.events.EventHandlers;
import io.adeplatform.platform.events.IdempotentConsumer;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What this service's consumers share: the inbox that applies each event once per consumer, named after the service. */
abstract class InboxConsumer {

    @Inject
    IdempotentConsumer inbox;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /**
     * Routes the record to its handler once for the inbox consumer {@code <application>.<name>}; that name is what
     * keeps an event applied once, so it must not change.
     */
    void consume(String name, ConsumerRecord<String, String> record, EventHandlers handlers) {
        inbox.consume(applicationName + "." + name, record, handlers);
    }
}
