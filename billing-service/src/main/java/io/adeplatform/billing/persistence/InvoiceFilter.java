package io.adeplatform.billing.persistence;

import io.adeplatform.billing.domain.InvoiceStatus;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The optional filters of the invoice list (any of {@code statuses}; empty: every status) and the visible customers. */
public record InvoiceFilter(UUID customerId, UUID contractId, Set<InvoiceStatus> statuses, Optional<Set<UUID>> visibleTo) {
}
