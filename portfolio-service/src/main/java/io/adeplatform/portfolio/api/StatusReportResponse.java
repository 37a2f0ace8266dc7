package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.domain.StatusReport;
import io.adeplatform.portfolio.domain.StatusSnapshot;
import io.adeplatform.portfolio.service.StatusReportView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A frozen status report; {@code quality} is null in reports frozen before issue 16 (their overall counted risk). */
public record StatusReportResponse(
        UUID id, UUID engagementId, @Schema(description = "The day the snapshot was frozen") LocalDate asOf,
        String summary, Stage stage, BigDecimal percentComplete, RagRules.Dimension schedule,
        RagRules.Dimension budget, RagRules.Dimension scope,
        @Schema(description = "null in reports frozen before quality was rated") RagRules.Dimension quality,
        @Schema(description = "Shown, not counted in overall") RagRules.Dimension risk,
        Overall overall,
        @Schema(description = "The earned-value figures as of the report's day") FinancialsResponse financials,
        OffsetDateTime createdAt, String createdBy) {

    /** A manual overall rating: who gave it, why and when. */
    public record Override(Health rag, String reason, String by, OffsetDateTime at) {
    }

    /** Overall health: the computed value with its reasons, the manual override beside it, and the one that counts. */
    public record Overall(Health computed, List<String> reasons,
                          @Schema(description = "null when none was given") Override override,
                          @Schema(description = "The override when there is one, else the computed value")
                          Health effective) {
    }

    public static StatusReportResponse from(StatusReportView view) {
        StatusReport r = view.report();
        StatusSnapshot s = view.snapshot();
        Override override = r.overrideRag == null ? null
                : new Override(r.overrideRag, r.overrideReason, r.overrideBy, r.overrideAt);
        Overall overall = new Overall(r.overallComputed, s.overall().reasons(), override, r.effectiveRag());
        return new StatusReportResponse(r.id, r.engagementId, r.asOf, r.summary, s.stage(), s.percentComplete(),
                s.schedule(), s.budget(), s.scope(), s.quality(), s.risk(), overall,
                FinancialsResponse.from(s.financials()), r.createdAt, r.createdBy);
    }
}
