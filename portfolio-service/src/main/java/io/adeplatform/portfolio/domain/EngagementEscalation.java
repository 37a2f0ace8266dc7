package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An escalation escalation-service opened on an engagement, as far as health needs it: while unresolved, a critical
 * one forces schedule (and overall) red, one of category quality rates the quality dimension. Severity follows
 * {@code severity-changed}. Rows from before issue 16 were only critical ones and have no category (null).
 */
@Entity
@Table(name = "engagement_escalation")
public class EngagementEscalation {

    @Id
    public UUID escalationId;

    public UUID engagementId;

    public String title;

    @Enumerated(EnumType.STRING)
    public EscalationSeverity severity;

    /** escalation-service's category wire name (delivery, quality, commercial, ...); null when not known. */
    public String category;

    public OffsetDateTime openedAt;

    public OffsetDateTime resolvedAt;

    /** An escalation opened on the engagement, unresolved. */
    public static EngagementEscalation opened(UUID escalationId, UUID engagementId, String title,
                                              EscalationSeverity severity, String category, OffsetDateTime openedAt) {
        EngagementEscalation x = new EngagementEscalation();
        x.escalationId = escalationId;
        x.engagementId = engagementId;
        x.title = title;
        x.severity = severity;
        x.category = category;
        x.openedAt = openedAt;
        return x;
    }

    public boolean isCritical() {
        return severity == EscalationSeverity.CRITICAL;
    }

    public boolean isQuality() {
        return "quality".equals(category);
    }
}
