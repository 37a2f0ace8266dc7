package io.adeplatform.portfolio.service;

import io.adeplatform.platform.core.Money;
import io.adeplatform.portfolio.domain.Engagement;
import io.adeplatform.portfolio.domain.Health;
import io.adeplatform.portfolio.domain.Stage;
import io.adeplatform.portfolio.persistence.EngagementFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Portfolio-wide views over the engagements the caller may see. */
@ApplicationScoped
public class PortfolioViewService extends EngagementUseCase {

    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioSummary summary(UUID customerId) {
        List<Engagement> all = engagementsOf(customerId);
        List<PortfolioSummary.Bucket> byStage = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            byStage.add(bucket(stage.wireName(), all.stream().filter(e -> e.stage == stage).toList()));
        }
        List<PortfolioSummary.Bucket> byHealth = new ArrayList<>();
        for (Health h : Health.values()) {
            byHealth.add(bucket(h.wireName(), all.stream().filter(e -> e.health == h).toList()));
        }
        return new PortfolioSummary(customerId, all.size(), totals(all), byStage, byHealth);
    }

    /**
     * H1 now: engagements in delivery planning or delivery; H2 next: solution development; H3 later: envisioning.
     * Closed engagements are not in the plan. Opportunities live in relationship-service and are joined by the
     * gateway's Account 360.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioPlanView plan(UUID customerId) {
        List<Engagement> all = engagementsOf(customerId);
        return new PortfolioPlanView(customerId, List.of(
                horizon("H1", "now: delivery planning and delivery", all, Stage.DELIVERY_PLANNING, Stage.DELIVERY),
                horizon("H2", "next: solution development", all, Stage.SOLUTION_DEVELOPMENT),
                horizon("H3", "later: envisioning", all, Stage.ENVISIONING)));
    }

    /**
     * All the caller's engagements, or one customer's: none for a customer the caller may not see or that does not
     * exist, as every filtered list of the platform answers (a filter is not a path naming the customer).
     */
    private List<Engagement> engagementsOf(UUID customerId) {
        return engagements.all(new EngagementFilter(customerId, null, null, null, access.visibleCustomers()));
    }

    private PortfolioPlanView.Horizon horizon(String name, String meaning, List<Engagement> all, Stage... stages) {
        List<Stage> in = List.of(stages);
        return new PortfolioPlanView.Horizon(name, meaning,
                all.stream().filter(e -> in.contains(e.stage)).map(health::view).toList());
    }

    private static PortfolioSummary.Bucket bucket(String key, List<Engagement> group) {
        return new PortfolioSummary.Bucket(key, group.size(), totals(group));
    }

    private static List<Money> totals(List<Engagement> group) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Engagement e : group) {
            sums.merge(e.budgetCurrency, e.budgetAmount, BigDecimal::add);
        }
        return sums.entrySet().stream().map(s -> new Money(s.getValue(), s.getKey()).rounded()).toList();
    }
}
