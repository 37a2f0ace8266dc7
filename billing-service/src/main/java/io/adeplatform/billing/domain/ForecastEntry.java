package io.adeplatform.billing.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An amount (unrounded) one part of the forecast contributes to one month, in one currency. */
public record ForecastEntry(ForecastPart part, String currency, YearMonth month, BigDecimal amount) {
}
