package io.adeplatform.escalation.domain;

import io.adeplatform.platform.core.Texts;

import java.util.UUID;

/** What a list of escalations is narrowed to; null means "any". Account-team scoping is added by the use case. */
public record EscalationCriteria(UUID customerId, UUID engagementId, EscalationStatus status, Severity severity,
                                 Level level, String owner, Boolean breached) {

    public EscalationCriteria {
        owner = Texts.blankToNull(owner);
    }
}
