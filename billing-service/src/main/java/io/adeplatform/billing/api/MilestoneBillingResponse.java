package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.MilestoneBilling;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An accepted milestone as billing decided it: {@code invoiced} (invoiceId) or {@code skipped} (reason, detail). */
public record MilestoneBillingResponse(UUID milestoneId, UUID engagementId, String name,
                                       @Schema(description = "`invoiced` or `skipped`.", example = "skipped")
                                       String outcome,
                                       @Schema(description = "Why a milestone was skipped: `no-milestone-line`, "
                                               + "`contract-not-billable` or `not-to-exceed`.", example = "contract-not-billable")
                                       String reason,
                                       @Schema(description = "The reason in words.") String detail,
                                       @Schema(description = "The contract that names the milestone, if any.") UUID contractId,
                                       @Schema(description = "The invoice, when invoiced.") UUID invoiceId,
                                       OffsetDateTime decidedAt) {

    public static MilestoneBillingResponse from(MilestoneBilling b) {
        return new MilestoneBillingResponse(b.milestoneId, b.engagementId, b.name, b.outcome, b.reason, b.detail,
                b.contractId, b.invoiceId, b.decidedAt);
    }
}
