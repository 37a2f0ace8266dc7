package io.adeplatform.consumption.domain;

import io.adeplatform.platform.core.FieldError;
import io.adeplatform.platform.core.InvalidInput;
import io.adeplatform.platform.core.Money;

import java.util.List;

/** Goals and commitments are positive amounts in a known ISO 4217 currency. */
final class PositiveAmount {

    private PositiveAmount() {
    }

    static Money require(Money money, String field) {
        if (money.amount().signum() <= 0) {
            throw new InvalidInput("invalid amount", List.of(new FieldError(field + ".amount", "must be positive")));
        }
        if (!money.isKnownCurrency()) {
            throw new InvalidInput("invalid currency", List.of(new FieldError(field + ".currency", "unknown ISO 4217 code")));
        }
        return money;
    }
}
