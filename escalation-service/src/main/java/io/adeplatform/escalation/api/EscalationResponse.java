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

/** An escalation as the API shows it; its version is its ETag. */
public record EscalationResponse(UUID id, UUID customerId, UUID engagementId, String title, String description,
                                 Severity severity, Category category, Source source,
                                 @Schema(description = "the accountable owner (username)") String owner,
                                 List<String> watchers,
                                 EscalationStatus status,
                                 @Schema(description = "L1 the delivery team, L2 the ADE, L3 the executive sponsors")
                                 Level level,
                                 @Schema(description = "the authority that set the current level; lowering it needs this "
                                         + "one or a higher one")
                                 Authority levelSetBy,
                                 @Schema(description = "the latest update's judgement of how the escalation develops")
                                 Trend trend,
                                 @Schema(description = "the SLA timers are paused now") boolean paused,
                                 @Schema(description = "an SLA target was breached") boolean slaBreached,
                                 @Schema(description = "when it was raised: the SLA timers start here")
                                 OffsetDateTime openedAt,
                                 OffsetDateTime acknowledgedAt,
                                 OffsetDateTime resolvedAt, OffsetDateTime closedAt,
                                 @Schema(description = "the root-cause analysis, while resolved or closed")
                                 RootCauseView rootCause,
                                 String createdBy,
                                 @Schema(description = "the version, also the ETag that If-Match must name") long version)
        implements Versioned {

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
