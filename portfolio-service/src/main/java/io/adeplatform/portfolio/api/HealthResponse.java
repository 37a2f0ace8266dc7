package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.HealthCause;
import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.service.EngagementHealthView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The live health of an engagement, computed now (not frozen): overall is the worst of schedule, budget, scope and
 * quality; risk is shown but no longer counted (issue 16); causes are overall's reasons as codes.
 */
public record HealthResponse(
        UUID engagementId, LocalDate asOf, RagRules.Dimension schedule, RagRules.Dimension budget,
        RagRules.Dimension scope, RagRules.Dimension quality,
        @Schema(description = "Open risks by exposure: shown, not counted in overall") RagRules.Dimension risk,
        @Schema(description = "The worst of schedule, budget, scope and quality, with their non-green reasons")
        RagRules.Dimension overall,
        @Schema(description = "overall's reasons as machine-readable causes") List<HealthCause> causes) {

    public static HealthResponse from(EngagementHealthView view) {
        RagRules.Assessment a = view.assessment();
        return new HealthResponse(view.engagementId(), view.asOf(), a.schedule(), a.budget(), a.scope(), a.quality(),
                a.risk(), a.overall(), a.causes());
    }
}
