package io.adeplatform.escalation.persistence;

import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.Level;
import io.adeplatform.escalation.domain.Severity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What an escalation list is narrowed to. {@code visibleTo} empty means no account-team restriction (admin). */
public record EscalationFilter(UUID customerId, UUID engagementId, EscalationStatus status, Severity severity,
                               Level level, String owner, Boolean breached, Optional<Set<UUID>> visibleTo) {
}
