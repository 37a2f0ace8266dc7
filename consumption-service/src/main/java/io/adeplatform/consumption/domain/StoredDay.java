package io.adeplatform.consumption.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What one load changed, per customer, currency and day: rows inserted ({@code rows}; rows already stored with the
 * same values are left out) and stored rows replaced by a restated one ({@code updated}).
 */
public record StoredDay(UUID customerId, String currency, LocalDate date, long rows, long updated) {
}
