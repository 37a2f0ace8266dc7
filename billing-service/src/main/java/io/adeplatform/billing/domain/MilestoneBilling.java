package io.adeplatform.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What billing did with a milestone portfolio reported accepted: {@code invoiced} (a draft invoice from the contract
 * line's milestone) or {@code skipped} with a reason — {@code no-milestone-line} (no contract of the customer has a
 * milestone line naming it), {@code contract-not-billable} (the contract naming it is not signed or active) or
 * {@code not-to-exceed} (the invoice would pass a limit). A skipped milestone is decided again when its acceptance is
 * published again; an invoiced one never.
 */
@Entity
@Table(name = "milestone_billing")
public class MilestoneBilling {

    public static final String INVOICED = "invoiced";
    public static final String SKIPPED = "skipped";

    @Id
    public UUID milestoneId;

    public UUID customerId;

    public UUID engagementId;

    public String name;

    public String outcome;

    public String reason;

    public String detail;

    public UUID contractId;

    public UUID invoiceId;

    public OffsetDateTime decidedAt;

    public static MilestoneBilling of(UUID milestoneId, UUID customerId, UUID engagementId, String name) {
        MilestoneBilling billing = new MilestoneBilling();
        billing.milestoneId = milestoneId;
        billing.customerId = customerId;
        billing.engagementId = engagementId;
        billing.name = name.length() > 300 ? name.substring(0, 300) : name;
        return billing;
    }

    public boolean isInvoiced() {
        return INVOICED.equals(outcome);
    }

    public void invoiced(UUID contract, UUID invoice, OffsetDateTime at) {
        decide(INVOICED, null, null, contract, at);
        invoiceId = invoice;
    }

    public void skipped(String why, String explained, UUID contract, OffsetDateTime at) {
        decide(SKIPPED, why, explained.length() > 1000 ? explained.substring(0, 1000) : explained, contract, at);
        invoiceId = null;
    }

    private void decide(String result, String why, String explained, UUID contract, OffsetDateTime at) {
        outcome = result;
        reason = why;
        detail = explained;
        contractId = contract;
        decidedAt = at;
    }
}
