package io.adeplatform.billing.persistence;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The optional filters of the time-entry list, and the customers the caller may see (empty: all). */
public record TimeEntryFilter(UUID engagementId, UUID contractId, Optional<Set<UUID>> visibleTo) {
}
