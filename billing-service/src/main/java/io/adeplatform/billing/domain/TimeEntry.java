package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "time_entry")
public class TimeEntry {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "line_id", nullable = false)
    public UUID lineId;

    @Column(name = "engagement_id", nullable = false)
    public UUID engagementId;

    @Column(nullable = false)
    public String person;

    @Column(nullable = false)
    public String role;

    @Column(name = "work_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public BigDecimal hours;

    @Column(nullable = false)
    public boolean billable;

    @Column(name = "bill_amount", nullable = false)
    public BigDecimal billAmount;

    @Column(name = "cost_amount", nullable = false)
    public BigDecimal costAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
