package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ContractRejected(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                               String rejectedBy, String comment, OffsetDateTime rejectedAt) implements ContractEvent {

    public static ContractRejected of(Contract c, String rejectedBy, String comment, OffsetDateTime rejectedAt) {
        return new ContractRejected(c.id, c.customerId, List.copyOf(c.engagementIds), c.total().rounded(), rejectedBy,
                comment, rejectedAt);
    }
}
