package io.adeplatform.escalation.domain;

import java.time.OffsetDateTime;

/**
 * A re-classification of an escalation: from which severity to which, why (optional), who and when, and the timeline
 * entry recording it. Partners follow the current severity through it (relationship health, engagement RAG).
 */
public record SeverityChange(Severity from, Severity to, String reason, Actor by, OffsetDateTime at,
                             TimelineEntry entry) {
}
