package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ContractClosed(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                             OffsetDateTime closedAt, String closedBy) implements ContractEvent {

    public static ContractClosed of(Contract c, OffsetDateTime closedAt, String closedBy) {
        return new ContractClosed(c.id, c.customerId, List.copyOf(c.engagementIds), c.total().rounded(), closedAt, closedBy);
    }
}
