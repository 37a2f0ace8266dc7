package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.UUID;

/** An engagement as portfolio-service publishes it: its customer and budget, and the budget alerts raised. */
@Entity
@Table(name = "engagement_budget")
public class EngagementBudget {

    @Id
    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    public String name;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "budget_currency", length = 3)
    public String budgetCurrency;

    @Column(name = "alerted_80", nullable = false)
    public boolean alerted80;

    @Column(name = "alerted_100", nullable = false)
    public boolean alerted100;
}
