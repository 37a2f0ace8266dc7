package io.adeplatform.billing.api;

import io.adeplatform.billing.domain.ContractTransitionTarget;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of a contract: where to, and the approver's note or the reason of a rejection. */
public record ContractTransitionRequest(
        @Schema(description = "The status to move to: `pending-approval` submits a draft; `approved` records the "
                + "caller's approval (the contract moves once every required role approved); `rejected` rejects the "
                + "deal for good; `signed` needs the compliance checklist complete; then `active`, `closed`.",
                example = "approved")
        @NotNull ContractTransitionTarget to,
        @Schema(description = "Only with `approved` (optional note) or `rejected` (required: why); a 400 with any "
                + "other move.", example = "Margin and rates checked", maxLength = 1000)
        @Size(max = 1000) String comment) {
}
