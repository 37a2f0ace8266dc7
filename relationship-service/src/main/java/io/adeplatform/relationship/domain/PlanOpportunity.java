package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.Money;
import io.adeplatform.platform.core.RuleViolation;
import io.adeplatform.platform.core.WireEnums;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/** Business beyond the current contract, moving identified → qualified → proposed → won/lost. */
@Entity
@Table(name = "plan_opportunity")
public class PlanOpportunity extends PlanPart {

    public String name;

    @Enumerated(EnumType.STRING)
    public OpportunityStage stage;

    public BigDecimal valueAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String valueCurrency;

    public LocalDate expectedCloseDate;

    /** 0–100 %; null while not estimated (then it adds nothing to the weighted pipeline). */
    public Integer probability;

    /** yyyy-MM, so the text sorts as the months do. */
    @Column(length = 7)
    public String expectedCloseMonth;

    /** The draft contract billing-service made from this opportunity once won; set by its event, never by clients. */
    public UUID contractId;

    public static PlanOpportunity identify(UUID customerId, OpportunityDetails details, String by, OffsetDateTime at) {
        PlanOpportunity o = new PlanOpportunity();
        o.created(customerId, by, at);
        o.stage = OpportunityStage.IDENTIFIED;
        o.describe(details);
        return o;
    }

    /** Changes name, description, value and close date of an open opportunity; won and lost ones are final. */
    public void revise(OpportunityDetails details) {
        requireOpen();
        describe(details);
    }

    /** Only an open opportunity may be changed or removed: won and lost ones are the record of what happened. */
    public void requireOpen() {
        if (!stage.isOpen()) {
            throw new Conflict("opportunity-closed", "opportunity " + id + " is " + WireEnums.wireName(stage) + " and final");
        }
    }

    /** A move its stage machine allows; anything else is a 409 naming the stages it could move to. */
    public void moveTo(OpportunityStage next) {
        if (!stage.canMoveTo(next)) {
            throw Conflict.illegalTransition(stage, next, stage.targets().stream().sorted().toList());
        }
        stage = next;
    }

    public YearMonth closeMonth() {
        return YearMonth.parse(expectedCloseMonth);
    }

    /** The value weighted by the probability, unrounded; zero while the probability is not estimated. */
    public Money weightedValue() {
        int percent = probability == null ? 0 : probability;
        return estimatedValue().times(BigDecimal.valueOf(percent).movePointLeft(2));
    }

    public Money estimatedValue() {
        return new Money(valueAmount, valueCurrency);
    }

    private void describe(OpportunityDetails d) {
        Money value = d.estimatedValue();
        if (!value.isKnownCurrency()) {
            throw new RuleViolation("unknown-currency", value.currency() + " is not an ISO 4217 currency");
        }
        if (value.amount().signum() < 0) {
            throw new RuleViolation("negative-value", "estimatedValue must not be negative");
        }
        name = d.name().strip();
        description = d.description();
        valueAmount = value.amount();
        valueCurrency = value.currency();
        expectedCloseDate = d.expectedCloseDate();
        probability = d.probability();
        expectedCloseMonth = d.closeMonth().toString();
    }
}
