package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Money;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A customer's account plan: objectives, initiatives and opportunities beyond the current contract. */
public record AccountPlan(UUID customerId, List<PlanObjective> objectives, List<PlanInitiative> initiatives,
                          List<PlanOpportunity> opportunities) {

    /** The estimated value of the open (not won or lost) opportunities, one sum per currency, by currency code. */
    public List<Money> openPipeline() {
        Map<String, Money> pipeline = new TreeMap<>();
        opportunities.stream().filter(o -> o.stage.isOpen())
                .forEach(o -> pipeline.merge(o.valueCurrency, o.estimatedValue(), Money::plus));
        return pipeline.values().stream().map(Money::rounded).toList();
    }
}
