package io.adeplatform.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A critical escalation escalation-service opened on an engagement; forces health red while unresolved. */
@Entity
@Table(name = "engagement_escalation")
public class EngagementEscalation {

    @Id
    public UUID escalationId;

    public UUID engagementId;

    public String title;

    public OffsetDateTime openedAt;

    public OffsetDateTime resolvedAt;

    /** A critical escalation opened on the engagement, unresolved. */
    public static EngagementEscalation opened(UUID escalationId, UUID engagementId, String title,
                                              OffsetDateTime openedAt) {
        EngagementEscalation x = new EngagementEscalation();
        x.escalationId = escalationId;
        x.engagementId = engagementId;
        x.title = title;
        x.openedAt = openedAt;
        return x;
    }
}
