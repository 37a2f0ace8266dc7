package io.adeplatform.portfolio.domain;

import java.util.UUID;

/**
 * The machine-readable cause of one non-green reason: the dimension, a stable code (e.g. {@code milestone-late},
 * {@code critical-escalation}), the rating it gave, and the escalation it names when an escalation is the cause
 * (so escalation-service can tell a red it caused itself from a new problem).
 */
public record HealthCause(String dimension, String code, Health rag, UUID escalationId) {

    public static final String CRITICAL_ESCALATION = "critical-escalation";
}
