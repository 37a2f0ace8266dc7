package io.adeplatform.relationship.domain;

import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An opportunity as a client writes it; its stage moves separately. {@code probability} (0–100 %) may be null while
 * not estimated; {@code expectedCloseMonth} null means the month of {@code expectedCloseDate}.
 */
public record OpportunityDetails(String name, String description, Money estimatedValue, LocalDate expectedCloseDate,
                                 Integer probability, YearMonth expectedCloseMonth) {

    /** The month the opportunity is expected to close: the one given, else that of its expected close date. */
    public YearMonth closeMonth() {
        return expectedCloseMonth != null ? expectedCloseMonth : YearMonth.from(expectedCloseDate);
    }
}
