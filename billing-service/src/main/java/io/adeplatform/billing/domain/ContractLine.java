package io.adeplatform.billing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "contract_line")
public class ContractLine {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    public Contract contract;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_method", nullable = false)
    public BillingMethod billingMethod;

    @Column(name = "engagement_id")
    public UUID engagementId;

    /** Fixed fee, milestone total, or the estimated value of time and materials. */
    @Column(name = "value_amount", nullable = false)
    public BigDecimal value;

    @Column(name = "nte_amount")
    public BigDecimal notToExceed;

    @Column(name = "percent_complete", nullable = false)
    public BigDecimal percentComplete = BigDecimal.ZERO;

    @ElementCollection
    @CollectionTable(name = "rate_card_entry", joinColumns = @JoinColumn(name = "line_id"))
    public List<RateCardEntry> rateCard = new ArrayList<>();

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate")
    public List<ScheduleItem> schedule = new ArrayList<>();

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    public List<LineMilestone> milestones = new ArrayList<>();

    public Optional<RateCardEntry> rate(String role) {
        return rateCard.stream().filter(r -> r.role.equals(role)).findFirst();
    }
}
