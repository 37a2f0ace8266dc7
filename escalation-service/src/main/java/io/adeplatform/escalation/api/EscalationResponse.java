package io.adeplatform.escalation.api;

import io.adeplatform.escalation.domain.Level;
import io.adeplatform.escalation.domain.Authority;
import io.adeplatform.escalation.domain.CauseCategory;
import io.adeplatform.escalation.domain.Category;
import io.adeplatform.escalation.domain.Escalation;
import io.adeplatform.escalation.domain.EscalationStatus;
import io.adeplatform.escalation.domain.Severity;
import io.adeplatform.escalation.domain.Source;
import io.adeplatform.escalation.domain.Trend;
import io.adeplatform.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record EscalationResponse(UUID id, UUID customerId, UUID engagementId, String title, String description,
                                 Severity severity, Category category, Source source, String owner, List<String> watchers,
                                 EscalationStatus status,
                                 Level level,
                                 Authority levelSetBy, Trend trend, boolean paused,
                                 boolean slaBreached, OffsetDateTime openedAt, OffsetDateTime acknowledgedAt,
                                 OffsetDateTime resolvedAt, OffsetDateTime closedAt, RootCauseView rootCause,
                                 String createdBy, long version) implements Versioned {

    public record RootCauseView(CauseCategory category, String description, String correctiveActions,
                                String preventiveActions) {
    }

    public static EscalationResponse from(Escalation e) {
        RootCauseView rootCause = e.rootCause == null || e.rootCause.category == null ? null
                : new RootCauseView(e.rootCause.category, e.rootCause.description, e.rootCause.correctiveActions,
                e.rootCause.preventiveActions);
        return new EscalationResponse(e.id, e.customerId, e.engagementId, e.title, e.description, e.severity, e.category,
                e.source, e.owner, e.watchers.stream().sorted().toList(), e.status, e.level, e.levelSetBy,
                e.trend, e.openPause().isPresent(), e.sla.isBreached(), e.openedAt, e.acknowledgedAt, e.resolvedAt,
                e.closedAt, rootCause, e.createdBy, e.version);
    }
}
