package io.adeplatform.portfolio.api;

import io.adeplatform.portfolio.domain.RagRules;
import io.adeplatform.portfolio.service.EngagementHealthView;

import java.time.LocalDate;
import java.util.UUID;

/** The live health of an engagement, computed now (not frozen). */
public record HealthResponse(UUID engagementId, LocalDate asOf, RagRules.Dimension schedule,
                             RagRules.Dimension budget, RagRules.Dimension scope, RagRules.Dimension risk,
                             RagRules.Dimension overall) {

    public static HealthResponse from(EngagementHealthView view) {
        RagRules.Assessment a = view.assessment();
        return new HealthResponse(view.engagementId(), view.asOf(), a.schedule(), a.budget(), a.scope(), a.risk(),
                a.overall());
    }
}
