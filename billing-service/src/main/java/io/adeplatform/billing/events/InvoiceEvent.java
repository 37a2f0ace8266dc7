package io.adeplatform.billing.events;

import java.util.UUID;

/** An event on billing.invoice.events about one invoice, keyed by it. */
public interface InvoiceEvent extends BillingEvent {

    /** The aggregate type of billing.invoice.events (which also carries the engagements' budget alerts). */
    String AGGREGATE_TYPE = "invoice";

    UUID invoiceId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default UUID aggregateId() {
        return invoiceId();
    }
}
