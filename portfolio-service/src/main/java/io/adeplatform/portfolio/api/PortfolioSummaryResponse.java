package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.service.PortfolioSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Totals over the engagements the caller sees (or one customer's, {@code customerId}). */
public record PortfolioSummaryResponse(
        @Schema(description = "The customer asked for; null for the whole portfolio") UUID customerId,
        long count,
        @Schema(description = "Budget totals, one per currency") List<Money> budget,
        @Schema(description = "One bucket per stage, in lifecycle order") List<Bucket> byStage,
        @Schema(description = "One bucket per stored health: green, amber, red") List<Bucket> byHealth) {

    /** Count and budget totals (one per currency) of a group of engagements. */
    public record Bucket(@Schema(description = "The stage or health", example = "delivery") String key, long count,
                         @Schema(description = "Budget totals, one per currency") List<Money> budget) {
    }

    public static PortfolioSummaryResponse from(PortfolioSummary s) {
        return new PortfolioSummaryResponse(s.customerId(), s.count(), s.budget(), buckets(s.byStage()),
                buckets(s.byHealth()));
    }

    private static List<Bucket> buckets(List<PortfolioSummary.Bucket> buckets) {
        return buckets.stream().map(b -> new Bucket(b.key(), b.count(), b.budget())).toList();
    }
}
