package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Texts;

import java.util.Set;
import java.util.UUID;

/**
 * What a list of escalations is narrowed to; null (an empty set of statuses) means "any". Account-team scoping is
 * added by the use case.
 */
public record EscalationCriteria(UUID customerId, UUID engagementId, Set<EscalationStatus> statuses, Severity severity,
                                 Level level, String owner, Boolean breached) {

    public EscalationCriteria {
        owner = Texts.blankToNull(owner);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
