package io.adeplatform.billing.service;

import io.adeplatform.billing.events.BillingEvent;
import io.adeplatform.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes billing's events to the outbox, in the transaction of the change they report. */
@ApplicationScoped
public class BillingOutbox {

    @Inject
    OutboxWriter outbox;

    public void write(BillingEvent event) {
        outbox.append(event.aggregateType(), event.aggregateId(), event.eventName(), event);
    }
}
