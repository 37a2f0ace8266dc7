package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "contract_id")
    public UUID contractId;

    /** Set when every line belongs to one engagement. */
    @Column(name = "engagement_id")
    public UUID engagementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceSource source;

    @Column(name = "milestone_id")
    public UUID milestoneId;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 3)
    public String currency;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public BigDecimal credited = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceStatus status;

    public String number;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    /** The document date: the issue day, or an earlier day when the invoice was backdated. */
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "paid_at")
    public OffsetDateTime paidAt;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InvoiceLine> lines = new ArrayList<>();

    public Money totalMoney() {
        return new Money(total, currency);
    }

    /** What the customer still owes: total less credit notes (zero once paid or void). */
    public Money openAmount() {
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.VOID || status == InvoiceStatus.DRAFT) {
            return Money.zero(currency);
        }
        return new Money(total.subtract(credited), currency);
    }

    public void addLine(String description, UUID engagementId, UUID contractLineId, BigDecimal amount) {
        InvoiceLine line = new InvoiceLine();
        line.id = UUID.randomUUID();
        line.invoice = this;
        line.position = lines.size() + 1;
        line.description = description;
        line.engagementId = engagementId;
        line.contractLineId = contractLineId;
        line.amount = amount;
        lines.add(line);
        total = (total == null ? BigDecimal.ZERO : total).add(amount);
        UUID single = lines.get(0).engagementId;
        this.engagementId = lines.stream().allMatch(l -> single != null && single.equals(l.engagementId)) ? single : null;
    }

    public void requireStatus(InvoiceStatus target, InvoiceStatus... allowedFrom) {
        for (InvoiceStatus allowed : allowedFrom) {
            if (status == allowed) {
                return;
            }
        }
        throw Conflict.illegalTransition(status.wireName(), target.wireName());
    }
}
