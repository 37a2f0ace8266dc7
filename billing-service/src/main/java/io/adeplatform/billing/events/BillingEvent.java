package io.adeplatform.billing.events;

import java.util.UUID;

/**
 * An event billing publishes, written to the outbox by the use case that caused it. Its CloudEvents type is
 * {@code io.adeplatform.billing.<aggregateType>.<eventName>.v1} on topic {@code billing.<aggregateType>.events}, keyed by
 * {@code aggregateId}; the record's components are the payload (JSON Schemas in contracts/events/billing/). The three
 * methods below are not record components, so they are not part of the payload.
 */
public interface BillingEvent {

    String aggregateType();

    UUID aggregateId();

    String eventName();
}
