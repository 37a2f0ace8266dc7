package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An engagement as portfolio-service publishes it: its customer, budget and actual cost (portfolio owns the ledger),
 * and the budget alerts raised against the current budget.
 */
@Entity
@Table(name = "engagement_budget")
public class EngagementBudget {

    @Id
    public UUID engagementId;

    public UUID customerId;

    public String name;

    public BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String budgetCurrency;

    @Column(name = "alerted_80")
    public boolean alerted80;

    @Column(name = "alerted_100")
    public boolean alerted100;

    /** The actual cost (AC) portfolio last reported: the sum of the engagement's cost entries. */
    public BigDecimal actualCostAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String actualCostCurrency;

    /** When portfolio changed it; an older report arriving late (a replayed event) is ignored. */
    public OffsetDateTime actualCostAt;

    public static EngagementBudget of(UUID engagementId, UUID customerId) {
        EngagementBudget budget = new EngagementBudget();
        budget.engagementId = engagementId;
        budget.customerId = customerId;
        return budget;
    }

    /**
     * A new budget; an event without one keeps the current. A different budget re-arms the alerts: they are raised
     * against a budget, so the thresholds of the new one are alerted afresh (true when the budget changed).
     */
    public boolean budget(Money budget) {
        if (budget == null || (budgetAmount != null && budgetAmount.compareTo(budget.amount()) == 0
                && budget.currency().equals(budgetCurrency))) {
            return false;
        }
        budgetAmount = budget.amount();
        budgetCurrency = budget.currency();
        alerted80 = false;
        alerted100 = false;
        return true;
    }

    /** The actual cost portfolio reported at {@code at}; false (nothing changes) when a later report is already here. */
    public boolean actualCost(Money actualCost, OffsetDateTime at) {
        if (actualCostAt != null && at.isBefore(actualCostAt)) {
            return false;
        }
        actualCostAmount = actualCost.amount();
        actualCostCurrency = actualCost.currency();
        actualCostAt = at;
        return true;
    }

    /** The actual cost in {@code currency}; empty when none was reported yet in it. */
    public Optional<BigDecimal> actualCostIn(String currency) {
        return actualCostAmount != null && actualCostCurrency.equals(currency) ? Optional.of(actualCostAmount)
                : Optional.empty();
    }

    /** Whether there is a budget and an actual cost in its currency to compare it with. */
    public boolean limitsActualCost() {
        return budgetAmount != null && actualCostIn(budgetCurrency).isPresent();
    }

    /** The thresholds (80, 100 %) {@code spent} reaches that were not alerted before; each is alerted once. */
    public List<Integer> crossedBy(BigDecimal spent) {
        List<Integer> crossed = Calculations.newlyCrossed(spent, budgetAmount, alerted80, alerted100);
        alerted80 |= crossed.contains(80);
        alerted100 |= crossed.contains(100);
        return crossed;
    }
}
