package io.adeplatform.portfolio.domain;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a client sets on an engagement; customer, stage, health and progress have use cases of their own. */
public record EngagementDetails(String name, String offering, String contractRef, String deliveryManager,
                                LocalDate startDate, LocalDate endDate, Money budget) {

    /** The rules bean validation cannot express: dates in order, a budget that is not negative, a real currency. */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (budget.amount().signum() < 0) {
            errors.add(new FieldError("budget.amount", "must not be negative"));
        }
        if (!budget.isKnownCurrency()) {
            errors.add(new FieldError("budget.currency", "is not an ISO 4217 currency"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("the request has invalid fields", errors);
        }
    }
}
