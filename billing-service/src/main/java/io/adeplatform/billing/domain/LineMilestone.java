package io.adeplatform.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A billable milestone of a milestone line; accepted when portfolio-service reports it accepted. */
@Entity
@Table(name = "line_milestone")
public class LineMilestone {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "line_id")
    public ContractLine line;

    public String name;

    public BigDecimal amount;

    /** portfolio-service's milestone id, when known; otherwise milestones match by name. */
    public UUID milestoneRef;

    public OffsetDateTime acceptedAt;

    static LineMilestone of(ContractLine line, String name, BigDecimal amount, UUID milestoneRef) {
        LineMilestone milestone = new LineMilestone();
        milestone.id = UUID.randomUUID();
        milestone.line = line;
        milestone.name = name;
        milestone.amount = amount;
        milestone.milestoneRef = milestoneRef;
        return milestone;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    /** Binds a milestone matched by name to portfolio's id, so another milestone of that name cannot match it again. */
    public void bindTo(UUID portfolioMilestoneId) {
        if (milestoneRef == null) {
            milestoneRef = portfolioMilestoneId;
        }
    }

    /** Recognizes the milestone's revenue; a second acceptance keeps the first time. */
    public void accept(OffsetDateTime at) {
        if (acceptedAt == null) {
            acceptedAt = at;
        }
    }
}
