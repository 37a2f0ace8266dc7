package io.adeplatform.billing.events;

import java.util.Locale;
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

    /**
     * The record's name in wire style, less the aggregate it is about: {@code ContractSigned} is {@code signed} on
     * contracts, {@code CreditNoteIssued} is {@code credit-note-issued} on invoices. Renaming a record renames its type.
     */
    default String eventName() {
        String name = getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String about = aggregateType() + "-";
        return name.startsWith(about) ? name.substring(about.length()) : name;
    }
}
