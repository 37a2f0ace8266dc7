package io.adeplatform.portfolio.domain;

import java.math.BigDecimal;

/**
 * What a status report freezes: stage, progress, the RAG of each dimension with its reasons, the EVM figures.
 * Reports frozen before issue 16 have no quality (null) and an overall that counted risk.
 */
public record StatusSnapshot(Stage stage, BigDecimal percentComplete, RagRules.Dimension schedule,
                             RagRules.Dimension budget, RagRules.Dimension scope, RagRules.Dimension quality,
                             RagRules.Dimension risk, RagRules.Dimension overall, EarnedValue.Figures financials) {

    public static StatusSnapshot of(Engagement e, RagRules.Assessment a, EarnedValue.Figures figures) {
        return new StatusSnapshot(e.stage, e.percentComplete, a.schedule(), a.budget(), a.scope(), a.quality(), a.risk(),
                a.overall(), figures);
    }
}
