package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.ApprovalRole;
import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ContractSubmitted(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                                List<ApprovalRole> requiredApprovals, OffsetDateTime submittedAt, String submittedBy)
        implements ContractEvent {

    public static ContractSubmitted of(Contract c, List<ApprovalRole> requiredApprovals) {
        return new ContractSubmitted(c.id, c.customerId, List.copyOf(c.engagementIds), c.total().rounded(),
                requiredApprovals, c.submittedAt, c.submittedBy);
    }
}
