package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Every required role approved in the current round. */
public record ContractApproved(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                               List<Approval> approvals, OffsetDateTime approvedAt) implements ContractEvent {

    public record Approval(String approver, ApprovalRole role, String comment, OffsetDateTime decidedAt) {
    }

    public static ContractApproved of(Contract c, OffsetDateTime approvedAt) {
        return new ContractApproved(c.id, c.customerId, List.copyOf(c.engagementIds), c.total().rounded(),
                c.currentRoundApprovals().stream().map(a -> new Approval(a.approver, a.asRole, a.comment, a.decidedAt)).toList(),
                approvedAt);
    }
}
