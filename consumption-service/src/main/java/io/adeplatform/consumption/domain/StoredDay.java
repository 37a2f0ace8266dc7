package io.adeplatform.consumption.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Rows actually stored by one load (rows already there are left out), per customer, currency and day. */
public record StoredDay(UUID customerId, String currency, LocalDate date, long rows) {
}
