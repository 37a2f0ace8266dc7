package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.MilestoneBilling;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An accepted milestone as billing decided it: {@code invoiced} (invoiceId) or {@code skipped} (reason, detail). */
public record MilestoneBillingResponse(UUID milestoneId, UUID engagementId, String name, String outcome, String reason,
                                       String detail, UUID contractId, UUID invoiceId, OffsetDateTime decidedAt) {

    public static MilestoneBillingResponse from(MilestoneBilling b) {
        return new MilestoneBillingResponse(b.milestoneId, b.engagementId, b.name, b.outcome, b.reason, b.detail,
                b.contractId, b.invoiceId, b.decidedAt);
    }
}
