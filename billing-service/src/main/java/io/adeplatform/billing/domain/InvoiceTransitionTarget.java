package io.adeplatform.billing.domain;

/** The statuses a client may ask an invoice to move to; overdue is the overdue job's, from the due date. */
public enum InvoiceTransitionTarget {
    ISSUED, PAID, VOID;

    public InvoiceStatus status() {
        return InvoiceStatus.valueOf(name());
    }
}
