package io.adeplatform.billing.domain;

/** What an invoice was raised from. */
public enum InvoiceSource {
    MILESTONE, SCHEDULE, TIME
}
