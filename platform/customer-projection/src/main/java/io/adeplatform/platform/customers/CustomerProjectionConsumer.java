package io.adeplatform.platform.customers;

import io.adeplatform.platform.events.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the local customer projection in step with relationship.customer.events (the changes, applied at once) and
 * relationship.customer-state.events (each customer's whole state, which also builds a new service's projection and
 * repairs a gap). Each record is applied once, however often it is delivered; {@link CustomerProjector} decides how.
 */
@ApplicationScoped
public class CustomerProjectionConsumer {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CustomerProjector projector;

    @Incoming("customer-events")
    @Blocking
    public void onCustomerEvent(ConsumerRecord<String, String> record) {
        consumer.consume("customer-projection", record, projector::onEvent);
    }

    @Incoming("customer-state")
    @Blocking
    public void onCustomerState(ConsumerRecord<String, String> record) {
        consumer.consume("customer-state", record, projector::onState);
    }
}
