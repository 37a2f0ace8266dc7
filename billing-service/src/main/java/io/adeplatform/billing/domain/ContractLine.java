package io.adeplatform.billing.domain;

import io.adeplatform.platform.core.Money;
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

    public int position;

    public String description;

    @Enumerated(EnumType.STRING)
    public BillingMethod billingMethod;

    public UUID engagementId;

    /** Fixed fee, milestone total, or the estimated value of time and materials. */
    @Column(name = "value_amount")
    public BigDecimal value;

    @Column(name = "nte_amount")
    public BigDecimal notToExceed;

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

    /** A new line of the contract at this position, with its rate card, schedule or milestones, from valid terms. */
    static ContractLine of(Contract contract, int position, ContractTerms.Line terms) {
        ContractLine line = new ContractLine();
        line.id = UUID.randomUUID();
        line.contract = contract;
        line.position = position;
        line.description = terms.description().strip();
        line.billingMethod = terms.billingMethod();
        line.engagementId = terms.engagementId();
        line.value = terms.value().amount();
        line.notToExceed = terms.notToExceed() == null ? null : terms.notToExceed().amount();
        if (terms.rateCard() != null) {
            terms.rateCard().forEach(r -> line.rateCard.add(new RateCardEntry(r.role(), r.billRate().amount(), r.costRate().amount())));
        }
        if (terms.schedule() != null) {
            terms.schedule().forEach(s -> line.schedule.add(ScheduleItem.of(line, s.dueDate(), s.amount().amount())));
        }
        if (terms.milestones() != null) {
            terms.milestones().forEach(m -> line.milestones.add(LineMilestone.of(line, m.name().strip(), m.amount().amount(), m.milestoneId())));
        }
        return line;
    }

    /** The line's terms as a caller would state them. */
    ContractTerms.Line terms() {
        String cur = contract.currency;
        return new ContractTerms.Line(description, billingMethod, engagementId, new Money(value, cur),
                notToExceed == null ? null : new Money(notToExceed, cur),
                rateCard.isEmpty() ? null : rateCard.stream().map(r -> new ContractTerms.Rate(r.role,
                        new Money(r.billRate, cur), new Money(r.costRate, cur))).toList(),
                schedule.isEmpty() ? null : schedule.stream().map(s -> new ContractTerms.Installment(s.dueDate,
                        new Money(s.amount, cur))).toList(),
                milestones.isEmpty() ? null : milestones.stream().map(m -> new ContractTerms.Milestone(m.name,
                        new Money(m.amount, cur), m.milestoneRef)).toList());
    }

    /** The engagement this line's invoices are for: its own, else the contract's only one (none when several). */
    public UUID invoicedEngagement() {
        if (engagementId != null) {
            return engagementId;
        }
        return contract.engagementIds.size() == 1 ? contract.engagementIds.iterator().next() : null;
    }

    public Optional<RateCardEntry> rate(String role) {
        return rateCard.stream().filter(r -> r.role.equals(role)).findFirst();
    }

    /** This milestone line's milestone: by portfolio's id, else an unreferenced one of that name; empty on other lines. */
    public Optional<LineMilestone> milestone(UUID engagement, UUID milestoneId, String name) {
        if (billingMethod != BillingMethod.MILESTONE || (engagementId != null && !engagementId.equals(engagement))) {
            return Optional.empty();
        }
        Optional<LineMilestone> byRef = milestones.stream().filter(m -> milestoneId.equals(m.milestoneRef)).findFirst();
        return byRef.isPresent() ? byRef
                : milestones.stream().filter(m -> m.milestoneRef == null && m.name.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Revenue recognized on a fixed-fee line by its percent complete, capped at 100 %. */
    public BigDecimal recognizedByProgress() {
        return Calculations.fixedFeeRecognized(value, percentComplete);
    }

    public List<LineMilestone> acceptedMilestones() {
        return milestones.stream().filter(LineMilestone::isAccepted).toList();
    }
}
