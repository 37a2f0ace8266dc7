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
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/**
 * relationship's account-plan opportunity as its latest opportunity-changed event stated it: the weighted pipeline of
 * the revenue forecast. A removed one is kept (status removed) so that an older event arriving late cannot revive it.
 */
@Entity
@Table(name = "opportunity_projection")
public class ProjectedOpportunity {

    /** The stages relationship calls open; won, lost and removed ones are no pipeline. */
    public static final Set<String> OPEN = Set.of("identified", "qualified", "proposed");

    @Id
    public UUID id;

    public UUID customerId;

    public String name;

    public String status;

    public BigDecimal valueAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String valueCurrency;

    public Integer probability;

    public String expectedCloseMonth;

    public long version;

    public OffsetDateTime changedAt;

    /** A state of the opportunity as relationship published it. */
    public record State(UUID id, UUID customerId, String name, String status, Money value, Integer probability,
                        YearMonth expectedCloseMonth, long version, OffsetDateTime changedAt) {
    }

    public static ProjectedOpportunity of(State state) {
        ProjectedOpportunity o = new ProjectedOpportunity();
        o.id = state.id();
        o.version = -1;
        o.apply(state);
        return o;
    }

    /** Takes the state when it is newer than the one kept; false (nothing changed) for a stale or repeated one. */
    public boolean apply(State state) {
        if (state.version() <= version) {
            return false;
        }
        customerId = state.customerId();
        name = state.name();
        status = state.status();
        valueAmount = state.value().amount();
        valueCurrency = state.value().currency();
        probability = state.probability();
        expectedCloseMonth = state.expectedCloseMonth().toString();
        version = state.version();
        changedAt = state.changedAt();
        return true;
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** Value × probability, unrounded; nothing while the probability is not estimated. */
    public BigDecimal weightedValue() {
        int percent = probability == null ? 0 : probability;
        return valueAmount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
    }

    public YearMonth closeMonth() {
        return YearMonth.parse(expectedCloseMonth);
    }
}
