package io.adeplatform.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which service may publish on a topic: the owner of its domain, the first part of {@code <domain>.<aggregate>.events}.
 * A consumer applies an event only when its {@code ce_source} is that owner's source, so a record that another
 * client wrote onto the topic (a misconfigured service, a leaked Kafka credential) is poison, never an effect.
 * <p>
 * Owners follow the service map: domain {@code billing} is published by {@code /billing-service}; the application's
 * own domain ({@code ade.outbox.domain}) by the application itself.
 */
@ApplicationScoped
public class TopicOwners {

    @Inject
    OutboxConfig outbox;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /** Throws {@link PoisonEventException} unless the event's source owns the topic it was read from. */
    public void checkSource(String topic, IncomingEvent event) {
        String expected = ownerSource(topic, outbox.domain(), application);
        if (!expected.equals(event.source())) {
            throw new PoisonEventException("event " + event.id() + " on " + topic + " has ce_source " + event.source()
                    + ", but only " + expected + " publishes there");
        }
    }

    /** The {@code ce_source} allowed on a topic, for an application with its own domain. */
    public static String ownerSource(String topic, String ownDomain, String ownApplication) {
        int dot = topic.indexOf('.');
        String domain = dot < 0 ? topic : topic.substring(0, dot);
        return EventTypes.source(domain.equals(ownDomain) ? ownApplication : domain + "-service");
    }
}
