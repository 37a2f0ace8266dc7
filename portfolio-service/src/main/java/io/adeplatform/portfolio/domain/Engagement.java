package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.Texts;

import io.adeplatform.platform.core.CreatedRecord;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "engagement")
public class Engagement extends CreatedRecord {

    public UUID customerId;

    public String name;

    public String offering;

    public String contractRef;

    /** Set when billing-service signs a contract covering this engagement. */
    public UUID contractId;

    public String deliveryManager;

    public LocalDate startDate;

    public LocalDate endDate;

    public BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String budgetCurrency;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    public BigDecimal percentComplete;

    /** The current rule-computed overall health, refreshed after every change. */
    @Enumerated(EnumType.STRING)
    public Health health;

    /** JSON array of the reasons of {@link #health}. */
    public String healthReasons;

    @Version
    public long version;

    /** A new engagement in envisioning, nothing done yet; its health is set by the caller before it is stored. */
    public static Engagement open(UUID customerId, EngagementDetails details, OffsetDateTime at, String by) {
        Engagement e = new Engagement();
        e.created(by, at);
        e.customerId = customerId;
        e.revise(details);
        e.stage = Stage.ENVISIONING;
        e.percentComplete = BigDecimal.ZERO.setScale(2);
        return e;
    }

    public void revise(EngagementDetails d) {
        name = d.name().strip();
        offering = d.offering().strip();
        contractRef = Texts.blankToNull(d.contractRef());
        deliveryManager = d.deliveryManager().strip();
        startDate = d.startDate();
        endDate = d.endDate();
        budgetAmount = d.budget().amount();
        budgetCurrency = d.budget().currency();
    }

    public void progress(BigDecimal percent) {
        requireOpen();
        percentComplete = percent.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Moves to another stage by the lifecycle rules; closure also needs every milestone settled.
     * Returns the stage it left.
     */
    public Stage moveTo(Stage to, List<Milestone> milestones) {
        Stage from = stage;
        if (!Lifecycle.isAllowed(from, to)) {
            throw Lifecycle.illegalMove(from.wireName(), to.wireName(),
                    Lifecycle.allowedFrom(from).stream().map(Stage::wireName).toList());
        }
        if (to == Stage.CLOSURE) {
            List<String> open = milestones.stream().filter(m -> !m.isSettled()).map(m -> m.name).sorted().toList();
            if (!open.isEmpty()) {
                throw new Conflict("milestones-not-settled",
                        "closure needs every milestone accepted or waived; still open: " + String.join(", ", open));
            }
        }
        stage = to;
        return from;
    }

    /** A closed engagement keeps its facts: only reads and status reports remain. */
    public void requireOpen() {
        if (stage == Stage.CLOSURE) {
            throw new Conflict("engagement-closed", "engagement " + id + " is closed and can no longer change");
        }
    }

    /** Money recorded against the engagement ({@code what}) must be in its budget's currency. */
    public void requireCurrency(Money amount, String what) {
        if (!amount.currency().equals(budgetCurrency)) {
            throw new RuleViolation("currency-mismatch",
                    what + " must be in the engagement's currency " + budgetCurrency);
        }
    }

    /** Links a contract billing signed; the contract id stands in as reference when none was set. */
    public void linkContract(UUID contract) {
        contractId = contract;
        if (contractRef == null) {
            contractRef = contract.toString();
        }
    }

    public Money budget() {
        return new Money(budgetAmount, budgetCurrency).rounded();
    }
}
