package io.adeplatform.billing.events;

import io.adeplatform.billing.domain.Contract;
import io.adeplatform.platform.core.Money;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A draft contract was made from a won opportunity of relationship-service: relationship links the opportunity to
 * the contract from it, so the link reads both ways.
 */
public record ContractDraftedFromOpportunity(UUID contractId, UUID customerId, UUID opportunityId, String title,
                                             Money total, OffsetDateTime draftedAt) implements ContractEvent {

    public static ContractDraftedFromOpportunity of(Contract c, OffsetDateTime at) {
        return new ContractDraftedFromOpportunity(c.id, c.customerId, c.opportunityId, c.title, c.total().rounded(), at);
    }
}
