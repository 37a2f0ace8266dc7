package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.WireEnums;

import java.util.List;

public enum InvoiceStatus {
    DRAFT, ISSUED, PAID, OVERDUE, VOID;

    /** The statuses whose invoices count as billed (revenue billed, profitability). */
    public static final List<InvoiceStatus> BILLED = List.of(ISSUED, PAID, OVERDUE);

    /** The statuses whose invoices count against a not-to-exceed limit: every invoice not voided, drafts included. */
    public static final List<InvoiceStatus> CHARGED = List.of(DRAFT, ISSUED, PAID, OVERDUE);

    public String wireName() {
        return WireEnums.wireName(this);
    }

    /** Issued and not settled: payable, creditable, can turn overdue. */
    public boolean isOpen() {
        return this == ISSUED || this == OVERDUE;
    }
}
