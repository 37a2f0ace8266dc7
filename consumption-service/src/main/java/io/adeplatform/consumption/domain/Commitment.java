package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.Conflict;
import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer's commitment to consume {@code amount} between {@code startDate} and {@code endDate} (both inclusive).
 * Its risk lives in {@link CommitmentStanding} (a row of its own, so evaluations never touch the commitment's version).
 */
@Entity
@Table(name = "consumption_commitment")
public class Commitment extends CustomerRecord {

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(columnDefinition = "bpchar")
    public String currency;

    public LocalDate startDate;

    public LocalDate endDate;

    /** The last risk evaluation; the inverse side, so changing it never changes this record's version. */
    @OneToOne(mappedBy = "commitment", cascade = CascadeType.PERSIST)
    public CommitmentStanding standing;

    public static Commitment create(UUID customerId, Money amount, LocalDate start, LocalDate end, OffsetDateTime now,
                                    String creator) {
        requireTerms(amount, start, end);
        Commitment commitment = new Commitment();
        commitment.created(customerId, now, creator);
        commitment.amount = amount.amount();
        commitment.currency = amount.currency();
        commitment.startDate = start;
        commitment.endDate = end;
        commitment.standing = CommitmentStanding.of(commitment, now);
        return commitment;
    }

    /** Amount and term may change; the currency may not (409). */
    public void changeTerms(Money newAmount, LocalDate start, LocalDate end) {
        requireTerms(newAmount, start, end);
        if (!newAmount.currency().equals(currencyCode())) {
            throw new Conflict("currency-change", "a commitment's currency cannot change");
        }
        amount = newAmount.amount();
        startDate = start;
        endDate = end;
    }

    /** Still running after {@code day}: only such a commitment can still be at risk. */
    public boolean runsAfter(LocalDate day) {
        return endDate.isAfter(day);
    }

    public String currencyCode() {
        return currency.strip();
    }

    public Money committed() {
        return new Money(amount, currencyCode());
    }

    private static void requireTerms(Money amount, LocalDate start, LocalDate end) {
        PositiveAmount.require(amount, "amount");
        if (!end.isAfter(start)) {
            throw new InvalidInput("invalid term", List.of(new FieldError("endDate", "must be after startDate")));
        }
    }
}
