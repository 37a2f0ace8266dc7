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

    /** The moves of an invoice: draft → issued → paid, overdue on the way (the due date passed), void while unpaid. */
    public boolean canMoveTo(InvoiceStatus target) {
        return switch (this) {
            case DRAFT -> target == ISSUED || target == VOID;
            case ISSUED -> target == PAID || target == OVERDUE || target == VOID;
            case OVERDUE -> target == PAID || target == VOID;
            case PAID, VOID -> false;
        };
    }

    /**
     * Where a client may move an invoice in this status (empty when the status is final); overdue is not among them:
     * the overdue job decides it from the due date.
     */
    public List<InvoiceStatus> allowedTargets() {
        return Transitions.allowedFrom(this, InvoiceStatus.class, (from, to) -> to != OVERDUE && from.canMoveTo(to));
    }
}
