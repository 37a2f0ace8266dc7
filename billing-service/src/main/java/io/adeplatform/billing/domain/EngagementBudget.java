package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An engagement as portfolio-service publishes it: its customer and budget, and the budget alerts raised. */
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

    public static EngagementBudget of(UUID engagementId, UUID customerId) {
        EngagementBudget budget = new EngagementBudget();
        budget.engagementId = engagementId;
        budget.customerId = customerId;
        return budget;
    }

    /** A new budget; an event without one keeps the current. */
    public void budget(Money budget) {
        if (budget != null) {
            budgetAmount = budget.amount();
            budgetCurrency = budget.currency();
        }
    }

    /** Whether there is a budget to compare costs in this currency with ({@code null}: the budget's own). */
    public boolean limits(String costCurrency) {
        return budgetAmount != null && (costCurrency == null || costCurrency.equals(budgetCurrency));
    }

    /** The thresholds (80, 100 %) {@code spent} reaches that were not alerted before; each is alerted once. */
    public List<Integer> crossedBy(BigDecimal spent) {
        List<Integer> crossed = Calculations.newlyCrossed(spent, budgetAmount, alerted80, alerted100);
        alerted80 |= crossed.contains(80);
        alerted100 |= crossed.contains(100);
        return crossed;
    }
}
