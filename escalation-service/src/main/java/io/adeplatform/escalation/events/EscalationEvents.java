package io.adeplatform.escalation.events;

import io.adeplatform.escalation.domain.Level;
import io.adeplatform.escalation.domain.CauseCategory;
import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.SlaTarget;
import io.adeplatform.escalation.domain.Source;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payloads of escalation.escalation.events (CloudEvents type io.adeplatform.escalation.escalation.&lt;name&gt;.v1, key =
 * escalationId), written through the outbox by the use cases. Their JSON Schemas and examples live in
 * contracts/events/escalation/.
 */
public final class EscalationEvents {

    public static final String AGGREGATE = "escalation";

    private EscalationEvents() {
    }

    public record Opened(UUID escalationId, UUID customerId, UUID engagementId, String title, Severity severity,
                         Category category, Source source, Level level, String owner, OffsetDateTime openedAt) {
        public static final String NAME = "opened";
    }

    public record LevelChanged(UUID escalationId, UUID customerId, UUID engagementId, Severity severity, String from,
                               String to, String reason, String changedBy, boolean automatic, OffsetDateTime changedAt) {
        public static final String NAME = "level-changed";
    }

    /** The severity was re-classified; partners follow the current severity (relationship health, portfolio RAG). */
    public record SeverityChanged(UUID escalationId, UUID customerId, UUID engagementId, Category category,
                                  Source source, Severity previousSeverity, Severity severity, String reason,
                                  String changedBy, OffsetDateTime changedAt) {
        public static final String NAME = "severity-changed";
    }

    public record SlaWarning(UUID escalationId, UUID customerId, UUID engagementId, Severity severity, SlaTarget target,
                             int threshold, BigDecimal percentUsed, OffsetDateTime dueAt, OffsetDateTime detectedAt) {
        public static final String NAME = "sla-warning";
    }

    public record SlaBreached(UUID escalationId, UUID customerId, UUID engagementId, Severity severity, SlaTarget target,
                              int targetMinutes, BigDecimal percentUsed, OffsetDateTime detectedAt) {
        public static final String NAME = "sla-breached";
    }

    public record Resolved(UUID escalationId, UUID customerId, UUID engagementId, Severity severity, Level level,
                           CauseCategory causeCategory, String resolvedBy, OffsetDateTime resolvedAt) {
        public static final String NAME = "resolved";
    }

    public record Closed(UUID escalationId, UUID customerId, UUID engagementId, Severity severity, String closedBy,
                         OffsetDateTime closedAt) {
        public static final String NAME = "closed";
    }

    public record Reopened(UUID escalationId, UUID customerId, UUID engagementId, Severity severity, Level level,
                           String reason, String reopenedBy, OffsetDateTime reopenedAt) {
        public static final String NAME = "reopened";
    }
}
