package io.adeplatform.portfolio.api;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.service.PortfolioSummary;

import java.util.List;
import java.util.UUID;

public record PortfolioSummaryResponse(UUID customerId, long count, List<Money> budget, List<Bucket> byStage,
                                       List<Bucket> byHealth) {

    /** Count and budget totals (one per currency) of a group of engagements. */
    public record Bucket(String key, long count, List<Money> budget) {
    }

    public static PortfolioSummaryResponse from(PortfolioSummary s) {
        return new PortfolioSummaryResponse(s.customerId(), s.count(), s.budget(), buckets(s.byStage()),
                buckets(s.byHealth()));
    }

    private static List<Bucket> buckets(List<PortfolioSummary.Bucket> buckets) {
        return buckets.stream().map(b -> new Bucket(b.key(), b.count(), b.budget())).toList();
    }
}
