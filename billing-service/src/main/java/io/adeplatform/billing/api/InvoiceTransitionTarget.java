package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.InvoiceStatus;

/** The statuses a client may ask an invoice to move to; overdue is the overdue job's, from the due date. */
public enum InvoiceTransitionTarget {
    ISSUED, PAID, VOID;

    InvoiceStatus status() {
        return InvoiceStatus.valueOf(name());
    }
}
