package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;

import java.util.List;
import java.util.UUID;

/** Count and budget totals (one per currency) of the engagements a caller sees, by stage and by health. */
public record PortfolioSummary(UUID customerId, long count, List<Money> budget, List<Bucket> byStage,
                               List<Bucket> byHealth) {

    /** Count and budget totals of one group of engagements. */
    public record Bucket(String key, long count, List<Money> budget) {
    }
}
