package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.EarnedValue;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.domain.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class StatusDtos {

    private StatusDtos() {
    }

    /** What a status report freezes (stored as JSON, returned as is). */
    public record Snapshot(Stage stage, BigDecimal percentComplete, RagRules.Dimension schedule,
                           RagRules.Dimension budget, RagRules.Dimension scope, RagRules.Dimension risk,
                           RagRules.Dimension overall, EarnedValue.Figures financials) {
    }

    public record Override(Health rag, String reason, String by, OffsetDateTime at) {
    }

    /** Overall health: the computed value with its reasons, the manual override beside it, and the one that counts. */
    public record Overall(Health computed, List<String> reasons, Override override, Health effective) {
    }

    public record StatusReportResponse(UUID id, UUID engagementId, LocalDate asOf, String summary, Stage stage,
                                       BigDecimal percentComplete, RagRules.Dimension schedule,
                                       RagRules.Dimension budget, RagRules.Dimension scope, RagRules.Dimension risk,
                                       Overall overall, EarnedValue.Figures financials, OffsetDateTime createdAt,
                                       String createdBy) {
    }

    /** The live health of an engagement, computed now (not frozen). */
    public record HealthResponse(UUID engagementId, LocalDate asOf, RagRules.Dimension schedule,
                                 RagRules.Dimension budget, RagRules.Dimension scope, RagRules.Dimension risk,
                                 RagRules.Dimension overall) {
    }
}
