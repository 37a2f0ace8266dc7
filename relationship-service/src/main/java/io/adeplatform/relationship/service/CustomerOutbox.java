package io.adeplatform.relationship.service;

import io.adeplatform.platform.events.OutboxWriter;
import io.adeplatform.relationship.domain.Customer;
import io.adeplatform.relationship.events.CustomerEventPayloads;
import io.adeplatform.relationship.events.CustomerEventPayloads.CustomerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * Every change of a customer or its team writes two outbox rows in the caller's transaction: the change on
 * relationship.customer.events and the customer's whole state on the compacted relationship.customer-state.events,
 * from which the other services can rebuild their projections. The customer's version must already be the new one.
 */
@ApplicationScoped
public class CustomerOutbox {

    @Inject
    OutboxWriter outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    void publish(Customer customer, String eventName, Object payload, OffsetDateTime at) {
        publish(customer, eventName, 1, payload, at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void publish(Customer customer, String eventName, int typeVersion, Object payload, OffsetDateTime at) {
        outbox.append(CustomerEventPayloads.AGGREGATE, customer.id, eventName, typeVersion, payload);
        outbox.append(CustomerState.AGGREGATE, customer.id, CustomerState.NAME, CustomerState.of(customer, at));
    }
}
