package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weighted pipeline by quarter: per quarter and currency, Σ estimated value × probability of the open
 * opportunities expected to close in that quarter. Won and lost ones are not pipeline any more; one without a
 * probability adds nothing but is counted, so a reader sees what is not estimated yet. Sums are exact and rounded once
 * per quarter and currency (half-even, the currency's minor unit), so rounding never depends on how many there are.
 */
public final class WeightedPipeline {

    private WeightedPipeline() {
    }

    public record QuarterPipeline(Quarter quarter, List<Money> weighted, int openOpportunities, int withoutProbability) {
    }

    public static List<QuarterPipeline> of(Quarter from, int quarters, Collection<PlanOpportunity> opportunities) {
        List<QuarterPipeline> result = new ArrayList<>();
        for (int i = 0; i < quarters; i++) {
            Quarter quarter = from.plus(i);
            result.add(quarter(quarter, opportunities.stream()
                    .filter(o -> o.stage.isOpen() && Quarter.of(o.closeMonth()).equals(quarter)).toList()));
        }
        return result;
    }

    private static QuarterPipeline quarter(Quarter quarter, List<PlanOpportunity> open) {
        Map<String, Money> byCurrency = new TreeMap<>();
        int withoutProbability = 0;
        for (PlanOpportunity o : open) {
            if (o.probability == null) {
                withoutProbability++;
            }
            byCurrency.merge(o.valueCurrency, o.weightedValue(), Money::plus);
        }
        return new QuarterPipeline(quarter, byCurrency.values().stream().map(Money::rounded).toList(), open.size(),
                withoutProbability);
    }
}
