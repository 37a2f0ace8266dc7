package io.adeplatform.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Applies an event at most once per consumer: the effect and the inbox row commit together. An event whose
 * {@code ce_source} is not the topic's owning service ({@link TopicOwners}) is poison and never applied. Transient
 * failures are retried without limit ({@link TransientRetry}); anything else is rethrown, so the channel's failure
 * strategy ({@link DeadLetterStrategy}) moves the record to its {@code <topic>.<consumer group>.dlq} with the error
 * in its headers and goes on with the next record.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    EventJson json;

    @Inject
    TopicOwners owners;

    /** Inbox consumers are named {@code <application>.<name>}, like the channel's consumer group by convention. */
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /**
     * Routes the event to its handler (types without one are skipped, still recorded in the inbox), once for the inbox
     * consumer {@code <application>.<name>}: that name is what keeps an event applied once, so it never changes.
     */
    public void consume(String name, ConsumerRecord<String, String> record, EventHandlers handlers) {
        consume(name, record, (Consumer<IncomingEvent>) handlers::handle);
    }

    public void consume(String name, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        String consumer = application + "." + name;
        IncomingEvent event = IncomingEvent.from(record, json.mapper());
        try {
            owners.checkSource(record.topic(), event);
        } catch (PoisonEventException e) {
            LOG.warnf("%s: %s; dead letter, not applied", consumer, e.getMessage());
            throw e;
        }
        TransientRetry.run(consumer + ": event " + event.id() + " (" + event.type() + ")",
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, record.topic(), event)) {
                        effect.accept(event);
                    }
                }));
    }
}
