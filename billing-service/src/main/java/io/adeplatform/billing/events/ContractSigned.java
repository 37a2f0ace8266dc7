package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ContractSigned(UUID contractId, UUID customerId, List<UUID> engagementIds, Money total,
                             OffsetDateTime signedAt, String signedBy) implements ContractEvent {

    public static ContractSigned of(Contract c) {
        return new ContractSigned(c.id, c.customerId, List.copyOf(c.engagementIds), c.total().rounded(), c.signedAt,
                c.signedBy);
    }
}
