package io.adeplatform.relationship.api;

import io.adeplatform.relationship.domain.SatisfactionSummary;
import io.adeplatform.relationship.service.SatisfactionTrendView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Satisfaction per calendar month (UTC), oldest first, months without answers included, and over the whole range. */
public record SatisfactionTrendResponse(
        UUID customerId,
        @Schema(description = "The engagement the trend is limited to; null for all answers") UUID engagementId,
        @Schema(description = "The first month (yyyy-MM)", example = "2026-01") String from,
        @Schema(description = "The last month, this one (yyyy-MM)", example = "2026-12") String to,
        List<Month> months, Summary overall) {

    /**
     * Satisfaction over some answers: averageCsat = Σ CSAT / responses, nps = (promoters − detractors) / responses ×
     * 100; both to 2 decimals, null without answers.
     */
    public record Summary(@Schema(example = "3") int responses,
                          @Schema(description = "1–5", example = "3.67") BigDecimal averageCsat,
                          @Schema(description = "−100 to 100", example = "33.33") BigDecimal nps,
                          @Schema(example = "2") int promoters,
                          @Schema(example = "0") int passives,
                          @Schema(example = "1") int detractors) {

        static Summary from(SatisfactionSummary s) {
            return new Summary(s.responses(), s.averageCsat(), s.nps(), s.promoters(), s.passives(), s.detractors());
        }
    }

    public record Month(@Schema(description = "yyyy-MM", example = "2026-11") String month, Summary satisfaction) {
    }

    public static SatisfactionTrendResponse from(SatisfactionTrendView view) {
        return new SatisfactionTrendResponse(view.customerId(), view.engagementId(), view.from().toString(),
                view.to().toString(),
                view.months().stream().map(m -> new Month(m.month().toString(), Summary.from(m.summary()))).toList(),
                Summary.from(view.overall()));
    }
}
