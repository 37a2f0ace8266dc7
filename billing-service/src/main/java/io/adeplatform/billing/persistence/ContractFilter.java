package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.ContractStatus;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The optional filters of the contract list, and the customers the caller may see (empty: all). */
public record ContractFilter(UUID customerId, ContractStatus status, UUID engagementId, UUID opportunityId,
                             Optional<Set<UUID>> visibleTo) {
}
